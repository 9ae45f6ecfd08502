/*
 * ex_rule_travel: the travel-verb and travel-noun rule family.
 *
 * Input: one sentence [s0, s1) with tokens, mentions, persons, discourse
 * state.  Output: legs through ex_legs_add: a trigger ("will visit",
 * "arrived in", "his trip to"), its travellers, its destinations, status
 * from tense, modality, cancellation and negation, dates from time
 * expressions; partners met at a stop and "including" lists.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_dests.h"
#include "ex_discourse.h"
#include "ex_legs.h"
#include "ex_rule_travel.h"
#include "ex_times.h"
#include "ex_triggers.h"
#include "kb.h"
#include "when.h"

/* Tense of a trigger: +1 future, 0 present/ongoing, -1 past. */
static int
ex_tense(struct ex_ctx *c, int s0, int tr)
{
	int form = c->tok.t[tr].arg >> 8;

	/* "will fly to A, before heading to B": a participle after
	 * "before" or "then" shares the main clause's tense */
	if ((c->tok.t[tr].cls & LX_VERB) && form == F_ING && tr - 1 >= s0 &&
	    (ex_is(c, tr - 1, W_BEFORE) || ex_is(c, tr - 1, W_THEN))) {
		for (int k = tr - 2; k >= s0; k--) {
			if ((c->tok.t[k].cls & LX_FUT) || ex_times_be_to(c, k))
				return 1;
			if ((c->tok.t[k].cls & LX_VERB) &&
			    (c->tok.t[k].arg >> 8) == F_PAST)
				return -1;
		}
		return 0;
	}
	for (int k = tr - 1; k >= s0 && k >= tr - 6; k--) {
		if (c->tok.t[k].cls & LX_FUT)
			return 1;
		if (ex_is(c, k, W_TO) && k == tr - 1 &&
		    (c->tok.t[tr].cls & LX_VERB))
			return 1;
		if (ex_is(c, k, W_HAD) || ex_is(c, k, W_HAS) ||
		    ex_is(c, k, W_HAVE))
			return form == F_PAST ? -1 : 0;
		if (c->ppl.per[k] >= 0)
			break;
	}
	/* "her next visit to Peru", "Cole's next stop is Chile": ahead */
	if ((tr - 1 >= s0 && ex_is(c, tr - 1, W_NEXT)) ||
	    ((c->tok.t[tr].arg & 0xff) == V_BE && form != F_PAST &&
	    tr - 2 >= s0 && ex_is(c, tr - 2, W_NEXT) &&
	    (c->tok.t[tr - 1].cls & (LX_NOUN | LX_VERB))))
		return 1;
	if ((c->tok.t[tr].cls & LX_VERB) && !(c->tok.t[tr].cls & LX_NOUN)) {
		if (form == F_PAST)
			return -1;
		return 0;
	}
	/* a trip noun in a future clause: "will depart after his
	 * statement for a week-long trip to Asia" */
	for (int k = tr - 1; k >= s0 && k >= tr - 16; k--) {
		if (c->tok.t[k].cls & LX_FUT)
			return 1;
		if (((c->tok.t[k].cls & LX_BREAK) && !ex_is(c, k, W_AFTER)) ||
		    (c->tok.t[k].cls & LX_PAST) || c->ppl.per[k] >= 0 ||
		    ((c->tok.t[k].cls & LX_VERB) &&
		    (c->tok.t[k].arg >> 8) == F_PAST))
			break;
	}
	return 0;
}

/* 1 if the sentence denies someone a visa: "declined to issue him a
 * visa", "was denied a visa", "refused her visa". */
static int
ex_visa_denied(const struct ex_ctx *c, int s0, int s1)
{
	int visa = -1, deny = -1;

	for (int k = s0; k < s1 && visa < 0; k++)
		if (ex_is(c, k, W_VISA))
			visa = k;
	if (visa < 0)
		return 0;
	for (int k = s0; k < s1; k++) {
		if (ex_is(c, k, W_VISA))
			visa = k;
		if (ex_is(c, k, W_DECLINED) || ex_is(c, k, W_DENIED) ||
		    ex_is(c, k, W_REFUSED) || ex_is(c, k, W_REJECTED) ||
		    ex_is(c, k, W_DENIAL) || ex_is(c, k, W_DENY) ||
		    ex_is(c, k, W_REFUSAL))
			deny = k;
	}
	return visa >= 0 && deny >= 0 && visa - deny < 8 && deny - visa < 8;
}

/*
 * 1 if the trip noun at i is an earlier trip the sentence passes by:
 * "following her visit to Seoul", "after his talks in Cairo", "on the
 * heels of a trip to Peru", "in the wake of his tour of Asia".  Only a
 * few words (a determiner, adjectives) stand between; no place, no
 * verb, no punctuation.  Else 0.
 */
static int
ex_travel_after_trip(const struct ex_ctx *c, int s0, int i)
{
	if (!ex_triggers_noun_use(c, i))
		return 0;
	for (int k = i - 1; k >= s0 && k >= i - 4; k--) {
		if (c->men.pm[k] >= 0 || c->tok.t[k].type == T_PUNCT ||
		    (c->tok.t[k].cls & LX_VERB))
			return 0;
		if (ex_is(c, k, W_AFTER) || ex_is(c, k, W_FOLLOWING))
			return 1;
		if (ex_is(c, k, W_OF) && k - 1 >= s0 && (ex_is(c, k - 1,
		    W_HEELS) || ex_is(c, k - 1, W_WAKE)))
			return 1;
	}
	return 0;
}

