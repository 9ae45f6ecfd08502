/*
 * ex_times: the dateline and time expressions.
 *
 * Input: c->tok, c->men, c->tim.pub (the published day).  Output: c->tim
 * (struct ex_times): the dateline ("TOKYO, April 8 -"), ref (the local
 * reference day), dl_cc, dl_city, dl_weak and body_t0; and, on demand,
 * the time expressions of a token range as struct ex_time (start and end
 * day numbers, precision, tense hint), resolved against ref.  Dates are
 * day numbers (when.h) throughout; text is written only into legs
 * (ex_legs_date_text).  One expression at a time is ex_timex.c's
 * (ex_timex.h): the date forms and their helpers.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_lexicon.h"
#include "ex_times.h"
#include "ex_triggers.h"
#include "when.h"
#include "ex_timex.h"

void
ex_times_dateline(struct ex_ctx *c)
{
	int	i = 0, k;

	c->tim.ref = c->tim.pub;
	c->tim.body_t0 = 0;
	/* skip a State Department speaker line: no dateline there */
	while (i < c->tok.nt && i < 6 && c->tok.t[i].type == T_WORD &&
	    (c->tok.t[i].flags & TF_CAP) && !(i > 0 &&
	    (c->tok.t[i].flags & TF_PARA)))
		i++;
	if (i == 0 || i >= c->tok.nt)
		return;
	k = i;
	if (ex_punct(c, k, ',')) {
		struct ex_time	x;
		int		n;

		k++;
		if (k < c->tok.nt && (n = ex_timex(c, k, c->tok.nt, 0,
		    &x)) > 0 &&
		    x.prec == LEG_PREC_DAY) {
			/* the local date may differ from the feed's */
			int dd = x.start - c->tim.pub;

			if (dd >= -2 && dd <= 2)
				c->tim.ref = x.start;
			k += n;
			/* "SEOUL, Nov. 9 (Yonhap) --" */
			if (ex_punct(c, k, '(')) {
				int q = k + 1;

				while (q < c->tok.nt && q < k + 6 &&
				    !ex_punct(c, q, ')'))
					q++;
				if (ex_punct(c, q, ')'))
					k = q + 1;
			}
		} else
			return;
	} else if (ex_punct(c, k, '(') || ex_punct(c, k, '{')) {
		/* "TOKYO (AFP) -", "WASHINGTON {AP}", "NEW DELHI (PTI):" */
		while (k < c->tok.nt && k < i + 6 && !ex_punct(c, k, ')') &&
		    !ex_punct(c, k, '}'))
			k++;
		k++;
		if (!ex_punct(c, k, ':') && !ex_punct(c, k, '-'))
			k--;
	} else if (ex_punct(c, k, '-') && c->men.pm[0] >= 0 &&
	    c->men.m[c->men.pm[0]].t1 == i &&
	    (c->men.m[c->men.pm[0]].kind == PM_PLACE ||
	    c->men.m[c->men.pm[0]].kind == PM_COUNTRY) && (c->tok.t[0].flags &
	    TF_UPPER) && (c->tok.t[i - 1].flags & TF_UPPER)) {
		/* "PEKING - U.S. Under Secretary ...": an upper-case place
		 * and a dash, no date: k is the dash */
		c->tim.dl_weak = 1;
	} else if (ex_punct(c, k, ':') && c->men.pm[0] >= 0 &&
	    c->men.m[c->men.pm[0]].t1 == i &&
	    (c->men.m[c->men.pm[0]].kind == PM_PLACE ||
	    c->men.m[c->men.pm[0]].kind == PM_COUNTRY)) {
		/* "Canberra: Australian ..." (a place and a colon): k is
		 * the colon */
	} else
		return;
	if (!ex_punct(c, k, '-') && !ex_punct(c, k, ':') &&
	    !ex_punct(c, k, '}') && !ex_punct(c, k, ')'))
		return;
	c->tim.body_t0 = k + 1;
	/* the place */
	for (int j = 0; j < i; j++) {
		struct ex_kbm *m;

		if (c->men.pm[j] < 0)
			continue;
		m = &c->men.m[c->men.pm[j]];
		if (m->kind == PM_PLACE || m->kind == PM_COUNTRY) {
			memcpy(c->tim.dl_cc, m->cc, 3);
			c->tim.dl_city = m->city;
			c->tim.dl_lat = m->lat;
			c->tim.dl_lon = m->lon;
			break;
		}
	}
}

