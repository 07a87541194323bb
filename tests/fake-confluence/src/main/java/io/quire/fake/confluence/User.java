package io.quire.fake.confluence;

/** A Confluence user (Cloud style identity: accountId plus public and display names). */
public record User(String accountId, String displayName, String publicName, String email) {
}
