/*
 * check_e2e_api: the API's contract, tested against the real itinerd
 * over a real socket.  Each TCase starts the daemon on a temporary
 * directory whose database is created at the current schema and loaded
 * with tests/data/api/fixture.sql (five trips, eight legs, three
 * articles, three feeds; see the comment at its top), with a config that
 * has no feeds.  Covered: every endpoint, each filter, paging, the four
 * formats (iCalendar and GeoJSON parsed and checked), errors, limits
 * (connections, header and body size, timeout, slow event clients), the
 * read-only TCP listener, and access control from a second uid; exports
 * of the whole set (1,200 more trips, streamed in chunks), sort orders
 * and their paging, status as of today and the upcoming view; the event
 * stream's replay after a reconnect and across a restart.
 */
#include <arpa/inet.h>
#include <check.h>
#include <errno.h>
#include <grp.h>
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
#include "xmalloc.h"

struct daemon {
	char	*dir;
	char	*sock;
	char	*conf;
	char	*log;
	pid_t	 pid;
	int	 port;		/* TCP listener, 0 when none */
};

static struct daemon	g;

struct resp {
	int	 status;
	char	*headers;
	char	*body;
	int	 chunked;	/* the body came in chunks */
};

static void
resp_free(struct resp *r)
{
	free(r->headers);
	free(r->body);
	memset(r, 0, sizeof *r);
}

/*
 * Decodes a chunked body (RFC 9112 7.1); NULL when it is malformed or
 * lacks its last, empty chunk (a document cut short).
 */
static char *
t_dechunk(const char *p)
{
	struct buf	 b = { 0 };
	unsigned long	 n;
	char		*end;

	for (;;) {
		n = strtoul(p, &end, 16);
		if (end == p || strncmp(end, "\r\n", 2) != 0) {
			buf_free(&b);
			return NULL;
		}
		p = end + 2;
		if (n == 0)
			break;
		if (strlen(p) < n + 2 || strncmp(p + n, "\r\n", 2) != 0) {
			buf_free(&b);
			return NULL;
		}
		buf_add(&b, p, n);
		p += n + 2;
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

/* Splits a raw HTTP response; status -1 when it is not one. */
static void
t_parse(char *raw, struct resp *r)
{
	char	*sep;

	r->status = -1;
	if (sscanf(raw, "HTTP/1.%*d %d", &r->status) != 1)
		r->status = -1;
	sep = strstr(raw, "\r\n\r\n");
	r->headers = xstrndup(raw, sep != NULL ? (size_t)(sep - raw) :
	    strlen(raw));
	if (sep != NULL && strcasestr(r->headers,
	    "\r\nTransfer-Encoding: chunked") != NULL) {
		r->body = t_dechunk(sep + 4);
		ck_assert_msg(r->body != NULL, "a chunked body cut short: %s",
		    sep + 4);
		r->chunked = 1;
	} else
		r->body = xstrdup(sep != NULL ? sep + 4 : "");
}

/*
 * One request (Connection: close) on the Unix socket (sock) or TCP
 * (port); extra is more header lines ("Name: value\r\n...").
 */
static int
t_req(const char *sock, int port, const char *method, const char *path,
    const char *extra, const char *body, struct resp *r)
{
	char	*raw;

	memset(r, 0, sizeof *r);
	r->status = -1;
	if ((raw = tu_exchange(sock, port, method, path, NULL, extra, NULL,
	    body, 10000, NULL)) == NULL)
		return -1;
	t_parse(raw, r);
	free(raw);
	return r->status;
}

static int
t_get(const char *path, struct resp *r)
{
	return t_req(g.sock, 0, "GET", path, NULL, NULL, r);
}

/* The value of header name in r (any case); caller frees. */
static char *
t_header(const struct resp *r, const char *name)
{
	return tu_header(r->headers, name);
}

static json_t *
t_json(const struct resp *r)
{
	json_error_t	 e;
	json_t		*j;

	j = json_loads(r->body, 0, &e);
	ck_assert_msg(j != NULL, "not JSON (%s): %s", e.text, r->body);
	return j;
}

/* "4,1,2": the "id" (or key) members of the objects in a. */
static char *
t_ids(const json_t *a, const char *key)
{
	struct buf	 b = { 0 };
	const json_t	*e;
	size_t		 i;

	json_array_foreach(a, i, e) {
		if (i > 0)
			buf_addc(&b, ',');
		buf_printf(&b, "%lld", (long long)json_integer_value(
		    json_object_get(e, key)));
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

/* Checks {"error":{"code","message"}} and that message holds what. */
static void
t_check_error(const struct resp *r, int status, const char *what)
{
	json_t		*j, *e;
	const char	*msg;

	ck_assert_msg(r->status == status, "expected %d, got %d: %s", status,
	    r->status, r->body);
	j = t_json(r);
	e = json_object_get(j, "error");
	ck_assert_msg(json_is_string(json_object_get(e, "code")),
	    "no error code: %s", r->body);
	msg = json_string_value(json_object_get(e, "message"));
	ck_assert_msg(msg != NULL && (what == NULL || strstr(msg, what) !=
	    NULL), "message should name '%s': %s", what, r->body);
	json_decref(j);
}

/* Daemon lifecycle. */

/* More rows the next d_start loads after the fixture (NULL: none). */
static const char	*g_extra_sql;

/* Creates the database at the current schema and loads the fixture. */
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
	if (g_extra_sql != NULL)
		ck_assert_msg(sqlite3_exec(store_db(s), g_extra_sql, NULL,
		    NULL, &err) == SQLITE_OK, "extra rows: %s", err);
	free(sql);
	store_free(s);
}

/*
 * Starts itinerd with [daemon] keys plus daemon_extra and an [api]
 * section (may be NULL); with tcp, a loopback listener on a free port.
 */
static void
d_start(struct daemon *d, const char *daemon_extra, const char *api,
    int tcp)
{
	char		*db, *text, *listen = NULL;
	char *const	 argv[] = { (char *)tu_env("ITINERD_BIN"), "-f", "-c",
	    NULL, NULL };
	char		*av[5];
	struct resp	 r;
	int		 i;

	memset(d, 0, sizeof *d);
	d->dir = tu_tmpdir();
	chmod(d->dir, 0755);	/* the second uid must reach the socket */
	d->sock = xasprintf("%s/itinerd.sock", d->dir);
	d->conf = xasprintf("%s/itinerd.conf", d->dir);
	d->log = xasprintf("%s/log", d->dir);
	db = xasprintf("%s/itinerd.db", d->dir);
	t_load_fixture(db);
	if (tcp) {
		d->port = tu_free_port();
		listen = xasprintf("http_listen = 127.0.0.1:%d\n", d->port);
	}
	text = xasprintf("[daemon]\ndatabase = %s\nsocket = %s\n"
	    "socket_mode = 0666\nlog_level = debug\n%s%s\n%s%s", db, d->sock,
	    listen != NULL ? listen : "", daemon_extra != NULL ?
	    daemon_extra : "", api != NULL ? "[api]\n" : "", api != NULL ?
	    api : "");
	ck_assert_int_eq(tu_write_file(d->conf, text), 0);
	free(text);
	free(listen);
	free(db);
	memcpy(av, argv, sizeof av);
	av[3] = d->conf;
	d->pid = tu_spawn(av, d->log);
	ck_assert_msg(tu_wait_path(d->sock, 5000) == 0, "no socket; log: %s",
	    tu_read_file(d->log, NULL));
	/* Wait until it answers, not only binds. */
	for (i = 0; i < 100; i++) {
		if (t_req(d->sock, 0, "GET", "/v1/health", NULL, NULL, &r) ==
		    200) {
			resp_free(&r);
			return;
		}
		resp_free(&r);
		usleep(20000);
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
setup_plain(void)
{
	d_start(&g, NULL, NULL, 1);
}

static void
teardown(void)
{
	d_stop(&g);
}

/* Filters: {path, key of the array, expected ids in order}. */
static const struct {
	const char	*path;
	const char	*kind;
	const char	*ids;
} filter_rows[] = {
	{ "/v1/trips", "trips", "5,3,2,1,4" },
	{ "/v1/trips?sort=-start", "trips", "5,3,2,1,4" },
	{ "/v1/trips?sort=start", "trips", "1,2,3,5,4" },
	{ "/v1/trips?sort=-updated", "trips", "5,4,3,2,1" },
	{ "/v1/trips?sort=updated", "trips", "1,2,3,4,5" },
	{ "/v1/trips?status_now=cancelled", "trips", "3" },
	{ "/v1/trips?status_now=past", "trips", "5,2,1" },
	{ "/v1/trips?status_now=under_way", "trips", "" },
	{ "/v1/trips?status_now=under%20way", "trips", "" },
	{ "/v1/trips?view=upcoming", "trips", "" },
	{ "/v1/legs?status_now=past", "legs", "1,4,2,5,3,8" },
	{ "/v1/legs?status_now=cancelled", "legs", "6" },
	{ "/v1/trips?person=austin", "trips", "5,1" },
	{ "/v1/trips?person=LLOYD%20AUSTIN", "trips", "5,1" },
	{ "/v1/trips?person=Lloyd+Austin", "trips", "5,1" },
	{ "/v1/trips?person=s%C3%A9bastien%20lecornu", "trips", "3" },
	{ "/v1/trips?person=LECORNU", "trips", "3" },
	{ "/v1/trips?person=nobody", "trips", "" },
	{ "/v1/trips?role=secretary%20of%20state", "trips", "2" },
	{ "/v1/trips?role=armed%20forces", "trips", "3" },
	{ "/v1/trips?official_country=us", "trips", "5,2,1" },
	{ "/v1/trips?dest_country=IN", "trips", "1,4" },
	{ "/v1/trips?city=seoul", "trips", "2,1" },
	{ "/v1/trips?city=brasilia", "trips", "3" },
	{ "/v1/trips?city=BRAS%C3%8DLIA", "trips", "3" },
	{ "/v1/trips?since=2021-03-19", "trips", "5,3,1" },
	{ "/v1/trips?until=2021-03-16", "trips", "2,1" },
	{ "/v1/trips?since=2021-03-18&until=2021-06-01", "trips", "3,2,1" },
	{ "/v1/trips?status=cancelled", "trips", "3" },
	{ "/v1/trips?status=planned", "trips", "4" },
	{ "/v1/trips?min_confidence=0.9", "trips", "5,1" },
	{ "/v1/trips?person=austin&since=2022-01-01", "trips", "5" },
	{ "/v1/trips?official_country=US&dest_country=KR", "trips", "2,1" },
	{ "/v1/legs", "legs", "7,1,4,2,5,3,6,8" },
	{ "/v1/legs?person=blinken", "legs", "4,5" },
	{ "/v1/legs?dest_country=kr", "legs", "2,5" },
	{ "/v1/legs?city=tokyo&status=completed", "legs", "1,4" },
	{ "/v1/legs?since=2022-01-01", "legs", "8" },
	{ "/v1/legs?until=2021-03-16", "legs", "1,4" },
	{ "/v1/legs?role=defense", "legs", "1,2,3,8" },
	{ "/v1/legs?official_country=de", "legs", "7" },
	{ "/v1/legs?min_confidence=0.9", "legs", "1,4,2,8" },
	{ "/v1/officials", "officials", "4,2,1,3" },
	{ "/v1/officials?official_country=US", "officials", "2,1" },
	{ "/v1/officials?person=baerbock", "officials", "4" },
	{ "/v1/officials?role=foreign", "officials", "4" },
	{ "/v1/places", "places", "5,6,4,3,1,2" },
	{ "/v1/places?dest_country=IN", "places", "4,3" },
	{ "/v1/places?city=new%20delhi", "places", "3" },
	{ "/v1/articles", "articles", "3,2,1" },
	{ "/v1/articles?q=brasilia", "articles", "2" },
	{ "/v1/articles?feed=mod-press", "articles", "3,2" },
};

START_TEST(test_filters)
{
	struct resp	 r;
	json_t		*j;
	char		*ids;
	size_t		 i;

	for (i = 0; i < sizeof filter_rows / sizeof filter_rows[0]; i++) {
		ck_assert_int_eq(t_get(filter_rows[i].path, &r), 200);
		j = t_json(&r);
		ids = t_ids(json_object_get(j, filter_rows[i].kind), "id");
		ck_assert_msg(strcmp(ids, filter_rows[i].ids) == 0,
		    "%s: expected ids [%s], got [%s]", filter_rows[i].path,
		    filter_rows[i].ids, ids);
		ck_assert(json_is_null(json_object_get(j, "next_cursor")));
		free(ids);
		json_decref(j);
		resp_free(&r);
	}
}
END_TEST

/* Paging: every page size walks the same rows as one big page. */
START_TEST(test_paging)
{
	static const struct {
		const char	*path;
		const char	*kind;
		int		 limit;
	} rows[] = {
		{ "/v1/trips", "trips", 1 }, { "/v1/trips", "trips", 2 },
		{ "/v1/trips?person=austin", "trips", 1 },
		{ "/v1/legs", "legs", 3 }, { "/v1/legs?status=completed",
		"legs", 2 }, { "/v1/officials", "officials", 1 },
		{ "/v1/places", "places", 2 }, { "/v1/articles", "articles",
		1 }, { "/v1/articles?q=secretary", "articles", 1 },
	};
	struct resp	 r;
	json_t		*j, *next;
	struct buf	 walked = { 0 };
	char		*all, *ids, *path, *cur = NULL;
	const char	*sep;
	size_t		 i;
	int		 pages;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		sep = strchr(rows[i].path, '?') != NULL ? "&" : "?";
		ck_assert_int_eq(t_get(rows[i].path, &r), 200);
		j = t_json(&r);
		all = t_ids(json_object_get(j, rows[i].kind), "id");
		json_decref(j);
		resp_free(&r);
		buf_reset(&walked);
		for (pages = 0; pages < 20; pages++) {
			path = cur == NULL ? xasprintf("%s%slimit=%d",
			    rows[i].path, sep, rows[i].limit) :
			    xasprintf("%s%slimit=%d&cursor=%s", rows[i].path,
			    sep, rows[i].limit, cur);
			ck_assert_int_eq(t_get(path, &r), 200);
			free(path);
			j = t_json(&r);
			ck_assert_int_le(json_array_size(json_object_get(j,
			    rows[i].kind)), (size_t)rows[i].limit);
			ids = t_ids(json_object_get(j, rows[i].kind), "id");
			if (walked.len > 0 && *ids != '\0')
				buf_addc(&walked, ',');
			buf_adds(&walked, ids);
			free(ids);
			free(cur);
			cur = NULL;
			next = json_object_get(j, "next_cursor");
			if (json_is_string(next))
				cur = xstrdup(json_string_value(next));
			json_decref(j);
			resp_free(&r);
			if (cur == NULL)
				break;
		}
		ck_assert_msg(strcmp(walked.data != NULL ? walked.data : "",
		    all) == 0, "%s by %d: walked [%s], all [%s]",
		    rows[i].path, rows[i].limit, walked.data, all);
		ck_assert_int_gt(pages, 0);
		free(all);
	}
	buf_free(&walked);
}
END_TEST

START_TEST(test_places)
{
	struct resp	 r;
	json_t		*j, *p;
	size_t		 i;
	int		 seen = 0;

	ck_assert_int_eq(t_get("/v1/places", &r), 200);
	j = t_json(&r);
	ck_assert_int_eq(json_array_size(json_object_get(j, "places")), 6);
	json_array_foreach(json_object_get(j, "places"), i, p) {
		if (json_integer_value(json_object_get(p, "id")) != 1)
			continue;
		seen = 1;
		ck_assert_str_eq(json_string_value(json_object_get(p, "city")),
		    "Tokyo");
		ck_assert_int_eq(json_integer_value(json_object_get(p,
		    "visits")), 2);
		ck_assert(json_real_value(json_object_get(p, "lat")) > 35.68);
	}
	ck_assert(seen);
	json_decref(j);
	resp_free(&r);
}
END_TEST

START_TEST(test_trip_detail)
{
	struct resp	 r;
	json_t		*j, *legs, *src;
	char		*ids;

	ck_assert_int_eq(t_get("/v1/trips/1", &r), 200);
	j = t_json(&r);
	ck_assert_str_eq(json_string_value(json_object_get(j, "person")),
	    "Lloyd Austin");
	ids = t_ids(json_object_get(j, "route"), "leg_id");
	ck_assert_str_eq(ids, "1,2,3");
	free(ids);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(
	    json_object_get(j, "route"), 2), "city")), "New Delhi");
	legs = json_object_get(j, "legs");
	ids = t_ids(legs, "id");
	ck_assert_str_eq(ids, "1,2,3");
	free(ids);
	src = json_array_get(json_object_get(json_array_get(legs, 0),
	    "sources"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(src, "title")),
	    "Austin and Blinken arrive in Tokyo");
	ck_assert_str_eq(json_string_value(json_object_get(src, "url")),
	    "https://news.example/world/austin-blinken-asia");
	ck_assert_str_eq(json_string_value(json_object_get(src, "feed")),
	    "wire-world");
	ck_assert(strstr(json_string_value(json_object_get(src,
	    "evidence")), "arrived in Japan yesterday") != NULL);
	json_decref(j);
	resp_free(&r);

	ck_assert_int_eq(t_get("/v1/trips/4", &r), 200);
	j = t_json(&r);
	ck_assert(json_is_null(json_object_get(j, "start")));
	ck_assert(json_is_null(json_object_get(json_array_get(
	    json_object_get(j, "route"), 0), "city")));
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(
	    json_object_get(j, "route"), 0), "country")), "IN");
	json_decref(j);
	resp_free(&r);
}
END_TEST

