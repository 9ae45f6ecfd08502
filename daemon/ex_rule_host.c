/*
 * ex_rule_host: hosting rule family.
 *
 * Input: one sentence [s0, s1).  Output: legs through ex_legs_add for the
 * guest of "hosted", "received", "welcomed" (in the host's country) and
 * "met visiting X".
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_discourse.h"
#include "ex_legs.h"
#include "ex_people.h"
#include "ex_rule_host.h"
#include "ex_times.h"
#include "ex_triggers.h"
#include "kb.h"
#include "when.h"

/*
 * "X held a meeting with visiting Iraqi Foreign Minister Y": Y is in the
 * host's country (X's, else the dateline's), on the sentence's date.
 */
static void
ex_visiting_run(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx = -1;

	if (ex_has(c, s0, s1, LX_VIRTUAL | LX_NEG))
		return;
	for (int i = s0; i + 1 < s1; i++) {
		int			 v, host = -1, per, other = 0;
		struct ex_kbm		 m;
		const struct ex_time	*tx = NULL;
		enum leg_status		 st = LEG_ONGOING;
		const char		*cc;

		if (!(c->tok.t[i].cls & LX_VERB) || c->ppl.per[i + 1] < 0 ||
		    !ex_is(c, i, W_VISITING))
			continue;
		per = c->ppl.per[i + 1];
		/* "visiting X" as an adjective: after a meeting word or a
		 * preposition, not "is visiting" */
		v = i - 1;
		/* "TOKYO - Visiting X said": the dateline place */
		if (v < s0 && c->tim.dl_cc[0] == '\0')
			continue;
		if (v >= s0 && !(ex_is(c, v, W_WITH) || ex_is(c, v, W_MET) ||
		    ex_is(c, v, W_RECEIVED) || ex_is(c, v, W_THE) ||
		    ex_is(c, v, W_AND) || ex_is(c, v, W_BY)))
			continue;
		for (int k = s0; k < i; k++)
			if (c->ppl.per[k] >= 0 && c->ppl.per[k] != per &&
			    c->ppl.p[c->ppl.per[k]].cc[0] != '\0') {
				host = c->ppl.per[k];
				break;
			}
		cc = host >= 0 ? c->ppl.p[host].cc : c->tim.dl_cc;
		if (cc[0] == '\0' || !c->ppl.p[per].labelled)
			continue;
		memset(&m, 0, sizeof m);
		memcpy(m.cc, cc, 3);
		if (strcmp(cc, c->tim.dl_cc) == 0) {
			m.city = c->tim.dl_city;
			m.lat = c->tim.dl_lat;
			m.lon = c->tim.dl_lon;
		}
		/* "met visiting X in Stockholm": the city named, in the
		 * host's country; a place elsewhere is not the host's */
		for (int k = s0 + 1; k < s1 && other == 0; k++) {
			const struct ex_kbm *pm;

			if (c->men.pm[k] < 0 || c->ppl.per[k] >= 0 ||
			    !(ex_is(c, k - 1, W_IN) || ex_is(c, k - 1, W_AT)))
				continue;
			pm = &c->men.m[c->men.pm[k]];
			if (pm->kind != PM_PLACE && pm->kind != PM_COUNTRY)
				continue;
			if (!kb_same_state(c->kb, pm->cc, cc))
				other = 1;
			else if (pm->kind == PM_PLACE && pm->city != NULL) {
				m = *pm;
				break;
			}
		}
		if (other)
			continue;
		if (nx < 0)
			nx = ex_times_find(c, s0, s1, -1, x, 8);
		for (int q = 0; q < nx; q++)
			if (x[q].start != WHEN_DAY_NONE && !x[q].vague) {
				tx = &x[q];
				break;
			}
		if (tx != NULL && ex_days_from_ref(c, tx->start) > 0)
			st = LEG_PLANNED;
		ex_legs_add(c, &(struct ex_event){ .rule = "met-visiting",
		    .per = per, .m = &m, .x = tx, .status = st, .conf = 0.45,
		    .s0 = s0, .s1 = s1 });
	}
}

