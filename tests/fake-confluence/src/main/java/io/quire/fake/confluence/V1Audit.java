package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /audit} (both flavours) and Cloud's {@code /audit/since}, newest first. {@code startDate}/{@code endDate}
 * are epoch milliseconds as Cloud documents; {@code yyyy-MM-dd} is accepted too (Data Center's spec gives no
 * format). {@code searchString} matches any text property, case-insensitively.
 */
final class V1Audit {

    private final SiteData data;

    V1Audit(SiteData data) {
        this.data = data;
    }

    JsonNode handle(String[] seg, Request r, Links l) {
        if (seg.length == 1) {
            return list(r, l, instant(r.param("startDate"), l, "startDate", false),
                    instant(r.param("endDate"), l, "endDate", true), "/rest/api/audit");
        }
        if (seg.length == 2 && seg[1].equals("since") && l.flavor().cloud()) {
            long n = r.intParam("number", 3, l.flavor());
            String units = r.param("units") == null ? "MONTHS" : r.param("units");
            ChronoUnit unit;
            try {
                unit = ChronoUnit.valueOf(units.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiErrors.badParam(l.flavor(), "units", units);
            }
            Instant since = Instant.now().atZone(ZoneOffset.UTC).minus(n, unit).toInstant();
            return list(r, l, since, null, "/rest/api/audit/since");
        }
        return null;
    }

    private ObjectNode list(Request r, Links l, Instant from, Instant to, String path) {
        String needle = r.param("searchString");
        String lower = needle == null || needle.isBlank() ? null : needle.toLowerCase(Locale.ROOT);
        List<AuditRecord> all = new ArrayList<>();
        for (AuditRecord a : data.auditRecords()) {
            if ((from == null || !a.creationDate().isBefore(from)) && (to == null || !a.creationDate().isAfter(to))
                    && (lower == null || matches(a, lower))) {
                all.add(a);
            }
        }
        return V1Envelope.page(all, a -> record(a, l), 1000, 1000, r, l, path, false);
    }

    private static boolean matches(AuditRecord a, String needle) {
        List<String> texts = new ArrayList<>(List.of(a.summary(), a.description(), a.category(), a.remoteAddress(),
                a.author().displayName(), a.affectedObject().name()));
        a.changedValues().forEach(c -> texts.addAll(List.of(c.name(), c.oldValue(), c.newValue())));
        a.associatedObjects().forEach(o -> texts.add(o.name()));
        return texts.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(needle));
    }

    private static Instant instant(String v, Links l, String name, boolean endOfDay) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            try {
                LocalDate d = LocalDate.parse(v.trim());
                return (endOfDay ? d.plusDays(1) : d).atStartOfDay().toInstant(ZoneOffset.UTC)
                        .minusMillis(endOfDay ? 1 : 0);
            } catch (java.time.format.DateTimeParseException e2) {
                throw ApiErrors.badParam(l.flavor(), name, v);
            }
        }
    }

    static ObjectNode record(AuditRecord a, Links l) {
        ObjectNode o = Json.obj();
        ObjectNode author = o.putObject("author");
        author.put("type", "user");
        author.put("displayName", a.author().displayName());
        author.putNull("operations");
        if (l.flavor() == ApiFlavor.DC) {
            author.put("username", a.author().username());
            author.put("userKey", a.author().userKey());
        } else {
            author.put("accountId", a.author().accountId());
            author.put("accountType", "atlassian");
            author.put("isExternalCollaborator", false);
            author.put("isGuest", false);
            author.put("publicName", a.author().publicName());
        }
        o.put("remoteAddress", a.remoteAddress());
        o.put("creationDate", a.creationDate().toEpochMilli());
        o.put("summary", a.summary());
        o.put("description", a.description());
        o.put("category", a.category());
        o.put("sysAdmin", a.sysAdmin());
        o.put("superAdmin", false);
        o.set("affectedObject", item(a.affectedObject()));
        ArrayNode changes = o.putArray("changedValues");
        for (AuditRecord.Change c : a.changedValues()) {
            ObjectNode x = changes.addObject();
            x.put("name", c.name());
            x.put("oldValue", c.oldValue());
            x.put("newValue", c.newValue());
        }
        ArrayNode assoc = o.putArray("associatedObjects");
        a.associatedObjects().forEach(i -> assoc.add(item(i)));
        return o;
    }

    private static ObjectNode item(AuditRecord.Item i) {
        ObjectNode o = Json.obj();
        o.put("name", i.name());
        o.put("objectType", i.objectType());
        return o;
    }
}
