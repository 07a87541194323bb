package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites Cloud v2 objects in the v1 shape the tables' column extractors read, so a table has
 * one column set whichever API a scan used. Only what v2 says is written: a v1 field v2 has no
 * equivalent for (public names, previous version, excerpt, REST self link...) stays absent,
 * which is why such columns make a scan use v1 (see {@link V2ContentReads}).
 */
final class V2ContentAdapter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private V2ContentAdapter() {
    }

    /**
     * A v2 page or blog post as v1 content.
     *
     * @param type  page or blogpost (v2 items do not say)
     * @param space the item's v2 space (for its key and type), or null when not needed or unknown
     */
    static ObjectNode content(JsonNode v2, String type, JsonNode space) {
        ObjectNode o = F.objectNode();
        copy(o, "id", v2, "id");
        copy(o, "title", v2, "title");
        o.put("type", type);
        copy(o, "status", v2, "status");
        ObjectNode s = o.putObject("space");
        putId(s, JsonValues.text(v2, "spaceId"));
        if (space != null) {
            copy(s, "key", space, "key");
            copy(s, "type", space, "type");
        }
        String parent = JsonValues.text(v2, "parentId");
        if (parent != null) {
            o.putArray("ancestors").addObject().put("id", parent);
        }
        ObjectNode h = o.putObject("history");
        h.put("latest", true);
        copy(h, "createdDate", v2, "createdAt");
        person(h, "createdBy", JsonValues.text(v2, "authorId"));
        person(h, "ownedBy", JsonValues.text(v2, "ownerId"));
        JsonNode version = JsonValues.at(v2, "version");
        if (version != null) {
            h.set("lastUpdated", version(version));
            o.set("version", version(version));
        }
        ObjectNode body = F.objectNode();
        for (String format : new String[] {"storage", "atlas_doc_format"}) {
            JsonNode value = JsonValues.at(v2, "body", format, "value");
            if (value != null) {
                ObjectNode rep = body.putObject(format);
                rep.set("value", value);
                rep.put("representation", format);
            }
        }
        if (!body.isEmpty()) {
            o.set("body", body);
        }
        ObjectNode links = o.putObject("_links");
        copy(links, "webui", v2, "_links", "webui");
        copy(links, "tinyui", v2, "_links", "tinyui");
        return o;
    }

    /** A v2 space as a v1 space (expanded with its plain description and history). */
    static ObjectNode space(JsonNode v2) {
        ObjectNode o = F.objectNode();
        putId(o, JsonValues.text(v2, "id"));
        copy(o, "key", v2, "key");
        copy(o, "name", v2, "name");
        copy(o, "type", v2, "type");
        copy(o, "status", v2, "status");
        copy(o, "alias", v2, "currentActiveAlias");
        JsonNode plain = JsonValues.at(v2, "description", "plain", "value");
        if (plain != null) {
            o.putObject("description").putObject("plain").set("value", plain);
        }
        copy(o.putObject("history"), "createdDate", v2, "createdAt");
        copy(o.putObject("_links"), "webui", v2, "_links", "webui");
        return o;
    }

    /** v2 Version {number, createdAt, message, authorId} as v1 Version {number, when, message, by}. */
    private static ObjectNode version(JsonNode v2) {
        ObjectNode v = F.objectNode();
        copy(v, "number", v2, "number");
        copy(v, "when", v2, "createdAt");
        copy(v, "message", v2, "message");
        person(v, "by", JsonValues.text(v2, "authorId"));
        return v;
    }

    private static void person(ObjectNode o, String field, String accountId) {
        if (accountId != null) {
            o.putObject(field).put("accountId", accountId);
        }
    }

    /** v2 ids are strings; v1 gives space ids as numbers. */
    private static void putId(ObjectNode o, String id) {
        if (id == null) {
            return;
        }
        try {
            o.put("id", Long.parseLong(id));
        } catch (NumberFormatException e) {
            o.put("id", id);
        }
    }

    private static void copy(ObjectNode to, String field, JsonNode from, String... path) {
        JsonNode n = JsonValues.at(from, path);
        if (n != null) {
            to.set(field, n);
        }
    }
}