/* "X hosted Y in Z", "X welcomed Y to Z": Y travelled, X did not. */
/*
 * "Gorbachev will on his return receive French President Mitterrand": a
 * head of state or government receiving a foreign official, with no place
 * named, receives him at home.  Only when the guest's name follows the
 * verb and the sentence names no trip and no place.
 */
static void
ex_hosted_home(struct ex_ctx *c, int s0, int s1, int h)
{
	struct ex_time	 x[8];
	int		 host = -1, guest = -1, nx, fut = 0;
	struct ex_kbm	 m;
	const struct kb_country *k;
	enum leg_status	 st;

	if (ex_is(c, h - 1, W_WAS) || ex_is(c, h - 1, W_WERE) ||
	    ex_is(c, h - 1, W_BEEN) || ex_is(c, h - 1, W_IS) ||
	    ex_is(c, h - 1, W_BE))
		return;
	/* the clause of the verb: "spend the weekend in India, and will
	 * on his return receive X" */
	int c0 = s0;

	for (int i = h - 1; i > s0; i--)
		if (ex_punct(c, i, ',') || ex_punct(c, i, ';')) {
			c0 = i + 1;
			break;
		}
	for (int i = c0; i < s1; i++) {
		if (ex_triggers_is(c, i, s1) || (c->men.pm[i] >= 0 &&
		    c->ppl.per[i] < 0 &&
		    (c->men.m[c->men.pm[i]].kind == PM_PLACE ||
		    c->men.m[c->men.pm[i]].kind == PM_COUNTRY) &&
		    !(c->tok.t[c->men.m[c->men.pm[i]].t1 - 1].flags & TF_POSS)))
			return;
		if (c->tok.t[i].cls & LX_FUT)
			fut = 1;
	}
	/* the host: the subject, or "he" for the last subject */
	for (int i = h - 1; i >= s0; i--) {
		if (c->ppl.per[i] >= 0) {
			int b = i;

			while (b - 1 >= s0 &&
			    c->ppl.per[b - 1] == c->ppl.per[i])
				b--;
			if (!ex_discourse_is_object(c, s0, b))
				host = c->ppl.per[i];
			break;
		}
		if (ex_is(c, i, W_HE) || ex_is(c, i, W_SHE)) {
			host = c->disc.last_subj;
			break;
		}
	}
	/* the guest right after the verb: "receive French President X" */
	for (int i = h + 1; i < s1 && i < h + 4; i++)
		if (c->ppl.per[i] >= 0) {
			guest = c->ppl.per[i];
			break;
		}
	if (host < 0 || guest < 0 || host == guest ||
	    !(ex_people_is_leader(&c->ppl.p[host]) ||
	    (c->ppl.p[host].role != NULL &&
	    (strcasestr(c->ppl.p[host].role, "general secretary") != NULL ||
	    strcasestr(c->ppl.p[host].role, "leader") != NULL))) ||
	    c->ppl.p[host].cc[0] == '\0' ||
	    c->ppl.p[guest].cc[0] == '\0' || !c->ppl.p[guest].labelled ||
	    kb_same_state(c->kb, c->ppl.p[host].cc, c->ppl.p[guest].cc))
		return;
	memset(&m, 0, sizeof m);
	memcpy(m.cc, c->ppl.p[host].cc, 3);
	if ((k = kb_country_by_code(c->kb, m.cc)) != NULL) {
		m.lat = k->lat;
		m.lon = k->lon;
	}
	nx = ex_times_find(c, c0, s1, fut ? 1 : -1, x, 8);
	if (fut)
		st = LEG_PLANNED;
	else if (nx > 0 && x[0].start != WHEN_DAY_NONE && ex_days_from_ref(c,
	    x[0].start) < -1)
		st = LEG_COMPLETED;
	else
		st = LEG_ONGOING;
	ex_legs_add(c, &(struct ex_event){ .rule = "hosted-home", .per = guest,
	    .m = &m,
	    .x = nx > 0 && x[0].start != WHEN_DAY_NONE && !x[0].vague ? &x[0] :
	    NULL,
	    .status = st, .conf = 0.45, .s0 = s0, .s1 = s1 });
}

