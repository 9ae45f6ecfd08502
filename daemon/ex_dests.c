/*
 * ex_dests: the destinations of a travel trigger and their times.
 *
 * Input: c->tok, c->men, a trigger token.  Output: struct ex_dest rows (a
 * mention, "from X" marks an earlier stop) in order, and for each the time
 * expression that dates it.  Writes nothing into the context.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_dests.h"
#include "ex_triggers.h"
#include "kb.h"

/*
 * 1 if the place mention m is a modifier of the noun after it, with an
 * adjective before it: "the new U.S. partnership", "a strong Japan
 * market".  A destination follows a verb, a preposition or a list.
 */
static int
ex_modifier(const struct ex_ctx *c, const struct ex_kbm *m)
{
	int p = m->t0 - 1, n = m->t1;

	if (p < 0 || n >= c->tok.nt)
		return 0;
	return c->tok.t[p].type == T_WORD && c->tok.t[p].cls == 0 &&
	    !(c->tok.t[p].flags & (TF_CAP | TF_POSS)) && c->ppl.per[p] < 0 &&
	    c->tok.t[n].type == T_WORD && c->tok.t[n].cls == 0 &&
	    !(c->tok.t[n].flags & TF_CAP);
}

/*
 * 1 if the place mention m opens a run of place names that a capitalised
 * word ends: part of a proper name ("the U.S. Mexico Canada Agreement").
 */
static int
ex_in_name(const struct ex_ctx *c, const struct ex_kbm *m, int s1)
{
	int k = m->t1;

	if (!(k < s1 && c->men.pm[k] >= 0 && c->ppl.per[k] < 0))
		return 0;	/* a single place: the caller decides */
	while (k < s1 && c->men.pm[k] >= 0 && c->ppl.per[k] < 0 &&
	    (c->men.m[c->men.pm[k]].kind == PM_COUNTRY ||
	    c->men.m[c->men.pm[k]].kind == PM_PLACE))
		k = c->men.m[c->men.pm[k]].t1;
	return k < s1 && c->tok.t[k].type == T_WORD &&
	    (c->tok.t[k].flags & TF_CAP) &&
	    c->men.pm[k] < 0 && c->ppl.per[k] < 0 &&
	    !(c->tok.t[k].cls & (LX_MONTH | LX_WEEKDAY | LX_STOP | LX_RELDAY));
}

/*
 * 1 if the country mention m is used as an attribute after "the": "the
 * Pakistan cricket team", "the China trip".  Names that take "the"
 * themselves (acronyms, plurals, several words, the countries the kb
 * marks KB_F_THE: "the Gambia") are left
 * alone: "to the Philippines amid protests".
 */
static int
ex_the_attr(const struct ex_ctx *c, const struct ex_kbm *m, int s1)
{
	const char	*f;
	size_t		 fl;
	int		 n = m->t1;

	if (m->kind != PM_COUNTRY || m->t1 - m->t0 != 1 || m->t0 < 1 ||
	    !ex_is(c, m->t0 - 1, W_THE) || n >= s1)
		return 0;
	if (c->tok.t[m->t0].flags & (TF_UPPER | TF_DOT | TF_POSS))
		return 0;
	f = ex_fold(c, m->t0);
	fl = strlen(f);
	if (fl > 0 && f[fl - 1] == 's')
		return 0;
	if (kb_country_takes_the(c->kb, m->cc))
		return 0;
	return c->tok.t[n].type == T_WORD && c->tok.t[n].cls == 0 &&
	    !(c->tok.t[n].flags & TF_CAP) && c->ppl.per[n] < 0;
}

/*
 * 1 if the place mention m follows "of" after a common noun that is no
 * trip and no kind of place: "the growing role of Russia", "the people
 * of Japan", but not "a tour of Japan" or "the capital of Kenya".
 */
static int
ex_of_topic(const struct ex_ctx *c, const struct ex_kbm *m, int tr)
{
	static const enum ex_word place[] = { W_CAPITAL, W_CITIES, W_CITY,
	    W_COAST, W_HEART, W_ISLAND, W_ISLANDS, W_KINGDOM, W_NORTH,
	    W_OUTSKIRTS, W_PART, W_PARTS, W_PORT, W_PROVINCE, W_REGION,
	    W_REPUBLIC, W_SOUTH, W_EAST, W_WEST, W_STATE, W_TOWN };
	int o = m->t0 - 1, w = m->t0 - 2;

	if (w <= tr || !ex_is(c, o, W_OF) || c->tok.t[w].type != T_WORD ||
	    (c->tok.t[w].flags & TF_CAP) || c->tok.t[w].cls != 0)
		return 0;
	for (size_t i = 0; i < sizeof place / sizeof place[0]; i++)
		if (ex_is(c, w, place[i]))
			return 0;
	return 1;
}

/* 1 if "with" at w joins a stop, not a partner: "a tour that starts
 * with Oman", "beginning with Peru", "along with Fiji". */
static int
ex_with_stop(const struct ex_ctx *c, int w)
{
	static const enum ex_word v[] = { W_ALONG, W_BEGIN, W_BEGINNING,
	    W_BEGINS, W_START, W_STARTING, W_STARTS, W_BEGAN, W_STARTED,
	    W_OPENS, W_OPENING, W_KICKS, W_KICKING, W_ENDING, W_ENDS,
	    W_CONCLUDES, W_CONCLUDING };

	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		if (ex_is(c, w - 1, v[i]) || (ex_is(c, w - 1, W_OFF) &&
		    ex_is(c, w - 2, v[i])))
			return 1;
	return 0;
}

/*
 * 1 if a purpose after a stop ends in the next stop of a list: "to Oslo
 * for a meeting, to Manila for talks and to Sydney", "to Lima to meet
 * business leaders, to Quito".  Looks a few words past k for ", to X" or
 * "and to X", X a place.
 */
