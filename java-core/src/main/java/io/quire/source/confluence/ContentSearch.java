package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.sql.ScanRequest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CQL search over one content type ({@code content/search}, on Cloud and Data Center alike):
 * {@code type = <type>}, then what the filter lets {@link CqlBuilder} say, then the order.
 * A raw {@code CQL} pseudo-column value replaces all of it.
 */
final class ContentSearch {
    private ContentSearch() {
    }

    /** The CQL a request sends: the raw CQL when given, else type, filter and order. */
    static String cql(String type, CqlBuilder builder, ScanRequest request) {
        Object raw = request.equalTo("CQL");
        if (raw != null) {
            return raw.toString();
        }
        String where = builder.where(request.filter());
        return "type = " + type + (where == null ? "" : " AND " + where) + builder.orderBy(request.sort());
    }

    static Iterator<JsonNode> run(ConfluenceSite site, String cql, String expand, ScanRequest request) {
        return run(site, cql, expand, request, false);
    }

    /** @param dropsRows the caller drops some items, so the site must not stop at the limit */
    static Iterator<JsonNode> run(ConfluenceSite site, String cql, String expand, ScanRequest request, boolean dropsRows) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("cql", cql);
        if (!expand.isEmpty()) {
            params.put("expand", expand);
        }
        // raw CQL may match other types, which the caller drops: no limit then
        long limit = dropsRows || request.equalTo("CQL") != null ? -1 : request.limit();
        return site.list("content/search", params, limit, request.cancelled());
    }
}
