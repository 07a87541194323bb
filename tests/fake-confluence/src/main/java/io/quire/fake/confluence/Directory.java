package io.quire.fake.confluence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Users and groups by their identifiers, memberships and space permissions. */
public final class Directory {

    private final Map<String, User> byAccountId = new HashMap<>();
    private final Map<String, User> byUsername = new HashMap<>();
    private final Map<String, User> byKey = new HashMap<>();
    private final Map<String, Group> groupsByName = new HashMap<>();
    private final Map<String, Group> groupsById = new HashMap<>();
    private final Map<User, List<Group>> groupsOf = new HashMap<>();
    private final Map<Long, List<SpacePermission>> permissions = new HashMap<>();

    Directory(List<User> users, SiteExtras extras) {
        for (User u : users) {
            byAccountId.put(u.accountId(), u);
            byUsername.put(u.username(), u);
            byKey.put(u.userKey(), u);
        }
        for (Group g : extras.groups()) {
            groupsByName.put(g.name(), g);
            groupsById.put(g.id(), g);
            for (User u : extras.members().getOrDefault(g, List.of())) {
                groupsOf.computeIfAbsent(u, k -> new ArrayList<>()).add(g);
            }
        }
        for (SpacePermission p : extras.permissions()) {
            permissions.computeIfAbsent(p.space().id(), k -> new ArrayList<>()).add(p);
        }
    }

    public User byAccountId(String accountId) {
        return byAccountId.get(accountId);
    }

    public User byUsername(String username) {
        return byUsername.get(username);
    }

    public User byKey(String userKey) {
        return byKey.get(userKey);
    }

    /** A user by any identifier CQL accepts: account id, username or user key. */
    public User byAnyId(String id) {
        User u = byAccountId.get(id);
        if (u == null) {
            u = byUsername.get(id);
        }
        return u != null ? u : byKey.get(id);
    }

    public Group groupByName(String name) {
        return groupsByName.get(name);
    }

    public Group groupById(String id) {
        return groupsById.get(id);
    }

    public List<Group> groupsOf(User u) {
        return groupsOf.getOrDefault(u, List.of());
    }

    public List<SpacePermission> permissionsOf(Space s) {
        return permissions.getOrDefault(s.id(), List.of());
    }
}
