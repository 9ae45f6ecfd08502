/*
 * ex_triggers: travel words in context.
 *
 * Input: c->tok (tokens, lexicon classes), the marks c->men.pm[] of
 * mentions and c->ppl.per[] of persons.  Output: predicates: is token i
 * a travel trigger ("visit", "arrived", "trip to"), used as a noun, a
 * stay ("a three-day stay in"), a meeting verb.  Writes nothing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_triggers.h"

#define EX_IS_IN(c, i, set)	ex_is_in(c, i, set, \
	sizeof set / sizeof set[0])

/* 1 if the trigger at tr is used as a noun ("the visit", "his trip"). */
int
ex_triggers_noun_use(const struct ex_ctx *c, int tr)
{
	static const enum ex_word det[] = { W_A, W_AN, W_THE, W_HIS, W_HER,
	    W_THEIR, W_ITS, W_THIS, W_THAT, W_FIRST, W_SECOND, W_OFFICIAL,
	    W_STATE, W_RECENT, W_PLANNED, W_UPCOMING, W_NEXT, W_LAST, W_WEEK,
	    W_DAY, W_TWO, W_THREE, W_FOUR, W_FIVE, W_WHOSE, W_FOREIGN,
	    W_OVERSEAS, W_WORKING, W_BRIEF, W_CURRENT, W_PREVIOUS };
	const char *f;

	if (!(c->tok.t[tr].cls & LX_NOUN))
		return 0;
	if (!(c->tok.t[tr].cls & LX_VERB))
		return 1;
	/* a heading: "Visit by the Foreign Minister to Peru" */
	if ((c->tok.t[tr].flags & TF_CAP) && (tr == 0 || (c->tok.t[tr].flags &
	    TF_PARA) || c->tok.t[tr - 1].type == T_PUNCT) &&
	    (ex_is(c, tr + 1, W_BY) || ex_is(c, tr + 1, W_OF)))
		return 1;
	if (tr == 0)
		return 0;
	if (c->tok.t[tr - 1].flags & TF_POSS)
		return 1;
	f = c->tok.fold.data + c->tok.t[tr - 1].fold;
	if (strchr(f, '-') != NULL)	/* "two-day visit" */
		return 1;
	if (EX_IS_IN(c, tr - 1, det))
		return 1;
	/* "the highly successful visit": adjectives between */
	for (int k = tr - 1; k >= 0 && k >= tr - 4; k--) {
		if (c->tok.t[k].type != T_WORD || (c->tok.t[k].flags & TF_CAP))
			break;
		if (ex_is(c, k, W_THE) || ex_is(c, k, W_A) || ex_is(c, k,
		    W_AN) || ex_is(c, k, W_HIS) || ex_is(c, k, W_HER) ||
		    ex_is(c, k, W_THEIR) || (c->tok.t[k].flags & TF_POSS))
			return 1;
		if (c->tok.t[k].cls != 0 && !ex_is(c, k, W_AND))
			break;
	}
	return 0;
}

/*
 * 1 if a span of time or of talks then a place starts at i: "a week in
 * Japan", "three days in Kenya", "talks in Ghana", "the summit at Camp
 * David" ("returned from ...").
 */
int
ex_triggers_stay_in(const struct ex_ctx *c, int i, int s1)
{
	static const enum ex_word lead[] = { W_A, W_AN, W_THE, W_HIS, W_HER,
	    W_THEIR, W_FEW, W_SEVERAL, W_TWO, W_THREE, W_FOUR, W_FIVE, W_SIX,
	    W_SEVEN, W_TEN, W_OF };
	static const enum ex_word unit[] = { W_DAY, W_DAYS, W_WEEK, W_WEEKS,
	    W_NIGHT, W_NIGHTS, W_WEEKEND, W_MONTH, W_MONTHS, W_HOURS, W_TALKS,
	    W_MEETINGS, W_SUMMIT };
	int unit_seen = 0;

	for (int k = i; k < s1 && k < i + 5; k++) {
		int ok = c->tok.t[k].type == T_NUM;

		if (ex_is(c, k, W_IN) || ex_is(c, k, W_AT)) {
			if (!unit_seen || k + 1 >= s1)
				return 0;
			if (ex_is(c, k + 1, W_THE) && k + 2 < s1)
				return c->men.pm[k + 2] >= 0;
			return c->men.pm[k + 1] >= 0;
		}
		for (size_t w = 0; !ok && w < sizeof unit / sizeof unit[0];
		    w++)
			if (ex_is(c, k, unit[w]))
				ok = unit_seen = 1;
		for (size_t w = 0; !ok && w < sizeof lead / sizeof lead[0];
		    w++)
			if (ex_is(c, k, lead[w]))
				ok = 1;
		if (!ok || c->men.pm[k] >= 0)
			return 0;
	}
	return 0;
}

