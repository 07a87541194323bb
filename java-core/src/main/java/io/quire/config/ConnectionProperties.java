package io.quire.config;

import static io.quire.config.PropertyType.BOOLEAN;
import static io.quire.config.PropertyType.ENUM;
import static io.quire.config.PropertyType.INTEGER;
import static io.quire.config.PropertyType.NUMBER;
import static io.quire.config.PropertyType.STRING;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one list of connection properties. Names follow the established commercial drivers so
 * connection strings move over unchanged. Add a property here and the parser, the DSN dialog
 * and the documentation pick it up.
 */
public final class ConnectionProperties {

    private static final List<ConnectionProperty> ALL = new ArrayList<>();
    private static final Map<String, ConnectionProperty> BY_NAME = new LinkedHashMap<>();

    // ODBC driver-manager keys: accepted so DSN sections and connection strings parse, read
    // by the native layer (DSN, Driver, JvmPath) or informational.
    public static final ConnectionProperty DSN = add("DSN", STRING, null, false, "ODBC",
            "Name of the data source whose settings are used under the explicit ones.");
    public static final ConnectionProperty DRIVER = add("Driver", STRING, null, false, "ODBC",
            "Driver name or library path, read by the driver manager.");
    public static final ConnectionProperty DESCRIPTION = add("Description", STRING, null, false, "ODBC",
            "Free text describing the data source.");
    public static final ConnectionProperty JVM_PATH = add("JvmPath", STRING, null, false, "ODBC",
            "Java runtime (a Java home or its libjvm) the native driver starts; read before Java runs.");

    public static final ConnectionProperty URL = add("Url", STRING, null, false, "Connection",
            "Address of the Confluence site, e.g. https://yoursite.atlassian.net or https://wiki.example.com.");
    public static final ConnectionProperty DEPLOYMENT = addEnum("DeploymentType", "Auto",
            List.of("Auto", "Cloud", "DataCenter"), "Connection",
            "Cloud or Data Center API paths; Auto decides from Url (.atlassian.net or a /wiki path means Cloud).");
    public static final ConnectionProperty AUTH_SCHEME = addEnum("AuthScheme", "Basic",
            List.of("Basic", "PAT"), "Authentication",
            "How to log in: Basic (User with APIToken on Cloud or Password on Data Center) or PAT (a Data Center personal access token).");
    public static final ConnectionProperty USER = add("User", STRING, null, false, "Authentication",
            "User name (Data Center) or account e-mail (Cloud).", "UID", "Username");
    public static final ConnectionProperty PASSWORD = add("Password", STRING, null, true, "Authentication",
            "Password of User (Data Center and Server).", "PWD");
    public static final ConnectionProperty API_TOKEN = add("APIToken", STRING, null, true, "Authentication",
            "Atlassian Cloud API token of User.");
    public static final ConnectionProperty PAT = add("PAT", STRING, null, true, "Authentication",
            "Data Center personal access token, sent as a Bearer token.", "PersonalAccessToken");

    public static final ConnectionProperty TIMEOUT = add("Timeout", INTEGER, "60", false, "Connection",
            "Seconds to wait for a response from the site before the operation fails (0 waits forever).");
    public static final ConnectionProperty PAGESIZE = add("Pagesize", INTEGER, "100", false, "Performance",
            "Results asked for per request when paging through the site.");
    public static final ConnectionProperty MAX_ROWS = add("MaxRows", INTEGER, "-1", false, "Performance",
            "Upper bound on rows a query returns; -1 means no bound.");
    public static final ConnectionProperty RETRY_COUNT = add("RetryCount", INTEGER, "4", false, "Connection",
            "How many times a request the site rejects with 429 or 503 is retried (honouring Retry-After, else with "
                    + "capped exponential backoff and jitter).");
    public static final ConnectionProperty MAX_THREADS = add("MaxThreads", INTEGER, "4", false, "Performance",
            "Most pages of one result read from the site at the same time (read-ahead while the application fetches); 1 reads one page at a time.");
    public static final ConnectionProperty RATE_LIMIT = add("RateLimit", NUMBER, "0", false, "Performance",
            "Most requests per second sent to the site (e.g. 1 or 0.5 for a Data Center per-user limit); 0 means no cap.");
    public static final ConnectionProperty TIMEZONE = add("Timezone", STRING, "UTC", false, "Data",
            "Time zone in which date-times are presented and date-time literals are read, e.g. UTC or America/New_York.");
    public static final ConnectionProperty INCLUDE_ARCHIVED_SPACES = add("IncludeArchivedSpaces", BOOLEAN, "false", false,
            "Data", "Whether Spaces lists archived spaces too (by default only current ones).");

    public static final ConnectionProperty LOGFILE = add("Logfile", STRING, null, false, "Logging",
            "File that receives the driver's log; secrets are never written.");
    public static final ConnectionProperty VERBOSITY = add("Verbosity", INTEGER, "1", false, "Logging",
            "Log detail from 1 (errors and connections) to 5 (every request).");

    private ConnectionProperties() {
    }

    private static ConnectionProperty add(String name, PropertyType type, String def, boolean secret,
                                          String category, String description, String... aliases) {
        return register(new ConnectionProperty(name, type, def, List.of(), secret, category, description,
                List.of(aliases)));
    }

    private static ConnectionProperty addEnum(String name, String def, List<String> allowed, String category,
                                              String description) {
        return register(new ConnectionProperty(name, ENUM, def, allowed, false, category, description, List.of()));
    }

    private static ConnectionProperty register(ConnectionProperty p) {
        ALL.add(p);
        put(p.name(), p);
        for (String alias : p.aliases()) {
            put(alias, p);
        }
        return p;
    }

    private static void put(String key, ConnectionProperty p) {
        if (BY_NAME.putIfAbsent(key.toLowerCase(Locale.ROOT), p) != null) {
            throw new IllegalStateException("duplicate connection property name " + key);
        }
    }

    /** Every property, in declaration order. */
    public static List<ConnectionProperty> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The property a key names (case-insensitive, aliases included), or null. */
    public static ConnectionProperty lookup(String key) {
        return BY_NAME.get(key.trim().toLowerCase(Locale.ROOT));
    }

    /** The known property whose name is closest to key, for "did you mean" hints; may be null. */
    public static ConnectionProperty closest(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        ConnectionProperty best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Map.Entry<String, ConnectionProperty> e : BY_NAME.entrySet()) {
            int d = EditDistance.between(k, e.getKey());
            if (d < bestDistance) {
                bestDistance = d;
                best = e.getValue();
            }
        }
        return bestDistance <= Math.max(2, k.length() / 3) ? best : null;
    }
}
