/*
 * ex_rule_presence: presence rule family.
 *
 * Input: one sentence [s0, s1).  Output: legs through ex_legs_add for a
 * person said to be in a foreign place ("in Paris, the minister said"):
 * meeting there, or speaking, addressing, signing, telling reporters there
 * (ex_triggers_presence_verb); and for companions ("accompanied by",
 * "travelling with").
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_discourse.h"
#include "ex_legs.h"
#include "ex_people.h"
#include "ex_rule_presence.h"
#include "ex_times.h"
#include "ex_triggers.h"
#include "kb.h"
#include "when.h"

/* 1 if the mention of the person at i names their country: "Chinese
 * Commerce Minister Wang", "Kenya's trade minister". */
static int
ex_named_country(const struct ex_ctx *c, int s0, int i)
{
	int per = c->ppl.per[i];

	for (int k = i; k >= s0 && (c->ppl.per[k] == per ||
	    (c->tok.t[k].flags & TF_POSS)); k--)
		if (c->men.pmcov[k] >= 0 &&
		    (c->men.m[c->men.pmcov[k]].kind == PM_DEMONYM ||
		    c->men.m[c->men.pmcov[k]].kind == PM_COUNTRY) &&
		    kb_same_state(c->kb, c->men.m[c->men.pmcov[k]].cc,
		    c->ppl.p[per].cc))
			return 1;	/* "Soviet" is SU, RU of today */
	return 0;
}

/* 1 if [s0, meet) opens with a prepositional phrase holding place and
 * closed by a comma: "On the sidelines of the summit in Bali, ..." */
static int
ex_opening_phrase(const struct ex_ctx *c, int s0, int place, int meet)
{
	if (!(ex_is(c, s0, W_ON) || ex_is(c, s0, W_AT) ||
	    ex_is(c, s0, W_DURING)))
		return 0;
	for (int k = place; k < meet; k++)
		if (ex_punct(c, k, ','))
			return 1;
	return 0;
}

/* "met with X in Tokyo", "In Hong Kong, X will hold meetings": presence. */
static int
ex_punct_between(const struct ex_ctx *c, int a, int b)
{
	for (int k = a + 1; k < b; k++)
		if (c->tok.t[k].type == T_PUNCT && c->tok.t[k].ch != '-')
			return 1;
	return 0;
}

/* 1 if token i opens "travelling with", "traveling with", "travels
 * with" (a verb of travel, not the noun "travel"). */
static int
ex_travelling_with(const struct ex_ctx *c, int i)
{
	return (c->tok.t[i].cls & LX_VERB) &&
	    (c->tok.t[i].arg & 0xff) == V_TRAVEL &&
	    (c->tok.t[i].arg >> 8) != F_BASE && ex_is(c, i + 1, W_WITH);
}

/*
 * The companions of lead in sentence [s0, s1) with the accompanying word
 * at a (with: "travelling with"): after "accompanied by", or the subject
 * of "accompanying" and those after "Travelling with Mr Y are".  Fills
 * who[0..6), returns how many.
 */
static int
ex_accompany_who(const struct ex_ctx *c, int s0, int s1, int a, int with,
    int lead, int who[6])
{
	int	nw = 0;

	/* the companions: after "accompanied by", or the subject of
	 * "accompanying" */
	if (ex_is(c, a, W_ACCOMPANYING) || with) {
		for (int i = s0; i < a && nw < 6; i++)
			if (c->ppl.per[i] >= 0 &&
			    c->ppl.per[i] != lead &&
			    (nw == 0 || who[nw - 1] != c->ppl.per[i]))
				who[nw++] = c->ppl.per[i];
		/* "Travelling with Mr Y are X and Z" */
		for (int i = a + 1; i + 1 < s1 && nw < 6; i++) {
			if (!ex_is(c, i, W_ARE) && !ex_is(c, i, W_WERE) &&
			    !ex_is(c, i, W_IS) && !ex_is(c, i, W_WAS))
				continue;
			for (int q = i + 1; q < s1 && nw < 6; q++) {
				if (c->tok.t[q].cls & (LX_VERB |
				    LX_BREAK))
					break;
				if (c->ppl.per[q] >= 0 &&
				    c->ppl.per[q] != lead &&
				    (nw == 0 || who[nw - 1] !=
				    c->ppl.per[q]))
					who[nw++] = c->ppl.per[q];
			}
			break;
		}
	} else {
		for (int i = a + 2; i < s1 && i < a + 20 && nw < 6;
		    i++) {
			if (c->tok.t[i].cls & LX_VERB)
				break;
			if (c->ppl.per[i] >= 0 &&
			    c->ppl.per[i] != lead &&
			    (nw == 0 || who[nw - 1] != c->ppl.per[i]))
				who[nw++] = c->ppl.per[i];
		}
	}
	return nw;
}

/*
 * "Reagan arrived in Peking yesterday.  Mr Reagan, accompanied by his
 * Secretary of State, Mr George Shultz, was met at the airport": the
 * companions named in a sentence with no trip of its own share the last
 * leg of the one they accompany.
 */
