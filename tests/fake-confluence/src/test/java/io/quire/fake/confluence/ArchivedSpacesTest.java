package io.quire.fake.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Archived spaces (SALES): space lists include them unless {@code status} says otherwise, as the specs and the
 * recorded Cloud space list show; {@code /search} leaves their content out unless {@code includeArchivedSpaces=true}.
 */
class ArchivedSpacesTest extends ServerTestSupport {

    @BeforeAll
    static void start() throws Exception {
        startServer();
    }

    @AfterAll
    static void stop() {
        stopServer();
    }

    private static List<String> keys(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("results").forEach(r -> out.add(r.get("key").asText()));
        return out;
    }

    @Test
    void spaceListsIncludeArchivedByDefault() {
        assertEquals("archived", data.spaceByKey("SALES").status());
        for (String url : new String[] {"/wiki/rest/api/space", "/rest/api/space", "/wiki/api/v2/spaces"}) {
            assertTrue(keys(json(url)).contains("SALES"), url);
            List<String> current = keys(json(url + "?status=current"));
            assertFalse(current.contains("SALES"), url);
            assertEquals(data.spaces().size() - 1, current.size(), url);
            assertEquals(List.of("SALES"), keys(json(url + "?status=archived")), url);
        }
    }

    @Test
    void searchExcludesArchivedSpacesUnlessAsked() {
        String cql = enc("type = page and space in (SALES, FIN)");
        long sales = data.pagesOf(data.spaceByKey("SALES")).stream().filter(Page::isCurrent).count();
        long fin = data.pagesOf(data.spaceByKey("FIN")).stream().filter(Page::isCurrent).count();
        for (String root : new String[] {"/wiki/rest/api", "/rest/api"}) {
            assertEquals(fin, json(root + "/search?cql=" + cql).get("totalSize").asLong());
            assertEquals(fin + sales, json(root + "/search?cql=" + cql + "&includeArchivedSpaces=true")
                    .get("totalSize").asLong());
        }
        assertEquals(sales, json("/wiki/rest/api/search?cql=" + cql + "&excludeCurrentSpaces=true")
                .get("totalSize").asLong());
        // content search has no such switch
        assertEquals(fin + sales, json("/rest/api/content/search?cql=" + cql + "&limit=100").get("size").asLong());
    }
}
