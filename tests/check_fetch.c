/*
 * check_fetch: fetch.c and poller.c against tests/feedserver.py, a
 * scripted HTTP server on 127.0.0.1 (ephemeral port) that this suite
 * starts and stops.  fetch: statuses, conditional GET round trips,
 * redirects (permanent, temporary, loops, refused protocols), Retry-After
 * in both forms, every limit (low speed, size cap on endless, oversized
 * and gzip-bombed bodies), connection and TLS errors, the parallel cap
 * and cancellation.  poller (in process, with a temporary database): a
 * feed of every scenario polled twice, then each feed's state and the
 * stored articles checked.
 */
#include <check.h>
#include <errno.h>
#include <event2/event.h>
#include <jansson.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "fetch.h"
#include "kb.h"
#include "poller.h"
#include "store.h"
#include "testutil.h"
#include "util.h"
#include "xmalloc.h"

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])
#define MAX_BODY	(1024 * 1024)

static char	*tmp;
static pid_t	 server_pid = -1;
static int	 port, tls_port;

/* Starts tests/feedserver.py; sets port. */
static void
server_start(void)
{
	char	*script, *pfile, *log, *s;
	char	*argv[8], *end;

	script = xasprintf("%s/tests/feedserver.py",
	    tu_env("ITINERD_SRCDIR"));
	pfile = xasprintf("%s/port", tmp);
	log = xasprintf("%s/server.log", tmp);
	argv[0] = (char *)"/usr/bin/python3";
	argv[1] = script;
	argv[2] = (char *)"--port-file";
	argv[3] = pfile;
	argv[4] = (char *)"--timeout";
	argv[5] = (char *)"90";
	argv[6] = (char *)"--tls";
	argv[7] = NULL;
	server_pid = tu_spawn(argv, log);
	ck_assert_int_eq(tu_wait_path(pfile, 10000), 0);
	s = tu_read_file(pfile, NULL);
	ck_assert_ptr_nonnull(s);
	port = (int)strtol(s, &end, 10);
	tls_port = (int)strtol(end, NULL, 10);
	ck_assert_int_gt(port, 0);
	ck_assert_int_gt(tls_port, 0);
	free(s);
	free(script);
	free(pfile);
	free(log);
}

static void
setup(void)
{
	/* Proxies from the environment must not catch 127.0.0.1. */
	setenv("no_proxy", "127.0.0.1,localhost", 1);
	setenv("NO_PROXY", "127.0.0.1,localhost", 1);
	tmp = tu_tmpdir();
	server_start();
}

static void
teardown(void)
{
	if (server_pid > 0)
		tu_kill_wait(server_pid, SIGTERM, 5000);
	server_pid = -1;
	tu_rmtree(tmp);
	free(tmp);
}

static char *
url_of(const char *path)
{
	if (strncmp(path, "http", 4) == 0)
		return xstrdup(path);
	return xasprintf("http://127.0.0.1:%d%s", port, path);
}

/* A config with small limits, so every limit is reached in a second. */
static struct config *
test_config(void)
{
	struct config	*c;

	c = config_default();
	free(c->user_agent);
	c->user_agent = xstrdup("itinerd-test/1 (fetch suite)");
	c->connect_timeout_s = 3;
	c->timeout_s = 8;
	c->low_speed_limit = 200;
	c->low_speed_time_s = 2;
	c->max_body = MAX_BODY;
	c->max_redirects = 5;
	c->max_parallel = 8;
	return c;
}

/* What one transfer returned, copied out of the callback. */
struct got {
	int		 done;
	int		 order;		/* 1 for the first callback, ... */
	enum fetch_error error;
	char		*error_text;
	int		 status;
	char		*body;
	size_t		 len;
	char		*etag;
	char		*last_modified;
	long		 retry_after_s;
	char		*final_url;
	char		*permanent_url;
	int		 redirects;
};

static int	pending;

static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* Callbacks so far, to tell in which order fetches completed. */
static int	completed;

static void
got_cb(const struct fetch_result *r, void *arg)
{
	struct got	*g = arg;

	ck_assert_int_eq(g->done, 0);	/* exactly once */
	g->done = 1;
	g->order = ++completed;
	g->error = r->error;
	g->error_text = dup_or_null(r->error_text);
	g->status = r->status;
	g->body = xstrndup(r->body, r->len);
	g->len = r->len;
	g->etag = dup_or_null(r->etag);
	g->last_modified = dup_or_null(r->last_modified);
	g->retry_after_s = r->retry_after_s;
	g->final_url = dup_or_null(r->final_url);
	g->permanent_url = dup_or_null(r->permanent_url);
	g->redirects = r->redirects;
	pending--;
}

static void
got_free(struct got *g)
{
	free(g->error_text);
	free(g->body);
	free(g->etag);
	free(g->last_modified);
	free(g->final_url);
	free(g->permanent_url);
	memset(g, 0, sizeof *g);
}

static void
stop_when_done(evutil_socket_t fd, short what, void *arg)
{
	struct event_base	*base = arg;

	(void)fd;
	(void)what;
	if (pending <= 0)
		event_base_loopbreak(base);
}

/*
 * Ends a bounded run.  (Not event_base_loopexit: a loopexit left pending
 * after an early break would end a later run.)
 */
static void
loop_deadline(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	event_base_loopbreak(arg);
}