/* 1 if token k opens "was to", "were to", "is to" + a verb: an
 * arrangement, future from the time of the report ("was to leave"). */
int
ex_times_be_to(const struct ex_ctx *c, int k)
{
	if (k + 2 >= c->tok.nt || c->tok.t[k + 1].cls != LX_STOP ||
	    !ex_is(c, k + 1, W_TO))
		return 0;
	return (ex_is(c, k, W_WAS) || ex_is(c, k, W_WERE) || ex_is(c, k,
	    W_IS) || ex_is(c, k, W_ARE)) && c->tok.t[k + 2].type == T_WORD &&
	    !(c->tok.t[k + 2].flags & TF_CAP) && !ex_is(c, k + 2, W_THE) &&
	    !ex_is(c, k + 2, W_A) && !ex_is(c, k + 2, W_BE);
}

/*
 * The tense of the clause of a weekday name at i: "flew out after it was
 * said that he is adding a Monday stop" is present (nearest day), not
 * past.  The nearest verb group before it within a few words decides,
 * else the sentence's tense.
 */
static int
ex_local_tense(const struct ex_ctx *c, int s0, int i, int tense)
{
	for (int k = i - 1; k >= s0 && k >= i - 5; k--) {
		const struct ex_tok *t = &c->tok.t[k];

		if (t->type == T_PUNCT && t->ch != '-')
			break;
		if ((t->cls & LX_FUT) || ex_times_be_to(c, k))
			return 1;
		if ((t->cls & LX_VERB) && (t->arg >> 8) == F_PAST)
			return -1;
		if (ex_is(c, k, W_IS) || ex_is(c, k, W_ARE) ||
		    ex_is(c, k, W_AM))
			return tense > 0 ? tense : 0;
		if (c->ppl.per[t - c->tok.t] >= 0)
			break;
	}
	return tense;
}

/*
 * The tense for the year of a date without one at i ("in November",
 * "May 3"), from the rule's tense: a date whose clause's verb is a past
 * one ("who last visited Iraq in December") and a date in a "when"
 * clause told in the past ("when I had a chance to visit X in
 * November", "when he was in X in May") are past whatever the sentence;
 * with no tense from the rule, the nearest verb before it that has one
 * decides ("This was discussed at their meeting in June": past).  A
 * future word between them keeps the rule's tense.  Returns a tense for
 * ex_year_for (-2: the "when" clause, no month ahead of the reference
 * day).
 */
