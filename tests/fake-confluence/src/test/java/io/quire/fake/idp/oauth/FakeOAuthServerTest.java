package io.quire.fake.idp.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.fake.confluence.Config;
import io.quire.fake.confluence.DataGenerator;
import io.quire.fake.confluence.FakeConfluenceServer;
import io.quire.fake.confluence.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fake OAuth server: codes, rotating refresh tokens, client credentials, the gateway and its admin. */
class FakeOAuthServerTest {
    private static final String REDIRECT = "http://localhost:33333/cb";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FakeConfluenceServer server;

    @BeforeAll
    static void start() throws Exception {
        Config d = Config.defaults();
        Config cfg = new Config(0, d.seed(), 2, 20, d.user(), d.password(), d.email(), d.apiToken(), d.pat(), 0);
        server = FakeConfluenceServer.start(cfg, DataGenerator.generate(cfg));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void codeIsSingleUseAndBoundToRedirectUri() throws Exception {
        String code = authorize("s1");
        assertEquals(403, token(json("authorization_code", "\"code\":\"" + code + "\",\"redirect_uri\":\"http://other/\"")).statusCode());
        String code2 = authorize("s2");
        HttpResponse<String> ok = token(json("authorization_code", "\"code\":\"" + code2 + "\",\"redirect_uri\":\"" + REDIRECT + "\""));
        assertEquals(200, ok.statusCode(), ok.body());
        JsonNode t = Json.MAPPER.readTree(ok.body());
        assertTrue(t.path("access_token").asText().startsWith("qat_"));
        assertTrue(t.path("refresh_token").asText().startsWith("qrt_"));
        HttpResponse<String> again = token(json("authorization_code", "\"code\":\"" + code2 + "\",\"redirect_uri\":\"" + REDIRECT + "\""));
        assertEquals(403, again.statusCode());
        assertEquals("invalid_grant", Json.MAPPER.readTree(again.body()).path("error").asText());
    }

    @Test
    void refreshTokensRotate() throws Exception {
        JsonNode first = Json.MAPPER.readTree(token(json("authorization_code", "\"code\":\"" + authorize("r")
                + "\",\"redirect_uri\":\"" + REDIRECT + "\"")).body());
        String rt = first.path("refresh_token").asText();
        HttpResponse<String> r1 = token(json("refresh_token", "\"refresh_token\":\"" + rt + "\""));
        assertEquals(200, r1.statusCode());
        assertNotEquals(rt, Json.MAPPER.readTree(r1.body()).path("refresh_token").asText());
        assertEquals(403, token(json("refresh_token", "\"refresh_token\":\"" + rt + "\"")).statusCode());
    }

    @Test
    void gatewayServesCloudApiOnlyToIssuedTokens() throws Exception {
        String at = Json.MAPPER.readTree(token(json("authorization_code", "\"code\":\"" + authorize("g")
                + "\",\"redirect_uri\":\"" + REDIRECT + "\"")).body()).path("access_token").asText();
        String gw = "/ex/confluence/" + FakeOAuthConfig.CLOUD_ID + "/wiki/rest/api/space?limit=1";
        assertEquals(200, get(gw, "Bearer " + at).statusCode());
        assertEquals(200, get("/ex/confluence/" + FakeOAuthConfig.CLOUD_ID + "/wiki/api/v2/spaces", "Bearer " + at).statusCode());
        assertEquals(401, get(gw, basic("demo", "demo-password")).statusCode());
        assertEquals(404, get("/ex/confluence/no-such-cloud/wiki/rest/api/space", "Bearer " + at).statusCode());
        assertEquals(200, get("/rest/api/space?limit=1", "Bearer " + at).statusCode(), "DC paths take issued tokens");
        assertEquals(401, get("/wiki/rest/api/space?limit=1", "Bearer " + at).statusCode(), "the site itself does not");
        assertEquals(200, get("/wiki/rest/api/space?limit=1", basic("demo@quire.example", "demo-api-token")).statusCode());
        JsonNode res = Json.MAPPER.readTree(get("/oauth/token/accessible-resources", "Bearer " + at).body());
        assertEquals(FakeOAuthConfig.CLOUD_ID, res.get(1).path("id").asText());
        assertEquals(server.url(), res.get(1).path("url").asText());

        post("/__admin/oauth/expire?what=access");
        assertEquals(401, get(gw, "Bearer " + at).statusCode());
    }

    @Test
    void clientCredentialsWithBasicAndForm() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "/__oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", basic(FakeOAuthConfig.SERVICE_CLIENT_ID, FakeOAuthConfig.SERVICE_CLIENT_SECRET))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode t = Json.MAPPER.readTree(r.body());
        assertTrue(t.path("refresh_token").isMissingNode());
        assertEquals(200, get("/rest/api/space?limit=1", "Bearer " + t.path("access_token").asText()).statusCode());
        HttpRequest bad = HttpRequest.newBuilder(URI.create(server.url() + "/__oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", basic(FakeOAuthConfig.SERVICE_CLIENT_ID, "wrong"))
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        HttpResponse<String> refused = HTTP.send(bad, HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        assertEquals("invalid_client", Json.MAPPER.readTree(refused.body()).path("error").asText());
    }

    private static String authorize(String state) throws Exception {
        String url = server.url() + "/__oauth/authorize?audience=api.atlassian.com&client_id=" + FakeOAuthConfig.CLIENT_ID
                + "&scope=" + enc("read:confluence-content.all offline_access") + "&redirect_uri=" + enc(REDIRECT)
                + "&state=" + state + "&response_type=code&prompt=consent";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, r.statusCode());
        String loc = r.headers().firstValue("Location").orElseThrow();
        assertTrue(loc.startsWith(REDIRECT + "?code=qac_"), loc);
        assertTrue(loc.endsWith("&state=" + state), loc);
        return loc.substring(loc.indexOf("code=") + 5, loc.indexOf("&state"));
    }

    private static String json(String grant, String more) {
        return "{\"grant_type\":\"" + grant + "\",\"client_id\":\"" + FakeOAuthConfig.CLIENT_ID + "\",\"client_secret\":\""
                + FakeOAuthConfig.CLIENT_SECRET + "\"," + more + "}";
    }

    private static HttpResponse<String> token(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "/__oauth/token"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String auth) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void post(String path) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String u, String p) {
        return "Basic " + Base64.getEncoder().encodeToString((u + ":" + p).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