START_TEST(test_articles)
{
	struct resp	 r;
	json_t		*j, *legs;
	char		*ids;

	ck_assert_int_eq(t_get("/v1/articles/3", &r), 200);
	j = t_json(&r);
	ck_assert(strstr(json_string_value(json_object_get(j, "text")),
	    "Annalena Baerbock will travel to India") != NULL);
	ids = json_dumps(json_object_get(j, "feeds"), JSON_COMPACT);
	ck_assert_str_eq(ids, "[\"wire-world\",\"mod-press\"]");
	free(ids);
	legs = json_object_get(j, "legs");
	ids = t_ids(legs, "id");
	ck_assert_str_eq(ids, "7,8");
	free(ids);
	ck_assert(strstr(json_string_value(json_object_get(
	    json_array_get(legs, 1), "evidence")), "in Paris") != NULL);
	json_decref(j);
	resp_free(&r);
}
END_TEST

START_TEST(test_search)
{
	struct resp	 r;
	json_t		*j, *a;
	const char	*snip;
	char		*ids;

	/* Accent-insensitive, with a snippet marking the match. */
	ck_assert_int_eq(t_get("/v1/articles?q=brasilia", &r), 200);
	j = t_json(&r);
	a = json_array_get(json_object_get(j, "articles"), 0);
	snip = json_string_value(json_object_get(a, "snippet"));
	ck_assert_msg(snip != NULL && strstr(snip, "[Bras\xc3\xadlia]") !=
	    NULL, "snippet: %s", snip);
	json_decref(j);
	resp_free(&r);
	/* Every word must match; quotes in input are no syntax error. */
	ck_assert_int_eq(t_get("/v1/articles?q=Austin", &r), 200);
	j = t_json(&r);
	ids = t_ids(json_object_get(j, "articles"), "id");
	ck_assert(strcmp(ids, "1,3") == 0 || strcmp(ids, "3,1") == 0);
	free(ids);
	json_decref(j);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/articles?q=Austin+Paris", &r), 200);
	j = t_json(&r);
	ids = t_ids(json_object_get(j, "articles"), "id");
	ck_assert_str_eq(ids, "3");
	free(ids);
	json_decref(j);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/articles?q=%22AND%20(", &r), 200);
	resp_free(&r);
}
END_TEST

START_TEST(test_feeds_health_metrics)
{
	struct resp	 r;
	json_t		*j, *f, *c;
	char		*ct;

	ck_assert_int_eq(t_get("/v1/feeds", &r), 200);
	j = t_json(&r);
	f = json_array_get(json_object_get(j, "feeds"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(f, "name")),
	    "mod-press");
	ck_assert(json_is_true(json_object_get(f, "paused")));
	ck_assert_int_eq(json_integer_value(json_object_get(f,
	    "last_status")), 503);
	ck_assert_int_eq(json_integer_value(json_object_get(f,
	    "error_count")), 2);
	ck_assert_int_eq(json_integer_value(json_object_get(f, "articles")),
	    2);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(f,
	    "tags"), 0)), "defence");
	ck_assert_str_eq(json_string_value(json_object_get(f, "last_error")),
	    "HTTP 503 Service Unavailable");
	json_decref(j);
	resp_free(&r);

	ck_assert_int_eq(t_get("/v1/health", &r), 200);
	j = t_json(&r);
	ck_assert_str_eq(json_string_value(json_object_get(j, "status")),
	    "ok");
	ck_assert(json_is_true(json_object_get(json_object_get(j,
	    "database"), "ok")));
	ck_assert_int_ge(json_integer_value(json_object_get(json_object_get(
	    j, "database"), "schema_version")), 1);
	c = json_object_get(j, "counts");
	ck_assert_int_eq(json_integer_value(json_object_get(c, "legs")), 8);
	ck_assert_int_eq(json_integer_value(json_object_get(c, "trips")), 5);
	ck_assert_int_eq(json_integer_value(json_object_get(c, "articles")),
	    3);
	json_decref(j);
	resp_free(&r);

	ck_assert_int_eq(t_get("/v1/nothing-here", &r), 404);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/metrics", &r), 200);
	ct = t_header(&r, "Content-Type");
	ck_assert(ct != NULL && strncmp(ct, "text/plain", 10) == 0);
	free(ct);
	ck_assert(strstr(r.body, "\nitinerd_legs 8\n") != NULL);
	ck_assert(strstr(r.body, "\nitinerd_articles 3\n") != NULL);
	ck_assert(strstr(r.body, "\nitinerd_feed_fetches_total 17\n") !=
	    NULL);
	ck_assert(strstr(r.body,
	    "itinerd_feeds_by_last_outcome{outcome=\"error\"} 1\n") != NULL);
	ck_assert(strstr(r.body, "itinerd_extraction_seconds_count 3\n") !=
	    NULL);
	ck_assert(strstr(r.body, "itinerd_extraction_seconds_sum 0.003000\n")
	    != NULL);
	ck_assert(strstr(r.body, "itinerd_api_requests_total{code=\"404\"} "
	    "1\n") != NULL);
	ck_assert(strstr(r.body, "# TYPE itinerd_api_requests_total counter")
	    != NULL);
	resp_free(&r);
}
END_TEST

/* Errors: {method, path, status, what the message must name}. */
static const struct {
	const char	*method;
	const char	*path;
	int		 status;
	const char	*what;
} error_rows[] = {
	{ "GET", "/v1/trips?limit=0", 400, "limit" },
	{ "GET", "/v1/trips?limit=abc", 400, "limit" },
	{ "GET", "/v1/trips?limit=1001", 400, "limit" },
	{ "GET", "/v1/trips?since=2021-13-01", 400, "since" },
	{ "GET", "/v1/trips?since=2021-02-30", 400, "since" },
	{ "GET", "/v1/trips?since=2021-%2B1-01", 400, "since" },
	{ "GET", "/v1/trips?since=%20202-01-01", 400, "since" },
	{ "GET", "/v1/trips?since=-001-01-01", 400, "since" },
	{ "GET", "/v1/legs?until=2021-01-%2B1", 400, "until" },
	{ "GET", "/v1/legs?since=2021-05-01&until=2021-04-30", 400,
	  "until" },
	{ "GET", "/v1/trips?until=yesterday", 400, "until" },
	{ "GET", "/v1/trips?since=2021-05-01&until=2021-04-01", 400,
	  "until" },
	{ "GET", "/v1/trips?status=done", 400, "status" },
	{ "GET", "/v1/trips?min_confidence=2", 400, "min_confidence" },
	{ "GET", "/v1/trips?min_confidence=x", 400, "min_confidence" },
	{ "GET", "/v1/trips?dest_country=Japan", 400, "dest_country" },
	{ "GET", "/v1/legs?official_country=1", 400, "official_country" },
	{ "GET", "/v1/trips?person=", 400, "person" },
	{ "GET", "/v1/trips?cursor=abc", 400, "cursor" },
	{ "GET", "/v1/trips?cursor=%FF%FF", 400, "cursor" },
	{ "GET", "/v1/legs?cursor=MQ", 400, "cursor" },
	{ "GET", "/v1/trips?format=xml", 400, "format" },
	{ "GET", "/v1/officials?format=ics", 400, "format" },
	{ "GET", "/v1/trips?bogus=1", 400, "bogus" },
	{ "GET", "/v1/health?x=1", 400, "'x'" },
	{ "GET", "/v1/articles?q=%20", 400, "q" },
	{ "GET", "/v1/articles?feed=a%20b", 400, "feed" },
	{ "GET", "/v1/trips/abc", 400, "trip id" },
	{ "GET", "/v1/trips/999", 404, "999" },
	{ "GET", "/v1/articles/999", 404, "999" },
	{ "GET", "/v1/feeds/nope", 404, "nope" },
	{ "GET", "/v1/nothing", 404, "/v1/nothing" },
	{ "GET", "/v2/trips", 404, NULL },
	{ "GET", "/index.html", 404, NULL },
	{ "GET", "/assets/nope.js", 404, "nope.js" },
	{ "GET", "/v1/trips/1/2/3", 404, NULL },
	{ "DELETE", "/v1/trips", 405, "DELETE" },
	{ "PUT", "/v1/feeds", 405, "PUT" },
	{ "POST", "/v1/health", 405, "POST" },
	{ "GET", "/v1/poll", 405, "GET" },
};

START_TEST(test_errors)
{
	struct resp	 r;
	size_t		 i;

	for (i = 0; i < sizeof error_rows / sizeof error_rows[0]; i++) {
		t_req(g.sock, 0, error_rows[i].method, error_rows[i].path,
		    NULL, NULL, &r);
		t_check_error(&r, error_rows[i].status, error_rows[i].what);
		resp_free(&r);
	}
}
END_TEST

