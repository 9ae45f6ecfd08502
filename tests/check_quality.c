/*
 * check_quality: the extractor's quality on the dev corpus, scored by the
 * corpus scorer (strict: surname, destination country, start +-1 day),
 * along both paths a user meets:
 *   - what `itinctl extract --json` prints for the dev feeds;
 *   - what the daemon stores: the same feeds imported with
 *     `itinerd --import` (the ingest path of fetches), and the legs read
 *     back from the database, one record per stored article.
 * Each must reach QUALITY_MIN_F1, and the two must agree, so the two paths
 * cannot drift apart.  Without the corpus (a clone with nothing beside it)
 * the suite says so and is skipped.
 */
#include <check.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>
#include <sqlite3.h>

#include "ctl_extract.h"
#include "testutil.h"
#include "xmalloc.h"

#define QUALITY_MIN_F1	0.90
/* The stored legs may differ from the printed ones only by rounding. */
#define QUALITY_MAX_DRIFT 0.005

static const char *const quality_feeds[] = {
	"mixed.atom.xml", "reuters-1987.rss.xml", "state-dept-2021-2022.rss.xml",
};
#define NFEEDS	(sizeof quality_feeds / sizeof quality_feeds[0])

struct score {
	double	p, r, f1;
};

static char *
feed_path(size_t i)
{
	return xasprintf("%s/dev/feeds/%s", tu_corpus(), quality_feeds[i]);
}

/* `itinctl extract --json` of the dev feeds into dir/extract.jsonl. */
static char *
predict_extract(const char *dir)
{
	char		*pred = xasprintf("%s/extract.jsonl", dir), *out = NULL;
	const char	*bin = getenv("ITINCTL_BIN");
	char		*argv[4 + NFEEDS];
	size_t		 i;

	argv[0] = (char *)(bin != NULL && *bin != '\0' ? bin : "extract");
	argv[1] = "extract";
	argv[2] = "--json";
	for (i = 0; i < NFEEDS; i++)
		argv[3 + i] = feed_path(i);
	argv[3 + NFEEDS] = NULL;
	if (bin != NULL && *bin != '\0') {
		ck_assert_int_eq(tu_run(argv, &out, NULL, 240000), 0);
		ck_assert_int_eq(tu_write_file(pred, out), 0);
		free(out);
	} else {
		int	 fd, saved;

		fflush(stdout);
		saved = dup(1);
		fd = open(pred, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		ck_assert_int_ge(fd, 0);
		dup2(fd, 1);
		close(fd);
		ck_assert_int_eq(ctl_extract_main((int)(2 + NFEEDS),
		    argv + 1), 0);
		fflush(stdout);
		dup2(saved, 1);
		close(saved);
	}
	for (i = 0; i < NFEEDS; i++)
		free(argv[3 + i]);
	return pred;
}

static void
set_text(json_t *o, const char *key, sqlite3_stmt *st, int col)
{
	const unsigned char *v = sqlite3_column_text(st, col);

	json_object_set_new(o, key, v != NULL && *v != '\0' ?
	    json_string((const char *)v) : json_null());
}

/*
 * Writes the legs stored in the database at db as the scorer's records
 * into dir/stored.jsonl: one record per stored article (its guid in the
 * import feed is the corpus article id), with each leg as its article
 * reported it (leg_sources) at the merged leg's destination.
 */
static char *
predict_stored(const char *db, const char *dir)
{
	static const char sql[] =
	    "SELECT fa.guid, date(a.published, 'unixepoch'), s.person, s.role,"
	    " l.official_country, l.dest_country, l.dest_city, s.start, s.end,"
	    " s.precision, s.status, s.confidence"
	    " FROM feed_articles fa JOIN articles a ON a.id = fa.article_id"
	    " LEFT JOIN leg_sources s ON s.article_id = a.id"
	    " LEFT JOIN legs l ON l.id = s.leg_id"
	    " ORDER BY fa.guid, s.id";
	char		*pred = xasprintf("%s/stored.jsonl", dir), *line;
	sqlite3		*h;
	sqlite3_stmt	*st;
	json_t		*rec = NULL;
	FILE		*f;
	int		 rc, records = 0;

	ck_assert_int_eq(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL),
	    SQLITE_OK);
	ck_assert_int_eq(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	f = fopen(pred, "w");
	ck_assert_ptr_nonnull(f);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char	*guid = (const char *)sqlite3_column_text(st, 0);
		json_t		*leg;

		if (rec == NULL || strcmp(json_string_value(json_object_get(
		    rec, "id")), guid) != 0) {
			if (rec != NULL) {
				line = json_dumps(rec, JSON_COMPACT);
				fprintf(f, "%s\n", line);
				free(line);
				json_decref(rec);
			}
			rec = json_pack("{s:s, s:s, s:[]}", "id", guid,
			    "published", sqlite3_column_text(st, 1), "legs");
			records++;
		}
		if (sqlite3_column_type(st, 2) == SQLITE_NULL)
			continue;	/* an article with no leg */
		leg = json_object();
		set_text(leg, "person", st, 2);
		set_text(leg, "role", st, 3);
		set_text(leg, "official_country", st, 4);
		set_text(leg, "dest_country", st, 5);
		set_text(leg, "dest_city", st, 6);
		set_text(leg, "start", st, 7);
		set_text(leg, "end", st, 8);
		set_text(leg, "precision", st, 9);
		set_text(leg, "status", st, 10);
		json_object_set_new(leg, "confidence",
		    json_real(sqlite3_column_double(st, 11)));
		json_array_append_new(json_object_get(rec, "legs"), leg);
	}
	ck_assert_int_eq(rc, SQLITE_DONE);
	if (rec != NULL) {
		line = json_dumps(rec, JSON_COMPACT);
		fprintf(f, "%s\n", line);
		free(line);
		json_decref(rec);
	}
	fclose(f);
	sqlite3_finalize(st);
	sqlite3_close(h);
	ck_assert_msg(records > 0, "no article stored in %s", db);
	return pred;
}

