"""The scenario every programmatic client (pyodbc, Perl DBI, node odbc) runs against the fake site.

Each client speaks the JSON-lines protocol described in clients/pyodbc_client.py. Expected
values never come from the driver: they are read from the fake site's REST API (the test's own
view of the data), from the table reference in README.md, or from the ODBC specification."""

import json
import os
import re
from datetime import datetime, timezone

from harness import HERE, E2ECase, utf16_order

CLIENT_ARGV = {
    "pyodbc": ["/usr/bin/python3", os.path.join(HERE, "clients/pyodbc_client.py")],
    "perl": ["perl", os.path.join(HERE, "clients/dbi_client.pl")],
    "node": ["node", os.path.join(HERE, "clients/node/client.js")],
}

# ODBC 3 result-set columns of the catalog functions (SQLTables, SQLColumns, SQLPrimaryKeys,
# SQLGetTypeInfo reference pages, "Comments" sections).
TABLES_COLUMNS = ["TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS"]
COLUMNS_COLUMNS = ["TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME",
                   "COLUMN_SIZE", "BUFFER_LENGTH", "DECIMAL_DIGITS", "NUM_PREC_RADIX", "NULLABLE", "REMARKS",
                   "COLUMN_DEF", "SQL_DATA_TYPE", "SQL_DATETIME_SUB", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION",
                   "IS_NULLABLE"]
PRIMARY_KEYS_COLUMNS = ["TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME"]
TYPE_INFO_COLUMNS = ["TYPE_NAME", "DATA_TYPE", "COLUMN_SIZE", "LITERAL_PREFIX", "LITERAL_SUFFIX", "CREATE_PARAMS",
                     "NULLABLE", "CASE_SENSITIVE", "SEARCHABLE", "UNSIGNED_ATTRIBUTE", "FIXED_PREC_SCALE",
                     "AUTO_UNIQUE_VALUE", "LOCAL_TYPE_NAME", "MINIMUM_SCALE", "MAXIMUM_SCALE", "SQL_DATA_TYPE",
                     "SQL_DATETIME_SUB", "NUM_PREC_RADIX", "INTERVAL_PRECISION"]
SQL_CHAR_TYPES = {1, 12, -8, -9}           # CHAR, VARCHAR, WCHAR, WVARCHAR
SQL_LONG_CHAR_TYPES = {-1, -10}            # LONGVARCHAR, WLONGVARCHAR
SQL_INTEGER, SQL_BIGINT, SQL_BIT, SQL_TYPE_TIMESTAMP = 4, -5, -7, 93
SQL_SEARCHABLE = 3
PAGE_EXPAND = "space,version,history,history.lastUpdated,ancestors"


def documented_columns(table):
    """The column list of a table as docs/tables.md documents it (the public contract)."""
    with open(os.path.join(HERE, "../../docs/tables.md"), encoding="utf-8") as f:
        text = f.read()
    section = text.split("\n## " + table + "\n", 1)[1].split("\n## ", 1)[0]
    return [c for c in re.findall(r"^\| (\w+) \| [A-Z]", section, re.M) if c != "Column"]


def utc(value):
    """A timestamp as a naive UTC datetime: the site's ISO instants ("...Z" or "+hh:mm") and
    the clients' renderings ("YYYY-MM-DD HH:MM:SS[.fff[fff]]", already UTC) alike."""
    if value is None:
        return None
    t = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return t.astimezone(timezone.utc).replace(tzinfo=None) if t.tzinfo else t


def ts_param(t):
    """A timestamp parameter in the client protocol (bound as SQL_TYPE_TIMESTAMP by pyodbc and DBI)."""
    return {"type": "timestamp", "value": t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]}


def stmt(**kw):
    return json.dumps(kw, ensure_ascii=False)


def upper_columns(r):
    return [c.upper() for c in r["columns"]]


def as_dicts(r):
    cols = upper_columns(r)
    return [dict(zip(cols, row)) for row in r["rows"]]


