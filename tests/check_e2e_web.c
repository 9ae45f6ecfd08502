/*
 * check_e2e_web: the dashboard, tested against the real itinerd.  Each
 * test starts the daemon on a temporary directory (the API fixture
 * tests/data/api/fixture.sql, or an empty database) with the loopback
 * listener on a free port.
 *
 *   serve    GET / and every file it references, on TCP and on the Unix
 *            socket: status, content type, ETag/304, HEAD, and that the
 *            page loads nothing from another host; the URL in the log;
 *            [api] dashboard_dir.
 *   cors     [api] cors_origins and http_hosts: CORS headers for listed
 *            origins only, OPTIONS preflight (204 or 403), the Host
 *            allow-list beside the DNS-rebinding check; bad values are
 *            refused by --check-config.
 *   browser  Debian's headless Chromium, driven over the DevTools
 *            protocol on a pipe (--remote-debugging-pipe: no port is
 *            opened), loads the page and checks from the DOM that the map
 *            has one marker per destination, the timeline one bar per
 *            trip, that filters narrow both and live in the URL, that the
 *            trip panel lists the trip's legs and sources, that a leg
 *            imported while the page is open appears without a reload,
 *            the first-run state of an empty database, and that the
 *            console shows no error.  Screenshots (1280x800 and 390x844,
 *            light and dark) go to $ITINERD_BUILDDIR.  Without
 *            /usr/bin/chromium (or $ITINERD_CHROMIUM) these cases are
 *            skipped with a SKIP line.
 *
 * Expected counts are read from the API (/v1/places, /v1/trips ...), not
 * written here, so the test checks that the page shows what the daemon
 * holds.
 */
#include <arpa/inet.h>
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "store.h"
#include "testutil.h"
#include "web.h"
#include "xmalloc.h"

#define CHROMIUM	"/usr/bin/chromium"

/* Debian's Chromium, or $ITINERD_CHROMIUM (another build, or to try the skip). */
static const char *
t_chromium(void)
{
	const char	*p = getenv("ITINERD_CHROMIUM");

	return p != NULL && *p != '\0' ? p : CHROMIUM;
}

struct daemon {
	char	*dir;
	char	*sock;
	char	*conf;
	char	*log;
	pid_t	 pid;
	int	 port;
};

static struct daemon	g;

struct resp {
	int	 status;
	char	*headers;
	char	*body;
	size_t	 len;
};

static void
resp_free(struct resp *r)
{
	free(r->headers);
	free(r->body);
	memset(r, 0, sizeof *r);
}

static void
t_sleep_ms(long ms)
{
	struct timespec	ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* HTTP. */

/*
 * One request (Connection: close) on the Unix socket (sock) or TCP
 * (port).  host NULL: "localhost"; extra: more header lines; body may be
 * NULL.  Returns the status, -1 when there was no HTTP answer.
 */
static int
t_req(const char *sock, int port, const char *method, const char *path,
    const char *host, const char *extra, const char *body, struct resp *r)
{
	char	*raw, *sep;
	size_t	 len;

	memset(r, 0, sizeof *r);
	r->status = -1;
	if ((raw = tu_exchange(sock, port, method, path, host, extra, "",
	    body, 10000, &len)) == NULL)
		return -1;
	r->status = tu_raw_status(raw);
	/* the body may hold NULs (assets): lengths, not strings */
	sep = strstr(raw, "\r\n\r\n");
	r->headers = xstrndup(raw, sep != NULL ? (size_t)(sep - raw) : len);
	r->len = sep != NULL ? len - (size_t)(sep + 4 - raw) : 0;
	r->body = xmalloc(r->len + 1);
	if (sep != NULL)
		memcpy(r->body, sep + 4, r->len);
	r->body[r->len] = '\0';
	free(raw);
	return r->status;
}

/* The value of header name in r (any case); caller frees. */
static char *
t_header(const struct resp *r, const char *name)
{
	return tu_header(r->headers, name);
}

/* GET path on the Unix socket as JSON; fails the test otherwise. */
static json_t *
t_api(const char *path)
{
	struct resp	 r;
	json_error_t	 e;
	json_t		*j;

	ck_assert_int_eq(t_req(g.sock, 0, "GET", path, NULL, NULL, NULL, &r),
	    200);
	j = json_loads(r.body, 0, &e);
	ck_assert_msg(j != NULL, "%s: not JSON: %s", path, e.text);
	resp_free(&r);
	return j;
}

/* Daemon. */

static void
t_load_fixture(const char *db)
{
	struct store	*s;
	char		*cause = NULL, *sql, *err = NULL;

	ck_assert_msg(store_open(db, 0, &s, &cause) == 0, "store: %s",
	    cause);
	sql = tu_fixture("api/fixture.sql", NULL);
	ck_assert_msg(sqlite3_exec(store_db(s), sql, NULL, NULL, &err) ==
	    SQLITE_OK, "fixture: %s", err);
	free(sql);
	store_free(s);
}

/*
 * Starts itinerd with the loopback listener; fixture: load the API
 * fixture; api: more [api] lines; extra: more sections (may be NULL).
 */
static void
d_start(struct daemon *d, int fixture, const char *api, const char *extra)
{
	char		*db, *text;
	char		*av[5];
	struct resp	 r;
	int		 i;

	memset(d, 0, sizeof *d);
	d->dir = tu_tmpdir();
	d->sock = xasprintf("%s/itinerd.sock", d->dir);
	d->conf = xasprintf("%s/itinerd.conf", d->dir);
	d->log = xasprintf("%s/log", d->dir);
	db = xasprintf("%s/itinerd.db", d->dir);
	if (fixture)
		t_load_fixture(db);
	d->port = tu_free_port();
	text = xasprintf("[daemon]\ndatabase = %s\nsocket = %s\n"
	    "http_listen = 127.0.0.1:%d\nlog_level = debug\n[api]\n%s\n%s",
	    db, d->sock, d->port, api != NULL ? api : "", extra != NULL ?
	    extra : "");
	ck_assert_int_eq(tu_write_file(d->conf, text), 0);
	free(text);
	free(db);
	av[0] = (char *)tu_env("ITINERD_BIN");
	av[1] = "-f";
	av[2] = "-c";
	av[3] = d->conf;
	av[4] = NULL;
	d->pid = tu_spawn(av, d->log);
	ck_assert_msg(tu_wait_path(d->sock, 5000) == 0, "no socket; log: %s",
	    tu_read_file(d->log, NULL));
	for (i = 0; i < 100; i++) {
		if (t_req(d->sock, 0, "GET", "/v1/health", NULL, NULL, NULL,
		    &r) == 200) {
			resp_free(&r);
			return;
		}
		resp_free(&r);
		t_sleep_ms(20);
	}
	ck_abort_msg("daemon does not answer /v1/health");
}

static void
d_stop(struct daemon *d)
{
	if (d->pid > 0)
		tu_stop_daemon(d->pid, d->log, 5000);
	tu_rmtree(d->dir);
	free(d->dir);
	free(d->sock);
	free(d->conf);
	free(d->log);
	memset(d, 0, sizeof *d);
}

static void
setup_fixture(void)
{
	d_start(&g, 1, NULL, NULL);
}

static void
setup_cors(void)
{
	d_start(&g, 1, "cors_origins = http://localhost:3000, "
	    "https://grafana.example\nhttp_hosts = host.docker.internal\n",
	    NULL);
}

static void
teardown(void)
{
	d_stop(&g);
}

/* web.c itself: the built-in files and If-None-Match. */
START_TEST(test_web_files)
{
	static const struct {
		const char	*inm;	/* %s: the file's ETag */
		int		 hit;
	} rows[] = {
		{ "%s", 1 }, { "W/%s", 1 }, { "\"0000000000000000\", %s", 1 },
		{ "*", 1 }, { "\"0000000000000000\"", 0 }, { "", 0 },
		{ "%.8s", 0 },
	};
	const struct web_asset	*a;
	struct web		*w;
	char			*cause = NULL, *inm;
	size_t			 i;

	ck_assert_msg(web_new(NULL, &w, &cause) == 0, "%s", cause);
	for (i = 0; web_names[i] != NULL; i++) {
		ck_assert_ptr_nonnull(a = web_find(w, web_names[i]));
		ck_assert_msg(a->len > 1000, "%s: %zu bytes", a->name, a->len);
		ck_assert(a->data[a->len] == '\0');
		ck_assert(strcmp(a->ctype, "application/octet-stream") != 0);
	}
	ck_assert_ptr_eq(web_index(w), web_find(w, "index.html"));
	ck_assert_ptr_null(web_find(w, "../itinerd.conf"));
	ck_assert_ptr_null(web_find(w, ""));
	a = web_find(w, "app.js");
	ck_assert_ptr_null(web_not_modified(a, NULL) ? a : NULL);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		inm = xasprintf(rows[i].inm, a->etag);
		ck_assert_msg(web_not_modified(a, inm) == rows[i].hit,
		    "If-None-Match: %s", inm);
		free(inm);
	}
	ck_assert(strcmp(web_find(w, "app.css")->etag, a->etag) != 0);
	web_free(w);
	web_free(NULL);
}
END_TEST

