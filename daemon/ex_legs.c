/*
 * ex_legs: travel findings -> legs.
 *
 * Input: a person (c->ppl.p), a destination mention (c->men.m), a time (struct
 * ex_time), a status, a confidence and an evidence token range, from the
 * rules.  Output: c->out[out0..): one leg per person and country, merged,
 * home countries dropped, historical codes applied; after the body, legs
 * dated from the headline and surnames merged with full names.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_dests.h"
#include "ex_legs.h"
#include "ex_mentions.h"
#include "ex_times.h"
#include "ex_tokens.h"
#include "ex_triggers.h"
#include "kb.h"
#include "xmalloc.h"

void
ex_legs_date_text(char out[11], int32_t day)
{
	if (day == WHEN_DAY_NONE)
		out[0] = '\0';
	else
		when_day_format(day, out);
}

int32_t
ex_legs_date_day(const char *s)
{
	int32_t day;

	if (when_day_parse(s, strlen(s), &day) != 0)
		return WHEN_DAY_NONE;
	return day;
}

int
ex_legs_same_month(int32_t a, int32_t b)
{
	int ya, ma, yb, mb, d;

	if (a == WHEN_DAY_NONE || b == WHEN_DAY_NONE)
		return a == b;
	when_day_to_ymd(a, &ya, &ma, &d);
	when_day_to_ymd(b, &yb, &mb, &d);
	return ya == yb && ma == mb;
}

/*
 * The per-leg flags in c->weak: EX_LEG_WEAK, its date is only an overall
 * range's ("visits A, B and C from May 3 to 9"); EX_LEG_RECALLED, a trip
 * told as done with only a vague past time ("when I was in X a few
 * months ago", "his visit last year"): no later sentence's date of the
 * day or ahead ("the trip today") is its date.
 */
#define EX_LEG_WEAK	1
#define EX_LEG_RECALLED	2

/*
 * Leg li (an index in c->out) dated from x: ex_legs_redate sets its start
 * (and end, with_end) and precision; ex_legs_set_status its status.
 * ex_legs_weak tells whether its date is only an overall range's,
 * ex_legs_clear_weak makes it its own.
 */
static void
ex_legs_redate(struct ex_ctx *c, size_t li, const struct ex_time *x,
    int with_end)
{
	struct leg *l = &c->out->v[li];

	ex_legs_date_text(l->start, x->start);
	if (with_end)
		ex_legs_date_text(l->end, x->end);
	else if (l->end[0] != '\0' && strcmp(l->end, l->start) < 0)
		l->end[0] = '\0';	/* a leg never ends before it starts */
	l->precision = x->prec;
}

static void
ex_legs_set_status(struct ex_ctx *c, size_t li, enum leg_status st)
{
	c->out->v[li].status = st;
}

static int
ex_legs_weak(const struct ex_ctx *c, size_t li)
{
	return li >= c->out0 && li - c->out0 < c->nweak &&
	    (c->weak[li - c->out0] & EX_LEG_WEAK);
}

static void
ex_legs_clear_weak(struct ex_ctx *c, size_t li)
{
	if (li >= c->out0 && li - c->out0 < c->nweak)
		c->weak[li - c->out0] &= ~EX_LEG_WEAK;
}

/*
 * 1 if leg li is a recalled trip (EX_LEG_RECALLED) and x, a later
 * sentence's time, is not a date before the reference day: x does not
 * date it.
 */
static int
ex_legs_recalled_not(const struct ex_ctx *c, size_t li,
    const struct ex_time *x)
{
	if (li < c->out0 || li - c->out0 >= c->nweak ||
	    !(c->weak[li - c->out0] & EX_LEG_RECALLED))
		return 0;
	if (x->prec == LEG_PREC_MONTH)
		return ex_times_month_cmp(x->start, c->tim.ref) >= 0;
	return ex_days_from_ref(c, x->start) >= -1;
}

/* 1 if sentence [s0, s1) holds a vague past time ("a few months ago",
 * "last year", "earlier this year") and no date. */
static int
ex_legs_vague_past(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	x[8];
	int		nx = ex_times_find(c, s0, s1, -1, x, 8), past = 0;

	for (int k = 0; k < nx; k++) {
		if (ex_time_dated(&x[k]))
			return 0;
		if (x[k].vague && x[k].rel < 0)
			past = 1;
	}
	return past;
}

/*
 * Appends a zeroed leg to c->out and its weak flag ("dated from an
 * overall range only") to c->weak.  Returns the leg; earlier pointers into
 * c->out are stale after it.
 */
