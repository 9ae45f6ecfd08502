/*
 * check_gen_text: the shape of the text and the mood of its sentences
 * (issue 10): hard-wrapped plain text reads as its paragraphs do,
 * questions, readiness and conditions report no trip, goods and forces
 * that "leave" are no travellers, a relative clause's toured thing is no
 * destination.  Each row is a short text written for these tests with
 * every leg expected from it, run against the embedded knowledge.
 *
 * A row's legs are spec strings, one a leg, in any order (as in
 * check_extract.c): "PERSON > CC[ CITY] START..END PRECISION STATUS",
 * "-" for an unknown date.  The extractor must give exactly those legs.
 * A row with a second text (wrapped) must give the same legs from it.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "kb.h"
#include "testutil.h"
#include "text.h"

#define ROW_LEGS	TU_ROW_LEGS

struct row {
	const char	*text;
	const char	*wrapped;	/* the story hard-wrapped, or NULL */
	const char	*published;
	const char	*legs[ROW_LEGS];	/* every leg expected */
};

struct table {
	const char	*name;
	const struct row *rows;
	size_t		 n;
};

static const struct kb *kb;

static void
check_text(const char *where, const char *text, const struct row *r)
{
	tu_check_legs(kb, where, text, NULL, r->published, r->legs, 0);
}

static void
check_row(const struct table *t, size_t i)
{
	const struct row	*r = &t->rows[i];
	char			 where[80];

	snprintf(where, sizeof where, "%s row %zu", t->name, i);
	check_text(where, r->text, r);
	if (r->wrapped != NULL) {
		snprintf(where, sizeof where, "%s row %zu wrapped", t->name, i);
		check_text(where, r->wrapped, r);
	}
}

/* Hard-wrapped plain text: a newline inside a paragraph is a space; an
 * indented line, a blank line, a list item or a speaker's label starts a
 * paragraph. */
static const struct row wrapped_rows[] = {
	{ "LIMA, May 4 - Chilean Foreign Minister Rosa Ibanez arrived in "
	  "Lima on Tuesday for two days of talks with Peruvian officials on "
	  "trade and fishing rights, a ministry spokesman said.\n\n"
	  "Ibanez, who is on her first tour of the region since taking "
	  "office, will go on to Bolivia on Thursday and is expected to "
	  "visit Ecuador next week before returning to Santiago.",
	  "    LIMA, May 4 - Chilean Foreign Minister Rosa Ibanez arrived\n"
	  "in Lima on Tuesday for two days of talks with Peruvian\n"
	  "officials on trade and fishing rights, a ministry spokesman\n"
	  "said.\n"
	  "    Ibanez, who is on her first tour of the region since\n"
	  "taking office, will go on to Bolivia on Thursday and is\n"
	  "expected to visit Ecuador next week before returning to\n"
	  "Santiago.\n",
	  "2023-05-04",
	  { "Rosa Ibanez > PE Lima 2023-05-02..- day ongoing",
	    "Rosa Ibanez > BO 2023-05-04..- day planned",
	    "Rosa Ibanez > EC -..- unknown planned" } },
	/* paragraphs by blank lines, lines of 60-odd columns */
	{ "WELLINGTON, March 9 - Trade Minister Tom Rua will leave for "
	  "Japan on Sunday to press for wider access for farm exports, his "
	  "office said on Thursday.\n\n"
	  "Rua will spend three days in Tokyo and then travel to Seoul, "
	  "where he is to sign a customs accord with South Korean "
	  "officials.",
	  "WELLINGTON, March 9 - Trade Minister Tom Rua will leave for\n"
	  "Japan on Sunday to press for wider access for farm exports, his\n"
	  "office said on Thursday.\n"
	  "\n"
	  "Rua will spend three days in Tokyo and then travel to Seoul,\n"
	  "where he is to sign a customs accord with South Korean\n"
	  "officials.\n",
	  "2023-03-09",
	  { "Tom Rua > JP Tokyo 2023-03-12..- day planned",
	    "Tom Rua > KR Seoul -..- unknown planned" } },
	/* a short line that stops mid-clause is a wrap too */
	{ "Trade Minister Tom Rua will leave for Japan on Sunday.",
	  "Trade Minister Tom Rua will leave for\nJapan on Sunday.",
	  "2023-03-09",
	  { "Tom Rua > JP 2023-03-12..- day planned" } },
	/* a line a paragraph: a heading, a speaker's label, a question */
	{ "Office of the Spokesperson\n"
	  "Trade Minister Tom Rua will leave for Japan on Sunday.",
	  NULL, "2023-03-09",
	  { "Tom Rua > JP 2023-03-12..- day planned" } },
	{ "Q: Is the trade minister going to Japan this week?\n"
	  "A: Trade Minister Tom Rua will leave for Japan on Sunday.",
	  NULL, "2023-03-09",
	  { "Tom Rua > JP 2023-03-12..- day planned" } },
};

