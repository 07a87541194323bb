package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.error.QuireException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small lazy building blocks for views that read one listing per key or fall back to another. */
final class SiteReads {
    private SiteReads() {
    }

    /** Each source element expanded into a listing, read one after the other as rows are consumed. */
    static <T> Iterator<JsonNode> flatMap(Iterator<T> source, Function<T, Iterator<JsonNode>> expand) {
        return new Iterator<>() {
            private Iterator<JsonNode> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && source.hasNext()) {
                    current = expand.apply(source.next());
                }
                return current.hasNext();
            }

            @Override
            public JsonNode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /**
     * The preferred listing, or the fallback when the site refuses the preferred one outright
     * (HTTP 403 or 404 on its first page: an admin-only or newer resource).
     */
    static Iterator<JsonNode> preferring(Supplier<Iterator<JsonNode>> preferred, Supplier<Iterator<JsonNode>> fallback) {
        return new Iterator<>() {
            private Iterator<JsonNode> current;
            private boolean started;

            @Override
            public boolean hasNext() {
                if (current == null) {
                    current = preferred.get();
                }
                if (started) {
                    return current.hasNext();
                }
                try {
                    boolean has = current.hasNext();
                    started = true;
                    return has;
                } catch (QuireException e) {
                    if (e.nativeCode() != 403 && e.nativeCode() != 404) {
                        throw e;
                    }
                    current = fallback.get();
                    started = true;
                    return current.hasNext();
                }
            }

            @Override
            public JsonNode next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** One object by an identifier the user typed: null when the site says it does not exist or is not valid. */
    static JsonNode getOrNull(ConfluenceSite site, String path, Map<String, String> params) {
        try {
            return site.get(path, params);
        } catch (QuireException e) {
            if (e.nativeCode() == 400) {
                return null;
            }
            throw e;
        }
    }

    /** A copy of node with extra text fields (keys the view adds to the site's object). */
    static ObjectNode tagged(JsonNode node, String... fieldsAndValues) {
        ObjectNode o = node instanceof ObjectNode on ? on.deepCopy() : JsonNodeFactory.instance.objectNode();
        for (int i = 0; i + 1 < fieldsAndValues.length; i += 2) {
            o.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return o;
    }

    /** The values that are whole numbers (v2 ids are numeric: anything else cannot match). */
    static Set<String> numeric(Set<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (!v.isEmpty() && v.length() < 19 && v.chars().allMatch(Character::isDigit)) {
                out.add(v);
            }
        }
        return out;
    }
}
