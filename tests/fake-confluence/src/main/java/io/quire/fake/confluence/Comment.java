package io.quire.fake.confluence;

import java.time.Instant;
import java.util.List;

/**
 * A footer or inline comment on a page or blog post.
 *
 * @param container  the page or blog post commented on
 * @param parentId   id of the comment this one replies to, 0 for a top-level comment
 * @param location   {@code footer} or {@code inline}
 * @param resolution inline comments only: {@code open} or {@code resolved} (replies share their root's); null for
 *                   footer comments
 * @param resolvedBy who resolved the thread; null while open and for footer comments
 * @param resolvedAt when the thread was resolved; null while open and for footer comments
 * @param markerRef  inline comments only: the marker in the page body the comment is anchored to
 * @param selection  inline comments only: the text that was selected
 */
public record Comment(long id, Content container, long parentId, String location, String resolution,
                      User resolvedBy, Instant resolvedAt, String markerRef, String selection, String status,
                      int version, Instant created, Instant updated, User creator, User updater, int paragraphs)
        implements Content {

    @Override
    public String type() {
        return "comment";
    }

    /** Comments are titled after what they comment on. */
    @Override
    public String title() {
        return "Re: " + container.title();
    }

    @Override
    public Space space() {
        return container.space();
    }

    @Override
    public List<String> labels() {
        return List.of();
    }

    public boolean inline() {
        return "inline".equals(location);
    }
}
