"""The peer of row 7: a throwaway PostgreSQL cluster in a temp dir (initdb + pg_ctl; as the
`postgres` user when we are root, since initdb refuses root), listening only on a Unix socket
in that dir, with the benchmark's rows loaded from a TSV file."""

import glob
import os
import pwd
import shutil
import subprocess
import tempfile

PSQLODBC_CANDIDATES = ["/usr/lib/x86_64-linux-gnu/odbc/psqlodbcw.so", "/usr/lib/*/odbc/psqlodbcw.so"]


def psqlodbc_driver():
    for pattern in PSQLODBC_CANDIDATES:
        found = glob.glob(pattern)
        if found:
            return found[0]
    return None


def pg_bin():
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2]))
    return dirs[-1] if dirs else None


class Postgres:
    def __init__(self, port=55432):
        self.bin = pg_bin()
        if not self.bin:
            raise RuntimeError("PostgreSQL server binaries not found under /usr/lib/postgresql")
        self.port = port
        self.dir = tempfile.mkdtemp(prefix="quire-bench-pg-")
        self.data = os.path.join(self.dir, "data")
        self.as_user = []
        if os.geteuid() == 0:
            pw = pwd.getpwnam("postgres")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self._sh(["initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale"])
        opts = f"-c listen_addresses='' -c unix_socket_directories='{self.dir}' -p {port} -c fsync=off"
        self._sh(["pg_ctl", "-D", self.data, "-l", os.path.join(self.dir, "log"), "-o", opts, "-w", "start"])

    def _sh(self, argv, **kw):
        return subprocess.run(self.as_user + [os.path.join(self.bin, argv[0]), *argv[1:]], check=True,
                              stdout=subprocess.DEVNULL, **kw)

    def psql(self, sql):
        subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.dir, "-p", str(self.port), "-U",
                        "postgres", "-d", "postgres", "-c", sql], check=True, stdout=subprocess.DEVNULL)

    def load_pages(self, tsv):
        """Table pages(id, title, spacekey, createddate, versionnumber) filled from tsv (COPY text format)."""
        readable = os.path.join(self.dir, "pages.tsv")
        shutil.copy(tsv, readable)
        os.chmod(readable, 0o644)
        self.psql("CREATE TABLE pages (id varchar(255) PRIMARY KEY, title varchar(255), spacekey varchar(255), "
                  "createddate timestamp, versionnumber integer)")
        self.psql(f"\\copy pages FROM '{readable}'")
        self.psql("VACUUM ANALYZE pages")

    def conn_str(self):
        return (f"Driver={{PostgreSQL Unicode}};Servername={self.dir};Port={self.port};Database=postgres;"
                f"Username=postgres")

    def stop(self):
        try:
            self._sh(["pg_ctl", "-D", self.data, "-m", "immediate", "stop"])
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