static int
ex_next_to_stop(const struct ex_ctx *c, int k, int s1)
{
	for (int q = k + 1; q + 2 < s1 && q <= k + 14; q++) {
		const struct ex_tok *t = &c->tok.t[q];

		if (c->ppl.per[t - c->tok.t] >= 0 || (t->cls & LX_BREAK) ||
		    (t->type ==
		    T_PUNCT && t->ch != ',' && t->ch != '-'))
			return 0;
		if ((ex_punct(c, q, ',') || ex_is(c, q, W_AND)) &&
		    ex_is(c, q + 1, W_TO)) {
			int p = q + 2;

			if (ex_is(c, p, W_TO))	/* ", and to" */
				p++;
			return p < s1 && c->men.pm[p] >= 0 &&
			    c->ppl.per[p] < 0 &&
			    (c->men.m[c->men.pm[p]].kind == PM_COUNTRY ||
			    c->men.m[c->men.pm[p]].kind == PM_PLACE);
		}
		if (ex_punct(c, q, ',') && ex_is(c, q + 1, W_AND) &&
		    ex_is(c, q + 2, W_TO))
			return q + 3 < s1 && c->men.pm[q + 3] >= 0 &&
			    c->ppl.per[q + 3] < 0 &&
			    (c->men.m[c->men.pm[q + 3]].kind == PM_COUNTRY ||
			    c->men.m[c->men.pm[q + 3]].kind == PM_PLACE);
	}
	return 0;
}

/*
 * 1 if the place at k ends a stay that came before a flight home: "flew
 * home after a week in Japan", "returned home following three days of
 * talks in Kenya".
 */
static int
ex_after_stay(const struct ex_ctx *c, int k, int s1)
{
	for (int a = k - 2; a >= 0 && a >= k - 8; a--) {
		if (c->tok.t[a].type == T_PUNCT)
			return 0;
		if (ex_is(c, a, W_AFTER) || ex_is(c, a, W_FOLLOWING))
			return ex_triggers_stay_in(c, a + 1, s1) && (ex_is(c,
			    k - 1,
			    W_IN) || ex_is(c, k - 1, W_AT) || (ex_is(c, k - 1,
			    W_THE) && (ex_is(c, k - 2, W_IN) || ex_is(c, k - 2,
			    W_AT))));
	}
	return 0;
}

/*
 * 1 if "between" at b follows the shuttling verb tr: "shuttled between
 * Cairo and Amman" names two stops, where "talks between Peru and Chile"
 * names parties.
 */
static int
ex_shuttle(const struct ex_ctx *c, int tr, int b)
{
	return (ex_is(c, tr, W_SHUTTLED) || ex_is(c, tr, W_SHUTTLES) ||
	    ex_is(c, tr, W_SHUTTLING)) && b - tr >= 1 && b - tr <= 2;
}

/*
 * 1 if the place at k ends an earlier trip before a return or a flight
 * home, or before a past arrival: "after visits to Peru and Chile",
 * "following a tour of Japan", "on the heels of her trip to Seoul", "in
 * the wake of his visit to Chile".
 */
static int
ex_after_trip(const struct ex_ctx *c, int k, int s1)
{
	int p = k - 1;

	if (ex_is(c, p, W_THE))
		p--;
	if (!(ex_is(c, p, W_TO) || ex_is(c, p, W_OF)) || p - 1 < 0 ||
	    !(c->tok.t[p - 1].cls & LX_NOUN) || !ex_triggers_is(c, p - 1, s1))
		return 0;
	for (int a = p - 2; a >= 0 && a >= p - 6; a--) {
		if (c->tok.t[a].type == T_PUNCT || c->men.pm[a] >= 0)
			return 0;
		if (ex_is(c, a, W_AFTER) || ex_is(c, a, W_FOLLOWING) ||
		    (ex_is(c, a, W_OF) && a - 1 >= 0 && (ex_is(c, a - 1,
		    W_HEELS) || ex_is(c, a - 1, W_WAKE))))
			return 1;
	}
	return 0;
}

/*
 * 1 if the place mention m names the scene of an event given as a cause
 * or a topic, not a stop: "after the earthquake in Haiti", "the war in
 * Syria", "elections in Peru".
 */
static int
ex_event_place(const struct ex_ctx *c, const struct ex_kbm *m)
{
	static const enum ex_word ev[] = { W_ATTACK, W_ATTACKS, W_BOMBING,
	    W_BOMBINGS, W_CONFLICT, W_COUP, W_CRISIS, W_CYCLONE, W_DISASTER,
	    W_DROUGHT, W_EARTHQUAKE, W_ELECTION, W_ELECTIONS, W_FAMINE,
	    W_FIGHTING, W_FLOODING, W_FLOODS, W_GENOCIDE, W_HURRICANE,
	    W_INVASION, W_MASSACRE, W_OUTBREAK, W_PROTESTS, W_TSUNAMI,
	    W_TYPHOON, W_UNREST, W_VIOLENCE, W_WAR };
	int p = m->t0 - 1;

	if (ex_is(c, p, W_THE))
		p--;
	if (!(ex_is(c, p, W_IN) || ex_is(c, p, W_ON) || ex_is(c, p, W_OF) ||
	    ex_is(c, p, W_AGAINST)))
		return 0;
	for (size_t i = 0; i < sizeof ev / sizeof ev[0]; i++)
		if (ex_is(c, p - 1, ev[i]))
			return 1;
	return 0;
}

/*
 * 1 if the place mention m follows "of" after a name that is no place:
 * a person ("President Putin of Russia") or a capitalised word that names
 * a thing ("the University of Copenhagen", "the Bank of Japan").  "the
 * Kingdom of Saudi Arabia", "the Republic of Korea" are places.
 */
static int
ex_of_name(const struct ex_ctx *c, const struct ex_kbm *m)
{
	static const enum ex_word place[] = { W_CAPITAL, W_CITY, W_COAST,
	    W_ISLAND, W_ISLANDS, W_KINGDOM, W_PORT, W_PROVINCE, W_REGION,
	    W_REPUBLIC, W_STATE };
	int o = m->t0 - 1, w = m->t0 - 2;
	const struct ex_tok *t;

	if (ex_is(c, o, W_THE)) {
		o--;
		w--;
	}
	if (w < 0 || !ex_is(c, o, W_OF))
		return 0;
	if (c->ppl.per[w] >= 0)
		return 1;
	t = &c->tok.t[w];
	if (t->type != T_WORD || !(t->flags & TF_CAP) || c->men.pmcov[w] >= 0 ||
	    (t->cls & (LX_HEAD | LX_MOD | LX_COMPL | LX_STOP | LX_MONTH |
	    LX_WEEKDAY)) || w == 0 || (c->tok.t[w - 1].type == T_PUNCT &&
	    c->tok.t[w - 1].ch != ',') || (c->tok.t[w].flags & TF_PARA))
		return 0;
	for (size_t i = 0; i < sizeof place / sizeof place[0]; i++)
		if (ex_is(c, w, place[i]))
			return 0;
	return 1;
}

