package io.quire.sql;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.QueryableTable;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Schemas;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.linq4j.Queryable;
import org.apache.calcite.linq4j.tree.Expression;
import java.lang.reflect.Type;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Base of every table backed by a remote site. Subclasses declare their columns, what the site
 * can filter and sort by ({@link Pushdown}), and produce rows for a {@link ScanRequest};
 * planning (what is pushed) lives in {@link QuireTableScan} and {@link QuireRules}. Pushed
 * filters stay in the plan too, so the engine re-checks every row with SQL's semantics.
 */
public abstract class QuireTable extends AbstractTable implements TranslatableTable, QueryableTable {

    /** Column definitions, in table order. */
    public abstract List<ColumnDef> columns();

    /** What the site can filter and sort by (see {@link Pushdown}); nothing by default. */
    public Pushdown pushdown() {
        return Pushdown.NONE;
    }

    /** Columns of the primary key (for SQLPrimaryKeys and BI tools' relationship views). */
    public List<String> primaryKey() {
        return List.of();
    }

    /** Columns that refer to other tables' primary keys (SQLForeignKeys, BI relationship views). */
    public List<ForeignKey> foreignKeys() {
        return List.of();
    }

    /** TABLE_TYPE in SQLTables and sys_tables: TABLE, VIEW or SYSTEM TABLE. */
    public String tableType() {
        return "TABLE";
    }

    /**
     * The column a scan cannot do without ({@code =} or {@code IN} on it in WHERE), or null.
     * The planner never chooses an unfiltered scan of such a table when a join can hand it the
     * keys instead: {@code Pages p JOIN Labels l ON l.ContentId = p.Id} reads Labels for the
     * pages' ids, a batch at a time (see {@link QuireRules.KeysFromLeft}).
     */
    public String requiredKey() {
        return null;
    }

    /** A rough row count for the planner. */
    public double estimatedRows() {
        return 1000;
    }

    /**
     * Full-width rows (one Object per column, Calcite's internal representation: String,
     * Integer, Long, Double, Boolean, TIMESTAMP as UTC-wall-clock millis) for the request.
     */
    protected abstract Iterator<Object[]> rows(ScanRequest request);

    /**
     * Every row with every column in table order, nothing pushed: the same request the engine's
     * scan makes for {@code SELECT * FROM} this table, for the bridge's direct read of such a
     * statement ({@link WholeTableQuery}). Close the iterator when it is AutoCloseable.
     */
    public Iterator<Object[]> readAll(BooleanSupplier cancelled) {
        Set<String> all = new LinkedHashSet<>();
        columns().forEach(c -> all.add(c.name()));
        return rows(new ScanRequest(null, List.of(), -1, all, cancelled));
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
        RelDataTypeFactory.Builder b = typeFactory.builder();
        for (ColumnDef c : columns()) {
            RelDataType t = c.type() == SqlTypeName.VARCHAR && c.precision() > 0
                    ? typeFactory.createSqlType(SqlTypeName.VARCHAR, c.precision())
                    : typeFactory.createSqlType(c.type());
            b.add(c.name(), typeFactory.createTypeWithNullability(t, true));
        }
        return b.build();
    }

