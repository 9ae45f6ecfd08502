/*
 * check_gen_domestic: domestic legs (a trip inside the official's own
 * country is a leg with domestic set) and the stays at home that are no
 * legs.  Each row is a sentence written for these tests with every leg
 * expected from it, run against the embedded knowledge (loaded once, in
 * main).
 *
 * A row's legs are spec strings, one a leg, in any order:
 *	"PERSON > CC[ CITY] START..END PRECISION STATUS[ domestic]"
 * as in check_extract.c, with " domestic" at the end of a domestic leg.
 * The extractor must give exactly those legs; a row with none expects none.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "kb.h"
#include "testutil.h"


static const struct kb *kb;

static const struct tu_leg_row rows[] = {
	/* a place below the country: a state, a province, a city */
	{ "President Joe Biden will travel to Ohio on Thursday to visit a "
	    "new chip factory.", "2022-05-02",
	    { "Joe Biden > US Ohio 2022-05-05..- day planned domestic" } },
	{ "Prime Minister Boris Johnson visited Leeds on Monday, where he "
	    "met apprentices at a college.", "2022-05-02",
	    { "Boris Johnson > GB Leeds 2022-05-02..- day completed "
	    "domestic" } },
	{ "Prime Minister Narendra Modi will visit Kerala on Saturday to "
	    "review flood relief.", "2022-05-02",
	    { "Narendra Modi > IN Kerala 2022-05-07..- day planned "
	    "domestic" } },
	{ "President Joe Biden flew to Houston on Monday to speak to oil "
	    "workers.", "2022-05-04",
	    { "Joe Biden > US Houston 2022-05-02..- day completed "
	    "domestic" } },
	/* a person named after the traveller is no visitor ("the UN
	 * General Assembly" is read as a name) */
	{ "Secretary of State Antony Blinken will travel to New York next "
	    "week for the UN General Assembly.", "2022-05-02",
	    { "Antony Blinken > US New York City -..- unknown planned "
	    "domestic" } },
	/* a home stop and a foreign one: both legs, in order */
	{ "Secretary of State Antony Blinken will travel to Chicago on May 3 "
	    "and then to Mexico City on May 5.", "2022-05-02",
	    { "Antony Blinken > US Chicago 2022-05-03..- day planned "
	    "domestic",
	    "Antony Blinken > MX Mexico City 2022-05-05..- day planned" } },
	/* the origin of a flight abroad is no domestic leg */
	{ "Secretary of State Antony Blinken flew from Chicago to Tokyo on "
	    "Tuesday.", "2022-05-02",
	    { "Antony Blinken > JP Tokyo 2022-04-26..- day completed" } },
	/* the seat of government is home: returning, being back, a
	 * dateline there, reporting there */
	{ "President Joe Biden arrived back in Washington on Sunday.",
	    "2022-05-02", { NULL } },
	{ "President Joe Biden will fly back to Washington on Sunday.",
	    "2022-05-02", { NULL } },
	{ "WASHINGTON (Reuters) - Secretary of State Antony Blinken said on "
	    "Tuesday that talks would resume.", "2022-05-02", { NULL } },
	{ "Foreign Minister Sergei Lavrov will travel to Moscow on Monday "
	    "to brief the president.", "2022-05-02", { NULL } },
	/* a host at home is no traveller; the visitor is */
	{ "President Joe Biden hosted Japanese Prime Minister Fumio Kishida "
	    "in Chicago on Friday.", "2022-05-02",
	    { "Fumio Kishida > US Chicago 2022-04-29..- day completed" } },
	/* a trip by someone else of another country is not the host's */
	{ "Secretary of State Antony Blinken said Japanese Prime Minister "
	    "Fumio Kishida would travel to Boston on Friday.", "2022-05-02",
	    { "Fumio Kishida > US Boston 2022-05-06..- day planned" } },
	{ "Prime Minister Boris Johnson visited a hospital in London on "
	    "Monday.", "2022-05-02", { NULL } },
	{ "President Joe Biden spent the weekend at his home in Delaware.",
	    "2022-05-02", { NULL } },
	{ "President Joe Biden flew back to Wilmington on Friday.",
	    "2022-05-02", { NULL } },
	/* past trips at home recalled without a date */
	{ "As a senator, Joe Biden once went to Iowa three times in a "
	    "month.", "2022-05-02", { NULL } },
	/* a country-level mention at home is no place below the country */
	{ "President Joe Biden will travel across the United States next "
	    "week.", "2022-05-02", { NULL } },
};

START_TEST(test_rows)
{
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char where[32];

		snprintf(where, sizeof where, "row %zu", i);
		tu_check_legs(kb, where, rows[i].text, NULL, rows[i].published,
		    rows[i].legs, TU_SPEC_DOMESTIC);
	}
}
END_TEST

/* Subdivisions are in the embedded gazetteer, and the capital is not a
 * place below the country in their sense. */
START_TEST(test_subdivisions)
{
	static const char *const names[][2] = {
		{ "ohio", "US" }, { "kerala", "IN" }, { "alberta", "CA" },
		{ "new south wales", "AU" }, { "sichuan", "CN" },
		{ "lower saxony", "DE" },
	};

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		const struct kb_ref	*refs;
		size_t			 n = kb_lookup(kb, names[i][0],
		    strlen(names[i][0]), &refs);
		int			 found = 0;

		for (size_t k = 0; k < n; k++) {
			const struct kb_place *p;

			if (refs[k].kind != KB_REF_PLACE)
				continue;
			p = kb_place_at(kb, refs[k].idx);
			if (p->kind == KB_PLACE_REGION &&
			    strcmp(p->country, names[i][1]) == 0 &&
			    (p->lat != 0 || p->lon != 0))
				found = 1;
		}
		ck_assert_msg(found, "no subdivision %s/%s", names[i][0],
		    names[i][1]);
	}
}
END_TEST

static Suite *
gen_domestic_suite(void)
{
	Suite	*s = suite_create("gen_domestic");
	TCase	*tc = tcase_create("domestic");

	tcase_add_test(tc, test_rows);
	tcase_add_test(tc, test_subdivisions);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	int	 rc;

	kb = tu_kb();
	rc = tu_run_suite(gen_domestic_suite());
	return rc;
}
