/*
 * ex_mentions: tokens + knowledge -> mentions.
 *
 * Input: c->t (ex_tokens) and c->kb.  Output: c->m[0..nm) (struct ex_kbm:
 * countries, demonyms, places, regions, office holders, role phrases, by
 * longest match over capitalised tokens) and t[].pm (the mention starting
 * at a token) and t[].pmcov (the one covering it).
 */
#ifndef ITINERD_EX_MENTIONS_H
#define ITINERD_EX_MENTIONS_H

#include "ex.h"

/*
 * Mentions of tokens [t0, nt), appended to c->m; a place's rank counts
 * only the countries named among them (the headline's are its own).
 */
void	ex_mentions_run(struct ex_ctx *c, int t0);
void	ex_mentions_east_germany(struct ex_ctx *c);

#endif
