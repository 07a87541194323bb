"""Real HTTP servers that stand between the driver and the fake site, for the proxy, TLS and
header tests: a forward proxy (absolute-form requests and CONNECT tunnels) that can demand
Proxy-Authorization, and an HTTPS front with a self-signed certificate (optionally demanding a
client certificate) that forwards every path to the fake site. Both record what they received."""
import hashlib
import http.client
import os
import re
import secrets
import select
import socket
import ssl
import subprocess
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOP = {"connection", "keep-alive", "proxy-authorization", "proxy-connection", "te", "trailer",
       "transfer-encoding", "upgrade", "host", "content-length"}


def self_signed(directory, name="server", cn="127.0.0.1"):
    """A self-signed certificate for 127.0.0.1 (SAN IP and DNS localhost): (cert.pem, key.pem)."""
    cert, key = os.path.join(directory, name + ".pem"), os.path.join(directory, name + "-key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=" + cn,
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", cert],
                   check=True, capture_output=True)
    return cert, key


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, handler, owner):
        super().__init__(("127.0.0.1", 0), handler)
        self.owner = owner


class _Forwarding(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def forward(self, target):
        """Sends this request to target (scheme://host:port/path?query) and relays the answer."""
        u = urllib.parse.urlsplit(target)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP}
        headers["Host"] = u.netloc
        try:
            conn.request(self.command, u.path + ("?" + u.query if u.query else ""), body=body, headers=headers)
            r = conn.getresponse()
            data = r.read()
        finally:
            conn.close()
        self.send_response(r.status)
        for k, v in r.getheaders():
            if k.lower() not in HOP:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _digest_params(value):
    return {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
            for m in re.finditer(r'(\w+)\s*=\s*(?:"([^"]*)"|([^,\s]+))', value)}


class _ProxyHandler(_Forwarding):
    def authorized(self):
        owner = self.server.owner
        got = self.headers.get("Proxy-Authorization")
        if owner.digest is not None:
            if got and got.startswith("Digest ") and owner.digest_ok(self.command, _digest_params(got[7:])):
                return True
            challenge = (f'Digest realm="{owner.REALM}", qop="auth", algorithm={owner.algorithm}, '
                         f'nonce="{owner.new_nonce()}", opaque="quire-opaque"')
        elif owner.proxy_auth is None or got == owner.proxy_auth:
            return True
        else:
            challenge = f'Basic realm="{owner.REALM}"'
        self.send_response(407)
        self.send_header("Proxy-Authenticate", challenge)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return False

    def record(self):
        self.server.owner.seen.append((self.command, self.path, dict((k.lower(), v) for k, v in self.headers.items())))

    def do_CONNECT(self):
        self.record()
        if not self.authorized():
            return
        host, port = self.path.rsplit(":", 1)
        upstream = socket.create_connection((host, int(port)), timeout=60)
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        client = self.connection
        try:
            while True:
                ready, _, _ = select.select([client, upstream], [], [], 60)
                if not ready:
                    break
                for s in ready:
                    data = s.recv(65536)
                    if not data:
                        return
                    (upstream if s is client else client).sendall(data)
        finally:
            upstream.close()
            self.close_connection = True

    def _any(self):
        self.record()
        if self.authorized():
            self.forward(self.path)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any


class ForwardProxy:
    """A forward proxy on 127.0.0.1; proxy_auth is the Proxy-Authorization it demands (None: none);
    digest=(user, password) demands RFC 7616 Digest instead (qop=auth, algorithm MD5 or SHA-256)."""
    REALM = "quire-test-proxy"

    def __init__(self, proxy_auth=None, digest=None, algorithm="MD5"):
        self.proxy_auth = proxy_auth
        self.digest = digest
        self.algorithm = algorithm
        self.nonces = set()
        self.seen = []
        self.server = _Server(_ProxyHandler, self)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def new_nonce(self):
        n = secrets.token_hex(16)
        self.nonces.add(n)
        return n

    def digest_ok(self, method, p):
        """Checks a Digest answer against the credentials and a nonce this proxy issued."""
        user, password = self.digest
        if p.get("nonce") not in self.nonces or p.get("username") != user or p.get("realm") != self.REALM:
            return False
        h = (lambda t: hashlib.sha256(t.encode()).hexdigest()) if self.algorithm == "SHA-256" \
            else (lambda t: hashlib.md5(t.encode()).hexdigest())
        ha1 = h(f"{user}:{self.REALM}:{password}")
        ha2 = h(f"{method}:{p.get('uri')}")
        want = h(f"{ha1}:{p['nonce']}:{p.get('nc')}:{p.get('cnonce')}:auth:{ha2}")
        return p.get("qop") == "auth" and p.get("response") == want and p.get("opaque") == "quire-opaque"

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class _FrontHandler(_Forwarding):
    def _any(self):
        front = self.server.owner
        peer = self.connection.getpeercert() if isinstance(self.connection, ssl.SSLSocket) else None
        front.seen.append((self.command, self.path, dict((k.lower(), v) for k, v in self.headers.items()),
                           peer is not None))
        self.forward(front.target + self.path)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _any


class TlsFront:
    """HTTPS on 127.0.0.1 forwarding every path to target (http://127.0.0.1:PORT); with client_ca,
    the handshake demands a client certificate signed by (or equal to) that PEM."""

    def __init__(self, target, cert, key, client_ca=None):
        self.target = target.rstrip("/")
        self.seen = []
        self.server = _Server(_FrontHandler, self)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        if client_ca:
            ctx.verify_mode = ssl.CERT_REQUIRED
            ctx.load_verify_locations(client_ca)
        self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self.url = f"https://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
