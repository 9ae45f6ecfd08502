/*
 * check_e2e_jobs: import jobs and the ingest worker, end to end.  The real
 * itinerd runs on a temporary directory; a feed of invented items (most
 * with no travel in them, so the work is parsing and storing, a few with
 * a visit) is generated in the test, large enough that its import takes
 * a few seconds under the sanitizers.  Checked:
 *   - POST /v1/import answers 202 with a job and Location at once, even
 *     with request_timeout = 1s, and the job ends "done" with the counts;
 *     a second import of the same document stores nothing again;
 *   - while the job is "running", /v1/health answers 200 and the job is
 *     still running afterwards, and systemd's watchdog keeps being fed
 *     (NOTIFY_SOCKET, when built with libsystemd);
 *   - SIGTERM during an import: the daemon exits promptly with status 0
 *     and the database is whole; a re-import completes it, nothing twice;
 *   - SIGKILL during an import: the same, from a crash;
 *   - a feed fetched while the import runs is fetched, stored and
 *     recorded as a success before the import ends (fetch results go
 *     ahead of import parts; transfers are not starved).
 * No assertion on speed: bounded waits only.
 */
#include <sys/socket.h>
#include <sys/stat.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/un.h>

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config_build.h"
#include "feed.h"
#include "testutil.h"
#include "util.h"
#include "xmalloc.h"

/* Items in the generated feed; one in JOBS_TRAVEL_EVERY is a visit. */
#define JOBS_ITEMS		FEED_MAX_ITEMS	/* 10,000 */
#define JOBS_TRAVEL_EVERY	1000

struct daemon {
	char	*dir, *sock, *conf, *log, *db;
	pid_t	 pid;
};

static struct daemon g;

/* The generated feed document; caller frees. */
static char *
gen_feed(int n)
{
	struct buf	b = { 0 };
	int		i;

	buf_adds(&b, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"
	    "<title>generated</title><link>http://127.0.0.1/</link>\n");
	for (i = 0; i < n; i++) {
		buf_printf(&b, "<item><guid>gen-%d</guid>"
		    "<link>http://127.0.0.1/item/%d</link>", i, i);
		if (i % JOBS_TRAVEL_EVERY == 0)
			buf_printf(&b, "<title>Visit %d</title><pubDate>Mon, "
			    "15 Mar 2021 10:00:00 GMT</pubDate><description>"
			    "The French foreign minister arrived in Tokyo on "
			    "Monday for talks (note %d).</description>", i, i);
		else
			buf_printf(&b, "<title>Harbour report %d</title>"
			    "<pubDate>Mon, 15 Mar 2021 10:00:00 GMT</pubDate>"
			    "<description>&lt;p&gt;The fisheries board "
			    "counted %d boats, nets and harbours along the "
			    "coast this season.&lt;/p&gt;</description>", i,
			    i * 7 + 3);
		buf_adds(&b, "</item>\n");
	}
	buf_adds(&b, "</channel></rss>\n");
	return buf_steal(&b);
}

static void
d_init_feed(struct daemon *d, const char *api_extra, const char *feeds)
{
	char	*text;

	memset(d, 0, sizeof *d);
	d->dir = tu_tmpdir();
	d->sock = xasprintf("%s/itinerd.sock", d->dir);
	d->conf = xasprintf("%s/itinerd.conf", d->dir);
	d->log = xasprintf("%s/log", d->dir);
	d->db = xasprintf("%s/itinerd.db", d->dir);
	text = xasprintf("[daemon]\ndatabase = %s\nsocket = %s\n"
	    "log_level = debug\n[api]\n%s%s", d->db, d->sock,
	    api_extra != NULL ? api_extra : "", feeds != NULL ? feeds : "");
	ck_assert_int_eq(tu_write_file(d->conf, text), 0);
	free(text);
}

static void
d_init(struct daemon *d, const char *api_extra)
{
	d_init_feed(d, api_extra, NULL);
}

/* Starts the daemon and waits until it answers. */
static void
d_start(struct daemon *d)
{
	char *const	 argv[] = { (char *)tu_env("ITINERD_BIN"), "-f", "-c",
	    d->conf, NULL };
	char		*body = NULL;
	int		 i;

	d->pid = tu_spawn(argv, d->log);
	ck_assert_msg(tu_wait_path(d->sock, 10000) == 0, "no socket; log: %s",
	    tu_read_file(d->log, NULL));
	for (i = 0; i < 200; i++) {
		if (tu_http_unix(d->sock, "GET", "/v1/health", NULL, &body,
		    NULL) == 200) {
			free(body);
			return;
		}
		free(body);
		body = NULL;
		usleep(20000);
	}
	ck_abort_msg("daemon does not answer /v1/health");
}

