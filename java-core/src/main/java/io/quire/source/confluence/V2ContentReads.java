package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.rest.Deployment;
import io.quire.sql.ScanRequest;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Pages, Blogposts and PageContents read through Cloud's v2 API ({@code /wiki/api/v2/pages},
 * {@code /blogposts}, cursor-paged) where it gives what v1's {@code content} would: the caller
 * decides when the scan is one the v1 listing or a by-id GET would answer, and
 * {@link #serves} whether every column the query uses is one v2 fills with v1's value. The
 * items come back in v1's shape ({@link V2ContentAdapter}), so the columns read them alike.
 */
final class V2ContentReads {
    /**
     * Columns of a page that v2 fills exactly as v1 does. Not here, so read through v1: the
     * public names of people (v2 gives account ids only), PreviousVersion* (v2 has only the
     * current version), Excerpt (search only) and ItemURL (v1's REST self link).
     */
    static final Set<String> PAGE_COLUMNS = Set.of("Id", "Title", "Type", "Status", "Storage", "AtlasDocFormat",
            "SpaceKey", "SpaceId", "SpaceType", "ParentId", "OwnerId", "URL", "LinksWebui", "LinksTinyui",
            "CreatedDate", "CreatedByAccountId", "LastUpdatedDatetime", "LastUpdatedMessage", "LastUpdatedNumber",
            "IsLatest", "VersionNumber", "VersionDatetime", "VersionMessage", "VersionUserAccountId", "CQL");

    /** A v2 blog post has no parent and no owner. */
    static final Set<String> BLOGPOST_COLUMNS = without(PAGE_COLUMNS, "ParentId", "OwnerId");

    private V2ContentReads() {
    }

    /**
     * Whether v2 can answer the scan: Cloud, every used column v2-fillable, and at most one body
     * format (a v2 request returns one).
     */
    static boolean serves(ConfluenceSite site, String type, ScanRequest request) {
        Set<String> fillable = type.equals("page") ? PAGE_COLUMNS : BLOGPOST_COLUMNS;
        return site.deployment() == Deployment.CLOUD && fillable.containsAll(request.columns())
                && !(request.wants("Storage") && request.wants("AtlasDocFormat"));
    }

    /**
     * The listing for SpaceKey and Title equalities: {@code space-id} (the key resolved through
     * {@link CloudSpaces}; an unknown key means no rows), {@code title}, {@code status=current},
     * and the body format when a body column is used.
     */
    static Iterator<JsonNode> list(ConfluenceSite site, String type, ScanRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        Object key = request.equalTo("SpaceKey");
        JsonNode space = null;
        if (key != null) {
            space = site.cloudSpaces().byKey(key.toString(), request.cancelled());
            if (space == null) {
                return Collections.emptyIterator();
            }
            params.put("space-id", JsonValues.text(space, "id"));
        }
        Object title = request.equalTo("Title");
        if (title != null) {
            params.put("title", title.toString());
        }
        params.put("status", "current");
        putBodyFormat(params, request);
        JsonNode filtered = space;
        Iterator<JsonNode> items = site.listV2(resource(type), params, request.limit(), request.cancelled());
        return map(items, j -> V2ContentAdapter.content(j, type, spaceOf(site, j, filtered, true, request)));
    }

    /** One page or blog post by id ({@code GET /pages/{id}}), or null when there is none of this type. */
    static JsonNode byId(ConfluenceSite site, String type, String id, ScanRequest request) {
        if (SiteReads.numeric(Set.of(id)).isEmpty()) {
            return null;   // v2 ids are numbers: anything else names nothing
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("status", "current");
        putBodyFormat(params, request);
        JsonNode item = site.getV2(resource(type) + "/" + id, params);
        return item == null ? null : V2ContentAdapter.content(item, type, spaceOf(site, item, null, false, request));
    }

    private static String resource(String type) {
        return type.equals("page") ? "pages" : "blogposts";
    }

    private static void putBodyFormat(Map<String, ? super String> params, ScanRequest request) {
        if (request.wants("Storage")) {
            params.put("body-format", "storage");
        } else if (request.wants("AtlasDocFormat")) {
            params.put("body-format", "atlas_doc_format");
        }
    }

    /** The item's space when its key or type is used (known from the filter, else from the cache), else null. */
    private static JsonNode spaceOf(ConfluenceSite site, JsonNode item, JsonNode known, boolean listing,
                                    ScanRequest request) {
        if (!request.wants("SpaceKey") && !request.wants("SpaceType")) {
            return null;
        }
        String id = JsonValues.text(item, "spaceId");
        if (known != null && id != null && id.equals(JsonValues.text(known, "id"))) {
            return known;
        }
        return site.cloudSpaces().byId(id, listing, request.cancelled());
    }

    /** items with f applied to each, as they are consumed. */
    static Iterator<JsonNode> map(Iterator<JsonNode> items, Function<JsonNode, JsonNode> f) {
        return new Mapped(items, f);
    }

    /** A mapped listing; closing it closes the listing (its page in flight is cancelled). */
    private record Mapped(Iterator<JsonNode> items, Function<JsonNode, JsonNode> f)
            implements Iterator<JsonNode>, AutoCloseable {
        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public JsonNode next() {
            return f.apply(items.next());
        }

        @Override
        public void close() throws Exception {
            if (items instanceof AutoCloseable c) {
                c.close();
            }
        }
    }

    private static Set<String> without(Set<String> all, String... drop) {
        Set<String> out = new HashSet<>(all);
        out.removeAll(Set.of(drop));
        return Set.copyOf(out);
    }
}
