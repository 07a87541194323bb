package io.quire.log;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
            "(?i)((?:access_token|refresh_token|client_secret|password|token|code|sessionToken|stateToken|passCode"
                    + "|SAMLResponse|SAMLRequest|RelayState|oauth_signature|oauth_token|oauth_verifier|assertion|deviceToken)"
                    + "=)[^&\\s\"']*");
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(?i)(\"(?:access_token|refresh_token|id_token|client_secret|password|passCode|sessionToken|stateToken"
                    + "|token|deviceToken|SAMLResponse)\"\\s*:\\s*\")[^\"]*");

    private final List<String> secrets = new CopyOnWriteArrayList<>();

    public Redactor(List<String> secrets) {
        secrets.forEach(this::add);
    }

    /**
     * Masks one more value from now on: credentials learnt during the connection (access and
     * refresh tokens, session cookies, SAML assertions). Very short values would mask unrelated
     * text; secrets that short are not worth hiding.
     */
    public void add(String secret) {
        if (this != NONE && secret != null && secret.length() >= 4 && !secrets.contains(secret)) {
            secrets.add(secret);
        }
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
        out = JSON_FIELD.matcher(out).replaceAll("$1" + MASK);
        return PARAM.matcher(out).replaceAll("$1" + MASK);
    }
}