static void
d_free(struct daemon *d)
{
	if (d->pid > 0)
		tu_kill_wait(d->pid, SIGKILL, 5000);
	tu_rmtree(d->dir);
	free(d->dir);
	free(d->sock);
	free(d->conf);
	free(d->log);
	free(d->db);
	memset(d, 0, sizeof *d);
}

static void
teardown(void)
{
	d_free(&g);
}

/* GET path as JSON (status must be 200). */
static json_t *
get_json(const char *path)
{
	json_error_t	 e;
	json_t		*j;
	char		*body = NULL;
	int		 st;

	st = tu_http_unix(g.sock, "GET", path, NULL, &body, NULL);
	ck_assert_msg(st == 200, "GET %s: %d %s", path, st, body);
	j = json_loads(body, 0, &e);
	ck_assert_msg(j != NULL, "GET %s: not JSON: %s", path, body);
	free(body);
	return j;
}

static long long
jint(const json_t *j, const char *key)
{
	return (long long)json_integer_value(json_object_get(j, key));
}

static const char *
jstr(const json_t *j, const char *key)
{
	const char	*s = json_string_value(json_object_get(j, key));

	return s != NULL ? s : "";
}

/* POSTs doc; checks 202, the job and Location; returns the job's path. */
static char *
post_import(const char *doc)
{
	json_error_t	 e;
	json_t		*j;
	char		*body = NULL, *headers = NULL, *path;
	int		 st;

	st = tu_http_unix(g.sock, "POST", "/v1/import", doc, &body, &headers);
	ck_assert_msg(st == 202, "POST /v1/import: %d %s", st, body);
	j = json_loads(body, 0, &e);
	ck_assert_msg(j != NULL, "not JSON: %s", body);
	/* Queued as a rule; a tiny job may have ended already. */
	ck_assert_msg(strstr("|queued|running|done|failed|", jstr(j,
	    "state")) != NULL && *jstr(j, "state") != '\0', "%s", body);
	ck_assert(json_is_array(json_object_get(j, "errors")));
	path = xasprintf("/v1/jobs/%lld", jint(j, "id"));
	ck_assert_msg(strstr(headers, path) != NULL, "no Location %s: %s",
	    path, headers);
	json_decref(j);
	free(body);
	free(headers);
	return path;
}

/* Waits (bounded) until job reaches a state in states ("a|b"). */
static json_t *
wait_job(const char *job, const char *states, int timeout_ms)
{
	json_t	*j;
	char	*want;
	int	 waited;

	for (waited = 0; waited < timeout_ms; waited += 10) {
		j = get_json(job);
		want = xasprintf("|%s|", jstr(j, "state"));
		if (strstr(states, want) != NULL) {
			free(want);
			return j;
		}
		free(want);
		json_decref(j);
		usleep(10000);
	}
	ck_abort_msg("%s did not reach %s", job, states);
	return NULL;
}

