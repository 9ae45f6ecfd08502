/*
 * check_itinctl: the CLI against the real daemon loaded with
 * tests/data/api/fixture.sql.  Human output is compared with golden files
 * in tests/data/api/golden/ (ITINCTL_UPDATE_GOLDEN=1 rewrites them, to be
 * read and committed by a person); --json output is parsed; exit codes
 * and messages are checked for usage errors, API errors and a daemon that
 * is not there; watch follows the event stream.
 */
#include <check.h>
#include <jansson.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store.h"
#include "testutil.h"
#include "xmalloc.h"

static char	*g_dir, *g_sock, *g_log;
static pid_t	 g_pid;

static void
setup(void)
{
	struct store	*s;
	char		*cause = NULL, *sql, *err = NULL, *db, *conf, *text;
	char		*argv[5];
	char		*out = NULL;
	char		*av[] = { (char *)tu_env("ITINCTL_BIN"), "-s", NULL,
	    "status", NULL };
	int		 i;

	/* Golden tables show times in $TZ's zone: pin it. */
	setenv("TZ", "UTC", 1);
	g_dir = tu_tmpdir();
	g_sock = xasprintf("%s/sock", g_dir);
	g_log = xasprintf("%s/log", g_dir);
	db = xasprintf("%s/db", g_dir);
	conf = xasprintf("%s/conf", g_dir);
	ck_assert_msg(store_open(db, 0, &s, &cause) == 0, "%s", cause);
	sql = tu_fixture("api/fixture.sql", NULL);
	ck_assert_msg(sqlite3_exec(store_db(s), sql, NULL, NULL, &err) ==
	    SQLITE_OK, "fixture: %s", err);
	free(sql);
	store_free(s);
	text = xasprintf("[daemon]\ndatabase = %s\nsocket = %s\n", db,
	    g_sock);
	ck_assert_int_eq(tu_write_file(conf, text), 0);
	free(text);
	argv[0] = (char *)tu_env("ITINERD_BIN");
	argv[1] = "-f";
	argv[2] = "-c";
	argv[3] = conf;
	argv[4] = NULL;
	g_pid = tu_spawn(argv, g_log);
	ck_assert(tu_wait_path(g_sock, 5000) == 0);
	av[2] = g_sock;
	for (i = 0; i < 100; i++) {
		if (tu_run(av, &out, NULL, 5000) == 0)
			break;
		free(out);
		out = NULL;
		usleep(20000);
	}
	free(out);
	free(db);
	free(conf);
}

static void
teardown(void)
{
	ck_assert_int_eq(tu_kill_wait(g_pid, SIGTERM, 5000), 0);
	tu_rmtree(g_dir);
	free(g_dir);
	free(g_sock);
	free(g_log);
}

/* Runs itinctl -s SOCK args...; returns the exit status. */
static int
ctl(char **out, char **err, const char *const *args)
{
	char	*argv[16];
	int	 n = 0, i;

	argv[n++] = (char *)tu_env("ITINCTL_BIN");
	argv[n++] = "-s";
	argv[n++] = g_sock;
	for (i = 0; args[i] != NULL && n < 15; i++)
		argv[n++] = (char *)args[i];
	argv[n] = NULL;
	return tu_run(argv, out, err, 15000);
}

