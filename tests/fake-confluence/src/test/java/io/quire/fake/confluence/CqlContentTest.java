package io.quire.fake.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CQL over every searchable type, through the index planner, compared with straightforward filtering. */
class CqlContentTest {

    private static final SiteData DATA = Samples.DEFAULT_SITE;

    private static List<Content> run(String cql) {
        List<Content> viaIndex = CqlEvaluator.compile(cql, DATA).search(DATA);
        // the planner only narrows the scan: a full scan must give the same answer
        assertEquals(CqlEvaluator.compile(cql, DATA).apply(DATA.index().all()), viaIndex, cql);
        return viaIndex;
    }

    private static List<Content> manual(Predicate<Content> p) {
        return DATA.index().all().stream().filter(Content::isCurrent).filter(p).toList();
    }

    private static boolean isType(Content c, String... types) {
        return Set.of(types).contains(c.type());
    }

    @AfterEach
    void resetClock() {
        CqlDates.clock = Clock.systemUTC();
    }

    @Test
    void withoutTypeEveryTypeMatches() {
        List<Content> eng = run("space = ENG");
        assertEquals(manual(c -> c.space().key().equals("ENG")), eng);
        for (String t : ContentIndex.TYPES) {
            assertTrue(eng.stream().anyMatch(c -> c.type().equals(t)), t);
        }
    }

    @Test
    void typeOperators() {
        assertEquals(manual(c -> isType(c, "blogpost")), run("type = blogpost"));
        assertEquals(manual(c -> !isType(c, "page")), run("type != page"));
        assertEquals(manual(c -> isType(c, "comment", "attachment")), run("type IN (comment, attachment)"));
        assertEquals(manual(c -> !isType(c, "comment", "attachment")), run("type not in (comment, attachment)"));
        assertEquals(manual(c -> isType(c, "page")), run("type = Page"));
    }

    @Test
    void spaceOperators() {
        assertEquals(manual(c -> isType(c, "comment") && c.space().key().equals("HR")),
                run("type = comment and space.key = HR"));
        assertEquals(manual(c -> isType(c, "blogpost") && !c.space().key().equals("ENG")),
                run("type = blogpost and space != ENG"));
        assertEquals(manual(c -> c.space().key().matches("ENG|MKT")), run("space in (ENG, \"MKT\")"));
        assertEquals(manual(c -> isType(c, "attachment") && !c.space().key().matches("ENG|MKT")),
                run("type = attachment and space not in (ENG, MKT)"));
        assertEquals(manual(c -> c.space().type().equals("personal")), run("space.type = personal"));
    }

    @Test
    void titleAndIds() {
        assertEquals(manual(c -> c.title().toLowerCase(Locale.ROOT).contains("launch")), run("title ~ launch"));
        assertEquals(manual(c -> isType(c, "comment") && c.title().startsWith("Re: ")),
                run("type = comment and title ~ \"Re:\""));
        assertEquals(manual(c -> isType(c, "blogpost") && !c.title().toLowerCase(Locale.ROOT).contains("update")),
                run("type = blogpost and title !~ update"));
        Attachment a = DATA.attachments().get(3);
        Comment m = DATA.comments().get(5);
        assertEquals(List.of(m, a), run("id in (" + a.id() + ", " + m.id() + ")"));
        assertEquals(List.of(a), run("id = " + a.restId()));
        assertEquals(List.of(a), run("type = attachment and title = \"" + a.title() + "\" and container = "
                + a.container().id()));
        assertEquals(manual(c -> c.title().equals(a.title()) || c.title().equals("Glossary")),
                run("title in (\"" + a.title() + "\", Glossary)"));
    }

    @Test
    void creatorContributorAndLabel() {
        User ada = DATA.users().get(1);
        assertEquals(manual(c -> c.creator().equals(ada)), run("creator = " + ada.accountId()));
        assertEquals(manual(c -> c.creator().equals(ada)), run("creator = ada"));
        assertEquals(manual(c -> DATA.contributors(c).contains(DATA.demoUser())), run("contributor = currentUser()"));
        assertEquals(manual(c -> DATA.contributors(c).contains(ada) && isType(c, "page")),
                run("contributor = \"" + ada.userKey() + "\" and type = page"));
        assertEquals(manual(c -> c.labels().contains("howto")), run("label = howto"));
        assertTrue(run("label = howto").stream().anyMatch(c -> isType(c, "blogpost")));
        assertEquals(manual(c -> c.labels().contains("draft") || c.labels().contains("kb")),
                run("label in (draft, kb)"));
        assertTrue(run("label = draft").stream().anyMatch(c -> isType(c, "attachment")));
        assertEquals(manual(c -> isType(c, "blogpost") && !c.labels().contains("news")),
                run("type = blogpost and label not in (news)"));
    }

