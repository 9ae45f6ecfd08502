/*
 * check_safety: data safety.  In-process: the database lock holds for
 * every name of one file; title-only items are one article across feeds;
 * removing a feed keeps its articles; feed URLs are redacted.  Against
 * the real daemon: a database deleted under it is reported degraded and
 * no longer written; the TCP listener shows feed URLs redacted; a socket
 * directory writable by others is refused.
 */
#include <arpa/inet.h>
#include <check.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "feed.h"
#include "ingest.h"
#include "store.h"
#include "testutil.h"
#include "util.h"
#include "xmalloc.h"

/* A one-row count. */
static long long
t_count(struct store *s, const char *sql)
{
	sqlite3_stmt	*st;
	long long	 n = -1;

	st = store_prepare(s, sql);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static int64_t
t_add_feed(struct store *s, const char *name, const char *origin)
{
	char	*sql, *cause = NULL;

	sql = xasprintf("INSERT INTO feeds (name, url, origin) VALUES ('%s', "
	    "'http://127.0.0.1:9/%s', '%s')", name, name, origin);
	ck_assert_msg(store_exec(s, sql, &cause) == 0, "%s", cause);
	free(sql);
	return sqlite3_last_insert_rowid(store_db(s));
}

/* Ingests an RSS document of the given items into feed id. */
static void
t_ingest(struct store *s, int64_t feed, const char *items,
    struct ingest_stats *st)
{
	struct feed_doc	*doc;
	char		*xml, *cause = NULL;

	xml = xasprintf("<?xml version=\"1.0\"?><rss version=\"2.0\">"
	    "<channel><title>t</title>%s</channel></rss>", items);
	ck_assert_msg(feed_parse(xml, strlen(xml), NULL, util_now(), &doc,
	    &cause) == 0, "%s", cause);
	memset(st, 0, sizeof *st);
	ck_assert_msg(ingest_doc(s, tu_kb(), feed, doc, util_now(), NULL, st,
	    NULL, &cause) == 0, "%s", cause);
	feed_doc_free(doc);
	free(xml);
}

START_TEST(test_lock_by_inode)
{
	struct store	*a, *b;
	char		*dir, *db, *alias, *hard, *cause = NULL;

	dir = tu_tmpdir();
	db = xasprintf("%s/itinerd.db", dir);
	alias = xasprintf("%s/other-name.db", dir);
	hard = xasprintf("%s/hard.db", dir);
	ck_assert_msg(store_open(db, STORE_LOCK, &a, &cause) == 0, "%s",
	    cause);
	ck_assert_int_eq(symlink(db, alias), 0);
	ck_assert_int_eq(link(db, hard), 0);
	ck_assert_int_eq(store_open(alias, STORE_LOCK, &b, &cause), -EBUSY);
	ck_assert_msg(strstr(cause, "in use") != NULL, "%s", cause);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(store_open(hard, STORE_LOCK, &b, &cause), -EBUSY);
	free(cause);
	cause = NULL;
	store_free(a);
	/* Released with the store: the other name may open it now. */
	ck_assert_msg(store_open(alias, STORE_LOCK, &b, &cause) == 0, "%s",
	    cause);
	store_free(b);
	tu_rmtree(dir);
	free(dir);
	free(db);
	free(alias);
	free(hard);
}
END_TEST

START_TEST(test_deleted_store_not_written)
{
	struct store	*s;
	const char	*why = NULL;
	char		*dir, *db, *cause = NULL;

	dir = tu_tmpdir();
	db = xasprintf("%s/itinerd.db", dir);
	ck_assert_msg(store_open(db, STORE_LOCK, &s, &cause) == 0, "%s",
	    cause);
	ck_assert_int_eq(store_check(s, NULL), 0);
	ck_assert_int_eq(unlink(db), 0);
	ck_assert_int_eq(store_check(s, &why), -ESTALE);
	ck_assert_msg(strstr(why, "deleted") != NULL, "%s", why);
	ck_assert_int_eq(store_begin(s, &cause), -EIO);
	ck_assert_msg(strstr(cause, "deleted") != NULL, "%s", cause);
	free(cause);
	store_free(s);
	tu_rmtree(dir);
	free(dir);
	free(db);
}
END_TEST

START_TEST(test_bare_items_deduplicated)
{
	static const char one[] = "<item><guid>a-1</guid><title>Daily "
	    "briefing</title><pubDate>Mon, 06 Mar 2023 09:00:00 +0000"
	    "</pubDate></item>";
	static const char again[] = "<item><guid>b-7</guid><title>Daily "
	    "briefing</title><pubDate>Mon, 06 Mar 2023 09:00:00 +0000"
	    "</pubDate></item>";
	static const char later[] = "<item><guid>b-8</guid><title>Daily "
	    "briefing</title><pubDate>Tue, 07 Mar 2023 09:00:00 +0000"
	    "</pubDate></item>";
	static const char undated[] = "<item><title>Notice</title></item>";
	struct ingest_stats	 st;
	struct store		*s;
	char			*dir, *db, *cause = NULL;
	int64_t			 fa, fb, fc;

	dir = tu_tmpdir();
	db = xasprintf("%s/itinerd.db", dir);
	ck_assert_msg(store_open(db, 0, &s, &cause) == 0, "%s", cause);
	fa = t_add_feed(s, "a", "api");
	fb = t_add_feed(s, "b", "api");
	fc = t_add_feed(s, "c", "api");
	t_ingest(s, fa, one, &st);
	ck_assert_int_eq(st.new_articles, 1);
	/* The same title-only item from another feed: the same article. */
	t_ingest(s, fb, again, &st);
	ck_assert_int_eq(st.new_articles, 0);
	ck_assert_int_eq(st.known_articles, 1);
	/* Another day's briefing is another article. */
	t_ingest(s, fb, later, &st);
	ck_assert_int_eq(st.new_articles, 1);
	ck_assert_int_eq(t_count(s, "SELECT count(*) FROM articles"), 2);
	/* Undated (the fetch time stands in) and seen again elsewhere. */
	t_ingest(s, fa, undated, &st);
	ck_assert_int_eq(st.new_articles, 1);
	t_ingest(s, fc, undated, &st);
	ck_assert_int_eq(st.new_articles, 0);
	ck_assert_int_eq(t_count(s, "SELECT count(*) FROM articles"), 3);
	store_free(s);
	tu_rmtree(dir);
	free(dir);
	free(db);
}
END_TEST

START_TEST(test_remove_feed_keeps_articles)
{
	static const char items[] = "<item><guid>x1</guid><title>One</title>"
	    "<link>http://example.org/1</link><description>Text one."
	    "</description></item><item><guid>x2</guid><title>Two</title>"
	    "<link>http://example.org/2</link><description>Text two."
	    "</description></item>";
	static const char shared[] = "<item><guid>y</guid><title>Two</title>"
	    "<link>http://example.org/2</link><description>Text two."
	    "</description></item>";
	struct ingest_stats	 st;
	struct store		*s;
	char			*dir, *db, *cause = NULL;
	int64_t			 fa, fb;
	int			 kept = -1;

	dir = tu_tmpdir();
	db = xasprintf("%s/itinerd.db", dir);
	ck_assert_msg(store_open(db, 0, &s, &cause) == 0, "%s", cause);
	fa = t_add_feed(s, "a", "api");
	fb = t_add_feed(s, "b", "api");
	t_add_feed(s, "conf", "config");
	t_ingest(s, fa, items, &st);
	t_ingest(s, fb, shared, &st);
	ck_assert_int_eq(t_count(s, "SELECT count(*) FROM articles"), 2);
	ck_assert_msg(ingest_remove_feed(s, "a", &kept, &cause) == 0, "%s",
	    cause);
	/* Article 1 only a carried: kept, under the import feed. */
	ck_assert_int_eq(kept, 1);
	ck_assert_int_eq(t_count(s, "SELECT count(*) FROM articles"), 2);
	ck_assert_int_eq(t_count(s, "SELECT count(*) FROM articles a WHERE"
	    " NOT EXISTS (SELECT 1 FROM feed_articles fa WHERE"
	    " fa.article_id = a.id)"), 0);
	ck_assert_int_eq(t_count(s, "SELECT count(*) FROM feed_articles fa"
	    " JOIN feeds f ON f.id = fa.feed_id WHERE f.name = 'import'"
	    " AND fa.guid = 'a:x1'"), 1);
	ck_assert_int_eq(t_count(s, "SELECT count(*) FROM feeds"
	    " WHERE name = 'a'"), 0);
	/* Neither the import feed nor a config feed can be removed. */
	ck_assert_int_eq(ingest_remove_feed(s, "import", NULL, &cause),
	    -EPERM);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(ingest_remove_feed(s, "conf", NULL, &cause), -EPERM);
	free(cause);
	cause = NULL;
	ck_assert_int_eq(ingest_remove_feed(s, "nope", NULL, &cause),
	    -ENOENT);
	free(cause);
	store_free(s);
	tu_rmtree(dir);
	free(dir);
	free(db);
}
END_TEST

START_TEST(test_redact_url)
{
	static const struct {
		const char	*in, *out;
	} rows[] = {
		{ "http://user:s3cretPW@example.org/feed?token=abc123",
		  "http://***@example.org/feed?token=***" },
		{ "https://example.org/rss?x=1&api_key=K&Sig=zz#top",
		  "https://example.org/rss?x=1&api_key=***&Sig=***#top" },
		{ "https://example.org/rss.xml", "https://example.org/rss.xml" },
		{ "https://example.org/a?page=2&lang=en",
		  "https://example.org/a?page=2&lang=en" },
		{ "http://u@h:8080/p?password=x;auth=y",
		  "http://***@h:8080/p?password=***;auth=***" },
		{ "https://h/p/with@at?q=1", "https://h/p/with@at?q=1" },
		{ "", "" },
	};
	size_t	 i;
	char	*r;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		r = util_redact_url(rows[i].in);
		ck_assert_msg(strcmp(r, rows[i].out) == 0, "%s -> %s, expected "
		    "%s", rows[i].in, r, rows[i].out);
		free(r);
	}
	ck_assert_ptr_null(util_redact_url(NULL));
}
END_TEST