/* One integer from SQL on the database file. */
static long long
db_int(const char *db, const char *sql)
{
	sqlite3		*c;
	sqlite3_stmt	*st;
	long long	 v = -1;

	ck_assert_int_eq(sqlite3_open_v2(db, &c, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	ck_assert_msg(sqlite3_prepare_v2(c, sql, -1, &st, NULL) == SQLITE_OK,
	    "%s: %s", sql, sqlite3_errmsg(c));
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(c);
	return v;
}

/*
 * The database after an interrupted import: intact, every article whole
 * (linked to the feed once, extracted), no article twice.  Returns the
 * number of articles.
 */
static long long
check_whole(const char *db)
{
	sqlite3		*c;
	sqlite3_stmt	*st;
	long long	 n;

	ck_assert_int_eq(sqlite3_open_v2(db, &c, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(c, "PRAGMA integrity_check", -1,
	    &st, NULL), SQLITE_OK);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_str_eq((const char *)sqlite3_column_text(st, 0), "ok");
	sqlite3_finalize(st);
	sqlite3_close(c);
	n = db_int(db, "SELECT count(*) FROM articles");
	ck_assert_int_eq(db_int(db, "SELECT count(*) FROM articles a WHERE"
	    " NOT EXISTS (SELECT 1 FROM extractions x WHERE x.article_id ="
	    " a.id)"), 0);
	ck_assert_int_eq(db_int(db, "SELECT count(*) FROM feed_articles"), n);
	ck_assert_int_eq(db_int(db, "SELECT count(DISTINCT url) FROM"
	    " articles"), n);
	ck_assert_int_eq(db_int(db, "SELECT count(*) FROM legs l WHERE NOT"
	    " EXISTS (SELECT 1 FROM officials o WHERE o.id ="
	    " l.official_id)"), 0);
	return n;
}

/*
 * A big import answers 202 at once (request_timeout 1 s would cut a
 * synchronous one), ends done with the right counts, and a second
 * import of the same document finds every item known.
 */
START_TEST(import_counts)
{
	json_t	*j;
	char	*doc, *job;

	d_init(&g, "request_timeout = 1s\n");
	d_start(&g);
	doc = gen_feed(JOBS_ITEMS);
	job = post_import(doc);
	j = wait_job(job, "|done|failed|", 240000);
	ck_assert_msg(strcmp(jstr(j, "state"), "done") == 0, "job failed: %s",
	    json_dumps(j, 0));
	ck_assert_int_eq(jint(j, "items_total"), JOBS_ITEMS);
	ck_assert_int_eq(jint(j, "items_done"), JOBS_ITEMS);
	ck_assert_int_eq(jint(j, "new_articles"), JOBS_ITEMS);
	ck_assert_int_eq(jint(j, "known_articles"), 0);
	ck_assert_int_ge(jint(j, "legs"), 1);
	ck_assert_int_eq(json_array_size(json_object_get(j, "errors")), 0);
	json_decref(j);
	free(job);
	/* The list has it. */
	j = get_json("/v1/jobs");
	ck_assert_int_eq(json_array_size(json_object_get(j, "jobs")), 1);
	json_decref(j);
	/* Again: nothing new. */
	job = post_import(doc);
	j = wait_job(job, "|done|failed|", 240000);
	ck_assert_str_eq(jstr(j, "state"), "done");
	ck_assert_int_eq(jint(j, "new_articles"), 0);
	ck_assert_int_eq(jint(j, "known_articles"), JOBS_ITEMS);
	ck_assert_int_eq(jint(j, "legs"), 0);
	json_decref(j);
	free(job);
	/* A body that only starts like a feed: the job fails, says why. */
	job = post_import("<rss");
	j = wait_job(job, "|done|failed|", 30000);
	ck_assert_str_eq(jstr(j, "state"), "failed");
	ck_assert_ptr_nonnull(strstr(json_string_value(json_array_get(
	    json_object_get(j, "errors"), 0)), "not a feed"));
	json_decref(j);
	free(job);
	{
		char	*body = NULL;

		ck_assert_int_eq(tu_http_unix(g.sock, "GET", "/v1/jobs/999",
		    NULL, &body, NULL), 404);
		free(body);
	}
	free(doc);
}
END_TEST

/* The notify socket the daemon reports to; returns its fd. */
static int
notify_listen(const char *path)
{
	struct sockaddr_un	sun;
	int			fd;

	memset(&sun, 0, sizeof sun);
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path, sizeof sun.sun_path, "%s", path);
	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&sun, sizeof sun), 0);
	return fd;
}

/* WATCHDOG=1 messages waiting on fd. */
static int
notify_count(int fd)
{
	char	buf[4096];
	ssize_t	n;
	int	count = 0;

	while ((n = recv(fd, buf, sizeof buf - 1, 0)) > 0) {
		buf[n] = '\0';
		if (strstr(buf, "WATCHDOG=1") != NULL)
			count++;
	}
	return count;
}

/*
 * While the job runs, /v1/health answers 200 and the job is still
 * running after that answer: the loop is not held by the import.  And
 * the watchdog is fed meanwhile.
 */
