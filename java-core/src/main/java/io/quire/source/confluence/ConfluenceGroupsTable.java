package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.rest.Deployment;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups ({@code GET group}). Cloud identifies a group by id (a UUID) and reads one with
 * {@code group/by-id?id=}; Data Center only by name ({@code group/{name}}), so there Id is the
 * name too.
 */
final class ConfluenceGroupsTable extends ConfluenceTable {
    private static final Pushdown PUSHDOWN = new Pushdown().exact("Id", Op.EQ, Op.IN).exact("Name", Op.EQ, Op.IN);

    private final boolean cloud;

    ConfluenceGroupsTable(ConfluenceSite site) {
        super(site, List.of(
                new Col(text("Id", 255, "Group id (Cloud); the group name on Data Center, which has no ids."),
                        ConfluenceGroupsTable::groupId),
                new Col(text("Name", 255, "Group name."), j -> JsonValues.text(j, "name")),
                new Col(text("Type", 50, "Always group."), j -> JsonValues.text(j, "type"))));
        this.cloud = site.deployment() == Deployment.CLOUD;
    }

    /** The id a group is known by: its id on Cloud, its name on Data Center. */
    static String groupId(JsonNode group) {
        String id = JsonValues.text(group, "id");
        return id != null ? id : JsonValues.text(group, "name");
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
    public double estimatedRows() {
        return 50;
    }

    /**
     * Id = / IN reads those groups; Name = / IN does too on Data Center (where the name is the
     * id), while Cloud, which reads a group by id only, picks the named ones from the group list.
     */
    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        Set<String> ids = request.allowedValues("Id");
        Set<String> names = request.allowedValues("Name");
        if (!cloud && names != null) {
            if (ids != null) {
                names = new LinkedHashSet<>(names);
                names.retainAll(ids);
            }
            ids = names;
        }
        if (cloud && names != null && ids == null) {
            Set<String> wanted = names;
            Iterator<JsonNode> all = site.list("group", Map.of(), -1, request.cancelled());
            return toRows(request, SiteReads.flatMap(all, g -> wanted.contains(JsonValues.text(g, "name"))
                    ? List.of(g).iterator() : Collections.emptyIterator()));
        }
        if (ids == null) {
            return toRows(request, site.list("group", Map.of(), request.limit(), request.cancelled()));
        }
        Set<String> named = names;
        return toRows(request, SiteReads.flatMap(ids.iterator(), id -> {
            JsonNode g = cloud ? SiteReads.getOrNull(site, "group/by-id", Map.of("id", id))
                    : SiteReads.getOrNull(site, "group/" + id, Map.of());
            return g == null || (named != null && !named.contains(JsonValues.text(g, "name")))
                    ? Collections.emptyIterator() : List.of(g).iterator();
        }));
    }
}
