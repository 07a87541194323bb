package io.quire.fake.confluence;

import java.util.ArrayList;
import java.util.List;

/** The set of requested expansions, e.g. {@code space,history.lastUpdated,body.storage}. */
public final class Expand {

    public static final Expand NONE = new Expand(List.of());

    private final List<String> paths;

    private Expand(List<String> paths) {
        this.paths = paths;
    }

    public static Expand of(List<String> values) {
        return new Expand(List.copyOf(values));
    }

    /** True when {@code path} or one of its sub-paths was requested. */
    public boolean has(String path) {
        for (String p : paths) {
            if (p.equals(path) || p.startsWith(path + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Expansions under a prefix with the prefix removed ({@code homepage.space} -> {@code space}). */
    public Expand sub(String prefix) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            if (p.startsWith(prefix + ".")) {
                out.add(p.substring(prefix.length() + 1));
            }
        }
        return out.isEmpty() ? NONE : new Expand(out);
    }
}
