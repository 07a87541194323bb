"""The scenario every programmatic client (pyodbc, Perl DBI) runs against the fake site."""

from harness import E2ECase, utf16_order


class ClientScenarios:
    """Mixed into an E2ECase; CLIENT names the client ("pyodbc" or "perl")."""

    CLIENT = None

    def run_sql(self, dsn, *statements):
        results, _ = self.odbc.client(self.CLIENT, f"DSN={dsn}", *statements)
        return results

    def one(self, dsn, statement):
        results = self.run_sql(dsn, statement)
        self.assertEqual(1, len(results), results)
        return results[0]

    def ok(self, dsn, statement):
        r = self.one(dsn, statement)
        self.assertNotIn("error", r, r)
        return r

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
                reqs = self.content_requests()
                want = {p["id"] for p in self.site.pages("ENG")}
                self.assertEqual(want, {row[0] for row in r["rows"]})
                self.assertTrue(reqs and all("spaceKey=ENG" in q["query"] for q in reqs), reqs)

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
