"""The benchmark rows of issue 6. Each function measures one row (or a family of rows) and returns
table rows: dict(row, what, measured, reference, ratio, target, met, detail). A row fails only on a
crash or a wrong row count (ClientError); timings are reported, never judged fatal."""

import math
import statistics
import urllib.parse

from sites import FakeSite, site_dsn

FETCH_SQL = "SELECT Id, Title, SpaceKey, CreatedDate, VersionNumber FROM Pages"
# what the driver asks the site for FETCH_SQL on Data Center (checked against the request log)
# (only the expansions the five columns read: space, version, history)
LISTING = "/rest/api/content?type=page&expand=space,version,history&limit=100"
PAGE_SIZE = 100   # Pagesize default; Data Center caps content listings at 100


def row(num, what, measured, reference, ratio, target=None, met=None, **detail):
    return {"row": num, "what": what, "measured": measured, "reference": reference,
            "ratio": None if ratio is None else round(ratio, 3), "target": target, "met": met, "detail": detail}


def median(values):
    return statistics.median(values)


def listing_count(site):
    """Rows of the content listing, counted by bisecting on start (limit=1): the expected row count."""
    lo, hi = 0, 1
    while site.get(f"/rest/api/content?type=page&limit=1&start={hi}")["size"] > 0:
        lo, hi = hi, hi * 2
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if site.get(f"/rest/api/content?type=page&limit=1&start={mid}")["size"] > 0:
            lo = mid
        else:
            hi = mid
    return hi


def content_requests(site):
    return [r for r in site.requests() if "/content" in r["path"]]


