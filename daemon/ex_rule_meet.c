/*
 * ex_rule_meet: meeting rule family.
 *
 * Input: one sentence [s0, s1).  Output: legs through ex_legs_add for a
 * leader met abroad, "here" at the dateline, a meeting at the dateline
 * place, a meeting date for a planned leg, a meeting abroad called off.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_discourse.h"
#include "ex_legs.h"
#include "ex_people.h"
#include "ex_rule_meet.h"
#include "ex_times.h"
#include "ex_triggers.h"
#include "kb.h"
#include "when.h"

/*
 * 1 if token i is a meeting or a meal held with someone: "had dinner
 * with", "will have a lunch with", "held talks with", "had breakfast
 * with": the noun, "with" after it, a verb of having or holding at most
 * four words before.
 */
static int
ex_held_with(const struct ex_ctx *c, int s0, int s1, int i)
{
	if (i + 1 >= s1 || !ex_is(c, i + 1, W_WITH) || !(ex_is(c, i,
	    W_MEETING) || ex_is(c, i, W_TALKS) || ex_is(c, i, W_LUNCH) ||
	    ex_is(c, i, W_DINNER) || ex_is(c, i, W_AUDIENCE) || ex_is(c, i,
	    W_BREAKFAST) || ex_is(c, i, W_BANQUET)))
		return 0;
	for (int k = i - 1; k >= s0 && k >= i - 4; k--)
		if (ex_is(c, k, W_HAVE) || ex_is(c, k, W_HAS) ||
		    ex_is(c, k, W_HAD) || ex_is(c, k, W_HAVING) ||
		    ex_is(c, k, W_HOLD) || ex_is(c, k, W_HOLDS) ||
		    ex_is(c, k, W_HELD) || ex_is(c, k, W_HOLDING))
			return 1;
	return 0;
}

/*
 * 1 if [s0, s1) holds a word a meeting of ex_meet_leader_run starts at:
 * "meet", "met", "meets", or a noun of ex_held_with before "with".  A
 * quick test before the rule's scans of the sentence.
 */
static int
ex_meet_word_in(const struct ex_ctx *c, int s0, int s1)
{
	for (int i = s0; i < s1; i++)
		if (ex_is(c, i, W_MEET) || ex_is(c, i, W_MET) ||
		    ex_is(c, i, W_MEETS) || ex_held_with(c, s0, s1, i))
			return 1;
	return 0;
}

/*
 * "Baldrige will meet South Korean President Chun on Monday": on a trip,
 * meeting a foreign head of state or government with no place named means
 * going to their country.
 */
