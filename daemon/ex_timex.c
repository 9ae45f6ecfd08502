/*
 * ex_timex: the time expressions of the times stage (ex_times.h), one
 * token at a time: the number, month and year helpers, the date forms
 * (ex_timex_forms[]: the format-string rows and the forms that need
 * context) and ex_timex, which tries them in order.  ex_times.c reads the
 * dateline and a range's expressions through it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_lexicon.h"
#include "ex_times.h"
#include "ex_timex.h"
#include "ex_triggers.h"
#include "when.h"

int32_t
ex_ymd(int y, int m, int d)
{
	return when_day_from_ymd(y, m, d);
}

/* 1 if w is one of the n words of set. */
static int
ex_word_in(enum ex_word w, const enum ex_word *set, size_t n)
{
	for (size_t q = 0; q < n; q++)
		if (w == set[q])
			return 1;
	return 0;
}

/* The year putting month m nearest the reference day, for a clause of
 * that tense (+1 ahead, -1 past, -2 surely past: no month ahead, 0
 * either). */
static int
ex_year_for(const struct ex_ctx *c, int m, int tense)
{
	int y, ry, rm, rd;

	when_day_to_ymd(c->tim.ref, &ry, &rm, &rd);
	y = ry;
	if (m - rm > 6)
		y--;
	else if (rm - m > 6)
		y++;
	/* "will visit in November" said in March: the coming one */
	if (tense > 0 && y * 12 + m < ry * 12 + rm)
		y++;
	/* "visited Singapore in June" said in January: the last one (a
	 * month or two ahead is rather a coming trip in a sentence told
	 * in the past: "returned to prepare X's visit, April 29") */
	if (tense < 0 && y * 12 + m > ry * 12 + rm + (tense < -1 ? 0 : 2))
		y--;
	return y;
}

static int
ex_num(const struct ex_ctx *c, int i, int lo, int hi)
{
	const char	*f;
	long		 v = 0;

	if (i < 0 || i >= c->tok.nt || c->tok.t[i].type != T_NUM)
		return -1;
	f = ex_fold(c, i);
	/* "14th" is a word token; accept plain digits only here */
	for (; *f; f++) {
		if (*f < '0' || *f > '9')
			return -1;
		v = v * 10 + (*f - '0');
		if (v > 100000)
			return -1;
	}
	return v >= lo && v <= hi ? (int)v : -1;
}

/* Day number at token i: "15" or "15th". */
int
ex_times_day(const struct ex_ctx *c, int i)
{
	const char	*f;
	int		 v = 0, n = 0;

	if (i < 0 || i >= c->tok.nt)
		return -1;
	if (c->tok.t[i].type == T_NUM)
		return ex_num(c, i, 1, 31);
	if (c->tok.t[i].type != T_WORD)
		return -1;
	f = ex_fold(c, i);
	while (*f >= '0' && *f <= '9' && n < 3)
		v = v * 10 + (*f++ - '0'), n++;
	if (n == 0 || n > 2 || (strcmp(f, "th") && strcmp(f, "st") &&
	    strcmp(f, "nd") && strcmp(f, "rd")))
		return -1;
	return v >= 1 && v <= 31 ? v : -1;
}

int
ex_month_at(const struct ex_ctx *c, int i)
{
	if (i < 0 || i >= c->tok.nt || !(c->tok.t[i].cls & LX_MONTH))
		return 0;
	if (!(c->tok.t[i].flags & TF_CAP))
		return 0;
	if (c->tok.t[i].arg == 5 && !(c->tok.t[i].flags & TF_UPPER)) {
		/* "May" the month, not the verb; "3 May" (a day
		 * before) is the month too */
		if (ex_times_day(c, i + 1) < 0 && ex_times_day(c, i - 1) < 0 &&
		    !ex_is(c, i - 1, W_IN) &&
		    !ex_is(c, i - 1, W_MID) && !ex_is(c, i - 1, W_EARLY) &&
		    !ex_is(c, i - 1, W_LATE) && !ex_is(c, i - 1, W_SINCE) &&
		    !ex_is(c, i - 1, W_UNTIL) && !ex_is(c, i - 1, W_OF) &&
		    !ex_punct(c, i - 1, '-'))
			return 0;
	}
	return c->tok.t[i].arg;
}

static int	ex_timex_weekday(struct ex_ctx *, int, int, int,
    struct ex_time *);

/* Number words a count of days may be written with. */
static const struct {
	enum ex_word	w;
	int		n;
} ex_numwords[] = {
	{ W_ONE, 1 }, { W_TWO, 2 }, { W_THREE, 3 }, { W_FOUR, 4 },
	{ W_FIVE, 5 }, { W_SIX, 6 }, { W_SEVEN, 7 }, { W_EIGHT, 8 },
	{ W_NINE, 9 }, { W_TEN, 10 },
};

