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
            List.of("Basic", "APIToken", "LDAP", "PAT", "OAuth", "OAuthClient", "Crowd", "Okta"), "Authentication",
            "How to log in: Basic (User with APIToken on Cloud or Password on Data Center; APIToken and LDAP are the "
                    + "same exchange), PAT (a Data Center personal access token), OAuth (Atlassian OAuth 2.0 or, with "
                    + "OAuthVersion=1.0, a Data Center application link; on Data Center also a bearer token from an identity "
                    + "provider in front of the site), OAuthClient (a bearer token fetched with client credentials from "
                    + "OAuthAccessTokenURL), Crowd or Okta (SAML single sign-on).");
    public static final ConnectionProperty USER = add("User", STRING, null, false, "Authentication",
            "User name (Data Center) or account e-mail (Cloud).", "UID", "Username");
    public static final ConnectionProperty PASSWORD = add("Password", STRING, null, true, "Authentication",
            "Password of User (Data Center and Server).", "PWD");
    public static final ConnectionProperty API_TOKEN = add("APIToken", STRING, null, true, "Authentication",
            "Atlassian Cloud API token of User.");
    public static final ConnectionProperty PAT = add("PAT", STRING, null, true, "Authentication",
            "Data Center personal access token, sent as a Bearer token.", "PersonalAccessToken");


    // OAuth 2.0 (three-legged, Atlassian), OAuth 1.0a (Data Center application links) and
    // bearer tokens from an external identity provider
    public static final ConnectionProperty OAUTH_VERSION = addEnum("OAuthVersion", "2.0", List.of("1.0", "2.0"),
            "OAuth", "OAuth protocol: 2.0 (Cloud and Data Center) or 1.0 (deprecated application links on Data Center, RSA-SHA1).");
    public static final ConnectionProperty INITIATE_OAUTH = addEnum("InitiateOAuth", "OFF",
            List.of("OFF", "GETANDREFRESH", "REFRESH"), "OAuth",
            "OFF uses OAuthAccessToken as given; GETANDREFRESH signs in through the browser when no token is stored "
                    + "and refreshes it; REFRESH only refreshes (or exchanges OAuthVerifier), never opens a browser.");
    public static final ConnectionProperty OAUTH_CLIENT_ID = add("OAuthClientId", STRING, null, false, "OAuth",
            "Client id of the OAuth app (for OAuth 1.0: the consumer key).");
    public static final ConnectionProperty OAUTH_CLIENT_SECRET = add("OAuthClientSecret", STRING, null, true, "OAuth",
            "Client secret of the OAuth app.");
    public static final ConnectionProperty OAUTH_ACCESS_TOKEN = add("OAuthAccessToken", STRING, null, true, "OAuth",
            "Access token: sent as a Bearer token; with InitiateOAuth it is obtained and refreshed by the driver.");
    public static final ConnectionProperty OAUTH_REFRESH_TOKEN = add("OAuthRefreshToken", STRING, null, true, "OAuth",
            "Refresh token used to get a new access token when the current one expires.");
    public static final ConnectionProperty OAUTH_VERIFIER = add("OAuthVerifier", STRING, null, true, "OAuth",
            "Authorization code obtained elsewhere (from GetOAuthAuthorizationURL's page), exchanged for tokens on connect.");
    public static final ConnectionProperty OAUTH_SETTINGS_LOCATION = add("OAuthSettingsLocation", STRING, null, false,
            "OAuth", "File where the driver keeps the OAuth tokens, encrypted (default: one file per site and client "
                    + "id under the user's configuration directory).");
    public static final ConnectionProperty CALLBACK_URL = add("CallbackURL", STRING, "http://localhost:33333", false,
            "OAuth", "Redirect URL registered with the OAuth app; for the browser sign-in the driver listens on its "
                    + "loopback port.");
    public static final ConnectionProperty SCOPE = add("Scope", STRING,
            "read:confluence-content.all read:confluence-space.summary read:confluence-user read:confluence-groups "
                    + "search:confluence offline_access", false, "OAuth",
            "OAuth scopes asked for, separated by spaces (offline_access gives a refresh token).");
    public static final ConnectionProperty CLOUD_ID = add("CloudId", STRING, null, false, "OAuth",
            "Atlassian Cloud id of the site; found from the accessible resources of the token when not set.");
    public static final ConnectionProperty OAUTH_AUTHORIZATION_URL = add("OAuthAuthorizationURL", STRING,
            "https://auth.atlassian.com/authorize", false, "OAuth",
            "Authorization endpoint of the OAuth server (OAuth 1.0: the site's authorize URL is used).");
    public static final ConnectionProperty OAUTH_ACCESS_TOKEN_URL = add("OAuthAccessTokenURL", STRING,
            "https://auth.atlassian.com/oauth/token", false, "OAuth",
            "Token endpoint: code exchange and refresh for OAuth 2.0, client credentials for AuthScheme=OAuthClient.");
    public static final ConnectionProperty OAUTH_GATEWAY_URL = add("OAuthGatewayURL", STRING,
            "https://api.atlassian.com", false, "OAuth",
            "Atlassian API gateway that OAuth 2.0 requests to Cloud sites go through (/ex/confluence/<CloudId>/...).");
    public static final ConnectionProperty CERTIFICATE_STORE = add("CertificateStore", STRING, null, true, "OAuth",
            "OAuth 1.0: the RSA private key (a PEM file path, or the PEM text) that signs requests.");
    public static final ConnectionProperty CERTIFICATE_STORE_TYPE = addEnum("CertificateStoreType", "PEMKEY_FILE",
            List.of("PEMKEY_FILE", "PEMKEY_BLOB"), "OAuth", "Whether CertificateStore is a PEM file or the PEM text.");

    // SAML single sign-on through Okta or Crowd
    public static final ConnectionProperty SSO_LOGIN_URL = add("SSOLoginURL", STRING, null, false, "SSO",
            "Identity provider's sign-on URL for the site's SAML app (Okta app embed link, Crowd sso.action).");
    public static final ConnectionProperty SSO_EXCHANGE_URL = add("SSOExchangeUrl", STRING, null, false, "SSO",
            "The site's SAML assertion consumer the SAMLResponse is posted to (e.g. <site>/plugins/servlet/samlconsumer).");
    public static final ConnectionProperty SSO_APP_NAME = add("SSOAppName", STRING, null, false, "SSO",
            "Crowd application name the driver authenticates as.");
    public static final ConnectionProperty SSO_APP_PASSWORD = add("SSOAppPassword", STRING, null, true, "SSO",
            "Crowd application password.");
    public static final ConnectionProperty SSO_PROPERTIES = add("SSOProperties", STRING, null, true, "SSO",
            "Further identity-provider settings as name=value pairs separated by ';' inside quotes or braces "
                    + "(e.g. MFAType, MFAPassCode, APIToken); a top-level property of the same name wins.");
    public static final ConnectionProperty MFA_TYPE = addEnum("MFAType", "OktaVerify",
            List.of("OktaVerify", "Email", "SMS"), "SSO",
            "Okta factor to use when the sign-on asks for a second factor (OktaVerify: push, or its code in MFAPassCode).");
    public static final ConnectionProperty MFA_PASS_CODE = add("MFAPassCode", STRING, null, true, "SSO",
            "One-time code of the second factor; when empty the driver sends the challenge and asks to reconnect with the code.");
    public static final ConnectionProperty MFA_REMEMBER_DEVICE = add("MFARememberDevice", BOOLEAN, "true", false,
            "SSO", "Let Okta remember this device after a second factor, so later sign-ons skip it.");

    // HTTP: headers and cookies for SSO front ends, proxy, TLS
    public static final ConnectionProperty CUSTOM_HEADERS = add("CustomHeaders", STRING, null, true, "HTTP",
            "Headers added to every request, as 'Name: value' lines (separated by line breaks or '|').");
    public static final ConnectionProperty COOKIES = add("Cookies", STRING, null, true, "HTTP",
            "Cookies sent with every request to the site, as 'name=value' pairs separated by '; '.");
    public static final ConnectionProperty PROXY_AUTO_DETECT = add("ProxyAutoDetect", BOOLEAN, "false", false, "Proxy",
            "Use the proxy of the environment (https_proxy/http_proxy, no_proxy) when ProxyServer is not set.");
    public static final ConnectionProperty PROXY_SERVER = add("ProxyServer", STRING, null, false, "Proxy",
            "Host name or address of an HTTP proxy every request goes through.");
    public static final ConnectionProperty PROXY_PORT = add("ProxyPort", INTEGER, "80", false, "Proxy",
            "Port of ProxyServer.");
    public static final ConnectionProperty PROXY_AUTH_SCHEME = addEnum("ProxyAuthScheme", "BASIC",
            List.of("BASIC", "DIGEST", "NTLM", "NONE"), "Proxy", "How the driver authenticates to the proxy when "
                    + "ProxyUser is set: BASIC, DIGEST (MD5 or SHA-256), or NONE; NTLM is refused with a clear error (use "
                    + "a local NTLM-relaying proxy).");
    public static final ConnectionProperty PROXY_USER = add("ProxyUser", STRING, null, false, "Proxy",
            "User name for the proxy.");
    public static final ConnectionProperty PROXY_PASSWORD = add("ProxyPassword", STRING, null, true, "Proxy",
            "Password for the proxy.");
    public static final ConnectionProperty PROXY_EXCEPTIONS = add("ProxyExceptions", STRING, null, false, "Proxy",
            "Hosts reached directly, not through the proxy, separated by ';' or ','.");
    public static final ConnectionProperty SSL_SERVER_CERT = add("SSLServerCert", STRING, null, false, "TLS",
            "Certificate (or CA) to trust for the site, as a PEM file path or PEM text; '*' trusts any certificate "
                    + "(testing only). Verification against the system's CAs is on by default.");
    public static final ConnectionProperty SSL_CLIENT_CERT = add("SSLClientCert", STRING, null, true, "TLS",
            "Client certificate for mutual TLS (a site or front end that demands one): a file path, or the PEM text or "
                    + "base64 PKCS#12 for the *_BLOB types.");
    public static final ConnectionProperty SSL_CLIENT_CERT_TYPE = addEnum("SSLClientCertType", "PEMKEY_FILE",
            List.of("PEMKEY_FILE", "PEMKEY_BLOB", "PFXFILE", "PFXBLOB", "JKSFILE"), "TLS",
            "What SSLClientCert holds: PEM certificate and private key (PKCS#8, PKCS#1 RSA or encrypted PKCS#8) in a "
                    + "file or as text, a PKCS#12 file or base64 blob, or a Java key store file.");
    public static final ConnectionProperty SSL_CLIENT_CERT_PASSWORD = add("SSLClientCertPassword", STRING, null, true,
            "TLS", "Password of the PKCS#12 or JKS store, or of an encrypted PEM private key.");
    public static final ConnectionProperty SSL_CLIENT_CERT_SUBJECT = add("SSLClientCertSubject", STRING, "*", false, "TLS",
            "Which certificate of the store to present: the first whose subject contains this text (e.g. "
                    + "CN=reporting); '*' takes the first entry with a private key.");

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
    public static final ConnectionProperty INCLUDE_CUSTOM_FIELDS = add("IncludeCustomFields", BOOLEAN, "false", false,
            "Data", "Jira: whether custom fields are columns of the issue tables. Confluence has no custom fields, so "
                    + "it changes nothing on a Confluence connection (accepted so that shared connection strings work).");
    public static final ConnectionProperty OTHER = add("Other", STRING, null, false, "Misc",
            "Further settings as Key=Value pairs separated by semicolons, in braces inside a connection string "
                    + "(Other={Pagesize=50;MaxThreads=2}). Each must be a property of this list; it applies where neither "
                    + "the connection string nor the DSN sets that property.");

    public static final ConnectionProperty BROWSABLE_SCHEMAS = add("BrowsableSchemas", STRING, null, false, "Schema",
            "Comma-separated schemas the connection shows (this source has one, Confluence); unset shows all. A "
                    + "schema left out is neither listed nor queryable.");
    public static final ConnectionProperty TABLES = add("Tables", STRING, null, false, "Schema",
            "Comma-separated tables the connection shows and can query (e.g. Spaces,Pages or Confluence.[Pages]); "
                    + "unset shows all. A name that is not a table is an error.");
    public static final ConnectionProperty VIEWS = add("Views", STRING, null, false, "Schema",
            "Comma-separated views the connection shows and can query, as Tables does for tables. Every Confluence "
                    + "object is a table today, so any name given here is reported as not a view.");
    public static final ConnectionProperty READONLY = add("Readonly", BOOLEAN, "false", false, "Data",
            "Accepted for compatibility: the driver only reads today, so every connection is read-only "
                    + "(SQL_DATA_SOURCE_READ_ONLY is Y). When writes arrive, Readonly=true will refuse them.");

    public static final ConnectionProperty LOGFILE = add("Logfile", STRING, null, false, "Logging",
            "File that receives the driver's log; secrets are never written.");
    public static final ConnectionProperty VERBOSITY = add("Verbosity", INTEGER, "1", false, "Logging",
            "Log detail from 1 (errors and connections) to 5 (every request).");
    public static final ConnectionProperty LOG_MODULES = add("LogModules", STRING, null, false, "Logging",
            "Modules whose lines the log keeps, separated by ';': INFO (connections), EXEC (statements), HTTP "
                    + "(requests, retries, headers), AUTH (sign-on: OAuth, Okta, Crowd). Unset keeps all; errors are "
                    + "always logged.");
    public static final ConnectionProperty MAX_LOG_FILE_SIZE = add("MaxLogFileSize", STRING, "100MB", false, "Logging",
            "Size at which Logfile is rotated (quire.log becomes quire.log.1, ...), e.g. 10MB or 512KB; at least 100KB.");
    public static final ConnectionProperty MAX_LOG_FILE_COUNT = add("MaxLogFileCount", INTEGER, "-1", false, "Logging",
            "How many log files rotation keeps, the current one included; the oldest are deleted. 0 or less keeps all.");

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