static const struct {
	const char	*args[8];
	const char	*golden;
} golden_rows[] = {
	{ { "trips", NULL }, "trips.txt" },
	{ { "trips", "--person", "AUSTIN", NULL }, "trips-austin.txt" },
	{ { "trips", "--since", "2021-06-01", NULL }, "trips-since.txt" },
	{ { "trips", "--sort", "start", NULL }, "trips-oldest.txt" },
	{ { "trips", "--now", "cancelled", NULL }, "trips-now-cancelled.txt" },
	{ { "trips", "--upcoming", NULL }, "upcoming.txt" },
	{ { "upcoming", "--person", "austin", NULL }, "upcoming.txt" },
	{ { "legs", "--now", "past", "--to", "in", NULL }, "legs-now-in.txt" },
	{ { "trip", "1", NULL }, "trip-1.txt" },
	{ { "trip", "4", NULL }, "trip-4.txt" },
	{ { "legs", NULL }, "legs.txt" },
	{ { "legs", "--to", "kr", "--status", "completed", NULL },
	  "legs-kr.txt" },
	/* a country's name, alias or demonym is its code */
	{ { "legs", "--to", "South Korea", "--status", "completed", NULL },
	  "legs-kr.txt" },
	{ { "officials", NULL }, "officials.txt" },
	{ { "places", NULL }, "places.txt" },
	{ { "search", "brasilia", NULL }, "search-brasilia.txt" },
	{ { "feeds", NULL }, "feeds.txt" },
	{ { "leg", "1", NULL }, "leg-1.txt" },
	{ { "official", "1", NULL }, "official-1.txt" },
	{ { "--utc", "feeds", NULL }, "feeds.txt" },
	{ { "export", "--format", "csv", NULL }, "export-legs.csv" },
	{ { "export", "--what", "trips", "--format", "geojson", "--person",
	    "blinken", NULL }, "export-trips-blinken.geojson" },
};

START_TEST(test_golden)
{
	char		*out = NULL, *err = NULL, *want, *path;
	int		 st;
	size_t		 i;

	for (i = 0; i < sizeof golden_rows / sizeof golden_rows[0]; i++) {
		st = ctl(&out, &err, golden_rows[i].args);
		ck_assert_msg(st == 0, "%s: exit %d: %s", golden_rows[i].golden,
		    st, err);
		path = xasprintf("%s/api/golden/%s", tu_env("ITINERD_TESTDATA"),
		    golden_rows[i].golden);
		if (getenv("ITINCTL_UPDATE_GOLDEN") != NULL)
			ck_assert_int_eq(tu_write_file(path, out), 0);
		want = tu_read_file(path, NULL);
		ck_assert_msg(want != NULL, "missing golden file %s", path);
		ck_assert_msg(strcmp(out, want) == 0,
		    "%s differs:\n--- got\n%s--- want\n%s", path, out, want);
		free(want);
		free(path);
		free(out);
		free(err);
	}
}
END_TEST

/* {args, exit status, what stderr must mention (NULL: anything)}. */
static const struct {
	const char	*args[8];
	int		 status;
	const char	*err;
} exit_rows[] = {
	{ { "trips", "--limit", "0", NULL }, 1, "limit: expected" },
	{ { "trips", "--bogus", NULL }, 2, "usage: itinctl trips" },
	{ { "frob", NULL }, 2, "unknown command 'frob'" },
	{ { NULL }, 2, "usage:" },
	{ { "trip", NULL }, 2, "usage: itinctl trip ID" },
	{ { "trip", "abc", NULL }, 2, "'abc' is not a trip id" },
	{ { "trip", "999", NULL }, 1, "no trip with id 999" },
	{ { "legs", "--since", "March", NULL }, 1, "since" },
	{ { "feed", "rm", "old-config", NULL }, 1, "config" },
	{ { "feed", "frob", "x", NULL }, 2, "usage: itinctl feed" },
	{ { "feed", "add", "bad name", "http://127.0.0.1:9/", NULL }, 1,
	  "name" },
	{ { "poll", "nope", NULL }, 1, "no feed named 'nope'" },
	{ { "export", "--format", "xml", NULL }, 2, "--format" },
	{ { "export", "--format", "ics", "--what", "places", NULL }, 2,
	  "places cannot be exported as ics" },
	{ { "export", NULL }, 2, "usage: itinctl export" },
	{ { "search", NULL }, 2, "usage: itinctl search" },
	{ { "import", "/nonexistent/feed.xml", NULL }, 1,
	  "/nonexistent/feed.xml" },
	{ { "status", NULL }, 0, NULL },
	{ { "reload", NULL }, 0, NULL },
	/* Errors name what the user typed. */
	{ { "trips", "--to", "atlantis", NULL }, 1, "itinctl: --to: "
	  "'atlantis' is not a country code or a country's name" },
	{ { "legs", "--from", "Narnian", NULL }, 1, "--from: 'Narnian' is "
	  "not a country" },
	{ { "trips", "--to", "israel", NULL }, 0, NULL },
	{ { "trips", "--min-confidence", "2", NULL }, 1,
	  "--min-confidence: expected" },
	{ { "poll", "mod-press", NULL }, 1,
	  "itinctl: poll: feed 'mod-press' is paused" },
	{ { "feed", "add", "r1", "https://example.org/r1.rss", "--interval",
	    "1s", NULL }, 1, "feed: --interval: expected at least 1m for a "
	  "remote host" },
	{ { "trips", "--sort", "name", NULL }, 1, "trips: --sort: expected "
	  "one of start, -start" },
	{ { "trips", "--now", "soon", NULL }, 1, "trips: --now: expected" },
	{ { "legs", "--sort", "start", NULL }, 2, "usage: itinctl legs" },
	{ { "upcoming", "--upcoming", NULL }, 2, "usage: itinctl upcoming" },
	{ { "upcoming", "--help", NULL }, 0, NULL },
	{ { "leg", "999", NULL }, 1, "no leg with id 999" },
	{ { "leg", "x", NULL }, 2, "'x' is not a leg id" },
	{ { "official", "999", NULL }, 1, "no official with id 999" },
	{ { "official", NULL }, 2, "usage: itinctl official ID" },
};