def num(v):
    """Catalog and integer columns: DBD::ODBC hands them over as strings."""
    return None if v is None else int(v)


class ClientScenarios:
    """Mixed into an E2ECase; CLIENT names the client ("pyodbc", "perl" or "node")."""

    CLIENT = None
    _site_cache = None

    def run_sql(self, dsn, *statements):
        rc, out, err = self.odbc.run([*CLIENT_ARGV[self.CLIENT], f"DSN={dsn}", *statements])
        if rc != 0 and not out:
            raise AssertionError(f"{self.CLIENT} client failed (rc {rc}): {err}")
        results = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        self.assertEqual(len(statements), len(results), f"one answer per statement expected; stderr: {err[-3000:]}")
        return results

    def one(self, dsn, statement):
        results = self.run_sql(dsn, statement)
        self.assertEqual(1, len(results), results)
        return results[0]

    def ok(self, dsn, statement):
        r = self.one(dsn, statement)
        if "unsupported" in r:
            self.skipTest(f"{self.CLIENT}: {r['unsupported']}")
        self.assertNotIn("error", r, r)
        return r

    def site_pages(self):
        """Every current page with space, version, history and ancestors, straight from the site."""
        if self._site_cache is None or self._site_cache[0] is not self.site:
            pages = self.site.all_results(f"/rest/api/content?type=page&limit=100&expand={PAGE_EXPAND}")
            type(self)._site_cache = (self.site, pages)
        return self._site_cache[1]

    # ---- the original scenario -------------------------------------------------------------

    def test_lists_tables(self):
        r = self.ok("QuireDC", "@tables")
        # pyodbc reports catalog columns in lower case, DBI as the driver names them
        column = [c.upper() for c in r["columns"]].index("TABLE_NAME")
        names = {row[column] for row in r["rows"]}
        self.assertTrue({"Spaces", "Pages"} <= names, names)

    def test_where_space_key_is_sent_to_the_site(self):
        for dsn in ("QuireDC", "QuireCloud"):
            with self.subTest(dsn=dsn):
                self.site.clear_requests()
                r = self.ok(dsn, "SELECT Id, Title, SpaceKey FROM Pages WHERE SpaceKey = 'ENG'")
                want = {p["id"] for p in self.site.pages("ENG")}
                self.assertEqual(want, {row[0] for row in r["rows"]})
                if dsn == "QuireDC":
                    reqs = self.content_requests()
                    self.assertTrue(reqs and all("spaceKey=ENG" in q["query"] for q in reqs), reqs)
                else:
                    # Cloud reads these columns from the v2 API, by the space's id
                    space_id = self.site.api("/rest/api/space/ENG")["id"]
                    reqs = [q for q in self.site.requests() if q["path"] == "/wiki/api/v2/pages"]
                    self.assertTrue(reqs and all(f"space-id={space_id}" in q["query"] for q in reqs), reqs)

    def test_join_hands_page_ids_to_labels(self):
        # Labels can only be listed per content: the join sends the pages' ids to it in batches
        want = set()
        for p in self.site.pages("HR"):
            for label in self.site.all_results(f"/rest/api/content/{p['id']}/label?limit=200"):
                want.add((p["id"], label["name"]))
        self.assertTrue(want)
        r = self.ok("QuireDC", "SELECT p.Id, l.Name FROM Pages p JOIN Labels l ON l.ContentId = p.Id "
                               "WHERE p.SpaceKey = 'HR'")
        self.assertEqual(want, {(row[0], row[1]) for row in r["rows"]})

    def test_order_by(self):
        r = self.ok("QuireDC", "SELECT Title FROM Pages WHERE SpaceKey = 'HR' ORDER BY Title")
        titles = [row[0] for row in r["rows"]]
        self.assertEqual(utf16_order(p["title"] for p in self.site.pages("HR")), titles)

    def test_count_group_by(self):
        r = self.ok("QuireDC", "SELECT SpaceKey, COUNT(*) AS N FROM Pages GROUP BY SpaceKey")
        want = {}
        for p in self.site.pages():
            want[p["space"]["key"]] = want.get(p["space"]["key"], 0) + 1
        self.assertEqual(want, {row[0]: int(row[1]) for row in r["rows"]})

    def test_unicode_title_read_back_exactly(self):
        page = next(p for p in self.site.pages() if any(ord(c) > 0xFFFF for c in p["title"]))
        r = self.ok("QuireCloud", f"SELECT Title FROM Pages WHERE Id = '{page['id']}'")
        self.assertEqual([[page["title"]]], r["rows"])

    def test_wrong_password_is_28000_without_the_secret(self):
        r = self.one("QuireWrong", "SELECT 1 FROM Spaces")
        self.assertEqual("28000", r["error"]["state"], r)
        self.assertIn("rejected the credentials", r["error"]["message"])
        self.assertNoSecret(r["error"]["message"])

    def test_bad_sql_is_42000_with_the_parser_message(self):
        r = self.one("QuireDC", "SELEKT Title FROM Pages")
        self.assertEqual("42000", r["error"]["state"], r)
        self.assertIn("SQL syntax error", r["error"]["message"])

    def test_unknown_column_is_42S22(self):
        r = self.one("QuireDC", "SELECT NoSuchColumn FROM Pages")
        self.assertEqual("42S22", r["error"]["state"], r)
        self.assertIn("NoSuchColumn", r["error"]["message"])

    def test_unknown_dsn_key_is_a_clear_error(self):
        r = self.one("QuireBadKey", "SELECT 1 FROM Spaces")
        self.assertEqual("08001", r["error"]["state"], r)
        self.assertIn("Unknown connection property 'Bogus'", r["error"]["message"])

    # ---- metadata browse, the way a BI tool's navigator does it (SQLTables, SQLColumns,
    # ---- SQLPrimaryKeys, SQLGetTypeInfo) ------------------------------------------------------

    def table_names(self, r):
        self.assertEqual(TABLES_COLUMNS, upper_columns(r), r)
        return {row["TABLE_NAME"] for row in as_dicts(r)}

    def test_tables_pattern_with_percent_matches_a_prefix(self):
        r = self.ok("QuireDC", stmt(op="tables", table="Page%"))
        self.assertEqual({"Pages", "PageAncestors", "PageChildren", "PageComments", "PageContents"}, self.table_names(r))
        self.assertEqual({("Confluence", "TABLE")}, {(row["TABLE_SCHEM"], row["TABLE_TYPE"]) for row in as_dicts(r)})
        self.assertEqual({"Spaces", "SpacePermissions"},
                         self.table_names(self.ok("QuireDC", stmt(op="tables", table="Spa%"))))

    def test_tables_pattern_with_underscore_matches_one_character(self):
        self.assertEqual({"Pages"}, self.table_names(self.ok("QuireDC", stmt(op="tables", table="P_ges"))))
        # "_" stands for exactly one character: "Pag_" matches "Page", not "Pages"
        self.assertEqual(set(), self.table_names(self.ok("QuireDC", stmt(op="tables", table="Pag_"))))

    def test_tables_special_cases_a_navigator_uses(self):
        # SQLTables reference, "Comments": SQL_ALL_CATALOGS / SQL_ALL_SCHEMAS / SQL_ALL_TABLE_TYPES
        # with the other arguments empty list catalogs, schemas, table types; every other column NULL.
        if self.CLIENT == "perl":
            # DBD::ODBC 1.61 passes a NULL catalog whatever table_info() is given (seen in a unixODBC
            # trace; the driver's SQL_CATALOG_NAME is "N"), so none of these calls reaches the driver
            # in the form the special cases require (CatalogName an empty string or "%").
            self.skipTest("DBD::ODBC sends CatalogName NULL: the SQL_ALL_* special cases cannot be expressed")
        catalogs, schemas, types = self.run_sql(
            "QuireDC", stmt(op="tables", catalog="%", schema="", table=""),
            stmt(op="tables", catalog="", schema="%", table=""),
            stmt(op="tables", catalog="", schema="", table="", type="%"))
        for r, keep in ((catalogs, "TABLE_CAT"), (schemas, "TABLE_SCHEM"), (types, "TABLE_TYPE")):
            self.assertNotIn("error", r, r)
            self.assertEqual(TABLES_COLUMNS, upper_columns(r), r)
            for row in as_dicts(r):
                self.assertEqual({c: None for c in TABLES_COLUMNS if c != keep},
                                 {c: v for c, v in row.items() if c != keep}, r)
        self.assertEqual(["Confluence"], [row["TABLE_SCHEM"] for row in as_dicts(schemas)])
        self.assertIn("TABLE", [row["TABLE_TYPE"] for row in as_dicts(types)])

    def test_tables_of_the_schema_by_type_list(self):
        # Navigators list a schema's tables with a quoted, comma-separated type list.
        a, b = self.run_sql("QuireDC", stmt(op="tables", schema="Confluence", table="%", type="TABLE"),
                            stmt(op="tables", schema="Confluence", table="%", type="'TABLE','VIEW'"))
        for r in (a, b):
            self.assertNotIn("error", r, r)
            self.assertTrue({"Spaces", "Pages"} <= self.table_names(r), r)
            self.assertEqual({"TABLE"}, {row["TABLE_TYPE"] for row in as_dicts(r)})
        empty = self.ok("QuireDC", stmt(op="tables", schema="NoSuchSchema", table="%"))
        self.assertEqual(set(), self.table_names(empty))

    def test_columns_of_pages_are_the_documented_ones(self):
        r = self.ok("QuireDC", stmt(op="columns", schema="Confluence", table="Pages"))
        self.assertEqual(COLUMNS_COLUMNS, upper_columns(r)[:18], r["columns"])
        rows = as_dicts(r)
        self.assertEqual(documented_columns("Pages"), [row["COLUMN_NAME"] for row in rows])
        self.assertEqual(list(range(1, len(rows) + 1)), [num(row["ORDINAL_POSITION"]) for row in rows])
        self.assertEqual({("Confluence", "Pages")}, {(row["TABLE_SCHEM"], row["TABLE_NAME"]) for row in rows})
        types = {row["COLUMN_NAME"]: num(row["DATA_TYPE"]) for row in rows}
        for col in ("CreatedDate", "LastUpdatedDatetime", "VersionDatetime", "PreviousVersionDatetime"):
            self.assertEqual(SQL_TYPE_TIMESTAMP, types[col], col)
        for col in ("VersionNumber", "LastUpdatedNumber", "PreviousVersionNumber"):
            self.assertEqual(SQL_INTEGER, types[col], col)
        self.assertEqual(SQL_BIGINT, types["SpaceId"])
        self.assertEqual(SQL_BIT, types["IsLatest"])
        for col in ("Storage", "AtlasDocFormat"):
            self.assertIn(types[col], SQL_LONG_CHAR_TYPES, col)
        for col in ("Id", "Title", "SpaceKey", "ParentId"):
            self.assertIn(types[col], SQL_CHAR_TYPES, col)
        for row in rows:
            self.assertIn(num(row["NULLABLE"]), (0, 1, 2), row)
            self.assertIn(row["IS_NULLABLE"], ("YES", "NO", ""), row)

    def test_columns_with_a_column_name_pattern(self):
        r = self.ok("QuireDC", stmt(op="columns", schema="Confluence", table="Pages", column="Version%"))
        want = [c for c in documented_columns("Pages") if c.startswith("Version")]
        self.assertEqual(want, [row["COLUMN_NAME"] for row in as_dicts(r)])

    def test_primary_key_of_pages_is_id(self):
        r = self.ok("QuireDC", stmt(op="primaryKeys", schema="Confluence", table="Pages"))
        self.assertEqual(PRIMARY_KEYS_COLUMNS, upper_columns(r))
        self.assertEqual([("Pages", "Id", 1)],
                         [(row["TABLE_NAME"], row["COLUMN_NAME"], num(row["KEY_SEQ"])) for row in as_dicts(r)])

    def test_type_info_covers_every_column_type(self):
        info, pages, spaces = self.run_sql("QuireDC", stmt(op="typeInfo"),
                                           stmt(op="columns", schema="Confluence", table="Pages"),
                                           stmt(op="columns", schema="Confluence", table="Spaces"))
        if "unsupported" in info:
            self.skipTest(f"{self.CLIENT}: {info['unsupported']}")
        for r in (info, pages, spaces):
            self.assertNotIn("error", r, r)
        self.assertEqual(TYPE_INFO_COLUMNS, upper_columns(info)[:19], info["columns"])
        types = as_dicts(info)
        data_types = [num(t["DATA_TYPE"]) for t in types]
        self.assertEqual(sorted(data_types), data_types, "SQLGetTypeInfo is ordered by DATA_TYPE")
        # ODBC 3 date/time codes, never the ODBC 2 ones (9, 10, 11)
        self.assertFalse({9, 10, 11} & set(data_types), data_types)
        offered = {(t["TYPE_NAME"], num(t["DATA_TYPE"])) for t in types}
        for row in as_dicts(pages) + as_dicts(spaces):
            self.assertIn((row["TYPE_NAME"], num(row["DATA_TYPE"])), offered, row["COLUMN_NAME"])
        for t in types:
            if num(t["DATA_TYPE"]) in SQL_CHAR_TYPES:
                self.assertEqual(SQL_SEARCHABLE, num(t["SEARCHABLE"]), t)

    # ---- parameters (SQLBindParameter through each client's own binding) ------------------------

    def query(self, sql, params=(), **kw):
        return stmt(op="query", sql=sql, params=list(params), **kw)

    def test_parameter_space_key(self):
        r = self.ok("QuireDC", self.query("SELECT Id, SpaceKey FROM Pages WHERE SpaceKey = ?", ["ENG"]))
        want = {p["id"] for p in self.site_pages() if p["space"]["key"] == "ENG"}
        self.assertEqual(want, {row[0] for row in r["rows"]})
        self.assertEqual({"ENG"}, {row[1] for row in r["rows"]})

    def test_parameter_is_a_value_not_sql_text(self):
        # a quote inside a parameter is data: no page has this space key
        r = self.ok("QuireDC", self.query("SELECT Id FROM Pages WHERE SpaceKey = ?", ["ENG' OR 'x'='x"]))
        self.assertEqual([], r["rows"])

    def test_parameter_version_number_greater_than(self):
        r = self.ok("QuireDC", self.query("SELECT Id, VersionNumber FROM Pages WHERE VersionNumber > ?", [5]))
        want = {p["id"]: p["version"]["number"] for p in self.site_pages() if p["version"]["number"] > 5}
        self.assertTrue(want)
        self.assertEqual(want, {row[0]: num(row[1]) for row in r["rows"]})

    def test_two_parameters(self):
        r = self.ok("QuireDC", self.query("SELECT Id FROM Pages WHERE SpaceKey = ? AND VersionNumber > ?", ["ENG", 2]))
        want = {p["id"] for p in self.site_pages() if p["space"]["key"] == "ENG" and p["version"]["number"] > 2}
        self.assertTrue(want)
        self.assertEqual(want, {row[0] for row in r["rows"]})

    def test_parameter_created_date_since_a_timestamp(self):
        pages = sorted(self.site_pages(), key=lambda p: utc(p["history"]["createdDate"]))
        # the cut-off is one page's exact creation instant (milliseconds): >= must include it
        cut = utc(pages[len(pages) * 3 // 4]["history"]["createdDate"])
        self.assertTrue(cut.microsecond, "pick an instant with milliseconds")
        r = self.ok("QuireDC", self.query("SELECT Id, CreatedDate FROM Pages WHERE CreatedDate >= ?", [ts_param(cut)]))
        want = {p["id"] for p in pages if utc(p["history"]["createdDate"]) >= cut}
        self.assertEqual(want, {row[0] for row in r["rows"]})
        self.assertTrue(all(utc(row[1]) >= cut for row in r["rows"]), r["rows"])

    def test_null_parameter_matches_no_row(self):
        r = self.ok("QuireDC", self.query("SELECT Id FROM Pages WHERE SpaceKey = ?", [None]))
        self.assertEqual([], r["rows"])

    # ---- large rowsets, long bodies, timestamps, NULLs ----------------------------------------

    def test_fetchmany_reads_every_page_in_batches_of_250(self):
        r = self.ok("QuireDC", self.query("SELECT Id, Title, SpaceKey FROM Pages", fetchmany=250))
        pages = self.site_pages()
        n = len(pages)
        self.assertEqual([250] * (n // 250) + ([n % 250] if n % 250 else []), r["batches"])
        self.assertEqual({p["id"]: (p["title"], p["space"]["key"]) for p in pages},
                         {row[0]: (row[1], row[2]) for row in r["rows"]})
        self.assertEqual(n, len(r["rows"]))

    def test_longest_page_bodies_are_read_back_exactly(self):
        bodies = self.site.all_results("/rest/api/content?type=page&limit=100&expand=body.storage")
        size = {p["id"]: len(p["body"]["storage"]["value"].encode("utf-16-le")) // 2 for p in bodies}
        largest = sorted(size, key=lambda i: (-size[i], i))[:3]
        self.assertGreater(size[largest[-1]], 1_000_000, "the seed has bodies of megabytes")
        results = self.run_sql("QuireDC", *[f"SELECT Id, Storage FROM Pages WHERE Id = '{i}'" for i in largest])
        for page_id, r in zip(largest, results):
            with self.subTest(page=page_id):
                self.assertNotIn("error", r, {k: v for k, v in r.items() if k != "rows"})
                self.assertEqual(1, len(r["rows"]))
                got_id, got = r["rows"][0]
                want = next(p for p in bodies if p["id"] == page_id)["body"]["storage"]["value"]
                self.assertEqual(page_id, got_id)
                self.assertEqual(len(want), len(got or ""))
                self.assertTrue(want == got, "Storage differs from the site's body.storage.value")

    def test_timestamps_are_the_sites_instants_in_utc(self):
        r = self.ok("QuireDC", "SELECT Id, CreatedDate, LastUpdatedDatetime, VersionDatetime FROM Pages "
                               "WHERE SpaceKey = 'DOCS'")
        want = {p["id"]: (utc(p["history"]["createdDate"]), utc(p["history"]["lastUpdated"]["when"]),
                          utc(p["version"]["when"]))
                for p in self.site_pages() if p["space"]["key"] == "DOCS"}
        self.assertEqual(want, {row[0]: tuple(utc(v) for v in row[1:]) for row in r["rows"]})

    def test_parent_id_is_null_for_space_homepages(self):
        homes = {s["homepage"]["id"] for s in self.site.all_results("/rest/api/space?limit=100&expand=homepage")}
        r = self.ok("QuireDC", "SELECT Id, ParentId FROM Pages")
        got = {row[0]: row[1] for row in r["rows"]}
        self.assertEqual({h: None for h in homes}, {h: got.get(h, "missing") for h in homes})
        # and every other page has its parent's id, or NULL where the site gives no ancestor
        want = {p["id"]: (p["ancestors"][-1]["id"] if p["ancestors"] else None) for p in self.site_pages()}
        self.assertEqual(want, got)
        self.assertTrue(any(v is not None for v in got.values()))
