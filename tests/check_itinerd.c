/*
 * check_itinerd: the daemon as a real subprocess on a temporary
 * directory: start-up, its socket, reload on SIGHUP (a broken config is
 * refused and the old one stays), graceful stop on SIGTERM, and refusal
 * of a second instance.  It talks to the daemon only as a user would.
 */
#include <check.h>
#include <signal.h>
#include <stdio.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "config_build.h"
#include "store.h"
#include "testutil.h"
#include "xmalloc.h"

static char	*tmp, *conf, *sock, *db, *logpath;

static void
write_conf(const char *extra)
{
	char	*text;

	text = xasprintf("[daemon]\ndatabase = %s\nsocket = %s\n"
	    "socket_mode = 0600\n%s", db, sock, extra);
	ck_assert_int_eq(tu_write_file(conf, text), 0);
	free(text);
}

static void
setup(void)
{
	tmp = tu_tmpdir();
	conf = xasprintf("%s/itinerd.conf", tmp);
	sock = xasprintf("%s/run/itinerd.sock", tmp);
	db = xasprintf("%s/state/itinerd.db", tmp);
	logpath = xasprintf("%s/log", tmp);
	write_conf("");
}

static void
teardown(void)
{
	tu_rmtree(tmp);
	free(tmp);
	free(conf);
	free(sock);
	free(db);
	free(logpath);
}

static int
health(void)
{
	char	*body = NULL;
	int	 status;

	status = tu_http_unix(sock, "GET", "/v1/health", NULL, &body, NULL);
	free(body);
	return status;
}

static pid_t
start(void)
{
	char	*argv[] = { (char *)tu_env("ITINERD_BIN"), "-f", "-c", conf,
	    NULL };
	pid_t	 pid;

	int	 waited;

	pid = tu_spawn(argv, logpath);
	/* Ready when it answers (a stale socket file may already exist). */
	for (waited = 0; waited < 10000; waited += 20) {
		if (health() == 200)
			return pid;
		usleep(20000);
	}
	ck_abort_msg("daemon did not answer on %s", sock);
	return pid;
}

/* Polls the log until it contains needle (bounded). */
static int
log_has(const char *needle, int timeout_ms)
{
	char	*text;
	int	 waited, found;

	for (waited = 0; waited <= timeout_ms; waited += 50) {
		text = tu_read_file(logpath, NULL);
		found = text != NULL && strstr(text, needle) != NULL;
		free(text);
		if (found)
			return 1;
		usleep(50000);
	}
	return 0;
}