/* serve */

/* Every src="..." and href="..." value of an HTML text, in order. */
static json_t *
t_refs(const char *html)
{
	static const char *const attrs[] = { " src=\"", " href=\"" };
	json_t		*a = json_array();
	const char	*p, *end;
	size_t		 i;

	for (i = 0; i < 2; i++)
		for (p = html; (p = strstr(p, attrs[i])) != NULL; p = end) {
			p += strlen(attrs[i]);
			end = strchr(p, '"');
			ck_assert(end != NULL);
			json_array_append_new(a, json_stringn(p,
			    (size_t)(end - p)));
		}
	return a;
}

static const struct {
	const char	*ext;
	const char	*ctype;
} type_rows[] = {
	{ ".js", "text/javascript; charset=utf-8" },
	{ ".css", "text/css; charset=utf-8" },
	{ ".geojson", "application/geo+json" },
};

static const char *
t_ctype_for(const char *path)
{
	size_t	i, n = strlen(path), e;

	for (i = 0; i < sizeof type_rows / sizeof type_rows[0]; i++) {
		e = strlen(type_rows[i].ext);
		if (n > e && strcmp(path + n - e, type_rows[i].ext) == 0)
			return type_rows[i].ctype;
	}
	return NULL;
}

START_TEST(test_page_and_assets)
{
	struct resp	 r, r2;
	json_t		*refs, *v;
	const char	*ref, *want, *ns = "http://www.w3.org/2000/svg";
	char		*h, *etag, *path, *extra, *p;
	size_t		 i, nassets = 0;
	int		 on_unix;

	for (on_unix = 0; on_unix <= 1; on_unix++) {
		t_req(on_unix ? g.sock : NULL, g.port, "GET", "/", NULL, NULL,
		    NULL, &r);
		ck_assert_msg(r.status == 200, "GET /: %d %s", r.status,
		    r.body);
		h = t_header(&r, "Content-Type");
		ck_assert_str_eq(h, "text/html; charset=utf-8");
		free(h);
		h = t_header(&r, "Content-Security-Policy");
		ck_assert_msg(h != NULL && strstr(h, "default-src 'self'") !=
		    NULL, "CSP: %s", h);
		free(h);
		ck_assert(strstr(r.body, "<title>") != NULL);
		/* Nothing from another host: no absolute URL at all. */
		ck_assert_msg(strstr(r.body, "http://") == NULL &&
		    strstr(r.body, "https://") == NULL && strstr(r.body,
		    "src=\"//") == NULL, "the page names another host");
		refs = t_refs(r.body);
		json_array_foreach(refs, i, v) {
			ref = json_string_value(v);
			if (strncmp(ref, "data:", 5) == 0)
				continue;
			ck_assert_msg(*ref != '/' && strchr(ref, ':') == NULL,
			    "reference %s is not relative", ref);
			if (strncmp(ref, "assets/", 7) != 0)
				continue;	/* the "v1" link */
			path = xasprintf("/%s", ref);
			t_req(on_unix ? g.sock : NULL, g.port, "GET", path,
			    NULL, NULL, NULL, &r2);
			ck_assert_msg(r2.status == 200, "%s: %d", path,
			    r2.status);
			want = t_ctype_for(path);
			h = t_header(&r2, "Content-Type");
			ck_assert_msg(want != NULL && h != NULL &&
			    strcmp(h, want) == 0, "%s: %s", path, h);
			free(h);
			ck_assert_msg(r2.len > 100, "%s: %zu bytes", path,
			    r2.len);
			/* The script and style load nothing from elsewhere. */
			if (strstr(path, "/app.") != NULL) {
				for (p = r2.body; (p = strstr(p, "http")) !=
				    NULL; p += 4)
					ck_assert_msg(strncmp(p, ns,
					    strlen(ns)) == 0 || (strncmp(p,
					    "http://", 7) != 0 && strncmp(p,
					    "https://", 8) != 0),
					    "%s names a URL: %.40s", path, p);
			}
			/* Revalidation: 304 with the same ETag. */
			etag = t_header(&r2, "ETag");
			ck_assert(etag != NULL && etag[0] == '"');
			extra = xasprintf("If-None-Match: %s\r\n", etag);
			resp_free(&r2);
			t_req(on_unix ? g.sock : NULL, g.port, "GET", path,
			    NULL, extra, NULL, &r2);
			ck_assert_int_eq(r2.status, 304);
			ck_assert_int_eq((int)r2.len, 0);
			resp_free(&r2);
			free(extra);
			free(etag);
			free(path);
			nassets++;
		}
		/* app.js, app.css, leaflet.js, leaflet.css */
		ck_assert_msg(nassets >= 4, "the page references %zu assets",
		    nassets);
		json_decref(refs);
		resp_free(&r);
	}
	/* The outlines app.js fetches: GeoJSON, many countries. */
	t_req(NULL, g.port, "GET", "/assets/countries.geojson", NULL, NULL,
	    NULL, &r);
	ck_assert_int_eq(r.status, 200);
	v = json_loads(r.body, 0, NULL);
	ck_assert(v != NULL);
	ck_assert_str_eq(json_string_value(json_object_get(v, "type")),
	    "FeatureCollection");
	ck_assert_int_gt((int)json_array_size(json_object_get(v,
	    "features")), 150);
	json_decref(v);
	resp_free(&r);
	/* HEAD: the length, no body. */
	t_req(NULL, g.port, "HEAD", "/", NULL, NULL, NULL, &r);
	ck_assert_int_eq(r.status, 200);
	h = t_header(&r, "Content-Length");
	ck_assert(h != NULL && atoi(h) > 1000);
	free(h);
	ck_assert_int_eq((int)r.len, 0);
	resp_free(&r);
}
END_TEST

/* {method, path, status}: what the page routes answer besides 200. */
static const struct {
	const char	*method;
	const char	*path;
	int		 status;
} page_error_rows[] = {
	{ "GET", "/assets/nope.js", 404 },
	{ "GET", "/assets/..%2Fitinerd.conf", 404 },
	{ "GET", "/assets", 404 },
	{ "GET", "/?nonsense=1", 400 },
	{ "GET", "/?person=Lloyd%20Austin&status=completed&trip=1", 200 },
	{ "POST", "/", 405 },
	{ "DELETE", "/assets/app.js", 405 },
};

START_TEST(test_page_errors)
{
	struct resp	r;
	size_t		i;

	for (i = 0; i < sizeof page_error_rows / sizeof page_error_rows[0];
	    i++) {
		t_req(NULL, g.port, page_error_rows[i].method,
		    page_error_rows[i].path, NULL, NULL, NULL, &r);
		ck_assert_msg(r.status == page_error_rows[i].status,
		    "%s %s: %d, expected %d", page_error_rows[i].method,
		    page_error_rows[i].path, r.status,
		    page_error_rows[i].status);
		resp_free(&r);
	}
}
END_TEST

