package io.quire.fake.confluence;

import static io.quire.fake.confluence.SpecValidator.CLOUD_V1;
import static io.quire.fake.confluence.SpecValidator.CLOUD_V2;
import static io.quire.fake.confluence.SpecValidator.DC;
import static io.quire.fake.confluence.SpecValidator.component;
import static io.quire.fake.confluence.SpecValidator.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks one sample response of every endpoint the fake serves against the response schema of the official spec
 * of its flavour. The Cloud v1 spec no longer lists the deprecated v1 space and content endpoints (Cloud still
 * serves them), so those are checked against the spec's component schemas ({@code Space}, {@code ContentArray},
 * ...); Data Center's {@code /audit} has no response schema in the DC spec and is checked against Cloud's
 * {@code AuditRecordArray}. See {@link SpecValidator} for what is not checked.
 */
class SchemaValidationTest extends ServerTestSupport {

    @BeforeAll
    static void start() throws Exception {
        startServer();
    }

    @AfterAll
    static void stop() {
        stopServer();
    }

    record Case(String url, String spec, String pointer) {
        @Override
        public String toString() {
            return url;
        }
    }

    static Stream<Case> cases() {
        Samples s = new Samples(Samples.DEFAULT_SITE);
        List<Case> c = new ArrayList<>();
        // ---- Cloud v2 ----
        v2(c, "/spaces", "/spaces?limit=3&description-format=plain");
        v2(c, "/spaces/{id}", "/spaces/" + s.space.id() + "?include-icon=true");
        v2(c, "/spaces/{id}/pages", "/spaces/" + s.space.id() + "/pages?limit=5&body-format=storage");
        v2(c, "/spaces/{id}/blogposts", "/spaces/" + s.space.id() + "/blogposts?limit=5");
        v2(c, "/spaces/{id}/permissions", "/spaces/" + s.space.id() + "/permissions");
        v2(c, "/spaces/{id}/labels", "/spaces/" + s.space.id() + "/labels");
        v2(c, "/spaces/{id}/content/labels", "/spaces/" + s.space.id() + "/content/labels");
        v2(c, "/pages", "/pages?limit=5&body-format=atlas_doc_format");
        v2(c, "/pages/{id}", "/pages/" + s.deepPage.id() + "?body-format=storage");
        v2(c, "/pages/{id}/ancestors", "/pages/" + s.deepPage.id() + "/ancestors");
        v2(c, "/pages/{id}/children", "/pages/" + s.parentPage.id() + "/children");
        v2(c, "/pages/{id}/direct-children", "/pages/" + s.parentPage.id() + "/direct-children");
        v2(c, "/pages/{id}/descendants", "/pages/" + s.parentPage.id() + "/descendants?depth=3");
        v2(c, "/pages/{id}/footer-comments", "/pages/" + s.footer.container().id() + "/footer-comments?body-format=storage");
        v2(c, "/pages/{id}/inline-comments", "/pages/" + s.inline.container().id() + "/inline-comments");
        v2(c, "/pages/{id}/attachments", "/pages/" + s.pageAttachment.container().id() + "/attachments");
        v2(c, "/pages/{id}/labels", "/pages/" + s.labeledPage.id() + "/labels");
        v2(c, "/pages/{id}/versions", "/pages/" + s.versionedPage.id() + "/versions");
        v2(c, "/blogposts", "/blogposts?limit=5&body-format=storage");
        v2(c, "/blogposts/{id}", "/blogposts/" + s.blog.id() + "?body-format=atlas_doc_format");
        v2(c, "/blogposts/{id}/footer-comments", "/blogposts/" + s.blog.id() + "/footer-comments");
        v2(c, "/blogposts/{id}/inline-comments", "/blogposts/" + s.blog.id() + "/inline-comments");
        v2(c, "/blogposts/{id}/attachments", "/blogposts/" + s.blog.id() + "/attachments");
        v2(c, "/blogposts/{id}/labels", "/blogposts/" + s.blog.id() + "/labels");
        v2(c, "/blogposts/{id}/versions", "/blogposts/" + s.blog.id() + "/versions");
        v2(c, "/footer-comments", "/footer-comments?limit=10&body-format=storage");
        v2(c, "/footer-comments/{comment-id}", "/footer-comments/" + s.footer.id() + "?body-format=view");
        v2(c, "/footer-comments/{id}/children", "/footer-comments/" + s.footer.id() + "/children");
        v2(c, "/inline-comments", "/inline-comments?limit=10");
        v2(c, "/inline-comments/{comment-id}", "/inline-comments/" + s.inline.id());
        v2(c, "/inline-comments/{id}/children", "/inline-comments/" + s.inline.id() + "/children");
        v2(c, "/attachments", "/attachments?limit=10");
        v2(c, "/attachments/{id}", "/attachments/" + s.labeledAttachment.restId());
        v2(c, "/attachments/{id}/labels", "/attachments/" + s.labeledAttachment.restId() + "/labels");
        v2(c, "/labels", "/labels");
        v2(c, "/labels/{id}/pages", "/labels/" + s.label.id() + "/pages");
        v2(c, "/labels/{id}/blogposts", "/labels/" + s.label.id() + "/blogposts");
        v2(c, "/labels/{id}/attachments", "/labels/" + Label.global("draft").id() + "/attachments");
        v2(c, "/tasks", "/tasks?limit=20&body-format=storage");
        v2(c, "/tasks/{id}", "/tasks/" + s.task.id() + "?body-format=atlas_doc_format");
        // ---- Cloud v1: endpoints still in the spec ----
        String w = "/wiki/rest/api";
        c.add(new Case(w + "/search?cql=" + enc("space = ENG") + "&limit=30", CLOUD_V1, response(w + "/search")));
        c.add(new Case(w + "/content/search?cql=" + enc("type in (comment, attachment)") + "&limit=30"
                + "&expand=version,history,space,container,ancestors,extensions.inlineProperties,"
                + "extensions.resolution", CLOUD_V1, response(w + "/content/search")));
        c.add(new Case(w + "/search/user?cql=" + enc("type = user"), CLOUD_V1, response(w + "/search/user")));
        c.add(new Case(w + "/group", CLOUD_V1, response(w + "/group")));
        c.add(new Case(w + "/group/by-id?id=" + s.group.id(), CLOUD_V1, response(w + "/group/by-id")));
        c.add(new Case(w + "/group/" + s.group.id() + "/membersByGroupId", CLOUD_V1,
                response(w + "/group/{groupId}/membersByGroupId")));
        c.add(new Case(w + "/user?accountId=" + s.user.accountId(), CLOUD_V1, response(w + "/user")));
        c.add(new Case(w + "/user/current", CLOUD_V1, response(w + "/user/current")));
        c.add(new Case(w + "/user/memberof?accountId=" + s.user.accountId(), CLOUD_V1, response(w + "/user/memberof")));
        c.add(new Case(w + "/user/bulk?accountId=" + s.user.accountId(), CLOUD_V1, response(w + "/user/bulk")));
        c.add(new Case(w + "/audit?limit=50", CLOUD_V1, response(w + "/audit")));
        c.add(new Case(w + "/audit/since?number=100&units=YEARS&limit=5", CLOUD_V1, response(w + "/audit/since")));
        c.add(new Case(w + "/label?name=howto", CLOUD_V1, response(w + "/label")));
        c.add(new Case(w + "/content/" + s.parentPage.id() + "/descendant?expand=page,comment,attachment", CLOUD_V1,
                response(w + "/content/{id}/descendant")));
        c.add(new Case(w + "/content/" + s.parentPage.id() + "/descendant/page?depth=root", CLOUD_V1,
                response(w + "/content/{id}/descendant/{type}")));
        c.add(new Case(w + "/space/ENG/label", CLOUD_V1, response(w + "/space/{spaceKey}/label")));
        // ---- Cloud v1: deprecated endpoints, checked against component schemas ----
        c.add(new Case(w + "/space?limit=10&expand=permissions,description.plain,icon,metadata.labels,history,homepage",
                CLOUD_V1, component("SpaceArray")));
        c.add(new Case(w + "/space/ENG?expand=permissions", CLOUD_V1, component("Space")));
        c.add(new Case(w + "/content?type=blogpost&expand=space,version,history.lastUpdated,body.storage",
                CLOUD_V1, component("ContentArray")));
        c.add(new Case(w + "/content/" + s.deepPage.id() + "?expand=ancestors,children.page,children.comment,"
                + "children.attachment,metadata.labels,history.contributors.publishers,body.view",
                CLOUD_V1, component("Content")));
        c.add(new Case(w + "/content/" + s.labeledAttachment.restId() + "?expand=container,version,metadata.labels",
                CLOUD_V1, component("Content")));
        c.add(new Case(w + "/content/" + s.footer.container().id() + "/child?expand=comment,attachment",
                CLOUD_V1, component("ContentChildren")));
        c.add(new Case(w + "/content/" + s.inline.container().id() + "/child/comment?location=inline&depth=all"
                + "&expand=extensions.resolution,body.view", CLOUD_V1, component("ContentArray")));
        c.add(new Case(w + "/content/" + s.pageAttachment.container().id() + "/child/attachment", CLOUD_V1,
                component("ContentArray")));
        c.add(new Case(w + "/content/" + s.parentPage.id() + "/child/page", CLOUD_V1, component("ContentArray")));
        c.add(new Case(w + "/content/" + s.labeledPage.id() + "/label", CLOUD_V1, component("LabelArray")));
        c.add(new Case(w + "/content/" + s.versionedPage.id() + "/history?expand=contributors.publishers,"
                + "lastUpdated,previousVersion", CLOUD_V1, component("ContentHistory")));
        c.add(new Case(w + "/group/member?name=confluence-users", CLOUD_V1, component("UserArray")));
        // ---- Data Center ----
        String d = "/rest/api";
        dc(c, "/space", "/space?expand=permissions,description.plain");
        dc(c, "/space/{spaceKey}", "/space/ENG?expand=homepage,history");
        dc(c, "/space/{spaceKey}/content", "/space/ENG/content?limit=5");
        dc(c, "/space/{spaceKey}/content/{type}", "/space/ENG/content/blogpost?expand=version");
        dc(c, "/space/{spaceKey}/permissions", "/space/ENG/permissions");
        dc(c, "/space/{spaceKey}/labels", "/space/ENG/labels");
        dc(c, "/content", "/content?spaceKey=ENG&expand=version,space,history");
        dc(c, "/content/{id}", "/content/" + s.footer.id() + "?expand=container,ancestors,extensions.resolution");
        dc(c, "/content/{id}/child", "/content/" + s.parentPage.id() + "/child?expand=page");
        dc(c, "/content/{id}/child/{type}", "/content/" + s.parentPage.id() + "/child/page?expand=version");
        dc(c, "/content/{id}/child/comment", "/content/" + s.footer.container().id() + "/child/comment?depth=all");
        dc(c, "/content/{id}/label", "/content/" + s.labeledPage.id() + "/label");
        dc(c, "/content/{id}/history", "/content/" + s.versionedPage.id() + "/history?expand=contributors.publishers");
        dc(c, "/content/{id}/descendant", "/content/" + s.parentPage.id() + "/descendant?expand=page");
        dc(c, "/content/{id}/descendant/{type}", "/content/" + s.footer.container().id() + "/descendant/comment");
        dc(c, "/content/search", "/content/search?cql=" + enc("type = blogpost and space = ENG"));
        dc(c, "/search", "/search?cql=" + enc("label = howto") + "&includeArchivedSpaces=true");
        dc(c, "/group", "/group");
        dc(c, "/group/{groupName}", "/group/confluence-users");
        dc(c, "/group/{groupName}/member", "/group/confluence-users/member?limit=5");
        dc(c, "/user", "/user?username=" + s.user.username());
        dc(c, "/user/current", "/user/current");
        dc(c, "/user/memberof", "/user/memberof?key=" + s.user.userKey());
        dc(c, "/user/list", "/user/list");
        dc(c, "/admin/users/list/active", "/admin/users/list/active");
        c.add(new Case(d + "/content/" + s.pageAttachment.container().id() + "/child/attachment", DC,
                response(d + "/content/{id}/child")));
        c.add(new Case(d + "/audit?limit=20", CLOUD_V1, component("AuditRecordArray")));
        return c.stream();
    }

