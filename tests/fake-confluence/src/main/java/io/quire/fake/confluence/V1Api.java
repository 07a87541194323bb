package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * REST v1 handlers shared by Cloud ({@code /wiki/rest/api}) and Data Center ({@code /rest/api}). Paths passed in are
 * relative to the API root, e.g. {@code /space/ENG}. List envelopes carry {@code _links.next} relative to
 * {@code _links.base}; Cloud search endpoints page with a {@code cursor}, DC with {@code start}.
 */
public final class V1Api {

    private static final Set<String> PAGING = Set.of("start", "limit", "cursor", "next", "prev");

    private final SiteData data;
    private final V1Render render;

    public V1Api(SiteData data) {
        this.data = data;
        this.render = new V1Render(data);
    }

    public Response handle(Request r, String sub, Links l) {
        String[] seg = sub.replaceAll("^/+|/+$", "").split("/");
        Expand ex = Expand.of(r.list("expand"));
        return switch (seg.length == 0 ? "" : seg[0]) {
            case "space" -> seg.length == 1 ? Response.ok(spaces(r, ex, l))
                    : seg.length == 2 ? Response.ok(space(seg[1], ex, l)) : notFound(l, sub);
            case "content" -> {
                if (seg.length == 1) {
                    yield Response.ok(contentList(r, ex, l));
                } else if (seg.length == 2 && seg[1].equals("search")) {
                    yield Response.ok(contentSearch(r, ex, l));
                } else if (seg.length == 2) {
                    yield Response.ok(render.content(page(seg[1], r, l), ex, l, true));
                } else if (seg.length == 4 && seg[2].equals("child") && seg[3].equals("page")) {
                    yield Response.ok(childPages(page(seg[1], r, l), r, ex, l));
                }
                yield notFound(l, sub);
            }
            case "search" -> seg.length == 1 ? Response.ok(search(r, ex, l)) : notFound(l, sub);
            default -> notFound(l, sub);
        };
    }

    private static Response notFound(Links l, String sub) {
        throw ApiErrors.notFound(l.flavor(), "null for uri: " + l.base() + "/rest/api" + sub);
    }

    private ObjectNode spaces(Request r, Expand ex, Links l) {
        List<String> keys = r.list("spaceKey");
        String type = r.param("type");
        String status = r.param("status");
        List<Space> all = new ArrayList<>();
        for (Space s : data.spaces()) {
            if ((keys.isEmpty() || keys.contains(s.key())) && (type == null || type.equals(s.type()))
                    && (status == null || status.equals(s.status()))) {
                all.add(s);
            }
        }
        int start = Paging.start(r, l.flavor());
        int limit = Paging.limit(r, l.flavor(), 25, 250);
        return envelope(Paging.slice(all, start, limit), s -> render.space(s, ex, l), all.size(), start, limit,
                r, l, "/rest/api/space", false);
    }

    private ObjectNode space(String key, Expand ex, Links l) {
        Space s = data.spaceByKey(key);
        if (s == null) {
            throw ApiErrors.notFound(l.flavor(), "No space with key : " + key);
        }
        return render.space(s, ex, l);
    }

    private Page page(String idText, Request r, Links l) {
        Page p = null;
        try {
            p = data.page(Long.parseLong(idText));
        } catch (NumberFormatException e) {
            // not found below
        }
        List<String> statuses = r.list("status");
        if (p == null || !(p.isCurrent() || statuses.contains(p.status()) || statuses.contains("any"))) {
            throw ApiErrors.notFound(l.flavor(), "No content found with id: ContentId{id=" + idText + "}");
        }
        return p;
    }

    private int contentCap(Links l) {
        return l.flavor() == ApiFlavor.DC ? 100 : 250;
    }

    private ObjectNode contentList(Request r, Expand ex, Links l) {
        String type = r.param("type") == null ? "page" : r.param("type");
        List<String> keys = r.list("spaceKey");
        String title = r.param("title");
        List<String> statuses = r.list("status");
        boolean any = statuses.contains("any");
        List<Page> source;
        if (!type.equals("page")) {
            source = List.of();
        } else if (keys.size() == 1) {
            Space s = data.spaceByKey(keys.getFirst());
            source = s == null ? List.of() : data.pagesOf(s);
        } else {
            source = data.pages();
        }
        List<Page> all = new ArrayList<>();
        for (Page p : source) {
            boolean statusOk = any || (statuses.isEmpty() ? p.isCurrent() : statuses.contains(p.status()));
            if (statusOk && (keys.isEmpty() || keys.contains(p.space().key()))
                    && (title == null || title.equals(p.title()))) {
                all.add(p);
            }
        }
        int start = Paging.start(r, l.flavor());
        int limit = Paging.limit(r, l.flavor(), 25, contentCap(l));
        return envelope(Paging.slice(all, start, limit), p -> render.content(p, ex, l, false), all.size(), start,
                limit, r, l, "/rest/api/content", false);
    }

