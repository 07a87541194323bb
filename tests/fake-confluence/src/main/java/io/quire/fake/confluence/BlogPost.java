package io.quire.fake.confluence;

import java.time.Instant;
import java.util.List;

/**
 * A blog post. Bodies are rendered on demand by {@link BodyGenerator}, like pages'.
 *
 * @param status     {@code current} or {@code trashed}
 * @param paragraphs number of body paragraphs
 */
public record BlogPost(long id, Space space, String title, String status, int version, String versionMessage,
                       Instant created, Instant updated, User creator, User updater, List<String> labels,
                       int paragraphs) implements Content {

    @Override
    public String type() {
        return "blogpost";
    }
}
