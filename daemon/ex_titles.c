/*
 * ex_titles: titles and the names that follow them.
 *
 * Input: c->tok, c->men.  Output: struct ex_title for a title head at
 * token h ("Foreign Minister", "Secretary of State", "U.S. Agriculture
 * Secretary"): its tokens, the name tokens after it, the head and country
 * when the title says them.  Writes nothing into the context.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_times.h"
#include "ex_titles.h"
#include "kb.h"
#include "ex_tokens.h"

/* 1 if token i can be part of a person's name. */
static int
ex_namey(const struct ex_ctx *c, int i)
{
	const struct ex_tok *t;

	if (i < 0 || i >= c->tok.nt)
		return 0;
	t = &c->tok.t[i];
	if (t->type != T_WORD)
		return 0;
	if (t->cls & LX_PART)
		return 1;
	if ((t->flags & TF_UPPER) && t->cls != 0 && !(t->flags & TF_DOT))
		return 0;	/* "WILL MEET" in capitals */
	if (!(t->flags & TF_CAP)) {
		const char *f = c->tok.fold.data + t->fold;

		/* "al-Oteiba", "el-Sisi" */
		return (strncmp(f, "al-", 3) == 0 || strncmp(f, "el-", 3) == 0)
		    && ex_tokens_upper_cp((unsigned char)c->text[t->off + 3]);
	}
	if (t->cls & (LX_STOP | LX_WEEKDAY | LX_HEAD | LX_RELDAY |
	    LX_HONOR | LX_PRON_S | LX_PRON_P))
		return 0;
	/* a heading's verb: "Victoria Nuland Travels to India" */
	if ((t->cls & (LX_VERB | LX_NOUN)) && ex_is(c, i + 1, W_TO) &&
	    !(c->tok.t[i + 1].flags & TF_CAP))
		return 0;
	/* "Jan" the name, "Jan. 5" the month */
	if ((t->cls & LX_MONTH) && ((t->flags & TF_DOT) || ex_times_day(c,
	    i + 1) > 0
	    || t->len > 4))
		return 0;
	if (c->men.pmcov[t - c->tok.t] >= 0) {
		const struct ex_kbm *m =
		    &c->men.m[c->men.pmcov[t - c->tok.t]];

		if (m->kind == PM_OFFICIAL)
			return 1;
		if (m->kind == PM_PLACE && (m->flags & KB_F_PERSON))
			return 1;
		if (m->kind == PM_PLACE && (m->flags & KB_F_HOMONYM) &&
		    m->t1 - m->t0 == 1)
			return 1;
		return 0;
	}
	return 1;
}

/*
 * A name starting at i: capitalised words, initials, particles; at most
 * 5 words, ending at a possessive.  Returns the end token or i.
 */
int
ex_titles_name_at(const struct ex_ctx *c, int i, int end)
{
	int j = i;

	while (j < end && (c->tok.t[j].cls & LX_HONOR))
		j++;
	i = j;
	/* "Minister for Trade Negotiations": not a name */
	if (j < end && (c->tok.t[j].cls & (LX_COMPL | LX_MOD)) &&
	    !(c->tok.t[j].cls & LX_PART))
		return j;
	while (j < end && j - i < 5 && (ex_namey(c, j) || (j > i &&
	    c->men.pmcov[j] >= 0 && c->men.m[c->men.pmcov[j]].t1 == j + 1 &&
	    c->men.m[c->men.pmcov[j]].kind == PM_PLACE && (j + 1 >= end ||
	    !(c->tok.t[j + 1].flags & TF_CAP))))) {
		if ((c->tok.t[j].cls & LX_PART) && !(j + 1 < end &&
		    ex_namey(c, j + 1)))
			break;
		j++;
		if (c->tok.t[j - 1].flags & TF_POSS)
			break;
	}
	/* "(Prime Minister Yasuhiro) Nakasone" */
	if (j > i && j + 1 < end && ex_punct(c, j, ')') && ex_namey(c, j + 1) &&
	    !(c->tok.t[j - 1].flags & TF_POSS)) {
		int k = j + 1;

		while (k < end && k - i < 6 && ex_namey(c, k)) {
			k++;
			if (c->tok.t[k - 1].flags & TF_POSS)
				break;
		}
		j = k;
	}
	/* a name does not end with a particle or start with one */
	while (j > i && (c->tok.t[j - 1].cls & LX_PART))
		j--;
	/* newswire capitals: "ambassador to the U.S. Suggested that" */
	if (j == i + 1) {
		const char	*f = c->tok.fold.data + c->tok.t[i].fold;
		size_t		 fl = strlen(f);

		if ((fl > 4 && strcmp(f + fl - 2, "ed") == 0) ||
		    (fl > 5 && strcmp(f + fl - 3, "ing") == 0))
			return i;
	}
	if (j > i && (c->tok.t[i].cls & LX_PART) &&
	    !(c->tok.t[i].flags & TF_CAP))
		return i;
	return j;
}