START_TEST(health_during_import)
{
	json_t	*j;
	char	*doc, *job, *body = NULL, *npath;
	int	 nfd, st, answered = 0, dogs = 0, rounds, added = 0;

	d_init(&g, NULL);
	npath = xasprintf("%s/notify", g.dir);
	nfd = notify_listen(npath);
	setenv("NOTIFY_SOCKET", npath, 1);
	setenv("WATCHDOG_USEC", "200000", 1);
	d_start(&g);
	unsetenv("NOTIFY_SOCKET");
	unsetenv("WATCHDOG_USEC");
	doc = gen_feed(JOBS_ITEMS);
	job = post_import(doc);
	j = wait_job(job, "|running|done|failed|", 60000);
	ck_assert_msg(strcmp(jstr(j, "state"), "running") == 0,
	    "the job ended before it was seen running (%s): make the feed "
	    "bigger", jstr(j, "state"));
	json_decref(j);
	notify_count(nfd);	/* what came before the job ran */
	for (rounds = 0; rounds < 2000; rounds++) {
		st = tu_http_unix(g.sock, "GET", "/v1/health", NULL, &body,
		    NULL);
		free(body);
		body = NULL;
		j = get_json(job);
		if (strcmp(jstr(j, "state"), "running") != 0) {
			json_decref(j);
			break;
		}
		json_decref(j);
		/* Answered, and the job still running after the answer. */
		ck_assert_int_eq(st, 200);
		answered++;
		/*
		 * A write on the loop's own connection (a feed added) gets in
		 * between two of the job's parts: answered 201 while the job
		 * still runs.
		 */
		if (answered == 2) {
			st = tu_http_unix(g.sock, "POST", "/v1/feeds",
			    "{\"name\":\"added\",\"url\":"
			    "\"http://127.0.0.1:9/x.xml\"}", &body, NULL);
			ck_assert_msg(st == 201, "POST /v1/feeds during the "
			    "import: %d %s", st, body);
			free(body);
			body = NULL;
			j = get_json(job);
			added = strcmp(jstr(j, "state"), "running") == 0;
			json_decref(j);
		}
		dogs += notify_count(nfd);
		usleep(50000);
	}
	ck_assert_msg(answered >= 3, "health answered %d times while the "
	    "job ran", answered);
	ck_assert_msg(added, "no feed could be added while the job ran");
#if HAVE_LIBSYSTEMD
	ck_assert_msg(dogs >= 2, "WATCHDOG=1 sent %d times while the job ran "
	    "(%d health checks)", dogs, answered);
#endif
	j = wait_job(job, "|done|", 240000);
	json_decref(j);
	close(nfd);
	free(npath);
	free(job);
	free(doc);
}
END_TEST

/*
 * Kills the daemon with sig once job has stored a part, checks the
 * database is whole, and that a re-import after a restart completes it
 * storing each item once.
 */
static void
interrupted(int sig)
{
	json_t		*j;
	char		*doc, *job;
	long long	 n, before;
	int		 st, i;

	d_init(&g, NULL);
	d_start(&g);
	doc = gen_feed(JOBS_ITEMS);
	job = post_import(doc);
	for (i = 0; i < 6000; i++) {
		j = get_json(job);
		if (strcmp(jstr(j, "state"), "running") == 0 &&
		    jint(j, "new_articles") > 0) {
			json_decref(j);
			break;
		}
		ck_assert_msg(strcmp(jstr(j, "state"), "done") != 0,
		    "the job ended before a part was seen: make the feed "
		    "bigger");
		json_decref(j);
		usleep(10000);
	}
	st = tu_kill_wait(g.pid, sig, 5000);
	g.pid = 0;
	if (sig == SIGTERM)
		ck_assert_msg(st == 0, "SIGTERM during an import: exit %d, "
		    "log: %s", st, tu_read_file(g.log, NULL));
	else
		ck_assert_int_eq(st, 128 + SIGKILL);
	before = check_whole(g.db);
	ck_assert_int_gt(before, 0);
	ck_assert_int_lt(before, JOBS_ITEMS);
	/* Again: what is missing is stored, nothing twice. */
	d_start(&g);
	free(job);
	job = post_import(doc);
	j = wait_job(job, "|done|failed|", 240000);
	ck_assert_str_eq(jstr(j, "state"), "done");
	ck_assert_int_eq(jint(j, "new_articles") + jint(j, "known_articles"),
	    JOBS_ITEMS);
	ck_assert_int_eq(jint(j, "known_articles"), before);
	json_decref(j);
	ck_assert_int_eq(tu_kill_wait(g.pid, SIGTERM, 10000), 0);
	g.pid = 0;
	n = check_whole(g.db);
	ck_assert_int_eq(n, JOBS_ITEMS);
	free(job);
	free(doc);
}

START_TEST(sigterm_during_import)
{
	interrupted(SIGTERM);
}
END_TEST

START_TEST(sigkill_during_import)
{
	interrupted(SIGKILL);
}
END_TEST

/* GET path from the feed server on 127.0.0.1:port; must answer 200. */
static void
tcp_get(int port, const char *path)
{
	struct sockaddr_in	 sin;
	char			 req[256], resp[64];
	ssize_t			 n;
	int			 fd;

	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t)port);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ck_assert_int_ge(fd = socket(AF_INET, SOCK_STREAM, 0), 0);
	ck_assert_int_eq(connect(fd, (struct sockaddr *)&sin, sizeof sin), 0);
	n = snprintf(req, sizeof req, "GET %s HTTP/1.0\r\nHost: 127.0.0.1"
	    "\r\n\r\n", path);
	ck_assert_int_eq(write(fd, req, (size_t)n), n);
	n = read(fd, resp, sizeof resp - 1);
	ck_assert_int_gt(n, 12);
	resp[n] = '\0';
	ck_assert_msg(strncmp(resp + 9, "200", 3) == 0, "%s: %s", path, resp);
	close(fd);
}