static void
ex_accompany_run(struct ex_ctx *c, int s0, int s1)
{
	int		 a = -1, lead = -1, deleg = 0, inpm = -1, with = 0;
	struct ex_kbm	 m;
	struct ex_time	 x;
	enum leg_status	 st;

	for (int i = s0; i + 1 < s1; i++) {
		if (ex_is(c, i, W_DELEGATION))
			deleg = 1;
		if (((ex_is(c, i, W_ACCOMPANIED) || ex_is(c, i, W_JOINED)) &&
		    ex_is(c, i + 1, W_BY)) || ex_is(c, i, W_ACCOMPANYING)) {
			a = i;
			break;
		}
		/* "X, who is travelling with Mr Y,", "Travelling with Y
		 * are X and Z": as "accompanying" */
		if (ex_travelling_with(c, i)) {
			a = i;
			with = 1;
			break;
		}
		/* "She will lead a delegation that will include
		 * Ambassador X": its members go with her */
		if (deleg && (ex_is(c, i, W_INCLUDE) || ex_is(c, i,
		    W_INCLUDES) || ex_is(c, i, W_INCLUDING))) {
			a = i - 1;
			break;
		}
	}
	if (a < 0 || !ex_legs_any(c))
		return;
	/* "In Ethiopia, X will be joined by Ambassador Y": that stop */
	if (ex_is(c, s0, W_IN) && c->men.pm[s0 + 1] >= 0 &&
	    c->ppl.per[s0 + 1] < 0 && ex_punct(c,
	    c->men.m[c->men.pm[s0 + 1]].t1,
	    ',')) {
		inpm = c->men.pm[s0 + 1];
		s0 = c->men.m[inpm].t1 + 1;
	}
	for (int i = s0; i < s1; i++)
		/* a trip word or a place of its own ("in Paris", not "U.S.
		 * Ambassador to Australia") */
		if ((i != a && ex_triggers_is(c, i, s1)) ||
		    (c->men.pm[i] >= 0 &&
		    c->ppl.per[i] < 0 &&
		    (c->men.m[c->men.pm[i]].kind == PM_PLACE ||
		    c->men.m[c->men.pm[i]].kind == PM_COUNTRY) && (ex_is(c,
		    i - 1,
		    W_IN) || ex_is(c, i - 1, W_AT) || (ex_is(c, i - 1, W_TO) &&
		    !(c->tok.t[i - 2].cls & LX_HEAD)))))
			return;
	/* the one accompanied: the subject, or "he"; "X is accompanying
	 * him": the traveller of the last leg; "X is accompanying the
	 * prime minister", "travelling with Mr Y": the one named after */
	if (ex_is(c, a, W_ACCOMPANYING) || with)
		for (int i = a + 1 + with; i < s1 && i < a + 6; i++)
			if (c->ppl.per[i] >= 0) {
				lead = c->ppl.per[i];
				break;
			}
	if (lead < 0 && (ex_is(c, a, W_ACCOMPANYING) || with) &&
	    (ex_is(c, a + 1 + with, W_HIM) || ex_is(c, a + 1 + with, W_HER)))
		for (int q = c->ppl.np - 1; q >= 0 && lead < 0; q--)
			if (strcmp(c->ppl.p[q].name,
			    ex_legs_last_traveller(c)) ==
			    0)
				lead = q;
	for (int i = s0; lead < 0 && i < s1; i++) {
		if (c->ppl.per[i] >= 0 && i < a) {
			lead = c->ppl.per[i];
			break;
		}
		if ((ex_is(c, i, W_HE) || ex_is(c, i, W_SHE) || ex_is(c, i,
		    W_HIS) || ex_is(c, i, W_HER)) && i < a) {
			lead = c->disc.last_subj;
			break;
		}
		if (i > a && c->ppl.per[i] >= 0 && ex_is(c, a,
		    W_ACCOMPANYING)) {
			lead = c->ppl.per[i];
			break;
		}
	}
	if (lead < 0)
		return;
	if (!ex_legs_trip_of(c, c->ppl.p[lead].name, inpm < 0 ? NULL :
	    c->men.m[inpm].cc, &m, &x, &st) || st == LEG_CANCELLED)
		return;
	{
		int		 who[6], nw;

		nw = ex_accompany_who(c, s0, s1, a, with, lead, who);
		for (int w = 0; w < nw; w++)
			/* a full name, not a stray capitalised word */
			if (strchr(c->ppl.p[who[w]].name, ' ') != NULL)
				ex_legs_add(c, &(struct ex_event){
				    .rule = "accompany", .per = who[w],
				    .m = &m, .x = x.start != WHEN_DAY_NONE ?
				    &x : NULL,
				    .status = st, .conf = 0.5, .s0 = s0,
				    .s1 = s1 });
	}
}

/* 1 if [s0, s1) holds a word some phrase reads (TF_PHRASE): the flag of
 * the sentence being read when it holds the range, else a scan. */
static int
ex_has_phrase(const struct ex_ctx *c, int s0, int s1)
{
	int s = c->disc.sno;

	if (s >= 0 && s < c->tok.ns && c->tok.s[s].t0 <= s0 &&
	    s1 <= c->tok.s[s].t1)
		return (c->tok.s[s].flags & EX_S_PHRASE) != 0;
	for (int k = s0; k < s1; k++)
		if (c->tok.t[k].flags & TF_PHRASE)
			return 1;
	return 0;
}

/* 1 if person per already has a leg in this article: "She will also
 * meet officials in France" goes on with her trip. */
static int
ex_on_trip(const struct ex_ctx *c, int per)
{
	if (per < 0 || !c->ppl.p[per].labelled)
		return 0;
	return ex_legs_on_trip(c, c->ppl.p[per].name);
}

/* 1 if "with" opens the mention of the person at i, after the place:
 * "talks in Bonn on Monday with Soviet Foreign Minister X". */
static int
ex_with_before(const struct ex_ctx *c, int place, int i)
{
	for (int k = i - 1; k > place && k >= i - 8; k--) {
		if (ex_is(c, k, W_WITH))
			return 1;
		if (c->tok.t[k].type == T_PUNCT || (c->ppl.per[k] >= 0 &&
		    c->ppl.per[k] != c->ppl.per[i]) ||
		    (c->tok.t[k].cls & LX_VERB))
			return 0;
	}
	return 0;
}

