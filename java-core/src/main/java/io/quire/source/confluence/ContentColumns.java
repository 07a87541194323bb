package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.longText;
import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;
import static io.quire.source.confluence.JsonValues.at;
import static io.quire.source.confluence.JsonValues.integer;
import static io.quire.source.confluence.JsonValues.personId;

import io.quire.source.confluence.ConfluenceTable.Col;
import io.quire.sql.Op;
import io.quire.sql.Pushdown;
import java.time.ZoneId;
import org.apache.calcite.sql.type.SqlTypeName;

/** Columns every v1 content object has (pages, blog posts, comments, attachments), read alike. */
final class ContentColumns {
    private ContentColumns() {
    }

    static Col id(String name, String what) {
        return new Col(text(name, 255, "Id of the " + what + "."), j -> JsonValues.text(j, "id"));
    }

    static Col title(String what) {
        return new Col(text("Title", 255, "Title of the " + what + "."), j -> JsonValues.text(j, "title"));
    }

    static Col status() {
        return new Col(text("Status", 50, "current, draft, archived or trashed."), j -> JsonValues.text(j, "status"));
    }

    static Col excerpt() {
        return new Col(text("Excerpt", 2000, "Search excerpt."), j -> JsonValues.text(j, "excerpt"));
    }

    static Col spaceKey() {
        return new Col(text("SpaceKey", 255, "Key of the space."), j -> JsonValues.text(j, "space", "key"));
    }

    static Col storage(String name) {
        return new Col(longText(name, "Body in storage format (XHTML)."), j -> JsonValues.text(j, "body", "storage", "value"));
    }

    static Col atlasDoc(String name) {
        return new Col(longText(name, "Body in Atlassian document format (JSON)."),
                j -> JsonValues.text(j, "body", "atlas_doc_format", "value"));
    }

    static Col containerId(String name) {
        return new Col(text(name, 255, "Id of the page or blog post it belongs to."), j -> JsonValues.text(j, "container", "id"));
    }

    static Col createdDate(ZoneId z) {
        return new Col(of("CreatedDate", SqlTypeName.TIMESTAMP, "When it was created."),
                j -> JsonValues.timestamp(z, j, "history", "createdDate"));
    }

    static Col createdBy() {
        return new Col(text("CreatedByAccountId", 255, "Account id (Cloud) or user key (Data Center) of the creator."),
                j -> personId(at(j, "history", "createdBy")));
    }

    static Col lastUpdated(ZoneId z) {
        return new Col(of("LastUpdatedDatetime", SqlTypeName.TIMESTAMP, "When it was last updated."),
                j -> JsonValues.timestamp(z, j, "version", "when"));
    }

    static Col versionNumber() {
        return new Col(of("VersionNumber", SqlTypeName.INTEGER, "Version number."), j -> integer(j, "version", "number"));
    }

    static Col cql() {
        return new Col(text("CQL", 4000, "Pseudo-column: WHERE CQL = '<cql>' sends that CQL to the site as the "
                + "search; other conditions still apply."), j -> JsonValues.text(j, TypeFilter.CQL_FIELD));
    }

    /**
     * What CQL search narrows by on the columns every content table has: space, creator, the
     * two dates (loosely: see {@link CqlBuilder}), raw CQL, OR, and the date sort. Each table
     * adds its own (Id, Title, containers).
     */
    static Pushdown commonPushdown() {
        return new Pushdown()
                .exact("SpaceKey", Op.EQ, Op.NE, Op.IN, Op.NOT_IN)
                .exact("CreatedByAccountId", Op.EQ, Op.NE, Op.IN, Op.NOT_IN)
                .loose("CreatedDate", Op.EQ, Op.LT, Op.LE, Op.GT, Op.GE)
                .loose("LastUpdatedDatetime", Op.EQ, Op.LT, Op.LE, Op.GT, Op.GE)
                .loose("CQL", Op.EQ)
                .sortable("CreatedDate", "LastUpdatedDatetime")
                .withOr();
    }

    /** The CQL fields the common columns map to. */
    static CqlBuilder commonCql() {
        return new CqlBuilder()
                .field("Id", "id", CqlBuilder.Kind.NUMBER)
                .field("SpaceKey", "space", CqlBuilder.Kind.TEXT)
                .field("Title", "title", CqlBuilder.Kind.TEXT)
                .field("CreatedByAccountId", "creator", CqlBuilder.Kind.TEXT)
                .field("CreatedDate", "created", CqlBuilder.Kind.DATE)
                .field("LastUpdatedDatetime", "lastmodified", CqlBuilder.Kind.DATE);
    }
}