START_TEST(test_method_allow)
{
	static const struct {
		const char	*method;
		const char	*path;
		const char	*allow;
	} rows[] = {
		{ "DELETE", "/v1/trips", "GET, HEAD" },
		{ "PUT", "/v1/feeds", "GET, HEAD, POST" },
		{ "POST", "/v1/feeds/x", "GET, HEAD, DELETE, PATCH" },
		{ "GET", "/v1/reload", "POST" },
	};
	struct resp	 r;
	char		*allow;
	size_t		 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		t_req(g.sock, 0, rows[i].method, rows[i].path, NULL, NULL, &r);
		ck_assert_int_eq(r.status, 405);
		allow = t_header(&r, "Allow");
		ck_assert_msg(allow != NULL && strcmp(allow, rows[i].allow) ==
		    0, "%s %s: Allow: %s", rows[i].method, rows[i].path,
		    allow);
		free(allow);
		resp_free(&r);
	}
	/* HEAD is GET without a body. */
	t_req(g.sock, 0, "HEAD", "/v1/trips", NULL, NULL, &r);
	ck_assert_int_eq(r.status, 200);
	ck_assert_str_eq(r.body, "");
	resp_free(&r);
}
END_TEST

/* Formats chosen by ?format= or Accept. */
START_TEST(test_negotiation)
{
	static const struct {
		const char	*path;
		const char	*accept;
		int		 status;
		const char	*type;
	} rows[] = {
		{ "/v1/trips", NULL, 200, "application/json" },
		{ "/v1/trips?format=csv", NULL, 200, "text/csv" },
		{ "/v1/trips", "text/csv", 200, "text/csv" },
		{ "/v1/legs", "text/calendar", 200, "text/calendar" },
		{ "/v1/legs", "application/geo+json", 200,
		  "application/geo+json" },
		{ "/v1/legs", "text/html, text/calendar;q=0.9", 200,
		  "text/calendar" },
		{ "/v1/places", "*/*", 200, "application/json" },
		{ "/v1/officials", "text/calendar", 406, "application/json" },
		{ "/v1/health", "text/csv", 406, "application/json" },
		{ "/v1/trips?format=json", "text/csv", 200,
		  "application/json" },
		{ "/v1/feeds?format=csv", NULL, 200, "text/csv" },
	};
	struct resp	 r;
	char		*hdr, *ct;
	size_t		 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		hdr = rows[i].accept != NULL ? xasprintf("Accept: %s\r\n",
		    rows[i].accept) : NULL;
		t_req(g.sock, 0, "GET", rows[i].path, hdr, NULL, &r);
		free(hdr);
		ck_assert_msg(r.status == rows[i].status, "%s (%s): %d",
		    rows[i].path, rows[i].accept, r.status);
		ct = t_header(&r, "Content-Type");
		ck_assert_msg(ct != NULL && strncmp(ct, rows[i].type,
		    strlen(rows[i].type)) == 0, "%s: Content-Type %s",
		    rows[i].path, ct);
		free(ct);
		resp_free(&r);
	}
}
END_TEST

START_TEST(test_csv)
{
	struct resp	 r;
	char		*line, *save = NULL;
	int		 n = 0;

	ck_assert_int_eq(t_get("/v1/legs?format=csv", &r), 200);
	line = strtok_r(r.body, "\n", &save);
	ck_assert_str_eq(line, "id,person,role,official_country,"
	    "official_country_name,country,dest_country_name,city,lat,lon,"
	    "start,end,precision,status,status_now,domestic,confidence,"
	    "trip_id,source_url,evidence\r");
	while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
		ck_assert(line[strlen(line) - 1] == '\r');
		n++;
	}
	ck_assert_int_eq(n, 8);
	resp_free(&r);
	/* A field with a comma is quoted. */
	ck_assert_int_eq(t_get("/v1/feeds?format=csv", &r), 200);
	ck_assert(strstr(r.body, "\"wire;world\"") == NULL);
	ck_assert(strstr(r.body, ",wire;world,") != NULL);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/trips?format=csv&person=austin", &r),
	    200);
	ck_assert_msg(strstr(r.body, "\r\n1,Lloyd Austin,Secretary of Defense,"
	    "US,United States,2021-03-15,2021-03-21,completed,past,false,0.9,3,"
	    "Tokyo \xe2\x86\x92 Seoul \xe2\x86\x92 New Delhi,"
	    "https://news.example/world/austin-blinken-asia\r\n") != NULL,
	    "%s", r.body);
	resp_free(&r);
	/* A stop with no city reads as its country's name. */
	ck_assert_int_eq(t_get("/v1/trips?format=csv&person=baerbock", &r),
	    200);
	ck_assert_msg(strstr(r.body, ",planned,,false,0.4,1,India,") != NULL,
	    "%s", r.body);
	resp_free(&r);
}
END_TEST

/*
 * A small iCalendar reader: checks CRLF endings and the 75-octet limit on
 * physical lines, unfolds, and returns the logical lines.
 */
static char **
t_ics_lines(const char *text, size_t *n)
{
	char		**lines = NULL;
	const char	 *p = text, *eol;
	struct buf	  cur = { 0 };
	size_t		  len;

	*n = 0;
	while (*p != '\0') {
		eol = strstr(p, "\r\n");
		ck_assert_msg(eol != NULL, "line without CRLF: %s", p);
		len = (size_t)(eol - p);
		ck_assert_msg(len <= 75, "line of %zu octets: %.*s", len,
		    (int)len, p);
		ck_assert_msg(strchr(p, '\n') >= eol, "bare LF");
		if (*p == ' ') {
			ck_assert(cur.data != NULL);
			buf_add(&cur, p + 1, len - 1);
		} else {
			if (cur.data != NULL) {
				lines = xreallocarray(lines, *n + 1,
				    sizeof *lines);
				lines[(*n)++] = buf_steal(&cur);
			}
			buf_add(&cur, p, len);
		}
		p = eol + 2;
	}
	if (cur.data != NULL) {
		lines = xreallocarray(lines, *n + 1, sizeof *lines);
		lines[(*n)++] = buf_steal(&cur);
	}
	return lines;
}

