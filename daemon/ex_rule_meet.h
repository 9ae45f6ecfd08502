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

/* Rule table rows (struct ex_rule, see ex.h). */
/* "meeting-date" */
extern const struct ex_rule	ex_rule_meet_date;
/* "meeting-called-off" */
extern const struct ex_rule	ex_rule_meet_called_off;
/* "meet-leader" */
extern const struct ex_rule	ex_rule_meet_leader;
/* "dateline-meeting" */
extern const struct ex_rule	ex_rule_meet_dateline;
/* "here" */
extern const struct ex_rule	ex_rule_meet_here;

#endif
