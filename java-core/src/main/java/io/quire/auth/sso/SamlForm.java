package io.quire.auth.sso;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auto-submitting HTML form an identity provider answers a sign-on with: where it posts
 * (action), the base64 SAMLResponse and the optional RelayState. Read with a small tag scanner
 * rather than an HTML library: comments and scripts are skipped, attributes may come in any order
 * with double, single or no quotes, and values are HTML-entity-decoded ({@code &#x2b;} is how Okta
 * writes '+').
 *
 * @param action       the form's action as written (may be null)
 * @param samlResponse the base64 SAMLResponse, whitespace removed
 * @param relayState   the RelayState, or null when the form has none
 */
record SamlForm(String action, String samlResponse, String relayState) {
    private static final Pattern SKIP = Pattern.compile("(?is)<!--.*?-->|<script\\b.*?</script\\s*>|<style\\b.*?</style\\s*>");
    private static final Pattern TAG = Pattern.compile("(?is)<(/?)(form|input)\\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTR = Pattern.compile(
            "(?s)([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0", "equals", "=", "plus", "+", "sol", "/");

    /** The first form in html that has a SAMLResponse input, or null when there is none. */
    static SamlForm parse(String html) {
        if (html == null) {
            return null;
        }
        String text = SKIP.matcher(html).replaceAll(" ");
        Matcher m = TAG.matcher(text);
        String action = null;
        Map<String, String> inputs = new HashMap<>();
        boolean inForm = false;
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            if (tag.equals("form")) {
                if (inForm && inputs.containsKey("SAMLResponse")) {
                    break;   // the form with the response ends here
                }
                inForm = !closing;
                if (!closing) {
                    action = attributes(m.group(3)).get("action");
                    inputs.clear();
                }
                continue;
            }
            if (closing) {
                continue;
            }
            Map<String, String> a = attributes(m.group(3));
            String name = a.get("name");
            if (name != null && (name.equals("SAMLResponse") || name.equals("RelayState"))) {
                inputs.putIfAbsent(name, a.getOrDefault("value", ""));
            }
        }
        String response = inputs.get("SAMLResponse");
        if (response == null || response.isBlank()) {
            return null;
        }
        return new SamlForm(action, response.replaceAll("\\s+", ""), inputs.get("RelayState"));
    }

    /** Attribute names (lower case) to decoded values; an attribute without a value maps to "". */
    static Map<String, String> attributes(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTR.matcher(text);
        while (m.find()) {
            String raw = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), raw == null ? "" : decodeEntities(raw));
        }
        // names are case-sensitive in values only: keep the input's name as written
        return out;
    }

    static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            String e = m.group(1);
            String rep;
            if (e.charAt(0) == '#') {
                try {
                    int cp = e.length() > 1 && (e.charAt(1) == 'x' || e.charAt(1) == 'X')
                            ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    rep = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
                } catch (NumberFormatException ex) {
                    rep = m.group();
                }
            } else {
                rep = NAMED.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(b, Matcher.quoteReplacement(rep));
        }
        m.appendTail(b);
        return b.toString();
    }

    @Override
    public String toString() {
        return "SamlForm[action=" + action + ", SAMLResponse hidden, RelayState " + (relayState == null ? "absent" : "hidden") + "]";
    }
}
