/*
 * extract: finds official travel in one article's text.  Pure: no I/O, no
 * globals; the knowledge comes in as a struct kb.  This file is the driver:
 * it runs the stages (see ex.h) in order over one article and the rule
 * families over each sentence.
 *
 * The pipeline, per article:
 *  1. tokens and sentences (ex_tokens.c, word classes from ex_lexicon.c);
 *  2. knowledge mentions by longest match over capitalised tokens:
 *     countries, demonyms, places, office holders, role phrases
 *     (ex_mentions.c);
 *  3. a dateline ("TOKYO, April 8 -", "TOKYO (AFP) -") gives the local
 *     reference date and the place "here" means (ex_times.c);
 *  then, sentence by sentence:
 *  4. people: a title followed by a capitalised name, a known office
 *     holder, a role phrase resolved through the office-holder table;
 *     later mentions by surname, "the minister", he/she (last subject),
 *     they/both/the pair (the last group) (ex_titles.c, ex_people.c,
 *     ex_discourse.c);
 *  5. the rule families (ex_rule_*.c): travel verbs and nouns with their
 *     destinations (ex_triggers.c, ex_dests.c), travellers, status and
 *     dates; meetings, hosting, presence;
 *  6. legs (ex_legs.c): one per person and country, in order of mention; a
 *     country that is the official's own is never a leg;
 *  and after the body:
 *  7. a dated destination in the headline dates the body's undated legs
 *     to that country; a surname alone merges with the article's full name.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_discourse.h"
#include "ex_legs.h"
#include "ex_mentions.h"
#include "ex_people.h"
#include "ex_rule_host.h"
#include "ex_rule_meet.h"
#include "ex_rule_presence.h"
#include "ex_rule_travel.h"
#include "ex_times.h"
#include "ex_tokens.h"
#include "extract.h"
#include "when.h"
#include "xmalloc.h"

/*
 * The rule families, in the order they read a sentence (a later rule sees
 * the legs of the earlier ones: "meeting-date" dates what "travel" found).
 * A new pattern is a row here, its file ex_rule_*.c and a test table.
 */
static const struct ex_rule *const ex_rules[] = {
	&ex_rule_travel,
	&ex_rule_presence_accompany,
	&ex_rule_meet_date,
	&ex_rule_presence,
	&ex_rule_host,
	&ex_rule_meet_called_off,
	&ex_rule_host_visiting,
	&ex_rule_meet_leader,
	&ex_rule_meet_dateline,
	&ex_rule_meet_here,
	&ex_rule_presence_dateline,
	NULL
};

/*
 * The headline, read once and only when a leg is left for it to date: its
 * tokens and mentions go after the body's in c (the body's text, then a
 * blank line and the headline, one buffer while it is read), as a
 * paragraph no body rule has seen, dated from the published day (a
 * headline has no dateline).
 */
static void
extract_title(struct ex_ctx *c)
{
	struct buf	 text = { 0 };
	size_t		 blen = strlen(c->in->text);
	int		 t0 = c->tok.nt > 0 ? c->tok.nt + 1 : 0;

	buf_add(&text, c->in->text, blen);
	buf_add(&text, "\n\n", 2);
	buf_adds(&text, c->in->title);
	c->text = text.data;
	ex_tokens_run(c, blen + 2);
	ex_people_marks(c);
	ex_mentions_run(c, t0);
	c->tim.ref = c->tim.pub;
	ex_legs_title_dates(c, t0);
	c->text = c->in->text;
	buf_free(&text);
}

int
extract_run(const struct kb *kb, const struct extract_input *in,
    struct leg_list *out)
{
	struct ex_ctx	c;
	int32_t		pub;

	/* the one parse of the reference date: day numbers from here on */
	if (in == NULL || in->text == NULL || in->published == NULL ||
	    when_day_parse(in->published, strlen(in->published), &pub) != 0)
		return -EINVAL;
	memset(&c, 0, sizeof c);
	c.kb = kb;
	c.in = in;
	c.text = in->text;
	c.out = out;
	c.out0 = out->n;
	c.disc.last_subj = -1;
	c.disc.last_lsubj = -1;
	c.disc.pdate_per = -1;
	c.disc.speaker = -1;
	memcpy(c.tim.published, in->published, 11);
	c.tim.pub = c.tim.ref = pub;
	ex_tokens_run(&c, 0);
	ex_people_marks(&c);
	ex_tokens_phrasal(&c);
	ex_tokens_honorific_he(&c);
	ex_mentions_run(&c, 0);
	ex_mentions_east_germany(&c);
	ex_times_dateline(&c);
	ex_tokens_sentences(&c);
	for (int s = 0; s < c.tok.ns; s++) {
		int s0 = c.tok.s[s].t0, s1 = c.tok.s[s].t1;

		if (s0 < c.tim.body_t0)
			s0 = c.tim.body_t0 < s1 ? c.tim.body_t0 : s1;
		if (s0 >= s1)
			continue;
		c.disc.sno = s;
		ex_people_run(&c, s, s0, s1);
		ex_discourse_speaker(&c, s0, s1);
		/* a question reports no trip: its people are still met */
		for (const struct ex_rule *const *r = ex_rules; *r != NULL &&
		    !(c.tok.s[s].flags & EX_S_ASKED); r++) {
			if ((*r)->needs != 0 && !ex_has(&c, s0, s1,
			    (*r)->needs))
				continue;
			(*r)->run(&c, s0, s1);
		}
		ex_legs_summit_date(&c, s0, s1);
		ex_discourse_update(&c, s0, s1);
	}
	ex_legs_name_unnamed(&c);
	ex_legs_merge_surnames(out, c.out0);
	if (in->title != NULL && *in->title != '\0' && ex_legs_undated(&c))
		extract_title(&c);
	ex_legs_drop_undated_domestic(out, c.out0);
	ex_ctx_free(&c);
	return 0;
}

void
extract_legs_free(struct leg_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].person);
		free(l->v[i].role);
		free(l->v[i].dest_city);
		free(l->v[i].evidence);
	}
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

const char *
extract_status_name(enum leg_status s)
{
	switch (s) {
	case LEG_PLANNED:
		return "planned";
	case LEG_ONGOING:
		return "ongoing";
	case LEG_COMPLETED:
		return "completed";
	case LEG_CANCELLED:
		return "cancelled";
	}
	return "unknown";
}

const char *
extract_precision_name(enum leg_precision p)
{
	switch (p) {
	case LEG_PREC_DAY:
		return "day";
	case LEG_PREC_MONTH:
		return "month";
	case LEG_PREC_UNKNOWN:
		break;
	}
	return "unknown";
}

int
extract_selftest(void)
{
	return ex_lexicon_check();
}
