/*
 * check_e2e_fetch: the real daemon ($ITINERD_BIN) on a temporary
 * directory, polling every scenario of tests/feedserver.py (started here,
 * on 127.0.0.1) at 1-2 s intervals.  After all of it the daemon still
 * answers /v1/health on its socket, each feed's row (read with a
 * read-only SQLite connection) says what happened, and every correctly
 * served article is stored exactly once.  Then a restart: nothing is
 * duplicated, the 410 feed stays disabled, and polling resumes.
 */
#include <check.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "testutil.h"
#include "xmalloc.h"

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

static char	*tmp;
static pid_t	 server_pid = -1, daemon_pid = -1;
static int	 port;

static const struct {
	const char	*name;
	const char	*path;
	const char	*interval;
	int		 polls_min;	/* fetches to wait for */
	int		 status;	/* last_status */
	const char	*error;		/* in last_error; NULL: none */
	int		 enabled;
	const char	*url_end;	/* stored URL ends with */
	int		 articles;	/* linked to this feed */
} rows[] = {
	{ "etag", "/etag.xml", "1s", 2, 304, NULL, 1, "/etag.xml", 2 },
	{ "lastmod", "/lastmod.xml", "2s", 2, 304, NULL, 1, "/lastmod.xml",
	    2 },
	{ "moved301", "/old301.xml", "1s", 2, 200, NULL, 1, "/new301.xml",
	    1 },
	{ "moved308", "/old308.xml", "1s", 2, 200, NULL, 1, "/new308.xml",
	    1 },
	{ "missing", "/missing.xml", "1s", 2, 404, "HTTP 404 Not Found", 1,
	    NULL, 0 },
	{ "gone", "/gone.xml", "1s", 1, 410, "HTTP 410 Gone", 0, NULL, 0 },
	{ "limited", "/limited.xml", "1s", 2, 429, "retry after 3 s", 1,
	    NULL, 0 },
	{ "unavail", "/unavailable.xml", "1s", 1, 503,
	    "HTTP 503 Service Unavailable", 1, NULL, 0 },
	{ "error", "/error.xml", "2s", 2, 500, "HTTP 500 Internal Server "
	    "Error", 1, NULL, 0 },
	{ "trickle", "/trickle.xml", "1s", 1, 200, "server too slow", 1, NULL,
	    0 },
	{ "endless", "/endless.xml", "1s", 1, 200, "body larger than 1048576 "
	    "bytes", 1, NULL, 0 },
	{ "oversized", "/oversized.xml", "1s", 1, 200, "body larger than", 1,
	    NULL, 0 },
	{ "bomb", "/bomb.xml", "1s", 1, 200, "body larger than", 1, NULL, 0 },
	{ "truncated", "/truncated.xml", "2s", 2, 200, NULL, 1, NULL, 1 },
	{ "html", "/page.html", "1s", 2, 200, "not a feed", 1, NULL, 0 },
	{ "laughs", "/laughs.xml", "1s", 2, 200, "XML error", 1, NULL, 0 },
	{ "xxe", "/xxe.xml", "2s", 2, 200, NULL, 1, NULL, 1 },
	{ "dup", "/dup.xml", "1s", 3, 200, NULL, 1, NULL, 3 },
	{ "two-a", "/two-a.xml", "1s", 2, 200, NULL, 1, NULL, 2 },
	{ "two-b", "/two-b.xml", "2s", 2, 200, NULL, 1, NULL, 2 },
	{ "gzip", "/gzip.xml", "1s", 2, 200, NULL, 1, NULL, 2 },
};

/* E1 E2 L1 L2 M1 N1 trunc-1 xxe-1 D1 D2 D3 shared A-only B-only G1 G2 */
#define CORRECT_ARTICLES	16

static char *
path_in_tmp(const char *name)
{
	return xasprintf("%s/%s", tmp, name);
}

