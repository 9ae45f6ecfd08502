/*
 * check_ex_legs: what ex_legs does to a rule's finding, with the
 * knowledge base's country facts: home ground (a territory of the
 * official's own state is no trip), codes of the article's date (UA in
 * 1987 is SU), the divided Germany.  A table of sentences written for
 * these tests, each with the legs expected as "SURNAME>CC" (in order,
 * space-separated; "" for none), run through extract_run.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "kb.h"
#include "testutil.h"
#include "xmalloc.h"

struct legs_row {
	const char	*text;
	const char	*published;
	const char	*expected;
};

static const struct legs_row legs_rows[] = {
	/* territories are home: Greenland for Denmark, Hong Kong for China,
	 * Puerto Rico for the United States */
	{ "Danish Foreign Minister Jeppe Kofod arrived in Greenland on "
	  "Monday.", "2021-05-20", "" },
	{ "Chinese Foreign Minister Wang Yi arrived in Hong Kong on Monday.",
	  "2021-05-20", "" },
	{ "US Secretary of State Antony Blinken arrived in Puerto Rico on "
	  "Monday. He will visit Mexico on Friday.", "2021-05-20",
	  "Blinken>MX" },
	/* the code of the time */
	{ "US Secretary of State George Shultz will visit Ukraine next "
	  "week.", "1987-03-11", "Shultz>SU" },
	{ "US Secretary of State Antony Blinken will visit Ukraine next "
	  "week.", "2021-05-20", "Blinken>UA" },
	{ "West German Foreign Minister Hans-Dietrich Genscher flew to East "
	  "Berlin on Monday for talks.", "1985-05-10", "Genscher>DD" },
	/* "the Gambia" is the country's name, not "the <country> trip" */
	{ "British Foreign Secretary Dominic Raab will visit the Gambia next "
	  "week.", "2021-05-20", "Raab>GM" },
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

START_TEST(test_legs)
{
	const struct legs_row	*r = &legs_rows[_i];
	struct extract_input	 in = { .id = "t", .text = r->text,
	    .published = r->published };
	struct leg_list		 legs = { 0 };
	struct buf		 b = { 0 };

	ck_assert_int_eq(extract_run(kb, &in, &legs), 0);
	buf_adds(&b, "");
	for (size_t i = 0; i < legs.n; i++) {
		const char *sp = strrchr(legs.v[i].person, ' ');

		buf_printf(&b, "%s%s>%s", i > 0 ? " " : "",
		    sp != NULL ? sp + 1 : legs.v[i].person,
		    legs.v[i].dest_country);
	}
	ck_assert_msg(strcmp(b.data, r->expected) == 0,
	    "row %d: \"%s\": got \"%s\", want \"%s\"", _i, r->text, b.data,
	    r->expected);
	buf_free(&b);
	extract_legs_free(&legs);
}
END_TEST

static Suite *
ex_legs_suite(void)
{
	Suite	*s = suite_create("ex_legs");
	TCase	*tc;

	tc = tcase_create("countries");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_legs, 0,
	    (int)(sizeof legs_rows / sizeof legs_rows[0]));
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(ex_legs_suite());
}