/* Destinations after trigger tr: places in the clause, chained. */
/* "his visit to the country": the country last named before tr.  Fills
 * d[0] and returns 1, or 0. */
static int
ex_dests_the_country(const struct ex_ctx *c, int s1, int tr,
    struct ex_dest *d)
{
	if (ex_is(c, tr + 1, W_TO) && ex_is(c, tr + 2, W_THE) &&
	    ex_is(c, tr + 3, W_COUNTRY) && tr + 3 < s1) {
		for (int q = tr - 1; q >= 0; q--) {
			const struct ex_kbm *m;

			if (c->men.pm[q] < 0 || c->ppl.per[q] >= 0)
				continue;
			m = &c->men.m[c->men.pm[q]];
			if (m->kind != PM_COUNTRY ||
			    (c->tok.t[m->t1 - 1].flags &
			    TF_POSS))
				continue;
			/* not "Prime Minister X of India" */
			if (q >= 2 && ex_is(c, q - 1, W_OF) &&
			    c->ppl.per[q - 2] >= 0)
				continue;
			d[0].m = c->men.pm[q];
			d[0].t = tr + 3;
			d[0].from = 0;
			return 1;
		}
	}
	return 0;
}

/* 1 if a new clause or a comment starts at k: the list of stops ends. */
static int
ex_dests_clause_at(const struct ex_ctx *c, int s1, int k)
{
	const struct ex_tok *t = &c->tok.t[k];

	/* "X's Seoul visit, before heading to Hanoi": the
	 * participle is a trip of its own */
	if (ex_punct(c, k, ',') && (ex_is(c, k + 1, W_BEFORE) ||
	    ex_is(c, k + 1, W_AFTER)) && k + 2 < s1 &&
	    (c->tok.t[k + 2].cls & LX_VERB) && (c->tok.t[k + 2].arg >> 8) ==
	    F_ING && ex_triggers_is(c, k + 2, s1))
		return 1;
	/* "Following his visit to Africa, Wang will visit Brazil":
	 * a new clause with its own subject */
	if (ex_punct(c, k, ',') && k + 1 < s1 && c->ppl.per[k + 1] >= 0) {
		int e = k + 1;

		while (e + 1 < s1 && c->ppl.per[e + 1] == c->ppl.per[k + 1])
			e++;
		if (e + 1 < s1 && ((c->tok.t[e + 1].cls & LX_FUT) ||
		    ((c->tok.t[e + 1].cls & LX_VERB) &&
		    ex_triggers_is(c, e + 1, s1))))
			return 1;
	}
	/* ", with the conflict in Syria": a comment, not a stop */
	if (ex_punct(c, k, ',') && ex_is(c, k + 1, W_WITH) &&
	    (ex_is(c, k + 2, W_THE) || ex_is(c, k + 2, W_A)))
		return 1;
	if (t->cls & LX_BREAK && !ex_is(c, k, W_AFTER) &&
	    !ex_is(c, k, W_WHILE))
		return 1;
	return 0;
}

/*
 * 1 if the mention at k goes on a list whose previous item ended at end
 * (exclusive): only a comma, "and", "or" and "the" lie between ("sanctions
 * on Iran, Syria and Cuba", "between Sanaa, Yemen, and Amman").
 */
static int
ex_list_goes_on(const struct ex_ctx *c, int end, int k)
{
	if (end < 0 || end >= k)
		return 0;
	for (int q = end; q < k; q++)
		if (!ex_punct(c, q, ',') && !ex_is(c, q, W_AND) &&
		    !ex_is(c, q, W_OR) && !ex_is(c, q, W_THE))
			return 0;
	return 1;
}

/*
 * Mention t[k].pm after the trigger tr: an adjective or name part (gap
 * grows), a region, a country refining the last city, or the next stop
 * (appended to d, *np grows; "from X" after "home" an earlier stop).
 * Returns the token to go on after, or -1 when the list has ended.
 */
static int
ex_dests_mention(const struct ex_ctx *c, int s1, int tr, int k, int home,
    struct ex_dest *d, int *np, int *gapp, int *lastendp, int *skipendp)
{
	const struct ex_tok	*t = &c->tok.t[k];
	const struct ex_kbm	*m = &c->men.m[c->men.pm[t - c->tok.t]];
	int			 n = *np, gap = *gapp, lastend = *lastendp;
	int			 prev = k - 1;
	/* "leave Libya", "left Kyiv for Warsaw": the object of a
	 * departure is where the traveller was, not a destination */
	int			 left = (c->tok.t[tr].cls & LX_VERB) &&
	    (c->tok.t[tr].arg & 0xff) == V_LEAVE &&
	    !ex_triggers_noun_use(c, tr) && (prev == tr ||
	    (ex_is(c, prev, W_THE) && prev - 1 == tr));
	int			 ret = ((c->tok.t[tr].cls & LX_VERB) &&
	    (c->tok.t[tr].arg & 0xff) == V_RETURN) || home;
	/* a stop before the return: "after visits to Peru and Chile" */
	/* "arrived in Tokyo following her visit to Seoul": the trip
	 * passed by is done when the verb told is past */
	int			 past = (c->tok.t[tr].cls & LX_VERB) &&
	    !ex_triggers_noun_use(c, tr) && (c->tok.t[tr].arg >> 8) ==
	    F_PAST && k > tr + 2;
	int			 earlier = (ret && (ex_after_stay(c, k, s1) ||
	    ex_after_trip(c, k, s1))) || (past && ex_after_trip(c, k,
	    s1)) || (n > 0 && d[n - 1].from &&
	    ex_list_goes_on(c, lastend, k));