static enum leg_status
ex_status(struct ex_ctx *c, int s0, int s1, int tr, int tense,
    const struct ex_time *x, int from, int dt)
{
	int v = c->tok.t[tr].arg & 0xff;

	if (from)
		return LEG_COMPLETED;
	/* "returning from a trip to X", "back from talks in X": a trip
	 * told by its return is over */
	for (int k = tr - 1; k > s0 && k >= tr - 5; k--) {
		if (c->men.pm[k] >= 0 || c->tok.t[k].type == T_PUNCT ||
		    ex_is(c, k, W_TO))
			break;
		if (ex_is(c, k, W_FROM) && (ex_is(c, k - 1, W_BACK) ||
		    ((c->tok.t[k - 1].cls & LX_VERB) && (c->tok.t[k - 1].arg &
		    0xff) == V_RETURN)))
			return LEG_COMPLETED;
	}
	if (ex_has(c, s0, s1, LX_CANCEL) || (ex_has(c, s0, s1, LX_VIRTUAL) &&
	    ex_is(c, tr + 0, W_OFF)) || ex_visa_denied(c, s0, s1))
		return LEG_CANCELLED;
	for (int k = s0; k + 1 < s1; k++)
		if ((ex_is(c, k, W_CALLED) || ex_is(c, k, W_CALL) ||
		    ex_is(c, k, W_PUT)) && ex_is(c, k + 1, W_OFF))
			return LEG_CANCELLED;
	/* "landed in Hanoi, on the heels of a trip to Laos" */
	if (tense < 0 && ex_travel_after_trip(c, s0, tr))
		return LEG_COMPLETED;
	if (x != NULL && x->start != WHEN_DAY_NONE) {
		int dd = ex_days_from_ref(c, x->start);

		if (x->prec == LEG_PREC_MONTH) {
			if (ex_times_month_cmp(x->start, c->tim.ref) > 0)
				return LEG_PLANNED;
			if (ex_times_month_cmp(x->start, c->tim.ref) < 0)
				return LEG_COMPLETED;
		} else if (dd > 0)
			return LEG_PLANNED;
		else if (dd < -1 || (dd < 0 && tense < 0 && v != V_ARRIVE)) {
			if (tense > 0)
				return LEG_PLANNED;
			if (v == V_ARRIVE || v == V_LAND || (v == V_BE &&
			    tense == 0))
				return LEG_ONGOING;
			return LEG_COMPLETED;
		}
	}
	if (x != NULL && x->vague)
		return x->rel < 0 ? LEG_COMPLETED : x->rel > 0 ? LEG_PLANNED :
		    tense > 0 ? LEG_PLANNED : LEG_ONGOING;
	if (tense > 0)
		return LEG_PLANNED;
	for (int k = s0; k < s1; k++) {
		/* "is in X after stops in Y": only Y is done; "after
		 * arriving in X": X is not */
		if (ex_is(c, k, W_AFTER) && ((k > tr && dt > k) || (k < tr &&
		    v != V_ARRIVE && v != V_LAND && v != V_BE))) {
			/* "After visiting Japan, he will fly to Seoul":
			 * both ahead */
			if (k == s0 && tr == k + 1 && ex_has(c, s0, s1,
			    LX_FUT))
				return LEG_PLANNED;
			return LEG_COMPLETED;
		}
		if ((c->tok.t[k].cls & LX_DONE) || ex_is(c, k, W_RETURN))
			return LEG_COMPLETED;
	}
	if (tense < 0) {
		if (v == V_ARRIVE || v == V_LAND)
			return LEG_ONGOING;
		if (c->tok.t[tr].cls & LX_NOUN && !(c->tok.t[tr].cls & LX_VERB))
			return LEG_ONGOING;
		return LEG_COMPLETED;
	}
	if ((c->tok.t[tr].cls & LX_NOUN) && ex_has(c, s0, s1, LX_PAST))
		return LEG_COMPLETED;
	if (v == V_LEAVE || v == V_HEAD || v == V_TRAVEL || v == V_FLY ||
	    v == V_GO || v == V_CONTINUE)
		return (c->tok.t[tr].arg >> 8) == F_ING ? LEG_ONGOING :
		    LEG_PLANNED;
	return LEG_ONGOING;
}

/*
 * "The state visit, which stirred protests in the UK, had been planned for
 * June": a definite trip noun with no traveller dates the undated leg to
 * that country of the article's last official subject.
 */
static void
ex_date_known(struct ex_ctx *c, int s0, int tr, const struct ex_time *x,
    int nx, const struct ex_dest *d, int nd)
{
	int			 per = c->disc.last_lsubj, xend, weak;
	const struct ex_time	*tx;
	struct ex_time		 tail;

	if (per < 0 || !ex_triggers_noun_use(c, tr) || !(ex_is(c, tr - 1,
	    W_THE) ||
	    ex_is(c, tr - 2, W_THE)))
		return;
	for (int di = 0; di < nd; di++) {
		const char *cc = c->men.m[d[di].m].cc;

		tx = ex_dests_time(c, s0, x, nx, d, nd, di, tr, &xend, &weak,
		    &tail);
		if (tx == NULL || tx->vague || tx->start == WHEN_DAY_NONE ||
		    ex_times_since(c, s0, tx))
			continue;
		ex_legs_date_country(c, c->ppl.p[per].name, cc, tx);
	}
}

/*
 * "The trip is set for April 6 to 8": a dated trip noun with no place
 * dates the traveller's last undated leg.
 */
static void
ex_fill_date(struct ex_ctx *c, int s0, int s1, int tr, const struct ex_time *x)
{
	int	who[6], nw = ex_discourse_travellers(c, s0, s1, tr, who, 6),
	    k = 0;

	for (int w = 0; w < nw; w++)
		if (c->ppl.p[who[w]].labelled)
			who[k++] = who[w];
	nw = k;
	if (nw == 0 && c->disc.last_lsubj >= 0)
		who[nw++] = c->disc.last_lsubj;
	for (int w = 0; w < nw; w++)
		ex_legs_date_trip(c, who[w], x, s0, s1, tr);
}

/*
 * "X arrived in Iceland, where he will hold talks with US Secretary of
 * State Y": a labelled partner of a meeting at the traveller's
 * destination, from a third country, is there too (undated).
 */
