/*
 * check_kb: the knowledge loader — word folding, key lookup with several
 * meanings per key, longest-match prefixes, office holders by date, bad
 * rows, the embedded tables, and the country facts (codes of the time,
 * same state, home ground, "the", first holders of an office).
 *
 * No test changes a kb, so main() loads the fixture tables and the
 * embedded tables once, before the tests run (each forked test inherits
 * them).  Timings belong in scripts/bench, not here.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed.h"
#include "kb.h"
#include "when.h"
#include "testutil.h"

static struct embed_file	fx_files[4];
static char			*fx_data[4];
static struct kb		*fx;	/* the tables in tests/data/extract */
static struct kb		*emb;	/* the embedded tables */

/* Loads both kbs; 0, or -1 with a message on stderr. */
static int
kbs_load(void)
{
	static const char	*names[] = { "countries.tsv", "gazetteer.tsv",
	    "officials.tsv", "roles.tsv" };
	const char		*dir = getenv("ITINERD_TESTDATA");
	char			*cause = NULL, path[4096];

	/* outside a test: no ck_assert (tu_fixture) here */
	for (int i = 0; i < 4; i++) {
		size_t len = 0;

		snprintf(path, sizeof path, "%s/extract/%s", dir ? dir : ".",
		    names[i]);
		if ((fx_data[i] = tu_read_file(path, &len)) == NULL) {
			fprintf(stderr, "check_kb: %s unreadable\n", path);
			return -1;
		}
		fx_files[i].name = names[i];
		fx_files[i].data = fx_data[i];
		fx_files[i].len = len;
	}
	if (kb_load_from(fx_files, 4, &fx, &cause) != 0 ||
	    kb_load(&emb, &cause) != 0) {
		fprintf(stderr, "check_kb: %s\n", cause);
		free(cause);
		return -1;
	}
	return 0;
}

static void
kbs_free(void)
{
	kb_free(fx);
	kb_free(emb);
	for (int i = 0; i < 4; i++)
		free(fx_data[i]);
}

/* The ISO code of the first country or demonym reference of key, or "". */
static const char *
first_country(const struct kb *kb, const char *key, unsigned *kind)
{
	const struct kb_ref	*refs;
	size_t			 n = kb_lookup(kb, key, strlen(key), &refs);

	for (size_t i = 0; i < n; i++)
		if (refs[i].kind == KB_REF_COUNTRY ||
		    refs[i].kind == KB_REF_DEMONYM) {
			*kind = refs[i].kind;
			return kb_country_at(kb, refs[i].idx)->iso2;
		}
	return "";
}

START_TEST(test_fold)
{
	static const struct {
		const char	*in;
		const char	*out;
	} rows[] = {
		{ "U.S.", "us" },
		{ "Tokyo", "tokyo" },
		{ "Ségolène", "segolene" },
		{ "O’Brien", "obrien" },
		{ "d'Ivoire", "divoire" },
		{ "São", "sao" },
		{ "Łódź", "lodz" },
		{ "In-yong", "in-yong" },
		{ "Straße", "strasse" },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		char	out[64];
		size_t	n = kb_fold_word(rows[i].in, strlen(rows[i].in), out,
		    sizeof out);

		ck_assert_msg(strcmp(out, rows[i].out) == 0, "%s -> %s",
		    rows[i].in, out);
		ck_assert_uint_eq(n, strlen(rows[i].out));
	}
}
END_TEST

