package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Renders v1 / Data Center content, space, user, version and label JSON, honouring {@code expand}. */
public final class V1Render {

    private static final String[] BODY_REPS = {"editor", "atlas_doc_format", "view", "export_view", "styled_view",
            "dynamic", "storage", "editor2", "anonymous_export_view"};

    private final SiteData data;
    private final BodyGenerator bodies;

    public V1Render(SiteData data) {
        this.data = data;
        this.bodies = new BodyGenerator(data.seed());
    }

    public BodyGenerator bodies() {
        return bodies;
    }

    /** A content object; {@code single} adds the extra {@code _links} a single-content GET returns. */
    public ObjectNode content(Page p, Expand ex, Links l, boolean single) {
        String id = Long.toString(p.id());
        String key = p.space().key();
        ObjectNode o = Json.obj();
        o.put("id", id);
        o.put("type", "page");
        o.put("status", p.status());
        o.put("title", p.title());
        ObjectNode exp = Json.obj();
        exp.put("childTypes", "");
        exp.put("container", "/rest/api/space/" + key);
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
            for (Page a : data.ancestors(p)) {
                arr.add(content(a, ex.sub("ancestors"), l, false));
            }
            exp.remove("ancestors");
        }
        if (ex.has("container")) {
            o.set("container", space(p.space(), ex.sub("container"), l));
            exp.remove("container");
        }
        if (ex.has("children")) {
            o.set("children", children(p, ex.sub("children"), l));
            exp.remove("children");
        }
        if (ex.has("body")) {
            o.set("body", body(p, ex.sub("body"), l));
            exp.remove("body");
        }
        if (ex.has("metadata")) {
            ObjectNode md = o.putObject("metadata");
            ObjectNode mdExp = Json.obj();
            for (String k : new String[] {"currentuser", "comments", "simple", "properties", "frontend", "likes"}) {
                mdExp.put(k, "");
            }
            if (ex.sub("metadata").has("labels")) {
                md.set("labels", labels(p.labels(), l, "/rest/api/content/" + id + "/label"));
            } else {
                mdExp.put("labels", "/rest/api/content/" + id + "/label");
            }
            md.set("_expandable", mdExp);
            exp.remove("metadata");
        }
        o.putObject("macroRenderedOutput");
        o.putObject("extensions").put("position", p.position());
        o.set("_expandable", exp);
        ObjectNode links = o.putObject("_links");
        links.put("editui", "/pages/resumedraft.action?draftId=" + id);
        links.put("webui", l.webui(p));
        links.put("edituiv2", "/spaces/" + key + "/pages/edit-v2/" + id);
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

    private ObjectNode history(Page p, Expand ex, Links l) {
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
        ObjectNode exp = h.putObject("_expandable");
        for (String k : new String[] {"lastUpdated", "previousVersion", "contributors", "nextVersion", "ownedBy",
                "lastOwnedBy"}) {
            if (!ex.has(k)) {
                exp.put(k, "");
            }
        }
        h.putObject("_links").put("self", l.base() + "/rest/api/content/" + p.id() + "/history");
        return h;
    }

    /** Version {@code number} of a page: the latest one or the one before it. */
    public ObjectNode version(Page p, int number, Links l) {
        boolean latest = number == p.version();
        ObjectNode v = Json.obj();
        v.set("by", user(latest ? p.updater() : p.previousUpdater(), l));
        v.put("when", Json.iso(latest ? p.updated() : p.previousUpdated()));
        v.put("friendlyWhen", Json.friendly(latest ? p.updated() : p.previousUpdated()));
        v.put("message", latest ? p.versionMessage() : p.previousMessage());
        v.put("number", number);
        v.put("minorEdit", false);
        v.put("confRev", "confluence$content$" + p.id() + "." + number);
        v.put("contentTypeModified", false);
        ObjectNode exp = v.putObject("_expandable");
        exp.put("collaborators", "");
        exp.put("content", "/rest/api/content/" + p.id());
        v.putObject("_links").put("self", l.base() + "/rest/api/content/" + p.id() + "/version/" + number);
        return v;
    }

