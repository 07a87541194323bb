"""The OAuth web flow an application runs through ODBC, on one connection: call
GetOAuthAuthorizationURL, have the user consent (here: follow the fake server's auto-consent
redirect without following it to the callback), call GetOAuthAccessToken with the code, then
query. Prints one JSON object: {"url_ok", "token_columns", "rows"} or {"error": ...}.

usage: oauth_web_flow.py CONNECTION_STRING CALLBACK_URL
"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

import pyodbc


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    conn_str, callback = sys.argv[1], sys.argv[2]
    out = {}
    try:
        cn = pyodbc.connect(conn_str, autocommit=True)
        cur = cn.cursor()
        cur.execute("{call GetOAuthAuthorizationURL(?, ?, ?)}", "WEB", callback, "st-42")
        url = cur.fetchone()[0]
        q = urllib.parse.parse_qs(urllib.parse.urlparse(url).query)
        out["url_ok"] = q.get("redirect_uri") == [callback] and q.get("state") == ["st-42"]
        try:
            urllib.request.build_opener(NoRedirect).open(url)
            raise AssertionError("the authorize URL did not redirect")
        except urllib.error.HTTPError as e:
            loc = e.headers["Location"]
        code = urllib.parse.parse_qs(urllib.parse.urlparse(loc).query)["code"][0]
        cur.execute("EXEC GetOAuthAccessToken @AuthMode = 'WEB', @Verifier = ?, @CallbackURL = ?", code, callback)
        out["token_columns"] = [d[0] for d in cur.description]
        cur.fetchall()
        cur.execute("SELECT Key FROM Spaces WHERE Key = 'ENG'")
        out["rows"] = [list(r) for r in cur.fetchall()]
    except Exception as e:  # noqa: BLE001 - the test reads what failed
        out["error"] = {"state": e.args[0] if e.args else "", "message": str(e.args[-1]) if e.args else str(e)}
    print(json.dumps(out))


main()
