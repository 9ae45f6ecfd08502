/*
 * ex_discourse: who a sentence is about.
 *
 * Input: c->tok, c->ppl (ex_people).  Output: the discourse state c->disc
 * (struct ex_discourse: last subject, speaker, the group "they", "both",
 * "the pair" mean); and the travellers of a trigger (the subject, a
 * pronoun's antecedent, the possessor of "visit", companions).
 */
#ifndef ITINERD_EX_DISCOURSE_H
#define ITINERD_EX_DISCOURSE_H

#include "ex_times.h"

struct ex_ctx;

/*
 * Who the text is about, carried from sentence to sentence (written by
 * ex_people and ex_discourse, read by the rules): the last subject and
 * the last labelled one (what "he" and "the minister" mean), a
 * transcript's speaker ("I", "my"), the last group of travellers ("they",
 * "both"), and a title met without a name, for the next sentence's new
 * full name (pend_*, pend_per: the unnamed official that title made,
 * whom that name names); the sentence being read (sno) and a date told
 * before its place (pdate*).
 */
struct ex_discourse {
	int	 last_subj;	/* person or -1 */
	int	 last_lsubj;	/* the last labelled subject, or -1 */
	int	 speaker;	/* person or -1 */
	int	 group[4];
	int	 ngroup;
	int	 group_sent;	/* the sentence that named the group */
	char	*pend_role;	/* unnamed title (owned), or NULL */
	char	 pend_cc[3];
	int	 pend_head;
	int	 pend_sent;
	int	 pend_per;	/* 1 + the unnamed person of the title, or 0 */
	int	 sno;		/* the sentence being read */
	/* a date given before the place ("X is arriving on March 5.  ...
	 * visit Nepal"): for pdate_per's next undated leg, read in
	 * sentence pdate_sent (set by the travel rule, taken by ex_legs) */
	struct ex_time pdate;
	int	 pdate_per;
	int	 pdate_sent;
};


int	ex_discourse_companions(const struct ex_ctx *c, int s0, int s1,
    int *who, int n, int max);
int	ex_discourse_visitor(const struct ex_ctx *c, int per);
int	ex_discourse_is_object(const struct ex_ctx *c, int s0, int k);
void	ex_discourse_speaker(struct ex_ctx *c, int s0, int s1);
int	ex_discourse_travellers(struct ex_ctx *c, int s0, int s1,
    int tr, int *who, int max);
void	ex_discourse_set_group(struct ex_ctx *c, const int *who, int n);
void	ex_discourse_update(struct ex_ctx *c, int s0, int s1);

#endif
