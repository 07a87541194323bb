package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.auth.AuthContext;
import io.quire.auth.Authenticator;
import io.quire.auth.Authentications;
import io.quire.auth.SignOnSteps;
import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.log.QuireLog;
import io.quire.rest.Deployment;
import io.quire.log.HttpLogging;
import io.quire.rest.CancelScope;
import io.quire.rest.HttpClients;
import io.quire.rest.RestTransport;
import io.quire.rest.SessionCookies;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * One Confluence site as the tables see it: where its v1 REST API lives (Cloud
 * {@code <site>/wiki/rest/api}, Data Center {@code <site>/rest/api}), how to reach it, and
 * the connection's paging and time-zone settings.
 */
public final class ConfluenceSite implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final RestTransport transport;
    private final Authenticator auth;
    private final OkHttpClient signOnHttp;
    private final HttpUrl siteUrl;
    private final HttpUrl siteBase;
    private final HttpUrl apiBase;
    private final HttpUrl apiRoot;
    private final Deployment deployment;
    private final int pageSize;
    private final ZoneId zone;
    private final boolean includeArchivedSpaces;
    private final int maxThreads;
    private final CloudSpaces cloudSpaces = new CloudSpaces(this);

    private ConfluenceSite(RestTransport transport, Authenticator auth, OkHttpClient signOnHttp, HttpUrl siteUrl, HttpUrl siteBase, HttpUrl apiBase,
                           Deployment deployment, int pageSize, ZoneId zone, boolean includeArchivedSpaces,
                           int maxThreads) {
        this.includeArchivedSpaces = includeArchivedSpaces;
        this.maxThreads = maxThreads;
        this.transport = transport;
        this.auth = auth;
        this.signOnHttp = signOnHttp;
        this.siteUrl = siteUrl;
        this.siteBase = siteBase;
        this.apiBase = apiBase;
        this.deployment = deployment;
        this.pageSize = pageSize;
        this.zone = zone;
        this.apiRoot = apiBase.newBuilder().addPathSegments("rest/api").build();
    }

    /** Where the site's REST paths hang: Cloud's Confluence lives under /wiki. */
    public static HttpUrl siteBase(HttpUrl url, Deployment deployment) {
        HttpUrl.Builder base = url.newBuilder();
        if (deployment == Deployment.CLOUD && !url.pathSegments().contains("wiki")) {
            base.addPathSegment("wiki");
        }
        return base.build();
    }

    public static ConfluenceSite open(ConnectionConfig cfg, QuireLog log) {
        return open(cfg, log, new SignOnSteps());
    }

    /**
     * Opens the site, signing in first where the scheme needs round trips (identity provider,
     * token endpoint); steps records how far the sign-on got. Runs on the calling thread, and
     * every round trip is registered with its {@link CancelScope}, so a login timeout stops it.
     */
    public static ConfluenceSite open(ConnectionConfig cfg, QuireLog log, SignOnSteps steps) {
        String url = cfg.get(ConnectionProperties.URL);
        if (url == null || url.isBlank()) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "Url is required: the address of the Confluence site.");
        }
        HttpUrl parsed = HttpUrl.parse(url.trim().replaceAll("/+$", ""));
        if (parsed == null) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "Url '" + url + "' is not an http or https address.");
        }
        Deployment deployment = Deployment.detect(parsed, cfg.get(ConnectionProperties.DEPLOYMENT));
        ZoneId zone;
        try {
            zone = ZoneId.of(cfg.get(ConnectionProperties.TIMEZONE));
        } catch (DateTimeException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "Timezone '" + cfg.get(ConnectionProperties.TIMEZONE)
                    + "' is not a known time zone (use e.g. UTC or America/New_York).");
        }
        int pageSize = Math.max(1, cfg.getInt(ConnectionProperties.PAGESIZE));
        HttpUrl siteBase = siteBase(parsed, deployment);
        Authenticator auth = Authentications.forConfig(cfg, deployment);
        OkHttpClient http = HttpClients.base(cfg, new SessionCookies(parsed, cfg.get(ConnectionProperties.COOKIES)),
                auth.signsInAtSiteOnly());
        log.info("Connecting to " + parsed + " (" + deployment + ", AuthScheme="
                + cfg.get(ConnectionProperties.AUTH_SCHEME) + ") with " + cfg.redacted());
        OkHttpClient signOnHttp = http.newBuilder().addInterceptor(CancelScope.interceptor())
                .addNetworkInterceptor(new HttpLogging(log)).build();
        auth.login(new AuthContext(cfg, deployment, siteBase, signOnHttp, log.forModule("AUTH"), steps));
        RestTransport transport = new RestTransport(http, auth, cfg.get(ConnectionProperties.CUSTOM_HEADERS),
                cfg.getInt(ConnectionProperties.RETRY_COUNT), cfg.getNumber(ConnectionProperties.RATE_LIMIT), log);
        return new ConfluenceSite(transport, auth, signOnHttp, parsed, siteBase, auth.apiBase(siteBase), deployment, pageSize, zone,
                cfg.getBoolean(ConnectionProperties.INCLUDE_ARCHIVED_SPACES),
                Math.max(1, cfg.getInt(ConnectionProperties.MAX_THREADS)));
    }

    /** SQL_ATTR_CONNECTION_TIMEOUT: bound on each request in seconds; 0 restores the Timeout property. */
    public void setRequestTimeout(int seconds) {
        transport.setRequestTimeout(seconds);
    }

    /** The connection's authenticator (procedures that obtain credentials hand them to it). */
    public Authenticator authenticator() {
        return auth;
    }

    /** HTTP client with the connection's proxy, TLS, timeouts and cookies, without site credentials. */
    public OkHttpClient signOnHttp() {
        return signOnHttp;
    }

    /**
     * One cheap authenticated request, so wrong credentials fail at connect time; skipped while
     * the authenticator has no credentials yet (see {@link Authenticator#signedIn()}).
     */
    public void verify() {
        if (!auth.signedIn()) {
            return;
        }
        transport.getJson(apiRoot.newBuilder().addPathSegment("space").addQueryParameter("limit", "1").build(),
                p -> {
                    p.skipChildren();
                    return null;
                }, false);
    }

    /**
     * Lazily pages through a v1 listing such as {@code space} or {@code content}; a parameter
     * whose value is a collection is repeated once per element.
     */
    Iterator<JsonNode> list(String resource, Map<String, ?> params, long limit, BooleanSupplier cancelled) {
        HttpUrl.Builder b = ResultPager.query(apiRoot.newBuilder().addPathSegments(resource), params);
        long first = limit < 0 ? pageSize : Math.min(pageSize, limit);
        b.addQueryParameter("limit", Long.toString(first));
        return new ConfluenceV1Pager(transport, b.build(), limit, cancelled, maxThreads);
    }

    /** A listing under an object (its labels, children): empty when the object does not exist. */
    Iterator<JsonNode> listUnder(String resource, Map<String, ?> params, long limit, BooleanSupplier cancelled) {
        return ((ResultPager) list(resource, params, limit, cancelled)).missingIsEmpty();
    }

    /** Lazily pages through a Cloud v2 listing ({@code <site>/wiki/api/v2/<resource>}) by its cursor. */
    Iterator<JsonNode> listV2(String resource, Map<String, ?> params, long limit, BooleanSupplier cancelled) {
        return listV2(resource, params, limit, cancelled, pageSize);
    }

    /** A v2 listing read with its own page size (capped at the v2 maximum) instead of Pagesize. */
    Iterator<JsonNode> listV2(String resource, Map<String, ?> params, long limit, BooleanSupplier cancelled, int size) {
        return ConfluenceV2Pager.open(transport, v2Root(), resource, params, size, limit, cancelled, maxThreads);
    }

    /** One object, or null when the site says it does not exist. */
    JsonNode get(String resourcePath, Map<String, String> params) {
        return getObject(apiRoot, resourcePath, params);
    }

    /** One Cloud v2 object ({@code <site>/wiki/api/v2/<resourcePath>}), or null when it does not exist. */
    JsonNode getV2(String resourcePath, Map<String, String> params) {
        return getObject(v2Root(), resourcePath, params);
    }

    private JsonNode getObject(HttpUrl root, String resourcePath, Map<String, String> params) {
        HttpUrl.Builder b = root.newBuilder().addPathSegments(resourcePath);
        params.forEach(b::addQueryParameter);
        return transport.getJson(b.build(), p -> {
            p.setCodec(MAPPER);
            return p.readValueAsTree();
        }, true);
    }

    private HttpUrl v2Root() {
        return apiBase.newBuilder().addPathSegments("api/v2").build();
    }

    /** This connection's cache of Cloud spaces by key and id (v2 pages name their space by id only). */
    CloudSpaces cloudSpaces() {
        return cloudSpaces;
    }

    /** Base of the site's web links ({@code _links.webui} is relative to it). */
    String webBase() {
        String s = siteBase.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** The web address of a link the site gives relative to its base, read from item at path. */
    String web(JsonNode item, String... path) {
        String rel = JsonValues.text(item, path);
        return rel == null ? null : webBase() + rel;
    }

    ZoneId zone() {
        return zone;
    }

    boolean includeArchivedSpaces() {
        return includeArchivedSpaces;
    }

    public Deployment deployment() {
        return deployment;
    }

    public HttpUrl siteUrl() {
        return siteUrl;
    }

    @Override
    public void close() {
        transport.close();
    }
}
