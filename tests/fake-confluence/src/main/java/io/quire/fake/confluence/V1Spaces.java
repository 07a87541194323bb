package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /space}, {@code /space/{key}} and the per-space resources: content by type, labels and (Data Center)
 * permissions. The space list includes archived spaces unless {@code status} filters them, as both real APIs do.
 */
final class V1Spaces {

    private final SiteData data;
    private final V1Render render;

    V1Spaces(SiteData data, V1Render render) {
        this.data = data;
        this.render = render;
    }

    JsonNode handle(String[] seg, Request r, Expand ex, Links l) {
        if (seg.length == 1) {
            return spaces(r, ex, l);
        }
        Space s = data.spaceByKey(seg[1]);
        if (s == null) {
            throw ApiErrors.notFound(l.flavor(), "No space with key : " + seg[1]);
        }
        if (seg.length == 2) {
            return render.space(s, ex, l);
        }
        String base = "/rest/api/space/" + s.key() + "/" + seg[2];
        return switch (seg[2]) {
            case "content" -> seg.length == 3 ? content(s, r, ex, l)
                    : seg.length == 4 ? contentOfType(s, seg[3], r, ex, l, base + "/" + seg[3]) : null;
            case "permissions" -> seg.length == 3 && l.flavor() == ApiFlavor.DC ? permissions(s) : null;
            case "label", "labels" -> seg.length == 3 && seg[2].equals(l.flavor() == ApiFlavor.DC ? "labels" : "label")
                    ? labels(s, r, l, base) : null;
            default -> null;
        };
    }

    private ObjectNode spaces(Request r, Expand ex, Links l) {
        List<String> keys = new ArrayList<>(r.list("spaceKey"));
        keys.addAll(r.list("spaceKeys"));
        List<String> ids = r.list("spaceIds");
        String type = r.param("type");
        String status = r.param("status");
        List<String> labels = r.list("label");
        List<Space> all = new ArrayList<>();
        for (Space s : data.spaces()) {
            if ((keys.isEmpty() || keys.contains(s.key())) && (ids.isEmpty() || ids.contains(Long.toString(s.id())))
                    && (type == null || type.equals(s.type())) && (status == null || status.equals(s.status()))
                    && (labels.isEmpty() || s.labels().stream().anyMatch(labels::contains))) {
                all.add(s);
            }
        }
        return V1Envelope.page(all, s -> render.space(s, ex, l), 25, 250, r, l, "/rest/api/space", false);
    }

    /** {@code {page: {...}, blogpost: {...}}}, each list paged by the request's start/limit. */
    private ObjectNode content(Space s, Request r, Expand ex, Links l) {
        ObjectNode o = Json.obj();
        for (String type : new String[] {"page", "blogpost"}) {
            o.set(type, contentOfType(s, type, r, ex, l, "/rest/api/space/" + s.key() + "/content/" + type));
        }
        ObjectNode links = o.putObject("_links");
        links.put("base", l.base());
        links.put("context", l.context());
        links.put("self", l.base() + "/rest/api/space/" + s.key() + "/content");
        return o;
    }

    private ObjectNode contentOfType(Space s, String type, Request r, Expand ex, Links l, String path) {
        if (!type.equals("page") && !type.equals("blogpost")) {
            throw ApiErrors.badRequest(l.flavor(), "Type " + type + " is not supported by this resource");
        }
        boolean root = "root".equals(r.param("depth"));
        List<Content> all = new ArrayList<>();
        for (Content c : data.index().inSpace(s, type)) {
            if (c.isCurrent() && (!root || !(c instanceof Page p) || p.parentId() == 0)) {
                all.add(c);
            }
        }
        return V1Envelope.page(all, c -> render.content(c, ex, l, false), 25, V1Api.contentCap(l), r, l, path,
                false);
    }

    private JsonNode permissions(Space s) {
        ArrayNode arr = Json.arr();
        data.permissionsOf(s).forEach(p -> arr.add(V1SpaceRender.dcPermission(p)));
        return arr;
    }

    private ObjectNode labels(Space s, Request r, Links l, String path) {
        String prefix = r.param("prefix");
        List<Label> all = s.labels().stream().map(Label::global)
                .filter(x -> prefix == null || prefix.equals(x.prefix())).toList();
        return V1Envelope.page(all, V1People::label, 200, 200, r, l, path, false);
    }
}