/* Undoes TEXT escaping. */
static char *
t_ics_unescape(const char *s)
{
	struct buf	b = { 0 };

	for (; *s != '\0'; s++) {
		if (*s == '\\' && s[1] != '\0') {
			s++;
			buf_addc(&b, *s == 'n' || *s == 'N' ? '\n' : *s);
		} else
			buf_addc(&b, *s);
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

struct t_event {
	char	*uid, *start, *end, *summary, *status, *geo;
	char	*location, *url, *desc;
};

static void
t_event_free(struct t_event *e)
{
	free(e->uid);
	free(e->start);
	free(e->end);
	free(e->summary);
	free(e->status);
	free(e->geo);
	free(e->location);
	free(e->url);
	free(e->desc);
	memset(e, 0, sizeof *e);
}

static size_t
t_ics_events(const char *text, struct t_event *ev, size_t max)
{
	char		**lines;
	size_t		  n, i, k = 0;
	int		  in = 0, depth = 0;
	char		**slot;
	const char	 *v;

	lines = t_ics_lines(text, &n);
	ck_assert(n >= 2);
	ck_assert_str_eq(lines[0], "BEGIN:VCALENDAR");
	ck_assert_str_eq(lines[n - 1], "END:VCALENDAR");
	for (i = 0; i < n; i++) {
		if (strncmp(lines[i], "BEGIN:", 6) == 0)
			depth++;
		if (strncmp(lines[i], "END:", 4) == 0)
			depth--;
		if (strcmp(lines[i], "BEGIN:VEVENT") == 0) {
			ck_assert(!in && k < max);
			memset(&ev[k], 0, sizeof ev[k]);
			in = 1;
			continue;
		}
		if (strcmp(lines[i], "END:VEVENT") == 0) {
			ck_assert(in);
			ck_assert_msg(ev[k].uid != NULL && ev[k].start !=
			    NULL && ev[k].summary != NULL, "VEVENT incomplete");
			in = 0;
			k++;
			continue;
		}
		if (!in)
			continue;
		slot = NULL;
		if (strncmp(lines[i], "UID:", 4) == 0)
			slot = &ev[k].uid;
		else if (strncmp(lines[i], "DTSTART;VALUE=DATE:", 19) == 0)
			slot = &ev[k].start;
		else if (strncmp(lines[i], "DTEND;VALUE=DATE:", 17) == 0)
			slot = &ev[k].end;
		else if (strncmp(lines[i], "SUMMARY:", 8) == 0)
			slot = &ev[k].summary;
		else if (strncmp(lines[i], "STATUS:", 7) == 0)
			slot = &ev[k].status;
		else if (strncmp(lines[i], "GEO:", 4) == 0)
			slot = &ev[k].geo;
		else if (strncmp(lines[i], "LOCATION:", 9) == 0)
			slot = &ev[k].location;
		else if (strncmp(lines[i], "URL:", 4) == 0)
			slot = &ev[k].url;
		else if (strncmp(lines[i], "DESCRIPTION:", 12) == 0)
			slot = &ev[k].desc;
		if (slot != NULL) {
			v = strchr(lines[i], ':') + 1;
			*slot = t_ics_unescape(v);
		}
	}
	ck_assert_int_eq(depth, 0);
	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
	return k;
}

START_TEST(test_ics)
{
	struct resp	 r;
	struct t_event	 ev[16];
	size_t		 n, i;
	int		 found = 0;

	ck_assert_int_eq(t_get("/v1/legs?format=ics", &r), 200);
	n = t_ics_events(r.body, ev, 16);
	ck_assert_int_eq(n, 7);	/* leg 7 has no date */
	for (i = 0; i < n; i++) {
		ck_assert(strlen(ev[i].start) == 8 && strlen(ev[i].end) == 8);
		ck_assert(strcmp(ev[i].end, ev[i].start) > 0);
		if (strcmp(ev[i].uid, "leg-3@itinerd") == 0) {
			found++;
			ck_assert_str_eq(ev[i].start, "20210319");
			ck_assert_str_eq(ev[i].end, "20210322");
			ck_assert_str_eq(ev[i].summary, "Lloyd Austin "
			    "(Secretary of Defense) in New Delhi, India");
			ck_assert_str_eq(ev[i].location, "New Delhi, India");
			ck_assert_str_eq(ev[i].url, "https://news.example/"
			    "world/austin-blinken-asia");
			ck_assert_msg(strstr(ev[i].desc, "Evidence: They will "
			    "both continue on to South Korea, and Austin heads "
			    "separately to India.") != NULL, "%s", ev[i].desc);
			ck_assert_msg(strstr(ev[i].desc, "(now: past)") !=
			    NULL, "%s", ev[i].desc);
			ck_assert_str_eq(ev[i].status, "CONFIRMED");
			ck_assert_str_eq(ev[i].geo, "28.613940;77.209020");
		}
		if (strcmp(ev[i].uid, "leg-6@itinerd") == 0) {
			found++;
			/* Longer than a line: folded, and unfolds whole. */
			ck_assert_str_eq(ev[i].summary, "S\xc3\xa9""bastien "
			    "Lecornu (Minister of the Armed Forces of the "
			    "French Republic) in Bras\xc3\xadlia, Brazil");
			ck_assert_str_eq(ev[i].status, "CANCELLED");
		}
		t_event_free(&ev[i]);
	}
	ck_assert_int_eq(found, 2);
	resp_free(&r);

	/* Trips: one VEVENT per dated trip, spanning it. */
	ck_assert_int_eq(t_get("/v1/trips?format=ics&person=austin", &r),
	    200);
	n = t_ics_events(r.body, ev, 16);
	ck_assert_int_eq(n, 2);
	/* Newest first: trip 5 (Paris), then trip 1. */
	ck_assert_str_eq(ev[0].uid, "trip-5@itinerd");
	ck_assert_str_eq(ev[0].location, "Paris, France");
	ck_assert_str_eq(ev[1].uid, "trip-1@itinerd");
	ck_assert_str_eq(ev[1].start, "20210315");
	ck_assert_str_eq(ev[1].end, "20210322");
	ck_assert_str_eq(ev[1].summary, "Lloyd Austin: Tokyo \xe2\x86\x92 "
	    "Seoul \xe2\x86\x92 New Delhi");
	ck_assert_str_eq(ev[1].location, "Tokyo, Japan; Seoul, South Korea; "
	    "New Delhi, India");
	ck_assert_str_eq(ev[1].url, "https://news.example/world/"
	    "austin-blinken-asia");
	for (i = 0; i < n; i++) {
		t_event_free(&ev[i]);
	}
	resp_free(&r);
}
END_TEST

START_TEST(test_geojson)
{
	struct resp	 r;
	json_t		*j, *f, *coord, *props;
	size_t		 i;
	int		 tokyo = 0, nullgeo = 0;

	ck_assert_int_eq(t_get("/v1/legs?format=geojson", &r), 200);
	j = t_json(&r);
	ck_assert_str_eq(json_string_value(json_object_get(j, "type")),
	    "FeatureCollection");
	ck_assert_int_eq(json_array_size(json_object_get(j, "features")), 8);
	json_array_foreach(json_object_get(j, "features"), i, f) {
		ck_assert_str_eq(json_string_value(json_object_get(f, "type")),
		    "Feature");
		props = json_object_get(f, "properties");
		ck_assert(json_is_object(props));
		ck_assert(json_object_get(props, "lat") == NULL);
		if (json_integer_value(json_object_get(props, "id")) == 1) {
			ck_assert_str_eq(json_string_value(json_object_get(
			    json_object_get(f, "geometry"), "type")), "Point");
			coord = json_object_get(json_object_get(f, "geometry"),
			    "coordinates");
			ck_assert_int_eq(json_array_size(coord), 2);
			/* [lon, lat] */
			ck_assert(json_number_value(json_array_get(coord,
			    0)) > 139.69 && json_number_value(json_array_get(
			    coord, 0)) < 139.70);
			ck_assert(json_number_value(json_array_get(coord,
			    1)) > 35.68 && json_number_value(json_array_get(
			    coord, 1)) < 35.69);
			ck_assert_str_eq(json_string_value(json_object_get(
			    props, "city")), "Tokyo");
			tokyo = 1;
		}
		if (json_is_null(json_object_get(f, "geometry")))
			nullgeo++;
	}
	ck_assert(tokyo);
	ck_assert_int_eq(nullgeo, 0);
	json_decref(j);
	resp_free(&r);

	/*
	 * A trip is a LineString through its stops in order, then one
	 * Point per stop, tagged with the trip.
	 */
	ck_assert_int_eq(t_get("/v1/trips?format=geojson&person=blinken",
	    &r), 200);
	j = t_json(&r);
	ck_assert_int_eq(json_array_size(json_object_get(j, "features")), 3);
	f = json_array_get(json_object_get(j, "features"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(f,
	    "geometry"), "type")), "LineString");
	coord = json_object_get(json_object_get(f, "geometry"),
	    "coordinates");
	ck_assert_int_eq(json_array_size(coord), 2);
	/* Tokyo, then Seoul, each [lon, lat] */
	ck_assert(json_number_value(json_array_get(json_array_get(coord, 0),
	    0)) > 139.69);
	ck_assert(json_number_value(json_array_get(json_array_get(coord, 1),
	    1)) > 37.5);
	props = json_object_get(f, "properties");
	ck_assert_str_eq(json_string_value(json_object_get(props, "kind")),
	    "trip");
	ck_assert_str_eq(json_string_value(json_object_get(props, "route")),
	    "Tokyo \xe2\x86\x92 Seoul");
	ck_assert_str_eq(json_string_value(json_object_get(props,
	    "official_country_name")), "United States");
	f = json_array_get(json_object_get(j, "features"), 2);
	props = json_object_get(f, "properties");
	ck_assert_str_eq(json_string_value(json_object_get(props, "kind")),
	    "stop");
	ck_assert_int_eq(json_integer_value(json_object_get(props,
	    "trip_id")), 2);
	ck_assert_str_eq(json_string_value(json_object_get(props, "city")),
	    "Seoul");
	json_decref(j);
	resp_free(&r);
}
END_TEST


static int	t_read_until(int, struct buf *, const char *, int);

/* Stops the daemon with SIGTERM and starts it again on the same files. */
static void
d_restart(struct daemon *d)
{
	char *const	 argv[] = { (char *)tu_env("ITINERD_BIN"), "-f", "-c",
	    d->conf, NULL };
	struct resp	 r;
	int		 i;

	ck_assert_msg(tu_kill_wait(d->pid, SIGTERM, 5000) == 0, "stop: %s",
	    tu_read_file(d->log, NULL));
	unlink(d->sock);
	d->pid = tu_spawn(argv, d->log);
	ck_assert_msg(tu_wait_path(d->sock, 5000) == 0, "no socket; log: %s",
	    tu_read_file(d->log, NULL));
	for (i = 0; i < 100; i++) {
		if (t_req(d->sock, 0, "GET", "/v1/health", NULL, NULL, &r) ==
		    200) {
			resp_free(&r);
			return;
		}
		resp_free(&r);
		usleep(20000);
	}
	ck_abort_msg("daemon does not answer /v1/health after a restart");
}

/* Opens /v1/events with Last-Event-ID last (NULL: none). */
static int
t_events_open(const char *last, struct buf *b)
{
	char	*req;
	int	 fd;

	req = xasprintf("GET /v1/events HTTP/1.1\r\nHost: x\r\n%s%s%s\r\n",
	    last != NULL ? "Last-Event-ID: " : "", last != NULL ? last : "",
	    last != NULL ? "\r\n" : "");
	fd = tu_connect(g.sock, 0);
	ck_assert_int_ne(fd, -1);
	ck_assert_int_eq(tu_write_all(fd, req, strlen(req)), 0);
	free(req);
	ck_assert(t_read_until(fd, b, "retry: ", 5000));
	return fd;
}

/* The id of the event whose data holds needle, from "id: N" before it. */
static long long
t_event_id(const char *text, const char *needle)
{
	const char	*p, *id;

	ck_assert_msg((p = strstr(text, needle)) != NULL, "no %s in %s",
	    needle, text);
	for (id = p; id > text && strncmp(id, "id: ", 4) != 0; id--)
		;
	ck_assert(strncmp(id, "id: ", 4) == 0);
	return strtoll(id + 4, NULL, 10);
}

static void
t_add_feed(const char *name)
{
	struct resp	 r;
	char		*body;

	body = xasprintf("{\"name\":\"%s\",\"url\":\"http://127.0.0.1:9/%s."
	    "rss\"}", name, name);
	t_req(g.sock, 0, "POST", "/v1/feeds", NULL, body, &r);
	ck_assert_int_eq(r.status, 201);
	resp_free(&r);
	free(body);
}

/*
 * A client that reconnects with Last-Event-ID is sent what it missed,
 * in order and once; the ids go on after a restart, and the replay
 * works across it.
 */
START_TEST(test_events_replay)
{
	struct buf	 b = { 0 };
	char		 last[32];
	long long	 id1, id2, id3, id4;
	int		 fd;

	fd = t_events_open(NULL, &b);
	t_add_feed("rp-1");
	ck_assert(t_read_until(fd, &b, "{\"name\":\"rp-1\"", 5000));
	id1 = t_event_id(b.data, "{\"name\":\"rp-1\"");
	close(fd);
	buf_free(&b);
	/* Missed while away. */
	t_add_feed("rp-2");
	t_add_feed("rp-3");
	snprintf(last, sizeof last, "%lld", id1);
	fd = t_events_open(last, &b);
	ck_assert(t_read_until(fd, &b, "{\"name\":\"rp-3\"", 5000));
	ck_assert(strstr(b.data, "\"rp-1\"") == NULL);
	id2 = t_event_id(b.data, "{\"name\":\"rp-2\"");
	id3 = t_event_id(b.data, "{\"name\":\"rp-3\"");
	ck_assert_int_eq(id2, id1 + 1);
	ck_assert_int_eq(id3, id1 + 2);
	ck_assert(strstr(b.data, "event: gap") == NULL);
	close(fd);
	buf_free(&b);
	/* An id from the future replays nothing; no id, nothing either. */
	fd = t_events_open("999999", &b);
	t_add_feed("rp-4");
	ck_assert(t_read_until(fd, &b, "{\"name\":\"rp-4\"", 5000));
	ck_assert(strstr(b.data, "\"rp-3\"") == NULL);
	id4 = t_event_id(b.data, "{\"name\":\"rp-4\"");
	ck_assert_int_eq(id4, id3 + 1);
	close(fd);
	buf_free(&b);

	d_restart(&g);
	/* After the restart: the replay from the database, in order. */
	fd = t_events_open(last, &b);
	ck_assert(t_read_until(fd, &b, "{\"name\":\"rp-4\"", 5000));
	ck_assert(strstr(b.data, "\"rp-1\"") == NULL);
	ck_assert_int_eq(t_event_id(b.data, "{\"name\":\"rp-2\""), id2);
	ck_assert_int_eq(t_event_id(b.data, "{\"name\":\"rp-4\""), id4);
	ck_assert(strstr(b.data, "{\"name\":\"rp-2\"") < strstr(b.data,
	    "{\"name\":\"rp-3\""));
	/* And a new event's id follows the old ones. */
	t_add_feed("rp-5");
	ck_assert(t_read_until(fd, &b, "{\"name\":\"rp-5\"", 5000));
	ck_assert_int_eq(t_event_id(b.data, "{\"name\":\"rp-5\""), id4 + 1);
	close(fd);
	buf_free(&b);
}
END_TEST


/* 40,000 stored events, more than the ring keeps (32,768). */
static const char t_events_sql[] =
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
    " WHERE i < 40000) "
    "INSERT INTO events (id, type, json) SELECT i, 'feed', "
    " '{\"name\":\"old-' || i || '\",\"change\":\"added\"}' FROM n;";

static void
setup_events(void)
{
	g_extra_sql = t_events_sql;
	d_start(&g, NULL, NULL, 0);
	g_extra_sql = NULL;
}

/*
 * The replay is bounded: a client further behind than the ring is told
 * what it missed (event: gap) and resumes at the oldest event held; the
 * table keeps no more than the ring; ids go on after the stored ones.
 */
START_TEST(test_events_bounded)
{
	struct buf	 b = { 0 };
	sqlite3		*db;
	sqlite3_stmt	*st;
	char		*path, *p, first[64];
	long long	 resumed, n = 0;
	int		 fd;

	fd = t_events_open("100", &b);
	ck_assert(t_read_until(fd, &b, "\n\n", 5000));
	ck_assert(t_read_until(fd, &b, "\"resumed_at\":", 5000));
	ck_assert((p = strstr(b.data, "event: gap\ndata: {\"missed_from\":"
	    "100,\"resumed_at\":")) != NULL);
	resumed = strtoll(strstr(p, "resumed_at\":") + 12, NULL, 10);
	ck_assert_msg(resumed > 40000 - 32768 && resumed < 40000, "%lld",
	    resumed);
	/* The replay starts there, with that event. */
	snprintf(first, sizeof first, "id: %lld\nevent: feed\ndata: "
	    "{\"name\":\"old-%lld\"", resumed, resumed);
	ck_assert_msg(t_read_until(fd, &b, first, 10000), "no %s", first);
	close(fd);
	buf_free(&b);
	/* A new event follows the stored ones; the table is trimmed. */
	fd = t_events_open("40000", &b);
	t_add_feed("bound-1");
	ck_assert(t_read_until(fd, &b, "{\"name\":\"bound-1\"", 5000));
	ck_assert_int_eq(t_event_id(b.data, "{\"name\":\"bound-1\""), 40001);
	close(fd);
	buf_free(&b);
	path = xasprintf("%s/itinerd.db", g.dir);
	ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT count(*), min(id), "
	    "max(id) FROM events", -1, &st, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	n = sqlite3_column_int64(st, 0);
	ck_assert_int_eq(n, 32768);
	ck_assert_int_eq(sqlite3_column_int64(st, 1), 40001 - 32768 + 1);
	ck_assert_int_eq(sqlite3_column_int64(st, 2), 40001);
	sqlite3_finalize(st);
	sqlite3_close(db);
	free(path);
}
END_TEST

/* The read-only TCP listener. */
START_TEST(test_tcp_readonly)
{
	static const struct {
		const char	*host;
		int		 status;
	} hosts[] = {
		{ "127.0.0.1:8088", 200 }, { "localhost", 200 },
		{ "LOCALHOST:1", 200 }, { "[::1]:8088", 200 },
		{ "evil.example", 403 }, { "127.0.0.1.evil.example", 403 },
		{ "localhost.evil.example:80", 403 }, { "[::2]", 403 },
	};
	struct resp	 r;
	char		*q, *raw;
	size_t		 i;
	int		 fd;

	ck_assert_int_eq(t_req(NULL, g.port, "GET", "/v1/trips?limit=1",
	    NULL, NULL, &r), 200);
	resp_free(&r);
	t_req(NULL, g.port, "POST", "/v1/reload", NULL, NULL, &r);
	t_check_error(&r, 403, "Unix socket");
	resp_free(&r);
	t_req(NULL, g.port, "DELETE", "/v1/feeds/wire-world", NULL, NULL, &r);
	t_check_error(&r, 403, "read-only");
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/feeds/wire-world", &r), 200);
	resp_free(&r);
	/* Only loopback names in Host: no DNS rebinding. */
	for (i = 0; i < sizeof hosts / sizeof hosts[0]; i++) {
		fd = tu_connect(NULL, g.port);
		ck_assert_int_ne(fd, -1);
		q = xasprintf("GET /v1/health HTTP/1.1\r\nHost: %s\r\n"
		    "Connection: close\r\n\r\n", hosts[i].host);
		ck_assert_int_eq(tu_write_all(fd, q, strlen(q)), 0);
		raw = tu_read_all(fd, 5000, NULL);
		t_parse(raw, &r);
		ck_assert_msg(r.status == hosts[i].status, "Host %s: %d",
		    hosts[i].host, r.status);
		resp_free(&r);
		free(raw);
		free(q);
		close(fd);
	}
}
END_TEST

/* Mutations, as the daemon's own uid. */
START_TEST(test_feed_changes)
{
	static const struct {
		const char	*method;
		const char	*path;
		const char	*body;
		int		 status;
		const char	*what;
	} rows[] = {
		{ "POST", "/v1/feeds", "{\"name\":\"local-1\",\"url\":"
		  "\"http://127.0.0.1:9/a.rss\",\"interval\":\"30m\","
		  "\"tags\":[\"a\",\"b\"]}", 201, NULL },
		{ "POST", "/v1/feeds", "{\"name\":\"local-1\",\"url\":"
		  "\"http://127.0.0.1:9/b.rss\"}", 409, "local-1" },
		{ "POST", "/v1/feeds", "{\"name\":\"bad name\",\"url\":"
		  "\"http://127.0.0.1:9/b.rss\"}", 400, "name" },
		{ "POST", "/v1/feeds", "{\"name\":\"x\",\"url\":\"ftp://h/\"}",
		  400, "url" },
		{ "POST", "/v1/feeds", "{\"name\":\"x\",\"url\":"
		  "\"http://127.0.0.1:9/\",\"interval\":\"soon\"}", 400,
		  "interval" },
		{ "POST", "/v1/feeds", "{\"name\":\"x\",\"url\":"
		  "\"http://127.0.0.1:9/\",\"color\":1}", 400, "color" },
		{ "POST", "/v1/feeds", "{\"name\":", 400, "body" },
		{ "POST", "/v1/feeds", "[1]", 400, "body" },
		{ "PATCH", "/v1/feeds/local-1", "{\"paused\":true}", 200,
		  NULL },
		{ "PATCH", "/v1/feeds/local-1", "{\"paused\":1}", 400,
		  "paused" },
		{ "PATCH", "/v1/feeds/local-1", "{}", 400, "body" },
		{ "PATCH", "/v1/feeds/nope", "{\"paused\":true}", 404,
		  "nope" },
		{ "DELETE", "/v1/feeds/old-config", NULL, 409, "config" },
		{ "DELETE", "/v1/feeds/local-1", NULL, 204, NULL },
		{ "DELETE", "/v1/feeds/local-1", NULL, 404, "local-1" },
		{ "POST", "/v1/poll?feed=nope", NULL, 404, "nope" },
		{ "POST", "/v1/poll?feed=wire-world", NULL, 202, NULL },
		{ "POST", "/v1/reload", NULL, 200, NULL },
		{ "POST", "/v1/import", "not a feed", 422, "body" },
		{ "POST", "/v1/import?feed=nope", "<rss version=\"2.0\">"
		  "<channel><title>t</title></channel></rss>", 404, "nope" },
	};
	struct resp	 r;
	json_t		*j;
	char		*loc;
	size_t		 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		t_req(g.sock, 0, rows[i].method, rows[i].path, NULL,
		    rows[i].body, &r);
		if (rows[i].status >= 400)
			t_check_error(&r, rows[i].status, rows[i].what);
		else
			ck_assert_msg(r.status == rows[i].status,
			    "%s %s: %d %s", rows[i].method, rows[i].path,
			    r.status, r.body);
		if (i == 0) {
			loc = t_header(&r, "Location");
			ck_assert_str_eq(loc, "/v1/feeds/local-1");
			free(loc);
			j = t_json(&r);
			ck_assert_int_eq(json_integer_value(json_object_get(j,
			    "interval")), 1800);
			ck_assert_str_eq(json_string_value(json_object_get(j,
			    "origin")), "api");
			json_decref(j);
		}
		if (i == 8) {
			j = t_json(&r);
			ck_assert(json_is_true(json_object_get(j, "paused")));
			json_decref(j);
		}
		resp_free(&r);
	}
}
END_TEST

