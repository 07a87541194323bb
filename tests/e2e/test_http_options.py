"""Proxy, TLS trust, CustomHeaders and Cookies through unixODBC and pyodbc, against real servers
in front of the fake site (http_fronts.py): a forward proxy that demands Proxy-Authorization
(407 without), an HTTPS front with a self-signed certificate, and what the site receives."""
import base64
import json
import os
import subprocess
import tempfile
import unittest

from harness import DC_PASSWORD, DC_USER, DRIVER_NAME, JAVA_HOME, E2ECase
from http_fronts import ForwardProxy, TlsFront, self_signed

QUERY = "SELECT Key FROM Spaces WHERE Key = 'ENG'"
PROXY_USER, PROXY_PASSWORD = "proxy-user", "Pr0xy-S3cret-Pa55"
CERT_PASSWORD = "C3rt-Store-Pa55"


def read(path):
    with open(path) as f:
        return f.read()


class HttpOptionsTest(E2ECase):
    outputs = []

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dir = tempfile.mkdtemp(prefix="quire-tls-")
        cls.cert, cls.key = self_signed(cls.dir)
        cls.front = TlsFront(cls.site.url, cls.cert, cls.key)
        auth = "Basic " + base64.b64encode(f"{PROXY_USER}:{PROXY_PASSWORD}".encode()).decode()
        cls.proxy = ForwardProxy(auth)

    @classmethod
    def tearDownClass(cls):
        if hasattr(cls, "mtls"):
            cls.mtls.stop()
        cls.front.stop()
        cls.proxy.stop()
        super().tearDownClass()

    def setUp(self):
        self.front.seen.clear()
        self.proxy.seen.clear()

    def query(self, url, extra=""):
        conn = f"Driver={{{DRIVER_NAME}}};Url={url};User={DC_USER};Password={DC_PASSWORD}" + extra
        results, err = self.odbc.client("pyodbc", conn, QUERY)
        self.outputs.append(json.dumps(results) + err)
        return results[0]

    def assertRows(self, r):
        self.assertNotIn("error", r, r)
        self.assertEqual([["ENG"]], r["rows"])

    def assertError(self, r, state, *phrases):
        self.assertIn("error", r, r)
        self.assertEqual(state, r["error"]["state"], r)
        for p in phrases:
            self.assertIn(p, r["error"]["message"])
        return r["error"]["message"]

    def proxied(self, user=PROXY_USER, password=PROXY_PASSWORD):
        s = f";ProxyServer=127.0.0.1;ProxyPort={self.proxy.port}"
        if user:
            s += f";ProxyUser={user};ProxyPassword={password}"
        return s

    # --- proxy -----------------------------------------------------------------------------

    def test_proxy_with_credentials_carries_every_request(self):
        self.assertRows(self.query(self.site.url, self.proxied()))
        api = [s for s in self.proxy.seen if "/rest/api/" in s[1]]
        self.assertTrue(api, self.proxy.seen)
        self.assertTrue(all(s[1].startswith(self.site.url + "/rest/api/") for s in api), "absolute-form requests")
        # OkHttp answers the proxy's 407 challenge: every request the proxy forwarded carried the credentials
        forwarded = {s[1] for s in api if "proxy-authorization" in s[2]}
        self.assertEqual({s[1] for s in api}, forwarded, "a request refused with 407 is sent again with credentials")

    def test_proxy_without_or_with_wrong_credentials_is_407(self):
        self.assertError(self.query(self.site.url, self.proxied(user=None)), "08001", "407", "ProxyUser")
        msg = self.assertError(self.query(self.site.url, self.proxied(password="Wr0ng-Pr0xy")), "08001", "407")
        self.assertNotIn("Wr0ng-Pr0xy", msg)
        self.assertTrue(self.proxy.seen, "the driver did reach the proxy")

    def test_digest_proxy_authentication(self):
        for algorithm in ("MD5", "SHA-256"):
            proxy = ForwardProxy(digest=(PROXY_USER, PROXY_PASSWORD), algorithm=algorithm)
            try:
                base = f";ProxyServer=127.0.0.1;ProxyPort={proxy.port};ProxyAuthScheme=DIGEST;ProxyUser={PROXY_USER}"
                self.assertRows(self.query(self.site.url, base + f";ProxyPassword={PROXY_PASSWORD}"))
                self.assertTrue(any(s[2].get("proxy-authorization", "").startswith("Digest ") for s in proxy.seen))
                # https through a CONNECT tunnel answers the challenge for host:port
                self.assertRows(self.query(self.front.url, base + f";ProxyPassword={PROXY_PASSWORD};SSLServerCert={self.cert}"))
                msg = self.assertError(self.query(self.site.url, base + ";ProxyPassword=Wr0ng-Pr0xy"), "08001", "407")
                self.assertNotIn("Wr0ng-Pr0xy", msg)
            finally:
                proxy.stop()

    def test_ntlm_proxy_authentication_is_refused_clearly(self):
        self.assertError(self.query(self.site.url, self.proxied() + ";ProxyAuthScheme=NTLM"), "08001", "NTLM",
                         "not supported")

    def test_https_through_the_proxy_tunnel(self):
        self.assertRows(self.query(self.front.url, self.proxied() + f";SSLServerCert={self.cert}"))
        self.assertTrue(any(s[0] == "CONNECT" and s[1] == f"127.0.0.1:{self.front.port}" for s in self.proxy.seen),
                        self.proxy.seen)
        self.assertTrue(self.front.seen, "the request went through the tunnel to the HTTPS front")

    # --- TLS -------------------------------------------------------------------------------

    def test_ssl_server_cert_trusts_a_self_signed_site(self):
        self.assertRows(self.query(self.front.url, f";SSLServerCert={self.cert}"))
        with open(self.cert) as f:
            pem = f.read()
        # the PEM text itself, braced
        self.assertRows(self.query(self.front.url, ";SSLServerCert={" + pem + "}"))

    def test_without_ssl_server_cert_the_handshake_fails_clearly(self):
        self.assertError(self.query(self.front.url), "08001", "TLS", "SSLServerCert")
        self.assertEqual([], self.front.seen, "no request crossed an untrusted connection")

    # --- client certificates (mutual TLS) --------------------------------------------------

    def client_certs(self):
        """The client certificate as PEM (cert + key), encrypted PEM, PKCS#12 and JKS, and a front demanding it."""
        if not hasattr(type(self), "mtls"):
            d = self.dir
            cert, key = self_signed(d, "client", cn="quire-client")
            pem = os.path.join(d, "client-both.pem")
            with open(pem, "w") as f:
                f.write(read(cert) + read(key))
            enc = os.path.join(d, "client-enc.pem")
            subprocess.run(["openssl", "pkcs8", "-topk8", "-in", key, "-v2", "aes-256-cbc", "-passout",
                            "pass:" + CERT_PASSWORD, "-out", enc + ".key"], check=True, capture_output=True)
            with open(enc, "w") as f:
                f.write(read(cert) + read(enc + ".key"))
            p12 = os.path.join(d, "client.p12")
            subprocess.run(["openssl", "pkcs12", "-export", "-in", cert, "-inkey", key, "-name", "quire-client",
                            "-passout", "pass:" + CERT_PASSWORD, "-out", p12], check=True, capture_output=True)
            jks = os.path.join(d, "client.jks")
            subprocess.run([os.path.join(JAVA_HOME, "bin/keytool"), "-importkeystore", "-srckeystore", p12,
                            "-srcstoretype", "PKCS12", "-srcstorepass", CERT_PASSWORD, "-destkeystore", jks,
                            "-deststoretype", "JKS", "-deststorepass", CERT_PASSWORD, "-noprompt"],
                           check=True, capture_output=True)
            type(self).mtls = TlsFront(self.site.url, self.cert, self.key, client_ca=cert)
            type(self).client = {"pem": pem, "enc": enc, "p12": p12, "jks": jks}
        return self.mtls, self.client

    def test_client_certificate_in_each_format(self):
        front, c = self.client_certs()
        trust = f";SSLServerCert={self.cert}"
        self.assertRows(self.query(front.url, trust + f";SSLClientCert={c['pem']}"))
        self.assertRows(self.query(front.url, trust + ";SSLClientCertType=PEMKEY_BLOB;SSLClientCert={"
                                   + read(c["pem"]) + "}"))
        self.assertRows(self.query(front.url, trust + f";SSLClientCert={c['enc']};SSLClientCertPassword={CERT_PASSWORD}"))
        self.assertRows(self.query(front.url, trust + f";SSLClientCertType=PFXFILE;SSLClientCert={c['p12']}"
                                   f";SSLClientCertPassword={CERT_PASSWORD};SSLClientCertSubject=CN=quire-client"))
        self.assertRows(self.query(front.url, trust + f";SSLClientCertType=JKSFILE;SSLClientCert={c['jks']}"
                                   f";SSLClientCertPassword={CERT_PASSWORD}"))
        self.assertTrue(front.seen and all(s[3] for s in front.seen), "every request came with the client certificate")

    def test_client_certificate_failures_are_clear(self):
        front, c = self.client_certs()
        trust = f";SSLServerCert={self.cert}"
        self.assertError(self.query(front.url, trust), "08001", "TLS")
        msg = self.assertError(self.query(front.url, trust + f";SSLClientCertType=PFXFILE;SSLClientCert={c['p12']}"
                                          ";SSLClientCertPassword=Wr0ng-Cert-Pass"), "08001", "SSLClientCertPassword")
        self.assertNotIn("Wr0ng-Cert-Pass", msg)
        self.assertError(self.query(front.url, trust + f";SSLClientCertType=PFXFILE;SSLClientCert={c['p12']}"
                                    f";SSLClientCertPassword={CERT_PASSWORD};SSLClientCertSubject=CN=nobody"),
                         "08001", "SSLClientCertSubject")
        self.assertError(self.query(front.url, trust + f";SSLClientCert={c['enc']}"), "08001", "encrypted")

    # --- headers for SSO front ends -------------------------------------------------------

    def test_custom_headers_and_cookies_reach_the_site(self):
        self.assertRows(self.query(self.front.url, f";SSLServerCert={self.cert}"
                                   ";CustomHeaders={X-Tenant: acme|X-Front-Key: k-123};Cookies={sso_gate=open; region=eu}"))
        api = [s for s in self.front.seen if "/rest/api/" in s[1]]
        self.assertTrue(api)
        for method, path, headers, _ in api:
            self.assertEqual("acme", headers.get("x-tenant"), path)
            self.assertEqual("k-123", headers.get("x-front-key"), path)
            cookies = headers.get("cookie", "")
            self.assertIn("sso_gate=open", cookies)
            self.assertIn("region=eu", cookies)

    def test_z_no_secret_in_any_output(self):
        for out in self.outputs:
            self.assertNotIn(PROXY_PASSWORD, out)
            self.assertNotIn(DC_PASSWORD, out)


if __name__ == "__main__":
    unittest.main()
