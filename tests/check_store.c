/*
 * check_store: opening the database, migrations, the lock, and syncing
 * the configured feeds.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "embed.h"
#include "store.h"
#include "testutil.h"
#include "xmalloc.h"

static char	*tmp, *dbpath;

static void
setup(void)
{
	tmp = tu_tmpdir();
	dbpath = xasprintf("%s/sub/it.db", tmp);
}

static void
teardown(void)
{
	tu_rmtree(tmp);
	free(tmp);
	free(dbpath);
}

static long long
count(struct store *s, const char *sql)
{
	sqlite3_stmt	*st;
	long long	 n = -1;

	st = store_prepare(s, sql);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

START_TEST(fresh_database)
{
	struct store	*s = NULL;
	char		*cause = NULL;
	sqlite3_stmt	*st;

	ck_assert_msg(store_open(dbpath, STORE_LOCK, &s, &cause) == 0, "%s",
	    cause);
	ck_assert_int_eq(store_version(s), store_latest_version());
	ck_assert_int_ge(store_latest_version(), 1);
	/* WAL, foreign keys, and the tables the design names. */
	st = store_prepare(s, "PRAGMA journal_mode");
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	ck_assert_str_eq((const char *)sqlite3_column_text(st, 0), "wal");
	sqlite3_finalize(st);
	ck_assert_int_eq(count(s, "PRAGMA foreign_keys"), 1);
	ck_assert_int_eq(count(s, "SELECT count(*) FROM sqlite_schema WHERE "
	    "type = 'table' AND name IN ('feeds', 'articles', 'feed_articles',"
	    " 'officials', 'places', 'legs', 'trips', 'leg_sources',"
	    " 'articles_fts')"), 9);
	store_free(s);
}
END_TEST

START_TEST(rerun_is_noop)
{
	struct store	*s = NULL;
	char		*cause = NULL;

	ck_assert_int_eq(store_open(dbpath, 0, &s, &cause), 0);
	ck_assert_int_eq(store_exec(s, "INSERT INTO feeds (name, url) VALUES "
	    "('a', 'https://a/')", &cause), 0);
	store_free(s);
	ck_assert_int_eq(store_open(dbpath, 0, &s, &cause), 0);
	ck_assert_int_eq(store_version(s), store_latest_version());
	ck_assert_int_eq(count(s, "SELECT count(*) FROM feeds"), 1);
	store_free(s);
}
END_TEST

START_TEST(newer_database_refused_untouched)
{
	struct store	*s = NULL;
	char		*cause = NULL, *before, *after, *want;
	size_t		 lb, la;

	ck_assert_int_eq(store_open(dbpath, 0, &s, &cause), 0);
	ck_assert_int_eq(store_exec(s, "PRAGMA journal_mode = DELETE", NULL),
	    0);
	ck_assert_int_eq(store_exec(s, "PRAGMA user_version = 999", NULL), 0);
	store_free(s);
	s = NULL;
	before = tu_read_file(dbpath, &lb);
	ck_assert_ptr_nonnull(before);
	ck_assert_int_eq(store_open(dbpath, STORE_LOCK, &s, &cause), -EPROTO);
	ck_assert_ptr_null(s);
	want = xasprintf("%s: database schema version 999 is newer than this "
	    "itinerd (knows up to %d); refusing to touch it", dbpath,
	    store_latest_version());
	ck_assert_str_eq(cause, want);
	after = tu_read_file(dbpath, &la);
	ck_assert_uint_eq(la, lb);
	ck_assert(memcmp(before, after, la) == 0);
	free(before);
	free(after);
	free(want);
	free(cause);
}
END_TEST

START_TEST(second_opener_refused)
{
	struct store	*a = NULL, *b = NULL;
	char		*cause = NULL;

	ck_assert_int_eq(store_open(dbpath, STORE_LOCK, &a, &cause), 0);
	ck_assert_int_eq(store_open(dbpath, STORE_LOCK, &b, &cause), -EBUSY);
	ck_assert_ptr_null(b);
	ck_assert_ptr_nonnull(strstr(cause, "in use by another itinerd"));
	free(cause);
	store_free(a);
	/* Released with the first. */
	ck_assert_int_eq(store_open(dbpath, STORE_LOCK, &b, &cause), 0);
	store_free(b);
}
END_TEST

