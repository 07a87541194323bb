package io.quire.fake.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.fake.confluence.CqlAst.And;
import io.quire.fake.confluence.CqlAst.Clause;
import io.quire.fake.confluence.CqlAst.Not;
import io.quire.fake.confluence.CqlAst.Or;
import io.quire.fake.confluence.CqlAst.Query;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CqlTest {

    private static final SiteData DATA = DataGenerator.generate(Config.defaults());

    private static List<Page> run(String cql) {
        return CqlEvaluator.compile(cql, DATA).apply(DATA.pages());
    }

    private static List<Page> manual(Predicate<Page> p) {
        return DATA.pages().stream().filter(Page::isCurrent).filter(p).toList();
    }

    @Test
    void parsesPrecedenceNotAndOr() {
        Query q = CqlParser.parse("space = ENG OR type = page AND NOT title ~ \"x\"");
        Or or = assertInstanceOf(Or.class, q.where());
        assertEquals(new Clause("space", "=", List.of(new CqlAst.Value("ENG", false))), or.left());
        And and = assertInstanceOf(And.class, or.right());
        assertInstanceOf(Not.class, and.right());
    }

    @Test
    void parsesInListsFunctionsAndOrderBy() {
        Query q = CqlParser.parse("(space not in (ENG, \"HR\") and creator = currentUser()) order by title desc, id");
        And and = assertInstanceOf(And.class, q.where());
        Clause in = assertInstanceOf(Clause.class, and.left());
        assertEquals("not in", in.op());
        assertEquals(2, in.values().size());
        Clause fn = assertInstanceOf(Clause.class, and.right());
        assertTrue(fn.values().getFirst().function());
        assertEquals(2, q.orderBy().size());
        assertTrue(q.orderBy().getFirst().descending());
        assertFalse(q.orderBy().get(1).descending());
    }

    @Test
    void personalSpaceKeyWithTildeIsAWord() {
        Clause c = assertInstanceOf(Clause.class, CqlParser.parse("space = ~demo").where());
        assertEquals("~demo", c.values().getFirst().text());
        assertEquals(manual(p -> p.space().key().equals("~demo")), run("space = ~demo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "space", "space =", "space = ENG AND", "(space = ENG", "space = ENG)",
            "title ~ \"unterminated", "space in ENG", "space = ENG order title", "foo = bar", "space ~ ENG",
            "created ~ \"2024-01-01\"", "created > \"yesterday\"", "creator = somebody()", "space = ENG ORDER BY body",
            "space = ENG space = HR", "space ! ENG"})
    void rejectsInvalidQueries(String cql) {
        assertThrows(CqlException.class, () -> run(cql));
    }

    @Test
    void spaceAndTypeFilters() {
        assertEquals(manual(p -> p.space().key().equals("ENG")), run("space = ENG and type = page"));
        assertEquals(manual(p -> p.space().key().equals("ENG")), run("space.key = \"ENG\""));
        assertEquals(manual(p -> !p.space().key().equals("ENG")), run("space != ENG"));
        assertEquals(manual(p -> p.space().key().matches("ENG|HR")), run("space in (ENG, HR)"));
        assertEquals(manual(p -> !p.space().key().matches("ENG|HR")), run("space not in (ENG, HR)"));
        assertTrue(run("type = blogpost").isEmpty());
        assertFalse(run("type = page").isEmpty());
    }

    @Test
    void idParentAncestorCreatorLabel() {
        Page some = DATA.pages().stream().filter(p -> p.depth() == 2 && p.isCurrent()).findFirst().orElseThrow();
        assertEquals(List.of(some), run("id = " + some.id()));
        assertEquals(manual(p -> p.parentId() == some.parentId()), run("parent = " + some.parentId()));
        long home = some.space().homepageId();
        List<Page> under = run("ancestor = " + home);
        assertTrue(under.contains(some));
        assertEquals(manual(p -> DATA.hasAncestor(p, home)), under);
        String acc = some.creator().accountId();
        assertEquals(manual(p -> p.creator().accountId().equals(acc)), run("creator = \"" + acc + "\""));
        assertEquals(manual(p -> p.creator().equals(DATA.demoUser())), run("creator = currentUser()"));
        assertEquals(manual(p -> p.labels().contains("howto")), run("label = howto"));
        assertEquals(manual(p -> !p.labels().contains("howto")), run("label != howto"));
    }

    @Test
    void titleOperatorsAreCaseInsensitive() {
        assertEquals(manual(p -> p.title().contains("日本語")), run("title ~ \"日本語\""));
        assertFalse(run("title ~ \"日本語\"").isEmpty());
        assertEquals(manual(p -> p.title().toLowerCase(Locale.ROOT).contains("launch")), run("title ~ LAUNCH"));
        assertEquals(manual(p -> !p.title().toLowerCase(Locale.ROOT).contains("launch")), run("title !~ launch"));
        assertEquals(manual(p -> p.title().equals("O'Brien's Checklist")), run("title = \"o'brien's checklist\""));
        assertEquals(manual(p -> p.title().equals("Team's \"Quarterly\" Goals")),
                run("title = 'Team\\'s \"Quarterly\" Goals'"));
        assertEquals(manual(p -> !p.title().equals("Glossary")), run("title != Glossary"));
    }

    @Test
    void dateComparisons() {
        Instant day = Instant.parse("2023-06-01T00:00:00Z");
        Instant next = Instant.parse("2023-06-02T00:00:00Z");
        assertEquals(manual(p -> p.created().isBefore(day)), run("created < \"2023-06-01\""));
        assertEquals(manual(p -> p.created().isBefore(next)), run("created <= \"2023-06-01\""));
        assertEquals(manual(p -> !p.created().isBefore(next)), run("created > \"2023/06/01\""));
        assertEquals(manual(p -> !p.created().isBefore(day)), run("created >= 2023-06-01"));
        assertEquals(manual(p -> !p.created().isBefore(day) && p.created().isBefore(next)),
                run("created = \"2023-06-01\""));
        Instant t = Instant.parse("2024-01-15T10:30:00Z");
        assertEquals(manual(p -> !p.updated().isBefore(t)), run("lastmodified >= \"2024-01-15 10:30\""));
        assertEquals(manual(p -> p.updated().isBefore(t.plusSeconds(60))), run("lastmodified <= \"2024-01-15 10:30\""));
    }

    @Test
    void booleanCombinations() {
        assertEquals(manual(p -> p.space().key().equals("ENG") && !p.labels().contains("kb")
                        || p.space().key().equals("HR")),
                run("space = ENG and not label = kb or space = HR"));
        assertEquals(manual(p -> p.space().key().equals("ENG")
                        && (p.labels().contains("kb") || p.labels().contains("faq"))),
                run("space = ENG and (label = kb or label = faq)"));
    }

    @Test
    void orderBy() {
        List<Page> byTitle = run("space = ENG order by title asc");
        assertEquals(byTitle.stream().sorted(Comparator.comparing((Page p) -> p.title().toLowerCase(Locale.ROOT))
                .thenComparingLong(Page::id)).toList(), byTitle);
        List<Page> byCreated = run("space = HR order by created desc");
        assertEquals(byCreated.stream().sorted(Comparator.comparing(Page::created).reversed()).toList(), byCreated);
        List<Page> byModified = run("space in (HR, OPS) ORDER BY lastmodified");
        assertEquals(byModified.stream().sorted(Comparator.comparing(Page::updated)).toList(), byModified);
    }
}
