package io.quire.fake.confluence;

import com.sun.net.httpserver.Headers;

/**
 * An API gateway in front of the Cloud site, as Atlassian's is for OAuth 2.0 apps: requests to
 * {@code /ex/confluence/<cloud id>/wiki/...} reach the same Cloud v1 and v2 API as {@code /wiki/...},
 * but only with the credentials the gateway accepts (its own bearer tokens, never the site's Basic).
 */
public interface ApiGateway {

    /** Whether cloudId names this site. */
    boolean serves(String cloudId);

    /** Whether a request with these headers may pass the gateway. */
    boolean accepts(Headers requestHeaders);
}
