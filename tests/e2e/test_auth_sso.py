"""AuthScheme=Okta and AuthScheme=Crowd through unixODBC (pyodbc and isql) against the fake site's
SAML single sign-on: the fake Okta org (classic authn API, factors), the fake Crowd, the signing
identity provider and the site's SAML consumer, all on the fake site's port (see
tests/fake-confluence/.../idp/sso/SsoFakes.java). Every client's output and the driver's log
(Verbosity=5) are kept and checked at the end for any password, token, cookie value or
SAMLResponse the fakes handed out."""
import base64
import hashlib
import hmac
import json
import os
import stat
import struct
import time
import unittest
import urllib.request

from harness import CLIENT_TIMEOUT, DRIVER_NAME, E2ECase, FakeSite, OdbcConfig

# the fake identity providers' fixed credentials (SsoDirectory.java)
OKTA_PASSWORD = "Okta-S3cret-Pa55"
OKTA_API_TOKEN = "00QuireOktaSswsApiToken"
TOTP_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
CROWD_APP, CROWD_APP_PASSWORD = "quire-odbc", "Crowd-App-S3cret"
CROWD_USER, CROWD_PASSWORD = "crowd.user", "Crowd-User-Pa55"
WRONG = "Wr0ng-SSO-Pa55word"
OKTA_LINK = "/home/quire_confluence/0oaquire1/alnquire1"
CROWD_SSO = "/crowd/console/secure/saml/sso.action"
CONSUMER = "/plugins/servlet/samlconsumer"

# Reads some rows, ends every session at the site, reads the rest: the driver signs on again.
SCAN = r"""
import json, sys, urllib.request, pyodbc
conn = pyodbc.connect(sys.argv[1], autocommit=True)
cur = conn.cursor()
cur.execute("SELECT Id FROM Pages")
first = cur.fetchmany(20)
urllib.request.urlopen(urllib.request.Request(sys.argv[2] + "/__admin/sso/expire-sessions", method="POST")).close()
rest = cur.fetchall()
ids = [r[0] for r in first + rest]
print(json.dumps({"rows": len(ids), "distinct": len(set(ids))}))
"""

# Connects with pyodbc's timeout= (SQL_ATTR_LOGIN_TIMEOUT) and reports the error and the time taken.
LOGIN_TIMEOUT = r"""
import json, sys, time, pyodbc
start = time.monotonic()
try:
    pyodbc.connect(sys.argv[1], timeout=int(sys.argv[2]))
    out = {"state": None, "message": "connected"}
except pyodbc.Error as e:
    out = {"state": e.args[0], "message": e.args[1] if len(e.args) > 1 else str(e)}
out["connect_seconds"] = time.monotonic() - start
print(json.dumps(out))
"""