	if (ex_is(c, prev, W_THE))
		prev--;
	if (m->kind == PM_DEMONYM || m->kind == PM_OFFICIAL ||
	    m->kind == PM_ROLE) {
		k = m->t1 - 1;
		gap++;
		goto out;
	}
	/* a list after a topic's or a route's preposition is all topic:
	 * "sanctions on Iran, Syria and Cuba" */
	if (ex_list_goes_on(c, *skipendp, k) || ex_event_place(c, m) ||
	    ex_of_name(c, m) || (ex_is(c, prev, W_BETWEEN) &&
	    !ex_shuttle(c, tr, prev)) ||
	    (ex_is(c, prev, W_WITH) && !ex_with_stop(c, prev)) ||
	    ex_is(c, prev, W_AGAINST) || ex_is(c, prev, W_ON) ||
	    ex_is(c, prev, W_ABOUT) || ex_is(c, prev, W_THAN)) {
		*skipendp = m->t1;
		k = m->t1 - 1;
		gap++;
		if (gap > 6 && n > 0)
			k = -1;
		goto out;
	}
	/* adjectival: "U.S. officials", "Japan's" */
	if (ex_in_name(c, m, s1) ||
	    (c->tok.t[m->t1 - 1].flags & TF_POSS) ||
	    (m->t1 < s1 && c->tok.t[m->t1].type == T_WORD &&
	    (c->tok.t[m->t1].flags & TF_CAP) &&
	    c->men.pm[m->t1] < 0 && !(c->tok.t[m->t1].cls &
	    (LX_MONTH | LX_WEEKDAY)) &&
	    (!(c->tok.t[m->t1 - 1].flags & TF_DOT) ||
	    (c->tok.t[m->t1].cls & (LX_HEAD | LX_MOD |
	    LX_COMPL)))) ||
	    (m->t1 < s1 && c->ppl.per[m->t1] >= 0) ||
	    (ex_punct(c, m->t1, '-') && c->tok.t[m->t1].off ==
	    c->tok.t[m->t1 - 1].off + c->tok.t[m->t1 - 1].len) ||
	    (home && !ex_is(c, prev, W_FROM) && !earlier) ||
	    ex_modifier(c, m) || ex_the_attr(c, m, s1) ||
	    ex_of_topic(c, m, tr)) {
		k = m->t1 - 1;
		gap++;
		if (gap > 6 && n > 0)
			k = -1;
		goto out;
	}
	if (m->kind == PM_REGION) {
		k = m->t1 - 1;
		gap = 0;
		goto out;
	}
	/* "Kyiv, Ukraine": the country refines the city */
	if (n > 0 && m->kind == PM_COUNTRY &&
	    ex_punct(c, k - 1, ',') &&
	    strcmp(c->men.m[d[n - 1].m].cc, m->cc) == 0) {
		k = m->t1 - 1;
		lastend = m->t1;
		goto out;
	}
	lastend = m->t1;
	d[n].m = c->men.pm[t - c->tok.t];
	d[n].t = k;
	d[n].from = left ? 2 : ex_is(c, prev, W_FROM) || earlier;
	n++;
	gap = 0;
	k = m->t1 - 1;
out:
	*np = n;
	*gapp = gap;
	*lastendp = lastend;
	return k;
}

/* 1 if token k, before any stop, opens another clause: "... after X
 * urged China". */
static int
ex_dests_other_clause(const struct ex_ctx *c, int tr, int k, int n)
{
	const struct ex_tok *t = &c->tok.t[k];

	/* "... after X urged China": another clause, with a
	 * capitalised subject and a past-tense verb */
	if (n == 0 && t->type == T_WORD && t->cls == 0 &&
	    !(t->flags & TF_CAP) && t->len > 4 &&
	    strcmp(ex_fold(c, k) + strlen(ex_fold(c, k)) - 2,
	    "ed") == 0 && k - 1 > tr && c->tok.t[k - 1].type == T_WORD &&
	    !(c->tok.t[k - 1].flags & TF_POSS) &&
	    !(c->tok.t[k - 1].cls & (LX_VERB | LX_NOUN | LX_STOP)))
		return 1;
	return 0;
}

/*
 * 1 if token k opens another clause after the checks on persons: "the
 * forum, which also includes Japan", "told the Kremlin" before any stop;
 * "during which", or "will visit" after a past verb, after stops.
 */
static int
ex_dests_other_clause_late(const struct ex_ctx *c, int tr, int k, int n)
{
	const struct ex_tok *t = &c->tok.t[k];

	/* "a visit to the forum, which also includes Japan",
	 * "the summit, whose members are A and B": the members of
	 * the meeting, not stops */
	if (n == 0 && (ex_is(c, k, W_INCLUDES) || ex_is(c, k,
	    W_INCLUDE) || ex_is(c, k, W_INCLUDED) || ex_is(c, k,
	    W_GROUPS) || ex_is(c, k, W_COMPRISES) || ex_is(c, k,
	    W_MEMBERS))) {
		int rel = 0;

		for (int q = tr + 1; q < k; q++)
			if ((ex_is(c, q, W_WHICH) || ex_is(c, q,
			    W_WHOSE)) && ex_punct(c, q - 1, ','))
				rel = 1;
		if (rel)
			return 1;
	}
	/* "before X arrived a commentator told the Kremlin": a
	 * place spoken to in another clause is no stop */
	if (n == 0 && k > tr + 1 && (ex_is(c, k, W_TOLD) ||
	    ex_is(c, k, W_WARNED) || ex_is(c, k, W_ASSURED) ||
	    ex_is(c, k, W_INFORMED) || ex_is(c, k, W_URGED) ||
	    ex_is(c, k, W_ACCUSED)))
		return 1;
	/* "visit to Jeddah, during which Yemen figured" */
	if (n > 0 && (ex_is(c, k, W_WHICH) || ex_is(c, k, W_WHERE) ||
	    ex_is(c, k, W_DURING) || ex_is(c, k, W_WHOSE) ||
	    ex_is(c, k, W_WHO)))
		return 1;
	/* "left for A and will visit B": a future verb after a
	 * past one is a clause of its own, with its own tense */
	if ((t->cls & LX_VERB) && n > 0 && (c->tok.t[tr].cls & LX_VERB) &&
	    (c->tok.t[tr].arg >> 8) == F_PAST && ((c->tok.t[k - 1].cls &
	    LX_FUT) || ((c->tok.t[k - 2].cls & LX_FUT) &&
	    c->tok.t[k - 1].type == T_WORD)))
		return 1;
	return 0;
}

/* 1 if token k is inside "after/following <stay> in X": "after two
 * days of talks in Ottawa". */
static int
ex_dests_in_stay(const struct ex_ctx *c, int s1, int k)
{
	for (int a = k - 1; a >= 0 && a >= k - 5; a--) {
		if (c->tok.t[a].type == T_PUNCT)
			return 0;
		if (ex_is(c, a, W_AFTER) || ex_is(c, a, W_FOLLOWING))
			return ex_triggers_stay_in(c, a + 1, s1);
	}
	return 0;
}

/* 1 if a verb after the stops starts another trip ("the official visit
 * of Y") or "to" an infinitive ("to discuss"). */
