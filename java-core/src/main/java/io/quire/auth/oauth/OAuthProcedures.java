package io.quire.auth.oauth;

import io.quire.proc.Procedure;
import java.util.List;

/** GetOAuthAuthorizationURL, GetOAuthAccessToken and RefreshOAuthAccessToken (web and headless OAuth flows). */
public final class OAuthProcedures {
    private OAuthProcedures() {
    }

    public static List<Procedure> all() {
        return List.of();
    }
}
