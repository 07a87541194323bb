package io.quire.auth.oauth;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Opens the system browser at a URL without waiting for it: the command in the system property
 * {@code quire.browser} or the environment variable BROWSER (the URL is appended as one more
 * argument, or replaces {@code %s}), else xdg-open (Linux, BSD), open (macOS) or
 * {@code rundll32 url.dll,FileProtocolHandler} (Windows). The URL is passed as an argument,
 * never through a shell.
 */
final class BrowserLauncher {
    private BrowserLauncher() {
    }

    static void open(String url) {
        open(url, System.getProperty("quire.browser"), System.getenv(), System.getProperty("os.name", ""));
    }

    static List<String> command(String url, String property, Map<String, String> env, String osName) {
        String custom = property != null && !property.isBlank() ? property : env.get("BROWSER");
        if (custom != null && !custom.isBlank()) {
            // BROWSER may list alternatives separated by ':' (a Unix convention): the first is used
            String first = custom.contains(File.pathSeparator) && !custom.contains(" ") && File.pathSeparatorChar == ':'
                    ? custom.split(":")[0] : custom;
            List<String> argv = split(first);
            boolean placed = false;
            for (int i = 0; i < argv.size(); i++) {
                if (argv.get(i).contains("%s")) {
                    argv.set(i, argv.get(i).replace("%s", url));
                    placed = true;
                }
            }
            if (!placed) {
                argv.add(url);
            }
            return argv;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", url);
        }
        if (os.contains("mac")) {
            return List.of("open", url);
        }
        return List.of("xdg-open", url);
    }

    static void open(String url, String property, Map<String, String> env, String osName) {
        List<String> argv = command(url, property, env, osName);
        try {
            new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile(osName))).start();
        } catch (IOException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "Cannot open a browser for the OAuth sign-in ("
                    + argv.getFirst() + ": " + e.getMessage() + "). Set the BROWSER environment variable to a browser "
                    + "command, or sign in elsewhere and use InitiateOAuth=REFRESH with OAuthVerifier.");
        }
    }

    private static File nullFile(String osName) {
        return new File(osName.toLowerCase(Locale.ROOT).contains("win") ? "NUL" : "/dev/null");
    }

    /** Splits a command line on blanks, keeping "double" or 'single' quoted parts together. */
    static List<String> split(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        boolean any = false;
        for (char ch : command.trim().toCharArray()) {
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
                any = true;
            } else if (Character.isWhitespace(ch)) {
                if (any || cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(ch);
            }
        }
        if (any || cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
