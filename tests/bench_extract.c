/*
 * bench_extract: extraction throughput and latency on the dev corpus
 * texts, and knowledge load time and memory.  Prints rows
 * "figure<TAB>value<TAB>unit<TAB>target" (median of 5 runs, CPU time).
 * usage: bench_extract ARTICLES.jsonl [MB]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "extract.h"
#include "kb.h"

/*
 * CPU time of this process: the machine is shared, and the figure is
 * "MB/s on one core", so time spent waiting for the CPU is not counted.
 */
static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int
main(int argc, char **argv)
{
	struct extract_input	*in = NULL;
	size_t			 n = 0, bytes = 0;
	double			 mbs[5], *lat;
	double			 target_mb = argc > 2 ? strtod(argv[2], NULL) : 50;
	json_t			*j;
	FILE			*f;
	char			 line[1 << 16];
	struct kb		*kb = NULL;
	char			*cause = NULL;
	size_t			 nlat = 0, caplat;

	if (argc < 2 || (f = fopen(argv[1], "r")) == NULL) {
		fprintf(stderr, "usage: bench_extract ARTICLES.jsonl [MB]\n");
		return 2;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		if ((j = json_loads(line, 0, NULL)) == NULL)
			continue;
		in = realloc(in, (n + 1) * sizeof *in);
		memset(&in[n], 0, sizeof in[n]);
		in[n].id = strdup(json_string_value(json_object_get(j, "id")));
		in[n].text = strdup(json_string_value(json_object_get(j,
		    "text")));
		in[n].published = strdup(json_string_value(json_object_get(j,
		    "published")));
		bytes += strlen(in[n].text);
		n++;
		json_decref(j);
	}
	fclose(f);
	if (n == 0)
		return 1;
	/* Load time and memory of the knowledge: bench_kb. */
	if (kb_load(&kb, &cause) != 0) {
		fprintf(stderr, "bench_extract: %s\n", cause);
		return 1;
	}
	caplat = (size_t)(target_mb * 1e6 / (double)bytes + 1) * n;
	lat = calloc(caplat + n, sizeof *lat);
	for (int r = 0; r < 5; r++) {
		double	t0 = now_ms(), done = 0;

		while (done < target_mb * 1e6 / 5) {
			for (size_t i = 0; i < n; i++) {
				struct leg_list	legs = { 0 };
				double		a = now_ms();

				extract_run(kb, &in[i], &legs);
				if (nlat < caplat + n)
					lat[nlat++] = now_ms() - a;
				extract_legs_free(&legs);
			}
			done += (double)bytes;
		}
		mbs[r] = done / 1e6 / ((now_ms() - t0) / 1e3);
	}
	qsort(mbs, 5, sizeof mbs[0], cmp_d);
	qsort(lat, nlat, sizeof lat[0], cmp_d);
	printf("extract throughput (1 core, %.0f MB)\t%.1f\tMB/s\t>= 30\n",
	    target_mb, mbs[2]);
	printf("extract latency per article, median\t%.3f\tms\t\n",
	    lat[nlat / 2]);
	printf("extract latency per article, p99\t%.3f\tms\t\n",
	    lat[(size_t)((double)nlat * 0.99)]);
	kb_free(kb);
	return 0;
}
