package io.quire.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a data source's section from unixODBC's odbc.ini files ($ODBCINI or ~/.odbc.ini, then
 * $ODBCSYSINI/odbc.ini or /etc/odbc.ini), for tools that run outside a driver manager. The
 * driver itself gets DSN settings from the native side.
 */
public final class OdbcIni {
    private OdbcIni() {
    }

    /** The DSN a connection string names, or null. */
    public static String dsnName(String connectionString) {
        try {
            for (ConnectionStringParser.Entry e : ConnectionStringParser.parse(connectionString)) {
                if (e.key().trim().equalsIgnoreCase("DSN")) {
                    return e.value();
                }
            }
        } catch (ConnectionStringException e) {
            return null;   // the check reports the malformed string itself
        }
        return null;
    }

    /** The section's Key=Value lines (user file first), or null when no file has the DSN. */
    public static String dsnLines(String dsn) {
        if (dsn == null || dsn.isBlank()) {
            return null;
        }
        for (Path file : files()) {
            List<String> lines = section(file, dsn);
            if (lines != null) {
                return String.join("\n", lines);
            }
        }
        return null;
    }

    private static List<Path> files() {
        List<Path> out = new ArrayList<>();
        String user = System.getenv("ODBCINI");
        out.add(user != null ? Path.of(user) : Path.of(System.getProperty("user.home"), ".odbc.ini"));
        String sys = System.getenv("ODBCSYSINI");
        out.add(Path.of(sys != null ? sys : "/etc", "odbc.ini"));
        return out;
    }

    static List<String> section(Path file, String dsn) {
        List<String> all;
        try {
            all = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        List<String> out = null;
        String wanted = "[" + dsn.trim().toLowerCase(Locale.ROOT) + "]";
        for (String raw : all) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                if (out != null) {
                    break;
                }
                if (line.toLowerCase(Locale.ROOT).equals(wanted)) {
                    out = new ArrayList<>();
                }
            } else if (out != null && !line.isEmpty() && !line.startsWith(";") && !line.startsWith("#")
                    && line.indexOf('=') > 0) {
                // every key, as the driver gets them: an unknown one is reported the same way
                int eq = line.indexOf('=');
                out.add(line.substring(0, eq).strip() + "=" + line.substring(eq + 1).strip());
            }
        }
        return out;
    }
}
