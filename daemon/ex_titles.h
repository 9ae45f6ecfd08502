/*
 * ex_titles: titles and the names that follow them.
 *
 * Input: c->tok, c->men.  Output: struct ex_title for a title head at
 * token h ("Foreign Minister", "Secretary of State", "U.S. Agriculture
 * Secretary"): its tokens, the name tokens after it, the head and country
 * when the title says them.  Writes nothing into the context.
 */
#ifndef ITINERD_EX_TITLES_H
#define ITINERD_EX_TITLES_H

#include "ex.h"

struct ex_title {
	int	 t0, t1;	/* the title tokens */
	int	 n0, n1;	/* the name, or n0 == n1 */
	int	 head;
	int	 labelled;
	char	 cc[3];
};

int	ex_titles_name_at(const struct ex_ctx *c, int i, int end);
int	ex_titles_labelled(const struct ex_ctx *c, int s0, int t0,
    int h, int t1);
int	ex_titles_parse(struct ex_ctx *c, int h, int s0, int s1,
    struct ex_title *ti);

#endif
