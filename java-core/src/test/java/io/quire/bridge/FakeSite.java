package io.quire.bridge;

import io.quire.fake.confluence.Config;
import io.quire.fake.confluence.DataGenerator;
import io.quire.fake.confluence.FakeConfluenceServer;
import io.quire.fake.confluence.RequestLog;
import io.quire.fake.confluence.SiteData;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The fake Confluence site in-process, and helpers to run SQL through the bridge against it. */
final class FakeSite implements AutoCloseable {
    /** Content the driver lists by default: current, and not in an archived space. */
    static boolean listed(io.quire.fake.confluence.Content c) {
        return c.isCurrent() && !"archived".equals(c.space().status());
    }

    final SiteData data;
    final FakeConfluenceServer server;

    FakeSite() throws Exception {
        this(0);
    }

    /** A site that waits latencyMs before every API response. */
    FakeSite(long latencyMs) throws Exception {
        Config d = Config.defaults();
        Config cfg = new Config(d.port(), d.seed(), d.spaces(), d.pages(), d.user(), d.password(), d.email(),
                d.apiToken(), d.pat(), latencyMs);
        data = DataGenerator.generate(cfg);
        server = FakeConfluenceServer.start(cfg, data);
    }

    String dcUrl() {
        return server.url();
    }

    String cloudUrl() {
        return server.url() + "/wiki";
    }

    List<RequestLog.Entry> requests() {
        return server.log().snapshot();
    }

    void clearRequests() {
        server.log().clear();
    }

    /** Connects as the demo user: Cloud (e-mail + API token) or Data Center (user + password), plus extra keys. */
    long connectAs(boolean cloud, String extra) throws BridgeException {
        return connect(cloud
                ? "Url=" + cloudUrl() + ";User=demo@quire.example;APIToken=demo-api-token" + extra
                : "Url=" + dcUrl() + ";User=demo;Password=demo-password" + extra);
    }

    static long connect(String connStr) throws BridgeException {
        return Bridge.connect(connStr.getBytes(StandardCharsets.UTF_8), null, 0);
    }

    /** Runs sql and returns every row, decoded from the bridge's batches. */
    static List<Object[]> query(long conn, String sql) throws BridgeException {
        return query(conn, sql, null, 0);
    }

    /** Runs sql with encoded parameters (see {@link Params}) and a query timeout. */
    static List<Object[]> query(long conn, String sql, byte[] params, int timeoutSeconds) throws BridgeException {
        long stmt = Bridge.prepare(conn, sql.getBytes(StandardCharsets.UTF_8));
        try {
            Bridge.execute(stmt, params, timeoutSeconds);
            return drain(stmt);
        } finally {
            Bridge.free(stmt);
        }
    }

    /** Runs a catalog function (SQL_API_* code) with its string arguments and returns its rows. */
    static List<Object[]> catalog(long conn, int function, String... args) throws BridgeException {
        byte[][] a = new byte[args.length][];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i] == null ? null : args[i].getBytes(StandardCharsets.UTF_8);
        }
        long stmt = Bridge.catalog(conn, function, a);
        try {
            return drain(stmt);
        } finally {
            Bridge.free(stmt);
        }
    }

    static List<Object[]> drain(long stmt) throws BridgeException {
        ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
        List<Object[]> rows = new ArrayList<>();
        while (true) {
            int n = Bridge.fetch(stmt, 1000, buf);
            if (n < 0) {
                buf = ByteBuffer.allocateDirect(-n);
                continue;
            }
            BatchReader r = new BatchReader(buf);
            rows.addAll(r.values);
            if (r.end) {
                return rows;
            }
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