static void
ex_hosted_run(struct ex_ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx = -1;

	for (int h = s0; h < s1; h++) {
		int			 who[4], nw = 0, place = -1;
		const struct ex_time	*tx;
		enum leg_status		 st;

		if (!(c->tok.t[h].cls & LX_HOST))
			continue;
		/* "Y was received by X in Z": Y is the visitor */
		if (ex_is(c, h - 1, W_WAS) || ex_is(c, h - 1, W_WERE) ||
		    ex_is(c, h - 1, W_BEEN) || ex_is(c, h - 1, W_IS)) {
			for (int k = s0; k < h && nw < 4; k++)
				if (c->ppl.per[k] >= 0 && (nw == 0 ||
				    who[nw - 1] != c->ppl.per[k]))
					who[nw++] = c->ppl.per[k];
			for (int k = h + 1; k < s1 && k < h + 16; k++) {
				if (c->tok.t[k].cls & LX_BREAK)
					break;
				if (c->men.pm[k] >= 0 &&
				    c->ppl.per[k] < 0 &&
				    (ex_is(c, k - 1, W_IN) || ex_is(c, k - 1,
				    W_AT)) &&
				    (c->men.m[c->men.pm[k]].kind == PM_PLACE
				    ||
				    c->men.m[c->men.pm[k]].kind == PM_COUNTRY))
				    {
					place = k;
					break;
				}
			}
		} else
		for (int k = h + 1; k < s1 && k < h + 16; k++) {
			/* "hosts Y's visit, before heading to Z": Z is the
			 * host's next trip */
			if ((c->tok.t[k].cls & LX_BREAK) || ((c->tok.t[k].cls &
			    LX_VERB) && (c->tok.t[k].arg >> 8) == F_ING &&
			    ex_triggers_is(c, k, s1)))
				break;
			if (c->ppl.per[k] >= 0 && nw < 4 && place < 0 &&
			    (nw == 0 || who[nw - 1] != c->ppl.per[k]))
				who[nw++] = c->ppl.per[k];
			if (c->men.pm[k] >= 0 && (ex_is(c, k - 1, W_IN) ||
			    ex_is(c, k - 1, W_TO) || ex_is(c, k - 1, W_AT) ||
			    (ex_is(c, k - 1, W_THE) && (ex_is(c, k - 2, W_IN) ||
			    ex_is(c, k - 2, W_TO) || ex_is(c, k - 2, W_AT)))) &&
			    (c->men.m[c->men.pm[k]].kind == PM_PLACE ||
			    c->men.m[c->men.pm[k]].kind == PM_COUNTRY)) {
				place = k;
				break;
			}
		}
		if (nw == 0 || ex_has(c, s0, s1, LX_VIRTUAL))
			continue;
		if (place < 0) {
			ex_hosted_home(c, s0, s1, h);
			continue;
		}
		if (nx < 0)
			nx = ex_times_find(c, s0, s1, -1, x, 8);
		tx = nx > 0 && x[0].start != WHEN_DAY_NONE ? &x[0] : NULL;
		st = tx != NULL && ex_days_from_ref(c, tx->start) > 0 ?
		    LEG_PLANNED : tx != NULL && ex_days_from_ref(c,
		    tx->start) < -1 ? LEG_COMPLETED : LEG_ONGOING;
		for (int w = 0; w < nw; w++)
			ex_legs_add(c, &(struct ex_event){ .rule = "hosted",
			    .per = who[w], .m = &c->men.m[c->men.pm[place]],
			    .x = tx,
			    .status = st, .conf = 0.6, .s0 = s0, .s1 = s1 });
	}
}

const struct ex_rule ex_rule_host = {
	.name = "hosted",
	.needs = LX_HOST,
	.run = ex_hosted_run,
};

const struct ex_rule ex_rule_host_visiting = {
	.name = "met-visiting",
	.needs = LX_VERB,
	.run = ex_visiting_run,
};
