package io.quire.auth.oauth1;

import io.quire.auth.Authentications;
import io.quire.auth.Authenticator;
import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.PemKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;

/**
 * AuthScheme=OAuth with OAuthVersion=1.0: every request to a Data Center site is signed with
 * RSA-SHA1 by the application link's consumer (OAuthClientId = consumer key, CertificateStore =
 * its private key) for the user's access token (OAuthAccessToken). Deprecated by Atlassian but
 * still what older application links use.
 */
public final class OAuth1Authenticator implements Authenticator {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String consumerKey;
    private final String token;
    private final PrivateKey key;

    private OAuth1Authenticator(String consumerKey, String token, PrivateKey key) {
        this.consumerKey = consumerKey;
        this.token = token;
        this.key = key;
    }

    public static OAuth1Authenticator forConfig(ConnectionConfig cfg) {
        String context = "AuthScheme=OAuth with OAuthVersion=1.0";
        String consumer = Authentications.required("OAuthClientId", cfg.get(ConnectionProperties.OAUTH_CLIENT_ID), context);
        String token = Authentications.required("OAuthAccessToken", cfg.get(ConnectionProperties.OAUTH_ACCESS_TOKEN), context);
        String store = Authentications.required("CertificateStore", cfg.get(ConnectionProperties.CERTIFICATE_STORE), context);
        String pem;
        if ("PEMKEY_BLOB".equals(cfg.get(ConnectionProperties.CERTIFICATE_STORE_TYPE)) || store.contains("-----BEGIN")) {
            pem = store;
        } else {
            try {
                pem = Files.readString(Path.of(store));
            } catch (IOException | RuntimeException e) {
                throw new QuireException(SqlState.INVALID_AUTHORIZATION, 0, "CertificateStore: cannot read the private "
                        + "key file (" + e.getClass().getSimpleName() + ").", e);
            }
        }
        try {
            return new OAuth1Authenticator(consumer, token, PemKeys.rsaPrivateKey(pem));
        } catch (GeneralSecurityException e) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, 0, "CertificateStore does not hold a usable RSA "
                    + "private key: " + e.getMessage(), e);
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request r = chain.request();
        Map<String, String> oauth = new LinkedHashMap<>();
        oauth.put("oauth_consumer_key", consumerKey);
        oauth.put("oauth_token", token);
        oauth.put("oauth_signature_method", "RSA-SHA1");
        oauth.put("oauth_timestamp", Long.toString(System.currentTimeMillis() / 1000));
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        oauth.put("oauth_nonce", HexFormat.of().formatHex(nonce));
        oauth.put("oauth_version", "1.0");
        try {
            oauth.put("oauth_signature", OAuth1Signature.sign(OAuth1Signature.baseString(r.method(), r.url(), oauth), key));
        } catch (GeneralSecurityException e) {
            throw new IOException("OAuth 1.0 signing failed", e);
        }
        StringBuilder h = new StringBuilder("OAuth ");
        oauth.forEach((k, v) -> h.append(k).append("=\"").append(OAuth1Signature.encode(v)).append("\", "));
        h.setLength(h.length() - 2);
        return chain.proceed(r.newBuilder().header("Authorization", h.toString()).build());
    }

    @Override
    public String toString() {
        return "OAuth1(credentials hidden)";
    }
}
