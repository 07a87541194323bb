package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.sql.ForeignKey;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Comments (footer and inline, on pages and blog posts) from a CQL search for
 * {@code type = comment}; PageComments is the same view of the comments on pages, keyed by
 * PageId. A container filter becomes {@code container = <id>}.
 */
final class ConfluenceCommentsTable extends ConfluenceTable {
    private static final CqlBuilder CQL = ContentColumns.commonCql()
            .field("ContainerId", "container", CqlBuilder.Kind.NUMBER)
            .field("PageId", "container", CqlBuilder.Kind.NUMBER);

    private final boolean pagesOnly;
    private final Pushdown pushdown;

    private ConfluenceCommentsTable(ConfluenceSite site, boolean pagesOnly) {
        super(site, columns(site.zone(), pagesOnly));
        this.pagesOnly = pagesOnly;
        this.pushdown = ContentColumns.commonPushdown()
                .exact("Id", Op.EQ, Op.NE, Op.IN, Op.NOT_IN)
                .exact(pagesOnly ? "PageId" : "ContainerId", Op.EQ, Op.IN);
    }

    static ConfluenceCommentsTable comments(ConfluenceSite site) {
        return new ConfluenceCommentsTable(site, false);
    }

    static ConfluenceCommentsTable pageComments(ConfluenceSite site) {
        return new ConfluenceCommentsTable(site, true);
    }

    private static List<Col> columns(ZoneId z, boolean pagesOnly) {
        List<Col> c = new ArrayList<>();
        if (pagesOnly) {
            c.add(ContentColumns.containerId("PageId"));
        }
        c.add(ContentColumns.id("Id", "comment"));
        c.add(ContentColumns.title("comment"));
        c.add(ContentColumns.status());
        c.add(ContentColumns.excerpt());
        c.add(ContentColumns.storage("StorageBody"));
        c.add(ContentColumns.atlasDoc("AtlasDocFormatBody"));
        if (!pagesOnly) {
            c.add(ContentColumns.containerId("ContainerId"));
            c.add(new Col(text("ContainerType", 50, "page or blogpost."), j -> JsonValues.text(j, "container", "type")));
        }
        c.add(new Col(text("ParentCommentId", 255, "Id of the comment this one replies to; NULL for a top-level comment."),
                ConfluenceCommentsTable::parentComment));
        c.add(new Col(text("Location", 50, "footer or inline."), j -> JsonValues.text(j, "extensions", "location")));
        c.add(new Col(text("Resolution", 50, "Inline comments: open or resolved."),
                j -> JsonValues.text(j, "extensions", "resolution", "status")));
        c.add(ContentColumns.spaceKey());
        c.add(ContentColumns.createdDate(z));
        c.add(ContentColumns.createdBy());
        c.add(ContentColumns.lastUpdated(z));
        c.add(ContentColumns.versionNumber());
        c.add(ContentColumns.cql());
        return c;
    }

    /** The nearest comment among the ancestors (the reply's parent). */
    private static Object parentComment(JsonNode j) {
        JsonNode ancestors = JsonValues.at(j, "ancestors");
        if (ancestors == null || !ancestors.isArray()) {
            return null;
        }
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if ("comment".equals(JsonValues.text(ancestors.get(i), "type"))) {
                return JsonValues.text(ancestors.get(i), "id");
            }
        }
        return null;
    }

    @Override
    public Pushdown pushdown() {
        return pushdown;
    }

    @Override
    public List<String> primaryKey() {
        return List.of("Id");
    }

    @Override
    public List<ForeignKey> foreignKeys() {
        return pagesOnly ? List.of(new ForeignKey("PageId", "Pages", "Id")) : List.of();
    }

    @Override
    public double estimatedRows() {
        return 20_000;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        StringBuilder expand = new StringBuilder("container,space,history,version,ancestors,extensions.resolution");
        if (request.wants("StorageBody")) {
            expand.append(",body.storage");
        }
        if (request.wants("AtlasDocFormatBody")) {
            expand.append(",body.atlas_doc_format");
        }
        String cql = ContentSearch.cql("comment", CQL, request);
        Object raw = request.equalTo("CQL");
        Iterator<JsonNode> items = ContentSearch.run(site, cql, expand.toString(), request, pagesOnly);
        if (raw == null && !pagesOnly) {
            return toRows(request, items);
        }
        Set<String> containers = pagesOnly ? Set.of("page") : Set.of("page", "blogpost");
        return toRows(request, new TypeFilter(items, j -> "comment".equals(JsonValues.text(j, "type"))
                && containers.contains(JsonValues.text(j, "container", "type")), raw == null ? null : raw.toString()));
    }
}
