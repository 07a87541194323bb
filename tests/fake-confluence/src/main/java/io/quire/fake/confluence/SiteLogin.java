package io.quire.fake.confluence;

import com.sun.net.httpserver.Headers;

/**
 * One more way an API request may prove who it is, beyond the configured user, password, API
 * token and PAT: a bearer token an identity provider issued, the session cookie a SAML sign-on
 * opened, an OAuth 1.0a signature. The fake identity providers register theirs with
 * {@link Auth#register}.
 */
@FunctionalInterface
public interface SiteLogin {
    /** Whether the request carrying these headers (for method and path) is authenticated. */
    boolean accepts(Headers requestHeaders, String method, String pathAndQuery);
}
