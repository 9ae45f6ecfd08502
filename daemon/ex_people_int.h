/*
 * ex_people_int: what ex_people.c and ex_people_titled.c share inside the
 * people stage.
 */
#ifndef ITINERD_EX_PEOPLE_INT_H
#define ITINERD_EX_PEOPLE_INT_H

#include "ex.h"
#include "ex_titles.h"

/* ex_people.c */
/* The newest person whose key (or second key) is key, or -1. */
int	 ex_find_person(struct ex_ctx *c, const char *key);
/* Folded keys of name tokens [t0, t1): key the last word not a suffix
 * ("al-" stripped), key2 the first word when there are several. */
void	 ex_name_keys(struct ex_ctx *c, int t0, int t1, char key[48],
	    char key2[48]);
/* Tokens [t0, t1) as one string of words (caller frees). */
char	*ex_words(const struct ex_ctx *c, int t0, int t1);
/* The other spelling of a title word: defense/defence, labor/labour. */
const char *ex_spelling(const char *w);
/* 1 if the title at t0 follows "a", "an", "any". */
int	 ex_indefinite(const struct ex_ctx *c, int t0);
/* Marks tokens [t0, t1) as person per's. */
void	 ex_mark_person(struct ex_ctx *c, int t0, int t1, int per);

/* ex_people_titled.c */
/* A definite title whose words give the country, no table holder, no one
 * so titled met and no compatriot lately: an unnamed official, returned
 * (or -1). */
int	 ex_add_unnamed(struct ex_ctx *c, int sno, int s0,
	    const struct ex_title *ti, const char *role);
/* The full name in [n0, n1) names unnamed official q if no one is known
 * by it yet; 1 if it did. */
int	 ex_name_unnamed(struct ex_ctx *c, int q, int n0, int n1);
/* 1 and *qp: the unnamed official a new full name after title ti names
 * (same head and words within three sentences, no one else since). */
int	 ex_unnamed_titled(struct ex_ctx *c, int sno,
	    const struct ex_title *ti, int *qp);
/* "the Commerce Secretary" with no name: the person last met with the
 * same title head (preferably the same words), or -1. */
int	 ex_coref_title(struct ex_ctx *c, int sno, const struct ex_title *ti);

#endif
