/*
 * ex_people_titled: officials met by title before (or without) a name,
 * part of the people stage (ex_people.h).  A definite title that names
 * its country ("the Iranian foreign minister", "Portugal's president")
 * and that no one met so far holds stands for a person with no name yet
 * (ex_add_unnamed); a later full name in apposition, opening the next
 * sentence, or under the same title names them (ex_name_unnamed,
 * ex_unnamed_titled); a title repeated for someone already met refers to
 * them (ex_coref_title).  Internal to the stage: ex_people_int.h.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_discourse.h"
#include "ex_legs.h"
#include "ex_people.h"
#include "ex_people_int.h"
#include "ex_times.h"
#include "ex_titles.h"
#include "kb.h"
#include "xmalloc.h"

/* 1 if the title's modifier words ("Commerce", "Foreign") are all in
 * person p's role. */
static int
ex_title_words_fit(const struct ex_ctx *c, const struct ex_title *ti,
    const struct ex_person *p)
{
	for (int k = ti->t0; k < ti->t1; k++) {
		char w[64];

		if (!(c->tok.t[k].cls & (LX_MOD | LX_COMPL)) || !p->role)
			continue;
		kb_fold_word(c->text + c->tok.t[k].off, c->tok.t[k].len, w,
		    sizeof w);
		if (w[0] != '\0' && strcasestr(p->role, w) == NULL &&
		    strcasestr(p->role, ex_spelling(w)) == NULL)
			return 0;
	}
	return 1;
}

/*
 * A definite title with no name whose own words give the country ("the
 * Iranian foreign minister", "Portugal's president"), no table holder,
 * no one met so titled and no compatriot met lately: an unnamed official
 * (EX_PEOPLE_UNNAMED) with role and the title's country, marked on the
 * title.  Returns the person, or -1 when the title is none such.
 */
int
ex_add_unnamed(struct ex_ctx *c, int sno, int s0, const struct ex_title *ti,
    const char *role)
{
	struct ex_person	*p;
	char			 nm[16];

	if (!ti->labelled || ti->cc[0] == '\0' || ti->head == 0 ||
	    ex_indefinite(c, ti->t0) || !(ex_is(c, ti->t0 - 1, W_THE) ||
	    (ti->t0 - 1 >= s0 && (c->tok.t[ti->t0 - 1].flags & TF_POSS))))
		return -1;
	/* "Mr Xi ... The Chinese leader": a compatriot named lately is
	 * whom the description means more often than a new official */
	for (int q = 0; q < c->ppl.np; q++)
		if (c->ppl.p[q].labelled && c->ppl.p[q].last_sent >= 0 &&
		    sno - c->ppl.p[q].last_sent < 8 &&
		    kb_same_state(c->kb, c->ppl.p[q].cc, ti->cc))
			return -1;
	if (c->ppl.np == c->ppl.cp) {
		c->ppl.cp = c->ppl.cp ? c->ppl.cp * 2 : 16;
		c->ppl.p = xreallocarray(c->ppl.p, (size_t)c->ppl.cp,
		    sizeof *c->ppl.p);
	}
	p = &c->ppl.p[c->ppl.np];
	memset(p, 0, sizeof *p);
	snprintf(nm, sizeof nm, "%c%d", EX_PEOPLE_UNNAMED, c->ppl.np);
	p->name = xstrdup(nm);
	p->role = xstrdup(role);
	memcpy(p->cc, ti->cc, 3);
	p->labelled = 1;
	p->head = ti->head;
	p->last_sent = sno;
	ex_mark_person(c, ti->t0, ti->t1, c->ppl.np);
	return c->ppl.np++;
}

/*
 * The full name in tokens [n0, n1) names unnamed official q, if no one is
 * known by it yet.  Returns 1 if it did.
 */
int
ex_name_unnamed(struct ex_ctx *c, int q, int n0, int n1)
{
	struct ex_person	*p = &c->ppl.p[q];
	char			 key[48], key2[48];

	while (n0 + 1 < n1 && (c->tok.t[n0].cls & LX_HONOR))
		n0++;
	if (n1 - n0 < 2 || !ex_people_unnamed(p))
		return 0;
	ex_name_keys(c, n0, n1, key, key2);
	if (ex_find_person(c, key) >= 0)
		return 0;
	free(p->name);
	p->name = ex_words(c, n0, n1);
	memcpy(p->key, key, 48);
	memcpy(p->key2, key2, 48);
	return 1;
}

/*
 * The unnamed official a new full name after title ti names: one of the
 * last three sentences with the title's head and words, of the title's
 * country when it gives one ("Portugal's president visited Kosovo.
 * President Anibal Cavaco Silva's meeting ..."), and no one else met
 * since with that head.  Returns 1 and the person in *qp if named.
 */
int
ex_unnamed_titled(struct ex_ctx *c, int sno, const struct ex_title *ti,
    int *qp)
{
	for (int q = c->ppl.np - 1; q >= 0; q--) {
		struct ex_person *p = &c->ppl.p[q];

		if (p->head != ti->head || p->last_sent < 0 ||
		    sno - p->last_sent > 2)
			continue;
		if (!ex_people_unnamed(p))
			return 0;
		if ((ti->cc[0] != '\0' && !kb_same_state(c->kb, ti->cc,
		    p->cc)) || !ex_title_words_fit(c, ti, p) ||
		    !ex_name_unnamed(c, q, ti->n0, ti->n1))
			return 0;
		*qp = q;
		return 1;
	}
	return 0;
}

/*
 * "the Commerce Secretary" with no name: the person last met whose title
 * has the same head and, preferably, the same words ("Commerce").
 * Returns the person or -1.
 */
int
ex_coref_title(struct ex_ctx *c, int sno, const struct ex_title *ti)
{
	int		 best = -1, trav = -1;
	const char	*t = ex_legs_last_traveller(c);

	if (ti->head == 0)
		return -1;
	/* "a Ukrainian minister": indefinite, no one met before */
	if (ti->t0 > 0 && (ex_is(c, ti->t0 - 1, W_A) ||
	    ex_is(c, ti->t0 - 1, W_AN) || ex_is(c, ti->t0 - 1, W_ANY)))
		return -1;
	for (int q = c->ppl.np - 1; q >= 0; q--) {
		struct ex_person	*p = &c->ppl.p[q];

		if (p->head != ti->head || p->last_sent < 0 ||
		    sno - p->last_sent >= 8)
			continue;
		/* "the Japanese minister" is not the Indian one */
		if (ti->cc[0] != '\0' && p->cc[0] != '\0' &&
		    !kb_same_state(c->kb, ti->cc, p->cc))
			continue;
		if (!ex_title_words_fit(c, ti, p))
			continue;
		/* "the President" is not the Vice-President, nor the deputy
		 * minister "the minister" */
		if (p->role != NULL && (strcasestr(p->role, "vice") != NULL ||
		    strcasestr(p->role, "deputy") != NULL)) {
			int sub = 0;

			for (int k = ti->t0; k < ti->t1; k++)
				if (ex_is(c, k, W_VICE) || ex_is(c, k,
				    W_DEPUTY))
					sub = 1;
			if (!sub)
				continue;
		}
		/* "the Secretary": the article's main subject so titled */
		if (best < 0 || p->subj > c->ppl.p[best].subj)
			best = q;
		if (trav < 0 && t != NULL && strcmp(p->name, t) == 0)
			trav = q;
	}
	/* not the host quoted in between: the visitor so titled */
	if (best >= 0 && trav >= 0 && ex_discourse_visitor(c, best) == trav)
		best = trav;
	return best;
}

