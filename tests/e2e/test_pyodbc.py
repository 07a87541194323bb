"""pyodbc (Debian's python3-pyodbc, through unixODBC) against the fake Confluence site."""
import unittest
from datetime import datetime

from harness import E2ECase
from scenarios import ClientScenarios


class PyodbcTest(ClientScenarios, E2ECase):
    CLIENT = "pyodbc"

    def test_connection_string_overrides_the_dsn(self):
        results, _ = self.odbc.client("pyodbc", f"DSN=QuireWrong;Password=demo-password", "SELECT COUNT(*) FROM Spaces")
        self.assertNotIn("error", results[0], results)
        # Spaces lists the current spaces (IncludeArchivedSpaces is off)
        self.assertEqual(len(self.site.all_results("/rest/api/space?limit=100&status=current")), results[0]["rows"][0][0])

    def test_timestamps_and_integers_have_their_types(self):
        page = self.site.pages("DOCS")[0]
        results, _ = self.odbc.client("pyodbc", "DSN=QuireDC",
                                      f"SELECT CreatedDate, VersionNumber FROM Pages WHERE Id = '{page['id']}'")
        created, version = results[0]["rows"][0]
        detail = self.site.api(f"/rest/api/content/{page['id']}?expand=history,version")
        self.assertEqual(detail["version"]["number"], version)
        # the site gives an instant with an offset; the driver presents it in UTC, to the millisecond
        want = datetime.fromisoformat(detail["history"]["createdDate"].replace("Z", "+00:00"))
        self.assertEqual(want.replace(tzinfo=None), datetime.fromisoformat(created))


if __name__ == "__main__":
    unittest.main()
