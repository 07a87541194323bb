"""AuthScheme=OAuth and OAuthClient through unixODBC and pyodbc against the fake site's OAuth
server and API gateway: no network, no desktop (a script stands in for the browser)."""

import base64
import json
import os
import socket
import unittest
import urllib.parse
import urllib.request

from harness import E2ECase, HERE

CLIENT_ID, CLIENT_SECRET = "quire-oauth-client", "quire-oauth-secret"
SERVICE_ID, SERVICE_SECRET = "quire-service-client", "quire-service-secret"
CLOUD_ID = "3f1c2b9a-5d4e-4f60-9a7b-c0ffee000001"
SPACES = "SELECT Key FROM Spaces WHERE Key = 'ENG'"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class OAuthTest(E2ECase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        u = cls.site.url
        cls.oauth = (f";AuthScheme=OAuth;OAuthClientId={CLIENT_ID};OAuthClientSecret={CLIENT_SECRET}"
                     f";OAuthAuthorizationURL={u}/__oauth/authorize;OAuthAccessTokenURL={u}/__oauth/token"
                     f";OAuthGatewayURL={u}")
        cls.log = os.path.join(cls.odbc.dir, "quire-oauth.log")
        cls.seen_secrets = set()

    @classmethod
    def tearDownClass(cls):
        try:
            # every connection of the class logged at Verbosity=5: no token, code or secret in the file
            with open(cls.log, encoding="utf-8") as f:
                text = f.read()
            assert "Authorization: ********" in text, "the log has no masked header"
            for secret in [CLIENT_SECRET, SERVICE_SECRET, "qat_", "qrt_", "qac_", *cls.seen_secrets]:
                assert secret not in text, "the log shows a secret: " + secret[:4]
        finally:
            super().tearDownClass()

    def setUp(self):
        self.admin("/__admin/oauth/settings?access_token_seconds=3600")

    # ---- helpers ----

    def admin(self, path):
        urllib.request.urlopen(urllib.request.Request(self.site.url + path, data=b"", method="POST")).close()

    def grants(self, grant):
        with urllib.request.urlopen(self.site.url + "/__admin/oauth/grants") as r:
            return json.load(r).get(grant, 0)

    def authorize(self, callback):
        q = urllib.parse.urlencode({"audience": "api.atlassian.com", "client_id": CLIENT_ID,
                                    "scope": "read:confluence-content.all offline_access", "redirect_uri": callback,
                                    "state": "s", "response_type": "code", "prompt": "consent"})
        opener = urllib.request.build_opener(NoRedirect)
        try:
            opener.open(self.site.url + "/__oauth/authorize?" + q)
        except urllib.error.HTTPError as e:
            loc = e.headers["Location"]
        code = urllib.parse.parse_qs(urllib.parse.urlparse(loc).query)["code"][0]
        self.seen_secrets.add(code)
        return code

    def token_post(self, body, headers):
        req = urllib.request.Request(self.site.url + "/__oauth/token", data=body, headers=headers, method="POST")
        with urllib.request.urlopen(req) as r:
            t = json.load(r)
        self.seen_secrets.update(v for k, v in t.items() if k.endswith("_token"))
        return t

    def three_legged_tokens(self):
        cb = "http://localhost:33333/t"
        body = json.dumps({"grant_type": "authorization_code", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                           "code": self.authorize(cb), "redirect_uri": cb}).encode()
        return self.token_post(body, {"Content-Type": "application/json"})

    def service_token(self):
        basic = base64.b64encode(f"{SERVICE_ID}:{SERVICE_SECRET}".encode()).decode()
        return self.token_post(b"grant_type=client_credentials", {
            "Content-Type": "application/x-www-form-urlencoded", "Authorization": "Basic " + basic})

    def run_sql(self, conn_str, *statements, browser=None):
        env_browser = {"BROWSER": browser} if browser else {}
        old = dict(os.environ)
        os.environ.update(env_browser)
        try:
            results, err = self.odbc.client("pyodbc", conn_str + f";Logfile={self.log};Verbosity=5", *statements)
        finally:
            os.environ.clear()
            os.environ.update(old)
        return results, err

    def assertRows(self, result, n):
        self.assertNotIn("error", result, result)
        self.assertEqual(n, len(result["rows"]), result)

    # ---- tests ----

    def test_web_flow_through_the_procedures_on_one_connection(self):
        # an application without a token connects, asks for the sign-in URL, exchanges the code
        # the callback received, and queries: all through ODBC calls on one connection
        callback = "https://app.example.com/oauth/callback"
        cs = (f"DRIVER={{Quire ODBC Driver for Confluence}};Url={self.site.url}/wiki" + self.oauth + f";InitiateOAuth=OFF;CloudId={CLOUD_ID}"
              f";Logfile={self.log};Verbosity=5")
        rc, out, err = self.odbc.run(["/usr/bin/python3", os.path.join(HERE, "clients/oauth_web_flow.py"), cs, callback])
        result = json.loads(out.strip().splitlines()[-1]) if out.strip() else {"error": err}
        self.assertNotIn("error", result, result)
        self.assertTrue(result["url_ok"], result)
        self.assertEqual(["OAuthAccessToken", "OAuthRefreshToken", "ExpiresIn"], result["token_columns"][:3], result)
        self.assertEqual([["ENG"]], result["rows"])

    def test_off_with_token_on_cloud_through_the_gateway(self):
        token = self.three_legged_tokens()["access_token"]
        self.site.clear_requests()
        results, _ = self.run_sql(f"DRIVER={{Quire ODBC Driver for Confluence}};Url={self.site.url}/wiki{self.oauth}"
                                  f";OAuthAccessToken={token}", SPACES)
        self.assertRows(results[0], 1)
        paths = [r["path"] for r in self.site.requests()]
        self.assertTrue(paths)
        for p in paths:
            self.assertTrue(p.startswith(f"/ex/confluence/{CLOUD_ID}/wiki/"), p)

    def test_getandrefresh_browser_then_the_stored_file(self):
        settings = os.path.join(self.odbc.dir, "desktop.oauth")
        conn = (f"DRIVER={{Quire ODBC Driver for Confluence}};Url={self.site.url}/wiki{self.oauth}"
                f";InitiateOAuth=GETANDREFRESH;CallbackURL=http://localhost:{free_port()}/cb"
                f";OAuthSettingsLocation={settings}")
        before = self.grants("authorization_code")
        browser = "/usr/bin/python3 " + os.path.join(HERE, "clients/fake_browser.py")
        results, err = self.run_sql(conn, SPACES, browser=browser)
        self.assertRows(results[0], 1)
        self.assertEqual(before + 1, self.grants("authorization_code"))
        self.assertTrue(os.path.exists(settings) and os.path.exists(settings + ".key"))
        self.assertEqual(0o600, os.stat(settings).st_mode & 0o777)
        self.assertEqual(0o600, os.stat(settings + ".key").st_mode & 0o777)
        # second connection: no browser can open, the stored tokens are used
        results, _ = self.run_sql(conn, SPACES, browser="/nonexistent/browser")
        self.assertRows(results[0], 1)
        self.assertEqual(before + 1, self.grants("authorization_code"))

    def test_refresh_with_verifier_and_expiry_mid_session(self):
        cb = "http://localhost:33333/headless"
        code = self.authorize(cb)
        settings = os.path.join(self.odbc.dir, "headless.oauth")
        conn = (f"DRIVER={{Quire ODBC Driver for Confluence}};Url={self.site.url}/wiki{self.oauth}"
                f";InitiateOAuth=REFRESH;CallbackURL={cb};OAuthVerifier={code};OAuthSettingsLocation={settings}")
        results, _ = self.run_sql(conn, SPACES)
        self.assertRows(results[0], 1)
        # the access token expires between two statements of one session: 401 once, refresh, rows
        refreshes = self.grants("refresh_token")
        self.admin("/__admin/oauth/expire?what=access")
        results, _ = self.run_sql(conn, SPACES, SPACES)
        self.assertRows(results[0], 1)
        self.assertRows(results[1], 1)
        self.assertEqual(refreshes + 1, self.grants("refresh_token"))
        statuses = [r["status"] for r in self.site.requests() if r["path"].startswith("/ex/")]
        self.assertIn(401, statuses)

    def test_expired_refresh_token_is_28000(self):
        rt = self.three_legged_tokens()["refresh_token"]
        settings = os.path.join(self.odbc.dir, "dead.oauth")
        conn = (f"DRIVER={{Quire ODBC Driver for Confluence}};Url={self.site.url}/wiki{self.oauth}"
                f";InitiateOAuth=REFRESH;OAuthRefreshToken={rt};OAuthSettingsLocation={settings}")
        results, _ = self.run_sql(conn, SPACES)
        self.assertRows(results[0], 1)
        self.admin("/__admin/oauth/expire?what=all")
        results, _ = self.run_sql(conn, SPACES)
        self.assertEqual("@connect", results[0]["sql"], results)
        self.assertEqual("28000", results[0]["error"]["state"])
        self.assertIn("Sign in again", results[0]["error"]["message"])

    def test_oauthclient_on_data_center(self):
        self.site.clear_requests()
        results, _ = self.run_sql(
            f"DRIVER={{Quire ODBC Driver for Confluence}};Url={self.site.url};AuthScheme=OAuthClient"
            f";OAuthClientId={SERVICE_ID};OAuthClientSecret={SERVICE_SECRET}"
            f";OAuthAccessTokenURL={self.site.url}/__oauth/token", SPACES)
        self.assertRows(results[0], 1)
        for r in self.site.requests():
            self.assertTrue(r["path"].startswith("/rest/api/"), r)
            self.assertEqual("Bearer", r["auth"])

    def test_bearer_from_an_identity_provider_on_data_center(self):
        token = self.service_token()["access_token"]
        results, _ = self.run_sql(f"DRIVER={{Quire ODBC Driver for Confluence}};Url={self.site.url}"
                                  f";AuthScheme=OAuth;OAuthAccessToken={token}", SPACES)
        self.assertRows(results[0], 1)
        results, _ = self.run_sql(f"DRIVER={{Quire ODBC Driver for Confluence}};Url={self.site.url}"
                                  f";AuthScheme=OAuth;OAuthAccessToken=qat_not-a-real-token", SPACES)
        self.assertEqual("28000", results[0]["error"]["state"], results)


if __name__ == "__main__":
    unittest.main()
