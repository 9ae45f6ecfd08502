/*
 * ex_people: persons of one sentence.
 *
 * Input: c->tok, c->men, c->kb (office holders, roles), the titles of
 * ex_titles and the discourse state.  Output: c->ppl (struct ex_people):
 * p[0..np) (struct ex_person: name, role, country, surname keys) and
 * per[] (the person of a token); later
 * mentions by surname, "the minister", a role phrase resolved through the
 * office-holder table; an unnamed title is kept pending (c->disc.pend_*).
 */
#ifndef ITINERD_EX_PEOPLE_H
#define ITINERD_EX_PEOPLE_H

struct ex_ctx;

struct ex_person {
	char		*name;
	char		*role;
	char		 cc[3];
	char		 key[48];	/* folded surname */
	char		 key2[48];	/* folded first word (Chung In-yong) */
	int		 labelled;
	int		 head;		/* H_* of the title */
	int		 last_sent;
	int		 subj;		/* sentences with them as subject */
};

/*
 * The stage's output (c->ppl): the persons p[0..np), and for each token i
 * the person mentioned there, per[i] (-1: none).
 */
struct ex_people {
	struct ex_person *p;
	int		 np, cp;
	int		*per;
	int		 ntok;		/* tokens per holds */
};

/*
 * An official the text has not named yet ("the Iranian foreign minister
 * flew into Washington"; later "the minister, Manoucher Mottaki,") goes by
 * EX_PEOPLE_UNNAMED and their index as name until a full name names them;
 * their legs are renamed then, or dropped (ex_legs_name_unnamed): an
 * unnamed person is not labelled.
 */
#define EX_PEOPLE_UNNAMED	'\001'

static inline int
ex_people_unnamed(const struct ex_person *p)
{
	return p->name[0] == EX_PEOPLE_UNNAMED;
}

/* Sizes per to the tokens there are, new ones -1 (after ex_tokens_run). */
void	ex_people_marks(struct ex_ctx *c);
void	ex_people_run(struct ex_ctx *c, int sno, int s0, int s1);
int	ex_people_is_leader(const struct ex_person *p);

#endif
