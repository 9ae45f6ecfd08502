/*
 * check_extract: the extractor's behaviours, each a table of short
 * sentences written for these tests with every leg expected from them,
 * run against the embedded knowledge (loaded once, in main).
 *
 * A row's legs are spec strings, one a leg, in any order:
 *	"PERSON > CC[ CITY] START..END PRECISION STATUS"
 * e.g. "Ana Lopez > PE Lima 2023-05-09..- day ongoing": the full person,
 * the destination country, its city when one is named, the start and end
 * ("-" when unknown), the precision (day, month, unknown) and the status.
 * The extractor must give exactly those legs, no more; a row with no legs
 * expects none.
 *
 * A row marked .known is one the extractor gets wrong today in something
 * the earlier, looser tests did not check: its legs still say what is
 * right, and the runner checks only .probe, what the earlier test checked:
 *	"SURNAME > CC START[ STATUS]"	a leg whose person contains SURNAME,
 *					to CC, starting START ("-" unknown)
 *	"SURNAME > !CC"			no leg of that person to CC
 *	"none"				no leg at all
 * These rows are the extractor's open bugs; when one comes out right the
 * runner says so on stderr, and its .known and .probe should go.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "kb.h"
#include "testutil.h"

#define ROW_LEGS	TU_ROW_LEGS
#define SPEC_MAX	256

struct row {
	const char	*text;
	const char	*published;
	const char	*title;		/* may be NULL */
	const char	*legs[ROW_LEGS];	/* every leg expected */
	const char	*known;		/* why the extractor is wrong today */
	const char	*probe[ROW_LEGS];	/* with known: what is checked */
};

struct table {
	const char	*name;
	const struct row *rows;
	size_t		 n;
};

/* Read-only for every test; loaded before the runner forks. */
static const struct kb *kb;

/*
 * 1 when spec has the form of a leg spec: a person, " > ", a two-letter
 * country, an optional city, "START..END", a precision and a status.  A
 * typo in a table then fails as a typo, not as a wrong leg.
 */
static int
spec_valid(const char *spec)
{
	static const char *const prec[] = { "day", "month", "unknown" };
	static const char *const status[] = { "planned", "ongoing",
	    "completed", "cancelled" };
	const char	*gt, *st, *pr, *dates;
	size_t		 i;

	if ((gt = strstr(spec, " > ")) == NULL || gt == spec ||
	    strlen(gt) < 5 || gt[5] != ' ')
		return 0;
	if ((st = strrchr(spec, ' ')) == NULL || st <= gt + 5)
		return 0;
	for (i = 0; i < 4 && strcmp(st + 1, status[i]) != 0; i++)
		;
	if (i == 4)
		return 0;
	for (pr = st - 1; pr > gt && *pr != ' '; pr--)
		;
	for (i = 0; i < 3 && (strncmp(pr + 1, prec[i], strlen(prec[i])) != 0 ||
	    pr + 1 + strlen(prec[i]) != st); i++)
		;
	if (i == 3)
		return 0;
	for (dates = pr - 1; dates > gt && *dates != ' '; dates--)
		;
	return dates >= gt + 5 && strstr(dates, "..") != NULL &&
	    strstr(dates, "..") < pr;
}

/* The first leg of a person containing surname to dest, starting start
 * (any start when NULL), as the earlier tests looked them up. */
static const struct leg *
probe_find(const struct leg_list *legs, const char *surname,
    const char *dest, const char *start)
{
	for (size_t i = 0; i < legs->n; i++)
		if (strstr(legs->v[i].person, surname) != NULL &&
		    strcmp(legs->v[i].dest_country, dest) == 0 &&
		    (start == NULL || strcmp(legs->v[i].start, start) == 0))
			return &legs->v[i];
	return NULL;
}

/* The earlier, looser check of a .known row: see the file's head. */
static void
check_probe(const char *where, const char *probe,
    const struct leg_list *legs)
{
	char		 surname[64], dest[4], start[11] = "", status[16];
	const struct leg *l;
	const char	*gt;
	int		 n;

	if (strcmp(probe, "none") == 0) {
		ck_assert_msg(legs->n == 0, "%s: %zu legs, want none", where,
		    legs->n);
		return;
	}
	gt = strstr(probe, " > ");
	ck_assert_msg(gt != NULL && (size_t)(gt - probe) < sizeof surname,
	    "%s: bad probe \"%s\"", where, probe);
	snprintf(surname, sizeof surname, "%.*s", (int)(gt - probe), probe);
	n = sscanf(gt + 3, "%3s %10s %15s", dest, start, status);
	if (dest[0] == '!') {
		l = probe_find(legs, surname, dest + 1, NULL);
		ck_assert_msg(n == 1 && l == NULL, "%s: unwanted leg %s > %s",
		    where, l != NULL ? l->person : surname, dest + 1);
		return;
	}
	ck_assert_msg(n >= 2, "%s: bad probe \"%s\"", where, probe);
	if (strcmp(start, "-") == 0)
		start[0] = '\0';
	if ((l = probe_find(legs, surname, dest, start)) == NULL)
		l = probe_find(legs, surname, dest, NULL);
	ck_assert_msg(l != NULL, "%s: no leg %s > %s", where, surname, dest);
	ck_assert_msg(strcmp(l->start, start) == 0, "%s: start %s, want %s",
	    where, l->start, start);
	if (n == 3)
		ck_assert_msg(strcmp(extract_status_name(l->status), status) ==
		    0, "%s: status %s, want %s", where,
		    extract_status_name(l->status), status);
}

static void
check_row(const struct table *t, size_t i)
{
	const struct row	*r = &t->rows[i];
	struct extract_input	 in = { 0 };
	struct leg_list		 legs = { 0 };
	char			 where[64], msg[ROW_LEGS * SPEC_MAX + 64];
	int			 ok;

	snprintf(where, sizeof where, "%s row %zu", t->name, i);
	in.id = "t";
	in.title = r->title;
	in.text = r->text;
	in.published = r->published;
	for (size_t k = 0; k < ROW_LEGS && r->legs[k] != NULL; k++)
		ck_assert_msg(spec_valid(r->legs[k]), "%s: bad spec \"%s\"",
		    where, r->legs[k]);
	ck_assert_int_eq(extract_run(kb, &in, &legs), 0);
	if (r->known == NULL) {
		ok = tu_legs_match(r->legs, &legs, 0, msg, sizeof msg);
		ck_assert_msg(ok, "%s: %s", where, msg);
	} else {
		ck_assert_msg(r->probe[0] != NULL, "%s: known, no probe", where);
		for (size_t k = 0; k < ROW_LEGS && r->probe[k] != NULL; k++)
			check_probe(where, r->probe[k], &legs);
		/* a fixed bug is news: the row can be checked in full */
		if (tu_legs_match(r->legs, &legs, 0, msg, sizeof msg))
			fprintf(stderr, "%s: right now; drop its .known\n",
			    where);
	}
	extract_legs_free(&legs);
}

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

static const struct row rows_verbs[] = {
	{ .text = "Chilean Foreign Minister Ana Lopez arrived in Lima on "
	  "Tuesday.", .published = "2023-05-10",
	  .legs = { "Ana Lopez > PE Lima 2023-05-09..- day ongoing" } },
	{ .text = "French Defence Minister Paul Marceau will visit Egypt "
	  "next month.", .published = "2023-05-10",
	  .legs = { "Paul Marceau > EG 2023-06-01..- month planned" } },
	{ .text = "Kenyan President John Mwangi leaves for Tokyo tomorrow.",
	  .published = "2023-05-10",
	  .legs = { "John Mwangi > JP Tokyo 2023-05-11..- day planned" } },
	{ .text = "Swiss Economics Minister Hans Vogt flew to Brazil "
	  "yesterday.", .published = "2023-05-10",
	  .legs = { "Hans Vogt > BR 2023-05-09..- day completed" } },
	{ .text = "Dutch Prime Minister Karel de Wit is on a visit to Canada.",
	  .published = "2023-05-10",
	  .legs = { "Karel de Wit > CA -..- unknown ongoing" } },
	{ .text = "Indian Trade Minister Ravi Nair landed in Berlin today.",
	  .published = "2023-05-10",
	  .legs = { "Ravi Nair > DE Berlin 2023-05-10..- day ongoing" } },
	{ .text = "Polish Foreign Minister Jan Kowal will travel to Rome on "
	  "March 15.", .published = "2023-03-01",
	  .legs = { "Jan Kowal > IT Rome 2023-03-15..- day planned" } },
};

static const struct row rows_possessive_noun[] = {
	{ .text = "Greek Prime Minister Nikos Pappas's visit to Cairo last "
	  "week was a success.", .published = "2023-05-10",
	  .legs = { "Nikos Pappas > EG Cairo -..- unknown completed" } },
	{ .text = "Officials prepared for next week's visit to Seoul by "
	  "Irish Foreign Minister Sean Byrne.", .published = "2023-05-10",
	  .legs = { "Sean Byrne > KR Seoul -..- unknown planned" } },
};

static const struct row rows_status[] = {
	{ .text = "Foreign Minister Taro Sato has cancelled a trip to Canada "
	  "tomorrow, officials said.", .published = "2023-05-10",
	  .legs = { "Taro Sato > CA 2023-05-11..- day cancelled" } },
	{ .text = "Austrian Chancellor Karl Huber postponed his visit to "
	  "Brazil.", .published = "2023-05-10",
	  .legs = { "Karl Huber > BR -..- unknown cancelled" } },
	{ .text = "Thai Commerce Minister Somchai Dee returned from a visit "
	  "to China on Sunday.", .published = "2023-05-10",
	  .legs = { "Somchai Dee > CN -..2023-05-07 unknown completed" },
	  .known = "the return date ends the stay (as reut-13082): it is the "
	  "end, not the start",
	  .probe = { "Dee > CN 2023-05-07 completed" } },
};

static const struct row rows_not_travel[] = {
	/* phone and video */
	{ .text = "Secretary of State Mary Cole spoke by phone with the "
	  "foreign minister of Chile.", .published = "2023-05-10" },
	{ .text = "Norwegian Foreign Minister Erik Lund held a virtual "
	  "meeting with officials in Tokyo.", .published = "2023-05-10" },
	/* negation */
	{ .text = "Belgian Prime Minister Luc Maes will not visit Russia.",
	  .published = "2023-05-10" },
	/* no labelled official */
	{ .text = "A trade delegation will visit Japan next week.",
	  .published = "2023-05-10" },
	{ .text = "Senator Tom Reed will travel to Japan next week.",
	  .published = "2023-05-10" },
	{ .text = "Central bank governor Li Wei will visit Japan.",
	  .published = "2023-05-10" },
	/* domestic travel: a leg (domestic, check_gen_domestic.c) */
	{ .text = "Japanese Prime Minister Ken Ono will visit Osaka.",
	  .published = "2023-05-10",
	  .legs = { "Ken Ono > JP Osaka -..- unknown planned" } },
	/* "continued" ties, talks in passing, a central banker */
	{ .text = "Secretary of State Mary Cole stressed continued U.S.-Peru "
	  "ties with Peru.", .published = "2023-05-10" },
	{ .text = "U.S. Agriculture Secretary Tom Lang will urge Japan to "
	  "act during GATT talks in Geneva.", .published = "2023-05-10" },
	{ .text = "Bundesbank Vice-President Karl Otto will visit Washington.",
	  .published = "2023-05-10" },
	{ .text = "Labour opposition leader Neil Kerr made a trip to "
	  "Washington last week.", .published = "2023-05-10" },
	/* a region is not a destination */
	{ .text = "Italian Foreign Minister Marco Bassi will tour the Gulf.",
	  .published = "2023-05-10" },
};

static const struct row rows_dates[] = {
	{ .text = "Spanish Foreign Minister Rosa Gil will visit Peru on "
	  "Friday.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE 2023-05-12..- day planned" } },
	{ .text = "Spanish Foreign Minister Rosa Gil visited Peru on Monday.",
	  .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE 2023-05-08..- day completed" } },
	{ .text = "Spanish Foreign Minister Rosa Gil will visit Peru April "
	  "3-5.", .published = "2023-03-20",
	  .legs = { "Rosa Gil > PE 2023-04-03..2023-04-05 day planned" } },
	{ .text = "Spanish Foreign Minister Rosa Gil will visit Peru in July.",
	  .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE 2023-07-01..- month planned" } },
	{ .text = "Spanish Foreign Minister Rosa Gil will visit Peru later "
	  "this month.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE 2023-05-01..- month planned" } },
	{ .text = "Spanish Foreign Minister Rosa Gil will visit Peru next "
	  "week.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE -..- unknown planned" } },
	{ .text = "Spanish Foreign Minister Rosa Gil will be in Peru from "
	  "Monday to Wednesday.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE 2023-05-15..2023-05-17 day planned" } },
	{ .text = "Spanish Foreign Minister Rosa Gil will tour Peru, Chile "
	  "and Bolivia.", .published = "2023-05-10",
	  .legs = {
		"Rosa Gil > PE -..- unknown planned",
		"Rosa Gil > CL -..- unknown planned",
		"Rosa Gil > BO -..- unknown planned" } },
	{ .text = "Spanish Foreign Minister Rosa Gil is in Lima for talks.",
	  .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE Lima -..- unknown ongoing" } },
	{ .text = "Spanish Foreign Minister Rosa Gil will stop over in Dakar "
	  "on Friday.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > SN Dakar 2023-05-12..- day planned" } },
	/* year rollover */
	{ .text = "Spanish Foreign Minister Rosa Gil will visit Peru on "
	  "January 4.", .published = "2023-12-28",
	  .legs = { "Rosa Gil > PE 2024-01-04..- day planned" } },
	/* the date of the saying is not the trip's */
	{ .text = "CARACAS, April 27 - Finance Minister Luis Mora said today "
	  "he will travel to Japan in mid-May.", .published = "2023-04-27",
	  .legs = { "Luis Mora > JP 2023-05-01..- month planned" } },
	/* a date in another clause is not the trip's */
	{ .text = "Undersecretary of State Tim Dorn will visit Tokyo since "
	  "President Hale announced tariffs on April 17.",
	  .published = "2023-03-31",
	  .legs = { "Tim Dorn > JP Tokyo -..- unknown planned" } },
	/* a dated trip noun dates the undated leg */
	{ .text = "Undersecretary of State Tim Dorn will visit Tokyo next "
	  "week. A spokeswoman said the trip is set for April 6 to 8.",
	  .published = "2023-03-31",
	  .legs = { "Tim Dorn > JP Tokyo 2023-04-06..2023-04-08 day planned" } },
	/* arriving at the dateline place, no date: today */
	{ .text = "LIMA, May 11 - Spanish Foreign Minister Rosa Gil said on "
	  "arriving here that talks would go well.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE Lima 2023-05-11..- day ongoing" } },
	/* "the 21st of May", "two days ago", a year alone */
	{ .text = "Spanish Foreign Minister Rosa Gil will visit Peru on the "
	  "21st of May.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE 2023-05-21..- day planned" } },
	{ .text = "Spanish Foreign Minister Rosa Gil arrived in Peru two days "
	  "ago.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE 2023-05-08..- day ongoing" } },
	{ .text = "In 2016, Spanish Foreign Minister Rosa Gil made a visit to "
	  "Peru.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE -..- unknown completed" } },
	/* a day range that ends before it starts is its first day */
	{ .text = "Minister Nanda visit,Nanded May 3-2",
	  .published = "2024-04-20",
	  .legs = { "Nanda > IN Nanded 2024-05-03..- day planned" } },
	/* the dateline's local date is the reference */
	{ .text = "MADRID, May 11 - Foreign Minister Rosa Gil leaves for "
	  "Lima today.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > PE Lima 2023-05-11..- day planned" } },
};

static const struct row rows_coreference[] = {
	{ .text = "Estonian Foreign Minister Kai Tamm met reporters. Tamm "
	  "will visit Ghana.", .published = "2023-05-10",
	  .legs = { "Kai Tamm > GH -..- unknown planned" } },
	{ .text = "Estonian Foreign Minister Kai Tamm met reporters. She "
	  "will visit Ghana on Friday.", .published = "2023-05-10",
	  .legs = { "Kai Tamm > GH 2023-05-12..- day planned" } },
	{ .text = "Estonian Foreign Minister Kai Tamm and Latvian Foreign "
	  "Minister Juris Ozols met. They will both travel to Ghana.",
	  .published = "2023-05-10",
	  .legs = {
		"Kai Tamm > GH -..- unknown planned",
		"Juris Ozols > GH -..- unknown planned" } },
	{ .text = "U.S. Commerce Secretary Mark Dale spoke. The Commerce "
	  "Secretary will visit Peru.", .published = "2023-05-10",
	  .legs = { "Mark Dale > PE -..- unknown planned" } },
	/* "the Commerce Secretary" is not the Treasury one */
	{ .text = "U.S. Commerce Secretary Mark Dale spoke. Treasury "
	  "Secretary Jim Bell agreed. The Commerce Secretary will visit Peru.",
	  .published = "2023-05-10",
	  .legs = { "Mark Dale > PE -..- unknown planned" } },
	/* an unnamed title, then the name opening the next sentence */
	{ .text = "Australia's Minister for Trade Negotiations is hopeful. "
	  "Michael Dunn said talks went well. Dunn leaves for Indonesia on "
	  "Friday.", .published = "2023-05-10",
	  .legs = { "Michael Dunn > ID 2023-05-12..- day planned" } },
	/* meeting in a datelined report: at the dateline place */
	{ .text = "WASHINGTON, Oct 19 - Saudi Arabia's Crown Prince Faisal "
	  "bin Salem met Vice President Tom Hale on Monday.",
	  .published = "2023-10-19",
	  .legs = {
		"Faisal bin Salem > US Washington 2023-10-16..- day ongoing" } },
	{ .text = "WASHINGTON, Oct 19 - Saudi Arabia's Crown Prince Faisal "
	  "bin Salem, who is here on an official visit, spoke to reporters.",
	  .published = "2023-10-19",
	  .legs = { "Faisal bin Salem > US Washington 2023-10-19..- day ongoing" } },
	/* "returned from X": was in X */
	{ .text = "Japanese special envoy Ken Abe, who has just returned "
	  "from Washington, briefed the cabinet.", .published = "2023-10-19",
	  .legs = { "Ken Abe > US Washington -..- unknown completed" } },
	/* "his trip" is the sentence subject's */
	{ .text = "Labour leader Tom Kerr visited Tokyo. British Trade "
	  "Minister Ann Howe said her trip to Seoul went well.",
	  .published = "2023-05-10",
	  .legs = { "Ann Howe > KR Seoul -..- unknown completed" },
	  .known = "\"her trip went well\" is past: completed, not planned",
	  .probe = { "Howe > KR -" } },
	/* a bracketed acronym between title and name */
	{ .text = "Special Envoy for the Horn of Africa (SEHOA) Mike Hammond "
	  "will travel to Egypt.", .published = "2023-05-10",
	  .legs = { "Mike Hammond > EG -..- unknown planned" } },
};

static const struct row rows_officials[] = {
	/* a role phrase resolved to the holder on the date */
	{ .text = "The Pentagon chief will visit Japan next week.",
	  .published = "2021-06-01",
	  .legs = { "Lloyd Austin > JP -..- unknown planned" } },
	/* the table's canonical name for a written variant */
	{ .text = "Secretary of State Antony J. Blinken will travel to Peru.",
	  .published = "2022-05-01",
	  .legs = { "Antony Blinken > PE -..- unknown planned" } },
	/* a surname alone, after the full name */
	{ .text = "Pentagon chief Lloyd Austin spoke. Austin will fly to "
	  "Seoul on Friday.", .published = "2021-03-16",
	  .legs = { "Lloyd Austin > KR Seoul 2021-03-19..- day planned" } },
	/* "Austin" the city is not a person without context */
	{ .text = "Foreign Minister Ana Lopez of Chile will visit Austin, "
	  "Texas.", .published = "2021-03-16",
	  .legs = { "Ana Lopez > US Austin -..- unknown planned" } },
};

static const struct row rows_hosted[] = {
	/* the visitor travels, the host does not */
	{ .text = "Secretary of State Mary Cole met today with Moldovan "
	  "Prime Minister Ion Rusu in Washington.", .published = "2023-05-10",
	  .legs = { "Ion Rusu > US Washington 2023-05-10..- day ongoing" } },
	{ .text = "Peruvian Foreign Minister Luis Paz was received by "
	  "Chilean President Rosa Vidal in Santiago yesterday.",
	  .published = "2023-05-10",
	  .legs = { "Luis Paz > CL Santiago 2023-05-09..- day ongoing" } },
	{ .text = "Chilean President Rosa Vidal hosted Peruvian Foreign "
	  "Minister Luis Paz in Santiago on Monday.",
	  .published = "2023-05-10",
	  .legs = { "Luis Paz > CL Santiago 2023-05-08..- day ongoing" },
	  .known = "a meeting abroad reported without its end is ongoing "
	  "(conventions), as \"was received ... yesterday\" in the row before",
	  .probe = { "Paz > CL 2023-05-08" } },
};

static const struct row rows_multileg[] = {
	{ .text = "Secretary of State Mary Cole will travel to Kenya, Ghana "
	  "and Senegal June 3-9.", .published = "2023-05-10",
	  .legs = {
		"Mary Cole > KE 2023-06-03..- day planned",
		"Mary Cole > GH -..- unknown planned",
		"Mary Cole > SN -..2023-06-09 unknown planned" },
	  .known = "person is the surname alone; the text names \"Mary "
	  "Cole\"; the range's last day is the last stop's end (as "
	  "dos-349406), not its start",
	  .probe = {
		"Cole > KE 2023-06-03 planned",
		"Cole > GH - planned",
		"Cole > SN 2023-06-09 planned" } },
	{ .text = "Secretary of State Mary Cole arrived in Oslo from "
	  "Helsinki today.", .published = "2023-05-10",
	  .legs = {
		"Mary Cole > NO Oslo 2023-05-10..- day ongoing",
		"Mary Cole > FI Helsinki -..2023-05-10 unknown completed" },
	  .known = "person is the surname alone; the text names \"Mary "
	  "Cole\"; leaving Helsinki today ends that stay (as reut-16550)",
	  .probe = { "Cole > FI - completed" } },
	{ .text = "Secretary of State Mary Cole will be in Manila on June 3, "
	  "then continue on to Hanoi.", .published = "2023-05-10",
	  .legs = {
		"Mary Cole > PH Manila 2023-06-03..- day planned",
		"Mary Cole > VN Hanoi -..- unknown planned" },
	  .known = "person is the surname alone; the text names \"Mary Cole\"",
	  .probe = { "Cole > VN -" } },
	/* a time after a second trigger is that trigger's */
	{ .text = "Trade Minister Lars Berg is on a visit to Malaysia and "
	  "leaves for Indonesia on Friday.", .published = "2023-05-10",
	  .legs = {
		"Lars Berg > MY -..2023-05-12 unknown ongoing",
		"Lars Berg > ID 2023-05-12..- day planned" },
	  .known = "leaving for the next stop on Friday ends the Malaysia "
	  "stay (as reut-20091)",
	  .probe = { "Berg > MY - ongoing", "Berg > ID 2023-05-12 planned" } },
	/* "is in X after stops in Y" */
	{ .text = "The Commerce Secretary Mark Dale is in Manila after stops "
	  "in Hanoi and Seoul.", .published = "2023-05-10",
	  .legs = {
		"Mark Dale > PH Manila -..- unknown ongoing",
		"Mark Dale > VN Hanoi -..- unknown completed",
		"Mark Dale > KR Seoul -..- unknown completed" } },
	/* accompanying: both travel */
	{ .text = "Secretary of State Mary Cole will accompany President Tom "
	  "Hale to Kenya on June 3.", .published = "2023-05-10",
	  .legs = {
		"Tom Hale > KE 2023-06-03..- day planned",
		"Mary Cole > KE 2023-06-03..- day planned" },
	  .known = "person is the surname alone; the text names \"Mary Cole\"",
	  .probe = {
		"Hale > KE 2023-06-03 planned",
		"Cole > KE 2023-06-03 planned" } },
};

