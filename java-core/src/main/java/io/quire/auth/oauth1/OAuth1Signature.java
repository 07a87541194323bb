package io.quire.auth.oauth1;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * OAuth 1.0a request signing with RSA-SHA1 (RFC 5849 section 3.4), as Atlassian application
 * links use it: the signature base string of method, base URL and the sorted, encoded query
 * and oauth_* parameters, signed with the consumer's private key.
 */
public final class OAuth1Signature {
    private OAuth1Signature() {
    }

    /** RFC 5849 section 3.6 percent-encoding (RFC 3986 unreserved characters kept). */
    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    /** The signature base string for a request to url with the given oauth_* parameters. */
    public static String baseString(String method, HttpUrl url, Map<String, String> oauthParams) {
        List<String[]> params = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            String v = url.queryParameterValue(i);
            params.add(new String[] {encode(url.queryParameterName(i)), encode(v == null ? "" : v)});
        }
        oauthParams.forEach((k, v) -> {
            if (!k.equals("oauth_signature")) {
                params.add(new String[] {encode(k), encode(v)});
            }
        });
        params.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder normalized = new StringBuilder();
        for (String[] p : params) {
            if (!normalized.isEmpty()) {
                normalized.append('&');
            }
            normalized.append(p[0]).append('=').append(p[1]);
        }
        return method.toUpperCase(Locale.ROOT) + "&" + encode(baseUrl(url)) + "&" + encode(normalized.toString());
    }

    /** Scheme and host in lower case, the port only when it is not the scheme's default, the path; no query. */
    static String baseUrl(HttpUrl url) {
        boolean defaultPort = url.port() == HttpUrl.defaultPort(url.scheme());
        return url.scheme().toLowerCase(Locale.ROOT) + "://" + url.host().toLowerCase(Locale.ROOT)
                + (defaultPort ? "" : ":" + url.port()) + url.encodedPath();
    }

    public static String sign(String baseString, PrivateKey key) throws GeneralSecurityException {
        Signature s = Signature.getInstance("SHA1withRSA");
        s.initSign(key);
        s.update(baseString.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(s.sign());
    }
}