START_TEST(test_exit_codes)
{
	char	*out = NULL, *err = NULL;
	size_t	 i;
	int	 st;

	for (i = 0; i < sizeof exit_rows / sizeof exit_rows[0]; i++) {
		st = ctl(&out, &err, exit_rows[i].args);
		ck_assert_msg(st == exit_rows[i].status, "%s: exit %d, "
		    "expected %d: %s", exit_rows[i].args[0] != NULL ?
		    exit_rows[i].args[0] : "(none)", st, exit_rows[i].status,
		    err);
		ck_assert_msg(exit_rows[i].err == NULL || strstr(err,
		    exit_rows[i].err) != NULL, "%s: stderr should mention "
		    "'%s': %s", exit_rows[i].args[0], exit_rows[i].err, err);
		/* The API's names and doubled prefixes stay out. */
		ck_assert_msg(strstr(err, "dest_country") == NULL &&
		    strstr(err, "official_country") == NULL &&
		    strstr(err, "poll: poll:") == NULL, "%s", err);
		free(out);
		free(err);
	}
}
END_TEST

START_TEST(test_no_daemon)
{
	char	*out = NULL, *err = NULL;
	char	*argv[] = { (char *)tu_env("ITINCTL_BIN"), "trips", NULL };
	char	*path;
	int	 st;

	path = xasprintf("%s/not-there.sock", g_dir);
	setenv("ITINERD_SOCKET", path, 1);
	st = tu_run(argv, &out, &err, 15000);
	ck_assert_int_eq(st, 1);
	ck_assert_msg(strstr(err, path) != NULL, "socket not named: %s", err);
	ck_assert(strstr(err, "is the daemon running?") != NULL);
	free(out);
	free(err);
	/* ITINERD_SOCKET is used when -s is not given. */
	setenv("ITINERD_SOCKET", g_sock, 1);
	ck_assert_int_eq(tu_run(argv, &out, &err, 15000), 0);
	ck_assert(strstr(out, "Lloyd Austin") != NULL);
	free(out);
	free(err);
	free(path);
}
END_TEST

START_TEST(test_json)
{
	static const struct {
		const char	*args[6];
		const char	*key;
		size_t		 n;
	} rows[] = {
		{ { "--json", "trips", NULL }, "trips", 5 },
		{ { "trips", "--json", "--limit", "2", NULL }, "trips", 2 },
		{ { "trips", "--all", "--limit", "1", "--json", NULL },
		  "trips", 5 },
		{ { "--json", "legs", "--person", "blinken", NULL }, "legs",
		  2 },
		{ { "--json", "feeds", NULL }, "feeds", 3 },
		{ { "--json", "trip", "1", NULL }, "legs", 3 },
		{ { "--json", "search", "india", NULL }, "articles", 2 },
	};
	char		*out = NULL, *err = NULL;
	json_t		*j;
	size_t		 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		ck_assert_int_eq(ctl(&out, &err, rows[i].args), 0);
		j = json_loads(out, 0, NULL);
		ck_assert_msg(j != NULL, "not JSON: %s", out);
		ck_assert_msg(json_array_size(json_object_get(j,
		    rows[i].key)) == rows[i].n, "row %zu: %zu %s", i,
		    json_array_size(json_object_get(j, rows[i].key)),
		    rows[i].key);
		json_decref(j);
		free(out);
		free(err);
	}
}
END_TEST

