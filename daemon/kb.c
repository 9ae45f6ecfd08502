/*
 * kb: loads the knowledge tables (countries, gazetteer, officials, roles;
 * UTF-8 TSV, '#' header, '|' between list items) into memory and indexes
 * every name under its folded key in one open-addressing hash table.  The
 * same table has a slot for every word that starts a key, holding the
 * number of words of the longest key starting with it, so that one probe
 * per token answers both questions of longest-match lookup
 * (kb_lookup_word).  Strings point into one private
 * copy of each table.  Nothing here does I/O: the tables come from the
 * embedded files (or from the caller, for tests).
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "embed.h"
#include "kb.h"
#include "when.h"
#include "xmalloc.h"

/*
 * One slot of the index, 16 bytes so that four share a cache line: the
 * probes of a text are random accesses, and their cost is the cache
 * misses, not the hashing.
 */
struct kb_slot {
	uint32_t	 key;	/* offset of the key in kb->keys */
	uint32_t	 tag;	/* high half of the key's hash */
	uint32_t	 off;	/* refs offset */
	uint16_t	 nref;	/* refs count; 0: only a first word */
	uint8_t		 len;	/* key length; 0: empty slot */
	uint8_t		 pmax;	/* words of the longest key starting with
				 * this one-word key, or 0 */
};

/* Keys longer than this are not indexed (no name comes near it). */
#define KB_MAXKEY	255

/*
 * The index: open addressing with linear probing, at most half full, and
 * in front of it a filter of two bits per key (about 32 bits per key, so
 * some 0.3 % false positives) that fits in the L2 cache: most probes of
 * a text are for words that are no key, and the filter answers them
 * without touching the table.
 */
struct kb_map {
	struct kb_slot	*v;
	size_t		 mask;
	size_t		 n;
	const char	*base;		/* kb->keys */
	uint64_t	*filter;
	unsigned	 fbits;		/* log2 of the filter's bits */
};

struct kb_pair {
	char		*key;
	size_t		 len;
	struct kb_ref	 ref;
	size_t		 order;
};

/* A seat of government other than the capital (seats.tsv). */
struct kb_seat {
	char		 country[3];
	const char	*city;
	int32_t		 until;		/* the day it was left, or NONE */
};

struct kb {
	char			**bufs;
	size_t			  nbufs, cbufs;
	struct kb_country	 *countries;
	size_t			  ncountries, ccountries;
	struct kb_place		 *places;
	size_t			  nplaces, cplaces;
	struct kb_official	 *officials;
	size_t			  nofficials, cofficials;
	struct kb_role		 *roles;
	size_t			  nroles, croles;
	struct kb_seat		 *seats;	/* seats.tsv, in file order */
	size_t			  nseats, cseats;

	struct kb_pair		 *pairs;	/* while loading */
	size_t			  npairs, cpairs;

	int16_t			  bycode[26 * 26];	/* AA..ZZ -> country
							 * index + 1, or 0 */
	uint32_t		 *offidx;	/* officials by country code,
						 * then file order */
	uint32_t		  offat[26 * 26 + 1];	/* code -> first in
							 * offidx */

	char			 *keys;		/* all keys, NUL separated */
	struct kb_ref		 *refs;
	struct kb_map		  names;	/* keys and first words */
	char			  version[17];
};

/* Latin-1 Supplement and Latin Extended-A to base letters (from U+00C0). */
static const char kb_latin[] =
    "aaaaaaaceeeeiiii" "dnooooo ouuuuyts"	/* C0-DF */
    "aaaaaaaceeeeiiii" "dnooooo ouuuuyty"	/* E0-FF */
    "aaaaaaccccccccdd" "ddeeeeeeeeeegggg"	/* 100-11F */
    "gggghhhhiiiiiiii" "iijjjjkkklllllll"	/* 120-13F */
    "lllnnnnnnnnnoooo" "oooorrrrrrssssss"	/* 140-15F */
    "ssttttttuuuuuuuu" "uuuuwwyyyzzzzzzs";	/* 160-17F */

