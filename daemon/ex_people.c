/*
 * ex_people: persons of one sentence.
 *
 * Input: c->tok, c->men, c->kb (office holders, roles), the titles of
 * ex_titles and the discourse state.  Output: c->ppl (struct ex_people):
 * p[0..np) (struct ex_person: name, role, country, surname keys) and
 * per[] (the person of a token); later
 * mentions by surname, "the minister", a role phrase resolved through the
 * office-holder table; an unnamed title is kept pending (c->disc.pend_*).
 * Officials met by title before a name are ex_people_titled.c's.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_discourse.h"
#include "ex_legs.h"
#include "ex_people.h"
#include "ex_people_int.h"
#include "ex_times.h"
#include "ex_titles.h"
#include "kb.h"
#include "xmalloc.h"

int
ex_find_person(struct ex_ctx *c, const char *key)
{
	if (*key == '\0')
		return -1;
	for (int i = c->ppl.np - 1; i >= 0; i--)
		if (strcmp(c->ppl.p[i].key, key) == 0 ||
		    (c->ppl.p[i].key2[0] && strcmp(c->ppl.p[i].key2, key) == 0))
			return i;
	return -1;
}

/* 1 if ch is a vowel letter (folded). */
static int
ex_vowel(char ch)
{
	return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' ||
	    ch == 'u' || ch == 'y';
}

/*
 * 1 if surnames a and b are two transliterations of one name, as the
 * press writes them: long enough (6 and 7 letters), the same first letter,
 * and one vowel for another ("Ahmedinejad", "Ahmadinejad") or one letter
 * of a doubled pair dropped ("Motaki", "Mottaki").
 */
static int
ex_spelling_variant(const char *a, const char *b)
{
	size_t la, lb, i = 0;

	if (a[0] != b[0])
		return 0;
	la = strlen(a);
	lb = strlen(b);
	if ((la < 7 && lb < 7) || la < 6 || lb < 6 || la > lb + 1 ||
	    lb > la + 1 || strcmp(a, b) == 0)
		return 0;
	if (la == lb) {
		int diff = 0;

		for (i = 0; i < la; i++)
			if (a[i] != b[i]) {
				if (!ex_vowel(a[i]) || !ex_vowel(b[i]) ||
				    ++diff > 1)
					return 0;
			}
		return diff == 1;
	}
	if (la + 1 == lb) {
		const char *t = a;

		a = b;
		b = t;
		la++;
		lb--;
	}
	if (lb + 1 != la)
		return 0;
	/* a is one longer: its extra letter doubles its neighbour */
	while (i < lb && a[i] == b[i])
		i++;
	if (!((i > 0 && a[i] == a[i - 1]) || a[i] == a[i + 1]))
		return 0;
	return strcmp(a + i + 1, b + i) == 0;
}

/* The person met before whose surname key is a spelling variant of key,
 * when there is exactly one; else -1. */
static int
ex_find_variant(const struct ex_ctx *c, const char *key)
{
	int hit = -1;

	if (strlen(key) < 6)
		return -1;
	for (int i = 0; i < c->ppl.np; i++)
		if (c->ppl.p[i].labelled && ex_spelling_variant(key,
		    c->ppl.p[i].key)) {
			if (hit >= 0)
				return -1;
			hit = i;
		}
	return hit;
}

static void
ex_strip_al(char *k)
{
	if ((strncmp(k, "al-", 3) == 0 || strncmp(k, "el-", 3) == 0) &&
	    k[3] != '\0')
		memmove(k, k + 3, strlen(k + 3) + 1);
}

/* Folded surname key of tokens [t0, t1): the last word not a suffix. */
void
ex_name_keys(struct ex_ctx *c, int t0, int t1, char key[48], char key2[48])
{
	int last = t1 - 1;

	while (last > t0 && (ex_is(c, last, W_JR) || ex_is(c, last, W_SR) ||
	    ex_is(c, last, W_II) || ex_is(c, last, W_III) ||
	    c->tok.t[last].type != T_WORD))
		last--;
	ex_copy(key, 48, ex_fold(c, last));
	ex_strip_al(key);
	key2[0] = '\0';
	if (last > t0 && (strchr(key, '-') != NULL ||
	    (c->tok.t[t0].flags & TF_UPPER)))
		ex_copy(key2, 48, ex_fold(c, t0));
	else if (last > t0)
		ex_copy(key2, 48, ex_fold(c, t0));
	/* key2 is only used for family-name-first names: keep it when the
	 * first word is not a common given name; cheap proxy: always keep,
	 * but only match it when the surname key misses */
}