static long long
db_count(const char *sql)
{
	sqlite3		*h;
	sqlite3_stmt	*st;
	long long	 n = -1;

	ck_assert_int_eq(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	sqlite3_busy_timeout(h, 2000);
	ck_assert_int_eq(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	return n;
}

START_TEST(starts_serves_and_stops)
{
	struct stat	st;
	pid_t		pid;

	pid = start();
	ck_assert_int_eq(health(), 200);
	ck_assert_int_eq(stat(sock, &st), 0);
	ck_assert(S_ISSOCK(st.st_mode));
	ck_assert_int_eq(st.st_mode & 0777, 0600);
	ck_assert_int_eq(db_count("PRAGMA user_version"),
	    store_latest_version());
	ck_assert_int_eq(tu_kill_wait(pid, SIGTERM, 5000), 0);
	ck_assert_int_ne(access(sock, F_OK), 0);
	ck_assert(log_has("SIGTERM: stopping", 100));
}
END_TEST

START_TEST(sigint_stops_too)
{
	pid_t	pid;

	pid = start();
	ck_assert_int_eq(health(), 200);
	ck_assert_int_eq(tu_kill_wait(pid, SIGINT, 5000), 0);
	ck_assert_int_ne(access(sock, F_OK), 0);
}
END_TEST

START_TEST(reload_good_and_broken)
{
	pid_t	pid;

	pid = start();
	/* A good new config adds a feed. */
	write_conf("[feed one]\nurl = http://127.0.0.1:9/feed\n"
	    "enabled = no\n");
	kill(pid, SIGHUP);
	ck_assert(log_has("reloaded", 5000));
	ck_assert_int_eq(db_count("SELECT count(*) FROM feeds WHERE "
	    "name = 'one'"), 1);
	/* A broken one is refused; the daemon keeps running on the old. */
	write_conf("[feed two]\nurl = gopher://x/\n");
	kill(pid, SIGHUP);
	ck_assert(log_has("reload refused, keeping the running config", 5000));
	ck_assert(log_has("url: expected an http:// or https:// URL", 100));
	ck_assert_int_eq(health(), 200);
	ck_assert_int_eq(db_count("SELECT count(*) FROM feeds WHERE "
	    "name = 'two'"), 0);
	ck_assert_int_eq(db_count("SELECT count(*) FROM feeds WHERE "
	    "name = 'one'"), 1);
	ck_assert_int_eq(tu_kill_wait(pid, SIGTERM, 5000), 0);
}
END_TEST

/* How often needle occurs in the log. */
static int
log_count(const char *needle)
{
	char		*text = tu_read_file(logpath, NULL);
	const char	*p = text;
	int		 n = 0;

	while (p != NULL && (p = strstr(p, needle)) != NULL) {
		n++;
		p += strlen(needle);
	}
	free(text);
	return n;
}

/*
 * Every feed failing from the start (here: nothing listens on the port)
 * is said once, plainly, with what to check; the feeds' own failures then
 * stop filling the log at warning level.
 */
START_TEST(every_feed_failing_said_once)
{
	pid_t	pid;

	write_conf("[daemon]\npoll_interval = 1s\n"
	    "[feed one]\nurl = http://127.0.0.1:9/one\n"
	    "[feed two]\nurl = http://127.0.0.1:9/two\n");
	pid = start();
	ck_assert(log_has("no feed could be fetched since start (2 feeds",
	    20000));
	ck_assert(log_has("check this machine's network, DNS and proxy",
	    100));
	/* both feeds fail again (backoff from 1 s), quietly */
	ck_assert_int_eq(db_count("SELECT count(*) FROM feeds WHERE "
	    "error_count >= 1"), 2);
	sleep(3);
	ck_assert_int_eq(log_count("no feed could be fetched"), 1);
	ck_assert_int_le(log_count("in a row)"), 2);
	ck_assert_int_eq(tu_kill_wait(pid, SIGTERM, 5000), 0);
}
END_TEST

START_TEST(second_instance_refused)
{
	char	*argv[] = { (char *)tu_env("ITINERD_BIN"), "-f", "-c", conf,
	    NULL };
	char	*err = NULL;
	pid_t	 pid;

	pid = start();
	ck_assert_int_eq(tu_run(argv, NULL, &err, 10000), 1);
	ck_assert_msg(strstr(err, "in use by another itinerd") != NULL,
	    "stderr: %s", err);
	free(err);
	/* The first one is unharmed, its socket still there. */
	ck_assert_int_eq(health(), 200);
	ck_assert_int_eq(tu_kill_wait(pid, SIGTERM, 5000), 0);
}
END_TEST

START_TEST(second_instance_on_socket_refused)
{
	char	*conf2, *db2, *text, *err = NULL;
	char	*argv[] = { (char *)tu_env("ITINERD_BIN"), "-f", "-c", NULL,
	    NULL };
	pid_t	 pid;

	pid = start();
	conf2 = xasprintf("%s/other.conf", tmp);
	db2 = xasprintf("%s/other.db", tmp);
	text = xasprintf("[daemon]\ndatabase = %s\nsocket = %s\n", db2, sock);
	ck_assert_int_eq(tu_write_file(conf2, text), 0);
	argv[3] = conf2;
	ck_assert_int_eq(tu_run(argv, NULL, &err, 10000), 1);
	ck_assert_msg(strstr(err, "another itinerd is already listening on")
	    != NULL, "stderr: %s", err);
	ck_assert_int_eq(health(), 200);
	ck_assert_int_eq(tu_kill_wait(pid, SIGTERM, 5000), 0);
	free(err);
	free(text);
	free(db2);
	free(conf2);
}
END_TEST

START_TEST(stale_socket_replaced)
{
	struct sockaddr_un	sun;
	int			fd;
	pid_t			pid;
	char			*dir;

	/* A socket file nobody listens on, left by a crash. */
	dir = xasprintf("%s/run", tmp);
	mkdir(dir, 0755);
	free(dir);
	memset(&sun, 0, sizeof sun);
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path, sizeof sun.sun_path, "%s", sock);
	fd = socket(AF_UNIX, SOCK_STREAM, 0);
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&sun, sizeof sun), 0);
	close(fd);
	pid = start();
	ck_assert_int_eq(health(), 200);
	ck_assert_int_eq(tu_kill_wait(pid, SIGTERM, 5000), 0);
}
END_TEST

START_TEST(check_config_flag)
{
	char	*argv[] = { (char *)tu_env("ITINERD_BIN"), "--check-config",
	    "-c", conf, NULL };
	char	*out = NULL, *err = NULL, *want;

	ck_assert_int_eq(tu_run(argv, &out, NULL, 10000), 0);
	ck_assert_ptr_nonnull(strstr(out, "configuration OK"));
	free(out);
	write_conf("[daemon]\npoll_interval = often\n");
	ck_assert_int_eq(tu_run(argv, NULL, &err, 10000), 1);
	want = xasprintf("%s:6: poll_interval: expected a duration", conf);
	ck_assert_msg(strstr(err, want) != NULL, "stderr: %s", err);
	free(want);
	free(err);
	/* Nothing was created by a check. */
	ck_assert_int_ne(access(db, F_OK), 0);
}
END_TEST

