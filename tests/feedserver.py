#!/usr/bin/python3
"""feedserver: a scripted HTTP server for itinerd's fetch tests and benchmark.

Binds 127.0.0.1 only, on an ephemeral port, writes the port to --port-file
(or stdout), and exits by itself after --timeout seconds.  Each path is a
scenario (see ROUTES): good feeds with ETag / Last-Modified (304 on a
matching conditional GET), permanent and temporary redirects, 404, 410,
429 and 503 with Retry-After, 500, a body that trickles, a body that never
ends, an oversized body, a gzip bomb, truncated XML, an HTML page, entity
attacks (fixtures in tests/data/fetch), a feed whose items rotate between
polls (duplicate guids), and two feeds sharing an article.

GET /_log returns the requests seen so far as JSON: one object per request
with path, if_none_match, if_modified_since, user_agent, accept_encoding.

--tls also serves the same routes over TLS with a self-signed certificate
(made with the openssl command) on a second port, written after the first:
a client that verifies certificates must refuse it.

--feeds N serves N small generated feeds at /f/0.xml .. /f/N-1.xml (with
ETag and 304) for the poll benchmark; GET /_bump changes their ETags (same
items), so the next conditional GETs get full bodies again.
"""
import argparse
import email.utils
import gzip
import http.server
import json
import os
import ssl
import subprocess
import sys
import tempfile
import threading
import time

LOCK = threading.Lock()
LOG = []
HITS = {}
DATA = "."
BOMB = None
GENERATION = [0]
T0 = time.time()