START_TEST(test_feed_and_watch)
{
	static const char *const add[] = { "feed", "add", "w1",
	    "http://127.0.0.1:9/w.rss", "--interval", "2h", NULL };
	static const char *const pause[] = { "feed", "pause", "w1", NULL };
	static const char *const rm[] = { "feed", "rm", "w1", NULL };
	static const char *const one[] = { "--json", "feeds", NULL };
	char		*argv[] = { (char *)tu_env("ITINCTL_BIN"), "-s", g_sock,
	    "watch", "--count", "3", NULL };
	char		*out = NULL, *err = NULL, *wlog, *got;
	pid_t		 w;

	wlog = xasprintf("%s/watch", g_dir);
	w = tu_spawn(argv, wlog);
	usleep(300000);	/* let it subscribe */
	ck_assert_int_eq(ctl(&out, &err, add), 0);
	ck_assert_str_eq(out, "feed w1: added\n");
	free(out);
	free(err);
	ck_assert_int_eq(ctl(&out, &err, pause), 0);
	free(out);
	free(err);
	ck_assert_int_eq(ctl(&out, &err, one), 0);
	ck_assert(strstr(out, "\"name\": \"w1\"") != NULL);
	ck_assert(strstr(out, "\"interval\": 7200") != NULL);
	free(out);
	free(err);
	ck_assert_int_eq(ctl(&out, &err, rm), 0);
	free(out);
	free(err);
	ck_assert_int_eq(tu_wait(w, 10000), 0);
	got = tu_read_file(wlog, NULL);
	ck_assert_msg(strstr(got, "feed w1 added, new\n") != NULL, "%s", got);
	ck_assert(strstr(got, "feed w1 updated, paused\n") != NULL);
	ck_assert(strstr(got, "feed w1 removed\n") != NULL);
	free(got);
	free(wlog);
}
END_TEST

START_TEST(test_export_ics)
{
	static const char *const args[] = { "export", "--format", "ics",
	    "--what", "legs", NULL };
	char	*out = NULL, *err = NULL, *p;
	int	 n = 0;

	ck_assert_int_eq(ctl(&out, &err, args), 0);
	ck_assert(strncmp(out, "BEGIN:VCALENDAR\r\n", 17) == 0);
	for (p = out; (p = strstr(p, "\r\nDTSTART;VALUE=DATE:")) != NULL; p++)
		n++;
	ck_assert_int_eq(n, 7);
	ck_assert(strstr(out, "\r\nUID:leg-8@itinerd\r\n") != NULL);
	free(out);
	free(err);
}
END_TEST

/* Every command takes --help (exit 0, its usage on stdout). */
START_TEST(test_help)
{
	static const char *const cmds[] = { "trips", "trip", "legs", "leg",
	    "officials", "official", "places", "search", "feeds", "feed",
	    "poll", "import", "reload", "watch", "status", "export",
	    "extract" };
	const char	*args[4];
	char		*out = NULL, *err = NULL, *want;
	size_t		 i;
	int		 st;

	for (i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
		args[0] = cmds[i];
		args[1] = i % 2 == 0 ? "--help" : "-h";
		args[2] = NULL;
		st = ctl(&out, &err, args);
		ck_assert_msg(st == 0, "%s --help: exit %d: %s", cmds[i], st,
		    err);
		want = xasprintf("usage: itinctl %s", cmds[i]);
		ck_assert_msg(strncmp(out, want, strlen(want)) == 0,
		    "%s --help: %s", cmds[i], out);
		free(want);
		free(out);
		free(err);
	}
	/* After other arguments too, and --json where the man page says. */
	args[0] = "trips";
	args[1] = "--person";
	args[2] = "--help";
	args[3] = NULL;
	ck_assert_int_eq(ctl(&out, &err, args), 0);
	free(out);
	free(err);
}
END_TEST

