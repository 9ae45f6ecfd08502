/*
 * check_gen_who: who travels (issue 10), tables of short sentences
 * written for these tests with every leg expected from them, run against
 * the embedded knowledge (loaded once, in main).
 *
 * A row's legs are spec strings, one a leg, in any order:
 *	"PERSON [OC] > CC[ CITY] START..END PRECISION STATUS"
 * e.g. "Kenji Sato [JP] > AU Canberra 2023-05-01..- day ongoing": the
 * person, the official's country ("-" when unknown), the destination
 * country, its city when one is named, the start and end ("-" when
 * unknown), the precision (day, month, unknown) and the status.  The
 * extractor must give exactly those legs, no more; a row with no legs
 * expects none.
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

/*
 * Other people's trips: a possessive or an unnamed subject names the
 * traveller, not the article's official.
 */
static const struct tu_leg_row rows_others_trips[] = {
	{ .text = "Secretary of State Ana Lopez said on Monday that the "
	  "deputy's visit to Beijing would be productive.",
	  .published = "2022-07-20" },
	{ .text = "Foreign Minister Kofi Mensah of Ghana spoke about the "
	  "Secretary-General's visit to Kyiv and Moscow.",
	  .published = "2022-05-19" },
	{ .text = "Secretary of State Ana Lopez said the envoy and her "
	  "team's visit to Myanmar was a concern.", .published = "2022-05-29" },
	{ .text = "Prime Minister Lena Berg of Sweden spoke of the Amir's "
	  "visit to Norway.", .published = "2022-02-18" },
	{ .text = "Prime Minister Lena Berg of Sweden said foreign troops "
	  "will leave Mali by the end of the year.",
	  .published = "2022-06-29" },
	{ .text = "Prime Minister Lena Berg of Sweden said that foreign "
	  "troops will leave Mali soon.", .published = "2022-06-29" },
	{ .text = "Prime Minister Lena Berg of Sweden spoke on the need for "
	  "all foreign forces to leave Mali.", .published = "2022-06-29" },
	{ .text = "Prime Minister Lena Berg of Sweden asked how the money "
	  "will go to the people who are going to go stay in Pakistan.",
	  .published = "2022-06-29" },
	/* "X had already left": X's */
	{ .text = "U.S. Treasury Secretary Tom Baker spoke to reporters on "
	  "Sunday.\n\nThe spokesman said he believed Baker had already "
	  "visited Sweden on Monday.", .published = "2023-05-03",
	  .legs = { "Tom Baker [US] > SE 2023-05-01..- day completed" } },
	{ .text = "Secretary of State Ana Lopez said previous speakers "
	  "visited Taiwan.", .published = "2022-08-01" },
	{ .text = "Two advisers to President Ana Lopez of Chile, Juan Perez "
	  "and Pedro Soto, are on a trip to Peru.",
	  .published = "2023-05-04" },
	{ .text = "Aides to President Ana Lopez of Chile said she would "
	  "visit Peru on May 10.", .published = "2023-05-04",
	  .legs = { "Ana Lopez [CL] > PE 2023-05-10..- day planned" } },
	/* a "he" many sentences after the official is someone else */
	{ .text = "Secretary of State Ana Lopez released the report on "
	  "Monday.\n\nThe report covers 188 countries. It ranks them in "
	  "three tiers. Several moved down this year. Others moved up. The "
	  "findings draw on field work. One case stands out.\n\nBut when "
	  "he arrived in Indonesia, he was stripped of his passport.",
	  .published = "2022-07-19" },
	{ .text = "Secretary of State Ana Lopez spoke on Monday. The talks "
	  "were long. He will fly to Indonesia on July 25.",
	  .published = "2022-07-19",
	  .legs = { "Ana Lopez [US] > ID 2022-07-25..- day planned" } },
	/* "they" means the group named within reach, else no one named */
	{ .text = "Foreign Minister Ana Lopez of Chile and Foreign Minister "
	  "Juan Perez of Peru flew to Quito on Monday. They will fly to "
	  "Bogota on May 10.", .published = "2023-05-02",
	  .legs = { "Ana Lopez [CL] > EC Quito 2023-05-01..- day completed",
	    "Juan Perez [PE] > EC Quito 2023-05-01..- day completed",
	    "Ana Lopez [CL] > CO Bogotá 2023-05-10..- day planned",
	    "Juan Perez [PE] > CO Bogotá 2023-05-10..- day planned" } },
	{ .text = "Foreign Minister Ana Lopez of Chile and Foreign Minister "
	  "Juan Perez of Peru flew to Quito on Monday.\n\nThe region is "
	  "poor. Migration is rising. Many cross on foot. Some take buses. "
	  "Others walk for weeks. Aid groups help. Numbers keep growing.\n\n"
	  "They are heading towards Canada, officials said.",
	  .published = "2023-05-02",
	  .legs = { "Ana Lopez [CL] > EC Quito 2023-05-01..- day completed",
	    "Juan Perez [PE] > EC Quito 2023-05-01..- day completed" } },
	/* "we" with no transcript speaker: an office, no one named */
	{ .text = "Secretary of State Ana Lopez spoke on Monday.\n\nWe look "
	  "forward to a productive visit to India.",
	  .published = "2021-07-23" },
	/* a time or a place as the possessor: the subject's own trip */
	{ .text = "Prime Minister Lena Berg of Sweden described Monday's "
	  "visit to Kyiv as a success.", .published = "2023-05-04",
	  .legs = { "Lena Berg [SE] > UA Kyiv 2023-05-01..- day completed" } },
	/* "X and his delegation": X's trip */
	{ .text = "Prime Minister Lena Berg of Sweden and her delegation "
	  "will travel to Ghana on May 10.", .published = "2023-05-04",
	  .legs = { "Lena Berg [SE] > GH 2023-05-10..- day planned" } },
	/* a visa for one's own trip */
	{ .text = "Foreign Minister Juan Mora of Chile said Peru refused him "
	  "a visa to travel to Lima on May 10.", .published = "2023-05-04",
	  .legs = { "Juan Mora [CL] > PE Lima 2023-05-10..- day cancelled" } },
};

