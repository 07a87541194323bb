"""The quire-test-connection command: checks a DSN or connection string step by step and names
the step that failed, in plain words, without printing secrets."""
import os
import unittest
import urllib.request

from harness import DRIVER, JAVA_HOME, WRONG_SECRET, DC_PASSWORD, E2ECase

OKTA_PASSWORD = "Okta-S3cret-Pa55"  # the fake Okta's (SsoDirectory.java)

TOOL = os.path.join(os.path.dirname(os.path.abspath(DRIVER)), "..", "bin", "quire-test-connection")


class TestConnectionCommandTest(E2ECase):

    def run_tool(self, *args):
        env_backup = dict(os.environ)
        try:
            os.environ["QUIRE_JAVA_HOME"] = JAVA_HOME
            return self.odbc.run([TOOL, *args])
        finally:
            os.environ.clear()
            os.environ.update(env_backup)

    def test_a_good_dsn_passes_every_step(self):
        rc, out, err = self.run_tool("DSN=QuireDC")
        self.assertEqual(0, rc, out + err)
        for step in ("Settings", "DNS", "TCP connect", "Site answers", "Site sign-in (Basic)", "Site permission"):
            self.assertIn("[ok]   " + step, out)
        self.assertIn("Connection OK.", out)
        self.assertNotIn(DC_PASSWORD, out + err)

    def test_wrong_password_fails_at_sign_in_without_showing_it(self):
        rc, out, err = self.run_tool("DSN=QuireWrong")
        self.assertEqual(1, rc, out + err)
        self.assertIn("[FAIL] Site sign-in (Basic)", out)
        self.assertIn("Connection failed at: Site sign-in (Basic)", out)
        self.assertNotIn(WRONG_SECRET, out + err)

    def test_okta_push_rejected_fails_at_mfa(self):
        u = self.site.url
        rc, out, err = self.run_tool(f"Url={u};AuthScheme=Okta;User=okta.reject;Password={OKTA_PASSWORD}"
                                     f";SSOLoginURL={u}/home/quire_confluence/0oaquire1/alnquire1"
                                     f";SSOExchangeUrl={u}/plugins/servlet/samlconsumer;MFARememberDevice=false")
        self.assertEqual(1, rc, out + err)
        self.assertIn("[ok]   IdP login (Okta)", out)
        self.assertIn("[FAIL] MFA: The Okta Verify push was rejected", out)
        self.assertIn("Connection failed at: MFA", out)
        self.assertNotIn(OKTA_PASSWORD, out + err)

    def test_a_site_that_refuses_the_account_fails_at_permission(self):
        urllib.request.urlopen(urllib.request.Request(self.site.url + "/__admin/faults?status=403&signedIn=1&count=1",
                                                      method="POST")).close()
        rc, out, err = self.run_tool("DSN=QuireDC")
        self.assertEqual(1, rc, out + err)
        self.assertIn("[ok]   Site sign-in (Basic)", out)
        self.assertIn("Connection failed at: Site permission", out)

    def test_an_unknown_key_fails_at_settings(self):
        rc, out, err = self.run_tool("DSN=QuireBadKey")
        self.assertEqual(1, rc, out + err)
        self.assertIn("[FAIL] Settings", out)
        self.assertIn("Bogus", out)

    def test_usage(self):
        rc, out, err = self.run_tool()
        self.assertEqual(2, rc)
        self.assertIn("usage", err)


if __name__ == "__main__":
    unittest.main()