/* A question asks; it reports no trip (briefing transcripts label the
 * questioner's paragraph "QUESTION:"). */
static const struct row question_rows[] = {
	{ "QUESTION: Will Foreign Minister Ana Lopez travel to Peru next "
	  "week?", NULL, "2023-05-04", { NULL } },
	{ "QUESTION: Thank you.  There are reports that Foreign Minister Ana "
	  "Lopez is planning a trip to Peru.  Can you confirm it?",
	  NULL, "2023-05-04", { NULL } },
	{ "Would Foreign Minister Ana Lopez visit Chile if she were "
	  "invited?", NULL, "2023-05-04", { NULL } },
	/* the answer still reports */
	{ "QUESTION: Is the minister going to Peru?\n\n"
	  "MR SOTO: Foreign Minister Ana Lopez will travel to Peru on "
	  "Monday.", NULL, "2023-05-04",
	  { "Ana Lopez > PE 2023-05-08..- day planned" } },
};

/* Readiness, ability and conditions are no plan. */
static const struct row hypothetical_rows[] = {
	{ "Foreign Minister Ana Lopez said she was prepared at any time to "
	  "go to Peru if that would help the talks.",
	  NULL, "2023-05-04", { NULL } },
	{ "Foreign Minister Ana Lopez said she could travel to Peru next "
	  "month.", NULL, "2023-05-04", { NULL } },
	{ "Foreign Minister Ana Lopez would visit Peru if invited, her "
	  "spokesman said.", NULL, "2023-05-04", { NULL } },
	{ "Foreign Minister Ana Lopez will travel to Peru next week.  Asked "
	  "whether she would also go to Bolivia, she said no decision had "
	  "been made.", NULL, "2023-05-04",
	  { "Ana Lopez > PE -..- unknown planned" } },
	/* a permission, a denied report, an ability to meet */
	{ "Diplomats suggest that an exception will be granted to allow "
	  "Foreign Minister Ana Lopez to attend the meeting in Paris.", NULL,
	  "2023-05-04", { NULL } },
	{ "The office of Foreign Minister Ana Lopez has denied a report "
	  "that she will visit Iran.", NULL, "2023-05-04", { NULL } },
	{ "Foreign Minister Ana Lopez could meet her Peruvian counterpart "
	  "in Lima next week.", NULL, "2023-05-04", { NULL } },
	{ "Foreign Minister Ana Lopez will meet her Peruvian counterpart in "
	  "Lima next week.", NULL, "2023-05-04",
	  { "Ana Lopez > PE Lima -..- unknown planned" } },
	/* reported future is a plan */
	{ "Foreign Minister Ana Lopez said she would travel to Peru on "
	  "Monday.", NULL, "2023-05-04",
	  { "Ana Lopez > PE 2023-05-08..- day planned" } },
	{ "Foreign Minister Ana Lopez said she was ready for talks and will "
	  "go to Peru on Monday.", NULL, "2023-05-04",
	  { "Ana Lopez > PE 2023-05-08..- day planned" } },
};

