package io.quire.config;

/** The value type of a connection property; decides how its text is checked and converted. */
public enum PropertyType {
    STRING,
    INTEGER,
    BOOLEAN,
    /** One of the property's allowed values, matched case-insensitively. */
    ENUM
}
