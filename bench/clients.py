"""Runs the benchmark's clients as separate processes (a driver crash fails one row, not the run)
and measures them from outside: wall time, CPU time and peak RSS (from wait4's rusage)."""

import json
import os
import subprocess
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT_S = 600


class ClientError(RuntimeError):
    pass


def run(argv, env=None, timeout=TIMEOUT_S):
    """Runs argv; returns dict(rc, out, err, wall_s, cpu_s, maxrss_mb)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        p = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env)
        timer = threading.Timer(timeout, p.kill)
        timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        wall = time.monotonic() - t0
        out.seek(0)
        err.seek(0)
        return {"rc": p.returncode, "out": out.read().decode("utf-8", "replace"),
                "err": err.read().decode("utf-8", "replace"), "wall_s": wall,
                "cpu_s": ru.ru_utime + ru.ru_stime, "maxrss_mb": ru.ru_maxrss / 1024.0}


def run_json(argv, env=None, what=None, timeout=TIMEOUT_S):
    """Runs a client that prints one JSON line; fails (ClientError) on a non-zero exit."""
    r = run(argv, env, timeout)
    if r["rc"] != 0:
        raise ClientError(f"{what or argv[0]} exited {r['rc']}: {r['err'].strip()[-2000:]}")
    lines = [l for l in r["out"].splitlines() if l.startswith("{")]
    if not lines:
        raise ClientError(f"{what or argv[0]} printed no result: {r['out'][-500:]} {r['err'][-1500:]}")
    res = json.loads(lines[-1])
    res.update(wall_s=r["wall_s"], cpu_s=r["cpu_s"], maxrss_mb=r["maxrss_mb"])
    return res


class Clients:
    """The C client, the pyodbc client, isql and the Java programs, built into work_dir."""

    def __init__(self, java_home, dist, work_dir):
        self.java_home = java_home
        self.java = os.path.join(java_home, "bin/java")
        self.work = work_dir
        self.fetch = os.path.join(work_dir, "fetch")
        self.classes = os.path.join(work_dir, "classes")
        self.classpath = self.classes + ":" + os.path.join(dist, "lib/java/lib/*")

    def build(self):
        os.makedirs(self.classes, exist_ok=True)
        subprocess.run(["gcc", "-O2", "-Wall", "-o", self.fetch, os.path.join(HERE, "c/fetch.c"), "-lodbc"],
                       check=True)
        java_dir = os.path.join(HERE, "java")
        sources = [os.path.join(java_dir, f) for f in sorted(os.listdir(java_dir)) if f.endswith(".java")]
        subprocess.run([os.path.join(self.java_home, "bin/javac"), "-nowarn", "-d", self.classes,
                        "-cp", self.classpath, *sources], check=True)

    def c_fetch(self, env, conn_str, sql, *flags, expect=None):
        argv = [self.fetch, conn_str, sql, *flags]
        if expect is not None:
            argv += ["--expect", str(expect)]
        return run_json(argv, env, "C client")

    def pyodbc_fetchall(self, env, conn_str, sql, expect):
        return run_json(["/usr/bin/python3", os.path.join(HERE, "pyodbc_fetchall.py"), conn_str, sql, str(expect)],
                        env, "pyodbc client")

    def rest_limit(self, *args, jvm_options=()):
        return run_json([self.java, *jvm_options, "-cp", self.classpath, "RestLimit", *args], None, "RestLimit")

    def first_line_s(self, argv, env, stdin_text, lines_before=0):
        """Seconds from process start until line number lines_before+1 of its stdout (the first row);
        returns (that, seconds until the process ended, the line, its CPU seconds)."""
        t0 = time.monotonic()
        p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env, text=True)
        p.stdin.write(stdin_text)
        p.stdin.close()
        first = None
        for i, line in enumerate(p.stdout):
            if i == lines_before:
                first = time.monotonic() - t0
                row = line
        timer = threading.Timer(TIMEOUT_S, p.kill)
        timer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
        total = time.monotonic() - t0
        if p.returncode != 0 or first is None:
            raise ClientError(f"{argv[0]} exited {p.returncode} before its first row: {p.stderr.read()[-1500:]}")
        return first, total, row, ru.ru_utime + ru.ru_stime

    def isql_first_row(self, env, dsn, sql):
        """isql -b with '|' between columns and the names on the first line; line-buffered by stdbuf."""
        first, total, row, cpu = self.first_line_s(["stdbuf", "-oL", "isql", "-b", "-d|", "-c", dsn], env, sql + "\n", 1)
        return first, total, cpu

    def hello_first_line(self, options=()):
        first, total, _, _ = self.first_line_s([self.java, *options, "-cp", self.classes, "Hello"], None, "")
        return first