/* 1 if the head at h, with its modifiers [t0, h), names a labelled role. */
int
ex_titles_labelled(const struct ex_ctx *c, int s0, int t0, int h, int t1)
{
	int head = c->tok.t[h].arg;

	for (int i = t0 - 2; i < t1; i++) {
		if (i < s0)
			continue;
		if (c->tok.t[i].cls & LX_NOTLAB)
			return 0;
	}
	/* civil-service grades: "joint secretary", "permanent secretary",
	 * "additional secretary", "principal secretary" */
	if (head == H_SECRETARY && h - 1 >= s0 && (ex_is(c, h - 1, W_JOINT) ||
	    ex_is(c, h - 1, W_PERMANENT) || ex_is(c, h - 1, W_ADDITIONAL) ||
	    ex_is(c, h - 1, W_PRINCIPAL) || ex_is(c, h - 1, W_PRESS)))
		return 0;
	/* "Secretary General", "Secretary-General" of the UN, NATO or a
	 * party: no government's official */
	if (head == H_SECRETARY && ex_is(c, h + 1, W_GENERAL))
		return 0;
	/* "secretary of the ruling party", "X, leader of the party": a
	 * party official */
	for (int i = h + 1; i < c->tok.nt && i < h + 8; i++) {
		if (c->tok.t[i].type == T_PUNCT || (c->tok.t[i].cls &
		    (LX_VERB | LX_BREAK)) || c->ppl.per[i] >= 0)
			break;
		if (ex_is(c, i, W_PARTY) && (ex_is(c, h + 1, W_OF) ||
		    ex_is(c, h + 1, W_GENERAL)))
			return 0;
	}
	/* "Deputy Assistant Secretary" */
	for (int i = t0; i + 1 < h + 1; i++)
		if (ex_is(c, i, W_DEPUTY) && ex_is(c, i + 1, W_ASSISTANT))
			return 0;
	switch (head) {
	case H_LEADER:
		/* "Polish leader", not "party leader" */
		return t0 < h && c->men.pmcov[t0] >= 0 &&
		    c->men.m[c->men.pmcov[t0]].kind == PM_DEMONYM;
	case H_REPRESENTATIVE:
		for (int i = t0; i < h; i++)
			if (ex_is(c, i, W_TRADE) || ex_is(c, i, W_SPECIAL) ||
			    ex_is(c, i, W_PERMANENT))
				return 1;
		return 0;
	case H_PRINCE:
		for (int i = t0; i < h; i++)
			if (ex_is(c, i, W_CROWN))
				return 1;
		return 0;
	case H_CHAIRMAN:
		/* Chairman of the Council of State / of the Presidium */
		for (int i = h; i < t1; i++)
			if (ex_is(c, i, W_STATE) || ex_is(c, i, W_PRESIDIUM))
				return 1;
		return 0;
	}
	return 1;
}

/*
 * Reads a title whose head is at h: modifiers before, complement after
 * ("of State", "for Foreign Affairs", "to Australia"), then a name.
 */
/*
 * 1 if the comma at q goes on with a list of portfolios in a title, "for
 * Civilian Security, Democracy, and Human Rights X", not with a name in
 * apposition ("for External Affairs, Pabitra X,").
 */
static int
ex_title_comma(const struct ex_ctx *c, int q, int s1)
{
	int e, n = q + 1;

	if (!ex_punct(c, q, ',') || q + 1 >= s1)
		return 0;
	if (ex_is(c, n, W_AND))
		n++;
	if (ex_is(c, n, W_THE))
		n++;
	if (n >= s1 || !(c->tok.t[n].flags & TF_CAP) || c->ppl.per[n] >= 0 ||
	    (c->tok.t[n].cls & (LX_HEAD | LX_VERB)))
		return 0;
	e = ex_titles_name_at(c, q + 1, s1);
	if (e > q + 2 && (ex_punct(c, e, ',') || e >= s1))
		return 0;
	return 1;
}

/*
 * The title's words left of its head h: modifiers ("Deputy Foreign"), a
 * country or demonym (its code into ti->cc), "Pentagon chief", a country
 * possessive ("Indonesia's").  Returns the title's first token.
 */
