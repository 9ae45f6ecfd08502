/*
 * check_gen_where: where officials go (issue 10): lists of stops, origins
 * and returns, and the places that are no destination (topics, policy
 * lists, invitations, the names of things, causes).  Each row is a short
 * text written for these tests with every leg expected from it, run
 * against the embedded knowledge (loaded once, in main).
 *
 * A row's legs are spec strings, one a leg, in any order:
 *	"PERSON > CC[ CITY] START..END PRECISION STATUS"
 * as in check_extract.c; the extractor must give exactly those legs, no
 * more, and a row with no legs expects none.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "kb.h"
#include "testutil.h"


/* Read-only for every test; loaded before the runner forks. */
static const struct kb *kb;

static void
check_row(const struct tu_leg_table *t, size_t i)
{
	char	where[64];

	snprintf(where, sizeof where, "%s row %zu", t->name, i);
	tu_check_legs(kb, where, t->rows[i].text, NULL, t->rows[i].published,
	    t->rows[i].legs, 0);
}

/* Lists of stops in one clause, in the order told. */
static const struct tu_leg_row rows_lists[] = {
	{ .text = "Spanish Foreign Minister Rosa Gil will tour Peru, Chile "
	  "and Bolivia from June 3.", .published = "2023-05-10",
	  .legs = {
		"Rosa Gil > PE 2023-06-03..- day planned",
		"Rosa Gil > CL -..- unknown planned",
		"Rosa Gil > BO -..- unknown planned" } },
	/* a relative clause tells the stops' status */
	{ .text = "Irish Foreign Minister Mary Cole is on a tour that has "
	  "taken her to Kenya, Uganda and Rwanda.", .published = "2023-05-10",
	  .legs = {
		"Mary Cole > KE -..- unknown completed",
		"Mary Cole > UG -..- unknown completed",
		"Mary Cole > RW -..- unknown completed" } },
	{ .text = "Irish Foreign Minister Mary Cole arrived in Peru on "
	  "Monday, the first leg of a tour that will also take her to "
	  "Chile.", .published = "2023-05-10",
	  .legs = {
		"Mary Cole > PE 2023-05-08..- day ongoing",
		"Mary Cole > CL -..- unknown planned" } },
	/* "next stop": ahead */
	{ .text = "Irish Foreign Minister Mary Cole will visit Peru on Monday. "
	  "Cole's next stop is Chile.", .published = "2023-05-10",
	  .legs = {
		"Mary Cole > PE 2023-05-15..- day planned",
		"Mary Cole > CL -..- unknown planned" } },
	/* one country: one leg, its first city */
	{ .text = "Spanish Foreign Minister Rosa Gil held talks in Ottawa and "
	  "Toronto on Monday.", .published = "2023-05-10",
	  .legs = { "Rosa Gil > CA Ottawa 2023-05-08..- day ongoing" } },
	/* a month after the list is every stop's */
	{ .text = "Irish Foreign Minister Mary Cole visited Kenya, Nigeria and "
	  "Senegal in November.", .published = "2023-12-10",
	  .legs = {
		"Mary Cole > KE 2023-11-01..- month completed",
		"Mary Cole > NG 2023-11-01..- month completed",
		"Mary Cole > SN 2023-11-01..- month completed" } },
	/* the items after the last comma are the next clause's subject */
	{ .text = "This week, as Irish Foreign Minister Mary Cole was visiting "
	  "Japan, China and Russia held a naval drill.",
	  .published = "2023-05-10",
	  .legs = { "Mary Cole > JP -..- unknown ongoing" } },
	/* a list cut by semicolons, the last after "; and" */
	{ .text = "Irish Foreign Minister Mary Cole will travel to Tbilisi, "
	  "Georgia; Baku, Azerbaijan; and Yerevan, Armenia on June 6.",
	  .published = "2023-05-10",
	  .legs = {
		"Mary Cole > GE Tbilisi 2023-06-06..- day planned",
		"Mary Cole > AZ Baku -..- unknown planned",
		"Mary Cole > AM Yerevan -..- unknown planned" } },
	/* "Korea" alone is South Korea */
	{ .text = "Irish Foreign Minister Mary Cole will visit Japan (May "
	  "16-18) and Korea (May 18-20).", .published = "2023-05-10",
	  .legs = {
		"Mary Cole > JP 2023-05-16..2023-05-18 day planned",
		"Mary Cole > KR 2023-05-18..2023-05-20 day planned" } },
	/* a middle stop dated later in the sentence by its own place */
	{ .text = "Kenyan President John Mwangi will visit Egypt, Ghana and "
	  "Mali on June 2-9 and attend a summit on June 5-6 in Accra, Ghana.",
	  .published = "2023-05-10",
	  .legs = {
		"John Mwangi > EG 2023-06-02..- day planned",
		"John Mwangi > GH Accra 2023-06-05..2023-06-06 day planned",
		"John Mwangi > ML 2023-06-09..- day planned" } },
	/* a person's own event dates the stay */
	{ .text = "Irish Foreign Minister Mary Cole was in Kenya to attend "
	  "President John Mwangi's May 2 inauguration.",
	  .published = "2023-05-10",
	  .legs = { "Mary Cole > KE 2023-05-02..- day completed" } },
	/* a second city of the same stay is no second leg */
	{ .text = "Irish Foreign Minister Mary Cole will visit Pretoria and "
	  "Johannesburg, then Lusaka.", .published = "2023-05-10",
	  .legs = {
		"Mary Cole > ZA Pretoria -..- unknown planned",
		"Mary Cole > ZM Lusaka -..- unknown planned" } },
	{ .text = "Irish Foreign Minister Mary Cole arrived in Hanoi on "
	  "Monday. On Wednesday she will travel to Ho Chi Minh City.",
	  .published = "2023-05-10",
	  .legs = { "Mary Cole > VN Hanoi 2023-05-08..- day ongoing" } },
	/* per-stop dates in brackets */
	{ .text = "Irish Foreign Minister Mary Cole will visit Japan (May 16-18) "
	  "and South Korea (May 18-20).", .published = "2023-05-10",
	  .legs = {
		"Mary Cole > JP 2023-05-16..2023-05-18 day planned",
		"Mary Cole > KR 2023-05-18..2023-05-20 day planned" } },
};

