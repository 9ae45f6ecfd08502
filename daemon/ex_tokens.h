/*
 * ex_tokens: text -> tokens and sentences.
 *
 * Input: c->text (UTF-8, paragraphs end at '\n').  Output: c->tok (struct
 * ex_tokens): t[..nt) (struct ex_tok: offsets, folded form in fold,
 * lexicon classes from ex_lexicon, flags), then s[0..ns) (struct ex_sent,
 * token ranges; abbreviation-aware, a paragraph always ends one; a
 * question is flagged EX_S_ASKED).  A single newline inside a paragraph of
 * wrapped lines is a space, not a paragraph.  Knows no knowledge base.
 */
#ifndef ITINERD_EX_TOKENS_H
#define ITINERD_EX_TOKENS_H

#include <stddef.h>
#include <stdint.h>

#include "xmalloc.h"

struct ex_ctx;

/* Token flags. */
#define TF_CAP		0x01	/* starts with an upper-case letter */
#define TF_UPPER	0x02	/* all letters upper case, >= 2 letters */
#define TF_POSS		0x04	/* followed by 's or s' */
#define TF_PARA		0x08	/* first token of a paragraph */
#define TF_DOT		0x10	/* kept a final '.' (abbreviation) */
#define TF_CONTR	0x20	/* followed by 'll */
#define TF_HYPH		0x40	/* the fold holds a '-' ("mid-may") */
#define TF_PHRASE	0x80	/* a word some phrase reads: of speech or
				 * presence ("told", "speaking", "address",
				 * "held": ex_triggers_presence_verb reads
				 * only these), of putting off and plans
				 * ("defer", "take" place, "supposed",
				 * "due": ex_tokens_cancel_word) */

enum { T_WORD, T_NUM, T_PUNCT };

struct ex_tok {
	uint32_t	off, len;	/* bytes */
	uint32_t	coff;		/* characters */
	uint32_t	fold;		/* offset in the fold arena */
	uint32_t	cls;		/* lexicon classes */
	uint16_t	arg;
	uint16_t	wid;		/* enum ex_word of the fold */
	uint8_t		type;
	uint8_t		flags;
	uint8_t		flen;		/* length of the fold */
	char		ch;		/* the character of a T_PUNCT */
};

/* Sentence flags. */
#define EX_S_ASKED	0x01	/* a question: ends in '?', or in a paragraph
				 * opened by "QUESTION:" or "Q:" (briefing
				 * transcripts); it asks, it reports no trip */
#define EX_S_PHRASE	0x02	/* holds a TF_PHRASE token */

struct ex_sent {
	int		t0, t1;
	unsigned	flags;		/* EX_S_* */
};

/* The stage's output (c->tok): tokens, their folds, sentences. */
struct ex_tokens {
	struct ex_tok	*t;
	int		 nt, ct;
	struct buf	 fold;		/* the folded words, NUL-terminated */
	struct ex_sent	*s;
	int		 ns, cs;
};


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
