/*
 * bench_query: the API's queries in process, without HTTP, on an existing
 * database (scripts/bench.d/40-api generates one).  For each query shape
 * runs N calls of query_trips_json / query_legs_json, cycling through
 * parameter values, and prints rows "figure<TAB>value<TAB>unit<TAB>target"
 * with the mean CPU time per call (process CPU time, so other load on
 * the machine does not count), so the HTTP layer's share of the API's
 * latency can be told from the database's.
 *   bench_query DATABASE [N]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "query.h"
#include "store.h"
#include "util.h"
#include "xmalloc.h"

struct bench_shape {
	const char	*name;
	int		 legs;
	void		(*fill)(struct query_filter *, int i, char *tmp,
			    size_t len);
};

static void
bench_page(struct query_filter *f, int i, char *tmp, size_t len)
{
	(void)i;
	(void)tmp;
	(void)len;
	f->limit = 20;
}

static void
bench_since(struct query_filter *f, int i, char *tmp, size_t len)
{
	(void)tmp;
	(void)len;
	f->since.day = when_day_from_ymd(2000 + i % 26, 1 + i % 12, 15);
	f->since.prec = WHEN_PREC_DAY;
	f->limit = 20;
}

static void
bench_person(struct query_filter *f, int i, char *tmp, size_t len)
{
	snprintf(tmp, len, "surname%d", 1 + i * 19 % 2000);
	f->person = tmp;
	f->limit = 20;
}

static void
bench_dest(struct query_filter *f, int i, char *tmp, size_t len)
{
	static const char cc[] =
	    "USFRDEGBJPCNINBRRUITESCAAUKRZATRMXIDSAEGNGARPLSEKENLBE";

	f->since.day = when_day_from_ymd(2003 + 7 * (i % 4), 6, 1);
	f->since.prec = WHEN_PREC_DAY;
	snprintf(tmp + 16, len - 16, "%.2s", cc + 2 * (i / 4 % 25));
	f->dest_country = tmp + 16;
	f->limit = 20;
}

static const struct bench_shape bench_shapes[] = {
	{ "trips_page", 0, bench_page },
	{ "trips_since", 0, bench_since },
	{ "trips_person", 0, bench_person },
	{ "trips_dest", 0, bench_dest },
	{ "legs_page", 1, bench_page },
	{ "legs_since", 1, bench_since },
};

/* CPU time of this process, microseconds. */
static double
bench_cpu_us(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

int
main(int argc, char **argv)
{
	struct store		*s;
	struct query		*q;
	struct query_filter	 f;
	struct buf		 out = { 0 };
	char			*cause = NULL, tmp[64];
	long long		 n = 2000;
	double			 t0, t1;
	size_t			 k;
	int			 i, r;

	if (argc < 2 || argc > 3 || (argc == 3 &&
	    util_strtonum(argv[2], 1, 10000000, &n) != 0)) {
		fprintf(stderr, "usage: bench_query DATABASE [N]\n");
		return 2;
	}
	if (store_open(argv[1], STORE_READONLY, &s, &cause) != 0 ||
	    query_new(s, &q, &cause) != 0) {
		fprintf(stderr, "bench_query: %s\n", cause);
		return 1;
	}
	for (k = 0; k < sizeof bench_shapes / sizeof bench_shapes[0]; k++) {
		t0 = 0;
		for (i = -50; i < n; i++) {	/* 50 rounds of warm-up */
			if (i == 0)
				t0 = bench_cpu_us();
			memset(&f, 0, sizeof f);
			bench_shapes[k].fill(&f, i < 0 ? -i : i, tmp,
			    sizeof tmp);
			buf_reset(&out);
			r = bench_shapes[k].legs ?
			    query_legs_json(q, &f, &out, &cause) :
			    query_trips_json(q, &f, &out, &cause);
			if (r != 0) {
				fprintf(stderr, "bench_query: %s: %s\n",
				    bench_shapes[k].name, cause);
				return 1;
			}
		}
		t1 = bench_cpu_us();
		printf("query_%s_mean\t%.1f\tus\t-\n", bench_shapes[k].name,
		    (t1 - t0) / (double)n);
	}
	buf_free(&out);
	query_free(q);
	store_free(s);
	return 0;
}