static int
ex_title_left(const struct ex_ctx *c, int h, int s0, struct ex_title *ti)
{
	int i = h;

	/* modifiers to the left */
	while (i - 1 >= s0) {
		const struct ex_tok *t = &c->tok.t[i - 1];

		if (t->type == T_PUNCT && t->ch == '-' && i - 2 >= s0 &&
		    (c->tok.t[i - 2].cls & LX_MOD)) {	/* Vice-Minister */
			i--;
			continue;
		}
		if (t->type != T_WORD || (t->flags & TF_POSS) ||
		    c->ppl.per[t - c->tok.t] >= 0)
			break;
		if (c->men.pmcov[t - c->tok.t] >= 0) {
			const struct ex_kbm *m = &c->men.m[c->men.pmcov[t -
			    c->tok.t]];

			if (m->kind == PM_DEMONYM || m->kind == PM_COUNTRY) {
				if (ti->cc[0] == '\0')
					memcpy(ti->cc, m->cc, 3);
				i = m->t0;
				continue;
			}
			if ((m->kind == PM_PLACE && m->t1 == i) ||
			    m->kind == PM_ROLE) {
				/* "Pentagon chief", "Kremlin" */
				i = m->t0;
				continue;
			}
			break;
		}
		if (t->cls & (LX_MOD | LX_HEAD | LX_NOTLAB | LX_COMPL))
			i--;
		else if ((t->flags & TF_CAP) && !(t->cls & (LX_STOP |
		    LX_MONTH | LX_WEEKDAY | LX_PRON_S | LX_PRON_P |
		    LX_RELDAY | LX_HONOR)) && c->tok.t[i].flags & TF_CAP &&
		    (t->flags & TF_UPPER || !(t->flags & TF_PARA) ||
		    i - 1 == s0))
			i--;	/* "Corporate Affairs Minister", "MITI" */
		else if (ex_is(c, i - 1, W_AND) && i - 2 >= s0 &&
		    (c->tok.t[i - 2].cls & LX_COMPL))
			i--;
		else
			break;
	}
	/* A country possessive before: "Indonesia's Foreign Minister" */
	if (i - 1 >= s0 && (c->tok.t[i - 1].flags & TF_POSS) &&
	    c->men.pmcov[i - 1] >= 0) {
		const struct ex_kbm *m = &c->men.m[c->men.pmcov[i - 1]];

		if (m->kind == PM_COUNTRY || m->kind == PM_PLACE)
			if (ti->cc[0] == '\0')
				memcpy(ti->cc, m->cc, 3);
	}
	return i;
}

/*
 * Title-case words the lexicon lacks after the complement word at k: "for
 * East Asian and Pacific Affairs Daniel Roe" ends at the last complement
 * word that a name follows.  *mp (the complement's end so far) may move
 * to the run's end; returns ok, set when it did.
 */
static int
ex_title_case_run(const struct ex_ctx *c, int k, int s1, int *mp, int ok)
{
	int m = *mp;

	int q = ok ? m : k + 1 + (ex_is(c, k + 1, W_THE) ? 1 :
	    0), best = -1;

	int q0 = q;

	/* "for Economic Growth, Energy, and the
	 * Environment X": the list goes on past a comma */
	if (ok && ex_title_comma(c, q, s1))
		q++;

	while (q < s1 && q < k + 14 && c->tok.t[q].type == T_WORD &&
	    c->ppl.per[q] < 0 && !(c->tok.t[q].flags & TF_POSS) &&
	    !(c->tok.t[q].cls & (LX_HEAD | LX_VERB | LX_FUT)) &&
	    ((c->tok.t[q].flags & TF_CAP) || (ex_is(c, q, W_AND) &&
	    q + 1 < s1 && (c->tok.t[q + 1].flags & TF_CAP)) ||
	    /* "Great Lakes Region of Africa" */
	    (ex_is(c, q, W_OF) && q > q0 && q + 1 < s1 &&
	    c->men.pmcov[q + 1] >= 0 && (c->men.m[c->men.pmcov[q +
	    1]].kind == PM_COUNTRY || c->men.m[c->men.pmcov[q +
	    1]].kind == PM_REGION)))) {
		if (c->men.pmcov[q] >= 0 &&
		    c->men.m[c->men.pmcov[q]].kind == PM_OFFICIAL)
			break;
		if ((c->tok.t[q].cls & LX_COMPL) &&
		    ex_titles_name_at(c, q + 1, s1) > q + 1)
			best = q + 1;
		q++;
		if (ex_title_comma(c, q, s1) && best < 0)
			q++;
	}
	/* "for Management John Bass will", "for the Great
	 * Lakes Region of Africa Thomas Perriello will": a
	 * run of title-case words ends in the name */
	if (best < 0 && q - q0 >= 3 && q < s1 &&
	    ((c->tok.t[q].cls & (LX_VERB | LX_FUT)) ||
	    ex_is(c, q, W_WILL) || ex_is(c, q, W_IS) ||
	    ex_is(c, q, W_WAS) || ex_is(c, q, W_HAS))) {
		int e = q - 2;

		if ((c->tok.t[e].flags & TF_DOT) &&
		    c->tok.t[e].len <= 2)
			e--;	/* "John C. Whitehead" */
		if (e > q0 && c->men.pmcov[e] < 0 &&
		    c->men.pm[e] < 0 &&
		    !(c->tok.t[e].cls & (LX_COMPL | LX_MOD)) &&
		    ex_titles_name_at(c, e, s1) == q)
			best = e;
	}
	/* "for External Affairs and Textiles, Pabitra X,":
	 * the run ends at the comma of a name in
	 * apposition */
	if (best < 0 && q > k + 1 && ex_punct(c, q, ',')) {
		int e2 = ex_titles_name_at(c, q + 1, s1);

		if (e2 > q + 1 && ex_punct(c, e2, ','))
			best = q;
	}
	if (best > m || (!ok && best > 0)) {
		m = best;
		ok = 1;
	}
	*mp = m;
	return ok;
}

