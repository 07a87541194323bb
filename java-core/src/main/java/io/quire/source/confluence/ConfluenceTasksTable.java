package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.longText;
import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.Deployment;
import io.quire.sql.ForeignKey;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Inline tasks, from Cloud's v2 {@code /tasks} (Data Center has no task REST resource, so the
 * view says so instead of answering with nothing). Key, status, space, content and people
 * filters become the v2 query parameters (exact); date ranges become the {@code -from}/{@code -to}
 * parameters, widened by a day (loose). The site takes page and blog post ids in separate
 * parameters, so ContentId is asked for as both, one listing after the other.
 */
final class ConfluenceTasksTable extends ConfluenceTable {
    private static final Pushdown PUSHDOWN = new Pushdown()
            .exact("Id", Op.EQ, Op.IN)
            .exact("Status", Op.EQ)
            .exact("SpaceId", Op.EQ, Op.IN)
            .exact("ContentId", Op.EQ, Op.IN)
            .exact("CreatedByAccountId", Op.EQ, Op.IN)
            .exact("AssignedToAccountId", Op.EQ, Op.IN)
            .exact("CompletedByAccountId", Op.EQ, Op.IN)
            .loose("CreatedDate", Op.EQ, Op.LT, Op.LE, Op.GT, Op.GE)
            .loose("DueDate", Op.EQ, Op.LT, Op.LE, Op.GT, Op.GE)
            .loose("CompletedDate", Op.EQ, Op.LT, Op.LE, Op.GT, Op.GE);

    /** The v2 parameter behind each pushed column (ContentId is handled apart). */
    private static final Map<String, String> LIST_PARAMS = Map.of(
            "Id", "task-id", "SpaceId", "space-id", "CreatedByAccountId", "created-by",
            "AssignedToAccountId", "assigned-to", "CompletedByAccountId", "completed-by");
    private static final Map<String, String> DATE_PARAMS = Map.of(
            "CreatedDate", "created-at", "DueDate", "due-at", "CompletedDate", "completed-at");

    ConfluenceTasksTable(ConfluenceSite site) {
        super(site, columns(site.zone()));
    }

    private static List<Col> columns(ZoneId z) {
        return List.of(
                new Col(text("Id", 255, "Task id."), j -> JsonValues.text(j, "id")),
                new Col(text("LocalId", 255, "Id of the task within its page or blog post body."), j -> JsonValues.text(j, "localId")),
                new Col(text("ContentId", 255, "Id of the page or blog post the task is on."),
                        j -> JsonValues.text(j, "pageId") != null ? JsonValues.text(j, "pageId") : JsonValues.text(j, "blogPostId")),
                new Col(text("ContentType", 50, "page or blogpost."),
                        j -> JsonValues.text(j, "pageId") != null ? "page" : JsonValues.text(j, "blogPostId") != null ? "blogpost" : null),
                new Col(of("SpaceId", SqlTypeName.BIGINT, "Id of the space."), j -> JsonValues.int64(j, "spaceId")),
                new Col(text("Status", 50, "complete or incomplete."), j -> JsonValues.text(j, "status")),
                new Col(longText("Body", "Task body in storage format (XHTML)."), j -> JsonValues.text(j, "body", "storage", "value")),
                new Col(text("CreatedByAccountId", 128, "Account id of the creator."), j -> JsonValues.text(j, "createdBy")),
                new Col(text("AssignedToAccountId", 128, "Account id of the assignee; NULL when unassigned."),
                        j -> JsonValues.text(j, "assignedTo")),
                new Col(text("CompletedByAccountId", 128, "Account id of who completed it; NULL while incomplete."),
                        j -> JsonValues.text(j, "completedBy")),
                new Col(of("CreatedDate", SqlTypeName.TIMESTAMP, "When the task was created."),
                        j -> JsonValues.timestamp(z, j, "createdAt")),
                new Col(of("UpdatedDate", SqlTypeName.TIMESTAMP, "When the task was last updated."),
                        j -> JsonValues.timestamp(z, j, "updatedAt")),
                new Col(of("DueDate", SqlTypeName.TIMESTAMP, "When the task is due; NULL without a due date."),
                        j -> JsonValues.timestamp(z, j, "dueAt")),
                new Col(of("CompletedDate", SqlTypeName.TIMESTAMP, "When the task was completed; NULL while incomplete."),
                        j -> JsonValues.timestamp(z, j, "completedAt")));
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
        return List.of(new ForeignKey("SpaceId", "Spaces", "Id"),
                new ForeignKey("CreatedByAccountId", "Users", "AccountId"),
                new ForeignKey("AssignedToAccountId", "Users", "AccountId"),
                new ForeignKey("CompletedByAccountId", "Users", "AccountId"));
    }

    @Override
    public double estimatedRows() {
        return 5000;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        if (site.deployment() != Deployment.CLOUD) {
            throw new QuireException(SqlState.NOT_IMPLEMENTED, "Tasks needs Confluence Cloud: Confluence Data Center "
                    + "has no REST resource for inline tasks.");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        if (request.wants("Body")) {
            params.put("body-format", "storage");
        }
        Object status = request.equalTo("Status");
        if (status != null) {
            if (!status.equals("complete") && !status.equals("incomplete")) {
                return Collections.emptyIterator();
            }
            params.put("status", status);
        }
        for (Map.Entry<String, String> e : LIST_PARAMS.entrySet()) {
            Set<String> values = request.allowedValues(e.getKey());
            if (values != null) {
                boolean ids = !e.getKey().endsWith("AccountId");
                Set<String> sent = ids ? SiteReads.numeric(values) : values;
                if (sent.isEmpty()) {
                    return Collections.emptyIterator();
                }
                params.put(e.getValue(), sent);
            }
        }
        for (Map.Entry<String, String> e : DATE_PARAMS.entrySet()) {
            TimeRange r = TimeRange.of(request, e.getKey(), site.zone());
            if (r != null) {
                put(params, e.getValue() + "-from", r.from());
                put(params, e.getValue() + "-to", r.to());
            }
        }
        Set<String> content = request.allowedValues("ContentId");
        if (content == null) {
            return toRows(request, site.listV2("tasks", params, request.limit(), request.cancelled()));
        }
        Set<String> ids = SiteReads.numeric(content);
        if (ids.isEmpty()) {
            return Collections.emptyIterator();
        }
        // A task is on a page or on a blog post: ask for each kind (the site ANDs the two parameters).
        Iterator<String> kinds = List.of("page-id", "blogpost-id").iterator();
        return toRows(request, SiteReads.flatMap(kinds, kind -> {
            Map<String, Object> p = new LinkedHashMap<>(params);
            p.put(kind, ids);
            return site.listV2("tasks", p, -1, request.cancelled());
        }));
    }

    private static void put(Map<String, Object> params, String name, Instant at) {
        if (at != null) {
            params.put(name, Long.toString(at.toEpochMilli()));
        }
    }
}
