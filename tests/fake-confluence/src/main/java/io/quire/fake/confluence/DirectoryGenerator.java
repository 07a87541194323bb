package io.quire.fake.confluence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Groups, their members and the permissions granted in each space, from streams of their own. */
final class DirectoryGenerator {

    private static final String[] GROUP_NAMES = {
            "confluence-users", "confluence-administrators", "site-admins", "engineering", "marketing", "people-ops",
            "finance", "operations",
    };
    /** What every licensed user may do in a global space. */
    private static final String[][] USER_GRANTS = {
            {"read", "space"}, {"create", "page"}, {"create", "blogpost"}, {"create", "comment"},
            {"create", "attachment"}, {"export", "space"},
    };
    private static final String[][] ADMIN_GRANTS = {
            {"read", "space"}, {"administer", "space"}, {"delete", "page"}, {"delete", "blogpost"},
            {"delete", "comment"}, {"delete", "attachment"}, {"restrict_content", "space"},
    };
    private static final String[][] OWNER_GRANTS = {
            {"read", "space"}, {"administer", "space"}, {"create", "page"}, {"create", "blogpost"},
            {"delete", "page"}, {"export", "space"},
    };
    private static final String[][] GUEST_GRANTS = {{"read", "space"}, {"create", "page"}, {"create", "comment"}};

    record Result(List<Group> groups, Map<Group, List<User>> members, List<SpacePermission> permissions) {
    }

    private DirectoryGenerator() {
    }

    static Result generate(Config cfg, List<User> users, List<Space> spaces) {
        SplittableRandom rnd = GenUtil.stream(cfg.seed(), 5);
        List<Group> groups = new ArrayList<>();
        Map<Group, List<User>> members = new LinkedHashMap<>();
        for (int i = 0; i < cfg.groups(); i++) {
            String name = i < GROUP_NAMES.length ? GROUP_NAMES[i] : "team-" + (i + 1);
            Group g = new Group(GenUtil.uuid(rnd), name);
            groups.add(g);
            List<User> m = new ArrayList<>();
            switch (i) {
                case 0 -> m.addAll(users); // confluence-users: everyone
                case 1 -> m.addAll(users.subList(0, Math.min(2, users.size())));
                case 2 -> m.add(users.getFirst());
                default -> {
                    for (User u : users) {
                        if (rnd.nextInt(100) < 35) {
                            m.add(u);
                        }
                    }
                }
            }
            members.put(g, List.copyOf(m));
        }
        List<SpacePermission> perms = permissions(GenUtil.stream(cfg.seed(), 6), users, spaces, groups);
        return new Result(List.copyOf(groups), members, perms);
    }

    private static List<SpacePermission> permissions(SplittableRandom rnd, List<User> users, List<Space> spaces,
                                                     List<Group> groups) {
        List<SpacePermission> out = new ArrayList<>();
        long[] id = {3_000_001L};
        Group everyone = groups.getFirst();
        Group admins = groups.size() > 1 ? groups.get(1) : null;
        for (Space s : spaces) {
            boolean personal = s.type().equals("personal");
            if (!personal) {
                grant(out, id, s, null, everyone, USER_GRANTS);
            }
            if (admins != null) {
                grant(out, id, s, null, admins, personal ? new String[][] {{"read", "space"}, {"administer", "space"}}
                        : ADMIN_GRANTS);
            }
            grant(out, id, s, s.creator(), null, OWNER_GRANTS);
            if (!personal) {
                int guests = rnd.nextInt(4);
                for (int k = 0; k < guests; k++) {
                    User u = GenUtil.pick(rnd, users);
                    if (u != s.creator()) {
                        grant(out, id, s, u, null, GUEST_GRANTS);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static void grant(List<SpacePermission> out, long[] id, Space s, User u, Group g, String[][] grants) {
        for (String[] op : grants) {
            boolean dup = false;
            for (int i = out.size() - 1; i >= 0 && out.get(i).space() == s; i--) {
                SpacePermission p = out.get(i);
                dup |= p.user() == u && p.group() == g && p.operation().equals(op[0]) && p.targetType().equals(op[1]);
            }
            if (!dup) {
                out.add(new SpacePermission(id[0]++, s, u != null ? "user" : "group", u, g, op[0], op[1]));
            }
        }
    }
}
