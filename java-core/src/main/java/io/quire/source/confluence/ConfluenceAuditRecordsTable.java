package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.longText;
import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.rest.Deployment;
import io.quire.sql.Condition;
import io.quire.sql.ForeignKey;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * AuditRecords: the site's audit log ({@code GET audit}, newest first; needs an administrator).
 * CreationDate ranges become startDate/endDate, widened by a day (epoch millis on Cloud, days on
 * Data Center, whose spec gives no format); {@code SearchString = 'x'} (a pseudo-column, as in
 * the commercial driver) or else {@code Summary LIKE '...'} becomes searchString, which matches
 * any text of a record and so only narrows (loose): the engine re-checks Summary.
 */
final class ConfluenceAuditRecordsTable extends ConfluenceTable {
    private static final String SEARCH_FIELD = "__quire_search";
    private static final Pushdown PUSHDOWN = new Pushdown()
            .loose("CreationDate", Op.EQ, Op.LT, Op.LE, Op.GT, Op.GE)
            .loose("Summary", Op.LIKE)
            .loose("SearchString", Op.EQ);

    ConfluenceAuditRecordsTable(ConfluenceSite site) {
        super(site, columns(site.zone()));
    }

    private static List<Col> columns(ZoneId z) {
        return List.of(
                new Col(of("CreationDate", SqlTypeName.TIMESTAMP, "When the event happened."), j -> creation(j, z)),
                new Col(text("Summary", 1000, "What changed, as the audit log's Change column shows it."),
                        j -> JsonValues.text(j, "summary")),
                new Col(longText("Description", "Longer description of the event."), j -> JsonValues.text(j, "description")),
                new Col(text("Category", 255, "Event type, e.g. Permissions, Spaces, Users and groups."),
                        j -> JsonValues.text(j, "category")),
                new Col(of("SysAdmin", SqlTypeName.BOOLEAN, "Whether a system administrator did it."), j -> JsonValues.bool(j, "sysAdmin")),
                new Col(of("SuperAdmin", SqlTypeName.BOOLEAN, "Whether a super administrator did it (Cloud)."),
                        j -> JsonValues.bool(j, "superAdmin")),
                new Col(text("RemoteAddress", 255, "IP address the event came from."), j -> JsonValues.text(j, "remoteAddress")),
                new Col(text("AuthorAccountId", 128, "Account id (Cloud) or user key (Data Center) of who did it."),
                        j -> JsonValues.personId(JsonValues.at(j, "author"))),
                new Col(text("AuthorDisplayName", 255, "Display name of who did it."), j -> JsonValues.text(j, "author", "displayName")),
                new Col(text("AuthorType", 50, "Kind of author (user)."), j -> JsonValues.text(j, "author", "type")),
                new Col(text("UserKey", 128, "User key of who did it (Data Center)."), j -> JsonValues.text(j, "author", "userKey")),
                new Col(text("UserName", 255, "Login name of who did it (Data Center)."), j -> JsonValues.text(j, "author", "username")),
                new Col(text("AffectedObjectName", 255, "Name of the object the event touched."),
                        j -> JsonValues.text(j, "affectedObject", "name")),
                new Col(text("AffectedObjectType", 100, "Type of that object, e.g. Space, User, Group."),
                        j -> JsonValues.text(j, "affectedObject", "objectType")),
                new Col(longText("ChangedValues", "The values the event changed, as JSON (name, oldValue, newValue)."),
                        j -> JsonValues.text(j, "changedValues")),
                new Col(longText("AssociatedObjects", "Other objects the event concerned, as JSON (name, objectType)."),
                        j -> JsonValues.text(j, "associatedObjects")),
                new Col(text("SearchString", 255, "Pseudo-column: WHERE SearchString = 'x' keeps records with x in any "
                        + "of their text (the site's audit search)."), j -> JsonValues.text(j, SEARCH_FIELD)));
    }

    /** Epoch millis as the audit API gives them (ISO text accepted too), as a wall-clock TIMESTAMP. */
    private static Long creation(JsonNode j, ZoneId z) {
        JsonNode n = JsonValues.at(j, "creationDate");
        if (n != null && n.isNumber()) {
            return TimeRange.wallClock(Instant.ofEpochMilli(n.asLong()), z);
        }
        return JsonValues.timestamp(z, j, "creationDate");
    }

    @Override
    public Pushdown pushdown() {
        return PUSHDOWN;
    }

    @Override
    public List<ForeignKey> foreignKeys() {
        return List.of(new ForeignKey("AuthorAccountId", "Users", "AccountId"));
    }

    @Override
    public double estimatedRows() {
        return 10_000;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        TimeRange range = TimeRange.of(request, "CreationDate", site.zone());
        if (range != null) {
            put(params, "startDate", range.from());
            put(params, "endDate", range.to());
        }
        Object search = request.equalTo("SearchString");
        String needle = search != null ? search.toString() : likeNeedle(request);
        if (needle != null && !needle.isBlank()) {
            params.put("searchString", needle);
        }
        Iterator<JsonNode> records = site.list("audit", params, request.limit(), request.cancelled());
        if (search == null) {
            return toRows(request, records);
        }
        // The pseudo-column reads back as the search it was given, so the engine's re-check keeps the rows.
        String s = search.toString();
        return toRows(request, SiteReads.flatMap(records, r -> List.<JsonNode>of(SiteReads.tagged(r, SEARCH_FIELD, s)).iterator()));
    }

    private void put(Map<String, Object> params, String name, Instant at) {
        if (at == null) {
            return;
        }
        params.put(name, site.deployment() == Deployment.CLOUD ? Long.toString(at.toEpochMilli())
                : at.atZone(ZoneOffset.UTC).toLocalDate().toString());
    }

    /** The longest literal run of a pushed Summary LIKE pattern: every matching summary contains it. */
    private static String likeNeedle(ScanRequest request) {
        String best = null;
        for (Condition.Compare c : request.on("Summary", Op.LIKE)) {
            for (String part : String.valueOf(c.value()).split("[%_]")) {
                if (best == null || part.length() > best.length()) {
                    best = part;
                }
            }
        }
        return best;
    }
}
