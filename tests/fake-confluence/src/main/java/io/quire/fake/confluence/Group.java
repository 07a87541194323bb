package io.quire.fake.confluence;

/** A user group; {@code id} is the Cloud group id (a UUID), DC identifies groups by name. */
public record Group(String id, String name) {
}
