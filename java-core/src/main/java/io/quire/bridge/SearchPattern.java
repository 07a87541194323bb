package io.quire.bridge;

import java.util.Locale;

/**
 * ODBC catalog search patterns: {@code %} any run, {@code _} any one character, {@code \}
 * escapes either. Identifiers compare case-insensitively, like the engine's. A null pattern
 * matches everything.
 */
final class SearchPattern {
    private SearchPattern() {
    }

    static boolean matches(String pattern, String value) {
        if (pattern == null) {
            return true;
        }
        if (value == null) {
            return false;
        }
        return match(pattern.toUpperCase(Locale.ROOT), 0, value.toUpperCase(Locale.ROOT), 0);
    }

    private static boolean match(String p, int pi, String v, int vi) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '%') {
                for (int k = vi; k <= v.length(); k++) {
                    if (match(p, pi + 1, v, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (vi >= v.length()) {
                return false;
            }
            if (c == '\\' && pi + 1 < p.length()) {
                pi++;
                if (p.charAt(pi) != v.charAt(vi)) {
                    return false;
                }
            } else if (c != '_' && c != v.charAt(vi)) {
                return false;
            }
            pi++;
            vi++;
        }
        return vi == v.length();
    }
}
