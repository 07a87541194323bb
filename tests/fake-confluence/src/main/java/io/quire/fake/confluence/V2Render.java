package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders Cloud v2 JSON: spaces, pages, blog posts, comments, attachments, labels, tasks and versions. */
final class V2Render {

    private final SiteData data;
    private final BodyGenerator bodies;

    V2Render(SiteData data) {
        this.data = data;
        this.bodies = new BodyGenerator(data.seed());
    }

    ObjectNode space(Space s, Request r) {
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

    ObjectNode page(Page p, String format) {
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
        o.set("version", version(p, data.versions(p).getLast()));
        o.set("body", body(p, format));
        o.set("_links", pageLinks(p));
        return o;
    }

    ObjectNode blogpost(BlogPost b, String format) {
        ObjectNode o = Json.obj();
        o.put("id", Long.toString(b.id()));
        o.put("status", b.status());
        o.put("title", b.title());
        o.put("spaceId", Long.toString(b.space().id()));
        o.put("authorId", b.creator().accountId());
        o.put("createdAt", Json.iso(b.created()));
        o.set("version", version(b, data.versions(b).getLast()));
        o.set("body", body(b, format));
        o.set("_links", pageLinks(b));
        return o;
    }

    private static ObjectNode pageLinks(Content p) {
        ObjectNode links = Json.obj();
        links.put("editui", "/pages/resumedraft.action?draftId=" + p.id());
        links.put("webui", new Links("", "/wiki", ApiFlavor.CLOUD_V2).webui(p));
        if (p instanceof Page) {
            links.put("edituiv2", "/spaces/" + p.space().key() + "/pages/edit-v2/" + p.id());
        }
        links.put("tinyui", Links.tinyui(p.id()));
        return links;
    }

    /**
     * A comment. {@code full} gives the single/global shape (page or blog post id, parent comment id, resolution
     * details); otherwise the shape of a page's or a comment's comment list.
     */
    ObjectNode comment(Comment m, String format, boolean full) {
        ObjectNode o = Json.obj();
        o.put("id", Long.toString(m.id()));
        o.put("status", m.status());
        o.put("title", m.title());
        if (full || m.parentId() == 0) {
            o.put(m.container() instanceof BlogPost ? "blogPostId" : "pageId", Long.toString(m.container().id()));
        }
        if (m.parentId() != 0) {
            o.put("parentCommentId", Long.toString(m.parentId()));
        }
        o.set("version", version(m, data.versions(m).getLast()));
        o.set("body", body(m, format));
        if (m.inline()) {
            o.put("resolutionStatus", m.resolution());
            if (full && m.resolvedBy() != null) {
                o.put("resolutionLastModifierId", m.resolvedBy().accountId());
                o.put("resolutionLastModifiedAt", Json.iso(m.resolvedAt()));
            }
            ObjectNode props = o.putObject("properties");
            props.put("inlineMarkerRef", m.markerRef());
            props.put("inlineOriginalSelection", m.selection());
        }
        o.putObject("_links").put("webui", new Links("", "/wiki", ApiFlavor.CLOUD_V2).webui(m));
        return o;
    }

    ObjectNode attachment(Attachment a) {
        ObjectNode o = Json.obj();
        o.put("id", a.restId());
        o.put("status", a.status());
        o.put("title", a.title());
        o.put("createdAt", Json.iso(a.created()));
        o.put(a.container() instanceof BlogPost ? "blogPostId" : "pageId", Long.toString(a.container().id()));
        o.put("mediaType", a.mediaType());
        o.put("mediaTypeDescription", V1Extensions.describe(a.mediaType()));
        o.put("comment", a.comment());
        o.put("fileId", a.fileId());
        o.put("fileSize", a.fileSize());
        String webui = new Links("", "/wiki", ApiFlavor.CLOUD_V2).webui(a);
        o.put("webuiLink", webui);
        o.put("downloadLink", a.downloadPath());
        o.set("version", version(a, data.versions(a).getLast()));
        ObjectNode links = o.putObject("_links");
        links.put("webui", webui);
        links.put("download", a.downloadPath());
        return o;
    }

    static ObjectNode label(Label lab) {
        ObjectNode o = Json.obj();
        o.put("id", Long.toString(lab.id()));
        o.put("name", lab.name());
        o.put("prefix", lab.prefix());
        return o;
    }

    ObjectNode task(Task t, String format) {
        ObjectNode o = Json.obj();
        o.put("id", Long.toString(t.id()));
        o.put("localId", t.localId());
        o.put("spaceId", Long.toString(t.container().space().id()));
        o.put(t.container() instanceof BlogPost ? "blogPostId" : "pageId", Long.toString(t.container().id()));
        o.put("status", t.status());
        if (format != null) {
            ObjectNode rep = o.putObject("body").putObject(format);
            rep.put("representation", format);
            rep.put("value", format.equals("storage") ? t.storage() : adfText(t.text()));
        }
        o.put("createdBy", t.creator().accountId());
        putUser(o, "assignedTo", t.assignee());
        putUser(o, "completedBy", t.completedBy());
        o.put("createdAt", Json.iso(t.created()));
        o.put("updatedAt", Json.iso(t.updated()));
        if (t.due() != null) {
            o.put("dueAt", Json.iso(t.due()));
        }
        if (t.completed() != null) {
            o.put("completedAt", Json.iso(t.completed()));
        }
        return o;
    }

    private static void putUser(ObjectNode o, String field, User u) {
        if (u != null) {
            o.put(field, u.accountId());
        }
    }

    private static String adfText(String text) {
        ObjectNode doc = Json.obj();
        doc.put("type", "doc");
        doc.put("version", 1);
        doc.putArray("content").addObject().put("type", "paragraph").putArray("content").addObject()
                .put("type", "text").put("text", text);
        return Json.string(doc);
    }

    static ObjectNode permission(SpacePermission p) {
        ObjectNode o = Json.obj();
        o.put("id", Long.toString(p.id()));
        ObjectNode principal = o.putObject("principal");
        principal.put("type", p.principalType());
        principal.put("id", p.user() != null ? p.user().accountId() : p.group().id());
        ObjectNode op = o.putObject("operation");
        op.put("key", p.operation());
        op.put("targetType", p.targetType());
        return o;
    }

    static ObjectNode version(Content c, ContentVersion v) {
        ObjectNode o = Json.obj();
        o.put("createdAt", Json.iso(v.when()));
        o.put("message", v.message());
        o.put("number", v.number());
        o.put("minorEdit", v.minorEdit());
        o.put("authorId", v.by().accountId());
        return o;
    }

    /** An entry of {@code /pages/{id}/versions} and its siblings: the version plus the versioned entity. */
    ObjectNode versionEntry(Content c, ContentVersion v, String entityField) {
        ObjectNode o = version(c, v);
        ObjectNode e = o.putObject(entityField);
        e.put("id", V1Render.restId(c));
        e.put("title", c.title());
        return o;
    }

    private ObjectNode body(Content p, String format) {
        ObjectNode body = Json.obj();
        if (format != null) {
            ObjectNode rep = body.putObject(format);
            rep.put("representation", format);
            rep.put("value", format.equals("storage") ? bodies.storage(p)
                    : format.equals("view") ? bodies.view(p) : bodies.atlasDoc(p));
        }
        return body;
    }
}
