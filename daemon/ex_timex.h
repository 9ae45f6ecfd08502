/*
 * ex_timex: the times stage's reading of one time expression (see
 * ex_times.h for the stage).  Internal to ex_times.c and ex_timex.c.
 */
#ifndef ITINERD_EX_TIMEX_H
#define ITINERD_EX_TIMEX_H

#include "ex.h"

/* The day of y-m-d (when_day_from_ymd). */
int32_t	ex_ymd(int y, int m, int d);
/* The count at token i: "3" (up to 60) or "three"; -1 if none. */
int	ex_count_at(const struct ex_ctx *c, int i);
/* The month (1..12) token i names, else 0. */
int	ex_month_at(const struct ex_ctx *c, int i);
/* The number a number word stands for ("three": 3), or -1. */
int	ex_timex_number_word(enum ex_word w);
/*
 * The time expression starting at token i (before end), read with the
 * clause's tense hint: tokens it covers (0: none) and *x.  Tries the date
 * forms of ex_timex_forms[] in order.
 */
int	ex_timex(struct ex_ctx *c, int i, int end, int tense, struct ex_time *x);

#endif