/* The words of tokens [t0, t1) joined by single spaces (a name). */
char *
ex_words(const struct ex_ctx *c, int t0, int t1)
{
	struct buf b = { 0 };

	for (int i = t0; i < t1; i++) {
		if (c->tok.t[i].type == T_PUNCT)
			continue;
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_add(&b, c->text + c->tok.t[i].off, c->tok.t[i].len);
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

static char *
ex_span(const struct ex_ctx *c, int t0, int t1)
{
	size_t a = c->tok.t[t0].off,
	    b = c->tok.t[t1 - 1].off + c->tok.t[t1 - 1].len;

	return xstrndup(c->text + a, b - a);
}

/* 1 if an office fits the head word of the title the name came with. */
static int
ex_office_fits(const char *office, int head)
{
	switch (head) {
	case H_PRESIDENT:
		return strcmp(office, "head_of_state") == 0 ||
		    strcmp(office, "head_of_government") == 0 ||
		    strcmp(office, "vice_president") == 0;
	case H_PREMIER:
		return strcmp(office, "head_of_government") == 0;
	case H_CHANCELLOR:
		return strcmp(office, "head_of_government") == 0 ||
		    strcmp(office, "finance_minister") == 0;
	case H_MINISTER:
		return strstr(office, "minister") != NULL ||
		    strcmp(office, "head_of_government") == 0;
	case H_SECRETARY:
		return strstr(office, "minister") != NULL ||
		    strcmp(office, "secretary") == 0;
	case H_MONARCH:
	case H_PRINCE:
		return strcmp(office, "head_of_state") == 0 ||
		    strcmp(office, "crown_prince") == 0;
	}
	return 1;
}

/*
 * The country of a person whose text gives none ("President Obama"): the
 * office holders in office on the published date with that surname (and
 * an office that fits the title), when they all serve one country.
 */
static const char *
ex_kb_cc(const struct ex_ctx *c, const char *key, int head)
{
	const struct kb_ref	*refs;
	size_t			 n;
	const char		*cc = NULL;

	if (*key == '\0')
		return NULL;
	n = kb_lookup(c->kb, key, strlen(key), &refs);
	for (size_t i = 0; i < n; i++) {
		const struct kb_official *o;

		if (refs[i].kind != KB_REF_SURNAME &&
		    refs[i].kind != KB_REF_OFFICIAL)
			continue;
		o = kb_official_at(c->kb, refs[i].idx);
		if (o == NULL || o->country[0] == '\0' ||
		    !kb_official_in_office(o, c->tim.published) ||
		    !ex_office_fits(o->office, head))
			continue;
		if (cc != NULL && strcmp(cc, o->country) != 0)
			return NULL;	/* two countries: unknown */
		cc = o->country;
	}
	return cc;
}

static int	ex_add_person(struct ex_ctx *, int, int, char *, const char *,
		    int, int);

/*
 * "Mr. Reagan", "Mrs. Thatcher": a surname after an honorific names the
 * one office holder of the table with that surname in office on the
 * published date.  Adds that person and returns its index, or -1 when
 * there is none or more than one.
 */
static int
ex_honor_holder(struct ex_ctx *c, int i)
{
	const struct kb_ref		*refs;
	const struct kb_official	*o, *hit = NULL;
	char				 key[48];
	size_t				 n;

	ex_copy(key, sizeof key, ex_fold(c, i));
	n = kb_lookup(c->kb, key, strlen(key), &refs);
	for (size_t r = 0; r < n; r++) {
		if (refs[r].kind != KB_REF_SURNAME)
			continue;
		o = kb_official_at(c->kb, refs[r].idx);
		if (o == NULL || o->country[0] == '\0' ||
		    !kb_official_in_office(o, c->tim.published))
			continue;
		if (hit != NULL && strcmp(hit->name, o->name) != 0)
			return -1;
		hit = o;
	}
	if (hit == NULL)
		return -1;
	return ex_add_person(c, i, i + 1, hit->role[0] ? xstrdup(hit->role) :
	    NULL, hit->country, 1, 0);
}

static int
ex_add_person(struct ex_ctx *c, int n0, int n1, char *role, const char *cc,
    int labelled, int head)
{
	char		 key[48], key2[48];
	int		 i;
	struct ex_person	*p;

	/* "Mr", "Sheikh", "HE": not part of the name */
	while (n0 + 1 < n1 && (c->tok.t[n0].cls & LX_HONOR))
		n0++;
	ex_name_keys(c, n0, n1, key, key2);
	i = ex_find_person(c, key);
	if (i >= 0) {
		p = &c->ppl.p[i];
		if (n1 - n0 > 1 && strchr(p->name, ' ') == NULL) {
			free(p->name);
			p->name = ex_words(c, n0, n1);
		}
		if (role != NULL && (p->role == NULL || (!p->labelled &&
		    labelled))) {
			free(p->role);
			p->role = role;
			p->labelled = labelled;
			p->head = head;
		} else
			free(role);
		if (p->cc[0] == '\0' && cc != NULL)
			memcpy(p->cc, cc, 3);
		return i;
	}
	if (c->ppl.np == c->ppl.cp) {
		c->ppl.cp = c->ppl.cp ? c->ppl.cp * 2 : 16;
		c->ppl.p = xreallocarray(c->ppl.p, (size_t)c->ppl.cp,
		    sizeof *c->ppl.p);
	}
	p = &c->ppl.p[c->ppl.np];
	memset(p, 0, sizeof *p);
	p->name = ex_words(c, n0, n1);
	p->role = role;
	if ((cc == NULL || *cc == '\0') && labelled)
		cc = ex_kb_cc(c, key, head);
	if (cc != NULL)
		memcpy(p->cc, cc, 3);
	memcpy(p->key, key, 48);
	memcpy(p->key2, key2, 48);
	p->labelled = labelled;
	p->head = head;
	p->last_sent = -1;
	return c->ppl.np++;
}

void
ex_people_marks(struct ex_ctx *c)
{
	if (c->ppl.ntok >= c->tok.nt)
		return;
	c->ppl.per = xreallocarray(c->ppl.per, (size_t)c->tok.nt,
	    sizeof *c->ppl.per);
	for (int i = c->ppl.ntok; i < c->tok.nt; i++)
		c->ppl.per[i] = -1;
	c->ppl.ntok = c->tok.nt;
}

void
ex_mark_person(struct ex_ctx *c, int t0, int t1, int per)
{
	for (int i = t0; i < t1; i++)
		c->ppl.per[i] = per;
}

/*
 * The country of a sentence's official source: "the Iranian news agency
 * said", "Iran's state television reported", "the Saudi oil ministry
 * said"; NULL if none or two.
 */
static const char *
ex_source_cc(const struct ex_ctx *c, int s0)
{
	static const char *const src[] = { "agency", "television", "radio",
	    "media", "ministry", "tv" };
	const char	*cc = NULL;
	int		 s1 = c->disc.sno >= 0 && c->disc.sno < c->tok.ns ?
	    c->tok.s[c->disc.sno].t1 : s0;

	for (int i = s0; i < s1; i++) {
		const struct ex_kbm *m;

		if (c->men.pm[i] < 0 || c->ppl.per[i] >= 0)
			continue;
		m = &c->men.m[c->men.pm[i]];
		if (m->kind != PM_DEMONYM && !(m->kind == PM_COUNTRY &&
		    (c->tok.t[m->t1 - 1].flags & TF_POSS)))
			continue;
		for (int k = m->t1; k < s1 && k < m->t1 + 3; k++) {
			int hit = 0;

			if (c->tok.t[k].type != T_WORD)
				break;
			for (size_t q = 0; q < sizeof src / sizeof src[0]; q++)
				if (strcmp(ex_fold(c, k), src[q]) == 0)
					hit = 1;
			if (!hit)
				continue;
			if (cc != NULL && strcmp(cc, m->cc) != 0)
				return NULL;
			cc = m->cc;
			break;
		}
	}
	return cc;
}

static const char *
ex_default_cc(const struct ex_ctx *c, int s0, const struct ex_title *ti)
{
	const char *cc;

	/* "A Ugandan mission led by minister ... X" */
	for (int i = ti->t0 - 1; i >= s0 && i >= ti->t0 - 10; i--) {
		if (c->ppl.per[i] >= 0)
			break;
		if (c->men.pmcov[i] >= 0 && c->men.m[c->men.pmcov[i]].kind ==
		    PM_DEMONYM)
			return c->men.m[c->men.pmcov[i]].cc;
	}
	/* "Secretary of State/Defense/Commerce ..." is the US cabinet */
	for (int i = ti->t0; i + 1 < ti->t1; i++)
		if (ex_is(c, i, W_SECRETARY) && ex_is(c, i + 1, W_OF) &&
		    !ex_is(c, i + 2, W_THE))
			return "US";
	/* "Under Secretary", "Assistant Secretary", "Ambassador-at-Large"
	 * are US titles */
	for (int i = ti->t0; i < ti->t1; i++)
		if (ex_is(c, i, W_UNDERSECRETARY) || ((ex_is(c, i, W_UNDER) ||
		    ex_is(c, i, W_ASSISTANT)) &&
		    ex_is(c, i + 1, W_SECRETARY)) ||
		    strstr(ex_fold(c, i), "-at-large") != NULL)
			return "US";
	/* "Union Minister", "Union agriculture minister": India's cabinet
	 * (not the European or African Union, which are mentions) */
	for (int i = ti->t0 - 1 >= s0 ? ti->t0 - 1 : s0; i < ti->t1; i++)
		if (ex_is(c, i, W_UNION) && (c->tok.t[i].flags & TF_CAP) &&
		    c->men.pmcov[i] < 0 && (i == s0 || c->tok.t[i - 1].type !=
		    T_WORD || !(c->tok.t[i - 1].flags & TF_CAP)))
			return "IN";
	/* "NICOSIA - Oil Minister X will visit Caracas, the Iranian news
	 * agency said": the source's country, not the dateline's */
	if ((cc = ex_source_cc(c, s0)) != NULL)
		return cc;
	if (c->tim.dl_cc[0] != '\0' && !c->tim.dl_weak)
		return c->tim.dl_cc;
	return NULL;
}

static char *
ex_role_text(const struct ex_ctx *c, const struct ex_title *ti)
{
	int t0 = ti->t0;

	/* drop a leading country or demonym from the role */
	while (t0 < ti->t1 && c->men.pmcov[t0] >= 0 &&
	    (c->men.m[c->men.pmcov[t0]].kind == PM_DEMONYM ||
	    c->men.m[c->men.pmcov[t0]].kind == PM_COUNTRY))
		t0 = c->men.m[c->men.pmcov[t0]].t1;
	if (t0 >= ti->t1)
		t0 = ti->t0;
	return ex_span(c, t0, ti->t1);
}

/* The other spelling of a title word: defense/defence, labor/labour. */
const char *
ex_spelling(const char *w)
{
	static const char *const pairs[][2] = { { "defense", "defence" },
	    { "labor", "labour" }, { "counselor", "counsellor" } };

	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		if (strcmp(w, pairs[i][0]) == 0)
			return pairs[i][1];
		if (strcmp(w, pairs[i][1]) == 0)
			return pairs[i][0];
	}
	return w;
}

/* 1 if the title starting at token t0 follows "a", "an", "any": "a U.S.
 * president", "an Iranian foreign minister" is no one office holder. */
int
ex_indefinite(const struct ex_ctx *c, int t0)
{
	return t0 > 0 && (ex_is(c, t0 - 1, W_A) || ex_is(c, t0 - 1, W_AN) ||
	    ex_is(c, t0 - 1, W_ANY));
}

/*
 * A person named after a title: registers them (the office holder's
 * canonical name and country when the name is a known official) and
 * marks the mention.  Returns the person.
 */
/*
 * 1 if official o (or another row with the same name) held an office on
 * the published date, or the table's rows for the name do not reach back
 * to it (kb_office_first: older news than the table's first holder).
 */
static int
ex_in_office(const struct ex_ctx *c, const struct kb_official *o)
{
	const struct kb_ref	*refs;
	char			 key[128];
	const char		*first;
	size_t			 n, kl;
	int			 later = 0;

	if (kb_official_in_office(o, c->tim.published))
		return 1;
	/* the table's key of the full name: folded words, one space */
	kl = 0;
	for (const char *w = o->name; *w != '\0';) {
		size_t wl = strcspn(w, " ");

		if (wl > 0 && kl + wl + 2 < sizeof key) {
			if (kl > 0)
				key[kl++] = ' ';
			kl += kb_fold_word(w, wl, key + kl, sizeof key - kl);
		}
		w += wl;
		while (*w == ' ')
			w++;
	}
	n = kb_lookup(c->kb, key, kl, &refs);
	for (size_t i = 0; i < n; i++) {
		const struct kb_official *q;

		if (refs[i].kind != KB_REF_OFFICIAL)
			continue;
		q = kb_official_at(c->kb, refs[i].idx);
		if (q == NULL || strcmp(q->name, o->name) != 0)
			continue;
		if (kb_official_in_office(q, c->tim.published))
			return 1;
		if (q->start[0] != '\0' && strcmp(q->start,
		    c->tim.published) > 0)
			later = 1;
		else
			return 1;	/* served before: may hold another */
	}
	if (!later && !(o->start[0] != '\0' && strcmp(o->start,
	    c->tim.published) > 0))
		return 1;
	/* every row starts after the date: not yet in office, unless the
	 * table's first holder of the office starts after it too */
	first = kb_office_first(c->kb, o->country, o->office);
	return first == NULL || strcmp(c->tim.published, first) < 0;
}

/*
 * 1 if the mention m of official o gives the full name as the text writes
 * it and its last word differs from the table's ("Yoon Suk-yeol" for the
 * table's "Yoon Suk Yeol"): two words or more, starting with the table
 * name's first word.  Otherwise ("Antony J. Blinken"; a tail alias such as
 * "da Silva") the table's full name is used.
 */
static int
ex_text_name(const struct ex_ctx *c, const struct ex_kbm *m,
    const struct kb_official *o)
{
	char		 w[48];
	const char	*sp = strchr(o->name, ' ');
	const char	*lp = strrchr(o->name, ' ');
	size_t		 n = sp != NULL ? (size_t)(sp - o->name) :
	    strlen(o->name);

	if (m->t1 - m->t0 < 2 || sp == NULL)
		return 0;
	kb_fold_word(o->name, n, w, sizeof w);
	if (strcmp(w, ex_fold(c, m->t0)) != 0)
		return 0;
	kb_fold_word(lp + 1, strlen(lp + 1), w, sizeof w);
	return strcmp(w, ex_fold(c, m->t1 - 1)) != 0;
}

static int
ex_register(struct ex_ctx *c, int sno, const struct ex_title *ti, char *role,
    const char *cc, int labelled)
{
	int per;

	if (c->men.pm[ti->n0] >= 0 && c->men.m[c->men.pm[ti->n0]].kind ==
	    PM_OFFICIAL) {
		const struct ex_kbm *m = &c->men.m[c->men.pm[ti->n0]];
		const struct kb_official *o = kb_official_at(c->kb, m->idx);

		per = ex_add_person(c, m->t0, m->t1, role, o->country,
		    labelled, ti->head);
		/* the text's full name, else the table's */
		if (!ex_text_name(c, m, o)) {
			free(c->ppl.p[per].name);
			c->ppl.p[per].name = xstrdup(o->name);
		}
	} else if (labelled && ex_unnamed_titled(c, sno, ti, &per))
		free(role);
	else
		per = ex_add_person(c, ti->n0, ti->n1, role, cc, labelled,
		    ti->head);
	if (c->ppl.p[per].head == 0)
		c->ppl.p[per].head = ti->head;
	ex_mark_person(c, ti->n0, ti->n1, per);
	ex_mark_person(c, ti->t0, ti->t1, per);
	c->ppl.p[per].last_sent = sno;
	return per;
}

/* Remembers a sentence-opening title with no name, for the next name. */
static void
ex_pending(struct ex_ctx *c, int sno, const struct ex_title *ti)
{
	free(c->disc.pend_role);
	c->disc.pend_role = ex_role_text(c, ti);
	memcpy(c->disc.pend_cc, ti->cc, 3);
	c->disc.pend_head = ti->head;
	c->disc.pend_sent = sno;
	c->disc.pend_per = 0;
}

/*
 * The country of a named holder of a role phrase ("Defence Secretary
 * X"): the phrase's country, unless the table knows that office's holder
 * on the date and it is someone else: several governments use the same
 * title ("Foreign Secretary" in London, Delhi and Islamabad), so the
 * dateline's country or the table's entry for the name decides.
 */
static const char *
ex_role_cc(const struct ex_ctx *c, const struct kb_role *r,
    const struct ex_kbm *rm,
    int n0, int n1)
{
	const struct kb_official	*o;
	const struct kb_ref		*refs;
	const char			*sp;
	char				 key[48], key2[48], ok[48];
	size_t				 nr;

	if (r->country[0] == '\0' || r->office[0] == '\0')
		return r->country[0] ? r->country : NULL;
	/* "US Secretary of State X": the phrase names the country */
	nr = kb_lookup(c->kb, ex_fold(c, rm->t0), strlen(ex_fold(c,
	    rm->t0)), &refs);
	for (size_t i = 0; i < nr; i++)
		if (refs[i].kind == KB_REF_COUNTRY ||
		    refs[i].kind == KB_REF_DEMONYM)
			return r->country;
	o = kb_office_holder(c->kb, r->country, r->office, c->tim.published);
	if (o == NULL)
		return r->country;
	ex_name_keys((struct ex_ctx *)c, n0, n1, key, key2);
	sp = strrchr(o->name, ' ');
	ex_copy(ok, sizeof ok, sp != NULL ? sp + 1 : o->name);
	kb_fold_word(ok, strlen(ok), ok, sizeof ok);
	ex_strip_al(ok);
	if (strcmp(ok, key) == 0 || strcmp(ok, key2) == 0)
		return r->country;
	/* only a dateline of another country overrides the phrase */
	return c->tim.dl_cc[0] != '\0' ? c->tim.dl_cc : r->country;
}

/*
 * A role phrase from the table that contains a title head ("Secretary of
 * State", "Foreign Minister"): read it as a title, with the table's
 * display role and country.  Returns 1 and advances *ip if handled.
 */
static int
ex_role_title(struct ex_ctx *c, int sno, int mi, int s0, int s1, int *ip)
{
	const struct ex_kbm	*m = &c->men.m[mi];
	const struct kb_role	*r = kb_role_at(c->kb, m->idx);
	struct ex_title		 ti;
	const struct kb_official *o = NULL;
	int			 h = -1, pend = 0;
	const char		*cc;

	for (int k = m->t1 - 1; k >= m->t0; k--)
		if (c->tok.t[k].cls & LX_HEAD) {
			h = k;
			break;
		}
	if (h < 0)
		return 0;
	ex_titles_parse(c, h, s0, s1, &ti);
	if (ti.t1 < m->t1) {
		ti.t1 = m->t1;
		if (ti.n0 < ti.t1) {
			int e = ex_titles_name_at(c, m->t1, s1);

			ti.n0 = m->t1;
			ti.n1 = e;
		}
	}
	if (ti.t0 > m->t0)
		ti.t0 = m->t0;
	if (r->not_official)
		ti.labelled = 0;
	/* "Prime Minister X of Iraq", "President X of the Philippines" */
	if (ti.n1 > ti.n0 && ti.cc[0] == '\0' && ex_is(c, ti.n1, W_OF)) {
		int k = ti.n1 + (ex_is(c, ti.n1 + 1, W_THE) ? 2 : 1);

		if (k < s1 && c->men.pm[k] >= 0 &&
		    c->men.m[c->men.pm[k]].kind == PM_COUNTRY)
			memcpy(ti.cc, c->men.m[c->men.pm[k]].cc, 3);
	}
	cc = ti.cc[0] ? ti.cc : r->country[0] ? (ti.n1 > ti.n0 ?
	    ex_role_cc(c, r, m, ti.n0, ti.n1) : r->country) :
	    ex_default_cc(c, s0, &ti);
	if (ti.n1 > ti.n0) {
		ex_register(c, sno, &ti, xstrdup(r->display[0] ? r->display :
		    r->alias), cc, ti.labelled);
		*ip = ti.n1 - 1;
		return 1;
	}
	/* "the Secretary": the last one so titled, else the holder */
	{
		int q = ex_coref_title(c, sno, &ti);

		if (q >= 0) {
			ex_mark_person(c, ti.t0, ti.t1, q);
			c->ppl.p[q].last_sent = sno;
			*ip = ti.t1 - 1;
			return 1;
		}
	}
	if (ti.labelled && !r->not_official && ti.cc[0] != '\0' &&
	    ti.t0 == s0 + (ex_is(c, s0, W_THE) ? 1 : 0) +
	    (c->tok.t[s0].flags & TF_POSS ? 1 : 0)) {
		ex_pending(c, sno, &ti);
		pend = 1;
	}
	/* "Iran's foreign minister", "the Iranian foreign minister": the
	 * holder of the office on the day */
	if (!r->not_official && r->office[0] && cc != NULL &&
	    !ex_indefinite(c, ti.t0) &&
	    (ex_is(c, ti.t0 - 1, W_THE) == 0 || ti.cc[0] != '\0')) {
		o = kb_office_holder(c->kb, cc, r->office, c->tim.published);

		if (o != NULL) {
			char	k[48];
			int	q;
			const char *sp = strrchr(o->name, ' ');

			ex_copy(k, sizeof k, sp ? sp + 1 : o->name);
			kb_fold_word(k, strlen(k), k, sizeof k);
			q = ex_find_person(c, k);
			if (q < 0) {
				q = ex_add_person(c, ti.t0, ti.t1,
				    xstrdup(r->display), cc, 1, ti.head);
				free(c->ppl.p[q].name);
				c->ppl.p[q].name = xstrdup(o->name);
				memcpy(c->ppl.p[q].key, k, 48);
			}
			ex_mark_person(c, ti.t0, ti.t1, q);
			c->ppl.p[q].last_sent = sno;
		}
	}
	/* no holder known: an unnamed official, for a later name */
	if (o == NULL && !r->not_official) {
		int u = ex_add_unnamed(c, sno, s0, &ti, r->display[0] ?
		    r->display : r->alias);

		if (u >= 0 && pend)
			c->disc.pend_per = u + 1;
	}
	*ip = ti.t1 - 1;
	return 1;
}

/* Finds people in sentence [s0, s1): titles with names, known officials,
 * role phrases, surnames of people already met. */
/*
 * 1 if the month word at i is the surname of someone already named: a
 * person is known by it, and nothing around it reads as a date ("in May",
 * "May 5", "early May", "May 2017").
 */
static int
ex_month_name(const struct ex_ctx *c, int i, int s0, int s1)
{
	static const enum ex_word before[] = { W_IN, W_SINCE, W_UNTIL, W_OF,
	    W_EARLY, W_LATE, W_MID, W_LAST, W_NEXT, W_THIS, W_FROM, W_TILL,
	    W_TO, W_THROUGH, W_END, W_DURING, W_BEFORE, W_AFTER, W_ON,
	    W_FOR };
	char k[48];

	if (c->tok.t[i].flags & (TF_DOT | TF_UPPER))
		return 0;
	ex_copy(k, sizeof k, ex_fold(c, i));
	if (ex_find_person((struct ex_ctx *)c, k) < 0)
		return 0;
	if (i + 1 < s1 && (c->tok.t[i + 1].type == T_NUM || ex_times_day(c,
	    i + 1) > 0))
		return 0;
	for (size_t q = 0; q < sizeof before / sizeof before[0]; q++)
		if (i - 1 >= s0 && ex_is(c, i - 1, before[q]))
			return 0;
	return 1;
}

/* A known office holder's name at i (a PM_OFFICIAL mention): the
 * person, an official only while in office.  Returns the last token. */
static int
ex_people_official(struct ex_ctx *c, int sno, int i)
{
	const struct ex_kbm	*m = &c->men.m[c->men.pm[i]];
	const struct kb_official *o = kb_official_at(c->kb,
	    m->idx);
	int			 per;

	/* a name in the table is an official only while in
	 * office: "Tinubu" in 2018 was a party leader */
	per = ex_add_person(c, m->t0, m->t1,
	    xstrdup(o->role[0] ? o->role : o->office),
	    o->country, ex_in_office(c, o), 0);
	/* the name as the text writes it when it gives a
	 * full one ("Yoon Suk-yeol", the table's "Yoon Suk
	 * Yeol"), else the table's */
	if (!ex_text_name(c, m, o)) {
		free(c->ppl.p[per].name);
		c->ppl.p[per].name = xstrdup(o->name);
	}
	c->ppl.p[per].last_sent = sno;
	ex_mark_person(c, m->t0, m->t1, per);
	return m->t1 - 1;
}

/*
 * A role phrase at i ("top US diplomat", "Pentagon chief"): the name
 * after it, else the office holder of the role's country on the date.
 * Returns the last token.
 */
static int
ex_people_role(struct ex_ctx *c, int sno, int s0, int s1, int i)
{
	const struct ex_kbm	*m = &c->men.m[c->men.pm[i]];
	const struct kb_role	*r = kb_role_at(c->kb, m->idx);
	const struct kb_official *o = NULL;
	int			 e = ex_titles_name_at(c, m->t1, s1);
	int			 per;
	const char		*rcc;

	if (e > m->t1) {
		int lab = !r->not_official;

		/* "Bundesbank Vice-President", "former" */
		for (int k = m->t0 - 2; k < m->t1; k++)
			if (k >= s0 && (c->tok.t[k].cls & LX_NOTLAB))
				lab = 0;
		/* "Deputy National Security Adviser": an
		 * adviser's deputy is staff */
		if (m->t0 > s0 && ex_is(c, m->t0 - 1,
		    W_DEPUTY) && strcasestr(r->display,
		    "advis") != NULL)
			lab = 0;
		per = ex_add_person(c, m->t1, e,
		    xstrdup(r->display), ex_role_cc(c, r, m,
		    m->t1, e), lab, 0);
		ex_mark_person(c, m->t0, e, per);
		c->ppl.p[per].last_sent = sno;
		return e - 1;
	}
	/* "Australia's top diplomat", "the Japanese top
	 * diplomat": the country from the word before */
	rcc = r->country[0] ? r->country : NULL;
	if (rcc == NULL && m->t0 > s0 &&
	    c->men.pmcov[m->t0 - 1] >= 0 &&
	    (c->men.m[c->men.pmcov[m->t0 - 1]].kind == PM_COUNTRY ||
	    c->men.m[c->men.pmcov[m->t0 - 1]].kind == PM_DEMONYM))
		rcc = c->men.m[c->men.pmcov[m->t0 - 1]].cc;
	if (!r->not_official && r->office[0] && rcc != NULL &&
	    !ex_indefinite(c, m->t0 - (m->t0 > s0 && c->men.pmcov[m->t0 -
	    1] >= 0 ? c->men.m[c->men.pmcov[m->t0 - 1]].t1 -
	    c->men.m[c->men.pmcov[m->t0 - 1]].t0 : 0)))
		o = kb_office_holder(c->kb, rcc,
		    r->office, c->tim.published);
	if (o != NULL) {
		char	k[48];
		int	q;

		ex_copy(k, sizeof k, strrchr(o->name,
		    ' ') ? strrchr(o->name, ' ') + 1 :
		    o->name);
		kb_fold_word(k, strlen(k), k, sizeof k);
		q = ex_find_person(c, k);
		if (q < 0) {
			q = ex_add_person(c, m->t0, m->t1,
			    xstrdup(r->display), rcc, 1, 0);
			free(c->ppl.p[q].name);
			c->ppl.p[q].name = xstrdup(o->name);
			memcpy(c->ppl.p[q].key, k, 48);
		}
		ex_mark_person(c, m->t0, m->t1, q);
		c->ppl.p[q].last_sent = sno;
	}
	return m->t1 - 1;
}

/*
 * A title head at i: the person it names ("Foreign Minister X", "Prime
 * Minister X of Iraq"), or the last one so titled ("the prime minister"),
 * or a title kept pending for the next sentence.  Returns the last token.
 */
static int
ex_people_title(struct ex_ctx *c, int sno, int s0, int s1, int i)
{
	struct ex_title	 ti;
	int		 per;
	const char	*cc;

	ex_titles_parse(c, i, s0, s1, &ti);
	/* "Prime Minister X of Iraq", "President X of the United States" */
	if (ti.n1 > ti.n0 && ti.cc[0] == '\0' &&
	    ex_is(c, ti.n1, W_OF)) {
		int k = ti.n1 + (ex_is(c, ti.n1 + 1, W_THE) ? 2 : 1);

		if (k < s1 && c->men.pm[k] >= 0 &&
		    c->men.m[c->men.pm[k]].kind == PM_COUNTRY)
			memcpy(ti.cc, c->men.m[c->men.pm[k]].cc, 3);
	}
	if (ti.n1 > ti.n0) {
		cc = ti.cc[0] ? ti.cc : ex_default_cc(c, s0, &ti);
		if (!ti.labelled || !ex_unnamed_titled(c, sno, &ti, &per))
			per = ex_add_person(c, ti.n0, ti.n1,
			    ex_role_text(c, &ti), cc, ti.labelled,
			    ti.head);
		ex_mark_person(c, ti.n0, ti.n1, per);
		ex_mark_person(c, ti.t0, ti.t1, per);
		c->ppl.p[per].last_sent = sno;
		return ti.n1 - 1;
	}
	/* "the prime minister": the last one so titled */
	if (ex_is(c, ti.t0 - 1, W_THE) || (c->tok.t[ti.t0].flags &
	    TF_POSS) == 0) {
		int q = ex_coref_title(c, sno, &ti);

		if (q >= 0)
			ex_mark_person(c, ti.t0, ti.t1, q);
		else {
			char	*role = ex_role_text(c, &ti);
			int	 pend = 0, u;

			if (ti.labelled && ti.cc[0] != '\0' &&
			    ti.t0 == s0 + (ex_is(c, s0, W_THE) ? 1 :
			    0) + (c->tok.t[s0].flags & TF_POSS ? 1 : 0)) {
				ex_pending(c, sno, &ti);
				pend = 1;
			}
			/* no one so titled: an unnamed official */
			u = ex_add_unnamed(c, sno, s0, &ti, role);
			if (u >= 0 && pend)
				c->disc.pend_per = u + 1;
			free(role);
		}
	}
	return ti.t1 - 1;
}

/*
 * A capitalised word at i: the surname or full name of someone already
 * met, "Mr. Reagan" (the office holder of that surname), a new full name
 * taking a pending title, "Lapid, Israel's Foreign Minister," in
 * apposition.  Returns the last token used (i when none).
 */
static int
ex_people_name(struct ex_ctx *c, int sno, int s0, int s1, int i)
{
	const struct ex_tok	*t = &c->tok.t[i];
	int e = ex_titles_name_at(c, i, s1), q = -1;

	for (int j = e - 1; j >= i && q < 0; j--) {
		char k[48];

		ex_copy(k, sizeof k, ex_fold(c, j));
		ex_strip_al(k);
		q = ex_find_person(c, k);
	}
	/* "Ahmedinejad" after "Ahmadinejad": one name spelt two ways */
	if (q < 0 && e == i + 1 && c->ppl.np > 0 && c->men.pmcov[i] < 0 &&
	    c->tok.t[i].wid == W_NONE && c->tok.t[i].len >= 6) {
		const char *k = ex_fold(c, i);

		/* as ex_strip_al */
		if ((strncmp(k, "al-", 3) == 0 || strncmp(k, "el-", 3) == 0) &&
		    k[3] != '\0')
			k += 3;
		q = ex_find_variant(c, k);
	}
	if (q >= 0) {
		ex_mark_person(c, i, e > i ? e : i + 1, q);
		c->ppl.p[q].last_sent = sno;
		return (e > i ? e : i + 1) - 1;
	}
	/* "Mr. Reagan": the office holder of that surname */
	{
		int h = i;

		while (h < e && (c->tok.t[h].cls & LX_HONOR))
			h++;
		if (e == h + 1 && h > i &&
		    (q = ex_honor_holder(c, h)) >= 0) {
			ex_mark_person(c, i, e, q);
			c->ppl.p[q].last_sent = sno;
			return e - 1;
		}
	}
	/*
	 * "Australia's Minister for Trade is optimistic.
	 * Michael Duffy said ...": a new full name opening the
	 * next sentence takes the unnamed title.
	 */
	if (q < 0 && e > i + 1 && i == s0 && c->disc.pend_role &&
	    sno - c->disc.pend_sent <= 1 &&
	    c->tok.t[e < s1 ? e : s1 - 1].type == T_WORD) {
		q = c->disc.pend_per - 1;
		c->disc.pend_per = 0;
		if (q >= 0 && ex_name_unnamed(c, q, i, e)) {
			free(c->disc.pend_role);
			c->disc.pend_role = NULL;
			ex_mark_person(c, i, e, q);
			c->ppl.p[q].last_sent = sno;
			return e - 1;
		}
		q = ex_add_person(c, i, e, c->disc.pend_role,
		    c->disc.pend_cc[0] ? c->disc.pend_cc : NULL, 1,
		    c->disc.pend_head);
		c->disc.pend_role = NULL;
		ex_mark_person(c, i, e, q);
		c->ppl.p[q].last_sent = sno;
		return e - 1;
	}
	/* "the minister, Manoucher Mottaki,": the unnamed official so
	 * titled just before */
	if (q < 0 && e > i + 1 && i - 2 >= s0 && ex_punct(c, i - 1, ',') &&
	    c->ppl.per[i - 2] >= 0 && (ex_punct(c, e, ',') || e >= s1 - 1) &&
	    ex_name_unnamed(c, c->ppl.per[i - 2], i, e)) {
		q = c->ppl.per[i - 2];
		ex_mark_person(c, i, e, q);
		c->ppl.p[q].last_sent = sno;
		return e - 1;
	}
	/* "Lapid, Israel's Foreign Minister," appositive;
	 * a bare surname with "the East German president" */
	if ((e > i + 1 || (e == i + 1 &&
	    c->men.pmcov[t - c->tok.t] < 0 &&
	    ex_is(c, e + 1,
	    W_THE) && e + 2 < s1 && c->men.pm[e + 2] >= 0 &&
	    (c->men.m[c->men.pm[e + 2]].kind == PM_DEMONYM ||
	    c->men.m[c->men.pm[e + 2]].kind == PM_ROLE))) &&
	    ex_punct(c, e, ',')) {
		int h = e + 1;

		if (ex_is(c, h, W_THE))
			h++;
		while (h < s1 && h < e + 6 &&
		    !(c->tok.t[h].cls & LX_HEAD) &&
		    c->tok.t[h].type == T_WORD)
			h++;
		if (h < s1 && (c->tok.t[h].cls & LX_HEAD)) {
			struct ex_title ti;
			const char *cc;

			ex_titles_parse(c, h, e + 1, s1, &ti);
			if (ti.n1 == ti.n0) {
				cc = ti.cc[0] ? ti.cc :
				    ex_default_cc(c, s0, &ti);
				q = ex_add_person(c, i, e,
				    ex_role_text(c, &ti), cc,
				    ti.labelled, ti.head);
				ex_mark_person(c, i, e, q);
				ex_mark_person(c, ti.t0, ti.t1,
				    q);
				c->ppl.p[q].last_sent = sno;
				return e - 1;
			}
		}
	}
	return i;
}

/* The person of the nearest mention before token k in [s0, k) that is
 * not an object ("met with X"), "he" or "she" the last subject; -1:
 * none. */
static int
ex_person_before(const struct ex_ctx *c, int s0, int k)
{
	for (int i = k - 1; i >= s0; i--) {
		if (c->ppl.per[i] >= 0 && !ex_discourse_is_object(c, s0, i))
			return c->ppl.per[i];
		if (ex_is(c, i, W_HE) || ex_is(c, i, W_SHE))
			return c->disc.last_subj;
	}
	return -1;
}

/*
 * "X, accompanied by Foreign Minister Y", "Y, travelling with X", "he
 * was joined by Trade Minister Y": a companion whose title names no
 * country serves the government of the one they travel with.
 */
static void
ex_people_companions(struct ex_ctx *c, int s0, int s1)
{
	for (int k = s0; k + 1 < s1; k++) {
		int lead = -1, c0, c1;

		if (!(c->tok.t[k].cls & LX_VERB) && !ex_is(c, k, W_JOINED))
			continue;
		if ((ex_is(c, k, W_ACCOMPANIED) || ex_is(c, k, W_JOINED)) &&
		    ex_is(c, k + 1, W_BY)) {
			lead = ex_person_before(c, s0, k);
			c0 = k + 2;
			c1 = k + 20 < s1 ? k + 20 : s1;
		} else if (((c->tok.t[k].cls & LX_VERB) &&
		    (c->tok.t[k].arg & 0xff) == V_ACCOMPANY) ||
		    (((c->tok.t[k].cls & LX_VERB) && (c->tok.t[k].arg &
		    0xff) == V_TRAVEL) && ex_is(c, k + 1, W_WITH))) {
			int a = ex_is(c, k + 1, W_WITH) ? k + 2 : k + 1;

			for (int i = a; i < s1 && i < a + 4 && lead < 0; i++)
				if (c->ppl.per[i] >= 0)
					lead = c->ppl.per[i];
			c0 = k - 12 > s0 ? k - 12 : s0;
			c1 = k;
			/* "Travelling with Mr Y are X and Z" */
			for (int i = a; i < s1 && i < a + 8; i++)
				if (ex_is(c, i, W_ARE) || ex_is(c, i, W_WERE)) {
					c0 = i + 1;
					c1 = i + 20 < s1 ? i + 20 : s1;
					break;
				}
		} else
			continue;
		if (lead < 0 || c->ppl.p[lead].cc[0] == '\0')
			continue;
		for (int i = c0; i < c1; i++) {
			struct ex_person *p;

			if (c->tok.t[i].cls & LX_VERB && i >= k)
				break;
			if (c->ppl.per[i] < 0 || c->ppl.per[i] == lead)
				continue;
			p = &c->ppl.p[c->ppl.per[i]];
			if (p->cc[0] == '\0' && p->labelled)
				memcpy(p->cc, c->ppl.p[lead].cc, 3);
		}
	}
}

void
ex_people_run(struct ex_ctx *c, int sno, int s0, int s1)
{
	int comp = 0;

	for (int i = s0; i < s1; i++) {
		struct ex_tok	*t = &c->tok.t[i];
		int		 kind = c->men.pm[t - c->tok.t] >= 0 ?
		    c->men.m[c->men.pm[t - c->tok.t]].kind : 0;

		/* a word of company: ex_people_companions has work */
		if (((t->cls & LX_VERB) && ((t->arg & 0xff) == V_ACCOMPANY ||
		    (t->arg & 0xff) == V_TRAVEL)) || t->wid == W_JOINED)
			comp = 1;
		if (c->ppl.per[t - c->tok.t] >= 0)
			continue;
		if (kind == PM_OFFICIAL)
			i = ex_people_official(c, sno, i);
		else if (kind == PM_ROLE && ex_role_title(c, sno,
		    c->men.pm[t - c->tok.t], s0,
		    s1, &i))
			;
		else if (kind == PM_ROLE)
			i = ex_people_role(c, sno, s0, s1, i);
		else if (t->cls & LX_HEAD)
			i = ex_people_title(c, sno, s0, s1, i);
		/* a surname (or full name) of someone already met; a
		 * month word only where no date reads ("by May while") */
		else if (t->type == T_WORD && (t->flags & TF_CAP) &&
		    !(t->cls & (LX_STOP | LX_WEEKDAY)) &&
		    (!(t->cls & LX_MONTH) || ex_month_name(c, i, s0, s1)))
			i = ex_people_name(c, sno, s0, s1, i);
	}
	if (comp)
		ex_people_companions(c, s0, s1);
}

/* A head of state or government (not a deputy or vice). */
int
ex_people_is_leader(const struct ex_person *p)
{
	if (p->role == NULL)
		return 0;
	if (strcasestr(p->role, "vice") || strcasestr(p->role, "deputy"))
		return 0;
	if (strcasestr(p->role, "prime minister"))
		return 1;
	return p->head == H_PRESIDENT || p->head == H_PREMIER ||
	    p->head == H_MONARCH || p->head == H_CHANCELLOR;
}