START_TEST(test_logs_url)
{
	char	*log, *want;

	log = tu_read_file(g.log, NULL);
	want = xasprintf("dashboard: http://127.0.0.1:%d/", g.port);
	ck_assert_msg(log != NULL && strstr(log, want) != NULL,
	    "the log does not say %s:\n%s", want, log);
	free(want);
	free(log);
}
END_TEST

/*
 * [api] dashboard_dir: the six files from a directory (as meson install
 * lays them out) replace the built-in ones; a directory missing one is
 * refused at start, naming the file.
 */
START_TEST(test_dashboard_dir)
{
	static const char *const names[] = { "index.html", "app.js",
	    "app.css", "vendor/leaflet.js", "vendor/leaflet.css",
	    "vendor/countries.geojson" };
	struct daemon	 d;
	struct resp	 r;
	char		*dir, *src, *dst, *data, *api, *conf, *err = NULL;
	char		*av[5];
	size_t		 i, len;
	int		 st;

	dir = tu_tmpdir();
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		src = xasprintf("%s/web/%s", tu_env("ITINERD_SRCDIR"),
		    names[i]);
		data = tu_read_file(src, &len);
		ck_assert_msg(data != NULL, "%s", src);
		dst = xasprintf("%s/%s", dir, strrchr(names[i], '/') != NULL ?
		    strrchr(names[i], '/') + 1 : names[i]);
		if (i == 0) {
			free(data);
			data = xstrdup("<!DOCTYPE html><title>from the dir"
			    "</title>\n");
		}
		ck_assert_int_eq(tu_write_file(dst, data), 0);
		free(data);
		free(src);
		free(dst);
	}
	api = xasprintf("dashboard_dir = %s\n", dir);
	d_start(&d, 0, api, NULL);
	ck_assert_int_eq(t_req(NULL, d.port, "GET", "/", NULL, NULL, NULL, &r),
	    200);
	ck_assert_msg(strstr(r.body, "from the dir") != NULL, "%s", r.body);
	resp_free(&r);
	ck_assert_int_eq(t_req(NULL, d.port, "GET", "/assets/app.js", NULL,
	    NULL, NULL, &r), 200);
	ck_assert(strstr(r.body, "EventSource") != NULL);
	resp_free(&r);
	conf = xstrdup(d.conf);
	/* Keep the config for the next start; d_stop removes d.dir. */
	data = tu_read_file(conf, NULL);
	d_stop(&d);
	dst = xasprintf("%s/app.css", dir);
	ck_assert_int_eq(unlink(dst), 0);
	src = xasprintf("%s/c.conf", dir);
	ck_assert_int_eq(tu_write_file(src, data), 0);
	av[0] = (char *)tu_env("ITINERD_BIN");
	av[1] = "-f";
	av[2] = "-c";
	av[3] = src;
	av[4] = NULL;
	st = tu_run(av, NULL, &err, 10000);
	ck_assert_msg(st != 0 && err != NULL && strstr(err, "app.css") !=
	    NULL, "started without app.css (%d): %s", st, err);
	free(err);
	free(src);
	free(dst);
	free(data);
	free(conf);
	free(api);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* cors */

/*
 * {unix?, method, path, Host (NULL localhost), extra headers, status,
 * Access-Control-Allow-Origin (NULL: absent), Allow-Methods (NULL:
 * absent)}
 */
static const struct {
	int		 on_unix;
	const char	*method;
	const char	*path;
	const char	*host;
	const char	*extra;
	int		 status;
	const char	*acao;
	const char	*acam;
} cors_rows[] = {
	{ 0, "GET", "/v1/health", NULL, "Origin: http://localhost:3000\r\n",
	  200, "http://localhost:3000", NULL },
	{ 0, "GET", "/v1/trips", NULL, "Origin: https://grafana.example\r\n",
	  200, "https://grafana.example", NULL },
	{ 0, "GET", "/v1/trips", NULL, "Origin: HTTPS://GRAFANA.EXAMPLE\r\n",
	  200, "HTTPS://GRAFANA.EXAMPLE", NULL },
	{ 0, "GET", "/v1/health", NULL, "Origin: http://evil.example\r\n",
	  200, NULL, NULL },
	{ 0, "GET", "/v1/health", NULL, "Origin: http://localhost:3001\r\n",
	  200, NULL, NULL },
	{ 0, "GET", "/v1/health", NULL, "Origin: http://localhost:3000.x\r\n",
	  200, NULL, NULL },
	{ 0, "GET", "/v1/health", NULL, NULL, 200, NULL, NULL },
	{ 0, "GET", "/v1/nothing", NULL, "Origin: http://localhost:3000\r\n",
	  404, "http://localhost:3000", NULL },
	/* Preflights. */
	{ 0, "OPTIONS", "/v1/trips", NULL, "Origin: http://localhost:3000\r\n"
	  "Access-Control-Request-Method: GET\r\n", 204,
	  "http://localhost:3000", "GET, HEAD" },
	{ 0, "OPTIONS", "/v1/events", NULL, "Origin: https://grafana.example"
	  "\r\nAccess-Control-Request-Method: GET\r\n"
	  "Access-Control-Request-Headers: last-event-id\r\n", 204,
	  "https://grafana.example", "GET, HEAD" },
	{ 0, "OPTIONS", "/v1/trips", NULL, "Origin: http://evil.example\r\n"
	  "Access-Control-Request-Method: GET\r\n", 403, NULL, NULL },
	{ 0, "OPTIONS", "/v1/feeds", NULL, "Origin: http://localhost:3000\r\n"
	  "Access-Control-Request-Method: POST\r\n", 403, NULL, NULL },
	{ 0, "OPTIONS", "/v1/nothing", NULL, "Origin: http://localhost:3000"
	  "\r\nAccess-Control-Request-Method: GET\r\n", 404,
	  "http://localhost:3000", NULL },
	{ 0, "OPTIONS", "/v1/trips", NULL, NULL, 204, NULL, NULL },
	/* The Unix socket is not a browser's: no CORS there. */
	{ 1, "GET", "/v1/health", NULL, "Origin: http://localhost:3000\r\n",
	  200, NULL, NULL },
	{ 1, "OPTIONS", "/v1/trips", NULL, "Origin: http://localhost:3000\r\n"
	  "Access-Control-Request-Method: GET\r\n", 403, NULL, NULL },
	/* Host: the allow-list, and the rebinding check for the rest. */
	{ 0, "GET", "/v1/health", "host.docker.internal:8088", NULL, 200,
	  NULL, NULL },
	{ 0, "GET", "/v1/health", "HOST.DOCKER.INTERNAL", NULL, 200, NULL,
	  NULL },
	{ 0, "GET", "/", "host.docker.internal", NULL, 200, NULL, NULL },
	{ 0, "GET", "/v1/health", "host.docker.internal.evil.example", NULL,
	  403, NULL, NULL },
	{ 0, "GET", "/v1/health", "docker.internal", NULL, 403, NULL, NULL },
	{ 0, "GET", "/v1/health", "evil.example", NULL, 403, NULL, NULL },
	{ 0, "GET", "/v1/health", "127.0.0.1:1", NULL, 200, NULL, NULL },
};

