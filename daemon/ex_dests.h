/*
 * ex_dests: the destinations of a travel trigger and their times.
 *
 * Input: c->t, c->m, a trigger token.  Output: struct ex_dest rows (a
 * mention, "from X" marks an earlier stop) in order, and for each the time
 * expression that dates it.  Writes nothing into the context.
 */
#ifndef ITINERD_EX_DESTS_H
#define ITINERD_EX_DESTS_H

#include "ex.h"

struct ex_dest {
	int		 m;	/* kb mention */
	int		 from;	/* "from X": an earlier stop */
	int		 t;	/* token */
};

int	ex_dests_find(struct ex_ctx *c, int s1, int tr,
    struct ex_dest *d, int max);
const struct ex_time *ex_dests_time(struct ex_ctx *c,
    const struct ex_time *x, int nx,
    const struct ex_dest *d, int nd, int di, int tr, int *xend);
int	ex_dests_before(const struct ex_ctx *c, int s0, int tr);
int	ex_dests_list_before(const struct ex_ctx *c, int s0, int tr,
    struct ex_dest *d, int max);

#endif
