package io.quire.auth.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.auth.AuthContext;
import io.quire.auth.SignOnSteps;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Cookie;
import okhttp3.HttpUrl;

/**
 * AuthScheme=Okta through Okta's classic authentication API: {@code POST <org>/api/v1/authn}
 * (the org is SSOLoginURL's scheme and host; with APIToken as a trusted app, {@code SSWS}),
 * a second factor when Okta asks for one ({@link OktaMfa}), then the app's embed link
 * (SSOLoginURL) with the sessionToken, which answers with the SAMLResponse form.
 *
 * <p>Remembered device: the device token (Okta's {@code DT} cookie, or the token the driver made
 * and sent as context.deviceToken, which Okta honours from trusted apps) is kept per org and
 * user by {@link DeviceTokenStore} and sent on later sign-ons, so Okta skips the second factor
 * while it remembers the device. MFARememberDevice=false neither sends nor keeps it.
 */
final class OktaSignOn implements IdpSignOn {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SsoSettings s;
    private final DeviceTokenStore devices;
    private volatile String deviceToken;

    OktaSignOn(SsoSettings s, DeviceTokenStore devices) {
        this.s = s;
        this.devices = devices;
    }

    @Override
    public String name() {
        return "Okta";
    }

    @Override
    public SamlForm signOn(AuthContext ctx, SignOnHttp http) {
        HttpUrl org = org(s.loginUrl());
        String device = s.rememberDevice() ? device(org, ctx) : null;
        if (device != null) {
            ctx.log().addSecret(device);
            ctx.http().cookieJar().saveFromResponse(org, List.of(new Cookie.Builder().name("DT").value(device)
                    .hostOnlyDomain(org.host()).path("/").build()));
        }
        ObjectNode body = SignOnHttp.JSON.createObjectNode();
        body.put("username", s.user());
        body.put("password", s.password());
        ObjectNode options = body.putObject("options");
        options.put("multiOptionalFactorEnroll", false);
        options.put("warnBeforePasswordExpired", false);
        if (device != null) {
            body.putObject("context").put("deviceToken", device);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (s.apiToken() != null && !s.apiToken().isBlank()) {
            headers.put("Authorization", "SSWS " + s.apiToken().trim());
        }
        ctx.log().log(3, "Okta: signing in " + s.user() + " at " + org + (headers.isEmpty() ? "" : " as a trusted app"));
        ctx.steps().begin(SignOnSteps.IDP_LOGIN + " (Okta)");
        SignOnHttp.Reply r = http.postJson(org.newBuilder().addPathSegments("api/v1/authn").build(), body, headers,
                "Okta's authentication API");
        JsonNode j = r.json();
        if (r.code() != 200 || j == null) {
            throw failure(r, j, org);
        }
        String status = j.path("status").asText("");
        String sessionToken = switch (status) {
            case "SUCCESS" -> j.path("sessionToken").asText(null);
            case "MFA_REQUIRED", "MFA_CHALLENGE" -> {
                secret(ctx, j.path("stateToken").asText(null));
                ctx.steps().passed("Okta accepted the password and asks for a second factor");
                ctx.steps().begin(SignOnSteps.MFA);
                String token = new OktaMfa(s, http, ctx.log()).complete(j);
                if (s.rememberDevice()) {
                    remember(ctx, org, device);
                }
                yield token;
            }
            case "MFA_ENROLL" -> throw new QuireException(SqlState.INVALID_AUTHORIZATION, "Okta requires " + s.user()
                    + " to enroll a second factor first: sign in to Okta in a browser once, then reconnect.");
            case "LOCKED_OUT" -> throw new QuireException(SqlState.INVALID_AUTHORIZATION, "Okta says the account "
                    + s.user() + " is locked out.");
            case "PASSWORD_EXPIRED", "PASSWORD_WARN" -> throw new QuireException(SqlState.INVALID_AUTHORIZATION,
                    "Okta says the password of " + s.user() + " has expired: change it in Okta, then reconnect.");
            default -> throw new QuireException(SqlState.INVALID_AUTHORIZATION, "Okta answered the sign-on with "
                    + "status " + (status.isEmpty() ? "(none)" : status) + ", which the driver cannot complete.");
        };
        if (sessionToken == null || sessionToken.isEmpty()) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, "Okta reported SUCCESS without a sessionToken.");
        }
        secret(ctx, sessionToken);
        ctx.steps().passed("Okta signed in " + s.user());
        ctx.steps().begin(SignOnSteps.IDP_APP + " (Okta)");
        HttpUrl link = s.loginUrl().newBuilder().setQueryParameter("sessionToken", sessionToken).build();
        SignOnHttp.Reply page = http.get(link, "the Okta app's sign-on link (SSOLoginURL)");
        SamlForm form = SamlForm.parse(page.body());
        if (page.code() != 200 || form == null) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, page.code(), "SSOLoginURL ("
                    + SignOnHttp.shown(s.loginUrl()) + ") answered HTTP " + page.code() + " without a SAMLResponse form"
                    + " (final page " + SignOnHttp.shown(page.url()) + "): use the embed link of the site's SAML app "
                    + "in Okta, and check the user is assigned to that app.", null);
        }
        return form;
    }

    /** The stored token, else one made now (sent as context.deviceToken; kept if Okta remembers it). */
    private String device(HttpUrl org, AuthContext ctx) {
        if (deviceToken == null) {
            String stored = devices.load(org, s.user(), ctx.log());
            deviceToken = stored != null ? stored : HexFormat.of().formatHex(randomBytes());
        }
        return deviceToken;
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    /** After a second factor with rememberDevice: keep Okta's DT cookie, else the token that was sent. */
    private void remember(AuthContext ctx, HttpUrl org, String sent) {
        String dt = null;
        for (Cookie c : ctx.http().cookieJar().loadForRequest(org)) {
            if (c.name().equals("DT")) {
                dt = c.value();
            }
        }
        String keep = dt != null ? dt : sent;
        if (keep != null) {
            secret(ctx, keep);
            deviceToken = keep;
            devices.save(org, s.user(), keep, ctx.log());
        }
    }

    private QuireException failure(SignOnHttp.Reply r, JsonNode j, HttpUrl org) {
        String code = j == null ? "" : j.path("errorCode").asText("");
        String summary = j == null ? "" : j.path("errorSummary").asText("");
        if (j == null) {
            return new QuireException(SqlState.UNABLE_TO_CONNECT, r.code(), org + " did not answer like an Okta org "
                    + "(HTTP " + r.code() + ", not JSON from /api/v1/authn): check SSOLoginURL.", null);
        }
        return switch (code) {
            case "E0000004" -> new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "Okta rejected the user "
                    + "name or password (E0000004 " + summary + "): check User and Password.", null);
            case "E0000011" -> new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "Okta rejected the API "
                    + "token (E0000011 " + summary + "): check APIToken, the org API token of the trusted app.", null);
            case "E0000047" -> new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "Okta is rate-limiting "
                    + "sign-ons (E0000047): wait a minute and reconnect.", null);
            default -> new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "Okta refused the sign-on (HTTP "
                    + r.code() + (code.isEmpty() ? "" : ", " + code) + (summary.isEmpty() ? "" : " " + summary) + ").",
                    null);
        };
    }

    private static void secret(AuthContext ctx, String value) {
        if (value != null) {
            ctx.log().addSecret(value);
        }
    }

    /** The Okta org of an app link: its scheme, host and port. */
    static HttpUrl org(HttpUrl loginUrl) {
        return new HttpUrl.Builder().scheme(loginUrl.scheme()).host(loginUrl.host()).port(loginUrl.port()).build();
    }
}