/* The count at token i: "3" (up to 60) or "three"; -1 if none. */
int
ex_count_at(const struct ex_ctx *c, int i)
{
	if (i < 0 || i >= c->tok.nt)
		return -1;
	if (c->tok.t[i].type == T_NUM)
		return ex_num(c, i, 1, 60);
	/* most words carry no class: a number word is one of a few ids */
	if (c->tok.t[i].type != T_WORD || c->tok.t[i].wid == W_NONE)
		return -1;
	for (size_t q = 0; q < sizeof ex_numwords / sizeof ex_numwords[0]; q++)
		if (c->tok.t[i].wid == ex_numwords[q].w)
			return ex_numwords[q].n;
	return -1;
}

/*
 * A count of time before "ago": "two days ago", "a week ago" (that day),
 * "three months ago" (that month); "two weeks ago", "a few weeks ago",
 * "several months ago", "a couple of days ago", "weeks ago", "years ago"
 * (a vague past, as "last week": no day, but a recalled trip does not
 * take the reference day); "a week ago today" is the same day.
 */
static int
ex_timex_ago(struct ex_ctx *c, int i, int end, int tense, struct ex_time *x)
{
	static const enum ex_word units[][2] = {
		{ W_DAY, W_DAYS }, { W_WEEK, W_WEEKS }, { W_MONTH, W_MONTHS },
		{ W_YEAR, W_YEARS },
	};
	int	n = -1, k = i, u;

	(void)tense;
	if ((n = ex_count_at(c, i)) > 0)
		k = i + 1;
	else if (ex_is(c, i, W_A) || ex_is(c, i, W_AN) || ex_is(c, i,
	    W_SEVERAL)) {
		/* "a week", "a few weeks", "a couple of days", "several" */
		n = ex_is(c, i, W_SEVERAL) ? 0 : 1;
		k = i + 1;
		if (n == 1 && ex_is(c, k, W_FEW))
			n = 0, k++;
		else if (n == 1 && ex_is(c, k, W_COUPLE) && ex_is(c, k + 1,
		    W_OF))
			n = 0, k += 2;
	} else
		n = 0;		/* "weeks ago" */
	for (u = 0; u < 4; u++)
		if (k < end && (ex_is(c, k, units[u][0]) ||
		    ex_is(c, k, units[u][1])))
			break;
	if (u == 4 || !ex_is(c, k + 1, W_AGO) || (n == 0 && k == i &&
	    !ex_is(c, k, units[u][1])) || (n == 1 && !ex_is(c, k,
	    units[u][0]) && ex_count_at(c, i) != 1) || (n > 1 &&
	    !ex_is(c, k, units[u][1])))
		return -1;
	x->rel = -1;
	x->t1 = k + 2;
	if (n == 0 || u == 3 || (u == 1 && n > 1))
		x->vague = 1;
	else if (u == 2) {
		int y, m, d;

		when_day_to_ymd(c->tim.ref, &y, &m, &d);
		m -= n;
		while (m < 1)
			m += 12, y--;
		x->start = ex_ymd(y, m, 1);
		x->prec = LEG_PREC_MONTH;
	} else {
		x->start = c->tim.ref - n * (u == 1 ? 7 : 1);
		x->prec = LEG_PREC_DAY;
	}
	/* "a week ago today" */
	if (x->t1 < end && ex_is(c, x->t1, W_TODAY))
		x->t1++;
	return x->t1 - i;
}

/*
 * "in 2019": a year alone, which no leg can hold (legs have day or month
 * precision), is a vague time: past, ahead or this year, a tense hint
 * that keeps a sentence's other dates from the trip.
 */
static int
ex_timex_year(struct ex_ctx *c, int i, int end, int tense, struct ex_time *x)
{
	int y = ex_num(c, i, 1900, 2100), ry, rm, rd;

	(void)end, (void)tense;
	if (y < 0 || !ex_is(c, i - 1, W_IN))
		return -1;
	when_day_to_ymd(c->tim.ref, &ry, &rm, &rd);
	x->vague = 1;
	x->rel = y < ry ? -1 : y > ry ? 1 : 0;
	x->t1 = i + 1;
	return 1;
}

/* A time after a modifier at i: "this morning", "next week", "last
 * month", "next March", "last Tuesday", "early Tuesday". */
