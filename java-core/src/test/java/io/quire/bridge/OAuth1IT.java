package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AuthScheme=OAuth with OAuthVersion=1.0: RSA-SHA1 signed requests to a Data Center application link. */
class OAuth1IT {
    private static FakeSite site;
    private static String pem;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
        pem = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(site.dcUrl() + "/__admin/oauth1/private-key"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String base() {
        return "Url=" + site.dcUrl() + ";AuthScheme=OAuth;OAuthVersion=1.0;OAuthClientId=quire-demo-consumer"
                + ";OAuthAccessToken=demo-oauth1-token";
    }

    @Test
    void signedRequestsReadTheSite(@TempDir Path dir) throws Exception {
        Path key = dir.resolve("consumer.pem");
        Files.writeString(key, pem);
        long c = FakeSite.connect(base() + ";CertificateStore=" + key);
        assertEquals(1, FakeSite.query(c, "SELECT Key FROM Spaces WHERE Key = 'ENG'").size());
        assertTrue(FakeSite.query(c, "SELECT Id FROM Pages WHERE SpaceKey = 'ENG' AND Title LIKE 'A%'").size() >= 0,
                "query parameters are part of the signature");
        Bridge.disconnect(c);
        long blob = FakeSite.connect(base() + ";CertificateStoreType=PEMKEY_BLOB;CertificateStore={" + pem + "}");
        assertEquals(1, FakeSite.query(blob, "SELECT Key FROM Spaces WHERE Key = 'HR'").size());
        Bridge.disconnect(blob);
        assertTrue(site.requests().stream().anyMatch(r -> r.auth().equals("OAuth")), "the site saw OAuth headers");
    }

    @Test
    void aKeyTheSiteDoesNotKnowIsRejected(@TempDir Path dir) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        String other = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Path key = dir.resolve("other.pem");
        Files.writeString(key, other);
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.connect(base() + ";CertificateStore=" + key));
        assertEquals("28000", e.sqlState());
        assertEquals(401, e.nativeCode());
    }

    @Test
    void missingOrBadKeysAreNamed(@TempDir Path dir) throws Exception {
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.connect(base()));
        assertEquals("28000", e.sqlState());
        assertTrue(e.getMessage().contains("needs CertificateStore"), e.getMessage());
        Path junk = dir.resolve("junk.pem");
        Files.writeString(junk, "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
        e = assertThrows(BridgeException.class, () -> FakeSite.connect(base() + ";CertificateStore=" + junk));
        assertTrue(e.getMessage().contains("usable RSA private key"), e.getMessage());
        assertFalse(e.getMessage().contains("bm90IGEga2V5"), e.getMessage());
    }
}
