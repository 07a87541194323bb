package io.quire.fake.idp.sso;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.quire.fake.confluence.FakeConfluenceServer;
import io.quire.fake.confluence.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

/**
 * The SAML single sign-on fakes on the fake site's port: Okta ({@code /api/v1/authn...}, the
 * app's embed link under {@code /home/} and SAML endpoint under {@code /app/}), Crowd (under
 * {@code /crowd/}), the signing identity provider behind both, and the site's assertion consumer
 * ({@code /plugins/servlet/samlconsumer}) whose session cookie the site then accepts on
 * {@code /rest/api}. The IdP's key pair and OpenSAML are set up on first use, so sites that never
 * see a sign-on start as fast as before.
 *
 * <p>Admin endpoints for tests (under {@code /__admin/sso/}):
 * {@code POST expire-sessions}, {@code POST session-lifetime?seconds=N},
 * {@code POST push?user=U&result=approve|reject|timeout|pending}, {@code GET code?user=U&factor=email|sms}
 * (the last code sent), {@code GET totp} (the current code of every user's TOTP factor),
 * {@code POST forget-devices}, {@code POST stall?ms=N&count=K} (the next K Okta or Crowd requests
 * wait N ms), {@code GET stats}, {@code GET issued} (every token, cookie value and
 * SAMLResponse the fakes handed out, for tests that check logs never show them).
 */
public final class SsoFakes {
    private static final Map<FakeConfluenceServer, SsoFakes> MOUNTED = Collections.synchronizedMap(new WeakHashMap<>());

    private final String url;
    private final SsoDirectory directory = new SsoDirectory();
    private final SamlConsumer consumer;
    private final IdpStall stall = new IdpStall();
    private volatile SamlIdp idp;

    private SsoFakes(FakeConfluenceServer server) {
        this.url = server.url();
        Supplier<SamlIdp> lazyIdp = this::idp;
        this.consumer = new SamlConsumer(url, lazyIdp, directory, server.log());
        FakeOkta okta = new FakeOkta(url, directory, server.log());
        FakeOktaApp app = new FakeOktaApp(okta, directory, lazyIdp, consumer, server.log());
        FakeCrowd crowd = new FakeCrowd(url, directory, lazyIdp, consumer, server.log());
        server.mount("/api/v1/authn", stall.wrap(okta::handle));
        server.mount("/home/", app::handle);
        server.mount("/app/", app::handle);
        server.mount("/login/", app::handle);
        server.mount("/crowd/", stall.wrap(crowd::handle));
        server.mount(SamlConsumer.PATH, consumer);
        server.mount("/__admin/sso/", this::admin);
        server.auth().register(consumer);
    }

    /** Mounts the fakes on server (once). */
    public static SsoFakes mount(FakeConfluenceServer server) {
        return MOUNTED.computeIfAbsent(server, SsoFakes::new);
    }

    /** The fakes mounted on server. */
    public static SsoFakes of(FakeConfluenceServer server) {
        return MOUNTED.get(server);
    }

    private SamlIdp idp() {
        SamlIdp i = idp;
        if (i == null) {
            synchronized (this) {
                if (idp == null) {
                    SamlIdp.initOpenSaml();
                    idp = new SamlIdp();
                }
                i = idp;
            }
        }
        return i;
    }

    public SsoDirectory directory() {
        return directory;
    }

    public SamlConsumer consumer() {
        return consumer;
    }

    /** The signing identity provider (made on first use). */
    public SamlIdp samlIdp() {
        return idp();
    }

    /** SSOLoginURL for AuthScheme=Okta: the app's embed link (the Okta org is this site's origin). */
    public String oktaLoginUrl() {
        return url + FakeOktaApp.EMBED_PATH;
    }

    /** SSOLoginURL for AuthScheme=Crowd: Crowd's SAML sso.action (Crowd's base is {@code <site>/crowd}). */
    public String crowdLoginUrl() {
        return url + FakeCrowd.SSO_PATH;
    }

    /** SSOExchangeUrl: the site's assertion consumer. */
    public String exchangeUrl() {
        return consumer.url();
    }

    private void admin(HttpExchange ex) throws IOException {
        try (ex) {
            String op = ex.getRequestMethod() + " " + ex.getRequestURI().getPath().substring("/__admin/sso/".length());
            Map<String, String> q = HttpIo.query(ex);
            ObjectNode out = Json.obj();
            switch (op) {
                case "POST expire-sessions" -> consumer.expireAll();
                case "POST session-lifetime" -> consumer.lifetime(Duration.ofSeconds(Long.parseLong(q.get("seconds"))));
                case "POST push" -> directory.setPush(q.get("user"),
                        SsoDirectory.Push.valueOf(q.get("result").toUpperCase(Locale.ROOT)));
                case "POST forget-devices" -> directory.forgetDevices();
                case "POST stall" -> stall.set(Long.parseLong(q.get("ms")), Integer.parseInt(q.getOrDefault("count", "1")));
                case "GET code" -> {
                    String code = directory.lastCode(q.get("user"), q.getOrDefault("factor", "email"));
                    if (code == null) {
                        HttpIo.sendJson(ex, 404, out.put("error", "no code sent"));
                        return;
                    }
                    out.put("code", code);
                }
                case "GET issued" -> {
                    var arr = out.putArray("secrets");
                    directory.issuedSecrets().forEach(arr::add);
                }
                case "GET totp" -> out.put("code", Totp.now(SsoDirectory.TOTP_SECRET));
                case "GET stats" -> {
                    out.put("accepted", consumer.accepted());
                    out.put("refused", consumer.refused());
                    out.put("openSessions", consumer.openSessions());
                    out.put("rememberedDevices", directory.rememberedDevices());
                }
                default -> {
                    HttpIo.sendJson(ex, 404, out.put("error", "unknown admin operation " + op));
                    return;
                }
            }
            HttpIo.sendJson(ex, 200, out);
        } catch (RuntimeException e) {
            HttpIo.sendJson(ex, 400, Json.obj().put("error", String.valueOf(e)));
        }
    }
}
