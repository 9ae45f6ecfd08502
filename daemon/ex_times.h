/*
 * ex_times: the dateline and time expressions.
 *
 * Input: c->tok, c->men, c->tim.pub (the published day).  Output: c->tim
 * (struct ex_times): the dateline ("TOKYO, April 8 -"), ref (the local
 * reference day), dl_cc, dl_city, dl_weak and body_t0; and, on demand,
 * the time expressions of a token range as struct ex_time (start and end
 * day numbers, precision, tense hint), resolved against ref.  Dates are
 * day numbers (when.h) throughout; text is written only into legs
 * (ex_legs_date_text).
 */
#ifndef ITINERD_EX_TIMES_H
#define ITINERD_EX_TIMES_H

#include <stdint.h>
#include <string.h>

#include "extract.h"
#include "when.h"

struct ex_ctx;
struct ex_kbm;

/*
 * A time expression at tokens [t0, t1): day numbers (when.h), start
 * WHEN_DAY_NONE for none (a vague time), end WHEN_DAY_NONE unless a
 * range; a month precision start is the 1st.  Dates become text only in
 * the legs (ex_legs).
 */
struct ex_time {
	int		 t0, t1;
	int32_t		 start;
	int32_t		 end;
	enum leg_precision prec;
	int		 rel;	/* -1 past, +1 future, 0 unknown */
	int		 vague;	/* next week: no day, only a tense hint */
	int		 year;	/* 1: its year written ("May 3, 2009"), -1:
				 * a month name's year guessed from the
				 * reference day ("May 3"), 0: neither */
};

/*
 * The stage's output (c->tim): the reference days and the dateline
 * ("TOKYO, April 8 -"), from ex_times_dateline.
 */
struct ex_times {
	int32_t		 ref;		/* reference day: the dateline's */
	int32_t		 pub;		/* published day */
	char		 published[11];	/* the same as text, for the kb */
	char		 dl_cc[3];	/* dateline country, or "" */
	int		 dl_weak;	/* "PEKING -": no home country */
	const char	*dl_city;
	double		 dl_lat, dl_lon;
	int		 body_t0;	/* first token after the dateline */
};

/* x becomes "no time": no tokens, no dates. */
static inline void
ex_time_clear(struct ex_time *x)
{
	memset(x, 0, sizeof *x);
	x->start = x->end = WHEN_DAY_NONE;
}

/* 1 if x has a date (not only a tense hint). */
static inline int
ex_time_dated(const struct ex_time *x)
{
	return x->start != WHEN_DAY_NONE;
}


int	ex_times_day(const struct ex_ctx *c, int i);
void	ex_times_dateline(struct ex_ctx *c);
int	ex_times_be_to(const struct ex_ctx *c, int k);
int	ex_times_find(struct ex_ctx *c, int s0, int s1, int tense,
    struct ex_time *x,
    int max);
int	ex_times_cancelled(const struct ex_ctx *c, int s0, int s1,
    const struct ex_time *x);
int	ex_times_since(const struct ex_ctx *c, int s0,
    const struct ex_time *x);

/* The days a trip's length at token i says: "four-day" (4), "3-day",
 * "two-week" (14), "week-long" (7); -1 if none. */
int	ex_times_duration(const struct ex_ctx *c, int i);
/* m becomes a mention of the dateline place (country, city, coordinates)
 * with no tokens: the place "here" means. */
void	ex_times_dateline_place(const struct ex_ctx *c, struct ex_kbm *m);
/* x becomes the reference day itself ("today"), at day precision. */
void	ex_times_today(const struct ex_ctx *c, struct ex_time *x);
/* The months of days a and b compared: <0, 0, >0 (no day sorts first). */
int	ex_times_month_cmp(int32_t a, int32_t b);

#endif
