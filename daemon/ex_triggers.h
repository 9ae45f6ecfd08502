/*
 * ex_triggers: travel words in context.
 *
 * Input: c->tok (tokens, lexicon classes), the marks c->men.pm[] of
 * mentions and c->ppl.per[] of persons.  Output: predicates: is token i
 * a travel trigger ("visit", "arrived", "trip to"), used as a noun, a
 * stay ("a three-day stay in"), a meeting verb.  Writes nothing.
 */
#ifndef ITINERD_EX_TRIGGERS_H
#define ITINERD_EX_TRIGGERS_H

#include "ex.h"

int	ex_triggers_noun_use(const struct ex_ctx *c, int tr);
int	ex_triggers_stay_in(const struct ex_ctx *c, int i, int s1);
int	ex_triggers_title(const struct ex_ctx *c, int i);
int	ex_triggers_is(const struct ex_ctx *c, int i, int s1);
int	ex_triggers_meet_verb(const struct ex_ctx *c, int s0, int i);
int	ex_triggers_presence_verb(const struct ex_ctx *c, int i);

#endif
