package io.quire.fake.idp.sso;

import com.sun.net.httpserver.HttpExchange;
import io.quire.fake.confluence.RequestLog;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The Okta side of the site's SAML app: the app's embed link
 * ({@code GET /home/quire_confluence/0oaquire1/alnquire1?sessionToken=...}) turns a one-time
 * sessionToken into an Okta session (the {@code sid} cookie) and redirects to the app's SAML
 * endpoint ({@code /app/quire_confluence/0oaquire1/sso/saml}), which answers with the
 * auto-submitting SAMLResponse form for the session's user. Without a session both lead to a
 * sign-in page that has no SAMLResponse. {@code ?fault=tamper|expired|audience|recipient|unsigned|status}
 * on the embed link is carried along and spoils the response (see {@link SamlIdp.Fault}).
 */
final class FakeOktaApp {
    static final String EMBED_PATH = "/home/quire_confluence/0oaquire1/alnquire1";
    static final String SAML_PATH = "/app/quire_confluence/0oaquire1/sso/saml";
    static final String ISSUER = "http://www.okta.com/exkquirefake";

    private final FakeOkta okta;
    private final SsoDirectory dir;
    private final Supplier<SamlIdp> idp;
    private final SamlConsumer consumer;
    private final RequestLog log;
    private final Map<String, FakeOkta.Timed> sessions = new ConcurrentHashMap<>();

    FakeOktaApp(FakeOkta okta, SsoDirectory dir, Supplier<SamlIdp> idp, SamlConsumer consumer, RequestLog log) {
        this.okta = okta;
        this.dir = dir;
        this.idp = idp;
        this.consumer = consumer;
        this.log = log;
    }

    void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            Map<String, String> q = HttpIo.query(ex);
            String fault = q.get("fault");
            // the log never shows the sessionToken: only which fault was asked for
            RequestLog.Entry entry = log.add(ex.getRequestMethod(), path, fault == null ? "" : "fault=" + fault, "none");
            String keep = fault == null ? "" : "?fault=" + fault;
            if (path.equals(EMBED_PATH)) {
                String login = okta.redeemSessionToken(q.get("sessionToken"));
                if (login != null) {
                    String sid = "102" + SsoDirectory.randomToken(16);
                    sessions.put(sid, new FakeOkta.Timed(login, Instant.now().plus(Duration.ofHours(2))));
                    dir.issued(sid);
                    ex.getResponseHeaders().add("Set-Cookie", "sid=" + sid + "; Path=/; HttpOnly");
                    entry.status(302);
                    HttpIo.redirect(ex, SAML_PATH + keep);
                    return;
                }
                entry.status(302);
                HttpIo.redirect(ex, sessionUser(ex) != null ? SAML_PATH + keep : "/login/default");
            } else if (path.equals(SAML_PATH)) {
                String login = sessionUser(ex);
                if (login == null) {
                    entry.status(302);
                    HttpIo.redirect(ex, "/login/default");
                    return;
                }
                String saml = idp.get().issue(ISSUER, login, consumer.url(), consumer.entityId(),
                        SamlIdp.Signed.ASSERTION, fault(fault));
                dir.issued(saml);
                entry.status(200);
                HttpIo.sendHtml(ex, 200, SamlIdp.autoSubmitForm(consumer.url(), saml, null));
            } else if (path.equals("/login/default")) {
                entry.status(200);
                HttpIo.sendHtml(ex, 200, "<!DOCTYPE html><html><body><h1>Sign In</h1><form method=\"POST\" "
                        + "action=\"/login/do-login\"><input name=\"username\"/><input name=\"password\" "
                        + "type=\"password\"/></form></body></html>");
            } else {
                entry.status(404);
                HttpIo.sendHtml(ex, 404, "<html><body>Not found</body></html>");
            }
        }
    }

    private String sessionUser(HttpExchange ex) {
        String sid = HttpIo.cookie(ex.getRequestHeaders(), "sid");
        FakeOkta.Timed s = sid == null ? null : sessions.get(sid);
        return s == null || s.expires().isBefore(Instant.now()) ? null : s.login();
    }

    static SamlIdp.Fault fault(String name) {
        if (name == null || name.isBlank()) {
            return SamlIdp.Fault.NONE;
        }
        try {
            return SamlIdp.Fault.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SamlIdp.Fault.NONE;
        }
    }
}