/* Times in tables follow $TZ, name their zone, and --utc forces UTC. */
START_TEST(test_time_zones)
{
	static const char *const feeds[] = { "feeds", NULL };
	static const char *const utc[] = { "feeds", "--utc", NULL };
	char	*out = NULL, *err = NULL, *path, *want;

	setenv("TZ", "JST-9", 1);
	ck_assert_int_eq(ctl(&out, &err, feeds), 0);
	ck_assert_msg(strstr(out, "2021-03-16 22:06 JST") != NULL, "%s", out);
	ck_assert_msg(strstr(out, "2100-01-01 09:00 JST") != NULL, "%s", out);
	free(out);
	free(err);
	ck_assert_int_eq(ctl(&out, &err, utc), 0);
	path = xasprintf("%s/api/golden/feeds.txt", tu_env("ITINERD_TESTDATA"));
	want = tu_read_file(path, NULL);
	ck_assert_str_eq(out, want);
	free(want);
	free(path);
	free(out);
	free(err);
	setenv("TZ", "UTC", 1);
}
END_TEST

/* --json after the command, and a JSON result for every change. */
START_TEST(test_json_changes)
{
	static const struct {
		const char	*args[8];
		const char	*key;		/* a member the result has */
		const char	*value;		/* its string value, or NULL */
	} rows[] = {
		{ { "reload", "--json", NULL }, "reloaded", NULL },
		{ { "feed", "add", "j1", "http://127.0.0.1:9/j1.rss",
		    "--json", "--tags", " x , y ", NULL }, "name", "j1" },
		{ { "feed", "pause", "--json", "j1", NULL }, "name", "j1" },
		{ { "feed", "resume", "j1", "-j", NULL }, "name", "j1" },
		{ { "poll", "--json", "j1", NULL }, "poll", "started" },
		{ { "feed", "rm", "j1", "--json", NULL }, "removed", NULL },
		{ { "status", "--json", NULL }, "status", NULL },
		{ { "trip", "1", "--json", NULL }, "legs", NULL },
		{ { "leg", "--json", "1", NULL }, "sources", NULL },
		{ { "official", "1", "--json", NULL }, "trips", NULL },
	};
	char		*out = NULL, *err = NULL;
	json_t		*j, *v;
	size_t		 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		ck_assert_msg(ctl(&out, &err, rows[i].args) == 0, "row %zu: "
		    "%s", i, err);
		j = json_loads(out, 0, NULL);
		ck_assert_msg(j != NULL, "row %zu: not JSON: '%s'", i, out);
		v = json_object_get(j, rows[i].key);
		ck_assert_msg(v != NULL, "row %zu: no %s: %s", i,
		    rows[i].key, out);
		if (rows[i].value != NULL)
			ck_assert_str_eq(json_string_value(v), rows[i].value);
		if (i == 1) {	/* tags trimmed */
			ck_assert_str_eq(json_string_value(json_array_get(
			    json_object_get(j, "tags"), 0)), "x");
			ck_assert_str_eq(json_string_value(json_array_get(
			    json_object_get(j, "tags"), 1)), "y");
		}
		json_decref(j);
		free(out);
		free(err);
	}
}
END_TEST

/* status says degraded, and why, when every feed to poll is failing. */
START_TEST(test_status_degraded)
{
	static const char *const poll[] = { "poll", "wire-world", NULL };
	static const char *const status[] = { "status", NULL };
	static const char *const jstatus[] = { "status", "--json", NULL };
	static const char *const feeds[] = { "feeds", "--json", NULL };
	char	*out = NULL, *err = NULL;
	json_t	*j;
	int	 i, failing = 0;

	ck_assert_int_eq(ctl(&out, &err, status), 0);
	ck_assert_msg(strstr(out, ": ok, up ") != NULL, "%s", out);
	free(out);
	free(err);
	/* wire-world's URL is 127.0.0.1:9, where nothing listens. */
	ck_assert_int_eq(ctl(&out, &err, poll), 0);
	free(out);
	free(err);
	for (i = 0; i < 200 && !failing; i++) {
		ck_assert_int_eq(ctl(&out, &err, feeds), 0);
		failing = strstr(out, "\"last_error\": \"") != NULL &&
		    strstr(out, "\"error_count\": 1") != NULL;
		free(out);
		free(err);
		if (!failing)
			usleep(50000);
	}
	ck_assert_msg(failing, "wire-world did not fail");
	ck_assert_int_eq(ctl(&out, &err, status), 0);
	ck_assert_msg(strstr(out, ": degraded: every enabled feed is failing "
	    "(1 of 1); wire-world: ") != NULL, "%s", out);
	free(out);
	free(err);
	ck_assert_int_eq(ctl(&out, &err, jstatus), 0);
	j = json_loads(out, 0, NULL);
	ck_assert_ptr_nonnull(j);
	ck_assert_str_eq(json_string_value(json_object_get(j, "status")),
	    "degraded");
	ck_assert(json_is_string(json_object_get(j, "reason")));
	ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(j,
	    "feeds"), "failing")), 1);
	json_decref(j);
	free(out);
	free(err);
}
END_TEST

