package io.quire.sql;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.schema.Schema;
import org.apache.calcite.schema.Table;

/**
 * Opens the SQL engine (Apache Calcite) over a source schema. Identifiers are matched
 * case-insensitively and double-quoted, as ODBC applications expect; TIMESTAMP values are
 * wall-clock values with no zone, so the engine runs in UTC and never shifts them.
 */
public final class QuireEngine {
    private static final org.apache.calcite.jdbc.Driver DRIVER =
            new org.apache.calcite.jdbc.Driver().withPrepareFactory(QuirePrepare::new);

    private QuireEngine() {
    }

    /** @param extraTables tables the driver adds to the schema (the sys_* tables) */
    public static Connection open(String schemaName, Schema schema, java.util.Map<String, ? extends Table> extraTables) {
        EngineWarmup.await();
        return openNow(schemaName, schema, extraTables);
    }

    /** The engine's Calcite connection properties. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("caseSensitive", "false");
        p.setProperty("unquotedCasing", "UNCHANGED");
        p.setProperty("quotedCasing", "UNCHANGED");
        p.setProperty("quoting", "DOUBLE_QUOTE");
        p.setProperty("conformance", "LENIENT");
        p.setProperty("timeZone", "UTC");
        return p;
    }

    static Connection openNow(String schemaName, Schema schema, java.util.Map<String, ? extends Table> extraTables) {
        try {
            // The driver class directly: DriverManager's caller checks misbehave on JNI threads.
            Connection c = DRIVER.connect("jdbc:calcite:", properties());
            CalciteConnection cc = c.unwrap(CalciteConnection.class);
            org.apache.calcite.schema.SchemaPlus sp = cc.getRootSchema().add(schemaName, schema);
            extraTables.forEach(sp::add);
            OdbcScalarFunctions.register(sp);
            cc.setSchema(schemaName);
            return c;
        } catch (SQLException e) {
            throw new QuireException(SqlState.GENERAL_ERROR, 0, "Cannot start the SQL engine: " + e.getMessage(), e);
        }
    }
}
