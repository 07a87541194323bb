package io.quire.fake.confluence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataGeneratorTest {

    private static Config cfg(long seed, int spaces, int pages) {
        Config d = Config.defaults();
        return new Config(0, seed, spaces, pages, d.user(), d.password(), d.email(), d.apiToken(), d.pat(), 0);
    }

    @Test
    void deterministicFromSeed() {
        List<String> a = DataGenerator.generate(cfg(42, 8, 600)).pages().stream().map(Page::title).toList();
        List<String> b = DataGenerator.generate(cfg(42, 8, 600)).pages().stream().map(Page::title).toList();
        List<String> c = DataGenerator.generate(cfg(7, 8, 600)).pages().stream().map(Page::title).toList();
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void defaultSiteShape() {
        SiteData d = DataGenerator.generate(Config.defaults());
        assertEquals(List.of("ENG", "MKT", "HR", "DOCS", "OPS", "FIN", "SALES", "~demo"),
                d.spaces().stream().map(Space::key).toList());
        assertEquals("personal", d.spaceByKey("~demo").type());
        assertEquals(1, d.spaces().stream().filter(s -> s.status().equals("archived")).count());
        assertEquals(600, d.pages().size());
        for (Space s : d.spaces()) {
            Set<String> titles = new HashSet<>();
            for (Page p : d.pagesOf(s)) {
                assertTrue(titles.add(p.title()), "duplicate title " + p.title() + " in " + s.key());
            }
            assertEquals(s.id(), d.page(s.homepageId()).space().id());
        }
        assertTrue(d.pages().stream().anyMatch(p -> p.depth() >= 3));
        assertTrue(d.pages().stream().anyMatch(p -> p.title().contains("日本語")));
        assertTrue(d.pages().stream().anyMatch(p -> p.title().contains("🚀")));
        assertTrue(d.pagesOf(d.spaceByKey("ENG")).size() > 2 * d.pagesOf(d.spaceByKey("FIN")).size());
    }

    @Test
    void generatesManyPagesQuickly() {
        long t0 = System.nanoTime();
        SiteData d = DataGenerator.generate(cfg(42, 12, 100_000));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(100_000, d.pages().size());
        assertTrue(ms < 10_000, "generation took " + ms + " ms");
    }
}
