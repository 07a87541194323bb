package io.quire.fake.confluence;

import java.time.Instant;

/** One version of a piece of content: who saved it, when, and with which message. */
public record ContentVersion(int number, User by, Instant when, String message, boolean minorEdit) {
}
