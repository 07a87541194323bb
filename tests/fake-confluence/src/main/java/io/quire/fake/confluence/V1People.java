package io.quire.fake.confluence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Renders users, groups and labels for v1 and Data Center. Cloud identifies a user by {@code accountId} and shows
 * {@code publicName}; Data Center by {@code username} and {@code userKey}, with no account id at all.
 */
final class V1People {

    private V1People() {
    }

    static ObjectNode user(User u, Links l) {
        return l.flavor() == ApiFlavor.DC ? dcUser(u, l) : cloudUser(u, l);
    }

    private static ObjectNode cloudUser(User u, Links l) {
        ObjectNode o = Json.obj();
        o.put("type", "known");
        o.put("accountId", u.accountId());
        o.put("accountType", "atlassian");
        o.put("email", "");
        o.put("publicName", u.publicName());
        ObjectNode pic = o.putObject("profilePicture");
        pic.put("path", l.context() + "/aa-avatar/" + u.accountId());
        pic.put("width", 48);
        pic.put("height", 48);
        pic.put("isDefault", false);
        o.put("displayName", u.displayName());
        o.put("isExternalCollaborator", false);
        o.put("isGuest", false);
        o.put("locale", "en_US");
        o.put("accountStatus", "active");
        ObjectNode exp = o.putObject("_expandable");
        exp.put("operations", "");
        exp.put("personalSpace", "");
        o.putObject("_links").put("self", l.base() + "/rest/api/user?accountId=" + u.accountId());
        return o;
    }

    private static ObjectNode dcUser(User u, Links l) {
        ObjectNode o = Json.obj();
        o.put("type", "known");
        o.put("username", u.username());
        o.put("userKey", u.userKey());
        ObjectNode pic = o.putObject("profilePicture");
        pic.put("path", l.context() + "/images/icons/profilepics/default.svg");
        pic.put("width", 48);
        pic.put("height", 48);
        pic.put("isDefault", true);
        o.put("displayName", u.displayName());
        o.putObject("_links").put("self", l.base() + "/rest/api/user?key=" + u.userKey());
        o.putObject("_expandable").put("status", "");
        return o;
    }

    static ObjectNode group(Group g, Links l) {
        ObjectNode o = Json.obj();
        o.put("type", "group");
        o.put("name", g.name());
        if (l.flavor() == ApiFlavor.DC) {
            o.putObject("_links").put("self", l.base() + "/rest/api/group/" + Links.enc(g.name()));
        } else {
            o.put("id", g.id());
            o.putObject("_links").put("self", l.base() + "/rest/api/group/by-id?id=" + g.id());
        }
        return o;
    }

    static ObjectNode label(Label lab) {
        ObjectNode o = Json.obj();
        o.put("prefix", lab.prefix());
        o.put("name", lab.name());
        o.put("id", Long.toString(lab.id()));
        o.put("label", lab.name());
        return o;
    }

    /** A label list as embedded in {@code metadata.labels}. */
    static ObjectNode labels(List<String> names, Links l, String selfPath) {
        ObjectNode o = Json.obj();
        ArrayNode results = o.putArray("results");
        for (String name : names) {
            results.add(label(Label.global(name)));
        }
        o.put("start", 0);
        o.put("limit", 200);
        o.put("size", names.size());
        o.putObject("_links").put("self", l.base() + selfPath);
        return o;
    }
}
