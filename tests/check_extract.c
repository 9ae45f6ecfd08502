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
