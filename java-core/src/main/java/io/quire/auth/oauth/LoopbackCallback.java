package io.quire.auth.oauth;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.CancelScope;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Listens on the CallbackURL's loopback port for the browser's redirect that carries code and
 * state, answers it with a small page saying the window can be closed, and gives the code back.
 * Only loopback hosts are accepted (localhost, 127.0.0.1, [::1]): the listener never opens a port
 * to the network. Requests for other paths (a favicon) are answered 404 and waiting goes on; the
 * whole wait is bounded. A plain socket, so the JVM needs no HTTP server module.
 */
final class LoopbackCallback implements AutoCloseable {
    private static final int MAX_REQUEST_LINE = 16 * 1024;

    private final ServerSocket socket;
    private final String path;

    private LoopbackCallback(ServerSocket socket, String path) {
        this.socket = socket;
        this.path = path;
    }

    /** Binds the callback's port; a non-loopback host or a port in use gives a clear 08001. */
    static LoopbackCallback open(String callbackUrl) {
        URI uri;
        try {
            uri = URI.create(callbackUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "CallbackURL '" + callbackUrl + "' is not a URL.");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        InetAddress bind;
        try {
            bind = switch (host) {
                case "localhost", "127.0.0.1" -> InetAddress.getByName("127.0.0.1");
                case "[::1]", "::1" -> InetAddress.getByName("::1");
                default -> throw new QuireException(SqlState.UNABLE_TO_CONNECT, "CallbackURL '" + callbackUrl
                        + "' is not on this machine: the browser sign-in listens only on localhost, 127.0.0.1 or [::1].");
            };
        } catch (IOException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "Cannot resolve the loopback address: " + e.getMessage());
        }
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "CallbackURL '" + callbackUrl
                    + "' must be an http:// address on this machine for the browser sign-in.");
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        ServerSocket s = null;
        try {
            s = new ServerSocket();
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(bind, port), 8);
            String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return new LoopbackCallback(s, p);
        } catch (IOException e) {
            closeQuietly(s);
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, "Cannot listen on " + host + ":" + port
                    + " for the OAuth callback (" + e.getMessage() + "): is another sign-in running? Change CallbackURL "
                    + "(also in the OAuth app's settings) to a free port.");
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    /**
     * Waits up to timeout for the redirect. Returns the code when state matches; an error the
     * server sent back (access_denied), a state mismatch or the timeout give a 28000 / HYT00.
     */
    String awaitCode(String expectedState, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new QuireException(SqlState.TIMEOUT, "No answer from the browser sign-in within "
                        + timeout.toSeconds() + " s. Finish signing in in the browser window the driver opened (or "
                        + "check that a browser can open), then connect again.");
            }
            CancelScope scope = CancelScope.current();
            if (scope != null && scope.isCancelled()) {
                throw new QuireException(SqlState.CANCELLED, "Operation cancelled while waiting for the browser sign-in.");
            }
            try {
                // short slices while a cancel or login timeout may stop the wait
                socket.setSoTimeout((int) Math.min(scope != null ? 250 : Integer.MAX_VALUE, left));
                try (Socket c = socket.accept()) {
                    c.setSoTimeout(5000);
                    String code = answer(c, expectedState);
                    if (code != null) {
                        return code;
                    }
                }
            } catch (SocketTimeoutException e) {
                // loop: the deadline check above ends the wait
            } catch (IOException e) {
                // a broken request from the browser: keep waiting for a good one
            }
        }
    }

    /** Handles one request: the code when it is the callback, null for anything else. */
    private String answer(Socket c, String expectedState) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.ISO_8859_1));
        String line = in.readLine();
        if (line == null || line.length() > MAX_REQUEST_LINE) {
            return null;
        }
        String header;
        while ((header = in.readLine()) != null && !header.isEmpty()) {
            // headers are not needed
        }
        String[] parts = line.split(" ");
        if (parts.length < 2 || !parts[0].equals("GET")) {
            respond(c, 405, "Method not allowed.");
            return null;
        }
        String target = parts[1];
        int q = target.indexOf('?');
        String reqPath = q < 0 ? target : target.substring(0, q);
        Map<String, String> params = q < 0 ? Map.of() : params(target.substring(q + 1));
        if (!reqPath.equals(path) || (!params.containsKey("code") && !params.containsKey("error"))) {
            respond(c, 404, "Not found.");
            return null;
        }
        if (expectedState != null && !expectedState.equals(params.get("state"))) {
            respond(c, 400, "This sign-in answer does not belong to the sign-in the driver started. Close this "
                    + "window and try again.");
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, "The browser sign-in came back with a state that "
                    + "does not match the one the driver sent; the answer was refused. Connect again.");
        }
        if (params.containsKey("error")) {
            respond(c, 200, "Sign-in was not completed. You can close this window.");
            String desc = params.get("error_description");
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, "The OAuth sign-in was refused: "
                    + sanitize(params.get("error")) + (desc == null ? "" : " (" + sanitize(desc) + ")") + ".");
        }
        respond(c, 200, "Quire is signed in. You can close this window and return to your application.");
        return params.get("code");
    }

    private static String sanitize(String s) {
        String r = s.replaceAll("[^\\p{L}\\p{N} ._:,'()-]", "");
        return r.substring(0, Math.min(200, r.length()));
    }

    private static void respond(Socket c, int status, String text) throws IOException {
        String reason = switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            default -> "Method Not Allowed";
        };
        byte[] body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Quire</title></head><body>"
                + "<p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        OutputStream out = c.getOutputStream();
        out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static Map<String, String> params(String query) {
        Map<String, String> out = new HashMap<>();
        for (String part : query.split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                try {
                    out.putIfAbsent(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // malformed escape: ignore the parameter
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(ServerSocket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }
}