START_TEST(bad_usage)
{
	char	*argv[] = { (char *)tu_env("ITINERD_BIN"), "--bogus", NULL };
	char	*err = NULL;

	ck_assert_int_eq(tu_run(argv, NULL, &err, 10000), 2);
	ck_assert_ptr_nonnull(strstr(err, "usage: itinerd"));
	free(err);
}
END_TEST

START_TEST(newer_database_refused)
{
	sqlite3	*h;
	char	*argv[] = { (char *)tu_env("ITINERD_BIN"), "-f", "-c", conf,
	    NULL };
	char	*err = NULL, *dir;

	dir = xasprintf("%s/state", tmp);
	mkdir(dir, 0755);
	free(dir);
	ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h, "PRAGMA user_version = 77", NULL,
	    NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	ck_assert_int_eq(tu_run(argv, NULL, &err, 10000), 1);
	ck_assert_msg(strstr(err, "schema version 77 is newer") != NULL,
	    "stderr: %s", err);
	ck_assert_int_ne(access(sock, F_OK), 0);
	free(err);
}
END_TEST

START_TEST(socket_activation)
{
	const char	*tool = "/usr/bin/systemd-socket-activate";
	char		*asock, *body = NULL, *text;
	pid_t		 pid;
	int		 waited, status = -1;

	if (access(tool, X_OK) != 0)
		return;		/* systemd's tool missing: nothing to drive */
	asock = xasprintf("%s/activated.sock", tmp);
	{
		char *argv[] = { (char *)tool, "-l", asock,
		    (char *)tu_env("ITINERD_BIN"), "-f", "-c", conf, NULL };

		pid = tu_spawn(argv, logpath);
	}
	ck_assert_int_eq(tu_wait_path(asock, 10000), 0);
	/* The first connection makes the tool exec itinerd with LISTEN_FDS. */
	for (waited = 0; waited < 10000 && status != 200; waited += 50) {
		status = tu_http_unix(asock, "GET", "/v1/health", NULL, &body,
		    NULL);
		free(body);
		body = NULL;
		if (status != 200)
			usleep(50000);
	}
	ck_assert_int_eq(status, 200);
	ck_assert(log_has("(socket activation)", 5000));
	/* It served on the passed socket and made none of its own. */
	ck_assert_int_ne(access(sock, F_OK), 0);
	ck_assert_int_eq(tu_kill_wait(pid, SIGTERM, 5000), 0);
	/* The socket belongs to systemd: the daemon leaves it in place. */
	ck_assert_int_eq(access(asock, F_OK), 0);
	text = tu_read_file(logpath, NULL);
	ck_assert_ptr_null(strstr(text, "error"));
	free(text);
	free(asock);
}
END_TEST

/* Reads datagrams from fd for ms milliseconds, appending them to b. */
static void
read_notify(int fd, struct buf *b, int ms)
{
	char		msg[512];
	ssize_t		n;
	int		waited;

	for (waited = 0; waited < ms; waited += 10) {
		while ((n = recv(fd, msg, sizeof msg - 1, MSG_DONTWAIT)) > 0) {
			msg[n] = '\0';
			buf_printf(b, "%s\n", msg);
		}
		usleep(10000);
	}
}

static int
count_lines(const char *text, const char *line)
{
	const char	*p;
	int		 n = 0;

	for (p = text; (p = strstr(p, line)) != NULL; p += strlen(line))
		n++;
	return n;
}

START_TEST(sd_notify_protocol)
{
	struct sockaddr_un	 sun;
	struct buf		 b = { 0 };
	char			*path;
	int			 fd;
	pid_t			 pid;

	path = xasprintf("%s/notify", tmp);
	memset(&sun, 0, sizeof sun);
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path, sizeof sun.sun_path, "%s", path);
	fd = socket(AF_UNIX, SOCK_DGRAM, 0);
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&sun, sizeof sun), 0);
	setenv("NOTIFY_SOCKET", path, 1);
	setenv("WATCHDOG_USEC", "200000", 1);	/* keep-alive every 0.1 s */
	pid = start();
	read_notify(fd, &b, 800);
	ck_assert_msg(strstr(b.data, "READY=1") != NULL, "got: %s", b.data);
	ck_assert_ptr_nonnull(strstr(b.data, "STATUS=running"));
	ck_assert_int_ge(count_lines(b.data, "WATCHDOG=1"), 3);
	ck_assert_int_eq(tu_kill_wait(pid, SIGTERM, 5000), 0);
	read_notify(fd, &b, 100);
	ck_assert_ptr_nonnull(strstr(b.data, "STOPPING=1"));
	unsetenv("NOTIFY_SOCKET");
	unsetenv("WATCHDOG_USEC");
	close(fd);
	buf_free(&b);
	free(path);
}
END_TEST

