package io.quire.auth.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import io.quire.rest.CancelScope;
import io.quire.log.QuireLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The second factor of an Okta sign-on (status MFA_REQUIRED): picks the enrolled factor MFAType
 * names (OktaVerify: a push when MFAPassCode is empty, else its TOTP code; Email; SMS), verifies
 * it, and returns the sessionToken. A push is polled about once a second until Okta reports
 * SUCCESS, REJECTED or TIMEOUT, and never longer than the connection's Timeout. A missing or
 * wrong one-time code of an e-mail or SMS factor makes Okta send a new code; the connection then
 * fails with a message to reconnect with that code in MFAPassCode.
 */
final class OktaMfa {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
    /** How long a push may wait when Timeout is 0 (Okta itself gives up after five minutes). */
    static final Duration PUSH_LIMIT = Duration.ofMinutes(5);

    private final SsoSettings s;
    private final SignOnHttp http;
    private final QuireLog log;

    OktaMfa(SsoSettings s, SignOnHttp http, QuireLog log) {
        this.s = s;
        this.http = http;
        this.log = log;
    }

    String complete(JsonNode mfaRequired) {
        String stateToken = mfaRequired.path("stateToken").asText(null);
        if (stateToken == null) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, "Okta asked for a second factor without a stateToken.");
        }
        String passCode = s.passCode();
        String wanted = switch (s.mfaType()) {
            case "Email" -> "email";
            case "SMS" -> "sms";
            default -> passCode == null ? "push" : "token:software:totp";
        };
        JsonNode factor = pick(mfaRequired.path("_embedded").path("factors"), wanted);
        HttpUrl verify = factor == null ? null : HttpUrl.parse(factor.path("_links").path("verify").path("href").asText(""));
        if (verify == null) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, "Okta asks " + s.user() + " for a second factor, "
                    + "but no " + describe(wanted) + " factor is enrolled for MFAType=" + s.mfaType() + " (enrolled: "
                    + enrolled(mfaRequired.path("_embedded").path("factors")) + "). Set MFAType to one of those.");
        }
        if (s.rememberDevice()) {
            verify = verify.newBuilder().setQueryParameter("rememberDevice", "true").build();
        }
        log.log(3, "Okta: second factor " + wanted + " for " + s.user());
        if (wanted.equals("push")) {
            return push(verify, stateToken);
        }
        if (passCode == null) {
            challenge(verify, stateToken, wanted);
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, "Okta requires a second factor: a one-time code "
                    + "was sent to " + s.user() + " by " + describe(wanted) + ". Reconnect with MFAPassCode set to that "
                    + "code (it is valid for a few minutes).");
        }
        SignOnHttp.Reply r = post(verify, stateToken, passCode);
        JsonNode j = r.json();
        if (r.code() == 200 && j != null && "SUCCESS".equals(j.path("status").asText())) {
            return j.path("sessionToken").asText(null);
        }
        String code = j == null ? "" : j.path("errorCode").asText("");
        boolean wrongCode = code.equals("E0000068") || code.equals("E0000069") || code.equals("E0000001")
                || r.code() == 403;
        if (!wrongCode) {
            throw unexpected(r, j);
        }
        if (wanted.equals("token:software:totp")) {
            throw new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "Okta did not accept MFAPassCode as the "
                    + "Okta Verify code: reconnect with the code Okta Verify shows now, or with MFAPassCode empty to "
                    + "approve a push instead.", null);
        }
        challenge(verify, stateToken, wanted);
        throw new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "Okta did not accept MFAPassCode (wrong or "
                + "expired code); a new one-time code was sent by " + describe(wanted) + ". Reconnect with MFAPassCode "
                + "set to the new code.", null);
    }

    /** Sends a push, then polls until the user answers, Okta gives up, or Timeout passes. */
    private String push(HttpUrl verify, String stateToken) {
        Duration limit = s.timeout().isZero() ? PUSH_LIMIT : s.timeout();
        long deadline = System.nanoTime() + limit.toNanos();
        HttpUrl next = verify;
        while (true) {
            SignOnHttp.Reply r = post(next, stateToken, null);
            JsonNode j = r.json();
            if (r.code() != 200 || j == null) {
                throw unexpected(r, j);
            }
            if ("SUCCESS".equals(j.path("status").asText())) {
                return j.path("sessionToken").asText(null);
            }
            String result = j.path("factorResult").asText("");
            switch (result) {
                case "REJECTED" -> throw new QuireException(SqlState.INVALID_AUTHORIZATION, "The Okta Verify push "
                        + "was rejected on the user's device.");
                case "TIMEOUT" -> throw new QuireException(SqlState.INVALID_AUTHORIZATION, "The Okta Verify push was "
                        + "not answered before Okta timed it out: reconnect and approve it.");
                case "WAITING" -> {
                    // poll again below
                }
                default -> throw new QuireException(SqlState.INVALID_AUTHORIZATION, "Okta answered the push with "
                        + "factorResult " + (result.isEmpty() ? "(none)" : result) + ".");
            }
            HttpUrl poll = HttpUrl.parse(j.path("_links").path("next").path("href").asText(""));
            if (poll != null) {
                next = s.rememberDevice() ? poll.newBuilder().setQueryParameter("rememberDevice", "true").build() : poll;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new QuireException(SqlState.INVALID_AUTHORIZATION, "No answer to the Okta Verify push within "
                        + limit.toSeconds() + " s (the Timeout property): reconnect and approve the push sooner, or raise "
                        + "Timeout.");
            }
            try {
                if (!CancelScope.pause(Math.min(POLL_INTERVAL.toMillis(), Math.max(1, left / 1_000_000)))) {
                    throw new QuireException(SqlState.CANCELLED, "Operation cancelled while waiting for the Okta "
                            + "Verify push.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QuireException(SqlState.CANCELLED, "Operation cancelled while waiting for the Okta Verify push.");
            }
        }
    }

    /** Asks Okta to send a code (verify without passCode). */
    private void challenge(HttpUrl verify, String stateToken, String type) {
        SignOnHttp.Reply r = post(verify, stateToken, null);
        JsonNode j = r.json();
        if (r.code() != 200 || j == null) {
            throw unexpected(r, j);
        }
        log.log(3, "Okta: sent a one-time code by " + describe(type));
    }

    private SignOnHttp.Reply post(HttpUrl url, String stateToken, String passCode) {
        ObjectNode body = SignOnHttp.JSON.createObjectNode();
        body.put("stateToken", stateToken);
        if (passCode != null) {
            body.put("passCode", passCode);
        }
        return http.postJson(url, body, Map.of(), "Okta's factor verification");
    }

    /** The enrolled factor of factorType, preferring Okta's own (Okta Verify) over Google Authenticator. */
    static JsonNode pick(JsonNode factors, String factorType) {
        JsonNode found = null;
        for (JsonNode f : factors) {
            if (factorType.equals(f.path("factorType").asText())) {
                if ("OKTA".equals(f.path("provider").asText())) {
                    return f;
                }
                if (found == null) {
                    found = f;
                }
            }
        }
        return found;
    }

    private static String enrolled(JsonNode factors) {
        List<String> out = new ArrayList<>();
        factors.forEach(f -> out.add(f.path("factorType").asText("?")));
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static String describe(String factorType) {
        return switch (factorType) {
            case "email" -> "e-mail";
            case "sms" -> "SMS";
            case "push" -> "Okta Verify push";
            default -> "Okta Verify code (TOTP)";
        };
    }

    private static QuireException unexpected(SignOnHttp.Reply r, JsonNode j) {
        String code = j == null ? "" : j.path("errorCode").asText("");
        String summary = j == null ? "" : j.path("errorSummary").asText("");
        if (code.equals("E0000011")) {
            return new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "Okta's sign-on transaction expired "
                    + "(E0000011): reconnect.", null);
        }
        return new QuireException(SqlState.INVALID_AUTHORIZATION, r.code(), "Okta refused the second factor (HTTP "
                + r.code() + (code.isEmpty() ? "" : ", " + code) + (summary.isEmpty() ? "" : " " + summary) + ").", null);
    }
}
