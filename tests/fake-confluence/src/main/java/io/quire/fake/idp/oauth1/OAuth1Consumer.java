package io.quire.fake.idp.oauth1;

import com.sun.net.httpserver.Headers;
import io.quire.fake.confluence.FakeConfluenceServer;
import io.quire.fake.confluence.SiteLogin;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Data Center application link that takes OAuth 1.0a (RSA-SHA1, RFC 5849): requests signed
 * by the consumer {@value #CONSUMER_KEY} for the access token {@value #ACCESS_TOKEN} are
 * authenticated. The consumer's key pair is made at start; tests fetch the private key (what an
 * administrator would have generated and put into the application link) from
 * {@code GET /__admin/oauth1/private-key}. Signatures are checked from the request as received
 * (Host header, path, query), timestamps within 5 minutes, nonces once.
 */
public final class OAuth1Consumer implements SiteLogin {
    public static final String CONSUMER_KEY = "quire-demo-consumer";
    public static final String ACCESS_TOKEN = "demo-oauth1-token";
    private static final Pattern PARAM = Pattern.compile("([a-z_]+)=\"([^\"]*)\"");

    private final KeyPair keys;
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();

    private OAuth1Consumer() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            keys = g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void mount(FakeConfluenceServer server) {
        OAuth1Consumer c = new OAuth1Consumer();
        server.auth().register(c);
        server.mount("/__admin/oauth1/", ex -> {
            try (ex) {
                byte[] body = c.privateKeyPem().getBytes(StandardCharsets.US_ASCII);
                if (!ex.getRequestURI().getPath().equals("/__admin/oauth1/private-key")) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                ex.getResponseHeaders().set("Content-Type", "application/x-pem-file");
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(body);
                }
            } catch (IOException e) {
                // the client went away
            }
        });
    }

    String privateKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Override
    public boolean accepts(Headers headers, String method, String pathAndQuery) {
        String auth = headers.getFirst("Authorization");
        if (auth == null || !auth.startsWith("OAuth ")) {
            return false;
        }
        Map<String, String> p = new HashMap<>();
        Matcher m = PARAM.matcher(auth);
        while (m.find()) {
            p.put(m.group(1), URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        }
        if (!CONSUMER_KEY.equals(p.get("oauth_consumer_key")) || !ACCESS_TOKEN.equals(p.get("oauth_token"))
                || !"RSA-SHA1".equals(p.get("oauth_signature_method")) || p.get("oauth_signature") == null
                || p.get("oauth_nonce") == null || p.get("oauth_timestamp") == null) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(p.get("oauth_timestamp"));
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(System.currentTimeMillis() / 1000 - ts) > 300) {
            return false;
        }
        String base = baseString(method, "http://" + headers.getFirst("Host"), pathAndQuery, p);
        try {
            Signature s = Signature.getInstance("SHA1withRSA");
            s.initVerify(keys.getPublic());
            s.update(base.getBytes(StandardCharsets.UTF_8));
            if (!s.verify(Base64.getDecoder().decode(p.get("oauth_signature")))) {
                return false;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
        return nonces.add(p.get("oauth_nonce") + ":" + ts);   // a replayed request is refused
    }

    private static String baseString(String method, String origin, String pathAndQuery, Map<String, String> oauth) {
        URI uri = URI.create(origin + pathAndQuery);
        List<String> pairs = new ArrayList<>();
        String rawQuery = uri.getRawQuery();
        if (rawQuery != null) {
            for (String kv : rawQuery.split("&")) {
                int eq = kv.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? kv : kv.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8);
                pairs.add(enc(k) + "=" + enc(v));
            }
        }
        oauth.forEach((k, v) -> {
            if (!k.equals("oauth_signature")) {
                pairs.add(enc(k) + "=" + enc(v));
            }
        });
        pairs.sort(null);
        String port = uri.getPort() < 0 || uri.getPort() == 80 ? "" : ":" + uri.getPort();
        String base = "http://" + uri.getHost().toLowerCase() + port + uri.getRawPath();
        return method.toUpperCase() + "&" + enc(base) + "&" + enc(String.join("&", pairs));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
