"""The one-feature C test programs of native-odbc-shim/test-e2e/ through unixODBC: parameters,
data-at-execution, descriptors, SQLExtendedFetch/SQLSetPos/cursor names, the static cursor, SQLGetInfo, timeouts,
SQLCancel, threads and asynchronous execution. Each program prints "ok"/"FAIL" lines and exits non-zero on failure.

QUIRE_VALGRIND=1 runs every program under valgrind (memcheck) with the JVM suppressions of
native-odbc-shim/test-e2e/jvm.supp and an interpreted-only JVM; any error not suppressed
fails the program (exit code 9). The async program is leak-checked too (leaks.supp)."""
import os
import subprocess
import tempfile
import unittest

from harness import DRIVER, HERE, WRONG_SECRET, FakeSite, OdbcConfig

SRC = os.path.join(HERE, "../../native-odbc-shim/test-e2e")
VALGRIND = os.environ.get("QUIRE_VALGRIND") == "1"
SLOW_QUERY = "SELECT p.Title, q.Title FROM Pages p, Pages q"
SLOW_AGGREGATE = "SELECT COUNT(*) FROM Pages p, Pages q"
PROGRAM_TIMEOUT = 1800 if VALGRIND else 300


def build(name):
    out = os.path.join(tempfile.mkdtemp(prefix="quire-c-"), name)
    subprocess.run(["cc", "-O1", "-g", "-Wall", "-Werror", "-o", out, os.path.join(SRC, name + ".c"),
                    "-lodbc", "-lpthread"], check=True)
    return out


def command(binary, *args, leaks=False):
    if not VALGRIND:
        return [binary, *args]
    # leaks: a leak (or a driver thread never joined) fails the run too; leaks.supp keeps out
    # the JVM's own allocations and the loader's
    leak_check = (["--leak-check=full", "--errors-for-leak-kinds=definite,possible", "--num-callers=30",
                   "--suppressions=" + os.path.join(SRC, "leaks.supp")] if leaks else ["--leak-check=no"])
    return ["valgrind", "--error-exitcode=9", "--quiet", *leak_check, "--track-origins=no",
            "--suppressions=" + os.path.join(SRC, "jvm.supp"),
            "--suppressions=" + os.path.join(SRC, "unixodbc.supp"), binary, *args]


class ProgramCase(unittest.TestCase):
    site_args = ()

    @classmethod
    def setUpClass(cls):
        cls.site = FakeSite(*cls.site_args)
        cls.odbc = OdbcConfig(cls.site)

    @classmethod
    def tearDownClass(cls):
        cls.site.stop()

    def run_program(self, name, *args, dsn="QuireDC", leaks=False):
        binary = build(name)
        env = self.odbc.env()
        if VALGRIND:
            env["QUIRE_JVM_OPTIONS"] = (env.get("QUIRE_JVM_OPTIONS", "") + " -Xint").strip()
            env["QUIRE_E2E_TIME_SCALE"] = "100"
        p = subprocess.run(command(binary, "DSN=" + dsn, *args, leaks=leaks), capture_output=True, text=True, env=env,
                           timeout=PROGRAM_TIMEOUT)
        failures = [line for line in p.stdout.splitlines() if line.startswith("FAIL")]
        self.assertEqual([], failures, p.stdout + p.stderr)
        self.assertEqual(0, p.returncode, p.stdout + p.stderr)
        self.assertIn("PASSED", p.stdout)


class CProgramsTest(ProgramCase):

    def test_params(self):
        self.run_program("params")

    def test_data_at_execution(self):
        self.run_program("dae")

    def test_descriptors(self):
        self.run_program("descriptors")

    def test_extended_fetch_setpos_cursor_names(self):
        self.run_program("extfetch")

    def test_several_diagnostic_records(self):
        self.run_program("diag", WRONG_SECRET, dsn="QuireWrong")

    def test_static_scrollable_cursor(self):
        self.run_program("scroll")

    def test_browse_connect(self):
        self.run_program("browse", self.site.url)

    def test_getinfo(self):
        self.run_program("getinfo")

    def test_threads(self):
        self.run_program("threads")


class CProgramsSlowSiteTest(ProgramCase):
    # 20 ms per response: the cross join runs long enough to time out or cancel mid-flight
    site_args = ("--latency-ms", "20")

    def test_timeouts(self):
        self.run_program("timeouts", SLOW_AGGREGATE, self.site.url)

    def test_cancel(self):
        self.run_program("cancel", SLOW_QUERY)

    def test_async(self):
        # the driver's path: the program also calls the driver's own entry points directly;
        # under valgrind, leaks and worker threads never joined fail it too
        self.run_program("async", SLOW_AGGREGATE, os.path.abspath(DRIVER), leaks=True)


if __name__ == "__main__":
    unittest.main()