/*
 * The sentence's meeting verb (*meetp), the place of the meeting ("in
 * Geneva", "at the White House", "attended the Manama Dialogue": *placep,
 * a token with a mention), a future word not in words said after the
 * meeting (*tensep = 1) and the verb saying them (*quotep, "said"); -1
 * for none.
 */
static void
ex_presence_scan(const struct ex_ctx *c, int s0, int s1, int *meetp,
    int *placep, int *tensep, int *quotep)
{
	int meet = -1, place = -1, tense = 0, quoted = 0;

	for (int i = s0; i < s1; i++) {
		if (meet < 0 && (((c->tok.t[i].cls & LX_MEET) &&
		    ex_triggers_meet_verb(c, s0, i)) ||
		    ex_triggers_presence_verb(c, i)))
			meet = i;
		/* "Speaking in Cairo, X said trade would grow": a future
		 * in words said after the meeting is not its tense */
		if (!quoted && meet >= 0 && i > meet && (ex_is(c, i,
		    W_SAID) || ex_is(c, i, W_SAYS) || ex_is(c, i, W_TOLD))) {
			quoted = 1;
			/* "officials said on Tuesday": the saying's day
			 * is the news of the meeting's, kept */
			if (!ex_is(c, i + 1, W_ON) && i + 1 < s1 &&
			    !(c->tok.t[i + 1].cls & (LX_WEEKDAY |
			    LX_RELDAY | LX_MONTH)))
				*quotep = i;
		}
		if ((c->tok.t[i].cls & LX_FUT) && !quoted)
			tense = 1;
		/* "in Geneva", "at the White House" */
		if (place < 0 && c->men.pm[i] >= 0 && (ex_is(c, i - 1,
		    W_IN) ||
		    (ex_is(c, i - 1, W_THE) && ex_is(c, i - 2, W_IN)) ||
		    /* "held talks at Kislovodsk": at a city */
		    (ex_is(c, i - 1, W_AT) && c->men.m[c->men.pm[i]].kind ==
		    PM_PLACE && c->men.m[c->men.pm[i]].city != NULL) ||
		    ((c->men.m[c->men.pm[i]].flags & EX_MF_METONYM) &&
		    ex_is(c, i - 1, W_THE) && ex_is(c, i - 2, W_AT)))) {
			const struct ex_kbm *m = &c->men.m[c->men.pm[i]];

			if ((m->kind == PM_PLACE || m->kind == PM_COUNTRY) &&
			    !(c->tok.t[m->t1 - 1].flags & TF_POSS) &&
			    !(m->t1 < s1 && c->men.pm[m->t1] < 0 &&
			    (c->tok.t[m->t1].flags & TF_CAP)))
				place = i;
		}
		/* "attended the Manama Dialogue", "attend the Munich
		 * Security Conference": a meeting named after its city */
		if (place < 0 && c->men.pm[i] >= 0 && c->ppl.per[i] < 0 &&
		    c->men.m[c->men.pm[i]].kind == PM_PLACE &&
		    c->men.m[c->men.pm[i]].city != NULL) {
			int e = c->men.m[c->men.pm[i]].t1, b = i - 1;

			/* "the IISS Manama Dialogue": an organiser's
			 * acronym first */
			if (b > s0 && (c->tok.t[b].flags & TF_UPPER) &&
			    c->men.pm[b] < 0)
				b--;
			if (!ex_is(c, b, W_THE) || b - 1 < s0 ||
			    !(c->tok.t[b - 1].cls & LX_MEET))
				e = s1;

			while (e < s1 && e < c->men.m[c->men.pm[i]].t1 + 3 &&
			    (c->tok.t[e].flags & TF_CAP) && !ex_is(c, e,
			    W_DIALOGUE) && !ex_is(c, e, W_CONFERENCE) &&
			    !ex_is(c, e, W_SUMMIT) && !ex_is(c, e, W_FORUM))
				e++;
			if (ex_is(c, e, W_DIALOGUE) || ex_is(c, e,
			    W_CONFERENCE) || ex_is(c, e, W_SUMMIT) ||
			    ex_is(c, e, W_FORUM))
				place = i;
		}
	}
	*meetp = meet;
	*placep = place;
	*tensep = tense;
}

/*
 * Who is at the meeting: the subject (a pronoun through the last
 * subject), not a host named after the meeting verb unless a visitor of a
 * named country; owner (or -1) is the meeting's owner ("Uno's planned
 * meeting").  Fills who[0..8) and returns their number.
 */