START_TEST(test_cors_rows)
{
	struct resp	 r;
	char		*acao, *acam, *allow;
	size_t		 i;

	for (i = 0; i < sizeof cors_rows / sizeof cors_rows[0]; i++) {
		t_req(cors_rows[i].on_unix ? g.sock : NULL, g.port,
		    cors_rows[i].method, cors_rows[i].path, cors_rows[i].host,
		    cors_rows[i].extra, NULL, &r);
		ck_assert_msg(r.status == cors_rows[i].status,
		    "row %zu (%s %s): %d, expected %d: %s", i,
		    cors_rows[i].method, cors_rows[i].path, r.status,
		    cors_rows[i].status, r.body);
		acao = t_header(&r, "Access-Control-Allow-Origin");
		acam = t_header(&r, "Access-Control-Allow-Methods");
		ck_assert_msg((acao == NULL) == (cors_rows[i].acao == NULL) &&
		    (acao == NULL || strcmp(acao, cors_rows[i].acao) == 0),
		    "row %zu: Access-Control-Allow-Origin %s, expected %s", i,
		    acao, cors_rows[i].acao);
		ck_assert_msg((acam == NULL) == (cors_rows[i].acam == NULL) &&
		    (acam == NULL || strcmp(acam, cors_rows[i].acam) == 0),
		    "row %zu: Access-Control-Allow-Methods %s", i, acam);
		if (acao != NULL) {
			free(acao);
			acao = t_header(&r, "Vary");
			ck_assert_msg(acao != NULL && strstr(acao, "Origin"),
			    "row %zu: no Vary: Origin", i);
		}
		/* A plain OPTIONS says what the path allows. */
		if (cors_rows[i].status == 204 && cors_rows[i].extra == NULL) {
			allow = t_header(&r, "Allow");
			ck_assert_msg(allow != NULL && strstr(allow, "GET") &&
			    strstr(allow, "OPTIONS"), "Allow: %s", allow);
			free(allow);
		}
		free(acao);
		free(acam);
		resp_free(&r);
	}
}
END_TEST

/* Event streams get CORS headers too (EventSource from another page). */
START_TEST(test_cors_events)
{
	struct buf	 b = { 0 };
	struct pollfd	 pfd;
	char		 tmp[4096];
	const char	*q = "GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
	    "Origin: http://localhost:3000\r\n\r\n";
	long		 deadline;
	ssize_t		 n;
	int		 fd;

	fd = tu_connect(NULL, g.port);
	ck_assert_int_ne(fd, -1);
	ck_assert(write(fd, q, strlen(q)) == (ssize_t)strlen(q));
	pfd.fd = fd;
	pfd.events = POLLIN;
	deadline = tu_now_ms() + 5000;
	while ((b.data == NULL || strstr(b.data, "events") == NULL) &&
	    tu_now_ms() < deadline && poll(&pfd, 1, 500) > 0 &&
	    (n = read(fd, tmp, sizeof tmp - 1)) > 0) {
		buf_add(&b, tmp, (size_t)n);
		buf_addc(&b, '\0');
		b.len--;
	}
	close(fd);
	ck_assert_msg(b.data != NULL && strstr(b.data,
	    "Access-Control-Allow-Origin: http://localhost:3000") != NULL &&
	    strstr(b.data, "text/event-stream") != NULL, "%s", b.data);
	buf_free(&b);
}
END_TEST

/*
 * config/grafana-itinerd.json asks the API what the README says it can:
 * every panel's URL answers over the loopback listener under the Host a
 * container uses, and every column it selects is in the reply.
 */
START_TEST(test_grafana_example)
{
	json_error_t	 e;
	json_t		*dash, *panel, *t, *col, *par, *body, *root, *row;
	const char	*url, *sel, *pre = "${itinerd_url}";
	struct buf	 path = { 0 };
	struct resp	 r;
	char		*file, *host;
	size_t		 i, j, k, ntargets = 0;

	file = xasprintf("%s/config/grafana-itinerd.json",
	    tu_env("ITINERD_SRCDIR"));
	dash = json_load_file(file, 0, &e);
	ck_assert_msg(dash != NULL, "%s: %s", file, e.text);
	host = xasprintf("host.docker.internal:%d", g.port);
	json_array_foreach(json_object_get(dash, "panels"), i, panel) {
		json_array_foreach(json_object_get(panel, "targets"), j, t) {
			url = json_string_value(json_object_get(t, "url"));
			ck_assert(url != NULL && strncmp(url, pre,
			    strlen(pre)) == 0);
			buf_adds(&path, url + strlen(pre));
			json_array_foreach(json_object_get(json_object_get(t,
			    "url_options"), "params"), k, par)
				buf_printf(&path, "%c%s=%s", k == 0 ? '?' : '&',
				    json_string_value(json_object_get(par,
				    "key")), json_string_value(json_object_get(
				    par, "value")));
			t_req(NULL, g.port, "GET", path.data, host, NULL, NULL,
			    &r);
			ck_assert_msg(r.status == 200, "%s: %d", path.data,
			    r.status);
			body = json_loads(r.body, 0, NULL);
			ck_assert(body != NULL);
			root = json_object_get(body, json_string_value(
			    json_object_get(t, "root_selector")));
			ck_assert_msg(root != NULL, "%s: no %s", path.data,
			    json_string_value(json_object_get(t,
			    "root_selector")));
			row = json_is_array(root) ? json_array_get(root, 0) :
			    root;
			ck_assert_msg(json_is_object(row), "%s: no rows",
			    path.data);
			json_array_foreach(json_object_get(t, "columns"), k,
			    col) {
				sel = json_string_value(json_object_get(col,
				    "selector"));
				ck_assert_msg(json_object_get(row, sel) !=
				    NULL, "%s: rows have no '%s'", path.data,
				    sel);
			}
			json_decref(body);
			resp_free(&r);
			path.len = 0;
			ntargets++;
		}
	}
	ck_assert_int_ge((int)ntargets, 5);
	buf_free(&path);
	free(host);
	free(file);
	json_decref(dash);
}
END_TEST

/* {[api] line, what the error names}: refused by --check-config. */
static const struct {
	const char	*line;
	const char	*what;
} bad_config_rows[] = {
	{ "cors_origins = localhost:3000", "cors_origins: 'localhost:3000'" },
	{ "cors_origins = http://a.example/", "'http://a.example/'" },
	{ "cors_origins = http://a.example, ftp://b", "'ftp://b'" },
	{ "cors_origins = http://:80", "'http://:80'" },
	{ "cors_origins = http://a:1234567", "'http://a:1234567'" },
	{ "http_hosts = host.docker.internal:8088", "http_hosts" },
	{ "http_hosts = a b", "'a b'" },
};

