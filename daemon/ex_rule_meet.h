/*
 * ex_rule_meet: meeting rule family.
 *
 * Input: one sentence [s0, s1).  Output: legs through ex_legs_add for a
 * leader met abroad, "here" at the dateline, a meeting at the dateline
 * place, a meeting date for a planned leg, a meeting abroad called off.
 */
#ifndef ITINERD_EX_RULE_MEET_H
#define ITINERD_EX_RULE_MEET_H

#include "ex.h"

void	ex_rule_meet_leader(struct ex_ctx *c, int s0, int s1);
void	ex_rule_meet_here(struct ex_ctx *c, int s0, int s1);
void	ex_rule_meet_dateline(struct ex_ctx *c, int s0, int s1);
void	ex_rule_meet_date(struct ex_ctx *c, int s0, int s1);
void	ex_rule_meet_cancelled(struct ex_ctx *c, int s0, int s1);

#endif
