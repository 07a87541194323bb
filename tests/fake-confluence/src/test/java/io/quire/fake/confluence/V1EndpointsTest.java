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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The v1 content, label, history and people endpoints on Cloud ({@code /wiki/rest/api}) and DC ({@code /rest/api}). */
class V1EndpointsTest extends ServerTestSupport {

    private static Samples s;

    @BeforeAll
    static void start() throws Exception {
        startServer();
        s = new Samples(data);
    }

    @AfterAll
    static void stop() {
        stopServer();
    }

    private static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("results").forEach(r -> out.add(r.get("id").asText()));
        return out;
    }

    private static List<String> restIds(List<? extends Content> content) {
        return content.stream().map(V1Render::restId).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/wiki/rest/api", "/rest/api"})
    void blogpostsAreListedByType(String root) {
        List<BlogPost> eng = data.blogposts().stream().filter(b -> b.isCurrent() && b.space().key().equals("ENG"))
                .toList();
        assertEquals(restIds(eng), ids(json(root + "/content?type=blogpost&spaceKey=ENG&limit=100")));
        BlogPost b = eng.getFirst();
        String day = b.created().toString().substring(0, 10);
        assertTrue(ids(json(root + "/content?type=blogpost&postingDay=" + day + "&limit=100"))
                .contains(Long.toString(b.id())));
        JsonNode one = json(root + "/content/" + b.id() + "?expand=body.storage,version");
        assertEquals("blogpost", one.get("type").asText());
        assertEquals(b.version(), one.get("version").get("number").asInt());
        assertTrue(one.get("_links").get("webui").asText().contains("/blog/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/wiki/rest/api", "/rest/api"})
    void childCommentsWithLocationAndDepth(String root) {
        Content page = s.inline.container();
        List<Comment> all = data.commentsOf(page.id());
        String base = root + "/content/" + page.id() + "/child/comment?limit=100";
        assertEquals(restIds(all.stream().filter(m -> m.parentId() == 0).toList()), ids(json(base)));
        assertEquals(restIds(all), ids(json(base + "&depth=all")));
        assertEquals(restIds(all.stream().filter(m -> m.inline() && m.parentId() == 0).toList()),
                ids(json(base + "&location=inline")));
        assertEquals(restIds(all.stream().filter(m -> "resolved".equals(m.resolution())).toList()),
                ids(json(base + "&location=resolved&depth=all")));
        JsonNode c = json(root + "/content/" + s.inline.id()
                + "?expand=extensions.inlineProperties,extensions.resolution,container");
        assertEquals("inline", c.get("extensions").get("location").asText());
        assertEquals(s.inline.resolution(), c.get("extensions").get("resolution").get("status").asText());
        assertEquals(s.inline.markerRef(), c.get("extensions").get("inlineProperties").get("markerRef").asText());
        assertEquals(Long.toString(page.id()), c.get("container").get("id").asText());
        Comment reply = data.replies(s.inline.id()).getFirst();
        JsonNode r = json(root + "/content/" + reply.id() + "?expand=ancestors");
        assertEquals(Long.toString(s.inline.id()), r.get("ancestors").get(0).get("id").asText());
        assertEquals(restIds(data.replies(s.inline.id())), ids(json(root + "/content/" + s.inline.id() + "/child/comment")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/wiki/rest/api", "/rest/api"})
    void childAttachmentsAndLabels(String root) {
        Attachment a = s.pageAttachment;
        List<Attachment> all = data.attachmentsOf(a.container().id());
        String base = root + "/content/" + a.container().id() + "/child/attachment";
        assertEquals(restIds(all), ids(json(base)));
        assertEquals(List.of(a.restId()), ids(json(base + "?filename=" + enc(a.title()))));
        assertEquals(restIds(all.stream().filter(x -> x.mediaType().equals(a.mediaType())).toList()),
                ids(json(base + "?mediaType=" + enc(a.mediaType()))));
        JsonNode one = json(root + "/content/" + a.restId());
        assertEquals(a.fileSize(), one.get("extensions").get("fileSize").asLong());
        assertEquals(a.mediaType(), one.get("extensions").get("mediaType").asText());
        assertTrue(one.get("_links").get("download").asText().startsWith("/download/attachments/"));
        JsonNode labels = json(root + "/content/" + s.labeledPage.id() + "/label");
        assertEquals(s.labeledPage.labels().size(), labels.get("size").asInt());
        JsonNode first = labels.get("results").get(0);
        assertEquals(s.labeledPage.labels().getFirst(), first.get("name").asText());
        assertEquals("global", first.get("prefix").asText());
        assertEquals(Long.toString(Label.global(first.get("name").asText()).id()), first.get("id").asText());
        assertEquals(0, json(root + "/content/" + s.labeledPage.id() + "/label?prefix=my").get("size").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/wiki/rest/api", "/rest/api"})
    void childrenAncestorsAndDescendants(String root) {
        Page p = s.parentPage;
        List<Page> kids = data.children(p.id()).stream().filter(Page::isCurrent).toList();
        assertEquals(restIds(kids), ids(json(root + "/content/" + p.id() + "/child/page?limit=100")));
        List<Page> desc = data.descendants(p.id()).stream().filter(Page::isCurrent).toList();
        assertEquals(restIds(desc), ids(json(root + "/content/" + p.id() + "/descendant/page?limit=100")));
        JsonNode map = json(root + "/content/" + p.id() + "/child?expand=page,attachment");
        assertTrue(map.has("page") && map.has("attachment"));
        assertTrue(map.get("_expandable").has("comment"));
        JsonNode deep = json(root + "/content/" + s.deepPage.id() + "?expand=ancestors");
        List<String> ancestors = new ArrayList<>();
        deep.get("ancestors").forEach(x -> ancestors.add(x.get("id").asText()));
        assertEquals(restIds(data.ancestors(s.deepPage)), ancestors);
    }

    @Test
    void historyContributorsCloudAndDc() {
        Page p = s.versionedPage;
        List<User> contributors = data.contributors(p);
        JsonNode cloud = json("/wiki/rest/api/content/" + p.id() + "/history?expand=contributors.publishers");
        JsonNode pub = cloud.get("contributors").get("publishers");
        assertEquals(contributors.size(), pub.get("users").size());
        assertEquals(contributors.getFirst().accountId(), pub.get("userAccountIds").get(0).asText());
        JsonNode dc = json("/rest/api/content/" + p.id() + "/history?expand=contributors.publishers,lastUpdated");
        assertEquals(contributors.getFirst().userKey(), dc.get("contributors").get("publishers").get("userKeys")
                .get(0).asText());
        JsonNode by = dc.get("lastUpdated").get("by");
        assertEquals(p.updater().username(), by.get("username").asText());
        assertFalse(by.has("accountId"));
    }

    @Test
    void usersCloud() {
        User u = s.user;
        assertEquals(u.displayName(), json("/wiki/rest/api/user?accountId=" + u.accountId()).get("displayName").asText());
        assertEquals(data.demoUser().accountId(), json("/wiki/rest/api/user/current").get("accountId").asText());
        assertEquals(404, get("/wiki/rest/api/user?accountId=nope", BASIC).statusCode());
        JsonNode bulk = json("/wiki/rest/api/user/bulk?accountId=" + u.accountId() + "&accountId="
                + data.demoUser().accountId());
        assertEquals(2, bulk.get("size").asInt());
        JsonNode found = json("/wiki/rest/api/search/user?cql=" + enc("type = user and user.fullname ~ \"grace\""));
        assertEquals(1, found.get("totalSize").asInt());
        assertEquals("Grace Hopper", found.get("results").get(0).get("user").get("displayName").asText());
        assertEquals(data.users().size(), json("/wiki/rest/api/search/user?cql=type%3Duser&limit=100")
                .get("results").size());
        assertEquals(400, get("/wiki/rest/api/search/user?cql=" + enc("user.fullname ~ grace"), BASIC).statusCode());
        assertEquals(404, get("/rest/api/search/user?cql=type%3Duser", BASIC).statusCode());
    }

    @Test
    void usersDataCenter() {
        User u = s.user;
        JsonNode byName = json("/rest/api/user?username=" + u.username());
        assertEquals(u.userKey(), byName.get("userKey").asText());
        assertEquals(u.displayName(), byName.get("displayName").asText());
        assertFalse(byName.has("accountId"));
        assertEquals(u.username(), json("/rest/api/user?key=" + u.userKey()).get("username").asText());
        assertEquals("demo", json("/rest/api/user/current").get("username").asText());
        assertEquals(data.users().size(), json("/rest/api/user/list").get("size").asInt());
        assertEquals(data.users().size(), json("/rest/api/admin/users/list/active").get("size").asInt());
        assertEquals(404, get("/wiki/rest/api/user/list", BASIC).statusCode());
    }

    @Test
    void groupsAndMembers() {
        Group g = s.group;
        List<String> names = data.groups().stream().map(Group::name).toList();
        for (String root : new String[] {"/wiki/rest/api", "/rest/api"}) {
            List<String> got = new ArrayList<>();
            json(root + "/group").get("results").forEach(x -> got.add(x.get("name").asText()));
            assertEquals(names, got);
            List<String> members = new ArrayList<>();
            json(root + "/group/" + g.name() + "/member").get("results")
                    .forEach(x -> members.add(x.get("displayName").asText()));
            assertEquals(data.members(g).stream().map(User::displayName).toList(), members);
        }
        assertEquals(g.id(), json("/wiki/rest/api/group/by-id?id=" + g.id()).get("id").asText());
        assertEquals(data.members(g).size(), json("/wiki/rest/api/group/" + g.id() + "/membersByGroupId")
                .get("size").asInt());
        assertEquals(data.members(g).size(), json("/wiki/rest/api/group/member?name=" + g.name()).get("size").asInt());
        assertEquals(g.name(), json("/rest/api/group/" + g.name()).get("name").asText());
        JsonNode memberOf = json("/rest/api/user/memberof?username=demo");
        assertEquals(data.groupsOf(data.demoUser()).size(), memberOf.get("size").asInt());
        assertEquals(data.groupsOf(s.user).size(),
                json("/wiki/rest/api/user/memberof?accountId=" + s.user.accountId()).get("size").asInt());
        assertEquals(404, get("/rest/api/group/nope/member", BASIC).statusCode());
    }

    @Test
    void spacePermissions() {
        Space eng = data.spaceByKey("ENG");
        List<SpacePermission> perms = data.permissionsOf(eng);
        JsonNode dc = json("/rest/api/space/ENG/permissions");
        assertEquals(perms.size(), dc.size());
        assertEquals(perms.getFirst().operation(), dc.get(0).get("operation").get("operationKey").asText());
        assertEquals("confluence-users", dc.get(0).get("subject").get("identifier").asText());
        assertEquals(404, get("/wiki/rest/api/space/ENG/permissions", BASIC).statusCode());
        for (String root : new String[] {"/wiki/rest/api", "/rest/api"}) {
            JsonNode sp = json(root + "/space/ENG?expand=permissions");
            assertEquals(perms.size(), sp.get("permissions").size());
            JsonNode last = sp.get("permissions").get(perms.size() - 1);
            assertEquals(perms.getLast().id(), last.get("id").asLong());
            assertEquals(perms.getLast().targetType(), last.get("operation").get("targetType").asText());
            assertFalse(sp.get("_expandable").has("permissions"));
        }
    }

    @Test
    void spaceContentByType() {
        Space eng = data.spaceByKey("ENG");
        JsonNode both = json("/rest/api/space/ENG/content?limit=3");
        assertEquals(3, both.get("page").get("size").asInt());
        assertTrue(both.get("blogpost").has("results"));
        List<Content> blogs = data.index().inSpace(eng, "blogpost").stream().filter(Content::isCurrent).toList();
        assertEquals(restIds(blogs), ids(json("/wiki/rest/api/space/ENG/content/blogpost?limit=200")));
        List<Page> roots = data.pagesOf(eng).stream().filter(p -> p.isCurrent() && p.parentId() == 0).toList();
        assertEquals(restIds(roots), ids(json("/rest/api/space/ENG/content/page?depth=root&limit=100")));
        assertEquals(List.of("eng", "team"), labelNames(json("/rest/api/space/ENG/labels")).stream()
                .sorted().toList());
        assertEquals(2, json("/wiki/rest/api/space/ENG/label").get("size").asInt());
    }

    private static List<String> labelNames(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("results").forEach(x -> out.add(x.get("name").asText()));
        return out;
    }

    @Test
    void labelDetailsCloud() {
        JsonNode l = json("/wiki/rest/api/label?name=howto&limit=500");
        assertEquals(Long.toString(Label.global("howto").id()), l.get("label").get("id").asText());
        long want = data.index().labeled("howto").stream().filter(Content::isCurrent).count();
        assertEquals(want, l.get("associatedContents").get("size").asInt());
        assertEquals(404, get("/wiki/rest/api/label?name=nolabel", BASIC).statusCode());
    }

    @Test
    void auditWithDatesAndSearch() {
        List<AuditRecord> all = data.auditRecords();
        JsonNode page = json("/wiki/rest/api/audit?limit=10");
        assertEquals(10, page.get("size").asInt());
        assertEquals(all.getFirst().creationDate().toEpochMilli(), page.get("results").get(0).get("creationDate")
                .asLong());
        long from = java.time.Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
        long to = java.time.Instant.parse("2023-12-31T23:59:59Z").toEpochMilli();
        long want = all.stream().filter(a -> a.creationDate().toEpochMilli() >= from
                && a.creationDate().toEpochMilli() <= to).count();
        assertEquals(want, json("/wiki/rest/api/audit?startDate=" + from + "&endDate=" + to).get("size").asInt());
        assertEquals(want, json("/rest/api/audit?startDate=2023-01-01&endDate=2023-12-31").get("size").asInt());
        long exported = all.stream().filter(a -> a.summary().equals("Space exported")).count();
        assertEquals(exported, json("/rest/api/audit?searchString=EXPORTED").get("size").asInt());
        JsonNode dcAuthor = json("/rest/api/audit?limit=1").get("results").get(0).get("author");
        assertEquals(all.getFirst().author().username(), dcAuthor.get("username").asText());
        assertEquals(400, get("/rest/api/audit?startDate=yesterday", BASIC).statusCode());
        JsonNode paged = json("/rest/api/audit?limit=7&start=7");
        assertEquals("/rest/api/audit?limit=7&start=14", paged.get("_links").get("next").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/wiki/rest/api/content/search", "/rest/api/content/search", "/wiki/rest/api/search",
            "/rest/api/search"})
    void invalidCqlIsA400WithTheServiceErrorShape(String path) {
        String cql = "type = page and created > now(\"-4x\")";
        var r = get(path + "?cql=" + enc(cql), BASIC);
        assertEquals(400, r.statusCode());
        JsonNode body = parse(r.body());
        assertEquals(400, body.get("statusCode").asInt());
        assertEquals("Bad Request", body.get("reason").asText());
        assertEquals("com.atlassian.confluence.api.service.exceptions.BadRequestException: Could not parse cql : "
                + cql, body.get("message").asText());
        assertFalse(body.get("data").get("valid").asBoolean());
        assertTrue(body.get("data").get("errors").get(0).get("message").get("translation").asText()
                .contains("-4x"));
    }
}