START_TEST(test_config_values)
{
	char		*dir, *path, *text, *out = NULL, *err = NULL;
	char		*av[5];
	size_t		 i;
	int		 st;

	dir = tu_tmpdir();
	path = xasprintf("%s/c.conf", dir);
	av[0] = (char *)tu_env("ITINERD_BIN");
	av[1] = "--check-config";
	av[2] = "-c";
	av[3] = path;
	av[4] = NULL;
	for (i = 0; i < sizeof bad_config_rows / sizeof bad_config_rows[0];
	    i++) {
		text = xasprintf("[daemon]\ndatabase = %s/db\nsocket = %s/s\n"
		    "[api]\n%s\n", dir, dir, bad_config_rows[i].line);
		ck_assert_int_eq(tu_write_file(path, text), 0);
		st = tu_run(av, &out, &err, 10000);
		ck_assert_msg(st != 0 && err != NULL && strstr(err,
		    bad_config_rows[i].what) != NULL && strstr(err, ":5:") !=
		    NULL, "%s: status %d, %s", bad_config_rows[i].line, st,
		    err);
		free(out);
		free(err);
		free(text);
	}
	text = xasprintf("[daemon]\ndatabase = %s/db\nsocket = %s/s\n[api]\n"
	    "cors_origins = http://localhost:3000, https://[::1]:8443,"
	    "https://grafana.example\nhttp_hosts = host.docker.internal, "
	    "itinerd.internal\ndashboard_dir = %s\n", dir, dir, dir);
	ck_assert_int_eq(tu_write_file(path, text), 0);
	st = tu_run(av, &out, &err, 10000);
	ck_assert_msg(st == 0, "a good [api] refused: %s", err);
	free(out);
	free(err);
	free(text);
	free(path);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/* browser: a DevTools protocol client on a pipe. */

struct cdp {
	pid_t	 pid;
	int	 wfd;		/* commands, to Chromium's fd 3 */
	int	 rfd;		/* replies and events, from its fd 4 */
	struct buf in;
	int	 next_id;
	char	*session;
	char	*profile;
	char	*log;
	json_t	*errors;	/* console errors, exceptions, failed loads */
};

/* Records what counts as an error on the page. */
static void
cdp_event(struct cdp *c, json_t *m)
{
	const char	*method = json_string_value(json_object_get(m,
	    "method"));
	json_t		*p = json_object_get(m, "params"), *e, *a0;
	char		*s = NULL;

	if (method == NULL)
		return;
	if (strcmp(method, "Runtime.exceptionThrown") == 0) {
		e = json_object_get(p, "exceptionDetails");
		s = xasprintf("exception: %s %s", json_string_value(
		    json_object_get(e, "text")), json_string_value(
		    json_object_get(json_object_get(e, "exception"),
		    "description")));
	} else if (strcmp(method, "Runtime.consoleAPICalled") == 0) {
		if (strcmp(json_string_value(json_object_get(p, "type")),
		    "error") != 0 && strcmp(json_string_value(
		    json_object_get(p, "type")), "assert") != 0)
			return;
		a0 = json_array_get(json_object_get(p, "args"), 0);
		s = json_dumps(a0, JSON_COMPACT);
	} else if (strcmp(method, "Log.entryAdded") == 0) {
		e = json_object_get(p, "entry");
		if (strcmp(json_string_value(json_object_get(e, "level")),
		    "error") != 0)
			return;
		s = xasprintf("log: %s (%s)", json_string_value(
		    json_object_get(e, "text")), json_string_value(
		    json_object_get(e, "url")));
	} else
		return;
	json_array_append_new(c->errors, json_string(s != NULL ? s : "?"));
	free(s);
}

/* The next message, waiting at most until deadline; NULL on timeout. */
static json_t *
cdp_read(struct cdp *c, long deadline)
{
	struct pollfd	 pfd = { c->rfd, POLLIN, 0 };
	char		 tmp[65536], *nul, *rest;
	json_t		*m;
	ssize_t		 n;
	size_t		 len;

	for (;;) {
		if (c->in.len > 0 && (nul = memchr(c->in.data, '\0',
		    c->in.len)) != NULL) {
			len = (size_t)(nul - c->in.data);
			m = json_loadb(c->in.data, len, 0, NULL);
			ck_assert_msg(m != NULL, "DevTools sent no JSON");
			rest = c->in.data + len + 1;
			memmove(c->in.data, rest, c->in.len - len - 1);
			c->in.len -= len + 1;
			return m;
		}
		if (tu_now_ms() >= deadline || poll(&pfd, 1,
		    (int)(deadline - tu_now_ms())) <= 0)
			return NULL;
		n = read(c->rfd, tmp, sizeof tmp);
		ck_assert_msg(n > 0, "Chromium closed the DevTools pipe; "
		    "its log: %s", tu_read_file(c->log, NULL));
		buf_add(&c->in, tmp, (size_t)n);
	}
}

/*
 * Calls method (params stolen; may be NULL) in the page's session (or
 * the browser's when there is none yet) and returns its "result" (caller
 * decrefs).  A protocol error fails the test.
 */
static json_t *
cdp_call(struct cdp *c, const char *method, json_t *params)
{
	json_t		*q, *m, *res;
	char		*s;
	long		 deadline = tu_now_ms() + 15000;
	int		 id = ++c->next_id;
	size_t		 len;

	q = json_pack("{s:i, s:s, s:o}", "id", id, "method", method,
	    "params", params != NULL ? params : json_object());
	if (c->session != NULL)
		json_object_set_new(q, "sessionId", json_string(c->session));
	s = json_dumps(q, JSON_COMPACT);
	len = strlen(s) + 1;	/* the NUL ends the message */
	ck_assert(write(c->wfd, s, len) == (ssize_t)len);
	free(s);
	json_decref(q);
	for (;;) {
		m = cdp_read(c, deadline);
		ck_assert_msg(m != NULL, "DevTools: no answer to %s", method);
		if (json_integer_value(json_object_get(m, "id")) == id)
			break;
		cdp_event(c, m);
		json_decref(m);
	}
	ck_assert_msg(json_object_get(m, "error") == NULL, "%s: %s", method,
	    json_dumps(json_object_get(m, "error"), JSON_COMPACT));
	res = json_incref(json_object_get(m, "result"));
	json_decref(m);
	return res;
}

/* Takes in what came while we did not ask (events). */
static void
cdp_drain(struct cdp *c)
{
	json_t	*m;

	while ((m = cdp_read(c, tu_now_ms())) != NULL) {
		cdp_event(c, m);
		json_decref(m);
	}
}

/* Evaluates a JavaScript expression in the page; its value (decref). */
static json_t *
cdp_eval(struct cdp *c, const char *expr)
{
	json_t	*r, *v, *ex;

	r = cdp_call(c, "Runtime.evaluate", json_pack("{s:s, s:b, s:b}",
	    "expression", expr, "returnByValue", 1, "awaitPromise", 1));
	ex = json_object_get(r, "exceptionDetails");
	ck_assert_msg(ex == NULL, "%s: %s", expr, json_dumps(ex,
	    JSON_COMPACT));
	v = json_object_get(json_object_get(r, "result"), "value");
	v = v != NULL ? json_incref(v) : json_null();
	json_decref(r);
	return v;
}

static long long
cdp_int(struct cdp *c, const char *expr)
{
	json_t		*v = cdp_eval(c, expr);
	long long	 n;

	ck_assert_msg(json_is_number(v), "%s: not a number", expr);
	n = (long long)json_number_value(v);
	json_decref(v);
	return n;
}

/* Caller frees. */
static char *
cdp_str(struct cdp *c, const char *expr)
{
	json_t	*v = cdp_eval(c, expr);
	char	*s;

	ck_assert_msg(json_is_string(v), "%s: not a string", expr);
	s = xstrdup(json_string_value(v));
	json_decref(v);
	return s;
}

/* Waits until expr is true in the page; 0, or -1 after timeout_ms. */
static int
cdp_wait(struct cdp *c, const char *expr, int timeout_ms)
{
	long	 deadline = tu_now_ms() + timeout_ms;
	json_t	*v;
	int	 ok;

	do {
		v = cdp_eval(c, expr);
		ok = json_is_true(v);
		json_decref(v);
		if (ok)
			return 0;
		t_sleep_ms(50);
	} while (tu_now_ms() < deadline);
	return -1;
}

static void
cdp_start(struct cdp *c)
{
	int	 cmd[2], rep[2], fd;
	json_t	*r;
	char	*ud, *tid;

	memset(c, 0, sizeof *c);
	c->errors = json_array();
	c->profile = tu_tmpdir();
	c->log = xasprintf("%s.log", c->profile);
	ck_assert_int_eq(pipe(cmd), 0);
	ck_assert_int_eq(pipe(rep), 0);
	ud = xasprintf("--user-data-dir=%s", c->profile);
	c->pid = fork();
	ck_assert_int_ne(c->pid, -1);
	if (c->pid == 0) {
		/* Its own group, so that stopping it takes its helpers. */
		setpgid(0, 0);
		fd = open(c->log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd != -1) {
			dup2(fd, STDOUT_FILENO);
			dup2(fd, STDERR_FILENO);
		}
		/* Chromium reads commands on fd 3, writes on fd 4. */
		cmd[0] = dup(cmd[0]);
		rep[1] = dup(rep[1]);
		dup2(cmd[0], 3);
		dup2(rep[1], 4);
		execl(t_chromium(), t_chromium(), "--headless", "--no-sandbox",
		    "--disable-gpu", "--remote-debugging-pipe", ud,
		    "--no-first-run", "--no-default-browser-check",
		    "--disable-extensions", "--disable-background-networking",
		    "--disable-component-update", "--disable-sync",
		    "--disable-default-apps", "--no-pings",
		    "--disable-domain-reliability", "--no-proxy-server",
		    "--disable-features=Translate,OptimizationHints,"
		    "MediaRouter", "--hide-scrollbars", "--mute-audio",
		    "--window-size=1280,800", "about:blank", (char *)NULL);
		_exit(127);
	}
	free(ud);
	close(cmd[0]);
	close(rep[1]);
	c->wfd = cmd[1];
	c->rfd = rep[0];
	r = cdp_call(c, "Target.createTarget", json_pack("{s:s}", "url",
	    "about:blank"));
	tid = xstrdup(json_string_value(json_object_get(r, "targetId")));
	json_decref(r);
	r = cdp_call(c, "Target.attachToTarget", json_pack("{s:s, s:b}",
	    "targetId", tid, "flatten", 1));
	free(tid);
	ck_assert(json_is_string(json_object_get(r, "sessionId")));
	c->session = xstrdup(json_string_value(json_object_get(r,
	    "sessionId")));
	json_decref(r);
	json_decref(cdp_call(c, "Runtime.enable", NULL));
	json_decref(cdp_call(c, "Log.enable", NULL));
	json_decref(cdp_call(c, "Page.enable", NULL));
}

static void
cdp_stop(struct cdp *c)
{
	const char	*bye = "{\"id\":999999,\"method\":\"Browser.close\"}";
	ssize_t		 n;

	free(c->session);
	c->session = NULL;
	/* If it is gone already, the wait below finds out. */
	n = write(c->wfd, bye, strlen(bye) + 1);
	(void)n;
	if (tu_wait(c->pid, 5000) < 0) {
		kill(-c->pid, SIGKILL);
		tu_wait(c->pid, 5000);
	}
	close(c->wfd);
	close(c->rfd);
	buf_free(&c->in);
	json_decref(c->errors);
	tu_rmtree(c->profile);
	unlink(c->log);
	free(c->profile);
	free(c->log);
}

/* Loads path of the daemon's page and waits until it has drawn. */
static void
cdp_open(struct cdp *c, const char *path)
{
	char	*url, *expr;

	url = xasprintf("http://127.0.0.1:%d%s", g.port, path);
	json_decref(cdp_call(c, "Page.navigate", json_pack("{s:s}", "url",
	    url)));
	expr = xasprintf("location.href === '%s' && document.body !== null "
	    "&& document.body.dataset.ready === '1'", url);
	ck_assert_msg(cdp_wait(c, expr, 15000) == 0, "%s did not load: %s",
	    url, json_dumps(c->errors, 0));
	free(expr);
	free(url);
}

static void
cdp_no_errors(struct cdp *c)
{
	char	*s;

	cdp_drain(c);
	s = json_dumps(c->errors, JSON_INDENT(1));
	ck_assert_msg(json_array_size(c->errors) == 0, "the console has "
	    "errors: %s", s);
	free(s);
}

/* Standard base64 (what captureScreenshot sends); returns the length. */
static size_t
t_unbase64(const char *in, unsigned char *out)
{
	static const char	 al[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmn"
	    "opqrstuvwxyz0123456789+/";
	unsigned		 acc = 0;
	size_t			 n = 0;
	int			 bits = 0;
	const char		*p;

	for (; *in != '\0' && *in != '='; in++) {
		if ((p = strchr(al, *in)) == NULL)
			continue;
		acc = (acc << 6) | (unsigned)(p - al);
		if ((bits += 6) >= 8) {
			bits -= 8;
			out[n++] = (unsigned char)(acc >> bits);
		}
	}
	return n;
}

/*
 * Shows the page at width x height in the light or dark scheme and saves
 * a screenshot as $ITINERD_BUILDDIR/dashboard-[TAG-]WxH-SCHEME.png.
 */
static void
cdp_screenshot(struct cdp *c, const char *tag, int w, int h,
    const char *scheme)
{
	json_t		*r;
	const char	*b64, *dir = getenv("ITINERD_BUILDDIR");
	unsigned char	*png;
	char		*path;
	size_t		 n;
	FILE		*f;

	json_decref(cdp_call(c, "Emulation.setDeviceMetricsOverride",
	    json_pack("{s:i, s:i, s:i, s:b}", "width", w, "height", h,
	    "deviceScaleFactor", 1, "mobile", w < 600)));
	json_decref(cdp_call(c, "Emulation.setEmulatedMedia", json_pack(
	    "{s:[{s:s, s:s}]}", "features", "name", "prefers-color-scheme",
	    "value", scheme)));
	/* The page follows the size (timeline redrawn, map resized). */
	ck_assert_int_eq(cdp_wait(c, "document.documentElement.clientWidth "
	    "<= innerWidth", 10000), 0);
	t_sleep_ms(400);
	ck_assert_int_eq(cdp_int(c, "document.querySelector('#timeline svg')"
	    ".getBoundingClientRect().width <= innerWidth ? 1 : 0"), 1);
	r = cdp_call(c, "Page.captureScreenshot", json_pack("{s:s}",
	    "format", "png"));
	b64 = json_string_value(json_object_get(r, "data"));
	ck_assert(b64 != NULL);
	png = xmalloc(strlen(b64));
	n = t_unbase64(b64, png);
	ck_assert_msg(n > 10000 && memcmp(png, "\x89PNG", 4) == 0,
	    "screenshot %dx%d: %zu bytes", w, h, n);
	if (dir != NULL) {
		path = xasprintf("%s/dashboard-%s%s%dx%d-%s.png", dir,
		    tag != NULL ? tag : "", tag != NULL ? "-" : "", w, h,
		    scheme);
		ck_assert((f = fopen(path, "wb")) != NULL);
		ck_assert(fwrite(png, 1, n, f) == n);
		fclose(f);
		free(path);
	}
	free(png);
	json_decref(r);
}

/* The destinations of a list of legs: distinct (lat, lon, city, country). */
static size_t
t_places(const json_t *legs)
{
	json_t		*seen = json_object();
	const json_t	*l;
	char		*k;
	size_t		 i, n;

	json_array_foreach(legs, i, l) {
		if (!json_is_number(json_object_get(l, "lat")))
			continue;
		k = xasprintf("%g,%g,%s,%s", json_number_value(
		    json_object_get(l, "lat")), json_number_value(
		    json_object_get(l, "lon")), json_string_value(
		    json_object_get(l, "city")) != NULL ? json_string_value(
		    json_object_get(l, "city")) : "", json_string_value(
		    json_object_get(l, "country")));
		json_object_set_new(seen, k, json_true());
		free(k);
	}
	n = json_object_size(seen);
	json_decref(seen);
	return n;
}

static int
t_cmp_ll(const void *a, const void *b)
{
	long long	x = *(const long long *)a, y = *(const long long *)b;

	return x < y ? -1 : x > y;
}

/* "1,2,5": the ids of the objects in a, sorted.  Caller frees. */
static char *
t_sorted_ids(const json_t *a)
{
	struct buf	 b = { 0 };
	long long	*v;
	const json_t	*e;
	size_t		 i, n = json_array_size(a);

	v = xcalloc(n + 1, sizeof *v);
	json_array_foreach(a, i, e)
		v[i] = json_integer_value(json_object_get(e, "id"));
	qsort(v, n, sizeof *v, t_cmp_ll);
	buf_adds(&b, "");
	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%lld", i > 0 ? "," : "", v[i]);
	free(v);
	return buf_steal(&b);
}

/*
 * The page against the API for one filter query ("" or "?..."): a bar
 * per trip (the same trips) and a marker per destination.
 */
static void
t_check_counts(struct cdp *c, const char *q)
{
	json_t		*trips, *legs;
	char		*path, *ids, *want;
	size_t		 ntrips;

	path = xasprintf("/v1/trips%s%slimit=1000", q, *q ? "&" : "?");
	trips = t_api(path);
	free(path);
	path = xasprintf("/v1/legs%s%slimit=1000", q, *q ? "&" : "?");
	legs = t_api(path);
	free(path);
	ntrips = json_array_size(json_object_get(trips, "trips"));
	ck_assert_msg(ntrips > 0, "%s: the fixture has no trips here", q);
	ck_assert_int_eq(cdp_int(c, "document.querySelectorAll("
	    "'#timeline rect.bar').length"), (long long)ntrips);
	ck_assert_int_eq(cdp_int(c, "document.querySelectorAll("
	    "'#map path.marker').length"), (long long)t_places(
	    json_object_get(legs, "legs")));
	want = t_sorted_ids(json_object_get(trips, "trips"));
	ids = cdp_str(c, "[...document.querySelectorAll('#timeline rect.bar')]"
	    ".map((e) => +e.dataset.trip).sort((a, b) => a - b).join()");
	ck_assert_msg(strcmp(ids, want) == 0, "%s: bars for trips %s, the API "
	    "has %s", q, ids, want);
	free(ids);
	free(want);
	json_decref(trips);
	json_decref(legs);
}

START_TEST(test_browser_page)
{
	struct cdp	 c;
	json_t		*trip, *leg, *src;
	const json_t	*l;
	char		*s, *expr;
	long long	 w0, w1, w2;
	size_t		 i;

	cdp_start(&c);
	cdp_open(&c, "/");
	t_check_counts(&c, "");
	/* "now" is marked, and the live indicator says the stream is on. */
	ck_assert_int_eq(cdp_int(&c, "document.querySelectorAll("
	    "'#timeline .now').length"), 1);
	ck_assert_int_eq(cdp_wait(&c, "document.getElementById('conn')"
	    ".dataset.state === 'live'", 10000), 0);
	ck_assert_int_eq(cdp_int(&c, "document.getElementById('first-run')"
	    ".hidden ? 1 : 0"), 1);
	cdp_screenshot(&c, NULL, 1280, 800, "light");
	cdp_screenshot(&c, NULL, 1280, 800, "dark");
	cdp_screenshot(&c, NULL, 390, 844, "light");
	cdp_screenshot(&c, NULL, 390, 844, "dark");
	json_decref(cdp_call(&c, "Emulation.setDeviceMetricsOverride",
	    json_pack("{s:i, s:i, s:i, s:b}", "width", 1280, "height", 800,
	    "deviceScaleFactor", 1, "mobile", 0)));

	/* Filters from the URL narrow the map and the timeline. */
	cdp_open(&c, "/?person=Lloyd%20Austin");
	t_check_counts(&c, "?person=Lloyd%20Austin");
	s = cdp_str(&c, "document.getElementById('f-person').value");
	ck_assert_str_eq(s, "Lloyd Austin");
	free(s);
	cdp_open(&c, "/?dest_country=KR&since=2021-03-01");
	t_check_counts(&c, "?dest_country=KR&since=2021-03-01");
	/* ... and a filter chosen on the page goes into the URL. */
	cdp_open(&c, "/");
	json_decref(cdp_eval(&c, "(() => { const s = document.getElementById("
	    "'f-status'); s.value = 'cancelled'; s.dispatchEvent(new Event("
	    "'change', { bubbles: true })); return 1; })()"));
	ck_assert_int_eq(cdp_wait(&c, "location.search === '?status=cancelled'"
	    " && document.getElementById('summary').dataset.trips === '1'",
	    10000), 0);
	t_check_counts(&c, "?status=cancelled");

	/* The trip panel: the legs in order, each with its sources. */
	trip = t_api("/v1/trips/1");
	cdp_open(&c, "/?trip=1");
	ck_assert_int_eq(cdp_wait(&c, "document.querySelectorAll('#panel "
	    "ol.legs > li.leg').length > 0", 10000), 0);
	ck_assert_int_eq(cdp_int(&c, "document.querySelectorAll('#panel "
	    "ol.legs > li.leg').length"), (long long)json_array_size(
	    json_object_get(trip, "legs")));
	json_array_foreach(json_object_get(trip, "legs"), i, l) {
		leg = (json_t *)l;
		expr = xasprintf("document.querySelectorAll('#panel ol.legs > "
		    "li.leg')[%zu].dataset.leg", i);
		s = cdp_str(&c, expr);
		ck_assert_int_eq(atoll(s), json_integer_value(json_object_get(
		    leg, "id")));
		free(s);
		free(expr);
		expr = xasprintf("document.querySelectorAll('#panel ol.legs > "
		    "li.leg')[%zu].textContent", i);
		s = cdp_str(&c, expr);
		ck_assert_msg(strstr(s, json_string_value(json_object_get(leg,
		    "city"))) != NULL, "leg %zu: %s", i, s);
		src = json_array_get(json_object_get(leg, "sources"), 0);
		ck_assert(src != NULL);
		ck_assert_msg(strstr(s, json_string_value(json_object_get(src,
		    "title"))) != NULL && strstr(s, json_string_value(
		    json_object_get(src, "feed"))) != NULL && strstr(s,
		    json_string_value(json_object_get(src, "evidence"))) !=
		    NULL, "leg %zu lacks its source: %s", i, s);
		free(s);
		free(expr);
		expr = xasprintf("document.querySelectorAll('#panel ol.legs > "
		    "li.leg')[%zu].querySelector('a').getAttribute('href')", i);
		s = cdp_str(&c, expr);
		ck_assert_str_eq(s, json_string_value(json_object_get(src,
		    "url")));
		free(s);
		free(expr);
	}
	/* The route: one stop per leg with coordinates, and a line. */
	ck_assert_int_eq(cdp_int(&c, "document.querySelectorAll('#map "
	    "path.stop').length"), (long long)json_array_size(
	    json_object_get(trip, "route")));
	ck_assert_int_eq(cdp_int(&c, "document.querySelectorAll('#map "
	    "path.route').length"), 1);
	json_decref(trip);
	cdp_screenshot(&c, "trip", 1280, 800, "light");
	cdp_screenshot(&c, "trip", 390, 844, "dark");
	json_decref(cdp_call(&c, "Emulation.setDeviceMetricsOverride",
	    json_pack("{s:i, s:i, s:i, s:b}", "width", 1280, "height", 800,
	    "deviceScaleFactor", 1, "mobile", 0)));

	/* A marker, chosen with the keyboard, lists the legs there. */
	cdp_open(&c, "/");
	json_decref(cdp_eval(&c, "(() => { const m = [...document."
	    "querySelectorAll('#map path.marker')].find((e) => e.getAttribute("
	    "'aria-label').startsWith('Tokyo')); m.focus(); m.dispatchEvent("
	    "new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); "
	    "return 1; })()"));
	leg = t_api("/v1/legs?city=tokyo");
	ck_assert_int_eq(cdp_wait(&c, "document.querySelector('#panel h2') "
	    "!== null && document.querySelector('#panel h2').textContent"
	    ".startsWith('Tokyo')", 10000), 0);
	ck_assert_int_eq(cdp_int(&c, "document.querySelectorAll('#panel "
	    "ul.place-legs > li.leg').length"), (long long)json_array_size(
	    json_object_get(leg, "legs")));
	json_decref(leg);
	/* ... and a click does too. */
	json_decref(cdp_eval(&c, "(() => { const m = [...document."
	    "querySelectorAll('#map path.marker')].find((e) => e.getAttribute("
	    "'aria-label').startsWith('Paris')); const r = m."
	    "getBoundingClientRect(); m.dispatchEvent(new MouseEvent('click',"
	    " { bubbles: true, clientX: r.x + r.width / 2, clientY: r.y + "
	    "r.height / 2 })); return 1; })()"));
	ck_assert_int_eq(cdp_wait(&c, "document.querySelector('#panel h2')"
	    ".textContent.startsWith('Paris')", 10000), 0);

	/*
	 * A bar, with the keyboard, opens its trip.  This is the seventh
	 * page load in the tab: its fetch goes through only because each
	 * page closed its event stream when left (a browser gives a host
	 * about six connections, and kept pages would hold theirs).
	 */
	trip = t_api("/v1/trips/2");
	json_decref(cdp_eval(&c, "(() => { const b = document.querySelector("
	    "'#timeline rect.bar[data-trip=\"2\"]'); b.focus(); b."
	    "dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', "
	    "bubbles: true })); return 1; })()"));
	expr = xasprintf("document.querySelector('#panel h2').textContent === "
	    "'%s' && location.search === '?trip=2'", json_string_value(
	    json_object_get(trip, "person")));
	if (cdp_wait(&c, expr, 10000) != 0) {
		s = cdp_str(&c, "document.querySelector('#panel h2')"
		    ".textContent + ' ' + location.search");
		cdp_drain(&c);
		ck_abort_msg("Enter on trip 2's bar did not open it: %s; %s",
		    s, json_dumps(c.errors, 0));
	}
	free(expr);
	json_decref(trip);
	/* Escape clears it: the trip list again, no trip in the URL. */
	json_decref(cdp_eval(&c, "document.dispatchEvent(new KeyboardEvent("
	    "'keydown', { key: 'Escape', bubbles: true })), 1"));
	ck_assert_int_eq(cdp_wait(&c, "location.search === '' && "
	    "document.querySelectorAll('#panel ul.trip-list > li').length === "
	    "document.querySelectorAll('#timeline rect.bar').length", 10000),
	    0);
	/* The timeline zooms with + and -: a bar grows, then shrinks. */
	w0 = cdp_int(&c, "Math.round(document.querySelector('#timeline "
	    "rect.bar[data-trip=\"1\"]').getBBox().width * 100)");
	json_decref(cdp_eval(&c, "(() => { const t = document.getElementById("
	    "'timeline'); t.focus(); t.dispatchEvent(new KeyboardEvent("
	    "'keydown', { key: '+', bubbles: true })); return 1; })()"));
	w1 = cdp_int(&c, "Math.round(document.querySelector('#timeline "
	    "rect.bar[data-trip=\"1\"]').getBBox().width * 100)");
	json_decref(cdp_eval(&c, "(() => { const t = document.getElementById("
	    "'timeline'); for (let i = 0; i < 2; i++) t.dispatchEvent(new "
	    "KeyboardEvent('keydown', { key: '-', bubbles: true })); "
	    "return 1; })()"));
	w2 = cdp_int(&c, "Math.round(document.querySelector('#timeline "
	    "rect.bar[data-trip=\"1\"]').getBBox().width * 100)");
	ck_assert_msg(w1 > w0 && w2 < w1, "bar widths %lld, %lld, %lld",
	    w0, w1, w2);
	cdp_no_errors(&c);
	cdp_stop(&c);
}
END_TEST

START_TEST(test_browser_live)
{
	struct cdp	 c;
	struct resp	 r;
	char		*doc, *expr;
	long long	 legs, bars;
	int		 before;

	cdp_start(&c);
	cdp_open(&c, "/");
	ck_assert_int_eq(cdp_wait(&c, "document.getElementById('conn')"
	    ".dataset.state === 'live'", 10000), 0);
	legs = cdp_int(&c, "+document.getElementById('summary').dataset.legs");
	bars = cdp_int(&c, "document.querySelectorAll('#timeline rect.bar')"
	    ".length");
	/* A mark a reload would wipe. */
	json_decref(cdp_eval(&c, "window.itinerdTestMark = 1"));
	before = (int)cdp_int(&c, "document.querySelectorAll('#timeline "
	    "rect.bar[aria-label*=\"New Delhi\"]').length");
	doc = tu_fixture("api/import.rss", NULL);
	t_req(g.sock, 0, "POST", "/v1/import", NULL, "Content-Type: "
	    "application/rss+xml\r\n", doc, &r);
	ck_assert_msg(r.status == 200 || r.status == 202, "import: %d %s",
	    r.status, r.body);
	resp_free(&r);
	free(doc);
	expr = xasprintf("+document.getElementById('summary').dataset.legs > "
	    "%lld && document.querySelectorAll('#timeline rect.bar"
	    "[aria-label*=\"New Delhi\"]').length > %d", legs, before);
	ck_assert_msg(cdp_wait(&c, expr, 10000) == 0, "the imported leg did "
	    "not appear");
	free(expr);
	ck_assert_int_eq(cdp_int(&c, "window.itinerdTestMark || 0"), 1);
	ck_assert_int_ge(cdp_int(&c, "document.querySelectorAll('#timeline "
	    "rect.bar').length"), bars);
	/* The daemon goes away: the indicator says so. */
	ck_assert_int_eq(tu_kill_wait(g.pid, SIGTERM, 5000), 0);
	g.pid = 0;
	ck_assert_msg(cdp_wait(&c, "document.getElementById('conn')"
	    ".dataset.state !== 'live'", 10000) == 0, "still 'live' after the "
	    "daemon stopped");
	json_array_clear(c.errors);	/* the lost stream is expected */
	cdp_stop(&c);
}
END_TEST

static void
setup_empty(void)
{
	d_start(&g, 0, NULL, "[feed wire-test]\nurl = http://127.0.0.1:9/"
	    "none.rss\ninterval = 1s\n");
}

/* An empty database: the first-run note, naming the feeds. */
START_TEST(test_browser_first_run)
{
	struct cdp	 c;

	cdp_start(&c);
	cdp_open(&c, "/");
	ck_assert_int_eq(cdp_wait(&c, "!document.getElementById('first-run')"
	    ".hidden && document.getElementById('fr-feeds').textContent"
	    ".includes('wire-test')", 10000), 0);
	ck_assert_int_eq(cdp_int(&c, "document.querySelectorAll('#timeline "
	    "rect.bar').length"), 0);
	cdp_no_errors(&c);
	cdp_stop(&c);
}
END_TEST

static Suite *
e2e_web_suite(void)
{
	Suite	*s = suite_create("e2e_web");
	TCase	*tc;

	tc = tcase_create("web");
	tcase_add_test(tc, test_web_files);
	suite_add_tcase(s, tc);

	tc = tcase_create("serve");
	tcase_add_checked_fixture(tc, setup_fixture, teardown);
	tcase_add_test(tc, test_page_and_assets);
	tcase_add_test(tc, test_page_errors);
	tcase_add_test(tc, test_logs_url);
	suite_add_tcase(s, tc);

	tc = tcase_create("dashboard_dir");
	tcase_add_test(tc, test_dashboard_dir);
	suite_add_tcase(s, tc);

	tc = tcase_create("cors");
	tcase_add_checked_fixture(tc, setup_cors, teardown);
	tcase_add_test(tc, test_cors_rows);
	tcase_add_test(tc, test_cors_events);
	tcase_add_test(tc, test_grafana_example);
	tcase_add_test(tc, test_config_values);
	suite_add_tcase(s, tc);

	if (access(t_chromium(), X_OK) == 0) {
		tc = tcase_create("browser");
		tcase_set_timeout(tc, 60);
		tcase_add_checked_fixture(tc, setup_fixture, teardown);
		tcase_add_test(tc, test_browser_page);
		tcase_add_test(tc, test_browser_live);
		suite_add_tcase(s, tc);
		tc = tcase_create("first-run");
		tcase_set_timeout(tc, 60);
		tcase_add_checked_fixture(tc, setup_empty, teardown);
		tcase_add_test(tc, test_browser_first_run);
		suite_add_tcase(s, tc);
	} else {
		printf("SKIP check_e2e_web: 3 test cases (browser) need "
		    "chromium at %s (scripts/bootstrap dashboard installs "
		    "it)\n", t_chromium());
		fflush(stdout);
	}
	return s;
}

int
main(void)
{
	return tu_run_suite(e2e_web_suite());
}
