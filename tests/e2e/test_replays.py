"""Replays of the ODBC call sequences BI tools make (tests/odbc-replay/*.c, one program per
tool, written down from Microsoft's documentation: see each program's header), run through
unixODBC against the fake site. Each program prints a normalized transcript (function, return
code, stable outputs) that must equal the <program>.expected file next to it.

QUIRE_REPLAY_UPDATE=1 rewrites the .expected files from the actual transcripts: for a change
that is meant to alter them (a new table, say); review the diff before committing."""
import difflib
import glob
import os
import subprocess
import tempfile
import unittest

from harness import HERE, FakeSite, OdbcConfig

REPLAY_DIR = os.path.normpath(os.path.join(HERE, "../odbc-replay"))


class ReplayTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.site = FakeSite()
        cls.odbc = OdbcConfig(cls.site)
        cls.bin_dir = tempfile.mkdtemp(prefix="quire-replay-")

    @classmethod
    def tearDownClass(cls):
        cls.site.stop()

    def replay(self, name):
        source = os.path.join(REPLAY_DIR, name + ".c")
        binary = os.path.join(self.bin_dir, name)
        subprocess.run(["cc", "-O1", "-Wall", "-Werror", "-o", binary, source, "-lodbc"], check=True)
        rc, out, err = self.odbc.run([binary, "DSN=QuireDC"])
        if os.environ.get("QUIRE_REPLAY_UPDATE") == "1" and rc == 0:
            with open(os.path.join(REPLAY_DIR, name + ".expected"), "w", encoding="utf-8") as f:
                f.write(out)
        with open(os.path.join(REPLAY_DIR, name + ".expected"), encoding="utf-8") as f:
            expected = f.read()
        if out != expected:
            diff = "".join(difflib.unified_diff(expected.splitlines(True), out.splitlines(True),
                                                name + ".expected", name + " (actual)"))
            self.fail(f"{name} transcript differs (rc {rc}):\n{diff}\nstderr:\n{err[-4000:]}")
        self.assertEqual(0, rc, err)

    def test_every_replay_has_an_expected_transcript(self):
        for source in glob.glob(os.path.join(REPLAY_DIR, "*.c")):
            self.assertTrue(os.path.exists(source[:-2] + ".expected"), source)

    def test_power_query_browse_and_import(self):
        """Power BI Desktop and Excel Get Data > From ODBC (the Power Query ODBC layer)."""
        self.replay("powerquery")

    def test_ms_query_browse_and_import(self):
        """Excel's legacy Microsoft Query wizard."""
        self.replay("msquery")

    def test_access_link_table(self):
        """Access linking a table (Jet/ACE through ODBC 2 calls)."""
        self.replay("access")


if __name__ == "__main__":
    unittest.main()
