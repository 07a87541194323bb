package io.quire.fake.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The entities generated after pages: sizes, determinism, independence from the page data, and relations. */
class SiteExtrasTest {

    private static final SiteData DATA = Samples.DEFAULT_SITE;

    private static Config sized(Config d, int pages, int blogposts, int comments, int attachments, int tasks,
                                int audit, int groups) {
        return new Config(0, d.seed(), d.spaces(), pages, d.user(), d.password(), d.email(), d.apiToken(), d.pat(),
                0, blogposts, comments, attachments, tasks, audit, groups);
    }

    @Test
    void defaultSizesFollowPages() {
        Config d = Config.defaults();
        assertEquals(75, d.blogposts());
        assertEquals(450, d.comments());
        assertEquals(240, d.attachments());
        assertEquals(300, d.tasks());
        assertEquals(150, d.auditRecords());
        assertEquals(6, d.groups());
        assertEquals(d.blogposts(), DATA.blogposts().size());
        assertEquals(d.comments(), DATA.comments().size());
        assertEquals(d.attachments(), DATA.attachments().size());
        assertEquals(d.tasks(), DATA.tasks().size());
        assertEquals(d.auditRecords(), DATA.auditRecords().size());
        assertEquals(d.groups(), DATA.groups().size());
        Config big = Config.parse(new String[] {"--pages", "100000"});
        assertEquals(12_500, big.blogposts());
        assertEquals(75_000, big.comments());
        Config explicit = Config.parse(new String[] {"--pages", "1000", "--comments", "7", "--groups", "9",
                "--audit-records", "0"});
        assertEquals(7, explicit.comments());
        assertEquals(125, explicit.blogposts());
        assertEquals(9, explicit.groups());
        assertEquals(0, explicit.auditRecords());
    }

    @Test
    void pagesSpacesAndUsersDoNotDependOnTheNewEntities() {
        Config d = Config.defaults();
        SiteData none = DataGenerator.generate(sized(d, d.pages(), 0, 0, 0, 0, 0, 1));
        SiteData lots = DataGenerator.generate(sized(d, d.pages(), 500, 2000, 900, 700, 400, 12));
        for (SiteData other : List.of(none, lots)) {
            assertEquals(DATA.pages(), other.pages());
            assertEquals(DATA.spaces(), other.spaces());
            assertEquals(DATA.users(), other.users());
        }
        assertEquals(589, DATA.pages().stream().filter(Page::isCurrent).count());
    }

    @Test
    void deterministicFromSeed() {
        SiteData again = DataGenerator.generate(Config.defaults());
        assertEquals(DATA.blogposts(), again.blogposts());
        assertEquals(DATA.comments(), again.comments());
        assertEquals(DATA.attachments(), again.attachments());
        assertEquals(DATA.tasks(), again.tasks());
        assertEquals(DATA.auditRecords(), again.auditRecords());
        assertEquals(DATA.groups(), again.groups());
        assertEquals(DATA.spacePermissions(), again.spacePermissions());
        Page p = DATA.pages().stream().filter(x -> x.version() >= 6).findFirst().orElseThrow();
        assertEquals(DATA.versions(p), again.versions(p));
    }

    @Test
    void idsAreUniqueAcrossContentTypes() {
        Set<Long> ids = new HashSet<>();
        for (Content c : DATA.index().all()) {
            assertTrue(ids.add(c.id()), "duplicate id " + c.id());
            assertEquals(c, DATA.content(c.id()));
        }
        assertEquals(600 + 75 + 450 + 240, ids.size());
    }

    @Test
    void commentsAreWellFormed() {
        long inline = 0;
        long replies = 0;
        for (Comment m : DATA.comments()) {
            assertTrue(m.container().isCurrent());
            assertTrue(m.container() instanceof Page || m.container() instanceof BlogPost);
            assertFalse(m.created().isBefore(m.container().created()));
            if (m.inline()) {
                inline++;
                assertTrue(m.container() instanceof Page);
                assertTrue(m.resolution().equals("open") || m.resolution().equals("resolved"));
                assertNotNull(m.markerRef());
                assertEquals(m.resolution().equals("resolved"), m.resolvedBy() != null);
            } else {
                assertEquals(null, m.resolution());
            }
            if (m.parentId() != 0) {
                replies++;
                Comment parent = (Comment) DATA.content(m.parentId());
                assertEquals(parent.container(), m.container());
                assertEquals(parent.location(), m.location());
                assertEquals(parent.resolution(), m.resolution());
                assertFalse(m.created().isBefore(parent.created()));
            }
        }
        assertTrue(inline > 50 && replies > 50, inline + " inline, " + replies + " replies");
        assertTrue(DATA.comments().stream().anyMatch(m -> "resolved".equals(m.resolution())));
        assertTrue(DATA.comments().stream().anyMatch(m -> m.container() instanceof BlogPost));
    }

