package io.quire.tools;

import io.quire.bridge.Bridge;
import io.quire.bridge.BridgeException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The training run of the JVM's AOT cache (JEP 483/514/515): {@code java -XX:AOTCacheOutput=quire.aot
 * -cp quire-core.jar io.quire.tools.AotTraining}. The driver's JVM lives inside the application
 * and never exits normally, so it cannot record its own cache; this program takes the path an ODBC
 * application takes through {@link Bridge} (connect, prepare, describe, execute, fetch into a
 * direct buffer, catalog functions, free, disconnect) against {@link TrainingSite}, so the classes
 * of connect and of a first query are loaded and linked from the cache when the driver starts.
 * The cache is only used by a JVM of the same runtime with the same class path, so it is made
 * where the driver is staged or installed (installer/linux/quire-build-aot-cache, run by `make
 * stage`); {@code --jars} writes the JVM and the jars the driver checks before it uses the cache
 * (native-odbc-shim/src/jni/jvm_aot.c).
 */
public final class AotTraining {
    /** What ODBC applications send first: isql and Power Query read a table, BI tools aggregate and join. */
    static final String[] QUERIES = {
        "SELECT * FROM Spaces",
        "SELECT Id, Title, SpaceKey, CreatedDate, VersionNumber FROM Pages",
        "SELECT Id, Title FROM Pages WHERE SpaceKey = 'ENG' AND CreatedDate >= {ts '2021-01-01 00:00:00'}"
                + " ORDER BY Title FETCH FIRST 5 ROWS ONLY",
        "SELECT s.Name, COUNT(*) AS n FROM Pages p JOIN Spaces s ON p.SpaceKey = s.Key GROUP BY s.Name",
        "SELECT * FROM Blogposts",
        "SELECT * FROM Comments",
        "SELECT COUNT(*) FROM sys_tables",
    };
    // ODBC function ids as the bridge takes them (io.quire.bridge.CatalogFunctions)
    private static final int SQL_API_SQLCOLUMNS = 40;
    private static final int SQL_API_SQLTABLES = 54;

    private AotTraining() {
    }

    /** {@code [--jars FILE] [ROUNDS]}: FILE receives what the cache is made for, for the driver's check ({@link AotCacheStamp}). */
    public static void main(String[] args) throws Exception {
        int rounds = 2;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--jars") && i + 1 < args.length) {
                Path file = Path.of(args[++i]);
                Files.writeString(file, AotCacheStamp.text(AotCacheStamp.jvmLibrary(), AotCacheStamp.classPathJars(),
                        file.toAbsolutePath().getParent()));
            } else {
                rounds = Integer.parseInt(args[i]);
            }
        }
        Map<String, Long> rows = Map.of();
        try (TrainingSite site = TrainingSite.start()) {
            for (int i = 0; i < rounds; i++) {
                rows = run(site.url());
            }
        }
        rows.forEach((sql, n) -> System.out.println(n + " rows: " + sql));
        // the HTTP client's pool threads would keep the JVM (and so the cache's creation) waiting
        System.exit(0);
    }

    /** One connection's worth of work; returns the rows each query gave (-1: it failed, with the reason on stderr). */
    static Map<String, Long> run(String url) throws BridgeException {
        return run(url, "aot-training", "aot-training");
    }

    static Map<String, Long> run(String url, String user, String password) throws BridgeException {
        Map<String, Long> rows = new LinkedHashMap<>();
        ByteBuffer buf = ByteBuffer.allocateDirect(4 << 20);
        long conn = Bridge.connect(utf8("Url=" + url + ";User=" + user + ";Password={" + password + "}"), null, 15);
        try {
            Bridge.getInfo(conn, 17);
            for (String sql : QUERIES) {
                try {
                    long stmt = Bridge.prepare(conn, utf8(sql));
                    Bridge.describe(stmt);
                    Bridge.execute(stmt, null, 0);
                    rows.put(sql, drain(stmt, buf));
                } catch (BridgeException e) {
                    System.err.println("training query failed [" + e.sqlState() + "] " + e.getMessage() + ": " + sql);
                    rows.put(sql, -1L);
                }
            }
            drain(Bridge.catalog(conn, SQL_API_SQLTABLES, new byte[][] {null, null, utf8("%"), utf8("TABLE,VIEW")}), buf);
            drain(Bridge.catalog(conn, SQL_API_SQLCOLUMNS, new byte[][] {null, null, utf8("Pages"), utf8("%")}), buf);
        } finally {
            Bridge.disconnect(conn);
        }
        return rows;
    }

    private static long drain(long stmt, ByteBuffer buf) throws BridgeException {
        long n = 0;
        try {
            while (true) {
                if (Bridge.fetch(stmt, 1000, buf) < 0) {
                    throw new IllegalStateException("a row does not fit in " + buf.capacity() + " bytes");
                }
                ByteBuffer header = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
                n += header.getInt(0);
                if ((header.getInt(4) & 1) != 0) { // the last batch (docs/bridge.md)
                    return n;
                }
            }
        } finally {
            Bridge.free(stmt);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
