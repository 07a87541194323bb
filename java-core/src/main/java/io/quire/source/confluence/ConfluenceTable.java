package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.sql.ColumnDef;
import io.quire.sql.QuireTable;
import io.quire.sql.ScanRequest;
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

    /**
     * Maps site objects to full-width rows as they are consumed, reading only the columns the
     * request uses (the others stay null: the scan projects them away). Reading every column of
     * a wide table such as Pages for every row was most of the driver's per-row cost.
     */
    Iterator<Object[]> toRows(ScanRequest request, Iterator<JsonNode> items) {
        int[] wanted = java.util.stream.IntStream.range(0, cols.size())
                .filter(i -> request.wants(defs.get(i).name())).toArray();
        @SuppressWarnings("unchecked")
        Function<JsonNode, Object>[] readers = new Function[wanted.length];
        for (int k = 0; k < wanted.length; k++) {
            readers[k] = cols.get(wanted[k]).read();
        }
        return new Rows(items, cols.size(), wanted, readers);
    }

    /** The rows of a scan; closing it closes the source (pages in flight are cancelled). */
    private static final class Rows implements Iterator<Object[]>, AutoCloseable {
        private final Iterator<JsonNode> items;
        private final int width;
        private final int[] wanted;
        private final Function<JsonNode, Object>[] readers;

        Rows(Iterator<JsonNode> items, int width, int[] wanted, Function<JsonNode, Object>[] readers) {
            this.items = items;
            this.width = width;
            this.wanted = wanted;
            this.readers = readers;
        }

        @Override
        public boolean hasNext() {
            return items.hasNext();
        }

        @Override
        public Object[] next() {
            JsonNode item = items.next();
            Object[] row = new Object[width];
            for (int k = 0; k < wanted.length; k++) {
                row[wanted[k]] = readers[k].apply(item);
            }
            return row;
        }

        @Override
        public void close() throws Exception {
            if (items instanceof AutoCloseable c) {
                c.close();
            }
        }
    }
}