static struct leg *
ex_legs_push(struct ex_ctx *c, int weak)
{
	struct leg *l;

	if (c->out->n == c->out->cap) {
		c->out->cap = c->out->cap ? c->out->cap * 2 : 16;
		c->out->v = xreallocarray(c->out->v, c->out->cap,
		    sizeof *c->out->v);
	}
	l = &c->out->v[c->out->n++];
	memset(l, 0, sizeof *l);
	c->weak = xrealloc(c->weak, c->out->n - c->out0);
	c->nweak = c->out->n - c->out0;
	c->weak[c->nweak - 1] = (unsigned char)weak;
	return l;
}

/* The evidence of l: the text of tokens [s0, s1), its character span. */
static void
ex_legs_evidence(const struct ex_ctx *c, struct leg *l, int s0, int s1)
{
	size_t a = c->tok.t[s0].off;
	size_t b = c->tok.t[s1 - 1].off + c->tok.t[s1 - 1].len;

	l->evidence = xstrndup(c->text + a, b - a);
	l->ev_start = c->tok.t[s0].coff;
	l->ev_end = c->tok.t[s1 - 1].coff;
	for (size_t q = c->tok.t[s1 - 1].off; q < b; q++)
		if (((unsigned char)c->text[q] & 0xc0) != 0x80)
			l->ev_end++;
}

/* cc becomes the code of the article's date: UA in 1987 is SU. */
static void
ex_legs_code_on(const struct ex_ctx *c, char cc[3])
{
	const char *h = kb_code_on(c->kb, cc, c->tim.published);

	if (h != cc)
		memcpy(cc, h, 3);
}

/*
 * The gazetteer row of place mention m (kind PM_PLACE): the row of its
 * key with m's country and coordinates, or NULL.
 */
static const struct kb_place *
ex_legs_place(const struct ex_ctx *c, const struct ex_kbm *m)
{
	const struct kb_ref	*refs;
	char			 key[256];
	size_t			 kl = 0, n;

	for (int k = m->t0; k < m->t1; k++) {
		size_t fl = c->tok.t[k].flen;

		if (c->tok.t[k].type != T_WORD)
			continue;
		if (kl + fl + 2 > sizeof key)
			return NULL;
		if (kl > 0)
			key[kl++] = ' ';
		memcpy(key + kl, ex_fold(c, k), fl);
		kl += fl;
	}
	key[kl] = '\0';
	n = kb_lookup(c->kb, key, kl, &refs);
	for (size_t i = 0; i < n; i++) {
		const struct kb_place *p;

		if (refs[i].kind != KB_REF_PLACE)
			continue;
		p = kb_place_at(c->kb, refs[i].idx);
		if (strcmp(p->country, m->cc) == 0 && p->lat == m->lat &&
		    p->lon == m->lon)
			return p;
	}
	return NULL;
}

int
ex_legs_domestic_stop(const struct ex_ctx *c, int per,
    const struct ex_kbm *m, int from, int s0, int s1)
{
	const struct ex_person	*p = &c->ppl.p[per];
	const struct kb_country	*k;
	const struct kb_place	*pl;

	if (from || m->kind != PM_PLACE || (m->flags & EX_MF_METONYM) ||
	    p->cc[0] == '\0' || !kb_same_state(c->kb, p->cc, m->cc))
		return 0;
	for (int i = s0, seen = 0; i < s1; i++) {
		const struct ex_person *o;

		if (c->ppl.per[i] == per)
			seen = 1;
		if (c->ppl.per[i] < 0 || c->ppl.per[i] == per)
			continue;
		o = &c->ppl.p[c->ppl.per[i]];
		/* an official not known to be a compatriot; anyone named
		 * before the traveller (the sentence's subject) */
		if ((o->labelled || !seen) && (o->cc[0] == '\0' ||
		    !kb_same_state(c->kb, o->cc, m->cc)))
			return 0;
	}
	if ((pl = ex_legs_place(c, m)) == NULL)
		return 0;
	if ((pl->kind != KB_PLACE_CITY && pl->kind != KB_PLACE_REGION) ||
	    (pl->flags & (KB_F_AMBIGUOUS | KB_F_WORD | KB_F_COUNTRY |
	    KB_F_TERRITORY)))
		return 0;
	/* the seat of government: being there is being home */
	k = kb_country_by_code(c->kb, p->cc);
	if (kb_is_seat(c->kb, pl->country, pl->name, c->tim.pub))
		return 0;
	return k == NULL || k->capital == NULL ||
	    strcmp(k->capital, pl->name) != 0;
}

/*
 * 1 if sentence [s0, s1) of a datelined story places a visitor "here"
 * (the dateline's country, m's) and names no time: "X, here on a
 * three-day visit, said" is there on the dateline's day (a weak date: a
 * day the text gives later wins).
 */