static int
ex_timex_modified(struct ex_ctx *c, int i, int end, int tense,
    struct ex_time *x)
{
	/* "this morning": today; "last spring", "next year": vague */
	static const enum ex_word parts[] = { W_MORNING, W_AFTERNOON,
	    W_EVENING };
	static const enum ex_word seasons[] = { W_SPRING, W_SUMMER, W_AUTUMN,
	    W_FALL, W_WINTER, W_YEAR };
	int		mo, rm, ry, rd, k = i + 1;
	enum ex_word	w2;

	if (!(c->tok.t[i].cls & LX_TIMEMOD))
		return -1;
	when_day_to_ymd(c->tim.ref, &ry, &rm, &rd);
	if (ex_punct(c, k, '-'))
		k++;
	/* the word after the modifier (and a hyphen), in the clause */
	w2 = k < end && c->tok.t[k].type == T_WORD ? c->tok.t[k].wid : W_NONE;
	if (ex_is(c, i, W_THIS) && ex_word_in(w2, parts,
	    sizeof parts / sizeof parts[0])) {
		x->start = c->tim.ref;
		x->prec = LEG_PREC_DAY;
		x->t1 = k + 1;
		return x->t1 - i;
	}
	/* "earlier in the day", "later in the day": today */
	if ((ex_is(c, i, W_EARLIER) || ex_is(c, i, W_LATER)) &&
	    w2 == W_IN && ex_is(c, k + 1, W_THE) &&
	    ex_is(c, k + 2, W_DAY)) {
		x->start = c->tim.ref;
		x->prec = LEG_PREC_DAY;
		x->rel = ex_is(c, i, W_LATER) ? 1 : -1;
		x->t1 = k + 3;
		return x->t1 - i;
	}
	if (w2 == W_WEEK || w2 == W_WEEKEND) {
		x->vague = 1;
		x->rel = ex_is(c, i, W_LAST) || ex_is(c, i, W_EARLIER)
		    ? -1 : ex_is(c, i, W_NEXT) ? 1 : 0;
		if (w2 == W_WEEKEND && x->rel >= 0) {
			int wd = when_day_weekday(c->tim.ref);
			int add = (6 - wd + 7) % 7;

			x->start = c->tim.ref + add;
			x->prec = LEG_PREC_DAY;
			x->vague = 0;
		}
		x->t1 = k + 1;
		return x->t1 - i;
	}
	/* "last spring", "next year": a vague time, past or
	 * ahead */
	if ((ex_is(c, i, W_LAST) || ex_is(c, i, W_NEXT)) &&
	    ex_word_in(w2, seasons, sizeof seasons / sizeof seasons[0])) {
		x->vague = 1;
		x->rel = ex_is(c, i, W_LAST) ? -1 : 1;
		x->t1 = k + 1;
		return x->t1 - i;
	}
	if (w2 == W_MONTH || (ex_is(c, i, W_LATER) &&
	    ex_is(c, k, W_IN) && ex_is(c, k + 2, W_MONTH))) {
		int mm = rm, yy = ry;

		if (ex_is(c, i, W_NEXT))
			mm++;
		else if (ex_is(c, i, W_LAST))
			mm--;
		if (mm > 12)
			mm = 1, yy++;
		if (mm < 1)
			mm = 12, yy--;
		x->start = ex_ymd(yy, mm, 1);
		x->prec = LEG_PREC_MONTH;
		x->rel = ex_is(c, i, W_NEXT) || ex_is(c, i, W_LATER) ?
		    1 : ex_is(c, i, W_LAST) || ex_is(c, i, W_EARLIER)
		    ? -1 : 0;
		x->t1 = w2 == W_MONTH ? k + 1 : k + 3;
		return x->t1 - i;
	}
	if ((mo = ex_month_at(c, k)) > 0 && ex_times_day(c, k + 1) < 0) {
		int y = ex_year_for(c, mo, tense), ry, rm, rd;

		/* "last December" is past, "next March" to come,
		 * whatever the tense of the sentence */
		when_day_to_ymd(c->tim.ref, &ry, &rm, &rd);
		if (ex_is(c, i, W_LAST))
			y = mo >= rm ? ry - 1 : ry;
		else if (ex_is(c, i, W_NEXT))
			y = mo <= rm ? ry + 1 : ry;
		/* "mid-May", "early July" */
		x->start = ex_ymd(y, mo, 1);
		x->prec = LEG_PREC_MONTH;
		x->t1 = k + 1;
		return x->t1 - i;
	}
	if ((ex_is(c, i, W_EARLY) || ex_is(c, i, W_LATE) || ex_is(c, i,
	    W_MID)) && k < end && (c->tok.t[k].cls & LX_WEEKDAY)) {
		/* "early Tuesday", "late Wednesday": that weekday, by the
		 * clause's tense */
		if (ex_timex_weekday(c, k, end, tense, x) <= 0)
			return 0;
		x->t0 = i;
		return x->t1 - i;
	}
	if ((c->tok.t[k < c->tok.nt ? k : i].cls & LX_WEEKDAY) && k < end) {
		/* "next Monday", "last Tuesday" */
		int wd = c->tok.t[k].arg, cur = when_day_weekday(c->tim.ref);
		int dd;

		if (ex_is(c, i, W_LAST))
			dd = -(((cur - wd) + 7) % 7 ?: 7);
		else
			dd = ((wd - cur) + 7) % 7 ?: 7;
		x->start = c->tim.ref + dd;
		x->prec = LEG_PREC_DAY;
		x->rel = dd < 0 ? -1 : 1;
		x->t1 = k + 1;
		return x->t1 - i;
	}
	return 0;
}

