/*
 * extract: finds official travel in one article's text.  Pure: no I/O, no
 * globals; knowledge comes in as a struct kb.  Produces legs, each with its
 * evidence sentence.  Grouping into trips and merging across articles is
 * trips.c.
 */
#ifndef ITINERD_EXTRACT_H
#define ITINERD_EXTRACT_H

#include <stddef.h>

struct kb;

enum leg_status {
	LEG_PLANNED,
	LEG_ONGOING,
	LEG_COMPLETED,
	LEG_CANCELLED,
};

enum leg_precision {
	LEG_PREC_UNKNOWN,
	LEG_PREC_MONTH,
	LEG_PREC_DAY,
};

struct leg {
	char		*person;	/* full name as best known */
	char		*role;		/* e.g. "Secretary of State"; may be NULL */
	char		 official_country[3];	/* ISO alpha-2, "" unknown */
	char		 dest_country[3];	/* ISO alpha-2 */
	char		*dest_city;	/* NULL when not named */
	double		 lat, lon;	/* of the city, else of the capital */
	int		 has_coords;
	char		 start[11];	/* "YYYY-MM-DD" or "" when unknown; a
					 * month precision date is the 1st */
	char		 end[11];	/* "YYYY-MM-DD" or "": never before
					 * start ("May 3-2" is May 3) */
	enum leg_precision precision;
	enum leg_status	 status;
	double		 confidence;	/* 0..1 */
	char		*evidence;	/* the sentence */
	size_t		 ev_start;	/* character (not byte) offsets of the */
	size_t		 ev_end;	/* evidence in the input text */
	int		 seq;		/* order of the legs of one person */
	const char	*rule;		/* name of the rule that found it (a
					 * static string), or NULL */
	int		 domestic;	/* 1: a stay inside official_country
					 * (dest_country is it; dest_city
					 * names the city or first-level
					 * subdivision, never the capital) */
};

struct leg_list {
	struct leg	*v;
	size_t		 n;
	size_t		 cap;
};

struct extract_input {
	const char	*id;
	const char	*title;		/* may be NULL */
	const char	*text;		/* plain UTF-8 text, paragraphs by \n */
	const char	*published;	/* "YYYY-MM-DD", the reference date */
};

/*
 * Appends the legs found in in to out.  Returns 0, or a negative errno on
 * invalid input (no text, bad published date).
 */
int	extract_run(const struct kb *, const struct extract_input *,
	    struct leg_list *out);
/* Frees the legs' strings and empties the list (keeps nothing). */
void	extract_legs_free(struct leg_list *);
const char *extract_status_name(enum leg_status);
const char *extract_precision_name(enum leg_precision);
/* Checks the built-in tables (sorted lexicon); 0 or a negative index. */
int	extract_selftest(void);

#endif