/* A travel word in a headline, where every word may be capitalised. */
int
ex_triggers_title(const struct ex_ctx *c, int i)
{
	int v = c->tok.t[i].arg & 0xff;

	if (!(c->tok.t[i].cls & (LX_VERB | LX_NOUN)))
		return 0;
	return v == V_VISIT || v == V_TRAVEL || v == V_ARRIVE ||
	    v == V_TOUR || v == V_FLY || v == V_HEAD || v == V_LAND ||
	    (v == V_LEAVE && ex_is(c, i + 1, W_FOR));
}

/* "is in Paris", "was, for instance, in Turkey", "is due in Seoul": a
 * form of "be" is travel before "in" or "at" a place. */
static int
ex_trigger_be(const struct ex_ctx *c, int i, int s1)
{
	int k = i + 1;

	/* "was, for instance, in Turkey": an aside */
	if (ex_punct(c, k, ',')) {
		int q = k + 1;

		while (q < s1 && q < k + 5 && c->tok.t[q].type == T_WORD &&
		    c->men.pm[q] < 0 && c->ppl.per[q] < 0)
			q++;
		if (ex_punct(c, q, ',') && q > k + 1)
			k = q + 1;
	}
	/* "is due in Paris", "is expected in Seoul" */
	if (ex_is(c, k, W_DUE) || ex_is(c, k, W_EXPECTED))
		k++;
	if (ex_is(c, k, W_IN) || ex_is(c, k, W_AT))
		return c->men.pm[k + 1 < s1 ? k + 1 : k] >= 0 ||
		    (ex_is(c, k + 1, W_THE) && k + 2 < s1 &&
		    c->men.pm[k + 2] >= 0);
	return 0;
}

/* "will spend next weekend in India", "spent two days in Oman": a stay,
 * when only words of time come before "in" (not "spend money in"). */
static int
ex_trigger_spend(const struct ex_ctx *c, int i, int s1)
{
	static const enum ex_word tw[] = { W_THE, W_A, W_AN, W_HIS,
	    W_HER, W_THEIR, W_NEXT, W_THIS, W_LAST, W_ENTIRE, W_WHOLE,
	    W_FEW, W_SEVERAL, W_TWO, W_THREE, W_FOUR, W_FIVE, W_SIX,
	    W_SEVEN, W_DAY, W_DAYS, W_NIGHT, W_NIGHTS, W_WEEK, W_WEEKS,
	    W_WEEKEND, W_HOURS, W_MORNING, W_AFTERNOON, W_EVENING,
	    W_HOLIDAYS, W_TIME };

	for (int k = i + 1; k < s1 && k < i + 6; k++) {
		int ok = 0;

		if ((ex_is(c, k, W_IN) || ex_is(c, k, W_AT)) &&
		    k > i + 1)
			return k + 1 < s1 && c->men.pm[k + 1] >= 0;
		if (c->tok.t[k].type == T_NUM || (c->tok.t[k].cls &
		    (LX_WEEKDAY | LX_MONTH)))
			ok = 1;
		for (size_t w = 0; !ok && w < sizeof tw / sizeof tw[0];
		    w++)
			if (ex_is(c, k, tw[w]))
				ok = 1;
		if (!ok)
			return 0;
	}
	return 0;
}

/* "returned from X", "returned home from X", "returned Sunday from three
 * days in X", "returned home after a week in X"; not "returned to". */
static int
ex_trigger_return(const struct ex_ctx *c, int i, int s1)
{
	int k = i + 1;

	while (k < s1 && k < i + 4 && (ex_is(c, k, W_HOME) ||
	    ex_is(c, k, W_ON) || (c->tok.t[k].cls & (LX_RELDAY |
	    LX_WEEKDAY))))
		k++;
	/* "returned home on Sunday after three days in X" */
	if (k > i + 1 && ex_is(c, i + 1, W_HOME) && (ex_is(c, k,
	    W_AFTER) || ex_is(c, k, W_FOLLOWING)))
		return k + 1 < s1 && ex_triggers_stay_in(c, k + 1, s1);
	if (!ex_is(c, k, W_FROM) || k + 1 >= s1)
		return 0;
	if (c->men.pm[k + 1] >= 0)
		return 1;
	return ex_triggers_stay_in(c, k + 1, s1);
}

