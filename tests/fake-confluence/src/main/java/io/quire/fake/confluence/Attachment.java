package io.quire.fake.confluence;

import java.time.Instant;
import java.util.List;

/**
 * A file attached to a page or blog post. REST ids are {@code "att" + id}; CQL uses the bare number.
 *
 * @param title     the file name, unique within its container
 * @param fileSize  bytes
 * @param comment   the upload comment, possibly empty
 * @param fileId    the media-platform file id (a UUID)
 */
public record Attachment(long id, Content container, String title, String mediaType, long fileSize, String comment,
                         String fileId, String status, int version, Instant created, Instant updated, User creator,
                         User updater, List<String> labels) implements Content {

    @Override
    public String type() {
        return "attachment";
    }

    @Override
    public Space space() {
        return container.space();
    }

    /** The id as the REST APIs print it. */
    public String restId() {
        return "att" + id;
    }

    /** Download path relative to the site's context path, as {@code _links.download} gives it. */
    public String downloadPath() {
        return "/download/attachments/" + container.id() + "/" + Links.enc(title) + "?version=" + version
                + "&modificationDate=" + updated.toEpochMilli() + "&api=v2";
    }
}
