package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.sql.ForeignKey;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contributors: everyone who published a version of one piece of content
 * ({@code content/{id}/history?expand=contributors.publishers}). There is no listing of
 * contributors across content, so like Labels the view needs {@code ContentId = ...} (or IN)
 * and refuses a scan without it; content that does not exist has no contributors.
 */
final class ConfluenceContributorsTable extends ConfluenceTable {
    private static final String CONTENT_FIELD = "__quire_content_id";
    private static final Pushdown PUSHDOWN = new Pushdown().exact("ContentId", Op.EQ, Op.IN);

    ConfluenceContributorsTable(ConfluenceSite site) {
        super(site, cols());
    }

    private static List<Col> cols() {
        List<Col> c = new ArrayList<>();
        c.add(new Col(text("ContentId", 255, "Id of the page, blog post, comment or attachment (required in WHERE)."),
                j -> JsonValues.text(j, CONTENT_FIELD)));
        c.addAll(PersonColumns.all());
        return c;
    }

    @Override
    public Pushdown pushdown() {
        return PUSHDOWN;
    }

    @Override
    public List<String> primaryKey() {
        return List.of("ContentId", "AccountId");
    }

    @Override
    public List<ForeignKey> foreignKeys() {
        return List.of(new ForeignKey("AccountId", "Users", "AccountId"));
    }

    @Override
    public String requiredKey() {
        return "ContentId";
    }

    @Override
    public double estimatedRows() {
        return 20;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        Set<String> ids = request.allowedValues("ContentId");
        if (ids == null) {
            throw new QuireException(SqlState.SYNTAX_OR_ACCESS, "Contributors needs the content it lists: add "
                    + "WHERE ContentId = '<page or blog post id>' (or ContentId IN (...)).");
        }
        return toRows(request, SiteReads.flatMap(ids.iterator(), this::publishers));
    }

    /** The publishers of one piece of content, each tagged with its id. */
    private Iterator<JsonNode> publishers(String contentId) {
        JsonNode history = SiteReads.getOrNull(site, "content/" + contentId + "/history",
                Map.of("expand", "contributors.publishers"));
        JsonNode pub = JsonValues.at(history, "contributors", "publishers");
        if (pub == null) {
            return Collections.emptyIterator();
        }
        List<JsonNode> out = new ArrayList<>();
        JsonNode users = pub.path("users");
        if (users.isArray() && !users.isEmpty()) {
            users.forEach(u -> out.add(SiteReads.tagged(u, CONTENT_FIELD, contentId)));
            return out.iterator();
        }
        // Only ids when the site did not expand the users.
        for (String field : new String[] {"userAccountIds", "userKeys"}) {
            pub.path(field).forEach(id -> out.add(SiteReads.tagged(JsonNodeFactory.instance.objectNode()
                    .put(field.equals("userKeys") ? "userKey" : "accountId", id.asText()), CONTENT_FIELD, contentId)));
        }
        return out.iterator();
    }
}