static void
ex_partners(struct ex_ctx *c, int s0, int s1, int tr,
    const struct ex_kbm *m, const int *who, int nw)
{
	int with = -1;

	if (nw == 0 || m->cc[0] == '\0')
		return;
	for (int k = tr + 1; k < s1; k++) {
		if (c->tok.t[k].cls & LX_MEET) {
			for (int q = k + 1; q < s1 && q <= k + 4; q++)
				if (ex_is(c, q, W_WITH)) {
					with = q;
					break;
				}
			if (with >= 0)
				break;
		}
	}
	if (with < 0 || ex_has(c, tr, s1, LX_VIRTUAL | LX_CANCEL))
		return;
	/* another place after the stop: the talks may be there ("talks
	 * with Y in Washington"), or another clause's */
	for (int k = m->t1; k < s1; k++)
		if (c->men.pm[k] >= 0 && c->ppl.per[k] < 0 &&
		    (c->men.m[c->men.pm[k]].kind == PM_PLACE ||
		    c->men.m[c->men.pm[k]].kind == PM_COUNTRY) &&
		    !kb_same_state(c->kb, c->men.m[c->men.pm[k]].cc, m->cc))
			return;
	/* one clause: no other travel word or clause break before "with" */
	for (int k = tr + 1; k < with; k++)
		if ((c->tok.t[k].cls & LX_BREAK) || (k > m->t1 &&
		    (ex_triggers_is(c, k, s1) || c->ppl.per[k] >= 0)))
			return;
	for (int k = with + 1; k < s1; k++) {
		int per = c->ppl.per[k], skip = 0;
		const struct ex_person *p;

		if (per < 0)
			continue;
		while (k + 1 < s1 && c->ppl.per[k + 1] == per)
			k++;
		p = &c->ppl.p[per];
		if (!p->labelled || p->cc[0] == '\0' ||
		    kb_same_state(c->kb, p->cc, m->cc))
			continue;
		for (int w = 0; w < nw; w++)
			if (who[w] == per || kb_same_state(c->kb,
			    c->ppl.p[who[w]].cc,
			    p->cc) || c->ppl.p[who[w]].cc[0] == '\0')
				skip = 1;
		if (skip)
			continue;
		ex_legs_add(c, &(struct ex_event){ .rule = "travel-partner",
		    .per = per, .m = m, .status = LEG_ONGOING, .conf = 0.4,
		    .s0 = s0, .s1 = s1 });
	}
}

/* 1 if another travel word with a place lies between trigger tr and time
 * t0: "the visit was offered while she was visiting Lima in May" */
static int
ex_trigger_between(struct ex_ctx *c, int tr, int t0, int s1)
{
	struct ex_dest d[4];

	for (int k = tr + 1; k < t0; k++)
		if (ex_triggers_is(c, k, s1) && ex_dests_find(c, s1, k, d,
		    4) > 0)
			return 1;
	return 0;
}

/*
 * "a trip that also will include a visit to Prague; talks in Germany with
 * Chancellor Kohl; and a meeting in Egypt with President Mubarak": the
 * items of a trip's programme that name a place are stops of the same
 * travellers.  Returns the last token used (or i).
 */
static int
ex_include_list(struct ex_ctx *c, int s0, int s1, int tr, int i,
    const int *who, int nw, int tense)
{
	static const enum ex_word items[] = { W_TALKS, W_MEETING, W_MEETINGS,
	    W_STOP, W_STOPS, W_VISIT, W_VISITS, W_STOPOVER, W_SUMMIT };
	int inc = -1, last = i;

	for (int k = tr + 1; k < s1 && k < tr + 30; k++)
		if (ex_is(c, k, W_INCLUDE) || ex_is(c, k, W_INCLUDES) ||
		    ex_is(c, k, W_INCLUDING)) {
			inc = k;
			break;
		}
	if (inc < 0 || nw == 0)
		return i;
	for (int k = inc + 1; k < s1; k++) {
		const struct ex_kbm *m;
		int ok = 0;

		if (c->men.pm[k] < 0 || c->ppl.per[k] >= 0)
			continue;
		m = &c->men.m[c->men.pm[k]];
		if ((m->kind != PM_PLACE && m->kind != PM_COUNTRY) ||
		    !(ex_is(c, k - 1, W_IN) || ex_is(c, k - 1, W_TO)))
			continue;
		for (size_t w = 0; w < sizeof items / sizeof items[0]; w++)
			if (ex_is(c, k - 2, items[w]))
				ok = 1;
		if (!ok)
			continue;
		for (int w = 0; w < nw; w++)
			ex_legs_add(c, &(struct ex_event){
			    .rule = "travel-including", .per = who[w], .m = m,
			    .status = tense < 0 ? LEG_COMPLETED : LEG_PLANNED,
			    .conf = 0.5, .s0 = s0, .s1 = s1 });
		if (m->t1 - 1 > last)
			last = m->t1 - 1;
		k = m->t1 - 1;
	}
	return last;
}

/*
 * The time of a departure earlier in the sentence than the arrival at
 * tr: "left Bonn on Friday and was to stop in Anchorage before arriving
 * in Tokyo".  The time must follow "left" closely, with no trip word in
 * between.
 */
static const struct ex_time *
ex_departure_time(const struct ex_ctx *c, int s0, int tr,
    const struct ex_time *x, int nx)
{
	for (int k = tr - 1; k >= s0; k--) {
		if (!(c->tok.t[k].cls & LX_VERB) || (c->tok.t[k].arg & 0xff) !=
		    V_LEAVE || (c->tok.t[k].arg >> 8) != F_PAST)
			continue;
		if (ex_is(c, k - 1, W_WHO))	/* "X, who left in May," */
			return NULL;
		for (int j = 0; j < nx; j++)
			if (x[j].start != WHEN_DAY_NONE && !x[j].vague &&
			    x[j].t0 > k &&
			    x[j].t0 <= k + 4 && x[j].t0 < tr)
				return &x[j];
		return NULL;
	}
	return NULL;
}

/*
 * A trigger being read (ex_travel_run): its sentence [s0, s1), token tr,
 * the sentence's times (xused marks those a leg took), its destinations
 * and travellers, the trigger's tense and the legs' confidence.
 */
struct ex_trigger {
	int			 s0, s1, tr;
	const struct ex_time	*x;
	int			 nx;
	int			*xused;
	const struct ex_dest	*d;
	int			 nd;
	const int		*who;
	int			 nw;
	int			 tense;
	double			 conf;
};

/*
 * The tense a relative clause between the trigger at tr and the stop at
 * t0 gives the stop: "a tour that will take her to Chile" +1, "the last
 * stop of a tour that took her to Peru and Bolivia", "a tour that has
 * taken her to Ghana" -1, else 0.
 */
