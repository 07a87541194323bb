package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels of one piece of content ({@code GET content/{id}/label}). The site has no listing of
 * every label on every content, so a scan without {@code ContentId = ...} (or IN) is refused
 * with an error that names the filter, rather than answered with nothing.
 */
final class ConfluenceLabelsTable extends ConfluenceTable {
    private static final String CONTENT_FIELD = "__quire_content_id";
    private static final Pushdown PUSHDOWN = new Pushdown().exact("ContentId", Op.EQ, Op.IN);

    ConfluenceLabelsTable(ConfluenceSite site) {
        super(site, List.of(
                new Col(text("ContentId", 255, "Id of the page, blog post or attachment (required in WHERE)."),
                        j -> JsonValues.text(j, CONTENT_FIELD)),
                new Col(text("Id", 255, "Label id."), j -> JsonValues.text(j, "id")),
                new Col(text("Name", 255, "Label name."), j -> JsonValues.text(j, "name")),
                new Col(text("Prefix", 50, "global, my or team."), j -> JsonValues.text(j, "prefix")),
                new Col(text("Label", 255, "The label as shown, with its prefix when it is not global."),
                        j -> JsonValues.text(j, "label"))));
    }

    @Override
    public Pushdown pushdown() {
        return PUSHDOWN;
    }

    @Override
    public List<String> primaryKey() {
        return List.of("ContentId", "Id");
    }

    @Override
    public String requiredKey() {
        return "ContentId";
    }

    @Override
    public double estimatedRows() {
        return 50;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        Set<String> ids = request.allowedValues("ContentId");
        if (ids == null) {
            throw new QuireException(SqlState.SYNTAX_OR_ACCESS, "Labels needs the content it lists: add "
                    + "WHERE ContentId = '<page, blog post or attachment id>' (or ContentId IN (...)).");
        }
        Iterator<String> each = ids.iterator();
        return toRows(request, new Iterator<>() {
            private Iterator<JsonNode> current = Collections.emptyIterator();
            private String contentId;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && each.hasNext()) {
                    contentId = each.next();
                    current = site.listUnder("content/" + contentId + "/label", Map.of(), -1, request.cancelled());
                }
                return current.hasNext();
            }

            @Override
            public JsonNode next() {
                hasNext();
                JsonNode j = current.next();
                if (j instanceof ObjectNode o) {
                    o.put(CONTENT_FIELD, contentId);
                }
                return j;
            }
        });
    }
}
