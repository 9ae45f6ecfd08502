/*
 * bench_kb: knowledge load time (median of 11 loads), the memory one
 * loaded knowledge base takes (RSS delta), and lookups per second.
 * Prints rows "figure<TAB>value<TAB>unit<TAB>target".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "kb.h"

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
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
	long			 r0, r1;
	struct kb		*kb;
	char			*cause = NULL;
	size_t			 hits = 0, n = 0;

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
	do {
		for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
			const struct kb_ref *refs;

			hits += kb_lookup(kb, keys[k], strlen(keys[k]),
			    &refs) > 0;
			n++;
		}
	} while ((dt = now_ms() - t0) < 300);
	printf("kb load time (median of 11)\t%.1f\tms\t< 200\n", t[5]);
	printf("kb RSS of one load\t%.1f\tMB\t\n", (double)(r1 - r0) / 1024);
	printf("kb lookups\t%.1f\tM/s\t\n", (double)n / dt / 1e3);
	printf("kb entries (countries/places/officials/roles)\t%zu/%zu/%zu/%zu"
	    "\t\t\n", kb_ncountries(kb), kb_nplaces(kb), kb_nofficials(kb),
	    kb_nroles(kb));
	kb_free(kb);
	return hits > 0 ? 0 : 1;
}
