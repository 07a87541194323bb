package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Renders v1 / Data Center content (pages, blog posts, comments, attachments) with versions, history and bodies,
 * honouring {@code expand}. Spaces are rendered by {@link V1SpaceRender}, people by {@link V1People}.
 */
public final class V1Render {

    private static final String[] BODY_REPS = {"editor", "atlas_doc_format", "view", "export_view", "styled_view",
            "dynamic", "storage", "editor2", "anonymous_export_view"};

    private final SiteData data;
    private final BodyGenerator bodies;
    private final V1SpaceRender spaces;

    public V1Render(SiteData data) {
        this.data = data;
        this.bodies = new BodyGenerator(data.seed());
        this.spaces = new V1SpaceRender(data, this);
    }

    public BodyGenerator bodies() {
        return bodies;
    }

    public ObjectNode space(Space s, Expand ex, Links l) {
        return spaces.space(s, ex, l);
    }

    public ObjectNode user(User u, Links l) {
        return V1People.user(u, l);
    }

    /** The id as the REST API prints it: attachments carry an {@code att} prefix. */
    static String restId(Content c) {
        return c instanceof Attachment a ? a.restId() : Long.toString(c.id());
    }

    /** A content object; {@code single} adds the extra {@code _links} a single-content GET returns. */
    public ObjectNode content(Content p, Expand ex, Links l, boolean single) {
        String id = restId(p);
        String key = p.space().key();
        long containerId = CqlEvaluator.containerOf(p);
        ObjectNode o = Json.obj();
        o.put("id", id);
        o.put("type", p.type());
        o.put("status", p.status());
        o.put("title", p.title());
        ObjectNode exp = Json.obj();
        exp.put("childTypes", "");
        exp.put("container", containerId == 0 ? "/rest/api/space/" + key : "/rest/api/content/" + containerId);
        exp.put("schedulePublishInfo", "");
        exp.put("metadata", "");
        exp.put("operations", "");
        exp.put("schedulePublishDate", "");
        exp.put("children", "/rest/api/content/" + id + "/child");
        exp.put("restrictions", "/rest/api/content/" + id + "/restriction/byOperation");
        exp.put("history", "/rest/api/content/" + id + "/history");
        exp.put("ancestors", "");
        exp.put("body", "");
        exp.put("version", "");
        exp.put("descendants", "/rest/api/content/" + id + "/descendant");
        exp.put("space", "/rest/api/space/" + key);
        if (ex.has("space")) {
            o.set("space", space(p.space(), ex.sub("space"), l));
            exp.remove("space");
        }
        if (ex.has("history")) {
            o.set("history", history(p, ex.sub("history"), l));
            exp.remove("history");
        }
        if (ex.has("version")) {
            o.set("version", version(p, p.version(), l));
            exp.remove("version");
        }
        if (ex.has("ancestors")) {
            ArrayNode arr = o.putArray("ancestors");
            for (Content a : ancestors(p)) {
                arr.add(content(a, ex.sub("ancestors"), l, false));
            }
            exp.remove("ancestors");
        }
        if (ex.has("container")) {
            o.set("container", containerId == 0 ? space(p.space(), ex.sub("container"), l)
                    : content(data.content(containerId), ex.sub("container"), l, false));
            exp.remove("container");
        }
        if (ex.has("children")) {
            o.set("children", children(p, ex.sub("children"), l));
            exp.remove("children");
        }
        if (ex.has("body")) {
            o.set("body", body(p, ex.sub("body")));
            exp.remove("body");
        }
        if (ex.has("metadata")) {
            o.set("metadata", metadata(p, ex.sub("metadata"), l));
            exp.remove("metadata");
        }
        o.putObject("macroRenderedOutput");
        switch (p) {
            case Page page -> o.putObject("extensions").put("position", page.position());
            case Comment m -> o.set("extensions", V1Extensions.comment(m, ex.sub("extensions"), l));
            case Attachment a -> o.set("extensions", V1Extensions.attachment(a));
            case BlogPost b -> { }
        }
        o.set("_expandable", exp);
        ObjectNode links = o.putObject("_links");
        if (p instanceof Page || p instanceof BlogPost) {
            links.put("editui", "/pages/resumedraft.action?draftId=" + id);
        }
        links.put("webui", l.webui(p));
        if (p instanceof Page || p instanceof BlogPost) {
            links.put("edituiv2", "/spaces/" + key + "/pages/edit-v2/" + id);
        }
        if (p instanceof Attachment a) {
            links.put("download", a.downloadPath());
        }
        if (single) {
            links.put("context", l.context());
        }
        links.put("self", l.base() + "/rest/api/content/" + id);
        links.put("tinyui", Links.tinyui(p.id()));
        if (single) {
            links.put("collection", "/rest/api/content");
            links.put("base", l.base());
        }
        return o;
    }

    /** Page ancestors; for a comment the comments it replies to (outermost first). */
    List<Content> ancestors(Content c) {
        return switch (c) {
            case Page p -> new ArrayList<>(data.ancestors(p));
            case Comment m -> {
                List<Content> out = new ArrayList<>();
                for (long p = m.parentId(); p != 0; p = ((Comment) data.content(p)).parentId()) {
                    out.add(data.content(p));
                }
                Collections.reverse(out);
                yield out;
            }
            default -> List.of();
        };
    }

