package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;

/** Attachments of pages and blog posts, from a CQL search for {@code type = attachment}. */
final class ConfluenceAttachmentsTable extends ConfluenceTable {
    private static final CqlBuilder CQL = ContentColumns.commonCql()
            .field("ContainerId", "container", CqlBuilder.Kind.NUMBER);
    private static final Pushdown PUSHDOWN = ContentColumns.commonPushdown()
            // Id is not pushed: CQL's id of an attachment is not the att-prefixed id the API shows
            .exact("ContainerId", Op.EQ, Op.IN)
            .loose("Title", Op.EQ, Op.NE, Op.IN, Op.LIKE);

    ConfluenceAttachmentsTable(ConfluenceSite site) {
        super(site, List.of(
                ContentColumns.id("Id", "attachment (att...)"),
                ContentColumns.title("attachment (its file name)"),
                new Col(text("MediaType", 255, "MIME type, e.g. image/png."), j -> JsonValues.text(j, "extensions", "mediaType")),
                new Col(of("FileSize", SqlTypeName.BIGINT, "Size in bytes."), j -> JsonValues.int64(j, "extensions", "fileSize")),
                new Col(text("Comment", 2000, "The comment given when the file was uploaded."),
                        j -> JsonValues.text(j, "extensions", "comment")),
                new Col(text("DownloadLink", 2000, "Web address that downloads the file."), j -> site.web(j, "_links", "download")),
                ContentColumns.containerId("ContainerId"),
                new Col(text("ContainerType", 50, "page or blogpost."), j -> JsonValues.text(j, "container", "type")),
                ContentColumns.spaceKey(),
                ContentColumns.createdDate(site.zone()),
                ContentColumns.createdBy(),
                ContentColumns.lastUpdated(site.zone()),
                ContentColumns.versionNumber(),
                ContentColumns.cql()));
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
        return 20_000;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        String expand = "container,space,history,version";
        Object raw = request.equalTo("CQL");
        Iterator<JsonNode> items = ContentSearch.run(site, ContentSearch.cql("attachment", CQL, request), expand, request);
        return toRows(request, raw == null ? items : TypeFilter.ofType(items, "attachment", raw.toString()));
    }
}