/* Runs base until pending reaches 0, at most limit_s seconds. */
static void
run_until_done(struct event_base *base, int limit_s)
{
	struct event	*tick, *deadline;
	struct timeval	 tv = { 0, 20000 }, lim = { limit_s, 0 };

	tick = event_new(base, -1, EV_PERSIST, stop_when_done, base);
	deadline = evtimer_new(base, loop_deadline, base);
	event_add(tick, &tv);
	evtimer_add(deadline, &lim);
	event_base_dispatch(base);
	event_free(tick);
	event_free(deadline);
}

static const struct {
	const char	*path;
	const char	*etag;		/* sent as If-None-Match */
	enum fetch_error error;
	int		 status;
	const char	*text;		/* in error_text, or in the body */
	const char	*permanent;	/* permanent_url ends with it */
	const char	*final;		/* final_url ends with it */
	long		 retry_min, retry_max;	/* -1: none expected */
} fetch_rows[] = {
	{ "/etag.xml", NULL, FETCH_OK, 200, "Story E1", NULL, "/etag.xml",
	    -1, -1 },
	{ "/etag.xml", "\"e1\"", FETCH_OK, 304, NULL, NULL, "/etag.xml",
	    -1, -1 },
	{ "/etag.xml", "\"other\"", FETCH_OK, 200, "Story E2", NULL,
	    "/etag.xml", -1, -1 },
	{ "/gzip.xml", NULL, FETCH_OK, 200, "Story G2", NULL, "/gzip.xml",
	    -1, -1 },
	{ "/old301.xml", NULL, FETCH_OK, 200, "Story M1", "/new301.xml",
	    "/new301.xml", -1, -1 },
	{ "/old308.xml", NULL, FETCH_OK, 200, "Story N1", "/new308.xml",
	    "/new308.xml", -1, -1 },
	{ "/moved302.xml", NULL, FETCH_OK, 200, "Story T1", NULL,
	    "/temp.xml", -1, -1 },
	{ "/missing.xml", NULL, FETCH_OK, 404, NULL, NULL, NULL, -1, -1 },
	{ "/gone.xml", NULL, FETCH_OK, 410, NULL, NULL, NULL, -1, -1 },
	{ "/error.xml", NULL, FETCH_OK, 500, NULL, NULL, NULL, -1, -1 },
	{ "/limited.xml", NULL, FETCH_OK, 429, NULL, NULL, NULL, 3, 3 },
	{ "/unavailable.xml", NULL, FETCH_OK, 503, NULL, NULL, NULL, 1, 5 },
	{ "/loop.xml", NULL, FETCH_ERR_REDIRECTS, 302, "more than 5 redirects",
	    NULL, NULL, -1, -1 },
	{ "/ftp.xml", NULL, FETCH_ERR_REDIRECTS, 302, "protocol", NULL, NULL,
	    -1, -1 },
	{ "/trickle.xml", NULL, FETCH_ERR_SLOW, 200, "server too slow: "
	    "less than 200 bytes/s for 2 s", NULL, NULL, -1, -1 },
	{ "/endless.xml", NULL, FETCH_ERR_TOO_LARGE, 200,
	    "body larger than 1048576 bytes", NULL, NULL, -1, -1 },
	{ "/oversized.xml", NULL, FETCH_ERR_TOO_LARGE, 200,
	    "body larger than 1048576 bytes", NULL, NULL, -1, -1 },
	{ "/bomb.xml", NULL, FETCH_ERR_TOO_LARGE, 200,
	    "body larger than 1048576 bytes", NULL, NULL, -1, -1 },
	{ "http://127.0.0.1:1/feed.xml", NULL, FETCH_ERR_CONNECT, 0,
	    "could not connect", NULL, NULL, -1, -1 },
	{ "https://127.0.0.1:%PORT%/etag.xml", NULL, FETCH_ERR_TLS, 0,
	    "TLS handshake failed", NULL, NULL, -1, -1 },
	{ "https://127.0.0.1:%TLS%/etag.xml", NULL, FETCH_ERR_TLS, 0,
	    "TLS certificate problem: self-signed certificate", NULL, NULL,
	    -1, -1 },
};

static int
ends_with(const char *s, const char *suffix)
{
	size_t	ls, lx;

	if (s == NULL)
		return 0;
	ls = strlen(s);
	lx = strlen(suffix);
	return ls >= lx && strcmp(s + ls - lx, suffix) == 0;
}

