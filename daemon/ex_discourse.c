/*
 * ex_discourse: who a sentence is about.
 *
 * Input: c->tok, c->ppl (ex_people).  Output: the discourse state c->disc
 * (struct ex_discourse: last subject, speaker, the group "they", "both",
 * "the pair" mean); and the travellers of a trigger (the subject, a
 * pronoun's antecedent, the possessor of "visit", companions).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_discourse.h"
#include "ex_legs.h"
#include "ex_titles.h"
#include "kb.h"
#include "ex_triggers.h"

/*
 * "X arrived in Beijing.  Chinese Foreign Minister Y said ties were
 * strong.  She will fly to Tokyo": a "she" or "the minister" whose
 * nearest candidate per is an official of the country where the
 * article's traveller is (the host, quoted in between) and on no trip of
 * their own means that traveller.  Returns the traveller, else per.
 */
int
ex_discourse_visitor(const struct ex_ctx *c, int per)
{
	const char	*t;
	struct ex_kbm	 m;
	struct ex_time	 x;
	enum leg_status	 st;

	if (per < 0 || c->ppl.p[per].cc[0] == '\0' ||
	    ex_legs_on_trip(c, c->ppl.p[per].name) ||
	    (t = ex_legs_last_traveller(c)) == NULL ||
	    !ex_legs_trip_of(c, t, NULL, &m, &x, &st) ||
	    st == LEG_CANCELLED ||
	    !kb_same_state(c->kb, c->ppl.p[per].cc, m.cc))
		return per;
	for (int q = c->ppl.np - 1; q >= 0; q--)
		if (q != per && c->ppl.p[q].labelled &&
		    strcmp(c->ppl.p[q].name, t) == 0)
			return q;
	return per;
}

static int	ex_common_noun(const struct ex_ctx *, int);
static int	ex_travellers_all(struct ex_ctx *, int, int, int, int *, int);

/* Sentences a "he" or "she" reaches back to the person it means. */
#define EX_PRONOUN_REACH	6

/* 1 if the group "they" and "both" mean was named within reach. */
static int
ex_group_near(const struct ex_ctx *c)
{
	return c->disc.ngroup > 0 && c->disc.sno - c->disc.group_sent <=
	    EX_PRONOUN_REACH;
}

/* 1 if token k is a verb of travel ("travelling", "will travel"), not
 * the noun ("his travel"). */
static int
ex_travel_verb(const struct ex_ctx *c, int k)
{
	if (!(c->tok.t[k].cls & LX_VERB) || (c->tok.t[k].arg & 0xff) !=
	    V_TRAVEL)
		return 0;
	return (c->tok.t[k].arg >> 8) != F_BASE || (k > 0 &&
	    ((c->tok.t[k - 1].cls & LX_FUT) || ex_is(c, k - 1, W_TO)));
}

/* People "joined by" / "accompanied by" / "along with" the travellers. */
int
ex_discourse_companions(const struct ex_ctx *c, int s0, int s1, int *who,
    int n, int max)
{
	for (int k = s0; k + 1 < s1; k++) {
		int q;

		/* "X, travelling with President Y,": Y travels too */
		if (!((ex_is(c, k, W_JOINED) || ex_is(c, k, W_ACCOMPANIED)) &&
		    ex_is(c, k + 1, W_BY)) && !((ex_is(c, k, W_ALONG) ||
		    ex_is(c, k, W_TOGETHER) || ex_travel_verb(c, k)) &&
		    ex_is(c, k + 1, W_WITH)))
			continue;
		for (q = k + 2; q < s1 && n < max; q++) {
			int per = c->ppl.per[q], dup = 0;

			if (c->tok.t[q].cls & (LX_BREAK | LX_VERB | LX_MEET |
			    LX_HOST) || ex_is(c, q, W_WITH))
				break;
			if (c->tok.t[q].type == T_PUNCT &&
			    c->tok.t[q].ch != ',')
				break;
			if (per < 0)
				continue;
			for (int i = 0; i < n; i++)
				if (who[i] == per)
					dup = 1;
			if (!dup)
				who[n++] = per;
			while (q + 1 < s1 && c->ppl.per[q + 1] == per)
				q++;
		}
	}
	return n;
}

/*
 * What "he"/"she" at k refers to: the first labelled person named earlier
 * in the same sentence (its subject), else the last subject.
 */