/*
 * watch --json prints coordinates as stored, not with binary noise: the
 * leg event of an imported article (whatever other events come first).
 */
START_TEST(test_watch_precision)
{
	static const char rss[] =
	    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
	    "<title>t</title><item><guid>p-1</guid><title>Visit</title>"
	    "<pubDate>Mon, 15 Mar 2021 10:00:00 GMT</pubDate>"
	    "<description>TOKYO, March 15 - Indian Foreign Minister "
	    "Subrahmanyam Jaishankar arrived in Tokyo on Monday for two days "
	    "of talks.</description></item></channel></rss>";
	char	*argv[] = { (char *)tu_env("ITINCTL_BIN"), "-s", g_sock,
	    "watch", "--json", NULL };
	char	*pargv[] = { (char *)tu_env("ITINCTL_BIN"), "-s", g_sock,
	    "--utc", "watch", NULL };
	const char *imp[3] = { "import", NULL, NULL };
	char	*out = NULL, *err = NULL, *wlog, *plog, *file, *got = NULL;
	char	*leg;
	pid_t	 w, pw;
	int	 i;

	file = xasprintf("%s/p.rss", g_dir);
	ck_assert_int_eq(tu_write_file(file, rss), 0);
	wlog = xasprintf("%s/watch-json", g_dir);
	plog = xasprintf("%s/watch-plain", g_dir);
	w = tu_spawn(argv, wlog);
	pw = tu_spawn(pargv, plog);
	usleep(300000);
	imp[1] = file;
	ck_assert_int_eq(ctl(&out, &err, imp), 0);
	free(out);
	free(err);
	for (i = 0, leg = NULL; i < 200 && leg == NULL; i++) {
		free(got);
		got = tu_read_file(wlog, NULL);
		if (got == NULL || (leg = strstr(got,
		    "{\"event\":\"leg\"")) == NULL)
			usleep(50000);
	}
	tu_kill_wait(w, SIGTERM, 5000);
	ck_assert_msg(leg != NULL, "no leg event: %s", got);
	ck_assert_msg(strstr(leg, "\"lat\":35.6895,") != NULL, "%s", leg);
	ck_assert_msg(strstr(got, "0000000") == NULL, "%s", got);
	free(got);
	got = NULL;
	/* The table form: the country's name and the status as of now. */
	for (i = 0, leg = NULL; i < 200 && leg == NULL; i++) {
		free(got);
		got = tu_read_file(plog, NULL);
		if (got == NULL || (leg = strstr(got, "Jaishankar "
		    "\xe2\x86\x92 Tokyo")) == NULL)
			usleep(50000);
	}
	tu_kill_wait(pw, SIGTERM, 5000);
	ck_assert_msg(leg != NULL && strstr(leg, "\xe2\x86\x92 Tokyo, Japan  "
	    "2021-03-15  (past; reported ") == leg + strlen("Jaishankar "),
	    "%s", got);
	free(got);
	free(plog);
	free(wlog);
	free(file);
}
END_TEST

/* Waits at most timeout_ms until the file at path holds what; its text. */
static char *
wait_for_text(const char *path, const char *what, int timeout_ms)
{
	char	*got = NULL;
	int	 i;

	for (i = 0; i < timeout_ms / 50; i++) {
		free(got);
		got = tu_read_file(path, NULL);
		if (got != NULL && strstr(got, what) != NULL)
			return got;
		usleep(50000);
	}
	ck_abort_msg("no \"%s\" in %s: %s", what, path, got != NULL ? got :
	    "(none)");
	return got;
}