size_t
kb_fold_word(const char *s, size_t len, char *out, size_t outsz)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, o = 0;
	unsigned		 cp;
	int			 n;

	if (outsz == 0)
		return 0;
	while (i < len) {
		if (p[i] < 0x80) {
			unsigned char c = p[i++];
			if (c == '.' || c == '\'')
				continue;
			if (c >= 'A' && c <= 'Z')
				c += 'a' - 'A';
			if (o + 1 < outsz)
				out[o++] = (char)c;
			continue;
		}
		if ((p[i] & 0xe0) == 0xc0)
			n = 2, cp = p[i] & 0x1f;
		else if ((p[i] & 0xf0) == 0xe0)
			n = 3, cp = p[i] & 0x0f;
		else if ((p[i] & 0xf8) == 0xf0)
			n = 4, cp = p[i] & 0x07;
		else {
			i++;
			continue;
		}
		if (i + n > len)
			break;
		for (int k = 1; k < n; k++)
			cp = (cp << 6) | (p[i + k] & 0x3f);
		if (cp == 0x2019 || cp == 0x2018 || cp == 0x2bc) {
			i += n;		/* apostrophes */
			continue;
		}
		if (cp >= 0xc0 && cp < 0x180 && kb_latin[cp - 0xc0] != ' ') {
			if (cp == 0xdf && o + 2 < outsz) {
				out[o++] = 's';
				out[o++] = 's';
			} else if (o + 1 < outsz)
				out[o++] = kb_latin[cp - 0xc0];
			i += n;
			continue;
		}
		if (cp == 0x2010 || cp == 0x2011) {	/* hyphens */
			if (o + 1 < outsz)
				out[o++] = '-';
			i += n;
			continue;
		}
		for (int k = 0; k < n; k++)
			if (o + 1 < outsz)
				out[o++] = (char)p[i + k];
		i += n;
	}
	out[o] = '\0';
	return o;
}

/* Folds a whole name into a key: words split on spaces and commas. */
static char *
kb_fold_name(const char *s, size_t len, size_t *klen)
{
	char	*out = xmalloc(len * 2 + 2);
	size_t	 o = 0, i = 0;

	while (i < len) {
		size_t j;

		while (i < len && (s[i] == ' ' || s[i] == ',' || s[i] == '\t'
		    || s[i] == '(' || s[i] == ')'))
			i++;
		j = i;
		while (j < len && s[j] != ' ' && s[j] != ',' && s[j] != '\t'
		    && s[j] != '(' && s[j] != ')')
			j++;
		if (j > i) {
			size_t w;

			if (o > 0)
				out[o++] = ' ';
			w = kb_fold_word(s + i, j - i, out + o,
			    len * 2 + 2 - o);
			if (w == 0 && o > 0)
				o--;
			o += w;
		}
		i = j;
	}
	out[o] = '\0';
	*klen = o;
	return out;
}

/*
 * Hashes a key eight bytes at a time (the last, partial word is read as
 * the key's final eight bytes, overlapping the one before; keys under
 * eight bytes as two overlapping halves), each word mixed with a
 * multiply and shift.  Keys are compared in full after a tag match, so
 * the hash needs only spread well, not be collision-free.  Against the
 * byte-at-a-time FNV-1a it replaced, lookups of cached keys went from
 * about 75 to 135 M/s (bench_kb).
 */
static inline uint64_t
kb_mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 31);
}

static inline uint64_t
kb_hash(const char *s, size_t len)
{
	uint64_t	h = 0x9e3779b97f4a7c15ULL ^ (len * 0xff51afd7ed558ccdULL);
	uint64_t	w;
	uint32_t	a, b;

	if (len >= 8) {
		size_t i;

		for (i = 0; i + 8 <= len; i += 8) {
			memcpy(&w, s + i, 8);
			h = kb_mix(h, w);
		}
		if (i < len) {
			memcpy(&w, s + len - 8, 8);
			h = kb_mix(h, w);
		}
	} else if (len >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + len - 4, 4);
		h = kb_mix(h, (uint64_t)a << 32 | b);
	} else if (len > 0) {
		w = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[len >> 1] << 8 |
		    (unsigned char)s[len - 1];
		h = kb_mix(h, w);
	}
	h *= 0x94d049bb133111ebULL;
	return h ^ (h >> 32);
}

/* An index for at most n entries whose keys are stored at base. */
static void
kb_map_init(struct kb_map *m, size_t n, const char *base)
{
	size_t cap = 64;

	while (cap < n * 2 + 1)
		cap <<= 1;
	m->v = xcalloc(cap, sizeof *m->v);
	m->mask = cap - 1;
	m->n = 0;
	m->base = base;
	m->fbits = 9;
	while (m->fbits < 40 && ((size_t)1 << m->fbits) < n * 32)
		m->fbits++;
	m->filter = xcalloc(((size_t)1 << m->fbits) / 64, sizeof *m->filter);
}

/* The two filter bits of hash h. */
static inline void
kb_map_bits(const struct kb_map *m, uint64_t h, size_t *b1, size_t *b2)
{
	*b1 = (size_t)(h >> 13) & (((size_t)1 << m->fbits) - 1);
	*b2 = (size_t)((h * 0x9e3779b97f4a7c15ULL) >> (64 - m->fbits));
}

