/*
 * check_quality: scores `itinctl extract --json` on the dev corpus feeds
 * with the corpus scorer and fails below F1 0.80.  Uses $ITINCTL_BIN when
 * set, else runs ctl_extract_main in-process with stdout in a file.
 */
#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "ctl_extract.h"
#include "testutil.h"

#define QUALITY_MIN_F1	0.80

static char *
predict(const char *corpus, const char *dir)
{
	char	*out = NULL, *pred;
	char	 f1[512], f2[512], f3[512];
	const char *bin = getenv("ITINCTL_BIN");

	snprintf(f1, sizeof f1, "%s/dev/feeds/mixed.atom.xml", corpus);
	snprintf(f2, sizeof f2, "%s/dev/feeds/reuters-1987.rss.xml", corpus);
	snprintf(f3, sizeof f3, "%s/dev/feeds/state-dept-2021-2022.rss.xml",
	    corpus);
	if (asprintf(&pred, "%s/pred.jsonl", dir) < 0)
		abort();
	if (bin != NULL && *bin != '\0') {
		char *argv[] = { (char *)bin, "extract", "--json", f1, f2, f3,
		    NULL };

		ck_assert_int_eq(tu_run(argv, &out, NULL, 120000), 0);
		ck_assert_int_eq(tu_write_file(pred, out), 0);
		free(out);
	} else {
		char	*argv[] = { "extract", "--json", f1, f2, f3, NULL };
		int	 fd, saved;

		fflush(stdout);
		saved = dup(1);
		fd = open(pred, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		ck_assert_int_ge(fd, 0);
		dup2(fd, 1);
		close(fd);
		ck_assert_int_eq(ctl_extract_main(5, argv), 0);
		fflush(stdout);
		dup2(saved, 1);
		close(saved);
	}
	return pred;
}

START_TEST(test_dev_f1)
{
	const char	*corpus = tu_env("ITINERD_CORPUS");
	char		*dir = tu_tmpdir(), *pred, *out = NULL, *last;
	char		 score[512], gold[512];
	json_t		*j, *overall;
	double		 p, r, f1;

	pred = predict(corpus, dir);
	snprintf(score, sizeof score, "%s/score.py", corpus);
	snprintf(gold, sizeof gold, "%s/dev/gold.jsonl", corpus);
	{
		char *argv[] = { "/usr/bin/python3", score, gold, pred,
		    "--json", NULL };

		ck_assert_int_eq(tu_run(argv, &out, NULL, 120000), 0);
	}
	ck_assert_ptr_nonnull(out);
	last = strrchr(out, '{');
	while (last != NULL && last > out && last[-1] != '\n')
		last = memrchr(out, '{', (size_t)(last - out));
	ck_assert_ptr_nonnull(last);
	j = json_loads(last, 0, NULL);
	ck_assert_ptr_nonnull(j);
	overall = json_object_get(j, "overall");
	p = json_real_value(json_object_get(overall, "precision"));
	r = json_real_value(json_object_get(overall, "recall"));
	f1 = json_real_value(json_object_get(overall, "f1"));
	fprintf(stderr, "quality: P=%.3f R=%.3f F1=%.3f\n", p, r, f1);
	ck_assert_msg(f1 >= QUALITY_MIN_F1, "F1 %.3f below %.2f (P %.3f, "
	    "R %.3f)", f1, QUALITY_MIN_F1, p, r);
	json_decref(j);
	free(out);
	unlink(pred);
	free(pred);
	tu_rmtree(dir);
	free(dir);
}
END_TEST

int
main(void)
{
	Suite	*s = suite_create("quality");
	TCase	*tc = tcase_create("dev_corpus");
	SRunner	*sr;
	int	 failed;

	tcase_set_timeout(tc, 240);
	tcase_add_test(tc, test_dev_f1);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