def totp(secret, at=None):
    """RFC 6238 (HMAC-SHA1, 30 s, 6 digits): what Okta Verify shows."""
    key = base64.b32decode(secret)
    counter = int((time.time() if at is None else at) // 30)
    h = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    off = h[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", h[off:off + 4])[0] & 0x7FFFFFFF) % 1000000)


class SsoOdbc(OdbcConfig):
    """The private ODBC configuration with its own user config dir (remembered Okta devices)."""

    def env(self):
        e = super().env()
        e["XDG_CONFIG_HOME"] = os.path.join(self.dir, "config")
        return e


class SsoTest(E2ECase):
    outputs = []

    @classmethod
    def setUpClass(cls):
        cls.site = FakeSite()
        url = cls.site.url
        cls.odbc = SsoOdbc(cls.site, {"QuireCrowd": {
            "Url": url, "AuthScheme": "Crowd", "User": CROWD_USER, "Password": CROWD_PASSWORD,
            "SSOAppName": CROWD_APP, "SSOAppPassword": CROWD_APP_PASSWORD,
            "SSOLoginURL": url + CROWD_SSO, "SSOExchangeUrl": url + CONSUMER}})
        cls.logfile = os.path.join(cls.odbc.dir, "quire-sso.log")
        cls.devices = os.path.join(cls.odbc.dir, "config", "quire", "okta-devices")
        cls.spaces = len(cls.site.all_results("/rest/api/space?limit=100&status=current"))

    def setUp(self):
        self.admin("POST", "forget-devices")
        if os.path.isdir(self.devices):
            for f in os.listdir(self.devices):
                os.remove(os.path.join(self.devices, f))
        self.site.clear_requests()

    # --- helpers -------------------------------------------------------------------------

    def admin(self, method, op):
        req = urllib.request.Request(self.site.url + "/__admin/sso/" + op, method=method)
        with urllib.request.urlopen(req) as r:
            return json.load(r)

    def logging(self):
        return f";Logfile={self.logfile};Verbosity=5"

    def okta(self, user, extra=""):
        u = self.site.url
        return (f"Driver={{{DRIVER_NAME}}};Url={u};AuthScheme=Okta;User={user};Password={OKTA_PASSWORD};SSOLoginURL={u}{OKTA_LINK}"
                f";SSOExchangeUrl={u}{CONSUMER}" + self.logging() + extra)

    def crowd(self, extra=""):
        u = self.site.url
        return (f"Driver={{{DRIVER_NAME}}};Url={u};AuthScheme=Crowd;User={CROWD_USER};Password={CROWD_PASSWORD};SSOAppName={CROWD_APP}"
                f";SSOAppPassword={CROWD_APP_PASSWORD};SSOLoginURL={u}{CROWD_SSO};SSOExchangeUrl={u}{CONSUMER}"
                + self.logging() + extra)

    def count_spaces(self, conn_str):
        """Runs SELECT COUNT(*) FROM Spaces through pyodbc; returns the count or the error."""
        results, err = self.odbc.client("pyodbc", conn_str, "SELECT COUNT(*) FROM Spaces")
        self.outputs.append(json.dumps(results) + err)
        return results[0]

    def assertSignedOn(self, conn_str):
        r = self.count_spaces(conn_str)
        self.assertNotIn("error", r, r)
        self.assertEqual(self.spaces, r["rows"][0][0])

    def assertRefused(self, conn_str, *phrases, state="28000"):
        r = self.count_spaces(conn_str)
        self.assertIn("error", r, r)
        self.assertEqual(state, r["error"]["state"], r)
        for p in phrases:
            self.assertIn(p, r["error"]["message"])
        return r["error"]["message"]

    def paths(self):
        return [r["path"] for r in self.site.requests()]

    def consumer_posts(self):
        return [r for r in self.site.requests() if r["path"] == CONSUMER]

    # --- Okta ----------------------------------------------------------------------------

    def test_okta_without_mfa(self):
        self.assertSignedOn(self.okta("okta.plain"))
        self.assertEqual(1, len(self.consumer_posts()))
        api = [r for r in self.site.requests() if r["path"].startswith("/rest/api")]
        self.assertTrue(api and all(r["status"] == 200 and r["auth"] == "none" for r in api), api)

    def test_okta_wrong_password(self):
        self.assertRefused(self.okta("okta.plain").replace(OKTA_PASSWORD, WRONG), "E0000004")

    def test_okta_totp_passcode(self):
        self.assertSignedOn(self.okta("okta.mfa", f";MFARememberDevice=false;MFAPassCode={totp(TOTP_SECRET)}"))

    def test_okta_push_approved(self):
        self.assertSignedOn(self.okta("okta.mfa", ";MFARememberDevice=false"))
        self.assertGreaterEqual(sum(p.endswith("/verify") for p in self.paths()), 2, "pushed, then polled")

    def test_okta_push_rejected(self):
        self.assertRefused(self.okta("okta.reject"), "rejected")
        self.assertEqual([], self.consumer_posts())

    def test_okta_push_never_answered_is_bounded_by_timeout(self):
        start = time.monotonic()
        self.assertRefused(self.okta("okta.pending", ";Timeout=3"), "within 3 s")
        self.assertLess(time.monotonic() - start, CLIENT_TIMEOUT / 4)

    def login_timeout(self, conn_str, seconds):
        """Connects through pyodbc with timeout= (SQL_ATTR_LOGIN_TIMEOUT); returns (error, seconds taken)."""
        rc, out, err = self.odbc.run(["/usr/bin/python3", "-c", LOGIN_TIMEOUT, conn_str, str(seconds)])
        self.outputs.append(out + err)
        self.assertEqual(0, rc, out + err)
        return json.loads(out.strip().splitlines()[-1])

    def test_login_timeout_bounds_a_push_nobody_answers(self):
        r = self.login_timeout(self.okta("okta.pending", ";MFARememberDevice=false;Timeout=90"), 3)
        self.assertEqual("HYT00", r["state"], r)
        self.assertIn("Login timeout expired", r["message"])
        # JVM start-up comes first (not part of the timeout), and pyodbc 4.0 tries the ANSI entry point
        # after a failed Unicode connect (two 3 s waits); the push limit would be 90 s
        self.assertLess(r["connect_seconds"], 25, r)
        self.assertGreaterEqual(r["connect_seconds"], 3, r)

    def test_login_timeout_bounds_a_stalled_identity_provider(self):
        # pyodbc 4.0 tries SQLDriverConnectA after a failed SQLDriverConnectW: both attempts meet a stall
        self.admin("POST", "stall?ms=60000&count=2")
        r = self.login_timeout(self.crowd(";Timeout=90"), 3)
        self.assertEqual("HYT00", r["state"], r)
        self.assertIn("Login timeout expired", r["message"])
        self.assertLess(r["connect_seconds"], 25, r)
        # the same process connects right after: nothing was left holding the connection
        self.assertSignedOn(self.crowd())

    def test_okta_push_timed_out_by_okta(self):
        self.assertRefused(self.okta("okta.timeout"), "timed it out")

    def test_okta_email_challenge_then_reconnect_with_the_code(self):
        conn = self.okta("okta.mfa", ";SSOProperties='MFAType=Email;MFARememberDevice=false'")
        self.assertRefused(conn, "was sent", "MFAPassCode")
        code = self.admin("GET", "code?user=okta.mfa&factor=email")["code"]
        self.assertEqual([], self.consumer_posts())
        self.assertSignedOn(conn + f";MFAPassCode={code}")

    def test_okta_remembered_device_skips_mfa(self):
        self.assertSignedOn(self.okta("okta.mfa", f";MFAPassCode={totp(TOTP_SECRET)}"))
        files = os.listdir(self.devices)
        self.assertEqual(1, len(files))
        self.assertEqual(0o600, stat.S_IMODE(os.stat(os.path.join(self.devices, files[0])).st_mode))
        self.assertEqual(0o700, stat.S_IMODE(os.stat(self.devices).st_mode))
        self.site.clear_requests()
        # no passcode: without the remembered device this would be a push
        self.assertSignedOn(self.okta("okta.mfa"))
        self.assertFalse([p for p in self.paths() if p.endswith("/verify")], "Okta skipped the second factor")

    def test_okta_trusted_app_api_token(self):
        self.assertSignedOn(self.okta("okta.plain", f";APIToken={OKTA_API_TOKEN}"))
        self.assertTrue(any(r["path"] == "/api/v1/authn" and r["auth"] == "SSWS" for r in self.site.requests()))

    # --- Crowd ---------------------------------------------------------------------------

    def test_crowd_success(self):
        self.assertSignedOn(self.crowd())
        self.assertEqual(1, len(self.consumer_posts()))

    def test_crowd_through_a_dsn_with_isql(self):
        rc, out, err = self.odbc.isql("QuireCrowd", "SELECT COUNT(*) FROM Spaces")
        self.outputs.append(out + err)
        self.assertEqual(0, rc, out + err)
        self.assertIn(str(self.spaces), out)

    def test_crowd_wrong_app_password(self):
        msg = self.assertRefused(self.crowd().replace(CROWD_APP_PASSWORD, WRONG), "application credentials",
                                 "SSOAppPassword")
        self.assertNotIn("user name or password", msg)

    def test_crowd_wrong_user_password(self):
        msg = self.assertRefused(self.crowd().replace(f"Password={CROWD_PASSWORD}", f"Password={WRONG}"),
                                 "user name or password")
        self.assertNotIn("application credentials", msg)

    # --- SAML checks and the session -------------------------------------------------------

    def test_tampered_and_expired_responses_are_never_posted(self):
        u = self.site.url
        for fault in ("tamper", "expired"):
            self.assertRefused(self.okta("okta.plain").replace(u + OKTA_LINK, u + OKTA_LINK + "?fault=" + fault),
                               "refused before it was sent to the site")
            self.assertRefused(self.crowd().replace(u + CROWD_SSO, u + CROWD_SSO + "?fault=" + fault),
                               "refused before it was sent to the site")
        # the IdPs did issue them (the form pages were served) ...
        self.assertEqual(4, sum(p in ("/app/quire_confluence/0oaquire1/sso/saml", CROWD_SSO) for p in self.paths()),
                         "one sign-on per refused connect, though pyodbc tries twice")
        # ... and the site's consumer never received one
        self.assertEqual([], self.consumer_posts())

    def test_session_expiry_mid_scan_signs_on_again(self):
        expected, _ = self.odbc.client("pyodbc", "DSN=QuireDC", "SELECT COUNT(*) FROM Pages")
        before = self.admin("GET", "stats")["accepted"]
        rc, out, err = self.odbc.run(["/usr/bin/python3", "-c", SCAN, self.crowd(";Pagesize=25;MaxThreads=1"), self.site.url])
        self.outputs.append(out + err)
        self.assertEqual(0, rc, err)
        got = json.loads(out)
        self.assertEqual(expected[0]["rows"][0][0], got["rows"])
        self.assertEqual(got["rows"], got["distinct"])
        self.assertEqual(before + 2, self.admin("GET", "stats")["accepted"], "signed on at connect and once more")
        statuses = [r["status"] for r in self.site.requests() if r["path"].startswith("/rest/api/content")]
        self.assertIn(401, statuses)
        self.assertEqual(200, statuses[-1])

    # --- last: nothing secret anywhere ---------------------------------------------------

    def test_z_log_and_output_show_no_secret(self):
        # a few more sign-ons that learn every kind of secret: MFA state, device tokens, Crowd tokens
        self.assertSignedOn(self.okta("okta.mfa", f";MFAPassCode={totp(TOTP_SECRET)};APIToken={OKTA_API_TOKEN}"))
        self.assertSignedOn(self.okta("okta.mfa"))
        self.assertRefused(self.okta("okta.plain", f";SSOProperties='APIToken=00Nested-{WRONG}'"), "E0000011")
        self.assertSignedOn(self.crowd())
        with open(self.logfile, encoding="utf-8") as f:
            log = f.read()
        self.assertIn("HTTP POST " + self.site.url + "/api/v1/authn", log)
        self.assertIn("Cookie: ********", log)
        secrets = self.admin("GET", "issued")["secrets"]
        self.assertGreater(len(secrets), 20)
        secrets += [OKTA_PASSWORD, OKTA_API_TOKEN, CROWD_PASSWORD, CROWD_APP_PASSWORD, WRONG]
        output = "\n".join(self.outputs)
        self.assertIn("28000", output)
        for s in secrets:
            self.assertNotIn(s, log, "the driver log shows a secret")
            self.assertNotIn(s, output, "a client's output (results, messages, stderr) shows a secret")


if __name__ == "__main__":
    unittest.main()
