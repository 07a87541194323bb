package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * CQL search: {@code /content/search} (content objects), {@code /search} (search results with excerpts) and, on
 * Cloud, {@code /search/user}. Cloud pages by cursor, Data Center by start. {@code /search} leaves out content of
 * archived spaces unless {@code includeArchivedSpaces=true}, as both real APIs document.
 */
final class V1Search {

    private final SiteData data;
    private final V1Render render;

    V1Search(SiteData data, V1Render render) {
        this.data = data;
        this.render = render;
    }

    private static String cqlParam(Request r) {
        String cql = r.param("cql");
        if (cql == null || cql.isBlank()) {
            throw ApiErrors.v1(400, "Bad Request", "cql query parameter is required", null);
        }
        return cql;
    }

    private List<Content> cql(Request r) {
        String cql = cqlParam(r);
        try {
            return CqlEvaluator.compile(cql, data).search(data);
        } catch (CqlException e) {
            throw ApiErrors.cql(cql, e.getMessage());
        }
    }

    ObjectNode contentSearch(Request r, Expand ex, Links l) {
        List<Content> all = cql(r);
        return V1Envelope.page(all, p -> render.content(p, ex, l, false), 25, V1Api.contentCap(l), r, l,
                "/rest/api/content/search", l.flavor().cloud());
    }

    ObjectNode search(Request r, Expand ex, Links l) {
        long t0 = System.nanoTime();
        boolean archived = "true".equalsIgnoreCase(r.param("includeArchivedSpaces"));
        boolean onlyArchived = l.flavor().cloud() && "true".equalsIgnoreCase(r.param("excludeCurrentSpaces"));
        List<Content> all = new ArrayList<>();
        for (Content c : cql(r)) {
            boolean inArchived = c.space().status().equals("archived");
            if (onlyArchived ? inArchived : (archived || !inArchived)) {
                all.add(c);
            }
        }
        Expand contentEx = ex.sub("content");
        return searchEnvelope(all, p -> searchResult(p, contentEx, l), r, l, "/rest/api/search", t0);
    }

    /** Cloud user search: {@code type = user} plus user fields (see {@link CqlUsers}). */
    ObjectNode users(Request r, Links l) {
        long t0 = System.nanoTime();
        String cql = cqlParam(r);
        List<User> all;
        try {
            all = CqlUsers.search(cql, data);
        } catch (CqlException e) {
            throw ApiErrors.cql(cql, e.getMessage());
        }
        return searchEnvelope(all, u -> userResult(u, l), r, l, "/rest/api/search/user", t0);
    }

    private <T> ObjectNode searchEnvelope(List<T> all, Function<T, ObjectNode> fn, Request r, Links l, String path,
                                          long t0) {
        int start = Paging.start(r, l.flavor());
        int limit = Paging.limit(r, l.flavor(), 25, l.flavor() == ApiFlavor.DC ? 100 : 250);
        ObjectNode env = V1Envelope.of(Paging.slice(all, start, limit), fn, all.size(), start, limit, r, l, path,
                l.flavor().cloud());
        ObjectNode links = (ObjectNode) env.remove("_links");
        env.put("totalSize", all.size());
        env.put("cqlQuery", r.param("cql"));
        env.put("searchDuration", (System.nanoTime() - t0) / 1_000_000);
        links.put("self", l.base() + path + "?" + r.rawQuery());
        env.set("_links", links);
        return env;
    }

    private ObjectNode searchResult(Content p, Expand ex, Links l) {
        ObjectNode o = Json.obj();
        o.set("content", render.content(p, ex, l, false));
        o.put("title", p.title());
        String plain = p instanceof Attachment a ? a.comment() : String.join("\n", render.bodies().paragraphs(p));
        o.put("excerpt", plain.length() > 200 ? plain.substring(0, 200) : plain);
        o.put("url", l.webui(p));
        long containerId = CqlEvaluator.containerOf(p);
        if (containerId != 0) {
            Content parent = data.content(containerId);
            ObjectNode pc = o.putObject("resultParentContainer");
            pc.put("title", parent.title());
            pc.put("displayUrl", l.webui(parent));
        }
        ObjectNode container = o.putObject("resultGlobalContainer");
        container.put("title", p.space().name());
        container.put("displayUrl", "/spaces/" + p.space().key());
        o.putArray("breadcrumbs");
        o.put("entityType", "content");
        o.put("iconCssClass", icon(p));
        o.put("lastModified", Json.iso(p.updated()));
        o.put("friendlyLastModified", Json.friendly(p.updated()));
        o.put("score", 0.0);
        return o;
    }

    private static String icon(Content c) {
        return switch (c) {
            case Attachment a -> "aui-icon content-type-attachment-" + (a.mediaType().startsWith("image/") ? "image"
                    : a.mediaType().equals("application/pdf") ? "pdf" : "file");
            default -> "aui-icon content-type-" + c.type();
        };
    }

    private static ObjectNode userResult(User u, Links l) {
        ObjectNode o = Json.obj();
        o.set("user", V1People.user(u, l));
        o.put("title", u.displayName());
        o.put("excerpt", "");
        o.put("url", "/people/" + u.accountId());
        o.putArray("breadcrumbs");
        o.put("entityType", "user");
        o.put("iconCssClass", "aui-icon content-type-profile");
        o.put("lastModified", Json.iso(DataGenerator.EPOCH));
        o.put("score", 0.0);
        return o;
    }
}