static int
ex_date_tense(const struct ex_ctx *c, int s0, int i, int tense)
{
	int near = 0;

	/* "who last visited Iraq in December", "visited A, B and C in
	 * November": a travel or meeting verb in the past, the first verb
	 * before the date in its clause, dates its own past (no month
	 * ahead) */
	for (int k = i - 1; k >= s0 && k >= i - 8; k--) {
		const struct ex_tok *t = &c->tok.t[k];

		if (t->type == T_PUNCT && t->ch != ',' && t->ch != '-')
			break;
		if (((t->cls & LX_VERB) && (t->arg >> 8) == F_PAST &&
		    (t->arg & 0xff) != V_BE) || ex_is(c, k, W_MET))
			/* not "was to leave", "was to have left" */
			return ex_times_be_to(c, k - 1) || (ex_is(c, k - 2,
			    W_TO) && ex_is(c, k - 1, W_HAVE)) ? tense : -2;
		if ((t->cls & (LX_VERB | LX_FUT)) || ex_is(c, k, W_IS) ||
		    ex_is(c, k, W_ARE) || ex_is(c, k, W_AM) ||
		    ex_is(c, k, W_WERE) || ex_is(c, k, W_HAD) ||
		    ex_times_be_to(c, k))
			break;
	}
	for (int k = i - 1; k >= s0 && k >= i - 30; k--) {
		const struct ex_tok *t = &c->tok.t[k];

		if ((t->cls & LX_FUT) || ex_times_be_to(c, k))
			return near != 0 || tense != 0 ? tense : 1;
		if (near == 0 && (((t->cls & LX_VERB) && (t->arg >> 8) ==
		    F_PAST) || ex_is(c, k, W_HAD) || ex_is(c, k, W_WERE)))
			near = -1;
		if (near == 0 && (ex_is(c, k, W_IS) || ex_is(c, k, W_ARE) ||
		    ex_is(c, k, W_AM)))
			near = 2;	/* the present: no year from it */
		if (ex_is(c, k, W_WHEN)) {
			/* the clause's first verb */
			for (int q = k + 1; q < i; q++) {
				const struct ex_tok *v = &c->tok.t[q];

				if (((v->cls & LX_VERB) && (v->arg >> 8) ==
				    F_PAST) || ex_is(c, q, W_HAD) ||
				    ex_is(c, q, W_WERE) || ex_is(c, q, W_MET))
					return -2;
				if ((v->cls & (LX_VERB | LX_FUT)) ||
				    ex_is(c, q, W_IS) || ex_is(c, q, W_ARE))
					break;
			}
			break;
		}
	}
	return tense == 0 && near == -1 ? -1 : tense;
}

static int
ex_in_relative(const struct ex_ctx *c, int s0, int s1, int i)
{
	int r = -1;

	for (int k = i - 1; k > s0 && k >= i - 10; k--) {
		if (c->tok.t[k].type == T_PUNCT && c->tok.t[k].ch != '-' &&
		    c->tok.t[k].ch != '.')
			return 0;
		if ((ex_is(c, k, W_WHO) || ex_is(c, k, W_WHICH)) &&
		    ex_punct(c, k - 1, ',')) {
			r = k;
			break;
		}
	}
	if (r < 0)
		return 0;
	for (int k = r + 1; k < s1 && !(c->tok.t[k].type == T_PUNCT &&
	    c->tok.t[k].ch != '-' && c->tok.t[k].ch != '.'); k++) {
		int v = c->tok.t[k].arg & 0xff;

		if (k != i && ex_triggers_is(c, k, s1))
			return 0;
		if ((c->tok.t[k].cls & LX_VERB) && (v == V_VISIT ||
		    v == V_TRAVEL || v == V_ARRIVE || v == V_FLY ||
		    v == V_LEAVE || v == V_TOUR || v == V_LAND))
			return 0;
		if (ex_is(c, k, W_MEET) || ex_is(c, k, W_MET) ||
		    ex_is(c, k, W_TALKS))
			return 0;
	}
	return 1;
}

/* 1 if token i may open a count before "ago" that ex_count_at does
 * not read: "a week ago", "several months ago", "weeks ago". */
static int
ex_ago_opens(const struct ex_ctx *c, int i)
{
	if (!(ex_is(c, i, W_A) || ex_is(c, i, W_AN) || ex_is(c, i,
	    W_SEVERAL) || ex_is(c, i, W_DAYS) || ex_is(c, i, W_WEEKS) ||
	    ex_is(c, i, W_MONTHS) || ex_is(c, i, W_YEARS)))
		return 0;
	for (int k = i + 1; k < c->tok.nt && k <= i + 4; k++)
		if (ex_is(c, k, W_AGO))
			return 1;
	return 0;
}

