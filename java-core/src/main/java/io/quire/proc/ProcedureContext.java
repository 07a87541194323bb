package io.quire.proc;

import io.quire.auth.Authenticator;
import io.quire.config.ConnectionConfig;
import io.quire.log.QuireLog;
import okhttp3.OkHttpClient;

/**
 * What a procedure runs with: the connection's settings, its authenticator (the OAuth
 * procedures hand it the tokens they obtain), an HTTP client with the connection's proxy, TLS
 * and timeouts but no site credentials, and the log.
 */
public record ProcedureContext(ConnectionConfig cfg, Authenticator authenticator, OkHttpClient http, QuireLog log) {
}