/* Occurrences of what in s. */
static int
count_text(const char *s, const char *what)
{
	int	n = 0;

	for (; (s = strstr(s, what)) != NULL; s += strlen(what))
		n++;
	return n;
}

/*
 * watch outlives a daemon restart: it says on stderr that it reconnects,
 * and resumes after the last event it printed, so a change made while it
 * was away is printed once and the ones before are not printed again.
 */
START_TEST(test_watch_reconnect)
{
	static const char *const status[] = { "status", NULL };
	const char	*add[7] = { "feed", "add", NULL, NULL, "--interval",
	    "2h", NULL };
	char		*wargv[] = { (char *)tu_env("ITINCTL_BIN"), "-s",
	    g_sock, "watch", NULL };
	char		*dargv[] = { (char *)tu_env("ITINERD_BIN"), "-f", "-c",
	    NULL, NULL };
	char		*out = NULL, *err = NULL, *wlog, *conf, *got;
	const char	*gone;
	pid_t		 w;
	int		 i;

	wlog = xasprintf("%s/watch-reconnect", g_dir);
	conf = xasprintf("%s/conf", g_dir);
	w = tu_spawn(wargv, wlog);
	usleep(300000);	/* let it subscribe */
	add[2] = "r1";
	add[3] = "http://127.0.0.1:9/r1.rss";
	ck_assert_int_eq(ctl(&out, &err, add), 0);
	free(out);
	free(err);
	free(wait_for_text(wlog, "feed r1 added", 5000));
	/* the daemon goes away; watch keeps trying, with longer waits */
	ck_assert_int_eq(tu_kill_wait(g_pid, SIGTERM, 5000), 0);
	free(wait_for_text(wlog, "(try 3 of 10), resuming after event ",
	    10000));
	/* back, and a change before watch is: it must be replayed */
	dargv[3] = conf;
	g_pid = tu_spawn(dargv, g_log);
	for (i = 0; i < 250; i++) {
		if (ctl(&out, &err, status) == 0)
			break;
		free(out);
		free(err);
		out = err = NULL;
		usleep(20000);
	}
	free(out);
	free(err);
	add[2] = "r2";
	add[3] = "http://127.0.0.1:9/r2.rss";
	ck_assert_int_eq(ctl(&out, &err, add), 0);
	free(out);
	free(err);
	free(wait_for_text(wlog, "feed r2 added", 15000));
	add[2] = "r3";
	add[3] = "http://127.0.0.1:9/r3.rss";
	ck_assert_int_eq(ctl(&out, &err, add), 0);
	free(out);
	free(err);
	got = wait_for_text(wlog, "feed r3 added", 5000);
	ck_assert_int_eq(tu_kill_wait(w, SIGTERM, 5000), 128 + SIGTERM);
	/* each once, in order, the reconnect said between r1 and r2 */
	ck_assert_msg(count_text(got, "feed r1 added") == 1 &&
	    count_text(got, "feed r2 added") == 1 &&
	    count_text(got, "feed r3 added") == 1, "%s", got);
	gone = strstr(got, "itinctl: watch: ");
	ck_assert_msg(gone != NULL && gone > strstr(got, "feed r1 added") &&
	    gone < strstr(got, "feed r2 added") &&
	    strstr(got, "feed r2 added") < strstr(got, "feed r3 added"),
	    "%s", got);
	free(got);
	free(conf);
	free(wlog);
}
END_TEST

