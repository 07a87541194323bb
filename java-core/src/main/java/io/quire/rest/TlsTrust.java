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
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * SSLServerCert: which server certificates the driver trusts. Unset: the JDK's CAs, with host
 * name verification (the default, always on). A PEM file or PEM text: those certificates (a
 * self-signed site certificate or a company CA) in addition to the JDK's CAs, host names still
 * verified. '*': any certificate and any host name (for testing only; logged as such). The
 * client certificate for mutual TLS comes from {@link TlsClientCert}.
 */
final class TlsTrust {
    private TlsTrust() {
    }

    /** SSLServerCert (which servers to trust) and SSLClientCert (what to present for mutual TLS). */
    static void apply(ConnectionConfig cfg, OkHttpClient.Builder b) {
        String setting = cfg.get(ConnectionProperties.SSL_SERVER_CERT);
        KeyManager[] keys = TlsClientCert.keyManagers(cfg);
        boolean trustSet = setting != null && !setting.isBlank();
        if (!trustSet && keys == null) {
            return;
        }
        X509TrustManager tm;
        if (!trustSet) {
            tm = defaultTrust();
        } else if (setting.trim().equals("*")) {
            tm = new AnyCertificate();
            b.hostnameVerifier((host, session) -> true);
        } else {
            tm = new Combined(defaultTrust(), keyStoreTrust(certificates(setting.trim())));
        }
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(keys, new TrustManager[] {tm}, null);
            b.sslSocketFactory(ctx.getSocketFactory(), tm);
        } catch (GeneralSecurityException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "SSLServerCert: cannot set up TLS: " + e.getMessage(), e);
        }
    }

    static List<X509Certificate> certificates(String setting) {
        byte[] pem;
        if (setting.startsWith("-----BEGIN")) {
            pem = setting.getBytes(StandardCharsets.US_ASCII);
        } else {
            try {
                pem = Files.readAllBytes(Path.of(setting));
            } catch (IOException | RuntimeException e) {
                throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "SSLServerCert: cannot read the certificate file '"
                        + setting + "': " + e.getMessage(), e);
            }
        }
        try {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem));
            List<X509Certificate> out = new ArrayList<>();
            certs.forEach(c -> out.add((X509Certificate) c));
            if (out.isEmpty()) {
                throw new CertificateException("no certificate found");
            }
            return out;
        } catch (CertificateException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "SSLServerCert: not a PEM or DER X.509 certificate ("
                    + e.getMessage() + ").", e);
        }
    }

    private static X509TrustManager defaultTrust() {
        return trustManager((KeyStore) null);
    }

    private static X509TrustManager keyStoreTrust(List<X509Certificate> certs) {
        try {
            KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
            ks.load(null, null);
            for (int i = 0; i < certs.size(); i++) {
                ks.setCertificateEntry("sslservercert-" + i, certs.get(i));
            }
            return trustManager(ks);
        } catch (GeneralSecurityException | IOException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "SSLServerCert: " + e.getMessage(), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore ks) {
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init(ks);
            for (TrustManager t : f.getTrustManagers()) {
                if (t instanceof X509TrustManager x) {
                    return x;
                }
            }
            throw new IllegalStateException("no X509TrustManager");
        } catch (GeneralSecurityException e) {
            throw new QuireException(SqlState.UNABLE_TO_CONNECT, 0, "TLS: " + e.getMessage(), e);
        }
    }

    /** Trusts a chain either trust manager trusts. */
    private record Combined(X509TrustManager system, X509TrustManager pinned) implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            system.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                pinned.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                system.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = system.getAcceptedIssuers();
            X509Certificate[] b = pinned.getAcceptedIssuers();
            X509Certificate[] out = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }

    private static final class AnyCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
