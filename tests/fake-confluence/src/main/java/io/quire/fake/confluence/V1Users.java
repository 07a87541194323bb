package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Users and groups. Cloud looks users up by {@code accountId} and groups by id ({@code /group/by-id},
 * {@code /group/{id}/membersByGroupId}, and the older {@code /group/member?name=}); Data Center by
 * {@code username}/{@code key} and group name ({@code /group/{name}/member}), and lists all users with
 * {@code /user/list} and {@code /admin/users/list/active}.
 */
final class V1Users {

    private final SiteData data;

    V1Users(SiteData data) {
        this.data = data;
    }

    JsonNode handle(String[] seg, Request r, Links l) {
        boolean dc = l.flavor() == ApiFlavor.DC;
        String path = "/rest/api/" + String.join("/", seg);
        return switch (seg[0]) {
            case "user" -> {
                if (seg.length == 1) {
                    yield V1People.user(user(r, l), l);
                }
                yield seg.length != 2 ? null : switch (seg[1]) {
                    case "current" -> V1People.user(data.demoUser(), l);
                    case "memberof" -> V1Envelope.page(data.groupsOf(user(r, l)), g -> V1People.group(g, l), 200,
                            200, r, l, path, false);
                    case "bulk" -> dc ? null : bulk(r, l, path);
                    case "list" -> dc ? allUsers(r, l, path) : null;
                    default -> null;
                };
            }
            case "admin" -> dc && seg.length == 4 && path.equals("/rest/api/admin/users/list/active")
                    ? allUsers(r, l, path) : null;
            default -> groups(seg, r, l, path, dc);
        };
    }

    private JsonNode groups(String[] seg, Request r, Links l, String path, boolean dc) {
        if (seg.length == 1) {
            return V1Envelope.page(data.groups(), g -> V1People.group(g, l), 200, 200, r, l, path, false);
        }
        if (seg.length == 2 && seg[1].equals("by-id") && !dc) {
            return V1People.group(group(data.directory().groupById(r.param("id")), l), l);
        }
        if (seg.length == 2 && seg[1].equals("member") && !dc) {
            return members(group(data.directory().groupByName(r.param("name")), l), r, l, path);
        }
        if (seg.length == 2 && dc) {
            return V1People.group(group(data.directory().groupByName(seg[1]), l), l);
        }
        if (seg.length == 3 && seg[2].equals("membersByGroupId") && !dc) {
            return members(group(data.directory().groupById(seg[1]), l), r, l, path);
        }
        if (seg.length == 3 && seg[2].equals("member")) {
            return members(group(data.directory().groupByName(seg[1]), l), r, l, path);
        }
        return null;
    }

    private static Group group(Group g, Links l) {
        if (g == null) {
            throw ApiErrors.notFound(l.flavor(), "Group not found");
        }
        return g;
    }

    private ObjectNode members(Group g, Request r, Links l, String path) {
        List<User> all = data.members(g);
        ObjectNode env = V1Envelope.page(all, u -> V1People.user(u, l), 200, 200, r, l, path, false);
        if (l.flavor().cloud() && "true".equals(r.param("shouldReturnTotalSize"))) {
            env.put("totalSize", all.size());
        }
        return env;
    }

    private ObjectNode allUsers(Request r, Links l, String path) {
        return V1Envelope.page(data.users(), u -> V1People.user(u, l), 200, 200, r, l, path, false);
    }

    /** The user a request names: {@code accountId} on Cloud, {@code username} or {@code key} on Data Center. */
    private User user(Request r, Links l) {
        User u;
        if (l.flavor() == ApiFlavor.DC) {
            String name = r.param("username");
            String key = r.param("key");
            if (name == null && key == null) {
                throw ApiErrors.badRequest(l.flavor(), "Either username or key must be specified");
            }
            u = name != null ? data.directory().byUsername(name) : data.directory().byKey(key);
        } else {
            String id = r.param("accountId");
            if (id == null || id.isBlank()) {
                throw ApiErrors.badRequest(l.flavor(), "accountId is required");
            }
            u = data.directory().byAccountId(id);
        }
        if (u == null) {
            throw ApiErrors.notFound(l.flavor(), "No user found with the given identifier");
        }
        return u;
    }

    private ObjectNode bulk(Request r, Links l, String path) {
        List<User> found = new ArrayList<>();
        for (String id : r.list("accountId")) {
            User u = data.directory().byAccountId(id);
            if (u != null) {
                found.add(u);
            }
        }
        return V1Envelope.page(found, u -> V1People.user(u, l), 200, 200, r, l, path, false);
    }
}