/* Names as the international press writes them. */
static const struct row rows_names[] = {
	/* a final apostrophe inside a name */
	{ .text = "Iraqi Prime Minister Hamid Sami' Al-Karimi arrived in "
	  "Oslo on Monday.", .published = "2024-06-18",
	  .legs = {
		"Hamid Sami' Al-Karimi > NO Oslo 2024-06-17..- day ongoing" } },
	/* "PM" as a title; "p.m." is a time */
	{ .text = "Pakistani PM Imran Qadir will visit Nepal on March 5.",
	  .published = "2018-03-02",
	  .legs = { "Imran Qadir > NP 2018-03-05..- day planned" } },
	{ .text = "Talks end at 1 p.m. Monday, when Chilean Foreign Minister "
	  "Ana Ruiz will fly to Lima.", .published = "2018-03-02",
	  .legs = { "Ana Ruiz > PE Lima 2018-03-05..- day planned" } },
	/* honorifics before a name */
	{ .text = "Qatari Foreign Minister Sheikh Ali Nasser will visit Oslo "
	  "tomorrow.", .published = "2019-04-02",
	  .legs = { "Ali Nasser > NO Oslo 2019-04-03..- day planned" } },
	{ .text = "British Trade Minister Lord Hale will travel to Nepal on "
	  "Friday.", .published = "2019-04-02",
	  .legs = { "Hale > NP 2019-04-05..- day planned" } },
	/* a minister who holds a military rank is a minister */
	{ .text = "Afghan Defense Minister General Ali Khan Ahmadi arrived "
	  "in Pakistan on Sunday.", .published = "2013-01-28",
	  .legs = { "Ali Khan Ahmadi > PK 2013-01-27..- day ongoing" } },
	/* the name in apposition after the title */
	{ .text = "British Minister for Asia, Lord Hale of Didcot, visited "
	  "Nepal last month.", .published = "2013-01-28",
	  .legs = { "Hale > NP 2012-12-01..- month completed" } },
	/* "the defense minister" is the "Defence Minister" met */
	{ .text = "Visiting Afghan Defence Minister Ali Ahmadi on Monday "
	  "held talks with the army chief. The Afghan defense minister "
	  "arrived in Pakistan on Sunday for talks.",
	  .published = "2013-01-28",
	  .legs = { "Ali Ahmadi > PK 2013-01-27..- day ongoing" } },
	/* "HE" (His Excellency) before a name; the title after it */
	{ .text = "HE Sheikh Omar bin Said, the Omani foreign minister, is "
	  "due in Paris next Tuesday.", .published = "2023-03-02",
	  .legs = { "Omar bin Said > FR Paris 2023-03-07..- day planned" } },
	{ .text = "Saudi Foreign Minister Prince Ali bin Nasser arrived in "
	  "Cairo on Saturday. HE Sheikh Omar bin Said, the Omani foreign "
	  "minister, is due in Paris next Tuesday.", .published = "2023-03-02",
	  .legs = {
		"Ali bin Nasser > EG Cairo 2023-02-25..- day ongoing",
		"Omar bin Said > FR Paris 2023-03-07..- day planned" } },
	/* a title whose complement has words the lexicon lacks */
	{ .text = "Assistant Secretary for East Asian and Pacific Affairs "
	  "Daniel Roe is traveling to Seoul, Republic of Korea, September "
	  "26-30.", .published = "2022-09-25",
	  .legs = {
		"Daniel Roe > KR Seoul 2022-09-26..2022-09-30 day planned" } },
	{ .text = "Ambassador to Japan Ruth Cole will travel to Seoul on "
	  "Monday.", .published = "2022-09-25",
	  .legs = { "Ruth Cole > KR Seoul 2022-09-26..- day planned" } },
	/* hyphenated titles; "He" as the last part of a name */
	{ .text = "Kenyan Vice-President Ruth Otieno will visit Ghana on "
	  "Sunday. Chinese Vice-Premier Liu He arrived in Davos on Tuesday.",
	  .published = "2023-03-23",
	  .legs = {
		"Ruth Otieno > GH 2023-03-26..- day planned",
		"Liu He > CH Davos 2023-03-21..- day ongoing" } },
	{ .text = "US Ambassador-at-Large Ruth Cole traveled to Jakarta on "
	  "Monday.", .published = "2023-03-23",
	  .legs = { "Ruth Cole > ID Jakarta 2023-03-20..- day completed" } },
	/* initials */
	{ .text = "External Affairs Minister S. Rao will travel to Chile on "
	  "Monday.", .published = "2024-06-12",
	  .legs = { "S. Rao > CL 2024-06-17..- day planned" } },
	{ .text = "Foreign Minister G L Perera visited Nepal in February "
	  "2022.", .published = "2022-03-26",
	  .legs = { "G L Perera > NP 2022-02-01..- month completed" } },
};

/* The official's own country is never a destination: known from the
 * office-holder table, the dateline, a role phrase with a country. */
static const struct row rows_home_country[] = {
	/* surname of an office holder in office on that date */
	{ .text = "President Obama will travel to Chicago and then to Mexico "
	  "next week.", .published = "2010-05-03",
	  .legs = { "Barack Obama > US Chicago -..- unknown planned",
		"Barack Obama > MX -..- unknown planned" },
	  .known = "the office holder is known from the table on that date: "
	  "the person is the full name, not the surname alone",
	  .probe = { "Obama > US - planned", "Obama > MX - planned" } },
	/* a dateline in braces or with a colon */
	{ .text = "WASHINGTON {AP} President Ella Stone left Friday on a "
	  "trip to Boston and Nigeria.", .published = "2000-08-26",
	  .legs = { "Ella Stone > NG -..- unknown planned" },
	  .known = "Nigeria is the later stop of a trip begun on Friday "
	  "(Boston first): no start of its own, and planned",
	  .probe = { "Stone > !US", "Stone > NG 2000-08-25" } },
	{ .text = "NAIROBI (Xinhua): Japanese Trade Minister Ken Sato "
	  "arrived here on Sunday.", .published = "2018-08-20",
	  .legs = { "Ken Sato > KE Nairobi 2018-08-19..- day ongoing" } },
	/* "Australia's top diplomat" is the holder of that office */
	{ .text = "Australian Foreign Minister Penny Wong will visit Fiji "
	  "and Samoa. On Wednesday, Australia's top diplomat will travel to "
	  "Samoa.", .published = "2022-08-29",
	  .legs = {
		"Penny Wong > FJ -..- unknown planned",
		"Penny Wong > WS 2022-08-31..- day planned" } },
	/* someone named after the place, on whose behalf the visitor
	 * came, did not travel */
	{ .text = "Secretary of State Antony Blinken met today with the "
	  "Prime Minister in Tokyo on behalf of President Biden.",
	  .published = "2022-07-11",
	  .legs = { "Antony Blinken > JP Tokyo 2022-07-11..- day ongoing" } },
};

/* Places that follow a trigger but are not where anyone goes. */
static const struct row rows_not_destination[] = {
	/* "Democratic People's Republic of Korea" is one name */
	{ .text = "Chilean President Anna Berg will pay a state visit to the "
	  "Democratic People's Republic of Korea on June 18-19.",
	  .published = "2024-06-10",
	  .legs = { "Anna Berg > KP 2024-06-18..2024-06-19 day planned" } },
	/* a country as a modifier: "the new Brazil partnership" */
	{ .text = "Chilean President Ella Stone will travel to Peru next "
	  "week. During the trip, she will praise the new Brazil partnership.",
	  .published = "2021-05-03",
	  .legs = { "Ella Stone > PE -..- unknown planned" } },
	/* "travel" as a mass noun is nobody's trip */
	{ .text = "Japanese Tourism Minister Ken Sato said visa-free travel "
	  "to China would boost trade.", .published = "2023-04-10" },
	/* travel from a place, to nowhere named */
	{ .text = "British Prime Minister Tom Hale welcomed the decision to "
	  "lift restrictions on travel from China.", .published = "2023-06-10" },
	/* same-name cities: the one in the country named before */
	{ .text = "Venezuela expects Spanish Trade Minister Ana Costa in "
	  "Caracas on Monday. Costa will then fly to Valencia.",
	  .published = "2023-06-10",
	  .legs = { "Ana Costa > VE Caracas 2023-06-12..- day planned" },
	  .known = "one stay in Venezuela: Caracas on Monday, then Valencia; "
	  "the extractor keeps only Valencia, undated",
	  .probe = { "Costa > !ES" } },
	{ .text = "Spain expects Peruvian Trade Minister Ana Costa in Madrid "
	  "on Monday. Costa will then fly to Valencia.",
	  .published = "2023-06-10",
	  .legs = { "Ana Costa > ES Madrid 2023-06-12..- day planned" },
	  .known = "one stay in Spain: Madrid on Monday, then Valencia; the "
	  "extractor keeps only Valencia, undated",
	  .probe = { "Costa > ES -" } },
	{ .text = "Venezuela expects Spanish Trade Minister Ana Costa in "
	  "Caracas on Monday. Costa will then fly to Valencia.",
	  .published = "2023-06-10",
	  .legs = { "Ana Costa > VE Caracas 2023-06-12..- day planned" },
	  .known = "one stay in Venezuela: Caracas on Monday, then Valencia; "
	  "the extractor keeps only Valencia, undated",
	  .probe = { "Costa > VE -" } },
	/* place names inside a proper name */
	{ .text = "Irish Trade Minister Sean Byrne made the trip weeks after "
	  "the signing of the Chile Peru Trade Agreement.",
	  .published = "2020-02-13" },
	/* "the head of state" is no travel verb */
	{ .text = "Peruvian President Ella Stone will visit Chile next week. "
	  "Stone is also the head of a party in Bolivia.",
	  .published = "2021-05-03",
	  .legs = { "Ella Stone > CL -..- unknown planned" } },
	/* another person's clause after the trip noun */
	{ .text = "Kenyan Foreign Minister Tom Hale will visit Peru. The "
	  "announcement of the minister's visit comes days after Premier Ana "
	  "Berg urged Chile and Japan to help.", .published = "2021-05-03",
	  .legs = { "Tom Hale > PE -..- unknown planned" } },
	{ .text = "Kenyan Foreign Minister Tom Hale will visit Peru. The "
	  "announcement of the minister's visit comes days after leaders "
	  "urged Chile and Japan to help.", .published = "2021-05-03",
	  .legs = { "Tom Hale > PE -..- unknown planned" } },
};

/* Who and where across sentences. */
static const struct row rows_context[] = {
	/* "his" after a passive agent; "the country" named before */
	{ .text = "Kenyan Foreign Minister Tom Hale will visit Peru next "
	  "week. He will review plans made by Prime Minister Raj Patel of "
	  "India during his visit to the country in September last year.",
	  .published = "2018-05-03",
	  .legs = {
		"Tom Hale > PE -..- unknown planned",
		"Raj Patel > PE 2017-09-01..- month completed" } },
	/* "his Bangladeshi counterpart X": a visitor of that rank */
	{ .text = "Prime Minister Raj Patel hosted his Kenyan counterpart "
	  "Ruth Otieno in New Delhi on Friday.", .published = "2023-02-03",
	  .legs = { "Ruth Otieno > IN New Delhi 2023-02-03..- day ongoing" } },
	/* a trip noun in a future clause is planned, even after
	 * "after" */
	{ .text = "Chilean President Ella Stone will depart the capital "
	  "immediately after her statement for a week-long trip to Asia that "
	  "will include stops in Japan and Vietnam.",
	  .published = "2009-11-12",
	  .legs = {
		"Ella Stone > JP -..- unknown planned",
		"Ella Stone > VN -..- unknown planned" } },
	/* a future hosted visit "at the White House" */
	{ .text = "President Biden will host Indian Prime Minister Raj Patel "
	  "at the White House on June 22.", .published = "2023-06-10",
	  .legs = { "Raj Patel > US Washington 2023-06-22..- day planned" } },
	/* "said on Tuesday" dates the saying, not the trip */
	{ .text = "Brazilian Foreign Minister Ana Costa said on Tuesday she "
	  "hoped to visit Russia soon.", .published = "2023-06-10",
	  .legs = { "Ana Costa > RU -..- unknown planned" } },
	/* "his" of a title that names no one known */
	{ .text = "Soviet Foreign Minister Ivan Petrov left for Indonesia on "
	  "Monday. The Prime Minister postponed his trip to India.",
	  .published = "1987-03-10",
	  .legs = { "Ivan Petrov > ID 1987-03-09..- day completed" } },
	/* a foreign official met abroad is a visitor there */
	{ .text = "Commerce Secretary Gina Raimondo met Chinese Commerce "
	  "Minister Wang Tao in Washington last week.",
	  .published = "2023-05-03",
	  .legs = { "Wang Tao > US Washington -..- unknown completed" } },
	{ .text = "Secretary of State Jane Roe met Japanese Foreign Minister "
	  "Ken Sato in Tokyo on Monday.", .published = "2023-05-03",
	  .legs = { "Jane Roe > JP Tokyo 2023-05-01..- day ongoing" } },
	/* an opening phrase names the place of the meeting */
	{ .text = "On the sidelines of the summit in Bali, Chinese President "
	  "Wu Lei met Australian Prime Minister Tom Hale.",
	  .published = "2022-11-15",
	  .legs = {
		"Wu Lei > ID Bali -..- unknown ongoing",
		"Tom Hale > ID Bali -..- unknown ongoing" } },
	/* "a Ukrainian minister" is not the Indian minister met */
	{ .text = "Indian Prime Minister Raj Patel arrived in Paris on "
	  "Friday. It was the first visit by a Ukrainian minister to China "
	  "in years.", .published = "2023-05-15",
	  .legs = { "Raj Patel > FR Paris 2023-05-12..- day ongoing" } },
	/* a meeting abroad that is negated */
	{ .text = "Chinese Premier Wu Lei will not attend the summit in New "
	  "Delhi, officials said.", .published = "2023-09-04" },
	/* "In X, Y will participate in ...": presence */
	{ .text = "Secretary of State Jane Roe will visit Chile and Laos. In "
	  "Laos, Secretary Roe will participate in a regional meeting on "
	  "November 21.", .published = "2024-11-12",
	  .legs = {
		"Jane Roe > CL -..- unknown planned",
		"Jane Roe > LA 2024-11-21..- day planned" } },
	/* "this afternoon" is the published day */
	{ .text = "Iraqi Prime Minister Hamid Karimi met the Prime Minister "
	  "in London this afternoon.", .published = "2025-01-14",
	  .legs = { "Hamid Karimi > GB London 2025-01-14..- day ongoing" } },
	/* the time nearest before the trigger */
	{ .text = "Indian Prime Minister Raj Patel left for Brazil on "
	  "Tuesday. The visit will begin on June 21 and end on June 24, "
	  "after which the prime minister will leave for Egypt.",
	  .published = "2023-06-20",
	  .legs = {
		"Raj Patel > BR 2023-06-21..2023-06-24 day planned",
		"Raj Patel > EG 2023-06-24..- day planned" },
	  .known = "the Brazil visit begins June 21 and ends June 24: the "
	  "departure day and completed are wrong, the end is missing",
	  .probe = { "Patel > EG 2023-06-24 planned" } },
	/* an arrival date before the country is named */
	{ .text = "Pakistani Prime Minister Imran Qadir is arriving on March "
	  "5 for a two-day state visit. Qadir will be the first leader to "
	  "visit Nepal this year.", .published = "2018-03-02",
	  .legs = { "Imran Qadir > NP 2018-03-05..2018-03-06 day planned" },
	  .known = "a two-day visit from March 5 ends on March 6: the end is "
	  "missing",
	  .probe = { "Qadir > NP 2018-03-05" } },
	/* "visits to X by Y in December": Y's time */
	{ .text = "The trip follows the visits to Peru by Minister of "
	  "Finance of Chile Ana Ruiz in December 2021.",
	  .published = "2022-03-26",
	  .legs = { "Ana Ruiz > PE 2021-12-01..- month completed" } },
	/* "Prime Minister X of Iraq" serves Iraq: Baghdad is home */
	{ .text = "Prime Minister Hamid Karimi of Iraq will travel to Basra "
	  "and Oslo next week.", .published = "2025-01-14",
	  .legs = { "Hamid Karimi > IQ Basrah -..- unknown planned",
		"Hamid Karimi > NO Oslo -..- unknown planned" } },
	/* a weekday's tense is its own clause's */
	{ .text = "Chilean President Ella Stone flew out after aides said "
	  "she is adding a Monday stop in Cairo.", .published = "2000-08-26",
	  .legs = { "Ella Stone > EG Cairo 2000-08-28..- day planned" } },
	/* a future month earlier in the year than the published one
	 * is next year's */
	{ .text = "German Chancellor Karl Weber will visit Beijing on "
	  "November 4.", .published = "2023-03-02",
	  .legs = { "Karl Weber > CN Beijing 2023-11-04..- day planned" } },
	{ .text = "German Chancellor Karl Weber visited Beijing on November "
	  "4.", .published = "2023-03-02",
	  .legs = { "Karl Weber > CN Beijing 2022-11-04..- day completed" } },
	/* meeting a foreign leader on a trip: "continued support" is
	 * no travel word */
	{ .text = "Irish Trade Minister Sean Byrne leaves on Saturday on a "
	  "trip to China. Officials said Byrne will meet Philippine "
	  "President Rosa Cruz on April 28 to show continued support.",
	  .published = "1987-04-17",
	  .legs = {
		"Sean Byrne > CN 1987-04-18..- day planned",
		"Sean Byrne > PH 1987-04-28..- day planned" } },
	/* a range for the whole tour dates its first stop */
	{ .text = "Swedish envoy Lars Berg first travelled to Ghana, after "
	  "which he went to Togo. He was asked to visit the region from 8 to "
	  "10 October.", .published = "2001-10-09",
	  .legs = {
		"Lars Berg > GH 2001-10-08..- day completed",
		"Lars Berg > TG -..2001-10-10 unknown completed" },
	  .known = "the tour's range end is the last stop's (Togo) end, not "
	  "Ghana's",
	  .probe = { "Berg > GH 2001-10-08" } },
};

/* A dated destination in the headline dates the body's undated leg. */
static const struct row rows_title_dates[] = {
	{ .title = "Minister to Pay Two-day Visit to Peru from May 10",
	  .text = "Kenyan Foreign Minister Tom Hale will visit Peru next "
	  "week, officials said.", .published = "2018-05-03",
	  .legs = { "Tom Hale > PE 2018-05-10..- day planned" } },
	{ .title = "PRESIDENT TO VISIT PERU APRIL 21",
	  .text = "Kenyan President Tom Hale will visit Peru, officials said.",
	  .published = "1987-04-10",
	  .legs = { "Tom Hale > PE 1987-04-21..- day planned" } },
	/* another country's date is not this leg's */
	{ .title = "Minister to visit Chile from May 10",
	  .text = "Kenyan Foreign Minister Tom Hale will visit Peru next "
	  "week.", .published = "2018-05-03",
	  .legs = { "Tom Hale > PE -..- unknown planned" } },
	/* a completed trip keeps its own (unknown) date */
	{ .title = "Minister to visit Peru again from May 10",
	  .text = "Kenyan Foreign Minister Tom Hale visited Peru, officials "
	  "said.", .published = "2018-05-03",
	  .legs = { "Tom Hale > PE -..- unknown completed" } },
};

/* Dates of tours and passing mentions. */
static const struct row rows_tour_dates[] = {
	/* day-month order, ranges */
	{ .text = "Swedish envoy Lars Berg will visit Ghana from 8 to 10 "
	  "October.", .published = "2001-10-01",
	  .legs = { "Lars Berg > GH 2001-10-08..2001-10-10 day planned" } },
	{ .text = "Irish Trade Minister Sean Byrne will be on a visit to "
	  "Chile from 5-7 March.", .published = "2019-03-01",
	  .legs = { "Sean Byrne > CL 2019-03-05..2019-03-07 day planned" } },
	{ .text = "Irish Trade Minister Sean Byrne visited Chile on 5 March "
	  "2018.", .published = "2019-03-01",
	  .legs = { "Sean Byrne > CL 2018-03-05..- day completed" } },
	/* month of a past year */
	{ .text = "Prime Minister Raj Patel of India visited Peru in "
	  "September last year.", .published = "2018-05-03",
	  .legs = { "Raj Patel > PE 2017-09-01..- month completed" } },
	/* a planned visit and a dated past one are two stays */
	{ .text = "Indian Prime Minister Raj Patel will visit Peru next "
	  "week. His last visit to Peru was in March 2019.",
	  .published = "2023-05-15",
	  .legs = {
		"Raj Patel > PE -..- unknown planned",
		"Raj Patel > PE 2019-03-01..- month completed" } },
	/* stops dated one by one */
	{ .text = "Peruvian Foreign Minister Ana Ruiz will visit Panama from "
	  "April 24 to 25, Colombia from April 25 to 27 and Chile from April "
	  "27 to 29.", .published = "2023-04-19",
	  .legs = {
		"Ana Ruiz > PA 2023-04-24..2023-04-25 day planned",
		"Ana Ruiz > CO 2023-04-25..2023-04-27 day planned",
		"Ana Ruiz > CL 2023-04-27..2023-04-29 day planned" } },
	/* one date after an undated list is the first stop's */
	{ .text = "Peruvian Foreign Minister Ana Ruiz will begin a trip to "
	  "Guyana, Panama and Chile beginning Friday.",
	  .published = "2023-04-19",
	  .legs = {
		"Ana Ruiz > GY 2023-04-21..- day planned",
		"Ana Ruiz > PA -..- unknown planned",
		"Ana Ruiz > CL -..- unknown planned" } },
	/* "A and B from Tuesday, then C on Friday" */
	{ .text = "Irish Foreign Minister Sean Byrne will travel to Fiji and "
	  "Tonga from Tuesday, then to Samoa on Friday.",
	  .published = "2023-11-06",
	  .legs = {
		"Sean Byrne > FJ 2023-11-07..- day planned",
		"Sean Byrne > TO -..- unknown planned",
		"Sean Byrne > WS 2023-11-10..- day planned" },
	  .known = "Tonga is the second stop of a pair dated only from "
	  "Tuesday: no start of its own",
	  .probe = {
		"Byrne > FJ 2023-11-07 planned",
		"Byrne > WS 2023-11-10 planned" } },
	/* weekday and date on both ends of a range */
	{ .text = "Japanese Foreign Minister Ken Sato will visit Peru and "
	  "Chile from Tuesday, July 15 to Friday, July 18.",
	  .published = "2014-07-11",
	  .legs = {
		"Ken Sato > PE 2014-07-15..- day planned",
		"Ken Sato > CL -..2014-07-18 unknown planned" },
	  .known = "the range's last day is the last stop's end (as "
	  "dos-349406), not its start",
	  .probe = {
		"Sato > PE 2014-07-15 planned",
		"Sato > CL 2014-07-18 planned" } },
};

