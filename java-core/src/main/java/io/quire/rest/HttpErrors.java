package io.quire.rest;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/** Turns HTTP statuses and I/O failures into SQLSTATEs with messages users can act on. */
final class HttpErrors {
    private HttpErrors() {
    }

    static QuireException forStatus(int status, String method, String redactedUrl, SiteErrorBody body) {
        String what = method + " " + redactedUrl + " answered HTTP " + status;
        String detail = body.message().isBlank() ? "" : ": " + body.message();
        return withDetails(switch (status) {
            case 401 -> new QuireException(SqlState.INVALID_AUTHORIZATION, status,
                    "The site rejected the credentials (HTTP 401 Unauthorized). Check User and the "
                            + "APIToken, Password or PAT for this AuthScheme.", null);
            case 403 -> new QuireException(SqlState.SYNTAX_OR_ACCESS, status,
                    "Permission denied by the site (HTTP 403) for " + method + " " + redactedUrl + detail, null);
            case 407 -> new QuireException(SqlState.UNABLE_TO_CONNECT, status,
                    "The proxy refused the request (HTTP 407 Proxy Authentication Required): check ProxyUser and "
                            + "ProxyPassword.", null);
            case 429 -> new QuireException(SqlState.GENERAL_ERROR, status,
                    "The site is rate-limiting requests (HTTP 429): " + what + detail, null);
            default -> new QuireException(SqlState.GENERAL_ERROR, status, what + detail, null);
        }, status, body);
    }

    /** The site's further error lines become further diagnostic records; a 401 gets a hint. */
    private static QuireException withDetails(QuireException e, int status, SiteErrorBody body) {
        body.details().forEach(e::addDetail);
        if (status == 401) {
            e.addDetail("Cloud sites take the account e-mail as User with an APIToken; Data Center "
                    + "sites take User and Password, or AuthScheme=PAT with a personal access token.");
        }
        return e;
    }

    static QuireException forIo(IOException e, String method, String redactedUrl, boolean cancelled) {
        // before the cancel check: OkHttp marks a call whose call timeout expired as cancelled too
        if (e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
            return new QuireException(SqlState.CONNECTION_TIMEOUT, 0, "Connection timeout expired: the site did not "
                    + "answer " + method + " " + redactedUrl + " in time (the Timeout property, or "
                    + "SQL_ATTR_CONNECTION_TIMEOUT when the application sets it).", e);
        }
        if (cancelled) {
            return new QuireException(SqlState.CANCELLED, 0, "Operation cancelled.", e);
        }
        if (e instanceof UnknownHostException) {
            return new QuireException(SqlState.UNABLE_TO_CONNECT, 0,
                    "Cannot resolve the host of " + redactedUrl + ": check Url.", e);
        }
        if (e instanceof ConnectException) {
            return new QuireException(SqlState.UNABLE_TO_CONNECT, 0,
                    "Cannot connect to " + redactedUrl + ": " + e.getMessage(), e);
        }
        if (e instanceof SSLException) {
            return new QuireException(SqlState.UNABLE_TO_CONNECT, 0,
                    "TLS failure talking to " + redactedUrl + ": " + e.getMessage() + (e instanceof SSLHandshakeException
                            ? ". If the site uses a certificate of its own or a company CA, set SSLServerCert to it (a "
                            + "PEM file or the PEM text)." : ""), e);
        }
        return new QuireException(SqlState.COMMUNICATION_LINK_FAILURE, 0,
                "Network failure during " + method + " " + redactedUrl + ": " + e, e);
    }
}