static void
ex_meet_leader_run(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx, meet = -1, subj = -1, obj = -1, tense = 0;
	struct ex_kbm	 m;

	if (ex_has(c, s0, s1, LX_VIRTUAL | LX_HOST) ||
	    !ex_meet_word_in(c, s0, s1))
		return;
	/* a travel word decides by itself ("continued support" is none) */
	for (int i = s0; i < s1; i++)
		if (ex_triggers_is(c, i, s1))
			return;
	for (int i = s0; i < s1; i++) {
		if (c->tok.t[i].cls & LX_FUT)
			tense = 1;
		if (c->men.pm[i] >= 0 &&
		    (c->men.m[c->men.pm[i]].kind == PM_PLACE ||
		    c->men.m[c->men.pm[i]].kind == PM_COUNTRY) &&
		    c->ppl.per[i] < 0 &&
		    ex_is(c, i - 1, W_IN))
			return;		/* a place is named: presence */
		/* "met X in the Oval Office", "at the Kremlin": a venue
		 * named, wherever it is */
		if ((ex_is(c, i, W_IN) || ex_is(c, i, W_AT)) && ex_is(c, i + 1,
		    W_THE) && i + 2 < s1 && c->tok.t[i + 2].type == T_WORD &&
		    (c->tok.t[i + 2].flags & TF_CAP) && c->ppl.per[i + 2] < 0 &&
		    !(c->tok.t[i + 2].cls & (LX_MONTH | LX_WEEKDAY)))
			return;
		if (meet < 0 && (ex_is(c, i, W_MEET) || ex_is(c, i, W_MET) ||
		    ex_is(c, i, W_MEETS))) {
			meet = i;
			continue;
		}
		/* "will have a lunch with Queen X", "held talks with King
		 * Y": a meeting noun with a verb of holding */
		if (meet < 0 && ex_is(c, i + 1, W_WITH) &&
		    ex_held_with(c, s0, s1, i)) {
			meet = i;
			continue;
		}
		if (meet < 0 && c->ppl.per[i] >= 0 && subj < 0)
			subj = c->ppl.per[i];
		if (meet < 0 && (ex_is(c, i, W_HE) || ex_is(c, i, W_SHE)) &&
		    subj < 0)
			subj = c->disc.last_subj;
		if (meet >= 0 && obj < 0 && c->ppl.per[i] >= 0 &&
		    i <= meet + 8) {
			obj = c->ppl.per[i];
			if (ex_is(c, i - 1, W_VISITING))
				return;
		}
	}
	if (meet < 0 || subj < 0 || obj < 0 || subj == obj)
		return;
	/* "has met the Austrian Chancellor, the Italian Prime Minister and
	 * West Germany's Kohl": leaders of several countries are meetings
	 * anywhere, not one visit */
	for (int i = meet + 1; i < s1; i++)
		if (c->ppl.per[i] >= 0 && c->ppl.per[i] != obj &&
		    c->ppl.p[c->ppl.per[i]].cc[0] != '\0' &&
		    c->ppl.p[obj].cc[0] != '\0' &&
		    strcmp(c->ppl.p[c->ppl.per[i]].cc, c->ppl.p[obj].cc) != 0 &&
		    c->ppl.per[i] != subj &&
		    ex_people_is_leader(&c->ppl.p[c->ppl.per[i]]))
			return;
	if (!ex_people_is_leader(&c->ppl.p[obj]) ||
	    c->ppl.p[obj].cc[0] == '\0' ||
	    !c->ppl.p[subj].labelled || strcmp(c->ppl.p[obj].cc,
	    c->ppl.p[subj].cc) == 0)
		return;
	/* only on a trip already reported in the article */
	if (!ex_legs_on_trip(c, c->ppl.p[subj].name))
		return;
	nx = ex_times_find(c, s0, s1, tense ? 1 : -1, x, 8);
	memset(&m, 0, sizeof m);
	memcpy(m.cc, c->ppl.p[obj].cc, 3);
	{
		const struct kb_country *k = kb_country_by_code(c->kb, m.cc);

		if (k != NULL) {
			m.lat = k->lat;
			m.lon = k->lon;
		}
	}
	ex_legs_add(c, &(struct ex_event){ .rule = "meet-leader", .per = subj,
	    .m = &m, .x = nx > 0 && x[0].start != WHEN_DAY_NONE ? &x[0] : NULL,
	    .status = tense ? LEG_PLANNED : LEG_ONGOING, .conf = 0.45,
	    .s0 = s0, .s1 = s1 });
}

/*
 * "WASHINGTON, Oct 19 - Saudi Crown Prince X met Vice President Bush on
 * Monday": a foreign official meeting people in a datelined report, with
 * no other place named, is at the dateline place.  Past or present only:
 * a future meeting may be anywhere.
 */
/*
 * "TOKYO, April 8 - West German Economics Minister X said here today",
 * "X is due here on April 29": a foreign official "here" in a datelined
 * report is at the dateline place.  Not when the sentence names a trip or
 * another place, nor "here" in a quotation.
 */
