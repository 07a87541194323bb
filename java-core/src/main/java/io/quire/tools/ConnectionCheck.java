package io.quire.tools;

import io.quire.auth.SignOnSteps;
import io.quire.auth.SignOnSteps.Step;
import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.config.ConnectionStringException;
import io.quire.error.QuireException;
import io.quire.log.QuireLog;
import io.quire.rest.CancelScope;
import io.quire.rest.Deployment;
import io.quire.source.confluence.ConfluenceSite;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Tries a connection one step at a time and says in plain words which step failed: the
 * settings, the host name (DNS), the TCP connection, the proxy, TLS, then the AuthScheme's own
 * sign-on steps (identity-provider login, second factor, SAML check, token exchange; recorded by
 * the scheme through {@link SignOnSteps}), the site accepting the credentials, and permission to
 * read the site. The test-connection command and the bridge's testConnection (the DSN dialog's
 * Test button) show its report. Messages never contain secrets (they come from the same
 * redaction-safe errors as connects).
 */
public final class ConnectionCheck {
    public static final String SETTINGS = "Settings";
    public static final String SITE_SIGN_IN = "Site sign-in";
    public static final String PERMISSION = "Site permission";

    private ConnectionCheck() {
    }

    /** Runs the steps until one fails; the last step in the list is the failure, if any. */
    public static List<Step> run(String connectionString, String dsnLines) {
        return run(connectionString, dsnLines, 0);
    }

    /**
     * Like {@link #run(String, String)}, the sign-in bounded by timeoutSeconds (0: only by the
     * Timeout property per request), as SQL_ATTR_LOGIN_TIMEOUT bounds a connect.
     */
    public static List<Step> run(String connectionString, String dsnLines, int timeoutSeconds) {
        List<Step> out = new ArrayList<>();
        ConnectionConfig cfg;
        try {
            cfg = ConnectionConfig.from(connectionString, dsnLines);
        } catch (ConnectionStringException e) {
            out.add(new Step(SETTINGS, false, e.getMessage()));
            return out;
        }
        String url = cfg.get(ConnectionProperties.URL);
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim().replaceAll("/+$", ""));
        if (parsed == null) {
            out.add(new Step(SETTINGS, false, url == null ? "Url is not set." : "Url '" + url + "' is not an http or https address."));
            return out;
        }
        Deployment deployment = Deployment.detect(parsed, cfg.get(ConnectionProperties.DEPLOYMENT));
        String scheme = cfg.get(ConnectionProperties.AUTH_SCHEME);
        out.add(new Step(SETTINGS, true, "Url " + parsed + " (" + (deployment == Deployment.CLOUD ? "Cloud"
                : "Data Center") + "), AuthScheme=" + scheme));
        if (!NetworkSteps.run(cfg, parsed, ConfluenceSite.siteBase(parsed, deployment), out)) {
            return out;
        }
        signIn(cfg, scheme, timeoutSeconds, out);
        return out;
    }

    /** The report as the command and the DSN dialog show it: one line per step, then the verdict. */
    public static String report(List<Step> steps) {
        StringBuilder b = new StringBuilder();
        steps.forEach(s -> b.append(s).append('\n'));
        b.append(passed(steps) ? "Connection OK." : "Connection failed at: " + steps.get(steps.size() - 1).name()).append('\n');
        return b.toString();
    }

    /** Whether every step passed. */
    public static boolean passed(List<Step> steps) {
        return !steps.isEmpty() && steps.get(steps.size() - 1).ok();
    }

    private static void signIn(ConnectionConfig cfg, String scheme, int timeoutSeconds, List<Step> out) {
        SignOnSteps steps = new SignOnSteps();
        String siteSignIn = SITE_SIGN_IN + " (" + scheme + ")";
        CancelScope scope = new CancelScope();
        ConfluenceSite site;
        try {
            site = scope.run(timeoutSeconds, () -> ConfluenceSite.open(cfg, QuireLog.OFF, steps));
        } catch (QuireException e) {
            out.addAll(steps.passedSteps());
            String failed = steps.open() != null ? steps.open() : siteSignIn;
            out.add(new Step(failed, false, scope.isTimedOut() ? "No answer within " + timeoutSeconds
                    + " s (the login timeout): " + e.getMessage() : e.getMessage()));
            return;
        }
        out.addAll(steps.passedSteps());
        try {
            if (!site.authenticator().signedIn()) {
                out.add(new Step(steps.open() != null ? steps.open() : siteSignIn, false, "No credentials yet: this "
                        + "AuthScheme needs a token first (see the OAuth properties or the GetOAuthAccessToken procedure)."));
                return;
            }
            try {
                scope.run(timeoutSeconds, () -> {
                    site.verify();
                    return null;
                });
                out.add(new Step(siteSignIn, true, "the site accepted the credentials"));
                out.add(new Step(PERMISSION, true, "the site lets this account read its spaces"));
            } catch (QuireException e) {
                if (steps.open() != null) {
                    // the scheme was renewing its credentials (an OAuth refresh) when the site's answer failed
                    out.add(new Step(steps.open(), false, e.getMessage()));
                    return;
                }
                // 403: signed in, but the account may not read the site (42000); anything else: sign-in
                boolean denied = e.nativeCode() == 403;
                if (denied) {
                    out.add(new Step(siteSignIn, true, "the site accepted the credentials"));
                }
                out.add(new Step(denied ? PERMISSION : siteSignIn, false, e.getMessage()));
            }
        } finally {
            site.close();
        }
    }
}
