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
import io.quire.rest.Deployment;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
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
 * Pages and Blogposts: content of one type. Where the query lets it, rows come from the
 * cheapest request: {@code GET content/{id}} for an Id, the {@code content} listing for space
 * and title equalities, and a CQL search ({@code content/search}) for everything else the
 * site can filter or sort by (see {@link #pushdown()}); a {@code CQL} pseudo-column takes raw
 * CQL. Bodies and ancestors are only expanded when the query uses them.
 * <p>
 * On Cloud the Id GET and the listing go to v2 ({@code /wiki/api/v2/pages/{id}}, {@code /pages}
 * with a cursor) instead, when every column the query uses is one v2 fills
 * ({@link V2ContentReads}); CQL search stays v1, which alone has it.
 */
final class ConfluencePagesTable extends ConfluenceTable {
    private final String type;
    private boolean contentsView;

    private ConfluencePagesTable(ConfluenceSite site, String type) {
        super(site, columns(site, type));
        this.type = type;
    }

    static ConfluencePagesTable pages(ConfluenceSite site) {
        return new ConfluencePagesTable(site, "page");
    }

    static ConfluencePagesTable blogposts(ConfluenceSite site) {
        return new ConfluencePagesTable(site, "blogpost");
    }

    /** PageContents: the pages with their bodies and little else. */
    static ConfluencePagesTable pageContents(ConfluenceSite site) {
        return new ConfluencePagesTable(site, "page", Set.of("Id", "Title", "SpaceKey", "Storage", "AtlasDocFormat",
                "VersionNumber", "LastUpdatedDatetime", "CQL"));
    }

    private ConfluencePagesTable(ConfluenceSite site, String type, Set<String> only) {
        super(site, columns(site, type).stream().filter(c -> only.contains(c.def().name())).toList());
        this.type = type;
        this.contentsView = true;
    }

    private static List<Col> columns(ConfluenceSite site, String type) {
        ZoneId z = site.zone();
        List<Col> cols = new java.util.ArrayList<>(List.of(
                new Col(text("Id", 255, "Content id."), j -> JsonValues.text(j, "id")),
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
                new Col(text("OwnerId", 255, "Account id of the page owner (Cloud only; NULL on Data Center)."),
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
                        j -> personId(at(j, "history", "previousVersion", "by"))),
                ContentColumns.cql()));
        if (!type.equals("page")) {
            cols.removeIf(c -> c.def().name().equals("ParentId"));
        }
        return cols;
    }

    private static Object parentId(JsonNode page) {
        JsonNode ancestors = at(page, "ancestors");
        if (ancestors == null || !ancestors.isArray() || ancestors.isEmpty()) {
            return null;
        }
        return JsonValues.text(ancestors.get(ancestors.size() - 1), "id");
    }

    private static final Pushdown PUSHDOWN = ContentColumns.commonPushdown()
            .exact("Id", Op.EQ, Op.NE, Op.IN, Op.NOT_IN)
            .loose("Title", Op.EQ, Op.NE, Op.IN, Op.LIKE)
            .exact("ParentId", Op.EQ);

    private static final CqlBuilder CQL = ContentColumns.commonCql()
            .field("ParentId", "parent", CqlBuilder.Kind.NUMBER);

    @Override
    public Pushdown pushdown() {
        return PUSHDOWN;
    }

    @Override
    public List<String> primaryKey() {
        return List.of("Id");
    }

    @Override
    public List<io.quire.sql.ForeignKey> foreignKeys() {
        if (contentsView) {
            return List.of(new io.quire.sql.ForeignKey("Id", "Pages", "Id"));
        }
        List<io.quire.sql.ForeignKey> keys = new java.util.ArrayList<>();
        keys.add(new io.quire.sql.ForeignKey("SpaceId", "Spaces", "Id"));
        if (type.equals("page")) {
            keys.add(new io.quire.sql.ForeignKey("ParentId", "Pages", "Id"));
        }
        return keys;
    }

    @Override
    public double estimatedRows() {
        return 10_000;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        String expand = expand(request);
        Object raw = request.equalTo("CQL");
        if (raw != null) {
            return toRows(request, TypeFilter.ofType(ContentSearch.run(site, raw.toString(), expand, request), type, raw.toString()));
        }
        Set<String> ids = request.allowedValues("Id");
        if (ids != null && ids.size() <= 1) {
            if (ids.isEmpty()) {
                return Collections.emptyIterator();
            }
            String id = ids.iterator().next();
            JsonNode item = V2ContentReads.serves(site, type, request) ? V2ContentReads.byId(site, type, id, request)
                    : site.get("content/" + id, expand.isEmpty() ? Map.of() : Map.of("expand", expand));
            boolean sameType = item != null && type.equals(JsonValues.text(item, "type"));
            return toRows(request, sameType ? List.of(item).iterator() : Collections.emptyIterator());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (request.sort().isEmpty() && listingCovers(request)) {
            if (V2ContentReads.serves(site, type, request)) {
                return toRows(request, V2ContentReads.list(site, type, request));
            }
            params.put("type", type);
            Object space = request.equalTo("SpaceKey");
            if (space != null) {
                params.put("spaceKey", space.toString());
            }
            Object title = request.equalTo("Title");
            if (title != null) {
                params.put("title", title.toString());
            }
            if (!expand.isEmpty()) {
                params.put("expand", expand);
            }
            return toRows(request, site.list("content", params, request.limit(), request.cancelled()));
        }
        return toRows(request, ContentSearch.run(site, ContentSearch.cql(type, CQL, request), expand, request));
    }

    /** Whether the content listing's spaceKey and title parameters say all the filter says. */
    private static boolean listingCovers(ScanRequest request) {
        if (request.filter() == null) {
            return true;
        }
        for (io.quire.sql.Condition c : request.filter().conjuncts()) {
            if (!(c instanceof io.quire.sql.Condition.Compare k && k.op() == Op.EQ
                    && (k.column().equalsIgnoreCase("SpaceKey") || k.column().equalsIgnoreCase("Title")))) {
                return false;
            }
        }
        return request.on("SpaceKey", Op.EQ).size() <= 1 && request.on("Title", Op.EQ).size() <= 1;
    }

    private static final List<String> SPACE = List.of("SpaceKey", "SpaceId", "SpaceType");
    private static final List<String> VERSION = List.of("VersionNumber", "VersionDatetime", "VersionMessage",
            "VersionUserPublicName", "VersionUserAccountId");
    private static final List<String> HISTORY = List.of("CreatedDate", "CreatedByUserPublicName", "CreatedByAccountId",
            "IsLatest", "OwnerId");
    private static final List<String> LAST_UPDATED = List.of("LastUpdatedDatetime", "LastUpdatedMessage",
            "LastUpdatedNumber", "LastUpdatedUserPublicName");
    private static final List<String> PREVIOUS = List.of("PreviousVersionNumber", "PreviousVersionDatetime",
            "PreviousVersionUserAccountId");

    /**
     * What the site expands: only what the query's columns read. Each expansion costs the site
     * (history and versions are separate lookups on Data Center) and the driver (a bigger page
     * to parse); an Id-only scan asks for none.
     */
    private String expand(ScanRequest request) {
        List<String> parts = new java.util.ArrayList<>();
        if (wantsAny(request, SPACE)) {
            parts.add("space");
        }
        if (wantsAny(request, VERSION)) {
            parts.add("version");
        }
        boolean lastUpdated = wantsAny(request, LAST_UPDATED);
        boolean previous = wantsAny(request, PREVIOUS);
        if (wantsAny(request, HISTORY) || lastUpdated || previous) {
            parts.add("history");
        }
        if (lastUpdated) {
            parts.add("history.lastUpdated");
        }
        if (previous) {
            parts.add("history.previousVersion");
        }
        if (request.wants("OwnerId") && site.deployment() == Deployment.CLOUD) {
            parts.add("history.ownedBy");   // Cloud only: Data Center pages have no owner
        }
        if (request.wants("ParentId")) {
            parts.add("ancestors");
        }
        if (request.wants("Storage")) {
            parts.add("body.storage");
        }
        if (request.wants("AtlasDocFormat")) {
            parts.add("body.atlas_doc_format");
        }
        return String.join(",", parts);
    }

    private static boolean wantsAny(ScanRequest request, List<String> columns) {
        for (String c : columns) {
            if (request.wants(c)) {
                return true;
            }
        }
        return false;
    }
}
