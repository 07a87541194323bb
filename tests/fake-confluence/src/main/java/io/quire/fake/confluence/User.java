package io.quire.fake.confluence;

/**
 * A Confluence user. Cloud identifies users by {@code accountId} and shows {@code publicName}; Data Center by
 * {@code username} and {@code userKey} (a 32-hex-digit key).
 */
public record User(String accountId, String displayName, String publicName, String email, String username,
                   String userKey) {
}