    private ObjectNode metadata(Content p, Expand ex, Links l) {
        String id = restId(p);
        ObjectNode md = Json.obj();
        ObjectNode mdExp = Json.obj();
        for (String k : new String[] {"currentuser", "comments", "simple", "properties", "frontend", "likes"}) {
            mdExp.put(k, "");
        }
        if (p instanceof Attachment a) {
            md.put("mediaType", a.mediaType());
            md.put("comment", a.comment());
        }
        if (ex.has("labels")) {
            md.set("labels", V1People.labels(p.labels(), l, "/rest/api/content/" + id + "/label"));
        } else {
            mdExp.put("labels", "/rest/api/content/" + id + "/label");
        }
        md.set("_expandable", mdExp);
        return md;
    }

    ObjectNode history(Content p, Expand ex, Links l) {
        ObjectNode h = Json.obj();
        h.put("latest", true);
        h.set("createdBy", user(p.creator(), l));
        if (ex.has("ownedBy")) {
            h.set("ownedBy", user(p.creator(), l));
        }
        h.put("createdDate", Json.iso(p.created()));
        if (ex.has("lastUpdated")) {
            h.set("lastUpdated", version(p, p.version(), l));
        }
        if (ex.has("previousVersion") && p.version() > 1) {
            h.set("previousVersion", version(p, p.version() - 1, l));
        }
        if (ex.has("contributors")) {
            h.set("contributors", contributors(p, l));
        }
        ObjectNode exp = h.putObject("_expandable");
        for (String k : new String[] {"lastUpdated", "previousVersion", "contributors", "nextVersion", "ownedBy",
                "lastOwnedBy"}) {
            if (!ex.has(k)) {
                exp.put(k, "");
            }
        }
        h.putObject("_links").put("self", l.base() + "/rest/api/content/" + restId(p) + "/history");
        return h;
    }

    /** {@code history.contributors.publishers}: the users plus their ids (account ids on Cloud, keys on DC). */
    private ObjectNode contributors(Content p, Links l) {
        ObjectNode c = Json.obj();
        ObjectNode pub = c.putObject("publishers");
        ArrayNode users = pub.putArray("users");
        ArrayNode ids = pub.putArray(l.flavor() == ApiFlavor.DC ? "userKeys" : "userAccountIds");
        for (User u : data.contributors(p)) {
            users.add(user(u, l));
            ids.add(l.flavor() == ApiFlavor.DC ? u.userKey() : u.accountId());
        }
        return c;
    }

    /** Version {@code number} of content, from its {@link SiteData#versions version list}. */
    public ObjectNode version(Content p, int number, Links l) {
        ContentVersion cv = data.versions(p).get(number - 1);
        String id = restId(p);
        ObjectNode v = Json.obj();
        v.set("by", user(cv.by(), l));
        v.put("when", Json.iso(cv.when()));
        v.put("friendlyWhen", Json.friendly(cv.when()));
        v.put("message", cv.message());
        v.put("number", number);
        v.put("minorEdit", cv.minorEdit());
        v.put("confRev", "confluence$content$" + p.id() + "." + number);
        v.put("contentTypeModified", false);
        ObjectNode exp = v.putObject("_expandable");
        exp.put("collaborators", "");
        exp.put("content", "/rest/api/content/" + id);
        v.putObject("_links").put("self", l.base() + "/rest/api/content/" + id + "/version/" + number);
        return v;
    }

    private ObjectNode body(Content p, Expand ex) {
        ObjectNode b = Json.obj();
        ObjectNode exp = Json.obj();
        for (String rep : BODY_REPS) {
            if (!ex.has(rep)) {
                exp.put(rep, "");
                continue;
            }
            ObjectNode r = b.putObject(rep);
            r.put("value", switch (rep) {
                case "atlas_doc_format" -> bodies.atlasDoc(p);
                case "storage", "editor", "editor2" -> bodies.storage(p);
                default -> bodies.view(p);
            });
            r.put("representation", rep);
            r.putArray("embeddedContent");
            r.putObject("_expandable").put("content", "/rest/api/content/" + restId(p));
        }
        b.set("_expandable", exp);
        return b;
    }

    /** Child lists by type: attachments, comments (top-level; replies for a comment) and, for pages, pages. */
    List<? extends Content> children(Content p, String type) {
        return switch (type) {
            case "page" -> p instanceof Page ? data.children(p.id()).stream().filter(Page::isCurrent).toList()
                    : List.of();
            case "comment" -> p instanceof Comment ? data.replies(p.id())
                    : data.commentsOf(p.id()).stream().filter(m -> m.parentId() == 0).toList();
            case "attachment" -> data.attachmentsOf(p.id());
            default -> List.of();
        };
    }

    private ObjectNode children(Content p, Expand ex, Links l) {
        ObjectNode c = Json.obj();
        String base = "/rest/api/content/" + restId(p) + "/child";
        ObjectNode exp = Json.obj();
        for (String type : new String[] {"attachment", "comment", "page"}) {
            if (!ex.has(type)) {
                exp.put(type, base + "/" + type);
                continue;
            }
            List<? extends Content> kids = children(p, type);
            List<? extends Content> first = Paging.slice(kids, 0, 25);
            ObjectNode list = c.putObject(type);
            ArrayNode results = list.putArray("results");
            for (Content k : first) {
                results.add(content(k, ex.sub(type), l, false));
            }
            list.put("start", 0);
            list.put("limit", 25);
            list.put("size", first.size());
            ObjectNode links = list.putObject("_links");
            if (kids.size() > first.size()) {
                links.put("next", base + "/" + type + "?limit=25&start=25");
            }
            links.put("self", l.base() + base + "/" + type);
        }
        c.set("_expandable", exp);
        c.putObject("_links").put("self", l.base() + base);
        return c;
    }
}
