package io.quire.fake.confluence;

import java.time.Instant;
import java.util.List;

/**
 * A page. Bodies are not stored: they are rendered on demand from the page id and seed by {@link BodyGenerator}.
 *
 * @param parentId        0 when the page is a root page of its space
 * @param depth           0 for root pages
 * @param status          {@code current} or {@code trashed}
 * @param previousUpdated time of version {@code version - 1} (equals created for version 1)
 * @param paragraphs      number of body paragraphs (a few; some pages are much larger)
 */
public record Page(long id, Space space, String title, long parentId, int depth, int position, String status,
                   int version, String versionMessage, String previousMessage, Instant created, Instant updated,
                   Instant previousUpdated, User creator, User updater, User previousUpdater,
                   List<String> labels, int paragraphs) implements Content {

    @Override
    public String type() {
        return "page";
    }

    @Override
    public boolean isCurrent() {
        return "current".equals(status);
    }
}
