/*
 * check_gen_when: when a trip is, and how long, through the whole
 * extractor (extract_run): weekdays with times of day, per-stop dates,
 * trips told after the fact, trip lengths.  Each row is a sentence
 * written for this test with every leg expected from it, as
 *	"PERSON > CC[ CITY] START..END PRECISION STATUS"
 * ("-" for an unknown start or end; precision day, month or unknown).
 * The extractor must give exactly those legs.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "kb.h"
#include "testutil.h"


static const struct tu_leg_row rows[] = {
	/* weekdays by tense, with a time of day (2023-05-11 is a
	 * Thursday) */
	{ "Danish Foreign Minister Lars Holm arrived in Lima on Tuesday "
	  "morning.", "2023-05-11",
	  { "Lars Holm > PE Lima 2023-05-09..- day ongoing" } },
	{ "Danish Foreign Minister Lars Holm will fly to Chile on Saturday "
	  "evening.", "2023-05-11",
	  { "Lars Holm > CL 2023-05-13..- day planned" } },
	{ "Danish Foreign Minister Lars Holm arrived in Oslo late on "
	  "Sunday.", "2023-05-11",
	  { "Lars Holm > NO Oslo 2023-05-07..- day ongoing" } },
	{ "Danish Foreign Minister Lars Holm arrived in Lima early "
	  "Tuesday.", "2023-05-11",
	  { "Lars Holm > PE Lima 2023-05-09..- day ongoing" } },
	{ "Danish Foreign Minister Lars Holm will arrive in Lima late "
	  "Saturday.", "2023-05-11",
	  { "Lars Holm > PE Lima 2023-05-13..- day planned" } },
	{ "Danish Foreign Minister Lars Holm visited Peru over the "
	  "weekend.", "2023-05-01",
	  { "Lars Holm > PE 2023-04-29..- day completed" } },
	{ "Danish Foreign Minister Lars Holm will visit Peru on Monday next "
	  "week.", "2023-05-01",
	  { "Lars Holm > PE 2023-05-08..- day planned" } },
	/* leaving on a day for a trip of a length: both ends */
	{ "Danish Foreign Minister Lars Holm leaves on Sunday on a "
	  "week-long trip to Japan.", "2023-05-11",
	  { "Lars Holm > JP 2023-05-14..2023-05-20 day planned" } },
	/* per-stop dates */
	{ "Danish Foreign Minister Lars Holm will be in Hanoi from May 3 to "
	  "5 and in Singapore on May 8.", "2023-04-20",
	  { "Lars Holm > VN Hanoi 2023-05-03..2023-05-05 day planned",
	    "Lars Holm > SG 2023-05-08..- day planned" } },
	{ "Danish Foreign Minister Lars Holm will visit Peru from the 8th "
	  "to the 14th.", "2023-05-02",
	  { "Lars Holm > PE 2023-05-08..2023-05-14 day planned" } },
	{ "Danish Foreign Minister Lars Holm will visit Peru on the 8th.",
	  "2023-05-20", { "Lars Holm > PE 2023-06-08..- day planned" } },
	{ "Danish Foreign Minister Lars Holm will visit Japan (Feb. 16-18) "
	  "and South Korea (Feb. 19).", "2023-01-20",
	  { "Lars Holm > JP 2023-02-16..2023-02-18 day planned",
	    "Lars Holm > KR 2023-02-19..- day planned" } },
	{ "Danish Foreign Minister Lars Holm will visit Peru April 21 to "
	  "24.", "2023-03-10",
	  { "Lars Holm > PE 2023-04-21..2023-04-24 day planned" } },
	/* a tour's stops take their own dates, not the tour's */
	{ "Danish Foreign Minister Lars Holm will tour Asia from August 1 to "
	  "12, visiting Japan August 3-5 and South Korea August 6-8.",
	  "2023-07-10",
	  { "Lars Holm > JP 2023-08-03..2023-08-05 day planned",
	    "Lars Holm > KR 2023-08-06..2023-08-08 day planned" } },
	/* only an overall range: the first stop its start, the last its
	 * end */
	{ "Danish Foreign Minister Lars Holm will visit Peru, Chile and "
	  "Bolivia from May 3 to 9.", "2023-04-20",
	  { "Lars Holm > PE 2023-05-03..- day planned",
	    "Lars Holm > CL -..- unknown planned",
	    "Lars Holm > BO 2023-05-09..- day planned" } },
	/* a month after the list: every stop's */
	{ "Danish Foreign Minister Lars Holm visited Kenya, Nigeria and "
	  "Senegal in November.", "2023-03-10",
	  { "Lars Holm > KE 2022-11-01..- month completed",
	    "Lars Holm > NG 2022-11-01..- month completed",
	    "Lars Holm > SN 2022-11-01..- month completed" } },
	{ "Danish Foreign Minister Lars Holm will visit Kenya, Nigeria and "
	  "Senegal in June.", "2023-03-10",
	  { "Lars Holm > KE 2023-06-01..- month planned",
	    "Lars Holm > NG 2023-06-01..- month planned",
	    "Lars Holm > SN 2023-06-01..- month planned" } },
	/* a written year holds for the sentence's later dates */
	{ "Danish Foreign Minister Lars Holm left Copenhagen on Feb. 15, "
	  "2021, visiting Japan (Feb. 16-18) and South Korea (Feb. 19-20).",
	  "2022-01-10",
	  { "Lars Holm > JP 2021-02-16..2021-02-18 day completed",
	    "Lars Holm > KR 2021-02-19..2021-02-20 day completed" } },
	/* told after the fact: "last week" and vague counts give no day */
	{ "Danish Foreign Minister Lars Holm returned from a visit to Laos "
	  "last week.", "2023-05-11",
	  { "Lars Holm > LA -..- unknown completed" } },
	{ "Danish Foreign Minister Lars Holm was in Ghana a few months ago. "
	  "He said the trip today still shapes policy.", "2023-05-18",
	  { "Lars Holm > GH -..- unknown completed" } },
	{ "Danish Foreign Minister Lars Holm visited Ghana a week ago "
	  "today.", "2023-05-18",
	  { "Lars Holm > GH 2023-05-11..- day completed" } },
	/* a recalled trip with a month: that month, in the past */
	{ "When Danish Foreign Minister Lars Holm visited Kenya in November, "
	  "he met farmers.", "2023-05-18",
	  { "Lars Holm > KE 2022-11-01..- month completed" } },
	{ "When Danish Foreign Minister Lars Holm was in Lima in June, he "
	  "met the president.", "2023-03-10",
	  { "Lars Holm > PE Lima 2022-06-01..- month completed" } },
	{ "Danish Foreign Minister Lars Holm, who last visited Kenya in "
	  "December, will travel to Ghana in May.", "2023-03-10",
	  { "Lars Holm > KE 2022-12-01..- month completed",
	    "Lars Holm > GH 2023-05-01..- month planned" } },
	/* the last day and a length: the first day */
	{ "Danish Foreign Minister Lars Holm left Tokyo yesterday at the end "
	  "of a four-day visit to Japan.", "2023-05-11",
	  { "Lars Holm > JP Tokyo 2023-05-07..2023-05-10 day completed" } },
	{ "Danish Foreign Minister Lars Holm wrapped up a three-day visit to "
	  "Japan on Tuesday.", "2023-05-11",
	  { "Lars Holm > JP 2023-05-07..2023-05-09 day completed" } },
	/* the first day and a length: the last day */
	{ "Danish Foreign Minister Lars Holm will arrive in Lima on Monday "
	  "for a three-day visit.", "2023-05-11",
	  { "Lars Holm > PE Lima 2023-05-15..2023-05-17 day planned" } },
	/* a length of a tour of two countries is no stop's */
	{ "Danish Foreign Minister Lars Holm will visit Hungary and Poland "
	  "on a nine-day trip starting Monday.", "2023-05-11",
	  { "Lars Holm > HU 2023-05-15..- day planned",
	    "Lars Holm > PL -..- unknown planned" } },
	/* "here" in a datelined story: there on the dateline's day */
	{ "LIMA, May 11 - Danish Foreign Minister Lars Holm, here on a "
	  "three-day visit, met business leaders.", "2023-05-11",
	  { "Lars Holm > PE Lima 2023-05-11..- day ongoing" } },
};

/* Read-only for every test; loaded before the runner forks. */
static const struct kb *kb;

START_TEST(test_row)
{
	char	where[32];

	snprintf(where, sizeof where, "row %d", _i);
	tu_check_legs(kb, where, rows[_i].text, NULL, rows[_i].published,
	    rows[_i].legs, 0);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("gen_when");
	TCase	*tc = tcase_create("rows");
	int	 rc;

	kb = tu_kb();
	tcase_add_loop_test(tc, test_row, 0,
	    (int)(sizeof rows / sizeof rows[0]));
	suite_add_tcase(s, tc);
	rc = tu_run_suite(s);
	return rc;
}
