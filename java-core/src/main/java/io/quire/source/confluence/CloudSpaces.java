package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The Cloud spaces one connection has met, by key and by id, as v2 gives them. v2 pages and
 * blog posts name their space only by id, and filter by space id, while SQL speaks of space
 * keys: this cache turns one into the other without asking twice.
 * <ul>
 * <li>a key: one {@code GET /spaces?keys=KEY} the first time (a key that does not exist is
 * asked again next time: the space may be created meanwhile);</li>
 * <li>an id met in a listing: every space, read once per connection ({@code GET /spaces},
 * 250 a page, archived ones too), then {@code GET /spaces/{id}} for an id still unknown;</li>
 * <li>an id of a single object: {@code GET /spaces/{id}} unless already known.</li>
 * </ul>
 * Misses by id are remembered, so a space the user cannot see costs one request, not one per row.
 */
final class CloudSpaces {
    private final ConfluenceSite site;
    private final Map<String, JsonNode> byKey = new HashMap<>();
    private final Map<String, JsonNode> byId = new HashMap<>();   // NullNode: known not to exist
    private boolean allRead;

    CloudSpaces(ConfluenceSite site) {
        this.site = site;
    }

    /** The v2 space with exactly this key, or null. */
    synchronized JsonNode byKey(String key, BooleanSupplier cancelled) {
        JsonNode known = byKey.get(key);
        if (known != null) {
            return known;
        }
        Iterator<JsonNode> found = site.listV2("spaces", Map.of("keys", key), -1, cancelled, ConfluenceV2Pager.MAX_LIMIT);
        JsonNode match = null;
        while (found.hasNext()) {
            JsonNode s = found.next();
            remember(s);
            if (key.equals(JsonValues.text(s, "key"))) {
                match = s;
            }
        }
        return match;
    }

    /**
     * The v2 space with this id, or null.
     *
     * @param readAll read every space first (once per connection): the caller will ask for many ids
     */
    synchronized JsonNode byId(String id, boolean readAll, BooleanSupplier cancelled) {
        if (id == null) {
            return null;
        }
        if (!byId.containsKey(id) && readAll && !allRead) {
            site.listV2("spaces", Map.of(), -1, cancelled, ConfluenceV2Pager.MAX_LIMIT).forEachRemaining(this::remember);
            allRead = true;
        }
        if (!byId.containsKey(id)) {
            JsonNode s = SiteReads.numeric(Set.of(id)).isEmpty() ? null : site.getV2("spaces/" + id, Map.of());
            if (s == null) {
                byId.put(id, NullNode.getInstance());
            } else {
                remember(s);
                byId.putIfAbsent(id, s);
            }
        }
        JsonNode s = byId.get(id);
        return s == null || s.isNull() ? null : s;
    }

    private void remember(JsonNode space) {
        String id = JsonValues.text(space, "id");
        String key = JsonValues.text(space, "key");
        if (id != null) {
            byId.put(id, space);
        }
        if (key != null) {
            byKey.put(key, space);
        }
    }
}