/* A weekday at i, by the clause's tense: "on Monday", "from Monday to
 * Wednesday", "Monday, April 6". */
static int
ex_timex_weekday(struct ex_ctx *c, int i, int end, int tense,
    struct ex_time *x)
{
	int	j, wd, cur, dd;

	if (!(c->tok.t[i].cls & LX_WEEKDAY) || !(c->tok.t[i].flags & TF_CAP))
		return -1;
	wd = c->tok.t[i].arg;
	cur = when_day_weekday(c->tim.ref);

	if (tense < 0)
		dd = -(((cur - wd) + 7) % 7);
	else if (tense > 0)
		dd = ((wd - cur) + 7) % 7;
	else {
		/* Nearest, preferring the future on a tie. */
		int fwd = ((wd - cur) + 7) % 7;

		dd = fwd <= 3 ? fwd : fwd - 7;
	}
	/* "on Monday next week", "Tuesday last week", "Thursday this
	 * week": that day of that week (weeks run Monday to Sunday) */
	if (i + 2 < end && (ex_is(c, i + 1, W_NEXT) || ex_is(c, i + 1,
	    W_LAST) || ex_is(c, i + 1, W_THIS)) && ex_is(c, i + 2, W_WEEK)) {
		int mon = c->tim.ref - (cur + 6) % 7;	/* this Monday */

		x->start = mon + (wd + 6) % 7 + (ex_is(c, i + 1, W_NEXT) ? 7 :
		    ex_is(c, i + 1, W_LAST) ? -7 : 0);
		x->prec = LEG_PREC_DAY;
		dd = x->start - c->tim.ref;
		x->rel = dd < 0 ? -1 : dd > 0 ? 1 : 0;
		x->t1 = i + 3;
		return 3;
	}
	x->start = c->tim.ref + dd;
	x->prec = LEG_PREC_DAY;
	x->rel = dd < 0 ? -1 : dd > 0 ? 1 : 0;
	x->t1 = i + 1;
	/* "from Monday to Wednesday", "on Tuesday and Wednesday" */
	if ((ex_is(c, i + 1, W_TO) || ex_is(c, i + 1, W_THROUGH) ||
	    ex_punct(c, i + 1, '-') || ex_is(c, i + 1, W_UNTIL) ||
	    ex_is(c, i + 1, W_AND)) &&
	    i + 2 < end && (c->tok.t[i + 2].cls & LX_WEEKDAY) &&
	    (c->tok.t[i + 2].flags & TF_CAP)) {
		int span = ((c->tok.t[i + 2].arg - wd) + 7) % 7;

		x->end = x->start + span;
		x->t1 = i + 3;
		return 3;
	}
	/* "Monday, April 6": the date that follows wins */
	j = x->t1;
	if (ex_punct(c, j, ','))
		j++;
	if (ex_month_at(c, j) && ex_times_day(c, j + 1) > 0) {
		struct ex_time y2;
		int n = ex_timex(c, j, end, tense, &y2);

		if (n > 0) {
			y2.t0 = i;
			*x = y2;
			/* "from Tuesday, July 15 to Friday, July 18" */
			j = x->t1;
			if (x->end == WHEN_DAY_NONE && (ex_is(c, j, W_TO) ||
			    ex_is(c, j, W_UNTIL) || ex_is(c, j,
			    W_THROUGH) || ex_punct(c, j, '-')) &&
			    (c->tok.t[j + 1 < c->tok.nt ? j + 1 : j].cls &
			    LX_WEEKDAY)) {
				int k = j + 2;

				if (ex_punct(c, k, ','))
					k++;
				if (ex_month_at(c, k) > 0 &&
				    ex_timex(c, k, end, tense,
				    &y2) > 0 &&
				    y2.prec == LEG_PREC_DAY &&
				    y2.start >= x->start) {
					x->end = y2.start;
					x->t1 = y2.t1;
				}
			}
			return x->t1 - i;
		}
	}
	return 1;
}

