/*
 * ex_mentions: tokens + knowledge -> mentions.
 *
 * Input: c->tok (ex_tokens) and c->kb.  Output: c->men (struct
 * ex_mentions, declared in ex_mentions.h): m[0..nm) (struct ex_kbm:
 * countries, demonyms, places, regions, office holders, role phrases, by
 * longest match over capitalised tokens; a country's name that is also a
 * place elsewhere resolved against the story), pm[] (the mention starting
 * at a token) and pmcov[] (the one covering it).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_mentions.h"
#include "kb.h"
#include "xmalloc.h"

static void
ex_push_m(struct ex_ctx *c, const struct ex_kbm *m)
{
	if (c->men.nm == c->men.cm) {
		c->men.cm = c->men.cm ? c->men.cm * 2 : 64;
		c->men.m = xreallocarray(c->men.m, (size_t)c->men.cm,
		    sizeof *c->men.m);
	}
	c->men.m[c->men.nm] = *m;
	c->men.pm[m->t0] = c->men.nm;
	for (int i = m->t0; i < m->t1; i++)
		c->men.pmcov[i] = c->men.nm;
	c->men.nm++;
}

/*
 * How likely a place is meant: one in the country named right after it
 * ("Bali, Indonesia") first, then capitals, venues and metonyms, then
 * cities by population; regions last.
 */
static double
ex_place_rank(struct ex_ctx *c, const struct kb_place *p, int t1, int m0)
{
	double r = 0;

	if (t1 + 1 < c->tok.nt && c->tok.t[t1].type == T_PUNCT &&
	    c->tok.t[t1].ch == ',') {
		char		 key[128];
		const char	*f = c->tok.fold.data + c->tok.t[t1 + 1].fold;
		const struct kb_ref *refs;
		size_t		 n, kl = strlen(f);

		if (kl < sizeof key) {
			memcpy(key, f, kl + 1);
			n = kb_lookup(c->kb, key, kl, &refs);
			if (n == 0 && t1 + 2 < c->tok.nt) {
				/* two-word countries: "Saudi Arabia" */
				const char *g = c->tok.fold.data +
				    c->tok.t[t1 + 2].fold;

				if (kl + 1 + strlen(g) < sizeof key) {
					key[kl] = ' ';
					memcpy(key + kl + 1, g, strlen(g) + 1);
					n = kb_lookup(c->kb, key, strlen(key),
					    &refs);
				}
			}
			for (size_t i = 0; i < n; i++)
				if (refs[i].kind == KB_REF_COUNTRY &&
				    strcmp(kb_country_at(c->kb,
				    refs[i].idx)->iso2, p->country) == 0)
					r += 1e12;
		}
	}
	/* same-name cities: the one in a country the article named */
	for (int i = m0; i < c->men.nm; i++)
		if ((c->men.m[i].kind == PM_COUNTRY ||
		    c->men.m[i].kind == PM_DEMONYM) &&
		    strcmp(c->men.m[i].cc, p->country) == 0) {
			r += 5e8;
			break;
		}
	switch (p->kind) {
	case KB_PLACE_CAPITAL:
		r += 1e10;
		break;
	case KB_PLACE_VENUE:
	case KB_PLACE_METONYM:
		r += 1e9;
		break;
	case KB_PLACE_CITY:
		break;
	case KB_PLACE_REGION:
		r -= p->country[0] ? 1e9 : 1e11;
		break;
	}
	return r + (double)p->population;
}