static void
ex_here_run(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx, here = -1, per = -1, fut = 0;
	struct ex_kbm	 m;
	const struct ex_time *tx = NULL;
	enum leg_status	 st;

	if (c->tim.dl_cc[0] == '\0')
		return;
	for (int i = s0; i < s1 && here < 0; i++)
		if (c->tok.t[i].len == 4 && ex_is(c, i, W_HERE))
			here = i;
	if (here < 0 || ex_has(c, s0, s1, LX_VIRTUAL | LX_NEG | LX_HOST))
		return;
	here = -1;
	for (int i = s0; i < s1; i++) {
		if (ex_punct(c, i, '"'))
			return;
		if (ex_triggers_is(c, i, s1))
			return;
		if (c->men.pm[i] >= 0 && c->ppl.per[i] < 0 && (ex_is(c,
		    i - 1,
		    W_IN) || ex_is(c, i - 1, W_AT) || ex_is(c, i - 1, W_TO)) &&
		    c->men.m[c->men.pm[i]].kind != PM_DEMONYM)
			return;
		if (c->tok.t[i].cls & LX_FUT)
			fut = 1;
		if (here < 0 && ex_is(c, i, W_HERE) && !ex_is(c, i + 1, W_AND))
			here = i;
	}
	if (here < 0)
		return;
	/* the subject before "here", not an object */
	for (int i = s0; i < here; i++)
		if (c->ppl.per[i] >= 0) {
			int b = i;

			while (i + 1 < here &&
			    c->ppl.per[i + 1] == c->ppl.per[b])
				i++;
			if (ex_discourse_is_object(c, s0, b))
				continue;
			per = c->ppl.per[b];
			break;
		}
	if (per < 0 || !c->ppl.p[per].labelled || c->ppl.p[per].cc[0] == '\0')
		return;
	/* "the Soviet ambassador here": posted, not visiting */
	if (c->ppl.p[per].role != NULL && strcasestr(c->ppl.p[per].role,
	    "ambassador") != NULL)
		return;
	nx = ex_times_find(c, s0, s1, fut ? 1 : -1, x, 8);
	for (int q = 0; q < nx; q++)
		if (x[q].start != WHEN_DAY_NONE && !x[q].vague) {
			tx = &x[q];
			break;
		}
	if (fut || (tx != NULL && ex_days_from_ref(c, tx->start) > 0))
		st = LEG_PLANNED;
	else
		st = LEG_ONGOING;
	if (tx == NULL && !fut) {
		ex_times_today(c, &x[0]);
		tx = &x[0];
	}
	ex_times_dateline_place(c, &m);
	ex_legs_add(c, &(struct ex_event){ .rule = "here", .per = per, .m = &m,
	    .x = tx, .status = st, .conf = 0.45, .s0 = s0, .s1 = s1 });
}

