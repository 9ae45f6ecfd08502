/*
 * ex_rule_travel: the travel-verb and travel-noun rule family.
 *
 * Input: one sentence [s0, s1) with tokens, mentions, persons, discourse
 * state.  Output: legs through ex_legs_add: a trigger ("will visit",
 * "arrived in", "his trip to"), its travellers, its destinations, status
 * from tense, modality, cancellation and negation, dates from time
 * expressions; partners met at a stop and "including" lists.
 */
#ifndef ITINERD_EX_RULE_TRAVEL_H
#define ITINERD_EX_RULE_TRAVEL_H

#include "ex.h"

/* Rule table rows (struct ex_rule, see ex.h). */
/* "travel" */
extern const struct ex_rule	ex_rule_travel;

#endif