/* Goods, forces and crowds that leave or go are no travellers. */
static const struct row thing_rows[] = {
	{ "Foreign Minister Ana Lopez said all foreign forces must leave "
	  "Syria.", NULL, "2023-05-04", { NULL } },
	{ "Foreign Minister Ana Lopez said she hoped that troops would soon "
	  "leave Syria.", NULL, "2023-05-04", { NULL } },
	{ "Foreign Minister Ana Lopez welcomed the deal to allow grain to "
	  "leave Ukraine by sea.", NULL, "2023-05-04", { NULL } },
	{ "The minister said the people who are going to go to Chile need "
	  "visas.  Foreign Minister Ana Lopez will visit Chile on Monday.",
	  NULL, "2023-05-04",
	  { "Ana Lopez > CL 2023-05-08..- day planned" } },
	/* an infinitive after the crowd's shares its subject */
	{ "Foreign Minister Ana Lopez said poverty pushes people to leave "
	  "everything they have ever known to go to Chile or to go to Peru.",
	  NULL, "2023-05-04", { NULL } },
	/* trip nouns of goods, crowds and services */
	{ "As of today, Foreign Minister Ana Lopez has facilitated the "
	  "departure from Afghanistan of 803 citizens.", NULL, "2023-05-04",
	  { NULL } },
	{ "Foreign Minister Ana Lopez welcomed today's flight between Sanaa "
	  "and Amman, the first commercial flight from Sanaa since 2016.",
	  NULL, "2023-05-04", { NULL } },
	{ "Foreign Minister Ana Lopez will take a flight to Peru on Monday.",
	  NULL, "2023-05-04", { "Ana Lopez > PE 2023-05-08..- day planned" } },
	/* a person who leads them travels */
	{ "Foreign Minister Ana Lopez and her staff will leave for Syria on "
	  "Monday.", NULL, "2023-05-04",
	  { "Ana Lopez > SY 2023-05-08..- day planned" } },
};

/* "the exhibit that she toured": the thing toured, no destination. */
static const struct row toured_rows[] = {
	{ "Foreign Minister Ana Lopez said the exhibit that she toured "
	  "shows the history of Peru.", NULL, "2023-05-04", { NULL } },
	{ "The last lab that I actually toured was at a university in "
	  "Denmark, Foreign Minister Ana Lopez said.", NULL, "2023-05-04",
	  { NULL } },
	/* a place after the verb is still where */
	{ "The museum that Foreign Minister Ana Lopez toured in Lima on "
	  "Monday holds the national archive.", NULL, "2023-05-04",
	  { "Ana Lopez > PE Lima 2023-05-01..- day completed" } },
};

/* Cancellations and postponements told without "cancel". */
static const struct row cancel_rows[] = {
	{ "Foreign Minister Ana Lopez's visit to Peru could not take place "
	  "because of the storm.", NULL, "2023-05-04",
	  { "Ana Lopez > PE -..- unknown cancelled" } },
	{ "Foreign Minister Ana Lopez has put off her visit to Peru.", NULL,
	  "2023-05-04", { "Ana Lopez > PE -..- unknown cancelled" } },
	{ "The visit to Peru by Foreign Minister Ana Lopez was deferred "
	  "until next year.", NULL, "2023-05-04",
	  { "Ana Lopez > PE -..- unknown cancelled" } },
	{ "Foreign Minister Ana Lopez said they were supposed to meet during "
	  "a trip that she was making to Peru.", NULL, "2023-05-04",
	  { "Ana Lopez > PE -..- unknown cancelled" } },
	{ "Foreign Minister Ana Lopez had planned to travel to Peru in "
	  "June.", NULL, "2023-05-04",
	  { "Ana Lopez > PE 2023-06-01..- month cancelled" } },
	{ "Foreign Minister Ana Lopez was due to head the delegation to "
	  "Peru, but she fell ill.", NULL, "2023-05-04",
	  { "Ana Lopez > PE -..- unknown cancelled" } },
	/* a plan still on */
	{ "Foreign Minister Ana Lopez was due to arrive in Lima on Monday, "
	  "but officials said talks would start on Tuesday.", NULL,
	  "2023-05-04", { "Ana Lopez > PE Lima 2023-05-08..- day planned" } },
	{ "Foreign Minister Ana Lopez is due to visit Peru on Monday.", NULL,
	  "2023-05-04", { "Ana Lopez > PE 2023-05-08..- day planned" } },
	{ "Foreign Minister Ana Lopez will take part in talks in Peru on "
	  "Monday.", NULL, "2023-05-04",
	  { "Ana Lopez > PE 2023-05-08..- day planned" } },
};