static int
ex_presence_who(const struct ex_ctx *c, int s0, int s1, int meet, int place,
    int owner, int *who)
{
	int nw = 0, among = -1, lead = -1;

	/* "Speaking in Belfast on Monday, Mr X said": an opening clause of
	 * the verb's -ing form; its subject is the first after its comma */
	if (meet == s0 && place > meet && c->tok.t[meet].flen > 4 &&
	    strcmp(ex_fold(c, meet) + c->tok.t[meet].flen - 3, "ing") == 0)
		for (int k = place; k < s1 && k < place + 12 && lead < 0; k++)
			if (ex_punct(c, k, ','))
				lead = k;
	if (lead >= 0) {
		for (int k = lead + 1; k < s1 && k < lead + 4; k++)
			if (c->ppl.per[k] >= 0) {
				who[0] = c->ppl.per[k];
				return 1;
			}
		return 0;
	}
	/* "Among the ministers attending the summit in X was Y": the
	 * subject after the verb "be" */
	if (ex_is(c, s0, W_AMONG) && meet < place)
		for (int k = place; k < s1 && k < place + 8 && among < 0; k++)
			if (((c->tok.t[k].cls & LX_VERB) && (c->tok.t[k].arg &
			    0xff) == V_BE) || ex_is(c, k, W_WERE) ||
			    ex_is(c, k, W_ARE))
				among = k;

	for (int i = s0; i < s1 && nw < 8; i++) {
		int dup = 0;

		/* "In Uganda, she will meet X": the subject
		 * pronoun is the last subject */
		if (i < meet && nw == 0 && (ex_is(c, i, W_HE) ||
		    ex_is(c, i, W_SHE)) && c->disc.last_subj >= 0 &&
		    (ex_is(c, s0, W_IN) || ex_is(c, s0, W_WHILE) ||
		    (i == s0 && (ex_on_trip(c, c->disc.last_subj) ||
		    /* "He was speaking in Tanzania": a verb of
		     * presence, its subject the last official's */
		    (!(c->tok.t[meet].cls & LX_MEET) &&
		    c->ppl.p[c->disc.last_subj].labelled))))) {
			int q = c->disc.last_subj;

			/* a spokesman speaking of the traveller:
			 * the last official subject on a trip */
			if (!c->ppl.p[q].labelled && c->disc.last_lsubj >= 0 &&
			    ex_legs_on_trip(c,
			    c->ppl.p[c->disc.last_lsubj].name))
				q = c->disc.last_lsubj;
			who[nw++] = q;
			continue;
		}
		if (c->ppl.per[i] < 0)
			continue;
		/* "Reagan expressed interest in Uno's planned
		 * meeting": the meeting's owner, not the subject */
		if (i < meet && owner >= 0 && c->ppl.per[i] != owner)
			continue;
		/* after the meeting verb: only a visitor whose
		 * country is known ("met with Moldovan ...") */
		if (i > meet && !(among >= 0 && i > among) &&
		    (c->ppl.p[c->ppl.per[i]].cc[0] == '\0' ||
		    !c->ppl.p[c->ppl.per[i]].labelled || (place > meet &&
		    i > place && !ex_with_before(c, place, i)) ||
		    (!ex_people_is_leader(&c->ppl.p[c->ppl.per[i]]) &&
		    !ex_named_country(c, s0, i))))
			continue;
		for (int q = 0; q < nw; q++)
			if (who[q] == c->ppl.per[i])
				dup = 1;
		if (!dup)
			who[nw++] = c->ppl.per[i];
	}
	if (nw == 0 && (ex_is(c, s0, W_IN) || ex_is(c, s0, W_WHILE)))
		for (int i = s0; i < s1; i++)
			if (ex_is(c, i, W_HE) || ex_is(c, i, W_SHE)) {
				if (c->disc.last_subj >= 0)
					who[nw++] = c->disc.last_subj;
				break;
			}
	return nw;
}

/* "will meet A next week in Cape Town and B in Namibia": a second
 * meeting place of the same clause, after the place at token place. */
static void
ex_presence_second(struct ex_ctx *c, int s0, int s1, int place, int meet,
    const int *who, int nw, enum leg_status st)
{
	for (int k = c->men.m[c->men.pm[place]].t1, and = 0, who2 = 0;
	    k < s1 && nw > 0; k++) {
		const struct ex_kbm *m2;

		if (ex_is(c, k, W_AND))
			and = 1;
		/* "and Prime Minister X in Canberra": someone met
		 * there, not "discuss investment in Vietnam" */
		if (and && (c->ppl.per[k] >= 0 || (c->tok.t[k].cls &
		    LX_HEAD)))
			who2 = 1;
		if ((c->tok.t[k].cls & LX_VERB) || ex_punct(c, k, ';') ||
		    ex_is(c, k, W_WHILE) || ex_is(c, k, W_BUT))
			break;
		if (!and || !who2 || c->men.pm[k] < 0 ||
		    c->ppl.per[k] >= 0 || !ex_is(c, k - 1, W_IN))
			continue;
		m2 = &c->men.m[c->men.pm[k]];
		if ((m2->kind != PM_PLACE && m2->kind != PM_COUNTRY) ||
		    (m2->t1 < s1 && (c->tok.t[m2->t1].flags & TF_CAP) &&
		    c->men.pm[m2->t1] < 0))
			continue;
		for (int w = 0; w < nw; w++) {
			int first = s1;

			/* the subject, not a leader met first */
			for (int q = s0; q < s1 && first == s1; q++)
				if (c->ppl.per[q] == who[w])
					first = q;
			if (first > meet)
				continue;
			ex_legs_add(c, &(struct ex_event){
			    .rule = "presence-second-place",
			    .per = who[w], .m = m2, .status = st,
			    .conf = 0.45, .s0 = s0, .s1 = s1 });
		}
		break;
	}
}

/*
 * 1 if the place at token place is where the verb of presence at verb
 * happens: only its object, an audience or a time between ("spoke at a
 * rally in Lima", "told reporters on Monday in Hanoi"), not a topic or a
 * clause ("spoke about the war in Syria", "told reporters that the talks
 * in Geneva had failed"); "address" or "join" an audience, people or a
 * named event, not "addressing the crisis in X", "joined the government
 * in X".
 */
