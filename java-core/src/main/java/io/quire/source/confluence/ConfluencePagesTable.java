package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.longText;
import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;
import static io.quire.source.confluence.JsonValues.at;
import static io.quire.source.confluence.JsonValues.bool;
import static io.quire.source.confluence.JsonValues.int64;
import static io.quire.source.confluence.JsonValues.integer;
import static io.quire.source.confluence.JsonValues.personId;
import static io.quire.source.confluence.JsonValues.personName;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.sql.ScanRequest;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Pages ({@code GET /rest/api/content?type=page}): SpaceKey and Title equalities become query
 * parameters, Id becomes {@code GET content/{id}}; bodies and ancestors are only expanded when
 * the query uses the columns that need them.
 */
final class ConfluencePagesTable extends ConfluenceTable {

    ConfluencePagesTable(ConfluenceSite site) {
        super(site, columns(site));
    }

    private static List<Col> columns(ConfluenceSite site) {
        ZoneId z = site.zone();
        return List.of(
                new Col(text("Id", 255, "Page id."), j -> JsonValues.text(j, "id")),
                new Col(text("Title", 255, "Page title."), j -> JsonValues.text(j, "title")),
                new Col(text("Type", 50, "Content type: page."), j -> JsonValues.text(j, "type")),
                new Col(text("Status", 50, "current, draft, archived or trashed."), j -> JsonValues.text(j, "status")),
                new Col(longText("Storage", "Body in storage format (XHTML)."),
                        j -> JsonValues.text(j, "body", "storage", "value")),
                new Col(longText("AtlasDocFormat", "Body in Atlassian document format (JSON)."),
                        j -> JsonValues.text(j, "body", "atlas_doc_format", "value")),
                new Col(text("Excerpt", 2000, "Search excerpt."), j -> JsonValues.text(j, "excerpt")),
                new Col(text("SpaceKey", 255, "Key of the page's space."), j -> JsonValues.text(j, "space", "key")),
                new Col(of("SpaceId", SqlTypeName.BIGINT, "Id of the page's space."), j -> int64(j, "space", "id")),
                new Col(text("SpaceType", 50, "global or personal."), j -> JsonValues.text(j, "space", "type")),
                new Col(text("ParentId", 255, "Id of the parent page; NULL for a top-level page."),
                        ConfluencePagesTable::parentId),
                new Col(text("OwnerId", 255, "Account id of the page owner."),
                        j -> personId(at(j, "history", "ownedBy"))),
                new Col(text("URL", 2000, "Web address of the page."), j -> site.web(j, "_links", "webui")),
                new Col(text("ItemURL", 2000, "REST address of the page."), j -> JsonValues.text(j, "_links", "self")),
                new Col(text("LinksWebui", 2000, "Web path of the page."), j -> JsonValues.text(j, "_links", "webui")),
                new Col(text("LinksTinyui", 2000, "Short web path of the page."),
                        j -> JsonValues.text(j, "_links", "tinyui")),
                new Col(of("CreatedDate", SqlTypeName.TIMESTAMP, "When the page was created."),
                        j -> JsonValues.timestamp(z, j, "history", "createdDate")),
                new Col(text("CreatedByUserPublicName", 255, "Name of the creator."),
                        j -> personName(at(j, "history", "createdBy"))),
                new Col(text("CreatedByAccountId", 255, "Account id of the creator."),
                        j -> personId(at(j, "history", "createdBy"))),
                new Col(of("LastUpdatedDatetime", SqlTypeName.TIMESTAMP, "When the page was last updated."),
                        j -> JsonValues.timestamp(z, j, "history", "lastUpdated", "when")),
                new Col(text("LastUpdatedMessage", 2000, "Message of the last update."),
                        j -> JsonValues.text(j, "history", "lastUpdated", "message")),
                new Col(of("LastUpdatedNumber", SqlTypeName.INTEGER, "Version number of the last update."),
                        j -> integer(j, "history", "lastUpdated", "number")),
                new Col(text("LastUpdatedUserPublicName", 255, "Who made the last update."),
                        j -> personName(at(j, "history", "lastUpdated", "by"))),
                new Col(of("IsLatest", SqlTypeName.BOOLEAN, "Whether this is the latest version."),
                        j -> bool(j, "history", "latest")),
                new Col(of("VersionNumber", SqlTypeName.INTEGER, "Version number."), j -> integer(j, "version", "number")),
                new Col(of("VersionDatetime", SqlTypeName.TIMESTAMP, "When this version was made."),
                        j -> JsonValues.timestamp(z, j, "version", "when")),
                new Col(text("VersionMessage", 2000, "Version message."), j -> JsonValues.text(j, "version", "message")),
                new Col(text("VersionUserPublicName", 255, "Author of this version."),
                        j -> personName(at(j, "version", "by"))),
                new Col(text("VersionUserAccountId", 255, "Account id of this version's author."),
                        j -> personId(at(j, "version", "by"))),
                new Col(of("PreviousVersionNumber", SqlTypeName.INTEGER, "Number of the previous version."),
                        j -> integer(j, "history", "previousVersion", "number")),
                new Col(of("PreviousVersionDatetime", SqlTypeName.TIMESTAMP, "When the previous version was made."),
                        j -> JsonValues.timestamp(z, j, "history", "previousVersion", "when")),
                new Col(text("PreviousVersionUserAccountId", 255, "Author of the previous version."),
                        j -> personId(at(j, "history", "previousVersion", "by"))));
    }

    private static Object parentId(JsonNode page) {
        JsonNode ancestors = at(page, "ancestors");
        if (ancestors == null || !ancestors.isArray() || ancestors.isEmpty()) {
            return null;
        }
        return JsonValues.text(ancestors.get(ancestors.size() - 1), "id");
    }

    @Override
    public Set<String> pushableEqualities() {
        return Set.of("Id", "SpaceKey", "Title");
    }

    @Override
    public List<String> primaryKey() {
        return List.of("Id");
    }

    @Override
    public double estimatedRows() {
        return 10_000;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        String expand = expand(request);
        Object id = request.equalities().get("Id");
        if (id != null) {
            JsonNode page = site.get("content/" + id, Map.of("expand", expand));
            boolean isPage = page != null && "page".equals(JsonValues.text(page, "type"));
            return toRows(isPage ? List.of(page).iterator() : Collections.emptyIterator());
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type", "page");
        Object space = request.equalities().get("SpaceKey");
        if (space != null) {
            params.put("spaceKey", space.toString());
        }
        Object title = request.equalities().get("Title");
        if (title != null) {
            params.put("title", title.toString());
        }
        params.put("expand", expand);
        return toRows(site.list("content", params, request.limit(), request.cancelled()));
    }

    private static String expand(ScanRequest request) {
        StringBuilder sb = new StringBuilder("space,version,history,history.lastUpdated,history.previousVersion");
        if (request.wants("ParentId")) {
            sb.append(",ancestors");
        }
        if (request.wants("Storage")) {
            sb.append(",body.storage");
        }
        if (request.wants("AtlasDocFormat")) {
            sb.append(",body.atlas_doc_format");
        }
        return sb.toString();
    }
}