/* A "City:" dateline places "here" (Indian and Gulf press style). */
static const struct row rows_dateline_colon[] = {
	{ .text = "Lima: Chilean Foreign Minister Ana Lopez arrived here on "
	  "Tuesday for talks.", .published = "2023-05-10",
	  .legs = { "Ana Lopez > PE Lima 2023-05-09..- day ongoing" } },
	{ .text = "Lima: Chilean Foreign Minister Ana Lopez arrived in Peru "
	  "earlier in the day.", .published = "2023-05-10",
	  .legs = { "Ana Lopez > PE Lima 2023-05-10..- day ongoing" } },
	{ .text = "Chilean Foreign Minister Ana Lopez will reach Lima later "
	  "in the day, and will visit Peru's Congress.",
	  .published = "2023-05-10",
	  .legs = { "Ana Lopez > PE Lima 2023-05-10..- day planned" },
	  .known = "\"will reach Lima later in the day\" is a trip; the "
	  "earlier test expected no leg at all",
	  .probe = { "none" } },
	{ .text = "Chilean Foreign Minister Ana Lopez will arrive in Lima "
	  "later in the day.", .published = "2023-05-10",
	  .legs = { "Ana Lopez > PE Lima 2023-05-10..- day planned" } },
	{ .text = "SEOUL, Nov. 9 (Yonhap) -- Chilean Foreign Minister Ana "
	  "Lopez arrived here on Wednesday.", .published = "2022-11-09",
	  .legs = { "Ana Lopez > KR Seoul 2022-11-09..- day ongoing" } },
	{ .text = "Nairobi: Ghanaian President Kofi Mensah arrived here "
	  "today on a state visit.", .published = "2022-03-04",
	  .legs = { "Kofi Mensah > KE Nairobi 2022-03-04..- day ongoing" } },
	{ .text = "Hanoi : Irish Trade Minister Sean Byrne arrived here on "
	  "Monday.", .published = "2019-03-06",
	  .legs = { "Sean Byrne > VN Hanoi 2019-03-04..- day ongoing" } },
	/* a word and a colon is no dateline */
	{ .text = "Update: Chilean Foreign Minister Ana Lopez arrived here "
	  "on Tuesday.", .published = "2023-05-10" },
	/* the home capital: no leg */
	{ .text = "Santiago: Chilean Foreign Minister Ana Lopez arrived here "
	  "on Tuesday.", .published = "2023-05-10" },
};

/*
 * A country-specific role phrase ("Defence Secretary") whose named holder
 * is not the table's holder for that country on the date belongs to the
 * dateline's government: several governments share the title.
 */
static const struct row rows_role_country[] = {
	/* an Indian official in Delhi meets visitors: home */
	{ .text = "New Delhi: Defence Secretary Anil Verma met visiting "
	  "ministers.\n\nThe Defence Secretary also met a delegation from "
	  "Kenya.", .published = "2022-10-17" },
	{ .text = "Islamabad: Foreign Secretary Sohail Ahmed held talks with "
	  "visiting envoys today.", .published = "2021-02-10" },
	/* a phrase that names its country keeps it: a domestic trip */
	{ .text = "US Secretary of State Tom Hale will visit Chicago next "
	  "week.", .published = "2021-09-01",
	  .legs = { "Tom Hale > US Chicago -..- unknown planned" } },
	/* the real holder keeps the phrase's country */
	{ .text = "Defence Secretary Ben Wallace will visit Kenya next week.",
	  .published = "2021-09-01",
	  .legs = { "Ben Wallace > KE -..- unknown planned" } },
	{ .text = "Lagos: Foreign Secretary Dominic Raab arrived here on "
	  "Monday.", .published = "2021-01-06",
	  .legs = { "Dominic Raab > NG Lagos 2021-01-04..- day ongoing" } },
};

/* A later stop of a future trip is planned, of a past one completed. */
static const struct row rows_onward_stop[] = {
	{ .text = "Foreign Minister Anna Berg of Sweden will travel to Tokyo "
	  "on Monday for talks, before heading to Seoul.",
	  .published = "2021-03-10",
	  .legs = {
		"Anna Berg > JP Tokyo 2021-03-15..- day planned",
		"Anna Berg > KR Seoul -..- unknown planned" } },
	{ .text = "Foreign Minister Anna Berg of Sweden is due to fly to "
	  "Lima on Friday for a conference, then travelling on to Chile.",
	  .published = "2021-03-10",
	  .legs = {
		"Anna Berg > PE Lima 2021-03-12..- day planned",
		"Anna Berg > CL -..- unknown planned" } },
	{ .text = "Foreign Minister Anna Berg of Sweden flew to Tokyo on "
	  "Monday for talks, before heading to Seoul.",
	  .published = "2021-03-10",
	  .legs = {
		"Anna Berg > JP Tokyo 2021-03-08..- day completed",
		"Anna Berg > KR Seoul -..- unknown completed" } },
	{ .text = "Foreign Minister Anna Berg of Sweden will travel to Tokyo "
	  "on Monday for talks, before heading to Seoul.",
	  .published = "2021-03-10",
	  .legs = {
		"Anna Berg > JP Tokyo 2021-03-15..- day planned",
		"Anna Berg > KR Seoul -..- unknown planned" } },
	/* no future word: still heading there now */
	{ .text = "Foreign Minister Anna Berg of Sweden is heading to Seoul.",
	  .published = "2021-03-10",
	  .legs = { "Anna Berg > KR Seoul -..- unknown ongoing" } },
};

/*
 * Long names keep their particles and initials; a known official named in
 * full keeps the text's spelling.
 */
static const struct row rows_long_names[] = {
	{ .text = "Peruvian President Juan Carlos de la Vega will visit "
	  "Chile on Monday.", .published = "2022-06-01",
	  .legs = { "Juan Carlos de la Vega > CL 2022-06-06..- day planned" } },
	{ .text = "Omani Foreign Minister Badr bin Hamad Al Busaidi arrived "
	  "in Cairo on Tuesday.", .published = "2022-06-01",
	  .legs = {
		"Badr bin Hamad Al Busaidi > EG Cairo 2022-05-31..- day ongoing" } },
	{ .text = "US envoy Thomas R. Miller III will travel to Peru next "
	  "week.", .published = "2022-06-01",
	  .legs = { "Thomas R. Miller III > PE -..- unknown planned" } },
	{ .text = "Brazilian Trade Minister Ana Paula dos Santos will visit "
	  "Chile on Monday.", .published = "2022-06-01",
	  .legs = { "Ana Paula dos Santos > CL 2022-06-06..- day planned" } },
	/* the text's spelling of a known official */
	{ .text = "President Yoon Suk-yeol will visit Cambodia on Friday.",
	  .published = "2022-11-09",
	  .legs = { "Yoon Suk-yeol > KH 2022-11-11..- day planned" } },
	/* a run of capitals after a title is still cut to the name */
	{ .text = "Foreign Minister Ana Ruiz of Peru will visit Chile on "
	  "Monday.", .published = "2022-06-01",
	  .legs = { "Ana Ruiz > CL 2022-06-06..- day planned" } },
};

/*
 * Cancellations: the day a trip is called off is not the trip's; a date
 * given for the trip itself is kept.
 */
static const struct row rows_cancel_dates[] = {
	{ .text = "Chilean President Ana Lopez on Monday postponed her visit "
	  "to Peru.", .published = "2021-06-23",
	  .legs = { "Ana Lopez > PE -..- unknown cancelled" } },
	{ .text = "Chilean President Ana Lopez Monday cancelled her visit to "
	  "Peru.", .published = "2021-06-23",
	  .legs = { "Ana Lopez > PE -..- unknown cancelled" } },
	{ .text = "Chilean President Ana Lopez called off her trip to Peru "
	  "on Tuesday.", .published = "2021-06-23",
	  .legs = { "Ana Lopez > PE 2021-06-22..- day cancelled" } },
	{ .text = "Chilean President Ana Lopez has postponed her visit to "
	  "Peru planned for July 4.", .published = "2021-06-23",
	  .legs = { "Ana Lopez > PE 2021-07-04..- day cancelled" } },
	{ .text = "Chilean President Ana Lopez postponed her visit to Peru "
	  "scheduled for next Tuesday.", .published = "2021-06-23",
	  .legs = { "Ana Lopez > PE 2021-06-29..- day cancelled" } },
	/* the original date in a later sentence; a new slot is a
	 * planned leg of its own */
	{ .text = "Chilean President Ana Lopez has postponed her state visit "
	  "to Peru. The state visit had originally been planned for June.",
	  .published = "2017-03-01",
	  .legs = { "Ana Lopez > PE 2017-06-01..- month cancelled" } },
	{ .text = "Chilean President Ana Lopez has postponed her state visit "
	  "to Peru. The state visit had originally been planned for June. A "
	  "provisional slot for Lopez's formal visit has been pencilled in "
	  "from October 5 to 8.", .published = "2017-03-01",
	  .legs = {
		"Ana Lopez > PE 2017-06-01..- month cancelled",
		"Ana Lopez > PE 2017-10-05..2017-10-08 day planned" } },
	{ .text = "Chilean President Ana Lopez's visit to Peru is scheduled "
	  "for July.", .published = "2017-03-01",
	  .legs = { "Ana Lopez > PE 2017-07-01..- month planned" } },
	/* a meeting abroad called off, whatever replaces it */
	{ .text = "Chilean Foreign Minister Juan Soto and his Andean "
	  "counterparts have cancelled their meeting in Lima slated for June "
	  "28 and will hold a video call instead.", .published = "2021-06-23",
	  .legs = { "Juan Soto > PE Lima 2021-06-28..- day cancelled" } },
	{ .text = "Chilean Foreign Minister Juan Soto postponed talks in "
	  "Quito because of the floods.", .published = "2021-06-23",
	  .legs = { "Juan Soto > EC Quito -..- unknown cancelled" } },
	{ .text = "Chilean Foreign Minister Juan Soto cancelled a meeting "
	  "with Peru's envoy.", .published = "2021-06-23" },
	{ .text = "Chilean Foreign Minister Juan Soto will hold a video "
	  "meeting with leaders in Lima.", .published = "2021-06-23" },
	/* a visa denied for one trip */
	{ .text = "Peru has denied a visa to Chilean Foreign Minister Juan "
	  "Soto for his trip to Lima next week.", .published = "2021-06-23",
	  .legs = { "Juan Soto > PE Lima -..- unknown cancelled" } },
	{ .text = "Chilean Foreign Minister Juan Soto said Peru refused him "
	  "a visa to travel to Lima for the summit.",
	  .published = "2021-06-23",
	  .legs = { "Juan Soto > PE Lima -..- unknown cancelled" } },
	{ .text = "Chilean Foreign Minister Juan Soto got a visa and will "
	  "travel to Lima next week.", .published = "2021-06-23",
	  .legs = { "Juan Soto > PE Lima -..- unknown planned" } },
	/* the day of a statement is not the trip's */
	{ .text = "Chilean Foreign Minister Juan Soto on Tuesday said he "
	  "would travel to Lima.", .published = "2021-06-23",
	  .legs = { "Juan Soto > PE Lima -..- unknown planned" } },
	{ .text = "Chilean Foreign Minister Juan Soto said on Tuesday he "
	  "would travel to Lima.", .published = "2021-06-23",
	  .legs = { "Juan Soto > PE Lima -..- unknown planned" } },
};

/* "the Pakistan cricket team": a country as an attribute is no place. */
static const struct row rows_attributive_country[] = {
	{ .text = "Chilean President Ana Lopez will attend the Peru cricket "
	  "final.", .published = "2021-06-23" },
	{ .text = "Chilean President Ana Lopez will cut short the Japan trip "
	  "plans.", .published = "2021-06-23" },
	{ .text = "Chilean President Ana Lopez will travel with the Kenya "
	  "delegation.", .published = "2021-06-23" },
	/* names that take "the" stay places */
	{ .text = "Chilean President Ana Lopez will visit the Philippines "
	  "amid protests.", .published = "2021-06-23",
	  .legs = { "Ana Lopez > PH -..- unknown planned" } },
	{ .text = "Chilean President Ana Lopez will visit the Gambia amid "
	  "protests.", .published = "2021-06-23",
	  .legs = { "Ana Lopez > GM -..- unknown planned" } },
	{ .text = "Chilean President Ana Lopez will fly to the US next week.",
	  .published = "2021-06-23",
	  .legs = { "Ana Lopez > US -..- unknown planned" } },
};

/* Historical codes of the time: SU until December 1991, YU until 1992. */
static const struct row rows_historical_codes[] = {
	{ .text = "Secretary of State Tom Hale arrived in Moscow on Monday.",
	  .published = "1988-05-04",
	  .legs = { "Tom Hale > SU Moscow 1988-05-02..- day ongoing" } },
	{ .text = "Secretary of State Tom Hale arrived in Kiev on Monday.",
	  .published = "1988-05-04",
	  .legs = { "Tom Hale > SU Kyiv 1988-05-02..- day ongoing" } },
	{ .text = "Secretary of State Tom Hale arrived in Belgrade on Monday.",
	  .published = "1988-05-04",
	  .legs = { "Tom Hale > YU Belgrade 1988-05-02..- day ongoing" } },
	{ .text = "Secretary of State Tom Hale arrived in Moscow on Monday.",
	  .published = "1998-05-06",
	  .legs = { "Tom Hale > RU Moscow 1998-05-04..- day ongoing" } },
	{ .text = "Secretary of State Tom Hale arrived in Riga on Monday.",
	  .published = "1995-05-03",
	  .legs = { "Tom Hale > LV Riga 1995-05-01..- day ongoing" } },
	/* gen3: Czechoslovakia until 1993 */
	{ .text = "Secretary of State Tom Hale arrived in Prague on Monday.",
	  .published = "1988-05-04",
	  .legs = { "Tom Hale > CS Prague 1988-05-02..- day ongoing" } },
	{ .text = "Secretary of State Tom Hale arrived in Bratislava on "
	  "Monday.", .published = "1988-05-04",
	  .legs = { "Tom Hale > CS Bratislava 1988-05-02..- day ongoing" } },
	{ .text = "Secretary of State Tom Hale arrived in Prague on Monday.",
	  .published = "1998-05-06",
	  .legs = { "Tom Hale > CZ Prague 1998-05-04..- day ongoing" } },
};

/*
 * Tours: "proceed to", and a dated trip whose countries are listed in the
 * next sentence dates its first stop.
 */
static const struct row rows_tour_carry[] = {
	{ .text = "Indian Prime Minister Raj Patel will then proceed to "
	  "Kenya on July 24.", .published = "2018-07-20",
	  .legs = { "Raj Patel > KE 2018-07-24..- day planned" } },
	{ .text = "Indian Prime Minister Raj Patel proceeded to Kenya on "
	  "Monday.", .published = "2018-07-20",
	  .legs = { "Raj Patel > KE 2018-07-16..- day completed" } },
	{ .text = "Secretary of State Tom Hale will travel to four South "
	  "American nations on May 6-12. The trip will take him to Peru, "
	  "Chile, Bolivia and Brazil.", .published = "2022-05-01",
	  .legs = {
		"Tom Hale > PE 2022-05-06..- day planned",
		"Tom Hale > CL -..- unknown planned",
		"Tom Hale > BO -..- unknown planned",
		"Tom Hale > BR -..2022-05-12 unknown planned" },
	  .known = "the range's last day is the last stop's (Brazil) end, not "
	  "Peru's",
	  .probe = { "Hale > PE 2022-05-06 planned", "Hale > CL - planned" } },
	/* a trip's start date goes to its first stop */
	{ .text = "Foreign Minister Anna Berg of Sweden will visit Peru, "
	  "Chile and Bolivia. The trip, set to begin Monday, is her first.",
	  .published = "2022-05-04",
	  .legs = {
		"Anna Berg > PE 2022-05-09..- day planned",
		"Anna Berg > CL -..- unknown planned",
		"Anna Berg > BO -..- unknown planned" } },
	/* "since ..." dates something else */
	{ .text = "Foreign Minister Anna Berg of Sweden will visit Peru. It "
	  "is her first trip abroad since her election in February.",
	  .published = "2022-05-04",
	  .legs = { "Anna Berg > PE -..- unknown planned" } },
	/* a single date is not carried to another sentence's stop */
	{ .text = "Secretary of State Tom Hale leaves on Saturday on a trip "
	  "to the Far East. He will also stop in Japan.",
	  .published = "2022-05-04",
	  .legs = { "Tom Hale > JP -..- unknown planned" } },
};

/* Places that are topics, not stops; trips that are denied. */
static const struct row rows_topics[] = {
	/* "here" is the stop; places after a comment are topics */
	{ .text = "LIMA, May 3 (Reuters) - Chilean President Ana Lopez will "
	  "arrive here next week, with the crisis in Bolivia high on the "
	  "agenda.", .published = "2021-05-03",
	  .legs = { "Ana Lopez > PE Lima -..- unknown planned" } },
	{ .text = "Chilean President Ana Lopez will fly to Lima, with the "
	  "talks on Bolivia expected to dominate.", .published = "2021-05-03",
	  .legs = { "Ana Lopez > PE Lima -..- unknown planned" } },
	/* "of X" after a common noun */
	{ .text = "Chilean President Ana Lopez's visits come as worry grows "
	  "over the role of Russia in the region.", .published = "2021-05-03" },
	{ .text = "Chilean President Ana Lopez will visit the capital of "
	  "Kenya next week.", .published = "2021-05-03",
	  .legs = { "Ana Lopez > KE -..- unknown planned" } },
	{ .text = "Chilean President Ana Lopez will make a tour of Japan "
	  "next week.", .published = "2021-05-03",
	  .legs = { "Ana Lopez > JP -..- unknown planned" } },
	/* a metaphorical journey */
	{ .text = "Chilean President Ana Lopez said the country was on its "
	  "journey of growth and openness to China.",
	  .published = "2021-05-03" },
	{ .text = "Chilean President Ana Lopez spoke of the trip of a "
	  "lifetime to Japan.", .published = "2021-05-03" },
	/* no plans */
	{ .text = "There are no plans for Chilean President Ana Lopez's "
	  "visit to Peru, her office said.", .published = "2021-05-03" },
	{ .text = "Chilean President Ana Lopez has no plan to travel to Peru.",
	  .published = "2021-05-03" },
	{ .text = "Chilean President Ana Lopez is certainly not confirming "
	  "to go to visit Peru.", .published = "2021-05-03" },
	{ .text = "Chilean President Ana Lopez has not decided to travel to "
	  "Peru.", .published = "2021-05-03" },
	{ .text = "Chilean President Ana Lopez did not say when she would "
	  "travel to Peru.", .published = "2021-05-03",
	  .legs = { "Ana Lopez > PE -..- unknown planned" } },
	{ .text = "Chilean President Ana Lopez has plans to travel to Peru.",
	  .published = "2021-05-03",
	  .legs = { "Ana Lopez > PE -..- unknown planned" } },
};

/* Who is an official: office dates, civil-service grades, reported
 * speech. */
static const struct row rows_who_travels[] = {
	/* a table name before taking office is no official */
	{ .text = "Bola Tinubu arrived in London on Sunday for talks.",
	  .published = "2018-04-16" },
	{ .text = "Bola Tinubu arrived in London on Sunday for talks.",
	  .published = "2024-04-16",
	  .legs = { "Bola Tinubu > GB London 2024-04-14..- day ongoing" } },
	/* civil servants */
	{ .text = "Anil Verma, joint secretary in the foreign ministry, will "
	  "visit Kenya next week.", .published = "2021-02-10" },
	{ .text = "Permanent Secretary Anil Verma will visit Kenya next week.",
	  .published = "2021-02-10" },
	{ .text = "Anil Verma, secretary of state for trade of India, will "
	  "visit Kenya next week.", .published = "2021-02-10",
	  .legs = { "Anil Verma > KE -..- unknown planned" } },
	/* an unnamed official's visit is nobody's leg */
	{ .text = "Vice President Ravi Rao of India will visit Kenya on "
	  "Monday. It comes after the official visit of President of Kenya "
	  "to India in January.", .published = "2017-02-17",
	  .legs = { "Ravi Rao > KE 2017-02-20..- day planned" },
	  .known = "an office named without its holder (\"President of "
	  "Kenya\") is nobody's leg; the extractor fills in the holder from "
	  "the table",
	  .probe = { "Rao > KE 2017-02-20 planned" } },
	{ .text = "Vice President Ravi Rao of India will visit Kenya on "
	  "Monday. It comes after a visit by a Kenyan minister to Chile in "
	  "January.", .published = "2017-02-17",
	  .legs = { "Ravi Rao > KE 2017-02-20..- day planned" } },
	/* "the President" is not the Vice President */
	{ .text = "Vice President Ravi Rao of India will visit Kenya on "
	  "Monday. The President will fly to Chile on Friday.",
	  .published = "2017-02-17",
	  .legs = { "Ravi Rao > KE 2017-02-20..- day planned" } },
	{ .text = "Vice President Ravi Rao of India will visit Kenya on "
	  "Monday. The Vice President will fly to Chile on Friday.",
	  .published = "2017-02-15",
	  .legs = {
		"Ravi Rao > KE 2017-02-20..- day planned",
		"Ravi Rao > CL 2017-02-17..- day planned" } },
	/* the speaker of a reported clause does not travel */
	{ .text = "Chilean President Ana Lopez said she had spoken with "
	  "Peru's leader, and that Foreign Minister Juan Soto would visit "
	  "Lima on Monday.", .published = "2021-02-10",
	  .legs = { "Juan Soto > PE Lima 2021-02-15..- day planned" } },
	{ .text = "Chilean President Ana Lopez said that Foreign Minister "
	  "Juan Soto would visit Lima.", .published = "2021-02-10",
	  .legs = { "Juan Soto > PE Lima -..- unknown planned" } },
	/* a relative clause's time is not the trip's */
	{ .text = "Chilean Foreign Minister Juan Soto will visit Lima to "
	  "prepare the summit, which is due to open in June.",
	  .published = "2021-02-10",
	  .legs = { "Juan Soto > PE Lima -..- unknown planned" } },
};

/* Names behind honorifics and long country names in titles. */
static const struct row rows_title_forms[] = {
	{ .text = "Prime Minister and Minister of Finance, the Honourable "
	  "Dr. Ana Ruiz travels to Washington on Tuesday.",
	  .published = "2023-04-13",
	  .legs = { "Ana Ruiz > US Washington 2023-04-11..- day completed" } },
	{ .text = "Foreign Minister, the Hon. Ana Ruiz, will travel to Lima "
	  "on Tuesday.", .published = "2023-04-13",
	  .legs = { "Ana Ruiz > PE Lima 2023-04-18..- day planned" } },
	{ .text = "Trade Minister, His Excellency Ana Ruiz, will travel to "
	  "Lima on Tuesday.", .published = "2023-04-13",
	  .legs = { "Ana Ruiz > PE Lima 2023-04-18..- day planned" } },
	/* a long title with a name in apposition */
	{ .text = "Minister of State for Foreign Affairs and Culture, Ravi "
	  "Kumar Das, will visit Kenya on Monday.", .published = "2025-07-16",
	  .legs = { "Ravi Kumar Das > KE 2025-07-21..- day planned" } },
	{ .text = "Minister for Trade and Tourism, Ana Ruiz, arrived in Lima "
	  "today.", .published = "2025-07-16",
	  .legs = { "Ana Ruiz > PE Lima 2025-07-16..- day ongoing" } },
	/* a possessive inside a country's name */
	{ .text = "Vice Minister of the People's Republic of China, Li "
	  "Qiang, arrived in Lima today.", .published = "2023-04-13",
	  .legs = { "Li Qiang > PE Lima 2023-04-13..- day ongoing" } },
	{ .text = "Envoy of the Democratic People's Republic of Korea, Ri "
	  "Son, arrived in Lima today.", .published = "2023-04-13",
	  .legs = { "Ri Son > PE Lima 2023-04-13..- day ongoing" } },
	/* "the Republic of China" alone stays Taiwan */
	{ .text = "Foreign Minister of the Republic of China Lin Chia-lung "
	  "arrived in Lima today.", .published = "2025-04-13",
	  .legs = { "Lin Chia-lung > PE Lima 2025-04-13..- day ongoing" } },
};

