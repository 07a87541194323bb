package io.quire.auth;

import io.quire.config.ConnectionConfig;
import io.quire.log.QuireLog;
import io.quire.rest.Deployment;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What a sign-on may use: the connection's settings, the site, and an HTTP client for the
 * identity provider and token endpoints. That client carries the connection's proxy, TLS trust,
 * timeouts and cookie jar (so session cookies the site sets during a SAML exchange are the ones
 * later REST calls send) but no site credentials and no retries.
 *
 * @param siteBase the site's address with Cloud's {@code /wiki} (what REST paths hang under)
 * @param steps where the sign-on says which of its steps it is in, for the connection test
 */
public record AuthContext(ConnectionConfig cfg, Deployment deployment, HttpUrl siteBase, OkHttpClient http,
                          QuireLog log, SignOnSteps steps) {
}
