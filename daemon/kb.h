/*
 * kb: the knowledge the extractor uses — countries, places (gazetteer),
 * office holders and role phrases — loaded from the tables built into the
 * binary (the .tsv files in schema/) into memory.
 *
 * Every name, alias and demonym is indexed under its folded key: the
 * words of the name, each folded with kb_fold_word, joined by one space
 * ("Côte d'Ivoire" -> "cote divoire", "U.S." -> "us").  One key may name
 * several things (Georgia the country and the US state), so a lookup
 * returns a list of references.  The extractor does longest-match lookup
 * over token sequences: kb_prefix_max tells how many words the longest key
 * starting with a given word has.
 */
#ifndef ITINERD_KB_H
#define ITINERD_KB_H

#include <stddef.h>

struct kb;
struct embed_file;

enum kb_ref_kind {
	KB_REF_COUNTRY = 1,	/* name or alias of a country */
	KB_REF_DEMONYM,		/* "Japanese" -> JP */
	KB_REF_PLACE,		/* gazetteer row */
	KB_REF_OFFICIAL,	/* full name or alias of an office holder */
	KB_REF_SURNAME,		/* last word of an office holder's name */
	KB_REF_ROLE,		/* role phrase ("top US diplomat") */
};

struct kb_ref {
	unsigned	kind;	/* enum kb_ref_kind */
	unsigned	idx;	/* index into that kind's table */
};

enum kb_place_kind {
	KB_PLACE_CAPITAL,
	KB_PLACE_CITY,
	KB_PLACE_VENUE,
	KB_PLACE_METONYM,
	KB_PLACE_REGION,	/* a destination only with a country
				 * (West Bank PS, Crimea UA) */
};

/* Place and country flags, from the tables' flags column. */
#define KB_F_AMBIGUOUS	0x01	/* also a common word or another place */
#define KB_F_PERSON	0x02	/* also a personal name ("Austin") */
#define KB_F_TERRITORY	0x04
#define KB_F_THE	0x08	/* usually written with "the" */
#define KB_F_HOMONYM	0x10
#define KB_F_WORD	0x20	/* also an ordinary English word */
#define KB_F_COUNTRY	0x40	/* row names a country (Georgia, Jordan) */

struct kb_country {
	char		 iso2[3];
	char		 iso3[4];
	const char	*name;
	const char	*capital;
	double		 lat, lon;
};

struct kb_place {
	const char	*name;
	char		 country[3];	/* "" for regions without a country */
	double		 lat, lon;
	long		 population;
	enum kb_place_kind kind;
	unsigned	 flags;
};

struct kb_official {
	const char	*name;
	char		 country[3];
	const char	*office;	/* "foreign_minister", ... */
	const char	*role;		/* display role, may be "" */
	char		 start[11];	/* ISO date or "" */
	char		 end[11];	/* "" while in office */
};

struct kb_role {
	const char	*alias;
	const char	*office;	/* "" when the kind is not_official */
	char		 country[3];	/* "" when any country */
	const char	*display;
	int		 not_official;	/* kind not_official: never labelled */
};

/* Loads the embedded tables.  0 and *out (kb_free), or -errno + *cause. */
int		 kb_load(struct kb **out, char **cause);
/*
 * Loads from the given files (matched by base name: countries.tsv,
 * gazetteer.tsv, officials.tsv, roles.tsv; others ignored, any may be
 * missing).  For tests.  0 and *out, or -EINVAL + *cause naming the file
 * and line of a malformed row.
 */
int		 kb_load_from(const struct embed_file *files, size_t n,
		     struct kb **out, char **cause);
void		 kb_free(struct kb *);
/* A short string identifying the knowledge (a hash of the tables). */
const char	*kb_version(const struct kb *);

/*
 * Folds one word for lookup into out (at most outsz - 1 bytes, always
 * NUL-terminated): ASCII lower-cased, Latin letters with diacritics to
 * their base letter, '.' and apostrophes dropped.  Returns the length.
 */
size_t		 kb_fold_word(const char *s, size_t len, char *out,
		     size_t outsz);
/*
 * Looks up a folded key (words joined by single spaces).  Returns the
 * number of references and points *refs at them (owned by kb), or 0.
 */
size_t		 kb_lookup(const struct kb *, const char *key, size_t len,
		     const struct kb_ref **refs);
/* The number of words of the longest key whose first word is w, or 0. */
unsigned	 kb_prefix_max(const struct kb *, const char *w, size_t len);

const struct kb_country	*kb_country_at(const struct kb *, unsigned);
const struct kb_place	*kb_place_at(const struct kb *, unsigned);
const struct kb_official *kb_official_at(const struct kb *, unsigned);
const struct kb_role	*kb_role_at(const struct kb *, unsigned);
/* The country with that ISO alpha-2 code (any case), or NULL. */
const struct kb_country	*kb_country_by_code(const struct kb *,
			     const char *iso2);
/*
 * The holder of office in country on date ("YYYY-MM-DD"), or NULL.
 */
const struct kb_official *kb_office_holder(const struct kb *,
			     const char *country, const char *office,
			     const char *date);
/* 1 if the official held the office on date (open start/end allowed). */
int		 kb_official_in_office(const struct kb_official *,
		     const char *date);
size_t		 kb_ncountries(const struct kb *);
size_t		 kb_nplaces(const struct kb *);
size_t		 kb_nofficials(const struct kb *);
size_t		 kb_nroles(const struct kb *);

#endif