/*
 * A host quoted between two sentences about the visitor is not who "she"
 * or "the minister" means next.
 */
static const struct tu_leg_row rows_host_between[] = {
	{ .text = "Foreign Minister Rosa Ibanez of Chile arrived in Beijing "
	  "on Monday. Chinese Foreign Minister Wang Lei said ties were "
	  "strong. She will fly to Tokyo on Thursday.",
	  .published = "2023-05-02",
	  .legs = { "Rosa Ibanez [CL] > CN Beijing 2023-05-01..- day ongoing",
	    "Rosa Ibanez [CL] > JP Tokyo 2023-05-04..- day planned" } },
	{ .text = "Foreign Minister Rosa Ibanez of Chile arrived in Beijing "
	  "on Monday. Chinese Foreign Minister Wang Lei said ties were "
	  "strong.\n\nThe minister will fly to Tokyo on Thursday.",
	  .published = "2023-05-02",
	  .legs = { "Rosa Ibanez [CL] > CN Beijing 2023-05-01..- day ongoing",
	    "Rosa Ibanez [CL] > JP Tokyo 2023-05-04..- day planned" } },
	/* a third country's minister is no host: he is who travels */
	{ .text = "Foreign Minister Rosa Ibanez of Chile arrived in Beijing "
	  "on Monday. Japanese Foreign Minister Ken Sato said ties were "
	  "strong. He will fly to Seoul on Thursday.",
	  .published = "2023-05-02",
	  .legs = { "Rosa Ibanez [CL] > CN Beijing 2023-05-01..- day ongoing",
	    "Ken Sato [JP] > KR Seoul 2023-05-04..- day planned" } },
	/* the subject after an opening phrase, not the one joined */
	{ .text = "Secretary of State Ana Lopez flew to Manila on Nov. 12."
	  "\n\nAfter the talks, the secretary joined President Tom Hale "
	  "for the leaders' meeting. On Nov. 16, she traveled to China.",
	  .published = "2010-01-20",
	  .legs = { "Ana Lopez [US] > PH Manila 2009-11-12..- day completed",
	    "Ana Lopez [US] > CN 2009-11-16..- day completed" } },
	/* "X said that Y would ... during his visit": Y's visit */
	{ .text = "Ana Ruiz, a spokeswoman, said that President Mehmet Kaya "
	  "of Turkey would meet investors during his visit to Brazil on "
	  "May 10.", .published = "2023-05-04",
	  .legs = { "Mehmet Kaya [TR] > BR 2023-05-10..- day planned" } },
};

/* Officials travelling with a principal get the principal's legs and,
 * when their title names none, the principal's country. */