static int
ex_travel_rel_tense(const struct ex_ctx *c, int tr, int t0)
{
	int rel = -1;

	for (int k = t0 - 1; k > tr; k--)
		if ((ex_is(c, k, W_THAT) || ex_is(c, k, W_WHICH)) &&
		    (c->tok.t[k - 1].cls & LX_NOUN)) {
			rel = k;
			break;
		}
	if (rel < 0)
		return 0;
	for (int k = rel + 1; k < t0 && k <= rel + 4; k++) {
		if (c->tok.t[k].cls & LX_FUT)
			return 1;
		if (ex_is(c, k, W_TOOK) || ((ex_is(c, k - 1, W_HAS) ||
		    ex_is(c, k - 1, W_HAD) || ex_is(c, k - 2, W_HAS) ||
		    ex_is(c, k - 2, W_HAD)) && ex_is(c, k, W_TAKEN)))
			return -1;
	}
	return 0;
}

/*
 * "Duffy, here on a three-day visit after talks in the United States":
 * the places after "after" are earlier stops (marked from in d), the
 * stay is at the dateline place.  Returns 1 in that case, else 0.
 */
static int
ex_travel_here_after(const struct ex_ctx *c, int s0, int i,
    struct ex_dest *d, int nd)
{
	int here_after = 0, hb = 0;

	if (c->tim.dl_cc[0] == '\0' || !(c->tok.t[i].cls & LX_NOUN))
		return 0;
	for (int k = i - 4 > s0 ? i - 4 : s0; k < i; k++)
		if (ex_is(c, k, W_HERE))
			hb = 1;
	for (int k = i + 1; hb && k < d[0].t; k++)
		if (ex_is(c, k, W_AFTER) || ex_is(c, k, W_FOLLOWING))
			here_after = 1;
	for (int di = 0; here_after && di < nd; di++)
		d[di].from = 1;
	return here_after;
}

/* The sentence's tense, for weekday names: +1, -1 or 0. */
static int
ex_sentence_tense(const struct ex_ctx *c, int s0, int s1)
{
	int tensehint = 0;

	for (int i = s0; i < s1; i++) {
		if ((c->tok.t[i].cls & LX_FUT) || ex_times_be_to(c, i)) {
			tensehint = 1;
			break;
		}
		/* "concluded a visit to Libya on Thursday", "ended her
		 * tour on Monday": a trip's end told is past */
		if (((c->tok.t[i].cls & LX_VERB) &&
		    (c->tok.t[i].arg >> 8) == F_PAST) ||
		    (c->tok.t[i].cls & LX_DONE))
			tensehint = -1;
	}
	if (tensehint == 0) {
		for (int i = s0; i < s1; i++)
			if (ex_is(c, i, W_LEAVES) || ex_is(c, i, W_OPENS) ||
			    ex_is(c, i, W_BEGINS) || ex_is(c, i, W_STARTS))
				tensehint = 1;
	}
	return tensehint;
}

/*
 * A trigger at i with no destination: "here", or a possessive visit in a
 * datelined article, is the dateline place; else the sentence's first
 * time may date an earlier leg.  *nx grows to 1 when "arriving here"
 * dates the trip today (in x[0]).
 */
static void
ex_travel_here(struct ex_ctx *c, int s0, int s1, int i, struct ex_time *x,
    int *nxp, const int *xused)
{
	int	nx = *nxp, who[6], nw, tense;
	int	here = 0, said_here = 0;

	/* "here on an official visit", "arriving here" */
	for (int k = i - 4 > s0 ? i - 4 : s0; k < s1 &&
	    k < i + 4; k++)
		if (ex_is(c, k, W_HERE))
			here = said_here = 1;
	if (!here && (c->tok.t[i].cls & LX_NOUN) &&
	    (c->tok.t[i - 1 >= s0 ? i - 1 : i].flags & TF_POSS)
	    && !ex_is(c, i + 1, W_TO) && !ex_is(c, i + 1,
	    W_ABROAD))
		here = 1;
	/* "fly to A on Tuesday for a three-day visit": the
	 * date went to A's leg already */
	if (!here && nx > 0 && x[0].start != WHEN_DAY_NONE && !xused[0] &&
	    (ex_triggers_noun_use(c, i) || x[0].t0 > i) &&
	    !ex_times_since(c, s0, &x[0]) &&
	    !ex_trigger_between(c, i, x[0].t0, s1))
		ex_fill_date(c, s0, s1, i, &x[0]);
	if (!here || c->tim.dl_cc[0] == '\0')
		return;
	nw = ex_discourse_travellers(c, s0, s1, i, who, 6);
	tense = ex_tense(c, s0, i);
	if (nx == 0 && tense <= 0 && ((c->tok.t[i].arg & 0xff) ==
	    V_ARRIVE || (c->tok.t[i].arg & 0xff) == V_LAND)) {
		/* "on arriving here": today */
		ex_times_today(c, &x[0]);
		x[0].t0 = x[0].t1 = i;
		nx = 1;
	}
	for (int w = 0; w < nw; w++) {
		struct ex_kbm m;
		int other = 0;

		/* "the minister's tour" of someone whose
		 * trip abroad was reported elsewhere: that
		 * trip, not the dateline place */
		if (!said_here && ex_legs_away(c, c->ppl.p[who[w]].name,
		    c->tim.dl_cc))
			other = 1;
		if (other)
			continue;
		ex_times_dateline_place(c, &m);
		ex_legs_add(c, &(struct ex_event){
		    .rule = "travel-dateline", .per = who[w],
		    .m = &m, .x = nx ? &x[0] : NULL,
		    .status = ex_status(c, s0, s1, i, tense,
		    nx ? &x[0] : NULL, 0, -1),
		    .conf = 0.5, .s0 = s0, .s1 = s1 });
	}
	*nxp = nx;
}

/*
 * 1 if the trigger at i is negated: right before it, a little further
 * back in the same verb chain ("not confirming to go to visit Y"), or
 * "there are no plans for X's visit".
 */
