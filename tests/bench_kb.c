/*
 * bench_kb: knowledge load time (median of 11 loads), the memory one
 * loaded knowledge base takes (RSS delta), lookups per second, and the
 * extractor's per-token probe over a folded news paragraph: the two
 * probes kb_prefix_max + kb_lookup against the one kb_lookup_word.
 * Prints rows "figure<TAB>value<TAB>unit<TAB>target".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kb.h"

#define BENCH_REPS	200

/* CPU time of the process, as bench_extract: on a shared machine wall
 * time mostly measures the other processes. */
static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static long
rss_kb(void)
{
	FILE	*f = fopen("/proc/self/statm", "r");
	long	 pages = 0, res = 0;

	if (f == NULL)
		return 0;
	if (fscanf(f, "%ld %ld", &pages, &res) != 2)
		res = 0;
	fclose(f);
	return res * (sysconf(_SC_PAGESIZE) / 1024);
}

/* A paragraph written for this benchmark, folded as the extractor does. */
static const char bench_text[] =
    "the us secretary of state antony blinken arrived in tokyo on monday "
    "for talks with japanese foreign minister yoshimasa hayashi before "
    "travelling on to seoul and then to new delhi where he will meet "
    "indian officials the state department said in a statement on "
    "sunday the visit comes as south korea and japan seek closer ties "
    "amid tensions with china and russia over the war in ukraine and "
    "north korean missile tests officials said the pentagon chief would "
    "join him in the philippines later in the week";

/* Splits bench_text into words: starts and lengths, at most max. */
static size_t
bench_words(const char **w, size_t *len, size_t max)
{
	const char	*p = bench_text;
	size_t		 n = 0;

	while (*p != '\0' && n < max) {
		size_t l = strcspn(p, " ");

		w[n] = p;
		len[n++] = l;
		p += l;
		while (*p == ' ')
			p++;
	}
	return n;
}

static int
cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int
main(void)
{
	static const char	*keys[] = { "japan", "south korea", "tokyo",
	    "washington", "the pentagon", "japanese", "nowhere", "paris",
	    "secretary of state", "antony blinken" };
	double			 t[11], t0, dt;
	long			 r0, r1 = 0;
	struct kb		*kb;
	char			*cause = NULL;
	size_t			 hits = 0, n = 0;
	double			 lookups;

	r0 = rss_kb();
	for (int i = 0; i < 11; i++) {
		t0 = now_ms();
		if (kb_load(&kb, &cause) != 0) {
			fprintf(stderr, "bench_kb: %s\n", cause);
			return 1;
		}
		t[i] = now_ms() - t0;
		if (i == 0)
			r1 = rss_kb();
		if (i < 10)
			kb_free(kb);
	}
	qsort(t, 11, sizeof t[0], cmp_d);
	t0 = now_ms();
	/* the clock is read every BENCH_REPS passes: reading CPU time is a
	 * system call */
	do {
		for (int r = 0; r < BENCH_REPS; r++)
			for (size_t k = 0; k < sizeof keys / sizeof keys[0];
			    k++) {
				const struct kb_ref *refs;

				hits += kb_lookup(kb, keys[k],
				    strlen(keys[k]), &refs) > 0;
				n++;
			}
	} while ((dt = now_ms() - t0) < 300);
	lookups = (double)n / dt / 1e3;
	{
		const char		*w[128];
		size_t			 wl[128], nw = bench_words(w, wl, 128);
		double			 two, one;
		unsigned long		 sum = 0, sum1 = 0;

		n = 0;
		t0 = now_ms();
		do {
			for (int r = 0; r < BENCH_REPS; r++)
				for (size_t k = 0; k < nw; k++) {
					const struct kb_ref *refs;

					sum += kb_prefix_max(kb, w[k], wl[k]);
					sum += kb_lookup(kb, w[k], wl[k],
					    &refs);
				}
			n += nw * BENCH_REPS;
		} while ((dt = now_ms() - t0) < 300);
		two = (double)n / dt / 1e3;
		n = 0;
		t0 = now_ms();
		do {
			for (int r = 0; r < BENCH_REPS; r++)
				for (size_t k = 0; k < nw; k++) {
					const struct kb_ref	*refs;
					unsigned		 pm;

					sum1 += kb_lookup_word(kb, w[k], wl[k],
					    &refs, &pm);
					sum1 += pm;
				}
			n += nw * BENCH_REPS;
		} while ((dt = now_ms() - t0) < 300);
		one = (double)n / dt / 1e3;
		/* the sums keep the probes from being optimised away */
		if (sum1 == 0 || sum == 0) {
			fprintf(stderr, "bench_kb: no token found\n");
			return 1;
		}
		printf("kb per-token probe, prefix_max + lookup\t%.1f\t"
		    "M tokens/s\t\n", two);
		printf("kb per-token probe, lookup_word\t%.1f\tM tokens/s"
		    "\t\n", one);
	}
	printf("kb load time (median of 11)\t%.1f\tms\t< 50\n", t[5]);
	printf("kb RSS of one load\t%.1f\tMB\t\n", (double)(r1 - r0) / 1024);
	printf("kb lookups\t%.1f\tM/s\t\n", lookups);
	printf("kb entries (countries/places/officials/roles)\t%zu/%zu/%zu/%zu"
	    "\t\t\n", kb_ncountries(kb), kb_nplaces(kb), kb_nofficials(kb),
	    kb_nroles(kb));
	kb_free(kb);
	return hits > 0 ? 0 : 1;
}
