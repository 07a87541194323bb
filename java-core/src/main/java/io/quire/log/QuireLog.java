package io.quire.log;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The driver's log for one connection: lines appended to Logfile when Verbosity allows.
 * Every line passes through the connection's {@link Redactor} first, so a secret that slips
 * into a message (an exception text, a URL) is masked before it reaches the file.
 * Levels: 1 errors and connections, 2 statements, 3 HTTP requests, 4 detail, 5 headers. Each
 * line names its module (LogModules keeps only some); the file rotates by size
 * ({@link RotatingLogFile}).
 */
public final class QuireLog {
    public static final QuireLog OFF = new QuireLog(null, 0, Redactor.NONE, "", null, "INFO");

    /** LogModules names: INFO (connections, errors), EXEC (statements), HTTP (requests, retries), AUTH (sign-on). */
    public static final List<String> MODULES = List.of("INFO", "EXEC", "HTTP", "AUTH");

    private static final ConcurrentHashMap<Path, RotatingLogFile> FILES = new ConcurrentHashMap<>();

    private final RotatingLogFile file;
    private final int verbosity;
    private final Redactor redactor;
    private final String prefix;
    /** The modules LogModules lets through (null: all). */
    private final Set<String> modules;
    private final String module;

    private QuireLog(RotatingLogFile file, int verbosity, Redactor redactor, String prefix, Set<String> modules,
                     String module) {
        this.file = file;
        this.verbosity = verbosity;
        this.redactor = redactor;
        this.prefix = prefix;
        this.modules = modules;
        this.module = module;
    }

    /** A log writing to logfile (null or empty: no log) that masks the given secrets. */
    public static QuireLog open(String logfile, int verbosity, List<String> secrets) {
        return open(logfile, verbosity, secrets, null, 0, 0);
    }

    /**
     * A log writing to logfile (null or empty: no log) that masks the given secrets, keeps only
     * the LogModules named in logModules (';'-separated, null or empty: all), and rotates the file
     * at maxBytes (0: never), keeping maxCount files (0 or less: all).
     */
    public static QuireLog open(String logfile, int verbosity, List<String> secrets, String logModules, long maxBytes,
                                int maxCount) {
        if (logfile == null || logfile.isBlank() || verbosity <= 0) {
            return OFF;
        }
        Path p = Path.of(logfile).toAbsolutePath();
        RotatingLogFile f = FILES.computeIfAbsent(p, k -> new RotatingLogFile(k, maxBytes, maxCount));
        return new QuireLog(f, verbosity, new Redactor(secrets), "", modules(logModules), "INFO");
    }

    /** The modules a LogModules value names; null for all. Unknown names are an error the caller reports. */
    public static Set<String> modules(String logModules) {
        if (logModules == null || logModules.isBlank()) {
            return null;
        }
        Set<String> out = new java.util.TreeSet<>();
        for (String m : logModules.split("[;,\\s]+")) {
            if (m.isBlank()) {
                continue;
            }
            String u = m.trim().toUpperCase(java.util.Locale.ROOT);
            if (!MODULES.contains(u)) {
                throw new IllegalArgumentException("LogModules: unknown module '" + m.trim() + "' (known: "
                        + String.join(";", MODULES) + ")");
            }
            out.add(u);
        }
        return out;
    }

    /** The same log with a context tag (a connection or statement id) on every line. */
    public QuireLog tagged(String tag) {
        return this == OFF ? OFF : new QuireLog(file, verbosity, redactor, prefix + "[" + tag + "] ", modules, module);
    }

    /** The same log writing as module (one of {@link #MODULES}), which LogModules may leave out. */
    public QuireLog forModule(String name) {
        return this == OFF ? OFF : new QuireLog(file, verbosity, redactor, prefix, modules, name);
    }

    /** Masks value in every later line of this log (and of its tagged copies). */
    public void addSecret(String value) {
        redactor.add(value);
    }

    public boolean enabled(int level) {
        return file != null && level <= verbosity && (modules == null || modules.contains(module));
    }

    public void log(int level, String message) {
        if (!enabled(level)) {
            return;
        }
        write(message);
    }

    private void write(String message) {
        String line = Instant.now() + " " + module + " " + prefix + redactor.redact(message) + System.lineSeparator();
        try {
            file.write(line);
        } catch (IOException | RuntimeException e) {
            // A log that cannot be written must not break the query.
        }
    }

    /** Errors are written whatever LogModules says. */
    public void error(String message) {
        if (file != null && verbosity >= 1) {
            write("ERROR " + message);
        }
    }

    public void info(String message) {
        log(1, "INFO " + message);
    }
}