static int
ex_antecedent(const struct ex_ctx *c, int s0, int k)
{
	/* "decisions taken by X during his visit": the agent near it */
	for (int i = k - 1; i >= s0 && i >= k - 8; i--) {
		int b = i;

		if (ex_punct(c, i, ','))
			break;	/* "proposed by X, during his visit" */
		if (c->ppl.per[i] < 0 || !c->ppl.p[c->ppl.per[i]].labelled)
			continue;
		while (b - 1 >= s0 && c->ppl.per[b - 1] == c->ppl.per[i])
			b--;
		/* not "joined by", "accompanied by": a companion, the
		 * subject's is the trip */
		if (ex_is(c, b - 1, W_BY) && !ex_is(c, b - 2, W_LED) &&
		    !ex_is(c, b - 2, W_HEADED) && !ex_is(c, b - 2,
		    W_JOINED) && !ex_is(c, b - 2, W_ACCOMPANIED))
			return c->ppl.per[i];
		break;
	}
	/* "The Prime Minister postponed his trip": a subject title that
	 * names no one known; not the last person met */
	for (int i = s0; i < k; i++) {
		if (c->ppl.per[i] >= 0)
			break;
		if ((c->tok.t[i].cls & LX_HEAD) &&
		    !(c->tok.t[i].flags & TF_POSS) &&
		    ex_titles_labelled(c, s0, i, i, i + 1))
			return -1;
		if (c->tok.t[i].cls & (LX_VERB | LX_BREAK | LX_MEET))
			break;
	}
	for (int i = s0; i < k; i++)
		if (c->ppl.per[i] >= 0 && c->ppl.p[c->ppl.per[i]].labelled &&
		    !ex_discourse_is_object(c, s0, i)) {
			int first = c->ppl.per[i];

			/* "X said ..., just as Y did not leave Washington
			 * during his visit": the subject of the clause that
			 * holds "his" */
			for (int j = k - 1; j > i; j--) {
				int per = c->ppl.per[j], b = j, clause = 0;

				if (per < 0 || per == first ||
				    !c->ppl.p[per].labelled)
					continue;
				while (b - 1 > i && c->ppl.per[b - 1] == per)
					b--;
				if (ex_discourse_is_object(c, s0, b))
					break;
				/* "X said that Y would have a busy
				 * schedule during his visit": Y's */
				for (int q = i + 1; q < b; q++)
					if (ex_is(c, q, W_AS) ||
					    ex_is(c, q, W_WHILE) ||
					    ex_is(c, q, W_WHEREAS) ||
					    ex_is(c, q, W_BUT) ||
					    ex_is(c, q, W_WHEN) ||
					    ex_is(c, q, W_THAT) ||
					    ex_punct(c, q, ';'))
						clause = 1;
				if (clause && (ex_is(c, b - 1, W_AS) ||
				    ex_is(c, b - 1, W_WHILE) || ex_is(c, b - 1,
				    W_WHEREAS) || ex_is(c, b - 1, W_BUT) ||
				    ex_is(c, b - 1, W_WHEN) || ex_is(c, b - 1,
				    W_THAT) || ex_punct(c,
				    b - 1, ';') || ex_punct(c, b - 1, ',')))
					return per;
				break;
			}
			return first;
		}
	/* "impressed with Thatcher after her trip" */
	for (int i = k - 1; i >= s0; i--)
		if (c->ppl.per[i] >= 0 && c->ppl.p[c->ppl.per[i]].labelled)
			return c->ppl.per[i];
	/* "But when he arrived in Indonesia, he was stripped of his
	 * passport": a "he" paragraphs after the official was last met or
	 * meant is someone else */
	if (c->disc.last_subj >= 0 && c->ppl.p[c->disc.last_subj].last_sent >=
	    0 && c->disc.sno - c->ppl.p[c->disc.last_subj].last_sent >
	    EX_PRONOUN_REACH)
		return -1;
	return ex_discourse_visitor(c, c->disc.last_subj);
}

/* 1 if the person mention ending at k is an object: "met with X". */
int
ex_discourse_is_object(const struct ex_ctx *c, int s0, int k)
{
	int per = c->ppl.per[k], b = k;

	while (b - 1 >= s0 && c->ppl.per[b - 1] == per)
		b--;
	for (int q = b - 1; q >= s0 && q >= b - 3; q--) {
		/* "a mission led by X will visit": X leads it */
		if (ex_is(c, q, W_BY) && (ex_is(c, q - 1, W_LED) ||
		    ex_is(c, q - 1, W_HEADED)))
			return 0;
		if (ex_is(c, q, W_WITH) || ex_is(c, q, W_BY) ||
		    (c->tok.t[q].cls & (LX_MEET | LX_HOST)))
			return 1;
		/* "advisers to President X", "aides for X": a noun's */
		if ((ex_is(c, q, W_TO) || ex_is(c, q, W_FOR)) && q - 1 >= s0 &&
		    ex_common_noun(c, q - 1) && !(c->tok.t[q - 1].cls &
		    LX_NOUN) && !ex_is(c, q - 1, W_INVITATION))
			return 1;
		if (c->tok.t[q].type != T_WORD || c->ppl.per[q] >= 0)
			break;
	}
	/* "talks with Rice and Foreign Minister Downer": the second of
	 * a pair of objects */
	if (b - 2 >= s0 && (ex_is(c, b - 1, W_AND) || ex_punct(c, b - 1,
	    ',')) && c->ppl.per[b - 2] >= 0 && c->ppl.per[b - 2] != per)
		return ex_discourse_is_object(c, s0, b - 2);
	return 0;
}

/*
 * Transcripts: "Mr. X, Minister for Foreign Affairs: I plan to visit ..."
 * opens a paragraph with its speaker, whom "I" and "my" mean until the next
 * speaker line ("Question:", "Ms. Y:").
 */
void
ex_discourse_speaker(struct ex_ctx *c, int s0, int s1)
{
	if (!(c->tok.t[s0].flags & TF_PARA))
		return;
	for (int k = s0 + 1; k < s1 && k < s0 + 16; k++) {
		if (!ex_punct(c, k, ':'))
			continue;
		if (c->tok.t[k - 1].type != T_WORD ||
		    !(c->tok.t[k - 1].flags & TF_CAP))
			return;
		c->disc.speaker = -1;
		for (int q = s0; q < k; q++)
			if (c->ppl.per[q] >= 0 &&
			    c->ppl.p[c->ppl.per[q]].labelled) {
				c->disc.speaker = c->ppl.per[q];
				break;
			}
		return;
	}
}

