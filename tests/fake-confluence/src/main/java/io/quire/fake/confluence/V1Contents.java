package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /content} and everything under {@code /content/{id}}: children by type, descendants, labels and history.
 * Ids may be numeric or, for attachments, {@code att123}.
 */
final class V1Contents {

    private final SiteData data;
    private final V1Render render;

    V1Contents(SiteData data, V1Render render) {
        this.data = data;
        this.render = render;
    }

    JsonNode handle(String[] seg, Request r, Expand ex, Links l) {
        if (seg.length == 1) {
            return contentList(r, ex, l);
        }
        Content c = content(seg[1], r, l);
        String base = "/rest/api/content/" + seg[1];
        if (seg.length == 2) {
            return render.content(c, ex, l, true);
        }
        return switch (seg[2]) {
            case "child" -> seg.length == 3 ? childMap(c, ex, l, base + "/child", false)
                    : seg.length == 4 ? children(c, seg[3], r, ex, l, base + "/child/" + seg[3]) : null;
            case "descendant" -> seg.length == 3 ? childMap(c, ex, l, base + "/descendant", true)
                    : seg.length == 4 ? descendants(c, seg[3], r, ex, l, base + "/descendant/" + seg[3]) : null;
            case "label" -> seg.length == 3 ? labels(c, r, l, base + "/label") : null;
            case "history" -> seg.length == 3 ? render.history(c, ex, l) : null;
            default -> null;
        };
    }

    /** Content by id; trashed content only when {@code status} asks for it, as the real API does. */
    private Content content(String idText, Request r, Links l) {
        Content c = data.content(V1Api.contentId(idText));
        List<String> statuses = r.list("status");
        if (c == null || !(c.isCurrent() || statuses.contains(c.status()) || statuses.contains("any"))) {
            throw ApiErrors.notFound(l.flavor(), "No content found with id: ContentId{id=" + idText + "}");
        }
        return c;
    }

    private ObjectNode contentList(Request r, Expand ex, Links l) {
        String type = r.param("type") == null ? "page" : r.param("type");
        List<String> keys = r.list("spaceKey");
        String title = r.param("title");
        List<String> statuses = r.list("status");
        boolean any = statuses.contains("any");
        String day = r.param("postingDay");
        LocalDate postingDay = day == null || day.isBlank() ? null : parseDay(day, l);
        List<? extends Content> source;
        if (!type.equals("page") && !type.equals("blogpost")) {
            source = List.of();
        } else if (keys.size() == 1) {
            Space s = data.spaceByKey(keys.getFirst());
            source = s == null ? List.of() : data.index().inSpace(s, type);
        } else {
            source = data.index().ofType(type);
        }
        boolean onlyCurrent = statuses.isEmpty() || statuses.equals(List.of("current"));
        if (onlyCurrent && keys.size() <= 1 && title == null && postingDay == null
                && (type.equals("page") || type.equals("blogpost"))) {
            // the common listing (all current pages, or those of one space): a slice of the index,
            // so paging through a site of a million pages does not filter the site on each request
            Space s = keys.isEmpty() ? null : data.spaceByKey(keys.getFirst());
            List<Content> current = keys.isEmpty() || s != null ? data.index().current(type, s) : List.of();
            return V1Envelope.page(current, p -> render.content(p, ex, l, false), 25, V1Api.contentCap(l), r, l,
                    "/rest/api/content", false);
        }
        List<Content> all = new ArrayList<>();
        for (Content p : source) {
            boolean statusOk = any || (statuses.isEmpty() ? p.isCurrent() : statuses.contains(p.status()));
            if (statusOk && (keys.isEmpty() || keys.contains(p.space().key()))
                    && (title == null || title.equals(p.title()))
                    && (postingDay == null || postingDay.equals(LocalDate.ofInstant(p.created(), ZoneOffset.UTC)))) {
                all.add(p);
            }
        }
        return V1Envelope.page(all, p -> render.content(p, ex, l, false), 25, V1Api.contentCap(l), r, l,
                "/rest/api/content", false);
    }