/* The real daemon. */

/* One request with Connection: close on sock or 127.0.0.1:port. */
static int
t_req(const char *sock, int port, const char *method, const char *path,
    const char *in, char **body)
{
	char	*raw;
	int	 status;

	if (body != NULL)
		*body = NULL;
	if ((raw = tu_exchange(sock, port, method, path, NULL, NULL, NULL,
	    in, 20000, NULL)) == NULL)
		return -1;
	status = tu_raw_status(raw);
	if (body != NULL)
		*body = xstrdup(tu_raw_body(raw));
	free(raw);
	return status;
}

struct daemon {
	char	*dir, *sock, *conf, *log, *db;
	pid_t	 pid;
	int	 port;
};

/* Writes the config (socket in sockdir, NULL: the temporary dir). */
static void
d_config(struct daemon *d, const char *sockdir)
{
	char	*text;

	memset(d, 0, sizeof *d);
	d->dir = tu_tmpdir();
	d->sock = xasprintf("%s/itinerd.sock", sockdir != NULL ? sockdir :
	    d->dir);
	d->conf = xasprintf("%s/itinerd.conf", d->dir);
	d->log = xasprintf("%s/log", d->dir);
	d->db = xasprintf("%s/itinerd.db", d->dir);
	d->port = tu_free_port();
	text = xasprintf("[daemon]\ndatabase = %s\nsocket = %s\n"
	    "http_listen = 127.0.0.1:%d\n", d->db, d->sock, d->port);
	ck_assert_int_eq(tu_write_file(d->conf, text), 0);
	free(text);
}

