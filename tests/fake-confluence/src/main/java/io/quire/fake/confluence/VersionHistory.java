package io.quire.fake.confluence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Version lists computed on demand. The first and the last version (and, for pages, the one before the last) are
 * the values the content record already carries; versions in between come from a random stream keyed by the
 * content id, so they are the same on every call and cost nothing to store.
 */
final class VersionHistory {

    private static final String[] MESSAGES = {"", "", "", "Fixed typos", "Updated diagram", "Reworded intro",
            "Added examples", "Mise à jour"};

    private final long seed;
    private final List<User> users;

    VersionHistory(long seed, List<User> users) {
        this.seed = seed;
        this.users = users;
    }

    List<ContentVersion> versions(Content c) {
        int n = c.version();
        ContentVersion[] out = new ContentVersion[n];
        String lastMessage = switch (c) {
            case Page p -> p.versionMessage();
            case BlogPost b -> b.versionMessage();
            default -> "";
        };
        out[n - 1] = new ContentVersion(n, c.updater(), c.updated(), lastMessage, false);
        Instant middleTo = c.updated();
        if (c instanceof Page p && n >= 2) {
            // the v1 API already shows this one as history.previousVersion
            out[n - 2] = new ContentVersion(n - 1, p.previousUpdater(), p.previousUpdated(), p.previousMessage(),
                    false);
            middleTo = p.previousUpdated();
        }
        if (out[0] == null) {
            out[0] = new ContentVersion(1, c.creator(), c.created(), "", false);
        }
        int firstMissing = 1;
        int lastMissing = c instanceof Page ? n - 3 : n - 2;
        if (lastMissing >= firstMissing) {
            SplittableRandom rnd = new SplittableRandom((seed * 31 + 9) ^ (c.id() * 0x9E3779B97F4A7C15L));
            int count = lastMissing - firstMissing + 1;
            long from = c.created().toEpochMilli();
            long span = Math.max(count + 1, middleTo.toEpochMilli() - from);
            long[] times = new long[count];
            for (int i = 0; i < count; i++) {
                times[i] = from + 1 + rnd.nextLong(span - 1);
            }
            Arrays.sort(times);
            for (int i = 0; i < count; i++) {
                out[firstMissing + i] = new ContentVersion(firstMissing + i + 1, GenUtil.pick(rnd, users),
                        Instant.ofEpochMilli(times[i]), GenUtil.pick(rnd, MESSAGES), rnd.nextInt(5) == 0);
            }
        }
        return List.of(out);
    }

    List<User> contributors(Content c) {
        LinkedHashSet<User> out = new LinkedHashSet<>();
        for (ContentVersion v : versions(c)) {
            out.add(v.by());
        }
        return new ArrayList<>(out);
    }
}