/*
 * POSTs doc to /v1/import, checks the 202 and its Location, and follows
 * the job (bounded) until it has ended; returns the job's final JSON.
 */
static json_t *
t_import_job(const char *doc)
{
	struct resp	 r;
	json_t		*j;
	char		*loc, *want;
	const char	*state;
	int		 i;

	t_req(g.sock, 0, "POST", "/v1/import", NULL, doc, &r);
	ck_assert_msg(r.status == 202, "%d %s", r.status, r.body);
	j = t_json(&r);
	loc = t_header(&r, "Location");
	want = xasprintf("/v1/jobs/%lld", (long long)json_integer_value(
	    json_object_get(j, "id")));
	ck_assert_str_eq(loc, want);
	json_decref(j);
	resp_free(&r);
	free(loc);
	for (i = 0; i < 500; i++) {
		ck_assert_int_eq(t_get(want, &r), 200);
		j = t_json(&r);
		resp_free(&r);
		state = json_string_value(json_object_get(j, "state"));
		if (strcmp(state, "done") == 0 || strcmp(state, "failed") == 0)
			break;
		json_decref(j);
		j = NULL;
		usleep(20000);
	}
	ck_assert_msg(j != NULL, "job %s did not end", want);
	free(want);
	return j;
}

/* A saved feed document through POST /v1/import, as itinctl import. */
/* The value of an unlabelled metric from /v1/metrics. */
static long long
t_metric(const char *name)
{
	struct resp	 r;
	char		*key;
	const char	*p;
	long long	 v;

	ck_assert_int_eq(t_get("/v1/metrics", &r), 200);
	key = xasprintf("\n%s ", name);
	p = strstr(r.body, key);
	ck_assert_msg(p != NULL, "no %s in %s", name, r.body);
	v = strtoll(p + strlen(key), NULL, 10);
	free(key);
	resp_free(&r);
	return v;
}

START_TEST(test_import)
{
	struct resp	 r;
	long long	 articles0, legs0;
	json_t		*j;
	char		*doc, *out = NULL, *err = NULL, *path;
	char		*argv[6];

	articles0 = t_metric("itinerd_new_articles_total");
	legs0 = t_metric("itinerd_extracted_legs_total");
	doc = tu_fixture("api/import.rss", NULL);
	j = t_import_job(doc);
	ck_assert_str_eq(json_string_value(json_object_get(j, "state")),
	    "done");
	/* An import job counts in the metrics as a fetch does. */
	ck_assert_int_eq(t_metric("itinerd_new_articles_total") - articles0,
	    json_integer_value(json_object_get(j, "new_articles")));
	ck_assert_int_eq(t_metric("itinerd_extracted_legs_total") - legs0,
	    json_integer_value(json_object_get(j, "legs")));
	ck_assert_str_eq(json_string_value(json_object_get(j, "feed")),
	    "import");
	ck_assert_int_eq(json_integer_value(json_object_get(j,
	    "items_total")), 1);
	ck_assert_int_eq(json_integer_value(json_object_get(j,
	    "new_articles")), 1);
	ck_assert_int_ge(json_integer_value(json_object_get(j, "legs")), 1);
	json_decref(j);
	ck_assert_int_eq(t_get("/v1/legs?person=lecornu&city=new+delhi", &r),
	    200);
	ck_assert(strstr(r.body, "\"country\":\"IN\"") != NULL);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/feeds/import", &r), 200);
	ck_assert(strstr(r.body, "\"origin\":\"import\"") != NULL);
	resp_free(&r);
	/* Again: the article is known, nothing new. */
	j = t_import_job(doc);
	ck_assert_int_eq(json_integer_value(json_object_get(j,
	    "new_articles")), 0);
	ck_assert_int_eq(json_integer_value(json_object_get(j,
	    "known_articles")), 1);
	json_decref(j);
	/* The same through itinctl import, under a named feed. */
	path = xasprintf("%s/api/import.rss", tu_env("ITINERD_TESTDATA"));
	argv[0] = (char *)tu_env("ITINCTL_BIN");
	argv[1] = "-s";
	argv[2] = g.sock;
	argv[3] = "import";
	argv[4] = path;
	argv[5] = NULL;
	ck_assert_int_eq(tu_run(argv, &out, &err, 15000), 0);
	ck_assert_msg(strstr(out, "imported") != NULL, "%s", out);
	free(out);
	free(err);
	free(path);
	free(doc);
}
END_TEST

/* Reads from fd until needle appears (or timeout); returns 1 if found. */
static int
t_read_until(int fd, struct buf *b, const char *needle, int timeout_ms)
{
	struct pollfd	 pfd = { fd, POLLIN, 0 };
	char		 tmp[4096];
	ssize_t		 n;
	long		 deadline = tu_now_ms() + timeout_ms;

	for (;;) {
		if (b->data != NULL && strstr(b->data, needle) != NULL)
			return 1;
		if (tu_now_ms() >= deadline ||
		    poll(&pfd, 1, (int)(deadline - tu_now_ms())) <= 0)
			return 0;
		if ((n = read(fd, tmp, sizeof tmp)) <= 0)
			return 0;
		buf_add(b, tmp, (size_t)n);
	}
}

START_TEST(test_events)
{
	static const char req[] = "GET /v1/events HTTP/1.1\r\n"
	    "Host: x\r\n\r\n";
	struct resp	 r;
	struct buf	 b = { 0 };
	int		 fd;

	fd = tu_connect(g.sock, 0);
	ck_assert_int_ne(fd, -1);
	ck_assert_int_eq(tu_write_all(fd, req, sizeof req - 1), 0);
	ck_assert(t_read_until(fd, &b, "retry: ", 5000));
	ck_assert(strstr(b.data, "HTTP/1.1 200") == b.data);
	ck_assert(strstr(b.data, "text/event-stream") != NULL);
	t_req(g.sock, 0, "POST", "/v1/feeds", NULL, "{\"name\":\"ev-1\","
	    "\"url\":\"http://127.0.0.1:9/e.rss\"}", &r);
	ck_assert_int_eq(r.status, 201);
	resp_free(&r);
	ck_assert(t_read_until(fd, &b, "\"change\":\"added\"", 5000));
	ck_assert(strstr(b.data, "event: feed\n") != NULL);
	ck_assert(strstr(b.data, "data: {\"name\":\"ev-1\"") != NULL);
	ck_assert_int_eq(t_get("/v1/health", &r), 200);
	ck_assert(strstr(r.body, "\"event_clients\":1") != NULL);
	resp_free(&r);
	close(fd);
	buf_free(&b);
}
END_TEST

/*
 * A feed served by a local HTTP server (python3 -m http.server on
 * 127.0.0.1, killed at the end): polling it through the API stores legs,
 * and the event stream carries them as whole objects.
 */
START_TEST(test_poll_events)
{
	static const char req[] = "GET /v1/events HTTP/1.1\r\n"
	    "Host: x\r\n\r\n";
	struct resp	 r;
	struct buf	 b = { 0 };
	char		*www, *path, *feed, *body, *port_s, *slog;
	char		*argv[9];
	pid_t		 srv;
	int		 fd, port, i, up = 0;

	www = xasprintf("%s/www", g.dir);
	ck_assert_int_eq(mkdir(www, 0755), 0);
	path = xasprintf("%s/travel.rss", www);
	feed = tu_fixture("api/travel.rss", NULL);
	ck_assert_int_eq(tu_write_file(path, feed), 0);
	port = tu_free_port();
	port_s = xasprintf("%d", port);
	slog = xasprintf("%s/httpd.log", g.dir);
	argv[0] = "/usr/bin/python3";
	argv[1] = "-m";
	argv[2] = "http.server";
	argv[3] = "--bind";
	argv[4] = "127.0.0.1";
	argv[5] = "--directory";
	argv[6] = www;
	argv[7] = port_s;
	argv[8] = NULL;
	srv = tu_spawn(argv, slog);
	for (i = 0; i < 100 && !up; i++) {
		if ((fd = tu_connect(NULL, port)) != -1) {
			close(fd);
			up = 1;
		} else
			usleep(50000);
	}
	ck_assert_msg(up, "local HTTP server did not start");

	fd = tu_connect(g.sock, 0);
	ck_assert_int_eq(tu_write_all(fd, req, sizeof req - 1), 0);
	ck_assert(t_read_until(fd, &b, "retry: ", 5000));
	body = xasprintf("{\"name\":\"local-wire\",\"url\":"
	    "\"http://127.0.0.1:%d/travel.rss\"}", port);
	t_req(g.sock, 0, "POST", "/v1/feeds", NULL, body, &r);
	ck_assert_int_eq(r.status, 201);
	resp_free(&r);
	t_req(g.sock, 0, "POST", "/v1/poll?feed=local-wire", NULL, NULL, &r);
	ck_assert_int_eq(r.status, 202);
	resp_free(&r);
	ck_assert_msg(t_read_until(fd, &b, "event: trip\n", 20000),
	    "no trip event; got: %s", b.data);
	ck_assert(strstr(b.data, "event: leg\n") != NULL);
	/* Expanded: the leg as /v1/legs shows it, not only its id. */
	ck_assert_msg(strstr(b.data, "\"person\":\"Antony Blinken\"") !=
	    NULL, "%s", b.data);
	ck_assert(strstr(b.data, "\"city\":\"Tokyo\"") != NULL);
	close(fd);

	ck_assert_int_eq(t_get("/v1/articles?q=Blinken+Japanese", &r), 200);
	ck_assert(strstr(r.body, "Blinken arrives in Tokyo") != NULL);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/feeds/local-wire", &r), 200);
	/* 200, or 304 when the feed's first poll came before ours. */
	ck_assert_msg(strstr(r.body, "\"last_status\":200") != NULL ||
	    strstr(r.body, "\"last_status\":304") != NULL, "%s", r.body);
	ck_assert(strstr(r.body, "\"last_error\":null") != NULL);
	ck_assert(strstr(r.body, "\"articles\":1") != NULL);
	resp_free(&r);

	ck_assert_int_ne(tu_kill_wait(srv, SIGTERM, 5000), -1);
	buf_free(&b);
	free(body);
	free(slog);
	free(port_s);
	free(feed);
	free(path);
	free(www);
}
END_TEST