/* Chooses among the references of a matched key. */
static int
ex_pick(struct ex_ctx *c, const struct kb_ref *refs, size_t n, int t0, int t1,
    int m0, struct ex_kbm *m)
{
	const struct kb_place	*best = NULL;
	int			 have = 0;

	memset(m, 0, sizeof *m);
	m->t0 = t0;
	m->t1 = t1;
	/* Official and role first, then countries, demonyms, places. */
	for (size_t i = 0; i < n; i++)
		if (refs[i].kind == KB_REF_OFFICIAL) {
			const struct kb_official *o = kb_official_at(c->kb,
			    refs[i].idx);

			if (m->kind == PM_OFFICIAL &&
			    !kb_official_in_office(o, c->tim.published))
				continue;
			m->kind = PM_OFFICIAL;
			m->idx = refs[i].idx;
		}
	if (m->kind == PM_OFFICIAL)
		return 1;
	for (size_t i = 0; i < n; i++)
		if (refs[i].kind == KB_REF_ROLE) {
			m->kind = PM_ROLE;
			m->idx = refs[i].idx;
			return 1;
		}
	for (size_t i = 0; i < n; i++) {
		const struct kb_country *k;

		if (refs[i].kind != KB_REF_COUNTRY &&
		    refs[i].kind != KB_REF_DEMONYM)
			continue;
		k = kb_country_at(c->kb, refs[i].idx);
		m->kind = refs[i].kind == KB_REF_COUNTRY ? PM_COUNTRY :
		    PM_DEMONYM;
		memcpy(m->cc, k->iso2, 3);
		m->lat = k->lat;
		m->lon = k->lon;
		m->idx = refs[i].idx;
		have = 1;
		if (m->kind == PM_COUNTRY) {
			/* "Georgia": also a place of another country,
			 * for ex_mentions_resolve */
			for (size_t j = 0; j < n; j++) {
				const struct kb_place *p;

				if (refs[j].kind != KB_REF_PLACE)
					continue;
				p = kb_place_at(c->kb, refs[j].idx);
				if (p->country[0] != '\0' &&
				    strcmp(p->country, m->cc) != 0 &&
				    (p->kind == KB_PLACE_REGION ||
				    p->kind == KB_PLACE_CITY)) {
					m->alt = refs[j].idx + 1;
					break;
				}
			}
			return 1;
		}
	}
	for (size_t i = 0; i < n; i++) {
		const struct kb_place *p;

		if (refs[i].kind != KB_REF_PLACE)
			continue;
		p = kb_place_at(c->kb, refs[i].idx);
		if (best == NULL || ex_place_rank(c, p, t1, m0) >
		    ex_place_rank(c, best, t1, m0))
			best = p;
	}
	if (have)
		return 1;
	if (best == NULL)
		return 0;
	m->flags = best->flags;
	if (best->kind == KB_PLACE_REGION && best->country[0] == '\0') {
		m->kind = PM_REGION;
		return 1;
	}
	m->kind = PM_PLACE;
	memcpy(m->cc, best->country, 3);
	m->lat = best->lat;
	m->lon = best->lon;
	if (best->kind == KB_PLACE_CAPITAL || best->kind == KB_PLACE_CITY ||
	    best->kind == KB_PLACE_VENUE)
		m->city = best->name;
	else if (best->kind == KB_PLACE_METONYM) {
		const struct kb_country *k = kb_country_by_code(c->kb,
		    best->country);

		m->flags |= EX_MF_METONYM;

		m->city = k != NULL && k->capital[0] ? k->capital : NULL;
	}
	return 1;
}

/* 1 if the word at i is an elided article before a capital: "d'Ivoire"
 * in "Cote d'Ivoire". */
static int
ex_elided_cap(const struct ex_ctx *c, int i)
{
	const char *w = c->text + c->tok.t[i].off;

	return c->tok.t[i].len > 2 && (w[0] == 'd' || w[0] == 'l') &&
	    w[1] == '\'' && w[2] >= 'A' && w[2] <= 'Z';
}

/*
 * 1 if mention o is evidence for country cc in a story: a city, a region
 * or a people of cc, not its capital or a metonym ("Washington", "the
 * White House" are in every story about US diplomacy).
 */
static int
ex_evidence_for(const struct ex_ctx *c, const struct ex_kbm *o,
    const char *cc)
{
	const struct kb_country *k;

	if (strcmp(o->cc, cc) != 0 || (o->flags & EX_MF_METONYM))
		return 0;
	if (o->kind == PM_DEMONYM)
		return 1;
	if (o->kind != PM_PLACE)
		return 0;
	k = kb_country_by_code(c->kb, cc);
	return !(o->city != NULL && k != NULL &&
	    strcmp(o->city, k->capital) == 0);
}

/* 1 if tokens a and b are at most 12 apart with no sentence end between. */
static int
ex_near(const struct ex_ctx *c, int a, int b)
{
	if (a > b) {
		int t = a;

		a = b;
		b = t;
	}
	if (b - a > 12)
		return 0;
	for (int k = a; k < b; k++)
		if (ex_punct(c, k, '.') || ex_punct(c, k, '?') ||
		    ex_punct(c, k, '!') || ex_punct(c, k, ';') ||
		    (k > a && (c->tok.t[k].flags & TF_PARA)))
			return 0;
	return 1;
}

