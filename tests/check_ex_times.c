/*
 * check_ex_times: time expressions and datelines on their own
 * (ex_times.c), as tables of {input, expected} rows with one runner each.
 * Sentences are written for these tests.
 *
 * A time expression (day numbers inside) shows as "START[..END]/PREC",
 * PREC one of day, month, none; "~" after it: vague (a tense hint only,
 * "next week").  Several
 * are separated by "; ".  A dateline shows as "REF CC City weak|- FIRST",
 * FIRST the first word of the body after it.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_mentions.h"
#include "ex_times.h"
#include "ex_tokens.h"
#include "kb.h"
#include "testutil.h"
#include "when.h"
#include "xmalloc.h"

struct time_row {
	const char	*text;
	const char	*ref;		/* the reference date */
	int		 tense;		/* of the clause: +1 future, 0, -1 */
	const char	*expected;	/* "" for none */
};

static const struct time_row time_rows[] = {
	/* 2022-05-10 is a Tuesday */
	{ "He arrived on May 5, 2022.", "2022-05-10", 0, "2022-05-05/day" },
	{ "The talks end on May 31.", "2022-05-10", 0, "2022-05-31/day" },
	{ "They meet on 12 June.", "2022-05-10", 0, "2022-06-12/day" },
	{ "They met on 3 March 2021.", "2022-05-10", 0, "2021-03-03/day" },
	/* "May" after a day is the month, not the verb */
	{ "They meet on 12 May.", "2022-05-10", 0, "2022-05-12/day" },
	{ "We may meet on 12 June.", "2022-05-10", 0, "2022-06-12/day" },
	{ "He arrives on Sunday, May 15.", "2022-05-10", 0,
	  "2022-05-15/day" },
	/* abbreviated month, the year nearest the reference date */
	{ "She was there Jan. 15.", "2022-05-10", 0, "2022-01-15/day" },
	{ "She goes there Jan. 15.", "2022-05-10", 1, "2023-01-15/day" },
	/* ranges */
	{ "The visit runs from May 10 to 12.", "2022-05-10", 0,
	  "2022-05-10..2022-05-12/day" },
	{ "It was held March 3-5.", "2022-05-10", 0,
	  "2022-03-03..2022-03-05/day" },
	{ "He travels between June 1 and June 3.", "2022-05-10", 0,
	  "2022-06-01..2022-06-03/day" },
	/* each format row of ex_timex_forms[] (the month first, then the
	 * day first); "%y", a second year, is read, not kept; a year after
	 * a range alone is the range's */
	{ "It ran April 29, 2019 to May 2, 2019.", "2022-05-10", 0,
	  "2019-04-29..2019-05-02/day" },
	{ "It ran April 29, 2019 to May 2.", "2022-05-10", 0,
	  "2019-04-29..2019-05-02/day" },
	{ "It ran May 3, 2019 to 5, 2019.", "2022-05-10", 0,
	  "2019-05-03..2019-05-05/day" },
	{ "It ran May 3, 2019 through 5.", "2022-05-10", 0,
	  "2019-05-03..2019-05-05/day" },
	{ "It ran April 29 2019 to May 2, 2019.", "2022-05-10", 0,
	  "2019-04-29..2019-05-02/day" },
	{ "It ran April 29 2019 until May 2.", "2022-05-10", 0,
	  "2019-04-29..2019-05-02/day" },
	{ "It ran May 3 2019 to 5, 2019.", "2022-05-10", 0,
	  "2019-05-03..2019-05-05/day" },
	{ "It ran May 3 2019 to 5.", "2022-05-10", 0,
	  "2019-05-03..2019-05-05/day" },
	{ "It was May 3 2019.", "2022-05-10", 0, "2019-05-03/day" },
	{ "It ran April 29 to May 2, 2009.", "2010-01-14", 0,
	  "2009-04-29..2009-05-02/day" },
	{ "It ran Dec. 28 to Jan. 3, 2009.", "2010-06-01", 0,
	  "2008-12-28..2009-01-03/day" },
	{ "It runs December 29 to January 2.", "2022-12-10", 0,
	  "2022-12-29..2023-01-02/day" },
	{ "It ran Feb. 16-18, 2009.", "2010-01-14", 0,
	  "2009-02-16..2009-02-18/day" },
	{ "It ran 5-7 March 2021.", "2022-05-10", 0,
	  "2021-03-05..2021-03-07/day" },
	/* no range: the scan goes on to the day before the month */
	{ "It ran 7-5 March.", "2022-05-10", 0, "2022-03-05/day" },
	{ "It ran 5 to 7 of March.", "2022-05-10", 0, "2022-03-07/day" },
	{ "It was on 30 February.", "2022-05-10", 0, "" },
	/* weekdays follow the clause's tense */
	{ "They talked on Monday.", "2022-05-10", 0, "2022-05-09/day" },
	{ "They will talk on Monday.", "2022-05-10", 1, "2022-05-16/day" },
	{ "He left yesterday.", "2022-05-10", 0, "2022-05-09/day" },
	/* two weekdays; a weekday of next, last or this week */
	{ "They meet on Tuesday and Wednesday.", "2022-05-10", 1,
	  "2022-05-10..2022-05-11/day" },
	{ "They meet on Monday next week.", "2022-05-10", 1,
	  "2022-05-16/day" },
	{ "They met on Friday last week.", "2022-05-10", -1,
	  "2022-05-06/day" },
	{ "They meet on Thursday this week.", "2022-05-10", 0,
	  "2022-05-12/day" },
	/* "the weekend": the coming or the last Saturday, by the tense */
	{ "He goes there at the weekend.", "2022-05-10", 1,
	  "2022-05-14/day" },
	{ "He was there over the weekend.", "2022-05-10", -1,
	  "2022-05-07/day" },
	{ "They meet at the weekend.", "2022-05-10", 0, "/none~" },
	{ "He read the weekend papers.", "2022-05-10", 1, "" },
	/* a time of day before a weekday: that weekday, by the tense */
	{ "He arrived early Tuesday.", "2022-05-12", 0, "2022-05-10/day" },
	{ "He will arrive late Saturday.", "2022-05-12", 1,
	  "2022-05-14/day" },
	{ "He was expected to land late Thursday.", "2022-05-12", 0,
	  "2022-05-12/day" },
	/* months */
	{ "He goes in June.", "2022-05-10", 0, "2022-06-01/month" },
	{ "He goes in early July.", "2022-05-10", 0, "2022-07-01/month" },
	{ "He went last month.", "2022-05-10", 0, "2022-04-01/month" },
	{ "He goes late next month.", "2022-05-10", 1, "2022-06-01/month" },
	/* after a modifier */
	{ "He arrived this morning.", "2022-05-10", 0, "2022-05-10/day" },
	{ "He left last night.", "2022-05-10", 0, "2022-05-09/day" },
	{ "They meet next Monday.", "2022-05-10", 1, "2022-05-16/day" },
	{ "He goes this weekend.", "2022-05-10", 0, "2022-05-14/day" },
	{ "He goes next March.", "2022-05-10", 0, "2023-03-01/month" },
	{ "He was there last December.", "2022-05-10", 0,
	  "2021-12-01/month" },
	{ "He visited in September last year.", "2022-05-10", 0,
	  "2021-09-01/month" },
	/* one-word modifiers, years, a day range before the month */
	{ "He left in mid-June.", "2022-05-10", 0, "2022-06-01/month" },
	{ "He went there in May 1987.", "2022-05-10", 0, "1987-05-01/month" },
	{ "It was 13 April 2019.", "2022-05-10", 0, "2019-04-13/day" },
	{ "They met 5-7 March.", "2022-05-10", 0,
	  "2022-03-05..2022-03-07/day" },
	/* "the 21st of May", days ago, a year alone (vague: no leg holds a
	 * year) */
	{ "He arrives on the 21st of May.", "2022-05-10", 1,
	  "2022-05-21/day" },
	{ "They met on the 3rd of March 2021.", "2022-05-10", 0,
	  "2021-03-03/day" },
	{ "He arrived two days ago.", "2022-05-10", 0, "2022-05-08/day" },
	{ "He left 12 days ago.", "2022-05-10", 0, "2022-04-28/day" },
	{ "He landed one day ago.", "2022-05-10", 0, "2022-05-09/day" },
	{ "He went there in 2019.", "2022-05-10", 0, "/none~" },
	{ "He goes there in 2024.", "2022-05-10", 0, "/none~" },
	/* a week or a count of months before "ago"; vaguer counts and
	 * years are a past tense hint only */
	{ "She was in Lima a week ago.", "2022-05-10", 0, "2022-05-03/day" },
	{ "He toured it a week ago today.", "2022-05-10", 0,
	  "2022-05-03/day" },
	{ "They spoke three months ago.", "2022-05-10", 0,
	  "2022-02-01/month" },
	{ "He went there seven months ago.", "2022-05-10", 0,
	  "2021-10-01/month" },
	{ "We met two weeks ago.", "2022-05-10", 0, "/none~" },
	{ "A few months ago I was in Oslo.", "2022-05-10", 0, "/none~" },
	{ "She was there several weeks ago now.", "2022-05-10", 0,
	  "/none~" },
	{ "It closed a couple of days ago.", "2022-05-10", 0, "/none~" },
	{ "They met years ago.", "2022-05-10", 0, "/none~" },
	{ "He came here two years ago.", "2022-05-10", 0, "/none~" },
	{ "He has a week off.", "2022-05-10", 0, "" },
	/* no count, or no "ago": no date */
	{ "He stayed two days.", "2022-05-10", 0, "" },
	/* a day of the month alone, after a preposition and "the": this
	 * month, or the next ahead, the last in the past; not an ordinal
	 * of a noun */
	{ "They meet from the 8th to the 14th.", "2022-05-02", 1,
	  "2022-05-08..2022-05-14/day" },
	{ "They meet on the 8th.", "2022-05-20", 1, "2022-06-08/day" },
	{ "They met on the 28th.", "2022-05-20", -1, "2022-04-28/day" },
	{ "It marks the 21st century.", "2022-05-20", 0, "" },
	{ "He went to the 8th summit.", "2022-05-20", 0, "" },
	/* a written year carries to the sentence's later dates that have
	 * none, to the nearest such day */
	{ "She left on Feb. 15, 2009, for Rome (Feb. 16-18) and Oslo (Feb. "
	  "19).", "2010-01-14", 0,
	  "2009-02-15/day; 2009-02-16..2009-02-18/day; 2009-02-19/day" },
	{ "He flew out on Dec. 30, 2008 and was back by Jan. 4.",
	  "2010-06-01", 0, "2008-12-30/day; 2009-01-04/day" },
	{ "The talks of March 2009 were followed by a visit in April.",
	  "2011-01-10", 0, "2009-03-01/month; 2009-04-01/month" },
	/* a written year near the reference day adds nothing to the
	 * tense: the past June, not the coming one */
	{ "On May 3, 2022 he said he had visited Rome in June.",
	  "2022-05-10", -1, "2022-05-03/day; 2021-06-01/month" },
	/* a "when" clause in the past is past; with no tense from the
	 * rule, the nearest verb with one decides */
	{ "When I had a chance to visit Oslo in November, I spoke.",
	  "2022-05-10", 1, "2021-11-01/month" },
	{ "When he was in Rome on June 3, he met them.", "2022-05-10", 0,
	  "2021-06-03/day" },
	{ "When he goes to Rome in June, he will meet them.", "2022-05-10",
	  1, "2022-06-01/month" },
	/* a past travel or meeting verb of the date's own clause */
	{ "She, who last visited Rome in December, will go back in May.",
	  "2022-03-10", 1, "2021-12-01/month; 2022-05-01/month" },
	{ "He met them in June and will see them in July.", "2022-03-10", 1,
	  "2021-06-01/month; 2022-07-01/month" },
	{ "He was to visit Rome in June.", "2022-03-10", 1,
	  "2022-06-01/month" },
	{ "He visited Rome on March 28.", "2022-03-10", 0, "2021-03-28/day" },
	{ "He visited Rome on 2 March.", "2022-03-10", 0, "2022-03-02/day" },
	{ "He was to have left on April 30.", "2022-04-27", 1,
	  "2022-04-30/day" },
	{ "This was discussed at their meeting in July.", "2022-03-10", 0,
	  "2021-07-01/month" },
	{ "It is on the agenda of their meeting in July.", "2022-03-10", 0,
	  "2022-07-01/month" },
	/* a range that ends before it starts is none: its first day (the
	 * fuzzer's "May 3-2") */
	{ "Minister Nanda visit,Nanded May 3-2", "2024-04-20", 0,
	  "2024-05-03/day" },
	{ "They meet on Tuesday, July 15 to Friday, July 11.", "2022-05-10",
	  1, "2022-07-15/day; 2022-07-11/day" },
	/* vague: a tense hint, no date */
	{ "He goes next week.", "2022-05-10", 1, "/none~" },
	/* two in one sentence */
	{ "He flew in on May 2 and left on May 4.", "2022-05-10", 0,
	  "2022-05-02/day; 2022-05-04/day" },
	/* no such day; the date of saying is not a trip's date */
	{ "It was on Feb. 30.", "2022-05-10", 0, "" },
	{ "He said on Monday he would go.", "2022-05-10", 1, "" },
};