static int
ex_travel_negated(const struct ex_ctx *c, int s0, int i)
{
	int neg = 0;

	for (int k = i - 1; k >= s0 && k >= i - 3; k--)
		if (c->tok.t[k].cls & LX_NEG)
			neg = 1;
	/* "not confirming to go to visit Y": a negation a
	 * little further back, in the same verb chain */
	for (int k = i - 4; !neg && k >= s0 && k >= i - 7;
	    k--) {
		int stop = 0;

		for (int q = k + 1; q < i; q++)
			if (c->tok.t[q].type == T_PUNCT ||
			    c->ppl.per[q] >= 0 || ((c->tok.t[q].cls &
			    (LX_PRON_S | LX_PRON_P | LX_BREAK |
			    LX_STOP)) && !ex_is(c, q, W_TO)))
				stop = 1;
		if (stop)
			break;
		if (c->tok.t[k].cls & LX_NEG)
			neg = 1;
	}
	/* "there are no plans for X's visit to Y" */
	for (int k = i - 1; k > s0 && k >= i - 10; k--) {
		if (c->tok.t[k].type == T_PUNCT && c->tok.t[k].ch !=
		    '-' && c->tok.t[k].ch != '\'')
			break;
		if ((ex_is(c, k, W_PLANS) || ex_is(c, k,
		    W_PLAN) || ex_is(c, k, W_INTENTION)) &&
		    (ex_is(c, k - 1, W_NO) || (k - 2 >= s0 &&
		    ex_is(c, k - 2, W_NO))))
			neg = 1;
	}
	return neg;
}

/*
 * 1 if the return verb at i goes back to a place after a stay elsewhere:
 * "returned to Madrid after two days of talks in Ottawa", "flew back to
 * Lima following visits to Chile".  The stay is a stop of its own (the
 * triggers leave "returned to" alone: a return is no trip by itself).
 */
static int
ex_travel_return_to(const struct ex_ctx *c, int i, int s1)
{
	if (!(c->tok.t[i].cls & LX_VERB) || (c->tok.t[i].arg & 0xff) !=
	    V_RETURN || !ex_is(c, i + 1, W_TO))
		return 0;
	for (int k = i + 2; k < s1 && k < i + 12; k++) {
		if (c->tok.t[k].type == T_PUNCT && c->tok.t[k].ch != ',')
			return 0;
		if (ex_is(c, k, W_AFTER) || ex_is(c, k, W_FOLLOWING))
			return ex_triggers_stay_in(c, k + 1, s1) ||
			    (k + 2 < s1 && (c->tok.t[k + 1].cls & LX_NOUN) &&
			    ex_triggers_is(c, k + 1, s1)) ||
			    (k + 3 < s1 && (ex_is(c, k + 1, W_A) ||
			    ex_is(c, k + 1, W_HIS) || ex_is(c, k + 1, W_HER)) &&
			    (c->tok.t[k + 2].cls & LX_NOUN) &&
			    ex_triggers_is(c, k + 2, s1));
	}
	return 0;
}

/*
 * 1 if the trigger at i is the visit of an invitation not (yet) taken up:
 * "invited X to visit Peru", "an invitation to visit Peru", "renewed his
 * invitation to travel to Peru", "for inviting my delegation to Hawaii"
 * (the trip noun the object of the inviting).  "accepted an invitation to
 * visit" is a plan.
 */
static int
ex_travel_invited(const struct ex_ctx *c, int s0, int s1, int i)
{
	int inv = 0;

	if (!ex_is(c, i - 1, W_TO)) {
		if (!ex_is(c, i + 1, W_TO) || !(c->tok.t[i].cls & LX_NOUN))
			return 0;
		for (int k = i - 1; k >= s0 && k >= i - 3 && !inv; k--) {
			if (c->tok.t[k].type == T_PUNCT)
				return 0;
			inv = ex_is(c, k, W_INVITED) || ex_is(c, k,
			    W_INVITE) || ex_is(c, k, W_INVITES) ||
			    ex_is(c, k, W_INVITING);
		}
		if (!inv)
			return 0;
	}
	for (int k = i - 2; k >= s0 && k >= i - 10 && !inv; k--) {
		if ((c->tok.t[k].cls & LX_BREAK) || ex_punct(c, k, ';') ||
		    ex_punct(c, k, '.'))
			break;
		if (ex_is(c, k, W_INVITATION) || ex_is(c, k, W_INVITATIONS) ||
		    ex_is(c, k, W_INVITED) || ex_is(c, k, W_INVITE) ||
		    ex_is(c, k, W_INVITES) || ex_is(c, k, W_INVITING)) {
			inv = 1;
			break;
		}
	}
	if (!inv)
		return 0;
	for (int k = s0; k < s1; k++)
		if (ex_is(c, k, W_ACCEPT) || ex_is(c, k, W_ACCEPTED) ||
		    ex_is(c, k, W_ACCEPTS) || ex_is(c, k, W_ACCEPTING))
			return 0;
	return 1;
}

/*
 * 1 if the verb of leaving at i has a person for its subject, right
 * before it or its auxiliaries: "Baker had already left West Germany",
 * "X, who left Kyiv", "she is leaving Tokyo", "before leaving Tokyo"
 * (the clause's subject); not "businesses that have left Russia", "the
 * war will have left Russia weaker".
 */
static int
ex_leaver_is_person(const struct ex_ctx *c, int i)
{
	int k = i - 1;

	if ((c->tok.t[i].arg >> 8) == F_ING && (ex_is(c, k, W_BEFORE) ||
	    ex_is(c, k, W_AFTER) || ex_is(c, k, W_UPON) || ex_is(c, k,
	    W_ON) || ex_is(c, k, W_WHILE) || ex_is(c, k, W_WHEN)))
		return 1;
	while (k >= 0 && k >= i - 4 && (ex_is(c, k, W_HAD) || ex_is(c, k,
	    W_HAS) || ex_is(c, k, W_HAVE) || ex_is(c, k, W_BEEN) ||
	    ex_is(c, k, W_IS) || ex_is(c, k, W_WAS) ||
	    (c->tok.t[k].cls & LX_FUT) || (c->tok.t[k].type == T_WORD &&
	    c->tok.t[k].cls == 0 && !(c->tok.t[k].flags & TF_CAP) &&
	    c->tok.t[k].flen > 2 && strcmp(ex_fold(c, k) +
	    c->tok.t[k].flen - 2, "ly") == 0) || ex_is(c, k, W_ALREADY)))
		k--;
	return k >= 0 && (c->ppl.per[k] >= 0 || ex_is(c, k, W_WHO) ||
	    (c->tok.t[k].cls & (LX_PRON_S | LX_PRON_P)));
}