/* The name after the title's tokens (ending at k) into ti->n0, n1; an
 * honorific or a comma may open it ("Prime Minister, the Honourable Dr.
 * X", "Minister for Asia, Lord Hale of Didcot, said"). */
static void
ex_title_name(const struct ex_ctx *c, int k, int s1, struct ex_title *ti)
{
	int e, q = k;

	/* "Prime Minister, the Honourable Dr. X": an honorific
	 * opens the name in apposition */
	if (ex_punct(c, q, ','))
		q++;
	if (ex_is(c, q, W_THE) || ((ex_is(c, q, W_HIS) ||
	    ex_is(c, q, W_HER)) && q + 1 < s1 &&
	    (c->tok.t[q + 1].cls & LX_HONOR)))
		q++;
	if (q > k && q < s1 && (c->tok.t[q].cls & LX_HONOR) &&
	    (e = ex_titles_name_at(c, q, s1)) > q) {
		ti->n0 = q;
		ti->n1 = e;
		return;
	}
	e = ex_titles_name_at(c, k, s1);

	/* a long run: the last two or three words are the name,
	 * unless particles or initials make it one long name
	 * ("Luiz Inacio Lula da Silva", "Mohammed bin Zayed Al
	 * Nahyan", "James A. Baker III") */
	if (e - k > 3 && !(c->tok.t[e - 1].flags & TF_UPPER)) {
		int part = 0;

		for (int q = k + 1; q < e - 1; q++)
			if ((c->tok.t[q].cls & LX_PART) ||
			    (c->tok.t[q].flags & TF_DOT) ||
			    (c->tok.t[q].len == 1 &&
			    (c->tok.t[q].flags & TF_CAP)))
				part = 1;
		if (!part)
			k = e - 2;
	}
	ti->n0 = k;
	ti->n1 = e;
	/* "Minister for Asia, Lord Hale of Didcot, said": the name
	 * in apposition */
	if (e == k && ex_punct(c, k, ',') && (e = ex_titles_name_at(c, k + 1,
	    s1)) > k + 1 && (ex_punct(c, e, ',') || (ex_is(c, e, W_OF)
	    && e + 2 < s1 && (c->tok.t[e + 1].flags & TF_CAP) &&
	    ex_punct(c, e + 2, ',')) ||
	    /* "Minister for X, Jane Roe will visit": a full name
	     * and then the verb */
	    (e > k + 2 && e < s1 && ((c->tok.t[e].cls & LX_FUT) ||
	    ((c->tok.t[e].cls & LX_VERB) && !(c->tok.t[e].flags & TF_CAP)))))) {
		ti->n0 = k + 1;
		ti->n1 = e;
	}
}

