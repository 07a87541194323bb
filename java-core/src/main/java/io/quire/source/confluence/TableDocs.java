package io.quire.source.confluence;

import io.quire.config.ConnectionConfig;
import io.quire.log.QuireLog;
import io.quire.sql.ColumnDef;
import io.quire.sql.ForeignKey;
import io.quire.sql.Pushdown;
import io.quire.sql.QuireTable;
import java.util.List;
import java.util.Map;

/**
 * Prints the table reference (docs/tables.md) from the schema itself: every table's columns
 * and types, keys, and what its filters send to the site, so the documentation cannot drift
 * from the code. No site is contacted.
 */
public final class TableDocs {
    private TableDocs() {
    }

    public static String markdown() throws Exception {
        ConnectionConfig cfg = ConnectionConfig.from("Url=https://docs.invalid;User=docs;Password=docs", null);
        try (ConfluenceSite site = ConfluenceSite.open(cfg, QuireLog.open(null, 0, List.of()))) {
            Map<String, QuireTable> tables = new ConfluenceSchema(site).quireTables();
            StringBuilder sb = new StringBuilder("# Tables\n\n")
                    .append("Generated from the schema in `java-core/src/main/java/io/quire/source/confluence/` by ")
                    .append("`make docs`; do not edit by hand. Schema `Confluence`; the `sys_*` system tables ")
                    .append("(sys_tables, sys_tablecolumns, sys_primarykeys, sys_foreignkeys, sys_procedures, ")
                    .append("sys_procedureparameters, sys_connection_props, sys_sqlinfo) describe the same.\n\n")
                    .append("Pushed filters are sent to the site (as CQL or query parameters); `*` marks a ")
                    .append("filter the site answers loosely (a superset the driver trims). The driver re-checks ")
                    .append("every row, so anything not pushed still works, only slower.\n");
            tables.forEach((name, t) -> table(sb, name, t));
            return sb.toString();
        }
    }

    private static void table(StringBuilder sb, String name, QuireTable t) {
        sb.append("\n## ").append(name).append("\n\n");
        if (!t.primaryKey().isEmpty()) {
            sb.append("Primary key: ").append(String.join(", ", t.primaryKey())).append(".");
        }
        for (ForeignKey k : t.foreignKeys()) {
            sb.append(" ").append(k.column()).append(" refers to ").append(k.refTable()).append(".").append(k.refColumn())
                    .append(".");
        }
        Pushdown p = t.pushdown();
        List<String> pushed = p.summary(t.columns());
        sb.append(pushed.isEmpty() ? "\nNothing is filtered by the site." : "\nFiltered by the site: " + String.join("; ", pushed)
                + (p.canOr() ? "; OR between them" : "") + ".");
        List<String> sortable = p.sortable().stream()
                .filter(col -> t.columns().stream().anyMatch(c -> c.name().equals(col))).toList();
        if (!sortable.isEmpty()) {
            sb.append(" ORDER BY ... LIMIT sent for: ").append(String.join(", ", sortable)).append(".");
        }
        if (t.requiredKey() != null) {
            sb.append("\nNeeds ").append(t.requiredKey()).append(" = or IN in WHERE, or a join that supplies it (`... JOIN ")
                    .append(name).append(" x ON x.").append(t.requiredKey())
                    .append(" = p.Id`: the other side's keys are sent 100 at a time).");
        }
        sb.append("\n\n| Column | Type | Description |\n|---|---|---|\n");
        for (ColumnDef c : t.columns()) {
            String type = c.type().name() + (c.precision() > 0 ? "(" + c.precision() + ")" : "");
            sb.append("| ").append(c.name()).append(" | ").append(type).append(" | ")
                    .append(c.description() == null ? "" : c.description().replace("|", "\\|")).append(" |\n");
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.print(markdown());
    }
}