    @Test
    void hierarchy() {
        Comment reply = DATA.comments().stream().filter(c -> c.parentId() != 0 && c.container() instanceof Page p
                && p.depth() >= 2).findFirst().orElseThrow();
        Page page = (Page) reply.container();
        // a page's parent is its parent page; an attachment's (and a top-level comment's) its container
        assertEquals(manual(c -> c instanceof Page p && p.parentId() == page.parentId()
                        || c instanceof Attachment a && a.container().id() == page.parentId()
                        || c instanceof Comment x && x.parentId() == 0 && x.container().id() == page.parentId()),
                run("parent = " + page.parentId()));
        assertTrue(run("parent = " + reply.parentId()).contains(reply));
        assertEquals(manual(c -> CqlEvaluator.containerOf(c) == page.id()), run("container = " + page.id()));
        long root = DATA.ancestors(page).getFirst().id();
        List<Content> under = run("ancestor = " + root);
        assertTrue(under.contains(page) && under.contains(reply));
        assertEquals(manual(c -> {
            Content host = c instanceof Comment x ? x.container() : c instanceof Attachment x ? x.container() : c;
            return host.id() == root && host != c || host instanceof Page p && DATA.hasAncestor(p, root);
        }), under);
        assertEquals(manual(c -> isType(c, "comment") && CqlEvaluator.containerOf(c) == page.id()),
                run("type = comment AND ancestor = " + page.parentId() + " AND container = " + page.id()));
    }

    @Test
    void datesInUtcWithAllLiteralForms() {
        Instant day = Instant.parse("2023-06-01T00:00:00Z");
        Instant next = Instant.parse("2023-06-02T00:00:00Z");
        assertEquals(manual(c -> c.created().isBefore(day)), run("created < \"2023-06-01\""));
        assertEquals(manual(c -> !c.created().isBefore(day) && c.created().isBefore(next)),
                run("created = \"2023/06/01\""));
        Instant t = Instant.parse("2024-01-15T10:30:00Z");
        assertEquals(manual(c -> !c.updated().isBefore(t)), run("lastmodified >= \"2024/01/15 10:30\""));
        assertEquals(manual(c -> !c.updated().isBefore(t.plusSeconds(60))), run("lastmodified > \"2024-01-15 10:30\""));
        assertEquals(manual(c -> c.updated().isBefore(t.plusSeconds(60))), run("lastModified <= \"2024-01-15 10:30\""));
    }

    @Test
    void relativeDateFunctions() {
        CqlDates.clock = Clock.fixed(Instant.parse("2024-03-20T12:00:00Z"), ZoneOffset.UTC);
        Instant fourWeeks = Instant.parse("2024-02-21T12:00:00Z");
        assertEquals(manual(c -> c.updated().isAfter(fourWeeks)), run("lastmodified > now(\"-4w\")"));
        assertEquals(manual(c -> c.created().isBefore(Instant.parse("2024-03-01T00:00:00Z"))),
                run("created < startOfMonth()"));
        assertEquals(manual(c -> c.created().isBefore(Instant.parse("2023-01-01T00:00:00Z"))),
                run("created < startOfYear(\"-1y\")"));
        assertEquals(manual(c -> !c.created().isBefore(Instant.parse("2024-03-19T00:00:00Z"))),
                run("created >= startOfDay(-1d)"));
    }

    @Test
    void booleanLogicAndParentheses() {
        assertEquals(manual(c -> isType(c, "page", "blogpost") && (c.space().key().equals("ENG")
                        || c.labels().contains("howto")) && !c.creator().equals(DATA.demoUser())),
                run("type in (page, blogpost) and (space = ENG or label = howto) and not creator = currentUser()"));
        assertEquals(manual(c -> isType(c, "comment") || isType(c, "attachment") && c.space().key().equals("HR")),
                run("type = comment or type = attachment and space = HR"));
    }

    @Test
    void orderByOneAndSeveralKeys() {
        List<Content> byTitle = run("type = blogpost order by title desc");
        assertEquals(byTitle.stream().sorted(Comparator.comparing((Content c) -> c.title().toLowerCase(Locale.ROOT))
                .reversed().thenComparingLong(Content::id)).toList(), byTitle);
        List<Content> multi = run("space = HR order by type asc, lastmodified desc, id");
        assertEquals(multi.stream().sorted(Comparator.comparing(Content::type)
                .thenComparing(Comparator.comparing(Content::updated).reversed())
                .thenComparingLong(Content::id)).toList(), multi);
        List<Content> byId = run("type = comment order by id desc");
        assertEquals(byId.stream().sorted(Comparator.comparingLong(Content::id).reversed()).toList(), byId);
        List<Content> byCreated = run("type = attachment order by created");
        assertEquals(byCreated.stream().sorted(Comparator.comparing(Content::created)
                .thenComparingLong(Content::id)).toList(), byCreated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id = abc", "ancestor = home", "created > now(\"-4x\")", "created < soon()",
            "user.fullname ~ ada", "contributor = somebody()", "space = ENG order by label", "type = page and",
            "label ~ how", "container > 5"})
    void rejectsInvalidQueries(String cql) {
        assertThrows(CqlException.class, () -> CqlEvaluator.compile(cql, DATA).search(DATA));
    }

    @Test
    void unknownUsersAndSpacesMatchNothing() {
        assertTrue(run("creator = nobody").isEmpty());
        assertTrue(run("space = NOPE").isEmpty());
        assertFalse(run("space != NOPE").isEmpty());
    }
}
