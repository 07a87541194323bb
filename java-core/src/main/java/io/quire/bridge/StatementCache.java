package io.quire.bridge;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Planned statements kept per connection by SQL text, so SQL an application runs again (every
 * SQLExecDirect of the same text, Access's keyed lookups) skips parsing, planning and code
 * generation: re-executing a planned Calcite statement costs about 2 ms, planning it 20-40 ms.
 * A statement is idle here only between a free and the next prepare of the same text.
 */
final class StatementCache implements AutoCloseable {
    private static final int MAX_IDLE = 64;

    private final Connection connection;
    private final LinkedHashMap<String, Deque<PreparedStatement>> idle = new LinkedHashMap<>(16, 0.75f, true);
    private int idleCount;

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** A planned statement for sql: an idle one when there is one, else a new one. */
    PreparedStatement take(String sql) throws SQLException {
        synchronized (this) {
            Deque<PreparedStatement> q = idle.get(sql);
            if (q != null && !q.isEmpty()) {
                idleCount--;
                return q.pop();
            }
        }
        return connection.prepareStatement(sql);
    }

    /** Gives a statement back for reuse; closes the least recently used one beyond the bound. */
    void give(String sql, PreparedStatement ps) {
        PreparedStatement evicted = null;
        synchronized (this) {
            idle.computeIfAbsent(sql, k -> new ArrayDeque<>()).push(ps);
            if (++idleCount > MAX_IDLE) {
                Iterator<Map.Entry<String, Deque<PreparedStatement>>> it = idle.entrySet().iterator();
                Map.Entry<String, Deque<PreparedStatement>> eldest = it.next();
                evicted = eldest.getValue().pollLast();
                if (eldest.getValue().isEmpty()) {
                    it.remove();
                }
                idleCount--;
            }
        }
        closeQuietly(evicted);
    }

    @Override
    public synchronized void close() {
        idle.values().forEach(q -> q.forEach(StatementCache::closeQuietly));
        idle.clear();
        idleCount = 0;
    }

    private static void closeQuietly(PreparedStatement ps) {
        if (ps != null) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // a statement that cannot close cleanly is dropped all the same
            }
        }
    }
}
