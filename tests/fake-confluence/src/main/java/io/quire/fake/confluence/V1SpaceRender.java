package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders v1 / Data Center spaces and space permissions, honouring {@code expand}. */
final class V1SpaceRender {

    private final SiteData data;
    private final V1Render content;

    V1SpaceRender(SiteData data, V1Render content) {
        this.data = data;
        this.content = content;
    }

    ObjectNode space(Space s, Expand ex, Links l) {
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
            o.set("homepage", content.content(data.page(s.homepageId()), ex.sub("homepage"), l, false));
            exp.remove("homepage");
        }
        o.put("type", s.type());
        if (ex.has("metadata")) {
            ObjectNode md = o.putObject("metadata");
            if (ex.sub("metadata").has("labels")) {
                md.set("labels", V1People.labels(s.labels(), l, "/rest/api/space/" + key + "/label"));
            }
            md.putObject("_expandable");
            exp.remove("metadata");
        }
        if (ex.has("permissions")) {
            ArrayNode perms = o.putArray("permissions");
            data.permissionsOf(s).forEach(p -> perms.add(permission(p, l)));
            exp.remove("permissions");
        }
        o.put("status", s.status());
        if (ex.has("history")) {
            ObjectNode h = o.putObject("history");
            h.put("createdDate", Json.iso(s.created()));
            h.set("createdBy", V1People.user(s.creator(), l));
            exp.remove("history");
        }
        o.set("_expandable", exp);
        ObjectNode links = o.putObject("_links");
        links.put("webui", "/spaces/" + key);
        links.put("self", l.base() + "/rest/api/space/" + key);
        return o;
    }

    /** A permission as {@code space?expand=permissions} shows it: the subject wrapped in a one-element list. */
    static ObjectNode permission(SpacePermission p, Links l) {
        ObjectNode o = Json.obj();
        o.put("id", p.id());
        ObjectNode subjects = o.putObject("subjects");
        ObjectNode list = subjects.putObject(p.principalType());
        list.putArray("results").add(p.user() != null ? V1People.user(p.user(), l) : V1People.group(p.group(), l));
        list.put("size", 1);
        ObjectNode op = o.putObject("operation");
        op.put("operation", p.operation());
        op.put("targetType", p.targetType());
        o.put("anonymousAccess", false);
        o.put("unlicensedAccess", false);
        return o;
    }

    /** A permission as Data Center's {@code GET /space/{key}/permissions} lists it. */
    static ObjectNode dcPermission(SpacePermission p) {
        ObjectNode o = Json.obj();
        ObjectNode op = o.putObject("operation");
        op.put("operationKey", p.operation());
        op.put("targetType", p.targetType());
        ObjectNode subject = o.putObject("subject");
        subject.put("type", p.principalType());
        subject.put("identifier", p.user() != null ? p.user().userKey() : p.group().name());
        subject.put("displayName", p.user() != null ? p.user().displayName() : p.group().name());
        o.put("spaceKey", p.space().key());
        o.put("spaceId", p.space().id());
        return o;
    }
}
