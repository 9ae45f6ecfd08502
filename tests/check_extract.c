/*
 * check_extract: the extractor's behaviours, each a table of short
 * sentences written for these tests with the legs expected from them
 * (surname, destination, start date, status), run against the embedded
 * knowledge.  A row with dest NULL expects no leg at all.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "kb.h"
#include "testutil.h"

struct row {
	const char	*text;
	const char	*published;
	const char	*surname;	/* must occur in the leg's person */
	const char	*dest;		/* ISO code, NULL: no leg expected */
	const char	*start;		/* "" for unknown */
	const char	*status;	/* NULL: not checked */
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

static const struct leg *
find_leg(const struct leg_list *l, const char *surname, const char *dest)
{
	for (size_t i = 0; i < l->n; i++)
		if (strstr(l->v[i].person, surname) != NULL &&
		    strcmp(l->v[i].dest_country, dest) == 0)
			return &l->v[i];
	return NULL;
}

static void
run_rows(const struct row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct extract_input	 in = { 0 };
		struct leg_list		 legs = { 0 };
		const struct leg	*l;

		in.id = "t";
		in.text = rows[i].text;
		in.published = rows[i].published;
		ck_assert_int_eq(extract_run(kb, &in, &legs), 0);
		if (rows[i].dest == NULL) {
			ck_assert_msg(legs.n == 0, "row %zu: %zu legs, first "
			    "%s -> %s", i, legs.n, legs.n ? legs.v[0].person :
			    "", legs.n ? legs.v[0].dest_country : "");
			extract_legs_free(&legs);
			continue;
		}
		l = find_leg(&legs, rows[i].surname, rows[i].dest);
		ck_assert_msg(l != NULL, "row %zu: no leg %s -> %s (%zu legs)",
		    i, rows[i].surname, rows[i].dest, legs.n);
		ck_assert_msg(strcmp(l->start, rows[i].start) == 0,
		    "row %zu: start %s, want %s", i, l->start, rows[i].start);
		if (rows[i].status != NULL)
			ck_assert_msg(strcmp(extract_status_name(l->status),
			    rows[i].status) == 0, "row %zu: status %s, want %s",
			    i, extract_status_name(l->status), rows[i].status);
		extract_legs_free(&legs);
	}
}

#define RUN(rows)	run_rows(rows, sizeof rows / sizeof rows[0])

START_TEST(test_selftest)
{
	ck_assert_int_eq(extract_selftest(), 0);
}
END_TEST

START_TEST(test_invalid)
{
	struct extract_input	in = { 0 };
	struct leg_list		legs = { 0 };

	in.text = "Foreign Minister Ana Lopez will visit Peru.";
	in.published = "2023-02-30";
	ck_assert_int_eq(extract_run(kb, &in, &legs), -22);
	in.published = NULL;
	ck_assert_int_eq(extract_run(kb, &in, &legs), -22);
	ck_assert_uint_eq(legs.n, 0);
}
END_TEST

START_TEST(test_verbs)
{
	static const struct row rows[] = {
		{ "Chilean Foreign Minister Ana Lopez arrived in Lima on "
		  "Tuesday.", "2023-05-10", "Lopez", "PE", "2023-05-09",
		  "ongoing" },
		{ "French Defence Minister Paul Marceau will visit Egypt next "
		  "month.", "2023-05-10", "Marceau", "EG", "2023-06-01",
		  "planned" },
		{ "Kenyan President John Mwangi leaves for Tokyo tomorrow.",
		  "2023-05-10", "Mwangi", "JP", "2023-05-11", "planned" },
		{ "Swiss Economics Minister Hans Vogt flew to Brazil "
		  "yesterday.", "2023-05-10", "Vogt", "BR", "2023-05-09",
		  "completed" },
		{ "Dutch Prime Minister Karel de Wit is on a visit to Canada.",
		  "2023-05-10", "Wit", "CA", "", "ongoing" },
		{ "Indian Trade Minister Ravi Nair landed in Berlin today.",
		  "2023-05-10", "Nair", "DE", "2023-05-10", NULL },
		{ "Polish Foreign Minister Jan Kowal will travel to Rome on "
		  "March 15.", "2023-03-01", "Kowal", "IT", "2023-03-15",
		  "planned" },
	};
	RUN(rows);
}
END_TEST

