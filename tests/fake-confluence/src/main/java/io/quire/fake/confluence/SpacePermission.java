package io.quire.fake.confluence;

/**
 * One permission granted in a space to a user or a group.
 *
 * @param principalType {@code user} or {@code group}
 * @param user          the user when principalType is {@code user}, else null
 * @param group         the group when principalType is {@code group}, else null
 * @param operation     {@code read}, {@code create}, {@code delete}, {@code export}, {@code administer}, ...
 * @param targetType    {@code space}, {@code page}, {@code blogpost}, {@code comment} or {@code attachment}
 */
public record SpacePermission(long id, Space space, String principalType, User user, Group group, String operation,
                              String targetType) {
}
