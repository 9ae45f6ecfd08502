/*
 * ex: the extraction context shared by the extractor's stages, and the
 * token accessors every stage uses (ex_is, ex_fold, ex_punct, ex_has).
 *
 * The stages, in order (each reads only what the earlier ones wrote):
 *   ex_tokens    text -> tokens (t, nt, fold), sentences (s, ns)
 *   ex_mentions  tokens + kb -> knowledge mentions (m, nm; t[].pm, pmcov)
 *   ex_times     tokens -> the dateline (ref, dl_*, body_t0) and time
 *                expressions (struct ex_time) on demand
 *   ex_titles, ex_people, ex_discourse
 *                tokens + mentions -> persons (p, np; t[].per) and the
 *                discourse state (last_subj, group, speaker, pend_*)
 *   ex_triggers, ex_dests
 *                travel words in context, destinations of a trigger
 *   ex_rule_*    one family of travel patterns each; they call
 *                ex_legs_add
 *   ex_legs      merges, filters and dates the legs (out)
 * The context is still one struct; what is carried from sentence to
 * sentence is its discourse state (disc: subjects, group, pend_*, pdate).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "xmalloc.h"

void
ex_ctx_free(struct ex_ctx *c)
{
	for (int i = 0; i < c->np; i++) {
		free(c->p[i].name);
		free(c->p[i].role);
	}
	free(c->p);
	free(c->tok.t);
	free(c->tok.s);
	free(c->men.m);
	free(c->men.pm);
	free(c->men.pmcov);
	free(c->weak);
	free(c->disc.pend_role);
	buf_free(&c->tok.fold);
}
