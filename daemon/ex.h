/*
 * ex: the extraction context shared by the extractor's stages, and the
 * token accessors every stage uses (ex_is, ex_fold, ex_punct, ex_has).
 *
 * The stages, in order (each reads only what the earlier ones wrote;
 * after the body, when a leg is undated, ex_tokens and ex_mentions read
 * the headline into the same context, after a '\n' mark token, for
 * ex_legs_title_dates):
 *   ex_lexicon   words -> word ids and classes (ex_lexicon.def)
 *   ex_tokens    text -> tokens and sentences (c->tok: struct ex_tokens)
 *   ex_mentions  tokens + kb -> knowledge mentions and their per-token
 *                marks (c->men: struct ex_mentions)
 *   ex_times     tokens -> the dateline and reference days (c->tim:
 *                struct ex_times) and time expressions (struct ex_time,
 *                day numbers) on demand
 *   ex_titles, ex_people, ex_discourse
 *                tokens + mentions -> persons and their per-token marks
 *                (c->ppl: struct ex_people) and the discourse state
 *                (disc: struct ex_discourse)
 *   ex_triggers  predicates over tokens and their mention and person
 *                marks: a travel word in context, a stay, a meeting verb
 *                (ex_times_find asks them too, when a rule calls it)
 *   ex_dests     the destinations of a trigger and the times that date
 *                them
 *   ex_rule_*    one family of travel patterns each (struct ex_rule rows
 *                of extract.c's table); they report struct ex_event
 *                through ex_legs_add
 *   ex_legs      events -> legs (out): merges, drops home countries,
 *                applies the codes of the date, dates from the headline
 * Only ex_legs reads or writes legs: a rule reports an event
 * (ex_legs_add) or a date for a trip found earlier (ex_legs_date_*), and
 * asks ex_legs about the legs so far (ex_legs_on_trip, ex_legs_trip_of,
 * ...).  Each stage's output is its own struct, declared in its header
 * (tok, men, tim, ppl, disc: ex_discourse.h); they still share
 * this one context, and ex_legs makes legs as the rules report, not after
 * all of them (a rule asks whether a person is on a trip already, which
 * the merging decides).
 * State carried from sentence to sentence is the discourse state's
 * (disc), a pending date included.
 */
#ifndef ITINERD_EX_H
#define ITINERD_EX_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "extract.h"
#include "ex_discourse.h"
#include "ex_lexicon.h"
#include "ex_mentions.h"
#include "ex_people.h"
#include "ex_times.h"
#include "ex_tokens.h"
#include "when.h"
#include "xmalloc.h"

struct kb;





struct ex_ctx {
	const struct kb			*kb;
	const struct extract_input	*in;
	const char			*text;
	struct ex_tokens		 tok;	/* ex_tokens */
	struct ex_mentions		 men;	/* ex_mentions */
	struct ex_people		 ppl;	/* ex_people */
	struct ex_times			 tim;	/* ex_times */
	struct ex_discourse		 disc;	/* ex_people, ex_discourse */
	struct leg_list			*out;
	size_t				 out0;
	unsigned char			*weak;	/* per leg: EX_LEG_WEAK,
						 * EX_LEG_RECALLED bits */
	size_t				 nweak;
};

/*
 * A rule family's entry, a row of the driver's rule table (extract.c), in
 * the shape of tmux's cmd_entry.  run reads sentence [s0, s1) of c and
 * reports what it finds as struct ex_event through ex_legs_add, each
 * event carrying the name of the pattern that found it (name, or a more
 * precise "name-variant").  needs: lexicon classes (LX_*) of which the
 * sentence must hold at least one for run to be worth calling; 0: every
 * sentence.
 */
struct ex_rule {
	const char	*name;
	uint32_t	 needs;
	void		(*run)(struct ex_ctx *c, int s0, int s1);
};

static inline const char *
ex_fold(const struct ex_ctx *c, int i)
{
	return c->tok.fold.data + c->tok.t[i].fold;
}

/*
 * Days from the reference day to day (positive: later), or INT_MIN when
 * day is WHEN_DAY_NONE (no date).
 */
static inline int
ex_days_from_ref(const struct ex_ctx *c, int32_t day)
{
	return day == WHEN_DAY_NONE ? INT_MIN : (int)(day - c->tim.ref);
}

/* 1 if token i is the word w (W_*: ex_lexicon.def), else 0. */
static inline int
ex_is(const struct ex_ctx *c, int i, enum ex_word w)
{
	return i >= 0 && i < c->tok.nt && c->tok.t[i].type == T_WORD &&
	    c->tok.t[i].wid == w;
}

/* 1 if token i is one of the words set[0..n) (W_*), else 0. */
static inline int
ex_is_in(const struct ex_ctx *c, int i, const enum ex_word *set, size_t n)
{
	if (i < 0 || i >= c->tok.nt || c->tok.t[i].type != T_WORD ||
	    c->tok.t[i].wid == W_NONE)
		return 0;
	for (size_t k = 0; k < n; k++)
		if (c->tok.t[i].wid == set[k])
			return 1;
	return 0;
}

static inline int
ex_punct(const struct ex_ctx *c, int i, char ch)
{
	return i >= 0 && i < c->tok.nt && c->tok.t[i].type == T_PUNCT &&
	    c->tok.t[i].ch == ch;
}

static inline int
ex_has(const struct ex_ctx *c, int s0, int s1, uint32_t cls)
{
	for (int i = s0; i < s1; i++)
		if (c->tok.t[i].cls & cls)
			return 1;
	return 0;
}

/* Copies src into dst of n bytes, cut to n - 1 bytes as snprintf's "%s"
 * would be, without its cost (a name key is copied once per token). */
static inline void
ex_copy(char *dst, size_t n, const char *src)
{
	size_t	l = strlen(src);

	if (l >= n)
		l = n - 1;
	memcpy(dst, src, l);
	dst[l] = '\0';
}

/* Frees what the stages allocated in c; c itself is the caller's. */
void	ex_ctx_free(struct ex_ctx *c);

#endif
