package io.quire.fake.confluence;

import java.time.Instant;
import java.util.List;

/** An entry of the site's audit log. */
public record AuditRecord(Instant creationDate, User author, String remoteAddress, String summary,
                          String description, String category, boolean sysAdmin, Item affectedObject,
                          List<Change> changedValues, List<Item> associatedObjects) {

    /** An object an event touched, e.g. {@code ("Engineering", "Space")}. */
    public record Item(String name, String objectType) {
    }

    /** A value an event changed. */
    public record Change(String name, String oldValue, String newValue) {
    }
}
