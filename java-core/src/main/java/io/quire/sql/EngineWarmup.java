package io.quire.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The engine's one-time costs, paid on a daemon thread while the first connection signs in
 * (opt-in, see {@link #start}):
 * one small query planned and run on a table in memory loads Calcite's parser, validator and
 * planner, and makes Janino generate and compile the metadata handlers (once per JVM, shared
 * by every connection after). The bridge starts it when the driver loads; {@link QuireEngine#open}
 * waits for it to end before it uses Calcite, so two threads never run Calcite's class
 * initialisers at once (they can deadlock). A warm-up that fails changes nothing: the
 * connection then pays the same costs itself.
 */
public final class EngineWarmup {
    private static Thread thread;

    private EngineWarmup() {
    }

    /**
     * Starts the warm-up once per JVM when QUIRE_WARMUP=on. Off by default: on the 2-CPU machines
     * measured it only competed with the connection's own work (OkHttp's TLS set-up, sign-in) and
     * with the JIT compiler thread, even against a site 100 ms away (bench/README.md, rows 3f, 3g:
     * +120 ms to the first row, +260 ms CPU). It does take Calcite's first-use costs off the first
     * query (its prepare: ~400 -> ~35 ms), which pays only where a core is free meanwhile.
     */
    public static void start() {
        if ("on".equals(System.getenv("QUIRE_WARMUP"))) {
            begin();
        }
    }

    /** Starts the warm-up unless it ran already; returns its thread. */
    static synchronized Thread begin() {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("quire-engine-warmup").unstarted(EngineWarmup::run);
            thread.setContextClassLoader(EngineWarmup.class.getClassLoader());
            thread.start();
        }
        return thread;
    }

    /** Returns once no warm-up is running. */
    static void await() {
        Thread t;
        synchronized (EngineWarmup.class) {
            t = thread;
        }
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run() {
        ListTable t = new ListTable(List.of(ColumnDef.of("Id", SqlTypeName.BIGINT, null), ColumnDef.text("Name", 255, null),
                ColumnDef.of("Created", SqlTypeName.TIMESTAMP, null), ColumnDef.of("Current", SqlTypeName.BOOLEAN, null)),
                List.of("Id"), () -> List.<Object[]>of(new Object[] {1L, "a", null, Boolean.TRUE}));
        try (Connection c = QuireEngine.openNow("Warmup", new AbstractSchema(), Map.of("t", t));
             PreparedStatement ps = c.prepareStatement("SELECT * FROM t WHERE Name <> 'x' ORDER BY Id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        } catch (Throwable ignored) {
            // the first connection pays these costs itself
        }
    }
}