/* legs and trips, one line each, for comparing two states. */
static char *
dump_itinerary(void)
{
	sqlite3		*h;
	sqlite3_stmt	*st;
	struct buf	 b = { 0 };
	int		 i;

	ck_assert_int_eq(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(h, "SELECT l.id, o.name,"
	    " l.dest_country, l.start, l.status, l.trip_id, l.seq FROM legs l"
	    " JOIN officials o ON o.id = l.official_id ORDER BY l.id", -1, &st,
	    NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		for (i = 0; i < 7; i++)
			buf_printf(&b, "%s|", sqlite3_column_text(st, i) != NULL ?
			    (const char *)sqlite3_column_text(st, i) : "-");
		buf_addc(&b, '\n');
	}
	sqlite3_finalize(st);
	sqlite3_close(h);
	return buf_steal(&b);
}

START_TEST(import_and_rebuild)
{
	char	*feed, *before, *after, *again, *err = NULL;
	char	*imp[] = { (char *)tu_env("ITINERD_BIN"), "-c", conf,
	    "--import", NULL, NULL };
	char	*reb[] = { (char *)tu_env("ITINERD_BIN"), "-c", conf,
	    "--rebuild", NULL };

	feed = xasprintf("%s/api/travel.rss", tu_env("ITINERD_TESTDATA"));
	imp[4] = feed;
	ck_assert_int_eq(tu_run(imp, NULL, &err, 30000), 0);
	ck_assert_msg(strstr(err, "new articles") != NULL, "%s", err);
	free(err);
	before = dump_itinerary();
	ck_assert_msg(strlen(before) > 0, "the fixture yields legs");
	/* Importing the same file again stores nothing twice. */
	ck_assert_int_eq(tu_run(imp, NULL, NULL, 30000), 0);
	after = dump_itinerary();
	ck_assert_str_eq(after, before);
	free(after);
	/* A rebuild makes the same itinerary, and again the same. */
	ck_assert_int_eq(tu_run(reb, NULL, &err, 30000), 0);
	ck_assert_msg(strstr(err, "rebuild done") != NULL, "%s", err);
	free(err);
	after = dump_itinerary();
	ck_assert_int_eq(tu_run(reb, NULL, NULL, 30000), 0);
	again = dump_itinerary();
	ck_assert_str_eq(again, after);
	ck_assert_uint_eq(strlen(after), strlen(before));
	free(before);
	free(after);
	free(again);
	free(feed);
}
END_TEST

START_TEST(stale_knowledge_warned)
{
	char	*feed;
	char	*imp[] = { (char *)tu_env("ITINERD_BIN"), "-c", conf,
	    "--import", NULL, NULL };
	sqlite3	*h;
	pid_t	 pid;

	feed = xasprintf("%s/api/travel.rss", tu_env("ITINERD_TESTDATA"));
	imp[4] = feed;
	ck_assert_int_eq(tu_run(imp, NULL, NULL, 30000), 0);
	ck_assert_int_eq(sqlite3_open(db, &h), SQLITE_OK);
	ck_assert_int_eq(sqlite3_exec(h, "UPDATE extractions SET kb_version ="
	    " 'older'", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	pid = start();
	ck_assert(log_has("extracted with older knowledge", 5000));
	ck_assert_int_eq(tu_kill_wait(pid, SIGTERM, 5000), 0);
	free(feed);
}
END_TEST

static Suite *
itinerd_suite(void)
{
	Suite	*s = suite_create("itinerd");
	TCase	*tc;

	tc = tcase_create("lifecycle");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, starts_serves_and_stops);
	tcase_add_test(tc, sigint_stops_too);
	tcase_add_test(tc, reload_good_and_broken);
	tcase_add_test(tc, stale_socket_replaced);
#if HAVE_LIBSYSTEMD	/* built without it, neither is spoken */
	tcase_add_test(tc, socket_activation);
	tcase_add_test(tc, sd_notify_protocol);
#endif
	suite_add_tcase(s, tc);

	tc = tcase_create("refusals");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, every_feed_failing_said_once);
	tcase_add_test(tc, second_instance_refused);
	tcase_add_test(tc, second_instance_on_socket_refused);
	tcase_add_test(tc, check_config_flag);
	tcase_add_test(tc, bad_usage);
	tcase_add_test(tc, newer_database_refused);
	suite_add_tcase(s, tc);

	tc = tcase_create("offline");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 90);
	tcase_add_test(tc, import_and_rebuild);
	tcase_add_test(tc, stale_knowledge_warned);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(itinerd_suite());
}
