/*
 * check_kb: the knowledge loader — word folding, key lookup with several
 * meanings per key, longest-match prefixes, office holders by date, bad
 * rows, and the embedded tables (size and load time).
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "embed.h"
#include "kb.h"
#include "testutil.h"

static struct embed_file	fx_files[4];
static char			*fx_data[4];

static struct kb *
fixture_kb(void)
{
	static const char	*names[] = { "countries.tsv", "gazetteer.tsv",
	    "officials.tsv", "roles.tsv" };
	struct kb		*kb;
	char			*cause = NULL, rel[64];

	for (int i = 0; i < 4; i++) {
		size_t len;

		snprintf(rel, sizeof rel, "extract/%s", names[i]);
		fx_data[i] = tu_fixture(rel, &len);
		fx_files[i].name = names[i];
		fx_files[i].data = fx_data[i];
		fx_files[i].len = len;
	}
	ck_assert_int_eq(kb_load_from(fx_files, 4, &kb, &cause), 0);
	return kb;
}

static void
fixture_free(struct kb *kb)
{
	kb_free(kb);
	for (int i = 0; i < 4; i++)
		free(fx_data[i]);
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
	struct kb *kb = fixture_kb();

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
	fixture_free(kb);
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
	struct kb		*kb = fixture_kb();

	ck_assert_uint_eq(kb_lookup(kb, "atlantis", 8, &refs), 0);
	ck_assert_uint_eq(kb_lookup(kb, "south", 5, &refs), 0);
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++)
		ck_assert_msg(kb_prefix_max(kb, rows[i].word,
		    strlen(rows[i].word)) == rows[i].max, "%s", rows[i].word);
	fixture_free(kb);
}
END_TEST

START_TEST(test_places)
{
	const struct kb_ref	*refs;
	struct kb		*kb = fixture_kb();
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
	fixture_free(kb);
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
		/* "Soviet" is RU in the country table, SU in the officials
		 * of the time: one state, the date decides */
		{ "RU", "foreign_minister", "1986-05-30", "Ivan Testov" },
		{ "SU", "foreign_minister", "1986-05-30", "Ivan Testov" },
		{ "RU", "foreign_minister", "2016-05-30", "Pavel Novak" },
		{ "RU", "foreign_minister", "1995-05-30", NULL },
		{ "UA", "foreign_minister", "1986-05-30", NULL },
	};
	struct kb *kb = fixture_kb();

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
	fixture_free(kb);
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
	struct kb *kb = fixture_kb();

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
	fixture_free(kb);
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
	struct kb	*kb;
	char		*cause = NULL;
	struct timespec	 a, b;
	double		 ms;
	const struct kb_ref *refs;

	clock_gettime(CLOCK_MONOTONIC, &a);
	ck_assert_int_eq(kb_load(&kb, &cause), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	ms = (double)(b.tv_sec - a.tv_sec) * 1e3 +
	    (double)(b.tv_nsec - a.tv_nsec) / 1e6;
	ck_assert_msg(ms < 2000, "load took %.0f ms", ms);
	ck_assert_uint_ge(kb_ncountries(kb), 190);
	ck_assert_uint_gt(kb_nplaces(kb), 1000);
	ck_assert_uint_eq(strlen(kb_version(kb)), 16);
	ck_assert_uint_ge(kb_lookup(kb, "japan", 5, &refs), 1);
	ck_assert_uint_ge(kb_lookup(kb, "soviet union", 12, &refs), 1);
	kb_free(kb);
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
	struct kb	*kb;
	char		*cause = NULL;

	ck_assert_int_eq(kb_load(&kb, &cause), 0);
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
	kb_free(kb);
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
	return s;
}

int
main(void)
{
	return tu_run_suite(kb_suite());
}
