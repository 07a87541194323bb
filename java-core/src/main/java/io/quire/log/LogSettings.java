package io.quire.log;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The connection's log from Logfile, Verbosity, LogModules, MaxLogFileSize and MaxLogFileCount. */
public final class LogSettings {
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);
    /** Smaller files would rotate on nearly every line. */
    static final long MIN_SIZE = 100L * 1024;

    private LogSettings() {
    }

    public static QuireLog open(ConnectionConfig cfg) {
        String logfile = cfg.get(ConnectionProperties.LOGFILE);
        if (logfile == null || logfile.isBlank()) {
            return QuireLog.OFF;
        }
        try {
            QuireLog.modules(cfg.get(ConnectionProperties.LOG_MODULES));
        } catch (IllegalArgumentException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, e.getMessage() + ".");
        }
        return QuireLog.open(logfile, cfg.getInt(ConnectionProperties.VERBOSITY), cfg.secretValues(),
                cfg.get(ConnectionProperties.LOG_MODULES), bytes(cfg.get(ConnectionProperties.MAX_LOG_FILE_SIZE)),
                cfg.getInt(ConnectionProperties.MAX_LOG_FILE_COUNT));
    }

    /** "10MB", "512 KB", "1048576": bytes (at least 100 KB). */
    static long bytes(String value) {
        Matcher m = SIZE.matcher(value == null ? "" : value.trim());
        if (!m.matches()) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "MaxLogFileSize '" + value + "' is not a size such as "
                    + "10MB, 512KB or a number of bytes.");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        long factor = switch (unit) {
            case "KB" -> 1024L;
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Math.max(MIN_SIZE, Math.multiplyExact(n, factor));
    }
}