START_TEST(fetch_table)
{
	struct event_base	*base;
	struct config		*c;
	struct fetcher		*f;
	struct fetch_req	 req;
	struct got		 got[NELEM(fetch_rows)];
	char			*cause = NULL, *url, *p;
	size_t			 i;

	base = event_base_new();
	c = test_config();
	ck_assert_int_eq(fetch_new(base, c, &f, &cause), 0);
	memset(got, 0, sizeof got);
	pending = 0;
	completed = 0;
	for (i = 0; i < NELEM(fetch_rows); i++) {
		if ((p = strstr(fetch_rows[i].path, "%PORT%")) != NULL)
			url = xasprintf("%.*s%d%s", (int)(p -
			    fetch_rows[i].path), fetch_rows[i].path, port,
			    p + 6);
		else if ((p = strstr(fetch_rows[i].path, "%TLS%")) != NULL)
			url = xasprintf("%.*s%d%s", (int)(p -
			    fetch_rows[i].path), fetch_rows[i].path, tls_port,
			    p + 5);
		else
			url = url_of(fetch_rows[i].path);
		memset(&req, 0, sizeof req);
		req.url = url;
		req.etag = fetch_rows[i].etag;
		ck_assert_int_eq(fetch_start(f, &req, got_cb, &got[i], NULL,
		    &cause), 0);
		pending++;
		free(url);
	}
	run_until_done(base, 20);
	ck_assert_int_eq(pending, 0);
	/*
	 * Everything ran in parallel: the trickle (cut off after seconds)
	 * started before the fast rows after it in the table, and still
	 * every other fetch completed first.  No wall clock is read.
	 */
	for (i = 0; i < NELEM(fetch_rows); i++)
		if (strcmp(fetch_rows[i].path, "/trickle.xml") == 0)
			break;
	ck_assert_uint_lt(i, NELEM(fetch_rows));
	ck_assert_int_eq(got[i].order, (int)NELEM(fetch_rows));
	for (i = 0; i < NELEM(fetch_rows); i++) {
		struct got	*g = &got[i];

		ck_assert_msg(g->done, "%s: no callback", fetch_rows[i].path);
		ck_assert_msg(g->error == fetch_rows[i].error,
		    "%s: error %d (%s), want %d", fetch_rows[i].path,
		    g->error, g->error_text ? g->error_text : "-",
		    fetch_rows[i].error);
		if (fetch_rows[i].status != 0 || g->error != FETCH_OK)
			ck_assert_msg(g->status == fetch_rows[i].status,
			    "%s: status %d, want %d", fetch_rows[i].path,
			    g->status, fetch_rows[i].status);
		if (g->error == FETCH_OK) {
			ck_assert_ptr_null(g->error_text);
			if (fetch_rows[i].text != NULL)
				ck_assert_msg(strstr(g->body,
				    fetch_rows[i].text) != NULL,
				    "%s: body lacks %s", fetch_rows[i].path,
				    fetch_rows[i].text);
			if (g->status != 200)
				ck_assert_uint_eq(g->len, 0);
		} else {
			ck_assert_ptr_nonnull(g->error_text);
			ck_assert_msg(strstr(g->error_text,
			    fetch_rows[i].text) != NULL, "%s: error '%s' "
			    "lacks '%s'", fetch_rows[i].path, g->error_text,
			    fetch_rows[i].text);
			ck_assert_uint_eq(g->len, 0);
		}
		if (fetch_rows[i].permanent != NULL)
			ck_assert_msg(ends_with(g->permanent_url,
			    fetch_rows[i].permanent), "%s: permanent %s",
			    fetch_rows[i].path, g->permanent_url ?
			    g->permanent_url : "(null)");
		else
			ck_assert_msg(g->permanent_url == NULL,
			    "%s: unexpected permanent %s", fetch_rows[i].path,
			    g->permanent_url);
		if (fetch_rows[i].final != NULL)
			ck_assert_msg(ends_with(g->final_url,
			    fetch_rows[i].final), "%s: final %s",
			    fetch_rows[i].path, g->final_url);
		if (fetch_rows[i].retry_min < 0)
			ck_assert_int_eq(g->retry_after_s, -1);
		else {
			ck_assert_int_ge(g->retry_after_s,
			    fetch_rows[i].retry_min);
			ck_assert_int_le(g->retry_after_s,
			    fetch_rows[i].retry_max);
		}
	}
	ck_assert_str_eq(got[0].etag, "\"e1\"");
	ck_assert_int_eq(got[4].redirects, 1);
	for (i = 0; i < NELEM(got); i++)
		got_free(&got[i]);
	fetch_free(f);
	config_free(c);
	event_base_free(base);
}
END_TEST

/* One GET; returns the result in *g. */
static void
get_one(struct event_base *base, struct fetcher *f, const char *path,
    const char *etag, const char *lm, struct got *g)
{
	struct fetch_req	 req;
	char			*url, *cause = NULL;

	url = url_of(path);
	memset(&req, 0, sizeof req);
	req.url = url;
	req.etag = etag;
	req.last_modified = lm;
	memset(g, 0, sizeof *g);
	pending = 1;
	ck_assert_int_eq(fetch_start(f, &req, got_cb, g, NULL, &cause), 0);
	run_until_done(base, 10);
	ck_assert_int_eq(g->done, 1);
	free(url);
}

/* Validators come back from a 200 and turn the next GET into a 304. */
START_TEST(conditional_round_trip)
{
	static const char	*paths[] = { "/etag.xml", "/lastmod.xml" };
	struct event_base	*base;
	struct config		*c;
	struct fetcher		*f;
	struct got		 g1, g2;
	char			*cause = NULL, *log = NULL, *ua;
	size_t			 i;

	base = event_base_new();
	c = test_config();
	ck_assert_int_eq(fetch_new(base, c, &f, &cause), 0);
	for (i = 0; i < NELEM(paths); i++) {
		get_one(base, f, paths[i], NULL, NULL, &g1);
		ck_assert_int_eq(g1.status, 200);
		ck_assert(g1.etag != NULL || g1.last_modified != NULL);
		get_one(base, f, paths[i], g1.etag, g1.last_modified, &g2);
		ck_assert_msg(g2.status == 304, "%s: %d", paths[i], g2.status);
		ck_assert_uint_eq(g2.len, 0);
		got_free(&g1);
		got_free(&g2);
	}
	/* The server saw our User-Agent and Accept-Encoding. */
	get_one(base, f, "/_log", NULL, NULL, &g1);
	log = g1.body;
	ua = strstr(log, "itinerd-test/1 (fetch suite)");
	ck_assert_ptr_nonnull(ua);
	ck_assert_ptr_nonnull(strstr(log, "gzip"));
	ck_assert_ptr_nonnull(strstr(log, "\"if_none_match\": \"\\\"e1\\\"\""));
	got_free(&g1);
	fetch_free(f);
	config_free(c);
	event_base_free(base);
}
END_TEST

