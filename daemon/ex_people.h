/*
 * ex_people: persons of one sentence.
 *
 * Input: c->tok, c->men, c->kb (office holders, roles), the titles of
 * ex_titles and the discourse state.  Output: c->p[0..np) (struct
 * ex_person: name, role, country, surname keys) and t[].per; later
 * mentions by surname, "the minister", a role phrase resolved through the
 * office-holder table; an unnamed title is kept pending (c->disc.pend_*).
 */
#ifndef ITINERD_EX_PEOPLE_H
#define ITINERD_EX_PEOPLE_H

#include "ex.h"

void	ex_people_run(struct ex_ctx *c, int sno, int s0, int s1);
int	ex_people_is_leader(const struct ex_person *p);

#endif