/* "moving on to Japan", not "moved to London in 1970"; "Kohl's Asian
 * tour, marred by disputes, moves today to Seoul": a trip that moves. */
static int
ex_trigger_moves(const struct ex_ctx *c, int i, int s1)
{
	int k = i + 1;

	if (ex_is(c, k, W_ON) && ex_is(c, k + 1, W_TO))
		return 1;
	while (k < s1 && k < i + 4 && (ex_is(c, k, W_ON) ||
	    (c->tok.t[k].cls & (LX_RELDAY | LX_WEEKDAY))))
		k++;
	if (!ex_is(c, k, W_TO))
		return 0;
	for (int q = i - 1; q >= 0 && q >= i - 30; q--) {
		if (ex_punct(c, q, '.') || (c->tok.t[q + 1].flags &
		    TF_PARA))
			break;
		if ((c->tok.t[q].cls & LX_NOUN) && ((c->tok.t[q].arg &
		    0xff) == V_TOUR || (c->tok.t[q].arg & 0xff) ==
		    V_VISIT || (c->tok.t[q].arg & 0xff) == V_TRAVEL) &&
		    q > 0 && (c->tok.t[q - 1].flags & TF_POSS))
			return 1;
		/* "journey", "tour" after an owner and a region */
		if ((c->tok.t[q].cls & LX_NOUN) && ((c->tok.t[q].arg &
		    0xff) == V_TOUR || (c->tok.t[q].arg & 0xff) ==
		    V_VISIT || (c->tok.t[q].arg & 0xff) == V_TRAVEL)) {
			for (int r = q - 1; r >= 0 && r >= q - 4; r--)
				if ((c->tok.t[r].flags & TF_POSS) &&
				    c->ppl.per[r] >= 0)
					return 1;
		}
	}
	return 0;
}

/* Adverbs that may stand between an auxiliary and its verb. */
static const enum ex_word ex_adverbs[] = { W_ACTUALLY, W_ALSO, W_EVEN,
    W_EVENTUALLY, W_FINALLY, W_INDEED, W_PERHAPS, W_POSSIBLY, W_SOON, W_STILL,
    W_THEN };

/*
 * 1 if the verb at i (of travel or meeting, not a noun: the caller's
 * check) is only a readiness, an ability, a permission, a condition or a
 * denied report, no trip: "I am prepared at any time to go to X", "is
 * ready to travel to X", "could travel to X", "might visit X", "to allow
 * him to attend", "if he visits X", "asked whether she would go to X",
 * "would visit X if invited", "denied a report that he will visit X".
 */
static int
ex_trigger_hypothetical(const struct ex_ctx *c, int i, int s1)
{
	static const enum ex_word ready[] = { W_PREPARED, W_READINESS, W_READY,
	    W_WILLING, W_WILLINGNESS };
	static const enum ex_word cond[] = { W_IF, W_UNLESS, W_WHETHER };
	static const enum ex_word maybe[] = { W_COULD, W_MIGHT };
	static const enum ex_word allow[] = { W_ALLOW, W_ALLOWED, W_ALLOWING,
	    W_ALLOWS, W_PERMIT, W_PERMITS, W_PERMITTED, W_PERMITTING };
	static const enum ex_word deny[] = { W_DENIED, W_DENIES, W_DENY,
	    W_DENYING, W_DISMISSED, W_REJECTED };
	static const enum ex_word obj[] = { W_HER, W_HIM, W_THEM };
	int k = i - 1;

	while (k > 0 && EX_IS_IN(c, k, ex_adverbs))
		k--;
	if (EX_IS_IN(c, k, maybe))
		return 1;
	/* "to allow him to attend": a permission */
	if (ex_is(c, k, W_TO) && k >= 2 && (EX_IS_IN(c, k - 1, obj) ||
	    c->ppl.per[k - 1] >= 0)) {
		int q = k - 1;

		while (q > 0 && c->ppl.per[q] >= 0 && c->ppl.per[q - 1] ==
		    c->ppl.per[q])
			q--;
		if (EX_IS_IN(c, q - 1, allow))
			return 1;
	}
	/* "prepared (at any time) to go" */
	if (ex_is(c, k, W_TO))
		for (int q = k - 1; q >= 0 && q >= k - 5; q--) {
			if (c->tok.t[q].type != T_WORD ||
			    (c->tok.t[q + 1].flags & TF_PARA))
				break;
			if (EX_IS_IN(c, q, ready))
				return 1;
		}
	/* "would visit X if invited": a condition after it */
	if (ex_is(c, k, W_WOULD))
		for (int q = i + 1; q < s1 && q <= i + 12; q++) {
			if (ex_punct(c, q, ';') || ex_punct(c, q, '.'))
				break;
			if (EX_IS_IN(c, q, cond))
				return 1;
		}
	/* "if he visits X", "whether she would go to X": the verb of
	 * a clause of condition (a comma closes such a clause) */
	for (int q = i - 1; q >= 0 && q >= i - 12; q--) {
		if (c->tok.t[q].type == T_PUNCT || (c->tok.t[q + 1].flags &
		    TF_PARA))
			break;
		if (EX_IS_IN(c, q, cond))
			return 1;
		/* "denied a report that he will visit X" */
		if (ex_is(c, q, W_THAT))
			for (int r = q - 1; r >= 0 && r >= q - 4; r--)
				if (EX_IS_IN(c, r, deny))
					return 1;
	}
	return 0;
}

