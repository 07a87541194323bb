package io.quire.fake.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerTest extends ServerTestSupport {

    @BeforeAll
    static void start() throws Exception {
        startServer();
    }

    @AfterAll
    static void stop() {
        stopServer();
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void rejectsMissingOrWrongCredentials() {
        for (String path : new String[] {"/wiki/rest/api/space", "/rest/api/space", "/wiki/api/v2/spaces"}) {
            for (String auth : new String[] {null, basic("demo", "wrong"), basic("eve", "demo-password"),
                    "Bearer nope", basic("demo-pat-token", "")}) {
                HttpResponse<String> r = get(path, auth);
                assertEquals(401, r.statusCode(), path + " " + auth);
                assertEquals("Basic realm=\"Confluence\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            }
        }
        assertEquals(401, parse(get("/rest/api/space", null).body()).get("statusCode").asInt());
    }

    @Test
    void acceptsAllConfiguredCredentials() {
        for (String auth : new String[] {BASIC, basic("demo", "demo-api-token"),
                basic("demo@quire.example", "demo-api-token"), basic("demo@quire.example", "demo-password"),
                "Bearer demo-pat-token"}) {
            assertEquals(200, get("/wiki/rest/api/space", auth).statusCode(), auth);
        }
    }

    @Test
    void unicodeTitlesRoundTripAsUtf8() {
        for (String title : new String[] {"日本語のページ", "🚀 Launch Plan", "Café Résumé", "O'Brien's Checklist",
                "Team's \"Quarterly\" Goals"}) {
            Page p = data.pages().stream().filter(x -> x.title().equals(title) && x.isCurrent()).findFirst()
                    .orElseThrow();
            HttpResponse<String> r = get("/rest/api/content?spaceKey=" + enc(p.space().key()) + "&title="
                    + enc(title) + "&expand=body.storage", BASIC);
            assertEquals(200, r.statusCode());
            assertEquals("application/json;charset=UTF-8", r.headers().firstValue("Content-Type").orElseThrow());
            JsonNode results = parse(r.body()).get("results");
            assertEquals(1, results.size());
            assertEquals(title, results.get(0).get("title").asText());
            assertEquals(Long.toString(p.id()), results.get(0).get("id").asText());
        }
    }

    @Test
    void compactContentHasOnlyExpandables() {
        Page p = data.pages().getFirst();
        JsonNode c = json("/wiki/rest/api/content/" + p.id());
        assertEquals(Long.toString(p.id()), c.get("id").asText());
        assertTrue(c.get("id").isTextual());
        assertFalse(c.has("space"));
        assertFalse(c.has("version"));
        assertEquals("/rest/api/space/" + p.space().key(), c.get("_expandable").get("space").asText());
        assertEquals(server.url() + "/wiki", c.get("_links").get("base").asText());
    }

    @Test
    void expandedContent() {
        Page p = data.pages().stream().filter(x -> x.depth() == 3 && x.version() > 1 && x.isCurrent())
                .findFirst().orElseThrow();
        JsonNode c = json("/rest/api/content/" + p.id() + "?expand=space,version,history,history.lastUpdated,"
                + "history.previousVersion,ancestors,body.storage,body.atlas_doc_format,container,metadata.labels,"
                + "children.page");
        assertEquals(p.space().key(), c.get("space").get("key").asText());
        assertTrue(c.get("space").get("id").isNumber());
        assertEquals(p.version(), c.get("version").get("number").asInt());
        assertEquals(p.version() - 1, c.get("history").get("previousVersion").get("number").asInt());
        assertEquals(c.get("version"), c.get("history").get("lastUpdated"));
        assertTrue(c.get("history").get("createdDate").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertEquals(3, c.get("ancestors").size());
        assertEquals(Long.toString(p.space().homepageId()), c.get("ancestors").get(0).get("id").asText());
        assertTrue(c.get("body").get("storage").get("value").asText().startsWith("<h1>"));
        assertEquals("doc", parse(c.get("body").get("atlas_doc_format").get("value").asText()).get("type").asText());
        assertEquals(p.labels().size(), c.get("metadata").get("labels").get("size").asInt());
        assertTrue(c.get("children").get("page").has("results"));
        for (String k : new String[] {"space", "version", "history", "ancestors", "body", "container", "children",
                "metadata"}) {
            assertFalse(c.get("_expandable").has(k), k);
        }
    }

    @Test
    void errors() {
        HttpResponse<String> r = get("/rest/api/content/42", BASIC);
        assertEquals(404, r.statusCode());
        assertEquals("No content found with id: ContentId{id=42}", parse(r.body()).get("message").asText());
        r = get("/wiki/rest/api/content/search?cql=" + enc("nosuchfield = 1"), BASIC);
        assertEquals(400, r.statusCode());
        assertEquals(400, parse(r.body()).get("statusCode").asInt());
        r = get("/wiki/rest/api/search?cql=" + enc("space = ENG and ("), BASIC);
        assertEquals(400, r.statusCode());
        r = get("/wiki/api/v2/pages/42", BASIC);
        assertEquals(404, r.statusCode());
        assertEquals("NOT_FOUND", parse(r.body()).get("errors").get(0).get("code").asText());
        assertEquals(404, get("/rest/api/space/NOPE", BASIC).statusCode());
    }

    @Test
    void adminLogRecordsSchemeNotSecret() {
        assertEquals(204, HttpDelete.send(server.url() + "/__admin/requests"));
        get("/wiki/rest/api/content?spaceKey=ENG&limit=25&expand=space%2Cversion", BASIC);
        get("/rest/api/space", "Bearer demo-pat-token");
        get("/rest/api/space", null);
        HttpResponse<String> health = get("/__admin/health", null);
        assertEquals("ok", health.body());
        HttpResponse<String> log = get("/__admin/requests", null);
        assertFalse(log.body().contains("demo-password") || log.body().contains("demo-pat-token"));
        JsonNode entries = parse(log.body());
        assertEquals(3, entries.size(), log.body());
        JsonNode first = entries.get(0);
        assertEquals("GET", first.get("method").asText());
        assertEquals("/wiki/rest/api/content", first.get("path").asText());
        assertEquals("spaceKey=ENG&limit=25&expand=space,version", first.get("query").asText());
        assertEquals(200, first.get("status").asInt());
        assertEquals("Basic", first.get("auth").asText());
        assertEquals("Bearer", entries.get(1).get("auth").asText());
        assertEquals("none", entries.get(2).get("auth").asText());
        assertEquals(401, entries.get(2).get("status").asInt());
    }

    @Test
    void adminLogAndFaultsCoverNewEndpoints() {
        assertEquals(204, HttpDelete.send(server.url() + "/__admin/requests"));
        Comment m = data.comments().getFirst();
        String[] urls = {"/wiki/api/v2/footer-comments?limit=5", "/wiki/api/v2/tasks?status=complete",
                "/rest/api/content/" + m.container().id() + "/child/comment?depth=all", "/rest/api/audit?limit=3",
                "/wiki/rest/api/search/user?cql=type%3Duser", "/rest/api/group/confluence-users/member"};
        for (String u : urls) {
            assertEquals(200, get(u, BASIC).statusCode(), u);
        }
        JsonNode entries = parse(get("/__admin/requests", null).body());
        assertEquals(urls.length, entries.size());
        assertEquals("/wiki/api/v2/tasks", entries.get(1).get("path").asText());
        assertEquals("status=complete", entries.get(1).get("query").asText());
        assertEquals("/wiki/rest/api/search/user", entries.get(4).get("path").asText());
        assertEquals("cql=type=user", entries.get(4).get("query").asText());
        HttpResponse<String> post = post("/__admin/faults?status=503&count=1&retryAfter=2");
        assertEquals(204, post.statusCode());
        HttpResponse<String> failed = get("/wiki/api/v2/attachments", BASIC);
        assertEquals(503, failed.statusCode());
        assertEquals("2", failed.headers().firstValue("Retry-After").orElse(""));
        assertEquals(200, get("/wiki/api/v2/attachments", BASIC).statusCode());
        JsonNode after = parse(get("/__admin/requests", null).body());
        assertEquals(503, after.get(urls.length).get("status").asInt());
    }

    private static HttpResponse<String> post(String path) {
        try {
            return HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url() + path))
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new RuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }
}