static int
ex_dests_verb_after(const struct ex_ctx *c, int s1, int k, int n)
{
	const struct ex_tok *t = &c->tok.t[k];

	/* "the official visit of Y": another trip; but "after two days
	 * of talks in X" is the stay before the trip told */
	if ((t->cls & (LX_VERB | LX_MEET)) && n > 0 &&
	    !ex_is(c, k - 1, W_AFTER) && !ex_is(c, k - 2, W_AFTER) &&
	    !ex_dests_in_stay(c, s1, k) &&
	    (!ex_is(c, k, W_VISIT) || (ex_triggers_noun_use(c, k) &&
	    ex_is(c, k + 1, W_OF))) && !ex_is(c, k, W_STOPS) &&
	    !ex_is(c, k, W_HEADING) && !ex_is(c, k, W_CONTINUE) &&
	    !ex_is(c, k, W_TRAVEL))
		return 1;
	if (ex_is(c, k, W_TO) && k + 1 < s1 &&
	    c->tok.t[k + 1].type == T_WORD && !(c->tok.t[k + 1].flags &
	    TF_CAP) && !ex_is(c, k + 1, W_THE) && n > 0)
		return 1;	/* "to discuss" */
	return 0;
}

/*
 * 1 if the trigger at tr is an idiom or a verb of going on with a thing,
 * not of travel: "when it comes to Mexico", "continue to press China",
 * "continued those talks in Delhi".  "continued on to Singapore",
 * "continues to Peru", "continued Tuesday to Lima" travel.
 */
static int
ex_dests_no_travel(const struct ex_ctx *c, int s1, int tr)
{
	int v = c->tok.t[tr].arg & 0xff, n = tr + 1;

	if (!(c->tok.t[tr].cls & LX_VERB) || ex_triggers_noun_use(c, tr))
		return 0;
	if (v == V_COME && ex_is(c, tr - 1, W_IT))
		return 1;
	/* "left the door open", "left no doubt": a thing left, no
	 * place; "left the capital for Paris" travels */
	if (v == V_LEAVE && n + 1 < s1 && (ex_is(c, n, W_THE) ||
	    ex_is(c, n, W_A) || ex_is(c, n, W_AN) || ex_is(c, n, W_NO)) &&
	    c->tok.t[n + 1].type == T_WORD && c->men.pmcov[n + 1] < 0 &&
	    !(c->tok.t[n + 1].flags & TF_CAP) &&
	    !ex_is(c, n + 1, W_CAPITAL) && !ex_is(c, n + 1, W_COUNTRY) &&
	    !ex_is(c, n + 1, W_CITY) && !ex_is(c, n + 1, W_ISLAND) &&
	    !ex_is(c, n + 1, W_REGION) && !ex_triggers_is(c, n + 1, s1))
		return 1;
	if (v != V_CONTINUE || n >= s1)
		return 0;
	if (ex_is(c, n, W_TO))
		return n + 1 < s1 && c->tok.t[n + 1].type == T_WORD &&
		    !(c->tok.t[n + 1].flags & TF_CAP) &&
		    !ex_is(c, n + 1, W_THE) && c->men.pm[n + 1] < 0;
	return c->tok.t[n].type == T_WORD && !ex_is(c, n, W_ON) &&
	    !ex_is(c, n, W_ONWARD) && !ex_is(c, n, W_ONWARDS) &&
	    !ex_is(c, n, W_IN) && !ex_is(c, n, W_FROM) &&
	    !ex_is(c, n, W_HIS) && !ex_is(c, n, W_HER) &&
	    !ex_is(c, n, W_THEIR) && !ex_is(c, n, W_ITS) &&
	    !(c->tok.t[n].cls & (LX_WEEKDAY | LX_RELDAY | LX_MONTH |
	    LX_TIMEMOD)) && c->men.pm[n] < 0;
}

/*
 * The ')' closing the bracket at k right after a stop, when it holds only
 * that stop's dates ("Hungary (November 28-29) and Bulgaria"), else -1.
 */
static int
ex_dests_bracket(const struct ex_ctx *c, int s1, int k)
{
	int q = k + 1;

	while (q < s1 && q < k + 14 && !ex_punct(c, q, ')') &&
	    c->men.pm[q] < 0 && c->ppl.per[q] < 0 &&
	    !(c->tok.t[q].cls & (LX_VERB | LX_BREAK)))
		q++;
	return ex_punct(c, q, ')') ? q : -1;
}

/*
 * 1 if the ';' (or "; and") at k right after a stop goes on to another
 * stop, a country or place: "Buenos Aires, Argentina; Quito, Ecuador".
 */
static int
ex_dests_semicolon_stop(const struct ex_ctx *c, int s1, int k, int lastend)
{
	return (ex_punct(c, k, ';') || (ex_is(c, k, W_AND) &&
	    ex_punct(c, k - 1, ';'))) && k - 1 <= lastend && k + 1 < s1 &&
	    c->men.pm[k + 1] >= 0 && c->ppl.per[k + 1] < 0 &&
	    (c->men.m[c->men.pm[k + 1]].kind == PM_COUNTRY ||
	    c->men.m[c->men.pm[k + 1]].kind == PM_PLACE);
}

/*
 * The stops of d[0..n) that a finite verb right after the list leaves to
 * the trigger: in "was visiting Japan, China and Russia conducted a
 * patrol" the items after the last comma are the next clause's subject.
 */
static int
ex_dests_subject_cut(const struct ex_ctx *c, int s1, const struct ex_dest *d,
    int n, int lastend)
{
	const struct ex_tok	*t;
	const char		*f;
	size_t			 fl;
	int			 past, comma = -1, k;

	if (n < 2 || lastend < 0 || lastend + 1 >= s1 ||
	    c->ppl.per[lastend] >= 0)
		return n;
	t = &c->tok.t[lastend];
	if (t->type != T_WORD || (t->flags & TF_CAP))
		return n;
	f = ex_fold(c, lastend);
	fl = strlen(f);
	past = ((t->cls & LX_VERB) && (t->arg >> 8) == F_PAST) ||
	    ex_is(c, lastend, W_HELD) ||
	    (t->cls == 0 && fl > 4 && strcmp(f + fl - 2, "ed") == 0);
	if (!past || ex_triggers_is(c, lastend, s1) ||
	    !(ex_is(c, lastend + 1, W_A) || ex_is(c, lastend + 1, W_AN) ||
	    ex_is(c, lastend + 1, W_THE) || ex_is(c, lastend + 1, W_ITS) ||
	    ex_is(c, lastend + 1, W_THEIR)))
		return n;
	for (k = d[n - 1].t - 1; k > d[0].t; k--)
		if (ex_punct(c, k, ',')) {
			comma = k;
			break;
		}
	if (comma < 0)
		return n;
	for (k = 0; k < n && d[k].t < comma; k++)
		;
	return k;
}