static int
ex_presence_attached(const struct ex_ctx *c, int verb, int place)
{
	static const enum ex_word topic[] = { W_ABOUT, W_AGAINST, W_CONCERNING,
	    W_HOW, W_OVER, W_REGARDING, W_THAT, W_WHAT, W_WHETHER, W_WHICH,
	    W_WHO, W_WHY };

	static const enum ex_word hearers[] = { W_ASSEMBLY, W_AUDIENCE,
	    W_CEREMONY, W_COLLEAGUES, W_CONFERENCE, W_CONGRESS, W_CONVENTION,
	    W_COUNTERPARTS, W_CROWD, W_DELEGATES, W_DIPLOMATS, W_FORUM,
	    W_GATHERING, W_LEADERS, W_MEETING, W_MINISTERS, W_PARLIAMENT,
	    W_RALLY, W_REPORTERS, W_SESSION, W_STUDENTS, W_SUMMIT, W_TALKS,
	    W_TROOPS };
	static const enum ex_word address_join[] = { W_ADDRESS, W_ADDRESSED,
	    W_ADDRESSES, W_ADDRESSING, W_JOIN, W_JOINED, W_JOINING, W_JOINS };
	int who = !ex_is_in(c, verb, address_join, sizeof address_join /
	    sizeof address_join[0]);

	if (place - verb > 9)
		return 0;
	/* "address the conference", not "addressing the crisis" */
	for (int k = verb + 1; !who && k < place - 1; k++)
		if (((c->tok.t[k].flags & TF_CAP) && c->men.pm[k] < 0 &&
		    c->ppl.per[k] < 0) || ex_is_in(c, k, hearers,
		    sizeof hearers / sizeof hearers[0]))
			who = 1;
	if (!who)
		return 0;
	for (int k = verb + 1; k < place - 1; k++) {
		const char *f = ex_fold(c, k);	/* "" for a mark */

		if ((c->tok.t[k].type == T_PUNCT && c->tok.t[k].ch != '-') ||
		    (c->tok.t[k].cls & (LX_BREAK | LX_VERB)))
			return 0;
		if (ex_is_in(c, k, topic, sizeof topic / sizeof topic[0]))
			return 0;
		/* "signed an order prohibiting investment in X": a clause
		 * of its own in the object */
		if (c->tok.t[k].type == T_WORD && !(c->tok.t[k].cls &
		    LX_MEET) && c->tok.t[k].flen > 5 && strcmp(f +
		    c->tok.t[k].flen - 3, "ing") == 0 && !ex_is(c, k,
		    W_BRIEFING) && !ex_is(c, k, W_GATHERING) && !ex_is(c, k,
		    W_BUILDING))
			return 0;
		/* "on Monday", not "on refugees" */
		if (ex_is(c, k, W_ON) && !(c->tok.t[k + 1].cls &
		    (LX_WEEKDAY | LX_MONTH | LX_RELDAY)))
			return 0;
	}
	return 1;
}

/*
 * 1 if the meeting word at meet and the place at place are close enough
 * for the one to place the other: the same clause, or an opening phrase
 * ("On the sidelines of the summit in Bali, X met"), or an apposition
 * ("Carney, in Tokyo for talks, said").
 */
static int
ex_presence_close(const struct ex_ctx *c, int s0, int meet, int place)
{
	return !(place > meet + 18 || (place > meet + 12 &&
	    ex_punct_between(c, meet, place)) || place < s0 + 0 ||
	    (place < meet && !ex_is(c, s0, W_IN) && !ex_is(c, s0, W_WHILE) &&
	    !(ex_opening_phrase(c, s0, place, meet)) &&
	    !(place - 3 >= s0 && ex_is(c, place - 1, W_IN) &&
	    ex_punct(c, place - 2, ',') && c->ppl.per[place - 3] >= 0 &&
	    meet - place < 8)));
}

/* 1 if the meeting or presence word at meet is a past form: "-ed", "met",
 * "held", "spoke", "told", "took", "gave", "laid", "said". */
static int
ex_presence_past_form(const struct ex_ctx *c, int meet)
{
	static const enum ex_word past[] = { W_MET, W_HELD, W_SPOKE,
	    W_TOLD, W_TOOK, W_GAVE, W_LAID, W_SAID };
	const char *f = ex_fold(c, meet);
	size_t fl = strlen(f);

	return (fl > 2 && strcmp(f + fl - 2, "ed") == 0) ||
	    ex_is_in(c, meet, past, sizeof past / sizeof past[0]);
}

/*
 * 1 if the sentence names a mission posted where cc is: "Ambassador to
 * Sweden", "Embassy Panama City's Charge d'Affaires" (the embassy's
 * city): its staff acting there are at post, not on a trip.
 */
static int
ex_at_post(const struct ex_ctx *c, int s0, int s1, const char *cc)
{
	for (int k = s0; k + 2 < s1; k++) {
		int m = -1;

		if (ex_is(c, k, W_AMBASSADOR) && (ex_is(c, k + 1, W_TO) ||
		    ex_is(c, k + 1, W_IN)))
			m = c->men.pm[k + 2];
		else if (ex_is(c, k, W_EMBASSY))
			m = c->men.pm[k + 1] >= 0 ? c->men.pm[k + 1] :
			    (ex_is(c, k + 1, W_IN) ? c->men.pm[k + 2] : -1);
		if (m >= 0 && kb_same_state(c->kb, c->men.m[m].cc, cc))
			return 1;
	}
	return 0;
}

