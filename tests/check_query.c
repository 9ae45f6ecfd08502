/*
 * check_query: query.c on a temporary database loaded with
 * tests/data/api/fixture.sql, without HTTP: cursors, the since filter's
 * range rewrite (a long trip that starts well before "since" must still
 * be found), keyset paging over equal start dates, feed changes and their
 * refusals, counts, and UTF-8 repair.
 */
#include <check.h>
#include <errno.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#include "query.h"
#include "store.h"
#include "testutil.h"
#include "xmalloc.h"

static char		*g_dir;
static struct store	*g_store;
static struct query	*g_q;

static void
setup(void)
{
	char	*db, *cause = NULL, *sql, *err = NULL;

	g_dir = tu_tmpdir();
	db = xasprintf("%s/db", g_dir);
	ck_assert_msg(store_open(db, 0, &g_store, &cause) == 0, "%s", cause);
	sql = tu_fixture("api/fixture.sql", NULL);
	ck_assert_msg(sqlite3_exec(store_db(g_store), sql, NULL, NULL, &err) ==
	    SQLITE_OK, "%s", err);
	free(sql);
	free(db);
	ck_assert_int_eq(query_new(g_store, &g_q, &cause), 0);
}

static void
teardown(void)
{
	query_free(g_q);
	store_free(g_store);
	tu_rmtree(g_dir);
	free(g_dir);
}

static char *
ids(const json_t *a)
{
	struct buf	 b = { 0 };
	const json_t	*e;
	size_t		 i;

	json_array_foreach(a, i, e)
		buf_printf(&b, "%s%lld", i > 0 ? "," : "",
		    (long long)json_integer_value(json_object_get(e, "id")));
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

START_TEST(test_cursor_roundtrip)
{
	static const struct {
		const char	*f[3];
		int		 n;
	} rows[] = {
		{ { "2021-03-15", "7" }, 2 },
		{ { NULL, "3" }, 2 },
		{ { "IN", "", "4" }, 3 },
		{ { "S\xc3\xa9" "bastien Lecornu", "3" }, 2 },
		{ { "12" }, 1 },
	};
	char	*c, *f[4];
	size_t	 i;
	int	 n, k;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		c = query_cursor_encode(rows[i].f, rows[i].n);
		ck_assert(strspn(c, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmno"
		    "pqrstuvwxyz0123456789-_") == strlen(c));
		ck_assert_int_eq(query_cursor_decode(c, f, 4, &n), 0);
		ck_assert_int_eq(n, rows[i].n);
		for (k = 0; k < n; k++) {
			if (rows[i].f[k] == NULL)
				ck_assert_ptr_null(f[k]);
			else
				ck_assert_str_eq(f[k], rows[i].f[k]);
			free(f[k]);
		}
		free(c);
	}
}
END_TEST

START_TEST(test_cursor_bad)
{
	static const char *const bad[] = { "", "a", "!!!!", "ab=c",
	    "AAAA",	/* decodes to NUL bytes */
	    "YQpiCmMKZApl",	/* five fields, more than asked for */
	};
	char	*f[4];
	size_t	 i;
	int	 n;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(query_cursor_decode(bad[i], f, 4, &n) == -EINVAL,
		    "'%s' accepted", bad[i]);
}
END_TEST

/* A trip longer than any other, starting long before "since". */
START_TEST(test_since_long_trip)
{
	struct query_filter	 f;
	json_t			*res;
	char			*cause = NULL, *s;

	ck_assert_int_eq(store_exec(g_store, "INSERT INTO trips (id, "
	    "official_id, start, \"end\", status, confidence, leg_count) "
	    "VALUES (6, 2, '2020-12-01', '2021-04-01', 'completed', 0.7, 1);"
	    "INSERT INTO legs (id, official_id, official_country, place_id, "
	    "dest_country, start, \"end\", status, trip_id) VALUES (9, 2, "
	    "'US', 6, 'FR', '2020-12-01', '2021-04-01', 'completed', 6)",
	    NULL), 0);
	memset(&f, 0, sizeof f);
	ck_assert_int_eq(when_day_parse("2021-03-25", 10, &f.since.day), 0);
	f.since.prec = WHEN_PREC_DAY;
	ck_assert_int_eq(query_trips(g_q, &f, &res, &cause), 0);
	s = ids(json_object_get(res, "trips"));
	ck_assert_str_eq(s, "5,3,6");	/* newest first */
	free(s);
	json_decref(res);
	ck_assert_int_eq(query_legs(g_q, &f, &res, &cause), 0);
	s = ids(json_object_get(res, "legs"));
	ck_assert_str_eq(s, "9,6,8");
	free(s);
	json_decref(res);
	/* Ending before since: out, however long. */
	ck_assert_int_eq(when_day_parse("2021-04-02", 10, &f.since.day), 0);
	ck_assert_int_eq(query_trips(g_q, &f, &res, &cause), 0);
	s = ids(json_object_get(res, "trips"));
	ck_assert_str_eq(s, "5,3");
	free(s);
	json_decref(res);
}
END_TEST