    private ObjectNode body(Page p, Expand ex, Links l) {
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
                default -> bodies.storage(p).replaceAll("<ac:[^>]*>|</ac:[^>]*>|<ri:[^>]*>", "");
            });
            r.put("representation", rep);
            r.putArray("embeddedContent");
            r.putObject("_expandable").put("content", "/rest/api/content/" + p.id());
        }
        b.set("_expandable", exp);
        return b;
    }

    private ObjectNode children(Page p, Expand ex, Links l) {
        ObjectNode c = Json.obj();
        String base = "/rest/api/content/" + p.id() + "/child";
        ObjectNode exp = Json.obj();
        exp.put("attachment", base + "/attachment");
        exp.put("comment", base + "/comment");
        if (ex.has("page")) {
            List<Page> kids = data.children(p.id()).stream().filter(Page::isCurrent).toList();
            List<Page> first = Paging.slice(kids, 0, 25);
            ObjectNode page = c.putObject("page");
            ArrayNode results = page.putArray("results");
            for (Page k : first) {
                results.add(content(k, ex.sub("page"), l, false));
            }
            page.put("start", 0);
            page.put("limit", 25);
            page.put("size", first.size());
            ObjectNode links = page.putObject("_links");
            if (kids.size() > first.size()) {
                links.put("next", base + "/page?limit=25&start=25");
            }
            links.put("self", l.base() + base + "/page");
        } else {
            exp.put("page", base + "/page");
        }
        c.set("_expandable", exp);
        c.putObject("_links").put("self", l.base() + base);
        return c;
    }

    public ObjectNode space(Space s, Expand ex, Links l) {
        String key = s.key();
        ObjectNode o = Json.obj();
        o.put("id", s.id());
        o.put("key", key);
        o.put("alias", key);
        o.put("name", s.name());
        ObjectNode exp = Json.obj();
        exp.put("settings", "/rest/api/space/" + key + "/settings");
        exp.put("metadata", "");
        exp.put("operations", "");
        exp.put("lookAndFeel", "/rest/api/settings/lookandfeel?spaceKey=" + key);
        exp.put("identifiers", "");
        exp.put("permissions", "");
        exp.put("roles", "");
        exp.put("icon", "");
        exp.put("description", "");
        exp.put("theme", "/rest/api/space/" + key + "/theme");
        exp.put("history", "");
        exp.put("homepage", "/rest/api/content/" + s.homepageId());
        if (ex.has("icon")) {
            ObjectNode icon = o.putObject("icon");
            icon.put("path", s.type().equals("personal")
                    ? l.context() + "/aa-avatar/" + s.creator().accountId()
                    : l.context() + "/download/attachments/" + s.homepageId() + "/" + key
                            + "?version=1&modificationDate=" + s.created().toEpochMilli() + "&cacheVersion=1&api=v2");
            icon.put("width", 48);
            icon.put("height", 48);
            icon.put("isDefault", false);
            exp.remove("icon");
        }
        if (ex.has("description")) {
            Expand d = ex.sub("description");
            boolean all = d == Expand.NONE;
            ObjectNode desc = o.putObject("description");
            ObjectNode dExp = Json.obj();
            for (String rep : new String[] {"plain", "view"}) {
                if (all || d.has(rep)) {
                    ObjectNode r = desc.putObject(rep);
                    r.put("value", rep.equals("view") ? "<p>" + BodyGenerator.xml(s.description()) + "</p>"
                            : s.description());
                    r.put("representation", rep);
                    r.putArray("embeddedContent");
                } else {
                    dExp.put(rep, "");
                }
            }
            desc.set("_expandable", dExp);
            exp.remove("description");
        }
        if (ex.has("homepage")) {
            o.set("homepage", content(data.page(s.homepageId()), ex.sub("homepage"), l, false));
            exp.remove("homepage");
        }
        o.put("type", s.type());
        if (ex.has("metadata")) {
            ObjectNode md = o.putObject("metadata");
            if (ex.sub("metadata").has("labels")) {
                md.set("labels", labels(s.labels(), l, "/rest/api/space/" + key + "/label"));
            }
            md.putObject("_expandable");
            exp.remove("metadata");
        }
        o.put("status", s.status());
        if (ex.has("history")) {
            ObjectNode h = o.putObject("history");
            h.put("createdDate", Json.iso(s.created()));
            h.set("createdBy", user(s.creator(), l));
            exp.remove("history");
        }
        o.set("_expandable", exp);
        ObjectNode links = o.putObject("_links");
        links.put("webui", "/spaces/" + key);
        links.put("self", l.base() + "/rest/api/space/" + key);
        return o;
    }

    public ObjectNode user(User u, Links l) {
        ObjectNode o = Json.obj();
        o.put("type", "known");
        o.put("accountId", u.accountId());
        o.put("accountType", "atlassian");
        o.put("email", "");
        o.put("publicName", u.publicName());
        ObjectNode pic = o.putObject("profilePicture");
        pic.put("path", l.context() + "/aa-avatar/" + u.accountId());
        pic.put("width", 48);
        pic.put("height", 48);
        pic.put("isDefault", false);
        o.put("displayName", u.displayName());
        o.put("isExternalCollaborator", false);
        o.put("isGuest", false);
        o.put("locale", "en_US");
        o.put("accountStatus", "active");
        ObjectNode exp = o.putObject("_expandable");
        exp.put("operations", "");
        exp.put("personalSpace", "");
        o.putObject("_links").put("self", l.base() + "/rest/api/user?accountId=" + u.accountId());
        return o;
    }

    private ObjectNode labels(List<String> names, Links l, String selfPath) {
        ObjectNode o = Json.obj();
        ArrayNode results = o.putArray("results");
        for (String name : names) {
            ObjectNode lab = results.addObject();
            lab.put("prefix", "global");
            lab.put("name", name);
            lab.put("id", Long.toString(labelId(name)));
            lab.put("label", name);
        }
        o.put("start", 0);
        o.put("limit", 200);
        o.put("size", names.size());
        o.putObject("_links").put("self", l.base() + selfPath);
        return o;
    }

    static long labelId(String name) {
        return 100_000_000L + Math.floorMod(name.hashCode(), 900_000_000);
    }
}
