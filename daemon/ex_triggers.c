/*
 * ex_triggers: travel words in context.
 *
 * Input: c->t (tokens and lexicon classes).  Output: predicates: is token
 * i a travel trigger ("visit", "arrived", "trip to"), used as a noun, a
 * stay ("a three-day stay in"), a meeting verb.  Reads nothing but
 * tokens.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_triggers.h"

/* 1 if the trigger at tr is used as a noun ("the visit", "his trip"). */
int
ex_triggers_noun_use(const struct ex_ctx *c, int tr)
{
	static const char *const det[] = { "a", "an", "the", "his", "her", "their",
	    "its", "this", "that", "first", "second", "official", "state",
	    "recent", "planned", "upcoming", "next", "last", "week",
	    "day", "two", "three", "four", "five", "whose", "foreign",
	    "overseas", "working", "brief", "current", "previous" };
	const char *f;

	if (!(c->t[tr].cls & LX_NOUN))
		return 0;
	if (!(c->t[tr].cls & LX_VERB))
		return 1;
	/* a heading: "Visit by the Foreign Minister to Peru" */
	if ((c->t[tr].flags & TF_CAP) && (tr == 0 || (c->t[tr].flags &
	    TF_PARA) || c->t[tr - 1].type == T_PUNCT) &&
	    (ex_is(c, tr + 1, "by") || ex_is(c, tr + 1, "of")))
		return 1;
	if (tr == 0)
		return 0;
	if (c->t[tr - 1].flags & TF_POSS)
		return 1;
	f = c->fold.data + c->t[tr - 1].fold;
	if (strchr(f, '-') != NULL)	/* "two-day visit" */
		return 1;
	for (size_t i = 0; i < sizeof det / sizeof det[0]; i++)
		if (strcmp(f, det[i]) == 0)
			return 1;
	/* "the highly successful visit": adjectives between */
	for (int k = tr - 1; k >= 0 && k >= tr - 4; k--) {
		if (c->t[k].type != T_WORD || (c->t[k].flags & TF_CAP))
			break;
		if (ex_is(c, k, "the") || ex_is(c, k, "a") || ex_is(c, k,
		    "an") || ex_is(c, k, "his") || ex_is(c, k, "her") ||
		    ex_is(c, k, "their") || (c->t[k].flags & TF_POSS))
			return 1;
		if (c->t[k].cls != 0 && !ex_is(c, k, "and"))
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
	static const char *const lead[] = { "a", "an", "the", "his", "her",
	    "their", "few", "several", "two", "three", "four", "five", "six",
	    "seven", "ten", "of" };
	static const char *const unit[] = { "day", "days", "week", "weeks",
	    "night", "nights", "weekend", "month", "months", "hours", "talks",
	    "meetings", "summit" };
	int unit_seen = 0;

	for (int k = i; k < s1 && k < i + 5; k++) {
		int ok = c->t[k].type == T_NUM;

		if (ex_is(c, k, "in") || ex_is(c, k, "at")) {
			if (!unit_seen || k + 1 >= s1)
				return 0;
			if (ex_is(c, k + 1, "the") && k + 2 < s1)
				return c->t[k + 2].pm >= 0;
			return c->t[k + 1].pm >= 0;
		}
		for (size_t w = 0; !ok && w < sizeof unit / sizeof unit[0];
		    w++)
			if (ex_is(c, k, unit[w]))
				ok = unit_seen = 1;
		for (size_t w = 0; !ok && w < sizeof lead / sizeof lead[0];
		    w++)
			if (ex_is(c, k, lead[w]))
				ok = 1;
		if (!ok || c->t[k].pm >= 0)
			return 0;
	}
	return 0;
}

/* A travel word in a headline, where every word may be capitalised. */
int
ex_triggers_title(const struct ex_ctx *c, int i)
{
	int v = c->t[i].arg & 0xff;

	if (!(c->t[i].cls & (LX_VERB | LX_NOUN)))
		return 0;
	return v == V_VISIT || v == V_TRAVEL || v == V_ARRIVE ||
	    v == V_TOUR || v == V_FLY || v == V_HEAD || v == V_LAND ||
	    (v == V_LEAVE && ex_is(c, i + 1, "for"));
}

int
ex_triggers_is(const struct ex_ctx *c, int i, int s1)
{
	const struct ex_tok *t = &c->t[i];
	int v = t->arg & 0xff;

	if (!(t->cls & (LX_VERB | LX_NOUN)))
		return 0;
	/* "lead a delegation to X", not "the delegation in Geneva" */
	if (ex_is(c, i, "delegation") || ex_is(c, i, "team"))
		return ex_is(c, i + 1, "to") && !(c->t[i].flags & TF_CAP);
	if ((t->flags & TF_CAP) && i > 0 && !(t->flags & TF_PARA) &&
	    !ex_punct(c, i - 1, '.') && !ex_punct(c, i - 1, '"') &&
	    !(ex_punct(c, i - 1, ')') && ex_triggers_noun_use(c, i)) &&
	    /* a heading: "Under Secretary X Travels to India", "Deputy
	     * Secretary X's Travel to Peru" */
	    !(c->t[i - 1].per >= 0 && ex_is(c, i + 1, "to") &&
	    !(c->t[i + 1].flags & TF_CAP)))
		return 0;	/* "Deputy Chief of Mission", "State Visit" */
	/* "the head of state", "a stop": a verb-only word after a
	 * determiner is a noun */
	if (!(t->cls & LX_NOUN) && i > 0 && (ex_is(c, i - 1, "the") ||
	    ex_is(c, i - 1, "a") || ex_is(c, i - 1, "an") ||
	    ex_is(c, i - 1, "its") || ex_is(c, i - 1, "their")) &&
	    v != V_STOP)
		return 0;
	/* "visa-free travel to China", "air travel": the mass noun is no
	 * trip unless it is someone's ("his travel to") */
	if (ex_is(c, i, "travel") && i > 0 && ex_triggers_noun_use(c, i) &&
	    !(c->t[i - 1].flags & TF_POSS) && !ex_is(c, i - 1, "his") &&
	    !ex_is(c, i - 1, "her") && !ex_is(c, i - 1, "their"))
		return 0;
	if (v == V_BE) {
		int k = i + 1;

		/* "was, for instance, in Turkey": an aside */
		if (ex_punct(c, k, ',')) {
			int q = k + 1;

			while (q < s1 && q < k + 5 && c->t[q].type == T_WORD &&
			    c->t[q].pm < 0 && c->t[q].per < 0)
				q++;
			if (ex_punct(c, q, ',') && q > k + 1)
				k = q + 1;
		}
		/* "is due in Paris", "is expected in Seoul" */
		if (ex_is(c, k, "due") || ex_is(c, k, "expected"))
			k++;
		if (ex_is(c, k, "in") || ex_is(c, k, "at"))
			return c->t[k + 1 < s1 ? k + 1 : k].pm >= 0 ||
			    (ex_is(c, k + 1, "the") && k + 2 < s1 &&
			    c->t[k + 2].pm >= 0);
		return 0;
	}
	/* "will spend next weekend in India", "spent two days in Oman":
	 * a stay, when only words of time come before "in" (not "spend
	 * money in") */
	if (v == V_SPEND) {
		static const char *const tw[] = { "the", "a", "an", "his",
		    "her", "their", "next", "this", "last", "entire", "whole",
		    "few", "several", "two", "three", "four", "five", "six",
		    "seven", "day", "days", "night", "nights", "week", "weeks",
		    "weekend", "hours", "morning", "afternoon", "evening",
		    "holidays", "time" };

		for (int k = i + 1; k < s1 && k < i + 6; k++) {
			int ok = 0;

			if ((ex_is(c, k, "in") || ex_is(c, k, "at")) &&
			    k > i + 1)
				return k + 1 < s1 && c->t[k + 1].pm >= 0;
			if (c->t[k].type == T_NUM || (c->t[k].cls &
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
	/* "returned from X", "returned home from X", "returned Sunday
	 * from three days in X", "returned home after a week in X"; not
	 * "returned to" */
	if (v == V_RETURN) {
		int k = i + 1;

		while (k < s1 && k < i + 4 && (ex_is(c, k, "home") ||
		    ex_is(c, k, "on") || (c->t[k].cls & (LX_RELDAY |
		    LX_WEEKDAY))))
			k++;
		/* "returned home on Sunday after three days in X" */
		if (k > i + 1 && ex_is(c, i + 1, "home") && (ex_is(c, k,
		    "after") || ex_is(c, k, "following")))
			return k + 1 < s1 && ex_triggers_stay_in(c, k + 1, s1);
		if (!ex_is(c, k, "from") || k + 1 >= s1)
			return 0;
		if (c->t[k + 1].pm >= 0)
			return 1;
		return ex_triggers_stay_in(c, k + 1, s1);
	}
	if (v == V_COME || v == V_GO)	/* "then go on to Spain" */
		return ex_is(c, i + 1, "to") || ex_is(c, i + 1, "here") ||
		    (ex_is(c, i + 1, "on") && ex_is(c, i + 2, "to"));
	if (ex_is(c, i, "mission")) {	/* "diplomatic mission in X" */
		if (ex_is(c, i + 1, "to"))
			return 1;
		for (int k = i - 1; k >= 0 && k >= i - 3; k--)
			if ((c->t[k].flags & TF_POSS) && c->t[k].per >= 0)
				return 1;	/* "Howe's main mission in" */
		return 0;
	}
	/* "its journey of development", "a trip of a lifetime": a trip
	 * noun owned by a thing or followed by "of" and a common word */
	if ((t->cls & LX_NOUN) && !(t->cls & LX_VERB) && (ex_is(c, i - 1,
	    "its") || (ex_is(c, i + 1, "of") && i + 2 < s1 &&
	    c->t[i + 2].type == T_WORD && !(c->t[i + 2].flags & TF_CAP) &&
	    c->t[i + 2].pm < 0 && !ex_is(c, i + 2, "the"))))
		return 0;
	/* "moving on to Japan", not "moved to London in 1970"; "Kohl's
	 * Asian tour, marred by disputes, moves today to Seoul": a trip
	 * that moves */
	if (v == V_CONTINUE && strncmp(ex_fold(c, i), "mov", 3) == 0) {
		int k = i + 1;

		if (ex_is(c, k, "on") && ex_is(c, k + 1, "to"))
			return 1;
		while (k < s1 && k < i + 4 && (ex_is(c, k, "on") ||
		    (c->t[k].cls & (LX_RELDAY | LX_WEEKDAY))))
			k++;
		if (!ex_is(c, k, "to"))
			return 0;
		for (int q = i - 1; q >= 0 && q >= i - 30; q--) {
			if (ex_punct(c, q, '.') || (c->t[q + 1].flags &
			    TF_PARA))
				break;
			if ((c->t[q].cls & LX_NOUN) && ((c->t[q].arg &
			    0xff) == V_TOUR || (c->t[q].arg & 0xff) ==
			    V_VISIT || (c->t[q].arg & 0xff) == V_TRAVEL) &&
			    q > 0 && (c->t[q - 1].flags & TF_POSS))
				return 1;
			/* "journey", "tour" after an owner and a region */
			if ((c->t[q].cls & LX_NOUN) && ((c->t[q].arg &
			    0xff) == V_TOUR || (c->t[q].arg & 0xff) ==
			    V_VISIT || (c->t[q].arg & 0xff) == V_TRAVEL)) {
				for (int r = q - 1; r >= 0 && r >= q - 4; r--)
					if ((c->t[r].flags & TF_POSS) &&
					    c->t[r].per >= 0)
						return 1;
			}
		}
		return 0;
	}
	if (v == V_CONTINUE)	/* "continue on to", not "continued talks" */
		return ex_is(c, i + 1, "to") || (ex_is(c, i + 1, "on") &&
		    ex_is(c, i + 2, "to"));
	if (v == V_STOP && ex_is(c, i + 1, "the"))
		return 0;
	return 1;
}

/*
 * 1 if the meeting word at i is a verb of the clause ("met", "will hold
 * talks"), not a noun in passing ("during GATT talks in Geneva").
 */
int
ex_triggers_meet_verb(const struct ex_ctx *c, int s0, int i)
{
	static const char *const verbs[] = { "hold", "holds", "held", "holding",
	    "had", "has", "have", "opened", "opens", "began", "begins",
	    "start", "started", "starts", "continued" };
	int w;

	if (!ex_is(c, i, "talks") && !ex_is(c, i, "meeting") &&
	    !ex_is(c, i, "meetings"))
		return 1;
	/* "at the meeting in Geneva", "during talks in Beijing": the
	 * clause's subject is there */
	if ((ex_is(c, i - 1, "the") && (ex_is(c, i - 2, "at") ||
	    ex_is(c, i - 2, "during"))) || ex_is(c, i - 1, "during"))
		return 1;
	/* "Uno's planned Dec. 19-21 meeting in Tokyo with X": a meeting
	 * of someone's, with only its date and words of plan before */
	for (int k = i - 1; k >= s0 && k >= i - 7; k--) {
		if ((c->t[k].flags & TF_POSS) && c->t[k].per >= 0)
			return 1;
		if (!((c->t[k].cls & (LX_MONTH | LX_FUT | LX_TIMEMOD)) ||
		    c->t[k].type == T_NUM || ex_punct(c, k, '-') ||
		    ex_is(c, k, "scheduled") || ex_is(c, k, "next") ||
		    ex_is(c, k, "first")))
			break;
	}
	/* "began three days of talks", "held two rounds of talks": the
	 * verb is further back, past a measure; "held the first of five
	 * planned sessions" */
	w = 3;
	for (int k = i - 1; k > s0 && k >= i - 5; k--)
		if (ex_is(c, k, "of") && (ex_is(c, k - 1, "first") ||
		    ex_is(c, k - 1, "second") || ex_is(c, k - 1, "last") ||
		    ex_is(c, k - 1, "third")))
			w = i - k + 3;
	if (ex_is(c, i - 1, "of") && (ex_is(c, i - 2, "days") ||
	    ex_is(c, i - 2, "rounds") || ex_is(c, i - 2, "hours") ||
	    ex_is(c, i - 2, "day") || ex_is(c, i - 2, "round")))
		w = 5;
	for (int k = i - 1; k >= s0 && k >= i - w; k--)
		for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++)
			if (ex_is(c, k, verbs[v]))
				return 1;
	/* "in Tokyo for talks", "in Tokyo for two days of talks": a stay
	 * for the talks */
	if (ex_is(c, i - 1, "for") || (w == 5 && ex_is(c, i - 4, "for")) ||
	    (w == 5 && ex_is(c, i - 5, "for")))
		return 1;
	return 0;
}
