package io.quire.log;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The driver's log for one connection: lines appended to Logfile when Verbosity allows.
 * Every line passes through the connection's {@link Redactor} first, so a secret that slips
 * into a message (an exception text, a URL) is masked before it reaches the file.
 * Levels: 1 errors and connections, 2 statements, 3 HTTP requests, 4 detail, 5 headers.
 */
public final class QuireLog {
    public static final QuireLog OFF = new QuireLog(null, 0, Redactor.NONE, "");

    private static final ConcurrentHashMap<Path, Writer> FILES = new ConcurrentHashMap<>();

    private final Path file;
    private final int verbosity;
    private final Redactor redactor;
    private final String prefix;

    private QuireLog(Path file, int verbosity, Redactor redactor, String prefix) {
        this.file = file;
        this.verbosity = verbosity;
        this.redactor = redactor;
        this.prefix = prefix;
    }

    /** A log writing to logfile (null or empty: no log) that masks the given secrets. */
    public static QuireLog open(String logfile, int verbosity, List<String> secrets) {
        if (logfile == null || logfile.isBlank() || verbosity <= 0) {
            return OFF;
        }
        return new QuireLog(Path.of(logfile).toAbsolutePath(), verbosity, new Redactor(secrets), "");
    }

    /** The same log with a context tag (a connection or statement id) on every line. */
    public QuireLog tagged(String tag) {
        return this == OFF ? OFF : new QuireLog(file, verbosity, redactor, prefix + "[" + tag + "] ");
    }

    /** Masks value in every later line of this log (and of its tagged copies). */
    public void addSecret(String value) {
        redactor.add(value);
    }

    public boolean enabled(int level) {
        return file != null && level <= verbosity;
    }

    public void log(int level, String message) {
        if (!enabled(level)) {
            return;
        }
        String line = Instant.now() + " " + prefix + redactor.redact(message) + System.lineSeparator();
        try {
            Writer w = FILES.computeIfAbsent(file, QuireLog::openFile);
            synchronized (w) {
                w.write(line);
                w.flush();
            }
        } catch (IOException | RuntimeException e) {
            // A log that cannot be written must not break the query.
        }
    }

    public void error(String message) {
        log(1, "ERROR " + message);
    }

    public void info(String message) {
        log(1, "INFO " + message);
    }

    private static Writer openFile(Path p) {
        try {
            if (p.getParent() != null) {
                Files.createDirectories(p.getParent());
            }
            return Files.newBufferedWriter(p, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