/* 1 if token k is "I" or "my": the speaker of a transcript. */
static int
ex_first_person(const struct ex_ctx *c, int k)
{
	return c->disc.speaker >= 0 && ((ex_is(c, k, W_I) &&
	    (c->tok.t[k].flags &
	    TF_CAP)) || ex_is(c, k, W_MY));
}

/*
 * 1 if the possessive word at k ("deputy's", "Amir's", "team's") names a
 * traveller of its own: a word for a person or a group, not a time
 * ("Monday's", "last year's", "this week's") nor a place or country
 * ("Japan's"), whose trip is a country's.
 */
static int
ex_possessor_traveller(const struct ex_ctx *c, int k)
{
	static const enum ex_word times[] = { W_DAY, W_DAYS, W_WEEK,
	    W_WEEKS, W_WEEKEND, W_MONTH, W_MONTHS, W_YEAR, W_NIGHT,
	    W_SUMMER };

	if (c->tok.t[k].type != T_WORD || (c->tok.t[k].cls & (LX_WEEKDAY |
	    LX_MONTH | LX_RELDAY | LX_TIMEMOD | LX_PRON_S | LX_PRON_P)))
		return 0;
	for (size_t i = 0; i < sizeof times / sizeof times[0]; i++)
		if (ex_is(c, k, times[i]))
			return 0;
	if (c->men.pmcov[k] >= 0 && c->men.m[c->men.pmcov[k]].kind !=
	    PM_ROLE)
		return 0;
	return 1;
}

/* The people travelling for a trigger at tr in [s0, s1): fills who[]. */
/*
 * The travellers a trigger names itself: the participle's subject after
 * "..., before heading to", the possessor ("X's visit", "his trip", "their
 * tour"), the subject after "During a ... visit,", a transcript's "my
 * visit".  Returns their number (0: the trigger is someone unnamed's), or
 * -1 when the trigger says nothing of its travellers.
 */
static int
ex_travellers_named(struct ex_ctx *c, int s0, int s1, int tr, int *who,
    int max)
{
	int n = 0;

	/* "X will return home to meet Y, before heading to Z": the
	 * participle's subject is the main clause's */
	if ((c->tok.t[tr].cls & LX_VERB) && (c->tok.t[tr].arg >> 8) == F_ING &&
	    tr - 1 > s0 && (ex_is(c, tr - 1, W_BEFORE) || ex_is(c, tr - 1,
	    W_AFTER)) && ex_punct(c, tr - 2, ',')) {
		for (int k = s0; k < tr; k++) {
			if (c->ppl.per[k] < 0)
				continue;
			if ((c->tok.t[k].cls & LX_VERB) ||
			    ex_discourse_is_object(c,
			    s0, k))
				break;
			while (k + 1 < tr &&
			    c->ppl.per[k + 1] == c->ppl.per[k])
				k++;
			if (c->tok.t[k].flags & TF_POSS)
				break;
			who[n++] = c->ppl.per[k];
			return n;
		}
	}
	/* "X met visiting Foreign Minister Y": "visiting" as an adjective
	 * after a meeting word names its traveller, Y */
	if (ex_is(c, tr, W_VISITING) && tr - 1 >= s0 && tr + 1 < s1 &&
	    c->ppl.per[tr + 1] >= 0 && (ex_is(c, tr - 1, W_WITH) ||
	    ex_is(c, tr - 1, W_THE) || (c->tok.t[tr - 1].cls & (LX_MEET |
	    LX_HOST)))) {
		who[n++] = c->ppl.per[tr + 1];
		return n;
	}
	/* "X's visit", "his trip" */
	if (tr - 1 >= s0 && (c->tok.t[tr - 1].flags & TF_POSS) &&
	    c->ppl.per[tr - 1] >= 0) {
		who[n++] = c->ppl.per[tr - 1];
		return n;
	}
	/* "During a White House visit Thursday, X renewed ...": the
	 * subject after the opening phrase's comma */
	if ((c->tok.t[tr].cls & LX_NOUN) && (ex_is(c, s0, W_DURING) ||
	    ex_is(c, s0, W_AFTER)) && tr < s0 + 6) {
		int k = tr + 1;

		while (k < s1 && k < tr + 6 && !ex_punct(c, k, ','))
			k++;
		for (int q = k + 1; ex_punct(c, k, ',') && q < s1 &&
		    q < k + 10; q++) {
			if (c->ppl.per[q] >= 0) {
				if (c->tok.t[q].flags & TF_POSS)
					break;
				while (q + 1 < s1 && c->ppl.per[q + 1] ==
				    c->ppl.per[q])
					q++;
				if (!(c->tok.t[q].flags & TF_POSS) &&
				    c->ppl.p[c->ppl.per[q]].labelled) {
					who[n++] = c->ppl.per[q];
					return n;
				}
				break;
			}
			if (c->tok.t[q].cls & (LX_VERB | LX_BREAK))
				break;
		}
	}
	/* a transcript's "my visit" */
	if (tr - 1 >= s0 && ex_is(c, tr - 1, W_MY) && ex_first_person(c,
	    tr - 1)) {
		who[n++] = c->disc.speaker;
		return n;
	}
	if (tr - 1 >= s0 && (c->tok.t[tr].cls & LX_NOUN)) {
		int k = tr - 1;

		while (k >= s0 && k >= tr - 4 && c->tok.t[k].type == T_WORD &&
		    !(c->tok.t[k].flags & TF_POSS) && !(c->tok.t[k].cls &
		    (LX_PRON_S | LX_PRON_P)) && c->ppl.per[k] < 0)
			k--;
		if (k >= s0 && (c->tok.t[k].flags & TF_POSS) &&
		    c->ppl.per[k] >= 0)
			return who[0] = c->ppl.per[k], 1;
		/* "the President's trip", "the Chancellor's tour" of an
		 * office holder not named here: not the last subject's */
		if (k >= s0 && (c->tok.t[k].flags & TF_POSS) &&
		    (c->tok.t[k].cls & LX_HEAD))
			return 0;
		/* "the deputy's visit", "the Amir's trip", "her team's
		 * visit", "Lavrov's trip" of someone not met as an official:
		 * the possessor travels, no one the article labels; not
		 * "Monday's visit" or "Japan's" (a time, a place) */
		if (k >= s0 && (c->tok.t[k].flags & TF_POSS) &&
		    c->ppl.per[k] < 0 && ex_possessor_traveller(c, k))
			return 0;
		if (k >= s0 && (ex_is(c, k, W_HIS) || ex_is(c, k, W_HER))) {
			int ante = ex_antecedent(c, s0, k);

			if (ante >= 0)
				return who[0] = ante, 1;
		}
		if (k >= s0 && ex_is(c, k, W_THEIR) && c->disc.ngroup > 0) {
			for (int g = 0; g < c->disc.ngroup && n < max; g++)
				who[n++] = c->disc.group[g];
			return n;
		}
	}
	return -1;
}

