"""Perl DBI with DBD::ODBC (Debian's libdbd-odbc-perl, through unixODBC) against the fake site."""
import unittest

from harness import E2ECase
from scenarios import ClientScenarios


class PerlDbiTest(ClientScenarios, E2ECase):
    CLIENT = "perl"


if __name__ == "__main__":
    unittest.main()
