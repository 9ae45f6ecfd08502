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

/* The leg of surname to dest with that start, else the first one. */
static const struct leg *
find_leg_on(const struct leg_list *l, const char *surname, const char *dest,
    const char *start)
{
	for (size_t i = 0; i < l->n; i++)
		if (strstr(l->v[i].person, surname) != NULL &&
		    strcmp(l->v[i].dest_country, dest) == 0 &&
		    strcmp(l->v[i].start, start) == 0)
			return &l->v[i];
	return find_leg(l, surname, dest);
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
		if (rows[i].dest != NULL && rows[i].dest[0] == '!') {
			/* "!US": no leg of that person to that country */
			l = find_leg(&legs, rows[i].surname, rows[i].dest + 1);
			ck_assert_msg(l == NULL, "row %zu: unwanted leg %s -> "
			    "%s", i, l ? l->person : "", rows[i].dest + 1);
			extract_legs_free(&legs);
			continue;
		}
		if (rows[i].dest == NULL) {
			ck_assert_msg(legs.n == 0, "row %zu: %zu legs, first "
			    "%s -> %s", i, legs.n, legs.n ? legs.v[0].person :
			    "", legs.n ? legs.v[0].dest_country : "");
			extract_legs_free(&legs);
			continue;
		}
		l = find_leg_on(&legs, rows[i].surname, rows[i].dest,
		    rows[i].start);
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

/* Names as the international press writes them. */
START_TEST(test_names)
{
	static const struct row rows[] = {
		/* a final apostrophe inside a name */
		{ "Iraqi Prime Minister Hamid Sami' Al-Karimi arrived in Oslo "
		  "on Monday.", "2024-06-18", "Sami' Al-Karimi", "NO",
		  "2024-06-17", "ongoing" },
		/* "PM" as a title; "p.m." is a time */
		{ "Pakistani PM Imran Qadir will visit Nepal on March 5.",
		  "2018-03-02", "Qadir", "NP", "2018-03-05", "planned" },
		{ "Talks end at 1 p.m. Monday, when Chilean Foreign Minister "
		  "Ana Ruiz will fly to Lima.", "2018-03-02", "Ruiz", "PE",
		  "2018-03-05", "planned" },
		/* honorifics before a name */
		{ "Qatari Foreign Minister Sheikh Ali Nasser will visit Oslo "
		  "tomorrow.", "2019-04-02", "Ali Nasser", "NO", "2019-04-03",
		  "planned" },
		{ "British Trade Minister Lord Hale will travel to Nepal on "
		  "Friday.", "2019-04-02", "Hale", "NP",
		  "2019-04-05", "planned" },
		/* a minister who holds a military rank is a minister */
		{ "Afghan Defense Minister General Ali Khan Ahmadi arrived in "
		  "Pakistan on Sunday.", "2013-01-28", "Ahmadi", "PK",
		  "2013-01-27", "ongoing" },
		/* the name in apposition after the title */
		{ "British Minister for Asia, Lord Hale of Didcot, visited "
		  "Nepal last month.", "2013-01-28", "Hale", "NP",
		  "2012-12-01", "completed" },
		/* "the defense minister" is the "Defence Minister" met */
		{ "Visiting Afghan Defence Minister Ali Ahmadi on Monday held "
		  "talks with the army chief. The Afghan defense minister "
		  "arrived in Pakistan on Sunday for talks.", "2013-01-28",
		  "Ahmadi", "PK", "2013-01-27", "ongoing" },
		/* "HE" (His Excellency) before a name; the title after it */
		{ "HE Sheikh Omar bin Said, the Omani foreign minister, is due "
		  "in Paris next Tuesday.", "2023-03-02", "Omar bin Said", "FR",
		  "2023-03-07", "planned" },
		{ "Saudi Foreign Minister Prince Ali bin Nasser arrived in "
		  "Cairo on Saturday. HE Sheikh Omar bin Said, the Omani "
		  "foreign minister, is due in Paris next Tuesday.",
		  "2023-03-02", "Ali bin Nasser", "!FR", "", NULL },
		/* a title whose complement has words the lexicon lacks */
		{ "Assistant Secretary for East Asian and Pacific Affairs "
		  "Daniel Roe is traveling to Seoul, Republic of Korea, "
		  "September 26-30.", "2022-09-25", "Roe", "KR", "2022-09-26",
		  NULL },
		{ "Ambassador to Japan Ruth Cole will travel to Seoul on "
		  "Monday.", "2022-09-25", "Cole", "KR", "2022-09-26", NULL },
		/* hyphenated titles; "He" as the last part of a name */
		{ "Kenyan Vice-President Ruth Otieno will visit Ghana on "
		  "Sunday. Chinese Vice-Premier Liu He arrived in Davos on "
		  "Tuesday.", "2023-03-23", "Liu He", "CH", "2023-03-21",
		  "ongoing" },
		{ "Kenyan Vice-President Ruth Otieno will visit Ghana on "
		  "Sunday. Chinese Vice-Premier Liu He arrived in Davos on "
		  "Tuesday.", "2023-03-23", "Otieno", "!CH", "", NULL },
		{ "US Ambassador-at-Large Ruth Cole traveled to Jakarta on "
		  "Monday.", "2023-03-23", "Cole", "ID", "2023-03-20",
		  "completed" },
		/* initials */
		{ "External Affairs Minister S. Rao will travel to Chile on "
		  "Monday.", "2024-06-12", "Rao", "CL", "2024-06-17",
		  "planned" },
		{ "Foreign Minister G L Perera visited Nepal in February 2022.",
		  "2022-03-26", "Perera", "NP", "2022-02-01", "completed" },
	};
	RUN(rows);
}
END_TEST

/* The official's own country is never a destination: known from the
 * office-holder table, the dateline, a role phrase with a country. */
START_TEST(test_home_country)
{
	static const struct row rows[] = {
		/* surname of an office holder in office on that date */
		{ "President Obama will travel to Chicago and then to Mexico "
		  "next week.", "2010-05-03", "Obama", "!US", "", NULL },
		{ "President Obama will travel to Chicago and then to Mexico "
		  "next week.", "2010-05-03", "Obama", "MX", "", "planned" },
		/* a dateline in braces or with a colon */
		{ "WASHINGTON {AP} President Ella Stone left Friday on a trip "
		  "to Boston and Nigeria.", "2000-08-26", "Stone", "!US", "",
		  NULL },
		{ "WASHINGTON {AP} President Ella Stone left Friday on a trip "
		  "to Boston and Nigeria.", "2000-08-26", "Stone", "NG",
		  "2000-08-25", NULL },
		{ "NAIROBI (Xinhua): Japanese Trade Minister Ken Sato arrived "
		  "here on Sunday.", "2018-08-20", "Sato", "KE", "2018-08-19",
		  "ongoing" },
		/* "Australia's top diplomat" is the holder of that office */
		{ "Australian Foreign Minister Penny Wong will visit Fiji and "
		  "Samoa. On Wednesday, Australia's top diplomat will travel "
		  "to Samoa.", "2022-08-29", "Wong", "WS", "2022-08-31",
		  "planned" },
		/* someone named after the place, on whose behalf the visitor
		 * came, did not travel */
		{ "Secretary of State Antony Blinken met today with the Prime "
		  "Minister in Tokyo on behalf of President Biden.",
		  "2022-07-11", "Biden", "!JP", "", NULL },
	};
	RUN(rows);
}
END_TEST

/* Places that follow a trigger but are not where anyone goes. */
START_TEST(test_not_destination)
{
	static const struct row rows[] = {
		/* "Democratic People's Republic of Korea" is one name */
		{ "Chilean President Anna Berg will pay a state visit to the "
		  "Democratic People's Republic of Korea on June 18-19.",
		  "2024-06-10", "Berg", "KP", "2024-06-18", "planned" },
		{ "Chilean President Anna Berg will pay a state visit to the "
		  "Democratic People's Republic of Korea on June 18-19.",
		  "2024-06-10", "Berg", "!KR", "", NULL },
		/* a country as a modifier: "the new Brazil partnership" */
		{ "Chilean President Ella Stone will travel to Peru next week. "
		  "During the trip, she will praise the new Brazil "
		  "partnership.",
		  "2021-05-03", "Stone", "!BR", "", NULL },
		/* "travel" as a mass noun is nobody's trip */
		{ "Japanese Tourism Minister Ken Sato said visa-free travel to "
		  "China would boost trade.", "2023-04-10", "Sato", NULL, "",
		  NULL },
		/* travel from a place, to nowhere named */
		{ "British Prime Minister Tom Hale welcomed the decision to "
		  "lift restrictions on travel from China.", "2023-06-10",
		  "Hale", NULL, "", NULL },
		/* same-name cities: the one in the country named before */
		{ "Venezuela expects Spanish Trade Minister Ana Costa in "
		  "Caracas on Monday. Costa will then fly to Valencia.",
		  "2023-06-10", "Costa", "!ES", "", NULL },
		{ "Spain expects Peruvian Trade Minister Ana Costa in Madrid on "
		  "Monday. Costa will then fly to Valencia.", "2023-06-10",
		  "Costa", "ES", "", NULL },
		{ "Venezuela expects Spanish Trade Minister Ana Costa in "
		  "Caracas on Monday. Costa will then fly to Valencia.",
		  "2023-06-10", "Costa", "VE", "", NULL },
		/* place names inside a proper name */
		{ "Irish Trade Minister Sean Byrne made the trip weeks after "
		  "the signing of the Chile Peru Trade Agreement.",
		  "2020-02-13", "Byrne", "!PE", "", NULL },
		/* "the head of state" is no travel verb */
		{ "Peruvian President Ella Stone will visit Chile next week. "
		  "Stone is also the head of a party in Bolivia.", "2021-05-03",
		  "Stone", "!BO", "", NULL },
		/* another person's clause after the trip noun */
		{ "Kenyan Foreign Minister Tom Hale will visit Peru. The "
		  "announcement of the minister's visit comes days after "
		  "Premier Ana Berg urged Chile and Japan to help.",
		  "2021-05-03", "Hale", "!CL", "", NULL },
		{ "Kenyan Foreign Minister Tom Hale will visit Peru. The "
		  "announcement of the minister's visit comes days after "
		  "leaders urged Chile and Japan to help.",
		  "2021-05-03", "Hale", "!JP", "", NULL },
	};
	RUN(rows);
}
END_TEST

/* Who and where across sentences. */
START_TEST(test_context)
{
	static const struct row rows[] = {
		/* "his" after a passive agent; "the country" named before */
		{ "Kenyan Foreign Minister Tom Hale will visit Peru next week. "
		  "He will review plans made by Prime Minister Raj Patel of "
		  "India during his visit to the country in September last "
		  "year.", "2018-05-03", "Patel", "PE", "2017-09-01",
		  "completed" },
		{ "Kenyan Foreign Minister Tom Hale will visit Peru next week. "
		  "He will review plans made by Prime Minister Raj Patel of "
		  "India during his visit to the country in September last "
		  "year.", "2018-05-03", "Hale", "PE", "", "planned" },
		/* "his Bangladeshi counterpart X": a visitor of that rank */
		{ "Prime Minister Raj Patel hosted his Kenyan counterpart Ruth "
		  "Otieno in New Delhi on Friday.", "2023-02-03", "Otieno",
		  "IN", "2023-02-03", NULL },
		{ "Prime Minister Raj Patel hosted his Kenyan counterpart Ruth "
		  "Otieno in New Delhi on Friday.", "2023-02-03", "Patel",
		  "!IN", "", NULL },
		/* a trip noun in a future clause is planned, even after
		 * "after" */
		{ "Chilean President Ella Stone will depart the capital "
		  "immediately after her statement for a week-long trip to "
		  "Asia that will include stops in Japan and Vietnam.",
		  "2009-11-12", "Stone", "JP", "", "planned" },
		/* a future hosted visit "at the White House" */
		{ "President Biden will host Indian Prime Minister Raj Patel "
		  "at the White House on June 22.", "2023-06-10", "Patel", "US",
		  "2023-06-22", "planned" },
		/* "said on Tuesday" dates the saying, not the trip */
		{ "Brazilian Foreign Minister Ana Costa said on Tuesday she "
		  "hoped to visit Russia soon.", "2023-06-10", "Costa", "RU",
		  "", NULL },
		/* "his" of a title that names no one known */
		{ "Soviet Foreign Minister Ivan Petrov left for Indonesia on "
		  "Monday. The Prime Minister postponed his trip to India.",
		  "1987-03-10", "Petrov", "!IN", "", NULL },
		/* a foreign official met abroad is a visitor there */
		{ "Commerce Secretary Gina Raimondo met Chinese Commerce "
		  "Minister Wang Tao in Washington last week.", "2023-05-03",
		  "Wang Tao", "US", "", "completed" },
		{ "Secretary of State Jane Roe met Japanese Foreign Minister "
		  "Ken Sato in Tokyo on Monday.", "2023-05-03", "Sato", "!JP",
		  "", NULL },
		{ "Secretary of State Jane Roe met Japanese Foreign Minister "
		  "Ken Sato in Tokyo on Monday.", "2023-05-03", "Roe", "JP",
		  "2023-05-01", NULL },
		/* an opening phrase names the place of the meeting */
		{ "On the sidelines of the summit in Bali, Chinese President "
		  "Wu Lei met Australian Prime Minister Tom Hale.",
		  "2022-11-15", "Hale", "ID", "", NULL },
		{ "On the sidelines of the summit in Bali, Chinese President "
		  "Wu Lei met Australian Prime Minister Tom Hale.",
		  "2022-11-15", "Wu Lei", "ID", "", NULL },
		/* "a Ukrainian minister" is not the Indian minister met */
		{ "Indian Prime Minister Raj Patel arrived in Paris on Friday. "
		  "It was the first visit by a Ukrainian minister to China in "
		  "years.", "2023-05-15", "Patel", "!CN", "", NULL },
		/* a meeting abroad that is negated */
		{ "Chinese Premier Wu Lei will not attend the summit in New "
		  "Delhi, officials said.", "2023-09-04", "Wu Lei", NULL, "",
		  NULL },
		/* "In X, Y will participate in ...": presence */
		{ "Secretary of State Jane Roe will visit Chile and Laos. In "
		  "Laos, Secretary Roe will participate in a regional meeting "
		  "on November 21.", "2024-11-12", "Roe", "LA", "2024-11-21",
		  "planned" },
		/* "this afternoon" is the published day */
		{ "Iraqi Prime Minister Hamid Karimi met the Prime Minister in "
		  "London this afternoon.", "2025-01-14", "Karimi", "GB",
		  "2025-01-14", NULL },
		/* the time nearest before the trigger */
		{ "Indian Prime Minister Raj Patel left for Brazil on Tuesday. "
		  "The visit will begin on June 21 and end on June 24, after "
		  "which the prime minister will leave for Egypt.",
		  "2023-06-20", "Patel", "EG", "2023-06-24", "planned" },
		/* an arrival date before the country is named */
		{ "Pakistani Prime Minister Imran Qadir is arriving on March 5 "
		  "for a two-day state visit. Qadir will be the first leader "
		  "to visit Nepal this year.", "2018-03-02", "Qadir", "NP",
		  "2018-03-05", NULL },
		/* "visits to X by Y in December": Y's time */
		{ "The trip follows the visits to Peru by Minister of Finance "
		  "of Chile Ana Ruiz in December 2021.", "2022-03-26", "Ruiz",
		  "PE", "2021-12-01", "completed" },
		/* "Prime Minister X of Iraq" serves Iraq: Baghdad is home */
		{ "Prime Minister Hamid Karimi of Iraq will travel to Basra "
		  "and Oslo next week.", "2025-01-14", "Karimi", "!IQ", "",
		  NULL },
		/* a weekday's tense is its own clause's */
		{ "Chilean President Ella Stone flew out after aides said she "
		  "is adding a Monday stop in Cairo.", "2000-08-26", "Stone",
		  "EG", "2000-08-28", NULL },
		/* a future month earlier in the year than the published one
		 * is next year's */
		{ "German Chancellor Karl Weber will visit Beijing on November "
		  "4.", "2023-03-02", "Weber", "CN", "2023-11-04", "planned" },
		{ "German Chancellor Karl Weber visited Beijing on November 4.",
		  "2023-03-02", "Weber", "CN", "2022-11-04", "completed" },
		/* meeting a foreign leader on a trip: "continued support" is
		 * no travel word */
		{ "Irish Trade Minister Sean Byrne leaves on Saturday on a "
		  "trip to China. Officials said Byrne will meet Philippine "
		  "President Rosa Cruz on April 28 to show continued support.",
		  "1987-04-17", "Byrne", "PH", "1987-04-28", "planned" },
		/* a range for the whole tour dates its first stop */
		{ "Swedish envoy Lars Berg first travelled to Ghana, after "
		  "which he went to Togo. He was asked to visit the region "
		  "from 8 to 10 October.", "2001-10-09", "Berg", "GH",
		  "2001-10-08", NULL },
	};
	RUN(rows);
}
END_TEST

/* A dated destination in the headline dates the body's undated leg. */
START_TEST(test_title_dates)
{
	static const struct {
		const char	*title, *text, *published, *dest, *start;
	} rows[] = {
		{ "Minister to Pay Two-day Visit to Peru from May 10",
		  "Kenyan Foreign Minister Tom Hale will visit Peru next week, "
		  "officials said.", "2018-05-03", "PE", "2018-05-10" },
		{ "PRESIDENT TO VISIT PERU APRIL 21",
		  "Kenyan President Tom Hale will visit Peru, officials said.",
		  "1987-04-10", "PE", "1987-04-21" },
		/* another country's date is not this leg's */
		{ "Minister to visit Chile from May 10",
		  "Kenyan Foreign Minister Tom Hale will visit Peru next week.",
		  "2018-05-03", "PE", "" },
		/* a completed trip keeps its own (unknown) date */
		{ "Minister to visit Peru again from May 10",
		  "Kenyan Foreign Minister Tom Hale visited Peru, officials "
		  "said.", "2018-05-03", "PE", "" },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct extract_input	 in = { 0 };
		struct leg_list		 legs = { 0 };
		const struct leg	*l;

		in.id = "t";
		in.title = rows[i].title;
		in.text = rows[i].text;
		in.published = rows[i].published;
		ck_assert_int_eq(extract_run(kb, &in, &legs), 0);
		l = find_leg(&legs, "Hale", rows[i].dest);
		ck_assert_msg(l != NULL, "row %zu: no leg", i);
		ck_assert_msg(strcmp(l->start, rows[i].start) == 0,
		    "row %zu: start %s, want %s", i, l->start, rows[i].start);
		extract_legs_free(&legs);
	}
}
END_TEST

/* Dates of tours and passing mentions. */
START_TEST(test_tour_dates)
{
	static const struct row rows[] = {
		/* day-month order, ranges */
		{ "Swedish envoy Lars Berg will visit Ghana from 8 to 10 "
		  "October.", "2001-10-01", "Berg", "GH", "2001-10-08",
		  "planned" },
		{ "Irish Trade Minister Sean Byrne will be on a visit to Chile "
		  "from 5-7 March.", "2019-03-01", "Byrne", "CL", "2019-03-05",
		  "planned" },
		{ "Irish Trade Minister Sean Byrne visited Chile on 5 March "
		  "2018.", "2019-03-01", "Byrne", "CL", "2018-03-05",
		  "completed" },
		/* month of a past year */
		{ "Prime Minister Raj Patel of India visited Peru in September "
		  "last year.", "2018-05-03", "Patel", "PE", "2017-09-01",
		  "completed" },
		/* a planned visit and a dated past one are two stays */
		{ "Indian Prime Minister Raj Patel will visit Peru next week. "
		  "His last visit to Peru was in March 2019.", "2023-05-15",
		  "Patel", "PE", "", "planned" },
		/* stops dated one by one */
		{ "Peruvian Foreign Minister Ana Ruiz will visit Panama from "
		  "April 24 to 25, Colombia from April 25 to 27 and Chile from "
		  "April 27 to 29.", "2023-04-19", "Ruiz", "CO", "2023-04-25",
		  "planned" },
		/* one date after an undated list is the first stop's */
		{ "Peruvian Foreign Minister Ana Ruiz will begin a trip to "
		  "Guyana, Panama and Chile beginning Friday.", "2023-04-19",
		  "Ruiz", "GY", "2023-04-21", "planned" },
		{ "Peruvian Foreign Minister Ana Ruiz will begin a trip to "
		  "Guyana, Panama and Chile beginning Friday.", "2023-04-19",
		  "Ruiz", "CL", "", "planned" },
		/* "A and B from Tuesday, then C on Friday" */
		{ "Irish Foreign Minister Sean Byrne will travel to Fiji and "
		  "Tonga from Tuesday, then to Samoa on Friday.", "2023-11-06",
		  "Byrne", "FJ", "2023-11-07", "planned" },
		{ "Irish Foreign Minister Sean Byrne will travel to Fiji and "
		  "Tonga from Tuesday, then to Samoa on Friday.", "2023-11-06",
		  "Byrne", "WS", "2023-11-10", "planned" },
		/* weekday and date on both ends of a range */
		{ "Japanese Foreign Minister Ken Sato will visit Peru and "
		  "Chile from Tuesday, July 15 to Friday, July 18.",
		  "2014-07-11", "Sato", "PE", "2014-07-15", "planned" },
		{ "Japanese Foreign Minister Ken Sato will visit Peru and "
		  "Chile from Tuesday, July 15 to Friday, July 18.",
		  "2014-07-11", "Sato", "CL", "2014-07-18", "planned" },
	};
	RUN(rows);
}
END_TEST

/* A "City:" dateline places "here" (Indian and Gulf press style). */
START_TEST(test_dateline_colon)
{
	static const struct row rows[] = {
		{ "Lima: Chilean Foreign Minister Ana Lopez arrived here on "
		  "Tuesday for talks.", "2023-05-10", "Lopez", "PE",
		  "2023-05-09", "ongoing" },
		{ "Lima: Chilean Foreign Minister Ana Lopez arrived in Peru "
		  "earlier in the day.", "2023-05-10", "Lopez", "PE",
		  "2023-05-10", "ongoing" },
		{ "Chilean Foreign Minister Ana Lopez will reach Lima later in "
		  "the day, and will visit Peru's Congress.", "2023-05-10",
		  "Lopez", NULL, "", NULL },
		{ "Chilean Foreign Minister Ana Lopez will arrive in Lima "
		  "later in the day.", "2023-05-10", "Lopez", "PE",
		  "2023-05-10", "planned" },
		{ "SEOUL, Nov. 9 (Yonhap) -- Chilean Foreign Minister Ana "
		  "Lopez arrived here on Wednesday.", "2022-11-09", "Lopez",
		  "KR", "2022-11-09", "ongoing" },
		{ "Nairobi: Ghanaian President Kofi Mensah arrived here "
		  "today on a state visit.", "2022-03-04", "Mensah", "KE",
		  "2022-03-04", "ongoing" },
		{ "Hanoi : Irish Trade Minister Sean Byrne arrived here on "
		  "Monday.", "2019-03-06", "Byrne", "VN", "2019-03-04",
		  "ongoing" },
		/* a word and a colon is no dateline */
		{ "Update: Chilean Foreign Minister Ana Lopez arrived here on "
		  "Tuesday.", "2023-05-10", "Lopez", NULL, "", NULL },
		/* the home capital: no leg */
		{ "Santiago: Chilean Foreign Minister Ana Lopez arrived here "
		  "on Tuesday.", "2023-05-10", "Lopez", NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

/*
 * A country-specific role phrase ("Defence Secretary") whose named holder
 * is not the table's holder for that country on the date belongs to the
 * dateline's government: several governments share the title.
 */
START_TEST(test_role_country)
{
	static const struct row rows[] = {
		/* an Indian official in Delhi meets visitors: home */
		{ "New Delhi: Defence Secretary Anil Verma met visiting "
		  "ministers.\n\nThe Defence Secretary also met a delegation "
		  "from Kenya.", "2022-10-17", "Verma", NULL, "", NULL },
		{ "Islamabad: Foreign Secretary Sohail Ahmed held talks with "
		  "visiting envoys today.", "2021-02-10", "Ahmed", NULL, "",
		  NULL },
		/* a phrase that names its country keeps it: home trip */
		{ "US Secretary of State Tom Hale will visit Chicago next "
		  "week.", "2021-09-01", "Hale", NULL, "", NULL },
		/* the real holder keeps the phrase's country */
		{ "Defence Secretary Ben Wallace will visit Kenya next week.",
		  "2021-09-01", "Wallace", "KE", "", "planned" },
		{ "Lagos: Foreign Secretary Dominic Raab arrived here on "
		  "Monday.", "2021-01-06", "Raab", "NG", "2021-01-04",
		  "ongoing" },
	};
	RUN(rows);
}
END_TEST

/* A later stop of a future trip is planned, of a past one completed. */
START_TEST(test_onward_stop)
{
	static const struct row rows[] = {
		{ "Foreign Minister Anna Berg of Sweden will travel to Tokyo "
		  "on Monday for talks, before heading to Seoul.",
		  "2021-03-10", "Berg", "KR", "", "planned" },
		{ "Foreign Minister Anna Berg of Sweden is due to fly to Lima "
		  "on Friday for a conference, then travelling on to Chile.",
		  "2021-03-10", "Berg", "CL", "", "planned" },
		{ "Foreign Minister Anna Berg of Sweden flew to Tokyo on "
		  "Monday for talks, before heading to Seoul.", "2021-03-10",
		  "Berg", "KR", "", "completed" },
		{ "Foreign Minister Anna Berg of Sweden will travel to Tokyo "
		  "on Monday for talks, before heading to Seoul.",
		  "2021-03-10", "Berg", "JP", "2021-03-15", "planned" },
		/* no future word: still heading there now */
		{ "Foreign Minister Anna Berg of Sweden is heading to Seoul.",
		  "2021-03-10", "Berg", "KR", "", "ongoing" },
	};
	RUN(rows);
}
END_TEST

/*
 * Long names keep their particles and initials; a known official named in
 * full keeps the text's spelling.
 */
START_TEST(test_long_names)
{
	static const struct row rows[] = {
		{ "Peruvian President Juan Carlos de la Vega will visit Chile "
		  "on Monday.", "2022-06-01", "Juan Carlos de la Vega", "CL",
		  "2022-06-06", "planned" },
		{ "Omani Foreign Minister Badr bin Hamad Al Busaidi arrived in "
		  "Cairo on Tuesday.", "2022-06-01", "Badr bin Hamad",
		  "EG", "2022-05-31", "ongoing" },
		{ "US envoy Thomas R. Miller III will travel to Peru next "
		  "week.", "2022-06-01", "Thomas R. Miller", "PE", "",
		  "planned" },
		{ "Brazilian Trade Minister Ana Paula dos Santos will visit "
		  "Chile on Monday.", "2022-06-01", "Ana Paula dos Santos",
		  "CL", "2022-06-06", "planned" },
		/* the text's spelling of a known official */
		{ "President Yoon Suk-yeol will visit Cambodia on Friday.",
		  "2022-11-09", "Yoon Suk-yeol", "KH", "2022-11-11",
		  "planned" },
		/* a run of capitals after a title is still cut to the name */
		{ "Foreign Minister Ana Ruiz of Peru will visit Chile on "
		  "Monday.", "2022-06-01", "Ana Ruiz", "CL", "2022-06-06",
		  "planned" },
	};
	RUN(rows);
}
END_TEST

/*
 * Cancellations: the day a trip is called off is not the trip's; a date
 * given for the trip itself is kept.
 */
START_TEST(test_cancel_dates)
{
	static const struct row rows[] = {
		{ "Chilean President Ana Lopez on Monday postponed her visit "
		  "to Peru.", "2021-06-23", "Lopez", "PE", "", "cancelled" },
		{ "Chilean President Ana Lopez Monday cancelled her visit to "
		  "Peru.", "2021-06-23", "Lopez", "PE", "", "cancelled" },
		{ "Chilean President Ana Lopez called off her trip to Peru on "
		  "Tuesday.", "2021-06-23", "Lopez", "PE", "2021-06-22",
		  "cancelled" },
		{ "Chilean President Ana Lopez has postponed her visit to Peru "
		  "planned for July 4.", "2021-06-23", "Lopez", "PE",
		  "2021-07-04", "cancelled" },
		{ "Chilean President Ana Lopez postponed her visit to Peru "
		  "scheduled for next Tuesday.", "2021-06-23", "Lopez", "PE",
		  "2021-06-29", "cancelled" },
		/* the original date in a later sentence; a new slot is a
		 * planned leg of its own */
		{ "Chilean President Ana Lopez has postponed her state visit "
		  "to Peru. The state visit had originally been planned for "
		  "June.", "2017-03-01", "Lopez", "PE", "2017-06-01",
		  "cancelled" },
		{ "Chilean President Ana Lopez has postponed her state visit "
		  "to Peru. The state visit had originally been planned for "
		  "June. A provisional slot for Lopez's formal visit has been "
		  "pencilled in from October 5 to 8.", "2017-03-01", "Lopez",
		  "PE", "2017-06-01", "cancelled" },
		{ "Chilean President Ana Lopez has postponed her state visit "
		  "to Peru. The state visit had originally been planned for "
		  "June. A provisional slot for Lopez's formal visit has been "
		  "pencilled in from October 5 to 8.", "2017-03-01", "Lopez",
		  "PE", "2017-10-05", "planned" },
		{ "Chilean President Ana Lopez's visit to Peru is scheduled "
		  "for July.", "2017-03-01", "Lopez", "PE", "2017-07-01",
		  "planned" },
		/* a meeting abroad called off, whatever replaces it */
		{ "Chilean Foreign Minister Juan Soto and his Andean "
		  "counterparts have cancelled their meeting in Lima slated "
		  "for June 28 and will hold a video call instead.",
		  "2021-06-23", "Soto", "PE", "2021-06-28", "cancelled" },
		{ "Chilean Foreign Minister Juan Soto postponed talks in Quito "
		  "because of the floods.", "2021-06-23", "Soto", "EC", "",
		  "cancelled" },
		{ "Chilean Foreign Minister Juan Soto cancelled a meeting with "
		  "Peru's envoy.", "2021-06-23", "Soto", NULL, "", NULL },
		{ "Chilean Foreign Minister Juan Soto will hold a video "
		  "meeting with leaders in Lima.", "2021-06-23", "Soto", NULL,
		  "", NULL },
		/* a visa denied for one trip */
		{ "Peru has denied a visa to Chilean Foreign Minister Juan "
		  "Soto for his trip to Lima next week.", "2021-06-23", "Soto",
		  "PE", "", "cancelled" },
		{ "Chilean Foreign Minister Juan Soto said Peru refused him a "
		  "visa to travel to Lima for the summit.", "2021-06-23",
		  "Soto", "PE", "", "cancelled" },
		{ "Chilean Foreign Minister Juan Soto got a visa and will "
		  "travel to Lima next week.", "2021-06-23", "Soto", "PE", "",
		  "planned" },
		/* the day of a statement is not the trip's */
		{ "Chilean Foreign Minister Juan Soto on Tuesday said he would "
		  "travel to Lima.", "2021-06-23", "Soto", "PE", "",
		  "planned" },
		{ "Chilean Foreign Minister Juan Soto said on Tuesday he would "
		  "travel to Lima.", "2021-06-23", "Soto", "PE", "",
		  "planned" },
	};
	RUN(rows);
}
END_TEST

/* "the Pakistan cricket team": a country as an attribute is no place. */
START_TEST(test_attributive_country)
{
	static const struct row rows[] = {
		{ "Chilean President Ana Lopez will attend the Peru cricket "
		  "final.", "2021-06-23", "Lopez", NULL, "", NULL },
		{ "Chilean President Ana Lopez will cut short the Japan trip "
		  "plans.", "2021-06-23", "Lopez", NULL, "", NULL },
		{ "Chilean President Ana Lopez will travel with the Kenya "
		  "delegation.", "2021-06-23", "Lopez", NULL, "", NULL },
		/* names that take "the" stay places */
		{ "Chilean President Ana Lopez will visit the Philippines amid "
		  "protests.", "2021-06-23", "Lopez", "PH", "", "planned" },
		{ "Chilean President Ana Lopez will visit the Gambia amid "
		  "protests.", "2021-06-23", "Lopez", "GM", "", "planned" },
		{ "Chilean President Ana Lopez will fly to the US next week.",
		  "2021-06-23", "Lopez", "US", "", "planned" },
	};
	RUN(rows);
}
END_TEST

/* Historical codes of the time: SU until December 1991, YU until 1992. */
START_TEST(test_historical_codes)
{
	static const struct row rows[] = {
		{ "Secretary of State Tom Hale arrived in Moscow on Monday.",
		  "1988-05-04", "Hale", "SU", "1988-05-02", "ongoing" },
		{ "Secretary of State Tom Hale arrived in Kiev on Monday.",
		  "1988-05-04", "Hale", "SU", "1988-05-02", "ongoing" },
		{ "Secretary of State Tom Hale arrived in Belgrade on Monday.",
		  "1988-05-04", "Hale", "YU", "1988-05-02", "ongoing" },
		{ "Secretary of State Tom Hale arrived in Moscow on Monday.",
		  "1998-05-06", "Hale", "RU", "1998-05-04", "ongoing" },
		{ "Secretary of State Tom Hale arrived in Riga on Monday.",
		  "1995-05-03", "Hale", "LV", "1995-05-01", "ongoing" },
		/* gen3: Czechoslovakia until 1993 */
		{ "Secretary of State Tom Hale arrived in Prague on Monday.",
		  "1988-05-04", "Hale", "CS", "1988-05-02", "ongoing" },
		{ "Secretary of State Tom Hale arrived in Bratislava on "
		  "Monday.", "1988-05-04", "Hale", "CS", "1988-05-02",
		  "ongoing" },
		{ "Secretary of State Tom Hale arrived in Prague on Monday.",
		  "1998-05-06", "Hale", "CZ", "1998-05-04", "ongoing" },
	};
	RUN(rows);
}
END_TEST

/*
 * Tours: "proceed to", and a dated trip whose countries are listed in the
 * next sentence dates its first stop.
 */
START_TEST(test_tour_carry)
{
	static const struct row rows[] = {
		{ "Indian Prime Minister Raj Patel will then proceed to Kenya "
		  "on July 24.", "2018-07-20", "Patel", "KE", "2018-07-24",
		  "planned" },
		{ "Indian Prime Minister Raj Patel proceeded to Kenya on "
		  "Monday.", "2018-07-20", "Patel", "KE", "2018-07-16",
		  "completed" },
		{ "Secretary of State Tom Hale will travel to four South "
		  "American nations on May 6-12. The trip will take him to "
		  "Peru, Chile, Bolivia and Brazil.", "2022-05-01", "Hale",
		  "PE", "2022-05-06", "planned" },
		{ "Secretary of State Tom Hale will travel to four South "
		  "American nations on May 6-12. The trip will take him to "
		  "Peru, Chile, Bolivia and Brazil.", "2022-05-01", "Hale",
		  "CL", "", "planned" },
		/* a trip's start date goes to its first stop */
		{ "Foreign Minister Anna Berg of Sweden will visit Peru, Chile "
		  "and Bolivia. The trip, set to begin Monday, is her first.",
		  "2022-05-04", "Berg", "PE", "2022-05-09", "planned" },
		{ "Foreign Minister Anna Berg of Sweden will visit Peru, Chile "
		  "and Bolivia. The trip, set to begin Monday, is her first.",
		  "2022-05-04", "Berg", "BO", "", "planned" },
		/* "since ..." dates something else */
		{ "Foreign Minister Anna Berg of Sweden will visit Peru. It is "
		  "her first trip abroad since her election in February.",
		  "2022-05-04", "Berg", "PE", "", "planned" },
		/* a single date is not carried to another sentence's stop */
		{ "Secretary of State Tom Hale leaves on Saturday on a trip to "
		  "the Far East. He will also stop in Japan.", "2022-05-04",
		  "Hale", "JP", "", "planned" },
	};
	RUN(rows);
}
END_TEST

/* Places that are topics, not stops; trips that are denied. */
START_TEST(test_topics)
{
	static const struct row rows[] = {
		/* "here" is the stop; places after a comment are topics */
		{ "LIMA, May 3 (Reuters) - Chilean President Ana Lopez will "
		  "arrive here next week, with the crisis in Bolivia high on "
		  "the agenda.", "2021-05-03", "Lopez", "!BO", "", NULL },
		{ "LIMA, May 3 (Reuters) - Chilean President Ana Lopez will "
		  "arrive here next week, with the crisis in Bolivia high on "
		  "the agenda.", "2021-05-03", "Lopez", "PE", "", "planned" },
		{ "Chilean President Ana Lopez will fly to Lima, with the "
		  "talks on Bolivia expected to dominate.", "2021-05-03",
		  "Lopez", "!BO", "", NULL },
		/* "of X" after a common noun */
		{ "Chilean President Ana Lopez's visits come as worry grows "
		  "over the role of Russia in the region.", "2021-05-03",
		  "Lopez", NULL, "", NULL },
		{ "Chilean President Ana Lopez will visit the capital of "
		  "Kenya next week.", "2021-05-03", "Lopez", "KE", "",
		  "planned" },
		{ "Chilean President Ana Lopez will make a tour of Japan next "
		  "week.", "2021-05-03", "Lopez", "JP", "", "planned" },
		/* a metaphorical journey */
		{ "Chilean President Ana Lopez said the country was on its "
		  "journey of growth and openness to China.", "2021-05-03",
		  "Lopez", NULL, "", NULL },
		{ "Chilean President Ana Lopez spoke of the trip of a lifetime "
		  "to Japan.", "2021-05-03", "Lopez", NULL, "", NULL },
		/* no plans */
		{ "There are no plans for Chilean President Ana Lopez's visit "
		  "to Peru, her office said.", "2021-05-03", "Lopez", NULL, "",
		  NULL },
		{ "Chilean President Ana Lopez has no plan to travel to Peru.",
		  "2021-05-03", "Lopez", NULL, "", NULL },
		{ "Chilean President Ana Lopez is certainly not confirming "
		  "to go to visit Peru.", "2021-05-03", "Lopez", NULL, "",
		  NULL },
		{ "Chilean President Ana Lopez has not decided to travel to "
		  "Peru.", "2021-05-03", "Lopez", NULL, "", NULL },
		{ "Chilean President Ana Lopez did not say when she would "
		  "travel to Peru.", "2021-05-03", "Lopez", "PE", "", NULL },
		{ "Chilean President Ana Lopez has plans to travel to Peru.",
		  "2021-05-03", "Lopez", "PE", "", "planned" },
	};
	RUN(rows);
}
END_TEST

/* Who is an official: office dates, civil-service grades, reported
 * speech. */
START_TEST(test_who_travels)
{
	static const struct row rows[] = {
		/* a table name before taking office is no official */
		{ "Bola Tinubu arrived in London on Sunday for talks.",
		  "2018-04-16", "Tinubu", NULL, "", NULL },
		{ "Bola Tinubu arrived in London on Sunday for talks.",
		  "2024-04-16", "Tinubu", "GB", "2024-04-14", "ongoing" },
		/* civil servants */
		{ "Anil Verma, joint secretary in the foreign ministry, will "
		  "visit Kenya next week.", "2021-02-10", "Verma", NULL, "",
		  NULL },
		{ "Permanent Secretary Anil Verma will visit Kenya next week.",
		  "2021-02-10", "Verma", NULL, "", NULL },
		{ "Anil Verma, secretary of state for trade of India, will "
		  "visit Kenya next week.", "2021-02-10", "Verma", "KE", "",
		  "planned" },
		/* an unnamed official's visit is nobody's leg */
		{ "Vice President Ravi Rao of India will visit Kenya on "
		  "Monday. It comes after the official visit of President of "
		  "Kenya to India in January.", "2017-02-17", "Rao", "KE",
		  "2017-02-20", "planned" },
		{ "Vice President Ravi Rao of India will visit Kenya on "
		  "Monday. It comes after a visit by a Kenyan minister to "
		  "Chile in January.", "2017-02-17", "Rao", "!CL", "", NULL },
		/* "the President" is not the Vice President */
		{ "Vice President Ravi Rao of India will visit Kenya on "
		  "Monday. The President will fly to Chile on Friday.",
		  "2017-02-17", "Rao", "!CL", "", NULL },
		{ "Vice President Ravi Rao of India will visit Kenya on "
		  "Monday. The Vice President will fly to Chile on Friday.",
		  "2017-02-15", "Rao", "CL", "2017-02-17", "planned" },
		/* the speaker of a reported clause does not travel */
		{ "Chilean President Ana Lopez said she had spoken with "
		  "Peru's leader, and that Foreign Minister Juan Soto would "
		  "visit Lima on Monday.", "2021-02-10", "Lopez", "!PE", "",
		  NULL },
		{ "Chilean President Ana Lopez said she had spoken with "
		  "Peru's leader, and that Foreign Minister Juan Soto would "
		  "visit Lima on Monday.", "2021-02-10", "Soto", "PE",
		  "2021-02-15", "planned" },
		{ "Chilean President Ana Lopez said that Foreign Minister Juan "
		  "Soto would visit Lima.", "2021-02-10", "Lopez", "!PE", "",
		  NULL },
		/* a relative clause's time is not the trip's */
		{ "Chilean Foreign Minister Juan Soto will visit Lima to "
		  "prepare the summit, which is due to open in June.",
		  "2021-02-10", "Soto", "PE", "", "planned" },
	};
	RUN(rows);
}
END_TEST

/* Names behind honorifics and long country names in titles. */
START_TEST(test_title_forms)
{
	static const struct row rows[] = {
		{ "Prime Minister and Minister of Finance, the Honourable Dr. "
		  "Ana Ruiz travels to Washington on Tuesday.", "2023-04-13",
		  "Ruiz", "US", "2023-04-11", NULL },
		{ "Foreign Minister, the Hon. Ana Ruiz, will travel to Lima on "
		  "Tuesday.", "2023-04-13", "Ruiz", "PE", "2023-04-18",
		  "planned" },
		{ "Trade Minister, His Excellency Ana Ruiz, will travel to "
		  "Lima on Tuesday.", "2023-04-13", "Ruiz", "PE",
		  "2023-04-18", "planned" },
		/* a long title with a name in apposition */
		{ "Minister of State for Foreign Affairs and Culture, Ravi "
		  "Kumar Das, will visit Kenya on Monday.", "2025-07-16",
		  "Ravi Kumar Das", "KE", "2025-07-21", "planned" },
		{ "Minister for Trade and Tourism, Ana Ruiz, arrived in Lima "
		  "today.", "2025-07-16", "Ana Ruiz", "PE", "2025-07-16",
		  "ongoing" },
		/* a possessive inside a country's name */
		{ "Vice Minister of the People's Republic of China, Li Qiang, "
		  "arrived in Lima today.", "2023-04-13", "Li Qiang", "PE",
		  "2023-04-13", "ongoing" },
		{ "Envoy of the Democratic People's Republic of Korea, Ri Son, "
		  "arrived in Lima today.", "2023-04-13", "Ri Son", "PE",
		  "2023-04-13", "ongoing" },
		/* "the Republic of China" alone stays Taiwan */
		{ "Foreign Minister of the Republic of China Lin Chia-lung "
		  "arrived in Lima today.", "2025-04-13", "Lin", "PE",
		  "2025-04-13", "ongoing" },
	};
	RUN(rows);
}
END_TEST

/* Stops joined by "with": "starts with Oman", "along with Fiji". */
START_TEST(test_with_stops)
{
	static const struct row rows[] = {
		{ "Saudi Foreign Minister Adel Nasser will tour the Gulf on a "
		  "trip that starts with Oman on Monday.", "2021-12-06",
		  "Nasser", "OM", "2021-12-06", "planned" },
		{ "Saudi Foreign Minister Adel Nasser will visit Peru this "
		  "week, along with Chile.", "2021-12-06", "Nasser", "CL", "",
		  "planned" },
		{ "Saudi Foreign Minister Adel Nasser will begin a tour, "
		  "beginning with Kenya, next week.", "2021-12-06", "Nasser",
		  "KE", "", "planned" },
		/* "followed by", "then", "and finally" chain stops */
		{ "French President Paul Marceau is to visit Gabon for an "
		  "energy summit, followed by Angola, then the Republic of "
		  "Congo, and finally the Democratic Republic of Congo.",
		  "2023-02-26", "Marceau", "AO", "", "planned" },
		{ "French President Paul Marceau is to visit Gabon for an "
		  "energy summit, followed by Angola, then the Republic of "
		  "Congo, and finally the Democratic Republic of Congo.",
		  "2023-02-26", "Marceau", "CG", "", "planned" },
		{ "French President Paul Marceau is to visit Gabon for an "
		  "energy summit, followed by Angola, then the Republic of "
		  "Congo, and finally the Democratic Republic of Congo.",
		  "2023-02-26", "Marceau", "CD", "", "planned" },
		{ "French President Paul Marceau will fly to Peru for the "
		  "regional energy summit and then Chile.", "2023-02-26",
		  "Marceau", "CL", "", "planned" },
		/* a partner is no stop */
		{ "Saudi Foreign Minister Adel Nasser will visit Peru for "
		  "talks with Chile.", "2021-12-06", "Nasser", "!CL", "",
		  NULL },
		{ "Saudi Foreign Minister Adel Nasser will travel to Lima to "
		  "sign a deal with Japan.", "2021-12-06", "Nasser", "!JP", "",
		  NULL },
	};
	RUN(rows);
}
END_TEST

/*
 * Tours with stops in other clauses: a participle after "before" is the
 * main subject's, "en route to X on Tuesday" dates the stop on the way,
 * a place before a trip noun is its destination.
 */
START_TEST(test_tour_clauses)
{
	static const struct row rows[] = {
		{ "Foreign Minister Ana Ruiz of Peru will return home to meet "
		  "US Secretary of State Tom Hale's delegation on Friday, "
		  "before heading to Chile on Sunday.", "2017-03-13", "Ruiz",
		  "CL", "2017-03-19", "planned" },
		{ "Foreign Minister Ana Ruiz of Peru will return home to meet "
		  "US Secretary of State Tom Hale's delegation on Friday, "
		  "before heading to Chile on Sunday.", "2017-03-13", "Hale",
		  "!CL", "", NULL },
		{ "Foreign Minister Ana Ruiz of Peru will host Secretary of "
		  "State Tom Hale's two-day Lima visit from Friday, before "
		  "heading to Chile on Sunday.", "2017-03-13", "Hale", "PE",
		  "2017-03-17", "planned" },
		{ "Foreign Minister Ana Ruiz of Peru will host Secretary of "
		  "State Tom Hale's two-day Lima visit from Friday, before "
		  "heading to Chile on Sunday.", "2017-03-13", "Hale", "!CL",
		  "", NULL },
		{ "En route to Chile on Tuesday, Foreign Minister Ana Ruiz of "
		  "Peru will stop in Panama for talks.", "2017-03-13", "Ruiz",
		  "PA", "2017-03-14", "planned" },
		{ "On her way to Chile on Tuesday, Foreign Minister Ana Ruiz "
		  "of Peru will stop in Panama.", "2017-03-13", "Ruiz", "PA",
		  "2017-03-14", "planned" },
		/* a place before a trip noun */
		{ "Foreign Minister Ana Ruiz of Peru described her Japan trip "
		  "as a success.", "2017-03-13", "Ruiz", "JP", "", NULL },
		{ "Peru's Foreign Minister Ana Ruiz said the Japan market was "
		  "growing.", "2017-03-13", "Ruiz", NULL, "", NULL },
		/* a trip noun between the stops and their month */
		{ "Indian President Ram Patel will travel to Kenya and Ghana "
		  "in the first visit week of April.", "2018-03-22", "Patel",
		  "KE", "2018-04-01", "planned" },
		/* a date that went to a stop is not carried to another */
		{ "Foreign Minister Ana Ruiz of Peru will visit Chile and "
		  "Bolivia this week. Ruiz will fly to Bolivia on Tuesday for "
		  "a three-day visit.", "2017-03-13", "Ruiz", "CL", "",
		  "planned" },
	};
	RUN(rows);
}
END_TEST

/*
 * A surname that is also a month word ("May") once the person is known,
 * and a trip noun whose date belongs to a later clause's trip.
 */
START_TEST(test_month_surname)
{
	static const struct row rows[] = {
		{ "British Prime Minister Ann May met the press. The offer "
		  "was made by May while she was visiting Lima in January.",
		  "2017-03-01", "May", "PE", "2017-01-01", "completed" },
		{ "British Prime Minister Ann May met the press. May will fly "
		  "to Lima on Monday.", "2017-03-01", "May", "PE",
		  "2017-03-06", "planned" },
		/* the month stays a month */
		{ "British Prime Minister Ann May met the press. She will "
		  "visit Lima in May.", "2017-03-01", "May", "PE",
		  "2017-05-01", "planned" },
		{ "British Prime Minister Ann May met the press. She will "
		  "visit Lima on May 5.", "2017-03-01", "May", "PE",
		  "2017-05-05", "planned" },
		/* no one called May: a month */
		{ "British Prime Minister Ann Hale will visit Lima by May.",
		  "2017-03-01", "Hale", "PE", "", "planned" },
		/* adjectives between the article and a trip noun */
		{ "It follows the highly successful visit of Prime Minister "
		  "Raj Patel of India to Peru from November 30 - December 1, "
		  "2018.", "2019-02-17", "Patel", "PE", "2018-11-30",
		  "completed" },
		{ "It follows a long and fruitful visit by Prime Minister Raj "
		  "Patel of India to Peru last month.", "2019-02-17", "Patel",
		  "PE", "2019-01-01", "completed" },
		/* the later clause's date is its own trip's */
		{ "Chilean President Ana Lopez postponed her visit to Peru. "
		  "The visit was offered by Prime Minister Raj Patel of India "
		  "while he was visiting Chile in January.", "2017-03-01",
		  "Lopez", "PE", "", "cancelled" },
		{ "Chilean President Ana Lopez postponed her visit to Peru. "
		  "The visit was offered by Prime Minister Raj Patel of India "
		  "while he was visiting Chile in January.", "2017-03-01",
		  "Patel", "CL", "2017-01-01", "completed" },
	};
	RUN(rows);
}
END_TEST

/* "was to" + verb: an arrangement, future from the report's time. */
START_TEST(test_was_to)
{
	static const struct row rows[] = {
		{ "Brazilian President Rui Costa was to attend a forum on "
		  "Wednesday before leaving for Denmark.", "2007-09-11",
		  "Costa", "DK", "2007-09-12", "planned" },
		{ "Brazilian President Rui Costa was to fly to Oslo on Friday.",
		  "2007-09-11", "Costa", "NO", "2007-09-14", "planned" },
		{ "Brazilian President Rui Costa is to visit Peru on Friday.",
		  "2007-09-11", "Costa", "PE", "2007-09-14", "planned" },
		/* plain past stays past */
		{ "Brazilian President Rui Costa was in Oslo on Friday.",
		  "2007-09-11", "Costa", "NO", "2007-09-07", NULL },
		{ "Brazilian President Rui Costa flew to Oslo on Friday.",
		  "2007-09-11", "Costa", "NO", "2007-09-07", "completed" },
	};
	RUN(rows);
}
END_TEST

/* A third-country partner of talks at the traveller's stop is there. */
START_TEST(test_partners)
{
	static const struct row rows[] = {
		{ "Chilean Foreign Minister Juan Soto has arrived in Norway "
		  "where he will hold talks with US Secretary of State Tom "
		  "Hale.", "2021-05-19", "Hale", "NO", "", "ongoing" },
		{ "Chilean Foreign Minister Juan Soto will travel to Kenya "
		  "for meetings with Indian Prime Minister Raj Patel.",
		  "2021-05-19", "Patel", "KE", "", NULL },
		/* the host of the stop is home */
		{ "Chilean Foreign Minister Juan Soto has arrived in Norway "
		  "for talks with Norwegian Prime Minister Ola Berg.",
		  "2021-05-19", "Berg", "!NO", "", NULL },
		/* the talks are elsewhere */
		{ "Chilean Foreign Minister Juan Soto's trip to Norway comes "
		  "after talks with US Secretary of State Tom Hale in "
		  "Washington.", "2021-05-19", "Hale", "!NO", "", NULL },
		/* another clause, another subject */
		{ "After a visit to Japan, Chilean Foreign Minister Juan Soto "
		  "will meet with Indian Prime Minister Raj Patel.",
		  "2021-05-19", "Patel", "!JP", "", NULL },
		/* by video: nobody travels */
		{ "Chilean Foreign Minister Juan Soto arrived in Norway and "
		  "held video talks with US Secretary of State Tom Hale.",
		  "2021-05-19", "Hale", "!NO", "", NULL },
	};
	RUN(rows);
}
END_TEST

/* "met visiting X": X is in the host's country; meetings abroad with a
 * long venue name. */
START_TEST(test_visiting)
{
	static const struct row rows[] = {
		{ "Turkish Foreign Minister Ali Demir spoke after a Friday "
		  "meeting with visiting Iraqi Foreign Minister Omar Saleh.",
		  "2013-10-26", "Saleh", "TR", "2013-10-25", "ongoing" },
		{ "Kenyan President Paul Mwangi met visiting Indian Prime "
		  "Minister Raj Patel on Monday.", "2013-10-23", "Patel", "KE",
		  "2013-10-21", NULL },
		{ "NAIROBI, Oct 23 (Reuters) - The talks were attended by "
		  "visiting Indian Prime Minister Raj Patel.", "2013-10-23",
		  "Patel", "KE", "", NULL },
		/* not an adjective */
		{ "Turkish Foreign Minister Ali Demir is visiting Iraqi "
		  "Foreign Minister Omar Saleh's hometown.", "2013-10-26",
		  "Saleh", NULL, "", NULL },
		/* the host is not moved */
		{ "Turkish Foreign Minister Ali Demir spoke after a meeting "
		  "with visiting Iraqi Foreign Minister Omar Saleh.",
		  "2013-10-26", "Demir", "!IQ", "", NULL },
		/* a meeting abroad with a long venue name */
		{ "Chilean Foreign Minister Juan Soto and Indian Foreign "
		  "Minister Raj Patel met on the sidelines of the annual "
		  "session of the United Nations General Assembly in New York "
		  "on September 23.", "2013-10-26", "Patel", "US",
		  "2013-09-23", "completed" },
	};
	RUN(rows);
}
END_TEST

/* Gen3: a stop's dates in brackets, and lists cut by semicolons. */
START_TEST(test_bracket_stops)
{
	static const struct row rows[] = {
		{ "Foreign Minister Rajan Gupta of India will visit Hungary "
		  "(November 28-29) and Bulgaria (November 30 - December 1).",
		  "2023-11-20", "Gupta", "BG", "2023-11-30", "planned" },
		{ "Foreign Minister Rajan Gupta of India will visit Hungary "
		  "(November 28-29) and Bulgaria (November 30 - December 1).",
		  "2023-11-20", "Gupta", "HU", "2023-11-28", "planned" },
		{ "Trade Minister Ana Ruiz of Spain will tour Peru (3 days), "
		  "Chile and Bolivia.", "2023-11-20", "Ruiz", "BO", "",
		  "planned" },
		{ "Secretary of State Dan Hale will visit Lima, Peru; Quito, "
		  "Ecuador and Bogota.", "2019-07-16", "Hale", "EC", "",
		  "planned" },
		{ "Secretary of State Dan Hale will visit Lima, Peru; Quito, "
		  "Ecuador and Bogota.", "2019-07-16", "Hale", "CO", "",
		  "planned" },
		/* a bracket naming people is another clause */
		{ "Secretary of State Dan Hale will visit Peru (where "
		  "President Luis Vega met him) and Chile.", "2019-07-16",
		  "Hale", "PE", "", "planned" },
		/* a semicolon before a new clause ends the list */
		{ "Secretary of State Dan Hale will visit Peru; the talks "
		  "with Chile will follow.", "2019-07-16", "Hale", "!CL", "",
		  NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: overseas territories are home ground. */
START_TEST(test_territories)
{
	static const struct row rows[] = {
		{ "Deputy Defense Secretary Tom Reed will travel to Guam and "
		  "Japan next week.", "2014-08-13", "Reed", "!GU", "", NULL },
		{ "Deputy Defense Secretary Tom Reed will travel to Guam and "
		  "Japan next week.", "2014-08-13", "Reed", "JP", "",
		  "planned" },
		{ "Secretary of State Dan Hale will travel to San Juan, Puerto "
		  "Rico on July 18.", "2019-07-16", "Hale", NULL, "", NULL },
		/* not for officials of other countries */
		{ "Japanese Foreign Minister Ken Sato will visit Guam on July "
		  "18.", "2019-07-16", "Sato", "GU", "2019-07-18",
		  "planned" },
	};
	RUN(rows);
}
END_TEST

/* Gen3: "Title (ACRONYM) for X, Full Name will ...". */
START_TEST(test_title_apposition)
{
	static const struct row rows[] = {
		{ "Minister of State (MoS) for External Affairs, Priya Nair "
		  "will visit Peru on May 2.", "2023-04-20", "Nair", "PE",
		  "2023-05-02", "planned" },
		{ "Minister of State for Trade, Priya Nair will travel to "
		  "Chile next week.", "2023-04-20", "Nair", "CL", "",
		  "planned" },
		{ "Foreign Minister, Jan de Vries left for Japan on Monday.",
		  "2023-04-20", "Vries", "JP", "2023-04-17", "completed" },
		/* a single capitalised word after the comma is no name */
		{ "According to the Foreign Minister, Germany will visit "
		  "Peru.", "2023-04-20", "Germany", NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: who "he" is, and meetings with several leaders. */
START_TEST(test_pronoun_subject)
{
	static const struct row rows[] = {
		{ "Secretary of State Dan Hale arrived in Israel on Friday "
		  "and was met by Foreign Minister Avi Levin. Later he met "
		  "Levin again. On Saturday, he flew to Jordan.",
		  "1987-10-19", "Hale", "JO", "1987-10-17", NULL },
		{ "Secretary of State Dan Hale arrived in Israel on Friday "
		  "and was met by Foreign Minister Avi Levin. Later he met "
		  "Levin again. On Saturday, he flew to Jordan.",
		  "1987-10-19", "Levin", "!JO", "", NULL },
		/* meetings with leaders of several countries: no leg */
		{ "Soviet leader Ivan Petrov will visit Cuba next month. In "
		  "the past weeks he has met Austrian Chancellor Karl Huber, "
		  "Italian Prime Minister Marco Rossi and Greek Prime "
		  "Minister Nikos Pappas.", "1988-11-16", "Petrov", "!AT", "",
		  NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: a meeting at a seat of government ("at the White House"). */
START_TEST(test_metonym_venue)
{
	static const struct row rows[] = {
		{ "Jordan's King Hamid will meet President Hale at the White "
		  "House on June 9.", "1986-05-30", "Hamid", "US",
		  "1986-06-09", "planned" },
		{ "Prime Minister Ann Cole of Britain will hold talks at the "
		  "Kremlin on February 20.", "1985-01-17", "Cole", "SU",
		  "1985-02-20", "planned" },
		/* the home side has no leg */
		{ "U.S. President Tom Hale will meet Jordan's King Hamid at "
		  "the White House on June 9.", "1986-05-30", "Hale", "!US",
		  "", NULL },
		/* only "at the" a seat of government, not "at" a country */
		{ "Prime Minister Ann Cole of Britain will meet Sam Dunn, an "
		  "expert at Russia's oil company, on February 20.",
		  "1985-01-17", "Cole", NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: hosts named by "at the invitation of" and staff titles. */
START_TEST(test_invitation_staff)
{
	static const struct row rows[] = {
		{ "Fiji's Prime Minister Tomasi Vula will pay an official "
		  "visit to Japan from May 4 to 9 at the invitation of "
		  "Japanese Prime Minister Ken Sato.", "2009-04-10", "Vula",
		  "JP", "2009-05-04", "planned" },
		{ "The visit to India at the invitation of Indian President "
		  "Raj Patel will be the first by a Chilean Foreign Minister, "
		  "Juan Soto, since 1990.", "2009-04-10", "Soto", "IN", "",
		  NULL },
		/* "visit by X" still names the traveller */
		{ "Next week's visit to Peru by Fiji's Prime Minister Tomasi "
		  "Vula was announced.", "2009-04-10", "Vula", "PE", "",
		  NULL },
		/* an honorific in apposition */
		{ "The Minister for Foreign Affairs of Sudan, Professor Omar "
		  "Bashir arrived in Tunisia on Sunday.", "2017-12-04",
		  "Bashir", "TN", "2017-12-03", "ongoing" },
		/* an adviser's deputy is staff; the adviser is labelled */
		{ "Deputy National Security Adviser Tom Reed will visit "
		  "Britain next week.", "2016-04-20", "Reed", NULL, "", NULL },
		{ "National Security Adviser Tom Reed will visit Britain next "
		  "week.", "2016-04-20", "Reed", "GB", "", "planned" },
		/* a deputy minister is labelled */
		{ "Deputy Foreign Minister Tom Reed of Britain will visit "
		  "Peru next week.", "2016-04-20", "Reed", "PE", "",
		  "planned" },
	};
	RUN(rows);
}
END_TEST

/* Gen3: "In X, she is scheduled to meet Y": a stop by its meeting. */
START_TEST(test_stop_meetings)
{
	static const struct row rows[] = {
		{ "Secretary of State Ann Cole will visit Ghana. In Togo, "
		  "she is scheduled to meet President Jean Kossi.",
		  "2012-01-13", "Cole", "TG", "", "planned" },
		{ "Secretary of State Ann Cole will visit Ghana. In Togo, "
		  "Cole is scheduled to meet President Jean Kossi.",
		  "2012-01-13", "Cole", "TG", "", "planned" },
		/* the host has no leg */
		{ "Secretary of State Ann Cole will visit Ghana. In Togo, "
		  "she is scheduled to meet President Jean Kossi.",
		  "2012-01-13", "Kossi", "!TG", "", NULL },
		/* "is" with no meeting is no presence */
		{ "Secretary of State Ann Cole will visit Ghana. In Togo, "
		  "the vote is scheduled for May.", "2012-01-13", "Cole",
		  "!TG", "", NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: clauses with their own tense and the report's own day. */
START_TEST(test_clause_tense)
{
	static const struct row rows[] = {
		{ "Foreign Minister Ali Demir of Turkey left for Cairo on "
		  "Monday and will visit Jordan and Iraq later.", "2018-04-03",
		  "Demir", "JO", "", "planned" },
		{ "Foreign Minister Ali Demir of Turkey left for Cairo on "
		  "Monday and will visit Jordan and Iraq later.", "2018-04-03",
		  "Demir", "EG", "2018-04-02", "completed" },
		{ "Foreign Minister Ali Demir of Turkey flew to Cairo on "
		  "Monday and then visited Jordan.", "2018-04-03", "Demir",
		  "JO", "", "completed" },
		/* the day of the report is not the day of the trip */
		{ "Foreign Minister Ali Demir of Turkey will visit Jordan and "
		  "Iraq, state media reported Tuesday.", "2018-04-04",
		  "Demir", "JO", "", "planned" },
		{ "Foreign Minister Ali Demir of Turkey will visit Jordan on "
		  "Friday, state media reported Tuesday.", "2018-04-04",
		  "Demir", "JO", "2018-04-06", "planned" },
		/* "has arrived", undated: today */
		{ "Foreign Minister Ali Demir of Turkey has arrived in Tokyo "
		  "for talks.", "2011-10-20", "Demir", "JP", "2011-10-20",
		  "ongoing" },
		{ "Foreign Minister Ali Demir of Turkey arrived in Tokyo for "
		  "talks last week.", "2011-10-20", "Demir", "JP", "",
		  "completed" },
	};
	RUN(rows);
}
END_TEST

/* Gen3: a trip noun of someone travelling elsewhere is that trip. */
START_TEST(test_dateline_other_trip)
{
	static const struct row rows[] = {
		{ "TOKYO (Reuters) - Foreign Minister Ali Demir of Turkey will "
		  "visit Jordan next week. Ankara has not announced the "
		  "minister's tour.", "2018-04-03", "Demir", "!JP", "", NULL },
		{ "TOKYO (Reuters) - Foreign Minister Ali Demir of Turkey is "
		  "here on a visit.", "2018-04-03", "Demir", "JP", "", NULL },
		{ "TOKYO (Reuters) - Turkish Foreign Minister Ali Demir's "
		  "visit will strengthen ties, officials said.", "2018-04-03",
		  "Demir", "JP", "", NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: the summit's day dates a trip known by month. */
START_TEST(test_summit_date)
{
	static const struct row rows[] = {
		{ "President Tom Hale of the United States will travel to "
		  "Moscow in late May. Hale said the summit would be May 29 "
		  "through June 2.", "1988-03-24", "Hale", "SU", "1988-05-29",
		  "planned" },
		/* another month: not this trip */
		{ "President Tom Hale of the United States will travel to "
		  "Moscow in late May. Hale said the talks would be July 9.",
		  "1988-03-24", "Hale", "SU", "1988-05-01", "planned" },
		/* "The Nth Summit of ... in PLACE": the place must agree */
		{ "President Tom Hale of the United States will travel to "
		  "Chile next month. The fifth Summit of the Andes will be "
		  "held on April 13-14, in Santiago, Chile.", "2018-03-09",
		  "Hale", "CL", "2018-04-13", "planned" },
		{ "President Tom Hale of the United States will travel to "
		  "Chile next month. The fifth Summit of the Andes will be "
		  "held on April 13-14, in Lima, Peru.", "2018-03-09",
		  "Hale", "CL", "2018-04-01", "planned" },
		/* a day date already stands */
		{ "President Tom Hale of the United States will travel to "
		  "Moscow on May 20. Hale said the summit would be May 29.",
		  "1988-03-24", "Hale", "SU", "1988-05-20", "planned" },
	};
	RUN(rows);
}
END_TEST

/* Gen3: release headings, and a spokesman's "he". */
START_TEST(test_headings)
{
	static const struct row rows[] = {
		{ "Visit by Vice-Minister for Foreign Affairs Ken Sato to Fiji "
		  "and Samoa", "2017-05-17", "Sato", "WS", "", NULL },
		{ "(2) Visit by Vice-Minister for Foreign Affairs Ken Sato to "
		  "Fiji", "2017-05-17", "Sato", "FJ", "", NULL },
		{ "Visit of Foreign Minister Ken Sato of Japan to Fiji",
		  "2017-05-17", "Sato", "FJ", "", NULL },
		/* press-release headings */
		{ "Under Secretary for Political Affairs Jane Roe Travels to "
		  "India and Nepal", "2022-06-03", "Roe", "NP", "", NULL },
		{ "Deputy Secretary Jane Roe's Travel to the Philippines and "
		  "Vietnam", "2022-06-03", "Roe", "VN", "", NULL },
		{ "Deputy Secretary Jane Roe's State Visit Plans Unveiled",
		  "2022-06-03", "Roe", NULL, "", NULL },
		/* a capitalised "Visit" inside a sentence is a name */
		{ "The Fiji Visit Bureau met Ken Sato of Japan.", "2017-05-17",
		  "Sato", NULL, "", NULL },
		{ "Visit by Vice-Minister for Foreign Affairs Ken Sato to "
		  "Fiji\n\nMr. Jun Abe, Press Secretary: In Fiji, he will "
		  "attend the forum meeting on May 19.", "2017-05-17", "Sato",
		  "FJ", "2017-05-19", NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: transcripts ("X, Minister: I plan to visit ..."), dashed lists. */
START_TEST(test_transcript)
{
	static const struct row rows[] = {
		{ "Mr. Ken Sato, Minister for Foreign Affairs of Japan: Good "
		  "morning.\n\nNext week I plan to visit Fiji.", "2021-07-09",
		  "Sato", "FJ", "", "planned" },
		{ "Mr. Ken Sato, Minister for Foreign Affairs of Japan: Good "
		  "morning.\n\nThe first matter is my visit to Samoa on July "
		  "15.", "2021-07-09", "Sato", "WS", "2021-07-15", NULL },
		/* another speaker line: "I" is no longer the minister */
		{ "Mr. Ken Sato, Minister for Foreign Affairs of Japan: Good "
		  "morning.\n\nQuestion: I plan to visit Fiji. Will you come?",
		  "2021-07-09", "Sato", NULL, "", NULL },
		/* no speaker line: "I" is nobody */
		{ "Foreign Minister Ken Sato of Japan spoke.\n\nA reporter "
		  "wrote: \"I will visit Fiji.\"", "2021-07-09", "Sato",
		  "!FJ", "", NULL },
		/* a list set off by spaced dashes */
		{ "Foreign Minister Ken Sato of Japan will visit four "
		  "countries - Fiji, Samoa, Tonga, and Palau - from July "
		  "15-21.", "2021-07-09", "Sato", "PW", "2021-07-21",
		  "planned" },
		/* a hyphen glued to a country is an adjective */
		{ "Foreign Minister Ken Sato of Japan will visit the "
		  "Peru-Chile border.", "2021-07-09", "Sato", "!PE", "",
		  NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: "call on the President" is a courtesy call, not a phone call. */
START_TEST(test_call_on)
{
	static const struct row rows[] = {
		{ "Minister Ana Ruiz of Spain will visit Peru on May 1, where "
		  "she will call on the President.", "2022-04-27", "Ruiz",
		  "PE", "2022-05-01", "planned" },
		{ "Minister Ana Ruiz of Spain arrived in Lima on Monday and "
		  "called on the Prime Minister.", "2022-04-27", "Ruiz", "PE",
		  "2022-04-25", NULL },
		/* a phone call stays no travel */
		{ "Minister Ana Ruiz of Spain spoke with Peru's president in "
		  "a phone call on Monday.", "2022-04-27", "Ruiz", NULL, "",
		  NULL },
		{ "Minister Ana Ruiz of Spain discussed a visit to Peru in a "
		  "call on Monday.", "2022-04-27", "Ruiz", NULL, "", NULL },
		{ "Minister Ana Ruiz of Spain held a telephone call on the "
		  "situation in Peru.", "2022-04-27", "Ruiz", NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: "the Iranian foreign minister": the office holder of the day. */
START_TEST(test_office_holder_the)
{
	static const struct row rows[] = {
		{ "The Iranian foreign minister's trip to Oman, planned for "
		  "Tuesday, has been postponed.", "2016-05-09", "Zarif", "OM",
		  "2016-05-10", "cancelled" },
		{ "The Iranian foreign minister will visit Oman next week.",
		  "2016-05-09", "Zarif", "OM", "", "planned" },
		/* "Soviet" (RU in the country table) in 1986 */
		{ "The Soviet foreign minister will visit Japan next week.",
		  "1986-05-30", "Shevardnadze", "JP", "", "planned" },
		{ "Russia's foreign minister will visit Japan next week.",
		  "2016-05-30", "Lavrov", "JP", "", "planned" },
		/* no country: no holder is guessed */
		{ "The foreign minister will visit Oman next week.",
		  "2016-05-09", "Zarif", NULL, "", NULL },
		/* a minister named before is the one meant */
		{ "Iranian Foreign Minister Ali Karimi met reporters. The "
		  "Iranian foreign minister will visit Oman next week.",
		  "2016-05-09", "Karimi", "OM", "", "planned" },
	};
	RUN(rows);
}
END_TEST

/* Gen3: hosts in a pair of objects; the time of an arrangement. */
START_TEST(test_objects_arrangements)
{
	static const struct row rows[] = {
		{ "Foreign Minister Ken Sato of Japan was to hold talks with "
		  "Secretary Ann Cole and Foreign Minister Tom Reed during a "
		  "visit to Fiji from Tuesday.", "2006-01-07", "Reed", "!FJ",
		  "", NULL },
		{ "Foreign Minister Ken Sato of Japan was to hold talks with "
		  "Secretary Ann Cole and Foreign Minister Tom Reed during a "
		  "visit to Fiji from Tuesday.", "2006-01-07", "Sato", "FJ",
		  "2006-01-10", NULL },
		/* "X and Y will visit": both travel */
		{ "Foreign Minister Ken Sato of Japan and Foreign Minister Tom "
		  "Reed of Britain will visit Fiji.", "2006-01-07", "Reed",
		  "FJ", "", "planned" },
		/* the day the visit was agreed is not the visit's */
		{ "Foreign Minister Ken Sato of Japan will visit Peru. The "
		  "minister's visit to Peru was agreed in February this year.",
		  "2007-04-27", "Sato", "PE", "", "planned" },
		{ "Foreign Minister Ken Sato of Japan will visit Peru. The "
		  "visit to Peru was announced on Monday and is set for May "
		  "3.", "2007-04-27", "Sato", "PE", "", "planned" },
		{ "Foreign Minister Ken Sato of Japan visited Peru in "
		  "February.", "2007-04-27", "Sato", "PE", "2007-02-01",
		  "completed" },
	};
	RUN(rows);
}
END_TEST

/* Gen3: "calls for stops in": a need, not a phone call. */
START_TEST(test_calls_for)
{
	static const struct row rows[] = {
		{ "Deputy Foreign Minister Li Wei of China will travel to "
		  "Hungary this summer. The trip also calls for stops in "
		  "Poland and Romania.", "1984-06-21", "Li Wei", "PL", "",
		  "planned" },
		{ "Deputy Foreign Minister Li Wei of China will travel to "
		  "Hungary this summer. The trip also calls for stops in "
		  "Poland and Romania.", "1984-06-21", "Li Wei", "RO", "",
		  "planned" },
		/* a phone call stays one */
		{ "Deputy Foreign Minister Li Wei of China made a phone call "
		  "for talks with Poland.", "1984-06-21", "Li Wei", NULL, "",
		  NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: Indian "Union" ministers, the day of a telling, asides. */
START_TEST(test_union_told_aside)
{
	static const struct row rows[] = {
		/* domestic for an Indian Union minister */
		{ "Union agriculture minister Raj Patel on Thursday visited "
		  "Vijayawada.", "2024-09-05", "Patel", NULL, "", NULL },
		{ "Union Minister Raj Patel will visit Nepal on Friday.",
		  "2024-09-05", "Patel", "NP", "2024-09-06", "planned" },
		{ "The European Union envoy Raj Patel will visit Nepal on "
		  "Friday.", "2024-09-05", "Patel", "NP", "2024-09-06",
		  NULL },
		/* "told X on January 31 of Y's planned visit" */
		{ "Foreign Minister Ali Sow of Mali will visit Moscow on March "
		  "5. The ambassador told reporters on January 31 of Sow's "
		  "planned visit to Moscow.", "2020-02-27", "Sow", "RU",
		  "2020-03-05", "planned" },
		{ "The ambassador said on Monday that Foreign Minister Ali Sow "
		  "of Mali would visit Moscow on March 5.", "2020-02-27",
		  "Sow", "RU", "2020-03-05", "planned" },
		/* an aside between "was" and "in" */
		{ "Secretary of State Tom Hale was, for instance, in Turkey in "
		  "late March.", "1986-06-29", "Hale", "TR", "1986-03-01",
		  "completed" },
		{ "Secretary of State Tom Hale was, as ever, unhappy with "
		  "Turkey.", "1986-06-29", "Hale", NULL, "", NULL },
		/* an official call is in person */
		{ "When the envoy paid an official call at the palace, "
		  "Secretary of State Tom Hale was in Singapore.",
		  "1986-06-29", "Hale", "SG", "", NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: "spend the weekend in X"; "his" in a later clause; "last May". */
START_TEST(test_spend_his_last)
{
	static const struct row rows[] = {
		{ "Prime Minister Raj Patel of India will spend next weekend "
		  "in Nepal.", "1988-11-16", "Patel", "NP", "1988-11-19",
		  "planned" },
		{ "Prime Minister Raj Patel of India spent two days in Nepal "
		  "last week.", "1988-11-16", "Patel", "NP", "", "completed" },
		/* money is no stay */
		{ "Prime Minister Raj Patel of India will spend $5 billion in "
		  "Nepal.", "1988-11-16", "Patel", NULL, "", NULL },
		{ "Prime Minister Raj Patel of India will spend more money in "
		  "Nepal.", "1988-11-16", "Patel", NULL, "", NULL },
		/* "his" is the subject of its own clause */
		{ "President Tom Hale of the United States will stay in "
		  "Moscow, just as Soviet leader Ivan Petrov stayed in "
		  "Washington during his visit to the United States last "
		  "December.", "1988-03-24", "Petrov", "US", "1987-12-01",
		  "completed" },
		{ "Soviet leader Ivan Petrov praised Foreign Minister Ken Sato "
		  "of Japan during his visit to Japan last December.",
		  "1988-03-24", "Petrov", "JP", "1987-12-01", "completed" },
		/* "last"/"next" with a month, whatever the tense */
		{ "Soviet leader Ivan Petrov, who visited Japan last March, "
		  "will go to India.", "1988-03-24", "Petrov", "JP",
		  "1987-03-01", NULL },
		{ "Soviet leader Ivan Petrov will visit Japan next March.",
		  "1988-03-24", "Petrov", "JP", "1989-03-01", "planned" },
		{ "Soviet leader Ivan Petrov will visit Japan next April.",
		  "1988-03-24", "Petrov", "JP", "1988-04-01", "planned" },
	};
	RUN(rows);
}
END_TEST

/* Gen3: a leader receiving a foreign official, no place named: at home. */
START_TEST(test_hosted_home)
{
	static const struct row rows[] = {
		{ "Soviet leader Ivan Petrov will receive French President "
		  "Jean Moreau.", "1988-11-16", "Moreau", "SU", "", "planned" },
		{ "Soviet leader Ivan Petrov will visit India next weekend, "
		  "and will on his return receive French President Jean "
		  "Moreau.", "1988-11-16", "Moreau", "SU", "", "planned" },
		{ "Kenyan President Paul Mwangi hosted Indian Prime Minister "
		  "Raj Patel on Monday.", "2013-10-23", "Patel", "KE",
		  "2013-10-21", NULL },
		/* the host has no leg */
		{ "Soviet leader Ivan Petrov will receive French President "
		  "Jean Moreau.", "1988-11-16", "Petrov", "!FR", "", NULL },
		/* not a leader: no inference */
		{ "Soviet Foreign Minister Ivan Petrov will receive French "
		  "Foreign Minister Jean Moreau.", "1988-11-16", "Moreau",
		  NULL, "", NULL },
		/* passive, or a thing received: none */
		{ "French President Jean Moreau was received by Soviet leader "
		  "Ivan Petrov.", "1988-11-16", "Moreau", "!SU", "", NULL },
		{ "Soviet leader Ivan Petrov received a letter from French "
		  "President Jean Moreau.", "1988-11-16", "Moreau", NULL, "",
		  NULL },
		/* a place named elsewhere in the clause decides */
		{ "Soviet leader Ivan Petrov will receive French President "
		  "Jean Moreau in Geneva.", "1988-11-16", "Moreau", "CH", "",
		  NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: "at the meeting in X"; "has arrived" yields to a stated day. */
START_TEST(test_meeting_at)
{
	static const struct row rows[] = {
		{ "President Tom Hale of the United States said he would be "
		  "frank at the meeting in Geneva on November 19-20.",
		  "1985-10-19", "Hale", "CH", "1985-11-19", "planned" },
		{ "Foreign Minister Ken Sato of Japan said during talks in "
		  "Beijing on Monday that trade must grow.", "2019-05-08",
		  "Sato", "CN", "2019-05-06", NULL },
		/* a meeting named only as a topic is no presence */
		{ "Foreign Minister Ken Sato of Japan praised the meeting in "
		  "Beijing.", "2019-05-08", "Sato", NULL, "", NULL },
		/* "has arrived" today, unless the day is stated after */
		{ "Chinese President Li Ming has arrived in Russia. Li, whose "
		  "plane landed in Moscow's airport on Monday, met officials.",
		  "2017-07-04", "Li Ming", "RU", "2017-07-03", "ongoing" },
	};
	RUN(rows);
}
END_TEST

/* Gen3: recaps of finished trips. */
START_TEST(test_recaps)
{
	static const struct row rows[] = {
		{ "Secretary of State Tom Hale wrapped up a visit to Japan on "
		  "Sunday.", "1987-10-19", "Hale", "JP", "1987-10-18",
		  "completed" },
		{ "Secretary of State Tom Hale wound up his tour of Japan on "
		  "Sunday.", "1987-10-19", "Hale", "JP", "1987-10-18",
		  "completed" },
		{ "Secretary of State Tom Hale is wrapping up a visit to "
		  "Japan.", "1987-10-19", "Hale", "JP", "", "ongoing" },
		/* "After visiting X, Y ...": Y's trip */
		{ "After visiting Japan, Secretary of State Tom Hale flew to "
		  "South Korea.", "1987-10-19", "Hale", "JP", "",
		  "completed" },
		{ "After visiting Japan, Secretary of State Tom Hale will fly "
		  "to South Korea.", "1987-10-19", "Hale", "JP", "",
		  "planned" },
		{ "After visiting Japan, Secretary of State Tom Hale will fly "
		  "to South Korea.", "1987-10-19", "Hale", "KR", "",
		  "planned" },
		/* the origin of a flight home is a finished stop */
		{ "Secretary of State Tom Hale stopped in Canada on his way "
		  "home from Japan.", "1987-10-19", "Hale", "JP", "",
		  "completed" },
		{ "Secretary of State Tom Hale flew back to Washington from "
		  "Japan on Sunday.", "1987-10-19", "Hale", "JP", "",
		  "completed" },
		/* home is no leg; an origin alone is no trip */
		{ "Secretary of State Tom Hale flew back to Washington from "
		  "Japan on Sunday.", "1987-10-19", "Hale", "!US", "", NULL },
		{ "The ban on travel from China worries Secretary of State "
		  "Tom Hale.", "1987-10-19", "Hale", NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: "here" in a datelined report is the dateline place. */
START_TEST(test_here)
{
	static const struct row rows[] = {
		{ "TOKYO, April 8 - West German Economics Minister Hans Vogel "
		  "said here today that trade must grow.", "1987-04-08",
		  "Vogel", "JP", "1987-04-08", "ongoing" },
		{ "TOKYO, April 8 - Visiting West German Economics Minister "
		  "Hans Vogel said trade must grow.", "1987-04-08", "Vogel",
		  "JP", "", "ongoing" },
		{ "WASHINGTON, April 8 - Japanese Prime Minister Ken Sato is "
		  "due here on April 29 for talks.", "1987-04-08", "Sato",
		  "US", "1987-04-29", "planned" },
		/* home officials, posted ambassadors, quotations: none */
		{ "TOKYO, April 8 - Japanese Foreign Minister Ken Sato said "
		  "here today that trade must grow.", "1987-04-08", "Sato",
		  NULL, "", NULL },
		{ "WASHINGTON, April 8 - Soviet Ambassador Ivan Petrov said "
		  "here today that talks must go on.", "1987-04-08", "Petrov",
		  NULL, "", NULL },
		{ "TOKYO, April 8 - West German Economics Minister Hans Vogel "
		  "said: \"Firms here must open the market.\"",
		  "1987-04-08", "Vogel", NULL, "", NULL },
		/* another trip named: that trip, not "here" */
		{ "TOKYO, April 8 - Officials here said West German Economics "
		  "Minister Hans Vogel would visit Seoul.", "1987-04-08",
		  "Vogel", "!JP", "", NULL },
		/* no dateline: "here" is nowhere */
		{ "West German Economics Minister Hans Vogel said here today "
		  "that trade must grow.", "1987-04-08", "Vogel", NULL, "",
		  NULL },
	};
	RUN(rows);
}
END_TEST

/* Gen3: "will have a meeting with King X" on a trip: X's country. */
/* "Lang, who took office Nov. 6, will fly": a date of background in a
 * relative clause is not the trip's; "who arrived on Monday" is. */
START_TEST(test_relative_dates)
{
	static const struct row rows[] = {
		{ "Prime Minister Noboru Takeshita, who took office Nov. 6, "
		  "will meet with Reagan in Washington on Wednesday.",
		  "1988-01-12", "Takeshita", "US", "1988-01-13", "planned" },
		{ "Foreign Minister Ana Lopez, who was appointed in May, will "
		  "visit Peru on Friday.", "1988-01-12", "Lopez", "PE",
		  "1988-01-15", "planned" },
		{ "Defence Minister Kurt Lang, who turned 60 on Sunday, will "
		  "fly to Athens on Thursday.", "1988-01-12", "Lang", "GR",
		  "1988-01-14", "planned" },
		{ "Foreign Minister Ana Lopez, who arrived in Lima on Monday, "
		  "will stay for three days.", "1988-01-12", "Lopez", "PE",
		  "1988-01-11", "ongoing" },
	};

	RUN(rows);
}
END_TEST

/* "then go on to Spain and Morocco": later stops of a tour. */
START_TEST(test_go_on_to)
{
	static const struct row rows[] = {
		{ "Foreign Minister Ana Lopez will fly to Lisbon on March 3, "
		  "then go on to Spain, Morocco and Tunisia.", "1988-01-12",
		  "Lopez", "MA", "", "planned" },
		{ "Foreign Minister Ana Lopez will fly to Lisbon on March 3, "
		  "then go on to Spain, Morocco and Tunisia.", "1988-01-12",
		  "Lopez", "PT", "1988-03-03", "planned" },
		{ "Trade Minister Hans Berger visited Rome on Monday and went "
		  "on to Greece and Turkey.", "1988-01-12", "Berger", "TR",
		  "", "completed" },
		{ "Trade Minister Hans Berger said exports would go on to "
		  "rise.", "1988-01-12", "Berger", NULL, NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "meet leaders in A, B and C on a nine-day trip beginning Feb. 4": the
 * places before a trip noun are its stops, the first gets the date. */
START_TEST(test_list_before_trip)
{
	static const struct row rows[] = {
		{ "Defence Minister Kurt Lang will meet leaders in Hungary, "
		  "Poland and Romania on a nine-day trip beginning Feb. 4.",
		  "1988-01-20", "Lang", "HU", "1988-02-04", "planned" },
		{ "Defence Minister Kurt Lang will meet leaders in Hungary, "
		  "Poland and Romania on a nine-day trip beginning Feb. 4.",
		  "1988-01-20", "Lang", "RO", "", "planned" },
		{ "Secretary of State Tom Hale will hold talks in Egypt, "
		  "Jordan and Syria during a week-long tour starting March "
		  "10.", "1988-01-20", "Hale", "SY", "", "planned" },
		{ "Foreign Minister Ana Lopez will see officials in Chile and "
		  "Peru on her trip next month.", "1988-01-20", "Lopez", "PE",
		  "1988-02-01", "planned" },
		{ "Foreign Minister Ana Lopez said prices in Chile and Peru "
		  "rose on a trip basis.", "1988-01-20", "Lopez", NULL, NULL,
		  NULL },
		{ "Foreign Minister Ana Lopez invested in Chile on a whim "
		  "before her trip.", "1988-01-20", "Lopez", NULL, NULL,
		  NULL },
	};

	RUN(rows);
}
END_TEST

/* "the President's trip" of an office holder not named in the text is
 * not the last subject's trip. */
START_TEST(test_unnamed_owner)
{
	static const struct row rows[] = {
		{ "Premier Zhao Ziyang has accepted an invitation to visit "
		  "Washington. The President's trip to the Far East includes "
		  "stops in Japan, South Korea and Thailand.", "1983-08-11",
		  "Zhao", "!JP", NULL, NULL },
		{ "Premier Zhao Ziyang has accepted an invitation to visit "
		  "Washington. The President's trip to the Far East includes "
		  "stops in Japan, South Korea and Thailand.", "1983-08-11",
		  "Zhao", "US", "", "planned" },
		{ "Foreign Minister Ana Lopez met the press. The Chancellor's "
		  "visit to Spain is set for May.", "1983-08-11", "Lopez",
		  NULL, NULL, NULL },
		{ "Chancellor Helmut Kohl spoke on Monday. The Chancellor's "
		  "visit to Spain is set for May.", "1983-08-11", "Kohl", "ES",
		  "", NULL },
	};

	RUN(rows);
}
END_TEST

/* "a visit to the forum, which also includes Japan": the members of a
 * meeting are no stops; "the summit, which opens in Lisbon" is one. */
START_TEST(test_members_not_stops)
{
	static const struct row rows[] = {
		{ "Foreign Minister Ana Lopez will attend the talks. It is her "
		  "second visit to the annual forum, which also includes "
		  "Japan, Canada and Australia.", "1985-07-06", "Lopez", NULL,
		  NULL, NULL },
		{ "Foreign Minister Ana Lopez will go to the summit, whose "
		  "members include Brazil and Mexico.", "1985-07-06", "Lopez",
		  NULL, NULL, NULL },
		{ "Foreign Minister Ana Lopez will travel to the conference, "
		  "which groups France, Italy and Spain.", "1985-07-06",
		  "Lopez", NULL, NULL, NULL },
		{ "Foreign Minister Ana Lopez will travel to the summit, which "
		  "opens in Lisbon on Monday.", "1985-07-06", "Lopez", "PT",
		  "", "planned" },
		{ "Foreign Minister Ana Lopez's tour includes stops in Japan "
		  "and Korea.", "1985-07-06", "Lopez", "JP", "", NULL },
	};

	RUN(rows);
}
END_TEST

/* "PEKING - X on Monday began three days of talks": an upper-case
 * dateline with a dash places the talks; "two rounds of talks" too. */
START_TEST(test_dash_dateline_talks)
{
	static const struct row rows[] = {
		{ "PEKING - French Foreign Minister Roland Dumas on Monday "
		  "began three days of talks on regional issues.",
		  "1985-03-19", "Dumas", "CN", "1985-03-18", "ongoing" },
		{ "NEW DELHI - Japanese Foreign Minister Shintaro Abe arrived "
		  "here today for talks.", "1985-03-19", "Abe", "IN",
		  "1985-03-19", "ongoing" },
		{ "TOKYO, March 19 - Canadian Trade Minister Pat Carney on "
		  "Monday began two days of talks with Japanese officials.",
		  "1985-03-19", "Carney", "JP", "1985-03-18", "ongoing" },
		{ "BONN, March 19 - Japanese Foreign Minister Shintaro Abe "
		  "today held two rounds of talks with officials.",
		  "1985-03-19", "Abe", "DE", "1985-03-19", "ongoing" },
		{ "Soviet Foreign Minister Eduard Shevardnadze today held the "
		  "first of three meetings with officials in Bonn.",
		  "1990-12-12", "Shevardnadze", "DE", "1990-12-12",
		  "ongoing" },
		{ "BONN, March 19 - Japanese Foreign Minister Shintaro Abe "
		  "said three days of talks in Tokyo had failed.",
		  "1985-03-19", "Abe", NULL, NULL, NULL },
		{ "Paris - the minister spoke. Foreign Minister Ana Lopez "
		  "will visit Peru.", "1985-03-19", "Lopez", "PE", "",
		  "planned" },
	};

	RUN(rows);
}
END_TEST

/* "his wife, Nancy,": a given name after a word of kin is no place;
 * "told the Kremlin" after an arrival is no stop. */
START_TEST(test_kin_and_speech)
{
	static const struct row rows[] = {
		{ "President Ronald Reagan, accompanied by his wife, Nancy, "
		  "arrived in Tokyo on Monday.", "1985-03-19", "Reagan",
		  "!FR", NULL, NULL },
		{ "President Ronald Reagan, accompanied by his wife, Nancy, "
		  "arrived in Tokyo on Monday.", "1985-03-19", "Reagan",
		  "JP", "1985-03-18", NULL },
		{ "Chancellor Helmut Kohl, with his wife, Georgia, flew to "
		  "Rome on Monday.", "1985-03-19", "Kohl", "!GE", NULL,
		  NULL },
		{ "Foreign Minister Ana Lopez arrived on Monday, an official "
		  "told Moscow radio.", "1985-03-19", "Lopez", NULL, NULL,
		  NULL },
		{ "As Foreign Minister Ana Lopez arrived, her spokesman warned "
		  "Washington against sanctions.", "1985-03-19", "Lopez",
		  NULL, NULL, NULL },
		{ "Foreign Minister Ana Lopez flew to Paris on Monday and told "
		  "reporters she was hopeful.", "1985-03-19", "Lopez", "FR",
		  "1985-03-18", "completed" },
	};

	RUN(rows);
}
END_TEST

/* "before moving on to Chile and Bolivia": the later stops of a tour,
 * while the meeting still places the first; "moved to London in 1970"
 * is no trip. */
START_TEST(test_moving_on)
{
	static const struct row rows[] = {
		{ "Foreign Minister Ana Lopez will meet leaders in Lima before "
		  "moving on to Chile and Bolivia.", "1985-03-19", "Lopez",
		  "BO", "", "planned" },
		{ "Foreign Minister Ana Lopez will meet leaders in Lima before "
		  "moving on to Chile and Bolivia.", "1985-03-19", "Lopez",
		  "PE", "", "planned" },
		{ "Trade Minister Hans Berger will meet officials in Rome and "
		  "then go on to Greece.", "1985-03-19", "Berger", "IT", "",
		  "planned" },
		{ "Trade Minister Hans Berger moved on to Athens on Tuesday "
		  "after talks in Rome.", "1985-03-19", "Berger", "GR",
		  "1985-03-19", NULL },
		{ "Trade Minister Hans Berger moved to London in 1970.",
		  "1985-03-19", "Berger", NULL, NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* Long State Department titles: "Under Secretary of State for
 * Management John Bass", "Special Envoy for the Great Lakes Region of
 * Africa X", "for Civilian Security, Democracy, and Human Rights X": the
 * name is the last words of the title-case run, not a portfolio word and
 * not the office's holder from the knowledge table. */
START_TEST(test_long_portfolios)
{
	static const struct row rows[] = {
		{ "Under Secretary of State for Management John Bass will "
		  "travel to Port Moresby, Papua New Guinea, from November "
		  "30.", "2022-11-30", "Bass", "PG", "2022-11-30", "planned" },
		{ "Under Secretary of State for Management John Bass will "
		  "travel to Port Moresby, Papua New Guinea, from November "
		  "30.", "2022-11-30", "Sherman", "!PG", NULL, NULL },
		{ "Under Secretary of State for Civilian Security, Democracy, "
		  "and Human Rights Uzra Zeya will travel to Kingston, "
		  "Jamaica, on February 19.", "2024-02-18", "Zeya", "JM",
		  "2024-02-19", "planned" },
		{ "Under Secretary of State for Civilian Security, Democracy, "
		  "and Human Rights Uzra Zeya will travel to Kingston, "
		  "Jamaica, on February 19.", "2024-02-18", "Democracy", "!JM",
		  NULL, NULL },
		{ "Special Envoy for the Great Lakes Region of Africa Thomas "
		  "Perriello will travel to Stockholm, Sweden, on May 3-5, "
		  "2016.", "2016-05-03", "Perriello", "SE", "2016-05-03",
		  "planned" },
		{ "Special Representative for Syria Engagement Joel Rayburn "
		  "will travel to Ankara, Turkey, on May 4.", "2016-05-03",
		  "Joel Rayburn", "TR", "2016-05-04", "planned" },
		{ "Special Representative for Syria Engagement Joel Rayburn "
		  "will travel to Ankara, Turkey, on May 4.", "2016-05-03",
		  "Engagement", "!TR", NULL, NULL },
		{ "Minister of State for External Affairs and Textiles, "
		  "Pabitra Margherita, will travel to Dakar, Senegal, on May "
		  "4.", "2016-05-03", "Pabitra Margherita", "SN", "2016-05-04",
		  "planned" },
		{ "Deputy Secretary of State John C. Whitehead will travel to "
		  "Paris next week.", "1988-01-20", "John C. Whitehead", "FR",
		  "", "planned" },
		{ "Under Secretary of State for Management John C. Bass will "
		  "travel to Paris next week.", "1988-01-20", "John C. Bass",
		  "FR", "", "planned" },
		{ "Minister for Trade, Industry and Tourism Ana Ruiz will "
		  "travel to Dakar, Senegal, on May 4.", "2016-05-03",
		  "Ana Ruiz", "SN", "2016-05-04", "planned" },
	};

	RUN(rows);
}
END_TEST

/* "left Bonn Friday ... before arriving in Tokyo": an undated arrival
 * after a dated departure takes the departure's date; an own date, or a
 * departure in a relative clause of background, does not. */
START_TEST(test_departure_date)
{
	static const struct row rows[] = {
		{ "West German Trade Minister Hans Berger left Bonn Friday "
		  "morning and was to stop in Anchorage before arriving in "
		  "Tokyo.", "1985-07-06", "Berger", "JP", "1985-07-05", NULL },
		{ "Secretary of State George Shultz left Washington Friday "
		  "morning and was to make two refueling stops before "
		  "arriving in Hong Kong.", "1985-07-06", "Shultz", "HK",
		  "1985-07-05", NULL },
		{ "Australian Foreign Minister Bill Hayden left Canberra "
		  "yesterday, arriving in Jakarta for talks with Indonesian "
		  "leaders.", "1985-07-06", "Hayden", "ID", "1985-07-05",
		  NULL },
		{ "West German Trade Minister Hans Berger left Bonn on "
		  "Thursday and arrived in Tokyo today.", "1985-07-06",
		  "Berger", "JP", "1985-07-06", NULL },
		{ "Australian Foreign Minister Bill Hayden, who left Canberra "
		  "last month, has arrived in Jakarta.", "1985-07-06",
		  "Hayden", "ID", "1985-07-06", "ongoing" },
	};

	RUN(rows);
}
END_TEST

/* "X's Asian tour, marred by disputes, moves today to Seoul": a trip
 * that moves on is a leg of its owner; a company that moves is none. */
START_TEST(test_tour_moves)
{
	static const struct row rows[] = {
		{ "Chancellor Helmut Kohl's Asian tour, hampered by continuing "
		  "differences with the region's governments, moves today to "
		  "Seoul.", "1986-05-02", "Kohl", "KR", "1986-05-02", NULL },
		{ "Foreign Minister Ana Lopez's Latin America journey, "
		  "overshadowed by the debt crisis, moves on Friday to "
		  "Brazil.", "1986-05-02", "Lopez", "BR", "1986-05-02",
		  "planned" },
		{ "Chancellor Helmut Kohl's tour of Asia moves today to "
		  "Seoul.", "1986-05-02", "Kohl", "KR", "1986-05-02", NULL },
		{ "Foreign Minister Ana Lopez said the company moves today to "
		  "Lisbon.", "1986-05-02", "Lopez", NULL, NULL, NULL },
		{ "Trade Minister Hans Berger said production moves to Spain "
		  "next year.", "1986-05-02", "Berger", NULL, NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "held talks at Kislovodsk", "met officials at Shanghai": a meeting
 * at a city places the visitor there, as "in" does. */
START_TEST(test_talks_at_city)
{
	static const struct row rows[] = {
		{ "Soviet Foreign Minister Alexander Bessmertnykh spoke "
		  "Thursday. He and US Secretary of State James Baker held "
		  "talks at Kislovodsk, USSR.", "1991-04-26", "Baker", "SU",
		  "", "ongoing" },
		{ "US Secretary of State James Baker held talks at Geneva on "
		  "Thursday.", "1991-04-26", "Baker", "CH", "1991-04-25",
		  NULL },
		{ "French Foreign Minister Roland Dumas met Chinese officials "
		  "at Shanghai yesterday.", "1991-04-26", "Dumas", "CN",
		  "1991-04-25", NULL },
		{ "US Secretary of State James Baker held talks with officials "
		  "at the State Department.", "1991-04-26", "Baker", NULL,
		  NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* A heading's "Secretary Hale" is the article's "Tom Hale": one leg per
 * country, under the full name. */
START_TEST(test_heading_surname)
{
	static const struct row rows[] = {
		{ "Secretary Hale to Travel to Egypt\n\nSecretary of State "
		  "Tom Hale will travel to Cairo on March 2.", "2024-02-18",
		  "Tom Hale", "EG", "2024-03-02", "planned" },
		{ "Minister Ruiz's Visit to Chile\n\nForeign Minister Ana "
		  "Ruiz will travel to Santiago, Chile, on February 19.",
		  "2024-02-18", "Ana Ruiz", "CL", "2024-02-19", "planned" },
		{ "Secretary Hale to Travel to Egypt\n\nSecretary of State "
		  "Tom Hale will travel to Cairo on March 2. Hale will also "
		  "visit Jordan.", "2024-02-18", "Tom Hale", "JO", "",
		  "planned" },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct extract_input	 in = { 0 };
		struct leg_list		 legs = { 0 };
		size_t			 n = 0;

		in.id = "t";
		in.text = rows[i].text;
		in.published = rows[i].published;
		ck_assert_int_eq(extract_run(kb, &in, &legs), 0);
		for (size_t k = 0; k < legs.n; k++) {
			ck_assert_msg(strchr(legs.v[k].person, ' ') != NULL,
			    "row %zu: surname-only leg %s", i,
			    legs.v[k].person);
			if (strcmp(legs.v[k].dest_country, rows[i].dest) == 0)
				n++;
		}
		ck_assert_msg(n == 1, "row %zu: %zu legs to %s", i, n,
		    rows[i].dest);
		extract_legs_free(&legs);
	}
	RUN(rows);
}
END_TEST

/* "Special Envoy for Syria X": the country of an envoy's portfolio is
 * where he goes, not his own; "Minister for Canada" stays Canadian. */
START_TEST(test_envoy_portfolio)
{
	static const struct row rows[] = {
		{ "On December 7, Special Envoy for Syria Joel Rayburn "
		  "traveled to northeast Syria for meetings.", "2021-01-07",
		  "Rayburn", "SY", "2020-12-07", "completed" },
		{ "Special Envoy for Yemen Tim Lenderking will travel to Yemen "
		  "and Saudi Arabia on January 9.", "2021-01-07", "Lenderking",
		  "YE", "2021-01-09", "planned" },
		{ "Special Representative for Afghanistan Reconciliation "
		  "Zalmay Khalilzad will travel to Afghanistan on January 9.",
		  "2021-01-07", "Khalilzad", "AF", "2021-01-09", "planned" },
		{ "Minister for Canada Tom Hale will travel to Canada on "
		  "January 9.", "2021-01-07", "Hale", NULL, NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "to Oslo, Norway, on May 3-5, and to Nairobi, Kenya, on May 6-10":
 * a stop's dates do not cut the list of stops. */
START_TEST(test_dated_stops_chain)
{
	static const struct row rows[] = {
		{ "Special Envoy Tom Hale will travel to Oslo on May 3-5, and "
		  "to Nairobi on May 6-10.", "2016-05-03", "Hale", "KE",
		  "2016-05-06", "planned" },
		{ "Special Envoy Tom Hale will travel to Oslo, Norway, on May "
		  "3, and to Nairobi, Kenya, on May 6.", "2016-05-03", "Hale",
		  "KE", "2016-05-06", "planned" },
		{ "Special Envoy Tom Hale will travel to Stockholm, Sweden, on "
		  "May 3-5, 2016, and to Goma and Kinshasa, Democratic "
		  "Republic of the Congo (DRC), on May 6-10.", "2016-05-03",
		  "Hale", "CD", "2016-05-06", "planned" },
		{ "Special Envoy Tom Hale will travel to Oslo on May 3, 2016, "
		  "when the king of Norway meets the President of Kenya.",
		  "2016-05-03", "Hale", "!KE", NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "visited Singapore on June 3" told in January is last June; "will
 * visit in June" the coming one; a past-tense sentence about a trip a
 * month ahead keeps the coming date. */
START_TEST(test_past_year)
{
	static const struct row rows[] = {
		{ "On June 3, Defense Secretary Tom Hale visited Singapore.",
		  "2021-01-07", "Hale", "SG", "2020-06-03", "completed" },
		{ "Foreign Minister Ana Lopez visited Singapore in June.",
		  "2021-01-07", "Lopez", "SG", "2020-06-01", "completed" },
		{ "Foreign Minister Ana Lopez will visit Singapore in June.",
		  "2021-01-07", "Lopez", "SG", "2021-06-01", "planned" },
		{ "Foreign Minister Ana Lopez said she would visit Singapore "
		  "in June.", "2021-01-07", "Lopez", "SG", "2021-06-01",
		  "planned" },
		{ "Trade Minister Ken Ito returned on Sunday to prepare for "
		  "Prime Minister Yasuhiro Nakasone's visit to Washington, "
		  "April 29 to May 5.", "1987-03-31", "Nakasone", "US",
		  "1987-04-29", NULL },
	};

	RUN(rows);
}
END_TEST

/* "attended the (IISS) Manama Dialogue", "the Munich Security
 * Conference on Saturday": a meeting named after its city, in the past;
 * "the Paris Club meeting" is no such place. */
START_TEST(test_city_events)
{
	static const struct row rows[] = {
		{ "On December 4-5, Defense Secretary Tom Hale attended the "
		  "IISS Manama Dialogue.", "2021-01-07", "Hale", "BH",
		  "2020-12-04", "completed" },
		{ "Defense Secretary Tom Hale attended the Munich Security "
		  "Conference on Saturday.", "2021-01-07", "Hale", "DE",
		  "2021-01-02", "completed" },
		{ "Foreign Minister Ana Lopez will attend the Davos Forum next "
		  "week.", "2021-01-07", "Lopez", "CH", "", "planned" },
		{ "Defense Secretary Tom Hale met officials in Munich on "
		  "Saturday.", "2021-01-07", "Hale", "DE", "2021-01-02",
		  "completed" },
		{ "Foreign Minister Ana Lopez attended the Paris Club meeting "
		  "on Monday.", "2021-01-07", "Lopez", NULL, NULL, NULL },
		{ "Foreign Minister Ana Lopez attended the Washington Post "
		  "lunch on Monday.", "2021-01-07", "Lopez", NULL, NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "She will also meet officials in France" after her trip's first
 * stops: the pronoun subject goes on with the trip; with no trip before,
 * or at home, no leg. */
START_TEST(test_pronoun_meeting)
{
	static const struct row rows[] = {
		{ "Foreign Minister Ana Lopez will travel to Kenya on January "
		  "15. She will also meet officials in France.", "2020-01-13",
		  "Lopez", "FR", "", "planned" },
		{ "Assistant Secretary for African Affairs Tibor Nagy will "
		  "travel to Kenya and Sudan from January 15-29, 2020. He will "
		  "also meet with government officials and partners in France "
		  "to strengthen regional cooperation.", "2020-01-13", "Nagy",
		  "FR", "", "planned" },
		{ "Foreign Minister Ana Lopez spoke to reporters on Monday. "
		  "She will also meet officials in France.", "2020-01-13",
		  "Lopez", NULL, NULL, NULL },
		{ "French Foreign Minister Jean Dupont will travel to Kenya on "
		  "January 15. He will also meet officials in France.",
		  "2020-01-13", "Dupont", "!FR", NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "During a White House visit Thursday, X renewed ...": an opening
 * phrase's visit is its subject's, after the comma. */
START_TEST(test_opening_visit)
{
	static const struct row rows[] = {
		{ "During a White House visit Thursday, Japanese Foreign "
		  "Minister Sousuke Uno renewed an invitation to the "
		  "president.", "1988-12-02", "Uno", "US", "1988-12-01",
		  NULL },
		{ "After a Paris visit last week, Japanese Foreign Minister "
		  "Sousuke Uno said the talks went well.", "1988-12-02", "Uno",
		  "FR", "", "completed" },
		{ "During a visit to Paris on Monday, Japanese Foreign "
		  "Minister Sousuke Uno said the talks went well.",
		  "1988-12-02", "Uno", "FR", "1988-11-28", NULL },
		{ "During a White House ceremony Thursday, Japanese Foreign "
		  "Minister Sousuke Uno renewed an invitation.", "1988-12-02",
		  "Uno", NULL, NULL, NULL },
		{ "During a Tokyo visit by the Pope, Japanese Foreign Minister "
		  "Sousuke Uno stayed at home.", "1988-12-02", "Uno", NULL,
		  NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* The visitor of a meeting at the host's place: "meet Soviet Foreign
 * Minister X in London" (a historical demonym), "talks in Bonn on Monday
 * with X", "Uno's planned Dec. 19-21 meeting in Tokyo with X" (not the
 * subject who speaks of it). */
START_TEST(test_meeting_visitor)
{
	static const struct row rows[] = {
		{ "British Foreign Secretary Geoffrey Howe will meet Soviet "
		  "Foreign Minister Eduard Shevardnadze in London on Monday.",
		  "1988-12-02", "Shevardnadze", "GB", "1988-12-05", "planned" },
		{ "West German Foreign Minister Hans-Dietrich Genscher will "
		  "hold talks in Bonn on Monday with Soviet Foreign Minister "
		  "Eduard Shevardnadze.", "1988-12-02", "Shevardnadze", "DE",
		  "1988-12-05", "planned" },
		{ "Japanese Foreign Minister Sousuke Uno met President Ronald "
		  "Reagan on Thursday. Reagan expressed interest in Uno's "
		  "planned Dec. 19-21 meeting in Tokyo with Soviet Foreign "
		  "Minister Eduard Shevardnadze.", "1988-12-02",
		  "Shevardnadze", "JP", "1988-12-19", "planned" },
		{ "Japanese Foreign Minister Sousuke Uno met President Ronald "
		  "Reagan on Thursday. Reagan expressed interest in Uno's "
		  "planned Dec. 19-21 meeting in Tokyo with Soviet Foreign "
		  "Minister Eduard Shevardnadze.", "1988-12-02", "Reagan",
		  "!JP", NULL, NULL },
		{ "British Foreign Secretary Geoffrey Howe spoke on Thursday. "
		  "Officials discussed Howe's meeting in London with British "
		  "business leaders.", "1988-12-02", "Howe", NULL, NULL,
		  NULL },
		{ "West German Foreign Minister Hans-Dietrich Genscher met in "
		  "Bonn on Monday, and Soviet Foreign Minister Eduard "
		  "Shevardnadze spoke in Moscow.", "1988-12-02",
		  "Shevardnadze", "!DE", NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "He was accompanied by Secretary of State X", "She will lead a
 * delegation that will include X" after a trip: the companion shares the
 * leg; with no trip before, no leg. */
START_TEST(test_accompanied)
{
	static const struct row rows[] = {
		{ "President Ronald Reagan arrived in Peking yesterday. He was "
		  "accompanied by Secretary of State George Shultz.",
		  "1984-04-27", "Shultz", "CN", "1984-04-26", NULL },
		{ "President Ronald Reagan arrived in Peking yesterday. Mr "
		  "Reagan, accompanied by his wife and his Secretary of State, "
		  "Mr George Shultz, was met at the airport by the Foreign "
		  "Minister.", "1984-04-27", "Shultz", "CN", "1984-04-26",
		  NULL },
		{ "President Ronald Reagan arrived in Peking yesterday. "
		  "Secretary of State George Shultz is accompanying him.",
		  "1984-04-27", "Shultz", "CN", "1984-04-26", NULL },
		{ "President Ronald Reagan will visit Peking next week. He "
		  "will be accompanied by Secretary of State George Shultz.",
		  "1984-04-27", "Shultz", "CN", "", "planned" },
		{ "President Ronald Reagan spoke in Washington yesterday. He "
		  "was accompanied by Secretary of State George Shultz.",
		  "1984-04-27", "Shultz", NULL, NULL, NULL },
		{ "Deputy Secretary Wendy Sherman will travel to Honiara, "
		  "Solomon Islands, on August 6-8. She will lead a delegation "
		  "that will include U.S. Ambassador to Australia Caroline "
		  "Kennedy and Assistant Secretary Kin Moy.", "2022-07-25",
		  "Moy", "SB", "2022-08-06", "planned" },
		{ "Foreign Minister Ana Lopez will visit Peru on August 6. Her "
		  "delegation includes Deputy Foreign Minister Luis Ortega.",
		  "2022-07-25", "Ortega", "PE", "2022-08-06", "planned" },
		{ "Foreign Minister Ana Lopez spoke on Monday. Her delegation "
		  "includes Deputy Foreign Minister Luis Ortega.",
		  "2022-07-25", "Ortega", NULL, NULL, NULL },
		{ "Foreign Minister Ana Lopez will visit Peru and Chile next "
		  "week. In Chile, she will be accompanied by Trade Minister "
		  "Luis Ortega.", "2023-02-09", "Ortega", "CL", "",
		  "planned" },
		{ "Foreign Minister Ana Lopez will visit Peru and Chile next "
		  "week. In Chile, she will be accompanied by Trade Minister "
		  "Luis Ortega.", "2023-02-09", "Ortega", "!PE", NULL, NULL },
		{ "Foreign Minister Ana Lopez will visit Peru next week. In "
		  "Chile, she will be joined by Trade Minister Luis Ortega.",
		  "2023-02-09", "Ortega", "!PE", NULL, NULL },
		{ "Foreign Minister Ana Lopez will visit Peru next week. She "
		  "will be joined by Trade Minister Luis Ortega.",
		  "2023-02-09", "Ortega", "PE", "", "planned" },
	};

	RUN(rows);
}
END_TEST

/* "a trip that will include a visit to Prague; talks in Germany with
 * X; and a meeting in Egypt with Y": the programme's places are stops;
 * "includes trade talks in the wake of" is none. */
START_TEST(test_include_list)
{
	static const struct row rows[] = {
		{ "President George Bush will go to Saudi Arabia as part of an "
		  "eight-day trip that also will include a visit to Prague; "
		  "talks in Germany with Chancellor Helmut Kohl; and a meeting "
		  "in Egypt with President Hosni Mubarak.", "1990-11-03",
		  "Bush", "EG", "", "planned" },
		{ "President George Bush will go to Saudi Arabia as part of an "
		  "eight-day trip that also will include a visit to Prague; "
		  "talks in Germany with Chancellor Helmut Kohl; and a meeting "
		  "in Egypt with President Hosni Mubarak.", "1990-11-03",
		  "Bush", "DE", "", "planned" },
		{ "Foreign Minister Ana Lopez will tour Asia next week. Her "
		  "trip will include a visit to Tokyo, talks in Seoul with "
		  "officials and a meeting in Manila with President Aquino.",
		  "1990-11-03", "Lopez", "PH", "", "planned" },
		{ "Foreign Minister Ana Lopez will visit Japan next week; the "
		  "agenda includes trade talks in the wake of disputes with "
		  "China.", "1990-11-03", "Lopez", "!CN", NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "will meet A next week in Cape Town and B in Namibia": each place
 * where the subject meets someone is a stop; a leader met is no
 * traveller, "discuss investment in Vietnam" no stop. */
START_TEST(test_second_meeting_place)
{
	static const struct row rows[] = {
		{ "Foreign Minister Ana Lopez will meet President Aquino in "
		  "Manila and Prime Minister Hawke in Canberra.", "1990-11-03",
		  "Lopez", "AU", "", "planned" },
		{ "Secretary of State James Baker will meet South African "
		  "President Frederik de Klerk next week in Cape Town and "
		  "black nationalist leader Nelson Mandela in Namibia.",
		  "1990-03-17", "Baker", "NA", "", "planned" },
		{ "Secretary of State James Baker will meet South African "
		  "President Frederik de Klerk next week in Cape Town and "
		  "black nationalist leader Nelson Mandela in Namibia.",
		  "1990-03-17", "Klerk", "!NA", NULL, NULL },
		{ "Foreign Minister Ana Lopez will meet officials in Manila "
		  "and discuss investment in Vietnam.", "1990-11-03", "Lopez",
		  "!VN", NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "X left Tokyo for Washington.  He will meet Reagan on Wednesday": a
 * dated meeting with no place dates the one undated leg; a meeting at
 * home does not. */
START_TEST(test_meeting_dates_leg)
{
	static const struct row rows[] = {
		{ "West German Trade Minister Hans Berger flew to Tokyo. He "
		  "will hold talks with Japanese officials on Wednesday.",
		  "1988-01-12", "Berger", "JP", "1988-01-13", "ongoing" },
		{ "Japanese Prime Minister Noboru Takeshita left Tokyo for "
		  "Washington for his first summit with President Reagan. "
		  "Takeshita will meet with Reagan on Wednesday.",
		  "1988-01-12", "Takeshita", "US", "1988-01-13", "ongoing" },
		{ "Spanish Foreign Minister Ana Lopez left Madrid for Tokyo. "
		  "She will meet Japanese officials on Thursday.",
		  "1988-01-12", "Lopez", "JP", "1988-01-14", "ongoing" },
		{ "Spanish Foreign Minister Ana Lopez visited Peru and Chile. "
		  "She met reporters in Madrid on Monday.", "1988-01-12",
		  "Lopez", "PE", "", "completed" },
	};

	RUN(rows);
}
END_TEST

/* "Duffy, here on a three-day visit after talks in the United States":
 * the stay is at the dateline place, the places after "after" earlier
 * stops; "Carney, in Tokyo for two days of talks, said": a stay. */
START_TEST(test_here_after_stops)
{
	static const struct row rows[] = {
		{ "BANGKOK, Oct 19 - Australian Trade Minister Michael Duffy "
		  "said exports rose. Duffy, here on a three-day visit after "
		  "talks in the United States, said progress was made.",
		  "1987-10-19", "Duffy", "TH", "", "ongoing" },
		{ "BANGKOK, Oct 19 - Australian Trade Minister Michael Duffy "
		  "said exports rose. Duffy, here on a three-day visit after "
		  "talks in the United States, said progress was made.",
		  "1987-10-19", "Duffy", "US", "", "completed" },
		{ "BANGKOK, Oct 19 - Australian Trade Minister Michael Duffy, "
		  "here on a visit following stops in Japan and China, said "
		  "progress was made.", "1987-10-19", "Duffy", "CN", "",
		  "completed" },
		{ "BANGKOK, Oct 19 - Australian Trade Minister Michael Duffy "
		  "will visit Japan after talks here.", "1987-10-19", "Duffy",
		  "JP", "", "planned" },
		{ "TOKYO, Oct 19 - Canadian Trade Minister Pat Carney said "
		  "exports rose. Carney, in Tokyo for two days of talks, said "
		  "progress was made.", "1987-10-19", "Carney", "JP", "",
		  "ongoing" },
		{ "Canadian Trade Minister Pat Carney, in Tokyo for talks, "
		  "said progress was made.", "1987-10-19", "Carney", "JP", "",
		  "ongoing" },
		{ "Canadian Trade Minister Pat Carney, in Tokyo last year, "
		  "said talks would resume.", "1987-10-19", "Carney", NULL,
		  NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "En route to Peru she will stop in Panama": the stop on the way
 * opens the trip, on its first known day; "on the way home" does not. */
START_TEST(test_en_route)
{
	static const struct row rows[] = {
		{ "Spanish Foreign Minister Ana Lopez will visit Peru and "
		  "Chile on a trip beginning March 3. En route to Peru she "
		  "will stop in Panama.", "1988-01-20", "Lopez", "PA",
		  "1988-03-03", "planned" },
		{ "Spanish Foreign Minister Ana Lopez will visit Peru and "
		  "Chile on a trip beginning March 3. Enroute to South America "
		  "she will go to Cuba for talks.", "1988-01-20", "Lopez",
		  "CU", "1988-03-03", "planned" },
		{ "Spanish Foreign Minister Ana Lopez will visit Peru and "
		  "Chile on a trip beginning March 3. On the way, she will "
		  "stop in Panama.", "1988-01-20", "Lopez", "PA", "1988-03-03",
		  "planned" },
		{ "Spanish Foreign Minister Ana Lopez will visit Peru and "
		  "Chile on a trip beginning March 3. On the way home, she "
		  "will stop in Cuba.", "1988-01-20", "Lopez", "CU", "",
		  "planned" },
	};

	RUN(rows);
}
END_TEST

/* "X arrived in Washington for talks", with no time in the sentence:
 * the day of the news; "had arrived ... before" is no news. */
START_TEST(test_arrived_today)
{
	static const struct row rows[] = {
		{ "Prime Minister Noboru Takeshita arrived in Washington for "
		  "talks with President Reagan.", "1988-01-13", "Takeshita",
		  "US", "1988-01-13", "ongoing" },
		{ "Chancellor Helmut Kohl arrived in Moscow for a three-day "
		  "visit.", "1988-01-13", "Kohl", "SU", "1988-01-13",
		  "ongoing" },
		{ "Chancellor Helmut Kohl had arrived in Moscow for a "
		  "three-day visit before the crisis.", "1988-01-13", "Kohl",
		  "SU", "", NULL },
		{ "Chancellor Helmut Kohl arrived in Moscow on Monday for a "
		  "three-day visit.", "1988-01-13", "Kohl", "SU", "1988-01-11",
		  "ongoing" },
	};

	RUN(rows);
}
END_TEST

/* "Cote d'Ivoire": a place name whose last word starts with an elided
 * article before its capital. */
START_TEST(test_elided_names)
{
	static const struct row rows[] = {
		{ "Chinese Foreign Minister Wang Yi will visit Egypt, Togo and "
		  "Cote d'Ivoire from Jan. 13 to 18.", "2024-01-11", "Wang",
		  "CI", "2024-01-18", "planned" },
		{ "French Foreign Minister Jean Dupont will travel to Cote "
		  "d'Ivoire on Monday.", "2024-01-11", "Dupont", "CI",
		  "2024-01-15", "planned" },
		{ "French Foreign Minister Jean Dupont will travel to Cote "
		  "d'ivoire on Monday.", "2024-01-11", "Dupont", NULL, NULL,
		  NULL },
	};

	RUN(rows);
}
END_TEST

/* "She'll then go to Ankara": the contraction is the pronoun and a
 * future; "shell" is neither. */
START_TEST(test_contractions)
{
	static const struct row rows[] = {
		{ "Secretary of State Hillary Clinton will travel to Brussels. "
		  "She'll then go to Ankara, where she'll meet officials.",
		  "2009-03-01", "Clinton", "TR", "", "planned" },
		{ "Foreign Minister Ana Lopez will visit Peru. She'll also "
		  "stop in Chile.", "2009-03-01", "Lopez", "CL", "",
		  "planned" },
		{ "Foreign Minister Ana Lopez will visit Peru. He\u2019ll not "
		  "stop in Chile.", "2009-03-01", "Lopez", "!CL", NULL, NULL },
		{ "Foreign Minister Ana Lopez will visit Peru. Lopez said the "
		  "shell company in Chile had closed.", "2009-03-01", "Lopez",
		  "!CL", NULL, NULL },
	};

	RUN(rows);
}
END_TEST

/* "Following his visit to Africa, Wang will visit Brazil": a clause
 * with its own subject after the comma ends the first trip's stops. */
START_TEST(test_clause_after_comma)
{
	static const struct row rows[] = {
		{ "Chinese Foreign Minister Wang Yi will visit Egypt and Togo, "
		  "spokesperson Mao Ning announced on Thursday. Following his "
		  "visit to Africa, Wang will visit Brazil and Jamaica upon "
		  "invitation from Jan. 18 to 22, Mao added.", "2024-01-11",
		  "Wang", "BR", "2024-01-18", "planned" },
		{ "Spokesman Tom Lee spoke. Chinese Foreign Minister Wang Yi "
		  "will visit Egypt. After his trip to Africa, Wang will "
		  "travel to Brazil on Jan. 18.", "2024-01-11", "Wang", "BR",
		  "2024-01-18", "planned" },
		{ "Chinese Foreign Minister Wang Yi will visit Egypt, Togo and "
		  "Ghana.", "2024-01-11", "Wang", "GH", "", "planned" },
	};

	RUN(rows);
}
END_TEST

/* "called at the White House": a call in person, so the sentence is no
 * phone call; "a phone call at 10 a.m." stays one. */
START_TEST(test_called_at)
{
	static const struct row rows[] = {
		{ "When Soviet Ambassador Yuri Dubinin called at the White "
		  "House Monday, Secretary of State George Shultz was in "
		  "Singapore seeing Lee Kuan Yew.", "1986-06-29", "Shultz",
		  "SG", "", "completed" },
		{ "When Soviet Ambassador Yuri Dubinin called at the White "
		  "House Monday, Secretary of State George Shultz was in "
		  "Singapore seeing Lee Kuan Yew.", "1986-06-29", "Dubinin",
		  "!SG", NULL, NULL },
		{ "Foreign Minister Ana Lopez held a phone call at 10 a.m. "
		  "with officials in Lima.", "1986-06-29", "Lopez", NULL, NULL,
		  NULL },
	};

	RUN(rows);
}
END_TEST

/*
 * Gen5: the end of a trip told as a return: "returned home from X",
 * "returned from a week in X", "returning from a trip to X", "back from
 * a visit to X" report a finished stay in X.  "returned to X" is no recap.
 */
START_TEST(test_return_from)
{
	static const struct row rows[] = {
		{ "Secretary of State Tom Hale returned home from Japan on "
		  "Monday.", "1987-06-26", "Hale", "JP", "", "completed" },
		{ "Foreign Minister Ana Ruiz of Peru returned from a week in "
		  "Brazil.", "1987-06-26", "Ruiz", "BR", "", "completed" },
		{ "Chancellor Karl Brandt of Austria returned home from "
		  "three days in Kenya.", "1987-06-26", "Brandt", "KE", "",
		  "completed" },
		{ "Secretary of State Tom Hale, returning from a trip to "
		  "Japan, said the talks went well.", "1987-06-26", "Hale",
		  "JP", "", "completed" },
		{ "Foreign Minister Ana Ruiz of Peru, back from a visit to "
		  "Chile, told reporters the deal was close.", "1987-06-26",
		  "Ruiz", "CL", "", "completed" },
		{ "Chancellor Karl Brandt of Austria returned from talks in "
		  "Ghana.", "1987-06-26", "Brandt", "GH", "", "completed" },
		/* a flight home after a stay */
		{ "Secretary of State Tom Hale flew home Thursday after a week "
		  "in Japan.", "1987-06-26", "Hale", "JP", "", "completed" },
		{ "Foreign Minister Ana Ruiz of Peru returned home on Sunday "
		  "after three days in Chile.", "1987-06-26", "Ruiz", "CL", "",
		  "completed" },
		{ "Chancellor Karl Brandt of Austria flew back home following "
		  "two days of talks in Kenya.", "1987-06-26", "Brandt", "KE",
		  "", "completed" },
		{ "Secretary of State Tom Hale flew home after a week in which "
		  "Japan rejected his plan.", "1987-06-26", "Hale", "!JP", "",
		  NULL },
		/* no recap: a return to X, talks with X, no place after
		 * "in" */
		{ "Secretary of State Tom Hale returned to Japan on Monday.",
		  "1987-06-26", "Hale", "!US", "", NULL },
		{ "Foreign Minister Ana Ruiz of Peru returned from a week of "
		  "talks with Brazil.", "1987-06-26", "Ruiz", "!BR", "",
		  NULL },
		{ "Chancellor Karl Brandt of Austria returned from the "
		  "meetings of the Kenya board.", "1987-06-26", "Brandt",
		  "!KE", "", NULL },
	};
	RUN(rows);
}
END_TEST

/*
 * Gen5: a list of stops each with its own purpose, "to A for a meeting,
 * to B to meet X and to C": each "to" after a purpose goes on with the
 * list.
 */
START_TEST(test_to_list_purpose)
{
	static const struct row rows[] = {
		{ "Foreign Minister Ana Ruiz of Peru flew to Oslo for a NATO "
		  "meeting, to Manila for talks and to Sydney for a "
		  "conference.", "1987-06-26", "Ruiz", "PH", "", "completed" },
		{ "Foreign Minister Ana Ruiz of Peru flew to Oslo for a NATO "
		  "meeting, to Manila for talks and to Sydney for a "
		  "conference.", "1987-06-26", "Ruiz", "AU", "", "completed" },
		{ "Secretary of State Tom Hale will travel to Nairobi for a "
		  "summit meeting, to Accra for talks with officials and to "
		  "Dakar.", "1987-06-26", "Hale", "GH", "", "planned" },
		{ "Secretary of State Tom Hale will travel to Nairobi for a "
		  "summit meeting, to Accra for talks with officials and to "
		  "Dakar.", "1987-06-26", "Hale", "SN", "", "planned" },
		{ "Chancellor Karl Brandt of Austria went on to Lima to meet "
		  "business leaders, to Quito to sign a trade deal, and to "
		  "Bogota.", "1987-06-26", "Brandt", "EC", "", "completed" },
		{ "Chancellor Karl Brandt of Austria then flew to Rome for a "
		  "meeting of the European Community finance ministers, to "
		  "Athens to confer with Greek officials and to Cairo.",
		  "1987-06-26", "Brandt", "EG", "", "completed" },
		{ "Secretary of State Tom Hale will travel to Bergen, Norway, "
		  "for a meeting of NATO defense ministers, to Lima to see "
		  "President Ana Rojas and to Quito.", "1987-06-26", "Hale",
		  "PE", "", "planned" },
		/* no list: "to the dismay of", a place in another clause */
		{ "Secretary of State Tom Hale flew to Oslo for a meeting, to "
		  "the dismay of Sweden.", "1987-06-26", "Hale", "!SE", "",
		  NULL },
		{ "Foreign Minister Ana Ruiz of Peru flew to Oslo for a "
		  "meeting with officials who had sent aid to Chile.",
		  "1987-06-26", "Ruiz", "!CL", "", NULL },
	};
	RUN(rows);
}
END_TEST

/*
 * Gen5: an office holder named only by honorific and surname ("Mr.
 * Reagan", "Mrs. Thatcher") is the one of the table in office on the
 * published date; no match, or one out of office, is no one.
 */
START_TEST(test_honorific_holder)
{
	static const struct row rows[] = {
		{ "Mr. Reagan will fly to Rome on Monday.", "1987-06-26",
		  "Reagan", "IT", "1987-06-29", "planned" },
		{ "Mrs. Thatcher arrived in Moscow on Monday.", "1987-04-01",
		  "Thatcher", "SU", "1987-03-30", NULL },
		{ "Mr. Shultz will visit Manila next week.", "1987-06-26",
		  "Shultz", "PH", "", "planned" },
		{ "Mr. Obama will visit Laos in September.", "2016-06-26",
		  "Obama", "LA", "2016-09-01", "planned" },
		/* out of office on the date, or no holder: no leg */
		{ "Mr. Reagan will fly to Rome on Monday.", "1995-06-26",
		  "Reagan", NULL, "", NULL },
		{ "Mr. Zorbanek will fly to Rome on Monday.", "1987-06-26",
		  "Zorbanek", NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

/*
 * Gen5: "lead a delegation to X", "heads a team to X": the leader goes;
 * a delegation or team elsewhere ("the delegation in Geneva") is no trip.
 */
START_TEST(test_delegation_to)
{
	static const struct row rows[] = {
		{ "Secretary of State Tom Hale will lead a delegation to Kenya "
		  "and Ghana from November 14-18.", "2021-11-11", "Hale", "KE",
		  "2021-11-14", "planned" },
		{ "Secretary of State Tom Hale will lead a delegation to Kenya "
		  "next week.", "2021-11-11", "Hale", "KE", "", "planned" },
		{ "Foreign Minister Ana Ruiz of Peru led an interagency team "
		  "to Chile last week.", "2021-11-11", "Ruiz", "CL", "",
		  "completed" },
		{ "Chancellor Karl Brandt of Austria is heading a business "
		  "delegation to the United Arab Emirates.", "2021-11-11",
		  "Brandt", "AE", "", NULL },
		/* not a trip of the speaker */
		{ "Secretary of State Tom Hale said the Japanese delegation in "
		  "Geneva was ready.", "2021-11-11", "Hale", "!CH", "", NULL },
		{ "Foreign Minister Ana Ruiz of Peru met a delegation from "
		  "Chile.", "2021-11-11", "Ruiz", "!CL", "", NULL },
	};
	RUN(rows);
}
END_TEST

/*
 * Gen5: "will fly from A to B for a visit from June 4 to 6": ahead of
 * time the dates are B's, and A is no finished stop.
 */
START_TEST(test_from_to_ahead)
{
	static const struct row rows[] = {
		{ "Secretary of State Tom Hale will fly from Kenya to Namibia "
		  "for a visit from November 14 to 16.", "2021-11-11", "Hale",
		  "NA", "2021-11-14", "planned" },
		{ "Foreign Minister Ana Ruiz of Peru will travel from Chile to "
		  "Bolivia on Tuesday.", "2021-11-11", "Ruiz", "BO",
		  "2021-11-16", "planned" },
		{ "Chancellor Karl Brandt of Austria is to fly from Rome to "
		  "Cairo on November 20 for talks.", "2021-11-11", "Brandt",
		  "EG", "2021-11-20", "planned" },
		{ "Secretary of State Tom Hale will fly from Kenya to Namibia "
		  "on Sunday.", "2021-11-11", "Hale", "!KE", "", NULL },
		/* told after the fact, the origin is a finished stop */
		{ "Chancellor Karl Brandt of Austria flew from Kenya to Ghana "
		  "on Tuesday.", "2021-11-11", "Brandt", "KE", "",
		  "completed" },
	};
	RUN(rows);
}
END_TEST

/*
 * Gen5: wire copy gives a bare surname and the office in an apposition:
 * "Brandt, the Austrian chancellor, will visit Japan".  A surname with a
 * plain noun phrase ("Brandt, the company") is no official.
 */
START_TEST(test_surname_apposition)
{
	static const struct row rows[] = {
		{ "Officials said Brandt, the Austrian chancellor, will visit "
		  "Japan in September.", "1987-07-16", "Brandt", "JP",
		  "1987-09-01", "planned" },
		{ "Ruiz, the Peruvian foreign minister, arrived in Chile on "
		  "Monday.", "1987-07-16", "Ruiz", "CL", "1987-07-13", NULL },
		{ "The statement said Hale, the American secretary of state, "
		  "will fly to Cairo next week.", "1987-07-16", "Hale", "EG",
		  "", "planned" },
		{ "Brandt, the Austrian company, will open a plant in Japan.",
		  "1987-07-16", "Brandt", NULL, "", NULL },
		/* a place before the apposition is no person */
		{ "While in Lima, the Peruvian foreign minister will meet "
		  "business leaders.", "1987-07-16", "Lima", NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

/*
 * Gen5: "last spring", "last year", "next summer": a vague time that
 * tells a past trip from one ahead, with no date.
 */
START_TEST(test_season_year)
{
	static const struct row rows[] = {
		{ "Vice Premier Li Wen of China attended the funeral in Moscow "
		  "last spring.", "1985-06-13", "Li Wen", "SU", "",
		  "completed" },
		{ "Vice Premier Li Wen of China held talks in Hanoi last "
		  "summer.", "1985-06-13", "Li Wen", "VN", "", "completed" },
		{ "Secretary of State Tom Hale met officials in Cairo last "
		  "year.", "1985-06-13", "Hale", "EG", "", "completed" },
		{ "Secretary of State Tom Hale will visit Cairo next year.",
		  "1985-06-13", "Hale", "EG", "", "planned" },
		{ "Vice Premier Li Wen of China said the harvest in Japan was "
		  "poor last year.", "1985-06-13", "Li Wen", NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

/*
 * Gen5: in a datelined report, "X and Peruvian leaders called Monday for
 * ...", a joint act with the hosts' leaders places X at the dateline.
 */
START_TEST(test_dateline_joint)
{
	static const struct row rows[] = {
		{ "LIMA (Kyodo) - Foreign Minister Taro Sato of Japan and "
		  "Peruvian leaders called Monday for aid to the region.",
		  "2000-05-03", "Sato", "PE", "2000-05-01", "ongoing" },
		{ "NAIROBI (Reuter) - Foreign Minister Ana Ruiz of Peru and "
		  "Kenyan officials signed a trade accord on Tuesday.",
		  "2000-05-03", "Ruiz", "KE", "2000-05-02", NULL },
		{ "CAIRO (AP) - Chancellor Karl Brandt of Austria and Egyptian "
		  "counterparts agreed today to expand trade.", "2000-05-03",
		  "Brandt", "EG", "2000-05-03", NULL },
		/* leaders of another country, a phone call, no dateline */
		{ "LIMA (Kyodo) - Foreign Minister Taro Sato of Japan and "
		  "Peruvian leaders called Monday by telephone.", "2000-05-03",
		  "Sato", NULL, "", NULL },
		{ "LIMA (Kyodo) - Foreign Minister Taro Sato of Japan and "
		  "Chilean leaders called Monday for aid to the region.",
		  "2000-05-03", "Sato", NULL, "", NULL },
		{ "Foreign Minister Taro Sato of Japan and Peruvian leaders "
		  "called Monday for aid to the region.", "2000-05-03",
		  "Sato", NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

/*
 * Gen5: Germany divided until 3 October 1990: an East German official
 * visiting West Germany travels abroad (DD to DE); after unity both are DE.
 */
START_TEST(test_divided_germany)
{
	static const struct row rows[] = {
		{ "East German leader Erich Vogt will visit West Germany Sept. "
		  "7-11.", "1987-07-16", "Vogt", "DE", "1987-09-07",
		  "planned" },
		{ "East German leader Erich Vogt will visit Bonn next week.",
		  "1987-07-16", "Vogt", "DE", "", "planned" },
		{ "Chancellor Karl Brandt of Austria arrived in East Berlin on "
		  "Monday.", "1987-07-16", "Brandt", "DD", "1987-07-13",
		  NULL },
		{ "West German Chancellor Otto Weber will visit East Germany "
		  "next month.", "1987-07-16", "Weber", "DD", "1987-08-01",
		  "planned" },
		/* one country after unity: home */
		{ "Chancellor Otto Weber of Germany will visit Bonn next week.",
		  "1995-07-16", "Weber", NULL, "", NULL },
	};
	RUN(rows);
}
END_TEST

/*
 * Gen5: "accepted Wednesday an invitation to visit X": the day is the
 * acceptance's, not the visit's; a date after the trip word is the trip's.
 */
START_TEST(test_invitation_day)
{
	static const struct row rows[] = {
		{ "East German leader Erich Vogt accepted Wednesday an "
		  "invitation to visit Austria.", "1987-07-16", "Vogt", "AT",
		  "", "planned" },
		{ "Secretary of State Tom Hale on Monday accepted an "
		  "invitation to visit Peru.", "1987-07-16", "Hale", "PE", "",
		  NULL },
		{ "Chancellor Karl Brandt of Austria said Tuesday he had "
		  "received an invitation to visit Japan.", "1987-07-16",
		  "Brandt", "JP", "", NULL },
		{ "Chancellor Karl Brandt of Austria accepted an invitation "
		  "to visit Japan on August 3.", "1987-07-16", "Brandt", "JP",
		  "1987-08-03", "planned" },
	};
	RUN(rows);
}
END_TEST


START_TEST(test_meeting_with_leader)
{
	static const struct row rows[] = {
		{ "President Tom Hale of the United States will visit Britain "
		  "on Friday. Hale will begin today by having a meeting with "
		  "King Omar of Jordan.", "2016-04-20", "Hale", "JO",
		  "2016-04-20", "planned" },
		{ "President Tom Hale of the United States will visit Britain "
		  "on Friday. Hale held talks with King Omar of Jordan on "
		  "Monday.", "2016-04-20", "Hale", "JO", "2016-04-18", NULL },
		/* no trip reported: a meeting may be anywhere */
		{ "President Tom Hale of the United States will have a meeting "
		  "with King Omar of Jordan on Friday.", "2016-04-20", "Hale",
		  NULL, "", NULL },
		/* talks about someone are no meeting with them */
		{ "President Tom Hale of the United States will visit Britain "
		  "on Friday. Hale will have talks on trade, officials said of "
		  "King Omar of Jordan.", "2016-04-20", "Hale", "!JO", "",
		  NULL },
	};
	RUN(rows);
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
		{ "names", test_names },
		{ "home_country", test_home_country },
		{ "not_destination", test_not_destination },
		{ "tour_dates", test_tour_dates },
		{ "context", test_context },
		{ "title_dates", test_title_dates },
		{ "dateline_colon", test_dateline_colon },
		{ "role_country", test_role_country },
		{ "onward_stop", test_onward_stop },
		{ "long_names", test_long_names },
		{ "cancel_dates", test_cancel_dates },
		{ "attributive_country", test_attributive_country },
		{ "historical_codes", test_historical_codes },
		{ "tour_carry", test_tour_carry },
		{ "topics", test_topics },
		{ "who_travels", test_who_travels },
		{ "title_forms", test_title_forms },
		{ "with_stops", test_with_stops },
		{ "tour_clauses", test_tour_clauses },
		{ "month_surname", test_month_surname },
		{ "was_to", test_was_to },
		{ "partners", test_partners },
		{ "visiting", test_visiting },
		{ "bracket_stops", test_bracket_stops },
		{ "territories", test_territories },
		{ "title_apposition", test_title_apposition },
		{ "pronoun_subject", test_pronoun_subject },
		{ "metonym_venue", test_metonym_venue },
		{ "invitation_staff", test_invitation_staff },
		{ "stop_meetings", test_stop_meetings },
		{ "clause_tense", test_clause_tense },
		{ "dateline_other_trip", test_dateline_other_trip },
		{ "summit_date", test_summit_date },
		{ "headings", test_headings },
		{ "transcript", test_transcript },
		{ "call_on", test_call_on },
		{ "office_holder_the", test_office_holder_the },
		{ "objects_arrangements", test_objects_arrangements },
		{ "calls_for", test_calls_for },
		{ "union_told_aside", test_union_told_aside },
		{ "spend_his_last", test_spend_his_last },
		{ "hosted_home", test_hosted_home },
		{ "meeting_at", test_meeting_at },
		{ "recaps", test_recaps },
		{ "here", test_here },
		{ "meeting_with_leader", test_meeting_with_leader },
		{ "relative_dates", test_relative_dates },
		{ "go_on_to", test_go_on_to },
		{ "list_before_trip", test_list_before_trip },
		{ "unnamed_owner", test_unnamed_owner },
		{ "members_not_stops", test_members_not_stops },
		{ "dash_dateline_talks", test_dash_dateline_talks },
		{ "kin_and_speech", test_kin_and_speech },
		{ "moving_on", test_moving_on },
		{ "long_portfolios", test_long_portfolios },
		{ "departure_date", test_departure_date },
		{ "tour_moves", test_tour_moves },
		{ "talks_at_city", test_talks_at_city },
		{ "heading_surname", test_heading_surname },
		{ "envoy_portfolio", test_envoy_portfolio },
		{ "dated_stops_chain", test_dated_stops_chain },
		{ "past_year", test_past_year },
		{ "city_events", test_city_events },
		{ "pronoun_meeting", test_pronoun_meeting },
		{ "opening_visit", test_opening_visit },
		{ "meeting_visitor", test_meeting_visitor },
		{ "accompanied", test_accompanied },
		{ "include_list", test_include_list },
		{ "second_meeting_place", test_second_meeting_place },
		{ "meeting_dates_leg", test_meeting_dates_leg },
		{ "here_after_stops", test_here_after_stops },
		{ "en_route", test_en_route },
		{ "arrived_today", test_arrived_today },
		{ "elided_names", test_elided_names },
		{ "contractions", test_contractions },
		{ "clause_after_comma", test_clause_after_comma },
		{ "called_at", test_called_at },
		{ "return_from", test_return_from },
		{ "to_list_purpose", test_to_list_purpose },
		{ "honorific_holder", test_honorific_holder },
		{ "delegation_to", test_delegation_to },
		{ "from_to_ahead", test_from_to_ahead },
		{ "surname_apposition", test_surname_apposition },
		{ "season_year", test_season_year },
		{ "dateline_joint", test_dateline_joint },
		{ "divided_germany", test_divided_germany },
		{ "invitation_day", test_invitation_day },
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