/* Starts tests/feedserver.py serving one generated feed; its port. */
static int
feedserver(const char *dir, pid_t *pid)
{
	char	*script, *pfile, *s;
	char	*argv[8];
	int	 port;

	script = xasprintf("%s/tests/feedserver.py",
	    tu_env("ITINERD_SRCDIR"));
	pfile = xasprintf("%s/port", dir);
	argv[0] = (char *)"/usr/bin/python3";
	argv[1] = script;
	argv[2] = (char *)"--port-file";
	argv[3] = pfile;
	argv[4] = (char *)"--feeds";
	argv[5] = (char *)"1";
	argv[6] = (char *)"--timeout=240";
	argv[7] = NULL;
	*pid = tu_spawn(argv, NULL);
	ck_assert_int_eq(tu_wait_path(pfile, 10000), 0);
	usleep(100000);		/* the port is written, then flushed */
	s = tu_read_file(pfile, NULL);
	port = (int)strtol(s, NULL, 10);
	ck_assert_int_gt(port, 0);
	free(s);
	free(script);
	free(pfile);
	return port;
}

/*
 * A fetch asked for while an import job runs is fetched, parsed and
 * stored (fetch_count up, no error) while the job is still running.
 */
START_TEST(fetch_during_import)
{
	json_t		*j, *f;
	char		*doc, *job, *feeds, *body = NULL, *sdir;
	pid_t		 srv;
	long long	 fetches;
	int		 port, i, seen = 0;

	sdir = tu_tmpdir();
	port = feedserver(sdir, &srv);
	feeds = xasprintf("[feed f0]\nurl = http://127.0.0.1:%d/f/0.xml\n"
	    "interval = 1h\n", port);
	d_init_feed(&g, NULL, feeds);
	d_start(&g);
	/* The first fetch, soon after start. */
	for (i = 0; i < 1000; i++) {
		f = get_json("/v1/feeds/f0");
		fetches = jint(f, "fetch_count");
		json_decref(f);
		if (fetches > 0)
			break;
		usleep(10000);
	}
	ck_assert_int_gt(fetches, 0);
	doc = gen_feed(JOBS_ITEMS);
	job = post_import(doc);
	json_decref(wait_job(job, "|running|", 60000));
	/* New ETags: the next fetch brings a full body to store. */
	tcp_get(port, "/_bump");
	ck_assert_int_eq(tu_http_unix(g.sock, "POST", "/v1/poll?feed=f0",
	    NULL, &body, NULL), 202);
	free(body);
	for (i = 0; i < 3000; i++) {
		f = get_json("/v1/feeds/f0");
		j = get_json(job);
		if (jint(f, "fetch_count") > fetches) {
			ck_assert_msg(json_is_null(json_object_get(f,
			    "last_error")), "the fetch failed: %s",
			    jstr(f, "last_error"));
			ck_assert_int_eq(jint(f, "last_status"), 200);
			seen = strcmp(jstr(j, "state"), "running") == 0;
			json_decref(f);
			json_decref(j);
			break;
		}
		json_decref(f);
		ck_assert_msg(strcmp(jstr(j, "state"), "running") == 0,
		    "the job ended (%s) before the fetch was stored",
		    jstr(j, "state"));
		json_decref(j);
		usleep(10000);
	}
	ck_assert_msg(seen, "the fetch was not stored while the job ran");
	json_decref(wait_job(job, "|done|", 240000));
	tu_kill_wait(srv, SIGTERM, 5000);
	tu_rmtree(sdir);
	free(sdir);
	free(feeds);
	free(job);
	free(doc);
}
END_TEST

static Suite *
jobs_suite(void)
{
	Suite	*s = suite_create("e2e_jobs");
	TCase	*tc;

	tc = tcase_create("jobs");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_set_timeout(tc, 280);
	tcase_add_test(tc, import_counts);
	tcase_add_test(tc, health_during_import);
	tcase_add_test(tc, sigterm_during_import);
	tcase_add_test(tc, sigkill_during_import);
	tcase_add_test(tc, fetch_during_import);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(jobs_suite());
}
