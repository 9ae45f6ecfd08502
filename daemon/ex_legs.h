/*
 * ex_legs: travel findings -> legs.
 *
 * Input: a person (c->ppl.p), a destination mention (c->men.m), a time (struct
 * ex_time), a status, a confidence and an evidence token range, from the
 * rules, and dates for trips found earlier.  Output: c->out[out0..): one
 * leg per person and country, merged, home countries dropped, historical
 * codes applied; after the body, legs dated from the headline and
 * surnames merged with full names.  The one reader and writer of legs:
 * rules ask it about the legs found so far.
 */
#ifndef ITINERD_EX_LEGS_H
#define ITINERD_EX_LEGS_H

#include "ex.h"

/*
 * One finding of a rule: person per (an index in c->ppl.p) went, goes or was
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
 * unlabelled persons and to the person's own country unless
 * ex_legs_domestic_stop (then the leg is domestic).  Reads the context
 * (the pending date c->disc.pdate, the dateline city).
 */
void	ex_legs_add(struct ex_ctx *c, const struct ex_event *e);
/*
 * 1 if a stop at m in person per's own country is a domestic leg: a city
 * or first-level subdivision of the gazetteer (not the country, a
 * demonym, a venue or a metonym; no name the gazetteer flags ambiguous
 * or a word: "Phoenix", "Reading"), not the country's capital (the seat: being
 * there, a dateline there or reporting back there is being home), and
 * not the origin of a flight (from); and sentence [s0, s1) names no
 * official but compatriots, nor anyone else before the traveller (the
 * stop is then a visitor's more often than the host's: "Y accepted the
 * invitation of Secretary X to travel to New York").
 */
int	ex_legs_domestic_stop(const struct ex_ctx *c, int per,
	    const struct ex_kbm *m, int from, int s0, int s1);
/* "the summit would be May 29": a day date for a planned leg's month. */
void	ex_legs_summit_date(struct ex_ctx *c, int s0, int s1);
/*
 * Drops the domestic legs of out[out0..) that are completed and undated:
 * news recalls past trips at home in passing ("as someone who went to
 * Iowa three times", "the methods used in Chechnya") far more often than
 * it reports one without saying when.  The article's last step.
 */
void	ex_legs_drop_undated_domestic(struct leg_list *out, size_t out0);
/*
 * The legs of an unnamed official (EX_PEOPLE_UNNAMED) take the full name
 * the text gave them later (merged into a leg of that name to the same
 * country), or are dropped: an unnamed person is not labelled.  After the
 * body, before ex_legs_merge_surnames.
 */
void	ex_legs_name_unnamed(struct ex_ctx *c);
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
 * What a rule may report of the legs found so far (rules never read or
 * write c->out themselves; persons by name, as legs hold them):
 * ex_legs_date_trip: x is the date of person per's trip ("The trip is set
 * for April 6 to 8", the trigger at tr of sentence [s0, s1)): their last
 * leg (an overall range: the first of the sentence that listed the
 * stops), a new planned leg after a called-off one, or with no leg yet
 * the next one they make (c->disc.pdate).  ex_legs_date_country: x dates
 * the person's first undated leg to cc's state.  ex_legs_date_only: x
 * dates the person's one leg if undated and not called off (today or
 * later: ongoing, not completed).
 */
void	ex_legs_date_trip(struct ex_ctx *c, int per, const struct ex_time *x,
	    int s0, int s1, int tr);
void	ex_legs_date_country(struct ex_ctx *c, const char *name,
	    const char *cc, const struct ex_time *x);
void	ex_legs_date_only(struct ex_ctx *c, const char *name,
	    const struct ex_time *x);
/*
 * What a rule may ask of the legs found so far: ex_legs_any, whether there
 * is one; ex_legs_on_trip, whether the person named has one;
 * ex_legs_away, one not in cc's state; ex_legs_last_traveller, the person
 * of the newest leg (NULL: none); ex_legs_trip_of, the newest leg of the
 * person (to cc's state unless cc is NULL) as a place m (m->city points
 * into the leg), a time x (start and precision) and a status, 1 if found;
 * ex_legs_first_planned_day, the earliest day of the person's planned legs
 * dated to the day, 1 if found.
 */
int	ex_legs_any(const struct ex_ctx *c);
int	ex_legs_on_trip(const struct ex_ctx *c, const char *name);
int	ex_legs_away(const struct ex_ctx *c, const char *name, const char *cc);
const char *ex_legs_last_traveller(const struct ex_ctx *c);
int	ex_legs_trip_of(const struct ex_ctx *c, const char *name,
	    const char *cc, struct ex_kbm *m, struct ex_time *x,
	    enum leg_status *st);
int	ex_legs_first_planned_day(const struct ex_ctx *c, const char *name,
	    int32_t *day);
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
