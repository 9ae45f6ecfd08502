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

/* Rule table rows (struct ex_rule, see ex.h). */
/* "hosted" */
extern const struct ex_rule	ex_rule_host;
/* "met-visiting" */
extern const struct ex_rule	ex_rule_host_visiting;

#endif