/* Presence without a travel word: speaking, addressing, signing,
 * telling reporters, taking part IN a place. */
static const struct row presence_rows[] = {
	{ "Foreign Minister Ana Lopez will take part in talks in Peru on "
	  "Monday.", NULL, "2023-05-04",
	  { "Ana Lopez > PE 2023-05-08..- day planned" } },
	{ "Foreign Minister Ana Lopez will address the security conference "
	  "in Munich on Saturday.", NULL, "2023-05-04",
	  { "Ana Lopez > DE Munich 2023-05-06..- day planned" } },
	{ "Foreign Minister Ana Lopez told reporters in Kuala Lumpur on "
	  "Wednesday that the talks had gone well.", NULL, "2023-05-04",
	  { "Ana Lopez > MY Kuala Lumpur 2023-05-03..- day ongoing" } },
	{ "Foreign Minister Ana Lopez said in a speech in Berlin on "
	  "Wednesday that ties were strong.", NULL, "2023-05-04",
	  { "Ana Lopez > DE Berlin 2023-05-03..- day ongoing" } },
	{ "Foreign Minister Ana Lopez signed a trade accord in Hanoi on "
	  "Wednesday.", NULL, "2023-05-04",
	  { "Ana Lopez > VN Hanoi 2023-05-03..- day ongoing" } },
	/* the subject pronoun of a verb of presence is the last
	 * official; the clause ends at a dash */
	{ "Foreign Minister Ana Lopez praised the ties between the two "
	  "nations.\n\nShe was speaking in Tanzania - the second country "
	  "she has visited since taking office ten days ago.",
	  NULL, "2023-05-04", { "Ana Lopez > TZ -..- unknown ongoing" } },
	/* a topic, a clause, a problem addressed: no presence */
	{ "Foreign Minister Ana Lopez spoke about the crisis in Syria on "
	  "Wednesday.", NULL, "2023-05-04", { NULL } },
	{ "Foreign Minister Ana Lopez told reporters that the talks in "
	  "Geneva had failed.", NULL, "2023-05-04", { NULL } },
	{ "Foreign Minister Ana Lopez said the world must address the war "
	  "in Ukraine.", NULL, "2023-05-04", { NULL } },
	/* an opening clause of the -ing form: its subject after the comma */
	{ "Speaking at a news conference in Ankara, Chilean Foreign Minister "
	  "Ana Lopez said the talks had gone well.", NULL, "2023-05-04",
	  { "Ana Lopez > TR Ankara -..- unknown ongoing" } },
	{ "Addressing the conference in Munich, Chilean Foreign Minister Ana "
	  "Lopez called for calm.", NULL, "2023-05-04",
	  { "Ana Lopez > DE Munich -..- unknown ongoing" } },
	{ "Speaking about the war in Syria, Chilean Foreign Minister Ana "
	  "Lopez called for calm.", NULL, "2023-05-04", { NULL } },
	/* summit attendance told with the subject last */
	{ "Among the leaders attending the summit in Jakarta were Foreign "
	  "Minister Ana Lopez and Prime Minister Tom Rua.", NULL,
	  "2023-05-04", { "Ana Lopez > ID Jakarta -..- unknown ongoing",
	    "Tom Rua > ID Jakarta -..- unknown ongoing" } },
	/* "went well" is no going */
	{ "Foreign Minister Ana Lopez, speaking in Jakarta, said the talks "
	  "went well.", NULL, "2023-05-04",
	  { "Ana Lopez > ID Jakarta -..- unknown ongoing" } },
	/* "joined" people at a place; not "joined the government" */
	{ "Chilean Foreign Minister Ana Lopez joined counterparts at a "
	  "regional gathering in Istanbul on Wednesday.", NULL, "2023-05-04",
	  { "Ana Lopez > TR Istanbul 2023-05-03..- day ongoing" } },
	{ "Chilean Foreign Minister Ana Lopez joined the government in Lima "
	  "in 2019.", NULL, "2023-05-04", { NULL } },
	/* an object with a clause of its own: "prohibiting investment in" */
	{ "President Ana Lopez also signed an executive order prohibiting "
	  "new investment in Russia.", NULL, "2023-05-04", { NULL } },
	/* an ambassador acting at post is no traveller */
	{ "Ana Lopez, the Peruvian Ambassador to Sweden, signed the joint "
	  "statement in Stockholm on Wednesday.", NULL, "2023-05-04",
	  { NULL } },
};