/* Limits, with a config that makes them small. */
static void
setup_limits(void)
{
	d_start(&g, NULL, "max_connections = 6\nmax_header_size = 2k\n"
	    "max_body_size = 4k\nrequest_timeout = 2s\n", 0);
}

START_TEST(test_limit_connections)
{
	static const char req[] = "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n";
	struct resp	 r;
	struct buf	 b = { 0 };
	int		 fds[6], i, ok = 0;

	/* Six kept-alive connections fill the table... */
	for (i = 0; i < 6; i++) {
		fds[i] = tu_connect(g.sock, 0);
		ck_assert_int_ne(fds[i], -1);
		ck_assert_int_eq(tu_write_all(fds[i], req, sizeof req - 1), 0);
		buf_reset(&b);
		ck_assert(t_read_until(fds[i], &b, "\"status\":\"ok\"", 5000));
	}
	/* ...so the seventh is refused, */
	t_get("/v1/trips", &r);
	t_check_error(&r, 503, "too many connections");
	resp_free(&r);
	/* and when one closes there is room again. */
	close(fds[0]);
	for (i = 0; i < 50 && !ok; i++) {
		usleep(20000);
		ok = t_get("/v1/trips", &r) == 200;
		resp_free(&r);
	}
	ck_assert(ok);
	for (i = 1; i < 6; i++)
		close(fds[i]);
	buf_free(&b);
}
END_TEST

START_TEST(test_limit_sizes)
{
	struct resp	 r;
	struct buf	 big = { 0 };
	char		*hdr;
	int		 i;

	for (i = 0; i < 4000; i++)
		buf_addc(&big, 'a');
	hdr = xasprintf("X-Big: %s\r\n", big.data);
	t_req(g.sock, 0, "GET", "/v1/health", hdr, NULL, &r);
	ck_assert_msg(r.status != 200, "4k header accepted");
	resp_free(&r);
	free(hdr);
	buf_reset(&big);
	buf_adds(&big, "{\"name\":\"x\",\"url\":\"http://127.0.0.1:9/");
	for (i = 0; i < 8000; i++)
		buf_addc(&big, 'a');
	buf_adds(&big, "\"}");
	t_req(g.sock, 0, "POST", "/v1/feeds", NULL, big.data, &r);
	ck_assert_int_eq(r.status, 413);
	resp_free(&r);
	buf_free(&big);
	/* The daemon is still there. */
	ck_assert_int_eq(t_get("/v1/health", &r), 200);
	resp_free(&r);
}
END_TEST

START_TEST(test_limit_timeout)
{
	static const char part[] = "GET /v1/health HTTP/1.1\r\nHost: x\r\n";
	struct pollfd	 pfd;
	char		*rest, c;
	int		 fd;

	fd = tu_connect(g.sock, 0);
	ck_assert_int_eq(tu_write_all(fd, part, sizeof part - 1), 0);
	/* returns at the daemon's close, or after 20 s (bounded) */
	rest = tu_read_all(fd, 20000, NULL);
	ck_assert(strstr(rest, "200 OK") == NULL);
	/* The daemon closed it (EOF now), rather than our bound running
	 * out with the connection still open. */
	pfd.fd = fd;
	pfd.events = POLLIN;
	pfd.revents = 0;
	ck_assert_msg(poll(&pfd, 1, 0) == 1 && read(fd, &c, 1) == 0,
	    "the daemon kept a client that never finished its request");
	free(rest);
	close(fd);
}
END_TEST

/* An event stream outlives request_timeout: it only listens. */
START_TEST(test_limit_events_stay)
{
	static const char req[] = "GET /v1/events HTTP/1.1\r\nHost: x\r\n\r\n";
	struct resp	 r;
	struct buf	 b = { 0 };
	int		 fd;

	fd = tu_connect(g.sock, 0);
	ck_assert_int_eq(tu_write_all(fd, req, sizeof req - 1), 0);
	ck_assert(t_read_until(fd, &b, "retry: ", 5000));
	sleep(3);	/* request_timeout is 2s here */
	ck_assert_int_eq(t_get("/v1/health", &r), 200);
	ck_assert_msg(strstr(r.body, "\"event_clients\":1") != NULL, "%s",
	    r.body);
	resp_free(&r);
	t_req(g.sock, 0, "PATCH", "/v1/feeds/wire-world", NULL,
	    "{\"paused\":true}", &r);
	ck_assert_int_eq(r.status, 200);
	resp_free(&r);
	ck_assert(t_read_until(fd, &b, "\"change\":\"updated\"", 5000));
	close(fd);
	buf_free(&b);
}
END_TEST

/* An event client that never reads is cut off, not buffered for. */
START_TEST(test_limit_slow_events)
{
	static const char req[] = "GET /v1/events HTTP/1.1\r\nHost: x\r\n\r\n";
	struct resp	 r;
	char		*body;
	int		 fd, i, sz = 4096, dropped = 0;

	fd = tu_connect(g.sock, 0);
	setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &sz, sizeof sz);
	ck_assert_int_eq(tu_write_all(fd, req, sizeof req - 1), 0);
	usleep(100000);
	body = xasprintf("{\"tags\":\"%0400d\"}", 0);
	for (i = 0; i < 4000 && !dropped; i++) {
		t_req(g.sock, 0, "PATCH", "/v1/feeds/wire-world", NULL, body,
		    &r);
		ck_assert_int_eq(r.status, 200);
		resp_free(&r);
		if (i % 100 == 99) {
			ck_assert_int_eq(t_get("/v1/metrics", &r), 200);
			dropped = strstr(r.body, "itinerd_api_event_clients_"
			    "dropped_total 1\n") != NULL;
			resp_free(&r);
		}
	}
	ck_assert_msg(dropped, "slow client never dropped");
	ck_assert_int_eq(t_get("/v1/health", &r), 200);
	ck_assert(strstr(r.body, "\"event_clients\":0") != NULL);
	resp_free(&r);
	free(body);
	close(fd);
}
END_TEST

/* A second uid: reads yes, changes no (unless in admin_group). */
static int
t_as_nobody(const char *sock, const char *method, const char *path)
{
	struct resp	 r;
	pid_t		 pid;
	int		 st, p[2], status = -1;

	ck_assert_int_eq(pipe(p), 0);
	pid = fork();
	ck_assert_int_ne(pid, -1);
	if (pid == 0) {
		close(p[0]);
		if (setgroups(0, NULL) != 0 || setgid(65534) != 0 ||
		    setuid(65534) != 0)
			_exit(1);
		t_req(sock, 0, method, path, NULL, NULL, &r);
		if (write(p[1], &r.status, sizeof r.status) !=
		    (ssize_t)sizeof r.status)
			_exit(1);
		_exit(0);
	}
	close(p[1]);
	if (read(p[0], &status, sizeof status) != (ssize_t)sizeof status)
		status = -1;
	close(p[0]);
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	return status;
}

START_TEST(test_access_other_uid)
{
	struct daemon	 d;
	struct group	*gr;
	struct resp	 r;
	char		*extra;

	if (getuid() != 0) {
		fprintf(stderr, "test_access_other_uid: not root; only the "
		    "own-uid half runs\n");
		ck_assert_int_eq(t_req(g.sock, 0, "POST", "/v1/reload", NULL,
		    NULL, &r), 200);
		resp_free(&r);
		return;
	}
	ck_assert_int_eq(t_as_nobody(g.sock, "GET", "/v1/trips"), 200);
	ck_assert_int_eq(t_as_nobody(g.sock, "GET", "/v1/health"), 200);
	ck_assert_int_eq(t_as_nobody(g.sock, "POST", "/v1/reload"), 403);
	ck_assert_int_eq(t_as_nobody(g.sock, "POST", "/v1/poll"), 403);
	ck_assert_int_eq(t_as_nobody(g.sock, "DELETE",
	    "/v1/feeds/wire-world"), 403);
	ck_assert_int_eq(t_get("/v1/feeds/wire-world", &r), 200);
	resp_free(&r);
	/* Membership of admin_group lets nobody change things. */
	ck_assert_ptr_nonnull(gr = getgrgid(65534));
	extra = xasprintf("admin_group = %s\n", gr->gr_name);
	d_start(&d, extra, NULL, 0);
	free(extra);
	ck_assert_int_eq(t_as_nobody(d.sock, "POST", "/v1/reload"), 200);
	ck_assert_int_eq(t_as_nobody(d.sock, "DELETE", "/v1/feeds/x-none"),
	    404);
	ck_assert_int_eq(t_as_nobody(d.sock, "GET", "/v1/legs"), 200);
	d_stop(&d);
}
END_TEST

START_TEST(test_listen_refused)
{
	char	*dir, *conf, *text, *err = NULL;
	char	*argv[5];
	int	 st;

	dir = tu_tmpdir();
	conf = xasprintf("%s/c", dir);
	text = xasprintf("[daemon]\ndatabase = %s/db\nsocket = %s/s\n"
	    "http_listen = 0.0.0.0:18099\n", dir, dir);
	tu_write_file(conf, text);
	argv[0] = (char *)tu_env("ITINERD_BIN");
	argv[1] = "-f";
	argv[2] = "-c";
	argv[3] = conf;
	argv[4] = NULL;
	st = tu_run(argv, NULL, &err, 10000);
	ck_assert_int_eq(st, 1);
	ck_assert_msg(strstr(err, "not a loopback address") != NULL, "%s",
	    err);
	free(err);
	free(text);
	free(conf);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

/*
 * Issue 12's feed rules: intervals under a minute only for loopback
 * hosts, one feed per URL, trimmed tags, config feeds changed only in the
 * config (paused aside), a new URL clears the old one's error, and an
 * empty body says so.
 */
START_TEST(test_feed_rules)
{
	static const struct {
		const char	*method;
		const char	*path;
		const char	*body;
		int		 status;
		const char	*what;
	} rows[] = {
		{ "POST", "/v1/feeds", "", 400, "empty request body: expected "
		  "a JSON object" },
		{ "PATCH", "/v1/feeds/wire-world", "", 400, "empty request "
		  "body" },
		{ "POST", "/v1/feeds", "{\"name\":\"r1\",\"url\":"
		  "\"https://example.org/r1.rss\",\"interval\":\"1s\"}", 400,
		  "at least 1m for a remote host" },
		{ "POST", "/v1/feeds", "{\"name\":\"r1\",\"url\":"
		  "\"https://example.org/r1.rss\",\"interval\":59}", 400,
		  "interval" },
		{ "POST", "/v1/feeds", "{\"name\":\"r1\",\"url\":"
		  "\"https://example.org/r1.rss\",\"interval\":\"1m\","
		  "\"tags\":\" news , world,, \"}", 201, NULL },
		{ "POST", "/v1/feeds", "{\"name\":\"l1\",\"url\":"
		  "\"http://127.0.0.1:9/l1.rss\",\"interval\":\"1s\","
		  "\"tags\":[\" a \",\"b\"]}", 201, NULL },
		{ "POST", "/v1/feeds", "{\"name\":\"r2\",\"url\":"
		  "\"https://example.org/r1.rss\"}", 409, "feed 'r1' already "
		  "fetches https://example.org/r1.rss" },
		{ "PATCH", "/v1/feeds/l1", "{\"url\":"
		  "\"https://example.org/r1.rss\",\"interval\":\"1h\"}", 409,
		  "'r1'" },
		{ "PATCH", "/v1/feeds/l1", "{\"url\":"
		  "\"https://example.org/l1.rss\"}", 400, "at least 1m" },
		{ "PATCH", "/v1/feeds/r1", "{\"interval\":\"30s\"}", 400,
		  "at least 1m" },
		{ "PATCH", "/v1/feeds/old-config", "{\"interval\":\"2h\"}", 409,
		  "comes from the config file" },
		{ "PATCH", "/v1/feeds/old-config", "{\"url\":"
		  "\"http://127.0.0.1:9/new.rss\"}", 409, "[feed old-config]" },
		{ "PATCH", "/v1/feeds/old-config", "{\"paused\":true,"
		  "\"tags\":\"x\"}", 409, "only paused" },
		{ "PATCH", "/v1/feeds/old-config", "{\"paused\":true}", 200,
		  NULL },
		{ "PATCH", "/v1/feeds/mod-press", "{\"url\":"
		  "\"http://127.0.0.1:9/press2.atom\"}", 200, NULL },
	};
	struct resp	 r;
	json_t		*j, *tags;
	size_t		 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		t_req(g.sock, 0, rows[i].method, rows[i].path, NULL,
		    rows[i].body, &r);
		if (rows[i].status >= 400)
			t_check_error(&r, rows[i].status, rows[i].what);
		else
			ck_assert_msg(r.status == rows[i].status,
			    "row %zu: %s %s: %d %s", i, rows[i].method,
			    rows[i].path, r.status, r.body);
		resp_free(&r);
	}
	/* Tags trimmed, whichever form they came in. */
	ck_assert_int_eq(t_get("/v1/feeds/r1", &r), 200);
	j = t_json(&r);
	tags = json_object_get(j, "tags");
	ck_assert_uint_eq(json_array_size(tags), 2);
	ck_assert_str_eq(json_string_value(json_array_get(tags, 0)), "news");
	ck_assert_str_eq(json_string_value(json_array_get(tags, 1)), "world");
	json_decref(j);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/feeds/l1", &r), 200);
	j = t_json(&r);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(j,
	    "tags"), 0)), "a");
	ck_assert_int_eq(json_integer_value(json_object_get(j, "interval")),
	    1);
	json_decref(j);
	resp_free(&r);
	/* mod-press failed with HTTP 503; its new URL has no error yet. */
	ck_assert_int_eq(t_get("/v1/feeds/mod-press", &r), 200);
	j = t_json(&r);
	ck_assert_str_eq(json_string_value(json_object_get(j, "url")),
	    "http://127.0.0.1:9/press2.atom");
	ck_assert(json_is_null(json_object_get(j, "last_error")));
	ck_assert(json_is_null(json_object_get(j, "last_status")));
	ck_assert_int_eq(json_integer_value(json_object_get(j,
	    "error_count")), 0);
	json_decref(j);
	resp_free(&r);
}
END_TEST

