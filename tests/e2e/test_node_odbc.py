"""Node's `odbc` package (npm, built against unixODBC; installed by `make test-e2e` into
tests/e2e/clients/node/node_modules) running the shared client scenario against the fake site."""
import os
import unittest

from harness import HERE, E2ECase
from scenarios import ClientScenarios

NODE_ADDON = os.path.join(HERE, "clients/node/node_modules/odbc/package.json")


class NodeOdbcTest(ClientScenarios, E2ECase):
    CLIENT = "node"

    @classmethod
    def setUpClass(cls):
        if not os.path.exists(NODE_ADDON):
            raise AssertionError("node odbc package missing: run `make test-e2e` "
                                 "(it runs npm ci in tests/e2e/clients/node)")
        super().setUpClass()


if __name__ == "__main__":
    unittest.main()
