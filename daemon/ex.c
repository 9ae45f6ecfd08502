/*
 * ex: frees the extraction context (struct ex_ctx, ex.h, which lists the
 * stages and what each writes).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "xmalloc.h"

void
ex_ctx_free(struct ex_ctx *c)
{
	for (int i = 0; i < c->ppl.np; i++) {
		free(c->ppl.p[i].name);
		free(c->ppl.p[i].role);
	}
	free(c->ppl.p);
	free(c->tok.t);
	free(c->tok.s);
	free(c->men.m);
	free(c->men.pm);
	free(c->ppl.per);
	free(c->men.pmcov);
	free(c->weak);
	free(c->disc.pend_role);
	buf_free(&c->tok.fold);
}
