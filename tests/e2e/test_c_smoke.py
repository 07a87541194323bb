"""The C smoke program (native-odbc-shim/test-e2e/smoke.c) through unixODBC: handles,
attributes, block fetches, piecewise SQLGetData, descriptors, diagnostics in ODBC 2 and 3,
catalog functions, SQLGetInfo, and SQLCancel from a second thread."""
import os
import subprocess
import tempfile
import unittest

from harness import HERE, FakeSite, OdbcConfig

SOURCE = os.path.join(HERE, "../../native-odbc-shim/test-e2e/smoke.c")


class CSmokeTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        # 20 ms per response makes the cross join below slow enough to cancel mid-flight.
        cls.site = FakeSite("--latency-ms", "20")
        cls.odbc = OdbcConfig(cls.site)
        cls.binary = os.path.join(tempfile.mkdtemp(prefix="quire-smoke-"), "smoke")
        subprocess.run(["cc", "-O1", "-Wall", "-o", cls.binary, SOURCE, "-lodbc", "-lpthread"], check=True)

    @classmethod
    def tearDownClass(cls):
        cls.site.stop()

    def test_smoke_program_passes(self):
        rc, out, err = self.odbc.run([self.binary, "DSN=QuireDC", "SELECT Key, Name FROM Spaces",
                                      "SELECT p.Title, q.Title FROM Pages p, Pages q"])
        failures = [line for line in out.splitlines() if line.startswith("FAIL")]
        self.assertEqual([], failures, out + err)
        self.assertEqual(0, rc, out + err)
        self.assertIn("PASSED", out)


if __name__ == "__main__":
    unittest.main()