def rss(title, items, ttl=None):
    """An RSS 2.0 document; items are (guid, title, link, text) tuples."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">'
           '<channel>', '<title>%s</title>' % title,
           '<link>http://news.example/</link>']
    if ttl is not None:
        out.append('<ttl>%d</ttl>' % ttl)
    for i, (guid, t, link, text) in enumerate(items):
        out.append('<item>')
        if guid is not None:
            out.append('<guid isPermaLink="false">%s</guid>' % guid)
        out.append('<title>%s</title>' % t)
        if link is not None:
            out.append('<link>%s</link>' % link)
        out.append('<description>%s</description>' % text)
        out.append('<pubDate>Mon, 02 Nov 2026 %02d:00:00 GMT</pubDate>'
                   % (i % 24))
        out.append('</item>')
    out.append('</channel></rss>\n')
    return "\n".join(out).encode()


def item(guid, link=None, text=None):
    return (guid, "Story %s" % guid,
            link or "http://news.example/story/%s" % guid,
            text or "Body of story %s, reported in full." % guid)


LASTMOD = email.utils.formatdate(T0 - 86400, usegmt=True)

FEEDS = {
    "/etag.xml": rss("ETag feed", [item("E1"), item("E2")]),
    "/lastmod.xml": rss("Last-Modified feed", [item("L1"), item("L2")]),
    "/new301.xml": rss("Moved 301", [item("M1")]),
    "/new308.xml": rss("Moved 308", [item("N1")]),
    "/temp.xml": rss("Temporary target", [item("T1")]),
    "/gzip.xml": rss("Gzip feed", [item("G1"), item("G2")]),
    "/ttl.xml": rss("TTL feed", [item("TTL1")], ttl=1),
    "/two-a.xml": rss("Feed A", [
        ("A-shared", "Shared story",
         "HTTP://NEWS.Example:80/story/shared?utm_source=a&id=7#top",
         "The same story reached through two feeds."),
        item("A-only")]),
    "/two-b.xml": rss("Feed B", [
        ("B-shared", "Shared story",
         "http://news.example/story/shared?id=7&utm_medium=rss",
         "The same story reached through two feeds."),
        item("B-only")]),
}


def dup_feed(n):
    """Poll 1: D1 D2.  Later polls: D2 D3 and D1 again (guids repeat)."""
    if n <= 1:
        return rss("Rotating feed", [item("D1"), item("D2")])
    return rss("Rotating feed", [item("D2"), item("D3"),
                                 ("D1", "Story D1 (updated title)",
                                  "http://news.example/story/D1",
                                  "Edited body of D1.")])


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "feedserver/1"

    def log_message(self, fmt, *args):
        pass

    def send(self, status, body=b"", headers=None, ctype="application/xml"):
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", ctype)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if status != 304 and self.command != "HEAD":
            self.wfile.write(body)

    def stream(self, headers, first, chunk, delay, limit=None):
        """Sends first, then chunk every delay seconds until the peer
        goes away (or limit bytes)."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Connection", "close")
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        sent = 0
        try:
            self.wfile.write(first)
            self.wfile.flush()
            while limit is None or sent < limit:
                if delay:
                    time.sleep(delay)
                self.wfile.write(chunk)
                self.wfile.flush()
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass

    def redirect(self, status, location):
        self.send(status, b"", {"Location": location}, "text/plain")

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        with LOCK:
            HITS[path] = HITS.get(path, 0) + 1
            n = HITS[path]
            LOG.append({
                "path": path,
                "t": round(time.time() - T0, 3),
                "if_none_match": self.headers.get("If-None-Match"),
                "if_modified_since": self.headers.get("If-Modified-Since"),
                "user_agent": self.headers.get("User-Agent"),
                "accept_encoding": self.headers.get("Accept-Encoding"),
            })
        if path == "/_bump":
            with LOCK:
                GENERATION[0] += 1
            return self.send(200, b"%d\n" % GENERATION[0],
                             ctype="text/plain")
        if path == "/_log":
            with LOCK:
                body = json.dumps(LOG).encode()
            return self.send(200, body, ctype="application/json")
        if path.startswith("/f/") and self.server.nfeeds:
            return self.bench_feed(path)
        route = ROUTES.get(path)
        if route is None:
            return self.send(404, b"not found\n", ctype="text/plain")
        return route(self, n)

    def bench_feed(self, path):
        try:
            i = int(path[3:].split(".")[0])
        except ValueError:
            return self.send(404, b"", ctype="text/plain")
        if i < 0 or i >= self.server.nfeeds:
            return self.send(404, b"", ctype="text/plain")
        etag = '"b%d-%d"' % (i, GENERATION[0])
        if self.headers.get("If-None-Match") == etag:
            return self.send(304, headers={"ETag": etag})
        items = [("f%d-%d" % (i, k), "Feed %d story %d" % (i, k),
                  "http://bench.example/%d/%d" % (i, k),
                  "Text of story %d of feed %d. " % (k, i) * 8)
                 for k in range(10)]
        self.send(200, rss("Bench %d" % i, items), {"ETag": etag})

    # Scenarios ----------------------------------------------------------

    def r_etag(self, n):
        if self.headers.get("If-None-Match") == '"e1"':
            return self.send(304, headers={"ETag": '"e1"'})
        self.send(200, FEEDS["/etag.xml"], {"ETag": '"e1"'})

    def r_lastmod(self, n):
        if self.headers.get("If-Modified-Since") == LASTMOD:
            return self.send(304)
        self.send(200, FEEDS["/lastmod.xml"], {"Last-Modified": LASTMOD})

    def r_plain(self, n):
        self.send(200, FEEDS[self.path.split("?", 1)[0]])

    def r_gzip(self, n):
        self.send(200, gzip.compress(FEEDS["/gzip.xml"]),
                  {"Content-Encoding": "gzip"})

    def r_dup(self, n):
        self.send(200, dup_feed(n))

    def r_301(self, n):
        self.redirect(301, "/new301.xml")

    def r_308(self, n):
        self.redirect(308, "http://127.0.0.1:%d/new308.xml"
                      % self.server.server_address[1])

    def r_302(self, n):
        self.redirect(302, "/temp.xml")

    def r_loop(self, n):
        self.redirect(302, "/loop.xml?n=%d" % n)

    def r_ftp(self, n):
        self.redirect(302, "ftp://127.0.0.1/feed.xml")

    def r_404(self, n):
        self.send(404, b"<h1>Not Found</h1>", ctype="text/html")

    def r_410(self, n):
        self.send(410, b"<h1>Gone</h1>", ctype="text/html")

    def r_429(self, n):
        self.send(429, b"slow down", {"Retry-After": "3"}, "text/plain")

    def r_503(self, n):
        when = email.utils.formatdate(time.time() + 4, usegmt=True)
        self.send(503, b"maintenance", {"Retry-After": when}, "text/plain")

    def r_500(self, n):
        self.send(500, b"<h1>Internal Server Error</h1>", ctype="text/html")

    def r_trickle(self, n):
        self.stream({"Content-Length": "100000"},
                    b'<?xml version="1.0"?>\n<rss version="2.0"><channel>',
                    b" ", 0.5)

    def r_endless(self, n):
        self.stream({}, b'<?xml version="1.0"?>\n<rss version="2.0">'
                    b'<channel><title>endless</title>',
                    b"<!-- " + b"x" * 8180 + b" -->\n", 0)

    def r_oversized(self, n):
        self.stream({"Content-Length": str(64 * 1024 * 1024)},
                    b'<?xml version="1.0"?>\n<rss version="2.0">',
                    b" " * 8192, 0, limit=64 * 1024 * 1024)

    def r_bomb(self, n):
        self.send(200, BOMB, {"Content-Encoding": "gzip"})

    def r_fixture(self, n):
        name = self.path.split("?", 1)[0].lstrip("/")
        with open(os.path.join(DATA, name), "rb") as f:
            body = f.read()
        self.send(200, body, ctype="text/html" if name.endswith(".html")
                  else "application/rss+xml")