/* A month name at i with no day after it (the format rows read those):
 * "in July", "May 1987", "in September last year". */
static int
ex_timex_month_alone(struct ex_ctx *c, int i, int end, int tense,
    struct ex_time *x)
{
	int	mo, yy;

	(void)end;
	if ((mo = ex_month_at(c, i)) <= 0)
		return -1;
	yy = ex_num(c, i + 1, 1900, 2100);
	if (!ex_is(c, i - 1, W_IN) && !ex_is(c, i - 1, W_SINCE) &&
	    !ex_is(c, i - 1, W_BY) && !ex_is(c, i - 1, W_UNTIL) &&
	    /* "planned for June" */
	    !(ex_is(c, i - 1, W_FOR) && i - 2 >= 0 &&
	    (c->tok.t[i - 2].cls & LX_FUT)) &&
	    !ex_is(c, i - 1, W_OF) && !ex_punct(c, i - 1, '-') &&
	    !(c->tok.t[i - 1 >= 0 ? i - 1 : i].cls & LX_TIMEMOD) &&
	    yy < 0)
		return 0;
	x->t1 = i + (yy > 0 ? 2 : 1);
	x->year = yy > 0 ? 1 : -1;
	/* "in September last year", "in May this year" */
	if (yy < 0 && ex_is(c, i + 2, W_YEAR) && (ex_is(c, i + 1, W_LAST) ||
	    ex_is(c, i + 1, W_THIS) || ex_is(c, i + 1, W_NEXT))) {
		int ry, rm, rd;

		when_day_to_ymd(c->tim.ref, &ry, &rm, &rd);
		yy = ry + (ex_is(c, i + 1, W_LAST) ? -1 :
		    ex_is(c, i + 1, W_NEXT) ? 1 : 0);
		x->rel = yy < ry ? -1 : yy > ry ? 1 : 0;
		x->t1 = i + 3;
		x->year = 0;
	}
	x->start = ex_ymd(yy > 0 ? yy : ex_year_for(c, mo, tense), mo, 1);
	x->prec = LEG_PREC_MONTH;
	return x->t1 - i;
}

/*
 * Dates written as a month and days, or days and a month, are rows of
 * format strings (as SQLite's date.c reads dates with getDigits), matched
 * item by item against the tokens from i by ex_datefmt_match:
 *	%M	a month name		%d	a day of the month ("5", "5th")
 *	%Y	a year, 1900..2100	%y	a year, read but not kept
 *	%E	the year of a range's end ("May 3-5, 2009"), the start's
 *		too (the year before when its month comes later)
 *	%r	a range word: "-", "to", "through", "and", "until"
 *	%R	the same without "through"
 *	|	the first date ends here: a range after it that is none
 *		(no such day, or ending before it starts) is left out
 *	others	that punctuation (",") or word ("of"), one token each
 * The first %M and %d are the start's, the second the end's.  A row's
 * order says how the dates are built (ex_datefmt_build): EX_MD, the month
 * first ("April 13-18"), a range's end in the next year when its month
 * comes earlier; EX_DM, the day first ("5-7 March"), a range ending on a
 * later day of the same month or no date.  A year not written is the one
 * nearest the reference day for the clause's tense (ex_year_for).
 */
enum { EX_MD = 1, EX_DM };

struct ex_datecap {
	int	m[2], nm, d[2], nd, y, ey, mid;
};

/* 1 if token k is a range word: "-", "to", "and", "until", and "through"
 * if through. */
static int
ex_range_word(const struct ex_ctx *c, int k, int through)
{
	return ex_punct(c, k, '-') || ex_is(c, k, W_TO) || ex_is(c, k, W_AND) ||
	    ex_is(c, k, W_UNTIL) || (through && ex_is(c, k, W_THROUGH));
}

/* The tokens format fmt matches from i (its captures in *cap), or -1. */
static int
ex_datefmt_match(const struct ex_ctx *c, int i, const char *fmt,
    struct ex_datecap *cap)
{
	int k = i;