static const struct tu_leg_row rows_companions[] = {
	{ .text = "Prime Minister Taro Mori of Japan arrived in Canberra on "
	  "Monday.\n\nMr Mori was accompanied by Foreign Minister Kenji "
	  "Sato and Trade Minister Aiko Ueda.", .published = "2023-05-02",
	  .legs = { "Taro Mori [JP] > AU Canberra 2023-05-01..- day ongoing",
	    "Kenji Sato [JP] > AU Canberra 2023-05-01..- day ongoing",
	    "Aiko Ueda [JP] > AU Canberra 2023-05-01..- day ongoing" } },
	{ .text = "Foreign Minister Kenji Sato, accompanying Prime Minister "
	  "Taro Mori of Japan, arrived in Canberra on Monday.",
	  .published = "2023-05-02",
	  .legs = { "Taro Mori [JP] > AU Canberra 2023-05-01..- day ongoing",
	    "Kenji Sato [JP] > AU Canberra 2023-05-01..- day ongoing" } },
	{ .text = "Prime Minister Taro Mori of Japan arrived in Canberra on "
	  "Monday.\n\nForeign Minister Kenji Sato is accompanying the "
	  "prime minister.", .published = "2023-05-02",
	  .legs = { "Taro Mori [JP] > AU Canberra 2023-05-01..- day ongoing",
	    "Kenji Sato [JP] > AU Canberra 2023-05-01..- day ongoing" } },
	{ .text = "Prime Minister Taro Mori of Japan arrived in Canberra on "
	  "Monday.\n\nTravelling with Mr Mori are Foreign Minister Kenji "
	  "Sato and Trade Minister Aiko Ueda.", .published = "2023-05-02",
	  .legs = { "Taro Mori [JP] > AU Canberra 2023-05-01..- day ongoing",
	    "Kenji Sato [JP] > AU Canberra 2023-05-01..- day ongoing",
	    "Aiko Ueda [JP] > AU Canberra 2023-05-01..- day ongoing" } },
	{ .text = "Prime Minister Taro Mori of Japan arrived in Canberra on "
	  "Monday.\n\nForeign Minister Kenji Sato, who is travelling with "
	  "Mr Mori, told reporters the talks would cover trade.",
	  .published = "2023-05-02",
	  .legs = { "Taro Mori [JP] > AU Canberra 2023-05-01..- day ongoing",
	    "Kenji Sato [JP] > AU Canberra 2023-05-01..- day ongoing" } },
	{ .text = "Foreign Minister Kenji Sato will travel with Prime "
	  "Minister Taro Mori of Japan to India on May 10.",
	  .published = "2023-05-02",
	  .legs = { "Taro Mori [JP] > IN 2023-05-10..- day planned",
	    "Kenji Sato [JP] > IN 2023-05-10..- day planned" } },
	{ .text = "Prime Minister Taro Mori of Japan will be joined by Trade "
	  "Minister Aiko Ueda on his trip to India on May 10.",
	  .published = "2023-05-02",
	  .legs = { "Taro Mori [JP] > IN 2023-05-10..- day planned",
	    "Aiko Ueda [JP] > IN 2023-05-10..- day planned" } },
	/* reporters travelling with the principal are no officials */
	{ .text = "Prime Minister Taro Mori of Japan arrived in Canberra on "
	  "Monday.\n\nReporters travelling with Mr Mori were told the "
	  "talks would cover trade.", .published = "2023-05-02",
	  .legs = { "Taro Mori [JP] > AU Canberra 2023-05-01..- day ongoing" } },
};

/* A meal or a meeting held with the dateline country's leader puts the
 * foreign guest there; the host stays home. */
static const struct tu_leg_row rows_meal_meeting[] = {
	{ .text = "LIMA, May 4 - President Carla Ruiz of Argentina had "
	  "dinner with the President of Peru on Wednesday.",
	  .published = "2023-05-04",
	  .legs = { "Carla Ruiz [AR] > PE Lima 2023-05-03..- day ongoing" } },
	{ .text = "LIMA, May 4 - Peruvian President Luis Soto had lunch "
	  "with the President of Argentina, Carla Ruiz, on Wednesday.",
	  .published = "2023-05-04",
	  .legs = { "Carla Ruiz [AR] > PE Lima 2023-05-03..- day ongoing" } },
	/* a leader named clauses after the meeting word did not meet */
	{ .text = "LIMA, May 4 - Ministers met at a palace on Wednesday to "
	  "prepare for the summit of their leaders, which is to be "
	  "attended also by Argentine President Carla Ruiz.",
	  .published = "2023-05-04" },
	/* a meeting at a named venue is not a trip to the leader's
	 * country */
	{ .text = "President Ana Lopez of Chile flew to Washington on "
	  "Monday.\n\nShe met President Juan Perez of Mexico in the Oval "
	  "Office on Tuesday.", .published = "2023-05-04",
	  .legs = { "Ana Lopez [CL] > US Washington 2023-05-01..- day "
	    "completed" } },
	/* a future meal may be anywhere */
	{ .text = "LIMA, May 4 - Peruvian President Luis Soto will have "
	  "dinner with Argentine President Carla Ruiz on Friday.",
	  .published = "2023-05-04" },
};

