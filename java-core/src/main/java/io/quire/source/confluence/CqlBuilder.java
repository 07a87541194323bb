package io.quire.source.confluence;

import io.quire.sql.Condition;
import io.quire.sql.Op;
import io.quire.sql.ScanRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a pushed {@link Condition} as CQL for a content table, through a map of SQL column to
 * CQL field. What CQL cannot say exactly is widened, never narrowed, since the engine re-checks
 * every row:
 * <ul>
 * <li>date-time bounds move out by 26 hours: a CQL date is read in the site user's time zone,
 * which the driver cannot know, and any two zones are at most 26 hours apart;</li>
 * <li>{@code LIKE 'word%'} becomes {@code ~ "word*"} (a word-prefix search) only for a
 * single alphanumeric word; other patterns are left to the engine.</li>
 * </ul>
 */
final class CqlBuilder {
    enum Kind { TEXT, NUMBER, DATE }

    /** A CQL field and how its literals are written. */
    record Field(String cql, Kind kind) {
    }

    private static final DateTimeFormatter CQL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneOffset.UTC);
    private static final long WIDEN_MILLIS = 26L * 3600 * 1000;
    private static final Pattern WORD_PREFIX = Pattern.compile("[\\p{L}\\p{N}]+%");

    private final Map<String, Field> fields = new LinkedHashMap<>();

    CqlBuilder field(String column, String cql, Kind kind) {
        fields.put(column.toUpperCase(java.util.Locale.ROOT), new Field(cql, kind));
        return this;
    }

    /** The CQL for the condition's translatable part, or null when none is. */
    String where(Condition c) {
        if (c == null) {
            return null;
        }
        return switch (c) {
            case Condition.And and -> {
                List<String> parts = new ArrayList<>();
                for (Condition a : and.args()) {
                    String s = where(a);
                    if (s != null) {
                        parts.add(s);   // dropping a conjunct only widens the result
                    }
                }
                yield parts.isEmpty() ? null : String.join(" AND ", parts);
            }
            case Condition.Or or -> {
                List<String> parts = new ArrayList<>();
                for (Condition a : or.args()) {
                    String s = where(a);
                    if (s == null) {
                        yield null;     // an untranslatable branch could hold any row
                    }
                    parts.add("(" + s + ")");
                }
                yield "(" + String.join(" OR ", parts) + ")";
            }
            case Condition.Compare k -> compare(k);
        };
    }

    /** {@code order by ...} for the sort keys, or "" when there are none. */
    String orderBy(List<ScanRequest.Sort> sort) {
        List<String> keys = new ArrayList<>();
        for (ScanRequest.Sort s : sort) {
            Field f = fields.get(s.column().toUpperCase(java.util.Locale.ROOT));
            keys.add(f.cql() + (s.descending() ? " desc" : " asc"));
        }
        return keys.isEmpty() ? "" : " order by " + String.join(", ", keys);
    }

    boolean knows(String column) {
        return fields.containsKey(column.toUpperCase(java.util.Locale.ROOT));
    }

    private String compare(Condition.Compare k) {
        Field f = fields.get(k.column().toUpperCase(java.util.Locale.ROOT));
        if (f == null || k.values().stream().anyMatch(v -> v == null)) {
            return null;
        }
        if (f.kind() == Kind.DATE) {
            return dateCompare(f.cql(), k.op(), millis(k.value()));
        }
        return switch (k.op()) {
            case EQ -> f.cql() + " = " + literal(f, k.value());
            case NE -> f.cql() + " != " + literal(f, k.value());
            case IN -> f.cql() + " IN (" + list(f, k.values()) + ")";
            case NOT_IN -> f.cql() + " NOT IN (" + list(f, k.values()) + ")";
            case LIKE -> {
                String p = k.value().toString();
                yield f.kind() == Kind.TEXT && WORD_PREFIX.matcher(p).matches()
                        ? f.cql() + " ~ " + quote(p.substring(0, p.length() - 1) + "*") : null;
            }
            default -> null;
        };
    }

    private static String dateCompare(String field, Op op, long millis) {
        String lower = quote(CQL_DATE.format(Instant.ofEpochMilli(millis - WIDEN_MILLIS)));
        String upper = quote(CQL_DATE.format(Instant.ofEpochMilli(millis + WIDEN_MILLIS)));
        return switch (op) {
            case GT, GE -> field + " >= " + lower;
            case LT, LE -> field + " <= " + upper;
            case EQ -> "(" + field + " >= " + lower + " AND " + field + " <= " + upper + ")";
            default -> null;
        };
    }

    private static long millis(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        return java.sql.Timestamp.valueOf(v.toString()).toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static String list(Field f, List<Object> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(literal(f, v)));
        return String.join(", ", out);
    }

    private static String literal(Field f, Object v) {
        return f.kind() == Kind.NUMBER && v.toString().matches("-?\\d+") ? v.toString() : quote(v.toString());
    }

    /** A CQL string literal: double quotes, with backslash before quotes and backslashes. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