/* Origins and returns. */
static const struct tu_leg_row rows_returns[] = {
	/* the stay before the return is a stop, home is none */
	{ .text = "Spanish Foreign Minister Rosa Gil returned to Madrid "
	  "after two days of talks in Ottawa and Toronto.",
	  .published = "2023-05-10",
	  .legs = { "Rosa Gil > CA Ottawa -..- unknown completed" } },
	{ .text = "Danish Foreign Minister Lars Holm flew home on Monday "
	  "after visits to Peru and Chile.", .published = "2023-05-10",
	  .legs = {
		"Lars Holm > PE -..- unknown completed",
		"Lars Holm > CL -..- unknown completed" } },
	/* "fresh from" a trip: done, and the sentence's time is the next
	 * trip's */
	{ .text = "Fresh from her first foreign trip to Chile, Irish Foreign "
	  "Minister Mary Cole will travel to Kenya on Monday.",
	  .published = "2023-05-10",
	  .legs = {
		"Mary Cole > CL -..- unknown completed",
		"Mary Cole > KE 2023-05-15..- day planned" } },
	/* a flight's origins are earlier stops */
	{ .text = "Spanish Foreign Minister Rosa Gil arrived in Lima from "
	  "Quito and Bogota on Monday.", .published = "2023-05-10",
	  .legs = {
		"Rosa Gil > PE Lima 2023-05-08..- day ongoing",
		"Rosa Gil > EC Quito -..- unknown completed",
		"Rosa Gil > CO Bogotá -..- unknown completed" } },
	/* an arrival told by its origin alone */
	{ .text = "Iranian Foreign Minister Reza Karimi spoke upon his arrival "
	  "from Astana, Kazakhstan, on Wednesday.", .published = "2023-05-10",
	  .legs = { "Reza Karimi > KZ Astana -..- unknown completed" } },
	{ .text = "Irish Foreign Minister Mary Cole said restrictions on "
	  "travel from China would stay.", .published = "2023-05-10" },
	/* the place left, dated by the departure */
	{ .text = "Irish Foreign Minister Mary Cole had already left Germany for "
	  "Sweden on Monday.", .published = "2023-05-10",
	  .legs = {
		"Mary Cole > DE 2023-05-08..- day completed",
		"Mary Cole > SE 2023-05-08..- day completed" } },
	{ .text = "British Trade Minister Alan Reed spoke before leaving "
	  "Tokyo yesterday.", .published = "2023-05-10",
	  .legs = { "Alan Reed > JP Tokyo 2023-05-09..- day completed" } },
	/* others' leaving is no trip of the speaker */
	{ .text = "Irish Foreign Minister Mary Cole said all the businesses "
	  "that have left Russia are listed.", .published = "2023-05-10" },
	{ .text = "Irish Foreign Minister Mary Cole said the war will have "
	  "left Russia weaker.", .published = "2023-05-10" },
	{ .text = "Irish Foreign Minister Mary Cole said all foreign forces must "
	  "leave Libya.", .published = "2023-05-10" },
	{ .text = "U.S. Commerce Secretary Dana Reid said the departure from "
	  "Syria of U.S. staff went well.", .published = "2023-05-10" },
	/* an earlier trip passed by in a past sentence is done; ahead
	 * in a sentence about the future */
	{ .text = "Danish Foreign Minister Lars Holm landed in Lima on Monday "
	  "following his visit to Chile.", .published = "2023-05-10",
	  .legs = { "Lars Holm > PE Lima 2023-05-08..- day ongoing",
		"Lars Holm > CL -..- unknown completed" } },
	{ .text = "Danish Foreign Minister Lars Holm arrived in Hanoi on "
	  "Monday, on the heels of a trip to Laos.",
	  .published = "2023-05-10",
	  .legs = { "Lars Holm > VN Hanoi 2023-05-08..- day ongoing",
		"Lars Holm > LA -..- unknown completed" } },
	{ .text = "Danish Foreign Minister Lars Holm will fly to Lima on Monday "
	  "following his visit to Chile.", .published = "2023-05-10",
	  .legs = { "Lars Holm > PE Lima 2023-05-15..- day planned",
		"Lars Holm > CL -..- unknown planned" } },
};

