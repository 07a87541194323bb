#!/usr/bin/env python3
"""`make bench`: builds the staged driver, starts fake Confluence sites with generated data, runs the
rows of issue 6 and prints one table, also written as JSON under bench/results/. Every figure is a
ratio against a reference measured in the same run (the machines are shared and noisy).
A benchmark fails only on a crash or a wrong row count, never on a timing.

  /usr/bin/python3 bench/run.py [--skip-build] [--only 1,3,3b,5,6] [--pages N] [--big-pages N]
                                [--reps N] [--profile]
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from clients import ClientError, Clients  # noqa: E402
from peer_postgres import Postgres, psqlodbc_driver  # noqa: E402
from rows import Bench, row  # noqa: E402
from sites import FakeSite, OdbcConfig  # noqa: E402

JAVA_HOME = os.environ.get("JAVA_HOME") or "/usr/lib/jvm/temurin-25-jdk-amd64"
DIST = os.path.join(ROOT, "build/dist")
DRIVER = os.path.join(DIST, "lib/libquireodbc.so")
FAKE_JAR = os.path.join(ROOT, "tests/fake-confluence/target/fake-confluence.jar")
RESULTS = os.path.join(HERE, "results")
T0 = time.monotonic()


def log(msg):
    print(f"[{time.monotonic() - T0:6.0f} s] {msg}", flush=True)


class Context:
    def __init__(self, args):
        self.work = tempfile.mkdtemp(prefix="quire-bench-")
        self.clients = Clients(JAVA_HOME, DIST, self.work)
        self.odbc = OdbcConfig(DRIVER, JAVA_HOME, psqlodbc_driver())
        self.reps = args.reps
        self.log = log

    def path(self, name):
        return os.path.join(self.work, name)


def table(rows):
    head = ["row", "what", "measured", "reference", "ratio", "target", "met?"]
    cells = [[r["row"], r["what"], r["measured"], r["reference"],
              "-" if r["ratio"] is None else f"{r['ratio']:.2f}", r["target"] or "-",
              {True: "yes", False: "NO", None: "-"}[r["met"]]] for r in rows]
    widths = [max(len(str(c[i])) for c in [head] + cells) for i in range(len(head))]
    widths[1] = min(widths[1], 96)
    line = lambda c: " | ".join(str(v)[:widths[i]].ljust(widths[i]) for i, v in enumerate(c))  # noqa: E731
    return "\n".join([line(head), "-+-".join("-" * w for w in widths)] + [line(c) for c in cells])


def guarded(results, name, fn, *args):
    """Runs one family of rows; a crash or a wrong row count becomes a failed row, and the run goes on."""
    try:
        results.extend(fn(*args))
    except (ClientError, RuntimeError, OSError, subprocess.CalledProcessError) as e:
        log(f"{name} FAILED: {e}")
        traceback.print_exc()
        results.append(row(name, f"{name}: FAILED ({str(e).splitlines()[0][:200]})", "-", "-", None, None, False,
                           error=str(e)))
        return False
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--skip-build", action="store_true", help="use build/dist as it is")
    ap.add_argument("--only", default="1,3,3b,5,6", help="families to run: 1 (rows 1, 2, 4, 7), 3, 3b, 5, 6")
    ap.add_argument("--pages", type=int, default=100_000, help="pages of the site for rows 1-4 and 7")
    ap.add_argument("--big-pages", type=int, default=1_000_000,
                    help="row 6 on a site of this many pages (about 30 s to generate, 1-2 minutes to read); "
                         "0: the shared site's Pages x 10 rows instead")
    ap.add_argument("--reps", type=int, default=5, help="repetitions of the throughput rows (median)")
    ap.add_argument("--profile", action="store_true", help="instead of the table: profile row 1 (JFR + perf)")
    args = ap.parse_args()
    only = set(args.only.split(","))

    if not args.skip_build:
        log("make build")
        subprocess.run(["make", "-s", "-C", ROOT, "build"], check=True, stdout=subprocess.DEVNULL)
    ctx = Context(args)
    ctx.clients.build()
    bench = Bench(ctx)

    if args.profile:
        import profile_row1
        site = FakeSite(JAVA_HOME, FAKE_JAR, "--pages", str(args.pages), "--spaces", "100")
        try:
            profile_row1.run(ctx, site, RESULTS)
        finally:
            site.stop()
        return 0

    results = []
    started = datetime.datetime.now(datetime.timezone.utc)
    if only & {"1", "3", "3b"} or ("6" in only and not args.big_pages):
        log(f"starting the fake site with {args.pages} pages in 100 spaces")
        site = FakeSite(JAVA_HOME, FAKE_JAR, "--pages", str(args.pages), "--spaces", "100")
        log(f"site up in {site.start_s:.1f} s at {site.url}")
        try:
            if "1" in only:
                guarded(results, "1", bench.fetch_rows, site, Postgres)
            if "3" in only:
                guarded(results, "3", bench.cold_start_rows, site, JAVA_HOME, FAKE_JAR)
            if "3b" in only:
                guarded(results, "3b", bench.repeated_rows, site)
            if "6" in only and not args.big_pages:
                guarded(results, "6", bench.memory_rows, JAVA_HOME, FAKE_JAR, 0, site)
        finally:
            site.stop()
    if "5" in only:
        guarded(results, "5", bench.latency_rows, JAVA_HOME, FAKE_JAR)
    if "6" in only and args.big_pages:
        guarded(results, "6", bench.memory_rows, JAVA_HOME, FAKE_JAR, args.big_pages)

    order = lambda r: (int("".join(ch for ch in r["row"] if ch.isdigit())[:1] or 0), r["row"])  # noqa: E731
    results.sort(key=order)
    text = table(results)
    print()
    print(text)
    os.makedirs(RESULTS, exist_ok=True)
    doc = {"started": started.isoformat(timespec="seconds"), "seconds": round(time.monotonic() - T0),
           "machine": {"cpus": os.cpu_count(), "load": os.getloadavg(), "python": platform.python_version()},
           "pages": args.pages, "big_pages": args.big_pages, "reps": args.reps, "rows": results}
    stamp = started.strftime("%Y%m%dT%H%M%SZ")
    for name in (f"bench-{stamp}.json", "latest.json"):
        with open(os.path.join(RESULTS, name), "w") as f:
            json.dump(doc, f, indent=1)
    with open(os.path.join(RESULTS, "latest.txt"), "w") as f:
        f.write(text + "\n")
    log(f"written bench/results/bench-{stamp}.json (and latest.json, latest.txt)")
    return 1 if any(r.get("detail", {}).get("error") for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
