"""The JVM's AOT cache beside the engine's jar (build/dist/lib/java/quire.aot, made by `make stage`)
is used when it was made for this JVM and these jars, and otherwise ignored without a word to the
application: a changed jar, a cache made for another JVM, a damaged cache file. The connection
works every time; QUIRE_DEBUG says why a cache was not used."""
import os
import shutil
import subprocess
import tempfile
import time
import unittest

from harness import CLIENT_TIMEOUT, DRIVER, E2ECase

DIST = os.path.dirname(os.path.dirname(os.path.abspath(DRIVER)))


class AotCacheTest(E2ECase):

    def setUp(self):
        self.assertTrue(os.path.isfile(os.path.join(DIST, "lib/java/quire.aot")),
                        "make build stages an AOT cache (make aot)")
        self.tmp = tempfile.mkdtemp(prefix="quire-aot-")
        self.dist = os.path.join(self.tmp, "dist")
        shutil.copytree(DIST, self.dist)  # copy2: sizes and times kept, so the stamp still matches
        self.java = os.path.join(self.dist, "lib/java")
        with open(os.path.join(self.odbc.dir, "odbcinst.ini")) as f:
            self.saved_ini = f.read()
        with open(os.path.join(self.odbc.dir, "odbcinst.ini"), "w") as f:
            f.write(self.saved_ini.replace(os.path.abspath(DRIVER), os.path.join(self.dist, "lib/libquireodbc.so")))

    def tearDown(self):
        with open(os.path.join(self.odbc.dir, "odbcinst.ini"), "w") as f:
            f.write(self.saved_ini)
        shutil.rmtree(self.tmp)

    def isql(self, debug=False):
        env = self.odbc.env()
        env.pop("QUIRE_JVM_OPTIONS", None)
        env.pop("QUIRE_AOT_CACHE", None)
        if debug:
            env["QUIRE_DEBUG"] = "1"
        else:
            env.pop("QUIRE_DEBUG", None)
        p = subprocess.run(["isql", "-b", "-d|", "QuireDC"], input="SELECT Key FROM Spaces WHERE Key = 'ENG'\n",
                           capture_output=True, text=True, env=env, timeout=CLIENT_TIMEOUT)
        self.assertEqual(0, p.returncode, p.stdout + p.stderr)
        self.assertIn("ENG", p.stdout.splitlines())
        return p.stdout, p.stderr

    def assertQuietlyWithout(self, why):
        out, err = self.isql()
        self.assertEqual("", err)
        self.assertNotIn("aot", out.lower())
        _, err = self.isql(debug=True)
        self.assertIn("quire: AOT cache not used: " + why, err)

    def test_a_cache_made_for_this_jvm_and_these_jars_is_used(self):
        _, err = self.isql(debug=True)
        self.assertIn("quire: AOT cache " + os.path.join(self.java, "quire.aot"), err)
        self.assertNotIn("not used", err)

    def test_a_changed_jar_turns_the_cache_off(self):
        jar = os.path.join(self.java, "lib", sorted(os.listdir(os.path.join(self.java, "lib")))[0])
        later = time.time() + 60
        os.utime(jar, (later, later))
        self.assertQuietlyWithout(jar + " changed")

    def test_a_cache_made_for_another_jvm_is_not_used(self):
        stamp = os.path.join(self.java, "quire.aot.jars")
        with open(stamp) as f:
            lines = f.read().splitlines()
        kind, size, mtime, path = lines[0].split(" ", 3)
        self.assertEqual("jvm", kind)
        with open(stamp, "w") as f:
            f.write("\n".join([f"jvm {int(size) + 1} {mtime} /elsewhere/lib/server/libjvm.so"] + lines[1:]) + "\n")
        self.assertQuietlyWithout("it was made for the JVM /elsewhere/lib/server/libjvm.so")

    def test_a_damaged_cache_is_skipped_by_the_jvm(self):
        with open(os.path.join(self.java, "quire.aot"), "r+b") as f:
            f.write(b"\0" * 4096)  # the header
        out, err = self.isql()
        self.assertEqual("", err)
        out, err = self.isql(debug=True)
        self.assertIn("quire: AOT cache ", err)  # offered to the JVM, which says why it skipped it (on stdout)
        self.assertIn("[aot]", out)

    def test_without_the_stamp_the_cache_is_not_used(self):
        os.remove(os.path.join(self.java, "quire.aot.jars"))
        self.assertQuietlyWithout("java/quire.aot.jars is missing")


if __name__ == "__main__":
    unittest.main()
