package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.rest.Deployment;
import io.quire.sql.ForeignKey;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GroupMembers: one row per (group, member). Members come from {@code group/{id}/membersByGroupId}
 * (Cloud) or {@code group/{name}/member} (Data Center), for the groups the filter names
 * (GroupId, GroupName) or else for every group. With only AccountId given, the user's groups
 * are read instead ({@code user/memberof}).
 */
final class ConfluenceGroupMembersTable extends ConfluenceTable {
    private static final String GROUP_ID = "__quire_group_id";
    private static final String GROUP_NAME = "__quire_group_name";
    private static final Pushdown PUSHDOWN = new Pushdown().exact("GroupId", Op.EQ, Op.IN)
            .exact("GroupName", Op.EQ, Op.IN).exact("AccountId", Op.EQ, Op.IN);

    private final boolean cloud;

    ConfluenceGroupMembersTable(ConfluenceSite site) {
        super(site, cols());
        this.cloud = site.deployment() == Deployment.CLOUD;
    }

    private static List<Col> cols() {
        List<Col> c = new ArrayList<>();
        c.add(new Col(text("GroupId", 255, "Id of the group (Cloud); its name on Data Center."), j -> JsonValues.text(j, GROUP_ID)));
        c.add(new Col(text("GroupName", 255, "Name of the group."), j -> JsonValues.text(j, GROUP_NAME)));
        c.addAll(PersonColumns.all());
        return c;
    }

    @Override
    public Pushdown pushdown() {
        return PUSHDOWN;
    }

    @Override
    public List<String> primaryKey() {
        return List.of("GroupId", "AccountId");
    }

    @Override
    public List<ForeignKey> foreignKeys() {
        return List.of(new ForeignKey("GroupId", "Groups", "Id"), new ForeignKey("AccountId", "Users", "AccountId"));
    }

    @Override
    public double estimatedRows() {
        return 2000;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        Set<String> ids = request.allowedValues("GroupId");
        Set<String> names = request.allowedValues("GroupName");
        Set<String> accounts = request.allowedValues("AccountId");
        if (ids == null && names == null && accounts != null) {
            return toRows(request, SiteReads.flatMap(accounts.iterator(), a -> groupsOf(a, request)));
        }
        return toRows(request, SiteReads.flatMap(groups(ids, names, request), g -> members(g, accounts, request)));
    }

    /** The groups to read members of: those the filter names, or all of them. */
    private Iterator<JsonNode> groups(Set<String> ids, Set<String> names, ScanRequest request) {
        if (!cloud && (ids != null || names != null)) {
            // Data Center knows groups by name only: GroupId and GroupName are the same key.
            Set<String> wanted = ids == null ? names : ids;
            List<JsonNode> out = new ArrayList<>();
            for (String n : wanted) {
                if (names == null || names.contains(n)) {
                    out.add(JsonNodeFactory.instance.objectNode().put("name", n));
                }
            }
            return out.iterator();
        }
        if (ids != null) {
            return SiteReads.flatMap(ids.iterator(), id -> {
                JsonNode g = SiteReads.getOrNull(site, "group/by-id", Map.of("id", id));
                return g == null || (names != null && !names.contains(JsonValues.text(g, "name")))
                        ? Collections.emptyIterator() : List.of(g).iterator();
            });
        }
        Iterator<JsonNode> all = site.list("group", Map.of(), -1, request.cancelled());
        if (names == null) {
            return all;
        }
        // Cloud reads a group by id only: find the named ones in the (short) group list.
        return SiteReads.flatMap(all, g -> names.contains(JsonValues.text(g, "name"))
                ? List.of(g).iterator() : Collections.emptyIterator());
    }

    /** The members of one group, each tagged with it; only the wanted accounts when AccountId is given. */
    private Iterator<JsonNode> members(JsonNode group, Set<String> accounts, ScanRequest request) {
        String id = ConfluenceGroupsTable.groupId(group);
        String name = JsonValues.text(group, "name");
        String path = cloud ? "group/" + id + "/membersByGroupId" : "group/" + name + "/member";
        Iterator<JsonNode> users = site.listUnder(path, Map.of(), -1, request.cancelled());
        return SiteReads.flatMap(users, u -> accounts != null && !accounts.contains(JsonValues.personId(u))
                ? Collections.emptyIterator()
                : List.<JsonNode>of(SiteReads.tagged(u, GROUP_ID, id, GROUP_NAME, name)).iterator());
    }

    /** One user's groups ({@code user/memberof}), each a row with the user's details. */
    private Iterator<JsonNode> groupsOf(String account, ScanRequest request) {
        String param = cloud ? "accountId" : "key";
        JsonNode user = SiteReads.getOrNull(site, "user", Map.of(param, account));
        if (user == null) {
            return Collections.emptyIterator();
        }
        Iterator<JsonNode> groups = site.listUnder("user/memberof", Map.of(param, account), -1, request.cancelled());
        return SiteReads.flatMap(groups, g -> {
            ObjectNode row = SiteReads.tagged(user, GROUP_ID, ConfluenceGroupsTable.groupId(g),
                    GROUP_NAME, JsonValues.text(g, "name"));
            return List.<JsonNode>of(row).iterator();
        });
    }
}
