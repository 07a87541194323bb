package io.quire.fake.confluence;

import java.time.Instant;
import java.util.List;

/**
 * A space. {@code homepageId} is the id of the space's home page (the first page generated in it).
 *
 * @param type   {@code global} or {@code personal}
 * @param status {@code current} or {@code archived}
 */
public record Space(long id, String key, String name, String type, String status, String description,
                    Instant created, User creator, long homepageId, List<String> labels) {
}
