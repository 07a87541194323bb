"""Sign-ins that need no identity provider, end to end through unixODBC and pyodbc: LDAP and
PAT on Data Center, the Cloud API token, OAuth 1.0a application links (RSA-SHA1), a procedure
call, and a Verbosity=5 log that holds none of the secrets used."""
import json
import os
import tempfile
import unittest
import urllib.request

from harness import CLOUD_TOKEN, DC_PASSWORD, DC_USER, E2ECase

PAT = "demo-pat-token"
QUERY = "SELECT Key FROM Spaces WHERE Key = 'ENG'"


class AuthSchemesTest(E2ECase):

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        with urllib.request.urlopen(cls.site.url + "/__admin/oauth1/private-key") as r:
            cls.pem = r.read().decode()
        cls.dir = tempfile.mkdtemp(prefix="quire-auth-")
        cls.key_file = os.path.join(cls.dir, "consumer.pem")
        with open(cls.key_file, "w") as f:
            f.write(cls.pem)
        cls.log = os.path.join(cls.dir, "driver.log")

    def query(self, conn_str, sql=QUERY):
        results, err = self.odbc.client("pyodbc", "DSN=QuireDC;" + conn_str + ";Logfile=" + self.log + ";Verbosity=5", sql)
        return results[0]

    def test_ldap_and_pat_on_data_center(self):
        for cs in (f"AuthScheme=LDAP;User={DC_USER};Password={DC_PASSWORD}", f"AuthScheme=PAT;PAT={PAT};User=;Password="):
            r = self.query(cs)
            self.assertEqual([["ENG"]], r.get("rows"), (cs, r))

    def test_oauth1_signed_requests(self):
        r = self.query(f"AuthScheme=OAuth;OAuthVersion=1.0;OAuthClientId=quire-demo-consumer;"
                       f"OAuthAccessToken=demo-oauth1-token;CertificateStore={self.key_file}")
        self.assertEqual([["ENG"]], r.get("rows"), r)
        self.assertTrue(any(x["auth"] == "OAuth" for x in self.site.requests()))
        bad = self.query("AuthScheme=OAuth;OAuthVersion=1.0;OAuthClientId=someone-else;"
                         f"OAuthAccessToken=demo-oauth1-token;CertificateStore={self.key_file}")
        self.assertEqual("28000", bad["error"]["state"], bad)

    def test_procedure_call_through_odbc(self):
        for sql in (json.dumps({"op": "query", "sql": "{call NoSuchProcedure()}"}), "EXEC NoSuchProcedure @A = 1"):
            r = self.query(f"User={DC_USER};Password={DC_PASSWORD}", sql)
            self.assertEqual("42000", r["error"]["state"], r)
            self.assertIn("NoSuchProcedure", r["error"]["message"])

    def test_zz_the_log_holds_no_secret(self):
        # runs last (name order): every test above wrote to the same log at Verbosity=5
        self.query(f"AuthScheme=PAT;PAT={PAT};User=;Password=")
        with open(self.log, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("HTTP", text, "the log has the requests")
        body = "".join(self.pem.splitlines()[1:3])
        for secret in (DC_PASSWORD, PAT, CLOUD_TOKEN, "demo-oauth1-token", body):
            self.assertNotIn(secret, text)


if __name__ == "__main__":
    unittest.main()
