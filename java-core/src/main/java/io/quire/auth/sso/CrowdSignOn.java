package io.quire.auth.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.auth.AuthContext;
import io.quire.auth.SignOnSteps;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import okhttp3.Cookie;
import okhttp3.Credentials;
import okhttp3.HttpUrl;

/**
 * AuthScheme=Crowd: Crowd's REST API opens an SSO session for the user
 * ({@code POST <crowd>/rest/usermanagement/1/session}, authenticated as the application
 * SSOAppName/SSOAppPassword), and Crowd's SAML identity provider page (SSOLoginURL,
 * {@code <crowd>/console/secure/saml/sso.action}) answers the session's {@code crowd.token_key}
 * cookie with the SAMLResponse form. Crowd's base is SSOLoginURL up to {@code /console/}, or
 * its origin when the path has no {@code /console/}.
 */
final class CrowdSignOn implements IdpSignOn {
    static final String TOKEN_COOKIE = "crowd.token_key";

    private final SsoSettings s;

    CrowdSignOn(SsoSettings s) {
        this.s = s;
    }

    @Override
    public String name() {
        return "Crowd";
    }

    @Override
    public SamlForm signOn(AuthContext ctx, SignOnHttp http) {
        HttpUrl base = base(s.loginUrl());
        HttpUrl sessionUrl = base.newBuilder().addPathSegments("rest/usermanagement/1/session").build();
        ObjectNode body = SignOnHttp.JSON.createObjectNode();
        body.put("username", s.user());
        body.put("password", s.password());
        var factors = body.putObject("validation-factors").putArray("validationFactors");
        String address = localAddressTowards(base);
        if (address != null) {
            factors.addObject().put("name", "remote_address").put("value", address);
        }
        ctx.steps().begin(SignOnSteps.IDP_LOGIN + " (Crowd)");
        ctx.log().log(3, "Crowd: opening a session for " + s.user() + " at " + SignOnHttp.shown(sessionUrl));
        SignOnHttp.Reply r = http.postJson(sessionUrl, body,
                Map.of("Authorization", Credentials.basic(s.appName(), s.appPassword(), StandardCharsets.UTF_8)),
                "Crowd's REST API");
        JsonNode j = r.json();
        if (r.code() != 201 && r.code() != 200) {
            throw failure(r, j, sessionUrl);
        }
        String token = j == null ? null : j.path("token").asText(null);
        if (token == null || token.isEmpty()) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, r.code(), "Crowd opened a session without a token: "
                    + "check SSOLoginURL points at Crowd.", null);
        }
        ctx.log().addSecret(token);
        ctx.steps().passed("Crowd opened a session for " + s.user());
        ctx.steps().begin(SignOnSteps.IDP_APP + " (Crowd)");
        HttpUrl login = s.loginUrl();
        ctx.http().cookieJar().saveFromResponse(login, List.of(new Cookie.Builder().name(TOKEN_COOKIE).value(token)
                .hostOnlyDomain(login.host()).path("/").build()));
        SignOnHttp.Reply page = http.get(login, "Crowd's SAML sign-on page (SSOLoginURL)");
        SamlForm form = SamlForm.parse(page.body());
        if (page.code() != 200 || form == null) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, page.code(), "SSOLoginURL ("
                    + SignOnHttp.shown(login) + ") answered HTTP " + page.code() + " without a SAMLResponse form (final page "
                    + SignOnHttp.shown(page.url()) + "): use the identity provider single sign-on URL of the site's "
                    + "SAML application in Crowd, and check the user may use that application.", null);
        }
        return form;
    }

    private QuireException failure(SignOnHttp.Reply r, JsonNode j, HttpUrl url) {
        String reason = j == null ? "" : j.path("reason").asText("");
        return switch (r.code()) {
            case 401 -> new QuireException(SqlState.INVALID_AUTHORIZATION, 401, "Crowd did not accept the application "
                    + "credentials (HTTP 401): check SSOAppName and SSOAppPassword.", null);
            case 403 -> new QuireException(SqlState.INVALID_AUTHORIZATION, 403, "Crowd refused application '"
                    + s.appName() + "' from this computer (HTTP 403): add this address to the application's remote "
                    + "addresses in Crowd.", null);
            case 400 -> switch (reason) {
                case "INVALID_USER_AUTHENTICATION", "USER_NOT_FOUND" -> new QuireException(SqlState.INVALID_AUTHORIZATION,
                        400, "Crowd rejected the user name or password (" + reason + "): check User and Password.", null);
                case "INACTIVE_ACCOUNT" -> new QuireException(SqlState.INVALID_AUTHORIZATION, 400, "Crowd says the "
                        + "account " + s.user() + " is inactive.", null);
                case "EXPIRED_CREDENTIAL" -> new QuireException(SqlState.INVALID_AUTHORIZATION, 400, "Crowd says the "
                        + "password of " + s.user() + " has expired: change it, then reconnect.", null);
                default -> new QuireException(SqlState.INVALID_AUTHORIZATION, 400, "Crowd refused the sign-on (HTTP 400"
                        + (reason.isEmpty() ? "" : ", " + reason) + ").", null);
            };
            case 404 -> new QuireException(SqlState.UNABLE_TO_CONNECT, 404, "No Crowd REST API at "
                    + SignOnHttp.shown(url) + " (HTTP 404): SSOLoginURL must be Crowd's sso.action URL.", null);
            default -> new QuireException(SqlState.UNABLE_TO_CONNECT, r.code(), "Crowd answered HTTP " + r.code()
                    + " to the sign-on at " + SignOnHttp.shown(url) + (reason.isEmpty() ? "" : " (" + reason + ")") + ".",
                    null);
        };
    }

    /** Crowd's base URL: SSOLoginURL's path up to {@code /console/}, else its origin. */
    static HttpUrl base(HttpUrl login) {
        HttpUrl.Builder b = new HttpUrl.Builder().scheme(login.scheme()).host(login.host()).port(login.port());
        List<String> segs = login.pathSegments();
        int console = segs.indexOf("console");
        for (int i = 0; i < console; i++) {
            b.addPathSegment(segs.get(i));
        }
        return b.build();
    }

    /**
     * This computer's address as Crowd will see it (the local end of a route to Crowd), for the
     * session's remote_address validation factor; null when it cannot be told (no route, a proxy).
     */
    private static String localAddressTowards(HttpUrl crowd) {
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(InetAddress.getByName(crowd.host()), crowd.port()));
            InetAddress local = probe.getLocalAddress();
            return local == null || local.isAnyLocalAddress() ? null : local.getHostAddress();
        } catch (Exception e) {
            return null;
        }
    }
}
