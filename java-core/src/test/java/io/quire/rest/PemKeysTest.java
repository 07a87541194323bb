package io.quire.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PemKeysTest {

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    @Test
    void readsPkcs8AndPkcs1() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        PrivateKey k = g.generateKeyPair().getPrivate();
        byte[] pkcs8 = k.getEncoded();
        assertArrayEquals(pkcs8, PemKeys.rsaPrivateKey(pem("PRIVATE KEY", pkcs8)).getEncoded());
        // a 2048-bit key's PKCS#8 wrapper is 26 bytes: SEQUENCE, version, rsaEncryption, OCTET STRING headers
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        assertArrayEquals(pkcs8, PemKeys.rsaPrivateKey(pem("RSA PRIVATE KEY", pkcs1)).getEncoded());
    }

    @Test
    void otherTextIsRefused() {
        assertThrows(GeneralSecurityException.class, () -> PemKeys.rsaPrivateKey("hello"));
        assertThrows(GeneralSecurityException.class, () -> PemKeys.rsaPrivateKey(pem("PRIVATE KEY", new byte[] {1, 2, 3})));
    }
}
