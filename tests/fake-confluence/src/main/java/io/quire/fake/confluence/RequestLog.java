package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Log of API requests in arrival order, exposed at {@code /__admin/requests}. An entry is reserved when a request
 * arrives and its status is filled in before the response is sent. Holds the auth scheme only, never a secret.
 */
public final class RequestLog {

    /** One logged request; {@code status} is 0 while the request is in flight. */
    public static final class Entry {
        private final String method;
        private final String path;
        private final String query;
        private final String auth;
        private volatile int status;

        Entry(String method, String path, String query, String auth) {
            this.method = method;
            this.path = path;
            this.query = query;
            this.auth = auth;
        }

        public void status(int status) {
            this.status = status;
        }

        public String method() {
            return method;
        }

        public String path() {
            return path;
        }

        public String query() {
            return query;
        }

        public String auth() {
            return auth;
        }

        public int status() {
            return status;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized Entry add(String method, String path, String query, String auth) {
        Entry e = new Entry(method, path, query, auth);
        entries.add(e);
        return e;
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized List<Entry> snapshot() {
        return List.copyOf(entries);
    }

    public ArrayNode toJson() {
        ArrayNode arr = Json.arr();
        for (Entry e : snapshot()) {
            ObjectNode o = arr.addObject();
            o.put("method", e.method());
            o.put("path", e.path());
            o.put("query", e.query());
            o.put("status", e.status());
            o.put("auth", e.auth());
        }
        return arr;
    }
}