/* Trips 1 and 2 start the same day: paging by one keeps both. */
START_TEST(test_paging_ties)
{
	struct query_filter	 f;
	json_t			*res;
	char			*cause = NULL, *cur, *s;

	/* Newest first (5, 3, 2, 1, then undated 4), the tie by id. */
	memset(&f, 0, sizeof f);
	f.limit = 3;
	ck_assert_int_eq(query_trips(g_q, &f, &res, &cause), 0);
	s = ids(json_object_get(res, "trips"));
	ck_assert_str_eq(s, "5,3,2");
	free(s);
	cur = xstrdup(json_string_value(json_object_get(res, "next_cursor")));
	json_decref(res);
	f.limit = 1;
	f.cursor = cur;
	ck_assert_int_eq(query_trips(g_q, &f, &res, &cause), 0);
	s = ids(json_object_get(res, "trips"));
	ck_assert_str_eq(s, "1");
	free(s);
	json_decref(res);
	free(cur);
	/* Oldest first: 1 and 2 tie, undated 4 still last. */
	memset(&f, 0, sizeof f);
	f.sort = "start";
	f.limit = 1;
	ck_assert_int_eq(query_trips(g_q, &f, &res, &cause), 0);
	s = ids(json_object_get(res, "trips"));
	ck_assert_str_eq(s, "1");
	free(s);
	cur = xstrdup(json_string_value(json_object_get(res, "next_cursor")));
	json_decref(res);
	f.cursor = cur;
	f.limit = 10;
	ck_assert_int_eq(query_trips(g_q, &f, &res, &cause), 0);
	s = ids(json_object_get(res, "trips"));
	ck_assert_str_eq(s, "2,3,5,4");
	free(s);
	json_decref(res);
	free(cur);
	f.cursor = NULL;
	/* A cursor of another list's shape is refused, naming cursor. */
	f.cursor = "SU4KCjQ";
	ck_assert_int_eq(query_trips(g_q, &f, &res, &cause), -EINVAL);
	ck_assert(strstr(cause, "cursor") == cause);
	free(cause);
}
END_TEST

/* The status_now of trip id in res ("-" when null). */
static const char *
status_now_of(json_t *res, const char *key, long long id)
{
	json_t	*t, *v;
	size_t	 i;

	json_array_foreach(json_object_get(res, key), i, t)
		if (json_integer_value(json_object_get(t, "id")) == id) {
			v = json_object_get(t, "status_now");
			return json_is_string(v) ? json_string_value(v) : "-";
		}
	return "?";
}

static int32_t
day_of(const char *iso)
{
	int32_t	d;

	ck_assert_int_eq(when_day_parse(iso, strlen(iso), &d), 0);
	return d;
}

/*
 * status_now is computed against the day the query is told (not frozen
 * at the article's), through the trip cache too; a month spans itself.
 */