    private static void v2(List<Case> c, String specPath, String url) {
        c.add(new Case("/wiki/api/v2" + url, CLOUD_V2, response(specPath)));
    }

    private static void dc(List<Case> c, String specPath, String url) {
        c.add(new Case("/rest/api" + url, DC, response("/rest/api" + specPath)));
    }

    /** Guards against a validator that silently accepts everything (e.g. a pointer that resolves to nothing). */
    @Test
    void validatorRejectsBrokenShapes() {
        JsonNode page = json("/wiki/api/v2/pages/" + data.pages().getFirst().id());
        assertTrue(SpecValidator.validate(CLOUD_V2, response("/pages/{id}"), page).isEmpty());
        ((ObjectNode) page).put("id", 5);
        ((ObjectNode) page.get("version")).put("number", "one");
        assertEquals(2, SpecValidator.validate(CLOUD_V2, response("/pages/{id}"), page).size());
        JsonNode space = json("/wiki/rest/api/space/ENG");
        ((ObjectNode) space).remove("key");
        assertFalse(SpecValidator.validate(CLOUD_V1, component("Space"), space).isEmpty());
        JsonNode dc = json("/rest/api/content/" + data.pages().getFirst().id() + "?expand=version");
        ((ObjectNode) dc.get("version")).put("number", "x");
        assertFalse(SpecValidator.validate(DC, response("/rest/api/content/{id}"), dc).isEmpty());
        JsonNode tasks = json("/wiki/api/v2/tasks?limit=1");
        ((ObjectNode) tasks.get("results").get(0)).put("status", "done");
        assertFalse(SpecValidator.validate(CLOUD_V2, response("/tasks"), tasks).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void responseMatchesSpec(Case c) {
        JsonNode body = json(c.url());
        assertTrue(body.isArray() || body.size() > 0, "empty response for " + c.url());
        Set<ValidationMessage> errors = SpecValidator.validate(c.spec(), c.pointer(), body);
        assertTrue(errors.isEmpty(), () -> c.url() + " does not match " + c.spec() + "#" + c.pointer() + ":\n"
                + String.join("\n", errors.stream().map(ValidationMessage::toString).limit(20).toList()));
    }
}