/* --domestic / --no-domestic on lists and exports; tables mark the leg. */
START_TEST(test_domestic)
{
	static const struct {
		const char	*args[6];
		const char	*key;
		size_t		 n;
	} rows[] = {
		{ { "--json", "legs", "--domestic", NULL }, "legs", 1 },
		{ { "--json", "legs", "--no-domestic", NULL }, "legs", 8 },
		{ { "legs", "--person", "blinken", "--no-domestic", "--json",
		    NULL }, "legs", 2 },
		{ { "--json", "trips", "--domestic", NULL }, "trips", 1 },
		{ { "--json", "upcoming", "--no-domestic", NULL }, "trips",
		  0 },
	};
	static const char *const table[] = { "legs", "--domestic", NULL };
	static const char *const leg[] = { "leg", "9", NULL };
	static const char *const csv[] = { "export", "--format", "csv",
	    "--no-domestic", NULL };
	static const char *const bad[] = { "places", "--domestic", NULL };
	sqlite3		*db;
	char		*path, *out = NULL, *err = NULL;
	json_t		*j;
	size_t		 i;

	/* Blinken at home in Chicago: a trip of one domestic leg */
	path = xasprintf("%s/db", g_dir);
	ck_assert_int_eq(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 5000);
	ck_assert_msg(sqlite3_exec(db, "INSERT INTO places (id, country, "
	    "city, city_key, lat, lon) VALUES (7, 'US', 'Chicago', "
	    "'chicago', 41.85003, -87.65005); INSERT INTO trips (id, "
	    "official_id, start, \"end\", status, confidence, leg_count) "
	    "VALUES (6, 2, '2022-05-03', '2022-05-03', 'completed', 0.8, 1); "
	    "INSERT INTO legs (id, official_id, role, official_country, "
	    "place_id, dest_country, dest_city, start, \"end\", precision, "
	    "status, confidence, trip_id, seq) VALUES (9, 2, 'Secretary of "
	    "State', 'US', 7, 'US', 'Chicago', '2022-05-03', '2022-05-03', "
	    "'day', 'completed', 0.8, 6, 0)", NULL, NULL, NULL) == SQLITE_OK,
	    "%s", sqlite3_errmsg(db));
	sqlite3_close(db);
	free(path);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		ck_assert_int_eq(ctl(&out, &err, rows[i].args), 0);
		j = json_loads(out, 0, NULL);
		ck_assert_msg(j != NULL, "not JSON: %s", out);
		ck_assert_msg(json_array_size(json_object_get(j,
		    rows[i].key)) == rows[i].n, "row %zu: %zu %s", i,
		    json_array_size(json_object_get(j, rows[i].key)),
		    rows[i].key);
		json_decref(j);
		free(out);
		free(err);
	}
	ck_assert_int_eq(ctl(&out, &err, table), 0);
	ck_assert_msg(strstr(out, "Chicago  United States (domestic)") !=
	    NULL, "%s", out);
	free(out);
	free(err);
	ck_assert_int_eq(ctl(&out, &err, leg), 0);
	ck_assert_msg(strstr(out, "\nTo:     Chicago, United States "
	    "(domestic)\n") != NULL, "%s", out);
	free(out);
	free(err);
	ck_assert_int_eq(ctl(&out, &err, csv), 0);
	ck_assert_msg(strstr(out, ",domestic,") != NULL &&
	    strstr(out, "Chicago") == NULL && strstr(out, "Tokyo") != NULL,
	    "%s", out);
	free(out);
	free(err);
	ck_assert_int_eq(ctl(&out, &err, bad), 2);
	free(out);
	free(err);
}
END_TEST

static Suite *
itinctl_suite(void)
{
	Suite	*s = suite_create("itinctl");
	TCase	*tc;

	tc = tcase_create("output");
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_golden);
	tcase_add_test(tc, test_json);
	tcase_add_test(tc, test_export_ics);
	tcase_add_test(tc, test_help);
	tcase_add_test(tc, test_time_zones);
	suite_add_tcase(s, tc);

	tc = tcase_create("errors");
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_exit_codes);
	tcase_add_test(tc, test_no_daemon);
	suite_add_tcase(s, tc);

	tc = tcase_create("changes");
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_feed_and_watch);
	tcase_add_test(tc, test_json_changes);
	tcase_add_test(tc, test_watch_precision);
	suite_add_tcase(s, tc);

	/* its own daemon, which the test restarts */
	tc = tcase_create("watch_reconnect");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 90);
	tcase_add_test(tc, test_watch_reconnect);
	suite_add_tcase(s, tc);

	tc = tcase_create("domestic");
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_domestic);
	suite_add_tcase(s, tc);

	tc = tcase_create("degraded");
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_status_degraded);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(itinctl_suite());
}