START_TEST(test_lookup)
{
	static const struct {
		const char	*key;
		unsigned	 kind;
		const char	*cc;	/* country of the first ref */
		size_t		 nrefs;
	} rows[] = {
		{ "south korea", KB_REF_COUNTRY, "KR", 1 },
		{ "rok", KB_REF_COUNTRY, "KR", 1 },
		{ "s korea", KB_REF_COUNTRY, "KR", 1 },
		{ "us", KB_REF_COUNTRY, "US", 1 },
		{ "japanese", KB_REF_DEMONYM, "JP", 1 },
		{ "south korean", KB_REF_DEMONYM, "KR", 1 },
		{ "cote divoire", KB_REF_COUNTRY, "CI", 1 },
		{ "tokio", KB_REF_PLACE, "JP", 1 },
		{ "sao paulo", KB_REF_PLACE, "BR", 1 },
		{ "georgia", KB_REF_COUNTRY, "GE", 2 },
		{ "pentagon chief", KB_REF_ROLE, "US", 1 },
		{ "antony j blinken", KB_REF_OFFICIAL, "US", 1 },
	};
	struct kb *kb = fx;

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const struct kb_ref	*refs;
		size_t			 n = kb_lookup(kb, rows[i].key,
		    strlen(rows[i].key), &refs);
		const char		*cc = "";

		ck_assert_msg(n == rows[i].nrefs, "%s: %zu refs", rows[i].key,
		    n);
		ck_assert_uint_eq(refs[0].kind, rows[i].kind);
		switch (refs[0].kind) {
		case KB_REF_COUNTRY:
		case KB_REF_DEMONYM:
			cc = kb_country_at(kb, refs[0].idx)->iso2;
			break;
		case KB_REF_PLACE:
			cc = kb_place_at(kb, refs[0].idx)->country;
			break;
		case KB_REF_OFFICIAL:
			cc = kb_official_at(kb, refs[0].idx)->country;
			break;
		case KB_REF_ROLE:
			cc = kb_role_at(kb, refs[0].idx)->country;
			break;
		}
		ck_assert_str_eq(cc, rows[i].cc);
	}
}
END_TEST

START_TEST(test_missing_and_prefix)
{
	static const struct {
		const char	*word;
		unsigned	 max;
	} rows[] = {
		{ "south", 2 }, { "tokyo", 1 }, { "pentagon", 2 },
		{ "antony", 3 }, { "nowhere", 0 }, { "top", 3 },
	};
	const struct kb_ref	*refs;
	struct kb		*kb = fx;

	ck_assert_uint_eq(kb_lookup(kb, "atlantis", 8, &refs), 0);
	ck_assert_uint_eq(kb_lookup(kb, "south", 5, &refs), 0);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		ck_assert_msg(kb_prefix_max(kb, rows[i].word,
		    strlen(rows[i].word)) == rows[i].max, "%s", rows[i].word);
}
END_TEST

/* One probe per token: the refs of the one-word key and the prefix. */
START_TEST(test_lookup_word)
{
	static const struct {
		const char	*word;
		size_t		 nrefs;
		unsigned	 pmax;
		unsigned	 kind;	/* of the first ref, when nrefs */
	} rows[] = {
		{ "south", 0, 2, 0 },		/* only starts "south korea" */
		{ "antony", 0, 3, 0 },
		{ "top", 0, 3, 0 },
		{ "tokyo", 1, 1, KB_REF_PLACE },
		{ "japanese", 1, 1, KB_REF_DEMONYM },
		{ "pentagon", 1, 2, KB_REF_PLACE },
		{ "austin", 2, 1, KB_REF_PLACE },
		{ "georgia", 2, 1, KB_REF_COUNTRY },
		{ "nowhere", 0, 0, 0 },
		{ "", 0, 0, 0 },
		/* a multi-word key is found, but starts nothing itself */
		{ "south korea", 1, 0, KB_REF_COUNTRY },
	};
	static const char *const words[] = { "the", "us", "japan", "soviet",
	    "east", "south", "new", "washington", "kremlin", "secretary",
	    "foreign", "minister", "blinken", "georgia", "paris", "congo",
	    "republic", "said", "x" };
	static const struct kb_ref sentinel[1];
	char long_key[300];

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const struct kb_ref	*refs = sentinel;
		unsigned		 pm = 99;
		size_t			 n = kb_lookup_word(fx, rows[i].word,
		    strlen(rows[i].word), &refs, &pm);

		ck_assert_msg(n == rows[i].nrefs && pm == rows[i].pmax,
		    "%s: %zu refs, prefix %u", rows[i].word, n, pm);
		if (n == 0)
			ck_assert_ptr_eq(refs, sentinel);
		else
			ck_assert_uint_eq(refs[0].kind, rows[i].kind);
	}
	/* the same answers as the two probes it replaces, on the real
	 * tables */
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		const struct kb_ref	*r1 = NULL, *r2 = NULL;
		size_t			 l = strlen(words[i]);
		unsigned		 pm;
		size_t			 n1 = kb_lookup(emb, words[i], l, &r1);
		size_t			 n2 = kb_lookup_word(emb, words[i], l,
		    &r2, &pm);

		ck_assert_msg(n1 == n2 && r1 == r2, "%s", words[i]);
		ck_assert_uint_eq(pm, kb_prefix_max(emb, words[i], l));
	}
	ck_assert_uint_eq(kb_lookup_word(emb, "japan", 5, &(const struct
	    kb_ref *){ NULL }, NULL), 1);
	memset(long_key, 'a', sizeof long_key);
	{
		const struct kb_ref	*refs = sentinel;
		unsigned		 pm = 99;

		ck_assert_uint_eq(kb_lookup_word(emb, long_key,
		    sizeof long_key, &refs, &pm), 0);
		ck_assert_uint_eq(pm, 0);
	}
}
END_TEST