static int
ex_legs_here_today(struct ex_ctx *c, const struct ex_kbm *m, int s0, int s1)
{
	struct ex_time	x[8];
	int		here = 0;

	if (c->tim.body_t0 == 0 || c->tim.dl_cc[0] == '\0' ||
	    strcmp(c->tim.dl_cc, m->cc) != 0)
		return 0;
	for (int k = s0; k < s1 && !here; k++)
		here = ex_is(c, k, W_HERE);
	return here && ex_times_find(c, s0, s1, 0, x, 8) == 0;
}

/*
 * The length of the trip to country cc that sentence [s0, s1) tells ("a
 * four-day visit", "a two-day Lima visit", "on a week-long tour"): the
 * days, or 0.  *at_end is 1
 * when the sentence's date is that trip's last day ("before leaving
 * Tokyo yesterday at the end of a four-day visit", "wrapped up a
 * three-day visit on Friday", "concluding a two-day stay").  0 when it
 * names more than one length, or when the place nearest the length is
 * not in cc (a tour's length is not a stop's: "visit A and B on a
 * nine-day trip").
 */
static int
ex_legs_duration(const struct ex_ctx *c, int s0, int s1, const char *cc,
    int *at_end)
{
	int		 n = 0, at = -1, best = 1 << 30;
	const char	*near = NULL;

	*at_end = 0;
	for (int k = s0; k < s1; k++) {
		int d;

		int q = k + 1;

		/* "a two-day visit", "a two-day Lima visit" */
		while (q < s1 && q < k + 4 && !(c->tok.t[q].cls & LX_NOUN) &&
		    c->tok.t[q].type == T_WORD && (c->tok.t[q].flags & TF_CAP))
			q++;
		if ((d = ex_times_duration(c, k)) <= 0 || q >= s1 ||
		    !(c->tok.t[q].cls & LX_NOUN))
			continue;
		if (n != 0)
			return 0;
		n = d;
		at = k;
	}
	if (n == 0)
		return 0;
	for (int k = s0; k < s1; k++) {
		const struct ex_kbm *m;

		if (c->men.pm[k] < 0)
			continue;
		m = &c->men.m[c->men.pm[k]];
		if ((m->kind == PM_PLACE || m->kind == PM_COUNTRY) &&
		    abs(k - at) < best) {
			best = abs(k - at);
			near = m->cc;
		}
	}
	if (near == NULL || !kb_same_state(c->kb, near, cc))
		return 0;
	for (int k = at - 1; k >= s0 && k >= at - 4; k--)
		if ((ex_is(c, k, W_END) && ex_is(c, k + 1, W_OF)) ||
		    ex_is(c, k, W_CONCLUDING) || ex_is(c, k, W_CONCLUDED) ||
		    ex_is(c, k, W_ENDING) || ex_is(c, k, W_ENDED) ||
		    (ex_is(c, k, W_WRAPPED) && ex_is(c, k + 1, W_UP)))
			*at_end = 1;
	return n;
}

/*
 * 1 if a report dated x with status st is another stay than leg l of the
 * same person and country: a dated past visit and a planned one, stays
 * under way or done a month or more apart, or a new date for a
 * called-off trip (the postponed one keeps its original date).
 */
static int
ex_legs_other_stay(const struct leg *l, const struct ex_time *x,
    enum leg_status st)
{
	int32_t	ld;

	if (x == NULL || x->start == WHEN_DAY_NONE)
		return 0;
	if ((l->status == LEG_PLANNED && st == LEG_COMPLETED) ||
	    (l->status == LEG_COMPLETED && st == LEG_PLANNED))
		return 1;
	if (l->start[0] == '\0')
		return 0;
	ld = ex_legs_date_day(l->start);
	return ((l->status == LEG_ONGOING || l->status == LEG_COMPLETED) &&
	    st == LEG_COMPLETED && x->start < ld - 31) ||
	    (l->status == LEG_COMPLETED && (st == LEG_ONGOING ||
	    st == LEG_COMPLETED) && x->start > ld + 31) ||
	    (l->status == LEG_CANCELLED && st == LEG_PLANNED &&
	    ld != x->start);
}

/*
 * Leg li, just made from sentence [s0, s1) with time x (xend: x's end is
 * the leg's): a trip length completes its dates.  From a first day, the
 * end ("arrives on Monday for a three-day visit"); from the last day
 * ("left yesterday at the end of a four-day visit"), the first day, and
 * a trip that ended before the reference day is completed.
 */
