package io.quire.source.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.Deployment;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import io.quire.sql.ScanRequest;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Users and AllUsers. Users lists the people the site lets a caller list: on Cloud the user
 * search ({@code search/user?cql=type=user}); on Data Center the active (licensed) users
 * ({@code admin/users/list/active}), falling back to every registered user ({@code user/list})
 * when that admin resource is refused or missing. AllUsers (Data Center only, as in the
 * commercial driver) is every registered user, disabled ones included ({@code user/list}).
 * A key filter reads just those users ({@code user?accountId=} on Cloud, {@code user?key=} or
 * {@code user?username=} on Data Center); looked up by key, a disabled user is found too.
 */
final class ConfluenceUsersTable extends ConfluenceTable {
    private static final Pushdown PUSHDOWN = new Pushdown().exact("AccountId", Op.EQ, Op.IN)
            .exact("UserKey", Op.EQ, Op.IN).exact("UserName", Op.EQ, Op.IN);

    private final boolean all;
    private final boolean cloud;

    private ConfluenceUsersTable(ConfluenceSite site, boolean all) {
        super(site, PersonColumns.all());
        this.all = all;
        this.cloud = site.deployment() == Deployment.CLOUD;
    }

    static ConfluenceUsersTable users(ConfluenceSite site) {
        return new ConfluenceUsersTable(site, false);
    }

    static ConfluenceUsersTable allUsers(ConfluenceSite site) {
        return new ConfluenceUsersTable(site, true);
    }

    /** The same on both deployments: on Cloud UserKey and UserName are always NULL, so a filter on them matches nobody. */
    @Override
    public Pushdown pushdown() {
        return PUSHDOWN;
    }

    @Override
    public List<String> primaryKey() {
        return List.of(all ? "UserKey" : "AccountId");
    }

    @Override
    public double estimatedRows() {
        return 500;
    }

    @Override
    protected Iterator<Object[]> rows(ScanRequest request) {
        if (all && cloud) {
            throw new QuireException(SqlState.NOT_IMPLEMENTED, "AllUsers needs Confluence Data Center or Server: "
                    + "Confluence Cloud has no listing of every registered user. Query Users instead.");
        }
        if (cloud && (request.allowedValues("UserKey") != null || request.allowedValues("UserName") != null)) {
            return Collections.emptyIterator();
        }
        Set<String> keys = intersect(request.allowedValues("AccountId"), cloud ? null : request.allowedValues("UserKey"));
        if (keys != null) {
            String param = cloud ? "accountId" : "key";
            return toRows(request, lookups(keys.iterator(), param));
        }
        Set<String> names = cloud ? null : request.allowedValues("UserName");
        if (names != null) {
            return toRows(request, lookups(names.iterator(), "username"));
        }
        if (cloud) {
            Iterator<JsonNode> found = site.list("search/user", Map.of("cql", "type = user"), request.limit(),
                    request.cancelled());
            return toRows(request, new Unwrapped(found));
        }
        Map<String, Object> params = Map.of("expand", "status");
        if (all) {
            return toRows(request, site.list("user/list", params, request.limit(), request.cancelled()));
        }
        return toRows(request, SiteReads.preferring(
                () -> site.list("admin/users/list/active", params, request.limit(), request.cancelled()),
                () -> site.list("user/list", params, request.limit(), request.cancelled())));
    }

    /** The users named by each value of param ({@code accountId}, {@code key} or {@code username}); unknown ones are skipped. */
    private Iterator<JsonNode> lookups(Iterator<String> values, String param) {
        Map<String, String> extra = cloud ? Map.of() : Map.of("expand", "status");
        return SiteReads.flatMap(values, v -> {
            Map<String, String> q = new LinkedHashMap<>(extra);
            q.put(param, v);
            JsonNode u = SiteReads.getOrNull(site, "user", q);
            return u == null ? Collections.emptyIterator() : List.of(u).iterator();
        });
    }

    /** Both constraints (they name the same key on Data Center), or whichever is given. */
    private static Set<String> intersect(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Set<String> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }

    /** Cloud's user search wraps each user in a search result ({@code {"user": {...}, "title": ...}}). */
    private static final class Unwrapped implements Iterator<JsonNode> {
        private final Iterator<JsonNode> results;

        Unwrapped(Iterator<JsonNode> results) {
            this.results = results;
        }

        @Override
        public boolean hasNext() {
            return results.hasNext();
        }

        @Override
        public JsonNode next() {
            JsonNode r = results.next();
            return Objects.requireNonNullElse(JsonValues.at(r, "user"), r);
        }
    }
}