struct dateline_row {
	const char	*text;
	const char	*published;
	const char	*expected;
};

static const struct dateline_row dateline_rows[] = {
	/* a date near the publication date is the local date */
	{ "TOKYO, May 8 - He said.", "2022-05-10",
	  "2022-05-08 JP Tokyo - he" },
	{ "PARIS (Reuters) - The minister left.", "2022-05-10",
	  "2022-05-10 FR Paris - the" },
	{ "Moscow, 3 May 2022 (TASS) - He said.", "2022-05-05",
	  "2022-05-03 RU Moscow - he" },
	/* an old name: the place, but no home country for the official */
	{ "PEKING - Talks began.", "1985-05-10",
	  "1985-05-10 CN Beijing weak talks" },
	/* no dateline */
	{ "The minister left Paris on Monday.", "2022-05-10",
	  "2022-05-10 - - - the" },
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

/* A day as text, "" for none. */
static const char *
day_text(int32_t day, char buf[11])
{
	if (day == WHEN_DAY_NONE)
		return "";
	when_day_format(day, buf);
	return buf;
}

/* Tokens, mentions and the dateline of text, as extract_run does. */
static void
times_setup(struct ex_ctx *c, const char *text, const char *published)
{
	memset(c, 0, sizeof *c);
	c->kb = kb;
	c->text = text;
	c->disc.last_subj = c->disc.last_lsubj = c->disc.speaker = -1;
	c->disc.pdate_per = -1;
	memcpy(c->tim.published, published, 11);
	ck_assert_int_eq(when_day_parse(published, strlen(published),
	    &c->tim.pub),
	    0);
	c->tim.ref = c->tim.pub;
	ex_tokens_run(c, 0);
	ex_people_marks(c);
	ex_mentions_run(c, 0);
	ex_times_dateline(c);
	ex_tokens_sentences(c);
}

START_TEST(test_times)
{
	const struct time_row	*r = &time_rows[_i];
	static const char *const prec[] = { "none", "month", "day" };
	struct ex_ctx		 c;
	struct ex_time		 x[8];
	struct buf		 b = { 0 };
	char			 d0[11], d1[11];
	int			 n;

	times_setup(&c, r->text, r->ref);
	ck_assert_str_eq(day_text(c.tim.ref, d0), r->ref);
	n = ex_times_find(&c, 0, c.tok.nt, r->tense, x, 8);
	buf_adds(&b, "");
	for (int i = 0; i < n; i++)
		buf_printf(&b, "%s%s%s%s/%s%s", i > 0 ? "; " : "",
		    day_text(x[i].start, d0), x[i].end != WHEN_DAY_NONE ? ".." :
		    "", day_text(x[i].end, d1), prec[x[i].prec],
		    x[i].vague ? "~" : "");
	ck_assert_msg(strcmp(b.data, r->expected) == 0,
	    "row %d: \"%s\": got \"%s\", want \"%s\"", _i, r->text, b.data,
	    r->expected);
	buf_free(&b);
	ex_ctx_free(&c);
}
END_TEST

START_TEST(test_dateline)
{
	const struct dateline_row	*r = &dateline_rows[_i];
	struct ex_ctx			 c;
	struct buf			 b = { 0 };
	char				 d[11];

	times_setup(&c, r->text, r->published);
	buf_printf(&b, "%s %s %s %s %s", day_text(c.tim.ref, d),
	    c.tim.dl_cc[0] ? c.tim.dl_cc : "-",
	    c.tim.dl_city != NULL ? c.tim.dl_city : "-", c.tim.dl_weak ? "weak" : "-",
	    c.tim.body_t0 < c.tok.nt ? ex_fold(&c, c.tim.body_t0) : "");
	ck_assert_msg(strcmp(b.data, r->expected) == 0,
	    "row %d: \"%s\": got \"%s\", want \"%s\"", _i, r->text, b.data,
	    r->expected);
	buf_free(&b);
	ex_ctx_free(&c);
}
END_TEST

static Suite *
ex_times_suite(void)
{
	Suite	*s = suite_create("ex_times");
	TCase	*tc;

	tc = tcase_create("expressions");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_times, 0,
	    (int)(sizeof time_rows / sizeof time_rows[0]));
	suite_add_tcase(s, tc);
	tc = tcase_create("dateline");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, test_dateline, 0,
	    (int)(sizeof dateline_rows / sizeof dateline_rows[0]));
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(ex_times_suite());
}
