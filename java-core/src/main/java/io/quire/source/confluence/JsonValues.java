package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;

/** Reads typed values out of site JSON by path; a missing or null node gives null. */
final class JsonValues {
    private JsonValues() {
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String p : path) {
            if (n == null || n.isNull() || n.isMissingNode()) {
                return null;
            }
            n = n.get(p);
        }
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }

    static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n == null ? null : n.isValueNode() ? n.asText() : n.toString();
    }

    static Integer integer(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n == null || !(n.isNumber() || n.isTextual()) ? null : n.asInt();
    }

    static Long int64(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n == null || !(n.isNumber() || n.isTextual()) ? null : n.asLong();
    }

    static Boolean bool(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n == null ? null : n.asBoolean();
    }

    /**
     * An ISO-8601 date-time from the site as the engine's TIMESTAMP value: the wall-clock time
     * in zone, as milliseconds since 1970-01-01T00:00 of that wall clock.
     */
    static Long timestamp(ZoneId zone, JsonNode node, String... path) {
        String s = text(node, path);
        if (s == null || s.isEmpty()) {
            return null;
        }
        return IsoTimestamps.wallClockMillis(s, zone);
    }

    /** The person fields differ between Cloud (publicName, accountId) and Data Center (displayName, userKey). */
    static String personName(JsonNode person) {
        String s = text(person, "publicName");
        return s != null ? s : text(person, "displayName");
    }

    static String personId(JsonNode person) {
        String s = text(person, "accountId");
        return s != null ? s : text(person, "userKey");
    }
}
