package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Cloud REST v2 handlers under {@code /wiki/api/v2}: spaces and pages with opaque-cursor paging. The next page is
 * announced both in {@code _links.next} and in a {@code Link: <...>; rel="next"} header.
 */
public final class V2Api {

    private static final String ROOT = "/wiki/api/v2";
    private static final Set<String> PAGING = Set.of("cursor", "limit");

    private final SiteData data;
    private final BodyGenerator bodies;

    public V2Api(SiteData data) {
        this.data = data;
        this.bodies = new BodyGenerator(data.seed());
    }

    public Response handle(Request r, String sub, Links l) {
        String[] seg = sub.replaceAll("^/+|/+$", "").split("/");
        if (seg[0].equals("spaces") && seg.length == 1) {
            return spaces(r, l);
        }
        if (seg[0].equals("spaces") && seg.length == 2) {
            return Response.ok(space(space(seg[1]), r));
        }
        if (seg[0].equals("spaces") && seg.length == 3 && seg[2].equals("pages")) {
            Space s = space(seg[1]);
            boolean rootOnly = "root".equals(r.param("depth"));
            return pages(r, l, data.pagesOf(s), p -> !rootOnly || p.parentId() == 0, "/spaces/" + s.id() + "/pages");
        }
        if (seg[0].equals("pages") && seg.length == 1) {
            List<Long> spaceIds = longs(r, "space-id");
            List<Long> ids = longs(r, "id");
            return pages(r, l, data.pages(),
                    p -> (spaceIds.isEmpty() || spaceIds.contains(p.space().id()))
                            && (ids.isEmpty() || ids.contains(p.id())), "/pages");
        }
        if (seg[0].equals("pages") && seg.length == 2) {
            Page p = data.page(id(seg[1]));
            List<String> statuses = r.list("status");
            if (p == null || !(p.isCurrent() || statuses.contains(p.status()))) {
                throw ApiErrors.notFound(ApiFlavor.CLOUD_V2, null);
            }
            return Response.ok(page(p, bodyFormat(r)));
        }
        throw ApiErrors.notFound(ApiFlavor.CLOUD_V2, null);
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, "id", text);
        }
    }

    private static List<Long> longs(Request r, String name) {
        List<Long> out = new ArrayList<>();
        for (String s : r.list(name)) {
            try {
                out.add(Long.parseLong(s));
            } catch (NumberFormatException e) {
                throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, name, s);
            }
        }
        return out;
    }

    private Space space(String idText) {
        Space s = data.spaceById(id(idText));
        if (s == null) {
            throw ApiErrors.notFound(ApiFlavor.CLOUD_V2, null);
        }
        return s;
    }

    private Response spaces(Request r, Links l) {
        List<Long> ids = longs(r, "ids");
        List<String> keys = r.list("keys");
        String type = r.param("type");
        String status = r.param("status");
        List<Space> all = new ArrayList<>();
        for (Space s : data.spaces()) {
            if ((ids.isEmpty() || ids.contains(s.id())) && (keys.isEmpty() || keys.contains(s.key()))
                    && (type == null || type.equals(s.type())) && (status == null || status.equals(s.status()))) {
                all.add(s);
            }
        }
        String sort = r.param("sort") == null ? "id" : r.param("sort");
        Comparator<Space> c = switch (sort.replace("-", "")) {
            case "id" -> Comparator.comparingLong(Space::id);
            case "key" -> Comparator.comparing(Space::key);
            case "name" -> Comparator.comparing(Space::name);
            default -> throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, "sort", sort);
        };
        all.sort(sort.startsWith("-") ? c.reversed() : c);
        return list(r, l, all, s -> space(s, r), "/spaces");
    }

    private ObjectNode space(Space s, Request r) {
        ObjectNode o = Json.obj();
        o.put("id", Long.toString(s.id()));
        o.put("key", s.key());
        o.put("name", s.name());
        o.put("type", s.type());
        o.put("status", s.status());
        o.put("authorId", s.creator().accountId());
        o.put("createdAt", Json.iso(s.created()));
        o.put("homepageId", Long.toString(s.homepageId()));
        String fmt = r.param("description-format");
        if (fmt == null) {
            o.putNull("description");
        } else if (fmt.equals("plain") || fmt.equals("view")) {
            ObjectNode rep = o.putObject("description").putObject(fmt);
            rep.put("representation", fmt);
            rep.put("value", fmt.equals("plain") ? s.description() : "<p>" + BodyGenerator.xml(s.description()) + "</p>");
        } else {
            throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, "description-format", fmt);
        }
        if ("true".equals(r.param("include-icon"))) {
            ObjectNode icon = o.putObject("icon");
            icon.put("path", "/wiki/download/attachments/" + s.homepageId() + "/" + s.key() + "?version=1&api=v2");
            icon.put("apiDownloadLink", "/wiki/rest/api/space/" + s.key() + "/icon");
        } else {
            o.putNull("icon");
        }
        o.put("spaceOwnerId", s.creator().accountId());
        o.put("currentActiveAlias", s.key());
        o.putObject("_links").put("webui", "/spaces/" + s.key());
        return o;
    }

    private static String bodyFormat(Request r) {
        String f = r.param("body-format");
        if (f != null && !f.equals("storage") && !f.equals("atlas_doc_format")) {
            throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, "body-format", f);
        }
        return f;
    }

    private Response pages(Request r, Links l, List<Page> source, java.util.function.Predicate<Page> extra,
                           String path) {
        List<String> statuses = r.list("status");
        String title = r.param("title");
        String format = bodyFormat(r);
        List<Page> all = new ArrayList<>();
        for (Page p : source) {
            boolean statusOk = statuses.isEmpty() ? p.isCurrent() : statuses.contains(p.status());
            if (statusOk && (title == null || title.equals(p.title())) && extra.test(p)) {
                all.add(p);
            }
        }
        String sort = r.param("sort");
        if (sort != null) {
            Comparator<Page> c = switch (sort.replaceFirst("^-", "")) {
                case "id" -> Comparator.comparingLong(Page::id);
                case "created-date" -> Comparator.comparing(Page::created);
                case "modified-date" -> Comparator.comparing(Page::updated);
                case "title" -> Comparator.comparing(Page::title);
                default -> throw ApiErrors.badParam(ApiFlavor.CLOUD_V2, "sort", sort);
            };
            c = sort.startsWith("-") ? c.reversed() : c;
            all.sort(c.thenComparingLong(Page::id));
        }
        return list(r, l, all, p -> page(p, format), path);
    }

    private ObjectNode page(Page p, String format) {
        ObjectNode o = Json.obj();
        o.put("id", Long.toString(p.id()));
        o.put("status", p.status());
        o.put("title", p.title());
        o.put("spaceId", Long.toString(p.space().id()));
        if (p.parentId() == 0) {
            o.putNull("parentId");
            o.putNull("parentType");
        } else {
            o.put("parentId", Long.toString(p.parentId()));
            o.put("parentType", "page");
        }
        o.put("position", p.position());
        o.put("authorId", p.creator().accountId());
        o.put("ownerId", p.creator().accountId());
        o.putNull("lastOwnerId");
        o.put("createdAt", Json.iso(p.created()));
        ObjectNode v = o.putObject("version");
        v.put("createdAt", Json.iso(p.updated()));
        v.put("message", p.versionMessage());
        v.put("number", p.version());
        v.put("minorEdit", false);
        v.put("authorId", p.updater().accountId());
        ObjectNode body = o.putObject("body");
        if (format != null) {
            ObjectNode rep = body.putObject(format);
            rep.put("representation", format);
            rep.put("value", format.equals("storage") ? bodies.storage(p) : bodies.atlasDoc(p));
        }
        ObjectNode links = o.putObject("_links");
        links.put("editui", "/pages/resumedraft.action?draftId=" + p.id());
        links.put("webui", "/spaces/" + p.space().key() + "/pages/" + p.id() + "/"
                + java.net.URLEncoder.encode(p.title(), java.nio.charset.StandardCharsets.UTF_8));
        links.put("edituiv2", "/spaces/" + p.space().key() + "/pages/edit-v2/" + p.id());
        links.put("tinyui", Links.tinyui(p.id()));
        return o;
    }

    private <T> Response list(Request r, Links l, List<T> all, Function<T, ObjectNode> fn, String path) {
        int start = Paging.start(r, ApiFlavor.CLOUD_V2);
        int limit = Paging.limit(r, ApiFlavor.CLOUD_V2, 25, 250);
        List<T> page = Paging.slice(all, start, limit);
        ObjectNode env = Json.obj();
        ArrayNode results = env.putArray("results");
        for (T t : page) {
            results.add(fn.apply(t));
        }
        ObjectNode links = env.putObject("_links");
        int next = start + page.size();
        if (next < all.size()) {
            String url = ROOT + path + "?" + Paging.join(Paging.keep(r, PAGING), "cursor=" + Paging.cursor(next),
                    "limit=" + limit);
            links.put("next", url);
            links.put("base", l.base());
            return new Response(200, env, Map.of("Link",
                    "<" + url + ">; rel=\"next\", <" + l.base() + ">; rel=\"base\""));
        }
        links.put("base", l.base());
        return Response.ok(env);
    }
}