START_TEST(test_places)
{
	const struct kb_ref	*refs;
	struct kb		*kb = fx;
	const struct kb_place	*p;

	/* the city and the surname of an office holder */
	ck_assert_uint_eq(kb_lookup(kb, "austin", 6, &refs), 2);
	ck_assert_uint_eq(refs[0].kind, KB_REF_PLACE);
	ck_assert_uint_eq(refs[1].kind, KB_REF_SURNAME);
	p = kb_place_at(kb, refs[0].idx);
	ck_assert(p->flags & KB_F_PERSON);
	ck_assert_int_eq(p->kind, KB_PLACE_CITY);
	ck_assert_uint_eq(kb_lookup(kb, "persian gulf", 12, &refs), 1);
	p = kb_place_at(kb, refs[0].idx);
	ck_assert_int_eq(p->kind, KB_PLACE_REGION);
	ck_assert_str_eq(p->country, "");
	ck_assert_uint_eq(kb_lookup(kb, "pentagon", 8, &refs), 1);
	ck_assert_int_eq(kb_place_at(kb, refs[0].idx)->kind,
	    KB_PLACE_METONYM);
	ck_assert_ptr_nonnull(kb_country_by_code(kb, "kr"));
	ck_assert_ptr_null(kb_country_by_code(kb, "ZZ"));
}
END_TEST

START_TEST(test_office_holder)
{
	static const struct {
		const char	*cc, *office, *date, *name;
	} rows[] = {
		{ "US", "foreign_minister", "2016-05-01", "John Kerry" },
		{ "US", "foreign_minister", "2022-05-01", "Antony Blinken" },
		{ "US", "defence_minister", "2021-03-16", "Lloyd Austin" },
		{ "US", "foreign_minister", "2017-01-25", NULL },
		{ "JP", "foreign_minister", "2022-05-01", NULL },
		/* a handover day: the incoming holder */
		{ "US", "foreign_minister", "2018-03-31", "Mike Pompeo" },
		{ "US", "foreign_minister", "2018-03-30", "Rex Tillerson" },
		/* one state under two codes (the fixture's RU row is
		 * part_of SU, SU's successor RU): the date decides */
		{ "RU", "foreign_minister", "1986-05-30", "Ivan Testov" },
		{ "SU", "foreign_minister", "1986-05-30", "Ivan Testov" },
		{ "RU", "foreign_minister", "2016-05-30", "Pavel Novak" },
		{ "RU", "foreign_minister", "1995-05-30", NULL },
		{ "UA", "foreign_minister", "1986-05-30", NULL },
	};
	struct kb *kb = fx;

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const struct kb_official *o = kb_office_holder(kb, rows[i].cc,
		    rows[i].office, rows[i].date);

		if (rows[i].name == NULL)
			ck_assert_msg(o == NULL, "row %zu", i);
		else {
			ck_assert_ptr_nonnull(o);
			ck_assert_str_eq(o->name, rows[i].name);
		}
	}
}
END_TEST

/* The surname key of an office holder: the family name of names written
 * family name first, the first name of "X bin Y" names, else the last
 * word. */