/* Stops joined by "with": "starts with Oman", "along with Fiji". */
static const struct row rows_with_stops[] = {
	{ .text = "Saudi Foreign Minister Adel Nasser will tour the Gulf on "
	  "a trip that starts with Oman on Monday.", .published = "2021-12-06",
	  .legs = { "Adel Nasser > OM 2021-12-06..- day planned" } },
	{ .text = "Saudi Foreign Minister Adel Nasser will visit Peru this "
	  "week, along with Chile.", .published = "2021-12-06",
	  .legs = {
		"Adel Nasser > PE -..- unknown planned",
		"Adel Nasser > CL -..- unknown planned" } },
	{ .text = "Saudi Foreign Minister Adel Nasser will begin a tour, "
	  "beginning with Kenya, next week.", .published = "2021-12-06",
	  .legs = { "Adel Nasser > KE -..- unknown planned" } },
	/* "followed by", "then", "and finally" chain stops */
	{ .text = "French President Paul Marceau is to visit Gabon for an "
	  "energy summit, followed by Angola, then the Republic of Congo, "
	  "and finally the Democratic Republic of Congo.",
	  .published = "2023-02-26",
	  .legs = {
		"Paul Marceau > GA -..- unknown planned",
		"Paul Marceau > AO -..- unknown planned",
		"Paul Marceau > CG -..- unknown planned",
		"Paul Marceau > CD -..- unknown planned" } },
	{ .text = "French President Paul Marceau will fly to Peru for the "
	  "regional energy summit and then Chile.", .published = "2023-02-26",
	  .legs = {
		"Paul Marceau > PE -..- unknown planned",
		"Paul Marceau > CL -..- unknown planned" } },
	/* a partner is no stop */
	{ .text = "Saudi Foreign Minister Adel Nasser will visit Peru for "
	  "talks with Chile.", .published = "2021-12-06",
	  .legs = { "Adel Nasser > PE -..- unknown planned" } },
	{ .text = "Saudi Foreign Minister Adel Nasser will travel to Lima to "
	  "sign a deal with Japan.", .published = "2021-12-06",
	  .legs = { "Adel Nasser > PE Lima -..- unknown planned" } },
};

/*
 * Tours with stops in other clauses: a participle after "before" is the
 * main subject's, "en route to X on Tuesday" dates the stop on the way,
 * a place before a trip noun is its destination.
 */
static const struct row rows_tour_clauses[] = {
	{ .text = "Foreign Minister Ana Ruiz of Peru will return home to "
	  "meet US Secretary of State Tom Hale's delegation on Friday, "
	  "before heading to Chile on Sunday.", .published = "2017-03-13",
	  .legs = { "Ana Ruiz > CL 2017-03-19..- day planned" } },
	{ .text = "Foreign Minister Ana Ruiz of Peru will host Secretary of "
	  "State Tom Hale's two-day Lima visit from Friday, before heading "
	  "to Chile on Sunday.", .published = "2017-03-13",
	  .legs = {
		"Tom Hale > PE Lima 2017-03-17..2017-03-18 day planned",
		"Ana Ruiz > CL 2017-03-19..- day planned" } },
	{ .text = "En route to Chile on Tuesday, Foreign Minister Ana Ruiz "
	  "of Peru will stop in Panama for talks.", .published = "2017-03-13",
	  .legs = { "Ana Ruiz > PA 2017-03-14..- day planned" } },
	{ .text = "On her way to Chile on Tuesday, Foreign Minister Ana Ruiz "
	  "of Peru will stop in Panama.", .published = "2017-03-13",
	  .legs = { "Ana Ruiz > PA 2017-03-14..- day planned" } },
	/* a place before a trip noun */
	{ .text = "Foreign Minister Ana Ruiz of Peru described her Japan "
	  "trip as a success.", .published = "2017-03-13",
	  .legs = { "Ana Ruiz > JP -..- unknown completed" },
	  .known = "a trip described as a success is past: completed, not "
	  "planned",
	  .probe = { "Ruiz > JP -" } },
	{ .text = "Peru's Foreign Minister Ana Ruiz said the Japan market "
	  "was growing.", .published = "2017-03-13" },
	/* a trip noun between the stops and their month */
	{ .text = "Indian President Ram Patel will travel to Kenya and Ghana "
	  "in the first visit week of April.", .published = "2018-03-22",
	  .legs = {
		"Ram Patel > KE 2018-04-01..- month planned",
		"Ram Patel > GH -..- unknown planned" } },
	/* a date that went to a stop is not carried to another */
	{ .text = "Foreign Minister Ana Ruiz of Peru will visit Chile and "
	  "Bolivia this week. Ruiz will fly to Bolivia on Tuesday for a "
	  "three-day visit.", .published = "2017-03-13",
	  .legs = {
		"Ana Ruiz > CL -..- unknown planned",
		"Ana Ruiz > BO 2017-03-14..2017-03-16 day planned" } },
};

/*
 * A surname that is also a month word ("May") once the person is known,
 * and a trip noun whose date belongs to a later clause's trip.
 */
static const struct row rows_month_surname[] = {
	{ .text = "British Prime Minister Ann May met the press. The offer "
	  "was made by May while she was visiting Lima in January.",
	  .published = "2017-03-01",
	  .legs = { "Ann May > PE Lima 2017-01-01..- month completed" } },
	{ .text = "British Prime Minister Ann May met the press. May will "
	  "fly to Lima on Monday.", .published = "2017-03-01",
	  .legs = { "Ann May > PE Lima 2017-03-06..- day planned" } },
	/* the month stays a month */
	{ .text = "British Prime Minister Ann May met the press. She will "
	  "visit Lima in May.", .published = "2017-03-01",
	  .legs = { "Ann May > PE Lima 2017-05-01..- month planned" } },
	{ .text = "British Prime Minister Ann May met the press. She will "
	  "visit Lima on May 5.", .published = "2017-03-01",
	  .legs = { "Ann May > PE Lima 2017-05-05..- day planned" } },
	/* no one called May: a month */
	{ .text = "British Prime Minister Ann Hale will visit Lima by May.",
	  .published = "2017-03-01",
	  .legs = { "Ann Hale > PE Lima -..- unknown planned" } },
	/* adjectives between the article and a trip noun */
	{ .text = "It follows the highly successful visit of Prime Minister "
	  "Raj Patel of India to Peru from November 30 - December 1, 2018.",
	  .published = "2019-02-17",
	  .legs = { "Raj Patel > PE 2018-11-30..2018-12-01 day completed" } },
	{ .text = "It follows a long and fruitful visit by Prime Minister "
	  "Raj Patel of India to Peru last month.", .published = "2019-02-17",
	  .legs = { "Raj Patel > PE 2019-01-01..- month completed" } },
	/* the later clause's date is its own trip's */
	{ .text = "Chilean President Ana Lopez postponed her visit to Peru. "
	  "The visit was offered by Prime Minister Raj Patel of India while "
	  "he was visiting Chile in January.", .published = "2017-03-01",
	  .legs = {
		"Ana Lopez > PE -..- unknown cancelled",
		"Raj Patel > CL 2017-01-01..- month completed" } },
};

/* "was to" + verb: an arrangement, future from the report's time. */
static const struct row rows_was_to[] = {
	{ .text = "Brazilian President Rui Costa was to attend a forum on "
	  "Wednesday before leaving for Denmark.", .published = "2007-09-11",
	  .legs = { "Rui Costa > DK 2007-09-12..- day planned" } },
	{ .text = "Brazilian President Rui Costa was to fly to Oslo on "
	  "Friday.", .published = "2007-09-11",
	  .legs = { "Rui Costa > NO Oslo 2007-09-14..- day planned" } },
	{ .text = "Brazilian President Rui Costa is to visit Peru on Friday.",
	  .published = "2007-09-11",
	  .legs = { "Rui Costa > PE 2007-09-14..- day planned" } },
	/* plain past stays past */
	{ .text = "Brazilian President Rui Costa was in Oslo on Friday.",
	  .published = "2007-09-11",
	  .legs = { "Rui Costa > NO Oslo 2007-09-07..- day completed" } },
	{ .text = "Brazilian President Rui Costa flew to Oslo on Friday.",
	  .published = "2007-09-11",
	  .legs = { "Rui Costa > NO Oslo 2007-09-07..- day completed" } },
};

/* A third-country partner of talks at the traveller's stop is there. */
static const struct row rows_partners[] = {
	{ .text = "Chilean Foreign Minister Juan Soto has arrived in Norway "
	  "where he will hold talks with US Secretary of State Tom Hale.",
	  .published = "2021-05-19",
	  .legs = {
		"Juan Soto > NO 2021-05-19..- day ongoing",
		"Tom Hale > NO -..- unknown ongoing" } },
	{ .text = "Chilean Foreign Minister Juan Soto will travel to Kenya "
	  "for meetings with Indian Prime Minister Raj Patel.",
	  .published = "2021-05-19",
	  .legs = {
		"Juan Soto > KE -..- unknown planned",
		"Raj Patel > KE -..- unknown ongoing" } },
	/* the host of the stop is home */
	{ .text = "Chilean Foreign Minister Juan Soto has arrived in Norway "
	  "for talks with Norwegian Prime Minister Ola Berg.",
	  .published = "2021-05-19",
	  .legs = { "Juan Soto > NO 2021-05-19..- day ongoing" } },
	/* the talks are elsewhere */
	{ .text = "Chilean Foreign Minister Juan Soto's trip to Norway comes "
	  "after talks with US Secretary of State Tom Hale in Washington.",
	  .published = "2021-05-19",
	  .legs = { "Juan Soto > NO -..- unknown planned" } },
	/* another clause, another subject */
	{ .text = "After a visit to Japan, Chilean Foreign Minister Juan "
	  "Soto will meet with Indian Prime Minister Raj Patel.",
	  .published = "2021-05-19",
	  .legs = { "Juan Soto > JP -..- unknown completed" } },
	/* by video: nobody travels */
	{ .text = "Chilean Foreign Minister Juan Soto arrived in Norway and "
	  "held video talks with US Secretary of State Tom Hale.",
	  .published = "2021-05-19",
	  .legs = { "Juan Soto > NO -..- unknown ongoing" },
	  .known = "Soto's arrival in Norway is a leg; the video talks rule "
	  "out only Hale's; the extractor gives no leg",
	  .probe = { "Hale > !NO" } },
};

/* "met visiting X": X is in the host's country; meetings abroad with a
 * long venue name. */
static const struct row rows_visiting[] = {
	{ .text = "Turkish Foreign Minister Ali Demir spoke after a Friday "
	  "meeting with visiting Iraqi Foreign Minister Omar Saleh.",
	  .published = "2013-10-26",
	  .legs = { "Omar Saleh > TR 2013-10-25..- day ongoing" } },
	{ .text = "Kenyan President Paul Mwangi met visiting Indian Prime "
	  "Minister Raj Patel on Monday.", .published = "2013-10-23",
	  .legs = { "Raj Patel > KE 2013-10-21..- day ongoing" } },
	{ .text = "NAIROBI, Oct 23 (Reuters) - The talks were attended by "
	  "visiting Indian Prime Minister Raj Patel.",
	  .published = "2013-10-23",
	  .legs = { "Raj Patel > KE Nairobi -..- unknown ongoing" } },
	/* not an adjective */
	{ .text = "Turkish Foreign Minister Ali Demir is visiting Iraqi "
	  "Foreign Minister Omar Saleh's hometown.", .published = "2013-10-26" },
	/* the host is not moved */
	{ .text = "Turkish Foreign Minister Ali Demir spoke after a meeting "
	  "with visiting Iraqi Foreign Minister Omar Saleh.",
	  .published = "2013-10-26",
	  .legs = { "Omar Saleh > TR -..- unknown ongoing" } },
	/* a meeting abroad with a long venue name */
	{ .text = "Chilean Foreign Minister Juan Soto and Indian Foreign "
	  "Minister Raj Patel met on the sidelines of the annual session of "
	  "the United Nations General Assembly in New York on September 23.",
	  .published = "2013-10-26",
	  .legs = {
		"Juan Soto > US New York City 2013-09-23..- day completed",
		"Raj Patel > US New York City 2013-09-23..- day completed" } },
};

/* Gen3: a stop's dates in brackets, and lists cut by semicolons. */
static const struct row rows_bracket_stops[] = {
	{ .text = "Foreign Minister Rajan Gupta of India will visit Hungary "
	  "(November 28-29) and Bulgaria (November 30 - December 1).",
	  .published = "2023-11-20",
	  .legs = {
		"Rajan Gupta > HU 2023-11-28..2023-11-29 day planned",
		"Rajan Gupta > BG 2023-11-30..2023-12-01 day planned" } },
	{ .text = "Trade Minister Ana Ruiz of Spain will tour Peru (3 days), "
	  "Chile and Bolivia.", .published = "2023-11-20",
	  .legs = {
		"Ana Ruiz > PE -..- unknown planned",
		"Ana Ruiz > CL -..- unknown planned",
		"Ana Ruiz > BO -..- unknown planned" } },
	{ .text = "Secretary of State Dan Hale will visit Lima, Peru; Quito, "
	  "Ecuador and Bogota.", .published = "2019-07-16",
	  .legs = {
		"Dan Hale > PE Lima -..- unknown planned",
		"Dan Hale > EC Quito -..- unknown planned",
		"Dan Hale > CO Bogotá -..- unknown planned" } },
	/* a bracket naming people is another clause */
	{ .text = "Secretary of State Dan Hale will visit Peru (where "
	  "President Luis Vega met him) and Chile.", .published = "2019-07-16",
	  .legs = {
		"Dan Hale > PE -..- unknown planned",
		"Dan Hale > CL -..- unknown planned" },
	  .known = "the list goes on after the bracket: Chile is a stop too",
	  .probe = { "Hale > PE - planned" } },
	/* a semicolon before a new clause ends the list */
	{ .text = "Secretary of State Dan Hale will visit Peru; the talks "
	  "with Chile will follow.", .published = "2019-07-16",
	  .legs = { "Dan Hale > PE -..- unknown planned" } },
};

/* Gen3: overseas territories are home ground. */
static const struct row rows_territories[] = {
	{ .text = "Deputy Defense Secretary Tom Reed will travel to Guam and "
	  "Japan next week.", .published = "2014-08-13",
	  .legs = { "Tom Reed > JP -..- unknown planned" } },
	{ .text = "Secretary of State Dan Hale will travel to San Juan, "
	  "Puerto Rico on July 18.", .published = "2019-07-16" },
	/* not for officials of other countries */
	{ .text = "Japanese Foreign Minister Ken Sato will visit Guam on "
	  "July 18.", .published = "2019-07-16",
	  .legs = { "Ken Sato > GU 2019-07-18..- day planned" } },
};

/* Gen3: "Title (ACRONYM) for X, Full Name will ...". */
static const struct row rows_title_apposition[] = {
	{ .text = "Minister of State (MoS) for External Affairs, Priya Nair "
	  "will visit Peru on May 2.", .published = "2023-04-20",
	  .legs = { "Priya Nair > PE 2023-05-02..- day planned" } },
	{ .text = "Minister of State for Trade, Priya Nair will travel to "
	  "Chile next week.", .published = "2023-04-20",
	  .legs = { "Priya Nair > CL -..- unknown planned" } },
	{ .text = "Foreign Minister, Jan de Vries left for Japan on Monday.",
	  .published = "2023-04-20",
	  .legs = { "Jan de Vries > JP 2023-04-17..- day completed" } },
	/* a single capitalised word after the comma is no name */
	{ .text = "According to the Foreign Minister, Germany will visit "
	  "Peru.", .published = "2023-04-20" },
};

/* Gen3: who "he" is, and meetings with several leaders. */
static const struct row rows_pronoun_subject[] = {
	{ .text = "Secretary of State Dan Hale arrived in Israel on Friday "
	  "and was met by Foreign Minister Avi Levin. Later he met Levin "
	  "again. On Saturday, he flew to Jordan.", .published = "1987-10-19",
	  .legs = {
		"Dan Hale > IL 1987-10-16..1987-10-17 day completed",
		"Dan Hale > JO 1987-10-17..- day completed" },
	  .known = "flying on to Jordan on Saturday ends the Israel stay: "
	  "completed, with its end",
	  .probe = { "Hale > JO 1987-10-17", "Levin > !JO" } },
	/* meetings with leaders of several countries: no leg */
	{ .text = "Soviet leader Ivan Petrov will visit Cuba next month. In "
	  "the past weeks he has met Austrian Chancellor Karl Huber, Italian "
	  "Prime Minister Marco Rossi and Greek Prime Minister Nikos Pappas.",
	  .published = "1988-11-16",
	  .legs = { "Ivan Petrov > CU 1988-12-01..- month planned" } },
};

/* Gen3: a meeting at a seat of government ("at the White House"). */
static const struct row rows_metonym_venue[] = {
	{ .text = "Jordan's King Hamid will meet President Hale at the White "
	  "House on June 9.", .published = "1986-05-30",
	  .legs = { "Hamid > US Washington 1986-06-09..- day planned" } },
	{ .text = "Prime Minister Ann Cole of Britain will hold talks at the "
	  "Kremlin on February 20.", .published = "1985-01-17",
	  .legs = { "Ann Cole > SU Moscow 1985-02-20..- day planned" } },
	/* the home side has no leg */
	{ .text = "U.S. President Tom Hale will meet Jordan's King Hamid at "
	  "the White House on June 9.", .published = "1986-05-30",
	  .legs = { "Hamid > US Washington 1986-06-09..- day planned" } },
	/* only "at the" a seat of government, not "at" a country */
	{ .text = "Prime Minister Ann Cole of Britain will meet Sam Dunn, an "
	  "expert at Russia's oil company, on February 20.",
	  .published = "1985-01-17" },
};

/* Gen3: hosts named by "at the invitation of" and staff titles. */
static const struct row rows_invitation_staff[] = {
	{ .text = "Fiji's Prime Minister Tomasi Vula will pay an official "
	  "visit to Japan from May 4 to 9 at the invitation of Japanese "
	  "Prime Minister Ken Sato.", .published = "2009-04-10",
	  .legs = { "Tomasi Vula > JP 2009-05-04..2009-05-09 day planned" } },
	{ .text = "The visit to India at the invitation of Indian President "
	  "Raj Patel will be the first by a Chilean Foreign Minister, Juan "
	  "Soto, since 1990.", .published = "2009-04-10",
	  .legs = { "Juan Soto > IN -..- unknown planned" },
	  .known = "\"the visit ... will be the first\" is future: planned, "
	  "not ongoing",
	  .probe = { "Soto > IN -" } },
	/* "visit by X" still names the traveller */
	{ .text = "Next week's visit to Peru by Fiji's Prime Minister Tomasi "
	  "Vula was announced.", .published = "2009-04-10",
	  .legs = { "Tomasi Vula > PE -..- unknown planned" } },
	/* an honorific in apposition */
	{ .text = "The Minister for Foreign Affairs of Sudan, Professor Omar "
	  "Bashir arrived in Tunisia on Sunday.", .published = "2017-12-04",
	  .legs = { "Omar Bashir > TN 2017-12-03..- day ongoing" } },
	/* an adviser's deputy is staff; the adviser is labelled */
	{ .text = "Deputy National Security Adviser Tom Reed will visit "
	  "Britain next week.", .published = "2016-04-20" },
	{ .text = "National Security Adviser Tom Reed will visit Britain "
	  "next week.", .published = "2016-04-20",
	  .legs = { "Tom Reed > GB -..- unknown planned" } },
	/* a deputy minister is labelled */
	{ .text = "Deputy Foreign Minister Tom Reed of Britain will visit "
	  "Peru next week.", .published = "2016-04-20",
	  .legs = { "Tom Reed > PE -..- unknown planned" } },
};

/* Gen3: "In X, she is scheduled to meet Y": a stop by its meeting. */
static const struct row rows_stop_meetings[] = {
	{ .text = "Secretary of State Ann Cole will visit Ghana. In Togo, "
	  "she is scheduled to meet President Jean Kossi.",
	  .published = "2012-01-13",
	  .legs = {
		"Ann Cole > GH -..- unknown planned",
		"Ann Cole > TG -..- unknown planned" } },
	{ .text = "Secretary of State Ann Cole will visit Ghana. In Togo, "
	  "Cole is scheduled to meet President Jean Kossi.",
	  .published = "2012-01-13",
	  .legs = {
		"Ann Cole > GH -..- unknown planned",
		"Ann Cole > TG -..- unknown planned" } },
	/* the host has no leg */
	{ .text = "Secretary of State Ann Cole will visit Ghana. In Togo, "
	  "she is scheduled to meet President Jean Kossi.",
	  .published = "2012-01-13",
	  .legs = {
		"Ann Cole > GH -..- unknown planned",
		"Ann Cole > TG -..- unknown planned" } },
	/* "is" with no meeting is no presence */
	{ .text = "Secretary of State Ann Cole will visit Ghana. In Togo, "
	  "the vote is scheduled for May.", .published = "2012-01-13",
	  .legs = { "Ann Cole > GH -..- unknown planned" } },
};

/* Gen3: clauses with their own tense and the report's own day. */
static const struct row rows_clause_tense[] = {
	{ .text = "Foreign Minister Ali Demir of Turkey left for Cairo on "
	  "Monday and will visit Jordan and Iraq later.",
	  .published = "2018-04-03",
	  .legs = {
		"Ali Demir > EG Cairo 2018-04-02..- day completed",
		"Ali Demir > JO -..- unknown planned",
		"Ali Demir > IQ -..- unknown planned" } },
	{ .text = "Foreign Minister Ali Demir of Turkey flew to Cairo on "
	  "Monday and then visited Jordan.", .published = "2018-04-03",
	  .legs = {
		"Ali Demir > EG Cairo 2018-04-02..- day completed",
		"Ali Demir > JO -..- unknown completed" } },
	/* the day of the report is not the day of the trip */
	{ .text = "Foreign Minister Ali Demir of Turkey will visit Jordan "
	  "and Iraq, state media reported Tuesday.", .published = "2018-04-04",
	  .legs = {
		"Ali Demir > JO -..- unknown planned",
		"Ali Demir > IQ -..- unknown planned" } },
	{ .text = "Foreign Minister Ali Demir of Turkey will visit Jordan on "
	  "Friday, state media reported Tuesday.", .published = "2018-04-04",
	  .legs = { "Ali Demir > JO 2018-04-06..- day planned" } },
	/* "has arrived", undated: today */
	{ .text = "Foreign Minister Ali Demir of Turkey has arrived in Tokyo "
	  "for talks.", .published = "2011-10-20",
	  .legs = { "Ali Demir > JP Tokyo 2011-10-20..- day ongoing" } },
	{ .text = "Foreign Minister Ali Demir of Turkey arrived in Tokyo for "
	  "talks last week.", .published = "2011-10-20",
	  .legs = { "Ali Demir > JP Tokyo -..- unknown completed" } },
};