/*
 * Travellers after a trip noun: "visit by X", "visit of X", "a tour that
 * has taken X to".  Returns their number (0: by someone unnamed), or -1.
 */
static int
ex_travellers_after(const struct ex_ctx *c, int s0, int s1, int tr,
    int *who)
{
	int n = 0;

	/* "visit by X", "visit of X", "trip ... by X" */
	for (int k = tr + 1; k < s1 && k < tr + 40 && ex_triggers_noun_use(c,
	    tr) &&
	    !(k > tr + 1 && ex_triggers_is(c, k, s1)); k++) {
		/* "a visit to X at the invitation of Y": Y is the host */
		if ((ex_is(c, k, W_BY) || ex_is(c, k, W_OF)) && k + 1 < s1 &&
		    !ex_is(c, k - 1, W_INVITATION) &&
		    !ex_is(c, k - 1, W_BEHEST) &&
		    !ex_is(c, k - 1, W_JOINED) &&
		    !ex_is(c, k - 1, W_ACCOMPANIED)) {
			int q = k + 1;

			while (q < s1 && q < k + 8 && c->ppl.per[q] < 0 &&
			    c->tok.t[q].type == T_WORD && !(c->tok.t[q].cls &
			    LX_BREAK)) {
				/* "a visit by a Ukrainian minister", "the
				 * visit of President of Rwanda": by someone
				 * unnamed */
				if (c->tok.t[q].cls & LX_HEAD)
					return 0;
				q++;
			}
			if (q < s1 && c->ppl.per[q] >= 0 &&
			    (c->tok.t[tr].cls &
			    LX_NOUN)) {
				who[n++] = c->ppl.per[q];
				return n;
			}
		}
		if (c->tok.t[k].cls & LX_BREAK)
			break;
	}
	/* "a tour that has taken X to": someone between noun and place */
	if (ex_triggers_noun_use(c, tr)) {
		for (int k = tr + 1; k < s1 && k < tr + 8; k++) {
			/* "the first visit that a U.S. president made to
			 * Colombia": someone unnamed */
			if ((ex_is(c, k, W_A) || ex_is(c, k, W_AN)) &&
			    k > tr + 1 && (ex_is(c, k - 1, W_THAT) ||
			    ex_is(c, k - 1, W_WHICH) || ex_is(c, k - 1,
			    W_BY))) {
				int q = k + 1;

				while (q < s1 && q < k + 6 &&
				    !(c->tok.t[q].cls & LX_HEAD) &&
				    (c->men.pmcov[q] >= 0 || (c->tok.t[q].cls &
				    LX_MOD) || ex_punct(c, q, '.') ||
				    !(c->tok.t[q].flags & TF_CAP)) &&
				    c->tok.t[q].type != T_NUM &&
				    !(c->tok.t[q].cls & (LX_VERB | LX_BREAK)))
					q++;
				if (q < s1 && (c->tok.t[q].cls & LX_HEAD) &&
				    c->ppl.per[q] < 0)
					return 0;
			}
			if (c->men.pm[k] >= 0 || (c->tok.t[k].cls & LX_BREAK))
				break;
			if (c->ppl.per[k] >= 0 &&
			    c->ppl.p[c->ppl.per[k]].labelled &&
			    !ex_is(c, k - 1, W_WITH)) {
				int found = 0;

				for (int q = tr - 1; q >= s0; q--)
					if (c->ppl.per[q] >= 0 &&
					    !ex_discourse_is_object(c, s0, q))
						found = 1;
				if (!found) {
					who[n++] = c->ppl.per[k];
					return n;
				}
				break;
			}
		}
	}
	return -1;
}

/* The last token of "X" in "X of Chile" when token b ends the country,
 * else -1. */
static int
ex_of_country_person(const struct ex_ctx *c, int s0, int b)
{
	const struct ex_kbm *m;

	if (b < s0 || c->men.pmcov[b] < 0 || c->ppl.per[b] >= 0)
		return -1;
	m = &c->men.m[c->men.pmcov[b]];
	if (m->kind != PM_COUNTRY || m->t1 != b + 1 || m->t0 - 2 < s0 ||
	    !ex_is(c, m->t0 - 1, W_OF) || c->ppl.per[m->t0 - 2] < 0)
		return -1;
	return m->t0 - 2;
}