START_TEST(test_surname_keys)
{
	static const struct {
		const char	*key;
		const char	*name;	/* NULL: no surname reference */
	} rows[] = {
		{ "li", "Li Qiang" },
		{ "qiang", NULL },
		{ "tamim", "Tamim bin Hamad Al Thani" },
		{ "thani", "Tamim bin Hamad Al Thani" },
		{ "pompeo", "Mike Pompeo" },
	};
	struct kb *kb = fx;

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const struct kb_ref	*refs;
		size_t			 n = kb_lookup(kb, rows[i].key,
		    strlen(rows[i].key), &refs);
		const char		*found = NULL;

		for (size_t k = 0; k < n; k++)
			if (refs[k].kind == KB_REF_SURNAME)
				found = kb_official_at(kb, refs[k].idx)->name;
		if (rows[i].name == NULL)
			ck_assert_msg(found == NULL, "%s: %s", rows[i].key,
			    found);
		else {
			ck_assert_msg(found != NULL, "%s: none", rows[i].key);
			ck_assert_str_eq(found, rows[i].name);
		}
	}
}
END_TEST

START_TEST(test_bad_row)
{
	struct embed_file	 f;
	struct kb		*kb = NULL;
	char			*cause = NULL;
	size_t			 len;
	char			*data = tu_fixture("extract/bad-countries.tsv",
	    &len);

	f.name = "countries.tsv";
	f.data = data;
	f.len = len;
	ck_assert_int_lt(kb_load_from(&f, 1, &kb, &cause), 0);
	ck_assert_ptr_null(kb);
	ck_assert_ptr_nonnull(cause);
	ck_assert_ptr_nonnull(strstr(cause, "line 2"));
	free(cause);
	free(data);
}
END_TEST

START_TEST(test_embedded)
{
	struct kb		*kb = emb;
	const struct kb_ref	*refs;

	ck_assert_uint_ge(kb_ncountries(kb), 190);
	ck_assert_uint_gt(kb_nplaces(kb), 1000);
	ck_assert_uint_eq(strlen(kb_version(kb)), 16);
	ck_assert_uint_ge(kb_lookup(kb, "japan", 5, &refs), 1);
	ck_assert_uint_ge(kb_lookup(kb, "soviet union", 12, &refs), 1);
}
END_TEST

/* Country names written without "the" after "of", and their neighbours
 * that must stay apart (CG/CD, KR/KP). */
START_TEST(test_country_variants)
{
	static const struct {
		const char	*key;
		const char	*cc;
	} rows[] = {
		{ "republic of the congo", "CG" },
		{ "republic of congo", "CG" },
		{ "democratic republic of the congo", "CD" },
		{ "democratic republic of congo", "CD" },
		{ "republic of korea", "KR" },
		{ "democratic peoples republic of korea", "KP" },
		{ "peoples republic of china", "CN" },
	};
	struct kb	*kb = emb;

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const struct kb_ref	*refs;
		size_t			 n = kb_lookup(kb, rows[i].key,
		    strlen(rows[i].key), &refs);
		size_t			 j;

		for (j = 0; j < n; j++)
			if (refs[j].kind == KB_REF_COUNTRY)
				break;
		ck_assert_msg(j < n, "%s: no country", rows[i].key);
		ck_assert_str_eq(kb_country_at(kb, refs[j].idx)->iso2,
		    rows[i].cc);
		for (; j < n; j++)
			if (refs[j].kind == KB_REF_COUNTRY)
				ck_assert_str_eq(kb_country_at(kb,
				    refs[j].idx)->iso2, rows[i].cc);
	}
}
END_TEST

/*
 * Historical names are indexed under the historical row; the successor
 * keeps its own names (see kb.h).  The facts of those rows.
 */