static void
ex_legs_span(struct ex_ctx *c, size_t li, int s0, int s1,
    const struct ex_time *x, int xend)
{
	struct leg	*l = &c->out->v[li];
	int		 at_end, n;

	if (x == NULL || x->prec != LEG_PREC_DAY || x->vague ||
	    x->start == WHEN_DAY_NONE || (xend && x->end != WHEN_DAY_NONE) ||
	    l->status == LEG_CANCELLED ||
	    (n = ex_legs_duration(c, s0, s1, l->dest_country, &at_end)) < 2)
		return;
	if (at_end) {
		ex_legs_date_text(l->start, x->start - (n - 1));
		ex_legs_date_text(l->end, x->start);
		if (x->start < c->tim.ref)
			l->status = LEG_COMPLETED;
	} else
		ex_legs_date_text(l->end, x->start + (n - 1));
}

void
ex_legs_add(struct ex_ctx *c, const struct ex_event *e)
{
	const int		 per = e->per, from = e->from, xend = e->xend;
	const int		 s0 = e->s0, s1 = e->s1;
	const struct ex_kbm	*m = e->m;
	const struct ex_time	*x = e->x;
	const enum leg_status	 st = e->status;
	const double		 conf = e->conf;
	struct ex_person	*p = &c->ppl.p[per];
	struct leg	*l;
	size_t		 i;
	int		 domestic = 0;

	if (!p->labelled || m->cc[0] == '\0')
		return;
	if (p->cc[0] != '\0' && kb_is_home(c->kb, p->cc, m->cc)) {
		if (!ex_legs_domestic_stop(c, per, m, from, s0, s1))
			return;
		domestic = 1;
	}
	/*
	 * One leg per person and country: merge, unless a dated past visit
	 * meets a planned one ("will visit Peru ... his last visit to Peru
	 * in 2019"), or dated stays under way or done a month or more
	 * apart ("went to Iraq today ... who last visited Iraq in
	 * December"): two stays.
	 */
	for (i = c->out0; i < c->out->n; i++) {
		l = &c->out->v[i];
		if (kb_same_state(c->kb, l->dest_country, m->cc) &&
		    strcmp(l->person, p->name) == 0 &&
		    !ex_legs_other_stay(l, x, st))
			break;
	}
	if (i < c->out->n) {
		int weak = ex_legs_weak(c, i);

		l = &c->out->v[i];
		if (l->dest_city == NULL && m->city != NULL && !from)
			l->dest_city = xstrdup(m->city);
		if (x != NULL && x->start != WHEN_DAY_NONE && (l->precision <
		    x->prec || (weak && !e->weak &&
		    l->precision <= x->prec))) {
			ex_legs_clear_weak(c, i);
			ex_legs_date_text(l->start, x->start);
			ex_legs_date_text(l->end, xend ? x->end :
			    WHEN_DAY_NONE);
			l->precision = x->prec;
			/* a called-off trip stays called off when a
			 * later sentence dates it */
			if (l->status != LEG_CANCELLED)
				l->status = st;
			ex_legs_span(c, i, s0, s1, x, xend);
		}
		if (conf > l->confidence)
			l->confidence = conf;
		return;
	}
	l = ex_legs_push(c, x != NULL && x->start != WHEN_DAY_NONE && e->weak);
	l->person = xstrdup(p->name);
	l->role = p->role ? xstrdup(p->role) : NULL;
	memcpy(l->official_country, p->cc, 3);
	memcpy(l->dest_country, m->cc, 3);
	ex_legs_code_on(c, l->official_country);
	ex_legs_code_on(c, l->dest_country);
	l->dest_city = m->city ? xstrdup(m->city) : NULL;
	if (l->dest_city == NULL && domestic)
		l->dest_city = xstrdup(ex_legs_place(c, m)->name);
	if (l->dest_city == NULL && c->tim.dl_city != NULL &&
	    strcmp(c->tim.dl_cc, m->cc) == 0)
		l->dest_city = xstrdup(c->tim.dl_city);
	l->domestic = domestic;
	l->lat = m->lat;
	l->lon = m->lon;
	l->has_coords = m->lat != 0 || m->lon != 0;
	if (x != NULL && x->start != WHEN_DAY_NONE) {
		ex_legs_date_text(l->start, x->start);
		if (xend)
			ex_legs_date_text(l->end, x->end);
		l->precision = x->prec;
	}
	l->status = st;
	l->confidence = conf;
	l->rule = e->rule;
	if (l->start[0] == '\0' && per == c->disc.pdate_per &&
	    c->disc.sno - c->disc.pdate_sent <= 2 &&
	    c->disc.sno > c->disc.pdate_sent &&
	    st != LEG_COMPLETED) {
		ex_legs_date_text(l->start, c->disc.pdate.start);
		ex_legs_date_text(l->end, c->disc.pdate.end);
		l->precision = c->disc.pdate.prec;
		c->disc.pdate_per = -1;
	}
	if (st == LEG_COMPLETED && l->start[0] == '\0' &&
	    ex_legs_vague_past(c, s0, s1))
		c->weak[c->nweak - 1] |= EX_LEG_RECALLED;
	if (l->start[0] != '\0' && x != NULL && ex_legs_date_day(l->start) ==
	    x->start)
		ex_legs_span(c, c->out->n - 1, s0, s1, x, xend);
	else if (l->start[0] == '\0' && st == LEG_ONGOING &&
	    ex_legs_here_today(c, m, s0, s1)) {
		ex_legs_date_text(l->start, c->tim.ref);
		l->precision = LEG_PREC_DAY;
		c->weak[c->nweak - 1] |= EX_LEG_WEAK;
	}
	ex_legs_evidence(c, l, s0, s1);
	l->seq = 0;
	for (size_t q = c->out0; q + 1 < c->out->n; q++)
		if (strcmp(c->out->v[q].person, l->person) == 0)
			l->seq++;
}