/* Gen3: a trip noun of someone travelling elsewhere is that trip. */
static const struct row rows_dateline_other_trip[] = {
	{ .text = "TOKYO (Reuters) - Foreign Minister Ali Demir of Turkey "
	  "will visit Jordan next week. Ankara has not announced the "
	  "minister's tour.", .published = "2018-04-03",
	  .legs = { "Ali Demir > JO -..- unknown planned" } },
	{ .text = "TOKYO (Reuters) - Foreign Minister Ali Demir of Turkey is "
	  "here on a visit.", .published = "2018-04-03",
	  .legs = { "Ali Demir > JP Tokyo 2018-04-03..- day ongoing" } },
	{ .text = "TOKYO (Reuters) - Turkish Foreign Minister Ali Demir's "
	  "visit will strengthen ties, officials said.",
	  .published = "2018-04-03",
	  .legs = { "Ali Demir > JP Tokyo -..- unknown ongoing" } },
};

/* Gen3: the summit's day dates a trip known by month. */
static const struct row rows_summit_date[] = {
	{ .text = "President Tom Hale of the United States will travel to "
	  "Moscow in late May. Hale said the summit would be May 29 through "
	  "June 2.", .published = "1988-03-24",
	  .legs = { "Tom Hale > SU Moscow 1988-05-29..1988-06-02 day planned" } },
	/* another month: not this trip */
	{ .text = "President Tom Hale of the United States will travel to "
	  "Moscow in late May. Hale said the talks would be July 9.",
	  .published = "1988-03-24",
	  .legs = { "Tom Hale > SU Moscow 1988-05-01..- month planned" } },
	/* "The Nth Summit of ... in PLACE": the place must agree */
	{ .text = "President Tom Hale of the United States will travel to "
	  "Chile next month. The fifth Summit of the Andes will be held on "
	  "April 13-14, in Santiago, Chile.", .published = "2018-03-09",
	  .legs = {
		"Tom Hale > CL Santiago 2018-04-13..2018-04-14 day planned" },
	  .known = "the summit's city, Santiago, is named: the city is missing",
	  .probe = { "Hale > CL 2018-04-13 planned" } },
	{ .text = "President Tom Hale of the United States will travel to "
	  "Chile next month. The fifth Summit of the Andes will be held on "
	  "April 13-14, in Lima, Peru.", .published = "2018-03-09",
	  .legs = { "Tom Hale > CL 2018-04-01..- month planned" } },
	/* a day date already stands */
	{ .text = "President Tom Hale of the United States will travel to "
	  "Moscow on May 20. Hale said the summit would be May 29.",
	  .published = "1988-03-24",
	  .legs = { "Tom Hale > SU Moscow 1988-05-20..- day planned" } },
};

/* Gen3: release headings, and a spokesman's "he". */
static const struct row rows_headings[] = {
	{ .text = "Visit by Vice-Minister for Foreign Affairs Ken Sato to "
	  "Fiji and Samoa", .published = "2017-05-17",
	  .legs = {
		"Ken Sato > FJ -..- unknown planned",
		"Ken Sato > WS -..- unknown planned" },
	  .known = "an untensed heading announces a visit: planned for both "
	  "stops (the extractor gives Fiji ongoing, Samoa planned)",
	  .probe = { "Sato > WS -" } },
	{ .text = "(2) Visit by Vice-Minister for Foreign Affairs Ken Sato "
	  "to Fiji", .published = "2017-05-17",
	  .legs = { "Ken Sato > FJ -..- unknown planned" },
	  .known = "an untensed heading announces a visit: planned, not "
	  "ongoing",
	  .probe = { "Sato > FJ -" } },
	{ .text = "Visit of Foreign Minister Ken Sato of Japan to Fiji",
	  .published = "2017-05-17",
	  .legs = { "Ken Sato > FJ -..- unknown planned" },
	  .known = "an untensed heading announces a visit: planned, not "
	  "ongoing",
	  .probe = { "Sato > FJ -" } },
	/* press-release headings */
	{ .text = "Under Secretary for Political Affairs Jane Roe Travels to "
	  "India and Nepal", .published = "2022-06-03",
	  .legs = {
		"Jane Roe > IN -..- unknown planned",
		"Jane Roe > NP -..- unknown planned" } },
	{ .text = "Deputy Secretary Jane Roe's Travel to the Philippines and "
	  "Vietnam", .published = "2022-06-03",
	  .legs = {
		"Jane Roe > PH -..- unknown planned",
		"Jane Roe > VN -..- unknown planned" } },
	{ .text = "Deputy Secretary Jane Roe's State Visit Plans Unveiled",
	  .published = "2022-06-03" },
	/* a capitalised "Visit" inside a sentence is a name */
	{ .text = "The Fiji Visit Bureau met Ken Sato of Japan.",
	  .published = "2017-05-17" },
	{ .text = "Visit by Vice-Minister for Foreign Affairs Ken Sato to "
	  "Fiji\n\nMr. Jun Abe, Press Secretary: In Fiji, he will attend the "
	  "forum meeting on May 19.", .published = "2017-05-17",
	  .legs = { "Ken Sato > FJ 2017-05-19..- day planned" } },
};

/* Gen3: transcripts ("X, Minister: I plan to visit ..."), dashed lists. */
static const struct row rows_transcript[] = {
	{ .text = "Mr. Ken Sato, Minister for Foreign Affairs of Japan: Good "
	  "morning.\n\nNext week I plan to visit Fiji.",
	  .published = "2021-07-09",
	  .legs = { "Ken Sato > FJ -..- unknown planned" } },
	{ .text = "Mr. Ken Sato, Minister for Foreign Affairs of Japan: Good "
	  "morning.\n\nThe first matter is my visit to Samoa on July 15.",
	  .published = "2021-07-09",
	  .legs = { "Ken Sato > WS 2021-07-15..- day planned" } },
	/* another speaker line: "I" is no longer the minister */
	{ .text = "Mr. Ken Sato, Minister for Foreign Affairs of Japan: Good "
	  "morning.\n\nQuestion: I plan to visit Fiji. Will you come?",
	  .published = "2021-07-09" },
	/* no speaker line: "I" is nobody */
	{ .text = "Foreign Minister Ken Sato of Japan spoke.\n\nA reporter "
	  "wrote: \"I will visit Fiji.\"", .published = "2021-07-09" },
	/* a list set off by spaced dashes */
	{ .text = "Foreign Minister Ken Sato of Japan will visit four "
	  "countries - Fiji, Samoa, Tonga, and Palau - from July 15-21.",
	  .published = "2021-07-09",
	  .legs = {
		"Ken Sato > FJ 2021-07-15..- day planned",
		"Ken Sato > WS -..- unknown planned",
		"Ken Sato > TO -..- unknown planned",
		"Ken Sato > PW -..2021-07-21 unknown planned" },
	  .known = "the range's last day is the last stop's end (as "
	  "dos-349406), not its start",
	  .probe = { "Sato > PW 2021-07-21 planned" } },
	/* a hyphen glued to a country is an adjective */
	{ .text = "Foreign Minister Ken Sato of Japan will visit the "
	  "Peru-Chile border.", .published = "2021-07-09" },
};

/* Gen3: "call on the President" is a courtesy call, not a phone call. */
static const struct row rows_call_on[] = {
	{ .text = "Minister Ana Ruiz of Spain will visit Peru on May 1, "
	  "where she will call on the President.", .published = "2022-04-27",
	  .legs = { "Ana Ruiz > PE 2022-05-01..- day planned" } },
	{ .text = "Minister Ana Ruiz of Spain arrived in Lima on Monday and "
	  "called on the Prime Minister.", .published = "2022-04-27",
	  .legs = { "Ana Ruiz > PE Lima 2022-04-25..- day ongoing" } },
	/* a phone call stays no travel */
	{ .text = "Minister Ana Ruiz of Spain spoke with Peru's president in "
	  "a phone call on Monday.", .published = "2022-04-27" },
	{ .text = "Minister Ana Ruiz of Spain discussed a visit to Peru in a "
	  "call on Monday.", .published = "2022-04-27" },
	{ .text = "Minister Ana Ruiz of Spain held a telephone call on the "
	  "situation in Peru.", .published = "2022-04-27" },
};

/* Gen3: "the Iranian foreign minister": the office holder of the day. */
static const struct row rows_office_holder_the[] = {
	{ .text = "The Iranian foreign minister's trip to Oman, planned for "
	  "Tuesday, has been postponed.", .published = "2016-05-09",
	  .legs = { "Mohammad Javad Zarif > OM 2016-05-10..- day cancelled" } },
	{ .text = "The Iranian foreign minister will visit Oman next week.",
	  .published = "2016-05-09",
	  .legs = { "Mohammad Javad Zarif > OM -..- unknown planned" } },
	/* "Soviet" (RU in the country table) in 1986 */
	{ .text = "The Soviet foreign minister will visit Japan next week.",
	  .published = "1986-05-30",
	  .legs = { "Eduard Shevardnadze > JP -..- unknown planned" } },
	{ .text = "Russia's foreign minister will visit Japan next week.",
	  .published = "2016-05-30",
	  .legs = { "Sergei Lavrov > JP -..- unknown planned" } },
	/* no country: no holder is guessed */
	{ .text = "The foreign minister will visit Oman next week.",
	  .published = "2016-05-09" },
	/* a minister named before is the one meant */
	{ .text = "Iranian Foreign Minister Ali Karimi met reporters. The "
	  "Iranian foreign minister will visit Oman next week.",
	  .published = "2016-05-09",
	  .legs = { "Ali Karimi > OM -..- unknown planned" } },
};

/* Gen3: hosts in a pair of objects; the time of an arrangement. */
static const struct row rows_objects_arrangements[] = {
	{ .text = "Foreign Minister Ken Sato of Japan was to hold talks with "
	  "Secretary Ann Cole and Foreign Minister Tom Reed during a visit "
	  "to Fiji from Tuesday.", .published = "2006-01-07",
	  .legs = { "Ken Sato > FJ 2006-01-10..- day planned" } },
	/* "X and Y will visit": both travel */
	{ .text = "Foreign Minister Ken Sato of Japan and Foreign Minister "
	  "Tom Reed of Britain will visit Fiji.", .published = "2006-01-07",
	  .legs = {
		"Ken Sato > FJ -..- unknown planned",
		"Tom Reed > FJ -..- unknown planned" } },
	/* the day the visit was agreed is not the visit's */
	{ .text = "Foreign Minister Ken Sato of Japan will visit Peru. The "
	  "minister's visit to Peru was agreed in February this year.",
	  .published = "2007-04-27",
	  .legs = { "Ken Sato > PE -..- unknown planned" } },
	{ .text = "Foreign Minister Ken Sato of Japan will visit Peru. The "
	  "visit to Peru was announced on Monday and is set for May 3.",
	  .published = "2007-04-27",
	  .legs = { "Ken Sato > PE 2007-05-03..- day planned" },
	  .known = "\"is set for May 3\" dates the visit; the earlier test "
	  "expected no start",
	  .probe = { "Sato > PE - planned" } },
	{ .text = "Foreign Minister Ken Sato of Japan visited Peru in "
	  "February.", .published = "2007-04-27",
	  .legs = { "Ken Sato > PE 2007-02-01..- month completed" } },
};

/* Gen3: "calls for stops in": a need, not a phone call. */
static const struct row rows_calls_for[] = {
	{ .text = "Deputy Foreign Minister Li Wei of China will travel to "
	  "Hungary this summer. The trip also calls for stops in Poland and "
	  "Romania.", .published = "1984-06-21",
	  .legs = {
		"Li Wei > HU -..- unknown planned",
		"Li Wei > PL -..- unknown planned",
		"Li Wei > RO -..- unknown planned" } },
	/* a phone call stays one */
	{ .text = "Deputy Foreign Minister Li Wei of China made a phone call "
	  "for talks with Poland.", .published = "1984-06-21" },
};

/* Gen3: Indian "Union" ministers, the day of a telling, asides. */
static const struct row rows_union_told_aside[] = {
	/* domestic for an Indian Union minister */
	{ .text = "Union agriculture minister Raj Patel on Thursday visited "
	  "Vijayawada.", .published = "2024-09-05",
	  .legs = { "Raj Patel > IN Vijayawada 2024-09-05..- day completed" } },
	{ .text = "Union Minister Raj Patel will visit Nepal on Friday.",
	  .published = "2024-09-05",
	  .legs = { "Raj Patel > NP 2024-09-06..- day planned" } },
	{ .text = "The European Union envoy Raj Patel will visit Nepal on "
	  "Friday.", .published = "2024-09-05",
	  .legs = { "Raj Patel > NP 2024-09-06..- day planned" } },
	/* "told X on January 31 of Y's planned visit" */
	{ .text = "Foreign Minister Ali Sow of Mali will visit Moscow on "
	  "March 5. The ambassador told reporters on January 31 of Sow's "
	  "planned visit to Moscow.", .published = "2020-02-27",
	  .legs = { "Ali Sow > RU Moscow 2020-03-05..- day planned" } },
	{ .text = "The ambassador said on Monday that Foreign Minister Ali "
	  "Sow of Mali would visit Moscow on March 5.",
	  .published = "2020-02-27",
	  .legs = { "Ali Sow > RU Moscow 2020-03-05..- day planned" } },
	/* an aside between "was" and "in" */
	{ .text = "Secretary of State Tom Hale was, for instance, in Turkey "
	  "in late March.", .published = "1986-06-29",
	  .legs = { "Tom Hale > TR 1986-03-01..- month completed" } },
	{ .text = "Secretary of State Tom Hale was, as ever, unhappy with "
	  "Turkey.", .published = "1986-06-29" },
	/* an official call is in person */
	{ .text = "When the envoy paid an official call at the palace, "
	  "Secretary of State Tom Hale was in Singapore.",
	  .published = "1986-06-29",
	  .legs = { "Tom Hale > SG -..- unknown completed" } },
};

/* Gen3: "spend the weekend in X"; "his" in a later clause; "last May". */
static const struct row rows_spend_his_last[] = {
	{ .text = "Prime Minister Raj Patel of India will spend next weekend "
	  "in Nepal.", .published = "1988-11-16",
	  .legs = { "Raj Patel > NP 1988-11-19..- day planned" } },
	{ .text = "Prime Minister Raj Patel of India spent two days in Nepal "
	  "last week.", .published = "1988-11-16",
	  .legs = { "Raj Patel > NP -..- unknown completed" } },
	/* money is no stay */
	{ .text = "Prime Minister Raj Patel of India will spend $5 billion "
	  "in Nepal.", .published = "1988-11-16" },
	{ .text = "Prime Minister Raj Patel of India will spend more money "
	  "in Nepal.", .published = "1988-11-16" },
	/* "his" is the subject of its own clause */
	{ .text = "President Tom Hale of the United States will stay in "
	  "Moscow, just as Soviet leader Ivan Petrov stayed in Washington "
	  "during his visit to the United States last December.",
	  .published = "1988-03-24",
	  .legs = {
		"Tom Hale > SU Moscow -..- unknown planned",
		"Ivan Petrov > US Washington 1987-12-01..- month completed" },
	  .known = "Petrov's stay names Washington: the city is missing",
	  .probe = { "Petrov > US 1987-12-01 completed" } },
	{ .text = "Soviet leader Ivan Petrov praised Foreign Minister Ken "
	  "Sato of Japan during his visit to Japan last December.",
	  .published = "1988-03-24",
	  .legs = { "Ivan Petrov > JP 1987-12-01..- month completed" } },
	/* "last"/"next" with a month, whatever the tense */
	{ .text = "Soviet leader Ivan Petrov, who visited Japan last March, "
	  "will go to India.", .published = "1988-03-24",
	  .legs = {
		"Ivan Petrov > JP 1987-03-01..- month completed",
		"Ivan Petrov > IN -..- unknown planned" } },
	{ .text = "Soviet leader Ivan Petrov will visit Japan next March.",
	  .published = "1988-03-24",
	  .legs = { "Ivan Petrov > JP 1989-03-01..- month planned" } },
	{ .text = "Soviet leader Ivan Petrov will visit Japan next April.",
	  .published = "1988-03-24",
	  .legs = { "Ivan Petrov > JP 1988-04-01..- month planned" } },
};

/* Gen3: a leader receiving a foreign official, no place named: at home. */
static const struct row rows_hosted_home[] = {
	{ .text = "Soviet leader Ivan Petrov will receive French President "
	  "Jean Moreau.", .published = "1988-11-16",
	  .legs = { "Jean Moreau > SU -..- unknown planned" } },
	{ .text = "Soviet leader Ivan Petrov will visit India next weekend, "
	  "and will on his return receive French President Jean Moreau.",
	  .published = "1988-11-16",
	  .legs = {
		"Ivan Petrov > IN 1988-11-19..- day planned",
		"Jean Moreau > SU -..- unknown planned" } },
	{ .text = "Kenyan President Paul Mwangi hosted Indian Prime Minister "
	  "Raj Patel on Monday.", .published = "2013-10-23",
	  .legs = { "Raj Patel > KE 2013-10-21..- day ongoing" },
	  .known = "a meeting abroad reported without its end is ongoing "
	  "(conventions), as \"met visiting ... on Monday\" in the visiting "
	  "table",
	  .probe = { "Patel > KE 2013-10-21" } },
	/* the host has no leg */
	{ .text = "Soviet leader Ivan Petrov will receive French President "
	  "Jean Moreau.", .published = "1988-11-16",
	  .legs = { "Jean Moreau > SU -..- unknown planned" } },
	/* not a leader: no inference */
	{ .text = "Soviet Foreign Minister Ivan Petrov will receive French "
	  "Foreign Minister Jean Moreau.", .published = "1988-11-16" },
	/* passive, or a thing received: none */
	{ .text = "French President Jean Moreau was received by Soviet "
	  "leader Ivan Petrov.", .published = "1988-11-16" },
	{ .text = "Soviet leader Ivan Petrov received a letter from French "
	  "President Jean Moreau.", .published = "1988-11-16" },
	/* a place named elsewhere in the clause decides */
	{ .text = "Soviet leader Ivan Petrov will receive French President "
	  "Jean Moreau in Geneva.", .published = "1988-11-16",
	  .legs = { "Jean Moreau > CH Geneva -..- unknown planned" },
	  .known = "\"will receive ... in Geneva\" is future: planned; the "
	  "city's English name is Geneva",
	  .probe = { "Moreau > CH -" } },
};

/* Gen3: "at the meeting in X"; "has arrived" yields to a stated day. */
static const struct row rows_meeting_at[] = {
	{ .text = "President Tom Hale of the United States said he would be "
	  "frank at the meeting in Geneva on November 19-20.",
	  .published = "1985-10-19",
	  .legs = { "Tom Hale > CH Geneva 1985-11-19..1985-11-20 day planned" },
	  .known = "the city's English name is Geneva, and the meeting's "
	  "range ends on November 20",
	  .probe = { "Hale > CH 1985-11-19 planned" } },
	{ .text = "Foreign Minister Ken Sato of Japan said during talks in "
	  "Beijing on Monday that trade must grow.", .published = "2019-05-08",
	  .legs = { "Ken Sato > CN Beijing 2019-05-06..- day ongoing" } },
	/* a meeting named only as a topic is no presence */
	{ .text = "Foreign Minister Ken Sato of Japan praised the meeting in "
	  "Beijing.", .published = "2019-05-08" },
	/* "has arrived" today, unless the day is stated after */
	{ .text = "Chinese President Li Ming has arrived in Russia. Li, "
	  "whose plane landed in Moscow's airport on Monday, met officials.",
	  .published = "2017-07-04",
	  .legs = { "Li Ming > RU Moscow 2017-07-03..- day ongoing" },
	  .known = "the plane landed in Moscow: the city is missing",
	  .probe = { "Li Ming > RU 2017-07-03 ongoing" } },
};

/* Gen3: recaps of finished trips. */
static const struct row rows_recaps[] = {
	{ .text = "Secretary of State Tom Hale wrapped up a visit to Japan "
	  "on Sunday.", .published = "1987-10-19",
	  .legs = { "Tom Hale > JP 1987-10-18..- day completed" } },
	{ .text = "Secretary of State Tom Hale wound up his tour of Japan on "
	  "Sunday.", .published = "1987-10-19",
	  .legs = { "Tom Hale > JP 1987-10-18..- day completed" } },
	{ .text = "Secretary of State Tom Hale is wrapping up a visit to "
	  "Japan.", .published = "1987-10-19",
	  .legs = { "Tom Hale > JP -..- unknown ongoing" } },
	/* "After visiting X, Y ...": Y's trip */
	{ .text = "After visiting Japan, Secretary of State Tom Hale flew to "
	  "South Korea.", .published = "1987-10-19",
	  .legs = {
		"Tom Hale > JP -..- unknown completed",
		"Tom Hale > KR -..- unknown completed" } },
	{ .text = "After visiting Japan, Secretary of State Tom Hale will "
	  "fly to South Korea.", .published = "1987-10-19",
	  .legs = {
		"Tom Hale > JP -..- unknown planned",
		"Tom Hale > KR -..- unknown planned" } },
	/* the origin of a flight home is a finished stop */
	{ .text = "Secretary of State Tom Hale stopped in Canada on his way "
	  "home from Japan.", .published = "1987-10-19",
	  .legs = {
		"Tom Hale > CA -..- unknown completed",
		"Tom Hale > JP -..- unknown completed" } },
	{ .text = "Secretary of State Tom Hale flew back to Washington from "
	  "Japan on Sunday.", .published = "1987-10-19",
	  .legs = { "Tom Hale > JP -..1987-10-18 unknown completed" },
	  .known = "flying back from Japan on Sunday ends that stay (as "
	  "reut-16550): the end is missing",
	  .probe = { "Hale > JP - completed" } },
	/* home is no leg; an origin alone is no trip */
	{ .text = "Secretary of State Tom Hale flew back to Washington from "
	  "Japan on Sunday.", .published = "1987-10-19",
	  .legs = { "Tom Hale > JP -..1987-10-18 unknown completed" },
	  .known = "flying back from Japan on Sunday ends that stay (as "
	  "reut-16550): the end is missing",
	  .probe = { "Hale > !US" } },
	{ .text = "The ban on travel from China worries Secretary of State "
	  "Tom Hale.", .published = "1987-10-19" },
};

/* Gen3: "here" in a datelined report is the dateline place. */
static const struct row rows_here[] = {
	{ .text = "TOKYO, April 8 - West German Economics Minister Hans "
	  "Vogel said here today that trade must grow.",
	  .published = "1987-04-08",
	  .legs = { "Hans Vogel > JP Tokyo 1987-04-08..- day ongoing" } },
	{ .text = "TOKYO, April 8 - Visiting West German Economics Minister "
	  "Hans Vogel said trade must grow.", .published = "1987-04-08",
	  .legs = { "Hans Vogel > JP Tokyo -..- unknown ongoing" } },
	{ .text = "WASHINGTON, April 8 - Japanese Prime Minister Ken Sato is "
	  "due here on April 29 for talks.", .published = "1987-04-08",
	  .legs = { "Ken Sato > US Washington 1987-04-29..- day planned" } },
	/* home officials, posted ambassadors, quotations: none */
	{ .text = "TOKYO, April 8 - Japanese Foreign Minister Ken Sato said "
	  "here today that trade must grow.", .published = "1987-04-08" },
	{ .text = "WASHINGTON, April 8 - Soviet Ambassador Ivan Petrov said "
	  "here today that talks must go on.", .published = "1987-04-08" },
	{ .text = "TOKYO, April 8 - West German Economics Minister Hans "
	  "Vogel said: \"Firms here must open the market.\"",
	  .published = "1987-04-08" },
	/* another trip named: that trip, not "here" */
	{ .text = "TOKYO, April 8 - Officials here said West German "
	  "Economics Minister Hans Vogel would visit Seoul.",
	  .published = "1987-04-08",
	  .legs = { "Hans Vogel > KR Seoul -..- unknown planned" } },
	/* no dateline: "here" is nowhere */
	{ .text = "West German Economics Minister Hans Vogel said here today "
	  "that trade must grow.", .published = "1987-04-08" },
};