/* GET /v1/legs/{id} and /v1/officials/{id}. */
START_TEST(test_leg_official_by_id)
{
	struct resp	 r;
	json_t		*j, *src, *trips;
	long long	 oid;

	ck_assert_int_eq(t_get("/v1/legs/1", &r), 200);
	/* Coordinates as stored, without binary noise. */
	ck_assert_msg(strstr(r.body, "\"lat\":35.6895,") != NULL &&
	    strstr(r.body, "0000000") == NULL, "%s", r.body);
	j = t_json(&r);
	ck_assert_int_eq(json_integer_value(json_object_get(j, "id")), 1);
	ck_assert(json_is_string(json_object_get(j, "person")));
	ck_assert(json_is_string(json_object_get(j, "country")));
	src = json_object_get(j, "sources");
	ck_assert_uint_ge(json_array_size(src), 1);
	ck_assert(json_is_string(json_object_get(json_array_get(src, 0),
	    "evidence")));
	oid = json_integer_value(json_object_get(j, "official_id"));
	ck_assert_int_gt(oid, 0);
	json_decref(j);
	resp_free(&r);
	t_get("/v1/legs/999", &r);
	t_check_error(&r, 404, "no leg with id 999");
	resp_free(&r);
	t_get("/v1/legs/abc", &r);
	t_check_error(&r, 400, "leg id");
	resp_free(&r);

	{
		char	*path = xasprintf("/v1/officials/%lld", oid);

		ck_assert_int_eq(t_get(path, &r), 200);
		free(path);
	}
	j = t_json(&r);
	ck_assert_int_eq(json_integer_value(json_object_get(j, "id")), oid);
	ck_assert(json_is_string(json_object_get(j, "name")));
	trips = json_object_get(j, "trips");
	ck_assert(json_is_array(trips));
	ck_assert_int_eq(json_integer_value(json_object_get(j, "trip_count")),
	    (long long)json_array_size(trips));
	ck_assert_int_ge(json_integer_value(json_object_get(j, "leg_count")),
	    1);
	ck_assert_int_eq(json_integer_value(json_object_get(json_array_get(
	    trips, 0), "official_id")), oid);
	json_decref(j);
	resp_free(&r);
	t_get("/v1/officials/999", &r);
	t_check_error(&r, 404, "no official with id 999");
	resp_free(&r);
}
END_TEST

/* A refused change names the remedy: which group grants it. */
START_TEST(test_forbidden_names_group)
{
	struct daemon	 d;
	char		 buf[2048];
	pid_t		 pid;
	ssize_t		 n;
	int		 st, p[2], i;
	struct resp	 r;
	const char	*want[2] = { "set admin_group in [daemon]",
	    "admin_group 'itinerd-nonesuch'" };

	if (getuid() != 0) {
		fprintf(stderr, "test_forbidden_names_group: not root; "
		    "skipped\n");
		return;
	}
	for (i = 0; i < 2; i++) {
		d_start(&d, i == 0 ? NULL : "admin_group = itinerd-nonesuch\n",
		    NULL, 0);
		ck_assert_int_eq(pipe(p), 0);
		pid = fork();
		ck_assert_int_ne(pid, -1);
		if (pid == 0) {
			close(p[0]);
			if (setgroups(0, NULL) != 0 || setgid(65534) != 0 ||
			    setuid(65534) != 0)
				_exit(1);
			t_req(d.sock, 0, "POST", "/v1/reload", NULL, NULL, &r);
			dprintf(p[1], "%d %s", r.status, r.body != NULL ?
			    r.body : "");
			_exit(0);
		}
		close(p[1]);
		n = read(p[0], buf, sizeof buf - 1);
		buf[n > 0 ? n : 0] = '\0';
		close(p[0]);
		ck_assert_int_eq(waitpid(pid, &st, 0), pid);
		ck_assert_msg(strncmp(buf, "403 ", 4) == 0, "%s", buf);
		ck_assert_msg(strstr(buf, want[i]) != NULL, "%s", buf);
		ck_assert_msg(strstr(buf, "uid 65534 may not change") != NULL,
		    "%s", buf);
		d_stop(&d);
	}
}
END_TEST


/*
 * Exports.  The fixture plus 1,200 past trips of one leg each (more than
 * two export batches of 500 and many default pages of 50), and trips
 * dated around today (SQLite's date('now'), UTC as the daemon's): 2001
 * Tokyo -> South Korea -> India in 10 days (planned), 2002 under way,
 * 2003 in 3 days, 2004 in 5 days but cancelled, 2005 planned for 2020.
 */
static const char t_many_sql[] =
    "INSERT INTO places (id, country, city, city_key, lat, lon) VALUES "
    " (7, 'KR', '', '', 36.5, 127.9);"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
    " WHERE i < 1200) "
    "INSERT INTO trips (id, official_id, start, \"end\", status, "
    " confidence, leg_count, updated) SELECT 100 + i, 2, "
    " date('2000-01-01', '+' || i || ' days'), "
    " date('2000-01-01', '+' || (i + 1) || ' days'), 'completed', 0.7, 1,"
    " 1700000000 + (i * 7919) % 1200 FROM n;"
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
    " WHERE i < 1200) "
    "INSERT INTO legs (id, official_id, role, official_country, place_id, "
    " dest_country, dest_city, start, \"end\", precision, status, "
    " confidence, trip_id, seq) SELECT 100 + i, 2, 'Secretary of State', "
    " 'US', 2, 'KR', 'Seoul', date('2000-01-01', '+' || i || ' days'), "
    " date('2000-01-01', '+' || (i + 1) || ' days'), 'day', 'completed', "
    " 0.7, 100 + i, 0 FROM n;"
    "INSERT INTO trips (id, official_id, start, \"end\", status, "
    " confidence, leg_count) VALUES "
    " (2001, 4, date('now', '+10 days'), date('now', '+14 days'), "
    "  'planned', 0.6, 3),"
    " (2002, 3, date('now', '-1 days'), date('now', '+1 days'), "
    "  'ongoing', 0.6, 1),"
    " (2003, 3, date('now', '+3 days'), NULL, 'planned', 0.6, 1),"
    " (2004, 3, date('now', '+5 days'), NULL, 'cancelled', 0.6, 1),"
    " (2005, 4, '2020-05-01', '2020-05-03', 'planned', 0.6, 1);"
    "INSERT INTO legs (id, official_id, role, official_country, place_id, "
    " dest_country, dest_city, start, \"end\", precision, status, "
    " confidence, trip_id, seq) VALUES "
    " (2001, 4, 'Foreign Minister', 'DE', 1, 'JP', 'Tokyo', "
    "  date('now', '+10 days'), date('now', '+11 days'), 'day', "
    "  'planned', 0.6, 2001, 0),"
    " (2002, 4, 'Foreign Minister', 'DE', 7, 'KR', NULL, NULL, NULL, "
    "  'unknown', 'planned', 0.6, 2001, 1),"
    " (2003, 4, 'Foreign Minister', 'DE', 4, 'IN', NULL, "
    "  date('now', '+14 days'), NULL, 'day', 'planned', 0.6, 2001, 2),"
    " (2004, 3, NULL, 'FR', 6, 'FR', 'Paris', date('now', '-1 days'), "
    "  date('now', '+1 days'), 'day', 'ongoing', 0.6, 2002, 0),"
    " (2005, 3, NULL, 'FR', 6, 'FR', 'Paris', date('now', '+3 days'), "
    "  NULL, 'day', 'planned', 0.6, 2003, 0),"
    " (2006, 3, NULL, 'FR', 6, 'FR', 'Paris', date('now', '+5 days'), "
    "  NULL, 'day', 'cancelled', 0.6, 2004, 0),"
    " (2007, 4, NULL, 'DE', 6, 'FR', 'Paris', '2020-05-01', '2020-05-03', "
    "  'day', 'planned', 0.6, 2005, 0);";

/*
 * Domestic legs: trip 6 is Blinken at home only (Chicago), trip 7 a home
 * stop (Honolulu) before Tokyo.
 */
static const char t_domestic_sql[] =
	"INSERT INTO places (id, country, city, city_key, lat, lon) VALUES "
	" (7, 'US', 'Chicago', 'chicago', 41.85003, -87.65005),"
	" (8, 'US', 'Honolulu', 'honolulu', 21.30694, -157.85833);"
	"INSERT INTO trips (id, official_id, start, \"end\", status, "
	"confidence, leg_count) VALUES"
	" (6, 2, '2022-05-03', '2022-05-03', 'completed', 0.8, 1),"
	" (7, 2, '2022-06-01', '2022-06-04', 'completed', 0.8, 2);"
	"INSERT INTO legs (id, official_id, role, official_country, "
	"place_id, dest_country, dest_city, start, \"end\", precision, "
	"status, confidence, trip_id, seq) VALUES"
	" (9, 2, 'Secretary of State', 'US', 7, 'US', 'Chicago', "
	"'2022-05-03', '2022-05-03', 'day', 'completed', 0.8, 6, 0),"
	" (10, 2, 'Secretary of State', 'US', 8, 'US', 'Honolulu', "
	"'2022-06-01', '2022-06-02', 'day', 'completed', 0.8, 7, 0),"
	" (11, 2, 'Secretary of State', 'US', 1, 'JP', 'Tokyo', "
	"'2022-06-03', '2022-06-04', 'day', 'completed', 0.8, 7, 1);";

static int	t_csv_rows(const char *);

static void
setup_domestic(void)
{
	g_extra_sql = t_domestic_sql;
	d_start(&g, NULL, NULL, 0);
	g_extra_sql = NULL;
}

/* domestic=true|false on legs, trips and exports; the field everywhere. */
START_TEST(test_domestic)
{
	static const struct {
		const char	*path;
		const char	*key;
		const char	*ids;
	} rows[] = {
		{ "/v1/legs?domestic=true", "legs", "9,10" },
		{ "/v1/legs?domestic=true&person=blinken&since=2022-06-01",
		  "legs", "10" },
		{ "/v1/legs?domestic=false&person=blinken", "legs",
		  "4,5,11" },
		{ "/v1/trips?domestic=true", "trips", "6" },
		{ "/v1/trips?domestic=false&person=blinken", "trips", "7,2" },
	};
	struct resp	 r;
	json_t		*j, *t;
	char		*ids;
	size_t		 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		ck_assert_int_eq(t_get(rows[i].path, &r), 200);
		j = t_json(&r);
		ids = t_ids(json_object_get(j, rows[i].key), "id");
		ck_assert_msg(strcmp(ids, rows[i].ids) == 0, "%s: expected "
		    "%s, got %s", rows[i].path, rows[i].ids, ids);
		free(ids);
		json_decref(j);
		resp_free(&r);
	}
	/* the field: a leg's, a trip's (every leg at home) and its stops' */
	ck_assert_int_eq(t_get("/v1/trips/7", &r), 200);
	j = t_json(&r);
	ck_assert(json_is_false(json_object_get(j, "domestic")));
	t = json_object_get(j, "route");
	ck_assert(json_is_true(json_object_get(json_array_get(t, 0),
	    "domestic")));
	ck_assert(json_is_false(json_object_get(json_array_get(t, 1),
	    "domestic")));
	t = json_object_get(j, "legs");
	ck_assert(json_is_true(json_object_get(json_array_get(t, 0),
	    "domestic")));
	json_decref(j);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/trips/6", &r), 200);
	j = t_json(&r);
	ck_assert(json_is_true(json_object_get(j, "domestic")));
	json_decref(j);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/legs/9", &r), 200);
	j = t_json(&r);
	ck_assert(json_is_true(json_object_get(j, "domestic")));
	json_decref(j);
	resp_free(&r);
	/* exports are the filtered set, with the column */
	ck_assert_int_eq(t_get("/v1/legs?format=csv&domestic=true", &r), 200);
	ck_assert_int_eq(t_csv_rows(r.body), 2);
	ck_assert_msg(strstr(r.body, ",status_now,domestic,") != NULL &&
	    strstr(r.body, ",Chicago,") != NULL && strstr(r.body, ",true,")
	    != NULL && strstr(r.body, ",Tokyo,") == NULL, "%s", r.body);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/legs?format=geojson&domestic=false&"
	    "person=blinken", &r), 200);
	ck_assert_msg(strstr(r.body, "\"domestic\":false") != NULL &&
	    strstr(r.body, "\"domestic\":true") == NULL, "%s", r.body);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/legs?format=ics&domestic=true", &r), 200);
	ck_assert_msg(strstr(r.body, "Domestic.") != NULL &&
	    strstr(r.body, "Tokyo") == NULL, "%s", r.body);
	resp_free(&r);
	/* a bad value names the parameter and what it takes */
	ck_assert_int_eq(t_get("/v1/legs?domestic=yes", &r), 400);
	t_check_error(&r, 400, "domestic: expected true or false");
	resp_free(&r);
}
END_TEST