/*
 * Names of a country that are also a place elsewhere, resolved against
 * the story (mentions [m0, nm)): "Atlanta, Georgia", or "Georgia" in a
 * story that names nothing of the country Georgia (no Tbilisi, no
 * Georgians) and other places of the US near it ("in Georgia and Ohio")
 * or three times elsewhere, is the US state.
 */
static void
ex_mentions_resolve(struct ex_ctx *c, int m0)
{
	for (int i = m0; i < c->men.nm; i++) {
		struct ex_kbm		*m = &c->men.m[i];
		const struct kb_place	*p;
		int			 here = 0, there = 0, near = 0, city = 0;

		if (m->kind != PM_COUNTRY || m->alt == 0)
			continue;
		p = kb_place_at(c->kb, m->alt - 1);
		/* "Atlanta, Georgia": a city of the other country names it */
		if (m->t0 >= 2 && ex_punct(c, m->t0 - 1, ',') &&
		    c->men.pmcov[m->t0 - 2] >= 0) {
			const struct ex_kbm *b =
			    &c->men.m[c->men.pmcov[m->t0 - 2]];

			city = b->kind == PM_PLACE && strcmp(b->cc,
			    p->country) == 0;
		}
		for (int j = m0; !city && j < c->men.nm; j++) {
			if (j == i || (c->men.m[j].t1 - c->men.m[j].t0 ==
			    m->t1 - m->t0 && c->men.m[j].idx == m->idx &&
			    c->men.m[j].kind == PM_COUNTRY))
				continue;
			here += ex_evidence_for(c, &c->men.m[j], m->cc) ||
			    (c->men.m[j].kind == PM_COUNTRY &&
			    strcmp(c->men.m[j].cc, m->cc) == 0);
			if (ex_evidence_for(c, &c->men.m[j], p->country)) {
				there++;
				near += ex_near(c, c->men.m[j].t0, m->t0);
			}
		}
		/* the other country's places nearby ("in Georgia and
		 * Ohio") or all through the story */
		if (!city && (here > 0 || (near == 0 && there < 3)))
			continue;
		m->kind = PM_PLACE;
		memcpy(m->cc, p->country, 3);
		m->lat = p->lat;
		m->lon = p->lon;
		m->city = NULL;
		m->flags = p->flags;
		m->alt = 0;
	}
}

/*
 * The key of the longest run of words from token i (at most maxw words,
 * within one paragraph, no punctuation) in key (size ksz): the key of w
 * words is its first kls[w] bytes.  Returns the number of words.
 */
static int
ex_mention_keys(const struct ex_ctx *c, int i, unsigned maxw, char *key,
    size_t ksz, size_t *kls, size_t nkls)
{
	size_t	kl = 0;
	int	nw = 0;

	for (int j = i; j < i + (int)maxw && j < c->tok.nt &&
	    nw + 1 < (int)nkls; j++) {
		const char *g = ex_fold(c, j);
		size_t gl = c->tok.t[j].flen;

		if (c->tok.t[j].type == T_PUNCT || (j > i &&
		    (c->tok.t[j].flags & TF_PARA)) || kl + gl + 2 > ksz)
			break;
		/* "Democratic People's Republic": the possessive is part of
		 * the name */
		if (j > i && (c->tok.t[j - 1].flags & TF_POSS)) {
			if (kl + 3 > ksz)
				break;
			key[kl++] = 's';
		}
		if (kl > 0)
			key[kl++] = ' ';
		memcpy(key + kl, g, gl);
		kl += gl;
		kls[++nw] = kl;
	}
	return nw;
}