/*
 * The subject: the people before the trigger in its clause, joined by
 * "and" or commas, pronouns through their antecedent or the group, a
 * transcript's "I".  Appends to who[n..max); returns the new n.
 */
static int
ex_travellers_subject(struct ex_ctx *c, int s0, int tr, int *who, int n,
    int max)
{
	int k = tr - 1, last = -1;

	while (k >= s0) {
		/* a transcript's "I plan to visit" */
		if (n == 0 && ex_is(c, k, W_I) && ex_first_person(c,
		    k)) {
			who[n++] = c->disc.speaker;
			break;
		}
		if (c->ppl.per[k] >= 0 && c->ppl.per[k] != last &&
		    ex_discourse_is_object(c, s0, k)) {
			int per = c->ppl.per[k];

			while (k >= s0 && c->ppl.per[k] == per)
				k--;
			continue;
		}
		if (c->ppl.per[k] >= 0 && c->ppl.per[k] != last) {
			int per = c->ppl.per[k], dup = 0;

			/* skip hosts: "X hosted", object of "with" */
			for (int q = 0; q < n; q++)
				if (who[q] == per)
					dup = 1;
			if (!dup && n < max)
				who[n++] = per;
			last = per;
			/* only people joined by "and", past an
			 * unmatched title: "X and top (US) diplomat Y" */
			k--;
			while (k >= s0 && c->ppl.per[k] == per)
				k--;
			/* "X said ... and that Y would visit": Y
			 * opens a reported clause, X is no traveller */
			if (k >= s0 && ex_is(c, k, W_THAT))
				break;
			/* "X, accompanying President Y, arrived": X
			 * travels too */
			if (k > s0 && ex_is(c, k, W_ACCOMPANYING)) {
				k--;
				continue;
			}
			{
				int q = k, ok = 0;

				while (q >= s0 && q > k - 11) {
					if ((ex_is(c, q, W_AND) ||
					    ex_punct(c, q, ',')) &&
					    q - 1 >= s0 &&
					    c->ppl.per[q - 1] >= 0) {
						ok = 1;
						break;
					}
					/* "X of Chile and Y" */
					if ((ex_is(c, q, W_AND) ||
					    ex_punct(c, q, ',')) &&
					    ex_of_country_person(c, s0,
					    q - 1) >= 0) {
						q = ex_of_country_person(c, s0,
						    q - 1) + 1;
						ok = 1;
						break;
					}
					/* "he and Trade Representative
					 * X" */
					if (ex_is(c, q, W_AND) && q - 1 >= s0
					    && (ex_is(c, q - 1, W_HE) ||
					    ex_is(c, q - 1, W_SHE))) {
						int a = ex_antecedent(c,
						    s0, q - 1);

						if (a >= 0 && n < max &&
						    a != who[0])
							who[n++] = a;
						break;
					}
					if (c->ppl.per[q] >= 0 ||
					    (c->tok.t[q].cls & (LX_VERB |
					    LX_BREAK | LX_MEET)))
						break;
					q--;
				}
				if (ok) {
					k = q - 1;
					continue;
				}
			}
			break;
		}
		if (c->tok.t[k].cls & (LX_PRON_S | LX_PRON_P) &&
		    !(c->tok.t[k].flags & TF_POSS)) {
			if ((c->tok.t[k].cls & LX_PRON_S) &&
			    (ex_is(c, k, W_HE) || ex_is(c, k, W_SHE))) {
				int ante = ex_antecedent(c, s0, k);

				if (ante >= 0 && n < max)
					who[n++] = ante;
				if (ex_is(c, k - 1, W_AND) ||
				    ex_is(c, k + 1, W_AND)) {
					k--;
					continue;
				}
				break;
			}
			if ((c->tok.t[k].cls & LX_PRON_P) &&
			    !ex_is(c, k, W_THEIR)) {
				for (int g = 0; ex_group_near(c) &&
				    g < c->disc.ngroup && n < max; g++)
					who[n++] = c->disc.group[g];
				break;
			}
		}
		/* "said X will visit": keep looking left */
		k--;
	}
	return n;
}

/*
 * When the clause has no subject: the main clause's ("During the flight
 * to Tokyo, X said", "After visiting Japan, X flew"), "talks between X
 * and Y"; and with one, the people after "he and".  Returns the new n.
 */
