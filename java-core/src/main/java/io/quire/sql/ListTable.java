package io.quire.sql;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/** A table whose rows the driver knows itself (the sys_* tables): computed when scanned. */
public final class ListTable extends QuireTable {
    private final List<ColumnDef> columns;
    private final Supplier<List<Object[]>> rows;
    private final List<String> primaryKey;

    public ListTable(List<ColumnDef> columns, List<String> primaryKey, Supplier<List<Object[]>> rows) {
        this.columns = List.copyOf(columns);
        this.primaryKey = List.copyOf(primaryKey);
        this.rows = rows;
    }

    @Override
    public List<ColumnDef> columns() {
        return columns;
    }

    @Override
    public List<String> primaryKey() {
        return primaryKey;
    }

    @Override
    public String tableType() {
        return "SYSTEM TABLE";
    }

    @Override
    public double estimatedRows() {
        return 100;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        return rows.get().iterator();
    }
}