START_TEST(test_status_now)
{
	static const struct {
		const char	*today;
		long long	 id;
		const char	*want;
	} rows[] = {
		{ "2021-03-14", 1, "upcoming" },
		{ "2021-03-15", 1, "under way" },
		{ "2021-03-17", 2, "under way" },
		{ "2021-03-19", 2, "past" },
		{ "2021-03-21", 1, "under way" },
		{ "2021-03-22", 1, "past" },
		{ "2021-01-01", 3, "cancelled" },
		{ "2030-01-01", 3, "cancelled" },
		{ "2030-01-01", 4, "-" },		/* undated, planned */
		{ "2021-02-28", 7, "upcoming" },	/* planned: 2021-03 */
		{ "2021-03-01", 7, "under way" },
		{ "2021-03-31", 7, "under way" },
		{ "2021-04-01", 7, "planned, not confirmed" },
	};
	struct query_filter	 f;
	json_t			*res;
	char			*cause = NULL, *s;
	size_t			 i;

	ck_assert_int_eq(store_exec(g_store, "INSERT INTO trips (id, "
	    "official_id, start, \"end\", status, confidence, leg_count) "
	    "VALUES (7, 2, '2021-03', NULL, 'planned', 0.5, 0)", NULL), 0);
	memset(&f, 0, sizeof f);
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		query_set_today(g_q, day_of(rows[i].today));
		ck_assert_int_eq(query_trips(g_q, &f, &res, &cause), 0);
		ck_assert_msg(strcmp(status_now_of(res, "trips", rows[i].id),
		    rows[i].want) == 0, "trip %lld on %s: %s, expected %s",
		    rows[i].id, rows[i].today, status_now_of(res, "trips",
		    rows[i].id), rows[i].want);
		json_decref(res);
	}
	/* The legs list too, and its filter. */
	query_set_today(g_q, day_of("2021-03-16"));
	f.status_now = "under way";
	ck_assert_int_eq(query_legs(g_q, &f, &res, &cause), 0);
	s = ids(json_object_get(res, "legs"));
	ck_assert_str_eq(s, "1,4");
	free(s);
	json_decref(res);
	/* The upcoming view: not over, not cancelled, soonest first. */
	memset(&f, 0, sizeof f);
	f.upcoming = 1;
	query_set_today(g_q, day_of("2021-03-19"));
	ck_assert_int_eq(query_trips(g_q, &f, &res, &cause), 0);
	s = ids(json_object_get(res, "trips"));
	ck_assert_str_eq(s, "7,1,5");	/* March (its 1st) first */
	free(s);
	json_decref(res);
	query_set_today(g_q, WHEN_DAY_NONE);
	ck_assert_int_eq(store_exec(g_store, "DELETE FROM trips WHERE id = 7",
	    NULL), 0);
}
END_TEST

/* The JSON text and the parsed form are the same document. */
START_TEST(test_json_text)
{
	struct query_filter	 f;
	struct buf		 b = { 0 };
	json_t			*a, *t;
	char			*cause = NULL;

	memset(&f, 0, sizeof f);
	f.person = "Blinken";
	ck_assert_int_eq(query_trips_json(g_q, &f, &b, &cause), 0);
	t = json_loads(b.data, 0, NULL);
	ck_assert_ptr_nonnull(t);
	ck_assert_int_eq(query_trips(g_q, &f, &a, &cause), 0);
	ck_assert(json_equal(a, t));
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(
	    json_object_get(a, "trips"), 0), "role")), "Secretary of State");
	ck_assert_int_eq(json_array_size(json_object_get(json_array_get(
	    json_object_get(a, "trips"), 0), "route")), 2);
	json_decref(a);
	json_decref(t);
	buf_free(&b);
}
END_TEST

static const char *
first_city(const char *person)
{
	static char		 city[64];
	struct query_filter	 f;
	json_t			*res;
	char			*cause = NULL;

	memset(&f, 0, sizeof f);
	f.person = person;
	ck_assert_int_eq(query_trips(g_q, &f, &res, &cause), 0);
	snprintf(city, sizeof city, "%s", json_string_value(json_object_get(
	    json_array_get(json_object_get(json_array_get(json_object_get(res,
	    "trips"), 0), "route"), 0), "city")));
	json_decref(res);
	return city;
}

