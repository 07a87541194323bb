"""A stand-in for the system browser in OAuth tests: opens the URL given as its argument and
follows the redirects (the fake OAuth server consents at once) to the driver's loopback callback.

usage: fake_browser.py URL   (set BROWSER="/usr/bin/python3 /path/fake_browser.py")
"""
import sys
import urllib.request

urllib.request.urlopen(sys.argv[1], timeout=30).read()
