package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.sql.ForeignKey;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The page tree as two views. PageAncestors: one row per (page, ancestor), from the page's
 * {@code ancestors} (root first). PageChildren: one row per (parent, child page). With the key
 * column given (PageId, ParentId) only those pages are read ({@code content/{id}?expand=ancestors},
 * {@code content/{id}/child/page}); otherwise one pass over the page listing, optionally by space.
 */
final class ConfluencePageTreeTable extends ConfluenceTable {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final boolean ancestors;
    private final String key;

    private ConfluencePageTreeTable(ConfluenceSite site, boolean ancestors) {
        super(site, ancestors ? List.of(
                new Col(text("PageId", 255, "Id of the page."), j -> JsonValues.text(j, "page", "id")),
                new Col(text("AncestorId", 255, "Id of one of its ancestor pages."), j -> JsonValues.text(j, "rel", "id")),
                new Col(text("AncestorTitle", 255, "Title of that ancestor."), j -> JsonValues.text(j, "rel", "title")),
                new Col(of("Depth", SqlTypeName.INTEGER, "1 for the root of the page's tree, counting down to its parent."),
                        j -> JsonValues.integer(j, "depth")),
                new Col(text("SpaceKey", 255, "Key of the page's space."), j -> JsonValues.text(j, "page", "space", "key")))
                : List.of(
                new Col(text("ParentId", 255, "Id of the parent page."), j -> JsonValues.text(j, "parent")),
                new Col(text("Id", 255, "Id of the child page."), j -> JsonValues.text(j, "page", "id")),
                new Col(text("Title", 255, "Title of the child page."), j -> JsonValues.text(j, "page", "title")),
                new Col(text("SpaceKey", 255, "Key of the space."), j -> JsonValues.text(j, "page", "space", "key"))));
        this.ancestors = ancestors;
        this.key = ancestors ? "PageId" : "ParentId";
    }

    static ConfluencePageTreeTable ancestors(ConfluenceSite site) {
        return new ConfluencePageTreeTable(site, true);
    }

    static ConfluencePageTreeTable children(ConfluenceSite site) {
        return new ConfluencePageTreeTable(site, false);
    }

    @Override
    public Pushdown pushdown() {
        return new Pushdown().exact(key, Op.EQ, Op.IN).exact("SpaceKey", Op.EQ);
    }

    @Override
    public List<String> primaryKey() {
        return ancestors ? List.of("PageId", "AncestorId") : List.of("Id");
    }

    @Override
    public List<ForeignKey> foreignKeys() {
        return ancestors
                ? List.of(new ForeignKey("PageId", "Pages", "Id"), new ForeignKey("AncestorId", "Pages", "Id"))
                : List.of(new ForeignKey("ParentId", "Pages", "Id"), new ForeignKey("Id", "Pages", "Id"));
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        Set<String> keys = request.allowedValues(key);
        if (keys != null) {
            return toRows(request, new Flattener(keys.iterator(), request));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("type", "page");
        Object space = request.equalTo("SpaceKey");
        if (space != null) {
            params.put("spaceKey", space.toString());
        }
        params.put("expand", "space,ancestors");
        Iterator<JsonNode> pages = site.list("content", params, -1, request.cancelled());
        return toRows(request, new Flattener(pages, request));
    }

    /** Turns pages (or key values to read) into one synthetic node per output row. */
    private final class Flattener implements Iterator<JsonNode> {
        private final Iterator<?> source;
        private final ScanRequest request;
        private final ArrayDeque<JsonNode> out = new ArrayDeque<>();

        Flattener(Iterator<?> source, ScanRequest request) {
            this.source = source;
            this.request = request;
        }

        @Override
        public boolean hasNext() {
            while (out.isEmpty() && source.hasNext()) {
                Object next = source.next();
                if (next instanceof JsonNode page) {
                    expand(page);
                } else {
                    read(next.toString());
                }
            }
            return !out.isEmpty();
        }

        /** One page of the listing: its ancestors, or itself as its parent's child. */
        private void expand(JsonNode page) {
            JsonNode anc = page.path("ancestors");
            if (ancestors) {
                for (int i = 0; i < anc.size(); i++) {
                    out.add(row(page, anc.get(i), i + 1, null));
                }
            } else if (!anc.isEmpty()) {
                out.add(row(page, null, 0, JsonValues.text(anc.get(anc.size() - 1), "id")));
            }
        }

        /** A key value: that page's ancestors, or that parent's children. */
        private void read(String id) {
            if (ancestors) {
                JsonNode page = site.get("content/" + id, Map.of("expand", "space,ancestors"));
                if (page != null && "page".equals(JsonValues.text(page, "type"))) {
                    expand(page);
                }
                return;
            }
            Iterator<JsonNode> kids = site.listUnder("content/" + id + "/child/page", Map.of("expand", "space"), -1,
                    request.cancelled());
            kids.forEachRemaining(k -> out.add(row(k, null, 0, id)));
        }

        private JsonNode row(JsonNode page, JsonNode rel, int depth, String parent) {
            ObjectNode r = NODES.objectNode();
            r.set("page", page);
            if (rel != null) {
                r.set("rel", rel);
                r.put("depth", depth);
            }
            if (parent != null) {
                r.put("parent", parent);
            }
            return r;
        }

        @Override
        public JsonNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return out.removeFirst();
        }
    }
}
