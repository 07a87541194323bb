"""The quire-test-connection command: checks a DSN or connection string step by step and names
the step that failed, in plain words, without printing secrets."""
import os
import unittest

from harness import DRIVER, JAVA_HOME, WRONG_SECRET, DC_PASSWORD, E2ECase

TOOL = os.path.join(os.path.dirname(os.path.abspath(DRIVER)), "..", "bin", "quire-test-connection")


class TestConnectionCommandTest(E2ECase):

    def run_tool(self, arg):
        env_backup = dict(os.environ)
        try:
            os.environ["QUIRE_JAVA_HOME"] = JAVA_HOME
            return self.odbc.run([TOOL, arg])
        finally:
            os.environ.clear()
            os.environ.update(env_backup)

    def test_a_good_dsn_passes_every_step(self):
        rc, out, err = self.run_tool("DSN=QuireDC")
        self.assertEqual(0, rc, out + err)
        for step in ("Settings", "DNS", "Network", "Sign-in (Basic)", "Permission"):
            self.assertIn("[ok]   " + step, out)
        self.assertIn("Connection OK.", out)
        self.assertNotIn(DC_PASSWORD, out + err)

    def test_wrong_password_fails_at_sign_in_without_showing_it(self):
        rc, out, err = self.run_tool("DSN=QuireWrong")
        self.assertEqual(1, rc, out + err)
        self.assertIn("[FAIL] Sign-in (Basic)", out)
        self.assertIn("Connection failed at: Sign-in (Basic)", out)
        self.assertNotIn(WRONG_SECRET, out + err)

    def test_an_unknown_key_fails_at_settings(self):
        rc, out, err = self.run_tool("DSN=QuireBadKey")
        self.assertEqual(1, rc, out + err)
        self.assertIn("[FAIL] Settings", out)
        self.assertIn("Bogus", out)

    def test_usage(self):
        rc, out, err = self.odbc.run([TOOL])
        self.assertEqual(2, rc)
        self.assertIn("usage", err)


if __name__ == "__main__":
    unittest.main()