class Bench:
    def __init__(self, ctx):
        self.c = ctx.clients
        self.odbc = ctx.odbc
        self.ctx = ctx
        self.reps = ctx.reps
        self.log = ctx.log

    # ---- rows 1, 2, 4, 7 share the 100k site -------------------------------------------------
    def fetch_rows(self, site, pg_factory):
        self.odbc.add_dsn("Bench", **site_dsn(site))
        env = self.odbc.env()
        tsv = self.ctx.path("pages.tsv")
        self.log("row 1: warm-up read of the listing by the Java limit (also the PostgreSQL data)")
        warm = self.c.rest_limit("scan", site.url, "demo", "demo-password", LISTING, tsv)
        expect = warm["rows"]
        drv, lim, drv_runs = [], [], []
        for i in range(self.reps):
            self.log(f"row 1: driver run {i + 1}/{self.reps}")
            site.clear_requests()
            d = self.c.c_fetch(env, "DSN=Bench", FETCH_SQL, expect=expect)
            reqs = content_requests(site)
            drv.append(d["rows_per_s"])
            drv_runs.append(d)
            self.log(f"row 1: Java limit run {i + 1}/{self.reps}")
            lim.append(self.c.rest_limit("scan", site.url, "demo", "demo-password", LISTING))
        lim_rps = [x["rows_per_s"] for x in lim]
        first = reqs[0]["path"] + "?" + reqs[0]["query"] if reqs else ""
        same = urllib.parse.unquote(first) == urllib.parse.unquote(LISTING)
        out = [row("1", f"fetch {expect} rows: C client (SQLBindCol, rowset 1000) vs Java limit (OkHttp+Jackson)",
                   f"{median(drv):.0f} rows/s", f"{median(lim_rps):.0f} rows/s", median(drv) / median(lim_rps),
                   ">= 0.8", median(drv) / median(lim_rps) >= 0.8, runs_driver=drv, runs_limit=lim_rps,
                   same_request_as_limit=same, driver_first_request=first)]
        d_cpu = median([x["cpu_s"] for x in drv_runs])
        l_cpu = median([x["cpu_s"] for x in lim])
        out.append(row("1b", "client process CPU for the whole read (JVM start included): driver vs limit",
                       f"{d_cpu:.1f} s", f"{l_cpu:.1f} s", d_cpu / l_cpu, None, None))
        self.log("row 1c: driver with C2 (QUIRE_JVM_OPTIONS=-XX:TieredStopAtLevel=4)")
        c2 = self.c.c_fetch(self.odbc.env("-XX:TieredStopAtLevel=4"), "DSN=Bench", FETCH_SQL, expect=expect)
        out.append(row("1c", "fetch with C2 on (-XX:TieredStopAtLevel=4) vs the driver's C1-only default",
                       f"{c2['rows_per_s']:.0f} rows/s", f"{median(drv):.0f} rows/s", c2["rows_per_s"] / median(drv)))
        self.log("row 1d: Java limit under the driver's JVM flags (C1 only, SerialGC)")
        lc1 = self.c.rest_limit("scan", site.url, "demo", "demo-password", LISTING,
                                jvm_options=("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"))
        out.append(row("1d", "fetch: driver vs Java limit run with the driver's JVM flags (C1, SerialGC)",
                       f"{median(drv):.0f} rows/s", f"{lc1['rows_per_s']:.0f} rows/s",
                       median(drv) / lc1["rows_per_s"]))
        self.log("row 1e: driver without read-ahead (MaxThreads=1)")
        serial = self.c.c_fetch(env, "DSN=Bench;MaxThreads=1", FETCH_SQL, expect=expect)
        out.append(row("1e", "fetch: driver with MaxThreads=1 (one page at a time, no read-ahead) vs the Java limit "
                       "(one page ahead)", f"{serial['rows_per_s']:.0f} rows/s", f"{median(lim_rps):.0f} rows/s",
                       serial["rows_per_s"] / median(lim_rps)))

        py = []
        for i in range(min(2, self.reps)):
            self.log(f"row 2: pyodbc run {i + 1}")
            py.append(self.c.pyodbc_fetchall(env, "DSN=Bench", FETCH_SQL, expect)["rows_per_s"])
        out.append(row("2", "same query through pyodbc fetchall vs the C client", f"{median(py):.0f} rows/s",
                       f"{median(drv):.0f} rows/s", median(py) / median(drv), runs=py))

        out += self.pushdown_rows(site, env, reqs, expect)
        out += self.peer_rows(pg_factory, tsv, expect, median(drv))
        self.row1_rss_mb = median([x["maxrss_mb"] for x in drv_runs])
        return out

    def pushdown_rows(self, site, env, full_requests, full_rows):
        out = [self._pushdown_row(site, "4", "full scan", full_requests, full_rows)]
        cases = [("4a", "one space of 100 (SpaceKey = 'PRJ50')", FETCH_SQL + " WHERE SpaceKey = 'PRJ50'"),
                 ("4b", "a date range (January 2023)", FETCH_SQL + " WHERE CreatedDate >= {ts '2023-01-01 00:00:00'}"
                  " AND CreatedDate < {ts '2023-02-01 00:00:00'}")]
        for num, what, sql in cases:
            self.log(f"row {num}: pushdown, {what}")
            site.clear_requests()
            r = self.c.c_fetch(env, "DSN=Bench", sql)
            out.append(self._pushdown_row(site, num, what, content_requests(site), r["rows"]))
        return out

    @staticmethod
    def _pushdown_row(site, num, what, requests, rows):
        """Requests for pages of the site's answer, against the pages the matching rows need. Pages asked
        for ahead past the end of the listing (read-ahead without a total: at most MaxThreads - 1, each
        answered with an empty page, found by asking the site again for the last ones) are counted apart:
        they are not rows the site failed to filter."""
        pages = max(1, math.ceil(rows / PAGE_SIZE))
        start = lambda r: int((urllib.parse.parse_qs(r["query"]).get("start") or ["0"])[0])  # noqa: E731
        ahead = 0
        for r in sorted(requests, key=start, reverse=True):
            query = urllib.parse.urlencode(urllib.parse.parse_qsl(r["query"]))
            if start(r) == 0 or site.get(r["path"] + "?" + query)["size"] > 0:
                break
            ahead += 1
        within = len(requests) - ahead
        extra = within - pages
        return row(num, f"pushdown, {what}: content requests vs pages of matching rows ({rows} rows)",
                   f"{within} requests" + (f" + {ahead} ahead" if ahead else ""), f"{pages} pages", within / pages,
                   "pages + <= 2", extra <= 2 and ahead <= 3, extra_requests=extra, read_ahead_past_end=ahead)

    def peer_rows(self, pg_factory, tsv, expect, driver_rps):
        self.log("row 7: PostgreSQL peer (throwaway cluster, psqlODBC)")
        pg = pg_factory()
        try:
            pg.load_pages(tsv)
            env = self.odbc.env()
            sql = "SELECT id, title, spacekey, createddate, versionnumber FROM pages"
            runs = [self.c.c_fetch(env, pg.conn_str(), sql, expect=expect)["rows_per_s"] for _ in range(self.reps)]
        finally:
            pg.stop()
        return [row("7", "the peer: same rows from local PostgreSQL through psqlODBC, same C client (driver vs peer)",
                    f"{driver_rps:.0f} rows/s", f"{median(runs):.0f} rows/s", driver_rps / median(runs), runs_peer=runs)]

    # ---- row 3: cold start --------------------------------------------------------------------
    def cold_start_rows(self, site, java_home, jar, runs=7, variant_runs=3):
        self.odbc.add_dsn("Bench", **site_dsn(site))
        hello = []
        # (row, what, QUIRE_JVM_OPTIONS, other environment, runs)
        variants = [("3", "cold start: isql, process start to first row of SELECT * FROM Spaces vs bare java Hello",
                     None, None, runs),
                    ("3a", "cold start with JVM defaults (C2 + G1: -XX:TieredStopAtLevel=4 -XX:-UseSerialGC "
                           "-XX:+UseG1GC)", "-XX:TieredStopAtLevel=4 -XX:-UseSerialGC -XX:+UseG1GC", None, variant_runs),
                    ("3c", "cold start with C2 on only (-XX:TieredStopAtLevel=4)", "-XX:TieredStopAtLevel=4", None,
                     variant_runs),
                    ("3d", "cold start without class-data sharing (-Xshare:off: no CDS archive, no AOT cache)",
                     "-Xshare:off", None, variant_runs),
                    ("3e", "cold start without the driver's AOT cache (QUIRE_AOT_CACHE=off: the JDK's CDS archive only)",
                     None, {"QUIRE_AOT_CACHE": "off"}, runs),
                    ("3f", "cold start with the engine warm-up thread (QUIRE_WARMUP=on; off by default)",
                     None, {"QUIRE_WARMUP": "on"}, runs)]
        out = []
        # interleaved, so load from other work on the machine falls on every variant alike
        firsts = {v[0]: [] for v in variants}
        totals = {v[0]: [] for v in variants}
        cpus = {v[0]: [] for v in variants}
        for i in range(max(v[4] for v in variants)):
            if i < runs:
                hello.append(self.c.hello_first_line())
            for num, what, opts, extra, n in variants:
                if i >= n:
                    continue
                self.log(f"row {num}: isql run {i + 1}/{n}" + (f" QUIRE_JVM_OPTIONS={opts}" if opts else "")
                         + "".join(f" {k}={v}" for k, v in (extra or {}).items()))
                f, t, cpu = self.c.isql_first_row(self.odbc.env(opts, extra), "Bench", "SELECT * FROM Spaces")
                firsts[num].append(f)
                totals[num].append(t)
                cpus[num].append(cpu)
        hello_s = median(hello)
        for num, what, opts, extra, n in variants:
            m = median(firsts[num])
            out.append(row(num, what, f"{m * 1e3:.0f} ms", f"{hello_s * 1e3:.0f} ms", m / hello_s,
                           "<= 10" if num == "3" else None, (m / hello_s <= 10) if num == "3" else None,
                           runs_first_row_s=firsts[num], runs_process_s=totals[num], runs_cpu_s=cpus[num],
                           hello_runs_s=hello))
        out.append(self.cold_start_far_site(java_home, jar))
        return out

    def cold_start_far_site(self, java_home, jar, latency=100, runs=5):
        """Row 3g: what the engine warm-up hides behind the network: a site whose every response takes
        latency ms (as a site across the internet), first row with the warm-up vs without it."""
        self.log(f"row 3g: site with {latency} ms added to every response")
        site = FakeSite(java_home, jar, "--pages", "1000", "--spaces", "10",
                        "--latency-ms", str(latency))
        try:
            self.odbc.add_dsn("Far", **site_dsn(site))
            res = {"on": [], "off": []}
            for i in range(runs):
                for k in ("on", "off"):
                    extra = {"QUIRE_WARMUP": k}
                    self.log(f"row 3g: isql run {i + 1}/{runs} warm-up {k}")
                    res[k].append(self.c.isql_first_row(self.odbc.env(None, extra), "Far", "SELECT * FROM Spaces")[0])
        finally:
            site.stop()
        on, off = median(res["on"]), median(res["off"])
        return row("3g", f"cold start against a site {latency} ms away: engine warm-up on vs off (QUIRE_WARMUP)",
                   f"{on * 1e3:.0f} ms", f"{off * 1e3:.0f} ms", on / off, runs_on_s=res["on"], runs_off_s=res["off"])

    # ---- row 3b: repeated statements ----------------------------------------------------------
    def repeated_rows(self, site, n=200):
        self.odbc.add_dsn("Bench", **site_dsn(site))
        env = self.odbc.env()
        ids = [p["id"] for p in site.get("/rest/api/content?type=page&limit=20")["results"]]
        paths = [f"/rest/api/content/{i}" for i in ids]   # Id and Title need no expansion: the driver asks none
        self.log(f"row 3b: {n} GETs of one page by the Java limit (the HTTP share)")
        http = self.c.rest_limit("get", site.url, "demo", "demo-password", str(n), *paths)["ms_per_request"]
        out = []
        cases = [("3b", "repeated prepared statement (SELECT Id, Title FROM Pages WHERE Id = ?), 1 row each",
                  "SELECT Id, Title FROM Pages WHERE Id = ?", ["--params", ",".join(ids)], True),
                 ("3b2", "the same by SQLExecDirect of the same text each time (statement cache by text)",
                  f"SELECT Id, Title FROM Pages WHERE Id = '{ids[0]}'", ["--direct"], True),
                 ("3b3", "repeated prepared statement that needs no HTTP (SELECT COUNT(*) FROM sys_tables)",
                  "SELECT COUNT(*) FROM sys_tables", [], False)]
        for num, what, sql, flags, uses_http in cases:
            self.log(f"row {num}: {n} executions")
            r = self.c.c_fetch(env, "DSN=Bench", sql, "--repeat", str(n), *flags, expect=1)
            per = r["ms_per_later_execution"]
            if uses_http:
                engine = per - http
                out.append(row(num, what + ": engine ms per execution (total - one HTTP GET)",
                               f"{engine:.2f} ms", f"{http:.2f} ms HTTP", per / http, "<= 5 ms" if num == "3b" else None,
                               (engine <= 5) if num == "3b" else None, total_ms_per_execution=per,
                               first_execution_ms=r["first_done_ms"] - r["connect_ms"]))
            else:
                out.append(row(num, what + ": ms per execution", f"{per:.2f} ms", "-", None, None, None,
                               first_execution_ms=r["first_done_ms"] - r["connect_ms"]))
        return out

    # ---- row 5: latency hiding ----------------------------------------------------------------
    def latency_rows(self, java_home, jar, pages=10000, latency=50):
        self.log(f"row 5: site with {pages} pages and {latency} ms added to every response")
        site = FakeSite(java_home, jar, "--pages", str(pages), "--spaces", "10", "--latency-ms", str(latency))
        try:
            self.odbc.add_dsn("Latency", **site_dsn(site))
            env = self.odbc.env()
            cases = [("5", "latency hiding: listing scan (SELECT Id FROM Pages), MaxThreads=4 vs 1",
                      "SELECT Id FROM Pages", 2),
                     ("5b", "latency hiding: CQL search scan (date filter), MaxThreads=4 vs 1",
                      "SELECT Id FROM Pages WHERE CreatedDate >= {ts '2000-01-01 00:00:00'}", 1)]
            out = []
            for num, what, sql, n in cases:
                # the statement runs twice: the first execution includes the engine's cold start (planning
                # ~1-2 s here, row 3's subject), the second is the scan alone and is what the row compares
                par, ser, par_cold, ser_cold, requests = [], [], [], [], 0
                for i in range(n):
                    self.log(f"row {num}: run {i + 1}/{n}")
                    site.clear_requests()
                    a = self.c.c_fetch(env, "DSN=Latency;MaxThreads=4", sql, "--repeat", "2")
                    requests = len(content_requests(site)) // 2
                    b = self.c.c_fetch(env, "DSN=Latency;MaxThreads=1", sql, "--repeat", "2",
                                       expect=a["rows"] // a["executions"])
                    par.append(a["ms_per_later_execution"])
                    ser.append(b["ms_per_later_execution"])
                    par_cold.append(a["first_done_ms"] - a["connect_ms"])
                    ser_cold.append(b["first_done_ms"] - b["connect_ms"])
                ratio = median(par) / median(ser)
                out.append(row(num, f"{what} ({requests} requests, {latency} ms each; second execution)",
                               f"{median(par):.0f} ms", f"{median(ser):.0f} ms", ratio, "<= 0.4", ratio <= 0.4,
                               runs_parallel_ms=par, runs_serial_ms=ser, first_execution_parallel_ms=par_cold,
                               first_execution_serial_ms=ser_cold,
                               first_execution_ratio=median(par_cold) / median(ser_cold)))
            return out
        finally:
            site.stop()

    # ---- row 6: memory ------------------------------------------------------------------------
    def memory_rows(self, java_home, jar, pages, site=None):
        """A 1,000,000-row scan under -Xmx256m. With pages > 0 (the default: 1,000,000), a site of that many
        pages (the fake pages its listing from an index: a page is a sublist, whatever the offset); else the
        shared site's Pages cross-joined with 10 rows, which streams Pages (the first row comes at once)."""
        own = pages > 0
        if own:
            self.log(f"row 6: site with {pages} pages (generating it takes a while)")
            site = FakeSite(java_home, jar, "--pages", str(pages), "--spaces", "100")
        try:
            expect = listing_count(site)
            self.odbc.add_dsn("Big", **site_dsn(site))
            sql = FETCH_SQL
            what = f"{expect}-row scan"
            if not own:
                sql = ("SELECT p.Id, p.Title, p.SpaceKey, p.CreatedDate, p.VersionNumber, r.n FROM Pages p CROSS JOIN "
                       "(VALUES (1),(2),(3),(4),(5),(6),(7),(8),(9),(10)) AS r(n)")
                what = f"{expect * 10}-row read (Pages x 10 rows, {expect} pages streamed)"
                expect *= 10
            self.log(f"row 6: {what} with QUIRE_JVM_OPTIONS=-Xmx256m")
            r = self.c.c_fetch(self.odbc.env("-Xmx256m"), "DSN=Big", sql, expect=expect)
        finally:
            if own:
                site.stop()
        ref = getattr(self, "row1_rss_mb", None)
        return [row("6", f"memory: {what} with -Xmx256m completes; client peak RSS vs the 100k-row scan",
                    f"{r['maxrss_mb']:.0f} MB", f"{ref:.0f} MB" if ref else "-", r["maxrss_mb"] / ref if ref else None,
                    "completes", True, rows=r["rows"], rows_per_s=r["rows_per_s"],
                    first_row_after_connect_ms=r["first_row_ms"] - r["connect_ms"], read_ms=r["read_ms"],
                    sql=sql)]
