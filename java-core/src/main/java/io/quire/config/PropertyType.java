package io.quire.config;

/** The value type of a connection property; decides how its text is checked and converted. */
public enum PropertyType {
    STRING,
    INTEGER,
    /** A decimal number such as 0.5. */
    NUMBER,
    BOOLEAN,
    /** One of the property's allowed values, matched case-insensitively. */
    ENUM
}
