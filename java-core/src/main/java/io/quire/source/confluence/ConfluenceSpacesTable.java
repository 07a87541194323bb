package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.longText;
import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;
import static io.quire.source.confluence.JsonValues.bool;
import static io.quire.source.confluence.JsonValues.int64;
import static io.quire.source.confluence.JsonValues.integer;

import io.quire.rest.Deployment;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.type.SqlTypeName;

/** Spaces: one row per space the user can see ({@code GET /rest/api/space}, or v2's {@code /spaces} on Cloud). */
final class ConfluenceSpacesTable extends ConfluenceTable {
    private static final Pushdown PUSHDOWN = new Pushdown().exact("Key", Op.EQ, Op.IN).exact("Type", Op.EQ);

    /**
     * Columns v2 fills as v1 does. Not here, so read through v1: LastModified (v2 has no
     * last-modified date), Excerpt (search only) and the icon columns (v2 has no icon size or
     * default flag, and gives another path for the same icon).
     */
    private static final Set<String> V2_COLUMNS = Set.of("Id", "Key", "Name", "Type", "Url", "Status", "Alias",
            "Description", "CreatedDate");

    /** The space types v2 accepts in {@code type} (it refuses others, where v1 finds no space). */
    private static final Set<String> V2_TYPES = Set.of("global", "collaboration", "knowledge_base", "personal",
            "system", "onboarding", "xflow_sample_space");

    /** v2 takes at most this many keys in one request. */
    private static final int V2_MAX_KEYS = 250;

    ConfluenceSpacesTable(ConfluenceSite site) {
        super(site, List.of(
                new Col(of("Id", SqlTypeName.BIGINT, "Space id."), j -> int64(j, "id")),
                new Col(text("Key", 255, "Space key, e.g. ENG."), j -> JsonValues.text(j, "key")),
                new Col(text("Name", 255, "Space name."), j -> JsonValues.text(j, "name")),
                new Col(text("IconPath", 1024, "Path of the space icon."), j -> JsonValues.text(j, "icon", "path")),
                new Col(of("IconWidth", SqlTypeName.INTEGER, "Icon width in pixels."), j -> integer(j, "icon", "width")),
                new Col(of("IconHeight", SqlTypeName.INTEGER, "Icon height in pixels."), j -> integer(j, "icon", "height")),
                new Col(of("IsIconDefault", SqlTypeName.BOOLEAN, "Whether the icon is the default one."),
                        j -> bool(j, "icon", "isDefault")),
                new Col(text("Excerpt", 2000, "Search excerpt, when the space came from a search."),
                        j -> JsonValues.text(j, "excerpt")),
                new Col(text("Type", 50, "global or personal."), j -> JsonValues.text(j, "type")),
                new Col(text("Url", 2000, "Web address of the space."), j -> site.web(j, "_links", "webui")),
                new Col(of("LastModified", SqlTypeName.TIMESTAMP, "When the space was last modified."),
                        j -> JsonValues.timestamp(site.zone(), j, "history", "lastUpdated")),
                new Col(text("Status", 50, "current or archived."), j -> JsonValues.text(j, "status")),
                new Col(text("Alias", 255, "Space alias used in URLs (Cloud)."), j -> JsonValues.text(j, "alias")),
                new Col(longText("Description", "Plain-text description."),
                        j -> JsonValues.text(j, "description", "plain", "value")),
                new Col(of("CreatedDate", SqlTypeName.TIMESTAMP, "When the space was created."),
                        j -> JsonValues.timestamp(site.zone(), j, "history", "createdDate"))));
    }

    @Override
    public Pushdown pushdown() {
        return PUSHDOWN;
    }

    @Override
    public List<String> primaryKey() {
        return List.of("Id");
    }

    @Override
    public double estimatedRows() {
        return 100;
    }

    /**
     * Key = / IN become repeated spaceKey parameters, Type = the type parameter; archived spaces
     * only with IncludeArchivedSpaces. On Cloud, {@code /wiki/api/v2/spaces} instead when it gives
     * every column the query uses (see {@link #V2_COLUMNS}).
     */
    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        Set<String> keys = request.allowedValues("Key");
        if (keys != null && keys.isEmpty()) {
            return java.util.Collections.emptyIterator();
        }
        Object type = request.equalTo("Type");
        if (v2Serves(request, keys, type)) {
            return toRows(request, V2ContentReads.map(site.listV2("spaces", v2Params(request, keys, type), request.limit(),
                    request.cancelled()), V2ContentAdapter::space));
        }
        if (keys != null) {
            params.put("spaceKey", keys);
        }
        if (type != null) {
            params.put("type", type.toString());
        }
        if (!site.includeArchivedSpaces()) {
            params.put("status", "current");
        }
        params.put("expand", "description.plain,icon,history");
        return toRows(request, site.list("space", params, request.limit(), request.cancelled()));
    }

    private boolean v2Serves(ScanRequest request, Set<String> keys, Object type) {
        return site.deployment() == Deployment.CLOUD && V2_COLUMNS.containsAll(request.columns())
                && (keys == null || keys.size() <= V2_MAX_KEYS) && (type == null || V2_TYPES.contains(type.toString()));
    }

    /** keys (comma-separated, as v2 documents), type, status=current unless archived spaces are wanted. */
    private Map<String, Object> v2Params(ScanRequest request, Set<String> keys, Object type) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (keys != null) {
            params.put("keys", String.join(",", keys));
        }
        if (type != null) {
            params.put("type", type.toString());
        }
        if (!site.includeArchivedSpaces()) {
            params.put("status", "current");
        }
        if (request.wants("Description")) {
            params.put("description-format", "plain");
        }
        return params;
    }
}
