package io.quire.fake.confluence;

import java.util.HashMap;
import java.util.Map;

/**
 * Command-line options of the fake site. Sizes of the entities added after pages (blog posts, comments,
 * attachments, tasks, audit records) default to fixed fractions of {@code pages}, so a bigger site grows them all.
 */
public record Config(int port, long seed, int spaces, int pages, String user, String password, String email,
                     String apiToken, String pat, long latencyMs, int blogposts, int comments, int attachments,
                     int tasks, int auditRecords, int groups) {

    /** Groups on every site unless {@code --groups} says otherwise. */
    public static final int DEFAULT_GROUPS = 6;

    public Config {
        blogposts = Math.max(0, blogposts);
        comments = Math.max(0, comments);
        attachments = Math.max(0, attachments);
        tasks = Math.max(0, tasks);
        auditRecords = Math.max(0, auditRecords);
        groups = Math.max(1, groups); // confluence-users always exists: space permissions refer to it
    }

    /** The original option set; the newer sizes follow from {@code pages}. */
    public Config(int port, long seed, int spaces, int pages, String user, String password, String email,
                  String apiToken, String pat, long latencyMs) {
        this(port, seed, spaces, pages, user, password, email, apiToken, pat, latencyMs, blogpostsFor(pages),
                commentsFor(pages), attachmentsFor(pages), tasksFor(pages), auditRecordsFor(pages), DEFAULT_GROUPS);
    }

    public static int blogpostsFor(int pages) {
        return pages / 8;
    }

    public static int commentsFor(int pages) {
        return pages * 3 / 4;
    }

    public static int attachmentsFor(int pages) {
        return pages * 2 / 5;
    }

    public static int tasksFor(int pages) {
        return pages / 2;
    }

    public static int auditRecordsFor(int pages) {
        return Math.max(50, pages / 4);
    }

    public static Config defaults() {
        return new Config(0, 42, 8, 600, "demo", "demo-password", "demo@quire.example", "demo-api-token",
                "demo-pat-token", 0);
    }

    /** Parses {@code --name value} pairs; unknown options raise {@link IllegalArgumentException}. */
    public static Config parse(String[] args) {
        Config c = defaults();
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            switch (name) {
                case "--port", "--seed", "--spaces", "--pages", "--user", "--password", "--email", "--api-token",
                     "--pat", "--latency-ms", "--blogposts", "--comments", "--attachments", "--tasks",
                     "--audit-records", "--groups" -> o.put(name, args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        int spaces = num(o, "--spaces", c.spaces);
        if (spaces < 1) {
            throw new IllegalArgumentException("--spaces must be >= 1");
        }
        // every space has at least its home page
        int pages = Math.max(spaces, num(o, "--pages", c.pages));
        return new Config(num(o, "--port", c.port), o.containsKey("--seed") ? Long.parseLong(o.get("--seed")) : c.seed,
                spaces, pages, o.getOrDefault("--user", c.user), o.getOrDefault("--password", c.password),
                o.getOrDefault("--email", c.email), o.getOrDefault("--api-token", c.apiToken),
                o.getOrDefault("--pat", c.pat),
                o.containsKey("--latency-ms") ? Long.parseLong(o.get("--latency-ms")) : c.latencyMs,
                size(o, "--blogposts", blogpostsFor(pages)), size(o, "--comments", commentsFor(pages)),
                size(o, "--attachments", attachmentsFor(pages)), size(o, "--tasks", tasksFor(pages)),
                size(o, "--audit-records", auditRecordsFor(pages)), Math.max(1, size(o, "--groups", DEFAULT_GROUPS)));
    }

    private static int num(Map<String, String> o, String name, int dflt) {
        return o.containsKey(name) ? Integer.parseInt(o.get(name)) : dflt;
    }

    private static int size(Map<String, String> o, String name, int dflt) {
        int v = num(o, name, dflt);
        if (v < 0) {
            throw new IllegalArgumentException(name + " must be >= 0");
        }
        return v;
    }
}