/* The dateline as evidence: a foreign official speaking to an audience
 * in a datelined report is at the dateline place on its day. */
static const struct row dateline_rows[] = {
	{ "KUALA LUMPUR, May 4 (Reuters) - Chilean Foreign Minister Rosa "
	  "Ibanez told reporters on Thursday that trade talks with Malaysia "
	  "would resume next month.", NULL, "2023-05-04",
	  { "Rosa Ibanez > MY Kuala Lumpur 2023-05-04..- day ongoing" } },
	{ "KUALA LUMPUR, May 4 (Reuters) - Chilean Foreign Minister Rosa "
	  "Ibanez said at a news conference that the talks had gone well.",
	  NULL, "2023-05-04",
	  { "Rosa Ibanez > MY Kuala Lumpur 2023-05-04..- day ongoing" } },
	/* another day; an official at home; a plain "said" (may be
	 * words sent from afar); a statement */
	{ "KUALA LUMPUR, May 4 (Reuters) - Chilean Foreign Minister Rosa "
	  "Ibanez told reporters last week that trade talks with Malaysia "
	  "would resume.", NULL, "2023-05-04", { NULL } },
	{ "KUALA LUMPUR, May 4 (Reuters) - Malaysian Foreign Minister Rosa "
	  "Ibanez told reporters the talks had resumed.", NULL, "2023-05-04",
	  { NULL } },
	{ "KUALA LUMPUR, May 4 (Reuters) - Chilean Foreign Minister Rosa "
	  "Ibanez said on Thursday that trade talks with Malaysia would "
	  "resume.", NULL, "2023-05-04", { NULL } },
	{ "KUALA LUMPUR, May 4 (Reuters) - Chilean Foreign Minister Rosa "
	  "Ibanez told reporters in a statement that the talks had resumed.",
	  NULL, "2023-05-04", { NULL } },
};

#define TABLE(x)	{ #x, x##_rows, sizeof x##_rows / sizeof x##_rows[0] }

/* A trip's end told with a weekday ("concluded a visit on Tuesday",
 * "wrapped up a tour on Saturday") is a day gone by, not the next one;
 * a clause ahead keeps its day to come. */
static const struct row ended_rows[] = {
	{ "Foreign Minister Ana Lopez concluded a two-day visit to Peru on "
	  "Tuesday.", NULL, "2023-05-04",
	  { "Ana Lopez > PE 2023-05-01..2023-05-02 day completed" } },
	{ "Foreign Minister Ana Lopez ended a three-day visit to Chile on "
	  "Friday, her office said.", NULL, "2023-05-04",
	  { "Ana Lopez > CL 2023-04-26..2023-04-28 day completed" } },
	{ "Foreign Minister Ana Lopez wrapped up a visit to Bolivia on "
	  "Saturday.", NULL, "2023-05-04",
	  { "Ana Lopez > BO 2023-04-29..- day completed" } },
	{ "Foreign Minister Ana Lopez will visit Peru on Saturday, after a "
	  "round of talks that ended in deadlock.", NULL, "2023-05-04",
	  { "Ana Lopez > PE 2023-05-06..- day planned" } },
};