static void
ex_dateline_meet_run(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx, meet = -1;
	struct ex_kbm	 m;
	const struct ex_time *tx;

	if (c->tim.dl_cc[0] == '\0' || ex_has(c, s0, s1, LX_FUT | LX_HOST))
		return;
	/* a phone call is no meeting; "called Monday for support" is an
	 * appeal, not a call */
	for (int i = s0; i < s1; i++) {
		int k = i + 1;

		if (!(c->tok.t[i].cls & LX_VIRTUAL))
			continue;
		if (ex_is(c, i, W_CALLED)) {
			while (k < s1 && k < i + 3 && (c->tok.t[k].cls &
			    (LX_WEEKDAY | LX_RELDAY)))
				k++;
			if (ex_is(c, k, W_FOR))
				continue;
		}
		return;
	}
	for (int i = s0; i < s1; i++) {
		if (ex_triggers_is(c, i, s1))
			return;
		if (c->men.pm[i] >= 0 && c->ppl.per[i] < 0 && (ex_is(c,
		    i - 1, W_IN)
		    || ex_is(c, i - 1, W_AT)) && c->men.m[c->men.pm[i]].kind !=
		    PM_DEMONYM)
			return;
		/* not "to meet", "the summit, to be attended by X": an
		 * intent, not a meeting held */
		if (meet < 0 && (c->tok.t[i].cls & LX_MEET) &&
		    ex_triggers_meet_verb(c, s0,
		    i) && !ex_is(c, i, W_MEETING) && !ex_is(c, i,
		    W_MEETINGS) && !ex_is(c, i - 1, W_TO) && !(ex_is(c, i - 1,
		    W_BE) && ex_is(c, i - 2, W_TO)))
			meet = i;
		/* "had dinner with the President of Peru" */
		if (meet < 0 && ex_is(c, i + 1, W_WITH) &&
		    ex_held_with(c, s0, s1, i))
			meet = i;
		/* "X and Peruvian leaders called Monday for ...": a joint
		 * act with the hosts' leaders is a meeting with them */
		if (meet < 0 && i > s0 && (c->ppl.per[i - 1] >= 0 ||
		    (i - 3 >= s0 && ex_is(c, i - 2, W_OF) &&
		    c->ppl.per[i - 3] >= 0)) &&
		    ex_is(c, i, W_AND) && i + 2 < s1 &&
		    c->men.pm[i + 1] >= 0 &&
		    c->men.m[c->men.pm[i + 1]].kind == PM_DEMONYM &&
		    strcmp(c->men.m[c->men.pm[i + 1]].cc, c->tim.dl_cc) == 0) {
			int k = c->men.m[c->men.pm[i + 1]].t1;

			if (k + 1 < s1 && (ex_is(c, k, W_LEADERS) ||
			    ex_is(c, k, W_OFFICIALS) || ex_is(c, k,
			    W_COUNTERPARTS)) &&
			    (c->tok.t[k + 1].cls & LX_VERB ||
			    (c->tok.t[k + 1].type == T_WORD &&
			    !(c->tok.t[k + 1].flags &
			    TF_CAP) && strlen(ex_fold(c, k + 1)) > 3 &&
			    strcmp(ex_fold(c, k + 1) + strlen(ex_fold(c,
			    k + 1)) - 2, "ed") == 0)))
				meet = k + 1;
		}
	}
	if (meet < 0)
		return;
	nx = ex_times_find(c, s0, s1, -1, x, 8);
	tx = nx > 0 && x[0].start != WHEN_DAY_NONE ? &x[0] : NULL;
	if (tx != NULL && ex_days_from_ref(c, tx->start) > 0)
		return;
	if (tx == NULL) {
		ex_times_today(c, &x[0]);
		tx = &x[0];
	}
	ex_times_dateline_place(c, &m);
	for (int i = s0; i < s1; i++) {
		int per = c->ppl.per[i], b = i;

		if (per < 0)
			continue;
		while (i + 1 < s1 && c->ppl.per[i + 1] == per)
			i++;
		if (c->ppl.p[per].cc[0] == '\0' || !c->ppl.p[per].labelled)
			continue;
		/* the subject, or a visiting leader met ("had dinner with
		 * the President of Peru"), not one named clauses later
		 * ("..., to be attended also by President X") */
		if (i > meet && (!ex_people_is_leader(&c->ppl.p[per]) ||
		    b > meet + 8))
			continue;
		if (i < meet && ex_discourse_is_object(c, s0, i))
			continue;
		ex_legs_add(c, &(struct ex_event){ .rule = "dateline-meeting",
		    .per = per, .m = &m, .x = tx, .status = LEG_ONGOING,
		    .conf = 0.45, .s0 = s0, .s1 = s1 });
	}
}

/*
 * "Takeshita left Tokyo for Washington.  He will meet Reagan on
 * Wednesday": a dated meeting with no place, of someone whose one leg in
 * the article is undated, dates that leg (the day of presence); a trip
 * under way is then ongoing.
 */