static void
ex_presence_run(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx, meet, place, tense, owner = -1, end, quote = -1;

	/* a meeting word or a verb of presence, and no call */
	if ((!ex_has_phrase(c, s0, s1) && !ex_has(c, s0, s1, LX_MEET)) ||
	    ex_has(c, s0, s1, LX_VIRTUAL))
		return;
	if (!ex_has(c, s0, s1, LX_MEET)) {
		int k = s0;

		while (k < s1 && !((c->tok.t[k].flags & TF_PHRASE) &&
		    ex_triggers_presence_verb(c, k)))
			k++;
		if (k == s1)
			return;
	}
	/* "Mr. X, Press Secretary: In Fiji, he will ...": the speaker
	 * line is not the clause */
	for (int k = s0; k < s1 && k < s0 + 12; k++)
		if (ex_punct(c, k, ':') && k > s0 && c->tok.t[k - 1].type ==
		    T_WORD && (c->tok.t[k - 1].flags & TF_CAP)) {
			s0 = k + 1;
			break;
		}
	if (s0 >= s1)
		return;
	/* a travel word decides; "is scheduled to meet" is none; "meet
	 * leaders in Lima before moving on to Chile": the next stop is
	 * the travel word's, the meeting still places the first */
	ex_presence_scan(c, s0, s1, &meet, &place, &tense, &quote);
	if (meet < 0 || place < 0)
		return;
	/* a verb of presence reads its own clause: "He was speaking in
	 * Tanzania - the second country he has visited" */
	end = s1;
	if (!(c->tok.t[meet].cls & LX_MEET))
		for (int k = place + 1; k < s1 && end == s1; k++)
			if (ex_punct(c, k, '-') || ex_punct(c, k, ';') ||
			    ex_punct(c, k, '('))
				end = k;
	for (int i = s0; i < end; i++)
		if ((c->tok.t[i].cls & LX_VERB) && ((c->tok.t[i].arg & 0xff) ==
		    V_CONTINUE || (c->tok.t[i].arg & 0xff) == V_GO) &&
		    (ex_is(c, i - 1, W_BEFORE) || ex_is(c, i - 1, W_THEN)))
			continue;
		else if ((c->tok.t[i].cls & (LX_VERB | LX_NOUN)) &&
		    !((c->tok.t[i].cls &
		    LX_VERB) && (c->tok.t[i].arg & 0xff) == V_BE &&
		    !ex_triggers_is(c, i, s1)) &&
		    /* "the talks went well": a verb of going with no
		     * "to" is no trip */
		    !(!(c->tok.t[i].cls & LX_NOUN) && ((c->tok.t[i].arg &
		    0xff) == V_GO || (c->tok.t[i].arg & 0xff) == V_COME) &&
		    !ex_triggers_is(c, i, s1)))
			return;
	if (!(c->tok.t[meet].cls & LX_MEET) && (place < meet ||
	    !ex_presence_attached(c, meet, place)))
		return;
	/* "will not attend the summit in X" */
	for (int k = meet - 1; k >= s0 && k >= meet - 3; k--)
		if (c->tok.t[k].cls & LX_NEG)
			return;
	/* "will not be able to meet", "was unable to attend" */
	if (meet - 2 >= s0 && ex_is(c, meet - 1, W_TO) && (ex_is(c, meet - 2,
	    W_UNABLE) || (ex_is(c, meet - 2, W_ABLE) && meet - 4 >= s0 &&
	    (c->tok.t[meet - 4].cls & LX_NEG))))
		return;
	if (!ex_presence_close(c, s0, meet, place))
		return;
	/* "attended ... on Saturday", "met ... on Monday": the past */
	if (tense == 0 && ex_presence_past_form(c, meet))
		tense = -1;
	/* "speaking in Lima, said the talks would resume next month":
	 * the words said hold no time of the meeting */
	nx = ex_times_find(c, s0, quote > place && quote < end ? quote : end,
	    tense, x, 8);
	for (int k = meet - 1; k >= s0 && k >= meet - 7; k--) {
		if ((c->tok.t[k].flags & TF_POSS) && c->ppl.per[k] >= 0) {
			owner = c->ppl.per[k];
			break;
		}
		if (c->ppl.per[k] >= 0 || (c->tok.t[k].type == T_PUNCT &&
		    c->tok.t[k].ch != '-' && c->tok.t[k].ch != '.'))
			break;
	}
	{
		int			 who[8], nw;
		const struct ex_kbm	*m = &c->men.m[c->men.pm[place]];
		enum leg_status		 st;
		const struct ex_time	*tx = nx > 0 && !x[0].vague ? &x[0] :
		    NULL;

		nw = ex_presence_who(c, s0, s1, meet, place, owner, who);
		if (ex_at_post(c, s0, s1, m->cc))
			nw = 0;
		if (tense > 0 || (tx != NULL && ex_days_from_ref(c,
		    tx->start) > 0))
			st = LEG_PLANNED;
		else if ((nx > 0 && x[0].vague && x[0].rel < 0) ||
		    (tx != NULL && ex_days_from_ref(c, tx->start) < -2))
			st = LEG_COMPLETED;	/* "last week", days ago */
		else
			st = LEG_ONGOING;
		for (int w = 0; w < nw; w++)
			ex_legs_add(c, &(struct ex_event){ .rule = "presence",
			    .per = who[w], .m = m, .x = tx, .status = st,
			    .conf = 0.5, .s0 = s0, .s1 = s1 });
		ex_presence_second(c, s0, s1, place, meet, who, nw, st);
	}
}

/*
 * 1 if token i speaks to an audience that is there: "told reporters",
 * "told journalists", "told a news conference", "said at a news
 * conference", "told a press briefing".  A plain "said" may quote words
 * sent from afar.
 */
