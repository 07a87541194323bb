package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sys_* tables through SQL agree with the catalog functions and never show a secret. */
class SystemTablesIT {
    private static FakeSite site;
    private static long conn;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
        conn = FakeSite.connect("Url=" + site.dcUrl() + ";User=demo;Password=demo-password;Timeout=33");
    }

    @AfterAll
    static void stop() throws Exception {
        Bridge.disconnect(conn);
        site.close();
    }

    private static List<Object> first(List<Object[]> rows) {
        return rows.stream().map(r -> r[0]).toList();
    }

    @Test
    void sysTablesListsWhatSqlTablesLists() throws Exception {
        List<Object> viaSql = first(FakeSite.query(conn, "SELECT TableName FROM sys_tables WHERE TableType = 'TABLE' ORDER BY TableName"));
        List<Object[]> viaCatalog = FakeSite.catalog(conn, CatalogFunctions.SQL_API_SQLTABLES, null, null, null, "TABLE");
        assertEquals(viaCatalog.stream().map(r -> r[2]).sorted().toList(), viaSql.stream().sorted().toList());
        assertTrue(viaSql.contains("Pages"));
        List<Object> sys = first(FakeSite.query(conn, "SELECT TableName FROM sys_tables WHERE TableType = 'SYSTEM TABLE'"));
        assertTrue(sys.containsAll(List.of("sys_tables", "sys_tablecolumns", "sys_primarykeys", "sys_foreignkeys",
                "sys_procedures", "sys_procedureparameters", "sys_connection_props", "sys_sqlinfo")), sys.toString());
    }

    @Test
    void sysTableColumnsMatchSqlColumns() throws Exception {
        List<Object[]> viaSql = FakeSite.query(conn, "SELECT ColumnName, DataType, IsKey FROM sys_tablecolumns "
                + "WHERE TableName = 'Pages' ORDER BY Ordinal");
        List<Object[]> viaCatalog = FakeSite.catalog(conn, CatalogFunctions.SQL_API_SQLCOLUMNS, null, null, "Pages", null);
        assertEquals(viaCatalog.stream().map(r -> r[3]).toList(), first(viaSql));
        assertEquals(viaCatalog.stream().map(r -> ((Number) r[4]).intValue()).toList(),
                viaSql.stream().map(r -> ((Number) r[1]).intValue()).toList());
        assertEquals(List.of("Id"), viaSql.stream().filter(r -> List.of("true", "1").contains(String.valueOf(r[2]))).map(r -> r[0]).toList());
    }

    @Test
    void keysAgreeWithTheCatalog() throws Exception {
        List<Object[]> pk = FakeSite.query(conn, "SELECT ColumnName, KeySeq FROM sys_primarykeys WHERE TableName = 'Labels' ORDER BY KeySeq");
        assertEquals(List.of("ContentId", "Id"), first(pk));
        List<Object[]> fk = FakeSite.query(conn, "SELECT TableName, ColumnName FROM sys_foreignkeys WHERE ReferencedTableName = 'Pages'");
        List<Object[]> viaCatalog = FakeSite.catalog(conn, CatalogFunctions.SQL_API_SQLFOREIGNKEYS, null, null, "Pages", null, null, null);
        assertEquals(viaCatalog.size(), fk.size());
    }

    @Test
    void connectionPropsShowValuesButNeverSecrets() throws Exception {
        List<Object[]> rows = FakeSite.query(conn, "SELECT Name, Value, Sensitivity FROM sys_connection_props");
        Object[] timeout = rows.stream().filter(r -> "Timeout".equals(r[0])).findFirst().orElseThrow();
        assertEquals("33", timeout[1]);
        Object[] password = rows.stream().filter(r -> "Password".equals(r[0])).findFirst().orElseThrow();
        assertEquals("(set)", password[1]);
        assertEquals("PASSWORD", password[2]);
        assertFalse(rows.stream().anyMatch(r -> "demo-password".equals(r[1])));
    }

    @Test
    void sqlInfoDescribesTheDialect() throws Exception {
        List<Object[]> rows = FakeSite.query(conn, "SELECT \"VALUE\" FROM sys_sqlinfo WHERE NAME = 'IDENTIFIER_QUOTE_OPEN_CHAR'");
        assertEquals(List.of("\""), first(rows));
    }
}
