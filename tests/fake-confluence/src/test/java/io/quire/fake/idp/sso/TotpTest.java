package io.quire.fake.idp.sso;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TotpTest {

    @Test
    void rfc6238Sha1Vectors() {
        // RFC 6238 appendix B, SHA-1, key "12345678901234567890"
        String key = SsoDirectory.TOTP_SECRET;
        assertEquals("94287082", Totp.code(key, 59, 8));
        assertEquals("07081804", Totp.code(key, 1111111109, 8));
        assertEquals("14050471", Totp.code(key, 1111111111, 8));
        assertEquals("89005924", Totp.code(key, 1234567890, 8));
        assertEquals("69279037", Totp.code(key, 2000000000, 8));
        assertEquals("65353130", Totp.code(key, 20000000000L, 8));
        assertEquals("287082", Totp.code(key, 59, 6));
    }

    @Test
    void base32() {
        assertArrayEquals("12345678901234567890".getBytes(StandardCharsets.US_ASCII),
                Totp.decodeBase32(SsoDirectory.TOTP_SECRET));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Totp.decodeBase32("MZXW6YTBOI======"));
    }

    @Test
    void verifyAllowsOneStepOfDrift() {
        String key = SsoDirectory.TOTP_SECRET;
        long t = 1_700_000_000L;
        assertTrue(Totp.verify(key, Totp.code(key, t, 6), t));
        assertTrue(Totp.verify(key, Totp.code(key, t - 30, 6), t));
        assertTrue(Totp.verify(key, Totp.code(key, t + 30, 6), t));
        assertFalse(Totp.verify(key, Totp.code(key, t - 90, 6), t));
        assertFalse(Totp.verify(key, null, t));
    }
}
