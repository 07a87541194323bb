package io.quire.fake.confluence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Deterministic, O(n) generator of spaces, users and a page tree from a seed. */
public final class DataGenerator {
    /** One page in this many (by id) has a body of about two megabytes. */
    static final long HUGE_BODY_EVERY = 293;

    private static final String[][] GLOBAL_SPACES = {
            {"ENG", "Engineering", "Design docs, runbooks and architecture notes of the engineering teams."},
            {"MKT", "Marketing", "Campaigns, brand guidelines & launch plans — straight from the marketing team."},
            {"HR", "Human Resources", "Policies, onboarding and benefits. Questions? Ask \"People Ops\"."},
            {"DOCS", "Product Documentation", "End-user documentation for every product release."},
            {"OPS", "Operations", "On-call, incident reviews and service ownership."},
            {"FIN", "Finance", "Budgets, forecasts and the finance team's procedures."},
            {"SALES", "Sales (archive)", "Old sales playbooks, kept for reference. This space is archived."},
    };
    private static final String[] TITLES = {
            "Architecture Overview", "Onboarding Guide", "Release Notes", "Meeting Notes", "日本語のページ",
            "🚀 Launch Plan", "Café Résumé", "Team's \"Quarterly\" Goals", "Über die Straße", "Déjà vu Retrospective",
            "中文文档", "한국어 페이지", "Plan d'action", "Runbook: Incident Response", "API Reference", "Q&A <FAQ>",
            "Ñandú Migration", "Status ✅ 🎉", "Budget 2024", "How-to: Deploy", "Design Review", "Postmortem",
            "Roadmap", "Glossary", "Ölçek Planı", "Zürich Offsite", "Naïve Bayes Notes", "O'Brien's Checklist",
    };
    private static final String[] MESSAGES = {
            "", "", "Fixed typos", "Updated diagram", "Added section on rollout", "Réorganisation du contenu",
            "更新しました", "Minor wording 🚀", "Addressed review comments", "Moved to new template",
    };
    private static final String[] LABELS = {
            "meeting-notes", "howto", "architecture", "draft", "kb", "release", "onboarding", "runbook", "faq",
    };
    private static final String[][] USERS = {
            {"Ada Lovelace", "ada@quire.example"}, {"José Álvarez", "jose@quire.example"},
            {"Søren Kierkegaard", "soren@quire.example"}, {"山田 太郎", "taro@quire.example"},
            {"Zoë O'Neil", "zoe@quire.example"}, {"Grace Hopper", "grace@quire.example"},
            {"Björn Ångström", "bjorn@quire.example"}, {"Priya Natarajan", "priya@quire.example"},
            {"Chloé Dubois", "chloe@quire.example"}, {"김민준", "minjun@quire.example"},
    };
    static final Instant EPOCH = Instant.parse("2021-01-04T08:00:00Z");
    static final Instant PAGES_FROM = Instant.parse("2021-02-01T00:00:00Z");
    static final Instant PAGES_TO = Instant.parse("2025-03-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2025-06-30T18:00:00Z");

    private DataGenerator() {
    }

    public static SiteData generate(Config cfg) {
        SplittableRandom rnd = new SplittableRandom(cfg.seed());
        List<User> users = users(rnd, cfg);
        User demo = users.getFirst();

        int globals = cfg.spaces() >= 2 ? cfg.spaces() - 1 : 1;
        boolean personal = cfg.spaces() >= 2;
        int total = globals + (personal ? 1 : 0);
        long pageId = 1_000_001L;
        List<Space> spaces = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            boolean isPersonal = personal && i == total - 1;
            String key;
            String name;
            String desc;
            if (isPersonal) {
                key = "~" + cfg.user();
                name = demo.displayName();
                desc = "Personal space of " + demo.displayName() + ".";
            } else if (i < GLOBAL_SPACES.length) {
                key = GLOBAL_SPACES[i][0];
                name = GLOBAL_SPACES[i][1];
                desc = GLOBAL_SPACES[i][2];
            } else {
                key = "PRJ" + (i + 1);
                name = "Project " + (i + 1);
                desc = "Workspace of project " + (i + 1) + ".";
            }
            boolean archived = !isPersonal && globals >= 3 && i == Math.min(globals, GLOBAL_SPACES.length) - 1;
            List<String> labels = isPersonal ? List.of() : List.of("team", key.toLowerCase());
            Instant created = EPOCH.plus(Duration.ofDays(i)).plusMillis(rnd.nextInt(86_400_000));
            User creator = isPersonal ? demo : users.get(rnd.nextInt(users.size()));
            spaces.add(new Space(98_305L + 32_768L * i, key, name, isPersonal ? "personal" : "global",
                    archived ? "archived" : "current", desc, created, creator, pageId, labels));
            pageId += 1 + rnd.nextInt(40);
        }

        // Uneven distribution: weight 1/(i+1) for global spaces, small weight for the personal space.
        double[] cumulative = new double[total];
        double sum = 0;
        for (int i = 0; i < total; i++) {
            sum += spaces.get(i).type().equals("personal") ? 0.04 : 1.0 / (i + 1);
            cumulative[i] = sum;
        }

