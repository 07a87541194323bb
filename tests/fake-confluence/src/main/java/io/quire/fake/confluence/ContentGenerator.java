package io.quire.fake.confluence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Blog posts, comments and attachments. Each kind draws from its own random stream and takes ids above every page
 * id, so the pages (and their ids) are exactly those of a site generated without them.
 */
final class ContentGenerator {

    private static final String[] BLOG_TITLES = {
            "Weekly Update", "Release Announcement", "Team Offsite Recap", "Hello from the new team",
            "Retrospective: Q3", "Café chat", "Our 🚀 roadmap", "Résumé of the all-hands", "お知らせ", "公告",
            "Why we moved to Kubernetes", "Lessons learned", "New hire spotlight", "O'Brien's farewell",
    };
    private static final String[] BLOG_LABELS = {
            "announcement", "news", "weekly-update", "release", "howto", "retro", "onboarding",
    };
    private static final String[][] FILES = {
            {"architecture-diagram", "png", "image/png"}, {"screenshot", "png", "image/png"},
            {"requirements", "pdf", "application/pdf"}, {"budget", "xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
            {"meeting-notes", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
            {"logo", "svg", "image/svg+xml"}, {"export", "json", "application/json"},
            {"readme", "txt", "text/plain"}, {"photo-café", "jpg", "image/jpeg"}, {"archive", "zip", "application/zip"},
            {"設計書", "pdf", "application/pdf"},
    };
    private static final String[] ATTACHMENT_LABELS = {"diagram", "screenshot", "spec", "draft"};
    private static final String[] UPLOAD_COMMENTS = {"", "", "", "Updated version", "Source file", "Exported 📎"};

    /** What this generator makes. */
    record Result(List<BlogPost> blogposts, List<Comment> comments, List<Attachment> attachments) {
    }

    private ContentGenerator() {
    }

    static Result generate(Config cfg, List<User> users, List<Space> spaces, List<Page> pages) {
        long next = (pages.isEmpty() ? 1_000_000L : pages.getLast().id()) + 1000;
        List<BlogPost> blogs = blogposts(GenUtil.stream(cfg.seed(), 2), cfg.blogposts(), users, spaces, next);
        next = (blogs.isEmpty() ? next : blogs.getLast().id()) + 1000;
        List<Content> pageHosts = new ArrayList<>();
        for (Page p : pages) {
            if (p.isCurrent()) {
                pageHosts.add(p);
            }
        }
        List<Content> blogHosts = new ArrayList<>();
        for (BlogPost b : blogs) {
            if (b.isCurrent()) {
                blogHosts.add(b);
            }
        }
        List<Comment> comments = comments(GenUtil.stream(cfg.seed(), 3), cfg.comments(), users, pageHosts,
                blogHosts, next);
        next = (comments.isEmpty() ? next : comments.getLast().id()) + 1000;
        List<Attachment> atts = attachments(GenUtil.stream(cfg.seed(), 4), cfg.attachments(), users, pageHosts,
                blogHosts, next);
        return new Result(List.copyOf(blogs), List.copyOf(comments), List.copyOf(atts));
    }

    private static List<BlogPost> blogposts(SplittableRandom rnd, int n, List<User> users, List<Space> spaces,
                                            long firstId) {
        double[] cumulative = new double[spaces.size()];
        double sum = 0;
        for (int i = 0; i < spaces.size(); i++) {
            sum += spaces.get(i).type().equals("personal") ? 0.3 : 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        List<BlogPost> out = new ArrayList<>(n);
        List<Map<String, Integer>> titles = new ArrayList<>();
        spaces.forEach(s -> titles.add(new HashMap<>()));
        long slot = Duration.between(DataGenerator.PAGES_FROM, DataGenerator.PAGES_TO).toMillis() / Math.max(1, n);
        long id = firstId;
        for (int i = 0; i < n; i++) {
            double x = rnd.nextDouble() * sum;
            int s = 0;
            while (cumulative[s] < x && s < spaces.size() - 1) {
                s++;
            }
            Space space = spaces.get(s);
            String base = GenUtil.pick(rnd, BLOG_TITLES);
            int count = titles.get(s).merge(base, 1, Integer::sum);
            Instant created = DataGenerator.PAGES_FROM.plusMillis(slot * i + rnd.nextLong(Math.max(1, slot)));
            int version = GenUtil.version(rnd, 1.2, 8);
            Instant updated = version == 1 ? created : GenUtil.after(rnd, created, 200);
            User creator = space.type().equals("personal") ? users.getFirst() : GenUtil.pick(rnd, users);
            User updater = version == 1 ? creator : GenUtil.pick(rnd, users);
            boolean trashed = rnd.nextInt(40) == 0;
            out.add(new BlogPost(id, space, count == 1 ? base : base + " (" + count + ")",
                    trashed ? "trashed" : "current", version, version == 1 ? "" : "Edited", created, updated, creator,
                    updater, labels(rnd, BLOG_LABELS, 3), 2 + rnd.nextInt(5)));
            id += 1 + rnd.nextInt(8);
        }
        return out;
    }

    private static List<Comment> comments(SplittableRandom rnd, int n, List<User> users, List<Content> pages,
                                          List<Content> blogs, long firstId) {
        List<Comment> out = new ArrayList<>(n);
        if (pages.isEmpty() && blogs.isEmpty()) {
            return out;
        }
        long id = firstId;
        for (int i = 0; i < n; i++) {
            Comment parent = !out.isEmpty() && rnd.nextInt(100) < 25
                    ? out.get(out.size() - 1 - rnd.nextInt(Math.min(out.size(), 200))) : null;
            Content container;
            String location;
            String resolution = null;
            User resolvedBy = null;
            Instant resolvedAt = null;
            String marker = null;
            String selection = null;
            Instant created;
            if (parent != null) {
                container = parent.container();
                location = parent.location();
                resolution = parent.resolution();
                resolvedBy = parent.resolvedBy();
                resolvedAt = parent.resolvedAt();
                marker = parent.markerRef();
                selection = parent.selection();
                created = GenUtil.after(rnd, parent.created(), 20);
            } else {
                boolean onBlog = pages.isEmpty() || (!blogs.isEmpty() && rnd.nextInt(100) < 20);
                container = GenUtil.pick(rnd, onBlog ? blogs : pages);
                location = !onBlog && rnd.nextInt(100) < 35 ? "inline" : "footer";
                created = GenUtil.after(rnd, container.created(), 300);
                if (location.equals("inline")) {
                    marker = GenUtil.uuid(rnd);
                    String[] words = container.title().split(" ");
                    selection = words[rnd.nextInt(words.length)];
                    resolution = rnd.nextInt(100) < 40 ? "resolved" : "open";
                    if (resolution.equals("resolved")) {
                        resolvedBy = GenUtil.pick(rnd, users);
                        resolvedAt = GenUtil.after(rnd, created, 30);
                    }
                }
            }
            int version = rnd.nextInt(100) < 15 ? 2 : 1;
            User creator = GenUtil.pick(rnd, users);
            Instant updated = version == 1 ? created : GenUtil.after(rnd, created, 10);
            out.add(new Comment(id, container, parent == null ? 0 : parent.id(), location, resolution, resolvedBy,
                    resolvedAt, marker, selection, "current", version, created, updated, creator, creator,
                    1 + rnd.nextInt(3)));
            id += 1 + rnd.nextInt(5);
        }
        return out;
    }

    private static List<Attachment> attachments(SplittableRandom rnd, int n, List<User> users, List<Content> pages,
                                                List<Content> blogs, long firstId) {
        List<Attachment> out = new ArrayList<>(n);
        if (pages.isEmpty() && blogs.isEmpty()) {
            return out;
        }
        Map<Long, Set<String>> names = new HashMap<>();
        long id = firstId;
        for (int i = 0; i < n; i++) {
            boolean onBlog = pages.isEmpty() || (!blogs.isEmpty() && rnd.nextInt(100) < 15);
            Content container = GenUtil.pick(rnd, onBlog ? blogs : pages);
            String[] f = GenUtil.pick(rnd, FILES);
            Set<String> taken = names.computeIfAbsent(container.id(), k -> new HashSet<>());
            String title = f[0] + "." + f[1];
            for (int k = 2; !taken.add(title); k++) {
                title = f[0] + "-" + k + "." + f[1];
            }
            long size = (long) Math.exp(7 + rnd.nextDouble() * 9);
            int version = GenUtil.version(rnd, 0.6, 3);
            Instant created = GenUtil.after(rnd, container.created(), 200);
            Instant updated = version == 1 ? created : GenUtil.after(rnd, created, 60);
            User creator = GenUtil.pick(rnd, users);
            User updater = version == 1 ? creator : GenUtil.pick(rnd, users);
            List<String> labels = rnd.nextInt(100) < 30 ? labels(rnd, ATTACHMENT_LABELS, 2) : List.of();
            out.add(new Attachment(id, container, title, f[2], size, GenUtil.pick(rnd, UPLOAD_COMMENTS),
                    GenUtil.uuid(rnd), "current", version, created, updated, creator, updater, labels));
            id += 1 + rnd.nextInt(5);
        }
        return out;
    }

    /** Up to {@code max} distinct labels from a vocabulary (possibly none). */
    private static List<String> labels(SplittableRandom rnd, String[] vocabulary, int max) {
        int k = rnd.nextInt(max + 1);
        int first = rnd.nextInt(vocabulary.length);
        List<String> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            String l = vocabulary[(first + j) % vocabulary.length];
            if (!out.contains(l)) {
                out.add(l);
            }
        }
        return List.copyOf(out);
    }
}
