package io.quire.fake.idp.sso;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords (HMAC-SHA1, 30 s steps), as Okta Verify and Google Authenticator make them. */
public final class Totp {
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    /** The code for a base32 secret at epochSeconds. */
    public static String code(String base32Secret, long epochSeconds, int digits) {
        return hotp(decodeBase32(base32Secret), Math.floorDiv(epochSeconds, 30), digits);
    }

    /** The 6-digit code for now. */
    public static String now(String base32Secret) {
        return code(base32Secret, System.currentTimeMillis() / 1000, 6);
    }

    /** Whether code matches now, the step before or the step after (clock drift). */
    public static boolean verify(String base32Secret, String code, long epochSeconds) {
        if (code == null) {
            return false;
        }
        for (int d = -1; d <= 1; d++) {
            if (code(base32Secret, epochSeconds + d * 30L, code.length() == 8 ? 8 : 6).equals(code.trim())) {
                return true;
            }
        }
        return false;
    }

    static String hotp(byte[] key, long counter, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int off = h[h.length - 1] & 0x0f;
            int bin = ((h[off] & 0x7f) << 24) | ((h[off + 1] & 0xff) << 16) | ((h[off + 2] & 0xff) << 8)
                    | (h[off + 3] & 0xff);
            int mod = (int) Math.pow(10, digits);
            return String.format(Locale.ROOT, "%0" + digits + "d", bin % mod);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] decodeBase32(String s) {
        String clean = s.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int v = BASE32.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
