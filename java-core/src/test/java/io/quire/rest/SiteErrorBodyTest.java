package io.quire.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteErrorBodyTest {

    @Test
    void v1ErrorGivesTheMessageAndEachErrorAsADetail() {
        String body = """
                {"statusCode":400,"data":{"authorized":true,"valid":false,"errors":[
                  {"message":{"key":"cql.parse","translation":"Could not parse cql: type = ","args":[]}},
                  {"message":{"key":"cql.field.unknown","args":[]}}],"successful":false},
                 "message":"com.atlassian.confluence.api.service.exceptions.BadRequestException: bad cql"}""";
        SiteErrorBody e = SiteErrorBody.parse(body);
        assertEquals("com.atlassian.confluence.api.service.exceptions.BadRequestException: bad cql", e.message());
        assertEquals(List.of("Could not parse cql: type =", "cql.field.unknown"), e.details());
    }

    @Test
    void v2ErrorsBecomeTheMessageAndDetails() {
        String body = """
                {"errors":[{"status":400,"code":"INVALID_REQUEST_PARAMETER","title":"Invalid cursor","detail":null},
                           {"status":400,"code":"X","title":"t","detail":"limit must be at most 250"}]}""";
        SiteErrorBody e = SiteErrorBody.parse(body);
        assertEquals("Invalid cursor", e.message());
        assertEquals(List.of("limit must be at most 250"), e.details());
    }

    @Test
    void aBodyThatIsNotAtlassianJsonIsASnippet() {
        SiteErrorBody e = SiteErrorBody.parse("<html>\n<body>Bad   gateway</body></html>" + "x".repeat(1000));
        assertTrue(e.message().startsWith("<html> <body>Bad gateway</body></html>"), e.message());
        assertTrue(e.message().length() <= SiteErrorBody.SNIPPET + 3);
        assertEquals(List.of(), e.details());
    }

    @Test
    void statusErrorsCarryTheSiteWordsAndA401Hint() {
        QuireException bad = HttpErrors.forStatus(400, "GET", "http://site/rest/api/search",
                SiteErrorBody.parse("{\"message\":\"bad cql\",\"data\":{\"errors\":[{\"message\":{\"translation\":\"near type\"}}]}}"));
        assertEquals(SqlState.GENERAL_ERROR, bad.state());
        assertEquals(400, bad.nativeCode());
        assertTrue(bad.getMessage().endsWith("answered HTTP 400: bad cql"), bad.getMessage());
        assertEquals(List.of("near type"), bad.details());
        QuireException denied = HttpErrors.forStatus(401, "GET", "http://site/rest/api/space", SiteErrorBody.parse(""));
        assertEquals(SqlState.INVALID_AUTHORIZATION, denied.state());
        assertEquals(1, denied.details().size());
        assertTrue(denied.details().getFirst().contains("personal access token"));
    }
}
