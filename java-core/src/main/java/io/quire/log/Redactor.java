package io.quire.log;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks secrets in text bound for logs: the connection's own secret values wherever they
 * appear, and the values of credential-bearing HTTP headers and URL parameters.
 */
public final class Redactor {
    static final Redactor NONE = new Redactor(List.of());
    private static final String MASK = "********";
    private static final Pattern HEADER = Pattern.compile(
            "(?i)((?:authorization|proxy-authorization|cookie|set-cookie)\\s*:\\s*)[^\\r\\n]*");
    private static final Pattern PARAM = Pattern.compile(
            "(?i)((?:access_token|refresh_token|client_secret|password|token|code)=)[^&\\s]*");

    private final List<String> secrets;

    public Redactor(List<String> secrets) {
        // Very short values would mask unrelated text; secrets that short are not worth hiding.
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= 4).toList();
    }

    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        out = HEADER.matcher(out).replaceAll("$1" + MASK);
        return PARAM.matcher(out).replaceAll("$1" + MASK);
    }
}