START_TEST(not_a_database)
{
	struct store	*s = NULL;
	char		*cause = NULL, *path;

	path = xasprintf("%s/junk.db", tmp);
	ck_assert_int_eq(tu_write_file(path, "this is not sqlite, just text "
	    "long enough to have a header.................................."
	    "...........................\n"), 0);
	ck_assert_int_eq(store_open(path, 0, &s, &cause), -EIO);
	ck_assert_ptr_nonnull(strstr(cause, "not an SQLite database"));
	free(cause);
	free(path);
}
END_TEST

START_TEST(transaction_rollback)
{
	struct store	*s = NULL;
	char		*cause = NULL;

	ck_assert_int_eq(store_open(dbpath, 0, &s, &cause), 0);
	ck_assert_int_eq(store_begin(s, &cause), 0);
	ck_assert_int_eq(store_exec(s, "INSERT INTO feeds (name, url) VALUES "
	    "('a', 'https://a/')", &cause), 0);
	store_rollback(s);
	ck_assert_int_eq(count(s, "SELECT count(*) FROM feeds"), 0);
	/* A constraint error names itself. */
	ck_assert_int_eq(store_exec(s, "INSERT INTO legs (official_id, "
	    "place_id, dest_country, status) VALUES (1, 1, 'JP', 'maybe')",
	    &cause), -EIO);
	ck_assert_ptr_nonnull(strstr(cause, "constraint"));
	free(cause);
	store_free(s);
}
END_TEST

START_TEST(sync_feeds)
{
	struct store	*s = NULL;
	struct config	*c;
	char		*cause = NULL;

	ck_assert_int_eq(store_open(dbpath, 0, &s, &cause), 0);
	c = config_default();
	c->feeds = xcalloc(2, sizeof *c->feeds);
	c->nfeeds = 2;
	c->feeds[0].name = xstrdup("a");
	c->feeds[0].url = xstrdup("https://a.example/feed");
	c->feeds[0].tags = xstrdup("x");
	c->feeds[0].enabled = 1;
	c->feeds[1].name = xstrdup("b");
	c->feeds[1].url = xstrdup("https://b.example/feed");
	c->feeds[1].tags = xstrdup("");
	c->feeds[1].enabled = 1;
	c->feeds[1].interval_s = 60;
	ck_assert_int_eq(store_sync_feeds(s, c, &cause), 0);
	ck_assert_int_eq(count(s, "SELECT count(*) FROM feeds WHERE enabled"),
	    2);
	ck_assert_int_eq(count(s, "SELECT interval_s FROM feeds WHERE "
	    "name = 'a'"), 900);
	ck_assert_int_eq(count(s, "SELECT interval_s FROM feeds WHERE "
	    "name = 'b'"), 60);
	/* Fetch state survives a sync; a URL change resets it. */
	ck_assert_int_eq(store_exec(s, "UPDATE feeds SET etag = '\"e\"', "
	    "error_count = 3", NULL), 0);
	free(c->feeds[0].url);
	c->feeds[0].url = xstrdup("https://a.example/new");
	ck_assert_int_eq(store_sync_feeds(s, c, &cause), 0);
	ck_assert_int_eq(count(s, "SELECT etag IS NULL FROM feeds WHERE "
	    "name = 'a'"), 1);
	ck_assert_int_eq(count(s, "SELECT etag IS NOT NULL FROM feeds WHERE "
	    "name = 'b'"), 1);
	/* A permanent redirect moved b; a sync with the same config keeps it. */
	ck_assert_int_eq(store_exec(s, "UPDATE feeds SET url = "
	    "'https://b.example/moved' WHERE name = 'b'", NULL), 0);
	ck_assert_int_eq(store_sync_feeds(s, c, &cause), 0);
	ck_assert_int_eq(count(s, "SELECT url = 'https://b.example/moved' "
	    "AND etag IS NOT NULL FROM feeds WHERE name = 'b'"), 1);
	/* A new configured URL replaces it and forgets the 410 state. */
	ck_assert_int_eq(store_exec(s, "UPDATE feeds SET disabled_reason = "
	    "'410 Gone' WHERE name = 'b'", NULL), 0);
	free(c->feeds[1].url);
	c->feeds[1].url = xstrdup("https://b.example/v2");
	ck_assert_int_eq(store_sync_feeds(s, c, &cause), 0);
	ck_assert_int_eq(count(s, "SELECT url = 'https://b.example/v2' AND "
	    "disabled_reason IS NULL AND etag IS NULL FROM feeds WHERE "
	    "name = 'b'"), 1);
	/* A feed that left the config is disabled, not deleted. */
	c->nfeeds = 1;
	ck_assert_int_eq(store_sync_feeds(s, c, &cause), 0);
	c->nfeeds = 2;
	ck_assert_int_eq(count(s, "SELECT count(*) FROM feeds"), 2);
	ck_assert_int_eq(count(s, "SELECT enabled FROM feeds WHERE "
	    "name = 'b'"), 0);
	config_free(c);
	store_free(s);
}
END_TEST

