/*
 * ex_rule_presence: presence rule family.
 *
 * Input: one sentence [s0, s1).  Output: legs through ex_legs_add for a
 * person said to be in a foreign place ("in Paris, the minister said"),
 * and for companions ("accompanied by", "travelling with").
 */
#ifndef ITINERD_EX_RULE_PRESENCE_H
#define ITINERD_EX_RULE_PRESENCE_H

#include "ex.h"

void	ex_rule_presence_accompany(struct ex_ctx *c, int s0, int s1);
void	ex_rule_presence_run(struct ex_ctx *c, int s0, int s1);

#endif