/* A planned leg like leg li (person, place) on x's date, from [s0, s1). */
static void
ex_legs_again(struct ex_ctx *c, size_t li, const struct ex_time *x, int s0,
    int s1, const char *rule)
{
	struct leg	*n, *l;

	n = ex_legs_push(c, 0);
	l = &c->out->v[li];
	n->person = xstrdup(l->person);
	n->role = l->role != NULL ? xstrdup(l->role) : NULL;
	memcpy(n->official_country, l->official_country, 3);
	memcpy(n->dest_country, l->dest_country, 3);
	n->domestic = l->domestic;
	n->dest_city = l->dest_city != NULL ? xstrdup(l->dest_city) : NULL;
	n->lat = l->lat;
	n->lon = l->lon;
	n->has_coords = l->has_coords;
	ex_legs_date_text(n->start, x->start);
	ex_legs_date_text(n->end, x->end);
	n->precision = x->prec;
	n->status = LEG_PLANNED;
	n->confidence = 0.5;
	n->seq = l->seq + 1;
	n->rule = rule;
	ex_legs_evidence(c, n, s0, s1);
}

/*
 * "The trip is set for April 6 to 8" (the rule's trigger at tr, in
 * sentence [s0, s1)): x dates person per's last leg (an overall range:
 * the first leg of the sentence that listed the stops), a new planned
 * leg for a called-off one, or, with no leg yet, the next leg per makes
 * (c->disc.pdate).
 */
void
ex_legs_date_trip(struct ex_ctx *c, int per, const struct ex_time *x, int s0,
    int s1, int tr)
{
	const char	*name = c->ppl.p[per].name;
	struct leg	*pick = NULL;
	int		 dd = ex_days_from_ref(c, x->start);

	for (size_t i = c->out->n; i > c->out0; i--) {
		struct leg *l = &c->out->v[i - 1];

		if (strcmp(l->person, name) != 0)
			continue;
		pick = l;
		/* "visit the region from 8 to 10 October": an
		 * overall range starts the trip, its first leg */
		if (x->end == WHEN_DAY_NONE)
			break;
	}
	/* "will visit A, B and C.  The trip, set to begin Monday":
	 * a trip's date is its first stop's, the first leg read
	 * from the sentence that listed them */
	if (pick != NULL && x->end == WHEN_DAY_NONE) {
		for (struct leg *l = pick; l > c->out->v + c->out0;
		    l--) {
			struct leg *q = l - 1;

			if (strcmp(q->person, name) != 0)
				continue;
			if (q->ev_start != pick->ev_start)
				break;
			pick = q;
		}
	}
	if (pick == NULL) {
		int v = c->tok.t[tr].arg & 0xff;

		/* "X is arriving on March 5.  ... visit Nepal": the
		 * next undated leg of X takes it */
		/* "will travel to five African nations on March
		 * 6-13.  The trip will take him to A, B and C" */
		if (!(c->tok.t[tr].cls & LX_VERB) || v == V_RETURN ||
		    v == V_BE || x->vague || (v != V_ARRIVE &&
		    v != V_LAND && x->end == WHEN_DAY_NONE))
			return;
		c->disc.pdate = *x;
		c->disc.pdate_per = per;
		c->disc.pdate_sent = c->disc.sno;
		return;
	}
	/* "postponed ... a provisional slot from October 5": a new
	 * date for a called-off trip is a planned leg of its own */
	if (pick->start[0] != '\0' && pick->status == LEG_CANCELLED &&
	    dd > 1 && ex_legs_date_day(pick->start) != x->start) {
		ex_legs_again(c, (size_t)(pick - c->out->v), x, s0,
		    s1, "travel-new-date");
		return;
	}
	if (ex_legs_recalled_not(c, (size_t)(pick - c->out->v), x))
		return;
	if (pick->start[0] != '\0') {
		size_t li = (size_t)(pick - c->out->v);

		/* a weak date ("has arrived": today) gives way to
		 * the day the text states ("landed on Monday") */
		if (!ex_legs_weak(c, li) || x->vague ||
		    x->prec < pick->precision)
			return;
		ex_legs_clear_weak(c, li);
	}
	/* a past date is not a planned trip's, nor a future one a
	 * completed trip's ("his visit ... in September last year") */
	if (x->prec == LEG_PREC_MONTH)
		dd = ex_times_month_cmp(x->start, c->tim.ref) < 0 ? -2 :
		    ex_times_month_cmp(x->start, c->tim.ref) > 0 ? 2 : 0;
	if ((dd < -1 && pick->status == LEG_PLANNED) ||
	    (dd > 1 && pick->status == LEG_COMPLETED))
		return;
	ex_legs_redate(c, (size_t)(pick - c->out->v), x, 1);
	ex_legs_span(c, (size_t)(pick - c->out->v), s0, s1, x, 1);
}

