"""Shared fixtures for the end-to-end suites: the fake Confluence site as a real process, a
private unixODBC configuration (ODBCSYSINI/ODBCINI) that registers the built driver, and
runners for the real clients (isql, pyodbc, Perl DBI) as separate processes, so a driver
crash fails a test instead of the whole run."""

import base64
import json
import os
import subprocess
import tempfile
import unittest
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVER = os.environ.get("QUIRE_DRIVER", os.path.join(HERE, "../../build/dist/lib/libquireodbc.so"))
FAKE_JAR = os.environ.get("QUIRE_FAKE_JAR", os.path.join(HERE, "../fake-confluence/target/fake-confluence.jar"))
JAVA_HOME = os.environ.get("QUIRE_JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64")
DRIVER_NAME = "Quire ODBC Driver for Confluence"
DC_USER, DC_PASSWORD = "demo", "demo-password"
CLOUD_USER, CLOUD_TOKEN = "demo@quire.example", "demo-api-token"
WRONG_SECRET = "Wr0ng-S3cret-Value"
CLIENT_TIMEOUT = 120


class FakeSite:
    """The fake Confluence site on an ephemeral port."""

    def __init__(self, *args):
        self.proc = subprocess.Popen(
            [os.path.join(JAVA_HOME, "bin/java"), "-jar", FAKE_JAR, "--port", "0", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        if "listening on" not in line:
            self.proc.kill()
            raise RuntimeError("fake site did not start: " + line + self.proc.stderr.read())
        self.url = line.rsplit(" ", 1)[1]

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def requests(self):
        with urllib.request.urlopen(self.url + "/__admin/requests") as r:
            return json.load(r)

    def clear_requests(self):
        urllib.request.urlopen(urllib.request.Request(self.url + "/__admin/requests", method="DELETE")).close()

    def api(self, path):
        """GET a Data Center API path directly (the test's own view of the data)."""
        req = urllib.request.Request(self.url + path)
        token = base64.b64encode(f"{DC_USER}:{DC_PASSWORD}".encode()).decode()
        req.add_header("Authorization", "Basic " + token)
        with urllib.request.urlopen(req) as r:
            return json.load(r)

    def all_results(self, path):
        """Every item of a v1 listing, following _links.next."""
        out, nxt = [], path
        while nxt:
            page = self.api(nxt)
            out.extend(page["results"])
            nxt = page.get("_links", {}).get("next")
        return out

    def pages(self, space_key=None):
        q = "/rest/api/content?type=page&limit=100&expand=space"
        if space_key:
            q += "&spaceKey=" + space_key
        return self.all_results(q)


class OdbcConfig:
    """A private odbcinst.ini + odbc.ini registering the built driver and some DSNs."""

    def __init__(self, site, extra_dsns=None):
        self.dir = tempfile.mkdtemp(prefix="quire-odbc-")
        with open(os.path.join(self.dir, "odbcinst.ini"), "w") as f:
            f.write(f"[{DRIVER_NAME}]\nDescription=Quire ODBC driver for Confluence\n"
                    f"Driver={os.path.abspath(DRIVER)}\nJvmPath={JAVA_HOME}\n")
        dsns = {
            "QuireDC": {"Url": site.url, "User": DC_USER, "Password": DC_PASSWORD},
            "QuireCloud": {"Url": site.url + "/wiki", "User": CLOUD_USER, "APIToken": CLOUD_TOKEN},
            "QuireWrong": {"Url": site.url, "User": DC_USER, "Password": WRONG_SECRET},
            "QuireBadKey": {"Url": site.url, "User": DC_USER, "Password": DC_PASSWORD, "Bogus": "1"},
        }
        dsns.update(extra_dsns or {})
        with open(os.path.join(self.dir, "odbc.ini"), "w") as f:
            for name, attrs in dsns.items():
                f.write(f"[{name}]\nDriver={DRIVER_NAME}\n")
                for k, v in attrs.items():
                    f.write(f"{k}={v}\n")
                f.write("\n")

    def env(self):
        e = dict(os.environ)
        e["ODBCSYSINI"] = self.dir
        e["ODBCINI"] = os.path.join(self.dir, "odbc.ini")
        e["HOME"] = self.dir  # no stray ~/.odbc.ini
        return e

    def run(self, argv, stdin=None):
        p = subprocess.run(argv, input=stdin, capture_output=True, text=True, env=self.env(), timeout=CLIENT_TIMEOUT)
        return p.returncode, p.stdout, p.stderr

    def run_bytes(self, argv, stdin):
        """Runs a client without decoding its output (for byte-exact checks)."""
        return subprocess.run(argv, input=stdin.encode("utf-8"), capture_output=True, env=self.env(),
                              timeout=CLIENT_TIMEOUT)

    def isql(self, dsn, sql, *flags):
        """isql in batch mode; returns (rc, stdout, stderr)."""
        return self.run(["isql", "-b", *flags, dsn], stdin=sql + "\n")

    def client(self, kind, conn_str, *statements):
        """Runs the pyodbc or Perl DBI client; returns its JSON results, one per statement."""
        script = {"pyodbc": ["/usr/bin/python3", os.path.join(HERE, "clients/pyodbc_client.py")],
                  "perl": ["perl", os.path.join(HERE, "clients/dbi_client.pl")]}[kind]
        rc, out, err = self.run([*script, conn_str, *statements])
        if rc != 0 and not out:
            raise AssertionError(f"{kind} client failed (rc {rc}): {err}")
        return [json.loads(line) for line in out.splitlines() if line.startswith("{")], err


class E2ECase(unittest.TestCase):
    """Starts one fake site and one private ODBC configuration per test class."""

    @classmethod
    def setUpClass(cls):
        cls.site = FakeSite()
        cls.odbc = OdbcConfig(cls.site)

    @classmethod
    def tearDownClass(cls):
        cls.site.stop()

    def content_requests(self):
        return [r for r in self.site.requests() if "/rest/api/content" in r["path"]]

    def assertNoSecret(self, *texts):
        for t in texts:
            for secret in (WRONG_SECRET, DC_PASSWORD, CLOUD_TOKEN):
                self.assertNotIn(secret, t)


def utf16_order(strings):
    """The order SQL's string comparison gives (UTF-16 code units, as the engine compares)."""
    return sorted(strings, key=lambda s: s.encode("utf-16-be"))
