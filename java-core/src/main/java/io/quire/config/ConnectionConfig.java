package io.quire.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The checked, typed settings of one connection: explicit connection-string keys over the
 * DSN's, over each property's default. Unknown keys and bad values are refused with a message
 * that names the key, where it came from and its position.
 */
public final class ConnectionConfig {

    private final Map<ConnectionProperty, String> values;

    private ConnectionConfig(Map<ConnectionProperty, String> values) {
        this.values = values;
    }

    /**
     * @param connectionString the application's connection string (may be null)
     * @param dsnLines         the DSN's odbc.ini section as {@code Key=Value} lines (may be null)
     */
    public static ConnectionConfig from(String connectionString, String dsnLines) throws ConnectionStringException {
        Map<ConnectionProperty, String> merged = new LinkedHashMap<>();
        // Explicit first: the first occurrence of a key wins (ODBC rule), so DSN keys only fill gaps.
        for (ConnectionStringParser.Entry e : ConnectionStringParser.parse(connectionString)) {
            ConnectionProperty p = known(e.key(), "at position " + e.position() + " of the connection string");
            merged.putIfAbsent(p, check(p, e.value(), "at position " + e.position() + " of the connection string"));
        }
        if (dsnLines != null) {
            String dsn = merged.getOrDefault(ConnectionProperties.DSN, "");
            int lineNo = 0;
            for (String line : dsnLines.split("\n", -1)) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                int eq = line.indexOf('=');
                String where = "in line " + lineNo + " of DSN '" + dsn + "'";
                if (eq <= 0) {
                    throw new ConnectionStringException("Malformed DSN setting " + where + ": expected Key=Value.");
                }
                ConnectionProperty p = known(line.substring(0, eq), where);
                merged.putIfAbsent(p, check(p, line.substring(eq + 1).trim(), where));
            }
        }
        String other = merged.get(ConnectionProperties.OTHER);
        if (other != null) {
            for (ConnectionStringParser.Entry e : ConnectionStringParser.parse(other)) {
                String where = "at position " + e.position() + " of Other";
                ConnectionProperty p = known(e.key(), where);
                if (p == ConnectionProperties.OTHER) {
                    throw new ConnectionStringException("Other cannot hold another Other (" + where + ").");
                }
                merged.putIfAbsent(p, check(p, e.value(), where));
            }
        }
        return new ConnectionConfig(merged);
    }

    private static ConnectionProperty known(String key, String where) throws ConnectionStringException {
        ConnectionProperty p = ConnectionProperties.lookup(key);
        if (p != null) {
            return p;
        }
        ConnectionProperty hint = ConnectionProperties.closest(key);
        throw new ConnectionStringException("Unknown connection property '" + key.trim() + "' " + where + "."
                + (hint == null ? "" : " Did you mean '" + hint.name() + "'?"));
    }

    private static String check(ConnectionProperty p, String value, String where) throws ConnectionStringException {
        switch (p.type()) {
            case ENUM -> {
                String canonical = p.canonicalValue(value);
                if (canonical == null) {
                    throw new ConnectionStringException("Invalid value " + shown(p, value) + " for '" + p.name()
                            + "' " + where + ": allowed values are " + String.join(", ", p.allowedValues()) + ".");
                }
                return canonical;
            }
            case INTEGER -> {
                try {
                    Integer.parseInt(value.trim());
                    return value.trim();
                } catch (NumberFormatException e) {
                    throw new ConnectionStringException("Invalid value " + shown(p, value) + " for '" + p.name()
                            + "' " + where + ": expected a whole number.");
                }
            }
            case NUMBER -> {
                try {
                    double d = Double.parseDouble(value.trim());
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw new NumberFormatException();
                    }
                    return value.trim();
                } catch (NumberFormatException e) {
                    throw new ConnectionStringException("Invalid value " + shown(p, value) + " for '" + p.name()
                            + "' " + where + ": expected a number.");
                }
            }
            case BOOLEAN -> {
                String v = value.trim().toLowerCase(Locale.ROOT);
                return switch (v) {
                    case "true", "yes", "on", "1" -> "true";
                    case "false", "no", "off", "0" -> "false";
                    default -> throw new ConnectionStringException("Invalid value " + shown(p, value) + " for '"
                            + p.name() + "' " + where + ": expected true or false.");
                };
            }
            default -> {
                return value;
            }
        }
    }

    private static String shown(ConnectionProperty p, String value) {
        return p.secret() ? "(hidden)" : "'" + value + "'";
    }

    /** The value set for p, else its default; null when neither exists. Empty text counts as unset. */
    public String get(ConnectionProperty p) {
        String v = values.get(p);
        return v == null || v.isEmpty() ? p.defaultValue() : v;
    }

    public boolean isSet(ConnectionProperty p) {
        String v = values.get(p);
        return v != null && !v.isEmpty();
    }

    public int getInt(ConnectionProperty p) {
        return Integer.parseInt(get(p));
    }

    public double getNumber(ConnectionProperty p) {
        return Double.parseDouble(get(p));
    }

    public boolean getBoolean(ConnectionProperty p) {
        return Boolean.parseBoolean(get(p));
    }

    /** The values of every secret property that is set, for masking in logs. */
    public java.util.List<String> secretValues() {
        return values.entrySet().stream().filter(e -> e.getKey().secret()).map(Map.Entry::getValue).toList();
    }

    /** The explicitly given settings, secrets replaced, for logs and diagnostics. */
    public Map<String, String> redacted() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((p, v) -> out.put(p.name(), p.secret() ? "********" : v));
        return Collections.unmodifiableMap(out);
    }
}