START_TEST(test_historical_rows)
{
	static const struct {
		const char	*key;
		const char	*cc;
		unsigned	 kind;
	} rows[] = {
		{ "soviet union", "SU", KB_REF_COUNTRY },
		{ "ussr", "SU", KB_REF_COUNTRY },
		{ "soviet", "SU", KB_REF_DEMONYM },
		{ "russia", "RU", KB_REF_COUNTRY },
		{ "soviet russia", "RU", KB_REF_COUNTRY },
		{ "east germany", "DD", KB_REF_COUNTRY },
		{ "gdr", "DD", KB_REF_COUNTRY },
		{ "german democratic republic", "DD", KB_REF_COUNTRY },
		{ "east german", "DD", KB_REF_DEMONYM },
		{ "west germany", "DE", KB_REF_COUNTRY },
		{ "frg", "DE", KB_REF_COUNTRY },
		{ "yugoslavia", "YU", KB_REF_COUNTRY },
		{ "yugoslav", "YU", KB_REF_DEMONYM },
		{ "serbia and montenegro", "RS", KB_REF_COUNTRY },
		{ "czechoslovakia", "CS", KB_REF_COUNTRY },
		{ "czechoslovak", "CS", KB_REF_DEMONYM },
		{ "czech republic", "CZ", KB_REF_COUNTRY },
	};
	static const struct {
		const char	*cc, *successor, *until;
	} hist[] = {
		{ "SU", "RU", "1991-12-26" }, { "YU", "RS", "1992-04-27" },
		{ "CS", "CZ", "1993-01-01" }, { "DD", "DE", "1990-10-03" },
	};
	const struct kb_country *c;

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		unsigned kind = 0;

		ck_assert_msg(strcmp(first_country(emb, rows[i].key, &kind),
		    rows[i].cc) == 0 && kind == rows[i].kind, "%s",
		    rows[i].key);
	}
	for (size_t i = 0; i < sizeof hist / sizeof hist[0]; i++) {
		c = kb_country_by_code(emb, hist[i].cc);
		ck_assert_ptr_nonnull(c);
		ck_assert(c->flags & KB_F_HISTORICAL);
		ck_assert_str_eq(c->successor, hist[i].successor);
		ck_assert_str_eq(c->until, hist[i].until);
		ck_assert_str_eq(c->part_of, "");
	}
	c = kb_country_by_code(emb, "UA");
	ck_assert_str_eq(c->part_of, "SU");
	ck_assert_str_eq(c->part_until, "1991-12-26");
	ck_assert(!(c->flags & KB_F_HISTORICAL));
	c = kb_country_by_code(emb, "PR");
	ck_assert_str_eq(c->sovereign, "US");
	ck_assert(c->flags & KB_F_TERRITORY);
	ck_assert(!(kb_country_by_code(emb, "US")->flags & KB_F_TERRITORY));
}
END_TEST

START_TEST(test_code_on)
{
	static const struct {
		const char	*cc, *date, *want;
	} rows[] = {
		{ "UA", "1987-03-11", "SU" },
		{ "UA", "1991-12-25", "SU" },
		{ "UA", "1991-12-26", "UA" },
		{ "ua", "1987-03-11", "SU" },
		{ "RU", "1985-06-01", "SU" },
		{ "KZ", "1991-12-25", "SU" },
		{ "SU", "1987-03-11", "SU" },
		{ "SU", "1991-12-26", "RU" },
		{ "SU", "2020-01-01", "RU" },
		{ "EE", "1991-09-05", "SU" },
		{ "EE", "1991-09-06", "EE" },
		{ "LT", "1991-10-01", "LT" },
		{ "RS", "1992-04-26", "YU" },
		{ "ME", "1990-01-01", "YU" },
		{ "RS", "1992-04-27", "RS" },
		{ "YU", "1985-01-01", "YU" },
		{ "YU", "1999-03-24", "RS" },
		{ "HR", "1991-10-07", "YU" },
		{ "HR", "1991-10-08", "HR" },
		{ "SK", "1992-12-31", "CS" },
		{ "CZ", "1968-08-21", "CS" },
		{ "SK", "1993-01-01", "SK" },
		{ "CS", "1993-01-01", "CZ" },
		{ "DD", "1989-11-09", "DD" },
		{ "DD", "1990-10-03", "DE" },
		{ "DE", "1987-06-12", "DE" },
		{ "JP", "1950-01-01", "JP" },
		{ "PR", "1950-01-01", "PR" },
		{ "UA", "1987-03-11T09:30:00Z", "SU" },
		{ "UA", "", "UA" },
		{ "ZZ", "1987-03-11", "ZZ" },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const char *got = kb_code_on(emb, rows[i].cc, rows[i].date);

		ck_assert_msg(strcmp(got, rows[i].want) == 0, "%s on %s: %s",
		    rows[i].cc, rows[i].date, got);
	}
	/* unchanged: cc itself; changed: a string of the kb */
	{
		const char *de = "DE", *ua = "UA";

		ck_assert_ptr_eq(kb_code_on(emb, de, "1987-06-12"), de);
		ck_assert_ptr_eq(kb_code_on(emb, ua, NULL), ua);
		ck_assert_ptr_eq(kb_code_on(emb, ua, "1987-03-11"),
		    kb_country_by_code(emb, "SU")->iso2);
	}
}
END_TEST