ROUTES = {
    "/etag.xml": Handler.r_etag,
    "/lastmod.xml": Handler.r_lastmod,
    "/old301.xml": Handler.r_301,
    "/new301.xml": Handler.r_plain,
    "/old308.xml": Handler.r_308,
    "/new308.xml": Handler.r_plain,
    "/moved302.xml": Handler.r_302,
    "/temp.xml": Handler.r_plain,
    "/loop.xml": Handler.r_loop,
    "/ftp.xml": Handler.r_ftp,
    "/missing.xml": Handler.r_404,
    "/gone.xml": Handler.r_410,
    "/limited.xml": Handler.r_429,
    "/unavailable.xml": Handler.r_503,
    "/error.xml": Handler.r_500,
    "/trickle.xml": Handler.r_trickle,
    "/endless.xml": Handler.r_endless,
    "/oversized.xml": Handler.r_oversized,
    "/bomb.xml": Handler.r_bomb,
    "/gzip.xml": Handler.r_gzip,
    "/ttl.xml": Handler.r_plain,
    "/truncated.xml": Handler.r_fixture,
    "/page.html": Handler.r_fixture,
    "/laughs.xml": Handler.r_fixture,
    "/xxe.xml": Handler.r_fixture,
    "/travel.xml": Handler.r_fixture,
    "/dup.xml": Handler.r_dup,
    "/two-a.xml": Handler.r_plain,
    "/two-b.xml": Handler.r_plain,
}


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    nfeeds = 0


def main():
    global DATA, BOMB
    ap = argparse.ArgumentParser()
    ap.add_argument("--port-file")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--data", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "data", "fetch"))
    ap.add_argument("--feeds", type=int, default=0)
    ap.add_argument("--bomb-mb", type=int, default=32)
    ap.add_argument("--tls", action="store_true")
    a = ap.parse_args()
    DATA = a.data
    if a.feeds == 0:
        # 32 MiB of spaces inside a comment: about 32 KiB on the wire.
        BOMB = gzip.compress(b'<?xml version="1.0"?><rss><!--' +
                             b" " * (a.bomb_mb << 20) + b"--></rss>", 9)
    srv = Server(("127.0.0.1", 0), Handler)
    srv.nfeeds = a.feeds
    port = srv.server_address[1]
    ports = "%d" % port
    if a.tls:
        tls = Server(("127.0.0.1", 0), Handler)
        tls.nfeeds = a.feeds
        with tempfile.TemporaryDirectory() as d:
            key, crt = os.path.join(d, "key.pem"), os.path.join(d, "crt.pem")
            subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048",
                            "-nodes", "-keyout", key, "-out", crt, "-days",
                            "1", "-subj", "/CN=127.0.0.1"], check=True,
                           stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(crt, key)
        tls.socket = ctx.wrap_socket(tls.socket, server_side=True)
        threading.Thread(target=tls.serve_forever, daemon=True).start()
        ports += " %d" % tls.server_address[1]
    if a.port_file:
        tmp = a.port_file + ".tmp"
        with open(tmp, "w") as f:
            f.write("%s\n" % ports)
        os.rename(tmp, a.port_file)
    else:
        print(ports, flush=True)

    def stop():
        time.sleep(a.timeout)
        os._exit(0)
    threading.Thread(target=stop, daemon=True).start()
    srv.serve_forever()


if __name__ == "__main__":
    main()
