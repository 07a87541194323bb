"""`bench/run.py --profile`: where the time of row 1 goes, per layer.

Java side: JFR (settings=profile, 10 ms execution samples) over repeated reads of row 1's query by
the C client; each sample is put in the layer of the first frame (from the top) that belongs to a
known layer, and counted per thread (the application's fetch thread vs the read-ahead threads).
Native side: `perf record -e cpu-clock` over one read, summed per shared object (the C shim's
conversions, unixODBC, libjvm's compiler/GC/interpreter, JIT-compiled Java, the kernel).
Writes bench/results/profile-*.txt and prints it."""

import collections
import json
import os
import shutil
import subprocess

from clients import run as run_process
from rows import FETCH_SQL
from sites import site_dsn

# A sample belongs to the layer of the first driver, Calcite or OkHttp frame from the top of its stack
# (what the driver was doing), and is also counted by the library of its top frame (what ran).
LAYERS = [
    ("HTTP + JSON parsing (rest/, ResultPager.parse: bytes -> one Jackson tree per item)",
     ("io/quire/rest/", "io/quire/source/confluence/ResultPager", "io/quire/source/confluence/ConfluenceV1Pager")),
    ("row building (ConfluenceTable.toRows: JSON tree -> the used columns' values)", ("io/quire/source/",)),
    ("scan + pushdown (io.quire.sql)", ("io/quire/sql/",)),
    ("batch encoding + JDBC cursor (io.quire.bridge)", ("io/quire/bridge/",)),
    ("other driver code", ("io/quire/",)),
    ("Calcite / Avatica / linq4j / generated code", ("org/apache/calcite/", "Baz", "Bar")),
    ("HTTP (OkHttp internals)", ("okhttp3/", "okio/")),
]
LIBRARIES = [
    ("Jackson streaming parser", ("com/fasterxml/jackson/core/",)),
    ("Jackson tree (build and get)", ("com/fasterxml/jackson/databind/",)),
    ("java.time (timestamp parsing)", ("java/time/",)),
    ("java.util collections", ("java/util/",)),
    ("strings", ("java/lang/String", "java/lang/AbstractStringBuilder", "java/lang/StringBuilder")),
    ("OkHttp / okio", ("okhttp3/", "okio/")),
    ("sockets / NIO", ("sun/nio/", "java/net/", "sun/net/", "java/io/")),
    ("driver code", ("io/quire/",)),
    ("Calcite / Avatica / linq4j", ("org/apache/calcite/",)),
    ("class loading / bytecode / reflection", ("jdk/internal/classfile/", "java/lang/invoke/",
                                                "jdk/internal/reflect/", "jdk/internal/loader/", "org/codehaus/")),
]


def classify(names, table, default):
    for n in names:
        for label, prefixes in table:
            if n.startswith(prefixes):
                return label
    return default


def layer_of(frames):
    names = [f["method"]["type"]["name"] for f in frames]
    return classify(names, LAYERS, "no driver frame (JDK/JVM only)")


def library_of(frames):
    return classify([frames[0]["method"]["type"]["name"]], LIBRARIES, "other JDK")


def thread_kind(t):
    name = (t or {}).get("javaName") or ""
    if (t or {}).get("virtual") or "ForkJoinPool" in name or not name:
        return "read-ahead (virtual threads)"
    return "application's fetch thread" if name == "main" else name


def jfr_layers(jfr_file):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", "jdk.ExecutionSample",
                          jfr_file], capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    by_layer = collections.Counter()
    by_thread = collections.Counter()
    by_library = collections.Counter()
    top_methods = collections.Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"]
        if not frames:
            continue
        by_layer[layer_of(frames)] += 1
        by_library[layer_of(frames).split(" (")[0] + " / " + library_of(frames)] += 1
        by_thread[thread_kind(e["values"].get("sampledThread"))] += 1
        top = frames[0]["method"]
        top_methods[top["type"]["name"].replace("/", ".") + "." + top["name"]] += 1
    return len(events), by_layer, by_thread, by_library, top_methods


def perf_dsos(ctx, env, conn_str, perf_file):
    if not shutil.which("perf"):
        return None
    r = run_process(["perf", "record", "-q", "-e", "cpu-clock", "-F", "499", "-o", perf_file, "--", ctx.clients.fetch,
             conn_str, FETCH_SQL], env)
    if r["rc"] != 0:
        return f"perf record failed: {r['err'][-300:]}"
    rep = subprocess.run(["perf", "report", "-i", perf_file, "--sort", "dso", "--stdio", "-q"],
                         capture_output=True, text=True)
    return rep.stdout.strip() or rep.stderr.strip()


def percent_table(counter, total, limit=None):
    return "\n".join(f"  {n * 100.0 / total:5.1f}%  {k}" for k, n in counter.most_common(limit))


def run(ctx, site, results_dir):
    ctx.odbc.add_dsn("Bench", **site_dsn(site))
    os.makedirs(results_dir, exist_ok=True)
    jfr_file = ctx.path("row1.jfr")
    opts = f"-XX:StartFlightRecording=duration=25s,filename={jfr_file},settings=profile"
    ctx.log("profile: JFR over repeated reads of row 1's query (about 30 s)")
    r = ctx.clients.c_fetch(ctx.odbc.env(opts), "DSN=Bench", FETCH_SQL, "--min-seconds", "28")
    n, by_layer, by_thread, by_library, top = jfr_layers(jfr_file)
    lines = [f"row 1 profile: {FETCH_SQL}",
             f"C client: {r['rows']} rows in {r['executions']} reads, {r['rows_per_s']:.0f} rows/s",
             f"\nJFR execution samples (Java code only; 10 ms): {n}",
             "by layer (first driver/Calcite/OkHttp frame from the top of the stack):", percent_table(by_layer, n),
             "by layer / library of the top frame:", percent_table(by_library, n, 20),
             "by thread:", percent_table(by_thread, n),
             "top methods:", percent_table(top, n, 25)]
    ctx.log("profile: perf over one read (native side)")
    dsos = perf_dsos(ctx, ctx.odbc.env(), "DSN=Bench", ctx.path("row1.perf"))
    if dsos:
        lines += ["\nperf cpu-clock samples by shared object (whole client process; JIT code shows as "
                  "[unknown] or perf-PID.map):", dsos]
    text = "\n".join(lines)
    shutil.copy(jfr_file, os.path.join(results_dir, "profile-row1.jfr"))
    with open(os.path.join(results_dir, "profile-row1.txt"), "w") as f:
        f.write(text + "\n")
    print(text)
