/*
 * ex_tokens: text -> tokens and sentences.
 *
 * Input: c->text (UTF-8, paragraphs end at '\n').  Output: c->t[..nt)
 * (struct ex_tok: offsets, folded form in c->fold, lexicon classes from
 * ex_lexicon, flags), then c->s[0..ns) (struct ex_sent, token ranges;
 * abbreviation-aware, a paragraph always ends one).  Knows no knowledge
 * base.
 */
#ifndef ITINERD_EX_TOKENS_H
#define ITINERD_EX_TOKENS_H

#include "ex.h"

int	ex_tokens_upper_cp(unsigned cp);
/*
 * Tokens of c->text from byte from on, appended to c->t (after a T_PUNCT
 * '\n' mark when tokens are there already: the headline read after the
 * body).
 */
void	ex_tokens_run(struct ex_ctx *c, size_t from);
void	ex_tokens_honorific_he(struct ex_ctx *c);
void	ex_tokens_phrasal(struct ex_ctx *c);
void	ex_tokens_sentences(struct ex_ctx *c);

#endif
