package io.quire.fake.confluence;

import java.time.Instant;
import java.util.List;

/**
 * What pages, blog posts, comments and attachments have in common: CQL search and the v1 content
 * endpoints treat them alike. Ids share one number space, as in Confluence.
 */
public sealed interface Content permits Page, BlogPost, Comment, Attachment {

    long id();

    /** {@code page}, {@code blogpost}, {@code comment} or {@code attachment}. */
    String type();

    String title();

    /** {@code current} or {@code trashed}. */
    String status();

    /** The space the content lives in (a comment's or attachment's is its container's). */
    Space space();

    int version();

    Instant created();

    Instant updated();

    User creator();

    User updater();

    /** Global label names, in the order they were added. */
    List<String> labels();

    default boolean isCurrent() {
        return "current".equals(status());
    }
}
