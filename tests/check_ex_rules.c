/*
 * check_ex_rules: every leg names the extractor rule that found it.  A
 * table of sentences written for these tests, each with the leg expected
 * (surname, destination) and the rule name it must carry; then the name
 * kept through ingest into leg_sources and back out in an article's JSON,
 * and printed by itinctl extract --json.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sqlite3.h>

#include "extract.h"
#include "ingest.h"
#include "kb.h"
#include "query.h"
#include "store.h"
#include "testutil.h"
#include "xmalloc.h"

struct rule_row {
	const char	*text;
	const char	*published;
	const char	*surname;	/* must occur in the leg's person */
	const char	*dest;		/* ISO code */
	const char	*rule;		/* the leg's rule name */
};

static const struct rule_row rule_rows[] = {
	{ "French Foreign Minister Jean-Yves Le Drian will visit Japan next "
	  "week, his office said.", "2022-05-10", "Le Drian", "JP",
	  "travel" },
	{ "British Foreign Secretary Dominic Raab hosted Indian External "
	  "Affairs Minister Subrahmanyam Jaishankar in London on Tuesday.",
	  "2022-05-10", "Jaishankar", "GB", "hosted" },
	{ "German Chancellor Olaf Scholz met Chinese President Xi Jinping in "
	  "Beijing on Friday.", "2022-05-10", "Scholz", "CN", "presence" },
	{ "Japanese Prime Minister Fumio Kishida cancelled a meeting in "
	  "Washington planned for Monday.", "2022-05-10", "Kishida", "US",
	  "meeting-called-off" },
	{ "NAIROBI, May 9 - Canadian Foreign Minister Melanie Joly arrived "
	  "here on Monday for two days of talks.", "2022-05-10", "Joly", "KE",
	  "travel-dateline" },
	{ "Spanish Prime Minister Pedro Sanchez met visiting Portuguese Prime "
	  "Minister Antonio Costa on Thursday.", "2022-05-10", "Costa", "ES",
	  "met-visiting" },
	{ "US Secretary of State Antony Blinken arrived in Iceland, where he "
	  "will hold talks with Russian Foreign Minister Sergei Lavrov.",
	  "2022-05-10", "Lavrov", "IS", "travel-partner" },
};

static struct kb *kb;

static void
setup(void)
{
	char *cause = NULL;

	ck_assert_int_eq(kb_load(&kb, &cause), 0);
}

static void
teardown(void)
{
	kb_free(kb);
	kb = NULL;
}

START_TEST(test_rule_names)
{
	const struct rule_row	*r = &rule_rows[_i];
	struct extract_input	 in = { .id = "t", .text = r->text,
	    .published = r->published };
	struct leg_list		 legs = { 0 };
	const struct leg	*hit = NULL;

	ck_assert_int_eq(extract_run(kb, &in, &legs), 0);
	for (size_t i = 0; i < legs.n; i++) {
		/* every leg has a name, whatever the row asserts */
		ck_assert_ptr_nonnull(legs.v[i].rule);
		if (strstr(legs.v[i].person, r->surname) != NULL &&
		    strcmp(legs.v[i].dest_country, r->dest) == 0)
			hit = &legs.v[i];
	}
	ck_assert_msg(hit != NULL, "row %d: no leg of %s to %s", _i,
	    r->surname, r->dest);
	ck_assert_str_eq(hit->rule, r->rule);
	extract_legs_free(&legs);
}
END_TEST

static const char rule_feed[] =
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>R</title>"
    "<item><guid>r1</guid><title>A visit</title>"
    "<link>http://rules.example/1</link><description>French Foreign "
    "Minister Jean-Yves Le Drian will visit Japan next week, his office "
    "said.</description><pubDate>Tue, 10 May 2022 10:00:00 GMT</pubDate>"
    "</item></channel></rss>\n";

/* The name goes into leg_sources.rule and comes back in the article. */
START_TEST(test_rule_stored)
{
	struct store		*s = NULL;
	struct query		*q = NULL;
	struct ingest_stats	 st;
	sqlite3_stmt		*ps;
	json_t			*a = NULL, *legs;
	char			*dir, *db, *feed, *cause = NULL;

	dir = tu_tmpdir();
	db = xasprintf("%s/db", dir);
	feed = xasprintf("%s/feed.xml", dir);
	ck_assert_msg(store_open(db, 0, &s, &cause) == 0, "%s", cause);
	ck_assert_int_eq(tu_write_file(feed, rule_feed), 0);
	memset(&st, 0, sizeof st);
	ck_assert_msg(ingest_import_path(s, kb, feed, &st, &cause) == 0, "%s",
	    cause);
	ck_assert_int_eq(st.new_articles, 1);

	ps = store_prepare(s, "SELECT rule, article_id FROM leg_sources");
	ck_assert_int_eq(sqlite3_step(ps), SQLITE_ROW);
	ck_assert_str_eq((const char *)sqlite3_column_text(ps, 0), "travel");
	ck_assert_int_eq(query_new(s, &q, &cause), 0);
	ck_assert_msg(query_article(q, sqlite3_column_int64(ps, 1), &a,
	    &cause) == 0, "%s", cause);
	ck_assert_int_eq(sqlite3_step(ps), SQLITE_DONE);
	sqlite3_finalize(ps);
	legs = json_object_get(a, "legs");
	ck_assert_int_eq(json_array_size(legs), 1);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(legs,
	    0), "rule")), "travel");

	json_decref(a);
	query_free(q);
	store_free(s);
	tu_rmtree(dir);
	free(feed);
	free(db);
	free(dir);
}
END_TEST

/* itinctl extract --json prints each leg's rule. */
START_TEST(test_rule_json)
{
	json_t		*j, *legs;
	json_error_t	 jerr;
	char		*dir, *path, *out = NULL;
	char		*argv[] = { (char *)tu_env("ITINCTL_BIN"), "extract",
	    "--published", "2022-05-10", "--json", NULL, NULL };

	dir = tu_tmpdir();
	path = xasprintf("%s/article.txt", dir);
	ck_assert_int_eq(tu_write_file(path, rule_rows[1].text), 0);
	argv[5] = path;
	ck_assert_int_eq(tu_run(argv, &out, NULL, 15000), 0);
	ck_assert_ptr_nonnull(out);
	j = json_loads(out, 0, &jerr);
	ck_assert_msg(j != NULL, "%s: %s", jerr.text, out);
	legs = json_object_get(j, "legs");
	ck_assert_int_eq(json_array_size(legs), 1);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(legs,
	    0), "rule")), rule_rows[1].rule);
	json_decref(j);
	free(out);
	tu_rmtree(dir);
	free(path);
	free(dir);
}
END_TEST

static Suite *
ex_rules_suite(void)
{
	Suite	*s = suite_create("ex_rules");
	TCase	*tc;

	tc = tcase_create("names");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_rule_names, 0,
	    (int)(sizeof rule_rows / sizeof rule_rows[0]));
	tcase_add_test(tc, test_rule_stored);
	tcase_add_test(tc, test_rule_json);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(ex_rules_suite());
}
