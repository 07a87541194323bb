package io.quire.auth.sso;

import io.quire.auth.AuthContext;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Cookie;
import okhttp3.HttpUrl;

/**
 * Posts a checked SAMLResponse (and its RelayState) to the site's assertion consumer
 * (SSOExchangeUrl), form-encoded as a browser would. The site answers with its session cookies
 * (usually with a redirect, not followed): they land in the connection's cookie jar, which every
 * later REST request sends.
 */
final class SamlExchange {
    private SamlExchange() {
    }

    static void post(AuthContext ctx, SignOnHttp http, HttpUrl exchange, SamlForm form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("SAMLResponse", form.samlResponse());
        fields.put("RelayState", form.relayState());
        if (form.action() != null && !SamlResponseCheck.sameUrl(form.action(), exchange.toString())) {
            ctx.log().log(4, "SAML: the identity provider's form posts to " + form.action()
                    + "; posting to SSOExchangeUrl " + exchange + " as configured");
        }
        SignOnHttp.Reply r = http.postFormNoRedirect(exchange, fields, "the site's SAML consumer (SSOExchangeUrl)");
        if (r.code() == 404) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 404, "SSOExchangeUrl " + SignOnHttp.shown(exchange)
                    + " was not found (HTTP 404): use the site's SAML consumer, e.g. <site>/plugins/servlet/samlconsumer.",
                    null);
        }
        if (r.code() >= 400) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "The site's SAML consumer ("
                    + SignOnHttp.shown(exchange) + ") refused the sign-on (HTTP " + r.code() + "): check that the site "
                    + "trusts this identity provider and that the user may use the site.", null);
        }
        int cookies = 0;
        for (Cookie c : ctx.http().cookieJar().loadForRequest(exchange)) {
            ctx.log().addSecret(c.value());
            cookies++;
        }
        if (cookies == 0) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "The site's SAML consumer ("
                    + SignOnHttp.shown(exchange) + ") answered HTTP " + r.code() + " without a session cookie.", null);
        }
        ctx.log().log(3, "SAML: the site accepted the sign-on (HTTP " + r.code() + ")");
    }
}