/* Data lines (not the header, comments or blank lines) of an embedded file. */
static long long
kb_lines(const char *name)
{
	const struct embed_file	*f = NULL;
	const char		*p, *nl, *end;
	size_t			 i;
	long long		 n = 0;

	for (i = 0; i < kb_nfiles; i++)
		if (strcmp(kb_files[i].name, name) == 0)
			f = &kb_files[i];
	ck_assert_msg(f != NULL, "%s is not built in", name);
	end = f->data + f->len;
	for (p = f->data; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		if (nl > p && *p != '#')
			n++;
	}
	return n;
}

START_TEST(knowledge_mirrored)
{
	struct store	*s = NULL;
	char		*cause = NULL;

	ck_assert_int_eq(store_open(dbpath, 0, &s, &cause), 0);
	ck_assert_int_eq(store_load_knowledge(s, "v1", &cause), 1);
	ck_assert_int_eq(count(s, "SELECT count(*) FROM kb_countries"),
	    kb_lines("countries.tsv"));
	ck_assert_int_eq(count(s, "SELECT count(*) FROM kb_gazetteer"),
	    kb_lines("gazetteer.tsv"));
	ck_assert_int_eq(count(s, "SELECT count(*) FROM kb_officials"),
	    kb_lines("officials.tsv"));
	ck_assert_int_eq(count(s, "SELECT count(*) FROM kb_roles"),
	    kb_lines("roles.tsv"));
	/* Fields land in their columns; empty ones are NULL. */
	ck_assert_int_eq(count(s, "SELECT count(*) FROM kb_countries WHERE "
	    "iso2 = 'JP' AND iso3 = 'JPN' AND abs(lat - 35.7) < 0.5"), 1);
	ck_assert_int_eq(count(s, "SELECT count(*) FROM kb_officials WHERE "
	    "name = 'Antony Blinken' AND office = 'foreign_minister' AND "
	    "start = '2021-01-26'"), 1);
	ck_assert_int_eq(count(s, "SELECT count(*) FROM kb_officials WHERE "
	    "\"end\" = ''"), 0);
	/* The same version is not loaded again; a new one replaces it. */
	ck_assert_int_eq(store_load_knowledge(s, "v1", &cause), 0);
	ck_assert_int_eq(store_load_knowledge(s, "v2", &cause), 1);
	ck_assert_int_eq(count(s, "SELECT count(*) FROM kb_countries"),
	    kb_lines("countries.tsv"));
	ck_assert_int_eq(count(s, "SELECT count(*) FROM kb_meta WHERE "
	    "value = 'v2'"), 1);
	store_free(s);
}
END_TEST

static Suite *
store_suite(void)
{
	Suite	*s = suite_create("store");
	TCase	*tc;

	tc = tcase_create("migrations");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, fresh_database);
	tcase_add_test(tc, rerun_is_noop);
	tcase_add_test(tc, newer_database_refused_untouched);
	tcase_add_test(tc, not_a_database);
	suite_add_tcase(s, tc);

	tc = tcase_create("use");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, second_opener_refused);
	tcase_add_test(tc, transaction_rollback);
	tcase_add_test(tc, sync_feeds);
	tcase_add_test(tc, knowledge_mirrored);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(store_suite());
}