/*
 * 1 if the trip word at i is told by its end: "back from a trip to X",
 * "fresh from his first foreign trip to Russia", "returning from talks
 * in X": 1; "fresh from" (whose stops the sentence does not date, as
 * what follows is the next trip): 2; else 0.
 */
static int
ex_travel_back_from(const struct ex_ctx *c, int s0, int i)
{
	for (int k = i - 1; k > s0 && k >= i - 5; k--) {
		if (c->men.pm[k] >= 0 || c->tok.t[k].type == T_PUNCT ||
		    ex_is(c, k, W_TO))
			return 0;
		if (ex_is(c, k, W_FROM) && ex_is(c, k - 1, W_FRESH))
			return 2;
		if (ex_is(c, k, W_FROM) && (ex_is(c, k - 1, W_BACK) ||
		    ((c->tok.t[k - 1].cls & LX_VERB) &&
		    (c->tok.t[k - 1].arg & 0xff) == V_RETURN)))
			return 1;
	}
	return 0;
}

/*
 * 1 if the stops d[0..nd) are all origins, which make no trip ("troops
 * to leave Libya", "restrictions on travel from China"), unless the
 * trigger at i tells a return, an arrival or a departure: "returned
 * from Washington", "flew back home from Japan", "arrived here from
 * Turkey", "left Kyiv on Monday".
 */
static int
ex_travel_origins_only(const struct ex_ctx *c, int i, const struct ex_dest *d,
    int nd)
{
	int v = c->tok.t[i].arg & 0xff;

	for (int di = 0; di < nd; di++)
		if (!d[di].from)
			return 0;
	if (v == V_RETURN || ex_is(c, i + 1, W_BACK) || ex_is(c, i + 1,
	    W_HOME) || ex_travel_back_from(c, 0, i))
		return 0;
	/* "arrived on a military plane from Turkey", "upon his arrival
	 * from Astana": the flight's origin is an earlier stop */
	if (v == V_ARRIVE || v == V_LAND)
		return 0;
	/* "left Kyiv", "before leaving Tokyo": a stay that ends; "troops
	 * to leave Libya", "must leave": no trip told */
	if (v == V_LEAVE && (c->tok.t[i].cls & LX_VERB) &&
	    (c->tok.t[i].arg >> 8) != F_BASE && !ex_triggers_noun_use(c, i))
		return !ex_leaver_is_person(c, i);
	return 1;
}

/*
 * Home stops ("back to Washington and then Nigeria" for an American) are
 * no legs: drops the destinations in d[0..nd) that are home to all nw
 * travellers and a domestic stop (ex_legs_domestic_stop, in sentence
 * [s0, s1), trigger tr) to none.
 * Returns the number left.
 */
static int
ex_drop_home(const struct ex_ctx *c, const int *who, int nw,
    struct ex_dest *d, int nd, int tr, int s0, int s1)
{
	/* "left Bonn": the place left is where the trip began */
	int k = 0, left = (c->tok.t[tr].arg & 0xff) == V_LEAVE &&
	    !ex_is(c, tr + 1, W_FOR);

	for (int di = 0; di < nd; di++) {
		int home = nw > 0;

		for (int w = 0; w < nw; w++)
			if (c->ppl.p[who[w]].cc[0] == '\0' ||
			    !kb_is_home(c->kb, c->ppl.p[who[w]].cc,
			    c->men.m[d[di].m].cc) ||
			    ex_legs_domestic_stop(c, who[w],
			    &c->men.m[d[di].m], d[di].from || left, s0,
			    s1))
				home = 0;
		if (!home)
			d[k++] = d[di];
	}
	return k;
}

/*
 * The date of stop di of an undated list, told later in the sentence with
 * the stop's place: "will visit Russia, South Africa and Congo on March
 * 22-30 and attend a summit on March 26-27 in Durban, South Africa".
 * The time is right before "in X" or right after X (*where: X).  NULL if
 * none.
 */
static const struct ex_time *
ex_stop_dated_later(const struct ex_ctx *c, const struct ex_trigger *t,
    int di, const struct ex_kbm **where)
{
	const char *cc = c->men.m[t->d[di].m].cc;

	for (int k = t->d[t->nd - 1].t + 1; k < t->s1; k++) {
		const struct ex_kbm *m;

		if (c->men.pm[k] < 0 || c->ppl.per[k] >= 0)
			continue;
		m = &c->men.m[c->men.pm[k]];
		if ((m->kind != PM_PLACE && m->kind != PM_COUNTRY) ||
		    !kb_same_state(c->kb, m->cc, cc) ||
		    !(ex_is(c, k - 1, W_IN) || ex_is(c, k - 1, W_AT)))
			continue;
		for (int j = 0; j < t->nx; j++) {
			const struct ex_time *x = &t->x[j];

			if (x->start == WHEN_DAY_NONE || x->vague)
				continue;
			if ((x->t1 <= k - 1 && k - 1 - x->t1 <= 1) ||
			    (x->t0 >= m->t1 && x->t0 - m->t1 <= 2)) {
				*where = m;
				return x;
			}
		}
	}
	return NULL;
}

/*
 * The day of an undated trip at tr in a clause "hours after", "a day
 * before" a dated main clause: "X made a visit to Iraq this morning,
 * hours after Y went to Baghdad" (the same day), "X arrived on Tuesday,
 * a day after Y flew to Z" (the day before).  The main clause's last day
 * time before the span, moved by it, into *out: 1.  "days after",
 * "weeks before": the main clause's time is not the trip's, -1 (*out
 * names the span's first token in t0).  Else 0.
 */