/* "met visiting X": X travels, to the host's country and the city named
 * there; not the host. */
static const struct tu_leg_row rows_met_visiting[] = {
	{ .text = "Prime Minister Anna Berg of Sweden met visiting Japanese "
	  "Foreign Minister Kenji Sato in Stockholm on Thursday.",
	  .published = "2023-05-04",
	  .legs = { "Kenji Sato [JP] > SE Stockholm 2023-05-04..- day "
	    "ongoing" } },
	{ .text = "LIMA, May 4 - Peruvian President Luis Soto held talks with "
	  "visiting Argentine President Carla Ruiz on Thursday.",
	  .published = "2023-05-04",
	  .legs = { "Carla Ruiz [AR] > PE Lima 2023-05-04..- day ongoing" } },
};

/* Titles of monarchs as the press writes them. */
static const struct tu_leg_row rows_monarchs[] = {
	{ .text = "The Amir of Kuwait, Sheikh Hamad bin Khalid, arrived in "
	  "London on Monday.", .published = "2023-05-02",
	  .legs = { "Hamad bin Khalid [KW] > GB London 2023-05-01..- day "
	    "ongoing" } },
	{ .text = "Kuwaiti Amir Sheikh Hamad bin Khalid arrived in London on "
	  "Monday.", .published = "2023-05-02",
	  .legs = { "Hamad bin Khalid [KW] > GB London 2023-05-01..- day "
	    "ongoing" } },
};

/* Not labelled: party officials, the UN's or NATO's secretary general;
 * an indefinite title is no office holder. */
static const struct tu_leg_row rows_not_labelled[] = {
	{ .text = "Ana Lopez, secretary general of Chile's ruling party, "
	  "will visit Tokyo on May 10.", .published = "2023-05-04" },
	{ .text = "UN Secretary General Ana Lopez will visit Tokyo on May "
	  "10.", .published = "2023-05-04" },
	{ .text = "Ana Lopez, leader of the Chilean Socialist Party, will "
	  "visit Tokyo on May 10.", .published = "2023-05-04" },
	{ .text = "Chilean Foreign Minister Ana Lopez of the Socialist Party "
	  "will visit Tokyo on May 10.", .published = "2023-05-04",
	  .legs = { "Ana Lopez [CL] > JP Tokyo 2023-05-10..- day planned" } },
	{ .text = "President Ana Lopez of Chile spoke on Monday.\n\nWe "
	  "remember the first visit that a U.S. president made to Colombia, "
	  "in 1936.", .published = "2023-05-04" },
	{ .text = "The last time an Iranian foreign minister visited "
	  "Washington was in 1999.", .published = "2023-05-04" },
	/* a past participle of flying */
	{ .text = "Chilean Foreign Minister Ana Lopez had flown to Tokyo on "
	  "Monday before the talks began.", .published = "2023-05-04",
	  .legs = { "Ana Lopez [CL] > JP Tokyo 2023-05-01..- day completed" } },
};

/* One surname spelt two ways in one article is one person. */
static const struct tu_leg_row rows_spellings[] = {
	{ .text = "The summit will be attended by Iranian President Hamid "
	  "Ahmadizadeh.\n\nAhmedizadeh will fly to Istanbul on May 10.",
	  .published = "2023-05-04",
	  .legs = { "Hamid Ahmadizadeh [IR] > TR Istanbul 2023-05-10..- day "
	    "planned" } },
	{ .text = "Iranian Foreign Minister Reza Mottaki met reporters.\n\n"
	  "Motaki will fly to Baghdad on May 10.", .published = "2023-05-04",
	  .legs = { "Reza Mottaki [IR] > IQ Baghdad 2023-05-10..- day "
	    "planned" } },
	/* short names and other first letters are other people */
	{ .text = "Iranian Foreign Minister Reza Karimi met reporters.\n\n"
	  "Karami will fly to Baghdad on May 10.", .published = "2023-05-04" },
};

/* The official's country: the source's when the title names none, else
 * the dateline's; "of the United States" after the name. */
