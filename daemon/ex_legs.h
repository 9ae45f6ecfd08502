/*
 * ex_legs: travel findings -> legs.
 *
 * Input: a person (c->p), a destination mention (c->m), a time (struct
 * ex_time), a status, a confidence and an evidence token range, from the
 * rules.  Output: c->out[out0..): one leg per person and country, merged,
 * home countries dropped, historical codes applied; after the body, legs
 * dated from the headline and surnames merged with full names.
 */
#ifndef ITINERD_EX_LEGS_H
#define ITINERD_EX_LEGS_H

#include "ex.h"

/*
 * One finding of a rule: person per (an index in c->p) went, goes or was
 * to go to the place of mention m, at time x (NULL: undated; with xend
 * the end of x too), with the status and confidence the rule gives it;
 * tokens [s0, s1) are the evidence.  rule is the rule's name, a static
 * string kept in the leg.  "from" marks an earlier stop ("from X"), whose
 * city is not the leg's.
 */
struct ex_event {
	const char		*rule;
	int			 per;
	const struct ex_kbm	*m;
	int			 from;
	const struct ex_time	*x;
	int			 xend;
	enum leg_status		 status;
	double			 conf;
	int			 s0, s1;
	int			 weak;	/* x is an overall range's date */
};

/*
 * Adds event e to c->out: a new leg, or merged into the person's leg to
 * the same country (a better date, a higher confidence).  Drops events of
 * unlabelled persons and to the person's own country.  Reads the context
 * (the pending date c->disc.pdate, the dateline city).
 */
void	ex_legs_add(struct ex_ctx *c, const struct ex_event *e);
/*
 * Adds a planned leg like leg li (an index in c->out: person, place) on
 * x's date, with evidence [s0, s1), found by the rule named rule.
 */
void	ex_legs_again(struct ex_ctx *c, size_t li, const struct ex_time *x,
	    int s0, int s1, const char *rule);
/* "the summit would be May 29": a day date for a planned leg's month. */
void	ex_legs_summit_date(struct ex_ctx *c, int s0, int s1);
/* A surname alone becomes the article's one full name ending with it. */
void	ex_legs_merge_surnames(struct leg_list *out, size_t out0);
/* 1 if a leg of the article is undated and not completed: one the
 * headline may date. */
int	ex_legs_undated(const struct ex_ctx *c);
/*
 * A dated destination in the headline, tokens [t0, nt) of c (read after
 * the body, with the published day as reference), dates the body's
 * undated, not completed legs to that country.
 */
void	ex_legs_title_dates(struct ex_ctx *c, int t0);
/*
 * A rule that dates a leg found earlier (li: an index in c->out) does it
 * here: ex_legs_redate sets its start (and end, with_end) and precision
 * from x; ex_legs_set_status its status.  ex_legs_weak tells whether the
 * leg's date is only an overall range's, ex_legs_clear_weak makes it its
 * own.
 */
void	ex_legs_redate(struct ex_ctx *c, size_t li, const struct ex_time *x,
	    int with_end);
void	ex_legs_set_status(struct ex_ctx *c, size_t li, enum leg_status st);
int	ex_legs_weak(const struct ex_ctx *c, size_t li);
void	ex_legs_clear_weak(struct ex_ctx *c, size_t li);
/*
 * Dates are day numbers inside the extractor and text only in a leg:
 * ex_legs_date_text writes day as "YYYY-MM-DD", or "" for WHEN_DAY_NONE;
 * ex_legs_date_day reads a leg's date back (WHEN_DAY_NONE for "").
 */
void	ex_legs_date_text(char out[11], int32_t day);
int32_t	ex_legs_date_day(const char *s);
/* 1 if days a and b fall in the same month (or both are none). */
int	ex_legs_same_month(int32_t a, int32_t b);

#endif