/* Never more than max_parallel transfers; the rest wait their turn. */
START_TEST(parallel_cap)
{
	struct event_base	*base;
	struct config		*c;
	struct fetcher		*f;
	struct fetch_req	 req;
	struct got		 g[7];
	char			*cause = NULL, *url;
	size_t			 i;

	base = event_base_new();
	c = test_config();
	c->max_parallel = 2;
	ck_assert_int_eq(fetch_new(base, c, &f, &cause), 0);
	memset(g, 0, sizeof g);
	url = url_of("/etag.xml");
	memset(&req, 0, sizeof req);
	req.url = url;
	pending = 0;
	for (i = 0; i < NELEM(g); i++) {
		ck_assert_int_eq(fetch_start(f, &req, got_cb, &g[i], NULL,
		    &cause), 0);
		pending++;
	}
	ck_assert_uint_eq(fetch_active(f), 2);
	ck_assert_uint_eq(fetch_queued(f), NELEM(g) - 2);
	run_until_done(base, 10);
	ck_assert_int_eq(pending, 0);
	ck_assert_uint_eq(fetch_active(f), 0);
	ck_assert_uint_eq(fetch_queued(f), 0);
	for (i = 0; i < NELEM(g); i++) {
		ck_assert_int_eq(g[i].status, 200);
		got_free(&g[i]);
	}
	free(url);
	fetch_free(f);
	config_free(c);
	event_base_free(base);
}
END_TEST

/* With no low-speed limit, the total timeout ends a trickling body. */
START_TEST(total_timeout)
{
	struct event_base	*base;
	struct config		*c;
	struct fetcher		*f;
	struct got		 g;
	char			*cause = NULL;

	base = event_base_new();
	c = test_config();
	c->low_speed_limit = 0;
	c->timeout_s = 2;
	ck_assert_int_eq(fetch_new(base, c, &f, &cause), 0);
	/* The trickle never ends on its own: only the total deadline,
	 * named in the error, ends it. */
	get_one(base, f, "/trickle.xml", NULL, NULL, &g);
	ck_assert_int_eq(g.error, FETCH_ERR_TIMEOUT);
	ck_assert_str_eq(g.error_text, "timed out after 2 s");
	got_free(&g);
	fetch_free(f);
	config_free(c);
	event_base_free(base);
}
END_TEST

/* Cancelled transfers never call back; bad URLs are refused at once. */
START_TEST(cancel_and_refuse)
{
	static const char	*bad[] = { "ftp://127.0.0.1/feed.xml",
				    "file:///etc/passwd", "not a url", "" };
	struct event_base	*base;
	struct config		*c;
	struct fetcher		*f;
	struct fetch_req	 req;
	struct fetch_xfer	*x1, *x2;
	struct got		 g1, g2, g3;
	char			*cause = NULL, *u1, *u2;
	size_t			 i;

	base = event_base_new();
	c = test_config();
	c->max_parallel = 1;
	ck_assert_int_eq(fetch_new(base, c, &f, &cause), 0);
	for (i = 0; i < NELEM(bad); i++) {
		memset(&req, 0, sizeof req);
		req.url = bad[i];
		ck_assert_int_eq(fetch_start(f, &req, got_cb, &g1, NULL,
		    &cause), -EINVAL);
		ck_assert_ptr_nonnull(strstr(cause, "not an http or https"));
		free(cause);
		cause = NULL;
	}
	memset(&g1, 0, sizeof g1);
	memset(&g2, 0, sizeof g2);
	memset(&g3, 0, sizeof g3);
	u1 = url_of("/trickle.xml");
	u2 = url_of("/etag.xml");
	memset(&req, 0, sizeof req);
	req.url = u1;
	ck_assert_int_eq(fetch_start(f, &req, got_cb, &g1, &x1, &cause), 0);
	req.url = u2;
	ck_assert_int_eq(fetch_start(f, &req, got_cb, &g2, &x2, &cause), 0);
	ck_assert_int_eq(fetch_start(f, &req, got_cb, &g3, NULL, &cause), 0);
	fetch_cancel(f, x2);		/* queued */
	fetch_cancel(f, x1);		/* running */
	pending = 1;
	run_until_done(base, 10);
	ck_assert_int_eq(g1.done, 0);
	ck_assert_int_eq(g2.done, 0);
	ck_assert_int_eq(g3.done, 1);
	ck_assert_int_eq(g3.status, 200);
	got_free(&g3);
	free(u1);
	free(u2);
	fetch_free(f);
	config_free(c);
	event_base_free(base);
}
END_TEST