static int
ex_travellers_more(struct ex_ctx *c, int s0, int s1, int tr, int *who,
    int n, int max)
{
	/* "During the flight to Tokyo, Lyng said": the subject of
	 * the main clause */
	if (n == 0 && ex_triggers_noun_use(c, tr)) {
		int ante = ex_antecedent(c, s0, s1), obj = 0;

		/* not "advisers to President X ... are on a trip" */
		for (int k = s0; k < s1 && ante >= 0; k++)
			if (c->ppl.per[k] == ante) {
				int e = k;

				while (e + 1 < s1 && c->ppl.per[e + 1] == ante)
					e++;
				obj = ex_discourse_is_object(c, s0, e);
				break;
			}
		if (ante >= 0 && c->ppl.p[ante].labelled && !obj)
			who[n++] = ante;
	}
	/* "After visiting Japan, X flew to Seoul": the subject of
	 * the main clause */
	if (n == 0 && tr - 1 == s0 && (c->tok.t[tr].cls & LX_VERB) &&
	    (c->tok.t[tr].arg >> 8) == F_ING && (ex_is(c, s0, W_AFTER) ||
	    ex_is(c, s0, W_BEFORE) || ex_is(c, s0, W_WHILE))) {
		int k2 = tr + 1;

		while (k2 < s1 && !ex_punct(c, k2, ','))
			k2++;
		while (k2 < s1 && c->ppl.per[k2] < 0 &&
		    !(c->tok.t[k2].cls & (LX_VERB | LX_FUT)))
			k2++;
		if (k2 < s1 && c->ppl.per[k2] >= 0 &&
		    c->ppl.p[c->ppl.per[k2]].labelled)
			who[n++] = c->ppl.per[k2];
		else if (k2 < s1 && c->disc.last_subj >= 0 &&
		    (ex_is(c, k2 - 1, W_HE) || ex_is(c, k2 - 1, W_SHE)))
			who[n++] = ex_discourse_visitor(c, c->disc.last_subj);
	}
	/* "talks ... in Washington between X and Y" */
	if (n == 0) {
		for (int k2 = tr + 1; k2 < s1; k2++) {
			if (!ex_is(c, k2, W_BETWEEN))
				continue;
			for (int q = k2 + 1; q < s1 && n < max; q++) {
				if (c->ppl.per[q] < 0 || (n > 0 &&
				    who[n - 1] == c->ppl.per[q]))
					continue;
				who[n++] = c->ppl.per[q];
			}
			break;
		}
	}
	/* people after "and": "he and Trade Representative X" */
	if (n > 0) {
		for (int k2 = s0; k2 < tr; k2++)
			if (c->ppl.per[k2] >= 0 && ex_is(c, k2 - 1,
			    W_AND) && n < max) {
				int dup = 0;

				for (int q = 0; q < n; q++)
					if (who[q] == c->ppl.per[k2])
						dup = 1;
				if (!dup && c->ppl.per[k2 - 2 >= 0 ? k2 - 2 :
				    0] < 0 && (ex_is(c, k2 - 2,
				    W_HE) || ex_is(c, k2 - 2, W_SHE)))
					who[n++] = c->ppl.per[k2];
			}
	}
	return n;
}

/* 1 if token k is a word between a subject and its verb: "will",
 * "has", "also", "not", "to", "could", "recently". */
static int
ex_aux_word(const struct ex_ctx *c, int k)
{
	static const enum ex_word aux[] = { W_ALSO, W_THEN, W_HAVE, W_HAS,
	    W_HAD, W_BE, W_BEEN, W_IS, W_ARE, W_WAS, W_WERE, W_TO };
	static const char *const modal[] = { "can", "could", "might",
	    "must", "should", "shall", "may", "already", "just", "still",
	    "again", "once", "soon" };
	const char	*f;
	size_t		 fl;

	if (c->tok.t[k].type != T_WORD)
		return 0;
	if (c->tok.t[k].cls & (LX_FUT | LX_NEG | LX_TIMEMOD | LX_PAST |
	    LX_ONGOING))
		return !(c->tok.t[k].cls & LX_MONTH);
	for (size_t i = 0; i < sizeof aux / sizeof aux[0]; i++)
		if (ex_is(c, k, aux[i]))
			return 1;
	f = ex_fold(c, k);
	fl = strlen(f);
	for (size_t i = 0; i < sizeof modal / sizeof modal[0]; i++)
		if (strcmp(f, modal[i]) == 0 && !(c->tok.t[k].flags & TF_CAP))
			return 1;
	/* "actually", "finally" */
	return fl > 4 && strcmp(f + fl - 2, "ly") == 0 &&
	    !(c->tok.t[k].flags & TF_CAP) && c->ppl.per[k] < 0;
}

/* 1 if token k is a common noun: lower case, no person, place or title,
 * no pronoun or function word ("troops", "grain", "speakers"). */
static int
ex_common_noun(const struct ex_ctx *c, int k)
{
	const char	*f = ex_fold(c, k);
	size_t		 fl = strlen(f);

	/* "refueling stops", "planned visits": a participle modifies */
	if ((fl > 4 && strcmp(f + fl - 3, "ing") == 0) || (fl > 3 &&
	    strcmp(f + fl - 2, "ed") == 0))
		return 0;
	return c->tok.t[k].type == T_WORD && !(c->tok.t[k].flags & TF_CAP) &&
	    c->ppl.per[k] < 0 && c->men.pmcov[k] < 0 && !(c->tok.t[k].cls &
	    (LX_PRON_S | LX_PRON_P | LX_HEAD | LX_MOD | LX_STOP | LX_VERB |
	    LX_HONOR | LX_BREAK | LX_MEET | LX_HOST | LX_WEEKDAY | LX_MONTH |
	    LX_RELDAY | LX_TIMEMOD | LX_FUT | LX_CANCEL | LX_DONE |
	    LX_ONGOING | LX_PAST | LX_NEG));
}

/* 1 if token q is "for" or a verb of letting or pressing ("allow",
 * "permitted", "urging", "forced", "wants"): what follows is the subject
 * of an infinitive. */