/*
 * 1 if the subject of the motion verb at i (a verb) is goods, forces or
 * a crowd, not an official: "all foreign forces to leave Libya", "troops will
 * leave soon", "allow grain to leave Ukraine", "the people who are going
 * to go stay in X", "diplomats to return to Kyiv".  The subject is the
 * word before the verb's auxiliaries, infinitive marker and relative
 * pronoun.
 */
static int
ex_trigger_thing_moves(const struct ex_ctx *c, int i)
{
	static const enum ex_word aux[] = { W_ALL, W_ALREADY, W_ARE, W_BE,
	    W_BEEN, W_BEING, W_CAN, W_CONTINUE, W_CONTINUED, W_COULD, W_GOING,
	    W_HAD, W_HAS, W_HAVE, W_IS, W_MAY, W_MIGHT, W_MUST, W_NOT, W_NOW,
	    W_SAFELY, W_SHALL, W_SHOULD, W_THAT, W_TO, W_WAS, W_WERE, W_WHICH,
	    W_WHO, W_WILL, W_WOULD };
	static const enum ex_word things[] = { W_AID, W_AIRCRAFT, W_APPLICANTS,
	    W_ARMS, W_ASSISTANCE, W_CAPITAL, W_CARGO, W_CHILDREN, W_CITIZENS,
	    W_CIVILIANS, W_DIPLOMATS, W_EVACUEES, W_EXPORTS, W_FAMILIES,
	    W_FIGHTERS, W_FLIGHTS, W_FOOD, W_FORCES, W_FUNDS, W_GAS, W_GOODS,
	    W_GRAIN, W_IMPORTS, W_INVESTMENT, W_MERCENARIES, W_MIGRANTS,
	    W_MILITANTS, W_MONEY, W_NATIONALS, W_OIL, W_PEOPLE, W_PERSONNEL,
	    W_PLANES, W_PRODUCTS, W_REFUGEES, W_RESIDENTS, W_SHIPS,
	    W_SHIPMENTS, W_SOLDIERS, W_STAFF, W_STUDENTS, W_TERRORISTS,
	    W_TOURISTS, W_TROOPS, W_VESSELS, W_WEAPONS, W_WHEAT, W_WORKERS };
	int v = c->tok.t[i].arg & 0xff, k = i - 1;

	if (!(v == V_LEAVE || v == V_GO || v == V_HEAD || v == V_COME ||
	    v == V_ARRIVE || v == V_RETURN || v == V_FLY || v == V_TRAVEL ||
	    v == V_LAND))
		return 0;
	/* "pushes people to leave home to go to X or to go to Y": an
	 * infinitive after one whose subject is goods or a crowd shares it */
	if (ex_is(c, i - 1, W_TO))
		for (int q = i - 2; q >= 0 && q >= i - 16; q--) {
			if (c->ppl.per[q] >= 0 || ex_punct(c, q, ';') ||
			    ex_punct(c, q, '.') || (c->tok.t[q + 1].flags &
			    TF_PARA))
				break;
			if ((c->tok.t[q].cls & LX_VERB) && ex_is(c, q - 1,
			    W_TO))
				return ex_trigger_thing_moves(c, q);
		}
	while (k >= 0 && k >= i - 7 && (EX_IS_IN(c, k, aux) ||
	    EX_IS_IN(c, k, ex_adverbs)) && !(c->tok.t[k + 1].flags &
	    TF_PARA))
		k--;
	if (k < 0 || (c->tok.t[k + 1].flags & TF_PARA) ||
	    c->ppl.per[k] >= 0 || !EX_IS_IN(c, k, things))
		return 0;
	/* "the minister and her staff will leave for": a person leads */
	for (int q = k - 1; q > 0 && q >= k - 3; q--) {
		if (ex_is(c, q, W_AND) || ex_is(c, q, W_WITH))
			return c->ppl.per[q - 1] < 0;
		if (!ex_is(c, q, W_HIS) && !ex_is(c, q, W_HER) &&
		    !ex_is(c, q, W_THEIR))
			break;
	}
	return 1;
}