	memset(cap, 0, sizeof *cap);
	cap->mid = -1;
	for (const char *p = fmt; *p != '\0'; ) {
		size_t	n;
		int	v;

		if (*p == ' ') {
			p++;
			continue;
		}
		if (*p == '|') {
			cap->mid = k;
			p++;
			continue;
		}
		if (k >= c->tok.nt)
			return -1;
		if (*p == '%') {
			switch (p[1]) {
			case 'M':
				if ((v = ex_month_at(c, k)) <= 0 || cap->nm == 2)
					return -1;
				cap->m[cap->nm++] = v;
				break;
			case 'd':
				if ((v = ex_times_day(c, k)) <= 0 || cap->nd == 2)
					return -1;
				cap->d[cap->nd++] = v;
				break;
			case 'Y':
			case 'y':
			case 'E':
				if ((v = ex_num(c, k, 1900, 2100)) <= 0)
					return -1;
				if (p[1] == 'Y')
					cap->y = v;
				else if (p[1] == 'E')
					cap->ey = v;
				break;
			case 'r':
			case 'R':
				if (!ex_range_word(c, k, p[1] == 'r'))
					return -1;
				break;
			default:
				return -1;
			}
			p += 2;
			k++;
			continue;
		}
		n = strcspn(p, " |");
		if (n == 1 && !(*p >= 'a' && *p <= 'z')) {
			if (!ex_punct(c, k, *p))
				return -1;
		} else if (c->tok.t[k].type != T_WORD ||
		    strlen(ex_fold(c, k)) != n ||
		    strncmp(ex_fold(c, k), p, n) != 0)
			return -1;
		p += n;
		k++;
	}
	return k - i;
}

/*
 * x from the captures of a row of that order that matched n tokens from
 * i.  Returns the tokens the date uses, or 0: no such day.
 */
static int
ex_datefmt_build(struct ex_ctx *c, int i, int n, int order, int tense,
    const struct ex_datecap *cap, struct ex_time *x)
{
	int mo = cap->m[0], d = cap->d[0], d2 = cap->nd == 2 ? cap->d[1] : -1;
	int y = cap->y;

	/* "April 29 to May 2, 2009", "Dec. 28 to Jan. 3, 2010" */
	if (y == 0 && cap->ey != 0 && cap->nd == 2)
		y = cap->ey - (cap->nm == 2 && cap->m[1] < mo ? 1 : 0);
	x->year = y != 0 ? 1 : -1;
	if (y == 0) {
		y = ex_year_for(c, mo, tense);
		/* surely past ("visited Cuba Dec. 28" told on Dec. 8):
		 * no day ahead either */
		if (tense < -1 && d <= when_days_in_month(y, mo) &&
		    ex_ymd(y, mo, d) > c->tim.ref)
			y--;
	}
	if (order == EX_DM && d2 > 0 && d2 <= d)
		return 0;	/* "7-5 March" */
	if (d > when_days_in_month(y, mo) || (order == EX_DM && d2 > 0 &&
	    d2 > when_days_in_month(y, mo)))
		return 0;
	x->start = ex_ymd(y, mo, d);
	x->prec = LEG_PREC_DAY;
	x->t1 = i + n;
	if (d2 > 0 && order == EX_DM)
		x->end = ex_ymd(y, mo, d2);
	else if (d2 > 0) {
		int mo2 = cap->nm == 2 ? cap->m[1] : mo;
		int y2 = y + (mo2 < mo ? 1 : 0);

		/* "May 3-2" ends before it starts: no range, only its
		 * first day */
		if (d2 <= when_days_in_month(y2, mo2) &&
		    ex_ymd(y2, mo2, d2) >= x->start)
			x->end = ex_ymd(y2, mo2, d2);
		else
			x->t1 = cap->mid;
	}
	return x->t1 - i;
}

/* 1 if token k may follow a day of the month told alone ("on the 8th.",
 * "from the 8th to the 14th"), not a noun it numbers ("the 21st
 * century", "the 8th summit"). */
static int
ex_day_alone_end(const struct ex_ctx *c, int k, int end)
{
	return k >= end || c->tok.t[k].type == T_PUNCT || ex_is(c, k, W_TO) ||
	    ex_is(c, k, W_AND) || ex_is(c, k, W_THROUGH) || ex_is(c, k,
	    W_UNTIL) || ex_is(c, k, W_TILL) || ex_is(c, k, W_WHEN) ||
	    ex_is(c, k, W_FOR) || ex_is(c, k, W_IN) || ex_is(c, k, W_AT);
}

/*
 * "on the 8th", "from the 8th to the 14th": a day of the month named
 * alone, after "on", "from", "until", "by", "between" and "the"; the
 * month is the reference day's, or the next (a day already past, in a
 * clause ahead) or the last (a day to come, told in the past).
 */
static int
ex_timex_day_alone(struct ex_ctx *c, int i, int end, int tense,
    struct ex_time *x)
{
	int	d = ex_times_day(c, i), d2 = -1, y, m, rd, k = i + 1;

