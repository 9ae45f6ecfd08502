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
	{ { "trip", "1", NULL }, "trip-1.txt" },
	{ { "trip", "4", NULL }, "trip-4.txt" },
	{ { "legs", NULL }, "legs.txt" },
	{ { "legs", "--to", "kr", "--status", "completed", NULL },
	  "legs-kr.txt" },
	{ { "officials", NULL }, "officials.txt" },
	{ { "places", NULL }, "places.txt" },
	{ { "search", "brasilia", NULL }, "search-brasilia.txt" },
	{ { "feeds", NULL }, "feeds.txt" },
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
	suite_add_tcase(s, tc);

	tc = tcase_create("errors");
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_exit_codes);
	tcase_add_test(tc, test_no_daemon);
	suite_add_tcase(s, tc);

	tc = tcase_create("changes");
	tcase_add_unchecked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_feed_and_watch);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(itinctl_suite());
}
