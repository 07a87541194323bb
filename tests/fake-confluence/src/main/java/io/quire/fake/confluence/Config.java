package io.quire.fake.confluence;

/** Command-line options of the fake site. */
public record Config(int port, long seed, int spaces, int pages, String user, String password, String email,
                     String apiToken, String pat, long latencyMs) {

    public static Config defaults() {
        return new Config(0, 42, 8, 600, "demo", "demo-password", "demo@quire.example", "demo-api-token",
                "demo-pat-token", 0);
    }

    /** Parses {@code --name value} pairs; unknown options raise {@link IllegalArgumentException}. */
    public static Config parse(String[] args) {
        Config c = defaults();
        int port = c.port;
        long seed = c.seed;
        int spaces = c.spaces;
        int pages = c.pages;
        String user = c.user;
        String password = c.password;
        String email = c.email;
        String apiToken = c.apiToken;
        String pat = c.pat;
        long latency = c.latencyMs;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name);
            }
            String v = args[++i];
            switch (name) {
                case "--port" -> port = Integer.parseInt(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--spaces" -> spaces = Integer.parseInt(v);
                case "--pages" -> pages = Integer.parseInt(v);
                case "--user" -> user = v;
                case "--password" -> password = v;
                case "--email" -> email = v;
                case "--api-token" -> apiToken = v;
                case "--pat" -> pat = v;
                case "--latency-ms" -> latency = Long.parseLong(v);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (spaces < 1) {
            throw new IllegalArgumentException("--spaces must be >= 1");
        }
        if (pages < spaces) {
            pages = spaces; // every space has at least its home page
        }
        return new Config(port, seed, spaces, pages, user, password, email, apiToken, pat, latency);
    }
}