        int n = cfg.pages();
        List<Page> pages = new ArrayList<>(n);
        List<List<Page>> candidates = new ArrayList<>(total);
        List<Map<String, Integer>> titleCounts = new ArrayList<>(total);
        Map<Long, Integer> childCounts = new HashMap<>();
        int[] rootCounts = new int[total];
        long slot = Duration.between(PAGES_FROM, PAGES_TO).toMillis() / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            int s;
            boolean home = i < total;
            if (home) {
                s = i;
                candidates.add(new ArrayList<>());
                titleCounts.add(new HashMap<>());
            } else {
                double x = rnd.nextDouble() * sum;
                s = 0;
                while (cumulative[s] < x && s < total - 1) {
                    s++;
                }
            }
            Space space = spaces.get(s);
            List<Page> cands = candidates.get(s);
            long id = home ? space.homepageId() : pageId;
            if (!home) {
                pageId += 1 + rnd.nextInt(40);
            }
            Page parent = null;
            if (!home && !cands.isEmpty() && rnd.nextInt(100) >= 8) {
                int window = Math.min(cands.size(), 40);
                parent = cands.get(cands.size() - 1 - rnd.nextInt(window));
                if (parent.depth() >= 7) {
                    parent = cands.getFirst();
                }
            }
            String base = home ? space.name() + " Home" : TITLES[rnd.nextInt(TITLES.length)];
            int count = titleCounts.get(s).merge(base, 1, Integer::sum);
            String title = count == 1 ? base : base + " (" + count + ")";
            int position = parent == null ? rootCounts[s]++ : childCounts.merge(parent.id(), 1, Integer::sum) - 1;
            Instant created = home
                    ? space.created().plusSeconds(60)
                    : PAGES_FROM.plusMillis(slot * i + rnd.nextLong(Math.max(1, slot)));
            int version = 1 + (int) Math.min(29, -Math.log(1 - rnd.nextDouble()) * 3);
            Instant updated = created;
            Instant previous = created;
            if (version > 1) {
                long spanDays = 1 + rnd.nextInt(400);
                updated = created.plus(Duration.ofDays(spanDays)).plusMillis(rnd.nextInt(86_400_000));
                if (updated.isAfter(LATEST)) {
                    updated = LATEST.minusMillis(rnd.nextInt(86_400_000));
                }
                if (!updated.isAfter(created)) {
                    updated = created.plusMillis(1 + rnd.nextInt(60_000));
                }
                long between = Duration.between(created, updated).toMillis();
                previous = created.plusMillis(rnd.nextLong(Math.max(1, between)));
            }
            User creator = space.type().equals("personal") ? demo : users.get(rnd.nextInt(users.size()));
            User updater = version == 1 ? creator : users.get(rnd.nextInt(users.size()));
            User prevUpdater = version <= 2 ? creator : users.get(rnd.nextInt(users.size()));
            String msg = version == 1 ? "" : MESSAGES[rnd.nextInt(MESSAGES.length)];
            String prevMsg = version <= 2 ? "" : MESSAGES[rnd.nextInt(MESSAGES.length)];
            boolean trashed = !home && rnd.nextInt(50) == 0;
            int paragraphs = rnd.nextInt(40) == 0 ? 120 + rnd.nextInt(60) : 3 + rnd.nextInt(4);
            if (id % HUGE_BODY_EVERY == 7) {
                // a few multi-megabyte bodies, for piecewise SQLGetData; decided by id so the
                // random sequence (and every other generated value) stays as it was
                paragraphs = 9000;
            }
            Page p = new Page(id, space, title, parent == null ? 0 : parent.id(),
                    parent == null ? 0 : parent.depth() + 1, position, trashed ? "trashed" : "current", version,
                    msg, prevMsg, created, updated, previous, creator, updater, prevUpdater, labels(rnd), paragraphs);
            pages.add(p);
            if (!trashed) {
                cands.add(p);
            }
        }
        pages.sort((a, b) -> Long.compare(a.id(), b.id()));
        // everything added later draws from its own streams, so the spaces and pages above stay as they were
        SiteExtras extras = SiteExtras.generate(cfg, users, spaces, pages);
        return new SiteData(cfg.seed(), users, demo, spaces, pages, extras);
    }

    private static List<String> labels(SplittableRandom rnd) {
        int k = rnd.nextInt(4);
        if (k == 0) {
            return List.of();
        }
        int first = rnd.nextInt(LABELS.length);
        List<String> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            out.add(LABELS[(first + j * 2) % LABELS.length]);
        }
        return List.copyOf(out);
    }

    private static List<User> users(SplittableRandom rnd, Config cfg) {
        SplittableRandom keys = new SplittableRandom(cfg.seed() * 31 + 1); // DC user keys: a stream of their own
        List<User> users = new ArrayList<>();
        users.add(new User(accountId(rnd), "Demo User", "Demo User", cfg.email(), cfg.user(), userKey(keys)));
        for (String[] u : USERS) {
            users.add(new User(accountId(rnd), u[0], u[0], u[1], u[1].substring(0, u[1].indexOf('@')),
                    userKey(keys)));
        }
        return List.copyOf(users);
    }

    /** A Data Center user key: 32 hex digits. */
    private static String userKey(SplittableRandom rnd) {
        return String.format("%016x%016x", rnd.nextLong(), rnd.nextLong());
    }

    private static String accountId(SplittableRandom rnd) {
        String alphabet = "0123456789abcdef";
        StringBuilder sb = new StringBuilder("5");
        for (int i = 1; i < 24; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(16)));
        }
        return sb.toString();
    }
}