/* The slot of key, or NULL. */
static inline const struct kb_slot *
kb_map_find(const struct kb_map *m, const char *key, size_t len)
{
	uint64_t	h;
	uint32_t	tag;
	size_t		i, b1, b2;

	if (m->v == NULL || len == 0 || len > KB_MAXKEY)
		return NULL;
	h = kb_hash(key, len);
	kb_map_bits(m, h, &b1, &b2);
	if (!((m->filter[b1 / 64] >> (b1 % 64)) & 1) ||
	    !((m->filter[b2 / 64] >> (b2 % 64)) & 1))
		return NULL;
	tag = (uint32_t)(h >> 32);
	for (i = (size_t)h & m->mask;; i = (i + 1) & m->mask) {
		const struct kb_slot *s = &m->v[i];

		if (s->len == 0)
			return NULL;
		if (s->tag == tag && s->len == len &&
		    memcmp(m->base + s->key, key, len) == 0)
			return s;
	}
}

/*
 * The slot of the key at base + koff (len bytes, 1 to KB_MAXKEY): the
 * existing one, or a new one (nref and pmax 0).
 */
static struct kb_slot *
kb_map_put(struct kb_map *m, size_t koff, size_t len)
{
	const char	*key = m->base + koff;
	uint64_t	 h = kb_hash(key, len);
	uint32_t	 tag = (uint32_t)(h >> 32);
	size_t		 i, b1, b2;

	for (i = (size_t)h & m->mask;; i = (i + 1) & m->mask) {
		struct kb_slot *s = &m->v[i];

		if (s->len == 0) {
			s->key = (uint32_t)koff;
			s->tag = tag;
			s->len = (uint8_t)len;
			m->n++;
			kb_map_bits(m, h, &b1, &b2);
			m->filter[b1 / 64] |= (uint64_t)1 << (b1 % 64);
			m->filter[b2 / 64] |= (uint64_t)1 << (b2 % 64);
			return s;
		}
		if (s->tag == tag && s->len == len &&
		    memcmp(m->base + s->key, key, len) == 0)
			return s;
	}
}

static void
kb_add_key(struct kb *kb, const char *name, size_t len, unsigned kind,
    unsigned idx)
{
	struct kb_pair	*p;
	size_t		 klen;
	char		*key;

	while (len > 0 && name[len - 1] == ' ')
		len--;
	if (len == 0)
		return;
	key = kb_fold_name(name, len, &klen);
	if (klen == 0 || klen > KB_MAXKEY) {
		free(key);
		return;
	}
	if (kb->npairs == kb->cpairs) {
		kb->cpairs = kb->cpairs ? kb->cpairs * 2 : 4096;
		kb->pairs = xreallocarray(kb->pairs, kb->cpairs,
		    sizeof *kb->pairs);
	}
	p = &kb->pairs[kb->npairs];
	p->key = key;
	p->len = klen;
	p->ref.kind = kind;
	p->ref.idx = idx;
	p->order = kb->npairs++;
}

/* Adds each '|'-separated item of list under kind/idx. */
static void
kb_add_list(struct kb *kb, const char *list, unsigned kind, unsigned idx)
{
	const char *p = list, *q;

	while (*p != '\0') {
		q = strchr(p, '|');
		if (q == NULL)
			q = p + strlen(p);
		kb_add_key(kb, p, (size_t)(q - p), kind, idx);
		p = *q ? q + 1 : q;
	}
}

/*
 * "Republic of the Congo" is also written "Republic of Congo": adds the
 * name without "the" after "of", unless the aliases already have it.
 */
static void
kb_add_without_the(struct kb *kb, const char *name, const char *aliases,
    unsigned idx)
{
	const char	*p = strstr(name, " of the ");
	struct buf	 b = { 0 };
	const char	*a;

	if (p == NULL)
		return;
	buf_add(&b, name, (size_t)(p - name) + 4);
	buf_adds(&b, p + 8);
	for (a = aliases; (a = strstr(a, b.data)) != NULL; a++) {
		size_t n = strlen(b.data);

		if ((a == aliases || a[-1] == '|') && (a[n] == '\0' ||
		    a[n] == '|'))
			break;
	}
	if (a == NULL)
		kb_add_key(kb, b.data, strlen(b.data), KB_REF_COUNTRY, idx);
	buf_free(&b);
}

