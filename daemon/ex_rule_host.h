/*
 * ex_rule_host: hosting rule family.
 *
 * Input: one sentence [s0, s1).  Output: legs through ex_legs_add for the
 * guest of "hosted", "received", "welcomed" (in the host's country) and
 * "met visiting X".
 */
#ifndef ITINERD_EX_RULE_HOST_H
#define ITINERD_EX_RULE_HOST_H

#include "ex.h"

void	ex_rule_host_visiting(struct ex_ctx *c, int s0, int s1);
void	ex_rule_host_run(struct ex_ctx *c, int s0, int s1);

#endif
