/*
 * ex_mentions: tokens + knowledge -> mentions.
 *
 * Input: c->tok (ex_tokens) and c->kb.  Output: c->men (struct
 * ex_mentions): m[0..nm) (struct ex_kbm: countries, demonyms, places,
 * regions, office holders, role phrases, by longest match over
 * capitalised tokens), pm[] (the mention starting at a token) and pmcov[]
 * (the one covering it).
 */
#ifndef ITINERD_EX_MENTIONS_H
#define ITINERD_EX_MENTIONS_H

struct ex_ctx;

enum { PM_COUNTRY = 1, PM_DEMONYM, PM_PLACE, PM_REGION, PM_OFFICIAL,
    PM_ROLE };

#define EX_MF_METONYM	0x10000u	/* kbm flag: "the White House" */

struct ex_kbm {
	int		 t0, t1;	/* tokens [t0, t1) */
	int		 kind;
	char		 cc[3];
	const char	*city;		/* for PM_PLACE cities, else NULL */
	double		 lat, lon;
	unsigned	 idx;
	unsigned	 flags;
	unsigned	 alt;		/* PM_COUNTRY: 1 + the kb place of
					 * another country of that name
					 * ("Georgia", US), 0: none */
};

/*
 * The stage's output (c->men): the mentions m[0..nm), and for each token
 * i the mention starting there, pm[i], and the one covering it,
 * pmcov[i] (-1: none).
 */
struct ex_mentions {
	struct ex_kbm	*m;
	int		 nm, cm;
	int		*pm, *pmcov;
	int		 ntok;		/* tokens pm and pmcov hold */
};


/*
 * Mentions of tokens [t0, nt), appended to c->men.m; a place's rank counts
 * only the countries named among them (the headline's are its own).
 */
void	ex_mentions_run(struct ex_ctx *c, int t0);
void	ex_mentions_east_germany(struct ex_ctx *c);

#endif
