package io.quire.config;

import java.util.List;
import java.util.Locale;

/**
 * One connection property: everything that reads connection settings (the connection-string
 * parser, DSN dialogs, documentation, sys_connection_props) works from these descriptions.
 *
 * @param name          canonical name, as the established drivers spell it
 * @param type          value type
 * @param defaultValue  default as text, or null when there is none
 * @param allowedValues for ENUM: the accepted values (canonical spelling); empty otherwise
 * @param secret        true for passwords, tokens and the like: never logged or echoed
 * @param category      group shown in dialogs and docs (Authentication, Connection, ...)
 * @param description   one sentence for users
 * @param aliases       other accepted names (ODBC's UID and PWD, for instance)
 */
public record ConnectionProperty(
        String name,
        PropertyType type,
        String defaultValue,
        List<String> allowedValues,
        boolean secret,
        String category,
        String description,
        List<String> aliases) {

    public ConnectionProperty {
        allowedValues = List.copyOf(allowedValues);
        aliases = List.copyOf(aliases);
    }

    /** Names are unique in the property list: a property is its name (and a map key hashed at every connect). */
    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionProperty p && name.equals(p.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** The canonical spelling of an allowed ENUM value, or null when value is not allowed. */
    public String canonicalValue(String value) {
        for (String allowed : allowedValues) {
            if (allowed.equalsIgnoreCase(value.trim())) {
                return allowed;
            }
        }
        return null;
    }

    String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