    private static LocalDate parseDay(String day, Links l) {
        try {
            return LocalDate.parse(day.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiErrors.badParam(l.flavor(), "postingDay", day);
        }
    }

    /** {@code /child} and {@code /descendant}: a map of lists by type, expanded as {@code expand} asks. */
    private ObjectNode childMap(Content c, Expand ex, Links l, String path, boolean descendants) {
        ObjectNode o = Json.obj();
        ObjectNode exp = Json.obj();
        for (String type : new String[] {"attachment", "comment", "page"}) {
            if (!ex.has(type)) {
                exp.put(type, path + "/" + type);
                continue;
            }
            List<? extends Content> all = descendants ? descendantList(c, type, null) : render.children(c, type);
            List<? extends Content> first = Paging.slice(all, 0, 25);
            ObjectNode list = o.putObject(type);
            ArrayNode results = list.putArray("results");
            first.forEach(k -> results.add(render.content(k, ex.sub(type), l, false)));
            list.put("start", 0);
            list.put("limit", 25);
            list.put("size", first.size());
            ObjectNode links = list.putObject("_links");
            if (all.size() > first.size()) {
                links.put("next", path + "/" + type + "?limit=25&start=25");
            }
            links.put("self", l.base() + path + "/" + type);
        }
        o.set("_expandable", exp);
        ObjectNode links = o.putObject("_links");
        links.put("base", l.base());
        links.put("context", l.context());
        links.put("self", l.base() + path);
        return o;
    }

    private ObjectNode children(Content c, String type, Request r, Expand ex, Links l, String path) {
        List<? extends Content> all = switch (type) {
            case "comment" -> comments(c, r, false);
            case "attachment" -> attachments(c, r);
            case "page" -> render.children(c, "page");
            default -> throw ApiErrors.badRequest(l.flavor(), "Unsupported content type: " + type);
        };
        return V1Envelope.page(all, k -> render.content(k, ex, l, false), 25, V1Api.contentCap(l), r, l, path,
                false);
    }

    private ObjectNode descendants(Content c, String type, Request r, Expand ex, Links l, String path) {
        if (!type.equals("page") && !type.equals("comment") && !type.equals("attachment")) {
            throw ApiErrors.badRequest(l.flavor(), "Unsupported content type: " + type);
        }
        return V1Envelope.page(descendantList(c, type, r), k -> render.content(k, ex, l, false), 25,
                V1Api.contentCap(l), r, l, path, false);
    }

    /**
     * Descendant pages (with {@code depth}: {@code all}, {@code root} or a number of levels), every comment on the
     * content including replies, or its attachments.
     */
    private List<? extends Content> descendantList(Content c, String type, Request r) {
        return switch (type) {
            case "page" -> {
                if (!(c instanceof Page p)) {
                    yield List.of();
                }
                String d = r == null ? null : r.param("depth");
                int max = d == null || d.equals("all") ? Integer.MAX_VALUE : d.equals("root") ? 1 : parseDepth(d);
                yield data.descendants(p.id()).stream().filter(x -> x.isCurrent() && x.depth() - p.depth() <= max)
                        .toList();
            }
            case "comment" -> r == null ? data.commentsOf(c.id()) : comments(c, r, true);
            default -> data.attachmentsOf(c.id());
        };
    }

    private static int parseDepth(String d) {
        try {
            return Math.max(1, Integer.parseInt(d.trim()));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Comments filtered by {@code location} (footer, inline, resolved) and {@code depth} ("" root only, all). */
    private List<Comment> comments(Content c, Request r, boolean allDepths) {
        List<String> locations = r.list("location");
        boolean all = allDepths || "all".equals(r.param("depth"));
        List<Comment> source = c instanceof Comment ? data.replies(c.id()) : data.commentsOf(c.id());
        List<Comment> out = new ArrayList<>();
        for (Comment m : source) {
            boolean loc = locations.isEmpty() || locations.contains(m.location())
                    || (locations.contains("resolved") && "resolved".equals(m.resolution()));
            if (m.isCurrent() && loc && (all || c instanceof Comment || m.parentId() == 0)) {
                out.add(m);
            }
        }
        return out;
    }

    private List<Attachment> attachments(Content c, Request r) {
        String filename = r.param("filename");
        String mediaType = r.param("mediaType");
        return data.attachmentsOf(c.id()).stream()
                .filter(a -> a.isCurrent() && (filename == null || filename.equals(a.title()))
                        && (mediaType == null || mediaType.equals(a.mediaType())))
                .toList();
    }

    private ObjectNode labels(Content c, Request r, Links l, String path) {
        String prefix = r.param("prefix");
        List<Label> all = data.labelsOf(c).stream().filter(x -> prefix == null || prefix.equals(x.prefix())).toList();
        return V1Envelope.page(all, V1People::label, 200, 200, r, l, path, false);
    }

    /** Cloud {@code GET /label?name=}: the label and the content carrying it. */
    ObjectNode labelDetails(Request r, Links l) {
        String name = r.param("name");
        if (name == null || name.isBlank()) {
            throw ApiErrors.badRequest(l.flavor(), "name is required");
        }
        List<Content> tagged = data.index().labeled(name);
        if (tagged.isEmpty()) {
            throw ApiErrors.notFound(l.flavor(), "Label with name " + name + " not found");
        }
        List<String> types = r.list("type");
        List<Content> all = tagged.stream().filter(c -> c.isCurrent() && (types.isEmpty() || types.contains(c.type())))
                .toList();
        int start = Paging.start(r, l.flavor());
        int limit = Paging.limit(r, l.flavor(), 200, 200);
        List<Content> page = Paging.slice(all, start, limit);
        ObjectNode o = Json.obj();
        o.set("label", V1People.label(Label.global(name)));
        ObjectNode assoc = o.putObject("associatedContents");
        ArrayNode results = assoc.putArray("results");
        for (Content c : page) {
            ObjectNode x = results.addObject();
            x.put("contentType", c.type());
            x.put("contentId", c.id());
            x.put("title", c.title());
        }
        assoc.put("start", start);
        assoc.put("limit", limit);
        assoc.put("size", page.size());
        return o;
    }
}
