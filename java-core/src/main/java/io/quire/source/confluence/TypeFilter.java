package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Predicate;

/**
 * Keeps the items a table shows (raw CQL may match any content type; a listing may mix
 * containers) and stamps each kept item with the raw CQL so its CQL column equals it.
 */
final class TypeFilter implements Iterator<JsonNode>, AutoCloseable {
    /** The synthetic field that carries the raw CQL into each row's CQL column. */
    static final String CQL_FIELD = "__quire_cql";

    private final Iterator<JsonNode> items;
    private final Predicate<JsonNode> keep;
    private final String cql;
    private JsonNode next;

    TypeFilter(Iterator<JsonNode> items, Predicate<JsonNode> keep, String cql) {
        this.items = items;
        this.keep = keep;
        this.cql = cql;
    }

    static TypeFilter ofType(Iterator<JsonNode> items, String type, String cql) {
        return new TypeFilter(items, j -> type.equals(JsonValues.text(j, "type")), cql);
    }

    @Override
    public boolean hasNext() {
        while (next == null && items.hasNext()) {
            JsonNode j = items.next();
            if (keep.test(j)) {
                if (cql != null && j instanceof ObjectNode o) {
                    o.put(CQL_FIELD, cql);
                }
                next = j;
            }
        }
        return next != null;
    }

    @Override
    public JsonNode next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        JsonNode j = next;
        next = null;
        return j;
    }

    /** Closes the source (a pager cancels its pages in flight). */
    @Override
    public void close() throws Exception {
        if (items instanceof AutoCloseable c) {
            c.close();
        }
    }
}
