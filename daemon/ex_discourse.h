/*
 * ex_discourse: who a sentence is about.
 *
 * Input: c->tok, c->ppl (ex_people).  Output: the discourse state c->disc
 * (struct ex_discourse: last subject, speaker, the group "they", "both",
 * "the pair" mean); and the travellers of a trigger (the subject, a
 * pronoun's antecedent, the possessor of "visit", companions).
 */
#ifndef ITINERD_EX_DISCOURSE_H
#define ITINERD_EX_DISCOURSE_H

#include "ex.h"

int	ex_discourse_companions(const struct ex_ctx *c, int s0, int s1,
    int *who, int n, int max);
int	ex_discourse_is_object(const struct ex_ctx *c, int s0, int k);
void	ex_discourse_speaker(struct ex_ctx *c, int s0, int s1);
int	ex_discourse_travellers(struct ex_ctx *c, int s0, int s1,
    int tr, int *who, int max);
void	ex_discourse_set_group(struct ex_ctx *c, const int *who, int n);
void	ex_discourse_update(struct ex_ctx *c, int s0, int s1);

#endif