int
ex_dests_find(struct ex_ctx *c, int s1, int tr, struct ex_dest *d, int max)
{
	int n = 0, gap = 0, k;
	int home = 0, lastend = -1, skipend = -1;

	if (ex_dests_no_travel(c, s1, tr))
		return 0;
	if (ex_dests_the_country(c, s1, tr, d))
		return 1;
	/* "will arrive here next week, with the conflict in Syria ...":
	 * "here" is the place */
	if (ex_is(c, tr + 1, W_HERE))
		return 0;
	for (k = tr + 1; k < s1 && n < max; k++) {
		const struct ex_tok *t = &c->tok.t[k];

		if (ex_dests_clause_at(c, s1, k))
			break;
		/* "Hungary (November 28-29) and Bulgaria": a bracket
		 * right after a stop holds its dates, not another clause */
		if (ex_punct(c, k, '(') && n > 0 && k == lastend) {
			int q = ex_dests_bracket(c, s1, k);

			if (q >= 0) {
				k = q;
				lastend = q + 1;
				continue;
			}
		}
		/* "Buenos Aires, Argentina; Quito, Ecuador": a list of
		 * stops may be cut by semicolons */
		if (ex_punct(c, k, ';') && n > 0 && k == lastend &&
		    k + 1 < s1 && ex_is(c, k + 1, W_AND))
			k++;	/* "Baku, Azerbaijan; and Yerevan" */
		if (n > 0 && ex_dests_semicolon_stop(c, s1, k, lastend))
			continue;
		if (ex_is(c, k, W_AND) && ex_punct(c, k - 1, ';'))
			break;
		if (t->type == T_PUNCT && (t->ch == ';' || t->ch == '(' ||
		    t->ch == '"'))
			break;
		/* "on his way back from Japan": Japan is the last stop,
		 * not home */
		if ((ex_is(c, k, W_BACK) || ex_is(c, k, W_HOME)) &&
		    !ex_is(c, k + 1, W_FROM))
			home = 1;
		/* "Gabon for a summit, followed by Angola, then Congo, and
		 * finally Chad": the chain goes on */
		if (n > 0 && ((ex_is(c, k, W_FOLLOWED) && ex_is(c, k + 1,
		    W_BY)) || ex_is(c, k, W_THEN) || ex_is(c, k, W_FINALLY))) {
			gap = 0;
			continue;
		}
		if (c->men.pm[t - c->tok.t] >= 0 &&
		    c->ppl.per[t - c->tok.t] >= 0) {
			/* part of a name */
			k = c->men.m[c->men.pm[t - c->tok.t]].t1 - 1;
			continue;
		}
		if (c->men.pm[t - c->tok.t] >= 0) {
			if ((k = ex_dests_mention(c, s1, tr, k, home, d, &n,
			    &gap, &lastend, &skipend)) < 0)
				break;
			continue;
		}
		if (c->ppl.per[t - c->tok.t] >= 0 && n > 0)
			break;
		if (ex_dests_other_clause(c, tr, k, n))
			break;
		/* "... after Prime Minister X urged China": another
		 * person's clause */
		if (c->ppl.per[t - c->tok.t] >= 0 && n == 0) {
			int e = k, b = k;

			while (e + 1 < s1 &&
			    c->ppl.per[e + 1] == c->ppl.per[t - c->tok.t])
				e++;
			while (b - 1 > tr &&
			    c->ppl.per[b - 1] == c->ppl.per[t - c->tok.t])
				b--;
			/* "Visit by Vice-Minister X to Barbados" */
			if ((ex_is(c, b - 1, W_BY) || ex_is(c, b - 1, W_OF)) &&
			    ex_is(c, e + 1, W_TO) && ex_triggers_noun_use(c,
			    tr)) {
				k = e;
				continue;
			}
			if (e + 1 < s1 && c->tok.t[e + 1].type == T_WORD &&
			    !(c->tok.t[e + 1].flags & TF_CAP) &&
			    !(c->tok.t[e].flags & TF_POSS) &&
			    !(c->tok.t[e + 1].cls & (LX_STOP | LX_FUT |
			    LX_TIMEMOD |
			    LX_RELDAY | LX_ONGOING)))
				break;
		}
		if (ex_dests_other_clause_late(c, tr, k, n))
			break;
		/* "to Oslo for a meeting, to Manila": the list goes on */
		if (n > 0 && (k == lastend || (k == lastend + 1 &&
		    ex_punct(c, lastend, ','))) && (ex_is(c, k, W_FOR) ||
		    ex_is(c, k, W_TO)) && ex_next_to_stop(c, k, s1)) {
			while (k + 1 < s1 && !ex_is(c, k + 1, W_TO))
				k++;
			gap = 0;
			continue;
		}
		if (ex_dests_verb_after(c, s1, k, n))
			break;
		/* "Oslo, Norway, on May 3-5, and to Nairobi": a stop's
		 * dates do not part it from the next stop */
		if (n > 0 && ((t->cls & (LX_MONTH | LX_WEEKDAY)) ||
		    t->type == T_NUM || ex_punct(c, k, '-') ||
		    ex_is(c, k, W_ON) || ex_is(c, k, W_FROM)))
			continue;
		gap++;
		if (gap > (n > 0 ? 6 : 9))
			break;
	}
	return ex_dests_subject_cut(c, s1, d, n, lastend);
}

/* 1 if the person mention covering k follows "by": "visits to India
 * by X in December", the visitor, not another clause's subject. */
static int
ex_agent(const struct ex_ctx *c, int k)
{
	int b = k;

	while (b - 1 >= 0 && c->ppl.per[b - 1] == c->ppl.per[k])
		b--;
	return ex_is(c, b - 1, W_BY);
}

/* 1 if time b is not a second part of time a: far from it, or in a
 * clause of its own ("on June 2-9 and attend a summit on June 5"). */
static int
ex_times_apart(const struct ex_ctx *c, const struct ex_time *a,
    const struct ex_time *b)
{
	if (b->t0 > a->t1 + 6)
		return 1;
	for (int k = a->t1; k < b->t0; k++)
		if (c->tok.t[k].cls & (LX_VERB | LX_MEET))
			return 1;
	return 0;
}