static int
ex_letting(const struct ex_ctx *c, int q)
{
	static const char *const stem[] = { "allow", "permit", "enabl",
	    "urg", "forc", "want", "push", "let" };
	const char *f = ex_fold(c, q);

	if (ex_is(c, q, W_FOR))
		return 1;
	if (c->tok.t[q].type != T_WORD || (c->tok.t[q].flags & TF_CAP))
		return 0;
	for (size_t i = 0; i < sizeof stem / sizeof stem[0]; i++)
		if (strncmp(f, stem[i], strlen(stem[i])) == 0 &&
		    (strlen(stem[i]) > 3 || strlen(f) <= 4))
			return 1;
	return 0;
}

/*
 * "foreign troops will leave Libya", "allow grain to leave Ukraine",
 * "previous speakers visited Taiwan", "the people who are going to go
 * stay in Pakistan", "they are heading towards Canada" with no group met:
 * the verb's subject is a common noun or an unknown "they", not a person
 * of the article.  Only when no person is joined to that noun ("X and
 * his delegation will travel", "X's team will visit").
 */
static int
ex_unnamed_subject(const struct ex_ctx *c, int s0, int tr)
{
	int k = tr - 1, inf;

	while (k >= s0 && ex_aux_word(c, k))
		k--;
	if (k < s0)
		return 0;
	/* "go stay in Pakistan", "come visit": the first verb's subject */
	if (k == tr - 1 && (c->tok.t[k].cls & LX_VERB) &&
	    ((c->tok.t[k].arg & 0xff) == V_GO || (c->tok.t[k].arg & 0xff) ==
	    V_COME))
		return ex_unnamed_subject(c, s0, k);
	/* "grain to leave": the noun right before an infinitive */
	inf = ex_is(c, k + 1, W_TO);
	/* "X had earlier left": a word after an auxiliary is no noun */
	if (k - 1 >= s0 && ex_aux_word(c, k - 1) && !ex_is(c, k - 1, W_TO))
		return 0;
	if (((c->tok.t[k].cls & LX_PRON_P) && !(c->tok.t[k].flags &
	    TF_POSS) && !ex_is(c, k, W_THEIR) && !ex_group_near(c)) ||
	    (ex_is(c, k, W_WE) && !(c->tok.t[k].flags & TF_CAP) &&
	    c->disc.speaker < 0))
		return 1;
	/* "the people who are going to go" */
	if (ex_is(c, k, W_WHO) && k - 1 >= s0 && ex_common_noun(c, k - 1))
		k--;
	else if (!ex_common_noun(c, k))
		return 0;
	/* the noun phrase: no person joined to it or owning it; an
	 * infinitive's subject only after "for" or a verb of letting ("the
	 * need for all foreign forces to leave", "allow grain to leave"),
	 * not "a visa to travel", "a chance to visit" */
	for (int q = k - 1; q >= s0 && q >= k - 5; q--) {
		if (c->ppl.per[q] >= 0 || (c->tok.t[q].cls & LX_PRON_S))
			return 0;
		if (ex_is(c, q, W_AND) || ex_punct(c, q, ','))
			return !inf && !(q - 1 >= s0 && (c->ppl.per[q - 1] >=
			    0 || ex_is(c, q - 1, W_HE) || ex_is(c, q - 1,
			    W_SHE)));
		if (inf && ex_letting(c, q))
			return 1;
		/* the phrase's words: articles, adjectives, a demonym;
		 * "Blinken has expected that foreign troops will leave"
		 * ends at "that" */
		if (c->tok.t[q].type != T_WORD || (c->tok.t[q].cls &
		    (LX_VERB | LX_BREAK | LX_MEET)) || ((c->tok.t[q].cls &
		    LX_STOP) && !ex_is(c, q, W_THE) && !ex_is(c, q, W_A) &&
		    !ex_is(c, q, W_AN)))
			break;
	}
	return !inf;
}

/*
 * 1 if person per is named in [s0, s1) with a role they held then and
 * that is no official's: "then-Senator X", "then Governor X" (the trip
 * of that time is not an official one).
 */
static int
ex_then_unofficial(const struct ex_ctx *c, int s0, int s1, int per)
{
	for (int k = s0 + 1; k < s1; k++) {
		const char		*f;
		const struct lex	*l;

		if (c->ppl.per[k] != per || c->ppl.per[k - 1] == per)
			continue;
		f = ex_fold(c, k - 1);
		if (strncmp(f, "then-", 5) == 0 && (l = ex_lexicon_find(f +
		    5)) != NULL && (l->cls & LX_NOTLAB))
			return 1;
		if (k - 2 >= s0 && ex_is(c, k - 2, W_THEN) &&
		    (c->tok.t[k - 1].cls & LX_NOTLAB))
			return 1;
	}
	return 0;
}

int
ex_discourse_travellers(struct ex_ctx *c, int s0, int s1, int tr,
    int *who, int max)
{
	int n = ex_travellers_all(c, s0, s1, tr, who, max), m = 0, then = -1;

	/* "In 2006, then-Senator X was here, and during that visit he
	 * said": not an official's trip, and "he" is X, not the last
	 * official met */
	for (int k = s0; k < tr && then < 0; k++) {
		const char		*f = ex_fold(c, k);
		const struct lex	*l;

		if (c->tok.t[k].type == T_WORD && strncmp(f, "then-", 5) ==
		    0 && (l = ex_lexicon_find(f + 5)) != NULL &&
		    (l->cls & LX_NOTLAB))
			then = k;
		if (ex_is(c, k, W_THEN) && (c->tok.t[k + 1].cls & LX_NOTLAB) &&
		    (c->tok.t[k + 1].flags & TF_CAP))
			then = k;
	}
	for (int i = 0; i < n; i++) {
		int named = 0;

		for (int k = s0; k < s1 && !named; k++)
			if (c->ppl.per[k] == who[i])
				named = 1;
		if (!ex_then_unofficial(c, s0, s1, who[i]) && (then < 0 ||
		    named))
			who[m++] = who[i];
	}
	return m;
}

