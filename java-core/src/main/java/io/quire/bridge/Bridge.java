package io.quire.bridge;

import io.quire.config.ConnectionConfig;
import io.quire.log.QuireLog;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The only class the native shim calls (docs/bridge.md). Handles are numbers; strings are
 * UTF-8 byte arrays; every failure leaves as a {@link BridgeException}. Safe to call from any
 * thread.
 */
public final class Bridge {
    private static final AtomicLong IDS = new AtomicLong();
    private static final ConcurrentHashMap<Long, BridgeConnection> CONNECTIONS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Long, BridgeStatement> STATEMENTS = new ConcurrentHashMap<>();

    static {
        // the shim initialises this class right after it creates the JVM (docs/bridge.md):
        // the engine may warm up while the application's first connection signs in (QUIRE_WARMUP=on)
        io.quire.sql.EngineWarmup.start();
    }

    private Bridge() {
    }

    public static long connect(byte[] connStr, byte[] dsnAttrs, int loginTimeoutSeconds) throws BridgeException {
        ConnectionConfig cfg = call(QuireLog.OFF, () -> ConnectionConfig.from(text(connStr), text(dsnAttrs)));
        long id = IDS.incrementAndGet();
        QuireLog log = call(QuireLog.OFF, () -> io.quire.log.LogSettings.open(cfg)).tagged("conn " + id);
        return call(log, () -> {
            CONNECTIONS.put(id, BridgeConnection.open(cfg, log, loginTimeoutSeconds));
            return id;
        });
    }

    /**
     * The DSN dialog's Test button: checks the settings step by step (DNS, TCP, proxy, TLS, the
     * scheme's sign-on steps, the site's answer) within the login timeout and returns the report
     * in UTF-8, one line per step, the last line "Connection OK." or "Connection failed at: step".
     * Never throws for a failed step: the report says what failed.
     */
    public static byte[] testConnection(byte[] connStr, byte[] dsnAttrs, int loginTimeoutSeconds) throws BridgeException {
        return call(() -> io.quire.tools.ConnectionCheck.report(io.quire.tools.ConnectionCheck.run(text(connStr),
                text(dsnAttrs), loginTimeoutSeconds)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * SQLBrowseConnect: null when the settings are complete (the shim then connects), else
     * what is still missing in the ODBC browse-result syntax.
     */
    public static byte[] browseConnect(byte[] connStr, byte[] dsnAttrs) throws BridgeException {
        return call(() -> {
            String missing = BrowseConnect.missing(ConnectionConfig.from(text(connStr), text(dsnAttrs)));
            return missing == null ? null : missing.getBytes(StandardCharsets.UTF_8);
        });
    }

    /**
     * SQL_ATTR_CONNECTION_TIMEOUT: each request the connection sends to the site must complete
     * within seconds (0: the Timeout property decides); one that does not gives HYT01.
     */
    public static void setConnectionTimeout(long connId, int seconds) throws BridgeException {
        call(() -> {
            connection(connId).site.setRequestTimeout(seconds);
            return null;
        });
    }

    public static void disconnect(long connId) throws BridgeException {
        call(() -> {
            BridgeConnection c = CONNECTIONS.remove(connId);
            if (c != null) {
                STATEMENTS.entrySet().removeIf(e -> {
                    if (e.getValue().connection == c) {
                        e.getValue().close();
                        return true;
                    }
                    return false;
                });
                c.close();
            }
            return null;
        });
    }

    public static long prepare(long connId, byte[] sql) throws BridgeException {
        BridgeConnection c = call(QuireLog.OFF, () -> connection(connId));
        return call(c.log, () -> {
            c.log.forModule("EXEC").log(2, "Prepare: " + text(sql));
            return register(BridgeStatement.prepare(c, text(sql)));
        });
    }

    public static byte[] describe(long stmtId) throws BridgeException {
        return call(() -> DescribeEncoder.encode(statement(stmtId).columns()));
    }

    public static byte[] describeParams(long stmtId) throws BridgeException {
        return call(() -> statement(stmtId).describeParams());
    }

    public static long execute(long stmtId, byte[] params, int timeoutSeconds) throws BridgeException {
        BridgeStatement s = call(QuireLog.OFF, () -> statement(stmtId));
        return call(s.connection.log, () -> s.execute(params, timeoutSeconds));
    }

    public static int fetch(long stmtId, int maxRows, ByteBuffer buf) throws BridgeException {
        BridgeStatement s = call(QuireLog.OFF, () -> statement(stmtId));
        return call(s.connection.log, () -> s.fetch(Math.max(1, maxRows), buf));
    }

    public static void closeCursor(long stmtId) throws BridgeException {
        call(() -> {
            statement(stmtId).closeCursor();
            return null;
        });
    }

    public static void free(long stmtId) throws BridgeException {
        call(() -> {
            BridgeStatement s = STATEMENTS.remove(stmtId);
            if (s != null) {
                s.close();
            }
            return null;
        });
    }

    public static void cancel(long stmtId) throws BridgeException {
        call(() -> {
            BridgeStatement s = STATEMENTS.get(stmtId);
            if (s != null) {
                s.cancel();
            }
            return null;
        });
    }

    public static long catalog(long connId, int function, byte[][] args) throws BridgeException {
        BridgeConnection c = call(QuireLog.OFF, () -> connection(connId));
        return call(c.log, () -> {
            String[] a = new String[args == null ? 0 : args.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = text(args[i]);
            }
            return register(BridgeStatement.ofResult(c, c.catalog.run(function, a)));
        });
    }

    public static byte[] getInfo(long connId, int infoType) throws BridgeException {
        return call(() -> {
            String v = connection(connId).info(infoType);
            return v == null ? null : v.getBytes(StandardCharsets.UTF_8);
        });
    }

    public static byte[] nativeSql(long connId, byte[] sql) throws BridgeException {
        return call(() -> {
            BridgeConnection c = connection(connId);
            return c.engine().reservedNames.quote(io.quire.sql.OdbcEscapes.rewrite(text(sql), c.userName())).getBytes(StandardCharsets.UTF_8);
        });
    }

    private static long register(BridgeStatement s) {
        long id = IDS.incrementAndGet();
        STATEMENTS.put(id, s);
        return id;
    }

    static BridgeConnection connection(long id) {
        BridgeConnection c = CONNECTIONS.get(id);
        if (c == null) {
            throw new QuireException(SqlState.CONNECTION_NOT_OPEN, "Connection " + id + " is not open.");
        }
        return c;
    }

    private static BridgeStatement statement(long id) {
        BridgeStatement s = STATEMENTS.get(id);
        if (s == null) {
            throw new QuireException(SqlState.GENERAL_ERROR, "Statement " + id + " does not exist.");
        }
        return s;
    }

    private static String text(byte[] utf8) {
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    private static <T> T call(Callable<T> work) throws BridgeException {
        return call(QuireLog.OFF, work);
    }

    /**
     * Runs work with the driver's class loader as context loader (native threads have none);
     * failures are logged with their SQLSTATE and leave as BridgeException.
     */
    private static <T> T call(QuireLog log, Callable<T> work) throws BridgeException {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(Bridge.class.getClassLoader());
        try {
            return work.call();
        } catch (Throwable e) {
            BridgeException b = ErrorTranslator.translate(e);
            log.error("[" + b.sqlState() + "] " + b.getMessage());
            throw b;
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