static int
ex_dateline_audience(const struct ex_ctx *c, int i)
{
	static const enum ex_word hearers[] = { W_JOURNALISTS, W_NEWSMEN,
	    W_REPORTERS };
	int k = i + 1;

	if (!(c->tok.t[i].flags & TF_PHRASE) && !ex_is(c, i, W_SAID) &&
	    !ex_is(c, i, W_SAYS))
		return 0;
	if (ex_is(c, i, W_TOLD) || ex_is(c, i, W_TELLING)) {
		if (ex_is(c, k, W_A) || ex_is(c, k, W_THE))
			k++;
	} else if ((ex_is(c, i, W_SAID) || ex_is(c, i, W_SAYS)) &&
	    ex_is(c, k, W_AT) && (ex_is(c, k + 1, W_A) || ex_is(c,
	    k + 1, W_THE)))
		k += 2;
	else
		return 0;
	if (k >= c->tok.nt || c->tok.t[k].type != T_WORD)
		return 0;
	if (ex_is_in(c, k, hearers, sizeof hearers / sizeof hearers[0]))
		return 1;
	return (ex_is(c, k, W_NEWS) || ex_is(c, k, W_PRESS)) &&
	    (ex_is(c, k + 1, W_CONFERENCE) || ex_is(c, k + 1, W_BRIEFING));
}

/*
 * "KUALA LUMPUR, May 4 - Chilean Foreign Minister X told reporters on
 * Thursday that ...", "X said at a news conference": a foreign official
 * who speaks to an audience there (ex_dateline_audience) in a datelined
 * report, with no other cue, is at the dateline place on its day (not
 * on another day: "last week", "had told"), unless a compatriot's trip
 * there is the article's (a companion: travel only implicit).  Not an
 * official of the dateline's country (home), nor one with a trip in the
 * article already (the text says where), nor when the sentence names a
 * trip, a meeting, another place, a call, a statement, an interview or a
 * broadcast (words that may come from afar), nor when the speaker's own
 * clause is in the future ("X will say").
 */
static void
ex_dateline_said_run(struct ex_ctx *c, int s0, int s1)
{
	static const enum ex_word afar[] = { W_BROADCAST, W_INTERVIEW,
	    W_LETTER, W_MESSAGE, W_NEWSPAPER, W_QUOTED, W_RADIO, W_STATEMENT,
	    W_TELEVISION, W_TWEET, W_TWITTER, W_WEBSITE, W_WRITTEN };
	struct ex_time	 x, xs[8];
	struct ex_kbm	 m;
	int		 verb = -1, per = -1, nx;

	/* "told" and "telling", "conference" and "briefing" are marked */
	if (c->tim.dl_cc[0] == '\0' || c->tim.dl_city == NULL ||
	    !ex_has_phrase(c, s0, s1))
		return;
	for (int i = s0; i < s1 && verb < 0; i++)
		if (ex_dateline_audience(c, i))
			verb = i;
	if (verb < 0 || ex_has(c, s0, s1, LX_HOST | LX_VIRTUAL | LX_CANCEL))
		return;
	verb = -1;
	for (int i = s0; i < s1; i++) {
		if (c->tok.t[i].type != T_WORD)
			continue;
		if (ex_triggers_is(c, i, s1) || ((c->tok.t[i].cls &
		    LX_MEET) && ex_triggers_meet_verb(c, s0, i)) ||
		    (verb < 0 && (c->tok.t[i].cls & LX_FUT)))
			return;
		if (c->men.pm[i] >= 0 && c->ppl.per[i] < 0 && (ex_is(c,
		    i - 1, W_IN) || ex_is(c, i - 1, W_AT) || ex_is(c, i - 1,
		    W_FROM)))
			return;
		if (ex_is_in(c, i, afar, sizeof afar / sizeof afar[0]))
			return;
		if (verb < 0 && ex_dateline_audience(c, i))
			verb = i;
	}
	if (verb < 0)
		return;
	/* "last week, when X told reporters": another day */
	nx = ex_times_find(c, s0, s1, -1, xs, 8);
	for (int k = 0; k < nx; k++)
		if ((xs[k].vague && xs[k].rel < 0) || (xs[k].start !=
		    WHEN_DAY_NONE && ex_days_from_ref(c, xs[k].start) < -1))
			return;	/* a later day is the news, not the telling */
	if (ex_is(c, verb - 1, W_HAD))
		return;		/* "had told reporters": before */
	/* the speaker: the subject before the verb ("X said", "X, the
	 * minister, told reporters"), or after it ("said X") */
	for (int i = verb - 1; i >= s0 && i >= verb - 12 && per < 0; i--)
		if (c->ppl.per[i] >= 0 && !ex_discourse_is_object(c, s0, i))
			per = c->ppl.per[i];
	if (per < 0 && verb + 1 < s1 && c->ppl.per[verb + 1] >= 0)
		per = c->ppl.per[verb + 1];
	if (per < 0 || !c->ppl.p[per].labelled || c->ppl.p[per].cc[0] ==
	    '\0' || kb_is_home(c->kb, c->ppl.p[per].cc, c->tim.dl_cc) ||
	    ex_legs_on_trip(c, c->ppl.p[per].name))
		return;
	/* a compatriot on a trip here leads it: a companion's travel is
	 * only implicit (the corpus does not label it) */
	for (int q = 0; q < c->ppl.np; q++)
		if (q != per && c->ppl.p[q].labelled && strcmp(c->ppl.p[q].cc,
		    c->ppl.p[per].cc) == 0 && ex_legs_on_trip(c,
		    c->ppl.p[q].name))
			return;
	ex_times_today(c, &x);
	ex_times_dateline_place(c, &m);
	ex_legs_add(c, &(struct ex_event){ .rule = "dateline-said",
	    .per = per, .m = &m, .x = &x, .status = LEG_ONGOING, .conf = 0.4,
	    .s0 = s0, .s1 = s1 });
}

