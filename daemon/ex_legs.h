/*
 * ex_legs: travel findings -> legs.
 *
 * Input: a person (c->p), a destination mention (c->m), a time (struct
 * ex_time), a status, a confidence and an evidence token range, from the
 * rules.  Output: c->out[out0..): one leg per person and country, merged,
 * home countries dropped, historical codes applied; after the body, legs
 * dated from the headline and surnames merged with full names.
 */
#ifndef ITINERD_EX_LEGS_H
#define ITINERD_EX_LEGS_H

#include "ex.h"

void	ex_legs_add(struct ex_ctx *c, int per, const struct ex_kbm *m,
    int from,
    const struct ex_time *x, int xend, enum leg_status st, double conf,
    int s0, int s1);
void	ex_legs_again(struct ex_ctx *c, size_t li,
    const struct ex_time *x, int s0,
    int s1);
void	ex_legs_summit_date(struct ex_ctx *c, int s0, int s1);
void	ex_legs_merge_surnames(struct leg_list *out, size_t out0);
void	ex_legs_title_dates(const struct kb *kb,
    const struct extract_input *in,
    struct leg_list *out, size_t out0);

#endif