/*
 * 1 if the trip noun at i is the motion of goods, forces or crowds: "the
 * departure from Afghanistan of 803 citizens", "the arrival of refugees
 * in X", "the first commercial flight from X", "an evacuation flight",
 * "today's flight between X and Y" (a service, not someone's trip).
 */
static int
ex_trigger_thing_noun(const struct ex_ctx *c, int i, int s1)
{
	static const enum ex_word kind[] = { W_CARGO, W_CHARTER, W_COMMERCIAL,
	    W_DAILY, W_DIRECT, W_EVACUATION, W_NONSTOP, W_PASSENGER, W_RELIEF,
	    W_REPATRIATION, W_WEEKLY };
	static const enum ex_word things[] = { W_AID, W_CITIZENS, W_CIVILIANS,
	    W_EVACUEES, W_FAMILIES, W_FORCES, W_GOODS, W_GRAIN, W_MIGRANTS,
	    W_NATIONALS, W_PEOPLE, W_REFUGEES, W_RESIDENTS, W_SOLDIERS,
	    W_TROOPS, W_WORKERS };
	int k = i - 1;

	/* a flight as a service: "today's flight between X and Y", "the
	 * first commercial flight from X" */
	if (ex_is(c, i, W_FLIGHT) && (ex_is(c, i + 1, W_BETWEEN) ||
	    ((c->tok.t[k].flags & TF_POSS) && (c->tok.t[k].cls &
	    (LX_RELDAY | LX_WEEKDAY)))))
		return 1;
	while (k > 0 && (ex_is(c, k, W_FIRST) || ex_is(c, k, W_LAST)))
		k--;
	if (EX_IS_IN(c, k, kind))
		return 1;
	/* "of" and the movers within the noun phrase after */
	for (k = i + 1; k < s1 && k < i + 8; k++) {
		if (c->tok.t[k].type == T_PUNCT || (c->tok.t[k].cls &
		    (LX_VERB | LX_BREAK)) || c->ppl.per[k] >= 0)
			return 0;
		if (ex_is(c, k, W_OF))
			break;
	}
	if (!ex_is(c, k, W_OF))
		return 0;
	for (int q = k + 1; q < s1 && q < k + 6; q++) {
		if (c->tok.t[q].type == T_PUNCT || c->ppl.per[q] >= 0)
			return 0;
		if (EX_IS_IN(c, q, things))
			return 1;
	}
	return 0;
}

/*
 * 1 if the visit or tour verb at i is in a relative clause whose object
 * went before it and no place comes after: "the last lab that I toured
 * was at the university", "the exhibit that I toured shows": what was
 * toured is named, not a destination.
 */
static int
ex_trigger_toured_object(const struct ex_ctx *c, int i, int s1)
{
	static const enum ex_word rel[] = { W_THAT, W_WHICH };
	static const enum ex_word subj[] = { W_HE, W_I, W_SHE, W_THEY, W_WE,
	    W_YOU };
	int v = c->tok.t[i].arg & 0xff, k = i - 1;

	if (i < 3 || (v != V_TOUR && v != V_VISIT) || i + 1 >= s1)
		return 0;
	while (k > 1 && EX_IS_IN(c, k, ex_adverbs))
		k--;
	if (!EX_IS_IN(c, k, subj) && c->ppl.per[k] < 0)
		return 0;
	while (k > 0 && c->ppl.per[k] >= 0 && c->ppl.per[k - 1] ==
	    c->ppl.per[k])
		k--;
	if (!EX_IS_IN(c, k - 1, rel))
		return 0;
	return c->men.pm[i + 1] < 0 && !ex_is(c, i + 1, W_IN) &&
	    !ex_is(c, i + 1, W_TO) && !ex_is(c, i + 1, W_AT) &&
	    !ex_is(c, i + 1, W_THE);
}

/*
 * 1 if the travel word at i reports a trip: a travel word (ex_triggers_is)
 * that is not a readiness, ability or condition, not the motion of goods,
 * forces or crowds, not a relative clause whose object is a thing.
 */
static int
ex_trigger_asserted(const struct ex_ctx *c, int i, int s1)
{
	/* the three read a verb; a trip noun may be the goods' */
	if (!(c->tok.t[i].cls & LX_VERB) || ex_triggers_noun_use(c, i))
		return !ex_trigger_thing_noun(c, i, s1);
	return !ex_trigger_hypothetical(c, i, s1) &&
	    !ex_trigger_thing_moves(c, i) &&
	    !ex_trigger_toured_object(c, i, s1);
}