/* ---- The poller, in process, over every scenario. ---- */

static const struct {
	const char	*name;
	const char	*path;
	int		 polls_min;	/* fetches expected at least */
	int		 status;	/* last_status, 0: NULL */
	const char	*error;		/* in last_error; NULL: no error */
	int		 errors_min;	/* error_count at least */
	int		 enabled;
	const char	*url_end;	/* stored URL ends with */
	int		 articles;	/* linked to this feed */
} poll_rows[] = {
	{ "etag", "/etag.xml", 2, 304, NULL, 0, 1, "/etag.xml", 2 },
	{ "lastmod", "/lastmod.xml", 2, 304, NULL, 0, 1, "/lastmod.xml", 2 },
	{ "moved301", "/old301.xml", 2, 200, NULL, 0, 1, "/new301.xml", 1 },
	{ "moved308", "/old308.xml", 2, 200, NULL, 0, 1, "/new308.xml", 1 },
	{ "moved302", "/moved302.xml", 2, 200, NULL, 0, 1, "/moved302.xml",
	    1 },
	{ "missing", "/missing.xml", 2, 404, "HTTP 404 Not Found", 2, 1, NULL,
	    0 },
	{ "gone", "/gone.xml", 1, 410, "HTTP 410 Gone", 1, 0, NULL, 0 },
	{ "limited", "/limited.xml", 1, 429, "HTTP 429 Too Many Requests "
	    "(retry after 3 s)", 1, 1, NULL, 0 },
	{ "unavail", "/unavailable.xml", 1, 503, "HTTP 503 Service "
	    "Unavailable", 1, 1, NULL, 0 },
	{ "error", "/error.xml", 2, 500, "HTTP 500", 2, 1, NULL, 0 },
	{ "trickle", "/trickle.xml", 1, 200, "server too slow", 1, 1, NULL,
	    0 },
	{ "endless", "/endless.xml", 1, 200, "body larger than", 1, 1, NULL,
	    0 },
	{ "oversized", "/oversized.xml", 1, 200, "body larger than", 1, 1,
	    NULL, 0 },
	{ "bomb", "/bomb.xml", 1, 200, "body larger than", 1, 1, NULL, 0 },
	{ "truncated", "/truncated.xml", 2, 200, NULL, 0, 1, NULL, 1 },
	{ "html", "/page.html", 2, 200, "not a feed", 2, 1, NULL, 0 },
	/* feed.c refuses entity loops outright (a per-feed error). */
	{ "laughs", "/laughs.xml", 2, 200, "XML error", 2, 1, NULL, 0 },
	{ "xxe", "/xxe.xml", 2, 200, NULL, 0, 1, NULL, 1 },
	{ "dup", "/dup.xml", 2, 200, NULL, 0, 1, NULL, 3 },
	{ "two-a", "/two-a.xml", 2, 200, NULL, 0, 1, NULL, 2 },
	{ "two-b", "/two-b.xml", 2, 200, NULL, 0, 1, NULL, 2 },
	{ "gzip", "/gzip.xml", 2, 200, NULL, 0, 1, NULL, 2 },
	/* <ttl>1</ttl>: one minute, longer than its 1 s interval. */
	{ "ttl", "/ttl.xml", 1, 200, NULL, 0, 1, NULL, 1 },
};

static int
fetch_count(sqlite3 *db, const char *name)
{
	sqlite3_stmt	*st;
	int		 n = -1;

	sqlite3_prepare_v2(db, "SELECT fetch_count FROM feeds WHERE name = ?1",
	    -1, &st, NULL);
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return n;
}

