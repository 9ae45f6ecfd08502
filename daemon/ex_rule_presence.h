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

/* Rule table rows (struct ex_rule, see ex.h). */
/* "accompany" */
extern const struct ex_rule	ex_rule_presence_accompany;
/* "presence" */
extern const struct ex_rule	ex_rule_presence;
/* "dateline-said": a foreign official speaking in a datelined report */
extern const struct ex_rule	ex_rule_presence_dateline;

#endif