static int	ex_trigger_word(const struct ex_ctx *, int, int);

int
ex_triggers_is(const struct ex_ctx *c, int i, int s1)
{
	return ex_trigger_word(c, i, s1) && ex_trigger_asserted(c, i, s1);
}

static int
ex_trigger_word(const struct ex_ctx *c, int i, int s1)
{
	static const enum ex_word move[] = { W_MOVE, W_MOVED, W_MOVES,
	    W_MOVING };
	const struct ex_tok *t = &c->tok.t[i];
	int v = t->arg & 0xff;

	if (!(t->cls & (LX_VERB | LX_NOUN)))
		return 0;
	/* "lead a delegation to X", not "the delegation in Geneva" */
	if (ex_is(c, i, W_DELEGATION) || ex_is(c, i, W_TEAM))
		return ex_is(c, i + 1, W_TO) && !(c->tok.t[i].flags & TF_CAP);
	if ((t->flags & TF_CAP) && i > 0 && !(t->flags & TF_PARA) &&
	    !ex_punct(c, i - 1, '.') && !ex_punct(c, i - 1, '"') &&
	    !(ex_punct(c, i - 1, ')') && ex_triggers_noun_use(c, i)) &&
	    /* a heading: "Under Secretary X Travels to India", "Deputy
	     * Secretary X's Travel to Peru" */
	    !(c->ppl.per[i - 1] >= 0 && ex_is(c, i + 1, W_TO) &&
	    !(c->tok.t[i + 1].flags & TF_CAP)))
		return 0;	/* "Deputy Chief of Mission", "State Visit" */
	/* "the head of state", "a stop": a verb-only word after a
	 * determiner is a noun */
	if (!(t->cls & LX_NOUN) && i > 0 && (ex_is(c, i - 1, W_THE) ||
	    ex_is(c, i - 1, W_A) || ex_is(c, i - 1, W_AN) ||
	    ex_is(c, i - 1, W_ITS) || ex_is(c, i - 1, W_THEIR)) &&
	    v != V_STOP)
		return 0;
	/* "visa-free travel to China", "air travel": the mass noun is no
	 * trip unless it is someone's ("his travel to") */
	if (ex_is(c, i, W_TRAVEL) && i > 0 && ex_triggers_noun_use(c, i) &&
	    !(c->tok.t[i - 1].flags & TF_POSS) && !ex_is(c, i - 1, W_HIS) &&
	    !ex_is(c, i - 1, W_HER) && !ex_is(c, i - 1, W_THEIR))
		return 0;
	if (v == V_BE)
		return ex_trigger_be(c, i, s1);
	if (v == V_SPEND)
		return ex_trigger_spend(c, i, s1);
	if (v == V_RETURN)
		return ex_trigger_return(c, i, s1);
	if (v == V_COME || v == V_GO)	/* "then go on to Spain" */
		return ex_is(c, i + 1, W_TO) || ex_is(c, i + 1, W_HERE) ||
		    (ex_is(c, i + 1, W_ON) && ex_is(c, i + 2, W_TO));
	if (ex_is(c, i, W_MISSION)) {	/* "diplomatic mission in X" */
		if (ex_is(c, i + 1, W_TO))
			return 1;
		for (int k = i - 1; k >= 0 && k >= i - 3; k--)
			if ((c->tok.t[k].flags & TF_POSS) &&
			    c->ppl.per[k] >= 0)
				return 1;	/* "Howe's main mission in" */
		return 0;
	}
	/* "its journey of development", "a trip of a lifetime": a trip
	 * noun owned by a thing or followed by "of" and a common word */
	if ((t->cls & LX_NOUN) && !(t->cls & LX_VERB) && (ex_is(c, i - 1,
	    W_ITS) || (ex_is(c, i + 1, W_OF) && i + 2 < s1 &&
	    c->tok.t[i + 2].type == T_WORD &&
	    !(c->tok.t[i + 2].flags & TF_CAP) &&
	    c->men.pm[i + 2] < 0 && !ex_is(c, i + 2, W_THE))))
		return 0;
	if (v == V_CONTINUE && EX_IS_IN(c, i, move))
		return ex_trigger_moves(c, i, s1);
	if (v == V_CONTINUE)	/* "continue on to", not "continued talks" */
		return ex_is(c, i + 1, W_TO) || (ex_is(c, i + 1, W_ON) &&
		    ex_is(c, i + 2, W_TO));
	if (v == V_STOP && ex_is(c, i + 1, W_THE))
		return 0;
	return 1;
}

