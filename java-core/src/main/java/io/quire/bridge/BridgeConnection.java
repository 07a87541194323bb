package io.quire.bridge;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.log.QuireLog;
import io.quire.rest.CancelScope;
import io.quire.source.confluence.ConfluenceSchema;
import io.quire.source.confluence.ConfluenceSite;
import io.quire.sql.QuireTable;
import java.util.LinkedHashMap;
import java.util.Map;

/** One ODBC connection: its settings, the site, and the engine connection over it. */
final class BridgeConnection implements AutoCloseable {
    final ConnectionConfig config;
    final ConfluenceSite site;
    final CatalogFunctions catalog;
    final QuireLog log;
    private final ConfluenceSchema schema;
    private final Map<String, QuireTable> systemTables;
    private EngineSession engine;
    private boolean closed;

    private BridgeConnection(ConnectionConfig config, QuireLog log, ConfluenceSite site, ConfluenceSchema schema,
                             Map<String, QuireTable> systemTables, CatalogFunctions catalog) {
        this.config = config;
        this.log = log;
        this.site = site;
        this.schema = schema;
        this.systemTables = systemTables;
        this.catalog = catalog;
    }

    /** Whether a statement has started the engine yet. */
    synchronized boolean engineStarted() {
        return engine != null;
    }

    /** The connection's SQL engine, started at the first statement that needs it. */
    synchronized EngineSession engine() {
        if (closed) {
            throw new QuireException(SqlState.CONNECTION_NOT_OPEN, "The connection is closed.");
        }
        if (engine == null) {
            engine = EngineSession.open(ConfluenceSchema.NAME, schema, systemTables, catalog);
        }
        return engine;
    }

    /**
     * Signs in and checks the site, all bounded by the login timeout (identity-provider round
     * trips and Okta Verify push polling included): on expiry every call in flight is cancelled
     * on this thread, nothing keeps running, and the caller gets HYT00.
     */
    static BridgeConnection open(ConnectionConfig config, QuireLog log, int loginTimeoutSeconds) {
        CancelScope login = new CancelScope();
        ConfluenceSite site;
        try {
            site = login.run(loginTimeoutSeconds, () -> {
                ConfluenceSite s = ConfluenceSite.open(config, log);
                try {
                    s.verify();
                    return s;
                } catch (RuntimeException e) {
                    s.close();
                    throw e;
                }
            });
        } catch (RuntimeException e) {
            if (login.isTimedOut()) {
                throw new QuireException(SqlState.TIMEOUT, 0, "Login timeout expired (" + loginTimeoutSeconds
                        + " s, SQL_ATTR_LOGIN_TIMEOUT) while signing in and checking the site.", e);
            }
            throw e;
        }
        try {
            ConfluenceSchema schema = new ConfluenceSchema(site);
            // BrowsableSchemas/Tables/Views: what is left out is neither listed nor queryable
            schema.retainOnly(TableSelection.from(config, ConfluenceSchema.NAME).apply(schema.quireTables()).keySet());
            Map<String, QuireTable> all = new LinkedHashMap<>(schema.quireTables());
            Map<String, QuireTable> system = SystemTables.forSchema(ConfluenceSchema.NAME, schema.quireTables(), config);
            all.putAll(system);
            log.info("Connected");
            return new BridgeConnection(config, log, site, schema, system, new CatalogFunctions(ConfluenceSchema.NAME, all));
        } catch (RuntimeException e) {
            site.close();
            throw e;
        }
    }

    /** The user name the connection signs in with ({fn USER()}, SQL_USER_NAME); empty when the scheme has none. */
    String userName() {
        String u = config.get(ConnectionProperties.USER);
        return u == null ? "" : u;
    }

    /** What the connection's stored procedures run with. */
    io.quire.proc.ProcedureContext procedureContext() {
        return new io.quire.proc.ProcedureContext(config, site.authenticator(), site.signOnHttp(), log);
    }

    long maxRows() {
        return config.getInt(ConnectionProperties.MAX_ROWS);
    }

    /** Values for the SQLGetInfo types the engine owns (docs/bridge.md). */
    String info(int infoType) {
        return switch (infoType) {
            case 13 -> site.siteUrl().host(); // SQL_SERVER_NAME
            case 16 -> ""; // SQL_DATABASE_NAME: no catalogs
            case 17 -> "Confluence"; // SQL_DBMS_NAME
            case 18 -> "01.00.0000"; // SQL_DBMS_VER
            case 47 -> userName(); // SQL_USER_NAME
            default -> null;
        };
    }

    @Override
    public void close() {
        EngineSession e;
        synchronized (this) {
            closed = true;
            e = engine;
            engine = null;
        }
        try {
            if (e != null) {
                e.close();
            }
        } finally {
            site.close();
        }
    }
}