static int
ex_travellers_all(struct ex_ctx *c, int s0, int s1, int tr, int *who,
    int max)
{
	int n;

	if ((n = ex_travellers_named(c, s0, s1, tr, who, max)) >= 0 ||
	    (n = ex_travellers_after(c, s0, s1, tr, who)) >= 0)
		return n;
	/* not "the talks will be in Washington between X and Y" */
	if ((c->tok.t[tr].cls & LX_VERB) && (c->tok.t[tr].arg & 0xff) !=
	    V_BE && !ex_triggers_noun_use(c, tr) &&
	    ex_unnamed_subject(c, s0, tr))
		return 0;
	/* "We look forward to a productive visit": a "we" with no
	 * speaker is an office or a government, no one named */
	if (c->disc.speaker < 0 && (c->tok.t[tr].cls & LX_NOUN))
		for (int k = tr - 1; k >= s0; k--) {
			if (c->ppl.per[k] >= 0 || (c->tok.t[k].cls &
			    LX_PRON_S))
				break;
			if (ex_is(c, k, W_WE))
				return 0;
		}
	/* "the people who are going to go stay in Pakistan" */
	if (tr - 1 > s0 && (c->tok.t[tr - 1].cls & LX_VERB) &&
	    ((c->tok.t[tr - 1].arg & 0xff) == V_GO || (c->tok.t[tr - 1].arg &
	    0xff) == V_COME) && ex_unnamed_subject(c, s0, tr - 1))
		return 0;
	n = 0;
	/* "X will accompany President Y to Z": Y travels too */
	if ((c->tok.t[tr].arg & 0xff) == V_ACCOMPANY &&
	    (c->tok.t[tr].cls & LX_VERB))
		for (int k = tr + 1; k < s1 && k < tr + 8 && n < max; k++) {
			if (c->men.pm[k] >= 0 && c->ppl.per[k] < 0)
				break;
			if (c->ppl.per[k] >= 0 && (n == 0 || who[n - 1] !=
			    c->ppl.per[k]))
				who[n++] = c->ppl.per[k];
		}
	n = ex_travellers_subject(c, s0, tr, who, n, max);
	return ex_travellers_more(c, s0, s1, tr, who, n, max);
}

void
ex_discourse_set_group(struct ex_ctx *c, const int *who, int n)
{
	if (n >= 2) {
		c->disc.group_sent = c->disc.sno;
		c->disc.ngroup = n > 4 ? 4 : n;
		memcpy(c->disc.group, who,
		    (size_t)c->disc.ngroup * sizeof *who);
	}
}

void
ex_discourse_update(struct ex_ctx *c, int s0, int s1)
{
	int who[4], n = 0, pron = 0, b = s0;

	/* "Returning to Singapore, the secretary joined President X": the
	 * subject after an opening phrase's comma */
	if (((c->tok.t[s0].cls & LX_VERB) && (c->tok.t[s0].arg >> 8) ==
	    F_ING) || ex_is(c, s0, W_AFTER) || ex_is(c, s0, W_BEFORE) ||
	    ex_is(c, s0, W_DURING) || ex_is(c, s0, W_WHILE) || ex_is(c, s0,
	    W_IN) || ex_is(c, s0, W_ON))
		for (int i = s0 + 1; i < s1 && i < s0 + 15; i++) {
			if (c->ppl.per[i] >= 0 && !ex_discourse_is_object(c,
			    s0, i))
				break;
			if (ex_punct(c, i, ',')) {
				b = i + 1;
				break;
			}
		}
	for (int i = b; i < s1 && n < 4; i++) {
		if (c->ppl.per[i] >= 0) {
			int dup = 0;

			for (int q = 0; q < n; q++)
				if (who[q] == c->ppl.per[i])
					dup = 1;
			if (!dup) {
				if (n == 0 || ex_is(c, i - 1, W_AND))
					who[n++] = c->ppl.per[i];
				else
					break;
			}
			while (i + 1 < s1 &&
			    c->ppl.per[i + 1] == c->ppl.per[i])
				i++;
			continue;
		}
		/* "Later he met Y": the pronoun keeps its antecedent, who
		 * is met again here */
		if (n == 0 && (c->tok.t[i].cls & LX_PRON_S)) {
			pron = 1;
			if (c->disc.last_subj >= 0)
				c->ppl.p[c->disc.last_subj].last_sent =
				    c->disc.sno;
			break;
		}
		if (c->tok.t[i].cls & (LX_VERB | LX_MEET | LX_BREAK))
			break;
	}
	if (n > 0)
		c->ppl.p[who[0]].subj++;
	if (n > 0)
		c->disc.last_subj = who[0];
	if (n > 0 && c->ppl.p[who[0]].labelled)
		c->disc.last_lsubj = who[0];
	if (n == 0 && !pron) {
		/* "The poll was bad news for Neil Kinnock.": the person
		 * last named is who "his" will mean next */
		for (int i = s1 - 1; i >= s0; i--)
			if (c->ppl.per[i] >= 0) {
				c->disc.last_subj = c->ppl.per[i];
				break;
			}
	}
	if (n >= 2)
		ex_discourse_set_group(c, who, n);
}