START_TEST(test_possessive_noun)
{
	static const struct row rows[] = {
		{ "Greek Prime Minister Nikos Pappas's visit to Cairo last "
		  "week was a success.", "2023-05-10", "Pappas", "EG", "",
		  "completed" },
		{ "Officials prepared for next week's visit to Seoul by "
		  "Irish Foreign Minister Sean Byrne.", "2023-05-10", "Byrne",
		  "KR", "", "planned" },
	};
	RUN(rows);
}
END_TEST

START_TEST(test_status)
{
	static const struct row rows[] = {
		{ "Foreign Minister Taro Sato has cancelled a trip to Canada "
		  "tomorrow, officials said.", "2023-05-10", "Sato", "CA",
		  "2023-05-11", "cancelled" },
		{ "Austrian Chancellor Karl Huber postponed his visit to "
		  "Brazil.", "2023-05-10", "Huber", "BR", "", "cancelled" },
		{ "Thai Commerce Minister Somchai Dee returned from a visit "
		  "to China on Sunday.", "2023-05-10", "Dee", "CN", "2023-05-07",
		  "completed" },
	};
	RUN(rows);
}
END_TEST

START_TEST(test_not_travel)
{
	static const struct row rows[] = {
		/* phone and video */
		{ "Secretary of State Mary Cole spoke by phone with the "
		  "foreign minister of Chile.", "2023-05-10", NULL, NULL, "",
		  NULL },
		{ "Norwegian Foreign Minister Erik Lund held a virtual "
		  "meeting with officials in Tokyo.", "2023-05-10", NULL,
		  NULL, "", NULL },
		/* negation */
		{ "Belgian Prime Minister Luc Maes will not visit Russia.",
		  "2023-05-10", NULL, NULL, "", NULL },
		/* no labelled official */
		{ "A trade delegation will visit Japan next week.",
		  "2023-05-10", NULL, NULL, "", NULL },
		{ "Senator Tom Reed will travel to Japan next week.",
		  "2023-05-10", NULL, NULL, "", NULL },
		{ "Central bank governor Li Wei will visit Japan.",
		  "2023-05-10", NULL, NULL, "", NULL },
		/* domestic travel */
		{ "Japanese Prime Minister Ken Ono will visit Osaka.",
		  "2023-05-10", NULL, NULL, "", NULL },
		/* "continued" ties, talks in passing, a central banker */
		{ "Secretary of State Mary Cole stressed continued U.S.-Peru "
		  "ties with Peru.", "2023-05-10", NULL, NULL, "", NULL },
		{ "U.S. Agriculture Secretary Tom Lang will urge Japan to act "
		  "during GATT talks in Geneva.", "2023-05-10", NULL, NULL, "",
		  NULL },
		{ "Bundesbank Vice-President Karl Otto will visit Washington.",
		  "2023-05-10", NULL, NULL, "", NULL },
		{ "Labour opposition leader Neil Kerr made a trip to "
		  "Washington last week.", "2023-05-10", NULL, NULL, "",
		  NULL },
		/* a region is not a destination */
		{ "Italian Foreign Minister Marco Bassi will tour the Gulf.",
		  "2023-05-10", NULL, NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

START_TEST(test_dates)
{
	static const struct row rows[] = {
		{ "Spanish Foreign Minister Rosa Gil will visit Peru on "
		  "Friday.", "2023-05-10", "Gil", "PE", "2023-05-12", NULL },
		{ "Spanish Foreign Minister Rosa Gil visited Peru on "
		  "Monday.", "2023-05-10", "Gil", "PE", "2023-05-08", NULL },
		{ "Spanish Foreign Minister Rosa Gil will visit Peru April "
		  "3-5.", "2023-03-20", "Gil", "PE", "2023-04-03", NULL },
		{ "Spanish Foreign Minister Rosa Gil will visit Peru in "
		  "July.", "2023-05-10", "Gil", "PE", "2023-07-01", NULL },
		{ "Spanish Foreign Minister Rosa Gil will visit Peru later "
		  "this month.", "2023-05-10", "Gil", "PE", "2023-05-01",
		  NULL },
		{ "Spanish Foreign Minister Rosa Gil will visit Peru next "
		  "week.", "2023-05-10", "Gil", "PE", "", "planned" },
		{ "Spanish Foreign Minister Rosa Gil will be in Peru from "
		  "Monday to Wednesday.", "2023-05-10", "Gil", "PE",
		  "2023-05-15", "planned" },
		{ "Spanish Foreign Minister Rosa Gil will tour Peru, Chile "
		  "and Bolivia.", "2023-05-10", "Gil", "BO", "", "planned" },
		{ "Spanish Foreign Minister Rosa Gil is in Lima for talks.",
		  "2023-05-10", "Gil", "PE", "", "ongoing" },
		{ "Spanish Foreign Minister Rosa Gil will stop over in Dakar "
		  "on Friday.", "2023-05-10", "Gil", "SN", "2023-05-12",
		  "planned" },
		/* year rollover */
		{ "Spanish Foreign Minister Rosa Gil will visit Peru on "
		  "January 4.", "2023-12-28", "Gil", "PE", "2024-01-04",
		  NULL },
		/* the date of the saying is not the trip's */
		{ "CARACAS, April 27 - Finance Minister Luis Mora said today "
		  "he will travel to Japan in mid-May.", "2023-04-27", "Mora",
		  "JP", "2023-05-01", "planned" },
		/* a date in another clause is not the trip's */
		{ "Undersecretary of State Tim Dorn will visit Tokyo since "
		  "President Hale announced tariffs on April 17.",
		  "2023-03-31", "Dorn", "JP", "", "planned" },
		/* a dated trip noun dates the undated leg */
		{ "Undersecretary of State Tim Dorn will visit Tokyo next "
		  "week. A spokeswoman said the trip is set for April 6 to 8.",
		  "2023-03-31", "Dorn", "JP", "2023-04-06", "planned" },
		/* arriving at the dateline place, no date: today */
		{ "LIMA, May 11 - Spanish Foreign Minister Rosa Gil said on "
		  "arriving here that talks would go well.", "2023-05-10",
		  "Gil", "PE", "2023-05-11", "ongoing" },
		/* the dateline's local date is the reference */
		{ "MADRID, May 11 - Foreign Minister Rosa Gil leaves for "
		  "Lima today.", "2023-05-10", "Gil", "PE", "2023-05-11",
		  NULL },
	};
	RUN(rows);
}
END_TEST

START_TEST(test_coreference)
{
	static const struct row rows[] = {
		{ "Estonian Foreign Minister Kai Tamm met reporters. Tamm "
		  "will visit Ghana.", "2023-05-10", "Tamm", "GH", "", NULL },
		{ "Estonian Foreign Minister Kai Tamm met reporters. She "
		  "will visit Ghana on Friday.", "2023-05-10", "Tamm", "GH",
		  "2023-05-12", NULL },
		{ "Estonian Foreign Minister Kai Tamm and Latvian Foreign "
		  "Minister Juris Ozols met. They will both travel to Ghana.",
		  "2023-05-10", "Ozols", "GH", "", NULL },
		{ "U.S. Commerce Secretary Mark Dale spoke. The Commerce "
		  "Secretary will visit Peru.", "2023-05-10", "Dale", "PE",
		  "", NULL },
		/* "the Commerce Secretary" is not the Treasury one */
		{ "U.S. Commerce Secretary Mark Dale spoke. Treasury "
		  "Secretary Jim Bell agreed. The Commerce Secretary will "
		  "visit Peru.", "2023-05-10", "Dale", "PE", "", NULL },
		/* an unnamed title, then the name opening the next sentence */
		{ "Australia's Minister for Trade Negotiations is hopeful. "
		  "Michael Dunn said talks went well. Dunn leaves for "
		  "Indonesia on Friday.", "2023-05-10", "Dunn", "ID",
		  "2023-05-12", "planned" },
		/* meeting in a datelined report: at the dateline place */
		{ "WASHINGTON, Oct 19 - Saudi Arabia's Crown Prince Faisal bin "
		  "Salem met Vice President Tom Hale on Monday.", "2023-10-19",
		  "Faisal", "US", "2023-10-16", "ongoing" },
		{ "WASHINGTON, Oct 19 - Saudi Arabia's Crown Prince Faisal "
		  "bin Salem, who is here on an official visit, spoke to "
		  "reporters.", "2023-10-19", "Faisal", "US", "", "ongoing" },
		/* "returned from X": was in X */
		{ "Japanese special envoy Ken Abe, who has just returned from "
		  "Washington, briefed the cabinet.", "2023-10-19", "Abe", "US",
		  "", "completed" },
		/* "his trip" is the sentence subject's */
		{ "Labour leader Tom Kerr visited Tokyo. British Trade "
		  "Minister Ann Howe said her trip to Seoul went well.",
		  "2023-05-10", "Howe", "KR", "", NULL },
		/* a bracketed acronym between title and name */
		{ "Special Envoy for the Horn of Africa (SEHOA) Mike Hammond "
		  "will travel to Egypt.", "2023-05-10", "Hammond", "EG", "",
		  "planned" },
	};
	RUN(rows);
}
END_TEST

START_TEST(test_officials)
{
	static const struct row rows[] = {
		/* a role phrase resolved to the holder on the date */
		{ "The Pentagon chief will visit Japan next week.",
		  "2021-06-01", "Austin", "JP", "", "planned" },
		/* the table's canonical name for a written variant */
		{ "Secretary of State Antony J. Blinken will travel to Peru.",
		  "2022-05-01", "Antony Blinken", "PE", "", "planned" },
		/* a surname alone, after the full name */
		{ "Pentagon chief Lloyd Austin spoke. Austin will fly to "
		  "Seoul on Friday.", "2021-03-16", "Austin", "KR",
		  "2021-03-19", "planned" },
		/* "Austin" the city is not a person without context */
		{ "Foreign Minister Ana Lopez of Chile will visit Austin, "
		  "Texas.", "2021-03-16", "Lopez", "US", "", "planned" },
	};
	RUN(rows);
}
END_TEST

START_TEST(test_hosted)
{
	static const struct row rows[] = {
		/* the visitor travels, the host does not */
		{ "Secretary of State Mary Cole met today with Moldovan "
		  "Prime Minister Ion Rusu in Washington.", "2023-05-10",
		  "Rusu", "US", "2023-05-10", "ongoing" },
		{ "Peruvian Foreign Minister Luis Paz was received by "
		  "Chilean President Rosa Vidal in Santiago yesterday.",
		  "2023-05-10", "Paz", "CL", "2023-05-09", NULL },
		{ "Chilean President Rosa Vidal hosted Peruvian Foreign "
		  "Minister Luis Paz in Santiago on Monday.", "2023-05-10",
		  "Paz", "CL", "2023-05-08", NULL },
	};
	RUN(rows);
}
END_TEST

START_TEST(test_multileg)
{
	static const struct row rows[] = {
		{ "Secretary of State Mary Cole will travel to Kenya, "
		  "Ghana and Senegal June 3-9.", "2023-05-10", "Cole", "KE",
		  "2023-06-03", "planned" },
		{ "Secretary of State Mary Cole will travel to Kenya, "
		  "Ghana and Senegal June 3-9.", "2023-05-10", "Cole", "GH",
		  "", "planned" },
		{ "Secretary of State Mary Cole will travel to Kenya, "
		  "Ghana and Senegal June 3-9.", "2023-05-10", "Cole", "SN",
		  "2023-06-09", "planned" },
		{ "Secretary of State Mary Cole arrived in Oslo from Helsinki "
		  "today.", "2023-05-10", "Cole", "FI", "", "completed" },
		{ "Secretary of State Mary Cole will be in Manila on June 3, "
		  "then continue on to Hanoi.", "2023-05-10", "Cole", "VN",
		  "", NULL },
		/* a time after a second trigger is that trigger's */
		{ "Trade Minister Lars Berg is on a visit to Malaysia and "
		  "leaves for Indonesia on Friday.", "2023-05-10", "Berg",
		  "MY", "", "ongoing" },
		{ "Trade Minister Lars Berg is on a visit to Malaysia and "
		  "leaves for Indonesia on Friday.", "2023-05-10", "Berg",
		  "ID", "2023-05-12", "planned" },
		/* "is in X after stops in Y" */
		{ "The Commerce Secretary Mark Dale is in Manila after stops "
		  "in Hanoi and Seoul.", "2023-05-10", "Dale", "KR", "",
		  "completed" },
		{ "The Commerce Secretary Mark Dale is in Manila after stops "
		  "in Hanoi and Seoul.", "2023-05-10", "Dale", "PH", "",
		  "ongoing" },
		/* accompanying: both travel */
		{ "Secretary of State Mary Cole will accompany President Tom "
		  "Hale to Kenya on June 3.", "2023-05-10", "Hale", "KE",
		  "2023-06-03", "planned" },
		{ "Secretary of State Mary Cole will accompany President Tom "
		  "Hale to Kenya on June 3.", "2023-05-10", "Cole", "KE",
		  "2023-06-03", "planned" },
	};
	RUN(rows);
}
END_TEST

START_TEST(test_evidence)
{
	struct extract_input	 in = { 0 };
	struct leg_list		 legs = { 0 };
	const char		*text = "Noise here. Ségolène’s note.\n\n"
	    "Chilean Foreign Minister Ana Lopez arrived in Lima today.";

	in.id = "e";
	in.text = text;
	in.published = "2023-05-10";
	ck_assert_int_eq(extract_run(kb, &in, &legs), 0);
	ck_assert_uint_eq(legs.n, 1);
	/* offsets count characters: "é" and "’" are one each */
	ck_assert_uint_eq(legs.v[0].ev_start, 30);
	ck_assert_str_eq(legs.v[0].evidence, "Chilean Foreign Minister Ana "
	    "Lopez arrived in Lima today.");
	ck_assert_uint_eq(legs.v[0].ev_end - legs.v[0].ev_start,
	    strlen(legs.v[0].evidence));
	ck_assert_str_eq(legs.v[0].dest_city, "Lima");
	ck_assert_str_eq(legs.v[0].official_country, "CL");
	ck_assert(legs.v[0].confidence > 0 && legs.v[0].confidence <= 1);
	ck_assert(legs.v[0].has_coords);
	extract_legs_free(&legs);
}
END_TEST

static Suite *
extract_suite(void)
{
	Suite	*s = suite_create("extract");
	struct {
		const char	*name;
		const TTest	*test;
	} tcs[] = {
		{ "selftest", test_selftest },
		{ "invalid", test_invalid },
		{ "verbs", test_verbs },
		{ "possessive_noun", test_possessive_noun },
		{ "status", test_status },
		{ "not_travel", test_not_travel },
		{ "dates", test_dates },
		{ "coreference", test_coreference },
		{ "officials", test_officials },
		{ "hosted", test_hosted },
		{ "multileg", test_multileg },
		{ "evidence", test_evidence },
	};

	for (size_t i = 0; i < sizeof tcs / sizeof tcs[0]; i++) {
		TCase *tc = tcase_create(tcs[i].name);

		tcase_add_checked_fixture(tc, setup, teardown);
		tcase_add_test(tc, tcs[i].test);
		suite_add_tcase(s, tc);
	}
	return s;
}

int
main(void)
{
	SRunner	*sr = srunner_create(extract_suite());
	int	 failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
