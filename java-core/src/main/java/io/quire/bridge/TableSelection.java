package io.quire.bridge;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.config.ConnectionProperty;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.sql.QuireTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * BrowsableSchemas, Tables and Views: the subset of the source's objects a connection sees. What
 * is left out is neither listed (SQLTables, SQLColumns, sys_tables) nor queryable. Each list is
 * comma-separated; a name may be quoted ([Name], "Name", `Name`) and qualified by the schema
 * (Confluence.Pages). Tables restricts objects of type TABLE, Views those of type VIEW; a name
 * that matches nothing of its kind is an error naming the property, so a typo does not silently
 * hide everything.
 */
final class TableSelection {
    private final String schema;
    private final List<String> schemas;
    private final List<String> tables;
    private final List<String> views;

    private TableSelection(String schema, List<String> schemas, List<String> tables, List<String> views) {
        this.schema = schema;
        this.schemas = schemas;
        this.tables = tables;
        this.views = views;
    }

    static TableSelection from(ConnectionConfig cfg, String schema) {
        return new TableSelection(schema, names(cfg, ConnectionProperties.BROWSABLE_SCHEMAS, null),
                names(cfg, ConnectionProperties.TABLES, schema), names(cfg, ConnectionProperties.VIEWS, schema));
    }

    /** The objects of source that stay visible, in their order. */
    Map<String, QuireTable> apply(Map<String, QuireTable> source) {
        Map<String, QuireTable> out = new LinkedHashMap<>();
        if (schemas != null && schemas.stream().noneMatch(s -> s.equalsIgnoreCase(schema))) {
            return out;
        }
        check(ConnectionProperties.TABLES, tables, source, "TABLE");
        check(ConnectionProperties.VIEWS, views, source, "VIEW");
        source.forEach((name, t) -> {
            List<String> only = "VIEW".equals(t.tableType()) ? views : tables;
            if (only == null || only.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
                out.put(name, t);
            }
        });
        return out;
    }

    private static void check(ConnectionProperty p, List<String> wanted, Map<String, QuireTable> source, String type) {
        if (wanted == null) {
            return;
        }
        Set<String> ofType = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        source.forEach((name, t) -> {
            if (type.equals(t.tableType())) {
                ofType.add(name);
            }
        });
        for (String n : wanted) {
            if (!ofType.contains(n)) {
                throw new QuireException(SqlState.UNABLE_TO_CONNECT, p.name() + " names '" + n + "', which is not a "
                        + type.toLowerCase(Locale.ROOT) + " of this source" + (ofType.isEmpty()
                        ? " (it has none)." : "; its " + type.toLowerCase(Locale.ROOT) + "s are: " + String.join(", ", ofType) + "."));
            }
        }
    }

    /** The property's names, unquoted, without this schema's prefix; null when it is not set. */
    private static List<String> names(ConnectionConfig cfg, ConnectionProperty p, String schema) {
        String v = cfg.get(p);
        if (v == null || v.isBlank()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (List<String> parts : split(v)) {
            if (parts.isEmpty()) {
                continue;
            }
            if (schema != null && parts.size() == 2) {
                if (!parts.get(0).equalsIgnoreCase(schema)) {
                    throw new QuireException(SqlState.UNABLE_TO_CONNECT, p.name() + " names '" + String.join(".", parts)
                            + "' in schema " + parts.get(0) + ", but this source's schema is " + schema + ".");
                }
                parts = parts.subList(1, 2);
            }
            if (parts.size() != 1) {
                throw new QuireException(SqlState.UNABLE_TO_CONNECT, p.name() + ": '" + String.join(".", parts)
                        + "' is not a name (use Name or " + (schema == null ? "a schema name" : schema + ".Name") + ").");
            }
            out.add(parts.get(0));
        }
        return out;
    }

    /** Comma-separated entries, each split at unquoted dots into its unquoted parts. */
    static List<List<String>> split(String v) {
        List<List<String>> out = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char close = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (close != 0) {
                if (c == close) {
                    close = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '[' || c == '"' || c == '`') {
                close = c == '[' ? ']' : c;
            } else if (c == '.' || c == ',') {
                parts.add(cur.toString().trim());
                cur.setLength(0);
                if (c == ',') {
                    out.add(parts.stream().allMatch(String::isEmpty) ? List.of() : List.copyOf(parts));
                    parts.clear();
                }
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString().trim());
        out.add(parts.stream().allMatch(String::isEmpty) ? List.of() : List.copyOf(parts));
        return out;
    }
}