START_TEST(test_same_state)
{
	static const struct {
		const char	*a, *b;
		int		 want;
	} rows[] = {
		{ "SU", "RU", 1 }, { "RU", "SU", 1 }, { "YU", "RS", 1 },
		{ "RS", "YU", 1 }, { "CS", "CZ", 1 }, { "cs", "cz", 1 },
		{ "US", "US", 1 }, { "EU", "EU", 1 },
		/* the GDR acceded to the Federal Republic (see kb.h) */
		{ "DD", "DE", 0 }, { "DE", "DD", 0 },
		/* members are not the union */
		{ "SU", "UA", 0 }, { "UA", "RU", 0 }, { "CS", "SK", 0 },
		{ "YU", "ME", 0 }, { "US", "PR", 0 }, { "JP", "KR", 0 },
		{ "ZZ", "RU", 0 },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		ck_assert_msg(kb_same_state(emb, rows[i].a, rows[i].b) ==
		    rows[i].want, "%s %s", rows[i].a, rows[i].b);
	ck_assert_int_eq(kb_same_state(emb, NULL, "RU"), 0);
	/* the fixture's own rows decide there */
	ck_assert_int_eq(kb_same_state(fx, "SU", "RU"), 1);
	ck_assert_int_eq(kb_same_state(fx, "YU", "RS"), 0);
}
END_TEST

START_TEST(test_is_home)
{
	static const struct {
		const char	*cc, *dest;
		int		 want;
	} rows[] = {
		{ "US", "PR", 1 }, { "US", "GU", 1 }, { "US", "VI", 1 },
		{ "US", "AS", 1 }, { "US", "MP", 1 }, { "US", "UM", 1 },
		{ "US", "US", 1 }, { "DK", "GL", 1 }, { "DK", "FO", 1 },
		{ "FR", "NC", 1 }, { "FR", "PF", 1 }, { "FR", "RE", 1 },
		{ "GB", "FK", 1 }, { "GB", "GI", 1 }, { "GB", "BM", 1 },
		{ "NL", "AW", 1 }, { "NL", "CW", 1 }, { "CN", "HK", 1 },
		{ "CN", "MO", 1 }, { "AU", "NF", 1 }, { "RU", "SU", 1 },
		{ "US", "GL", 0 }, { "GB", "PR", 0 }, { "PR", "US", 0 },
		{ "US", "CA", 0 }, { "DK", "IS", 0 }, { "CN", "TW", 0 },
		{ "RU", "UA", 0 }, { "US", "ZZ", 0 },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		ck_assert_msg(kb_is_home(emb, rows[i].cc, rows[i].dest) ==
		    rows[i].want, "%s %s", rows[i].cc, rows[i].dest);
}
END_TEST

START_TEST(test_is_seat)
{
	static const struct {
		const char	*cc, *city, *day;
		int		 want;
	} rows[] = {
		{ "NL", "The Hague", "2020-05-01", 1 },
		{ "nl", "The Hague", "2020-05-01", 1 },	/* code in any case */
		{ "NL", "Amsterdam", "2020-05-01", 0 },	/* the capital: countries.tsv's */
		{ "DE", "Bonn", "1987-04-02", 1 },
		{ "DE", "Bonn", "1999-08-31", 1 },
		{ "DE", "Bonn", "1999-09-01", 0 },	/* left that day */
		{ "DE", "The Hague", "1987-04-02", 0 },	/* another country's */
		{ "ZA", "Cape Town", "2010-01-01", 1 },
		{ "US", "New York", "2010-01-01", 0 },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		int32_t day;

		ck_assert_int_eq(when_day_parse(rows[i].day, 10, &day), 0);
		ck_assert_msg(kb_is_seat(emb, rows[i].cc, rows[i].city, day) ==
		    rows[i].want, "%s %s %s", rows[i].cc, rows[i].city,
		    rows[i].day);
	}
}
END_TEST

START_TEST(test_takes_the)
{
	static const struct {
		const char	*cc;
		int		 want;
	} rows[] = {
		/* the single words the extractor listed */
		{ "CG", 1 }, { "CD", 1 }, { "GM", 1 }, { "LB", 1 },
		{ "SD", 1 }, { "UA", 1 }, { "VA", 1 }, { "YE", 1 },
		/* plurals and phrases */
		{ "BS", 1 }, { "PH", 1 }, { "NL", 1 }, { "US", 1 },
		{ "GB", 1 }, { "AE", 1 }, { "MV", 1 }, { "SU", 1 },
		{ "FR", 0 }, { "JP", 0 }, { "DE", 0 }, { "SS", 0 },
		{ "ZZ", 0 },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		ck_assert_msg(kb_country_takes_the(emb, rows[i].cc) ==
		    rows[i].want, "%s", rows[i].cc);
}
END_TEST

START_TEST(test_office_first)
{
	static const struct {
		struct kb	**kb;
		const char	 *cc, *office, *want;
	} rows[] = {
		{ &fx, "US", "foreign_minister",
		    "2013-02-01" },
		{ &fx, "US", "defence_minister",
		    "2021-01-22" },
		/* one state under two codes: RU finds the SU row */
		{ &fx, "RU", "foreign_minister",
		    "1985-07-02" },
		{ &fx, "SU", "foreign_minister",
		    "1985-07-02" },
		{ &fx, "JP", "foreign_minister", NULL },
		{ &fx, "US", "no_such_office", NULL },
		/* the embedded table reaches back to the 1980s */
		{ &emb, "US", "foreign_minister",
		    "1981-01-22" },
		{ &emb, "RU", "foreign_minister",
		    "1957-02-15" },
		{ &emb, "DE", "head_of_government",
		    "1974-05-16" },
		{ &emb, "UA", "foreign_minister",
		    "2014-06-19" },
		{ &emb, "ZZ", "foreign_minister", NULL },
	};

	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		const char *got = kb_office_first(*rows[i].kb, rows[i].cc,
		    rows[i].office);

		if (rows[i].want == NULL)
			ck_assert_msg(got == NULL, "row %zu: %s", i, got);
		else
			ck_assert_msg(got != NULL && strcmp(got,
			    rows[i].want) == 0, "row %zu: %s", i,
			    got ? got : "NULL");
	}
}
END_TEST

static Suite *
kb_suite(void)
{
	Suite	*s = suite_create("kb");
	TCase	*tc;

	tc = tcase_create("fold");
	tcase_add_test(tc, test_fold);
	suite_add_tcase(s, tc);
	tc = tcase_create("lookup");
	tcase_add_test(tc, test_lookup);
	tcase_add_test(tc, test_missing_and_prefix);
	tcase_add_test(tc, test_lookup_word);
	tcase_add_test(tc, test_places);
	suite_add_tcase(s, tc);
	tc = tcase_create("officials");
	tcase_add_test(tc, test_office_holder);
	tcase_add_test(tc, test_surname_keys);
	suite_add_tcase(s, tc);
	tc = tcase_create("load");
	tcase_add_test(tc, test_bad_row);
	tcase_add_test(tc, test_embedded);
	tcase_add_test(tc, test_country_variants);
	suite_add_tcase(s, tc);
	tc = tcase_create("facts");
	tcase_add_test(tc, test_historical_rows);
	tcase_add_test(tc, test_code_on);
	tcase_add_test(tc, test_same_state);
	tcase_add_test(tc, test_is_home);
	tcase_add_test(tc, test_is_seat);
	tcase_add_test(tc, test_takes_the);
	tcase_add_test(tc, test_office_first);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	int r;

	if (kbs_load() != 0)
		return 1;
	r = tu_run_suite(kb_suite());
	kbs_free();
	return r;
}