	if (d <= 0 || c->tok.t[i].type != T_WORD || !ex_is(c, i - 1, W_THE) ||
	    !(ex_is(c, i - 2, W_ON) || ex_is(c, i - 2, W_FROM) || ex_is(c,
	    i - 2, W_UNTIL) || ex_is(c, i - 2, W_BY) || ex_is(c, i - 2,
	    W_BETWEEN)))
		return -1;
	if ((ex_is(c, k, W_TO) || ex_is(c, k, W_AND) || ex_is(c, k,
	    W_UNTIL) || ex_is(c, k, W_THROUGH)) && ex_is(c, k + 1, W_THE) &&
	    (d2 = ex_times_day(c, k + 2)) > d && c->tok.t[k + 2].type ==
	    T_WORD)
		k += 3;
	else
		d2 = -1;
	if (!ex_day_alone_end(c, k, end) || ex_month_at(c, k) > 0 ||
	    ex_is(c, k, W_OF))
		return -1;
	when_day_to_ymd(c->tim.ref, &y, &m, &rd);
	if (tense > 0 && d < rd)
		m++;
	else if (tense < 0 && d > rd)
		m--;
	if (m > 12)
		m = 1, y++;
	if (m < 1)
		m = 12, y--;
	if (d > when_days_in_month(y, m) || (d2 > 0 &&
	    d2 > when_days_in_month(y, m)))
		return 0;
	x->start = ex_ymd(y, m, d);
	if (d2 > 0)
		x->end = ex_ymd(y, m, d2);
	x->prec = LEG_PREC_DAY;
	x->t1 = k;
	return k - i;
}

/*
 * "at the weekend", "over the weekend", "during the weekend": in a clause
 * ahead, the coming Saturday (as "this weekend"); told in the past, the
 * Saturday of the last weekend begun; with no tense, a vague time.
 */
static int
ex_timex_the_weekend(struct ex_ctx *c, int i, int end, int tense,
    struct ex_time *x)
{
	int wd = when_day_weekday(c->tim.ref);

	(void)end;
	if (!ex_is(c, i, W_WEEKEND) || !ex_is(c, i - 1, W_THE) ||
	    !(ex_is(c, i - 2, W_AT) || ex_is(c, i - 2, W_OVER) ||
	    ex_is(c, i - 2, W_DURING)))
		return -1;
	x->t1 = i + 1;
	if (tense > 0) {
		x->start = c->tim.ref + (6 - wd + 7) % 7;
		x->rel = 1;
	} else if (tense < 0) {
		x->start = c->tim.ref - (wd == 6 ? 0 : wd + 1);
		x->rel = -1;
	} else {
		x->vague = 1;
		return 1;
	}
	x->prec = LEG_PREC_DAY;
	return 1;
}

/* "today", "tomorrow", "yesterday": days from the reference day. */
static int
ex_timex_relday(struct ex_ctx *c, int i, int end, int tense,
    struct ex_time *x)
{
	int off = (int)c->tok.t[i].arg - 8;

	(void)end, (void)tense;
	if (!(c->tok.t[i].cls & LX_RELDAY))
		return -1;
	x->start = c->tim.ref + off;
	x->prec = LEG_PREC_DAY;
	x->rel = off < 0 ? -1 : off > 0 ? 1 : 0;
	x->t1 = i + 1;
	return 1;
}

/* "mid-May", "early-July", "late-June" written as one word. */
static int
ex_timex_one_word(struct ex_ctx *c, int i, int end, int tense,
    struct ex_time *x)
{
	const char		*f = ex_fold(c, i);
	const struct lex	*lx;

	(void)end;
	if (c->tok.t[i].type != T_WORD || (strncmp(f, "mid-", 4) != 0 &&
	    strncmp(f, "early-", 6) != 0 && strncmp(f, "late-", 5) != 0))
		return -1;
	lx = ex_lexicon_find(strchr(f, '-') + 1);
	if (lx == NULL || !(lx->cls & LX_MONTH))
		return -1;
	x->start = ex_ymd(ex_year_for(c, lx->arg, tense), lx->arg, 1);
	x->prec = LEG_PREC_MONTH;
	x->t1 = i + 1;
	return 1;
}

/* "last night": the day before. */
static int
ex_timex_last_night(struct ex_ctx *c, int i, int end, int tense,
    struct ex_time *x)
{
	(void)end, (void)tense;
	if (!ex_is(c, i, W_LAST) || !ex_is(c, i + 1, W_NIGHT))
		return -1;
	x->start = c->tim.ref - 1;
	x->prec = LEG_PREC_DAY;
	x->rel = -1;
	x->t1 = i + 2;
	return 2;
}