/* An undated trip in a clause "hours after", "a day before" a dated
 * main clause takes its day, moved by the span; "days after" a date is
 * not that date. */
static const struct row span_rows[] = {
	{ "Foreign Minister Ana Lopez made a visit to Peru this morning, "
	  "hours after Trade Minister Tom Rua went to Lima.", NULL,
	  "2023-05-04",
	  { "Ana Lopez > PE 2023-05-04..- day ongoing",
	    "Tom Rua > PE Lima 2023-05-04..- day completed" } },
	{ "Foreign Minister Ana Lopez arrived in Chile on Thursday, a day "
	  "after Trade Minister Tom Rua flew to Santiago.", NULL,
	  "2023-05-04",
	  { "Ana Lopez > CL 2023-05-04..- day ongoing",
	    "Tom Rua > CL Santiago 2023-05-03..- day completed" } },
	{ "Foreign Minister Ana Lopez arrived in Chile on Thursday, a day "
	  "before Trade Minister Tom Rua flies to Santiago.", NULL,
	  "2023-05-04",
	  { "Ana Lopez > CL 2023-05-04..- day ongoing",
	    "Tom Rua > CL Santiago 2023-05-05..- day planned" } },
	{ "Talks resumed on Thursday, days after Foreign Minister Ana Lopez "
	  "went to Peru.", NULL, "2023-05-04",
	  { "Ana Lopez > PE -..- unknown completed" } },
};

/* Visits to one country a month or more apart, one under way or done
 * and one done, are two stays; days apart, one. */
static const struct row stays_rows[] = {
	{ "Foreign Minister Ana Lopez arrived in Peru on Thursday.  Lopez, "
	  "who last visited Peru in January, will meet the president.", NULL,
	  "2023-05-04",
	  { "Ana Lopez > PE 2023-05-04..- day ongoing",
	    "Ana Lopez > PE 2023-01-01..- month completed" } },
	{ "Foreign Minister Ana Lopez visited Peru in March.  She arrived in "
	  "Peru on Thursday.", NULL, "2023-05-04",
	  { "Ana Lopez > PE 2023-03-01..- month completed",
	    "Ana Lopez > PE 2023-05-04..- day ongoing" } },
	{ "Foreign Minister Ana Lopez visited Peru in May.  She arrived in "
	  "Lima on May 2.", NULL, "2023-05-04",
	  { "Ana Lopez > PE Lima 2023-05-02..- day ongoing" } },
};

/* Words said after a meeting or a speech abroad ("speaking in Lima,
 * she said trade would grow") give it neither a future nor a date; a
 * meeting inside the words said is their tense's. */
static const struct row quoted_rows[] = {
	{ "Speaking in Lima on Thursday, Foreign Minister Ana Lopez said "
	  "trade would grow.", NULL, "2023-05-04",
	  { "Ana Lopez > PE Lima 2023-05-04..- day ongoing" } },
	{ "Foreign Minister Ana Lopez, speaking to reporters in Lima, said "
	  "the talks would resume next month.", NULL, "2023-05-04",
	  { "Ana Lopez > PE Lima -..- unknown ongoing" } },
	{ "Foreign Minister Ana Lopez said she would meet the Peruvian "
	  "president in Lima on Monday.", NULL, "2023-05-04",
	  { "Ana Lopez > PE Lima 2023-05-08..- day planned" } },
};

/* "While in Lima, she ...": the clause's subject is there, whatever
 * the verb; "while in office" is no place. */