/* Scores pred against the dev gold with the corpus scorer. */
static struct score
score_file(const char *pred)
{
	char		*score = xasprintf("%s/score.py", tu_corpus());
	char		*gold = xasprintf("%s/dev/gold.jsonl", tu_corpus());
	char		*argv[] = { "/usr/bin/python3", score, gold,
	    (char *)pred, "--json", NULL };
	char		*out = NULL, *last;
	json_t		*j, *overall;
	struct score	 sc;

	ck_assert_int_eq(tu_run(argv, &out, NULL, 120000), 0);
	ck_assert_ptr_nonnull(out);
	/* the JSON summary is the last line that starts with '{' */
	last = strrchr(out, '{');
	while (last != NULL && last > out && last[-1] != '\n')
		last = memrchr(out, '{', (size_t)(last - out));
	ck_assert_ptr_nonnull(last);
	j = json_loads(last, 0, NULL);
	ck_assert_ptr_nonnull(j);
	overall = json_object_get(j, "overall");
	sc.p = json_real_value(json_object_get(overall, "precision"));
	sc.r = json_real_value(json_object_get(overall, "recall"));
	sc.f1 = json_real_value(json_object_get(overall, "f1"));
	json_decref(j);
	free(out);
	free(score);
	free(gold);
	return sc;
}

static void
check_min(const char *what, struct score sc)
{
	fprintf(stderr, "quality (%s): P=%.3f R=%.3f F1=%.3f\n", what, sc.p,
	    sc.r, sc.f1);
	ck_assert_msg(sc.f1 >= QUALITY_MIN_F1, "%s: F1 %.3f below %.2f "
	    "(P %.3f, R %.3f)", what, sc.f1, QUALITY_MIN_F1, sc.p, sc.r);
}

START_TEST(test_extract_f1)
{
	char	*dir = tu_tmpdir(), *pred;

	pred = predict_extract(dir);
	check_min("itinctl extract", score_file(pred));
	free(pred);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

START_TEST(test_stored_f1)
{
	char		*dir = tu_tmpdir(), *pred, *conf, *db, *text, *err = NULL;
	struct score	 stored, printed;
	size_t		 i;

	conf = xasprintf("%s/itinerd.conf", dir);
	db = xasprintf("%s/itinerd.db", dir);
	text = xasprintf("[daemon]\ndatabase = %s\nsocket = %s/sock\n", db,
	    dir);
	ck_assert_int_eq(tu_write_file(conf, text), 0);
	/* --import takes one path; one run per feed, as a user would */
	for (i = 0; i < NFEEDS; i++) {
		char *one[] = { (char *)tu_env("ITINERD_BIN"), "-c", conf,
		    "--import", feed_path(i), NULL };

		ck_assert_msg(tu_run(one, NULL, &err, 240000) == 0,
		    "itinerd --import %s: %s", one[4], err ? err : "");
		free(one[4]);
		free(err);
		err = NULL;
	}
	pred = predict_stored(db, dir);
	stored = score_file(pred);
	check_min("stored by itinerd --import", stored);
	free(pred);
	pred = predict_extract(dir);
	printed = score_file(pred);
	ck_assert_msg(fabs(stored.f1 - printed.f1) <= QUALITY_MAX_DRIFT,
	    "the stored legs score F1 %.3f, itinctl extract %.3f: the two "
	    "paths disagree", stored.f1, printed.f1);
	free(pred);
	free(text);
	free(conf);
	free(db);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

int
main(void)
{
	Suite	*s;
	TCase	*tc;

	if (tu_corpus() == NULL)
		return tu_skip_corpus("dev_corpus", 2);
	s = suite_create("quality");
	tc = tcase_create("dev_corpus");
	tcase_set_timeout(tc, 280);
	tcase_add_test(tc, test_extract_f1);
	tcase_add_test(tc, test_stored_f1);
	suite_add_tcase(s, tc);
	return tu_run_suite(s);
}