static void
start_server(void)
{
	char	*script, *pfile, *log, *s;
	char	*argv[7];

	script = xasprintf("%s/tests/feedserver.py",
	    tu_env("ITINERD_SRCDIR"));
	pfile = path_in_tmp("port");
	log = path_in_tmp("server.log");
	argv[0] = (char *)"/usr/bin/python3";
	argv[1] = script;
	argv[2] = (char *)"--port-file";
	argv[3] = pfile;
	argv[4] = (char *)"--timeout";
	argv[5] = (char *)"120";
	argv[6] = NULL;
	server_pid = tu_spawn(argv, log);
	ck_assert_int_eq(tu_wait_path(pfile, 10000), 0);
	s = tu_read_file(pfile, NULL);
	port = (int)strtol(s, NULL, 10);
	ck_assert_int_gt(port, 0);
	free(s);
	free(script);
	free(pfile);
	free(log);
}

static void
start_daemon(void)
{
	char	*conf, *log, *sock;
	char	*argv[5];

	conf = path_in_tmp("itinerd.conf");
	log = path_in_tmp("itinerd.log");
	sock = path_in_tmp("itinerd.sock");
	unlink(sock);
	argv[0] = (char *)tu_env("ITINERD_BIN");
	argv[1] = (char *)"-c";
	argv[2] = conf;
	argv[3] = (char *)"-v";
	argv[4] = NULL;
	daemon_pid = tu_spawn(argv, log);
	ck_assert_msg(tu_wait_path(sock, 10000) == 0, "no socket");
	free(conf);
	free(log);
	free(sock);
}

static void
stop_daemon(void)
{
	if (daemon_pid > 0)
		ck_assert_int_eq(tu_kill_wait(daemon_pid, SIGTERM, 8000), 0);
	daemon_pid = -1;
}

static void
setup(void)
{
	struct buf	 b = { 0 };
	char		*conf;
	size_t		 i;

	setenv("no_proxy", "127.0.0.1,localhost", 1);
	setenv("NO_PROXY", "127.0.0.1,localhost", 1);
	tmp = tu_tmpdir();
	start_server();
	buf_printf(&b, "[daemon]\ndatabase = %s/itinerd.db\n"
	    "socket = %s/itinerd.sock\nmax_parallel = 8\n"
	    "[fetch]\nconnect_timeout = 3s\ntimeout = 8s\n"
	    "low_speed_limit = 200\nlow_speed_time = 2s\nmax_body = 1M\n"
	    "max_redirects = 5\njitter = 10\n", tmp, tmp);
	for (i = 0; i < NELEM(rows); i++)
		buf_printf(&b, "[feed %s]\nurl = http://127.0.0.1:%d%s\n"
		    "interval = %s\n", rows[i].name, port, rows[i].path,
		    rows[i].interval);
	conf = path_in_tmp("itinerd.conf");
	ck_assert_int_eq(tu_write_file(conf, b.data), 0);
	free(conf);
	buf_free(&b);
}

static void
teardown(void)
{
	char	*log, *s;

	if (daemon_pid > 0) {
		tu_kill_wait(daemon_pid, SIGKILL, 5000);
		log = path_in_tmp("itinerd.log");
		if ((s = tu_read_file(log, NULL)) != NULL)
			fprintf(stderr, "--- itinerd.log ---\n%s\n", s);
		free(s);
		free(log);
	}
	if (server_pid > 0)
		tu_kill_wait(server_pid, SIGTERM, 5000);
	tu_rmtree(tmp);
	free(tmp);
}

static sqlite3 *
db_ro(void)
{
	sqlite3	*db;
	char	*path;

	path = path_in_tmp("itinerd.db");
	ck_assert_int_eq(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY,
	    NULL), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	free(path);
	return db;
}