/*
 * x, a date whose year was guessed from the reference day, takes the
 * year that puts it nearest anchor, a date of the same sentence whose
 * year is written, half a year or more from the reference day: "left on Feb. 15, 2009, visiting Japan (Feb. 16-18)"
 * is 2009 throughout, "from Dec. 28, 2009 to Jan. 3" ends in 2010.
 */
static void
ex_time_rebase(struct ex_time *x, int32_t anchor)
{
	int	y, m, d, ay, am, ad, best = 0;
	int64_t	bestd = INT64_MAX;

	when_day_to_ymd(x->start, &y, &m, &d);
	when_day_to_ymd(anchor, &ay, &am, &ad);
	for (int dy = -1; dy <= 1; dy++) {
		int64_t dist;

		if (!when_ymd_valid(ay + dy, m, d))
			continue;
		dist = llabs((int64_t)ex_ymd(ay + dy, m, d) - anchor);
		if (dist < bestd)
			bestd = dist, best = ay + dy;
	}
	if (best == 0 || best == y)
		return;
	if (x->end != WHEN_DAY_NONE) {
		int ey, em, ed;

		when_day_to_ymd(x->end, &ey, &em, &ed);
		ey += best - y;
		x->end = when_ymd_valid(ey, em, ed) ? ex_ymd(ey, em, ed) :
		    WHEN_DAY_NONE;
	}
	x->start = ex_ymd(best, m, d);
	if (x->end != WHEN_DAY_NONE && x->end < x->start)
		x->end = WHEN_DAY_NONE;
}

/* Time expressions of a sentence. */
int
ex_times_find(struct ex_ctx *c, int s0, int s1, int tense, struct ex_time *x,
    int max)
{
	int	n = 0;
	int32_t	anchor = WHEN_DAY_NONE;	/* a date with its year written */

	for (int i = s0; i < s1 && n < max; i++) {
		int k;

		if ((c->tok.t[i].cls & LX_MONTH) && c->ppl.per[i] >= 0)
			continue;	/* "by May while she" */
		if (!(c->tok.t[i].cls & (LX_RELDAY | LX_TIMEMOD | LX_WEEKDAY |
		    LX_MONTH)) && c->tok.t[i].type != T_NUM &&
		    c->tok.t[i].type != T_WORD)
			continue;
		if (!(c->tok.t[i].cls & (LX_RELDAY | LX_TIMEMOD | LX_WEEKDAY |
		    LX_MONTH)) && !(c->tok.t[i].type == T_NUM ||
		    ex_times_day(c, i) > 0) && !ex_is(c, i, W_LAST) &&
		    !(c->tok.t[i].flags & TF_HYPH) && ex_count_at(c, i) < 0 &&
		    !ex_ago_opens(c, i) && !ex_is(c, i, W_WEEKEND))
			continue;
		k = ex_timex(c, i, s1, (c->tok.t[i].cls & LX_WEEKDAY) ||
		    ((c->tok.t[i].cls & LX_TIMEMOD) && i + 1 < s1 &&
		    (c->tok.t[i + 1].cls & LX_WEEKDAY)) ?
		    ex_local_tense(c, s0, i, tense) : (c->tok.t[i].cls &
		    (LX_MONTH | LX_RELDAY)) == LX_MONTH || (c->tok.t[i].type ==
		    T_NUM && ex_month_at(c, i + 1) > 0) ?
		    ex_date_tense(c, s0, i, tense) : tense, &x[n]);
		if (k > 0) {
			/* "said today he will travel": the date of the
			 * saying, not of the trip */
			int b = i - 1;

			/* a written year half a year or more from the
			 * reference day: the story is of another time */
			if (x[n].year > 0 && llabs((long long)x[n].start -
			    c->tim.ref) > 183)
				anchor = x[n].start;
			else if (x[n].year < 0 && anchor != WHEN_DAY_NONE &&
			    ex_time_dated(&x[n]))
				ex_time_rebase(&x[n], anchor);

			/* "said on Tuesday" */
			if (b > s0 && ex_is(c, b, W_ON))
				b--;
			/* "X on Tuesday said": the same after the time */
			if (ex_in_relative(c, s0, s1, i))
				;	/* "who took office Nov. 6" */
			else if (!(b >= s0 && (ex_is(c, b, W_SAID) ||
			    ex_is(c, b, W_SAYS) || ex_is(c, b, W_TOLD)
			    || ex_is(c, b, W_ANNOUNCED))) &&
			    !(i + k < s1 && (ex_is(c, i + k, W_SAID) ||
			    ex_is(c, i + k, W_TOLD) || ex_is(c, i + k,
			    W_ANNOUNCED))))
				n++;
			i += k - 1;
		}
	}
	return n;
}

