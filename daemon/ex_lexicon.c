/*
 * ex_lexicon: the extractor's words and their classes, one table
 * (ex_lexicon.def).
 *
 * Input: a folded (lower-case) word.  Output: its struct lex row (class
 * bits LX_*, an argument such as a verb and form, a month or a weekday)
 * and its id (enum ex_word), or NULL / W_NONE.  Knows nothing of tokens or
 * the knowledge base.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex_lexicon.h"
#include "ex_lexicon_hash.h"

/*
 * Row k is word id k.  Sorted by w (strcmp order), which keeps the .def
 * tidy; lookups go through the generated hash.  extract_selftest checks
 * both.
 */
static const struct lex lexicon[] = {
	{ "", 0, 0, 0 },	/* W_NONE */
#define EX_WORD(id, w, cls, arg)	{ w, cls, arg, sizeof w - 1 },
#include "ex_lexicon.def"
#undef EX_WORD
};

#define NLEX	(sizeof lexicon / sizeof lexicon[0])

/* A token keeps its word id in 16 bits. */
_Static_assert(W_COUNT <= UINT16_MAX, "too many words for ex_tok.wid");

/* One hash probe (a few on collisions) and one compare of lengths and
 * bytes. */
const struct lex *
ex_lexicon_find_hashed(const char *w, size_t len, uint32_t h)
{
	uint32_t i = h & (EX_LEXICON_HASH_SIZE - 1);

	for (; ex_lexicon_slots[i] != 0; i = (i + 1) &
	    (EX_LEXICON_HASH_SIZE - 1)) {
		const struct lex *lx = &lexicon[ex_lexicon_slots[i]];

		if (lx->len == len && memcmp(lx->w, w, len) == 0)
			return lx;
	}
	return NULL;
}

const struct lex *
ex_lexicon_find(const char *w)
{
	size_t len = strlen(w);

	return ex_lexicon_find_hashed(w, len, ex_lexicon_hash(w, len));
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
		if (strcmp(lexicon[i - 1].w, lexicon[i].w) >= 0 ||
		    ex_lexicon_find(lexicon[i].w) != &lexicon[i])
			return -(int)i;
	return 0;
}