int
ex_titles_parse(struct ex_ctx *c, int h, int s0, int s1, struct ex_title *ti)
{
	int i, j, k;

	memset(ti, 0, sizeof *ti);
	i = ex_title_left(c, h, s0, ti);
	ti->t0 = i;
	ti->head = c->tok.t[h].arg;
	/* heads in a row: "Prime Minister", "Vice President" */
	j = h + 1;
	if (j < s1 && (c->tok.t[j].cls & LX_HEAD) &&
	    !(c->tok.t[h].flags & TF_POSS))
		j++;
	/* complement: of/for/to/in [the] Capitalised... */
	k = j;
	/* "Minister of State (MoS) for External Affairs": an acronym in
	 * brackets before the rest of the title */
	if (ex_punct(c, k, '(') && k + 3 < s1 && ex_punct(c, k + 2, ')') &&
	    (c->tok.t[k + 1].flags & TF_CAP) && (ex_is(c, k + 3, W_FOR) ||
	    ex_is(c, k + 3, W_OF)))
		k += 3;
	while (k < s1 && !(c->tok.t[k - 1].flags & TF_POSS) &&
	    (ex_is(c, k, W_OF) || ex_is(c, k, W_FOR) || ex_is(c, k, W_TO) ||
	    ex_is(c, k, W_IN) || ex_is(c, k, W_ON))) {
		int m = k + 1, ok = 0;

		if (ex_is(c, m, W_THE))
			m++;
		while (m < s1 && c->tok.t[m].type == T_WORD &&
		    ((c->tok.t[m].cls &
		    (LX_COMPL | LX_MOD)) || (c->men.pmcov[m] >= 0 &&
		    c->men.m[c->men.pmcov[m]].kind != PM_OFFICIAL) ||
		    (ex_is(c, m, W_AND) && m + 1 < s1 &&
		    (c->tok.t[m + 1].cls & LX_COMPL)))) {
			/* "Special Envoy for Syria": the portfolio, not
			 * the envoy's country */
			if (c->men.pmcov[m] >= 0 && ti->cc[0] == '\0' &&
			    (ex_is(c, k, W_OF) || (ex_is(c, k, W_FOR) &&
			    ti->head != H_ENVOY && ti->head !=
			    H_REPRESENTATIVE)) &&
			    c->men.m[c->men.pmcov[m]].kind == PM_COUNTRY)
				memcpy(ti->cc, c->men.m[c->men.pmcov[m]].cc, 3);
			m = c->men.pmcov[m] >= 0 ? c->men.m[c->men.pmcov[m]].t1
			    :
			    m + 1;
			ok = 1;
			if (c->tok.t[m - 1].flags & TF_POSS)
				break;
		}
		if (!(m > k + 1 && (c->tok.t[m - 1].flags & TF_POSS)))
			ok = ex_title_case_run(c, k, s1, &m, ok);
		if (!ok)
			break;
		k = m;
		if (ex_punct(c, k, '(') && k + 3 < s1 && ex_punct(c, k + 2,
		    ')') && (c->tok.t[k + 1].flags & TF_CAP) && (ex_is(c, k + 3,
		    W_FOR) || ex_is(c, k + 3, W_OF)))
			k += 3;
	}
	/* an acronym in brackets: "Special Envoy for the Horn of Africa
	 * (SEHOA) Mike Hammer" */
	if (ex_punct(c, k, '(') && k + 2 < s1 && ex_punct(c, k + 2, ')') &&
	    (c->tok.t[k + 1].flags & TF_UPPER) && ex_titles_name_at(c, k + 3,
	    s1) > k + 3)
		k += 3;
	else if (k > j && !(c->tok.t[k - 1].flags & TF_POSS) &&
	    ex_titles_name_at(c, k, s1) == k && !(c->tok.t[k].type == T_PUNCT))
		k = j;	/* complement not followed by a name: drop it */
	ti->t1 = k;
	ti->labelled = ex_titles_labelled(c, s0, ti->t0, h, k);
	/* "Defense Minister General X": a minister with a military rank */
	if (ti->head == H_MINISTER || ti->head == H_SECRETARY ||
	    ti->head == H_PRESIDENT || ti->head == H_PREMIER) {
		int r = k;

		while (r < s1 && r < k + 3 && c->tok.t[r].type == T_WORD &&
		    (c->tok.t[r].flags & TF_CAP) && (ex_is(c, r, W_GENERAL) ||
		    ex_is(c, r, W_GEN) || ex_is(c, r, W_LT) ||
		    ex_is(c, r, W_COL) || ex_is(c, r, W_COLONEL) ||
		    ex_is(c, r, W_ADMIRAL) || ex_is(c, r, W_ADM) ||
		    ex_is(c, r, W_MAJOR) || ex_is(c, r, W_BRIGADIER) ||
		    ex_is(c, r, W_MARSHAL)))
			r++;
		if (r > k && ex_titles_name_at(c, r, s1) > r)
			k = r;
	}
	/* the name */
	if (!(c->tok.t[k - 1].flags & TF_POSS))
		ex_title_name(c, k, s1, ti);
	else
		ti->n0 = ti->n1 = k;
	return 0;
}