/*
 * "While in Shanghai, she visited the Expo", "X, while in Cairo, laid a
 * wreath", "X toured a factory while in Lyon": "while in" a place puts
 * the clause's subject there, whatever the verb.  The leg is dated and
 * timed as a meeting's (ex_presence_run).
 */
static void
ex_while_in(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 k, place = -1, per = -1, tense = 0, nx;
	const struct ex_kbm *m;
	const struct ex_time *tx;
	enum leg_status	 st;

	for (k = s0; k + 2 < s1; k++)
		if (ex_is(c, k, W_WHILE) && ex_is(c, k + 1, W_IN) &&
		    c->men.pm[k + 2] >= 0 && c->ppl.per[k + 2] < 0)
			break;
	if (k + 2 >= s1 || ex_has(c, s0, s1, LX_VIRTUAL))
		return;
	place = k + 2;
	m = &c->men.m[c->men.pm[place]];
	if ((m->kind != PM_PLACE && m->kind != PM_COUNTRY) ||
	    (c->tok.t[m->t1 - 1].flags & TF_POSS))
		return;
	/* "X, while in Cairo, ...": the one before; "While in Cairo, X
	 * ...": the subject after; "X toured a plant while in Lyon": the
	 * sentence's subject */
	if (k - 2 >= s0 && ex_punct(c, k - 1, ',') && c->ppl.per[k - 2] >= 0)
		per = c->ppl.per[k - 2];
	for (int i = k == s0 ? m->t1 : s0; per < 0 && i < s1 &&
	    (k == s0 || i < k); i++) {
		if (c->ppl.per[i] >= 0 && !ex_discourse_is_object(c, s0, i))
			per = c->ppl.per[i];
		else if ((ex_is(c, i, W_HE) || ex_is(c, i, W_SHE)) &&
		    c->disc.last_subj >= 0)
			per = c->disc.last_subj;
		else if (c->tok.t[i].cls & (LX_VERB | LX_MEET | LX_BREAK))
			break;
	}
	if (per < 0)
		return;
	for (int i = s0; i < s1; i++)
		if (c->tok.t[i].cls & LX_FUT) {
			tense = 1;
			break;
		} else if ((c->tok.t[i].cls & LX_VERB) &&
		    (c->tok.t[i].arg >> 8) == F_PAST)
			tense = -1;
	nx = ex_times_find(c, s0, s1, tense, x, 8);
	tx = nx > 0 && !x[0].vague ? &x[0] : NULL;
	if (tense > 0 || (tx != NULL && ex_days_from_ref(c, tx->start) > 0))
		st = LEG_PLANNED;
	else if ((nx > 0 && x[0].vague && x[0].rel < 0) ||
	    (tx != NULL && ex_days_from_ref(c, tx->start) < -2))
		st = LEG_COMPLETED;
	else
		st = LEG_ONGOING;
	ex_legs_add(c, &(struct ex_event){ .rule = "presence", .per = per,
	    .m = m, .x = tx, .status = st, .conf = 0.5, .s0 = s0, .s1 = s1 });
}

/*
 * "X, who is currently in Cyprus, ...", "Y met X, who is in Tokyo for
 * talks": a relative clause in the present puts the one it follows there
 * now, whatever the main clause says (ongoing, undated).
 */
static void
ex_who_is_in(struct ex_ctx *c, int s0, int s1)
{
	for (int k = s0 + 1; k + 3 < s1; k++) {
		int			 q = k + 2;
		const struct ex_kbm	*m;

		if (!ex_punct(c, k, ',') || c->ppl.per[k - 1] < 0 ||
		    !ex_is(c, k + 1, W_WHO) || !(ex_is(c, q, W_IS) ||
		    ex_is(c, q, W_ARE)))
			continue;
		q++;
		if (q < s1 && ((c->tok.t[q].cls & LX_ONGOING) || ex_is(c, q,
		    W_STILL)) && !ex_is(c, q, W_HERE))
			q++;
		if (q + 1 >= s1 || !ex_is(c, q, W_IN) || c->men.pm[q + 1] < 0 ||
		    c->ppl.per[q + 1] >= 0)
			continue;
		m = &c->men.m[c->men.pm[q + 1]];
		if ((m->kind != PM_PLACE && m->kind != PM_COUNTRY) ||
		    (c->tok.t[m->t1 - 1].flags & TF_POSS))
			continue;
		ex_legs_add(c, &(struct ex_event){ .rule = "presence",
		    .per = c->ppl.per[k - 1], .m = m, .status = LEG_ONGOING,
		    .conf = 0.5, .s0 = s0, .s1 = s1 });
	}
}

/* The presence rule: "who is in" a place, "while in" a place, then a
 * meeting or a verb of presence there. */
static void
ex_presence_rule_run(struct ex_ctx *c, int s0, int s1)
{
	/* one look for "who" or "while": most sentences hold neither */
	for (int k = s0; k < s1; k++)
		if (c->tok.t[k].wid == W_WHO || c->tok.t[k].wid == W_WHILE) {
			ex_who_is_in(c, s0, s1);
			ex_while_in(c, s0, s1);
			break;
		}
	ex_presence_run(c, s0, s1);
}

const struct ex_rule ex_rule_presence_dateline = {
	.name = "dateline-said",
	.needs = 0,
	.run = ex_dateline_said_run,
};

const struct ex_rule ex_rule_presence_accompany = {
	.name = "accompany",
	.needs = 0,
	.run = ex_accompany_run,
};

const struct ex_rule ex_rule_presence = {
	.name = "presence",
	.needs = 0,	/* LX_MEET, a verb of presence (ex_triggers), or
			 * "while in" */
	.run = ex_presence_rule_run,
};
