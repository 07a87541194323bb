package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Pages and blog posts: lists, single items, and per-item ancestors, children, descendants, labels and versions.
 */
final class V2Pages {

    private final SiteData data;
    private final V2Render render;

    V2Pages(SiteData data, V2Render render) {
        this.data = data;
        this.render = render;
    }

    Response handle(String[] seg, Request r, Links l) {
        boolean blog = seg[0].equals("blogposts");
        if (seg.length == 1) {
            List<Long> spaceIds = V2List.longs(r, "space-id");
            List<Long> ids = V2List.longs(r, "id");
            Predicate<Content> f = p -> (spaceIds.isEmpty() || spaceIds.contains(p.space().id()))
                    && (ids.isEmpty() || ids.contains(p.id()));
            return blog ? blogList(r, l, data.index().ofType("blogpost").stream().filter(f).toList(), "/blogposts")
                    : pageList(r, l, data.pages().stream().filter(f::test).toList(), "/pages", false);
        }
        Content c = data.content(V2List.id(seg[1]));
        if (!(blog ? c instanceof BlogPost : c instanceof Page)) {
            throw V2List.notFound();
        }
        String path = "/" + seg[0] + "/" + c.id();
        if (seg.length == 2) {
            List<String> statuses = r.list("status");
            if (!(c.isCurrent() || statuses.contains(c.status()))) {
                throw V2List.notFound();
            }
            String f = V2List.bodyFormat(r, "storage", "atlas_doc_format", "view");
            ObjectNode o = c instanceof Page p ? render.page(p, f) : render.blogpost((BlogPost) c, f);
            return Response.ok(o);
        }
        if (!c.isCurrent() || seg.length != 3) {
            throw V2List.notFound();
        }
        return switch (seg[2]) {
            case "labels" -> V2Spaces.labels(r, l, data.labelsOf(c), path + "/labels");
            case "versions" -> versions(c, r, l, path + "/versions", blog ? "blogpost" : "page");
            case "ancestors" -> blog ? null : ancestors((Page) c, r);
            case "children", "direct-children" -> blog ? null : children((Page) c, r, l, path + "/" + seg[2],
                    seg[2].equals("direct-children"));
            case "descendants" -> blog ? null : descendants((Page) c, r, l, path + "/descendants");
            default -> null;
        };
    }

    Response pageList(Request r, Links l, List<Page> source, String path, boolean rootOnly) {
        List<String> statuses = r.list("status");
        String title = r.param("title");
        String format = V2List.bodyFormat(r, "storage", "atlas_doc_format");
        List<Page> all = new ArrayList<>();
        for (Page p : source) {
            boolean statusOk = statuses.isEmpty() ? p.isCurrent() : statuses.contains(p.status());
            if (statusOk && (title == null || title.equals(p.title())) && (!rootOnly || p.parentId() == 0)) {
                all.add(p);
            }
        }
        all = V2List.sorted(all, r, Map.of("id", Comparator.comparingLong(Page::id),
                "created-date", Comparator.comparing(Page::created), "modified-date", Comparator.comparing(Page::updated),
                "title", Comparator.comparing(Page::title)), Comparator.comparingLong(Page::id));
        return V2List.of(r, l, all, p -> render.page(p, format), path);
    }

    Response blogList(Request r, Links l, List<Content> source, String path) {
        List<String> statuses = r.list("status");
        String title = r.param("title");
        String format = V2List.bodyFormat(r, "storage", "atlas_doc_format");
        List<BlogPost> all = new ArrayList<>();
        for (Content c : source) {
            boolean statusOk = statuses.isEmpty() ? c.isCurrent() : statuses.contains(c.status());
            if (statusOk && (title == null || title.equals(c.title()))) {
                all.add((BlogPost) c);
            }
        }
        all = V2List.sorted(all, r, Map.of("id", Comparator.comparingLong(BlogPost::id),
                "created-date", Comparator.comparing(BlogPost::created),
                "modified-date", Comparator.comparing(BlogPost::updated)), Comparator.comparingLong(BlogPost::id));
        return V2List.of(r, l, all, b -> render.blogpost(b, format), path);
    }

    /** Newest version first unless {@code sort} says otherwise. */
    private Response versions(Content c, Request r, Links l, String path, String entity) {
        List<ContentVersion> all = new ArrayList<>(data.versions(c));
        all.sort(Comparator.comparingInt(ContentVersion::number).reversed());
        all = V2List.sorted(all, r, Map.of("modified-date", Comparator.comparing(ContentVersion::when)),
                Comparator.comparingInt(ContentVersion::number));
        return V2List.of(r, l, all, v -> render.versionEntry(c, v, entity), path);
    }

    /** The nearest {@code limit} ancestors, highest first; no cursor (callers continue from the first one). */
    private Response ancestors(Page p, Request r) {
        List<Page> all = data.ancestors(p);
        int limit = Paging.limit(r, ApiFlavor.CLOUD_V2, 25, V2List.MAX_LIMIT);
        List<Page> nearest = all.subList(Math.max(0, all.size() - limit), all.size());
        ObjectNode env = Json.obj();
        var results = env.putArray("results");
        for (Page a : nearest) {
            results.addObject().put("id", Long.toString(a.id())).put("type", "page");
        }
        env.putObject("_links");
        return Response.ok(env);
    }

    private Response children(Page p, Request r, Links l, String path, boolean typed) {
        List<Page> kids = data.children(p.id()).stream().filter(Page::isCurrent).toList();
        kids = V2List.sorted(kids, r, Map.of("id", Comparator.comparingLong(Page::id),
                "child-position", Comparator.comparingInt(Page::position),
                "created-date", Comparator.comparing(Page::created),
                "modified-date", Comparator.comparing(Page::updated)), Comparator.comparingLong(Page::id));
        return V2List.of(r, l, kids, k -> child(k, typed), path);
    }

    private static ObjectNode child(Page k, boolean typed) {
        ObjectNode o = Json.obj();
        o.put("id", Long.toString(k.id()));
        o.put("status", k.status());
        o.put("title", k.title());
        if (typed) {
            o.put("type", "page");
        }
        o.put("spaceId", Long.toString(k.space().id()));
        o.put("childPosition", k.position());
        return o;
    }

    /** Descendants level by level (highest first) down to {@code depth} (default 2, at most 10). */
    private Response descendants(Page p, Request r, Links l, String path) {
        int depth = r.intParam("depth", 2, ApiFlavor.CLOUD_V2);
        if (depth < 1 || depth > 10) {
            throw ApiErrors.badRequest(ApiFlavor.CLOUD_V2, "'depth' must be between 1 and 10");
        }
        List<Page> out = new ArrayList<>();
        Deque<Page> queue = new ArrayDeque<>(List.of(p));
        while (!queue.isEmpty()) {
            Page cur = queue.poll();
            for (Page k : data.children(cur.id())) {
                if (k.isCurrent() && k.depth() - p.depth() <= depth) {
                    out.add(k);
                    queue.add(k);
                }
            }
        }
        return V2List.of(r, l, out, k -> {
            ObjectNode o = Json.obj();
            o.put("id", Long.toString(k.id()));
            o.put("status", k.status());
            o.put("title", k.title());
            o.put("type", "page");
            o.put("parentId", Long.toString(k.parentId()));
            o.put("depth", k.depth() - p.depth());
            o.put("childPosition", k.position());
            return o;
        }, path);
    }
}
