package io.quire.rest;

import io.quire.config.ConnectionConfig;
import io.quire.config.ConnectionProperties;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;

/**
 * SSLClientCert: the certificate the driver presents when the site (or a front end) demands
 * mutual TLS. SSLClientCertType says what SSLClientCert holds: PEMKEY_FILE / PEMKEY_BLOB (PEM
 * certificate chain and private key; PKCS#8, PKCS#1 RSA, or PKCS#8 encrypted with
 * SSLClientCertPassword), PFXFILE / PFXBLOB (PKCS#12, the blob base64) or JKSFILE (a Java key
 * store). SSLClientCertPassword opens the store or the key; SSLClientCertSubject picks the entry
 * whose subject contains it ('*' or unset: the first entry with a key). Messages name the
 * property at fault and never show the password.
 */
final class TlsClientCert {
    private static final Pattern PEM_KEY = Pattern.compile(
            "-----BEGIN ((?:RSA |EC |ENCRYPTED )?PRIVATE KEY)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private static final Pattern PEM_CERT = Pattern.compile(
            "-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", Pattern.DOTALL);
    /** Protects keys only inside the in-memory stores built here. */
    private static final char[] INTERNAL = "quire-in-memory".toCharArray();

    private TlsClientCert() {
    }

    /** The key managers for SSLClientCert, or null when it is not set. */
    static KeyManager[] keyManagers(ConnectionConfig cfg) {
        String cert = cfg.get(ConnectionProperties.SSL_CLIENT_CERT);
        if (cert == null || cert.isBlank()) {
            return null;
        }
        String type = cfg.get(ConnectionProperties.SSL_CLIENT_CERT_TYPE).toUpperCase(Locale.ROOT);
        String pw = cfg.get(ConnectionProperties.SSL_CLIENT_CERT_PASSWORD);
        char[] password = pw == null ? new char[0] : pw.toCharArray();
        try {
            KeyStore store = switch (type) {
                case "PEMKEY_FILE" -> pem(new String(read(cert.trim()), StandardCharsets.US_ASCII), password);
                case "PEMKEY_BLOB" -> pem(cert, password);
                case "PFXFILE" -> load("PKCS12", read(cert.trim()), password);
                case "PFXBLOB" -> load("PKCS12", base64(cert), password);
                case "JKSFILE" -> load("JKS", read(cert.trim()), password);
                default -> throw new QuireException(SqlState.UNABLE_TO_CONNECT, "SSLClientCertType '" + type
                        + "' is not supported: use PEMKEY_FILE, PEMKEY_BLOB, PFXFILE, PFXBLOB or JKSFILE.");
            };
            char[] keyPassword = type.startsWith("PEMKEY") ? INTERNAL : password;
            KeyStore chosen = choose(store, keyPassword, cfg.get(ConnectionProperties.SSL_CLIENT_CERT_SUBJECT));
            KeyManagerFactory f = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            f.init(chosen, INTERNAL);
            return f.getKeyManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "SSLClientCert (" + type + "): cannot use the client "
                    + "certificate: " + reason(e) + ". Check SSLClientCert, SSLClientCertType and SSLClientCertPassword.", e);
        }
    }

    private static String reason(Exception e) {
        Throwable c = e;
        while (c.getCause() != null && c.getMessage() == null) {
            c = c.getCause();
        }
        String m = c.getMessage();
        if (c instanceof java.security.UnrecoverableKeyException || (m != null && m.contains("password was incorrect"))) {
            return "wrong SSLClientCertPassword or a damaged store";
        }
        return m == null ? c.getClass().getSimpleName() : m;
    }

    private static byte[] read(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException | RuntimeException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "SSLClientCert: cannot read the file '" + path
                    + "': " + e.getMessage(), e);
        }
    }

    private static byte[] base64(String text) throws GeneralSecurityException {
        try {
            return Base64.getMimeDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("the PFXBLOB value is not base64");
        }
    }

    private static KeyStore load(String type, byte[] data, char[] password) throws GeneralSecurityException, IOException {
        KeyStore ks = KeyStore.getInstance(type);
        ks.load(new ByteArrayInputStream(data), password);
        return ks;
    }

    /** A store holding the PEM text's certificate chain under its private key. */
    private static KeyStore pem(String text, char[] password) throws GeneralSecurityException, IOException {
        Matcher m = PEM_KEY.matcher(text);
        if (!m.find()) {
            throw new GeneralSecurityException("no PEM private key found (expected BEGIN PRIVATE KEY, BEGIN RSA PRIVATE "
                    + "KEY or BEGIN ENCRYPTED PRIVATE KEY next to the certificate)");
        }
        PrivateKey key = switch (m.group(1)) {
            case "RSA PRIVATE KEY" -> PemKeys.rsaPrivateKey(m.group());
            case "ENCRYPTED PRIVATE KEY" -> decrypt(der(m.group(2)), password);
            case "EC PRIVATE KEY" -> throw new GeneralSecurityException("SEC1 'EC PRIVATE KEY' is not read: convert it "
                    + "with 'openssl pkcs8 -topk8' to BEGIN PRIVATE KEY");
            default -> pkcs8(der(m.group(2)));
        };
        StringBuilder certs = new StringBuilder();
        Matcher cm = PEM_CERT.matcher(text);
        while (cm.find()) {
            certs.append(cm.group()).append('\n');
        }
        List<? extends Certificate> chain = List.copyOf(CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(certs.toString().getBytes(StandardCharsets.US_ASCII))));
        if (chain.isEmpty()) {
            throw new GeneralSecurityException("no certificate found next to the private key");
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("client", key, INTERNAL, chain.toArray(new Certificate[0]));
        return ks;
    }

    private static byte[] der(String base64) throws GeneralSecurityException {
        try {
            return Base64.getMimeDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("the PEM private key is not base64");
        }
    }

    private static PrivateKey decrypt(byte[] der, char[] password) throws GeneralSecurityException, IOException {
        if (password.length == 0) {
            throw new GeneralSecurityException("the private key is encrypted: set SSLClientCertPassword");
        }
        EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
        javax.crypto.SecretKeyFactory f = javax.crypto.SecretKeyFactory.getInstance(info.getAlgName());
        Key pbe = f.generateSecret(new javax.crypto.spec.PBEKeySpec(password));
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance(info.getAlgName());
        c.init(javax.crypto.Cipher.DECRYPT_MODE, pbe, info.getAlgParameters());
        try {
            return pkcs8(info.getKeySpec(c).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new GeneralSecurityException("wrong password for the encrypted private key");
        }
    }

    private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
        GeneralSecurityException last = null;
        for (String alg : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new GeneralSecurityException("the private key is not an RSA, EC or Ed25519 PKCS#8 key", last);
    }

    /** A store with just the entry SSLClientCertSubject names (the first key entry for '*' or unset). */
    private static KeyStore choose(KeyStore store, char[] password, String subject)
            throws GeneralSecurityException, IOException {
        String want = subject == null || subject.isBlank() || subject.trim().equals("*") ? null
                : subject.trim().toLowerCase(Locale.ROOT);
        for (String alias : Collections.list(store.aliases())) {
            if (!store.isKeyEntry(alias)) {
                continue;
            }
            Certificate c = store.getCertificate(alias);
            String dn = c instanceof X509Certificate x ? x.getSubjectX500Principal().getName() : "";
            if (want == null || dn.toLowerCase(Locale.ROOT).contains(want.replace(", ", ","))) {
                KeyStore one = KeyStore.getInstance("PKCS12");
                one.load(null, null);
                one.setKeyEntry("client", store.getKey(alias, password), INTERNAL, store.getCertificateChain(alias));
                return one;
            }
        }
        throw new GeneralSecurityException(want == null ? "the store holds no private key entry"
                : "no certificate whose subject contains '" + subject.trim() + "' (SSLClientCertSubject)");
    }
}
