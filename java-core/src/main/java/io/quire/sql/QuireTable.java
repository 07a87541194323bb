package io.quire.sql;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
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
 * Base of every table backed by a remote site. Subclasses declare their columns, which of them
 * the site can filter on by equality, and produce rows for a {@link ScanRequest}; planning
 * (what is pushed) lives in {@link QuireTableScan} and {@link QuireRules}.
 */
public abstract class QuireTable extends AbstractTable implements TranslatableTable, QueryableTable {

    /** Column definitions, in table order. */
    public abstract List<ColumnDef> columns();

    /** Columns whose equality the site evaluates exactly (pushed down, not re-checked). */
    public abstract Set<String> pushableEqualities();

    /** Columns of the primary key (for SQLPrimaryKeys and BI tools' relationship views). */
    public List<String> primaryKey() {
        return List.of();
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
        ScanSpec spec = ScanSpec.fromJson(specJson);
        List<ColumnDef> cols = columns();
        Map<String, Object> eq = new LinkedHashMap<>();
        Map<Integer, Object> checks = new LinkedHashMap<>();
        spec.equalities().forEach((idx, operand) -> {
            Object value = bind(root, operand);
            eq.put(cols.get(idx).name(), value);
            checks.put(idx, value);
        });
        Set<String> used = new LinkedHashSet<>();
        for (int f : spec.fields()) {
            used.add(cols.get(f).name());
        }
        AtomicBoolean flag = DataContext.Variable.CANCEL_FLAG.get(root);
        ScanRequest request = new ScanRequest(eq, spec.fetch(), used, () -> flag != null && flag.get());
        int[] fields = spec.fields();
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object> enumerator() {
                return new ProjectingEnumerator(rows(request), fields, checks, request);
            }
        };
    }

    private static Object bind(DataContext root, String operand) {
        if (operand.startsWith("?")) {
            return root.get(operand);
        }
        return operand.substring(1);
    }

    /** Projects full rows to the scan's fields; a single field travels as a scalar, as Calcite expects. */
    private static final class ProjectingEnumerator implements Enumerator<Object> {
        private final Iterator<Object[]> rows;
        private final int[] fields;
        private final Map<Integer, Object> checks;
        private final ScanRequest request;
        private Object current;

        ProjectingEnumerator(Iterator<Object[]> rows, int[] fields, Map<Integer, Object> checks, ScanRequest request) {
            this.rows = rows;
            this.fields = fields;
            this.checks = checks;
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
            Object[] full;
            do {
                if (!rows.hasNext()) {
                    return false;
                }
                full = rows.next();
            } while (!matches(full));
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

        /**
         * Pushed equalities are checked again on each row with SQL's exact comparison, so a
         * site that matches loosely (case, prefixes) never changes a query's result.
         */
        private boolean matches(Object[] row) {
            for (Map.Entry<Integer, Object> c : checks.entrySet()) {
                Object v = row[c.getKey()];
                Object want = c.getValue();
                if (v == null || want == null) {
                    return false;
                }
                if (v instanceof Number n && !(want instanceof Number)) {
                    if (new java.math.BigDecimal(n.toString()).compareTo(new java.math.BigDecimal(want.toString())) != 0) {
                        return false;
                    }
                } else if (!v.toString().equals(want.toString())) {
                    return false;
                }
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
