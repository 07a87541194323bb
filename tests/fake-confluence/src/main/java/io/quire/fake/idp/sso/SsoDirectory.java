package io.quire.fake.idp.sso;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people the fake identity providers know, and what they remember between requests: one-time
 * codes sent by e-mail or SMS, remembered devices, how each user answers an Okta Verify push. The
 * credentials are fixed so tests and the demo can use them; none is ever logged.
 */
public final class SsoDirectory {
    /** Password of every Okta user. */
    public static final String OKTA_PASSWORD = "Okta-S3cret-Pa55";
    /** Org API token of the trusted app (sent as {@code Authorization: SSWS <token>}). */
    public static final String OKTA_API_TOKEN = "00QuireOktaSswsApiToken";
    /** Base32 TOTP seed of every user's token:software:totp factor (RFC 6238's test key "12345678901234567890"). */
    public static final String TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    public static final String CROWD_APP = "quire-odbc";
    public static final String CROWD_APP_PASSWORD = "Crowd-App-S3cret";
    public static final String CROWD_USER = "crowd.user";
    public static final String CROWD_PASSWORD = "Crowd-User-Pa55";

    /** How a user answers an Okta Verify push: approve, reject, let Okta time it out, or never answer. */
    public enum Push { APPROVE, REJECT, TIMEOUT, PENDING }

    /** An Okta user; with mfa, the factors push, token:software:totp, sms and email are enrolled. */
    public record OktaUser(String login, String id, boolean mfa, Push push) {
    }

    /** Okta's factor types for the enrolled factors, in the order Okta lists them. */
    public static final List<String> FACTORS = List.of("push", "token:software:totp", "sms", "email");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, OktaUser> oktaUsers = Map.of(
            "okta.plain", new OktaUser("okta.plain", "00u1plain", false, Push.APPROVE),
            "okta.mfa", new OktaUser("okta.mfa", "00u2mfa", true, Push.APPROVE),
            "okta.reject", new OktaUser("okta.reject", "00u3reject", true, Push.REJECT),
            "okta.timeout", new OktaUser("okta.timeout", "00u4timeout", true, Push.TIMEOUT),
            "okta.pending", new OktaUser("okta.pending", "00u5pending", true, Push.PENDING));
    private final Map<String, Push> pushOverrides = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Device> devices = new ConcurrentHashMap<>();
    private volatile Duration deviceLifetime = Duration.ofDays(30);
    private final List<String> issued = new java.util.concurrent.CopyOnWriteArrayList<>();

    private record Code(String value, Instant expires) {
    }

    private record Device(String user, Instant expires) {
    }

    /** The Okta user with this login and password, or null. */
    public OktaUser oktaLogin(String login, String password) {
        OktaUser u = login == null ? null : oktaUsers.get(login);
        return u != null && OKTA_PASSWORD.equals(password) ? u : null;
    }

    public OktaUser oktaUser(String login) {
        return oktaUsers.get(login);
    }

    public Push push(OktaUser u) {
        return pushOverrides.getOrDefault(u.login(), u.push());
    }

    /** Changes how user answers pushes from now on (admin). */
    public void setPush(String login, Push push) {
        pushOverrides.put(login, push);
    }

    public boolean crowdApp(String name, String password) {
        return CROWD_APP.equals(name) && CROWD_APP_PASSWORD.equals(password);
    }

    /** Crowd's answer for these user credentials: null when valid, else its failure reason. */
    public String crowdUserFailure(String name, String password) {
        if (!CROWD_USER.equals(name)) {
            return "USER_NOT_FOUND";
        }
        return CROWD_PASSWORD.equals(password) ? null : "INVALID_USER_AUTHENTICATION";
    }

    /** Sends (makes) a new 6-digit code for user's factor, valid five minutes across sign-on attempts. */
    public String sendCode(String login, String factorType) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        codes.put(login + "|" + factorType, new Code(code, Instant.now().plus(Duration.ofMinutes(5))));
        return code;
    }

    /** The code last sent for user's factor, or null (what the user reads from their mail or phone). */
    public String lastCode(String login, String factorType) {
        Code c = codes.get(login + "|" + factorType);
        return c == null || c.expires().isBefore(Instant.now()) ? null : c.value();
    }

    /** Checks and uses up a sent code. */
    public boolean useCode(String login, String factorType, String code) {
        String key = login + "|" + factorType;
        Code c = codes.get(key);
        if (c == null || c.expires().isBefore(Instant.now()) || code == null || !c.value().equals(code.trim())) {
            return false;
        }
        codes.remove(key);
        return true;
    }

    /** Remembers token as user's device (after a second factor with rememberDevice=true). */
    public void rememberDevice(String token, String login) {
        devices.put(token, new Device(login, Instant.now().plus(deviceLifetime)));
    }

    public boolean remembered(String token, String login) {
        Device d = token == null ? null : devices.get(token);
        return d != null && d.user().equals(login) && d.expires().isAfter(Instant.now());
    }

    /** Forgets every remembered device (admin). */
    public void forgetDevices() {
        devices.clear();
    }

    public int rememberedDevices() {
        return devices.size();
    }

    /** Records a secret a fake handed out (token, cookie, SAMLResponse), so tests can check no log shows it. */
    public void issued(String secret) {
        if (issued.size() < 10_000) {
            issued.add(secret);
        }
    }

    /** Every secret handed out so far. */
    public List<String> issuedSecrets() {
        return List.copyOf(issued);
    }

    static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
