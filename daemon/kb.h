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
 * starting with a given word has, and kb_lookup_word answers that and the
 * one-word lookup in one probe.
 */
#ifndef ITINERD_KB_H
#define ITINERD_KB_H

#include <stddef.h>
#include <stdint.h>

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
#define KB_F_HISTORICAL	0x80	/* country: a former state (SU, YU, CS, DD) */

/*
 * Countries (countries.tsv) carry three flags: KB_F_THE (the name is
 * written with "the": the Gambia, the Netherlands, the Congo, and the
 * dated "the Ukraine", "the Lebanon", "the Sudan", "the Yemen"),
 * KB_F_TERRITORY (not a sovereign state: a dependency or an overseas part
 * of one, named in `sovereign`, or Western Sahara, which has none) and
 * KB_F_HISTORICAL (a code that ended: SU, YU, CS, DD).
 *
 * Historical names are indexed under the historical row, not under
 * today's state: "Soviet Union", "USSR", "Soviet" -> SU; "Yugoslavia",
 * "Yugoslav" -> YU; "Czechoslovakia", "Czechoslovak" -> CS; "East
 * Germany", "GDR", "German Democratic Republic", "East German" -> DD.
 * Names of the successor states stay where they are ("Russia" -> RU,
 * "West Germany", "FRG" -> DE, "Federal Republic of Yugoslavia",
 * "Serbia and Montenegro" -> RS, "Czech Republic" -> CZ).  A lookup thus
 * returns the state the text names; kb_code_on() turns it into the code
 * of the article's date in both directions ("Soviet" in 2020 -> RU,
 * "Ukraine" in 1987 -> SU, "East German" in 1995 -> DE).
 */

struct kb_country {
	char		 iso2[3];
	char		 iso3[4];
	const char	*name;
	const char	*capital;
	double		 lat, lon;
	unsigned	 flags;		/* KB_F_THE, KB_F_TERRITORY,
					 * KB_F_HISTORICAL */
	char		 sovereign[3];	/* a territory's state (PR -> "US"),
					 * else "" */
	char		 part_of[3];	/* the code it was part of before
					 * part_until ("SU"), else "" */
	char		 part_until[11];/* ISO date, or "": the first day it
					 * was no longer part of part_of */
	char		 successor[3];	/* for a historical code: its
					 * successor ("RU"), else "" */
	char		 until[11];	/* for a historical code: the day it
					 * ended (the first day of the
					 * successor), else "" */
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
 * gazetteer.tsv, officials.tsv, roles.tsv, seats.tsv; others ignored, any may be
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
/*
 * kb_lookup and kb_prefix_max of one folded word w in a single probe:
 * returns the number of references of the one-word key w and points
 * *refs at them (owned by kb; *refs untouched when 0), and sets
 * *prefix_max (when not NULL) to the number of words of the longest key
 * starting with w, or 0.  A word that only starts longer keys ("south")
 * returns 0 with *prefix_max > 0.  The extractor's per-token probe.
 */
size_t		 kb_lookup_word(const struct kb *, const char *w, size_t len,
		     const struct kb_ref **refs, unsigned *prefix_max);

const struct kb_country	*kb_country_at(const struct kb *, unsigned);
const struct kb_place	*kb_place_at(const struct kb *, unsigned);
const struct kb_official *kb_official_at(const struct kb *, unsigned);
const struct kb_role	*kb_role_at(const struct kb *, unsigned);
/* The country with that ISO alpha-2 code (any case), or NULL. */
const struct kb_country	*kb_country_by_code(const struct kb *,
			     const char *iso2);
/*
 * The holder of office in country on date ("YYYY-MM-DD"), or NULL.
 * Holders of the same state under its other code count (kb_same_state:
 * RU finds the SU rows, SU the RU rows); the date tells them apart.
 */
const struct kb_official *kb_office_holder(const struct kb *,
			     const char *country, const char *office,
			     const char *date);
/* 1 if the official held the office on date (open start/end allowed). */
int		 kb_official_in_office(const struct kb_official *,
		     const char *date);
/*
 * The code of the time for cc on date ("YYYY-MM-DD"; longer strings are
 * compared on their first 10 bytes): UA on 1987-03-11 -> "SU", SU on
 * 2020-01-01 -> "RU", DE stays "DE" (West Germany was DE; East Germany
 * is looked up as DD).  A member's code applies from its part_until day
 * on, a historical code's successor from its until day on.  Returns a
 * pointer into the kb when the code changes, else cc itself (also for
 * an unknown code, or a NULL or empty date).
 */
const char	*kb_code_on(const struct kb *, const char *cc,
		     const char *date);
/*
 * 1 if a and b (ISO alpha-2, any case) are the same state: equal codes,
 * or a historical code and a successor that was part of it (SU = RU,
 * YU = RS, CS = CZ, as the extractor's ex_same_country had them).  DD
 * and DE are not the same state: the GDR acceded to the Federal
 * Republic, which went on; a text that names the GDR as a state of its
 * own is about the time before 1990-10-03, and after that date
 * kb_code_on() maps DD to DE before codes are compared.  0 for NULL.
 */
int		 kb_same_state(const struct kb *, const char *a, const char *b);
/*
 * 1 if dest is home ground for an official of cc: kb_same_state, or
 * dest is a territory of cc (PR, GU for US; GL for DK; HK for CN ...).
 */
int		 kb_is_home(const struct kb *, const char *cc, const char *dest);
/*
 * 1 if city (as the gazetteer names it) is a seat of government of cc on
 * day other than its capital (seats.tsv: The Hague, Cape Town; Bonn until
 * 1999-09-01), else 0.  Being there is being home.
 */
int		 kb_is_seat(const struct kb *, const char *cc, const char *city,
		     int32_t day);
/* 1 if the country is written with "the" (KB_F_THE), else 0. */
int		 kb_country_takes_the(const struct kb *, const char *cc);
/*
 * Earliest start date of any holder of office in country in the
 * officials table (country matched as kb_office_holder does: the same
 * state, so RU also finds the SU rows), or NULL when the table has none
 * with a start date.  The string belongs to the kb.  The extractor's "not
 * yet in office" test uses it instead of assuming the table starts in
 * 2015.
 */
const char	*kb_office_first(const struct kb *, const char *country,
		     const char *office);
size_t		 kb_ncountries(const struct kb *);
size_t		 kb_nplaces(const struct kb *);
size_t		 kb_nofficials(const struct kb *);
size_t		 kb_nroles(const struct kb *);

#endif