#define T_MANY_TRIPS	(5 + 1200 + 5)
#define T_MANY_LEGS	(8 + 1200 + 7)

static void
setup_many(void)
{
	g_extra_sql = t_many_sql;
	d_start(&g, NULL, NULL, 0);
	g_extra_sql = NULL;
}

/* Number of lines of a CSV body beyond its header. */
static int
t_csv_rows(const char *body)
{
	const char	*p;
	int		 n = -1;

	for (p = body; (p = strstr(p, "\r\n")) != NULL; p += 2)
		n++;
	return n;
}

/* An export is every matching row, streamed: not the first page. */
START_TEST(test_export_whole)
{
	struct resp	 r;
	struct t_event	*ev;
	json_t		*j, *f, *props;
	char		*h;
	size_t		 n, i;
	int		 trips = 0, stops = 0, dated = 0;

	/* A JSON page is still a page, with its cursor. */
	ck_assert_int_eq(t_get("/v1/legs", &r), 200);
	j = t_json(&r);
	ck_assert_int_eq(json_array_size(json_object_get(j, "legs")), 50);
	ck_assert(json_is_string(json_object_get(j, "next_cursor")));
	json_decref(j);
	resp_free(&r);

	ck_assert_int_eq(t_get("/v1/legs?format=csv", &r), 200);
	ck_assert(r.chunked);
	ck_assert((h = t_header(&r, "X-Next-Cursor")) == NULL);
	ck_assert_int_eq(t_csv_rows(r.body), T_MANY_LEGS);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/trips?format=csv", &r), 200);
	ck_assert_int_eq(t_csv_rows(r.body), T_MANY_TRIPS);
	resp_free(&r);
	/* Filters apply to the whole export. */
	ck_assert_int_eq(t_get("/v1/legs?format=csv&person=blinken", &r),
	    200);
	ck_assert_int_eq(t_csv_rows(r.body), 1202);
	resp_free(&r);
	/* limit caps an export. */
	ck_assert_int_eq(t_get("/v1/legs?format=csv&limit=3", &r), 200);
	ck_assert_int_eq(t_csv_rows(r.body), 3);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/legs?format=csv&limit=700", &r), 200);
	ck_assert_int_eq(t_csv_rows(r.body), 700);
	resp_free(&r);
	/* A bad cursor is an error before anything is streamed. */
	t_get("/v1/legs?format=csv&cursor=zzzz", &r);
	t_check_error(&r, 400, "cursor");
	resp_free(&r);

	/* Every dated leg is a VEVENT (legs 7 and 2002 have no date). */
	ck_assert_int_eq(t_get("/v1/legs?format=ics", &r), 200);
	ev = xcalloc(T_MANY_LEGS, sizeof *ev);
	n = t_ics_events(r.body, ev, T_MANY_LEGS);
	ck_assert_int_eq(n, T_MANY_LEGS - 2);
	for (i = 0; i < n; i++) {
		if (strcmp(ev[i].uid, "leg-1300@itinerd") == 0) {
			dated++;
			ck_assert_str_eq(ev[i].location, "Seoul, South Korea");
		}
		t_event_free(&ev[i]);
	}
	ck_assert_int_eq(dated, 1);
	free(ev);
	resp_free(&r);

	ck_assert_int_eq(t_get("/v1/trips?format=geojson", &r), 200);
	j = t_json(&r);
	json_array_foreach(json_object_get(j, "features"), i, f) {
		props = json_object_get(f, "properties");
		if (strcmp(json_string_value(json_object_get(props, "kind")),
		    "trip") == 0)
			trips++;
		else
			stops++;
		if (json_integer_value(json_object_get(f, "id")) == 2001) {
			ck_assert_str_eq(json_string_value(json_object_get(
			    json_object_get(f, "geometry"), "type")),
			    "LineString");
			ck_assert_int_eq(json_array_size(json_object_get(
			    json_object_get(f, "geometry"), "coordinates")), 3);
			ck_assert_str_eq(json_string_value(json_object_get(
			    props, "route")), "Tokyo \xe2\x86\x92 South Korea "
			    "\xe2\x86\x92 India");
			ck_assert_str_eq(json_string_value(json_object_get(
			    props, "status_now")), "upcoming");
		}
	}
	ck_assert_int_eq(trips, T_MANY_TRIPS);
	ck_assert_int_eq(stops, T_MANY_LEGS);
	json_decref(j);
	resp_free(&r);
}
END_TEST

/* Pages through /v1/trips with query (and limit 97) into ids. */
static size_t
t_page_all(const char *query, long long *ids, size_t max)
{
	struct resp	 r;
	json_t		*j, *t, *next;
	char		*path, *cur = NULL;
	size_t		 n = 0, i;

	for (;;) {
		path = cur == NULL ? xasprintf("/v1/trips?limit=97%s", query) :
		    xasprintf("/v1/trips?limit=97%s&cursor=%s", query, cur);
		free(cur);
		cur = NULL;
		ck_assert_int_eq(t_get(path, &r), 200);
		free(path);
		j = t_json(&r);
		json_array_foreach(json_object_get(j, "trips"), i, t) {
			ck_assert(n < max);
			ids[n++] = json_integer_value(json_object_get(t, "id"));
		}
		next = json_object_get(j, "next_cursor");
		if (json_is_string(next))
			cur = xstrdup(json_string_value(next));
		json_decref(j);
		resp_free(&r);
		if (cur == NULL)
			return n;
	}
}

/*
 * Paging is stable under every sort: each trip once, in the sort's
 * order, undated trip 4 last; the cursor of one sort is refused by
 * another.
 */
START_TEST(test_sort_paging)
{
	static const char *const sorts[] = { "", "&sort=-start",
	    "&sort=start", "&sort=-updated", "&sort=updated" };
	struct resp	 r;
	json_t		*j;
	long long	*ids;
	char		*seen, *path;
	size_t		 n, i, k;

	ids = xcalloc(T_MANY_TRIPS + 1, sizeof *ids);
	seen = xcalloc(3000, 1);
	for (k = 0; k < sizeof sorts / sizeof sorts[0]; k++) {
		n = t_page_all(sorts[k], ids, T_MANY_TRIPS + 1);
		ck_assert_int_eq(n, T_MANY_TRIPS);
		memset(seen, 0, 3000);
		for (i = 0; i < n; i++) {
			ck_assert(ids[i] > 0 && ids[i] < 3000);
			ck_assert_msg(!seen[ids[i]], "%s: trip %lld twice",
			    sorts[k], ids[i]);
			seen[ids[i]] = 1;
		}
		if (k <= 2) {
			/* By start: trip 4 is the only undated one. */
			ck_assert_int_eq(ids[n - 1], 4);
			ck_assert_int_eq(ids[0], k == 2 ? 101 : 2001);
		}
	}
	free(seen);
	free(ids);
	/* A cursor says which sort made it. */
	ck_assert_int_eq(t_get("/v1/trips?limit=2&sort=start", &r), 200);
	j = t_json(&r);
	path = xasprintf("/v1/trips?limit=2&sort=updated&cursor=%s",
	    json_string_value(json_object_get(j, "next_cursor")));
	json_decref(j);
	resp_free(&r);
	t_get(path, &r);
	t_check_error(&r, 400, "cursor");
	resp_free(&r);
	free(path);
	t_get("/v1/trips?sort=name", &r);
	t_check_error(&r, 400, "sort");
	resp_free(&r);
	t_get("/v1/trips?view=soon", &r);
	t_check_error(&r, 400, "view");
	resp_free(&r);
	t_get("/v1/trips?status_now=ongoing", &r);
	t_check_error(&r, 400, "status_now");
	resp_free(&r);
}
END_TEST

/* Status as of today, beside the reported one; the upcoming view. */
START_TEST(test_status_now)
{
	static const struct {
		const char	*path;
		const char	*ids;
	} rows[] = {
		{ "/v1/trips?view=upcoming", "2002,2003,2001" },
		{ "/v1/trips?view=upcoming&sort=-start", "2001,2003,2002" },
		{ "/v1/trips?status_now=under_way", "2002" },
		{ "/v1/trips?status_now=upcoming", "2001,2003" },
		{ "/v1/trips?status_now=unconfirmed", "2005" },
		{ "/v1/trips?status_now=planned%2C%20not%20confirmed",
		  "2005" },
		{ "/v1/trips?status_now=cancelled", "2004,3" },
		{ "/v1/trips?status_now=upcoming&person=baerbock", "2001" },
	};
	struct resp	 r;
	json_t		*j, *t;
	char		*ids;
	size_t		 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		ck_assert_int_eq(t_get(rows[i].path, &r), 200);
		j = t_json(&r);
		ids = t_ids(json_object_get(j, "trips"), "id");
		ck_assert_msg(strcmp(ids, rows[i].ids) == 0, "%s: expected "
		    "%s, got %s", rows[i].path, rows[i].ids, ids);
		free(ids);
		json_decref(j);
		resp_free(&r);
	}
	/* The reported status stays; 1987-style "ongoing" reads past. */
	ck_assert_int_eq(t_get("/v1/trips/2005", &r), 200);
	j = t_json(&r);
	ck_assert_str_eq(json_string_value(json_object_get(j, "status")),
	    "planned");
	ck_assert_str_eq(json_string_value(json_object_get(j, "status_now")),
	    "planned, not confirmed");
	t = json_array_get(json_object_get(j, "legs"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(t, "status_now")),
	    "planned, not confirmed");
	json_decref(j);
	resp_free(&r);
	ck_assert_int_eq(t_get("/v1/legs?status_now=under_way", &r), 200);
	j = t_json(&r);
	ids = t_ids(json_object_get(j, "legs"), "id");
	ck_assert_str_eq(ids, "2004");
	free(ids);
	json_decref(j);
	resp_free(&r);
}
END_TEST

static Suite *
e2e_api_suite(void)
{
	Suite	*s = suite_create("e2e_api");
	TCase	*tc;

	tc = tcase_create("reads");
	tcase_add_unchecked_fixture(tc, setup_plain, teardown);
	tcase_add_test(tc, test_filters);
	tcase_add_test(tc, test_paging);
	tcase_add_test(tc, test_places);
	tcase_add_test(tc, test_trip_detail);
	tcase_add_test(tc, test_articles);
	tcase_add_test(tc, test_search);
	tcase_add_test(tc, test_feeds_health_metrics);
	suite_add_tcase(s, tc);

	tc = tcase_create("errors");
	tcase_add_unchecked_fixture(tc, setup_plain, teardown);
	tcase_add_test(tc, test_errors);
	tcase_add_test(tc, test_method_allow);
	suite_add_tcase(s, tc);

	tc = tcase_create("formats");
	tcase_add_unchecked_fixture(tc, setup_plain, teardown);
	tcase_add_test(tc, test_negotiation);
	tcase_add_test(tc, test_csv);
	tcase_add_test(tc, test_ics);
	tcase_add_test(tc, test_geojson);
	suite_add_tcase(s, tc);

	tc = tcase_create("changes");
	tcase_add_unchecked_fixture(tc, setup_plain, teardown);
	tcase_add_test(tc, test_feed_changes);
	tcase_add_test(tc, test_events);
	tcase_add_test(tc, test_poll_events);
	tcase_add_test(tc, test_import);
	tcase_add_test(tc, test_tcp_readonly);
	tcase_add_test(tc, test_access_other_uid);
	tcase_add_test(tc, test_listen_refused);
	tcase_add_test(tc, test_feed_rules);
	tcase_add_test(tc, test_leg_official_by_id);
	tcase_add_test(tc, test_forbidden_names_group);
	suite_add_tcase(s, tc);

	/* Its own daemon, started in the test's process, which restarts it. */
	tc = tcase_create("restart");
	tcase_add_checked_fixture(tc, setup_plain, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_events_replay);
	suite_add_tcase(s, tc);

	tc = tcase_create("replay_bounds");
	tcase_add_unchecked_fixture(tc, setup_events, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_events_bounded);
	suite_add_tcase(s, tc);

	tc = tcase_create("domestic");
	tcase_add_unchecked_fixture(tc, setup_domestic, teardown);
	tcase_add_test(tc, test_domestic);
	suite_add_tcase(s, tc);

	tc = tcase_create("exports");
	tcase_add_unchecked_fixture(tc, setup_many, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_export_whole);
	tcase_add_test(tc, test_sort_paging);
	tcase_add_test(tc, test_status_now);
	suite_add_tcase(s, tc);

	tc = tcase_create("limits");
	tcase_add_unchecked_fixture(tc, setup_limits, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_limit_connections);
	tcase_add_test(tc, test_limit_sizes);
	tcase_add_test(tc, test_limit_timeout);
	tcase_add_test(tc, test_limit_events_stay);
	tcase_add_test(tc, test_limit_slow_events);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(e2e_api_suite());
}