static const struct row while_rows[] = {
	{ "While in Lima, Foreign Minister Ana Lopez visited a museum on "
	  "Tuesday.", NULL, "2023-05-04",
	  { "Ana Lopez > PE Lima 2023-05-02..- day ongoing" } },
	{ "Foreign Minister Ana Lopez, while in Lima, laid flowers at a "
	  "memorial.", NULL, "2023-05-04",
	  { "Ana Lopez > PE Lima -..- unknown ongoing" } },
	{ "Foreign Minister Ana Lopez will visit Chile next week.  She also, "
	  "while in Santiago, will open a trade office.", NULL, "2023-05-04",
	  { "Ana Lopez > CL Santiago -..- unknown planned" } },
	{ "While in office, Foreign Minister Ana Lopez opened a museum.",
	  NULL, "2023-05-04", { NULL } },
	{ "While in Lima, the minister said Foreign Minister Ana Lopez "
	  "would visit Chile.", NULL, "2023-05-04",
	  { "Ana Lopez > CL -..- unknown planned" } },
};

/* "X, who is currently in Cyprus, ...": there now, whatever the main
 * clause; "will not be able to meet" is no meeting. */
static const struct row whois_rows[] = {
	{ "Officials said the president will meet Foreign Minister Ana "
	  "Lopez, who is currently in Peru.", NULL, "2023-05-04",
	  { "Ana Lopez > PE -..- unknown ongoing" } },
	{ "Foreign Minister Ana Lopez, who is in Chile, will meet the "
	  "president.", NULL, "2023-05-04",
	  { "Ana Lopez > CL -..- unknown ongoing" } },
	{ "Officials said Trade Minister Tom Rua will not be able to meet "
	  "Foreign Minister Ana Lopez, who is currently in Peru.", NULL,
	  "2023-05-04",
	  { "Ana Lopez > PE -..- unknown ongoing" } },
	{ "Foreign Minister Ana Lopez, who is in charge of the talks, met "
	  "the president.", NULL, "2023-05-04", { NULL } },
};

static const struct table tables[] = {
	TABLE(wrapped),
	TABLE(question),
	TABLE(hypothetical),
	TABLE(thing),
	TABLE(toured),
	TABLE(cancel),
	TABLE(presence),
	TABLE(dateline),
	TABLE(ended),
	TABLE(span),
	TABLE(stays),
	TABLE(quoted),
	TABLE(while),
	TABLE(whois),
};

START_TEST(test_table)
{
	const struct table	*t = &tables[_i];

	for (size_t i = 0; i < t->n; i++)
		check_row(t, i);
}
END_TEST

/* Plain text (no tags) from a feed: an indented line starts a paragraph,
 * a word hyphenated across a wrap is joined, other newlines are kept. */
START_TEST(test_plain_lines)
{
	static const struct {
		const char	*in, *want;
	} rows[] = {
		{ "    First line of a story\nthat goes on.\n    Second.",
		  "First line of a story\nthat goes on.\n\nSecond." },
		{ "The President-\nelect will travel.",
		  "The President-elect will travel." },
		/* a dash, not a hyphen; an indented continuation */
		{ "He said -\nno.", "He said -\nno." },
		{ "  all lines\n  indented alike",
		  "all lines\nindented alike" },
		{ "one\n\n    two", "one\n\ntwo" },
		{ "    First line\r\nthat goes on.\r\n    Second.",
		  "First line\nthat goes on.\n\nSecond." },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char	*out = NULL;

		ck_assert_int_eq(text_from_html(rows[i].in,
		    strlen(rows[i].in), &out), 0);
		ck_assert_msg(strcmp(out, rows[i].want) == 0,
		    "row %zu: \"%s\", want \"%s\"", i, out, rows[i].want);
		free(out);
	}
}
END_TEST

static Suite *
gen_text_suite(void)
{
	Suite	*s = suite_create("gen_text");
	TCase	*tc;

	tc = tcase_create("plain_lines");
	tcase_add_test(tc, test_plain_lines);
	suite_add_tcase(s, tc);
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
	rc = tu_run_suite(gen_text_suite());
	return rc;
}
