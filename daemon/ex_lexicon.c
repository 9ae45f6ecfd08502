/*
 * ex_lexicon: the word classes of the extractor as one sorted table.
 *
 * Input: a folded (lower-case) word.  Output: its struct lex row (class
 * bits LX_*, an argument such as a verb and form, a month or a weekday), or
 * NULL.  Knows nothing of tokens or the knowledge base.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex_lexicon.h"

/* Sorted by w (strcmp order); extract_selftest checks it. */
static const struct lex lexicon[] = {
	{ "", 0, 0 },		/* W_NONE */
#define EX_WORD(id, w, cls, arg)	{ w, cls, arg },
#include "ex_lexicon.def"
#undef EX_WORD
};

#define NLEX	(sizeof lexicon / sizeof lexicon[0])

/* A token keeps its word id in 16 bits. */
_Static_assert(W_COUNT <= UINT16_MAX, "too many words for ex_tok.wid");

const struct lex *
ex_lexicon_find(const char *w)
{
	size_t lo = 0, hi = NLEX;

	while (lo < hi) {
		size_t	mid = (lo + hi) / 2;
		/* the first byte decides most steps: no call for it */
		int	r = (unsigned char)w[0] -
		    (unsigned char)lexicon[mid].w[0];

		if (r == 0 && w[0] != '\0')
			r = strcmp(w + 1, lexicon[mid].w + 1);

		if (r == 0)
			return &lexicon[mid];
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

enum ex_word
ex_lexicon_id(const struct lex *lx)
{
	return lx != NULL ? (enum ex_word)(lx - lexicon) : W_NONE;
}

int
ex_lexicon_check(void)
{
	for (size_t i = 1; i < NLEX; i++)
		if (strcmp(lexicon[i - 1].w, lexicon[i].w) >= 0)
			return -(int)i;
	return 0;
}