void
ex_legs_date_country(struct ex_ctx *c, const char *name, const char *cc,
    const struct ex_time *x)
{
	for (size_t i = c->out0; i < c->out->n; i++) {
		struct leg *l = &c->out->v[i];

		if (strcmp(l->person, name) != 0 ||
		    !kb_same_state(c->kb, l->dest_country, cc) ||
		    l->start[0] != '\0')
			continue;
		if (!ex_legs_recalled_not(c, i, x))
			ex_legs_redate(c, i, x, 0);
		break;
	}
}

void
ex_legs_date_only(struct ex_ctx *c, const char *name, const struct ex_time *x)
{
	size_t li = 0, n = 0;

	for (size_t l = c->out0; l < c->out->n; l++)
		if (strcmp(c->out->v[l].person, name) == 0) {
			li = l;
			n++;
		}
	if (n != 1 || c->out->v[li].start[0] != '\0' ||
	    c->out->v[li].status == LEG_CANCELLED ||
	    ex_legs_recalled_not(c, li, x))
		return;
	ex_legs_redate(c, li, x, 0);
	if (c->out->v[li].status == LEG_COMPLETED &&
	    ex_days_from_ref(c, x->start) >= -1)
		ex_legs_set_status(c, li, LEG_ONGOING);
}

int
ex_legs_any(const struct ex_ctx *c)
{
	return c->out->n > c->out0;
}

int
ex_legs_on_trip(const struct ex_ctx *c, const char *name)
{
	for (size_t l = c->out0; l < c->out->n; l++)
		if (strcmp(c->out->v[l].person, name) == 0)
			return 1;
	return 0;
}

int
ex_legs_away(const struct ex_ctx *c, const char *name, const char *cc)
{
	for (size_t l = c->out0; l < c->out->n; l++)
		if (strcmp(c->out->v[l].person, name) == 0 &&
		    !kb_same_state(c->kb, c->out->v[l].dest_country, cc))
			return 1;
	return 0;
}

const char *
ex_legs_last_traveller(const struct ex_ctx *c)
{
	return c->out->n > c->out0 ? c->out->v[c->out->n - 1].person : NULL;
}

int
ex_legs_trip_of(const struct ex_ctx *c, const char *name, const char *cc,
    struct ex_kbm *m, struct ex_time *x, enum leg_status *st)
{
	for (size_t k = c->out->n; k > c->out0; k--) {
		const struct leg *l = &c->out->v[k - 1];

		if (strcmp(l->person, name) != 0 || (cc != NULL &&
		    !kb_same_state(c->kb, l->dest_country, cc)))
			continue;
		memset(m, 0, sizeof *m);
		memcpy(m->cc, l->dest_country, 3);
		m->city = l->dest_city;
		m->lat = l->lat;
		m->lon = l->lon;
		ex_time_clear(x);
		x->start = ex_legs_date_day(l->start);
		x->prec = l->precision;
		*st = l->status;
		return 1;
	}
	return 0;
}

int
ex_legs_first_planned_day(const struct ex_ctx *c, const char *name,
    int32_t *day)
{
	const char *first = NULL;

	for (size_t l = c->out0; l < c->out->n; l++) {
		const struct leg *o = &c->out->v[l];

		if (strcmp(o->person, name) == 0 &&
		    o->status == LEG_PLANNED &&
		    o->precision == LEG_PREC_DAY &&
		    (first == NULL || strcmp(o->start, first) < 0))
			first = o->start;
	}
	if (first == NULL)
		return 0;
	*day = ex_legs_date_day(first);
	return 1;
}

/*
 * "Reagan will travel to Moscow in late May ... the summit would be May 29
 * through June 2": a day date for "the summit" or "the talks" falls in the
 * month of a planned leg dated only by month and makes it precise.
 */