/* Gen3: "will have a meeting with King X" on a trip: X's country. */
/* "Lang, who took office Nov. 6, will fly": a date of background in a
 * relative clause is not the trip's; "who arrived on Monday" is. */
static const struct row rows_relative_dates[] = {
	{ .text = "Prime Minister Noboru Takeshita, who took office Nov. 6, "
	  "will meet with Reagan in Washington on Wednesday.",
	  .published = "1988-01-12",
	  .legs = {
		"Noboru Takeshita > US Washington 1988-01-13..- day planned" } },
	{ .text = "Foreign Minister Ana Lopez, who was appointed in May, "
	  "will visit Peru on Friday.", .published = "1988-01-12",
	  .legs = { "Ana Lopez > PE 1988-01-15..- day planned" } },
	{ .text = "Defence Minister Kurt Lang, who turned 60 on Sunday, will "
	  "fly to Athens on Thursday.", .published = "1988-01-12",
	  .legs = { "Kurt Lang > GR Athens 1988-01-14..- day planned" } },
	{ .text = "Foreign Minister Ana Lopez, who arrived in Lima on "
	  "Monday, will stay for three days.", .published = "1988-01-12",
	  .legs = { "Ana Lopez > PE Lima 1988-01-11..1988-01-13 day ongoing" },
	  .known = "arrived Monday to stay three days: the end is missing",
	  .probe = { "Lopez > PE 1988-01-11 ongoing" } },
};

/* "then go on to Spain and Morocco": later stops of a tour. */
static const struct row rows_go_on_to[] = {
	{ .text = "Foreign Minister Ana Lopez will fly to Lisbon on March 3, "
	  "then go on to Spain, Morocco and Tunisia.",
	  .published = "1988-01-12",
	  .legs = {
		"Ana Lopez > PT Lisbon 1988-03-03..- day planned",
		"Ana Lopez > ES -..- unknown planned",
		"Ana Lopez > MA -..- unknown planned",
		"Ana Lopez > TN -..- unknown planned" } },
	{ .text = "Trade Minister Hans Berger visited Rome on Monday and "
	  "went on to Greece and Turkey.", .published = "1988-01-12",
	  .legs = {
		"Hans Berger > IT Rome 1988-01-11..- day completed",
		"Hans Berger > GR -..- unknown completed",
		"Hans Berger > TR -..- unknown completed" } },
	{ .text = "Trade Minister Hans Berger said exports would go on to "
	  "rise.", .published = "1988-01-12" },
};

/* "meet leaders in A, B and C on a nine-day trip beginning Feb. 4": the
 * places before a trip noun are its stops, the first gets the date. */