static int
kb_pair_cmp(const void *a, const void *b)
{
	const struct kb_pair	*x = a, *y = b;
	size_t			 n = x->len < y->len ? x->len : y->len;
	int			 c = memcmp(x->key, y->key, n);

	if (c != 0)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* Splits line in place into at most max tab-separated fields. */
static size_t
kb_split(char *line, char **f, size_t max)
{
	size_t n = 0;

	f[n++] = line;
	for (char *p = line; *p != '\0' && n < max; p++) {
		if (*p == '\t') {
			*p = '\0';
			f[n++] = p + 1;
		}
	}
	for (size_t i = n; i < max; i++)
		f[i] = line + strlen(line);	/* "" */
	return n;
}

static int
kb_parse_double(const char *s, double *out)
{
	char *end;

	if (*s == '\0') {
		*out = 0;
		return 0;
	}
	*out = strtod(s, &end);
	return *end == '\0' ? 0 : -EINVAL;
}

static unsigned
kb_parse_flags(const char *s)
{
	static const struct {
		const char	*name;
		unsigned	 flag;
	} tab[] = {
		{ "ambiguous", KB_F_AMBIGUOUS }, { "person", KB_F_PERSON },
		{ "territory", KB_F_TERRITORY }, { "the", KB_F_THE },
		{ "homonym", KB_F_HOMONYM }, { "word", KB_F_WORD },
		{ "country", KB_F_COUNTRY },
		{ "historical", KB_F_HISTORICAL },
	};
	unsigned	flags = 0;
	const char	*p = s;

	while (*p != '\0') {
		size_t n = strcspn(p, ",|");

		for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
			if (strlen(tab[i].name) == n &&
			    strncmp(p, tab[i].name, n) == 0)
				flags |= tab[i].flag;
		p += n;
		if (*p != '\0')
			p++;
	}
	return flags;
}

static void
kb_copy_code(char dst[3], const char *src)
{
	dst[0] = dst[1] = dst[2] = '\0';
	if (strlen(src) == 2) {
		dst[0] = (char)(src[0] & ~0x20);
		dst[1] = (char)(src[1] & ~0x20);
	}
}

static void
kb_copy_date(char dst[11], const char *src)
{
	dst[0] = '\0';
	if (strlen(src) == 10)
		memcpy(dst, src, 11);
}

static int
kb_line_countries(struct kb *kb, char **f, size_t nf)
{
	struct kb_country	*c;
	unsigned		 idx = (unsigned)kb->ncountries;

	if (nf < 3 || strlen(f[0]) != 2)
		return -EINVAL;
	kb->countries = xgrow(kb->countries, &kb->ccountries, kb->ncountries + 1,
	    sizeof *kb->countries);
	c = &kb->countries[kb->ncountries++];
	memset(c, 0, sizeof *c);
	kb_copy_code(c->iso2, f[0]);
	if (strlen(f[1]) == 3)
		memcpy(c->iso3, f[1], 4);
	c->name = f[2];
	c->capital = f[3];
	if (kb_parse_double(f[4], &c->lat) != 0 ||
	    kb_parse_double(f[5], &c->lon) != 0)
		return -EINVAL;
	c->flags = kb_parse_flags(f[8]);
	kb_copy_code(c->sovereign, f[9]);
	kb_copy_code(c->part_of, f[10]);
	kb_copy_date(c->part_until, f[11]);
	kb_copy_code(c->successor, f[12]);
	kb_copy_date(c->until, f[13]);
	/* a part_of or successor without its date means nothing */
	if (c->part_until[0] == '\0')
		c->part_of[0] = '\0';
	if (c->until[0] == '\0')
		c->successor[0] = '\0';
	kb_add_key(kb, f[2], strlen(f[2]), KB_REF_COUNTRY, idx);
	kb_add_list(kb, f[6], KB_REF_COUNTRY, idx);
	kb_add_without_the(kb, f[2], f[6], idx);
	kb_add_list(kb, f[7], KB_REF_DEMONYM, idx);
	return 0;
}

static int
kb_line_gazetteer(struct kb *kb, char **f, size_t nf)
{
	static const char *const kinds[] = { "capital", "city", "venue", "metonym",
	    "region" };
	struct kb_place	*p;
	unsigned	 idx = (unsigned)kb->nplaces;
	int		 kind = -1;

	if (nf < 6 || *f[0] == '\0')
		return -EINVAL;
	for (int i = 0; i < 5; i++)
		if (strcmp(f[5], kinds[i]) == 0)
			kind = i;
	if (kind < 0)
		return -EINVAL;
	kb->places = xgrow(kb->places, &kb->cplaces, kb->nplaces + 1,
	    sizeof *kb->places);
	p = &kb->places[kb->nplaces++];
	memset(p, 0, sizeof *p);
	p->name = f[0];
	kb_copy_code(p->country, f[1]);
	if (kb_parse_double(f[2], &p->lat) != 0 ||
	    kb_parse_double(f[3], &p->lon) != 0)
		return -EINVAL;
	p->population = strtol(f[4], NULL, 10);
	p->kind = (enum kb_place_kind)kind;
	p->flags = kb_parse_flags(f[7]);
	kb_add_key(kb, f[0], strlen(f[0]), KB_REF_PLACE, idx);
	kb_add_list(kb, f[6], KB_REF_PLACE, idx);
	return 0;
}

/* Countries whose press writes the family name first ("Wang Yi"). */
static int
kb_family_first(const char *cc)
{
	static const char *const tab[] = { "CN", "KR", "KP", "VN", "TW" };

	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
		if (strcmp(cc, tab[i]) == 0)
			return 1;
	return 0;
}

static int
kb_line_officials(struct kb *kb, char **f, size_t nf)
{
	struct kb_official	*o;
	unsigned		 idx = (unsigned)kb->nofficials;
	const char		*sp;

	if (nf < 4 || *f[0] == '\0')
		return -EINVAL;
	kb->officials = xgrow(kb->officials, &kb->cofficials, kb->nofficials + 1,
	    sizeof *kb->officials);
	o = &kb->officials[kb->nofficials++];
	memset(o, 0, sizeof *o);
	o->name = f[0];
	kb_copy_code(o->country, f[2]);
	o->office = f[3];
	o->role = f[4];
	kb_copy_date(o->start, f[5]);
	kb_copy_date(o->end, f[6]);
	kb_add_key(kb, f[0], strlen(f[0]), KB_REF_OFFICIAL, idx);
	kb_add_list(kb, f[1], KB_REF_OFFICIAL, idx);
	sp = strrchr(f[0], ' ');
	if (sp != NULL && !kb_family_first(o->country))
		kb_add_key(kb, sp + 1, strlen(sp + 1), KB_REF_SURNAME, idx);
	/* "Wang Yi" -> Wang; "Mohammed bin Salman" -> Mohammed */
	if (sp != NULL && (kb_family_first(o->country) ||
	    strstr(f[0], " bin ") != NULL || strstr(f[0], " bint ") != NULL ||
	    strstr(f[0], " ibn ") != NULL))
		kb_add_key(kb, f[0], strcspn(f[0], " "), KB_REF_SURNAME, idx);
	return 0;
}

static int
kb_line_roles(struct kb *kb, char **f, size_t nf)
{
	struct kb_role	*r;
	unsigned	 idx = (unsigned)kb->nroles;

	if (nf < 2 || *f[0] == '\0')
		return -EINVAL;
	kb->roles = xgrow(kb->roles, &kb->croles, kb->nroles + 1,
	    sizeof *kb->roles);
	r = &kb->roles[kb->nroles++];
	memset(r, 0, sizeof *r);
	r->alias = f[0];
	r->office = f[1];
	kb_copy_code(r->country, f[2]);
	r->display = f[3];
	r->not_official = strstr(f[4], "not_official") != NULL;
	kb_add_key(kb, f[0], strlen(f[0]), KB_REF_ROLE, idx);
	return 0;
}

/* seats.tsv: iso2, city, the day the seat was left (empty: still one). */
static int
kb_line_seats(struct kb *kb, char **f, size_t nf)
{
	struct kb_seat	*st;

	if (nf < 2 || strlen(f[0]) != 2 || *f[1] == '\0')
		return -EINVAL;
	kb->seats = xgrow(kb->seats, &kb->cseats, kb->nseats + 1,
	    sizeof *kb->seats);
	st = &kb->seats[kb->nseats++];
	kb_copy_code(st->country, f[0]);
	st->city = f[1];
	st->until = WHEN_DAY_NONE;
	if (nf > 2 && *f[2] != '\0' &&
	    when_day_parse(f[2], strlen(f[2]), &st->until) != 0)
		return -EINVAL;
	return 0;
}

typedef int (*kb_line_fn)(struct kb *, char **, size_t);

/* Fields per row at most (countries.tsv has 14). */
#define KB_MAXF	16

static int
kb_parse_file(struct kb *kb, const struct embed_file *file, kb_line_fn fn,
    char **cause)
{
	char	*buf = xmalloc(file->len + 1);
	char	*p = buf, *nl;
	size_t	 lineno = 0;

	memcpy(buf, file->data, file->len);
	buf[file->len] = '\0';
	kb->bufs = xgrow(kb->bufs, &kb->cbufs, kb->nbufs + 1,
	    sizeof *kb->bufs);
	kb->bufs[kb->nbufs++] = buf;
	for (; *p != '\0'; p = nl) {
		char	*f[KB_MAXF];
		size_t	 nf, len;

		lineno++;
		nl = strchr(p, '\n');
		if (nl != NULL)
			*nl++ = '\0';
		else
			nl = p + strlen(p);
		len = strlen(p);
		if (len > 0 && p[len - 1] == '\r')
			p[--len] = '\0';
		if (*p == '#' || len == 0)
			continue;
		nf = kb_split(p, f, KB_MAXF);
		if (fn(kb, f, nf) != 0) {
			if (cause != NULL)
				*cause = xasprintf("%s: line %zu: bad row",
				    file->name, lineno);
			return -EINVAL;
		}
	}
	return 0;
}

static void
kb_build_index(struct kb *kb)
{
	size_t	 nkeys = 0, nmulti = 0, koff = 0, total = 0, i, j;
	char	*kp;

	qsort(kb->pairs, kb->npairs, sizeof *kb->pairs, kb_pair_cmp);
	for (i = 0; i < kb->npairs; i++) {
		total += kb->pairs[i].len + 1;
		if (i == 0 || kb_pair_cmp(&kb->pairs[i - 1],
		    &kb->pairs[i]) != 0) {
			nkeys++;
			if (memchr(kb->pairs[i].key, ' ',
			    kb->pairs[i].len) != NULL)
				nmulti++;
		}
	}
	kb->keys = xmalloc(total + 1);
	kb->refs = xcalloc(kb->npairs + 1, sizeof *kb->refs);
	/* keys, plus at most one first word per multi-word key */
	kb_map_init(&kb->names, nkeys + nmulti, kb->keys);
	kp = kb->keys;
	for (i = 0; i < kb->npairs; i = j) {
		struct kb_pair	*p = &kb->pairs[i];
		struct kb_slot	*s;
		size_t		 nref = 0, words = 1, fw;

		memcpy(kp, p->key, p->len + 1);
		s = kb_map_put(&kb->names, (size_t)(kp - kb->keys), p->len);
		s->off = (uint32_t)koff;
		for (j = i; j < kb->npairs && kb->pairs[j].len == p->len &&
		    memcmp(kb->pairs[j].key, p->key, p->len) == 0; j++) {
			/* Drop duplicate references under one key. */
			int dup = 0;

			for (size_t k = 0; k < nref; k++)
				if (kb->refs[koff + k].kind ==
				    kb->pairs[j].ref.kind &&
				    kb->refs[koff + k].idx ==
				    kb->pairs[j].ref.idx)
					dup = 1;
			if (!dup && nref < UINT16_MAX)
				kb->refs[koff + nref++] = kb->pairs[j].ref;
		}
		s->nref = (uint16_t)nref;
		koff += nref;

		/* the first word's slot: a key of its own, or a slot with
		 * no references (pairs are sorted, so a one-word key comes
		 * before the longer keys that start with it) */
		for (fw = 0; fw < p->len; fw++)
			if (kp[fw] == ' ')
				words++;
		fw = strcspn(kp, " ");
		s = kb_map_put(&kb->names, (size_t)(kp - kb->keys), fw);
		if (s->pmax < words)
			s->pmax = (uint8_t)(words < UINT8_MAX ? words :
			    UINT8_MAX);
		kp += p->len + 1;
	}
	for (i = 0; i < kb->npairs; i++)
		free(kb->pairs[i].key);
	free(kb->pairs);
	kb->pairs = NULL;
	kb->npairs = kb->cpairs = 0;
}

/* Index of a two-letter code (any case) in bycode, or -1. */
static int
kb_code_slot(const char *cc)
{
	int a, b;

	if (cc == NULL || cc[0] == '\0' || cc[1] == '\0' || cc[2] != '\0')
		return -1;
	a = (cc[0] | 0x20) - 'a';
	b = (cc[1] | 0x20) - 'a';
	if (a < 0 || a >= 26 || b < 0 || b >= 26)
		return -1;
	return a * 26 + b;
}

/*
 * The officials by country (offidx, offat): each code's rows in file
 * order, so a look-up by country reads only that country's rows.  Rows
 * with no valid code are in no list (no code matches them).
 */
static void
kb_build_officials(struct kb *kb)
{
	uint32_t	cnt[26 * 26] = { 0 }, pos[26 * 26];

	for (size_t i = 0; i < kb->nofficials; i++) {
		int k = kb_code_slot(kb->officials[i].country);

		if (k >= 0)
			cnt[k]++;
	}
	kb->offat[0] = 0;
	for (int k = 0; k < 26 * 26; k++) {
		kb->offat[k + 1] = kb->offat[k] + cnt[k];
		pos[k] = kb->offat[k];
	}
	kb->offidx = xcalloc(kb->offat[26 * 26] + 1, sizeof *kb->offidx);
	for (size_t i = 0; i < kb->nofficials; i++) {
		int k = kb_code_slot(kb->officials[i].country);

		if (k >= 0)
			kb->offidx[pos[k]++] = (uint32_t)i;
	}
}

/* The code index; the first row wins when a code repeats. */
static void
kb_build_codes(struct kb *kb)
{
	for (size_t i = 0; i < kb->ncountries && i < INT16_MAX; i++) {
		int k = kb_code_slot(kb->countries[i].iso2);

		if (k >= 0 && kb->bycode[k] == 0)
			kb->bycode[k] = (int16_t)(i + 1);
	}
}

int
kb_load_from(const struct embed_file *files, size_t n, struct kb **out,
    char **cause)
{
	static const struct {
		const char	*name;
		kb_line_fn	 fn;
	} tabs[] = {
		{ "countries.tsv", kb_line_countries },
		{ "gazetteer.tsv", kb_line_gazetteer },
		{ "officials.tsv", kb_line_officials },
		{ "roles.tsv", kb_line_roles },
		{ "seats.tsv", kb_line_seats },
	};
	struct kb	*kb = xcalloc(1, sizeof *kb);
	uint64_t	 h = 14695981039346656037ULL;
	int		 error;

	for (size_t t = 0; t < sizeof tabs / sizeof tabs[0]; t++) {
		for (size_t i = 0; i < n; i++) {
			const char *base = strrchr(files[i].name, '/');

			base = base ? base + 1 : files[i].name;
			if (strcmp(base, tabs[t].name) != 0)
				continue;
			error = kb_parse_file(kb, &files[i], tabs[t].fn,
			    cause);
			if (error != 0) {
				kb_free(kb);
				return error;
			}
			for (size_t k = 0; k < files[i].len; k++) {
				h ^= (unsigned char)files[i].data[k];
				h *= 1099511628211ULL;
			}
		}
	}
	kb_build_index(kb);
	kb_build_codes(kb);
	kb_build_officials(kb);
	for (int i = 0; i < 16; i++)
		kb->version[i] = "0123456789abcdef"[(h >> (60 - 4 * i)) & 15];
	kb->version[16] = '\0';
	*out = kb;
	return 0;
}

int
kb_load(struct kb **out, char **cause)
{
	return kb_load_from(kb_files, kb_nfiles, out, cause);
}

void
kb_free(struct kb *kb)
{
	if (kb == NULL)
		return;
	for (size_t i = 0; i < kb->nbufs; i++)
		free(kb->bufs[i]);
	free(kb->bufs);
	for (size_t i = 0; i < kb->npairs; i++)
		free(kb->pairs[i].key);
	free(kb->pairs);
	free(kb->countries);
	free(kb->places);
	free(kb->officials);
	free(kb->offidx);
	free(kb->roles);
	free(kb->seats);
	free(kb->keys);
	free(kb->refs);
	free(kb->names.v);
	free(kb->names.filter);
	free(kb);
}

const char *
kb_version(const struct kb *kb)
{
	return kb->version;
}

size_t
kb_lookup(const struct kb *kb, const char *key, size_t len,
    const struct kb_ref **refs)
{
	const struct kb_slot *s = kb_map_find(&kb->names, key, len);

	if (s == NULL || s->nref == 0)
		return 0;
	*refs = &kb->refs[s->off];
	return s->nref;
}

unsigned
kb_prefix_max(const struct kb *kb, const char *w, size_t len)
{
	const struct kb_slot *s = kb_map_find(&kb->names, w, len);

	return s == NULL ? 0 : s->pmax;
}

size_t
kb_lookup_word(const struct kb *kb, const char *w, size_t len,
    const struct kb_ref **refs, unsigned *prefix_max)
{
	const struct kb_slot *s = kb_map_find(&kb->names, w, len);

	if (prefix_max != NULL)
		*prefix_max = s == NULL ? 0 : s->pmax;
	if (s == NULL || s->nref == 0)
		return 0;
	*refs = &kb->refs[s->off];
	return s->nref;
}

const struct kb_country *
kb_country_at(const struct kb *kb, unsigned i)
{
	return i < kb->ncountries ? &kb->countries[i] : NULL;
}

const struct kb_place *
kb_place_at(const struct kb *kb, unsigned i)
{
	return i < kb->nplaces ? &kb->places[i] : NULL;
}

const struct kb_official *
kb_official_at(const struct kb *kb, unsigned i)
{
	return i < kb->nofficials ? &kb->officials[i] : NULL;
}

const struct kb_role *
kb_role_at(const struct kb *kb, unsigned i)
{
	return i < kb->nroles ? &kb->roles[i] : NULL;
}

const struct kb_country *
kb_country_by_code(const struct kb *kb, const char *iso2)
{
	int k = kb_code_slot(iso2);

	if (k < 0 || kb->bycode[k] == 0)
		return NULL;
	return &kb->countries[kb->bycode[k] - 1];
}

int
kb_official_in_office(const struct kb_official *o, const char *date)
{
	if (date == NULL || *date == '\0')
		return o->end[0] == '\0';
	if (o->start[0] != '\0' && strcmp(date, o->start) < 0)
		return 0;
	if (o->end[0] != '\0' && strcmp(date, o->end) > 0)
		return 0;
	return 1;
}

static int
kb_cc_eq(const char *a, const char *b)
{
	/* two-letter codes, case-insensitive, without a call per row */
	if ((a[0] | 0x20) != (b[0] | 0x20))
		return 0;
	if (a[0] == '\0' || b[0] == '\0')
		return a[0] == b[0];
	return strcasecmp(a + 1, b + 1) == 0;
}

/*
 * The other code of the same state as cc, or NULL: a historical code's
 * successor when the successor was part of it (SU -> RU), or, for such a
 * successor, the historical code (RU -> SU).  The data has at most one.
 */
static const char *
kb_state_alias(const struct kb *kb, const char *cc)
{
	const struct kb_country *c = kb_country_by_code(kb, cc), *o;

	if (c == NULL)
		return NULL;
	if (c->successor[0] != '\0' &&
	    (o = kb_country_by_code(kb, c->successor)) != NULL &&
	    strcmp(o->part_of, c->iso2) == 0)
		return o->iso2;
	if (c->part_of[0] != '\0' &&
	    (o = kb_country_by_code(kb, c->part_of)) != NULL &&
	    strcmp(o->successor, c->iso2) == 0)
		return o->iso2;
	return NULL;
}

int
kb_same_state(const struct kb *kb, const char *a, const char *b)
{
	const char *alt;

	if (a == NULL || b == NULL)
		return 0;
	if (kb_cc_eq(a, b))
		return 1;
	alt = kb_state_alias(kb, a);
	return alt != NULL && kb_cc_eq(alt, b);
}

int
kb_is_home(const struct kb *kb, const char *cc, const char *dest)
{
	const struct kb_country *d;

	if (kb_same_state(kb, cc, dest))
		return 1;
	d = kb_country_by_code(kb, dest);
	return d != NULL && d->sovereign[0] != '\0' &&
	    kb_same_state(kb, cc, d->sovereign);
}

int
kb_is_seat(const struct kb *kb, const char *cc, const char *city, int32_t day)
{
	for (size_t i = 0; i < kb->nseats; i++) {
		const struct kb_seat *st = &kb->seats[i];

		if (strcasecmp(st->country, cc) == 0 &&
		    strcmp(st->city, city) == 0 &&
		    (st->until == WHEN_DAY_NONE || day < st->until))
			return 1;
	}
	return 0;
}

int
kb_country_takes_the(const struct kb *kb, const char *cc)
{
	const struct kb_country *c = kb_country_by_code(kb, cc);

	return c != NULL && (c->flags & KB_F_THE) != 0;
}

const char *
kb_code_on(const struct kb *kb, const char *cc, const char *date)
{
	const struct kb_country *c = kb_country_by_code(kb, cc), *o;

	if (c == NULL || date == NULL || *date == '\0')
		return cc;
	if (c->part_of[0] != '\0' && strncmp(date, c->part_until, 10) < 0 &&
	    (o = kb_country_by_code(kb, c->part_of)) != NULL)
		return o->iso2;
	if (c->successor[0] != '\0' && strncmp(date, c->until, 10) >= 0 &&
	    (o = kb_country_by_code(kb, c->successor)) != NULL)
		return o->iso2;
	return cc;
}

/*
 * 1 if official o serves country or the same state under its other code
 * (alt, from kb_state_alias): the table lists Soviet office holders
 * under SU, and the press writes "Soviet" or "Russian" for them.
 */
static int
kb_serves(const struct kb_official *o, const char *country, const char *alt)
{
	return kb_cc_eq(o->country, country) ||
	    (alt != NULL && kb_cc_eq(o->country, alt));
}

const char *
kb_office_first(const struct kb *kb, const char *country, const char *office)
{
	const char	*alt, *first = NULL;

	if (country == NULL || office == NULL)
		return NULL;
	alt = kb_state_alias(kb, country);
	for (size_t i = 0; i < kb->nofficials; i++) {
		const struct kb_official *o = &kb->officials[i];

		if (o->start[0] == '\0' || !kb_serves(o, country, alt) ||
		    strcmp(o->office, office) != 0)
			continue;
		if (first == NULL || strcmp(o->start, first) < 0)
			first = o->start;
	}
	return first;
}

const struct kb_official *
kb_office_holder(const struct kb *kb, const char *country,
    const char *office, const char *date)
{
	const char	*alt = kb_state_alias(kb, country);
	const char	*ccs[2] = { country, alt };
	size_t		 exact = SIZE_MAX, found = SIZE_MAX;

	/*
	 * End dates are inclusive and equal the successor's start: on a
	 * handover day the incoming holder (start == date) wins.  The
	 * first row in file order of each kind, over both codes' lists.
	 */
	for (int w = 0; w < 2; w++) {
		int k = ccs[w] != NULL ? kb_code_slot(ccs[w]) : -1;

		if (k < 0)
			continue;
		for (uint32_t j = kb->offat[k]; j < kb->offat[k + 1]; j++) {
			uint32_t i = kb->offidx[j];
			const struct kb_official *o = &kb->officials[i];

			if (strcmp(o->office, office) != 0 ||
			    !kb_official_in_office(o, date))
				continue;
			if (date != NULL && strcmp(o->start, date) == 0 &&
			    i < exact)
				exact = i;
			if (i < found)
				found = i;
		}
	}
	if (exact != SIZE_MAX)
		return &kb->officials[exact];
	return found != SIZE_MAX ? &kb->officials[found] : NULL;
}

size_t
kb_ncountries(const struct kb *kb)
{
	return kb->ncountries;
}

size_t
kb_nplaces(const struct kb *kb)
{
	return kb->nplaces;
}

size_t
kb_nofficials(const struct kb *kb)
{
	return kb->nofficials;
}

size_t
kb_nroles(const struct kb *kb)
{
	return kb->nroles;
}