static long long
q_int(sqlite3 *db, const char *sql, const char *arg)
{
	sqlite3_stmt	*st;
	long long	 v = -1;

	ck_assert_int_eq(sqlite3_prepare_v2(db, sql, -1, &st, NULL),
	    SQLITE_OK);
	if (arg != NULL)
		sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static void
sleep_ms(long ms)
{
	struct timespec	ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

/* Waits (at most limit_s) until every feed was fetched polls_min times. */
static int
wait_for_rounds(int limit_s)
{
	sqlite3	*db;
	size_t	 i;
	int	 n;

	for (n = 0; n < limit_s * 10; n++) {
		db = db_ro();
		for (i = 0; i < NELEM(rows); i++)
			if (q_int(db, "SELECT fetch_count FROM feeds WHERE"
			    " name = ?1", rows[i].name) < rows[i].polls_min)
				break;
		sqlite3_close(db);
		if (i == NELEM(rows))
			return 0;
		sleep_ms(100);
	}
	return -1;
}

/* The value of one metrics line, e.g. name{outcome="ok"}; -1 if absent. */
static long long
metric(const char *text, const char *name)
{
	const char	*p;
	char		*needle;
	long long	 v = -1;

	needle = xasprintf("\n%s ", name);
	if ((p = strstr(text, needle)) != NULL)
		v = strtoll(p + strlen(needle), NULL, 10);
	free(needle);
	return v;
}

/*
 * The poller counts every fetch by its outcome: the scenarios served
 * good feeds, 304s, HTTP errors, a 410, cut-off transfers and broken
 * documents, so each of those counters has moved.
 */
static void
metrics_count_outcomes(void)
{
	char	*sock, *body = NULL;

	sock = path_in_tmp("itinerd.sock");
	ck_assert_int_eq(tu_http_unix(sock, "GET", "/v1/metrics", NULL, &body,
	    NULL), 200);
	free(sock);
	ck_assert_int_gt(metric(body, "itinerd_fetches_total{outcome=\"ok\"}"),
	    0);
	ck_assert_int_gt(metric(body,
	    "itinerd_fetches_total{outcome=\"http_error\"}"), 0);
	ck_assert_int_ge(metric(body,
	    "itinerd_fetches_total{outcome=\"gone\"}"), 1);
	ck_assert_int_gt(metric(body,
	    "itinerd_fetches_total{outcome=\"network_error\"}"), 0);
	ck_assert_int_gt(metric(body,
	    "itinerd_fetches_total{outcome=\"parse_error\"}"), 0);
	ck_assert_int_eq(metric(body,
	    "itinerd_fetches_total{outcome=\"store_error\"}"), 0);
	ck_assert_int_gt(metric(body, "itinerd_new_articles_total"), 0);
	free(body);
}

static void
health_ok(void)
{
	char	*sock, *body = NULL;

	sock = path_in_tmp("itinerd.sock");
	ck_assert_int_eq(tu_http_unix(sock, "GET", "/v1/health", NULL, &body,
	    NULL), 200);
	ck_assert_ptr_nonnull(strstr(body, "ok"));
	free(body);
	free(sock);
}

static void
check_articles_once(sqlite3 *db)
{
	ck_assert_int_eq(q_int(db, "SELECT count(*) FROM articles", NULL),
	    CORRECT_ARTICLES);
	/* Each distinct story once (titles are unique per story). */
	ck_assert_int_eq(q_int(db, "SELECT count(DISTINCT title) FROM"
	    " articles", NULL), CORRECT_ARTICLES);
	ck_assert_int_eq(q_int(db, "SELECT count(*) FROM articles WHERE"
	    " title = 'Story D1'", NULL), 1);
	ck_assert_int_eq(q_int(db, "SELECT count(*) FROM (SELECT feed_id,"
	    " article_id FROM feed_articles GROUP BY 1, 2 HAVING count(*)"
	    " > 1)", NULL), 0);
	ck_assert_int_eq(q_int(db, "SELECT count(DISTINCT fa.feed_id) FROM"
	    " feed_articles fa JOIN articles a ON a.id = fa.article_id"
	    " WHERE a.title = 'Shared story'", NULL), 2);
	ck_assert_int_eq(q_int(db, "SELECT count(*) FROM articles WHERE"
	    " text LIKE '%root:%' OR length(text) > 10000", NULL), 0);
	ck_assert_int_eq(q_int(db, "SELECT count(*) FROM extractions", NULL),
	    CORRECT_ARTICLES);
}

START_TEST(every_scenario)
{
	sqlite3		*db;
	sqlite3_stmt	*st;
	const char	*err, *url;
	long long	 gone_fetches;
	size_t		 i;

	start_daemon();
	ck_assert_msg(wait_for_rounds(30) == 0, "feeds not polled in time");
	health_ok();
	metrics_count_outcomes();

	db = db_ro();
	ck_assert_int_eq(sqlite3_prepare_v2(db, "SELECT last_status,"
	    " last_error, error_count, enabled, url, (SELECT count(*) FROM"
	    " feed_articles fa WHERE fa.feed_id = feeds.id), disabled_reason,"
	    " next_due FROM feeds WHERE name = ?1", -1, &st, NULL), SQLITE_OK);
	for (i = 0; i < NELEM(rows); i++) {
		sqlite3_reset(st);
		sqlite3_bind_text(st, 1, rows[i].name, -1, SQLITE_STATIC);
		ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
		err = (const char *)sqlite3_column_text(st, 1);
		url = (const char *)sqlite3_column_text(st, 4);
		ck_assert_msg(sqlite3_column_int(st, 0) == rows[i].status,
		    "%s: status %d", rows[i].name, sqlite3_column_int(st, 0));
		if (rows[i].error == NULL) {
			ck_assert_msg(err == NULL, "%s: %s", rows[i].name, err);
			ck_assert_int_eq(sqlite3_column_int(st, 2), 0);
		} else {
			ck_assert_msg(err != NULL && strstr(err,
			    rows[i].error) != NULL, "%s: error %s",
			    rows[i].name, err ? err : "(null)");
			ck_assert_int_ge(sqlite3_column_int(st, 2), 1);
		}
		ck_assert_msg(sqlite3_column_int(st, 3) == rows[i].enabled,
		    "%s: enabled", rows[i].name);
		if (!rows[i].enabled)
			ck_assert_str_eq((const char *)sqlite3_column_text(st,
			    6), "410 Gone");
		if (rows[i].url_end != NULL)
			ck_assert_msg(strlen(url) > strlen(rows[i].url_end) &&
			    strcmp(url + strlen(url) - strlen(rows[i].url_end),
			    rows[i].url_end) == 0, "%s: url %s", rows[i].name,
			    url);
		ck_assert_msg(sqlite3_column_int(st, 5) == rows[i].articles,
		    "%s: %d articles", rows[i].name,
		    sqlite3_column_int(st, 5));
		ck_assert_int_gt(sqlite3_column_int64(st, 7), 0);
	}
	sqlite3_finalize(st);
	check_articles_once(db);
	gone_fetches = q_int(db, "SELECT fetch_count FROM feeds WHERE name ="
	    " 'gone'", NULL);
	ck_assert_int_eq(gone_fetches, 1);
	sqlite3_close(db);

	/* Restart: the schedule resumes, nothing is stored twice. */
	stop_daemon();
	start_daemon();
	sleep_ms(3000);
	health_ok();
	db = db_ro();
	check_articles_once(db);
	ck_assert_int_eq(q_int(db, "SELECT fetch_count FROM feeds WHERE name ="
	    " 'gone'", NULL), 1);
	ck_assert_int_ge(q_int(db, "SELECT fetch_count FROM feeds WHERE name ="
	    " 'dup'", NULL), rows[17].polls_min + 1);
	sqlite3_close(db);
	stop_daemon();
}
END_TEST

static Suite *
e2e_fetch_suite(void)
{
	Suite	*s = suite_create("e2e_fetch");
	TCase	*tc;

	tc = tcase_create("daemon");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 90);
	tcase_add_test(tc, every_scenario);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(e2e_fetch_suite());
}
