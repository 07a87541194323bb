package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.sql.ColumnDef;
import io.quire.sql.QuireTable;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * A Confluence table whose rows are JSON objects from the site, one column per extractor.
 */
abstract class ConfluenceTable extends QuireTable {

    /** A column and how to read it from one JSON object. */
    record Col(ColumnDef def, Function<JsonNode, Object> read) {
    }

    final ConfluenceSite site;
    private final List<Col> cols;
    private final List<ColumnDef> defs;

    ConfluenceTable(ConfluenceSite site, List<Col> cols) {
        this.site = site;
        this.cols = List.copyOf(cols);
        this.defs = cols.stream().map(Col::def).toList();
    }

    @Override
    public List<ColumnDef> columns() {
        return defs;
    }

    /** Maps site objects to full rows as they are consumed. */
    Iterator<Object[]> toRows(Iterator<JsonNode> items) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Object[] next() {
                JsonNode item = items.next();
                Object[] row = new Object[cols.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = cols.get(i).read().apply(item);
                }
                return row;
            }
        };
    }
}