/* 1 if the person covering k owns the time at t0: "to attend President
 * X's Nov. 19 inauguration". */
static int
ex_owner_of(const struct ex_ctx *c, int k, int t0)
{
	int e = k;

	while (e + 1 < c->tok.nt && c->ppl.per[e + 1] == c->ppl.per[k])
		e++;
	return (c->tok.t[e].flags & TF_POSS) && e + 1 == t0;
}

/* The time expression for destination index di at token dt. */
/*
 * The number of times in x[0..nx) that may date the stops d[0..nd): a
 * time after another trigger, a "since" or "when" clause, an
 * arrangement's or a report's day ends the list.
 */
static int
ex_dests_times_usable(const struct ex_ctx *c, const struct ex_time *x,
    int nx, const struct ex_dest *d, int nd)
{
	/* a time after another trigger belongs to it: "is on a visit to X
	 * and leaves for Y on Wednesday" */
	for (int i = 0; i < nx; i++) {
		int blocked = 0;

		for (int k = d[nd - 1].t + 1; k < x[i].t0; k++)
			if (ex_triggers_is(c, k, x[i].t0) || ((c->tok.t[k].cls &
			    LX_VERB) && (c->tok.t[k].arg & 0xff) == V_RETURN) ||
			    (c->tok.t[k].cls & LX_BREAK) ||
			    (c->ppl.per[k] >= 0 &&
			    !ex_agent(c, k) && !ex_owner_of(c, k, x[i].t0)) ||
			    ex_is(c, k, W_SINCE) || ex_is(c, k, W_BECAUSE) ||
			    ex_is(c, k, W_WHEN) || ex_is(c, k, W_UNTIL) ||
			    /* "the visit to X was agreed in February": the
			     * arrangement's time */
			    ((ex_is(c, k - 1, W_WAS) || ex_is(c, k - 1,
			    W_WERE)) && (ex_is(c, k, W_AGREED) ||
			    ex_is(c, k, W_DECIDED) ||
			    ex_is(c, k, W_ARRANGED) ||
			    ex_is(c, k, W_DISCUSSED) ||
			    ex_is(c, k, W_PROPOSED) ||
			    ex_is(c, k, W_CONFIRMED) ||
			    ex_is(c, k, W_ANNOUNCED))) ||
			    /* ", media reported Tuesday": the report's day */
			    ((ex_is(c, k, W_REPORTED) || ex_is(c, k, W_SAID) ||
			    ex_is(c, k, W_ANNOUNCED)) && k - 1 > d[nd - 1].t &&
			    x[i].t0 <= k + 2) ||
			    /* "to discuss the summit, which is due in
			     * June": a relative clause's time */
			    (ex_is(c, k, W_WHICH) && ex_punct(c, k - 1, ',')))
				blocked = 1;	/* another clause's time */
		if (blocked)
			return i;
	}
	return nx;
}

/* 1 if time x before the trigger tr belongs to another place or to a
 * telling: "in Manila on June 3, then continue to Hanoi", "told Sputnik
 * on January 31". */
static int
ex_dests_time_claimed(const struct ex_ctx *c, int s0,
    const struct ex_time *x, int tr)
{
	int claimed = 0;

	/* the time nearest the trigger: "conclude on June
	 * 24, after which he will leave for Egypt" */
	/* "in Manila on June 3, then continue to Hanoi" */
	for (int k = x->t0 - 3 > s0 ? x->t0 - 3 :
	    s0; k < tr; k++)
		if (c->men.pm[k] >= 0 && (c->men.m[c->men.pm[k]].kind ==
		    PM_PLACE || c->men.m[c->men.pm[k]].kind ==
		    PM_COUNTRY) && c->ppl.per[k] < 0 &&
		    !(c->tok.t[c->men.m[c->men.pm[k]].t1 - 1].flags &
		    TF_POSS) && !(ex_is(c, k - 1, W_TO) &&
		    (ex_is(c, k - 2, W_ROUTE) || ex_is(c, k - 2,
		    W_WAY))) && !(ex_is(c, k - 1, W_OF) &&
		    k - 2 >= 0 && c->ppl.per[k - 2] >= 0))
			claimed = 1;	/* not "Japan's",
					 * "en route to X" */
	/* "told Sputnik on January 31 of X's planned
	 * visit": the day of the telling */
	for (int k = x->t0 - 1; k >= s0 &&
	    k >= x->t0 - 3; k--)
		if (ex_is(c, k, W_TOLD) ||
		    ex_is(c, k, W_SAID) ||
		    ex_is(c, k, W_ANNOUNCED) ||
		    ex_is(c, k, W_REPORTED) ||
		    ex_is(c, k, W_STATED))
			claimed = 1;
	return claimed;
}

const struct ex_time *
ex_dests_time(struct ex_ctx *c, int s0, const struct ex_time *x, int nx,
    const struct ex_dest *d, int nd, int di, int tr, int *xend, int *weak,
    struct ex_time *tail)
{
	int lo = d[di].t, hi = di + 1 < nd ? d[di + 1].t : 1 << 30;
	int single = 0;