static int
ex_span_after_time(const struct ex_ctx *c, int s0, int tr,
    const struct ex_time *x, int nx, struct ex_time *out)
{
	int k, off, q = -1;

	for (k = tr - 1; k > s0 + 1 && k >= tr - 10; k--) {
		if (ex_is(c, k, W_AFTER) || ex_is(c, k, W_BEFORE))
			break;
		if ((c->tok.t[k].type == T_PUNCT && c->tok.t[k].ch != '.' &&
		    c->tok.t[k].ch != '-') || (c->tok.t[k].cls & LX_VERB))
			return 0;
	}
	if (k <= s0 + 1 || k < tr - 10)
		return 0;
	if (ex_is(c, k - 1, W_HOURS) || ex_is(c, k - 1, W_MINUTES))
		off = 0;
	else if (ex_is(c, k - 1, W_DAY) && (ex_is(c, k - 2, W_A) ||
	    ex_is(c, k - 2, W_ONE) || ex_is(c, k - 2, W_THE)))
		off = ex_is(c, k, W_AFTER) ? -1 : 1;
	else if (ex_is(c, k - 1, W_DAYS) || ex_is(c, k - 1, W_WEEKS) ||
	    ex_is(c, k - 1, W_MONTHS) || ex_is(c, k - 1, W_YEARS)) {
		ex_time_clear(out);
		out->t0 = k - 1;
		return -1;
	} else
		return 0;
	for (int j = 0; j < nx; j++)
		if (x[j].t1 <= k - 1 && x[j].prec == LEG_PREC_DAY &&
		    !x[j].vague && x[j].start != WHEN_DAY_NONE)
			q = j;
	if (q < 0)
		return 0;
	*out = x[q];
	out->start += off;
	out->end = WHEN_DAY_NONE;
	return 1;
}

/*
 * The legs of destination di of the trigger t->tr: its time, status and
 * one event per traveller.
 */
static void
ex_travel_dest(struct ex_ctx *c, const struct ex_trigger *t, int di)
{
	const int		 s0 = t->s0, s1 = t->s1, i = t->tr, nx = t->nx;
	const int		 nd = t->nd, nw = t->nw, tense = t->tense;
	const int		*who = t->who;
	const struct ex_dest	*d = t->d;
	const struct ex_time	*x = t->x;
	int			*xused = t->xused;
	const double		 conf = t->conf;
	const struct ex_kbm	*m = &c->men.m[d[di].m];
	struct ex_time		 today, tail, span;
	int			 xend, weak, rel;
	const struct ex_time	*tx;
	enum leg_status		 st;

	tx = ex_dests_time(c, s0, x, nx, d, nd, di, i, &xend, &weak, &tail);
	/* "left Washington Friday ... before arriving in Hong
	 * Kong": an undated arrival after a dated departure
	 * takes the departure's date */
	if (tx == NULL && !d[di].from) {
		int a = -1;

		for (int q = d[di].t; q >= s0 && q >= d[di].t -
		    8 && a < 0; q--)
			if ((c->tok.t[q].cls & LX_VERB) &&
			    (c->tok.t[q].arg & 0xff) == V_ARRIVE)
				a = q;
		if (a >= 0)
			tx = ex_departure_time(c, s0, a, x, nx);
	}
	if (d[di].from == 1)
		tx = NULL;
	/* "hours after Y went to Z": the main clause's day; "days after
	 * Y went to Z": not that day */
	if (!d[di].from) {
		int sp = ex_span_after_time(c, s0, i, x, nx, &span);

		if (sp > 0 && tx == NULL)
			tx = &span;
		else if (sp < 0 && tx != NULL && tx->t1 <= span.t0)
			tx = NULL;
	}
	if (tx == NULL && !d[di].from && nd > 1) {
		const struct ex_kbm *w = NULL;

		if ((tx = ex_stop_dated_later(c, t, di, &w)) != NULL) {
			xend = 1;
			if (w->city != NULL)	/* "in Durban": the city */
				m = w;
		}
	}
	/* "accepted Wednesday an invitation to visit X": a
	 * day before the invitation is the acceptance's */
	if (tx != NULL && i >= s0 + 2 && ex_is(c, i - 1, W_TO) &&
	    (ex_is(c, i - 2, W_INVITATION) || ex_is(c, i - 2,
	    W_INVITATIONS)) && tx->t1 <= i - 2)
		tx = NULL;
	st = ex_status(c, s0, s1, i, tense, tx, d[di].from,
	    d[di].t);
	/* "a tour that took her to A and B", "that will take her to C" */
	if ((rel = ex_travel_rel_tense(c, i, d[di].t)) != 0 &&
	    !d[di].from && st != LEG_CANCELLED && (tx == NULL ||
	    tx->start == WHEN_DAY_NONE))
		st = rel > 0 ? LEG_PLANNED : LEG_COMPLETED;
	if (di > 0 && tx == NULL && st == LEG_ONGOING &&
	    !d[di].from)
		st = LEG_PLANNED;
	/* "X on Monday postponed his visit": the day of the
	 * decision, not of the trip */
	if (st == LEG_CANCELLED && tx != NULL &&
	    ex_times_cancelled(c, s0, s1, tx))
		tx = NULL;
	/* an arrival at the dateline place, undated: the
	 * report is from there, today */
	/* "X has arrived in Y", undated: today */
	/* "Takeshita arrived in Washington for talks",
	 * with no time in the sentence: the news of the
	 * day (a later date knows better) */
	if (tx == NULL && st == LEG_ONGOING && !d[di].from &&
	    (strcmp(m->cc, c->tim.dl_cc) == 0 || ((ex_is(c, i - 1,
	    W_HAS) || ex_is(c, i - 1, W_HAVE)) &&
	    (c->tok.t[i].cls & LX_VERB)) || (nx == 0 && di == 0 &&
	    (c->tok.t[i].cls & LX_VERB) && (c->tok.t[i].arg >> 8) ==
	    F_PAST && !ex_is(c, i - 1, W_HAD))) &&
	    ((c->tok.t[i].arg &
	    0xff) == V_ARRIVE || (c->tok.t[i].arg & 0xff) ==
	    V_LAND)) {
		ex_times_today(c, &today);
		tx = &today;
		/* "has arrived": a later "landed on
		 * Monday" knows better */
		if (strcmp(m->cc, c->tim.dl_cc) != 0)
			weak = 1;
	}
	/* "En route to Peru she will stop in Panama": the
	 * stop on the way opens the trip, on its first day */
	if (tx == NULL && !d[di].from && nw > 0 &&
	    st == LEG_PLANNED && (ex_is(c, s0, W_ENROUTE) ||
	    (ex_is(c, s0, W_EN) && ex_is(c, s0 + 1, W_ROUTE)) ||
	    (ex_is(c, s0, W_ON) && ex_is(c, s0 + 2, W_WAY) &&
	    !ex_is(c, s0 + 3, W_BACK) && !ex_is(c, s0 + 3,
	    W_HOME)))) {
		int32_t first;

		if (ex_legs_first_planned_day(c, c->ppl.p[who[0]].name,
		    &first)) {
			ex_time_clear(&today);
			today.start = first;
			today.prec = LEG_PREC_DAY;
			tx = &today;
		}
	}
	if (tx != NULL && tx >= x && tx < x + nx)
		xused[tx - x] = 1;
	for (int w = 0; w < nw; w++)
		ex_legs_add(c, &(struct ex_event){
		    .rule = "travel", .per = who[w], .m = m,
		    .from = d[di].from != 0,
		    .x = tx != NULL && tx->vague ? NULL : tx,
		    .xend = xend, .status = st, .conf = conf,
		    .s0 = s0, .s1 = s1, .weak = weak });
}