static void
d_start(struct daemon *d)
{
	char	*av[5];
	int	 i;

	av[0] = (char *)tu_env("ITINERD_BIN");
	av[1] = "-f";
	av[2] = "-c";
	av[3] = d->conf;
	av[4] = NULL;
	d->pid = tu_spawn(av, d->log);
	ck_assert_msg(tu_wait_path(d->sock, 10000) == 0, "no socket; log: %s",
	    tu_read_file(d->log, NULL));
	for (i = 0; i < 200; i++) {
		if (t_req(d->sock, 0, "GET", "/v1/health", NULL, NULL) == 200)
			return;
		usleep(20000);
	}
	ck_abort_msg("daemon does not answer /v1/health");
}

static void
d_free(struct daemon *d)
{
	if (d->pid > 0)
		ck_assert_int_eq(tu_kill_wait(d->pid, SIGTERM, 10000), 0);
	tu_rmtree(d->dir);
	free(d->dir);
	free(d->sock);
	free(d->conf);
	free(d->log);
	free(d->db);
}

START_TEST(test_daemon_db_deleted)
{
	struct daemon	 d;
	char		*body = NULL, *log, *wal, *shm;
	long		 deadline;
	int		 status = 0, degraded = 0;

	d_config(&d, NULL);
	d_start(&d);
	wal = xasprintf("%s-wal", d.db);
	shm = xasprintf("%s-shm", d.db);
	ck_assert_int_eq(unlink(d.db), 0);
	unlink(wal);
	unlink(shm);
	/* The timer notices within its period; bounded wait. */
	deadline = tu_now_ms() + 20000;
	while (!degraded && tu_now_ms() < deadline) {
		free(body);
		status = t_req(d.sock, 0, "GET", "/v1/health", NULL, &body);
		degraded = strstr(body, "\"status\":\"degraded\"") != NULL;
		if (!degraded)
			usleep(100000);
	}
	ck_assert_msg(degraded, "health: %d %s", status, body);
	ck_assert_msg(strstr(body, "deleted") != NULL, "%s", body);
	free(body);
	/* Writes are refused, and the log said why. */
	status = t_req(d.sock, 0, "POST", "/v1/feeds", "{\"name\":\"n\","
	    "\"url\":\"http://127.0.0.1:9/x\"}", &body);
	ck_assert_msg(status == 503 && strstr(body, "deleted") != NULL,
	    "%d %s", status, body);
	free(body);
	deadline = tu_now_ms() + 20000;
	do {
		log = tu_read_file(d.log, NULL);
		degraded = log != NULL && strstr(log, "deleted while "
		    "running") != NULL;
		free(log);
	} while (!degraded && tu_now_ms() < deadline && usleep(100000) == 0);
	ck_assert_msg(degraded, "nothing logged");
	free(wal);
	free(shm);
	d_free(&d);
}
END_TEST