static void
ex_meet_date_run(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 meet = -1, subj = -1, nx, fut = 0;

	if (!ex_legs_any(c) || ex_has(c, s0, s1, LX_VIRTUAL | LX_NEG))
		return;
	for (int i = s0; i < s1; i++) {
		if (ex_triggers_is(c, i, s1))
			return;
		if (c->men.pm[i] >= 0 && c->ppl.per[i] < 0 &&
		    c->men.m[c->men.pm[i]].kind != PM_DEMONYM)
			return;
		if (c->tok.t[i].cls & LX_FUT)
			fut = 1;
		if (meet < 0 && (c->tok.t[i].cls & LX_MEET) &&
		    ex_triggers_meet_verb(c, s0,
		    i))
			meet = i;
	}
	if (meet < 0)
		return;
	for (int i = s0; i < meet; i++) {
		if (c->ppl.per[i] >= 0 && !ex_discourse_is_object(c, s0, i)) {
			subj = c->ppl.per[i];
			break;
		}
		if (ex_is(c, i, W_HE) || ex_is(c, i, W_SHE)) {
			subj = c->disc.last_subj;
			break;
		}
	}
	if (subj < 0)
		return;
	nx = ex_times_find(c, s0, s1, fut ? 1 : -1, x, 8);
	if (nx == 0 || x[0].vague || x[0].prec != LEG_PREC_DAY ||
	    x[0].start == WHEN_DAY_NONE)
		return;
	ex_legs_date_only(c, c->ppl.p[subj].name, &x[0]);
}

/*
 * "X and Y have cancelled their meeting in Prague slated for March 13 and
 * will talk by video instead": a meeting abroad called off is a cancelled
 * trip of the people who were to meet there, whatever replaces it.
 */
static void
ex_cancelled_run(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 k, mt = -1, place = -1, nx;
	const struct ex_time *tx = NULL;

	for (k = s0; k < s1; k++)
		if (c->tok.t[k].cls & LX_CANCEL)
			break;
	if (k >= s1)
		return;
	for (int q = k + 1; q < s1 && q <= k + 4; q++)
		if (ex_is(c, q, W_MEETING) || ex_is(c, q, W_TALKS) ||
		    ex_is(c, q, W_SUMMIT) || ex_is(c, q, W_MEETINGS)) {
			mt = q;
			break;
		}
	if (mt < 0)
		return;
	for (int q = mt + 1; q < s1 && q <= mt + 3; q++)
		if (c->men.pm[q] >= 0 && c->ppl.per[q] < 0 && (ex_is(c,
		    q - 1,
		    W_IN) || ex_is(c, q - 1, W_AT)) &&
		    (c->men.m[c->men.pm[q]].kind == PM_PLACE ||
		    c->men.m[c->men.pm[q]].kind == PM_COUNTRY)) {
			place = q;
			break;
		}
	if (place < 0)
		return;
	nx = ex_times_find(c, s0, s1, 1, x, 8);
	for (int i = 0; i < nx; i++)
		if (x[i].t0 > place && x[i].start != WHEN_DAY_NONE &&
		    !x[i].vague &&
		    !ex_times_cancelled(c, s0, s1, &x[i])) {
			tx = &x[i];
			break;
		}
	for (int q = s0; q < k; q++) {
		int per = c->ppl.per[q];

		if (per < 0 || ex_discourse_is_object(c, s0, q))
			continue;
		while (q + 1 < k && c->ppl.per[q + 1] == per)
			q++;
		if (c->tok.t[q].flags & TF_POSS)
			continue;
		ex_legs_add(c, &(struct ex_event){
		    .rule = "meeting-called-off", .per = per,
		    .m = &c->men.m[c->men.pm[place]], .x = tx,
		    .status = LEG_CANCELLED, .conf = 0.5, .s0 = s0,
		    .s1 = s1 });
	}
}

const struct ex_rule ex_rule_meet_date = {
	.name = "meeting-date",
	.needs = LX_MEET,	/* a meeting verb: it returns without one */
	.run = ex_meet_date_run,
};

const struct ex_rule ex_rule_meet_called_off = {
	.name = "meeting-called-off",
	.needs = LX_CANCEL,
	.run = ex_cancelled_run,
};

const struct ex_rule ex_rule_meet_leader = {
	.name = "meet-leader",
	.needs = 0,
	.run = ex_meet_leader_run,
};

const struct ex_rule ex_rule_meet_dateline = {
	.name = "dateline-meeting",
	.needs = 0,
	.run = ex_dateline_meet_run,
};

const struct ex_rule ex_rule_meet_here = {
	.name = "here",
	.needs = 0,
	.run = ex_here_run,
};