void
ex_legs_summit_date(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	x[8];
	int		nx, noun = 0;
	const char	*cc = NULL;

	/* "the summit", "The eighth Summit of the Americas" */
	for (int i = s0 + 1; i < s1 && !noun; i++)
		if ((c->tok.t[i].len == 6 || c->tok.t[i].len == 5) &&
		    (ex_is(c, i, W_SUMMIT) || ex_is(c, i, W_TALKS)) &&
		    (ex_is(c, i - 1, W_THE) || (i - 2 >= s0 &&
		    ex_is(c, i - 2, W_THE))))
			noun = 1;
	if (!noun || c->out->n == c->out0)
		return;
	for (int i = s0; i < s1; i++) {
		if (ex_triggers_is(c, i, s1))
			return;
		/* "in Lima, Peru": the place must be the trip's */
		if (c->men.pm[i] >= 0 && c->ppl.per[i] < 0 && ex_is(c,
		    i - 1,
		    W_IN) && (c->men.m[c->men.pm[i]].kind == PM_PLACE ||
		    c->men.m[c->men.pm[i]].kind == PM_COUNTRY) && cc == NULL)
			cc = c->men.m[c->men.pm[i]].cc;
	}
	if (!noun)
		return;
	nx = ex_times_find(c, s0, s1, 1, x, 8);
	if (nx != 1 || x[0].vague || x[0].prec != LEG_PREC_DAY ||
	    x[0].start == WHEN_DAY_NONE)
		return;
	for (size_t i = c->out->n; i-- > c->out0; ) {
		struct leg *l = &c->out->v[i];

		if (l->status != LEG_PLANNED || l->precision != LEG_PREC_MONTH)
			continue;
		if (ex_legs_same_month(ex_legs_date_day(l->start),
		    x[0].start) &&
		    (cc == NULL ||
		    kb_same_state(c->kb, cc, l->dest_country))) {
			ex_legs_date_text(l->start, x[0].start);
			ex_legs_date_text(l->end, x[0].end);
			l->precision = LEG_PREC_DAY;
		}
		break;
	}
}

void
ex_legs_drop_undated_domestic(struct leg_list *out, size_t out0)
{
	size_t k = out0;

	for (size_t a = out0; a < out->n; a++) {
		struct leg *l = &out->v[a];

		if (l->domestic && l->start[0] == '\0' &&
		    l->status == LEG_COMPLETED) {
			free(l->person);
			free(l->role);
			free(l->dest_city);
			free(l->evidence);
			continue;
		}
		out->v[k++] = *l;
	}
	out->n = k;
}

/*
 * Headlines carry dates the body leaves out ("Minister to visit Peru
 * from May 10"): a dated destination of a travel word in the title dates
 * the body's undated, not completed legs to that country.
 */
/*
 * "Under Secretary Zeya's Travel to Jamaica" in a heading, then "Uzra
 * Zeya will travel to Kingston, Jamaica, from February 19": a surname
 * alone is the one full name of the article that ends with it, and its
 * undated leg to the same country is the same leg.
 */
void
ex_legs_merge_surnames(struct leg_list *out, size_t out0)
{
	for (size_t a = out0; a < out->n; a++) {
		const char	*full = NULL;
		size_t		 al = strlen(out->v[a].person);
		int		 many = 0, dup = 0;

		if (strchr(out->v[a].person, ' ') != NULL)
			continue;
		for (size_t b = out0; b < out->n; b++) {
			const char *p = out->v[b].person;
			size_t pl = strlen(p);

			if (pl <= al + 1 || strcmp(p + pl - al,
			    out->v[a].person) != 0 || p[pl - al - 1] != ' ')
				continue;
			if (full != NULL && strcmp(full, p) != 0)
				many = 1;
			full = p;
		}
		if (full == NULL || many)
			continue;
		for (size_t b = out0; b < out->n; b++)
			if (b != a && strcmp(out->v[b].person, full) == 0 &&
			    strcmp(out->v[b].dest_country,
			    out->v[a].dest_country) == 0 &&
			    (out->v[a].start[0] == '\0' ||
			    strcmp(out->v[a].start, out->v[b].start) == 0))
				dup = 1;
		if (!dup) {
			char *n = xstrdup(full);

			free(out->v[a].person);
			out->v[a].person = n;
			continue;
		}
		free(out->v[a].person);
		free(out->v[a].role);
		free(out->v[a].dest_city);
		free(out->v[a].evidence);
		memmove(&out->v[a], &out->v[a + 1], (out->n - a - 1) *
		    sizeof out->v[0]);
		out->n--;
		a--;
	}
}