    @Override
    public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
        return new QuireTableScan(context.getCluster(), relOptTable, this, ScanSpec.all(columns().size()));
    }

    // QueryableTable only so generated code can reach this table through the public
    // QuireTable type (Calcite requires it for a table expression); scans go through toRel.
    @Override
    public Type getElementType() {
        return Object[].class;
    }

    @Override
    public Expression getExpression(SchemaPlus schema, String tableName, Class clazz) {
        return Schemas.tableExpression(schema, getElementType(), tableName, clazz);
    }

    @Override
    public <T> Queryable<T> asQueryable(QueryProvider queryProvider, SchemaPlus schema, String tableName) {
        throw new UnsupportedOperationException("Quire tables are planned through toRel");
    }

    /** Called by generated code: runs the scan described by specJson. */
    public Enumerable<Object> scan(DataContext root, String specJson) {
        return scan(root, specJson, new Object[0]);
    }

    /**
     * Called by generated code inside a join that hands keys to this scan: correlated holds the
     * current values of the other side's columns the pushed filter refers to as {@code $N}.
     */
    public Enumerable<Object> scan(DataContext root, String specJson, Object[] correlated) {
        ScanSpec spec = ScanSpec.fromJson(specJson);
        List<ColumnDef> cols = columns();
        Set<String> used = new LinkedHashSet<>();
        for (int f : spec.fields()) {
            used.add(cols.get(f).name());
        }
        Condition filter = spec.filter() == null ? null : bind(root, correlated, spec.filter(), cols);
        List<ScanRequest.Sort> sort = spec.sort().stream()
                .map(k -> new ScanRequest.Sort(cols.get(k.column()).name(), k.descending())).toList();
        AtomicBoolean flag = DataContext.Variable.CANCEL_FLAG.get(root);
        ScanRequest request = new ScanRequest(filter, sort, spec.fetch(), used, () -> flag != null && flag.get());
        int[] fields = spec.fields();
        if (matchesNothing(filter)) {
            return Linq4j.emptyEnumerable();
        }
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object> enumerator() {
                return new ProjectingEnumerator(rows(request), fields, request);
            }
        };
    }

    private static Condition bind(DataContext root, Object[] correlated, PushedFilter f, List<ColumnDef> cols) {
        return switch (f.op()) {
            case "AND" -> new Condition.And(f.args().stream().map(a -> bind(root, correlated, a, cols)).toList());
            case "OR" -> new Condition.Or(f.args().stream().map(a -> bind(root, correlated, a, cols)).toList());
            default -> compare(cols.get(f.column()).name(), Op.valueOf(f.op()),
                    f.operands().stream().map(o -> value(root, correlated, o)).toList());
        };
    }

    /**
     * A comparison with bound values. NULL never equals anything, so it is left out of an IN
     * that has other values (a join's NULL keys, or the unused slots of its last batch, would
     * otherwise make the site's filter unusable).
     */
    private static Condition compare(String column, Op op, List<Object> values) {
        if (op == Op.IN && values.contains(null) && values.stream().anyMatch(v -> v != null)) {
            return new Condition.Compare(column, op, values.stream().filter(v -> v != null).distinct().toList());
        }
        return new Condition.Compare(column, op, values);
    }

    /** A top-level {@code = NULL} or {@code IN (NULL, ...)}: no row can match, the site is not asked. */
    private static boolean matchesNothing(Condition filter) {
        return filter != null && filter.conjuncts().stream().anyMatch(c -> c instanceof Condition.Compare k
                && (k.op() == Op.EQ || k.op() == Op.IN) && k.values().stream().allMatch(v -> v == null));
    }

    /** An operand's value; parameters as the engine holds them, timestamps as wall-clock millis. */
    private static Object value(DataContext root, Object[] correlated, String operand) {
        if (operand.startsWith("#")) {
            return Long.parseLong(operand.substring(1));
        }
        if (operand.startsWith("$")) {
            return engineValue(correlated[Integer.parseInt(operand.substring(1))]);
        }
        if (!operand.startsWith("?")) {
            return operand.substring(1);
        }
        return engineValue(root.get(operand));
    }

    private static Object engineValue(Object v) {
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().atStartOfDay().toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
        }
        return v;
    }

    /** Projects full rows to the scan's fields; a single field travels as a scalar, as Calcite expects. */
    private static final class ProjectingEnumerator implements Enumerator<Object> {
        private final Iterator<Object[]> rows;
        private final int[] fields;
        private final ScanRequest request;
        private Object current;

        ProjectingEnumerator(Iterator<Object[]> rows, int[] fields, ScanRequest request) {
            this.rows = rows;
            this.fields = fields;
            this.request = request;
        }

        @Override
        public Object current() {
            return current;
        }

        @Override
        public boolean moveNext() {
            if (request.cancelled().getAsBoolean()) {
                throw new QuireException(SqlState.CANCELLED, "Operation cancelled.");
            }
            if (!rows.hasNext()) {
                return false;
            }
            Object[] full = rows.next();
            if (fields.length == 1) {
                current = full[fields[0]];
            } else {
                Object[] out = new Object[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    out[i] = full[fields[i]];
                }
                current = out;
            }
            return true;
        }

        @Override
        public void reset() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            if (rows instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // nothing useful to do: the scan is over
                }
            }
        }
    }
}
