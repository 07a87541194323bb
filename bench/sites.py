"""The fake Confluence site as a process, and a private unixODBC configuration (odbcinst.ini +
odbc.ini in a temp dir, pointed at by ODBCSYSINI/ODBCINI) that registers the staged driver."""

import json
import os
import subprocess
import tempfile
import time
import urllib.request

DRIVER_NAME = "Quire ODBC Driver for Confluence"
USER, PASSWORD = "demo", "demo-password"


class FakeSite:
    """`java -jar fake-confluence.jar --port 0 ARGS...`, Data Center paths at the root."""

    def __init__(self, java_home, jar, *args):
        t0 = time.monotonic()
        self.args = args
        self.proc = subprocess.Popen([os.path.join(java_home, "bin/java"), "-jar", jar, "--port", "0", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().strip()
        if "listening on" not in line:
            self.proc.kill()
            raise RuntimeError("fake site did not start: " + line + self.proc.stderr.read())
        self.url = line.rsplit(" ", 1)[1]
        self.start_s = time.monotonic() - t0

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def requests(self):
        with urllib.request.urlopen(self.url + "/__admin/requests") as r:
            return [q for q in json.load(r) if q["path"].startswith("/rest/")]

    def clear_requests(self):
        urllib.request.urlopen(urllib.request.Request(self.url + "/__admin/requests", method="DELETE")).close()

    def get(self, path):
        import base64
        req = urllib.request.Request(self.url + path)
        req.add_header("Authorization", "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode())
        with urllib.request.urlopen(req) as r:
            return json.load(r)


class OdbcConfig:
    """Registers the staged driver (and psqlODBC when given) and one DSN per site."""

    def __init__(self, driver, java_home, psqlodbc=None):
        self.dir = tempfile.mkdtemp(prefix="quire-bench-odbc-")
        with open(os.path.join(self.dir, "odbcinst.ini"), "w") as f:
            f.write(f"[{DRIVER_NAME}]\nDriver={driver}\nJvmPath={java_home}\n\n")
            if psqlodbc:
                f.write(f"[PostgreSQL Unicode]\nDriver={psqlodbc}\n\n")
        self.dsns = {}

    def add_dsn(self, name, **attrs):
        self.dsns[name] = attrs
        with open(os.path.join(self.dir, "odbc.ini"), "w") as f:
            for dsn, a in self.dsns.items():
                f.write(f"[{dsn}]\nDriver={DRIVER_NAME}\n" + "".join(f"{k}={v}\n" for k, v in a.items()) + "\n")

    def env(self, jvm_options=None, extra=None):
        e = dict(os.environ)
        e["ODBCSYSINI"] = self.dir
        e["ODBCINI"] = os.path.join(self.dir, "odbc.ini")
        e["HOME"] = self.dir  # no stray ~/.odbc.ini
        for k in ("QUIRE_JVM_OPTIONS", "QUIRE_AOT_CACHE", "QUIRE_WARMUP"):
            e.pop(k, None)
        if jvm_options:
            e["QUIRE_JVM_OPTIONS"] = jvm_options
        e.update(extra or {})
        return e


def site_dsn(site, **extra):
    """The attributes of a Data Center DSN for site."""
    return {"Url": site.url, "User": USER, "Password": PASSWORD, **extra}