static const struct tu_leg_row rows_official_country[] = {
	{ .text = "President Tom Hale of the United States visited India on "
	  "May 1.", .published = "2023-05-04",
	  .legs = { "Tom Hale [US] > IN 2023-05-01..- day completed" } },
	/* a trip made as "then-Senator" is no official's */
	{ .text = "President Tom Hale of the United States spoke on "
	  "Monday.\n\nIn 2006, then-Senator Tom Hale visited India.",
	  .published = "2023-05-04" },
	{ .text = "Secretary of State Ana Lopez spoke on Monday.\n\nIn 2006, "
	  "then-Senator Tom Hale was here, and during that visit to India "
	  "he said the ties were strong.", .published = "2023-05-04" },
	{ .text = "NICOSIA, May 4 (Reuters) - Oil Minister Bijan Rostami will "
	  "visit Cyprus on May 10, Iran's news agency said.",
	  .published = "2023-05-04",
	  .legs = { "Bijan Rostami [IR] > CY Nicosia 2023-05-10..- day "
	    "planned" } },
	{ .text = "NICOSIA, May 4 (Reuters) - Oil Minister Bijan Rostami will "
	  "visit Venezuela on May 10, the Iranian news agency said.",
	  .published = "2023-05-04",
	  .legs = { "Bijan Rostami [IR] > VE 2023-05-10..- day planned" } },
	{ .text = "TOKYO, May 4 - Foreign Minister Kenji Sato will visit India "
	  "on May 10.", .published = "2023-05-04",
	  .legs = { "Kenji Sato [JP] > IN 2023-05-10..- day planned" } },
};

/*
 * An official first met by title alone ("the Chilean foreign minister")
 * and named later: the legs carry the name, or are none when no name
 * comes (an unnamed person is not labelled).
 */
static const struct tu_leg_row rows_named_later[] = {
	{ .text = "WASHINGTON - The Chilean foreign minister flew into "
	  "Washington on Wednesday to visit the embassy.\n\nThere were no "
	  "plans for the minister, Rosa Ibanez, to meet officials.",
	  .published = "2009-09-30",
	  .legs = { "Rosa Ibanez [CL] > US Washington 2009-09-30..- day "
	    "completed" } },
	{ .text = "Portugal's president visited Peru on Friday.\n\nPresident "
	  "Jose Mendes met the mayor of Lima.", .published = "2009-09-26",
	  .legs = { "Jose Mendes [PT] > PE 2009-09-25..- day completed" } },
	/* "the minister, X" names the unnamed one; a new sentence's name
	 * after an opening title too */
	{ .text = "Iran's oil minister will visit Caracas on May 10.\n\nReza "
	  "Karimi said the talks would be useful.", .published = "2023-05-04",
	  .legs = { "Reza Karimi [IR] > VE Caracas 2023-05-10..- day "
	    "planned" } },
	/* never named: no leg */
	{ .text = "Portugal's president visited Peru on Friday.\n\nThe "
	  "visit was short.", .published = "2009-09-26" },
	/* a title of another country names someone else */
	{ .text = "Portugal's president visited Peru on Friday.\n\nForeign "
	  "Minister Jose Mendes of Spain said the talks went well.",
	  .published = "2009-09-26" },
	/* a compatriot met just before is whom the description means */
	{ .text = "President Li Wei of China said on Monday that ties were "
	  "strong.\n\nThe Chinese leader described Africa as a continent of "
	  "hope.\n\nHe will end his tour with a visit to Togo on May 10.",
	  .published = "2023-05-01",
	  .legs = { "Li Wei [CN] > TG 2023-05-10..- day planned" } },
};

#define TABLE(name)	{ #name, rows_##name, \
	sizeof rows_##name / sizeof rows_##name[0] }

static const struct tu_leg_table tables[] = {
	TABLE(others_trips),
	TABLE(host_between),
	TABLE(companions),
	TABLE(meal_meeting),
	TABLE(met_visiting),
	TABLE(monarchs),
	TABLE(not_labelled),
	TABLE(spellings),
	TABLE(official_country),
	TABLE(named_later),
};

static void
check_row(const struct tu_leg_table *t, size_t i)
{
	char	where[64];

	snprintf(where, sizeof where, "%s row %zu", t->name, i);
	tu_check_legs(kb, where, t->rows[i].text, NULL, t->rows[i].published,
	    t->rows[i].legs, TU_SPEC_OFFICIAL);
}

/* One table, _i of tables[], each row checked in turn. */
START_TEST(test_table)
{
	const struct tu_leg_table	*t = &tables[_i];

	for (size_t i = 0; i < t->n; i++)
		check_row(t, i);
}
END_TEST

static Suite *
gen_who_suite(void)
{
	Suite	*s = suite_create("gen_who");

	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
		TCase *tc = tcase_create(tables[i].name);

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
	rc = tu_run_suite(gen_who_suite());
	return rc;
}