static long long
q_count(struct store *store, const char *sql)
{
	sqlite3_stmt	*st;
	long long	 n = -1;

	st = store_prepare(store, sql);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

struct poll_wait {
	struct event_base	*base;
	sqlite3			*db;
	int			 round;	/* fetches every feed must reach */
};

static void
poll_check(evutil_socket_t fd, short what, void *arg)
{
	struct poll_wait	*w = arg;
	size_t			 i;
	int			 want;

	(void)fd;
	(void)what;
	for (i = 0; i < NELEM(poll_rows); i++) {
		want = w->round < poll_rows[i].polls_min ? w->round :
		    poll_rows[i].polls_min;
		if (fetch_count(w->db, poll_rows[i].name) < want)
			return;
	}
	event_base_loopbreak(w->base);
}

static void
poll_run(struct poll_wait *w, int limit_s)
{
	struct event	*tick, *deadline;
	struct timeval	 tv = { 0, 50000 }, lim = { limit_s, 0 };

	tick = event_new(w->base, -1, EV_PERSIST, poll_check, w);
	deadline = evtimer_new(w->base, loop_deadline, w->base);
	event_add(tick, &tv);
	evtimer_add(deadline, &lim);
	event_base_dispatch(w->base);
	event_free(tick);
	event_free(deadline);
}

static char *
str_col(sqlite3_stmt *st, int i)
{
	const unsigned char	*s = sqlite3_column_text(st, i);

	return s != NULL ? xstrdup((const char *)s) : NULL;
}

START_TEST(poller_scenarios)
{
	struct event_base	*base;
	struct config		*c;
	struct store		*store;
	const struct kb		*kb;
	struct poller		*p;
	struct poll_wait	 w;
	struct buf		 conf = { 0 };
	sqlite3_stmt		*st;
	char			*cause = NULL, *path, *dbpath, *url, *err;
	size_t			 i;
	int			 status, errors, enabled, n;

	dbpath = xasprintf("%s/db.sqlite", tmp);
	buf_printf(&conf, "[daemon]\ndatabase = %s\nsocket = %s/sock\n"
	    "max_parallel = 8\n[fetch]\nconnect_timeout = 3s\ntimeout = 8s\n"
	    "low_speed_limit = 200\nlow_speed_time = 2s\nmax_body = 1M\n"
	    "jitter = 10\n", dbpath, tmp);
	for (i = 0; i < NELEM(poll_rows); i++) {
		url = url_of(poll_rows[i].path);
		buf_printf(&conf, "[feed %s]\nurl = %s\ninterval = 1s\n",
		    poll_rows[i].name, url);
		free(url);
	}
	path = xasprintf("%s/itinerd.conf", tmp);
	ck_assert_int_eq(tu_write_file(path, conf.data), 0);
	ck_assert_msg(config_load(path, &c, &cause) == 0, "%s", cause);
	ck_assert_int_eq(store_open(dbpath, 0, &store, &cause), 0);
	kb = tu_kb();
	ck_assert_int_eq(store_sync_feeds(store, c, &cause), 0);
	base = event_base_new();
	ck_assert_msg(poller_new(base, store, kb, c, &p, &cause) == 0, "%s",
	    cause);
	ck_assert_int_eq(poller_poll_now(p, "no-such-feed", &cause), -ENOENT);
	free(cause);
	cause = NULL;

	w.base = base;
	w.db = store_db(store);
	w.round = 3;
	poll_run(&w, 40);
	poller_free(p);

	st = store_prepare(store, "SELECT last_status, last_error,"
	    " error_count, enabled, url, (SELECT count(*) FROM feed_articles"
	    " fa WHERE fa.feed_id = feeds.id), fetch_count, disabled_reason"
	    " FROM feeds WHERE name = ?1");
	for (i = 0; i < NELEM(poll_rows); i++) {
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, poll_rows[i].name, -1,
		    SQLITE_STATIC);
		ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
		status = sqlite3_column_int(st, 0);
		err = str_col(st, 1);
		errors = sqlite3_column_int(st, 2);
		enabled = sqlite3_column_int(st, 3);
		url = str_col(st, 4);
		n = sqlite3_column_int(st, 5);
		ck_assert_msg(sqlite3_column_int(st, 6) >=
		    poll_rows[i].polls_min, "%s: fetched %d times",
		    poll_rows[i].name, sqlite3_column_int(st, 6));
		ck_assert_msg(status == poll_rows[i].status,
		    "%s: status %d", poll_rows[i].name, status);
		if (poll_rows[i].error == NULL)
			ck_assert_msg(err == NULL, "%s: error %s",
			    poll_rows[i].name, err);
		else
			ck_assert_msg(err != NULL && strstr(err,
			    poll_rows[i].error) != NULL, "%s: error %s",
			    poll_rows[i].name, err ? err : "(null)");
		ck_assert_msg(errors >= poll_rows[i].errors_min &&
		    (poll_rows[i].errors_min > 0 || errors == 0),
		    "%s: error_count %d", poll_rows[i].name, errors);
		ck_assert_int_eq(enabled, poll_rows[i].enabled);
		if (!poll_rows[i].enabled)
			ck_assert_str_eq((const char *)sqlite3_column_text(st,
			    7), "410 Gone");
		if (poll_rows[i].url_end != NULL)
			ck_assert_msg(ends_with(url, poll_rows[i].url_end),
			    "%s: url %s", poll_rows[i].name, url);
		ck_assert_msg(n == poll_rows[i].articles, "%s: %d articles",
		    poll_rows[i].name, n);
		free(err);
		free(url);
	}
	sqlite3_finalize(st);
	/* gone was fetched once and never again; ttl waits its minute. */
	ck_assert_int_eq(fetch_count(store_db(store), "gone"), 1);
	ck_assert_int_eq(fetch_count(store_db(store), "ttl"), 1);
	/* The next fetch is never sooner than Retry-After (429: 3 s, 503:
	 * an HTTP-date 4 s ahead), though the interval is 1 s; the 404
	 * backs off exponentially (1 s, 2 s, 4 s ... -10% jitter). */
	st = store_prepare(store, "SELECT next_due - last_fetch, error_count"
	    " FROM feeds WHERE name = ?1");
	for (i = 0; i < 3; i++) {
		static const char *names[] = { "limited", "unavail",
		    "missing" };

		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, names[i], -1, SQLITE_STATIC);
		ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
		n = sqlite3_column_int(st, 0);
		errors = sqlite3_column_int(st, 1);
		if (i < 2)
			ck_assert_msg(n >= 3, "%s: next fetch after %d s",
			    names[i], n);
		else
			ck_assert_msg(n >= (int)((1 << (errors - 1)) * 0.9),
			    "%s: %d errors, next fetch after %d s",
			    names[i], errors, n);
	}
	sqlite3_finalize(st);

	/* Each correctly served article once: guid D1 kept its first title,
	 * the shared story of two-a and two-b is one article. */
	st = store_prepare(store, "SELECT count(*), count(DISTINCT title)"
	    " FROM articles");
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	/* E1 E2 L1 L2 M1 N1 T1 trunc-1 xxe-1 D1 D2 D3 shared A-only
	 * B-only G1 G2 TTL1 */
	ck_assert_int_eq(sqlite3_column_int(st, 0), 18);
	ck_assert_int_eq(sqlite3_column_int(st, 1), 18);
	sqlite3_finalize(st);
	st = store_prepare(store, "SELECT count(*) FROM articles WHERE"
	    " title = 'Story D1'");
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_int_eq(sqlite3_column_int(st, 0), 1);
	sqlite3_finalize(st);
	st = store_prepare(store, "SELECT count(*) FROM feed_articles fa"
	    " JOIN articles a ON a.id = fa.article_id WHERE"
	    " a.canonical_url = 'http://news.example/story/shared?id=7'");
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_int_eq(sqlite3_column_int(st, 0), 2);
	sqlite3_finalize(st);
	/* Nothing leaked from the entity attacks. */
	st = store_prepare(store, "SELECT count(*) FROM articles WHERE"
	    " text LIKE '%root:%' OR length(text) > 10000 OR"
	    " length(title) > 1000");
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_int_eq(sqlite3_column_int(st, 0), 0);
	sqlite3_finalize(st);

	event_base_free(base);
	store_free(store);
	config_free(c);
	buf_free(&conf);
	free(path);
	free(dbpath);
}
END_TEST