static void
ex_travel_run(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	x[8];
	int		nx, tensehint;
	int		virt = ex_has(c, s0, s1, LX_VIRTUAL);
	int		xused[8] = { 0 };	/* times given to a leg */
	int		here_after;

	tensehint = ex_sentence_tense(c, s0, s1);
	nx = -1;	/* the sentence's times, read at its first trigger */
	for (int i = s0; i < s1; i++) {
		struct ex_dest	 d[12];
		int		 nd, who[6], nw, tense;
		double		 conf;

		if (!ex_triggers_is(c, i, s1) && !ex_travel_return_to(c, i,
		    s1))
			continue;
		/* virtual: "virtual visit", "phone call" in the sentence */
		if (virt)
			continue;
		if (nx < 0)
			nx = ex_times_find(c, s0, s1, tensehint, x, 8);
		nd = ex_dests_find(c, s1, i, d, 12);
		if (nd == 0 && (d[0].m = ex_dests_before(c, s0, i)) >= 0) {
			d[0].t = i;
			d[0].from = 0;
			nd = 1;
		}
		if (nd == 0)
			nd = ex_dests_list_before(c, s0, i, d, 12);
		if (nd == 0) {
			ex_travel_here(c, s0, s1, i, x, &nx, xused);
			continue;
		}
		here_after = ex_travel_here_after(c, s0, i, d, nd);
		/* "fresh from his trip to Russia, X will ...": done */
		if (ex_travel_back_from(c, s0, i) == 2)
			for (int di = 0; di < nd; di++)
				d[di].from = 1;
		/* "restrictions on travel from China": an origin and no
		 * destination is no trip */
		if (!here_after && ex_travel_origins_only(c, i, d, nd))
			continue;
		/* "invited her to visit Peru": an invitation, no trip */
		if (ex_travel_invited(c, s0, s1, i))
			continue;
		nw = ex_discourse_travellers(c, s0, s1, i, who, 6);
		if (nw == 0) {
			ex_date_known(c, s0, i, x, nx, d, nd);
			continue;
		}
		nw = ex_discourse_companions(c, s0, s1, who, nw, 6);
		ex_discourse_set_group(c, who, nw);
		tense = ex_tense(c, s0, i);
		/* "arrived in Hanoi, on the heels of a trip to Laos": the
		 * trip passed by in a sentence told in the past is done */
		if (tensehint == -1 && ex_travel_after_trip(c, s0, i))
			tense = -1;
		/* negation right before the trigger: not travel */
		if (ex_travel_negated(c, s0, i) && !ex_has(c, s0, s1,
		    LX_CANCEL))
			continue;
		conf = (c->tok.t[i].cls & LX_VERB) ? 0.75 : 0.6;
		if (nx > 0)
			conf += 0.1;
		/* home stops are no legs: the first foreign one is first */
		if ((nd = ex_drop_home(c, who, nw, d, nd, i, s0, s1)) == 0)
			continue;
		/* "the departure from Afghanistan of U.S. citizens": with
		 * the home stop gone, an origin alone is no trip */
		if (!here_after && ex_travel_origins_only(c, i, d, nd))
			continue;
		/* "will fly from Kenya to Namibia for a visit from June 4":
		 * ahead, the origin is a stop told elsewhere, and the dates
		 * are the destination's */
		if (tense > 0 && nd > 1) {
			int k = 0, to = 0;

			for (int di = 0; di < nd; di++)
				if (!d[di].from)
					to = 1;
			for (int di = 0; to && di < nd; di++)
				if (!d[di].from)
					d[k++] = d[di];
			if (to)
				nd = k;
		}
		{
			const struct ex_trigger t = { .s0 = s0, .s1 = s1,
			    .tr = i, .x = x, .nx = nx, .xused = xused, .d = d,
			    .nd = nd, .who = who, .nw = nw, .tense = tense,
			    .conf = conf };

			for (int di = 0; di < nd; di++)
				ex_travel_dest(c, &t, di);
		}
		if (here_after) {
			struct ex_kbm m;

			ex_times_dateline_place(c, &m);
			for (int w = 0; w < nw; w++)
				ex_legs_add(c, &(struct ex_event){
				    .rule = "travel-here", .per = who[w],
				    .m = &m, .status = LEG_ONGOING,
				    .conf = 0.5, .s0 = s0, .s1 = s1 });
		}
		ex_partners(c, s0, s1, i, &c->men.m[d[0].m], who, nw);
		{
			int tr = i;

			i = d[nd - 1].t;
			i = ex_include_list(c, s0, s1, tr, i, who, nw, tense);
		}
	}
}

const struct ex_rule ex_rule_travel = {
	.name = "travel",
	.needs = LX_VERB | LX_NOUN,	/* a trigger is one or the other */
	.run = ex_travel_run,
};
