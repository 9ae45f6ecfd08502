/*
 * ex_dests: the destinations of a travel trigger and their times.
 *
 * Input: c->tok, c->men, a trigger token.  Output: struct ex_dest rows (a
 * mention, "from X" marks an earlier stop) in order, and for each the time
 * expression that dates it.  Writes nothing into the context.
 */
#ifndef ITINERD_EX_DESTS_H
#define ITINERD_EX_DESTS_H

#include "ex.h"

struct ex_dest {
	int		 m;	/* kb mention */
	int		 from;	/* "from X": an earlier stop; 2: the
				 * place left ("left Kyiv on Monday"),
				 * dated by the departure */
	int		 t;	/* token */
};

int	ex_dests_find(struct ex_ctx *c, int s1, int tr,
    struct ex_dest *d, int max);
/*
 * The time in x[0..nx) (the times of sentence [s0, ..)) that dates stop
 * di of d[0..nd) of the trigger at tr, or NULL.  *xend: the time's end is
 * the stop's too; *weak: the date is an overall range's, which a later
 * date of the stop itself may replace.  May point to *tail, the caller's,
 * which it then fills (a range's last day for the last stop).
 */
const struct ex_time *ex_dests_time(struct ex_ctx *c, int s0,
	    const struct ex_time *x, int nx, const struct ex_dest *d, int nd,
	    int di, int tr, int *xend, int *weak, struct ex_time *tail);
int	ex_dests_before(const struct ex_ctx *c, int s0, int tr);
int	ex_dests_list_before(const struct ex_ctx *c, int s0, int tr,
    struct ex_dest *d, int max);

#endif