/*
 * 1 if token i is a verb of being somewhere in person without a travel or
 * meeting word: "was speaking in Tanzania", "will address the conference
 * in Munich", "told reporters in Kuala Lumpur", "signed the accord in
 * Hanoi", "took part in talks in Oslo", "laid a wreath at", "held a news
 * conference in Ankara", "said in a speech in Berlin", "joined
 * counterparts at a gathering in Istanbul".  The place is the
 * caller's to find after it.
 */
int
ex_triggers_presence_verb(const struct ex_ctx *c, int i)
{
	static const enum ex_word address[] = { W_ADDRESS, W_ADDRESSED,
	    W_ADDRESSES, W_ADDRESSING };
	static const enum ex_word speak[] = { W_SIGN, W_SIGNED, W_SIGNING,
	    W_SIGNS, W_SPEAK, W_SPEAKING, W_SPEAKS, W_SPOKE };
	static const enum ex_word tell[] = { W_TELLING, W_TELL, W_TELLS,
	    W_TOLD };
	static const enum ex_word audience[] = { W_JOURNALISTS, W_NEWSMEN,
	    W_REPORTERS };
	static const enum ex_word partake[] = { W_TAKE, W_TAKES, W_TAKING,
	    W_TOOK };
	static const enum ex_word give[] = { W_GAVE, W_GIVE, W_GIVES,
	    W_GIVING };
	static const enum ex_word hold[] = { W_HELD, W_HOLD, W_HOLDING,
	    W_HOLDS };
	static const enum ex_word lay[] = { W_LAID, W_LAY, W_LAYING, W_LAYS };
	static const enum ex_word join[] = { W_JOIN, W_JOINED, W_JOINING,
	    W_JOINS };
	static const enum ex_word talk[] = { W_ADDRESS, W_LECTURE, W_SPEECH };
	const struct ex_tok *t = &c->tok.t[i];
	int k = i + 1, verb = 0;

	/* capitalised only where a sentence starts: "Speaking in X, ..." */
	if (!(t->flags & TF_PHRASE) || ((t->flags & TF_CAP) && i > 0 &&
	    !(t->flags & TF_PARA) && c->tok.t[i - 1].type != T_PUNCT))
		return 0;
	/* by the first letter: most words are none of these */
	switch (ex_fold(c, i)[0]) {
	case 'a':
		/* "will address the conference"; "an address in" is a
		 * noun, unless someone's ("his address at") */
		if (EX_IS_IN(c, i, address))
			return !(ex_is(c, i - 1, W_THE) || ex_is(c, i - 1,
			    W_A) || ex_is(c, i - 1, W_AN));
		break;
	case 's':
		if (EX_IS_IN(c, i, speak))
			return !(ex_is(c, i - 1, W_THE) || ex_is(c, i - 1,
			    W_A) || ex_is(c, i - 1, W_AN));
		break;
	case 't':
		if (EX_IS_IN(c, i, tell)) {
			if (ex_is(c, k, W_A) || ex_is(c, k, W_THE))
				k++;
			return EX_IS_IN(c, k, audience) || ((ex_is(c, k,
			    W_NEWS) || ex_is(c, k, W_PRESS)) &&
			    ex_is(c, k + 1, W_CONFERENCE));
		}
		if (EX_IS_IN(c, i, partake))
			return ex_is(c, i + 1, W_PART) && ex_is(c, i + 2, W_IN);
		return 0;
	case 'g':
		verb = EX_IS_IN(c, i, give);
		break;
	case 'h':
		verb = EX_IS_IN(c, i, hold);
		break;
	case 'd':
		verb = ex_is(c, i, W_DELIVERED);
		break;
	case 'j':
		/* "joined counterparts at a gathering in X", not "joined
		 * by" (a companion) */
		return EX_IS_IN(c, i, join) && !ex_is(c, i + 1, W_BY) &&
		    !ex_is(c, i - 1, W_THE) && !ex_is(c, i - 1, W_A);
	case 'l':
		if (EX_IS_IN(c, i, lay))
			return ex_is(c, i + 1, W_A) && ex_is(c, i + 2,
			    W_WREATH);
		break;
	default:
		return 0;
	}
	/* "gave a speech in", "held a news conference in" */
	if (verb) {
		if (ex_is(c, k, W_A) || ex_is(c, k, W_AN) || ex_is(c, k,
		    W_HIS) || ex_is(c, k, W_HER))
			k++;
		return EX_IS_IN(c, k, talk) || ((ex_is(c, k, W_NEWS) ||
		    ex_is(c, k, W_PRESS)) && ex_is(c, k + 1,
		    W_CONFERENCE));
	}
	/* "said in a speech in Berlin" */
	return i >= 3 && EX_IS_IN(c, i, talk) && (ex_is(c, i - 1, W_A) ||
	    ex_is(c, i - 1, W_AN)) && ex_is(c, i - 2, W_IN) &&
	    (ex_is(c, i - 3, W_SAID) || ex_is(c, i - 3, W_SAYS));
}