    private ObjectNode childPages(Page parent, Request r, Expand ex, Links l) {
        List<Page> kids = data.children(parent.id()).stream().filter(Page::isCurrent).toList();
        int start = Paging.start(r, l.flavor());
        int limit = Paging.limit(r, l.flavor(), 25, contentCap(l));
        return envelope(Paging.slice(kids, start, limit), p -> render.content(p, ex, l, false), kids.size(), start,
                limit, r, l, "/rest/api/content/" + parent.id() + "/child/page", false);
    }

    private List<Page> cql(Request r) {
        String cql = r.param("cql");
        if (cql == null || cql.isBlank()) {
            throw ApiErrors.v1(400, "Bad Request", "cql query parameter is required", null);
        }
        try {
            return CqlEvaluator.compile(cql, data).apply(data.pages());
        } catch (CqlException e) {
            throw ApiErrors.cql(cql, e.getMessage());
        }
    }

    private ObjectNode contentSearch(Request r, Expand ex, Links l) {
        List<Page> all = cql(r);
        int start = Paging.start(r, l.flavor());
        int limit = Paging.limit(r, l.flavor(), 25, contentCap(l));
        return envelope(Paging.slice(all, start, limit), p -> render.content(p, ex, l, false), all.size(), start,
                limit, r, l, "/rest/api/content/search", l.flavor().cloud());
    }

    private ObjectNode search(Request r, Expand ex, Links l) {
        long t0 = System.nanoTime();
        List<Page> all = cql(r);
        int start = Paging.start(r, l.flavor());
        int limit = Paging.limit(r, l.flavor(), 25, l.flavor() == ApiFlavor.DC ? 100 : 250);
        Expand contentEx = ex.sub("content");
        ObjectNode env = envelope(Paging.slice(all, start, limit), p -> searchResult(p, contentEx, l), all.size(),
                start, limit, r, l, "/rest/api/search", l.flavor().cloud());
        ObjectNode links = (ObjectNode) env.remove("_links");
        env.put("totalSize", all.size());
        env.put("cqlQuery", r.param("cql"));
        env.put("searchDuration", (System.nanoTime() - t0) / 1_000_000);
        links.put("self", l.base() + "/rest/api/search?" + r.rawQuery());
        env.set("_links", links);
        return env;
    }

    private ObjectNode searchResult(Page p, Expand ex, Links l) {
        ObjectNode o = Json.obj();
        ObjectNode content = render.content(p, ex, l, false);
        o.set("content", content);
        o.put("title", p.title());
        String plain = String.join("\n", render.bodies().paragraphs(p));
        o.put("excerpt", plain.length() > 200 ? plain.substring(0, 200) : plain);
        o.put("url", l.webui(p));
        ObjectNode container = o.putObject("resultGlobalContainer");
        container.put("title", p.space().name());
        container.put("displayUrl", "/spaces/" + p.space().key());
        o.putArray("breadcrumbs");
        o.put("entityType", "content");
        o.put("iconCssClass", "aui-icon content-type-page");
        o.put("lastModified", Json.iso(p.updated()));
        o.put("friendlyLastModified", Json.friendly(p.updated()));
        o.put("score", 0.0);
        return o;
    }

    /**
     * Standard list envelope. {@code next}/{@code prev} are relative to base; with {@code cursorStyle} (Cloud search)
     * they carry {@code next=true&cursor=...} as well as start/limit.
     */
    private <T> ObjectNode envelope(List<T> page, Function<T, ObjectNode> fn, int total, int start, int limit,
                                    Request r, Links l, String path, boolean cursorStyle) {
        ObjectNode env = Json.obj();
        ArrayNode results = env.putArray("results");
        for (T t : page) {
            results.add(fn.apply(t));
        }
        env.put("start", start);
        env.put("limit", limit);
        env.put("size", page.size());
        ObjectNode links = env.putObject("_links");
        links.put("base", l.base());
        links.put("context", l.context());
        String keep = Paging.keep(r, PAGING);
        int nextStart = start + page.size();
        if (nextStart < total && limit > 0) {
            String q = cursorStyle
                    ? Paging.join("next=true", "cursor=" + Paging.cursor(nextStart), keep,
                            "limit=" + limit, "start=" + nextStart)
                    : l.flavor().cloud()
                    ? Paging.join("next=true", keep, "limit=" + limit, "start=" + nextStart)
                    : Paging.join(keep, "limit=" + limit, "start=" + nextStart);
            links.put("next", path + "?" + q);
        }
        if (start > 0) {
            int prevStart = Math.max(0, start - Math.max(limit, 1));
            String q = cursorStyle
                    ? Paging.join("prev=true", "cursor=" + Paging.cursor(prevStart), keep,
                            "limit=" + limit, "start=" + prevStart)
                    : Paging.join(keep, "limit=" + limit, "start=" + prevStart);
            links.put("prev", path + "?" + q);
        }
        links.put("self", l.base() + path + (r.rawQuery().isEmpty() ? "" : "?" + r.rawQuery()));
        return env;
    }
}
