package io.quire.config;

/**
 * Prints the connection-property reference (docs/connection-properties.md) from the property
 * list, so the documentation cannot drift from what the parser accepts.
 */
public final class PropertyDocs {
    private PropertyDocs() {
    }

    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Connection properties\n\n")
                .append("Generated from `java-core/src/main/java/io/quire/config/ConnectionProperties.java` by ")
                .append("`make docs`; do not edit by hand.\n\n")
                .append("Keys are case-insensitive. Values may be plain, quoted with `'` or `\"`, or wrapped in ")
                .append("ODBC braces `{...}` (write `}}` for a `}` inside). Keys given in the connection string ")
                .append("override the DSN's.\n\n")
                .append("| Property | Aliases | Type | Default | Allowed values | Secret | Description |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (ConnectionProperty p : ConnectionProperties.all()) {
            sb.append("| ").append(p.name())
                    .append(" | ").append(String.join(", ", p.aliases()))
                    .append(" | ").append(p.type().name().toLowerCase())
                    .append(" | ").append(p.defaultValue() == null ? "" : p.defaultValue())
                    .append(" | ").append(String.join(", ", p.allowedValues()))
                    .append(" | ").append(p.secret() ? "yes" : "")
                    .append(" | ").append(p.description().replace("|", "\\|"))
                    .append(" |\n");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
