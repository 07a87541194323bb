"""unixODBC's isql (an ODBC 2 application) and iusql (Unicode) against the fake site."""
import re
import unittest

from harness import E2ECase, WRONG_SECRET


def rows_fetched(out):
    m = re.search(r"(\d+) rows fetched", out)
    return int(m.group(1)) if m else None


class IsqlTest(E2ECase):

    def test_lists_tables(self):
        rc, out, err = self.odbc.isql("QuireDC", "help")
        self.assertEqual(0, rc, out + err)
        self.assertIn("Spaces", out)
        self.assertIn("Pages", out)

    def test_describes_columns(self):
        rc, out, err = self.odbc.isql("QuireDC", "help Pages")
        self.assertEqual(0, rc, out + err)
        for col in ("SpaceKey", "LastUpdatedDatetime", "VersionNumber"):
            self.assertIn(col, out)

    def test_select_where_space_key_prints_rows_and_is_pushed(self):
        self.site.clear_requests()
        rc, out, err = self.odbc.isql("QuireDC", "SELECT Id, Title FROM Pages WHERE SpaceKey = 'ENG'")
        self.assertEqual(0, rc, out + err)
        self.assertEqual(len(self.site.pages("ENG")), rows_fetched(out), out)
        reqs = self.content_requests()
        self.assertTrue(reqs and all("spaceKey=ENG" in r["query"] for r in reqs), reqs)

    def test_count_group_by(self):
        rc, out, err = self.odbc.isql("QuireCloud", "SELECT SpaceKey, COUNT(*) FROM Pages GROUP BY SpaceKey")
        self.assertEqual(0, rc, out + err)
        spaces = {p["space"]["key"] for p in self.site.pages()}
        self.assertEqual(len(spaces), rows_fetched(out), out)

    def test_cjk_and_emoji_title_through_isql_exactly(self):
        page = next(p for p in self.site.pages()
                    if any(ord(c) > 0xFFFF for c in p["title"]) or any(0x4E00 <= ord(c) <= 0x9FFF for c in p["title"]))
        p = self.odbc.run_bytes(["isql", "-b", "QuireDC"], f"SELECT Title FROM Pages WHERE Id = '{page['id']}'\n")
        self.assertEqual(0, p.returncode, p.stderr)
        self.assertIn(page["title"].encode("utf-8"), p.stdout)

    def test_accented_title_through_iusql(self):
        # iusql fetches SQL_C_WCHAR and prints each UTF-16 unit's low byte, so only Latin-1
        # text survives its display; the UTF-16 the driver produced is checked exactly by pyodbc.
        page = next(p for p in self.site.pages()
                    if any(0x80 <= ord(c) <= 0xFF for c in p["title"]) and all(ord(c) <= 0xFF for c in p["title"]))
        p = self.odbc.run_bytes(["iusql", "-b", "QuireDC"], f"SELECT Title FROM Pages WHERE Id = '{page['id']}'\n")
        self.assertEqual(0, p.returncode, p.stderr)
        self.assertIn(page["title"].encode("latin-1"), p.stdout)

    def test_wrong_password_is_28000_without_the_secret(self):
        rc, out, err = self.odbc.isql("QuireWrong", "SELECT 1 FROM Spaces", "-v")
        self.assertNotEqual(0, rc)
        self.assertIn("[28000]", out + err)
        self.assertIn("rejected the credentials", out + err)
        self.assertNotIn(WRONG_SECRET, out + err)

    def test_bad_sql_is_37000_for_an_odbc2_application(self):
        rc, out, err = self.odbc.isql("QuireDC", "SELEKT 1", "-v")
        self.assertIn("[37000]", out + err)
        self.assertIn("SQL syntax error", out + err)

    def test_unknown_dsn_key_is_a_clear_error(self):
        rc, out, err = self.odbc.isql("QuireBadKey", "SELECT 1 FROM Spaces", "-v")
        self.assertNotEqual(0, rc)
        self.assertIn("Unknown connection property 'Bogus'", out + err)


if __name__ == "__main__":
    unittest.main()