/* ---- Reloads, poll now, pause, restart. ---- */

struct until {
	struct event_base	*base;
	sqlite3			*db;
	const char		*name;
	int			 count;	/* fetch_count to reach */
};

static void
until_check(evutil_socket_t fd, short what, void *arg)
{
	struct until	*u = arg;

	(void)fd;
	(void)what;
	if (fetch_count(u->db, u->name) >= u->count)
		event_base_loopbreak(u->base);
}

/* Runs the loop until feed name reached count fetches, or limit_ms. */
static int
run_until(struct event_base *base, struct store *store, const char *name,
    int count, int limit_ms)
{
	struct until	 u = { base, store_db(store), name, count };
	struct event	*tick, *deadline;
	struct timeval	 tv = { 0, 20000 };
	struct timeval	 lim;

	lim.tv_sec = limit_ms / 1000;
	lim.tv_usec = (limit_ms % 1000) * 1000;
	tick = event_new(base, -1, EV_PERSIST, until_check, &u);
	deadline = evtimer_new(base, loop_deadline, base);
	event_add(tick, &tv);
	evtimer_add(deadline, &lim);
	event_base_dispatch(base);
	event_free(tick);
	event_free(deadline);
	return fetch_count(store_db(store), name);
}

START_TEST(poller_reload_and_now)
{
	struct event_base	*base;
	struct config		*c;
	struct store		*store;
	const struct kb		*kb;
	struct poller		*p;
	char			*cause = NULL, *path, *dbpath, *conf, *sql;
	int			 n;

	dbpath = xasprintf("%s/db.sqlite", tmp);
	conf = xasprintf("[daemon]\ndatabase = %s\nsocket = %s/sock\n"
	    "[feed etag]\nurl = http://127.0.0.1:%d/etag.xml\n"
	    "interval = 1s\n[feed hourly]\nurl = http://127.0.0.1:%d/gzip.xml"
	    "\ninterval = 1h\n", dbpath, tmp, port, port);
	path = xasprintf("%s/itinerd.conf", tmp);
	ck_assert_int_eq(tu_write_file(path, conf), 0);
	ck_assert_msg(config_load(path, &c, &cause) == 0, "%s", cause);
	ck_assert_int_eq(store_open(dbpath, 0, &store, &cause), 0);
	kb = tu_kb();
	ck_assert_int_eq(store_sync_feeds(store, c, &cause), 0);
	base = event_base_new();
	ck_assert_int_eq(poller_new(base, store, kb, c, &p, &cause), 0);

	/* Both fetched soon after start. */
	ck_assert_int_eq(run_until(base, store, "hourly", 1, 3000), 1);
	ck_assert_int_ge(run_until(base, store, "etag", 1, 3000), 1);

	/* A feed added through the API is picked up by a reload. */
	sql = xasprintf("INSERT INTO feeds (name, url, origin, interval_s)"
	    " VALUES ('added', 'http://127.0.0.1:%d/two-a.xml', 'api', 1)",
	    port);
	ck_assert_int_eq(store_exec(store, sql, &cause), 0);
	free(sql);
	ck_assert_int_eq(run_until(base, store, "added", 1, 1500), 0);
	poller_reload_feeds(p);
	ck_assert_int_ge(run_until(base, store, "added", 1, 3000), 1);

	/* Poll now: the hourly feed at once; unknown and paused refused. */
	ck_assert_int_eq(poller_poll_now(p, "hourly", &cause), 0);
	ck_assert_int_eq(run_until(base, store, "hourly", 2, 3000), 2);
	ck_assert_int_eq(store_exec(store, "UPDATE feeds SET paused = 1"
	    " WHERE name = 'etag'", &cause), 0);
	poller_reload_feeds(p);
	n = fetch_count(store_db(store), "etag");
	ck_assert_int_eq(poller_poll_now(p, "etag", &cause), -EINVAL);
	ck_assert_ptr_nonnull(strstr(cause, "paused"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(poller_poll_now(p, "nope", &cause), -ENOENT);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(run_until(base, store, "etag", n + 1, 2500), n);
	ck_assert_int_eq(poller_poll_now(p, NULL, &cause), 0);
	ck_assert_int_eq(run_until(base, store, "hourly", 3, 3000), 3);
	ck_assert_int_eq(fetch_count(store_db(store), "etag"), n);

	/* Restart: the schedule resumes from the database; the hourly feed
	 * is not due, the 1 s one is. */
	poller_free(p);
	ck_assert_int_eq(poller_new(base, store, kb, c, &p, &cause), 0);
	n = fetch_count(store_db(store), "added");
	ck_assert_int_ge(run_until(base, store, "added", n + 1, 3000), n + 1);
	ck_assert_int_eq(fetch_count(store_db(store), "hourly"), 3);
	poller_free(p);

	event_base_free(base);
	store_free(store);
	config_free(c);
	free(conf);
	free(path);
	free(dbpath);
}
END_TEST

struct events {
	sqlite3	*db;
	int	 legs;
	int	 trips;
	int	 bad;
};

static void
event_cb(void *arg, const char *type, const char *json)
{
	struct events	*ev = arg;
	json_t		*o;
	json_int_t	 id;
	char		*sql;

	o = json_loads(json, 0, NULL);
	if (o == NULL || !json_is_integer(json_object_get(o, "id")) ||
	    !json_is_string(json_object_get(o, "type")) ||
	    strcmp(json_string_value(json_object_get(o, "type")), type) != 0) {
		ev->bad++;
		json_decref(o);
		return;
	}
	id = json_integer_value(json_object_get(o, "id"));
	sql = xasprintf("SELECT count(*) FROM %s WHERE id = %lld",
	    strcmp(type, "leg") == 0 ? "legs" : "trips", (long long)id);
	if (strcmp(type, "leg") == 0)
		ev->legs++;
	else if (strcmp(type, "trip") == 0)
		ev->trips++;
	else
		ev->bad++;
	/* Sent after the commit: the row is there for any reader. */
	{
		sqlite3_stmt	*st;

		sqlite3_prepare_v2(ev->db, sql, -1, &st, NULL);
		if (sqlite3_step(st) != SQLITE_ROW ||
		    sqlite3_column_int(st, 0) != 1)
			ev->bad++;
		sqlite3_finalize(st);
	}
	free(sql);
	json_decref(o);
}

/* Legs found in a fetched article are announced once, after commit. */
START_TEST(poller_events)
{
	struct event_base	*base;
	struct config		*c;
	struct store		*store;
	const struct kb		*kb;
	struct poller		*p;
	struct events		 ev;
	char			*cause = NULL, *path, *dbpath, *conf;
	int			 legs, trips;

	dbpath = xasprintf("%s/db.sqlite", tmp);
	conf = xasprintf("[daemon]\ndatabase = %s\nsocket = %s/sock\n"
	    "[feed travel]\nurl = http://127.0.0.1:%d/travel.xml\n"
	    "interval = 1s\n", dbpath, tmp, port);
	path = xasprintf("%s/itinerd.conf", tmp);
	ck_assert_int_eq(tu_write_file(path, conf), 0);
	ck_assert_msg(config_load(path, &c, &cause) == 0, "%s", cause);
	ck_assert_int_eq(store_open(dbpath, 0, &store, &cause), 0);
	kb = tu_kb();
	ck_assert_int_eq(store_sync_feeds(store, c, &cause), 0);
	base = event_base_new();
	ck_assert_int_eq(poller_new(base, store, kb, c, &p, &cause), 0);
	memset(&ev, 0, sizeof ev);
	ev.db = store_db(store);
	poller_set_event_cb(p, event_cb, &ev);
	ck_assert_int_ge(run_until(base, store, "travel", 3, 6000), 3);
	poller_free(p);

	ck_assert_int_eq(ev.bad, 0);
	legs = (int)q_count(store, "SELECT count(*) FROM legs");
	trips = (int)q_count(store, "SELECT count(*) FROM trips");
	ck_assert_int_gt(legs, 0);
	/* Each stored leg and trip announced once, in the first poll only. */
	ck_assert_int_eq(ev.legs, legs);
	ck_assert_int_eq(ev.trips, trips);
	ck_assert_int_eq(q_count(store, "SELECT count(*) FROM extractions"),
	    1);

	event_base_free(base);
	store_free(store);
	config_free(c);
	free(conf);
	free(path);
	free(dbpath);
}
END_TEST

static Suite *
fetch_suite(void)
{
	Suite	*s = suite_create("fetch");
	TCase	*tc;

	tc = tcase_create("fetch");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, fetch_table);
	tcase_add_test(tc, conditional_round_trip);
	tcase_add_test(tc, parallel_cap);
	tcase_add_test(tc, total_timeout);
	tcase_add_test(tc, cancel_and_refuse);
	suite_add_tcase(s, tc);

	tc = tcase_create("poller");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 90);
	tcase_add_test(tc, poller_scenarios);
	tcase_add_test(tc, poller_reload_and_now);
	tcase_add_test(tc, poller_events);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	tu_kb();	/* once, before the test cases fork */
	return tu_run_suite(fetch_suite());
}
