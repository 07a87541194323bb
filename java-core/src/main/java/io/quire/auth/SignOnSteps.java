package io.quire.auth;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a connect, named in plain words as the connection test shows them: each scheme's
 * sign-on says which step it is in ({@link #begin}) and what it achieved ({@link #passed}), so
 * when a sign-on fails the test can name the step that was running (identity-provider login,
 * second factor, token exchange, ...). A normal connect records the same steps and ignores them.
 * Details never contain secrets.
 */
public final class SignOnSteps {
    /** Step names shared by the schemes and the connection test. */
    public static final String IDP_LOGIN = "IdP login";
    public static final String MFA = "MFA";
    /** The identity provider's SAML app hands out the SAMLResponse for the signed-in user. */
    public static final String IDP_APP = "IdP app sign-on";
    public static final String SAML_CHECK = "SAML response check";
    public static final String TOKEN_EXCHANGE = "Token exchange";
    public static final String CLOUD_SITE = "Cloud site lookup";
    public static final String BROWSER = "Browser sign-in";

    /** One step: its name, whether it passed, and what happened. */
    public record Step(String name, boolean ok, String detail) {
        @Override
        public String toString() {
            return (ok ? "[ok]   " : "[FAIL] ") + name + ": " + detail;
        }
    }

    /** A long-lived connection renews tokens now and then: keep only the latest steps. */
    private static final int KEEP = 32;

    private final List<Step> done = new ArrayList<>();
    private String current;

    /** Starts a step; a step still open counts as passed. */
    public synchronized void begin(String name) {
        if (current != null) {
            add(new Step(current, true, "done"));
        }
        current = name;
    }

    /** The open step passed (nothing happens when none is open). */
    public synchronized void passed(String detail) {
        if (current != null) {
            add(new Step(current, true, detail));
            current = null;
        }
    }

    private void add(Step s) {
        if (done.size() == KEEP) {
            done.removeFirst();
        }
        done.add(s);
    }

    /** The step that was running when the sign-on stopped, or null. */
    public synchronized String open() {
        return current;
    }

    /** The steps that passed, in order. */
    public synchronized List<Step> passedSteps() {
        return List.copyOf(done);
    }
}