/* 1 if time x is next to a cancellation word: "on Monday postponed",
 * "cancelled on Tuesday", "Monday's cancellation". */
int
ex_times_cancelled(const struct ex_ctx *c, int s0, int s1,
    const struct ex_time *x)
{
	for (int k = x->t0 - 1; k >= s0 && k >= x->t0 - 2; k--)
		if (c->tok.t[k].cls & LX_CANCEL)
			return 1;
	for (int k = x->t1; k < s1 && k <= x->t1 + 1; k++)
		if (c->tok.t[k].cls & LX_CANCEL)
			return 1;
	return 0;
}

/* 1 if time x is in a "since ..." phrase: "his first trip abroad since
 * his election in May" dates the election, not the trip. */
int
ex_times_since(const struct ex_ctx *c, int s0, const struct ex_time *x)
{
	for (int k = x->t0 - 1; k >= s0 && k >= x->t0 - 5; k--) {
		if (c->tok.t[k].type == T_PUNCT)
			break;
		if (ex_is(c, k, W_SINCE))
			return 1;
	}
	return 0;
}

int
ex_times_duration(const struct ex_ctx *c, int i)
{
	const char	*f, *h;
	char		 num[16];
	int		 n = -1;

	if (i < 0 || i >= c->tok.nt || c->tok.t[i].type != T_WORD ||
	    (h = strchr(f = ex_fold(c, i), '-')) == NULL ||
	    (size_t)(h - f) >= sizeof num)
		return -1;
	if (strcmp(f, "week-long") == 0)
		return 7;
	memcpy(num, f, (size_t)(h - f));
	num[h - f] = '\0';
	if (num[0] >= '1' && num[0] <= '9' && strspn(num, "0123456789") ==
	    strlen(num) && strlen(num) <= 2)
		n = atoi(num);
	else {
		enum ex_word w = ex_lexicon_id(ex_lexicon_find(num));

		n = ex_timex_number_word(w);
	}
	if (n < 1)
		return -1;
	if (strcmp(h + 1, "day") == 0 && n <= 60)
		return n;
	if (strcmp(h + 1, "week") == 0 && n <= 8)
		return 7 * n;
	return -1;
}

void
ex_times_dateline_place(const struct ex_ctx *c, struct ex_kbm *m)
{
	memset(m, 0, sizeof *m);
	memcpy(m->cc, c->tim.dl_cc, 3);
	m->city = c->tim.dl_city;
	m->lat = c->tim.dl_lat;
	m->lon = c->tim.dl_lon;
}

void
ex_times_today(const struct ex_ctx *c, struct ex_time *x)
{
	ex_time_clear(x);
	x->start = c->tim.ref;
	x->prec = LEG_PREC_DAY;
}

int
ex_times_month_cmp(int32_t a, int32_t b)
{
	int ya, ma, yb, mb, d;

	if (a == WHEN_DAY_NONE || b == WHEN_DAY_NONE)
		return a == b ? 0 : a == WHEN_DAY_NONE ? -1 : 1;
	when_day_to_ymd(a, &ya, &ma, &d);
	when_day_to_ymd(b, &yb, &mb, &d);
	return (ya * 12 + ma > yb * 12 + mb) - (ya * 12 + ma < yb * 12 + mb);
}
