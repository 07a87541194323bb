package io.quire.source.confluence;

import io.quire.sql.QuireTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/** The {@code Confluence} schema: every table of one site. */
public final class ConfluenceSchema extends AbstractSchema {
    public static final String NAME = "Confluence";

    private final Map<String, Table> tables = new LinkedHashMap<>();

    public ConfluenceSchema(ConfluenceSite site) {
        tables.put("Spaces", new ConfluenceSpacesTable(site));
        tables.put("Pages", ConfluencePagesTable.pages(site));
        tables.put("Blogposts", ConfluencePagesTable.blogposts(site));
        tables.put("Comments", ConfluenceCommentsTable.comments(site));
        tables.put("Attachments", new ConfluenceAttachmentsTable(site));
        tables.put("Labels", new ConfluenceLabelsTable(site));
        tables.put("PageAncestors", ConfluencePageTreeTable.ancestors(site));
        tables.put("PageChildren", ConfluencePageTreeTable.children(site));
        tables.put("PageComments", ConfluenceCommentsTable.pageComments(site));
        tables.put("PageContents", ConfluencePagesTable.pageContents(site));
        tables.put("Users", ConfluenceUsersTable.users(site));
        tables.put("AllUsers", ConfluenceUsersTable.allUsers(site));
        tables.put("Groups", new ConfluenceGroupsTable(site));
        tables.put("GroupMembers", new ConfluenceGroupMembersTable(site));
        tables.put("Tasks", new ConfluenceTasksTable(site));
        tables.put("Contributors", new ConfluenceContributorsTable(site));
        tables.put("SpacePermissions", new ConfluenceSpacePermissionsTable(site));
        tables.put("AuditRecords", new ConfluenceAuditRecordsTable(site));
    }

    /** Drops every table not named in keep (the connection's BrowsableSchemas/Tables/Views); before first use. */
    public void retainOnly(java.util.Set<String> keep) {
        tables.keySet().retainAll(keep);
    }

    @Override
    protected Map<String, Table> getTableMap() {
        return tables;
    }

    /** The tables in declaration order, for catalog functions. */
    public Map<String, QuireTable> quireTables() {
        Map<String, QuireTable> out = new LinkedHashMap<>();
        tables.forEach((k, v) -> out.put(k, (QuireTable) v));
        return out;
    }
}