START_TEST(test_daemon_feed_urls_redacted)
{
	static const char secret[] = "{\"name\":\"paid\",\"url\":\"http://"
	    "user:s3cretPW@127.0.0.1:9/feed?token=abc123&page=2\"}";
	struct daemon	 d;
	char		*body;

	d_config(&d, NULL);
	d_start(&d);
	ck_assert_int_eq(t_req(d.sock, 0, "POST", "/v1/feeds", secret, &body),
	    201);
	free(body);
	/* Any local user on the TCP listener: redacted. */
	ck_assert_int_eq(t_req(NULL, d.port, "GET", "/v1/feeds", NULL, &body),
	    200);
	ck_assert_msg(strstr(body, "s3cretPW") == NULL &&
	    strstr(body, "abc123") == NULL, "%s", body);
	ck_assert_msg(strstr(body, "http://***@127.0.0.1:9/feed?token=***"
	    "&page=2") != NULL, "%s", body);
	free(body);
	ck_assert_int_eq(t_req(NULL, d.port, "GET", "/v1/feeds/paid", NULL,
	    &body), 200);
	ck_assert_msg(strstr(body, "s3cretPW") == NULL, "%s", body);
	free(body);
	ck_assert_int_eq(t_req(NULL, d.port, "GET", "/v1/feeds?format=csv",
	    NULL, &body), 200);
	ck_assert_msg(strstr(body, "s3cretPW") == NULL, "%s", body);
	free(body);
	/* The admin on the Unix socket (our uid) manages it: full. */
	ck_assert_int_eq(t_req(d.sock, 0, "GET", "/v1/feeds/paid", NULL,
	    &body), 200);
	ck_assert_msg(strstr(body, "s3cretPW") != NULL, "%s", body);
	free(body);
	d_free(&d);
}
END_TEST

START_TEST(test_daemon_socket_dir_refused)
{
	struct daemon	 d;
	char		*open_dir, *av[5], *log;
	int		 st;

	open_dir = tu_tmpdir();
	ck_assert_int_eq(chmod(open_dir, 0777), 0);
	d_config(&d, open_dir);
	av[0] = (char *)tu_env("ITINERD_BIN");
	av[1] = "-f";
	av[2] = "-c";
	av[3] = d.conf;
	av[4] = NULL;
	d.pid = tu_spawn(av, d.log);
	st = tu_wait(d.pid, 20000);
	d.pid = 0;
	log = tu_read_file(d.log, NULL);
	ck_assert_msg(st == 1, "exit %d; log: %s", st, log);
	ck_assert_msg(strstr(log, "writable by others") != NULL, "%s", log);
	free(log);
	ck_assert_int_ne(access(d.sock, F_OK), 0);
	tu_rmtree(open_dir);
	free(open_dir);
	d_free(&d);
}
END_TEST

/* The socket is created with socket_mode, not wider. */
START_TEST(test_daemon_socket_mode)
{
	struct daemon	 d;
	struct stat	 sb;
	char		*text;

	d_config(&d, NULL);
	text = xasprintf("[daemon]\ndatabase = %s\nsocket = %s\n"
	    "socket_mode = 0600\n", d.db, d.sock);
	ck_assert_int_eq(tu_write_file(d.conf, text), 0);
	free(text);
	d_start(&d);
	ck_assert_int_eq(lstat(d.sock, &sb), 0);
	ck_assert(S_ISSOCK(sb.st_mode));
	ck_assert_int_eq(sb.st_mode & 0777, 0600);
	d_free(&d);
}
END_TEST

static Suite *
safety_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("safety");
	tc = tcase_create("store");
	tcase_add_test(tc, test_lock_by_inode);
	tcase_add_test(tc, test_deleted_store_not_written);
	tcase_add_test(tc, test_bare_items_deduplicated);
	tcase_add_test(tc, test_remove_feed_keeps_articles);
	tcase_add_test(tc, test_redact_url);
	suite_add_tcase(s, tc);
	tc = tcase_create("daemon");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_daemon_db_deleted);
	tcase_add_test(tc, test_daemon_feed_urls_redacted);
	tcase_add_test(tc, test_daemon_socket_dir_refused);
	tcase_add_test(tc, test_daemon_socket_mode);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	tu_kb();
	return tu_run_suite(safety_suite());
}
