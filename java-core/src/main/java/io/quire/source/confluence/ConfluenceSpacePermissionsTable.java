package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.sql.ForeignKey;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * SpacePermissions: one row per (permission, subject) of each space, from the space listing
 * with {@code expand=permissions} (both deployments); SpaceKey = / IN narrows it to those
 * spaces. Archived spaces count only with IncludeArchivedSpaces, as in Spaces. A subject is a
 * user (PrincipalId: account id on Cloud, user key on Data Center) or a group (PrincipalId:
 * group id on Cloud, name on Data Center); a grant to anonymous users has no subject.
 */
final class ConfluenceSpacePermissionsTable extends ConfluenceTable {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pushdown PUSHDOWN = new Pushdown().exact("SpaceKey", Op.EQ, Op.IN);

    ConfluenceSpacePermissionsTable(ConfluenceSite site) {
        super(site, List.of(
                new Col(text("Id", 255, "Permission id."), j -> JsonValues.text(j, "perm", "id")),
                new Col(of("SpaceId", SqlTypeName.BIGINT, "Id of the space."), j -> JsonValues.int64(j, "space", "id")),
                new Col(text("SpaceKey", 255, "Key of the space."), j -> JsonValues.text(j, "space", "key")),
                new Col(text("PrincipalType", 50, "user, group, or anonymous for a grant to anonymous users."),
                        j -> JsonValues.text(j, "principalType")),
                new Col(text("PrincipalId", 255, "Account id or user key of the user; id (Cloud) or name (Data Center) of the group."),
                        j -> JsonValues.text(j, "principalId")),
                new Col(text("PrincipalName", 255, "Display name of the user, or name of the group."),
                        j -> JsonValues.text(j, "principalName")),
                new Col(text("OperationKey", 50, "What may be done: read, create, delete, export, administer, ..."),
                        j -> JsonValues.text(j, "perm", "operation", "operation")),
                new Col(text("OperationTargetType", 50, "What it applies to: space, page, blogpost, comment, attachment."),
                        j -> JsonValues.text(j, "perm", "operation", "targetType")),
                new Col(of("AnonymousAccess", SqlTypeName.BOOLEAN, "Whether the grant is to anonymous users."),
                        j -> JsonValues.bool(j, "perm", "anonymousAccess")),
                new Col(of("UnlicensedAccess", SqlTypeName.BOOLEAN, "Whether the grant is to unlicensed users."),
                        j -> JsonValues.bool(j, "perm", "unlicensedAccess"))));
    }

    @Override
    public Pushdown pushdown() {
        return PUSHDOWN;
    }

    @Override
    public List<String> primaryKey() {
        return List.of("Id");
    }

    @Override
    public List<ForeignKey> foreignKeys() {
        return List.of(new ForeignKey("SpaceId", "Spaces", "Id"));
    }

    @Override
    public double estimatedRows() {
        return 2000;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        Map<String, Object> params = new LinkedHashMap<>();
        Set<String> keys = request.allowedValues("SpaceKey");
        if (keys != null) {
            if (keys.isEmpty()) {
                return Collections.emptyIterator();
            }
            params.put("spaceKey", keys);
        }
        if (!site.includeArchivedSpaces()) {
            params.put("status", "current");
        }
        params.put("expand", "permissions");
        // Rows are permissions, not spaces: the row limit cannot bound the space listing.
        Iterator<JsonNode> spaces = site.list("space", params, -1, request.cancelled());
        return toRows(request, SiteReads.flatMap(spaces, ConfluenceSpacePermissionsTable::flatten));
    }

    /** One synthetic node per (permission, subject) of a space. */
    private static Iterator<JsonNode> flatten(JsonNode space) {
        ObjectNode spaceOnly = NODES.objectNode();
        spaceOnly.set("id", space.get("id"));
        spaceOnly.set("key", space.get("key"));
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode perm : space.path("permissions")) {
            boolean any = false;
            for (String type : new String[] {"user", "group"}) {
                for (JsonNode subject : perm.path("subjects").path(type).path("results")) {
                    boolean user = type.equals("user");
                    out.add(row(spaceOnly, perm, type, user ? JsonValues.personId(subject) : ConfluenceGroupsTable.groupId(subject),
                            user ? JsonValues.text(subject, "displayName") : JsonValues.text(subject, "name")));
                    any = true;
                }
            }
            if (!any) {
                boolean anonymous = perm.path("anonymousAccess").asBoolean(false);
                out.add(row(spaceOnly, perm, anonymous ? "anonymous" : null, null, null));
            }
        }
        return out.iterator();
    }

    private static JsonNode row(JsonNode space, JsonNode perm, String type, String id, String name) {
        ObjectNode r = NODES.objectNode();
        r.set("space", space);
        r.set("perm", perm);
        r.put("principalType", type);
        r.put("principalId", id);
        r.put("principalName", name);
        return r;
    }
}