/*
 * The date forms, tried in this order at a token: a row is a parse
 * function or a format string (see ex_datefmt_match) with its order.
 * parse(c, i, end, tense, x) returns -1 when token i does not open its
 * form (the next row is tried), else the tokens it used, 0 if the form
 * opens there but gives no time (no later row is tried); it fills x
 * (cleared, x->t0 = i) on success.  A format row that matches is built
 * by ex_datefmt_build (0: no such day).  A new form is a row here (and a
 * function if no format can say it), and rows in tests/check_ex_times.c's
 * time_rows[].
 */
static const struct ex_timex_form {
	const char	*name;
	int		(*parse)(struct ex_ctx *, int, int, int,
			    struct ex_time *);
	const char	*fmt;
	int		 order;
} ex_timex_forms[] = {
	{ "relative day", ex_timex_relday, NULL, 0 },	/* tomorrow */
	{ "one-word modifier", ex_timex_one_word, NULL, 0 },	/* mid-May */
	{ "last night", ex_timex_last_night, NULL, 0 },
	{ "after a modifier", ex_timex_modified, NULL, 0 },	/* next week */
	{ "weekday", ex_timex_weekday, NULL, 0 },	/* on Monday */
	/* April 13, 1987 to May 2, 1987; April 29 to May 5; April 13-18 */
	{ "month day", NULL, "%M %d , %Y | %r %M %d , %y", EX_MD },
	{ "month day", NULL, "%M %d , %Y | %r %M %d", EX_MD },
	{ "month day", NULL, "%M %d , %Y | %r %d , %y", EX_MD },
	{ "month day", NULL, "%M %d , %Y | %r %d", EX_MD },
	{ "month day", NULL, "%M %d , %Y", EX_MD },
	{ "month day", NULL, "%M %d %Y | %r %M %d , %y", EX_MD },
	{ "month day", NULL, "%M %d %Y | %r %M %d", EX_MD },
	{ "month day", NULL, "%M %d %Y | %r %d , %y", EX_MD },
	{ "month day", NULL, "%M %d %Y | %r %d", EX_MD },
	{ "month day", NULL, "%M %d %Y", EX_MD },
	{ "month day", NULL, "%M %d | %r %M %d , %E", EX_MD },
	{ "month day", NULL, "%M %d | %r %M %d", EX_MD },
	{ "month day", NULL, "%M %d | %r %d , %E", EX_MD },
	{ "month day", NULL, "%M %d | %r %d", EX_MD },
	{ "month day", NULL, "%M %d", EX_MD },
	{ "month alone", ex_timex_month_alone, NULL, 0 },	/* in July */
	{ "days ago", ex_timex_ago, NULL, 0 },		/* two days ago */
	{ "year alone", ex_timex_year, NULL, 0 },	/* in 2019 */
	{ "day alone", ex_timex_day_alone, NULL, 0 },	/* on the 8th */
	{ "the weekend", ex_timex_the_weekend, NULL, 0 },	/* at the weekend */
	/* 5-7 March 2019, 13 April, the 21st of May */
	{ "day month", NULL, "%d %R %d %M %Y", EX_DM },
	{ "day month", NULL, "%d %R %d %M", EX_DM },
	{ "day month", NULL, "%d of %M %Y", EX_DM },
	{ "day month", NULL, "%d of %M", EX_DM },
	{ "day month", NULL, "%d %M %Y", EX_DM },
	{ "day month", NULL, "%d %M", EX_DM },
};

/*
 * Parses a time expression at token i of sentence [.., end).  Returns the
 * number of tokens used (0 if none) and fills *x.
 */
int
ex_timex(struct ex_ctx *c, int i, int end, int tense, struct ex_time *x)
{
	for (size_t r = 0; r < sizeof ex_timex_forms /
	    sizeof ex_timex_forms[0]; r++) {
		int n;

		ex_time_clear(x);
		x->t0 = i;
		if (ex_timex_forms[r].fmt != NULL) {
			struct ex_datecap cap;

			if ((n = ex_datefmt_match(c, i, ex_timex_forms[r].fmt,
			    &cap)) > 0) {
				n = ex_datefmt_build(c, i, n,
				    ex_timex_forms[r].order, tense, &cap, x);
				if (n == 0)
					ex_time_clear(x), x->t0 = i;
				return n;
			}
		} else if ((n = ex_timex_forms[r].parse(c, i, end, tense,
		    x)) >= 0)
			return n;
	}
	ex_time_clear(x);
	x->t0 = i;
	return 0;
}


int
ex_timex_number_word(enum ex_word w)
{
	for (size_t q = 0; q < sizeof ex_numwords / sizeof ex_numwords[0]; q++)
		if (w == ex_numwords[q].w)
			return ex_numwords[q].n;
	return -1;
}