static const struct row rows_list_before_trip[] = {
	{ .text = "Defence Minister Kurt Lang will meet leaders in Hungary, "
	  "Poland and Romania on a nine-day trip beginning Feb. 4.",
	  .published = "1988-01-20",
	  .legs = {
		"Kurt Lang > HU 1988-02-04..- day planned",
		"Kurt Lang > PL -..- unknown planned",
		"Kurt Lang > RO -..- unknown planned" } },
	{ .text = "Secretary of State Tom Hale will hold talks in Egypt, "
	  "Jordan and Syria during a week-long tour starting March 10.",
	  .published = "1988-01-20",
	  .legs = {
		"Tom Hale > EG 1988-03-10..- day planned",
		"Tom Hale > JO -..- unknown planned",
		"Tom Hale > SY -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez will see officials in Chile "
	  "and Peru on her trip next month.", .published = "1988-01-20",
	  .legs = {
		"Ana Lopez > CL 1988-02-01..- month planned",
		"Ana Lopez > PE 1988-02-01..- month planned" } },
	{ .text = "Foreign Minister Ana Lopez said prices in Chile and Peru "
	  "rose on a trip basis.", .published = "1988-01-20" },
	{ .text = "Foreign Minister Ana Lopez invested in Chile on a whim "
	  "before her trip.", .published = "1988-01-20" },
};

/* "the President's trip" of an office holder not named in the text is
 * not the last subject's trip. */
static const struct row rows_unnamed_owner[] = {
	{ .text = "Premier Zhao Ziyang has accepted an invitation to visit "
	  "Washington. The President's trip to the Far East includes stops "
	  "in Japan, South Korea and Thailand.", .published = "1983-08-11",
	  .legs = { "Zhao Ziyang > US Washington -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez met the press. The "
	  "Chancellor's visit to Spain is set for May.",
	  .published = "1983-08-11" },
	{ .text = "Chancellor Helmut Kohl spoke on Monday. The Chancellor's "
	  "visit to Spain is set for May.", .published = "1983-08-11",
	  .legs = { "Helmut Kohl > ES 1984-05-01..- month planned" },
	  .known = "\"the Chancellor's visit ... is set for May\" is next "
	  "May: planned, month precision; the extractor gives it undated and "
	  "ongoing",
	  .probe = { "Kohl > ES -" } },
};

/* "a visit to the forum, which also includes Japan": the members of a
 * meeting are no stops; "the summit, which opens in Lisbon" is one. */
static const struct row rows_members_not_stops[] = {
	{ .text = "Foreign Minister Ana Lopez will attend the talks. It is "
	  "her second visit to the annual forum, which also includes Japan, "
	  "Canada and Australia.", .published = "1985-07-06" },
	{ .text = "Foreign Minister Ana Lopez will go to the summit, whose "
	  "members include Brazil and Mexico.", .published = "1985-07-06" },
	{ .text = "Foreign Minister Ana Lopez will travel to the conference, "
	  "which groups France, Italy and Spain.", .published = "1985-07-06" },
	{ .text = "Foreign Minister Ana Lopez will travel to the summit, "
	  "which opens in Lisbon on Monday.", .published = "1985-07-06",
	  .legs = { "Ana Lopez > PT Lisbon -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez's tour includes stops in Japan "
	  "and Korea.", .published = "1985-07-06",
	  .legs = {
		"Ana Lopez > JP -..- unknown ongoing",
		"Ana Lopez > KR -..- unknown ongoing" },
	  .known = "Korea is the tour's second stop: its leg is missing",
	  .probe = { "Lopez > JP -" } },
};

/* "PEKING - X on Monday began three days of talks": an upper-case
 * dateline with a dash places the talks; "two rounds of talks" too. */
static const struct row rows_dash_dateline_talks[] = {
	{ .text = "PEKING - French Foreign Minister Roland Dumas on Monday "
	  "began three days of talks on regional issues.",
	  .published = "1985-03-19",
	  .legs = {
		"Roland Dumas > CN Beijing 1985-03-18..1985-03-20 day ongoing" },
	  .known = "three days of talks begun Monday end on Wednesday: the "
	  "end is missing",
	  .probe = { "Dumas > CN 1985-03-18 ongoing" } },
	{ .text = "NEW DELHI - Japanese Foreign Minister Shintaro Abe "
	  "arrived here today for talks.", .published = "1985-03-19",
	  .legs = { "Shintaro Abe > IN New Delhi 1985-03-19..- day ongoing" } },
	{ .text = "TOKYO, March 19 - Canadian Trade Minister Pat Carney on "
	  "Monday began two days of talks with Japanese officials.",
	  .published = "1985-03-19",
	  .legs = {
		"Pat Carney > JP Tokyo 1985-03-18..1985-03-19 day ongoing" },
	  .known = "two days of talks begun Monday end on Tuesday: the end is "
	  "missing",
	  .probe = { "Carney > JP 1985-03-18 ongoing" } },
	{ .text = "BONN, March 19 - Japanese Foreign Minister Shintaro Abe "
	  "today held two rounds of talks with officials.",
	  .published = "1985-03-19",
	  .legs = { "Shintaro Abe > DE Bonn 1985-03-19..- day ongoing" } },
	{ .text = "Soviet Foreign Minister Eduard Shevardnadze today held "
	  "the first of three meetings with officials in Bonn.",
	  .published = "1990-12-12",
	  .legs = { "Eduard Shevardnadze > DE Bonn 1990-12-12..- day ongoing" } },
	{ .text = "BONN, March 19 - Japanese Foreign Minister Shintaro Abe "
	  "said three days of talks in Tokyo had failed.",
	  .published = "1985-03-19" },
	{ .text = "Paris - the minister spoke. Foreign Minister Ana Lopez "
	  "will visit Peru.", .published = "1985-03-19",
	  .legs = { "Ana Lopez > PE -..- unknown planned" } },
};

/* "his wife, Nancy,": a given name after a word of kin is no place;
 * "told the Kremlin" after an arrival is no stop. */
static const struct row rows_kin_and_speech[] = {
	{ .text = "President Ronald Reagan, accompanied by his wife, Nancy, "
	  "arrived in Tokyo on Monday.", .published = "1985-03-19",
	  .legs = { "Ronald Reagan > JP Tokyo 1985-03-18..- day ongoing" },
	  .known = "\"arrived in Tokyo on Monday\" is a stay under way: "
	  "ongoing, as \"arrived in Lima on Tuesday\" in the verbs table",
	  .probe = { "Reagan > !FR", "Reagan > JP 1985-03-18" } },
	{ .text = "Chancellor Helmut Kohl, with his wife, Georgia, flew to "
	  "Rome on Monday.", .published = "1985-03-19",
	  .legs = { "Helmut Kohl > IT Rome 1985-03-18..- day completed" } },
	{ .text = "Foreign Minister Ana Lopez arrived on Monday, an official "
	  "told Moscow radio.", .published = "1985-03-19" },
	{ .text = "As Foreign Minister Ana Lopez arrived, her spokesman "
	  "warned Washington against sanctions.", .published = "1985-03-19" },
	{ .text = "Foreign Minister Ana Lopez flew to Paris on Monday and "
	  "told reporters she was hopeful.", .published = "1985-03-19",
	  .legs = { "Ana Lopez > FR Paris 1985-03-18..- day completed" } },
};

/* "before moving on to Chile and Bolivia": the later stops of a tour,
 * while the meeting still places the first; "moved to London in 1970"
 * is no trip. */
static const struct row rows_moving_on[] = {
	{ .text = "Foreign Minister Ana Lopez will meet leaders in Lima "
	  "before moving on to Chile and Bolivia.", .published = "1985-03-19",
	  .legs = {
		"Ana Lopez > CL -..- unknown planned",
		"Ana Lopez > BO -..- unknown planned",
		"Ana Lopez > PE Lima -..- unknown planned" } },
	{ .text = "Trade Minister Hans Berger will meet officials in Rome "
	  "and then go on to Greece.", .published = "1985-03-19",
	  .legs = {
		"Hans Berger > GR -..- unknown planned",
		"Hans Berger > IT Rome -..- unknown planned" } },
	{ .text = "Trade Minister Hans Berger moved on to Athens on Tuesday "
	  "after talks in Rome.", .published = "1985-03-19",
	  .legs = {
		"Hans Berger > GR Athens 1985-03-19..- day completed",
		"Hans Berger > IT Rome -..1985-03-19 unknown completed" },
	  .known = "moving on from Rome on Tuesday ends that stay: the end is "
	  "missing",
	  .probe = { "Berger > GR 1985-03-19" } },
	{ .text = "Trade Minister Hans Berger moved to London in 1970.",
	  .published = "1985-03-19" },
};

/* Long State Department titles: "Under Secretary of State for
 * Management John Bass", "Special Envoy for the Great Lakes Region of
 * Africa X", "for Civilian Security, Democracy, and Human Rights X": the
 * name is the last words of the title-case run, not a portfolio word and
 * not the office's holder from the knowledge table. */
static const struct row rows_long_portfolios[] = {
	{ .text = "Under Secretary of State for Management John Bass will "
	  "travel to Port Moresby, Papua New Guinea, from November 30.",
	  .published = "2022-11-30",
	  .legs = { "John Bass > PG Port Moresby 2022-11-30..- day planned" } },
	{ .text = "Under Secretary of State for Civilian Security, "
	  "Democracy, and Human Rights Uzra Zeya will travel to Kingston, "
	  "Jamaica, on February 19.", .published = "2024-02-18",
	  .legs = { "Uzra Zeya > JM Kingston 2024-02-19..- day planned" } },
	{ .text = "Special Envoy for the Great Lakes Region of Africa Thomas "
	  "Perriello will travel to Stockholm, Sweden, on May 3-5, 2016.",
	  .published = "2016-05-03",
	  .legs = {
		"Thomas Perriello > SE Stockholm 2016-05-03..2016-05-05 day planned" } },
	{ .text = "Special Representative for Syria Engagement Joel Rayburn "
	  "will travel to Ankara, Turkey, on May 4.",
	  .published = "2016-05-03",
	  .legs = { "Joel Rayburn > TR Ankara 2016-05-04..- day planned" } },
	{ .text = "Minister of State for External Affairs and Textiles, "
	  "Pabitra Margherita, will travel to Dakar, Senegal, on May 4.",
	  .published = "2016-05-03",
	  .legs = { "Pabitra Margherita > SN Dakar 2016-05-04..- day planned" } },
	{ .text = "Deputy Secretary of State John C. Whitehead will travel "
	  "to Paris next week.", .published = "1988-01-20",
	  .legs = { "John C. Whitehead > FR Paris -..- unknown planned" } },
	{ .text = "Under Secretary of State for Management John C. Bass will "
	  "travel to Paris next week.", .published = "1988-01-20",
	  .legs = { "John C. Bass > FR Paris -..- unknown planned" } },
	{ .text = "Minister for Trade, Industry and Tourism Ana Ruiz will "
	  "travel to Dakar, Senegal, on May 4.", .published = "2016-05-03",
	  .legs = { "Ana Ruiz > SN Dakar 2016-05-04..- day planned" } },
};

/* "left Bonn Friday ... before arriving in Tokyo": an undated arrival
 * after a dated departure takes the departure's date; an own date, or a
 * departure in a relative clause of background, does not. */
static const struct row rows_departure_date[] = {
	{ .text = "West German Trade Minister Hans Berger left Bonn Friday "
	  "morning and was to stop in Anchorage before arriving in Tokyo.",
	  .published = "1985-07-06",
	  .legs = {
		"Hans Berger > US Anchorage -..- unknown planned",
		"Hans Berger > JP Tokyo 1985-07-05..- day planned" } },
	{ .text = "Secretary of State George Shultz left Washington Friday "
	  "morning and was to make two refueling stops before arriving in "
	  "Hong Kong.", .published = "1985-07-06",
	  .legs = { "George Shultz > HK 1985-07-05..- day ongoing" } },
	{ .text = "Australian Foreign Minister Bill Hayden left Canberra "
	  "yesterday, arriving in Jakarta for talks with Indonesian leaders.",
	  .published = "1985-07-06",
	  .legs = { "Bill Hayden > ID Jakarta 1985-07-05..- day ongoing" } },
	{ .text = "West German Trade Minister Hans Berger left Bonn on "
	  "Thursday and arrived in Tokyo today.", .published = "1985-07-06",
	  .legs = { "Hans Berger > JP Tokyo 1985-07-06..- day ongoing" } },
	{ .text = "Australian Foreign Minister Bill Hayden, who left "
	  "Canberra last month, has arrived in Jakarta.",
	  .published = "1985-07-06",
	  .legs = { "Bill Hayden > ID Jakarta 1985-07-06..- day ongoing" } },
};

/* "X's Asian tour, marred by disputes, moves today to Seoul": a trip
 * that moves on is a leg of its owner; a company that moves is none. */
static const struct row rows_tour_moves[] = {
	{ .text = "Chancellor Helmut Kohl's Asian tour, hampered by "
	  "continuing differences with the region's governments, moves today "
	  "to Seoul.", .published = "1986-05-02",
	  .legs = { "Helmut Kohl > KR Seoul 1986-05-02..- day planned" } },
	{ .text = "Foreign Minister Ana Lopez's Latin America journey, "
	  "overshadowed by the debt crisis, moves on Friday to Brazil.",
	  .published = "1986-05-02",
	  .legs = { "Ana Lopez > BR 1986-05-02..- day planned" } },
	{ .text = "Chancellor Helmut Kohl's tour of Asia moves today to "
	  "Seoul.", .published = "1986-05-02",
	  .legs = { "Helmut Kohl > KR Seoul 1986-05-02..- day planned" },
	  .known = "\"moves today to Seoul\" is planned, as in the row before "
	  "(the extractor says ongoing here)",
	  .probe = { "Kohl > KR 1986-05-02" } },
	{ .text = "Foreign Minister Ana Lopez said the company moves today "
	  "to Lisbon.", .published = "1986-05-02" },
	{ .text = "Trade Minister Hans Berger said production moves to Spain "
	  "next year.", .published = "1986-05-02" },
};

/* "held talks at Kislovodsk", "met officials at Shanghai": a meeting
 * at a city places the visitor there, as "in" does. */
static const struct row rows_talks_at_city[] = {
	{ .text = "Soviet Foreign Minister Alexander Bessmertnykh spoke "
	  "Thursday. He and US Secretary of State James Baker held talks at "
	  "Kislovodsk, USSR.", .published = "1991-04-26",
	  .legs = { "James Baker > SU Kislovodsk -..- unknown ongoing" } },
	{ .text = "US Secretary of State James Baker held talks at Geneva on "
	  "Thursday.", .published = "1991-04-26",
	  .legs = { "James Baker > CH Geneva 1991-04-25..- day ongoing" },
	  .known = "the city's English name is Geneva",
	  .probe = { "Baker > CH 1991-04-25" } },
	{ .text = "French Foreign Minister Roland Dumas met Chinese "
	  "officials at Shanghai yesterday.", .published = "1991-04-26",
	  .legs = { "Roland Dumas > CN Shanghai 1991-04-25..- day ongoing" } },
	{ .text = "US Secretary of State James Baker held talks with "
	  "officials at the State Department.", .published = "1991-04-26" },
};

/* A heading's "Secretary Hale" is the article's "Tom Hale": one leg per
 * country, under the full name. */
static const struct row rows_heading_surname[] = {
	{ .text = "Secretary Hale to Travel to Egypt\n\nSecretary of State "
	  "Tom Hale will travel to Cairo on March 2.",
	  .published = "2024-02-18",
	  .legs = { "Tom Hale > EG Cairo 2024-03-02..- day planned" } },
	{ .text = "Minister Ruiz's Visit to Chile\n\nForeign Minister Ana "
	  "Ruiz will travel to Santiago, Chile, on February 19.",
	  .published = "2024-02-18",
	  .legs = { "Ana Ruiz > CL Santiago 2024-02-19..- day planned" } },
	{ .text = "Secretary Hale to Travel to Egypt\n\nSecretary of State "
	  "Tom Hale will travel to Cairo on March 2. Hale will also visit "
	  "Jordan.", .published = "2024-02-18",
	  .legs = {
		"Tom Hale > EG Cairo 2024-03-02..- day planned",
		"Tom Hale > JO -..- unknown planned" } },
};

/* "Special Envoy for Syria X": the country of an envoy's portfolio is
 * where he goes, not his own; "Minister for Canada" stays Canadian. */
static const struct row rows_envoy_portfolio[] = {
	{ .text = "On December 7, Special Envoy for Syria Joel Rayburn "
	  "traveled to northeast Syria for meetings.",
	  .published = "2021-01-07",
	  .legs = { "Joel Rayburn > SY 2020-12-07..- day completed" } },
	{ .text = "Special Envoy for Yemen Tim Lenderking will travel to "
	  "Yemen and Saudi Arabia on January 9.", .published = "2021-01-07",
	  .legs = {
		"Tim Lenderking > YE 2021-01-09..- day planned",
		"Tim Lenderking > SA -..- unknown planned" } },
	{ .text = "Special Representative for Afghanistan Reconciliation "
	  "Zalmay Khalilzad will travel to Afghanistan on January 9.",
	  .published = "2021-01-07",
	  .legs = { "Zalmay Khalilzad > AF 2021-01-09..- day planned" } },
	{ .text = "Minister for Canada Tom Hale will travel to Canada on "
	  "January 9.", .published = "2021-01-07" },
};

/* "to Oslo, Norway, on May 3-5, and to Nairobi, Kenya, on May 6-10":
 * a stop's dates do not cut the list of stops. */
static const struct row rows_dated_stops_chain[] = {
	{ .text = "Special Envoy Tom Hale will travel to Oslo on May 3-5, "
	  "and to Nairobi on May 6-10.", .published = "2016-05-03",
	  .legs = {
		"Tom Hale > NO Oslo 2016-05-03..2016-05-05 day planned",
		"Tom Hale > KE Nairobi 2016-05-06..2016-05-10 day planned" } },
	{ .text = "Special Envoy Tom Hale will travel to Oslo, Norway, on "
	  "May 3, and to Nairobi, Kenya, on May 6.", .published = "2016-05-03",
	  .legs = {
		"Tom Hale > NO Oslo 2016-05-03..- day planned",
		"Tom Hale > KE Nairobi 2016-05-06..- day planned" } },
	{ .text = "Special Envoy Tom Hale will travel to Stockholm, Sweden, "
	  "on May 3-5, 2016, and to Goma and Kinshasa, Democratic Republic "
	  "of the Congo (DRC), on May 6-10.", .published = "2016-05-03",
	  .legs = {
		"Tom Hale > SE Stockholm 2016-05-03..2016-05-05 day planned",
		"Tom Hale > CD Goma 2016-05-06..2016-05-10 day planned" } },
	{ .text = "Special Envoy Tom Hale will travel to Oslo on May 3, "
	  "2016, when the king of Norway meets the President of Kenya.",
	  .published = "2016-05-03",
	  .legs = { "Tom Hale > NO Oslo 2016-05-03..- day planned" } },
};

/* "visited Singapore on June 3" told in January is last June; "will
 * visit in June" the coming one; a past-tense sentence about a trip a
 * month ahead keeps the coming date. */
static const struct row rows_past_year[] = {
	{ .text = "On June 3, Defense Secretary Tom Hale visited Singapore.",
	  .published = "2021-01-07",
	  .legs = { "Tom Hale > SG 2020-06-03..- day completed" } },
	{ .text = "Foreign Minister Ana Lopez visited Singapore in June.",
	  .published = "2021-01-07",
	  .legs = { "Ana Lopez > SG 2020-06-01..- month completed" } },
	{ .text = "Foreign Minister Ana Lopez will visit Singapore in June.",
	  .published = "2021-01-07",
	  .legs = { "Ana Lopez > SG 2021-06-01..- month planned" } },
	{ .text = "Foreign Minister Ana Lopez said she would visit Singapore "
	  "in June.", .published = "2021-01-07",
	  .legs = { "Ana Lopez > SG 2021-06-01..- month planned" } },
	{ .text = "Trade Minister Ken Ito returned on Sunday to prepare for "
	  "Prime Minister Yasuhiro Nakasone's visit to Washington, April 29 "
	  "to May 5.", .published = "1987-03-31",
	  .legs = {
		"Yasuhiro Nakasone > US Washington 1987-04-29..1987-05-05 day planned" } },
};

/* "attended the (IISS) Manama Dialogue", "the Munich Security
 * Conference on Saturday": a meeting named after its city, in the past;
 * "the Paris Club meeting" is no such place. */
static const struct row rows_city_events[] = {
	{ .text = "On December 4-5, Defense Secretary Tom Hale attended the "
	  "IISS Manama Dialogue.", .published = "2021-01-07",
	  .legs = {
		"Tom Hale > BH Manama 2020-12-04..2020-12-05 day completed" },
	  .known = "\"On December 4-5\" ends on December 5: the end is missing",
	  .probe = { "Hale > BH 2020-12-04 completed" } },
	{ .text = "Defense Secretary Tom Hale attended the Munich Security "
	  "Conference on Saturday.", .published = "2021-01-07",
	  .legs = { "Tom Hale > DE Munich 2021-01-02..- day completed" } },
	{ .text = "Foreign Minister Ana Lopez will attend the Davos Forum "
	  "next week.", .published = "2021-01-07",
	  .legs = { "Ana Lopez > CH Davos -..- unknown planned" } },
	{ .text = "Defense Secretary Tom Hale met officials in Munich on "
	  "Saturday.", .published = "2021-01-07",
	  .legs = { "Tom Hale > DE Munich 2021-01-02..- day completed" } },
	{ .text = "Foreign Minister Ana Lopez attended the Paris Club "
	  "meeting on Monday.", .published = "2021-01-07" },
	{ .text = "Foreign Minister Ana Lopez attended the Washington Post "
	  "lunch on Monday.", .published = "2021-01-07" },
};

/* "She will also meet officials in France" after her trip's first
 * stops: the pronoun subject goes on with the trip; with no trip before,
 * or at home, no leg. */
static const struct row rows_pronoun_meeting[] = {
	{ .text = "Foreign Minister Ana Lopez will travel to Kenya on "
	  "January 15. She will also meet officials in France.",
	  .published = "2020-01-13",
	  .legs = {
		"Ana Lopez > KE 2020-01-15..- day planned",
		"Ana Lopez > FR -..- unknown planned" } },
	{ .text = "Assistant Secretary for African Affairs Tibor Nagy will "
	  "travel to Kenya and Sudan from January 15-29, 2020. He will also "
	  "meet with government officials and partners in France to "
	  "strengthen regional cooperation.", .published = "2020-01-13",
	  .legs = {
		"Tibor Nagy > KE 2020-01-15..- day planned",
		"Tibor Nagy > SD -..2020-01-29 unknown planned",
		"Tibor Nagy > FR -..- unknown planned" },
	  .known = "the range's last day is the last stop's end (as "
	  "dos-349406), not its start",
	  .probe = { "Nagy > FR - planned" } },
	{ .text = "Foreign Minister Ana Lopez spoke to reporters on Monday. "
	  "She will also meet officials in France.", .published = "2020-01-13" },
	{ .text = "French Foreign Minister Jean Dupont will travel to Kenya "
	  "on January 15. He will also meet officials in France.",
	  .published = "2020-01-13",
	  .legs = { "Jean Dupont > KE 2020-01-15..- day planned" } },
};

/* "During a White House visit Thursday, X renewed ...": an opening
 * phrase's visit is its subject's, after the comma. */
static const struct row rows_opening_visit[] = {
	{ .text = "During a White House visit Thursday, Japanese Foreign "
	  "Minister Sousuke Uno renewed an invitation to the president.",
	  .published = "1988-12-02",
	  .legs = { "Sousuke Uno > US Washington 1988-12-01..- day ongoing" } },
	{ .text = "After a Paris visit last week, Japanese Foreign Minister "
	  "Sousuke Uno said the talks went well.", .published = "1988-12-02",
	  .legs = { "Sousuke Uno > FR Paris -..- unknown completed" } },
	{ .text = "During a visit to Paris on Monday, Japanese Foreign "
	  "Minister Sousuke Uno said the talks went well.",
	  .published = "1988-12-02",
	  .legs = { "Sousuke Uno > FR Paris 1988-11-28..- day completed" } },
	{ .text = "During a White House ceremony Thursday, Japanese Foreign "
	  "Minister Sousuke Uno renewed an invitation.",
	  .published = "1988-12-02" },
	{ .text = "During a Tokyo visit by the Pope, Japanese Foreign "
	  "Minister Sousuke Uno stayed at home.", .published = "1988-12-02" },
};

/* The visitor of a meeting at the host's place: "meet Soviet Foreign
 * Minister X in London" (a historical demonym), "talks in Bonn on Monday
 * with X", "Uno's planned Dec. 19-21 meeting in Tokyo with X" (not the
 * subject who speaks of it). */
static const struct row rows_meeting_visitor[] = {
	{ .text = "British Foreign Secretary Geoffrey Howe will meet Soviet "
	  "Foreign Minister Eduard Shevardnadze in London on Monday.",
	  .published = "1988-12-02",
	  .legs = {
		"Eduard Shevardnadze > GB London 1988-12-05..- day planned" } },
	{ .text = "West German Foreign Minister Hans-Dietrich Genscher will "
	  "hold talks in Bonn on Monday with Soviet Foreign Minister Eduard "
	  "Shevardnadze.", .published = "1988-12-02",
	  .legs = { "Eduard Shevardnadze > DE Bonn 1988-12-05..- day planned" } },
	{ .text = "Japanese Foreign Minister Sousuke Uno met President "
	  "Ronald Reagan on Thursday. Reagan expressed interest in Uno's "
	  "planned Dec. 19-21 meeting in Tokyo with Soviet Foreign Minister "
	  "Eduard Shevardnadze.", .published = "1988-12-02",
	  .legs = {
		"Eduard Shevardnadze > JP Tokyo 1988-12-19..- day planned" } },
	{ .text = "British Foreign Secretary Geoffrey Howe spoke on "
	  "Thursday. Officials discussed Howe's meeting in London with "
	  "British business leaders.", .published = "1988-12-02" },
	{ .text = "West German Foreign Minister Hans-Dietrich Genscher met "
	  "in Bonn on Monday, and Soviet Foreign Minister Eduard "
	  "Shevardnadze spoke in Moscow.", .published = "1988-12-02",
	  .known = "Genscher met in Bonn, his home; Moscow is Shevardnadze's "
	  "clause, and he is home there too: no leg at all",
	  .probe = { "Shevardnadze > !DE" } },
};

/* "He was accompanied by Secretary of State X", "She will lead a
 * delegation that will include X" after a trip: the companion shares the
 * leg; with no trip before, no leg. */
static const struct row rows_accompanied[] = {
	{ .text = "President Ronald Reagan arrived in Peking yesterday. He "
	  "was accompanied by Secretary of State George Shultz.",
	  .published = "1984-04-27",
	  .legs = {
		"Ronald Reagan > CN Beijing 1984-04-26..- day ongoing",
		"George Shultz > CN Beijing 1984-04-26..- day ongoing" } },
	{ .text = "President Ronald Reagan arrived in Peking yesterday. Mr "
	  "Reagan, accompanied by his wife and his Secretary of State, Mr "
	  "George Shultz, was met at the airport by the Foreign Minister.",
	  .published = "1984-04-27",
	  .legs = {
		"Ronald Reagan > CN Beijing 1984-04-26..- day ongoing",
		"George Shultz > CN Beijing 1984-04-26..- day ongoing" } },
	{ .text = "President Ronald Reagan arrived in Peking yesterday. "
	  "Secretary of State George Shultz is accompanying him.",
	  .published = "1984-04-27",
	  .legs = {
		"Ronald Reagan > CN Beijing 1984-04-26..- day ongoing",
		"George Shultz > CN Beijing 1984-04-26..- day ongoing" } },
	{ .text = "President Ronald Reagan will visit Peking next week. He "
	  "will be accompanied by Secretary of State George Shultz.",
	  .published = "1984-04-27",
	  .legs = {
		"Ronald Reagan > CN Beijing -..- unknown planned",
		"George Shultz > CN Beijing -..- unknown planned" } },
	{ .text = "President Ronald Reagan spoke in Washington yesterday. He "
	  "was accompanied by Secretary of State George Shultz.",
	  .published = "1984-04-27" },
	{ .text = "Deputy Secretary Wendy Sherman will travel to Honiara, "
	  "Solomon Islands, on August 6-8. She will lead a delegation that "
	  "will include U.S. Ambassador to Australia Caroline Kennedy and "
	  "Assistant Secretary Kin Moy.", .published = "2022-07-25",
	  .legs = {
		"Wendy Sherman > SB Honiara 2022-08-06..2022-08-08 day planned",
		"Caroline Kennedy > SB Honiara 2022-08-06..2022-08-08 day planned",
		"Kin Moy > SB Honiara 2022-08-06..2022-08-08 day planned" },
	  .known = "the delegation's members keep the leader's dates (as "
	  "dos-362588): their end is missing",
	  .probe = { "Moy > SB 2022-08-06 planned" } },
	{ .text = "Foreign Minister Ana Lopez will visit Peru on August 6. "
	  "Her delegation includes Deputy Foreign Minister Luis Ortega.",
	  .published = "2022-07-25",
	  .legs = {
		"Ana Lopez > PE 2022-08-06..- day planned",
		"Luis Ortega > PE 2022-08-06..- day planned" } },
	{ .text = "Foreign Minister Ana Lopez spoke on Monday. Her "
	  "delegation includes Deputy Foreign Minister Luis Ortega.",
	  .published = "2022-07-25" },
	{ .text = "Foreign Minister Ana Lopez will visit Peru and Chile next "
	  "week. In Chile, she will be accompanied by Trade Minister Luis "
	  "Ortega.", .published = "2023-02-09",
	  .legs = {
		"Ana Lopez > PE -..- unknown planned",
		"Ana Lopez > CL -..- unknown planned",
		"Luis Ortega > CL -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez will visit Peru next week. In "
	  "Chile, she will be joined by Trade Minister Luis Ortega.",
	  .published = "2023-02-09",
	  .legs = { "Ana Lopez > PE -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez will visit Peru next week. She "
	  "will be joined by Trade Minister Luis Ortega.",
	  .published = "2023-02-09",
	  .legs = {
		"Ana Lopez > PE -..- unknown planned",
		"Luis Ortega > PE -..- unknown planned" } },
};

/* "a trip that will include a visit to Prague; talks in Germany with
 * X; and a meeting in Egypt with Y": the programme's places are stops;
 * "includes trade talks in the wake of" is none. */
static const struct row rows_include_list[] = {
	{ .text = "President George Bush will go to Saudi Arabia as part of "
	  "an eight-day trip that also will include a visit to Prague; talks "
	  "in Germany with Chancellor Helmut Kohl; and a meeting in Egypt "
	  "with President Hosni Mubarak.", .published = "1990-11-03",
	  .legs = {
		"George Bush > SA -..- unknown planned",
		"George Bush > CS Prague -..- unknown planned",
		"George Bush > DE -..- unknown planned",
		"George Bush > EG -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez will tour Asia next week. Her "
	  "trip will include a visit to Tokyo, talks in Seoul with officials "
	  "and a meeting in Manila with President Aquino.",
	  .published = "1990-11-03",
	  .legs = {
		"Ana Lopez > JP Tokyo -..- unknown planned",
		"Ana Lopez > KR Seoul -..- unknown planned",
		"Ana Lopez > PH Manila -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez will visit Japan next week; "
	  "the agenda includes trade talks in the wake of disputes with "
	  "China.", .published = "1990-11-03",
	  .legs = { "Ana Lopez > JP -..- unknown planned" } },
};

/* "will meet A next week in Cape Town and B in Namibia": each place
 * where the subject meets someone is a stop; a leader met is no
 * traveller, "discuss investment in Vietnam" no stop. */
static const struct row rows_second_meeting_place[] = {
	{ .text = "Foreign Minister Ana Lopez will meet President Aquino in "
	  "Manila and Prime Minister Hawke in Canberra.",
	  .published = "1990-11-03",
	  .legs = {
		"Ana Lopez > PH Manila -..- unknown planned",
		"Ana Lopez > AU Canberra -..- unknown planned" } },
	{ .text = "Secretary of State James Baker will meet South African "
	  "President Frederik de Klerk next week in Cape Town and black "
	  "nationalist leader Nelson Mandela in Namibia.",
	  .published = "1990-03-17",
	  .legs = {
		"James Baker > ZA Cape Town -..- unknown planned",
		"James Baker > NA -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez will meet officials in Manila "
	  "and discuss investment in Vietnam.", .published = "1990-11-03",
	  .legs = { "Ana Lopez > PH Manila -..- unknown planned" } },
};

/* "X left Tokyo for Washington.  He will meet Reagan on Wednesday": a
 * dated meeting with no place dates the one undated leg; a meeting at
 * home does not. */
static const struct row rows_meeting_dates_leg[] = {
	{ .text = "West German Trade Minister Hans Berger flew to Tokyo. He "
	  "will hold talks with Japanese officials on Wednesday.",
	  .published = "1988-01-12",
	  .legs = { "Hans Berger > JP Tokyo 1988-01-13..- day ongoing" } },
	{ .text = "Japanese Prime Minister Noboru Takeshita left Tokyo for "
	  "Washington for his first summit with President Reagan. Takeshita "
	  "will meet with Reagan on Wednesday.", .published = "1988-01-12",
	  .legs = {
		"Noboru Takeshita > US Washington 1988-01-13..- day ongoing" } },
	{ .text = "Spanish Foreign Minister Ana Lopez left Madrid for Tokyo. "
	  "She will meet Japanese officials on Thursday.",
	  .published = "1988-01-12",
	  .legs = { "Ana Lopez > JP Tokyo 1988-01-14..- day ongoing" } },
	{ .text = "Spanish Foreign Minister Ana Lopez visited Peru and "
	  "Chile. She met reporters in Madrid on Monday.",
	  .published = "1988-01-12",
	  .legs = {
		"Ana Lopez > PE -..- unknown completed",
		"Ana Lopez > CL -..- unknown completed" } },
};

/* "Duffy, here on a three-day visit after talks in the United States":
 * the stay is at the dateline place, the places after "after" earlier
 * stops; "Carney, in Tokyo for two days of talks, said": a stay. */
static const struct row rows_here_after_stops[] = {
	{ .text = "BANGKOK, Oct 19 - Australian Trade Minister Michael Duffy "
	  "said exports rose. Duffy, here on a three-day visit after talks "
	  "in the United States, said progress was made.",
	  .published = "1987-10-19",
	  .legs = {
		"Michael Duffy > US -..- unknown completed",
		"Michael Duffy > TH Bangkok 1987-10-19..- day ongoing" } },
	{ .text = "BANGKOK, Oct 19 - Australian Trade Minister Michael "
	  "Duffy, here on a visit following stops in Japan and China, said "
	  "progress was made.", .published = "1987-10-19",
	  .legs = {
		"Michael Duffy > JP -..- unknown completed",
		"Michael Duffy > CN -..- unknown completed",
		"Michael Duffy > TH Bangkok 1987-10-19..- day ongoing" } },
	{ .text = "BANGKOK, Oct 19 - Australian Trade Minister Michael Duffy "
	  "will visit Japan after talks here.", .published = "1987-10-19",
	  .legs = { "Michael Duffy > JP -..- unknown planned" } },
	{ .text = "TOKYO, Oct 19 - Canadian Trade Minister Pat Carney said "
	  "exports rose. Carney, in Tokyo for two days of talks, said "
	  "progress was made.", .published = "1987-10-19",
	  .legs = { "Pat Carney > JP Tokyo -..- unknown ongoing" } },
	{ .text = "Canadian Trade Minister Pat Carney, in Tokyo for talks, "
	  "said progress was made.", .published = "1987-10-19",
	  .legs = { "Pat Carney > JP Tokyo -..- unknown ongoing" } },
	{ .text = "Canadian Trade Minister Pat Carney, in Tokyo last year, "
	  "said talks would resume.", .published = "1987-10-19" },
};

/* "En route to Peru she will stop in Panama": the stop on the way
 * opens the trip, on its first known day; "on the way home" does not. */
static const struct row rows_en_route[] = {
	{ .text = "Spanish Foreign Minister Ana Lopez will visit Peru and "
	  "Chile on a trip beginning March 3. En route to Peru she will stop "
	  "in Panama.", .published = "1988-01-20",
	  .legs = {
		"Ana Lopez > PA 1988-03-03..- day planned",
		"Ana Lopez > PE -..- unknown planned",
		"Ana Lopez > CL -..- unknown planned" },
	  .known = "Panama, en route, is the first stop of the trip beginning "
	  "March 3: Peru has no start of its own",
	  .probe = { "Lopez > PA 1988-03-03 planned" } },
	{ .text = "Spanish Foreign Minister Ana Lopez will visit Peru and "
	  "Chile on a trip beginning March 3. Enroute to South America she "
	  "will go to Cuba for talks.", .published = "1988-01-20",
	  .legs = {
		"Ana Lopez > CU 1988-03-03..- day planned",
		"Ana Lopez > PE -..- unknown planned",
		"Ana Lopez > CL -..- unknown planned" },
	  .known = "Cuba, en route, is the first stop of the trip beginning "
	  "March 3: Peru has no start of its own",
	  .probe = { "Lopez > CU 1988-03-03 planned" } },
	{ .text = "Spanish Foreign Minister Ana Lopez will visit Peru and "
	  "Chile on a trip beginning March 3. On the way, she will stop in "
	  "Panama.", .published = "1988-01-20",
	  .legs = {
		"Ana Lopez > PA 1988-03-03..- day planned",
		"Ana Lopez > PE -..- unknown planned",
		"Ana Lopez > CL -..- unknown planned" },
	  .known = "Panama, on the way, is the first stop of the trip "
	  "beginning March 3: Peru has no start of its own",
	  .probe = { "Lopez > PA 1988-03-03 planned" } },
	{ .text = "Spanish Foreign Minister Ana Lopez will visit Peru and "
	  "Chile on a trip beginning March 3. On the way home, she will stop "
	  "in Cuba.", .published = "1988-01-20",
	  .legs = {
		"Ana Lopez > PE 1988-03-03..- day planned",
		"Ana Lopez > CL -..- unknown planned",
		"Ana Lopez > CU -..- unknown planned" } },
};

/* "X arrived in Washington for talks", with no time in the sentence:
 * the day of the news; "had arrived ... before" is no news. */
static const struct row rows_arrived_today[] = {
	{ .text = "Prime Minister Noboru Takeshita arrived in Washington for "
	  "talks with President Reagan.", .published = "1988-01-13",
	  .legs = {
		"Noboru Takeshita > US Washington 1988-01-13..- day ongoing" } },
	{ .text = "Chancellor Helmut Kohl arrived in Moscow for a three-day "
	  "visit.", .published = "1988-01-13",
	  .legs = {
		"Helmut Kohl > SU Moscow 1988-01-13..1988-01-15 day ongoing" } },
	{ .text = "Chancellor Helmut Kohl had arrived in Moscow for a "
	  "three-day visit before the crisis.", .published = "1988-01-13",
	  .legs = { "Helmut Kohl > SU Moscow -..- unknown ongoing" } },
	{ .text = "Chancellor Helmut Kohl arrived in Moscow on Monday for a "
	  "three-day visit.", .published = "1988-01-13",
	  .legs = {
		"Helmut Kohl > SU Moscow 1988-01-11..1988-01-13 day ongoing" } },
};

/* "Cote d'Ivoire": a place name whose last word starts with an elided
 * article before its capital. */
static const struct row rows_elided_names[] = {
	{ .text = "Chinese Foreign Minister Wang Yi will visit Egypt, Togo "
	  "and Cote d'Ivoire from Jan. 13 to 18.", .published = "2024-01-11",
	  .legs = {
		"Wang Yi > EG 2024-01-13..- day planned",
		"Wang Yi > TG -..- unknown planned",
		"Wang Yi > CI -..2024-01-18 unknown planned" },
	  .known = "the range's last day is the last stop's end (as "
	  "dos-349406), not its start",
	  .probe = { "Wang > CI 2024-01-18 planned" } },
	{ .text = "French Foreign Minister Jean Dupont will travel to Cote "
	  "d'Ivoire on Monday.", .published = "2024-01-11",
	  .legs = { "Jean Dupont > CI 2024-01-15..- day planned" } },
	{ .text = "French Foreign Minister Jean Dupont will travel to Cote "
	  "d'ivoire on Monday.", .published = "2024-01-11" },
};

/* "She'll then go to Ankara": the contraction is the pronoun and a
 * future; "shell" is neither. */
static const struct row rows_contractions[] = {
	{ .text = "Secretary of State Hillary Clinton will travel to "
	  "Brussels. She'll then go to Ankara, where she'll meet officials.",
	  .published = "2009-03-01",
	  .legs = {
		"Hillary Clinton > BE Brussels -..- unknown planned",
		"Hillary Clinton > TR Ankara -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez will visit Peru. She'll also "
	  "stop in Chile.", .published = "2009-03-01",
	  .legs = {
		"Ana Lopez > PE -..- unknown planned",
		"Ana Lopez > CL -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez will visit Peru. He\\u2019ll "
	  "not stop in Chile.", .published = "2009-03-01",
	  .legs = { "Ana Lopez > PE -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Lopez will visit Peru. Lopez said "
	  "the shell company in Chile had closed.", .published = "2009-03-01",
	  .legs = { "Ana Lopez > PE -..- unknown planned" } },
};

/* "Following his visit to Africa, Wang will visit Brazil": a clause
 * with its own subject after the comma ends the first trip's stops. */
static const struct row rows_clause_after_comma[] = {
	{ .text = "Chinese Foreign Minister Wang Yi will visit Egypt and "
	  "Togo, spokesperson Mao Ning announced on Thursday. Following his "
	  "visit to Africa, Wang will visit Brazil and Jamaica upon "
	  "invitation from Jan. 18 to 22, Mao added.",
	  .published = "2024-01-11",
	  .legs = {
		"Wang Yi > EG -..- unknown planned",
		"Wang Yi > TG -..- unknown planned",
		"Wang Yi > BR 2024-01-18..- day planned",
		"Wang Yi > JM -..2024-01-22 unknown planned" },
	  .known = "the range's last day is the last stop's end (as "
	  "dos-349406), not its start",
	  .probe = { "Wang > BR 2024-01-18 planned" } },
	{ .text = "Spokesman Tom Lee spoke. Chinese Foreign Minister Wang Yi "
	  "will visit Egypt. After his trip to Africa, Wang will travel to "
	  "Brazil on Jan. 18.", .published = "2024-01-11",
	  .legs = {
		"Wang Yi > EG -..- unknown planned",
		"Wang Yi > BR 2024-01-18..- day planned" } },
	{ .text = "Chinese Foreign Minister Wang Yi will visit Egypt, Togo "
	  "and Ghana.", .published = "2024-01-11",
	  .legs = {
		"Wang Yi > EG -..- unknown planned",
		"Wang Yi > TG -..- unknown planned",
		"Wang Yi > GH -..- unknown planned" } },
};

/* "called at the White House": a call in person, so the sentence is no
 * phone call; "a phone call at 10 a.m." stays one. */
static const struct row rows_called_at[] = {
	{ .text = "When Soviet Ambassador Yuri Dubinin called at the White "
	  "House Monday, Secretary of State George Shultz was in Singapore "
	  "seeing Lee Kuan Yew.", .published = "1986-06-29",
	  .legs = { "George Shultz > SG 1986-06-23..- day completed" },
	  .known = "\"When ... Monday, Shultz was in Singapore\" dates his "
	  "presence; the earlier test expected no start",
	  .probe = { "Shultz > SG - completed", "Dubinin > !SG" } },
	{ .text = "Foreign Minister Ana Lopez held a phone call at 10 a.m. "
	  "with officials in Lima.", .published = "1986-06-29" },
};

/*
 * Gen5: the end of a trip told as a return: "returned home from X",
 * "returned from a week in X", "returning from a trip to X", "back from
 * a visit to X" report a finished stay in X.  "returned to X" is no recap.
 */
static const struct row rows_return_from[] = {
	{ .text = "Secretary of State Tom Hale returned home from Japan on "
	  "Monday.", .published = "1987-06-26",
	  .legs = { "Tom Hale > JP -..1987-06-22 unknown completed" },
	  .known = "returning from Japan on Monday ends that stay: the end is "
	  "missing",
	  .probe = { "Hale > JP - completed" } },
	{ .text = "Foreign Minister Ana Ruiz of Peru returned from a week in "
	  "Brazil.", .published = "1987-06-26",
	  .legs = { "Ana Ruiz > BR -..- unknown completed" } },
	{ .text = "Chancellor Karl Brandt of Austria returned home from "
	  "three days in Kenya.", .published = "1987-06-26",
	  .legs = { "Karl Brandt > KE -..- unknown completed" } },
	{ .text = "Secretary of State Tom Hale, returning from a trip to "
	  "Japan, said the talks went well.", .published = "1987-06-26",
	  .legs = { "Tom Hale > JP -..- unknown completed" } },
	{ .text = "Foreign Minister Ana Ruiz of Peru, back from a visit to "
	  "Chile, told reporters the deal was close.",
	  .published = "1987-06-26",
	  .legs = { "Ana Ruiz > CL -..- unknown completed" } },
	{ .text = "Chancellor Karl Brandt of Austria returned from talks in "
	  "Ghana.", .published = "1987-06-26",
	  .legs = { "Karl Brandt > GH -..- unknown completed" } },
	/* a flight home after a stay */
	{ .text = "Secretary of State Tom Hale flew home Thursday after a "
	  "week in Japan.", .published = "1987-06-26",
	  .legs = { "Tom Hale > JP -..1987-06-25 unknown completed" },
	  .known = "flying home on Thursday ends the stay in Japan: the end "
	  "is missing",
	  .probe = { "Hale > JP - completed" } },
	{ .text = "Foreign Minister Ana Ruiz of Peru returned home on Sunday "
	  "after three days in Chile.", .published = "1987-06-26",
	  .legs = { "Ana Ruiz > CL -..1987-06-21 unknown completed" },
	  .known = "returning home on Sunday ends the stay in Chile: the end "
	  "is missing",
	  .probe = { "Ruiz > CL - completed" } },
	{ .text = "Chancellor Karl Brandt of Austria flew back home "
	  "following two days of talks in Kenya.", .published = "1987-06-26",
	  .legs = { "Karl Brandt > KE -..- unknown completed" } },
	{ .text = "Secretary of State Tom Hale flew home after a week in "
	  "which Japan rejected his plan.", .published = "1987-06-26" },
	/* no recap: a return to X, talks with X, no place after
	 * "in" */
	{ .text = "Secretary of State Tom Hale returned to Japan on Monday.",
	  .published = "1987-06-26" },
	{ .text = "Foreign Minister Ana Ruiz of Peru returned from a week of "
	  "talks with Brazil.", .published = "1987-06-26" },
	{ .text = "Chancellor Karl Brandt of Austria returned from the "
	  "meetings of the Kenya board.", .published = "1987-06-26" },
};

/*
 * Gen5: a list of stops each with its own purpose, "to A for a meeting,
 * to B to meet X and to C": each "to" after a purpose goes on with the
 * list.
 */
static const struct row rows_to_list_purpose[] = {
	{ .text = "Foreign Minister Ana Ruiz of Peru flew to Oslo for a NATO "
	  "meeting, to Manila for talks and to Sydney for a conference.",
	  .published = "1987-06-26",
	  .legs = {
		"Ana Ruiz > NO Oslo -..- unknown completed",
		"Ana Ruiz > PH Manila -..- unknown completed",
		"Ana Ruiz > AU Sydney -..- unknown completed" } },
	{ .text = "Secretary of State Tom Hale will travel to Nairobi for a "
	  "summit meeting, to Accra for talks with officials and to Dakar.",
	  .published = "1987-06-26",
	  .legs = {
		"Tom Hale > KE Nairobi -..- unknown planned",
		"Tom Hale > GH Accra -..- unknown planned",
		"Tom Hale > SN Dakar -..- unknown planned" } },
	{ .text = "Chancellor Karl Brandt of Austria went on to Lima to meet "
	  "business leaders, to Quito to sign a trade deal, and to Bogota.",
	  .published = "1987-06-26",
	  .legs = {
		"Karl Brandt > PE Lima -..- unknown completed",
		"Karl Brandt > EC Quito -..- unknown completed",
		"Karl Brandt > CO Bogotá -..- unknown completed" } },
	{ .text = "Chancellor Karl Brandt of Austria then flew to Rome for a "
	  "meeting of the European Community finance ministers, to Athens to "
	  "confer with Greek officials and to Cairo.",
	  .published = "1987-06-26",
	  .legs = {
		"Karl Brandt > IT Rome -..- unknown completed",
		"Karl Brandt > GR Athens -..- unknown completed",
		"Karl Brandt > EG Cairo -..- unknown completed" } },
	{ .text = "Secretary of State Tom Hale will travel to Bergen, "
	  "Norway, for a meeting of NATO defense ministers, to Lima to see "
	  "President Ana Rojas and to Quito.", .published = "1987-06-26",
	  .legs = {
		"Tom Hale > NO Bergen -..- unknown planned",
		"Tom Hale > PE Lima -..- unknown planned",
		"Tom Hale > EC Quito -..- unknown planned" },
	  .known = "the list ends \"and to Quito\": Ecuador's leg is missing",
	  .probe = { "Hale > PE - planned" } },
	/* no list: "to the dismay of", a place in another clause */
	{ .text = "Secretary of State Tom Hale flew to Oslo for a meeting, "
	  "to the dismay of Sweden.", .published = "1987-06-26",
	  .legs = { "Tom Hale > NO Oslo -..- unknown completed" } },
	{ .text = "Foreign Minister Ana Ruiz of Peru flew to Oslo for a "
	  "meeting with officials who had sent aid to Chile.",
	  .published = "1987-06-26",
	  .legs = { "Ana Ruiz > NO Oslo -..- unknown completed" } },
};

/*
 * Gen5: an office holder named only by honorific and surname ("Mr.
 * Reagan", "Mrs. Thatcher") is the one of the table in office on the
 * published date; no match, or one out of office, is no one.
 */
static const struct row rows_honorific_holder[] = {
	{ .text = "Mr. Reagan will fly to Rome on Monday.",
	  .published = "1987-06-26",
	  .legs = { "Ronald Reagan > IT Rome 1987-06-29..- day planned" },
	  .known = "the office holder is known from the table on that date: "
	  "the person is the full name, not the surname alone",
	  .probe = { "Reagan > IT 1987-06-29 planned" } },
	{ .text = "Mrs. Thatcher arrived in Moscow on Monday.",
	  .published = "1987-04-01",
	  .legs = { "Margaret Thatcher > SU Moscow 1987-03-30..- day ongoing" },
	  .known = "the office holder is known from the table on that date: "
	  "the person is the full name, not the surname alone",
	  .probe = { "Thatcher > SU 1987-03-30" } },
	{ .text = "Mr. Shultz will visit Manila next week.",
	  .published = "1987-06-26",
	  .legs = { "George Shultz > PH Manila -..- unknown planned" },
	  .known = "the office holder is known from the table on that date: "
	  "the person is the full name, not the surname alone",
	  .probe = { "Shultz > PH - planned" } },
	{ .text = "Mr. Obama will visit Laos in September.",
	  .published = "2016-06-26",
	  .legs = { "Barack Obama > LA 2016-09-01..- month planned" },
	  .known = "the office holder is known from the table on that date: "
	  "the person is the full name, not the surname alone",
	  .probe = { "Obama > LA 2016-09-01 planned" } },
	/* out of office on the date, or no holder: no leg */
	{ .text = "Mr. Reagan will fly to Rome on Monday.",
	  .published = "1995-06-26" },
	{ .text = "Mr. Zorbanek will fly to Rome on Monday.",
	  .published = "1987-06-26" },
};

/*
 * Gen5: "lead a delegation to X", "heads a team to X": the leader goes;
 * a delegation or team elsewhere ("the delegation in Geneva") is no trip.
 */
static const struct row rows_delegation_to[] = {
	{ .text = "Secretary of State Tom Hale will lead a delegation to "
	  "Kenya and Ghana from November 14-18.", .published = "2021-11-11",
	  .legs = {
		"Tom Hale > KE 2021-11-14..- day planned",
		"Tom Hale > GH -..2021-11-18 unknown planned" },
	  .known = "the range's last day is the last stop's end (as "
	  "dos-349406), not its start",
	  .probe = { "Hale > KE 2021-11-14 planned" } },
	{ .text = "Secretary of State Tom Hale will lead a delegation to "
	  "Kenya next week.", .published = "2021-11-11",
	  .legs = { "Tom Hale > KE -..- unknown planned" } },
	{ .text = "Foreign Minister Ana Ruiz of Peru led an interagency team "
	  "to Chile last week.", .published = "2021-11-11",
	  .legs = { "Ana Ruiz > CL -..- unknown completed" } },
	{ .text = "Chancellor Karl Brandt of Austria is heading a business "
	  "delegation to the United Arab Emirates.", .published = "2021-11-11",
	  .legs = { "Karl Brandt > AE -..- unknown ongoing" } },
	/* not a trip of the speaker */
	{ .text = "Secretary of State Tom Hale said the Japanese delegation "
	  "in Geneva was ready.", .published = "2021-11-11" },
	{ .text = "Foreign Minister Ana Ruiz of Peru met a delegation from "
	  "Chile.", .published = "2021-11-11" },
};

/*
 * Gen5: "will fly from A to B for a visit from June 4 to 6": ahead of
 * time the dates are B's, and A is no finished stop.
 */
static const struct row rows_from_to_ahead[] = {
	{ .text = "Secretary of State Tom Hale will fly from Kenya to "
	  "Namibia for a visit from November 14 to 16.",
	  .published = "2021-11-11",
	  .legs = { "Tom Hale > NA 2021-11-14..2021-11-16 day planned" } },
	{ .text = "Foreign Minister Ana Ruiz of Peru will travel from Chile "
	  "to Bolivia on Tuesday.", .published = "2021-11-11",
	  .legs = { "Ana Ruiz > BO 2021-11-16..- day planned" } },
	{ .text = "Chancellor Karl Brandt of Austria is to fly from Rome to "
	  "Cairo on November 20 for talks.", .published = "2021-11-11",
	  .legs = { "Karl Brandt > EG Cairo 2021-11-20..- day planned" } },
	{ .text = "Secretary of State Tom Hale will fly from Kenya to "
	  "Namibia on Sunday.", .published = "2021-11-11",
	  .legs = { "Tom Hale > NA 2021-11-14..- day planned" } },
	/* told after the fact, the origin is a finished stop */
	{ .text = "Chancellor Karl Brandt of Austria flew from Kenya to "
	  "Ghana on Tuesday.", .published = "2021-11-11",
	  .legs = {
		"Karl Brandt > KE -..2021-11-09 unknown completed",
		"Karl Brandt > GH 2021-11-09..- day completed" },
	  .known = "flying on from Kenya on Tuesday ends that stay (as "
	  "reut-16550): the end is missing",
	  .probe = { "Brandt > KE - completed" } },
};

/*
 * Gen5: wire copy gives a bare surname and the office in an apposition:
 * "Brandt, the Austrian chancellor, will visit Japan".  A surname with a
 * plain noun phrase ("Brandt, the company") is no official.
 */
static const struct row rows_surname_apposition[] = {
	{ .text = "Officials said Brandt, the Austrian chancellor, will "
	  "visit Japan in September.", .published = "1987-07-16",
	  .legs = { "Brandt > JP 1987-09-01..- month planned" } },
	{ .text = "Ruiz, the Peruvian foreign minister, arrived in Chile on "
	  "Monday.", .published = "1987-07-16",
	  .legs = { "Ruiz > CL 1987-07-13..- day ongoing" } },
	{ .text = "The statement said Hale, the American secretary of state, "
	  "will fly to Cairo next week.", .published = "1987-07-16",
	  .legs = { "Hale > EG Cairo -..- unknown planned" } },
	{ .text = "Brandt, the Austrian company, will open a plant in Japan.",
	  .published = "1987-07-16" },
	/* a place before the apposition is no person */
	{ .text = "While in Lima, the Peruvian foreign minister will meet "
	  "business leaders.", .published = "1987-07-16" },
};

/*
 * Gen5: "last spring", "last year", "next summer": a vague time that
 * tells a past trip from one ahead, with no date.
 */
static const struct row rows_season_year[] = {
	{ .text = "Vice Premier Li Wen of China attended the funeral in "
	  "Moscow last spring.", .published = "1985-06-13",
	  .legs = { "Li Wen > SU Moscow -..- unknown completed" } },
	{ .text = "Vice Premier Li Wen of China held talks in Hanoi last "
	  "summer.", .published = "1985-06-13",
	  .legs = { "Li Wen > VN Hanoi -..- unknown completed" } },
	{ .text = "Secretary of State Tom Hale met officials in Cairo last "
	  "year.", .published = "1985-06-13",
	  .legs = { "Tom Hale > EG Cairo -..- unknown completed" } },
	{ .text = "Secretary of State Tom Hale will visit Cairo next year.",
	  .published = "1985-06-13",
	  .legs = { "Tom Hale > EG Cairo -..- unknown planned" } },
	{ .text = "Vice Premier Li Wen of China said the harvest in Japan "
	  "was poor last year.", .published = "1985-06-13" },
};

/*
 * Gen5: in a datelined report, "X and Peruvian leaders called Monday for
 * ...", a joint act with the hosts' leaders places X at the dateline.
 */
static const struct row rows_dateline_joint[] = {
	{ .text = "LIMA (Kyodo) - Foreign Minister Taro Sato of Japan and "
	  "Peruvian leaders called Monday for aid to the region.",
	  .published = "2000-05-03",
	  .legs = { "Taro Sato > PE Lima 2000-05-01..- day ongoing" } },
	{ .text = "NAIROBI (Reuter) - Foreign Minister Ana Ruiz of Peru and "
	  "Kenyan officials signed a trade accord on Tuesday.",
	  .published = "2000-05-03",
	  .legs = { "Ana Ruiz > KE Nairobi 2000-05-02..- day ongoing" } },
	{ .text = "CAIRO (AP) - Chancellor Karl Brandt of Austria and "
	  "Egyptian counterparts agreed today to expand trade.",
	  .published = "2000-05-03",
	  .legs = { "Karl Brandt > EG Cairo 2000-05-03..- day ongoing" } },
	/* leaders of another country, a phone call, no dateline */
	{ .text = "LIMA (Kyodo) - Foreign Minister Taro Sato of Japan and "
	  "Peruvian leaders called Monday by telephone.",
	  .published = "2000-05-03" },
	{ .text = "LIMA (Kyodo) - Foreign Minister Taro Sato of Japan and "
	  "Chilean leaders called Monday for aid to the region.",
	  .published = "2000-05-03" },
	{ .text = "Foreign Minister Taro Sato of Japan and Peruvian leaders "
	  "called Monday for aid to the region.", .published = "2000-05-03" },
};

/*
 * Gen5: Germany divided until 3 October 1990: an East German official
 * visiting West Germany travels abroad (DD to DE); after unity both are DE.
 */
static const struct row rows_divided_germany[] = {
	{ .text = "East German leader Erich Vogt will visit West Germany "
	  "Sept. 7-11.", .published = "1987-07-16",
	  .legs = { "Erich Vogt > DE 1987-09-07..1987-09-11 day planned" } },
	{ .text = "East German leader Erich Vogt will visit Bonn next week.",
	  .published = "1987-07-16",
	  .legs = { "Erich Vogt > DE Bonn -..- unknown planned" } },
	{ .text = "Chancellor Karl Brandt of Austria arrived in East Berlin "
	  "on Monday.", .published = "1987-07-16",
	  .legs = { "Karl Brandt > DD Berlin 1987-07-13..- day ongoing" } },
	{ .text = "West German Chancellor Otto Weber will visit East Germany "
	  "next month.", .published = "1987-07-16",
	  .legs = { "Otto Weber > DD 1987-08-01..- month planned" } },
	/* one country after unity: home */
	{ .text = "Chancellor Otto Weber of Germany will visit Bonn next "
	  "week.", .published = "1995-07-16" },
};

/*
 * Gen5: "accepted Wednesday an invitation to visit X": the day is the
 * acceptance's, not the visit's; a date after the trip word is the trip's.
 */
static const struct row rows_invitation_day[] = {
	{ .text = "East German leader Erich Vogt accepted Wednesday an "
	  "invitation to visit Austria.", .published = "1987-07-16",
	  .legs = { "Erich Vogt > AT -..- unknown planned" } },
	{ .text = "Secretary of State Tom Hale on Monday accepted an "
	  "invitation to visit Peru.", .published = "1987-07-16",
	  .legs = { "Tom Hale > PE -..- unknown planned" } },
	/* an invitation received is no trip until it is taken up */
	{ .text = "Chancellor Karl Brandt of Austria said Tuesday he had "
	  "received an invitation to visit Japan.", .published = "1987-07-16" },
	{ .text = "Chancellor Karl Brandt of Austria accepted an invitation "
	  "to visit Japan on August 3.", .published = "1987-07-16",
	  .legs = { "Karl Brandt > JP 1987-08-03..- day planned" } },
};

static const struct row rows_meeting_with_leader[] = {
	{ .text = "President Tom Hale of the United States will visit "
	  "Britain on Friday. Hale will begin today by having a meeting with "
	  "King Omar of Jordan.", .published = "2016-04-20",
	  .legs = {
		"Tom Hale > GB 2016-04-22..- day planned",
		"Tom Hale > JO 2016-04-20..- day planned" } },
	{ .text = "President Tom Hale of the United States will visit "
	  "Britain on Friday. Hale held talks with King Omar of Jordan on "
	  "Monday.", .published = "2016-04-20",
	  .legs = {
		"Tom Hale > GB 2016-04-22..- day planned",
		"Tom Hale > JO 2016-04-18..- day ongoing" } },
	/* no trip reported: a meeting may be anywhere */
	{ .text = "President Tom Hale of the United States will have a "
	  "meeting with King Omar of Jordan on Friday.",
	  .published = "2016-04-20" },
	/* talks about someone are no meeting with them */
	{ .text = "President Tom Hale of the United States will visit "
	  "Britain on Friday. Hale will have talks on trade, officials said "
	  "of King Omar of Jordan.", .published = "2016-04-20",
	  .legs = { "Tom Hale > GB 2016-04-22..- day planned" } },
};

#define TABLE(name)	{ #name, rows_##name, \
	sizeof rows_##name / sizeof rows_##name[0] }

static const struct table tables[] = {
	TABLE(verbs),
	TABLE(possessive_noun),
	TABLE(status),
	TABLE(not_travel),
	TABLE(dates),
	TABLE(coreference),
	TABLE(officials),
	TABLE(hosted),
	TABLE(multileg),
	TABLE(names),
	TABLE(home_country),
	TABLE(not_destination),
	TABLE(tour_dates),
	TABLE(context),
	TABLE(title_dates),
	TABLE(dateline_colon),
	TABLE(role_country),
	TABLE(onward_stop),
	TABLE(long_names),
	TABLE(cancel_dates),
	TABLE(attributive_country),
	TABLE(historical_codes),
	TABLE(tour_carry),
	TABLE(topics),
	TABLE(who_travels),
	TABLE(title_forms),
	TABLE(with_stops),
	TABLE(tour_clauses),
	TABLE(month_surname),
	TABLE(was_to),
	TABLE(partners),
	TABLE(visiting),
	TABLE(bracket_stops),
	TABLE(territories),
	TABLE(title_apposition),
	TABLE(pronoun_subject),
	TABLE(metonym_venue),
	TABLE(invitation_staff),
	TABLE(stop_meetings),
	TABLE(clause_tense),
	TABLE(dateline_other_trip),
	TABLE(summit_date),
	TABLE(headings),
	TABLE(transcript),
	TABLE(call_on),
	TABLE(office_holder_the),
	TABLE(objects_arrangements),
	TABLE(calls_for),
	TABLE(union_told_aside),
	TABLE(spend_his_last),
	TABLE(hosted_home),
	TABLE(meeting_at),
	TABLE(recaps),
	TABLE(here),
	TABLE(meeting_with_leader),
	TABLE(relative_dates),
	TABLE(go_on_to),
	TABLE(list_before_trip),
	TABLE(unnamed_owner),
	TABLE(members_not_stops),
	TABLE(dash_dateline_talks),
	TABLE(kin_and_speech),
	TABLE(moving_on),
	TABLE(long_portfolios),
	TABLE(departure_date),
	TABLE(tour_moves),
	TABLE(talks_at_city),
	TABLE(heading_surname),
	TABLE(envoy_portfolio),
	TABLE(dated_stops_chain),
	TABLE(past_year),
	TABLE(city_events),
	TABLE(pronoun_meeting),
	TABLE(opening_visit),
	TABLE(meeting_visitor),
	TABLE(accompanied),
	TABLE(include_list),
	TABLE(second_meeting_place),
	TABLE(meeting_dates_leg),
	TABLE(here_after_stops),
	TABLE(en_route),
	TABLE(arrived_today),
	TABLE(elided_names),
	TABLE(contractions),
	TABLE(clause_after_comma),
	TABLE(called_at),
	TABLE(return_from),
	TABLE(to_list_purpose),
	TABLE(honorific_holder),
	TABLE(delegation_to),
	TABLE(from_to_ahead),
	TABLE(surname_apposition),
	TABLE(season_year),
	TABLE(dateline_joint),
	TABLE(divided_germany),
	TABLE(invitation_day),
};

/* One table, _i of tables[], each row checked in turn. */
START_TEST(test_table)
{
	const struct table	*t = &tables[_i];

	for (size_t i = 0; i < t->n; i++)
		check_row(t, i);
}
END_TEST

static Suite *
extract_suite(void)
{
	Suite	*s = suite_create("extract");
	TCase	*tc;
	struct {
		const char	*name;
		const TTest	*test;
	} tcs[] = {
		{ "selftest", test_selftest },
		{ "invalid", test_invalid },
		{ "evidence", test_evidence },
	};

	for (size_t i = 0; i < sizeof tcs / sizeof tcs[0]; i++) {
		tc = tcase_create(tcs[i].name);
		tcase_add_test(tc, tcs[i].test);
		suite_add_tcase(s, tc);
	}
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		tc = tcase_create(tables[i].name);
		tcase_add_loop_test(tc, test_table, (int)i, (int)i + 1);
		suite_add_tcase(s, tc);
	}
	return s;
}

int
main(void)
{
	int	 rc;

	kb = tu_kb();
	rc = tu_run_suite(extract_suite());
	return rc;
}
