package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.longText;
import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;
import static io.quire.source.confluence.JsonValues.bool;
import static io.quire.source.confluence.JsonValues.int64;
import static io.quire.source.confluence.JsonValues.integer;

import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.type.SqlTypeName;

/** Spaces: one row per space the user can see ({@code GET /rest/api/space}). */
final class ConfluenceSpacesTable extends ConfluenceTable {
    private static final Pushdown PUSHDOWN = new Pushdown().exact("Key", Op.EQ, Op.IN).exact("Type", Op.EQ);

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
     * only with IncludeArchivedSpaces.
     */
    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        Set<String> keys = request.allowedValues("Key");
        if (keys != null) {
            if (keys.isEmpty()) {
                return java.util.Collections.emptyIterator();
            }
            params.put("spaceKey", keys);
        }
        Object type = request.equalTo("Type");
        if (type != null) {
            params.put("type", type.toString());
        }
        if (!site.includeArchivedSpaces()) {
            params.put("status", "current");
        }
        params.put("expand", "description.plain,icon,history");
        return toRows(site.list("space", params, request.limit(), request.cancelled()));
    }
}