/* Cached trip JSON follows changes, ours and another connection's. */
START_TEST(test_trip_cache)
{
	sqlite3	*other;
	char	*db;

	ck_assert_str_eq(first_city("blinken"), "Tokyo");
	ck_assert_str_eq(first_city("blinken"), "Tokyo");	/* cached */
	ck_assert_int_eq(store_exec(g_store, "UPDATE places SET city = 'Edo' "
	    "WHERE id = 1", NULL), 0);
	ck_assert_str_eq(first_city("blinken"), "Edo");
	db = xasprintf("%s/db", g_dir);
	ck_assert_int_eq(sqlite3_open(db, &other), SQLITE_OK);
	sqlite3_busy_timeout(other, 5000);
	ck_assert_int_eq(sqlite3_exec(other, "UPDATE places SET city = "
	    "'T\xc5\x8dky\xc5\x8d' WHERE id = 1", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(other);
	free(db);
	ck_assert_str_eq(first_city("blinken"), "T\xc5\x8dky\xc5\x8d");
	/* In a read transaction, as the API runs, too. */
	ck_assert_int_eq(query_begin(g_q), 0);
	ck_assert_str_eq(first_city("blinken"), "T\xc5\x8dky\xc5\x8d");
	query_end(g_q);
}
END_TEST

START_TEST(test_feed_changes)
{
	struct query_feed_change c = { -1, -1, -1, NULL, NULL };
	json_t			*feed;
	char			*cause = NULL;

	ck_assert_int_eq(query_feed_add(g_q, "n1", "http://127.0.0.1:9/",
	    600, "x,y", &cause), 0);
	ck_assert_int_eq(query_feed_add(g_q, "n1", "http://127.0.0.1:9/",
	    600, "", &cause), -EEXIST);
	ck_assert(strstr(cause, "n1") != NULL);
	free(cause);
	c.paused = 1;
	c.interval_s = 120;
	ck_assert_int_eq(query_feed_update(g_q, "n1", &c, &cause), 0);
	ck_assert_int_eq(query_feed(g_q, "n1", &feed, &cause), 0);
	ck_assert(json_is_true(json_object_get(feed, "paused")));
	ck_assert_int_eq(json_integer_value(json_object_get(feed,
	    "interval")), 120);
	ck_assert_str_eq(json_string_value(json_array_get(json_object_get(
	    feed, "tags"), 1)), "y");
	ck_assert_str_eq(json_string_value(json_object_get(feed, "origin")),
	    "api");
	json_decref(feed);
	ck_assert_int_eq(query_feed_update(g_q, "none", &c, &cause), -ENOENT);
	free(cause);
	/* removal (ingest_remove_feed) is check_safety's */
}
END_TEST

START_TEST(test_stats)
{
	json_t	*s;
	char	*cause = NULL;

	ck_assert_int_eq(query_stats(g_q, &s, &cause), 0);
	ck_assert_int_eq(json_integer_value(json_object_get(s, "legs")), 8);
	ck_assert_int_eq(json_integer_value(json_object_get(s, "fetches")),
	    17);
	ck_assert_int_eq(json_integer_value(json_object_get(s, "feeds_ok")),
	    1);
	ck_assert_int_eq(json_integer_value(json_object_get(s,
	    "feeds_error")), 1);
	ck_assert_int_eq(json_integer_value(json_object_get(s,
	    "feeds_never")), 1);
	ck_assert_int_eq(json_integer_value(json_object_get(s,
	    "extraction_micros")), 3000);
	ck_assert_int_eq(json_integer_value(json_object_get(s,
	    "schema_version")), store_latest_version());
	json_decref(s);
}
END_TEST

START_TEST(test_utf8_repair)
{
	static const struct {
		const char	*in;
		const char	*out;
	} rows[] = {
		{ "plain", "plain" },
		{ "S\xc3\xa9oul", "S\xc3\xa9oul" },
		{ "bad\xff", "bad\xef\xbf\xbd" },
		{ "cut\xc3", "cut\xef\xbf\xbd" },
		{ "\xc0\xaf", "\xef\xbf\xbd\xef\xbf\xbd" },	/* overlong */
		{ "\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
	};
	json_t	*j;
	size_t	 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		j = query_json_string(rows[i].in);
		ck_assert_ptr_nonnull(j);
		ck_assert_msg(strcmp(json_string_value(j), rows[i].out) == 0,
		    "row %zu", i);
		json_decref(j);
	}
}
END_TEST

static Suite *
query_suite(void)
{
	Suite	*s = suite_create("query");
	TCase	*tc;

	tc = tcase_create("cursor");
	tcase_add_test(tc, test_cursor_roundtrip);
	tcase_add_test(tc, test_cursor_bad);
	tcase_add_test(tc, test_utf8_repair);
	suite_add_tcase(s, tc);
	tc = tcase_create("lists");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_since_long_trip);
	tcase_add_test(tc, test_paging_ties);
	tcase_add_test(tc, test_status_now);
	tcase_add_test(tc, test_json_text);
	tcase_add_test(tc, test_trip_cache);
	suite_add_tcase(s, tc);
	tc = tcase_create("feeds_stats");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_feed_changes);
	tcase_add_test(tc, test_stats);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(query_suite());
}