/*
 * 1 if the meeting word at i is a verb of the clause ("met", "will hold
 * talks"), not a noun in passing ("during GATT talks in Geneva"), nor only
 * a readiness, a permission or a condition ("could meet", "if they meet").
 */
int
ex_triggers_meet_verb(const struct ex_ctx *c, int s0, int i)
{
	static const enum ex_word verbs[] = { W_HOLD, W_HOLDS, W_HELD,
	    W_HOLDING,
	    W_HAD, W_HAS, W_HAVE, W_OPENED, W_OPENS, W_BEGAN, W_BEGINS,
	    W_START, W_STARTED, W_STARTS, W_CONTINUED };
	int w;

	/* "could meet", "to allow him to attend": no meeting held */
	if (!(c->tok.t[i].cls & LX_NOUN) && ex_trigger_hypothetical(c, i,
	    c->tok.nt))
		return 0;
	if (!ex_is(c, i, W_TALKS) && !ex_is(c, i, W_MEETING) &&
	    !ex_is(c, i, W_MEETINGS))
		return 1;
	/* "took part in talks in Oslo", "participated in the meeting" */
	if (i >= 2 && ex_is(c, i - 1, W_IN) && (ex_is(c, i - 2, W_PART) ||
	    (c->tok.t[i - 2].cls & LX_MEET)))
		return 1;
	if (i >= 3 && ex_is(c, i - 1, W_THE) && ex_is(c, i - 2, W_IN) &&
	    (ex_is(c, i - 3, W_PART) || (c->tok.t[i - 3].cls & LX_MEET)))
		return 1;
	/* "at the meeting in Geneva", "during talks in Beijing": the
	 * clause's subject is there */
	if ((ex_is(c, i - 1, W_THE) && (ex_is(c, i - 2, W_AT) ||
	    ex_is(c, i - 2, W_DURING))) || ex_is(c, i - 1, W_DURING))
		return 1;
	/* "Uno's planned Dec. 19-21 meeting in Tokyo with X": a meeting
	 * of someone's, with only its date and words of plan before */
	for (int k = i - 1; k >= s0 && k >= i - 7; k--) {
		if ((c->tok.t[k].flags & TF_POSS) && c->ppl.per[k] >= 0)
			return 1;
		if (!((c->tok.t[k].cls & (LX_MONTH | LX_FUT | LX_TIMEMOD)) ||
		    c->tok.t[k].type == T_NUM || ex_punct(c, k, '-') ||
		    ex_is(c, k, W_SCHEDULED) || ex_is(c, k, W_NEXT) ||
		    ex_is(c, k, W_FIRST)))
			break;
	}
	/* "began three days of talks", "held two rounds of talks": the
	 * verb is further back, past a measure; "held the first of five
	 * planned sessions" */
	w = 3;
	for (int k = i - 1; k > s0 && k >= i - 5; k--)
		if (ex_is(c, k, W_OF) && (ex_is(c, k - 1, W_FIRST) ||
		    ex_is(c, k - 1, W_SECOND) || ex_is(c, k - 1, W_LAST) ||
		    ex_is(c, k - 1, W_THIRD)))
			w = i - k + 3;
	if (ex_is(c, i - 1, W_OF) && (ex_is(c, i - 2, W_DAYS) ||
	    ex_is(c, i - 2, W_ROUNDS) || ex_is(c, i - 2, W_HOURS) ||
	    ex_is(c, i - 2, W_DAY) || ex_is(c, i - 2, W_ROUND)))
		w = 5;
	for (int k = i - 1; k >= s0 && k >= i - w; k--)
		for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++)
			if (ex_is(c, k, verbs[v]))
				return 1;
	/* "in Tokyo for talks", "in Tokyo for two days of talks": a stay
	 * for the talks */
	if (ex_is(c, i - 1, W_FOR) || (w == 5 && ex_is(c, i - 4, W_FOR)) ||
	    (w == 5 && ex_is(c, i - 5, W_FOR)))
		return 1;
	return 0;
}