void
ex_mentions_run(struct ex_ctx *c, int t0)
{
	char		key[512];
	const int	m0 = c->men.nm;

	/* the marks of tokens [t0, nt): none yet */
	if (c->men.ntok < c->tok.nt) {
		c->men.pm = xreallocarray(c->men.pm, (size_t)c->tok.nt,
		    sizeof *c->men.pm);
		c->men.pmcov = xreallocarray(c->men.pmcov, (size_t)c->tok.nt,
		    sizeof *c->men.pmcov);
		c->men.ntok = c->tok.nt;
	}
	for (int i = t0; i < c->tok.nt; i++)
		c->men.pm[i] = c->men.pmcov[i] = -1;

	for (int i = t0; i < c->tok.nt; i++) {
		unsigned		 maxw;
		const char		*f;
		const struct kb_ref	*refs1 = NULL;
		size_t			 n1, fl, kls[256];
		int			 lower, nw;

		if (c->tok.t[i].type != T_WORD)
			continue;
		lower = !(c->tok.t[i].flags & TF_CAP);
		if ((c->tok.t[i].cls & (LX_STOP | LX_MONTH | LX_WEEKDAY |
		    LX_VERB | LX_FUT | LX_RELDAY | LX_PRON_S | LX_PRON_P)) &&
		    !ex_is(c, i, W_THE))
			continue;	/* common words start no key */
		f = ex_fold(c, i);
		fl = c->tok.t[i].flen;
		/* the one probe of the token: its one-word key and how long
		 * a key it may start */
		n1 = kb_lookup_word(c->kb, f, fl, &refs1, &maxw);
		/* "People's Republic of China": the key's first word is
		 * "peoples" */
		if ((c->tok.t[i].flags & TF_POSS) && fl + 2 < sizeof key) {
			unsigned mw;

			memcpy(key, f, fl);
			key[fl] = 's';
			key[fl + 1] = '\0';
			mw = kb_prefix_max(c->kb, key, fl + 1);
			if (mw > maxw)
				maxw = mw;
		}
		if (maxw == 0)
			continue;
		nw = ex_mention_keys(c, i, maxw, key, sizeof key, kls,
		    sizeof kls / sizeof kls[0]);
		for (int w = nw; w >= 1; w--) {
			const struct kb_ref	*refs;
			size_t			 nref;
			struct ex_kbm		 m;

			/* The last word must be capitalised. */
			if (w == 1) {
				nref = n1;
				refs = refs1;
			} else
				nref = kb_lookup(c->kb, key, kls[w], &refs);
			if (nref == 0 || !ex_pick(c, refs, nref, i, i + w, m0,
			    &m))
				continue;
			if (w > 1 && !(c->tok.t[i + w - 1].flags & TF_CAP) &&
			    c->tok.t[i + w - 1].type == T_WORD && !lower &&
			    m.kind != PM_ROLE && !ex_elided_cap(c, i + w - 1))
				continue;
			/* lower-case: only role phrases ("top US diplomat") */
			if (lower && m.kind != PM_ROLE)
				continue;
			/* "May" the month and other all-word homonyms. */
			if (w == 1 && (m.flags & KB_F_WORD) &&
			    !(c->tok.t[i].flags & TF_UPPER) && !(i > 0 &&
			    ex_is(c, i - 1, W_IN)))
				break;
			/* "his wife, Nancy,", "her husband Victor": a
			 * given name after a word of kin */
			if (m.kind == PM_PLACE || m.kind == PM_COUNTRY) {
				int b = i - 1;

				if (b > 0 && ex_punct(c, b, ','))
					b--;
				if (b >= 0 && (ex_is(c, b, W_WIFE) ||
				    ex_is(c, b, W_HUSBAND) || ex_is(c, b,
				    W_DAUGHTER) || ex_is(c, b, W_SON) ||
				    ex_is(c, b, W_WIDOW) || ex_is(c, b,
				    W_SISTER) || ex_is(c, b, W_BROTHER)))
					break;
			}
			/* "US$", "HK$": a currency, not a place */
			if (i + w < c->tok.nt && ex_punct(c, i + w, '$') &&
			    c->tok.t[i + w].off == c->tok.t[i + w - 1].off +
			    c->tok.t[i + w - 1].len) {
				i += w - 1;
				break;
			}
			ex_push_m(c, &m);
			i += w - 1;
			break;
		}
	}
	ex_mentions_resolve(c, m0);
}

/*
 * Germany divided: until the GDR's end (DD's until date in the kb) a
 * German place after a capitalised "East" ("East Berlin") is in the GDR
 * (DD), as "East Germany" and "East German" are by their kb rows.
 */
void
ex_mentions_east_germany(struct ex_ctx *c)
{
	const struct kb_country *dd = kb_country_by_code(c->kb, "DD");

	if (dd == NULL || dd->until[0] == '\0' ||
	    strcmp(c->tim.published, dd->until) >= 0)
		return;
	for (int i = 0; i < c->men.nm; i++)
		if (strcmp(c->men.m[i].cc, "DE") == 0 &&
		    (ex_is(c, c->men.m[i].t0, W_EAST) ||
		    (c->men.m[i].t0 > 0 && ex_is(c, c->men.m[i].t0 - 1,
		    W_EAST) && (c->tok.t[c->men.m[i].t0 - 1].flags &
		    TF_CAP))))
			memcpy(c->men.m[i].cc, "DD", 3);
}