/* Frees leg a of out and closes the gap. */
static void
ex_legs_remove(struct leg_list *out, size_t a)
{
	free(out->v[a].person);
	free(out->v[a].role);
	free(out->v[a].dest_city);
	free(out->v[a].evidence);
	memmove(&out->v[a], &out->v[a + 1], (out->n - a - 1) *
	    sizeof out->v[0]);
	out->n--;
}

void
ex_legs_name_unnamed(struct ex_ctx *c)
{
	struct leg_list	*out = c->out;
	int		 renamed = 0;

	for (size_t a = c->out0; a < out->n; a++) {
		const struct ex_person	*p;
		struct leg		*d = NULL;
		int			 per;

		if (out->v[a].person[0] != EX_PEOPLE_UNNAMED)
			continue;
		per = atoi(out->v[a].person + 1);
		p = per >= 0 && per < c->ppl.np ? &c->ppl.p[per] : NULL;
		if (p == NULL || ex_people_unnamed(p)) {
			ex_legs_remove(out, a);
			if (a - c->out0 < c->nweak)
				memmove(&c->weak[a - c->out0], &c->weak[a -
				    c->out0 + 1], c->nweak - (a - c->out0) - 1);
			c->nweak--;
			a--;
			continue;
		}
		/* named later: their leg to the same country, made since,
		 * takes this one's date if it has none */
		for (size_t b = c->out0; b < out->n && d == NULL; b++)
			if (b != a && strcmp(out->v[b].person, p->name) == 0 &&
			    kb_same_state(c->kb, out->v[b].dest_country,
			    out->v[a].dest_country))
				d = &out->v[b];
		if (d == NULL) {
			free(out->v[a].person);
			out->v[a].person = xstrdup(p->name);
			renamed = 1;
			continue;
		}
		if (d->start[0] == '\0' && out->v[a].start[0] != '\0') {
			memcpy(d->start, out->v[a].start, sizeof d->start);
			memcpy(d->end, out->v[a].end, sizeof d->end);
			d->precision = out->v[a].precision;
			d->status = out->v[a].status;
		}
		if (d->dest_city == NULL && out->v[a].dest_city != NULL) {
			d->dest_city = out->v[a].dest_city;
			out->v[a].dest_city = NULL;
		}
		ex_legs_remove(out, a);
		if (a - c->out0 < c->nweak)
			memmove(&c->weak[a - c->out0], &c->weak[a - c->out0 +
			    1], c->nweak - (a - c->out0) - 1);
		c->nweak--;
		a--;
		renamed = 1;
	}
	/* the legs' order per person, as ex_legs_add counts it */
	for (size_t a = c->out0; renamed && a < out->n; a++) {
		out->v[a].seq = 0;
		for (size_t b = c->out0; b < a; b++)
			if (strcmp(out->v[b].person, out->v[a].person) == 0)
				out->v[a].seq++;
	}
}

int
ex_legs_undated(const struct ex_ctx *c)
{
	for (size_t i = c->out0; i < c->out->n; i++)
		if (c->out->v[i].start[0] == '\0' &&
		    c->out->v[i].status != LEG_COMPLETED)
			return 1;
	return 0;
}

void
ex_legs_title_dates(struct ex_ctx *c, int t0)
{
	struct ex_time	x[8];
	int		nx, tense = 0;

	for (int i = t0; i < c->tok.nt; i++)
		if (c->tok.t[i].cls & LX_FUT)
			tense = 1;
	nx = ex_times_find(c, t0, c->tok.nt, tense, x, 8);
	for (int i = t0; i < c->tok.nt && nx > 0; i++) {
		struct ex_dest	d[12];
		int		nd, xend, weak;

		if (!ex_triggers_title(c, i) || (c->tok.t[i].cls & LX_VIRTUAL))
			continue;
		nd = ex_dests_find(c, c->tok.nt, i, d, 12);
		for (int di = 0; di < nd; di++) {
			const struct ex_time	*tx;
			const struct ex_kbm	*m = &c->men.m[d[di].m];
			struct ex_time		 tail;

			tx = ex_dests_time(c, t0, x, nx, d, nd, di, i, &xend,
			    &weak, &tail);
			if (tx == NULL || tx->start == WHEN_DAY_NONE ||
			    tx->vague || d[di].from)
				continue;
			for (size_t k = c->out0; k < c->out->n; k++) {
				struct leg *l = &c->out->v[k];

				if (l->start[0] != '\0' || l->status ==
				    LEG_COMPLETED || !kb_same_state(c->kb,
				    l->dest_country, m->cc))
					continue;
				ex_legs_date_text(l->start, tx->start);
				ex_legs_date_text(l->end, xend ? tx->end :
				    WHEN_DAY_NONE);
				l->precision = tx->prec;
			}
		}
		if (nd > 0)
			break;
	}
}
