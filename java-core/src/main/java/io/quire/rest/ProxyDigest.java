package io.quire.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * ProxyAuthScheme=DIGEST: answers a proxy's {@code 407 Proxy-Authenticate: Digest ...} challenge
 * (RFC 7616: MD5 or SHA-256, qop=auth or none) with ProxyUser and ProxyPassword. A request whose
 * answer was refused gets no second try unless the proxy says the nonce was stale, so wrong
 * credentials end in the 407 instead of a loop.
 */
final class ProxyDigest implements Authenticator {
    private static final Pattern PARAM = Pattern.compile("(\\w+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]+))");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String user;
    private final String password;
    private int nc;

    ProxyDigest(String user, String password) {
        this.user = user;
        this.password = password;
    }

    @Override
    public synchronized Request authenticate(Route route, Response response) {
        Map<String, String> c = null;
        for (String h : response.headers("Proxy-Authenticate")) {
            if (h.regionMatches(true, 0, "Digest ", 0, 7)) {
                c = params(h.substring(7));
                break;
            }
        }
        Request request = response.request();
        if (c == null || c.get("nonce") == null) {
            return null;   // not a Digest challenge: give the 407 back
        }
        String previous = request.header("Proxy-Authorization");
        boolean stale = "true".equalsIgnoreCase(c.get("stale"));
        if (previous != null && previous.startsWith("Digest ") && !stale) {
            return null;   // an answer was refused (not for a stale nonce): give the 407 back
        }
        return request.newBuilder().header("Proxy-Authorization", answer(c, request)).build();
    }

    private String answer(Map<String, String> c, Request request) {
        String algorithm = c.getOrDefault("algorithm", "MD5");
        String hash = algorithm.toUpperCase(Locale.ROOT).startsWith("SHA-256") ? "SHA-256" : "MD5";
        String realm = c.getOrDefault("realm", "");
        String nonce = c.get("nonce");
        // the digest-uri is the request target: host:port for a CONNECT tunnel, else the absolute URL
        String uri = request.method().equals("CONNECT")
                ? request.url().host() + ":" + request.url().port() : request.url().toString();
        String ha1 = hex(hash, user + ":" + realm + ":" + password);
        String ha2 = hex(hash, request.method() + ":" + uri);
        String qop = c.get("qop");
        boolean auth = qop != null && java.util.Arrays.stream(qop.split(",")).anyMatch(q -> q.trim().equals("auth"));
        StringBuilder h = new StringBuilder("Digest username=\"").append(user).append("\", realm=\"").append(realm)
                .append("\", nonce=\"").append(nonce).append("\", uri=\"").append(uri).append("\", algorithm=")
                .append(algorithm);
        String response;
        if (auth) {
            String count = String.format("%08x", ++nc);
            byte[] b = new byte[8];
            RANDOM.nextBytes(b);
            String cnonce = HexFormat.of().formatHex(b);
            response = hex(hash, ha1 + ":" + nonce + ":" + count + ":" + cnonce + ":auth:" + ha2);
            h.append(", qop=auth, nc=").append(count).append(", cnonce=\"").append(cnonce).append('"');
        } else {
            response = hex(hash, ha1 + ":" + nonce + ":" + ha2);
        }
        h.append(", response=\"").append(response).append('"');
        if (c.containsKey("opaque")) {
            h.append(", opaque=\"").append(c.get("opaque")).append('"');
        }
        return h.toString();
    }

    static Map<String, String> params(String challenge) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(challenge);
        while (m.find()) {
            out.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "ProxyDigest(credentials hidden)";
    }
}