    @Test
    void attachmentsAndLabels() {
        for (Content c : DATA.index().all()) {
            Set<String> names = new HashSet<>();
            for (Attachment a : DATA.attachmentsOf(c.id())) {
                assertTrue(names.add(a.title()), "duplicate file name " + a.title() + " on " + c.id());
                assertEquals("att" + a.id(), a.restId());
                assertTrue(a.fileSize() > 0);
            }
        }
        assertTrue(DATA.attachments().stream().anyMatch(a -> a.container() instanceof BlogPost));
        assertTrue(DATA.attachments().stream().anyMatch(a -> a.labels().contains("draft")));
        assertTrue(DATA.blogposts().stream().anyMatch(b -> b.labels().contains("howto")));
        Label howto = Label.global("howto");
        assertEquals("global", howto.prefix());
        assertTrue(DATA.labels().contains(howto));
        assertEquals(DATA.index().all().stream().filter(c -> c.labels().contains("howto")).toList(),
                DATA.index().labeled("howto"));
    }

    @Test
    void groupsPermissionsTasksAndAudit() {
        Group users = DATA.groups().getFirst();
        assertEquals("confluence-users", users.name());
        assertEquals(DATA.users(), DATA.members(users));
        assertTrue(DATA.groupsOf(DATA.demoUser()).contains(users));
        for (Space s : DATA.spaces()) {
            List<SpacePermission> perms = DATA.permissionsOf(s);
            assertTrue(perms.stream().anyMatch(p -> p.operation().equals("administer") && s.creator().equals(p.user())));
            assertEquals(s.type().equals("global"), perms.stream().anyMatch(p -> users.equals(p.group())));
        }
        for (Task t : DATA.tasks()) {
            assertEquals(t.complete(), t.completed() != null);
            assertEquals(t.complete(), t.completedBy() != null);
            assertTrue(t.container().isCurrent());
            assertFalse(t.updated().isBefore(t.created()));
        }
        for (int i = 1; i < DATA.auditRecords().size(); i++) {
            assertFalse(DATA.auditRecords().get(i).creationDate()
                    .isAfter(DATA.auditRecords().get(i - 1).creationDate()), "audit log is newest first");
        }
    }

    @Test
    void versionsMatchTheContentRecords() {
        for (Page p : DATA.pages()) {
            List<ContentVersion> v = DATA.versions(p);
            assertEquals(p.version(), v.size());
            assertEquals(p.updater(), v.getLast().by());
            assertEquals(p.updated(), v.getLast().when());
            if (p.version() >= 2) {
                assertEquals(p.previousUpdater(), v.get(p.version() - 2).by());
            }
            if (p.version() >= 3) {
                assertEquals(p.creator(), v.getFirst().by());
            }
            for (int i = 0; i < v.size(); i++) {
                assertEquals(i + 1, v.get(i).number());
            }
            assertTrue(DATA.contributors(p).contains(p.updater()));
        }
    }

    @Test
    void usersHaveDataCenterIdentities() {
        assertEquals("demo", DATA.demoUser().username());
        assertEquals("ada", DATA.users().get(1).username());
        Set<String> keys = new HashSet<>();
        for (User u : DATA.users()) {
            assertTrue(u.userKey().matches("[0-9a-f]{32}"), u.userKey());
            assertTrue(keys.add(u.userKey()));
            assertEquals(u, DATA.directory().byAnyId(u.username()));
        }
    }

    @Test
    void generatesALargeSiteQuickly() {
        long t0 = System.nanoTime();
        SiteData big = DataGenerator.generate(Config.parse(new String[] {"--pages", "100000", "--spaces", "12"}));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(100_000, big.pages().size());
        assertEquals(75_000, big.comments().size());
        assertTrue(ms < 15_000, "generation took " + ms + " ms");
    }
}
