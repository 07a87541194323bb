package io.quire.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.AuditRecord;
import io.quire.fake.confluence.Group;
import io.quire.fake.confluence.Page;
import io.quire.fake.confluence.RequestLog;
import io.quire.fake.confluence.Space;
import io.quire.fake.confluence.SpacePermission;
import io.quire.fake.confluence.Task;
import io.quire.fake.confluence.User;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The people and administration views on both deployments: Users, AllUsers, Groups,
 * GroupMembers, Tasks, Contributors, SpacePermissions and AuditRecords. Expected rows come from
 * the fake's SiteData; pushed filters are checked in the requests the site received.
 */
class ConfluencePeopleIT {
    private static final int PAGE_SIZE = 50;
    private static FakeSite site;

    @BeforeAll
    static void start() throws Exception {
        site = new FakeSite();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static long connect(boolean cloud) throws BridgeException {
        return site.connectAs(cloud, ";Pagesize=" + PAGE_SIZE);
    }

    private static Set<String> col(List<Object[]> rows, int i) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(String.valueOf(r[i])));
        return out;
    }

    private static <T> Set<String> set(List<T> items, Function<T, Object> f) {
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(String.valueOf(f.apply(i))));
        return out;
    }

    /** The id a deployment knows a user by in AccountId columns. */
    private static String id(User u, boolean cloud) {
        return cloud ? u.accountId() : u.userKey();
    }

    private static String groupId(Group g, boolean cloud) {
        return cloud ? g.id() : g.name();
    }

    private static List<RequestLog.Entry> requests(Predicate<RequestLog.Entry> p) {
        return site.requests().stream().filter(p).toList();
    }

    private static String query(RequestLog.Entry e) {
        return e.query() == null ? "" : URLDecoder.decode(e.query(), StandardCharsets.UTF_8);
    }

    private static String literal(Instant t) {
        return "TIMESTAMP '" + LocalDateTime.ofInstant(t, ZoneOffset.UTC).toString().replace('T', ' ') + "'";
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1000;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void usersListEveryoneWithTheirDeploymentsIds(boolean cloud) throws Exception {
        long c = connect(cloud);
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT AccountId, UserKey, UserName, DisplayName, PublicName FROM Users");
        assertEquals(set(site.data.users(), u -> id(u, cloud)), col(rows, 0));
        assertEquals(site.data.users().size(), rows.size());
        User u = site.data.users().get(1);
        Object[] row = rows.stream().filter(r -> id(u, cloud).equals(r[0])).findFirst().orElseThrow();
        assertEquals(u.displayName(), row[3]);
        assertEquals(cloud ? null : u.userKey(), row[1]);
        assertEquals(cloud ? null : u.username(), row[2]);
        assertEquals(cloud ? u.publicName() : null, row[4]);
        String listing = cloud ? "/wiki/rest/api/search/user" : "/rest/api/admin/users/list/active";
        List<RequestLog.Entry> pages = requests(e -> e.path().equals(listing));
        assertEquals((site.data.users().size() + PAGE_SIZE - 1) / PAGE_SIZE, pages.size(), site.requests().toString());
        if (cloud) {
            assertTrue(query(pages.getFirst()).contains("cql=type = user"), query(pages.getFirst()));
        }
        site.clearRequests();
        assertEquals(3, FakeSite.query(c, "SELECT AccountId FROM Users LIMIT 3").size());
        assertEquals(1, site.requests().size(), "a LIMIT without a filter is one small request");
        assertTrue(query(site.requests().getFirst()).contains("limit=3"), query(site.requests().getFirst()));
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void usersByKeyReadOnlyThoseUsers(boolean cloud) throws Exception {
        long c = connect(cloud);
        User a = site.data.users().get(0);
        User b = site.data.users().get(2);
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT AccountId, DisplayName FROM Users WHERE AccountId IN ('"
                + id(a, cloud) + "', '" + id(b, cloud) + "', 'no-such-user')");
        assertEquals(new TreeSet<>(List.of(id(a, cloud), id(b, cloud))), col(rows, 0));
        List<RequestLog.Entry> sent = site.requests();
        assertEquals(3, sent.size(), sent.toString());
        String path = cloud ? "/wiki/rest/api/user" : "/rest/api/user";
        String param = cloud ? "accountId=" : "key=";
        assertTrue(sent.stream().allMatch(e -> e.path().equals(path) && query(e).contains(param)), sent.toString());
        if (cloud) {
            site.clearRequests();
            assertEquals(0, FakeSite.query(c, "SELECT AccountId FROM Users WHERE UserName = '" + b.username() + "'").size());
            assertEquals(0, site.requests().size(), "Cloud users have no UserName: nothing to ask");
        } else {
            site.clearRequests();
            List<Object[]> byName = FakeSite.query(c, "SELECT AccountId FROM Users WHERE UserName = '" + b.username() + "'");
            assertEquals(List.of(b.userKey()), byName.stream().map(r -> r[0]).toList());
            assertTrue(query(site.requests().getFirst()).contains("username=" + b.username()));
        }
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void allUsersIsDataCenterOnly(boolean cloud) throws Exception {
        long c = connect(cloud);
        if (cloud) {
            BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(c, "SELECT * FROM AllUsers"));
            assertEquals("HYC00", e.sqlState());
            assertTrue(e.getMessage().contains("Data Center"), e.getMessage());
        } else {
            site.clearRequests();
            List<Object[]> rows = FakeSite.query(c, "SELECT UserKey, UserName FROM AllUsers");
            assertEquals(set(site.data.users(), User::userKey), col(rows, 0));
            assertTrue(site.requests().stream().allMatch(e -> e.path().equals("/rest/api/user/list")), site.requests().toString());
        }
        Bridge.disconnect(c);
    }

    // GROUPS is a reserved word of the SQL parser (window frames): the table name must be quoted.
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void groupsAndOneGroupById(boolean cloud) throws Exception {
        long c = connect(cloud);
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, Name, Type FROM \"Groups\"");
        assertEquals(set(site.data.groups(), Group::name), col(rows, 1));
        assertEquals(set(site.data.groups(), g -> groupId(g, cloud)), col(rows, 0));
        assertTrue(rows.stream().allMatch(r -> "group".equals(r[2])));
        Group g = site.data.groups().get(3);
        site.clearRequests();
        List<Object[]> one = FakeSite.query(c, "SELECT Id, Name FROM \"Groups\" WHERE Id = '" + groupId(g, cloud) + "'");
        assertEquals(1, one.size());
        assertEquals(g.name(), one.getFirst()[1]);
        RequestLog.Entry sent = site.requests().getFirst();
        assertEquals(1, site.requests().size());
        assertEquals(cloud ? "/wiki/rest/api/group/by-id" : "/rest/api/group/" + g.name(), sent.path());
        site.clearRequests();
        List<Object[]> named = FakeSite.query(c, "SELECT Id FROM \"Groups\" WHERE Name = '" + g.name() + "'");
        assertEquals(List.of(groupId(g, cloud)), named.stream().map(r -> r[0]).toList());
        assertEquals(cloud ? "/wiki/rest/api/group" : "/rest/api/group/" + g.name(), site.requests().getFirst().path());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void groupMembersByGroupByUserAndAll(boolean cloud) throws Exception {
        long c = connect(cloud);
        Group eng = site.data.directory().groupByName("engineering");
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT GroupId, GroupName, AccountId, DisplayName FROM GroupMembers "
                + "WHERE GroupName = 'engineering'");
        assertEquals(set(site.data.members(eng), u -> id(u, cloud)), col(rows, 2));
        assertEquals(Set.of(groupId(eng, cloud)), col(rows, 0));
        List<RequestLog.Entry> memberReads = requests(e -> e.path().contains("member"));
        String memberPath = cloud ? "/wiki/rest/api/group/" + eng.id() + "/membersByGroupId" : "/rest/api/group/engineering/member";
        assertFalse(memberReads.isEmpty());
        assertTrue(memberReads.stream().allMatch(e -> e.path().equals(memberPath)), memberReads.toString());

        User u = site.data.users().get(0);
        site.clearRequests();
        List<Object[]> ofUser = FakeSite.query(c, "SELECT GroupName, AccountId FROM GroupMembers WHERE AccountId = '"
                + id(u, cloud) + "'");
        assertEquals(set(site.data.groupsOf(u), Group::name), col(ofUser, 0));
        assertTrue(site.requests().stream().anyMatch(e -> e.path().endsWith("/user/memberof")), site.requests().toString());

        List<Object[]> all = FakeSite.query(c, "SELECT GroupName, AccountId FROM GroupMembers");
        Set<String> want = new TreeSet<>();
        site.data.groups().forEach(g -> site.data.members(g).forEach(m -> want.add(g.name() + "/" + id(m, cloud))));
        Set<String> got = new TreeSet<>();
        all.forEach(r -> got.add(r[0] + "/" + r[1]));
        assertEquals(want, got);
        assertEquals(want.size(), all.size());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void tasksNeedCloudAndPushTheirFiltersAsV2Parameters(boolean cloud) throws Exception {
        long c = connect(cloud);
        if (!cloud) {
            BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(c, "SELECT Id FROM Tasks"));
            assertEquals("HYC00", e.sqlState());
            assertTrue(e.getMessage().contains("Cloud"), e.getMessage());
            Bridge.disconnect(c);
            return;
        }
        List<Task> tasks = site.data.tasks();
        assertFalse(tasks.isEmpty(), "the fake site has tasks");
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, LocalId, ContentId, ContentType, SpaceId, Status, "
                + "CreatedByAccountId, AssignedToAccountId, DueDate, CompletedDate FROM Tasks");
        assertEquals(set(tasks, Task::id), col(rows, 0));
        List<RequestLog.Entry> pages = requests(e -> e.path().equals("/wiki/api/v2/tasks"));
        assertEquals((tasks.size() + PAGE_SIZE - 1) / PAGE_SIZE, pages.size(), "one request per page of 50");
        assertTrue(pages.stream().skip(1).allMatch(e -> query(e).contains("cursor=")), pages.toString());
        Task t = tasks.stream().filter(x -> x.due() != null && x.assignee() != null).findFirst().orElseThrow();
        Object[] row = rows.stream().filter(r -> Long.toString(t.id()).equals(r[0])).findFirst().orElseThrow();
        assertEquals(t.localId(), row[1]);
        assertEquals(Long.toString(t.container().id()), row[2]);
        assertEquals(t.container().type(), row[3]);
        assertEquals(t.container().space().id(), row[4]);
        assertEquals(t.status(), row[5]);
        assertEquals(t.creator().accountId(), row[6]);
        assertEquals(t.assignee().accountId(), row[7]);
        assertEquals(micros(t.due()), row[8]);

        long space = t.container().space().id();
        site.clearRequests();
        List<Object[]> done = FakeSite.query(c, "SELECT Id FROM Tasks WHERE Status = 'complete' AND SpaceId = " + space);
        assertEquals(set(tasks.stream().filter(x -> x.complete() && x.container().space().id() == space).toList(), Task::id),
                col(done, 0));
        String q = query(site.requests().getFirst());
        assertTrue(q.contains("status=complete") && q.contains("space-id=" + space), q);

        site.clearRequests();
        List<Object[]> onContent = FakeSite.query(c, "SELECT Id, Body FROM Tasks WHERE ContentId = '" + t.container().id() + "'");
        assertEquals(set(tasks.stream().filter(x -> x.container().id() == t.container().id()).toList(), Task::id),
                col(onContent, 0));
        assertTrue(onContent.stream().allMatch(r -> ((String) r[1]).contains("ac:task-body")));
        List<String> sent = site.requests().stream().map(ConfluencePeopleIT::query).toList();
        assertEquals(2, sent.size(), sent.toString());
        assertTrue(sent.get(0).contains("page-id=" + t.container().id()) && sent.get(0).contains("body-format=storage"));
        assertTrue(sent.get(1).contains("blogpost-id=" + t.container().id()), sent.toString());

        String assignee = t.assignee().accountId();
        Instant from = t.created().truncatedTo(ChronoUnit.SECONDS);
        site.clearRequests();
        List<Object[]> mine = FakeSite.query(c, "SELECT Id FROM Tasks WHERE AssignedToAccountId = '" + assignee
                + "' AND CreatedDate >= " + literal(from));
        assertEquals(set(tasks.stream().filter(x -> x.assignee() != null && x.assignee().accountId().equals(assignee)
                && !x.created().isBefore(from)).toList(), Task::id), col(mine, 0));
        String mq = query(site.requests().getFirst());
        assertTrue(mq.contains("assigned-to=" + assignee) && mq.contains("created-at-from="), mq);
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void contributorsNeedTheirContent(boolean cloud) throws Exception {
        long c = connect(cloud);
        BridgeException e = assertThrows(BridgeException.class, () -> FakeSite.query(c, "SELECT AccountId FROM Contributors"));
        assertEquals("42000", e.sqlState());
        assertTrue(e.getMessage().contains("ContentId"), e.getMessage());
        Page p = site.data.pages().stream().filter(x -> x.isCurrent() && site.data.contributors(x).size() > 1)
                .findFirst().orElseThrow();
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT ContentId, AccountId, DisplayName FROM Contributors WHERE ContentId = '"
                + p.id() + "'");
        assertEquals(set(site.data.contributors(p), u -> id(u, cloud)), col(rows, 1));
        assertEquals(Set.of(Long.toString(p.id())), col(rows, 0));
        assertTrue(site.requests().getFirst().path().endsWith("/rest/api/content/" + p.id() + "/history"));
        assertEquals(0, FakeSite.query(c, "SELECT AccountId FROM Contributors WHERE ContentId = '999999999'").size());
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void spacePermissionsOfAllSpacesAndOfOne(boolean cloud) throws Exception {
        long c = connect(cloud);
        List<Object[]> all = FakeSite.query(c, "SELECT Id FROM SpacePermissions");
        List<SpacePermission> current = site.data.spacePermissions().stream()
                .filter(p -> p.space().status().equals("current")).toList();
        assertEquals(set(current, SpacePermission::id), col(all, 0));
        assertEquals(current.size(), all.size());

        Space eng = site.data.spaceByKey("ENG");
        site.clearRequests();
        List<Object[]> rows = FakeSite.query(c, "SELECT Id, SpaceId, SpaceKey, PrincipalType, PrincipalId, PrincipalName, "
                + "OperationKey, OperationTargetType FROM SpacePermissions WHERE SpaceKey = 'ENG'");
        List<SpacePermission> want = site.data.permissionsOf(eng);
        assertEquals(set(want, SpacePermission::id), col(rows, 0));
        String q = query(site.requests().getFirst());
        assertTrue(q.contains("spaceKey=ENG") && q.contains("expand=permissions"), q);
        for (SpacePermission p : want) {
            Object[] r = rows.stream().filter(x -> Long.toString(p.id()).equals(x[0])).findFirst().orElseThrow();
            assertEquals(eng.id(), r[1]);
            assertEquals("ENG", r[2]);
            assertEquals(p.principalType(), r[3]);
            assertEquals(p.user() != null ? id(p.user(), cloud) : groupId(p.group(), cloud), r[4]);
            assertEquals(p.user() != null ? p.user().displayName() : p.group().name(), r[5]);
            assertEquals(p.operation(), r[6]);
            assertEquals(p.targetType(), r[7]);
        }
        Bridge.disconnect(c);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void auditRecordsWithDateAndSearchFilters(boolean cloud) throws Exception {
        long c = connect(cloud);
        List<AuditRecord> log = site.data.auditRecords();
        assertFalse(log.isEmpty());
        List<Object[]> all = FakeSite.query(c, "SELECT CreationDate, Summary, AuthorAccountId, AuthorDisplayName, SysAdmin, "
                + "AffectedObjectName, UserName FROM AuditRecords");
        assertEquals(log.size(), all.size());
        AuditRecord first = log.getFirst();
        Object[] r0 = all.getFirst();
        assertEquals(micros(first.creationDate()), r0[0]);
        assertEquals(first.summary(), r0[1]);
        assertEquals(id(first.author(), cloud), r0[2]);
        assertEquals(first.author().displayName(), r0[3]);
        assertEquals(first.sysAdmin() ? 1L : 0L, r0[4]);
        assertEquals(first.affectedObject().name(), r0[5]);
        if (cloud) {
            assertNull(r0[6]);
        } else {
            assertEquals(first.author().username(), r0[6]);
        }

        List<AuditRecord> byDate = log.stream().sorted(Comparator.comparing(AuditRecord::creationDate)).toList();
        Instant from = byDate.get(byDate.size() / 2).creationDate().truncatedTo(ChronoUnit.SECONDS);
        site.clearRequests();
        List<Object[]> recent = FakeSite.query(c, "SELECT Summary, CreationDate FROM AuditRecords WHERE CreationDate >= "
                + literal(from));
        assertEquals(log.stream().filter(a -> !a.creationDate().isBefore(from)).count(), recent.size());
        assertTrue(query(site.requests().getFirst()).contains("startDate="), query(site.requests().getFirst()));

        String prefix = first.summary().substring(0, Math.min(6, first.summary().length()));
        site.clearRequests();
        List<Object[]> like = FakeSite.query(c, "SELECT Summary FROM AuditRecords WHERE Summary LIKE '" + prefix + "%'");
        assertEquals(log.stream().filter(a -> a.summary().startsWith(prefix)).count(), like.size());
        assertTrue(query(site.requests().getFirst()).contains("searchString=" + prefix), query(site.requests().getFirst()));

        String word = first.affectedObject().name();
        site.clearRequests();
        List<Object[]> searched = FakeSite.query(c, "SELECT Summary, SearchString FROM AuditRecords WHERE SearchString = '"
                + word.replace("'", "''") + "'");
        assertFalse(searched.isEmpty());
        assertTrue(searched.stream().allMatch(r -> word.equals(r[1])));
        assertTrue(query(site.requests().getFirst()).contains("searchString=" + word));
        Bridge.disconnect(c);
    }
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void peopleForeignKeysAreDeclared(boolean cloud) throws Exception {
        long c = connect(cloud);
        List<Object[]> fk = FakeSite.catalog(c, CatalogFunctions.SQL_API_SQLFOREIGNKEYS, null, null, "Users", null, null, null);
        Set<String> referring = new TreeSet<>();
        fk.forEach(r -> referring.add(r[6] + "." + r[7]));
        assertTrue(referring.containsAll(List.of("GroupMembers.AccountId", "Contributors.AccountId",
                "Tasks.AssignedToAccountId", "AuditRecords.AuthorAccountId")), referring.toString());
        Bridge.disconnect(c);
    }
}