/* Places that are no destination. */
static const struct tu_leg_row rows_not_dests[] = {
	/* a list after a topic's preposition is all topic */
	{ .text = "Irish Foreign Minister Mary Cole's visit will focus on Iran, "
	  "Syria and Iraq.", .published = "2023-05-10" },
	{ .text = "Irish Foreign Minister Mary Cole will fly to Brussels on "
	  "Monday for talks on Iran, Syria and Cuba.",
	  .published = "2023-05-10",
	  .legs = { "Mary Cole > BE Brussels 2023-05-15..- day planned" } },
	{ .text = "Irish Foreign Minister Mary Cole will travel to Oslo next "
	  "month despite sanctions against Iran, Cuba and Syria.",
	  .published = "2023-05-10",
	  .legs = { "Mary Cole > NO Oslo 2023-06-01..- month planned" } },
	/* a thing left, no place */
	{ .text = "Irish Foreign Minister Mary Cole left the door open for "
	  "talks despite what Russia has done.", .published = "2023-05-10" },
	{ .text = "Irish Foreign Minister Mary Cole left the capital for Paris "
	  "on Monday.", .published = "2023-05-10",
	  .legs = { "Mary Cole > FR Paris 2023-05-08..- day completed" } },
	/* a route */
	{ .text = "Irish Foreign Minister Mary Cole welcomed the flight between "
	  "Sanaa, Yemen, and Amman, Jordan.", .published = "2023-05-10" },
	/* invitations not taken up */
	{ .text = "President Ana Lopez invited Chinese Premier Li Wei to "
	  "visit Peru.", .published = "2023-05-10" },
	{ .text = "Chinese Premier Li Wei has an open invitation to visit "
	  "Peru, officials said.", .published = "2023-05-10" },
	{ .text = "Chinese Premier Li Wei accepted an invitation to visit "
	  "Peru in July.", .published = "2023-05-10",
	  .legs = { "Li Wei > PE 2023-07-01..- month planned" } },
	/* the names of things and of persons */
	{ .text = "Irish Foreign Minister Mary Cole will fly to Geneva on Monday "
	  "for a summit with President Ivan Petrov of Russia.",
	  .published = "2023-05-10",
	  .legs = { "Mary Cole > CH Genève 2023-05-15..- day planned" } },
	{ .text = "Japanese Prime Minister Ken Ono will visit the University "
	  "of Copenhagen.", .published = "2023-05-10" },
	{ .text = "Irish Foreign Minister Mary Cole will visit the Kingdom of "
	  "Saudi Arabia on Monday.", .published = "2023-05-10",
	  .legs = { "Mary Cole > SA 2023-05-15..- day planned" } },
	/* a name resolved against the story: Georgia the US state */
	{ .text = "Irish Foreign Minister Mary Cole will visit Atlanta, "
	  "Georgia on Monday.", .published = "2023-05-10",
	  .legs = { "Mary Cole > US Atlanta 2023-05-15..- day planned" } },
	{ .text = "Irish Foreign Minister Mary Cole will visit Georgia on "
	  "Monday. She met students in Boston last week.",
	  .published = "2023-05-10",
	  .legs = {
		"Mary Cole > GE 2023-05-15..- day planned",
		"Mary Cole > US Boston -..- unknown completed" } },
	/* a shuttle between two places: both stops when the official
	 * shuttles, none when something else does */
	{ .text = "Swedish Foreign Minister Eva Lund shuttled between Lima and "
	  "Quito on Monday.", .published = "2023-05-10",
	  .legs = { "Eva Lund > PE Lima 2023-05-08..- day completed",
		"Eva Lund > EC Quito 2023-05-08..- day completed" } },
	{ .text = "Swedish Foreign Minister Eva Lund said buses shuttled "
	  "between Lima and La Paz.", .published = "2023-05-10" },
	/* an invitation whose object is the travelling party */
	{ .text = "Danish Foreign Minister Lars Holm thanked Kenya for inviting "
	  "his delegation to Nairobi.", .published = "2023-05-10" },
	{ .text = "Danish Foreign Minister Lars Holm led a delegation to "
	  "Nairobi on Monday.", .published = "2023-05-10",
	  .legs = { "Lars Holm > KE Nairobi 2023-05-08..- day completed" } },
	/* a currency */
	{ .text = "Irish Foreign Minister Mary Cole arrived in Nairobi on "
	  "Monday with a US$ 5 million aid package.",
	  .published = "2023-05-10",
	  .legs = { "Mary Cole > KE Nairobi 2023-05-08..- day ongoing" } },
	/* a cause */
	{ .text = "Irish Foreign Minister Mary Cole flew to Haiti on Monday after "
	  "the earthquake in Chile.", .published = "2023-05-10",
	  .legs = { "Mary Cole > HT 2023-05-08..- day completed" } },
	/* going on with a thing, an idiom */
	{ .text = "Irish Foreign Minister Mary Cole will continue to press China "
	  "on trade.", .published = "2023-05-10" },
	{ .text = "Irish Foreign Minister Mary Cole continued those talks in "
	  "Delhi.", .published = "2023-05-10" },
	{ .text = "When it comes to Mexico, Irish Foreign Minister Mary Cole said "
	  "more work was needed.", .published = "2023-05-10" },
	/* but going on to a place is travel */
	{ .text = "Irish Foreign Minister Mary Cole continued on to Singapore on "
	  "Tuesday.", .published = "2023-05-10",
	  .legs = { "Mary Cole > SG 2023-05-09..- day completed" } },
};

static const struct tu_leg_table tables[] = {
	{ "lists", rows_lists, sizeof rows_lists / sizeof rows_lists[0] },
	{ "returns", rows_returns, sizeof rows_returns / sizeof rows_returns[0] },
	{ "not_dests", rows_not_dests,
	    sizeof rows_not_dests / sizeof rows_not_dests[0] },
};

START_TEST(test_rows)
{
	const struct tu_leg_table *t = &tables[_i / 100];

	if ((size_t)(_i % 100) < t->n)
		check_row(t, (size_t)(_i % 100));
}
END_TEST

static Suite *
gen_where_suite(void)
{
	Suite	*s = suite_create("gen_where");
	TCase	*tc = tcase_create("rows");

	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
		tcase_add_loop_test(tc, test_rows, (int)(i * 100),
		    (int)(i * 100 + tables[i].n));
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	int	 rc;

	kb = tu_kb();
	rc = tu_run_suite(gen_where_suite());
	return rc;
}
