package io.quire.fake.confluence;

import java.time.Instant;

/**
 * An inline task on a page or blog post.
 *
 * @param localId     the task's id within its container's body
 * @param status      {@code complete} or {@code incomplete}
 * @param text        the task text (plain)
 * @param assignee    null when unassigned
 * @param completedBy null while incomplete
 * @param due         null when the task has no due date
 * @param completed   null while incomplete
 */
public record Task(long id, String localId, Content container, String status, String text, User creator,
                   User assignee, User completedBy, Instant created, Instant updated, Instant due,
                   Instant completed) {

    public boolean complete() {
        return "complete".equals(status);
    }

    /** The task's body in storage format, as the REST API returns it. */
    public String storage() {
        return "<ac:task-body>" + BodyGenerator.xml(text) + "</ac:task-body>";
    }
}
