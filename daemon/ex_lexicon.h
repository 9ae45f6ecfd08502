/*
 * ex_lexicon: the extractor's words and their classes, one table
 * (ex_lexicon.def, one EX_WORD row a word).
 *
 * Input: a folded (lower-case) word.  Output: its struct lex row (class
 * bits LX_*, an argument such as a verb and form, a month or a weekday)
 * and its id (enum ex_word, W_*), or NULL / W_NONE.  Knows nothing of
 * tokens or the knowledge base.
 */
#ifndef ITINERD_EX_LEXICON_H
#define ITINERD_EX_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* Lexicon classes of a folded word. */
#define LX_HEAD		0x00000001u	/* title head: minister, secretary */
#define LX_MOD		0x00000002u	/* title modifier: deputy, foreign */
#define LX_NOTLAB	0x00000004u	/* governor, senator, spokesman */
#define LX_VERB		0x00000008u	/* travel verb; arg = verb | form */
#define LX_NOUN		0x00000010u	/* travel noun: visit, trip, tour */
#define LX_FUT		0x00000020u	/* will, plans, due, expected */
#define LX_CANCEL	0x00000040u
#define LX_NEG		0x00000080u
#define LX_VIRTUAL	0x00000100u
#define LX_PRON_S	0x00000200u	/* he, she, his, her */
#define LX_PRON_P	0x00000400u	/* they, both, pair */
#define LX_WEEKDAY	0x00000800u	/* arg 0..6, Sunday first */
#define LX_MONTH	0x00001000u	/* arg 1..12 */
#define LX_RELDAY	0x00002000u	/* arg: days + 8 */
#define LX_TIMEMOD	0x00004000u	/* last, next, this, later, mid */
#define LX_STOP		0x00008000u	/* never part of a name */
#define LX_PART		0x00010000u	/* name particle: bin, al, de, van */
#define LX_HOST		0x00020000u	/* hosted, received, welcomed */
#define LX_MEET		0x00040000u	/* met, talks, attend, sign */
#define LX_PAST		0x00080000u	/* past markers: last, recent, ago */
#define LX_HONOR	0x00100000u	/* Mr, Dr, Sir: skipped before names */
#define LX_BREAK	0x00200000u	/* but, while, said: clause breaks */
#define LX_COMPL	0x00400000u	/* title complement word: State */
#define LX_DONE		0x00800000u	/* completed markers: returned */
#define LX_ONGOING	0x01000000u	/* now, currently, here */
#define LX_PHRASE	0x02000000u	/* a word some phrase reads; never in a
					 * token's cls: the tokenizer sets TF_PHRASE */
#define LX_ABBREV	0x04000000u	/* an abbreviation that keeps its '.'
					 * (Mr., Gen., Jan.); never in a token's cls */

enum { V_ARRIVE = 1, V_VISIT, V_TRAVEL, V_FLY, V_HEAD, V_LEAVE, V_CONTINUE,
    V_STOP, V_TOUR, V_GO, V_COME, V_LAND, V_RETURN, V_BE, V_ACCOMPANY,
    V_SPEND };
enum { F_BASE = 0, F_3S, F_PAST, F_ING };
#define VF(v, f)	((v) | ((f) << 8))

enum { H_MINISTER = 1, H_SECRETARY, H_PRESIDENT, H_PREMIER, H_CHANCELLOR,
    H_AMBASSADOR, H_ENVOY, H_REPRESENTATIVE, H_COUNSELOR, H_MONARCH,
    H_PRINCE, H_LEADER, H_UNDERSEC, H_CHAIRMAN, H_COUNTERPART };

struct lex {
	const char	*w;
	uint32_t	 cls;
	uint16_t	 arg;
	uint8_t		 len;	/* strlen(w) */
};

/* The word ids: W_NONE (not a word of the table), then one per row of
 * ex_lexicon.def, in its order. */
enum ex_word {
	W_NONE = 0,
#define EX_WORD(id, w, cls, arg)	id,
#include "ex_lexicon.def"
#undef EX_WORD
	W_COUNT
};

/* FNV-1a, 32 bits, of w[0..len): the hash scripts/gen-lexicon-hash
 * uses. */
static inline uint32_t
ex_lexicon_hash(const char *w, size_t len)
{
	uint32_t h = 0x811c9dc5u;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)w[i]) * 0x01000193u;
	return h;
}

/* The row of folded word w, or NULL. */
const struct lex *ex_lexicon_find(const char *w);
/* The same for w[0..len) whose ex_lexicon_hash is h (the tokenizer
 * hashes a word as it folds it). */
const struct lex *ex_lexicon_find_hashed(const char *w, size_t len,
    uint32_t h);
/* The id of a row ex_lexicon_find returned; W_NONE for NULL. */
enum ex_word	 ex_lexicon_id(const struct lex *);

/* 0 if the table is sorted, else the negative index of the first row out
 * of order. */
int	ex_lexicon_check(void);

#endif
