/*
 * ex_times: the dateline and time expressions.
 *
 * Input: c->tok, c->men, c->pub (the published day).  Output: the dateline
 * ("TOKYO, April 8 -"): c->ref (the local reference day), c->dl_cc,
 * dl_city, dl_weak and c->body_t0; and, on demand, the time expressions of
 * a token range as struct ex_time (start and end day numbers, precision,
 * tense hint), resolved against c->ref.  Dates are day numbers (when.h)
 * throughout; text is written only into legs (ex_legs_date_text).
 */
#ifndef ITINERD_EX_TIMES_H
#define ITINERD_EX_TIMES_H

#include "ex.h"

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

/* m becomes a mention of the dateline place (country, city, coordinates)
 * with no tokens: the place "here" means. */
void	ex_times_dateline_place(const struct ex_ctx *c, struct ex_kbm *m);
/* x becomes the reference day itself ("today"), at day precision. */
void	ex_times_today(const struct ex_ctx *c, struct ex_time *x);
/* The months of days a and b compared: <0, 0, >0 (no day sorts first). */
int	ex_times_month_cmp(int32_t a, int32_t b);

#endif
