"""Starting the embedded JVM goes wrong in ways users can fix: no Java at JvmPath, or a Java too
old for the engine. isql must get a clear 08001 naming what to set, not a crash or silence."""
import os
import shutil
import subprocess
import tempfile
import unittest

from harness import DRIVER, CLIENT_TIMEOUT

JAVA17 = "/usr/lib/jvm/java-17-openjdk-amd64"


class JvmBootTest(unittest.TestCase):

    def isql(self, jvm_path):
        d = tempfile.mkdtemp(prefix="quire-jvm-")
        try:
            with open(os.path.join(d, "odbcinst.ini"), "w") as f:
                f.write(f"[Quire]\nDriver={os.path.abspath(DRIVER)}\n")  # no JvmPath here
            with open(os.path.join(d, "odbc.ini"), "w") as f:
                f.write(f"[Q]\nDriver=Quire\nJvmPath={jvm_path}\nUrl=http://127.0.0.1:9\n")
            env = dict(os.environ, ODBCSYSINI=d, ODBCINI=os.path.join(d, "odbc.ini"), HOME=d,
                       JAVA_HOME="/nonexistent-java-home")
            p = subprocess.run(["isql", "-v", "-b", "Q"], input="SELECT 1\n", capture_output=True, text=True,
                               env=env, timeout=CLIENT_TIMEOUT)
            return p.returncode, p.stdout + p.stderr
        finally:
            shutil.rmtree(d)

    def test_missing_java_lists_what_was_tried(self):
        rc, out = self.isql("/nonexistent/jdk")
        self.assertNotEqual(0, rc)
        self.assertIn("[08001]", out)
        self.assertIn("JvmPath", out)
        if "UnsupportedClassVersionError" not in out:  # else the system default Java was older
            self.assertIn("/nonexistent/jdk/lib/server/libjvm.so (JvmPath in the DSN", out)

    @unittest.skipUnless(os.path.exists(os.path.join(JAVA17, "lib/server/libjvm.so")), "no Java 17 here")
    def test_java_too_old_says_which_version_is_needed(self):
        rc, out = self.isql(JAVA17)
        self.assertNotEqual(0, rc)
        self.assertIn("[08001]", out)
        self.assertIn("UnsupportedClassVersionError", out)
        self.assertIn("needs a Java 25 runtime", out)


if __name__ == "__main__":
    unittest.main()