	*xend = 0;
	*weak = 0;
	nx = ex_dests_times_usable(c, x, nx, d, nd);
	/* one overall range after the last stop: first stop gets its start,
	 * the last stop its end */
	/* stops dated one by one: "Panama from April 24 to 25, Colombia
	 * from April 25 to 27" */
	for (int i = 0; i < nx && nd > 1; i++)
		if (x[i].t0 > d[0].t && x[i].t0 < d[nd - 1].t)
			single = 1;
	/* "visited A, B and C in November": a month after the list is
	 * every stop's */
	for (int i = 0; i < nx && nd > 1 && !single; i++)
		if (x[i].t0 > d[nd - 1].t && x[i].prec == LEG_PREC_MONTH &&
		    x[i].start != WHEN_DAY_NONE && !x[i].vague &&
		    (i + 1 == nx || ex_times_apart(c, &x[i], &x[i + 1]))) {
			*weak = 1;
			return &x[i];
		}
	/* one date after an undated list: the trip's start, the first
	 * stop's ("will visit A, B and C beginning Friday") */
	if (nd > 1 && !single) {
		for (int i = 0; i < nx; i++)
			if (x[i].t0 > d[nd - 1].t &&
			    x[i].end == WHEN_DAY_NONE &&
			    x[i].start != WHEN_DAY_NONE && i + 1 == nx &&
			    (x[i].t0 > d[nd - 1].t + 2 || ex_is(c, x[i].t0 -
			    1, W_BEGINNING) || ex_is(c, x[i].t0 - 1,
			    W_STARTING) || ex_is(c, x[i].t0 - 1, W_FROM)) &&
			    (i == 0 ||
			    x[i - 1].t0 < d[nd - 1].t)) {
				*weak = 1;
				return di == 0 ? &x[i] : NULL;
			}
	}
	if (nd > 1 && !single) {
		for (int i = 0; i < nx; i++)
			if (x[i].t0 > d[nd - 1].t &&
			    x[i].end != WHEN_DAY_NONE &&
			    (i + 1 == nx || ex_times_apart(c, &x[i], &x[i + 1]))) {
				*weak = 1;
				if (di == 0)
					return &x[i];
				if (di < nd - 1)
					return NULL;
				*tail = x[i];
				tail->start = x[i].end;
				tail->end = WHEN_DAY_NONE;
				return tail;
			}
	}
	for (int i = 0; i < nx; i++)
		if (x[i].t0 > lo && x[i].t0 < hi &&
		    (x[i].start != WHEN_DAY_NONE ||
		    x[i].vague))
			return *xend = 1, &x[i];
	if (di == 0) {
		/* "to Fiji and Tonga from Tuesday, then to Samoa on
		 * Friday": the first time after the first stop */
		for (int i = 0; i < nx && nd > 1 && single; i++)
			if (x[i].t0 > d[0].t && (x[i].start != WHEN_DAY_NONE ||
			    x[i].vague) && ex_is(c,
			    d[0].t + (c->men.m[d[0].m].t1 -
			    c->men.m[d[0].m].t0), W_AND))
				return &x[i];
		for (int i = 0; i < nx; i++)
			if ((x[i].start != WHEN_DAY_NONE || x[i].vague) &&
			    (nd == 1 ||
			    x[i].t0 < d[0].t || x[i].t0 > d[nd - 1].t) &&
			    x[i].t0 > tr)
				return *xend = nd == 1, &x[i];
		for (int i = nx - 1; i >= 0; i--)
			if ((x[i].start != WHEN_DAY_NONE || x[i].vague) &&
			    x[i].t0 < tr &&
			    !ex_dests_time_claimed(c, s0, &x[i], tr))
				return &x[i];
	}
	return NULL;
}

/*
 * The place named before a trip noun: "Tillerson's two-day Seoul visit",
 * "his Japan trip".  The mention index, or -1.
 */
int
ex_dests_before(const struct ex_ctx *c, int s0, int tr)
{
	int k = tr - 1, pm;
	const struct ex_kbm *m;

	if (!(c->tok.t[tr].cls & LX_NOUN) || k <= s0 || (c->men.pm[k] < 0 &&
	    c->men.pmcov[k] < 0))
		return -1;
	pm = c->men.pmcov[k] >= 0 ? c->men.pmcov[k] : c->men.pm[k];
	m = &c->men.m[pm];
	if ((m->kind != PM_PLACE && m->kind != PM_COUNTRY) || m->t1 != tr ||
	    c->ppl.per[k] >= 0 || (c->tok.t[k].flags & TF_POSS))
		return -1;
	/* "During a White House visit Thursday, X ...": an opening
	 * phrase, its subject after the comma */
	k = m->t0 - 1;
	if (k - 1 >= s0 && (ex_is(c, k, W_A) || ex_is(c, k, W_AN)) &&
	    (ex_is(c, k - 1, W_DURING) || ex_is(c, k - 1, W_AFTER)) &&
	    k - 1 == s0)
		return pm;
	/* owned by someone: "X's", "his", "her" before it */
	for (k = m->t0 - 1; k >= s0 && k >= m->t0 - 3; k--) {
		if ((c->tok.t[k].flags & TF_POSS) && c->ppl.per[k] >= 0)
			return pm;
		if (ex_is(c, k, W_HIS) || ex_is(c, k, W_HER))
			return pm;
		if (c->tok.t[k].type != T_WORD ||
		    (c->tok.t[k].flags & TF_CAP) ||
		    (c->tok.t[k].cls & ~LX_MOD) != 0)
			break;
	}
	return -1;
}

/*
 * The places listed before a trip noun that takes them as its stops:
 * "will meet leaders in Hungary, Poland and Romania on a nine-day trip",
 * "hold talks in Cairo and Amman during a week-long tour".  Only "in" and
 * a list of places, then "on" or "during", an article and at most four
 * words before the noun.
 */
int
ex_dests_list_before(const struct ex_ctx *c, int s0, int tr,
    struct ex_dest *d, int max)
{
	int k = tr - 1, n = 0, end, q;

	if (!(c->tok.t[tr].cls & LX_NOUN))
		return 0;
	while (k > s0 && k >= tr - 5 && !ex_is(c, k, W_A) &&
	    !ex_is(c, k, W_AN) && !ex_is(c, k, W_HIS) && !ex_is(c, k, W_HER)
	    && !ex_is(c, k, W_THEIR))
		k--;
	if (k <= s0 || k < tr - 5 || !(ex_is(c, k - 1, W_ON) ||
	    ex_is(c, k - 1, W_DURING)))
		return 0;
	end = k - 1;
	/* walk back over "A, B and C" to "in" */
	q = end - 1;
	for (;;) {
		int pm;

		if (q <= s0 || (c->men.pm[q] < 0 && c->men.pmcov[q] < 0))
			return 0;
		pm = c->men.pmcov[q] >= 0 ? c->men.pmcov[q] :
		    c->men.pm[q];
		if ((c->men.m[pm].kind != PM_PLACE && c->men.m[pm].kind !=
		    PM_COUNTRY) || c->ppl.per[q] >= 0)
			return 0;
		q = c->men.m[pm].t0 - 1;
		if (n < max) {
			d[n].m = pm;
			d[n].from = 0;
			d[n].t = tr;
			n++;
		}
		if (ex_is(c, q, W_AND) && ex_punct(c, q - 1, ','))
			q -= 2;
		else if (ex_is(c, q, W_AND) || ex_punct(c, q, ','))
			q--;
		else if (ex_is(c, q, W_IN))
			break;
		else
			return 0;
		if (ex_is(c, q, W_THE))
			q--;
	}
	/* written order */
	for (int a = 0, b = n - 1; a < b; a++, b--) {
		struct ex_dest t = d[a];

		d[a] = d[b];
		d[b] = t;
	}
	return n;
}
