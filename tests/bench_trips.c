/*
 * bench_trips: the cost of storing and regrouping one article's legs
 * (trips_store_article) against the history of one official.
 *
 *   bench_trips ARTICLES RUNS LEGS...
 *
 * Builds, in one temporary database, the history of one invented official
 * per LEGS argument through trips_store_article itself (so the rows are
 * what trips.c makes): a trip every nine days, each of three day-dated
 * legs in three countries, reported by one article while under way and
 * one when it is over; every tenth trip also names a stop with no date,
 * every seventh a stop known only by its month.  An official's history
 * stops once it has LEGS legs.  Then, RUNS times, and for each official
 * in turn, inside one transaction that is rolled back afterwards (so
 * every run starts from the same history), it stores ARTICLES new
 * articles and times each trips_store_article call:
 *   append: reports of new trips after the last one (the usual case);
 *   mid:    late reports of trips in the middle of the history.
 * Prints rows "figure<TAB>value<TAB>unit<TAB>target": the median over
 * runs of each run's median per article, and on stderr each run's median
 * (the noise).  With several LEGS the officials share one database, so
 * their figures differ only by their own history, not by the size of
 * the tables.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "extract.h"
#include "log.h"
#include "store.h"
#include "trips.h"
#include "when.h"
#include "xmalloc.h"

#define BENCH_TRIP_EVERY	9	/* days between trip starts */
#define BENCH_MAX_OFFICIALS	4

static const char *const bench_people[BENCH_MAX_OFFICIALS] = {
	"Anna Lindqvist", "Boris Tadic", "Carla Mendes", "Dmitri Orlov",
};

static const char *const bench_countries[] = {
	"JP", "KR", "IN", "FR", "DE", "GB", "IT", "ES", "BR", "MX", "CA", "AU",
	"ZA", "EG", "NG", "KE", "TR", "SA", "AE", "IL", "PL", "UA", "SE", "NO",
	"FI", "NL", "BE", "CH", "AT", "CZ", "HU", "RO", "GR", "PT", "AR", "CL",
	"PE", "CO", "ID", "VN",
};
#define BENCH_NCOUNTRIES \
	(sizeof bench_countries / sizeof bench_countries[0])

static double
bench_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
bench_cmp_d(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
bench_median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, bench_cmp_d);
	return n == 0 ? 0 : v[n / 2];
}

static void
bench_fatal(const char *what, const char *cause)
{
	fprintf(stderr, "bench_trips: %s: %s\n", what,
	    cause != NULL ? cause : "?");
	exit(1);
}

/* Inserts an article published on day; returns its id. */
static int64_t
bench_article(struct store *s, int32_t day)
{
	sqlite3_stmt	*st;
	static int64_t	 n;
	char		 hash[32];

	snprintf(hash, sizeof hash, "bench%lld", (long long)++n);
	st = store_prepare(s, "INSERT INTO articles (title, published,"
	    " fetched, text, content_hash) VALUES ('t', ?1, ?1, '', ?2)");
	sqlite3_bind_int64(st, 1, (sqlite3_int64)day * 86400 + 43200);
	sqlite3_bind_text(st, 2, hash, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(st) != SQLITE_DONE)
		bench_fatal("insert article", sqlite3_errmsg(store_db(s)));
	sqlite3_finalize(st);
	return sqlite3_last_insert_rowid(store_db(s));
}

static void
bench_leg(struct leg *l, const char *person, const char *dest,
    int32_t start, int32_t end, enum leg_precision prec,
    enum leg_status status, int seq)
{
	memset(l, 0, sizeof *l);
	l->person = (char *)person;
	l->role = (char *)"Foreign Minister";
	snprintf(l->official_country, sizeof l->official_country, "US");
	snprintf(l->dest_country, sizeof l->dest_country, "%s", dest);
	if (start != WHEN_DAY_NONE)
		when_day_format(start, l->start);
	if (end != WHEN_DAY_NONE)
		when_day_format(end, l->end);
	l->precision = prec;
	l->status = status;
	l->confidence = 0.8;
	l->evidence = (char *)"an invented sentence";
	l->ev_end = 20;
	l->seq = seq;
}

/*
 * The two articles of trip t (first day first): while under way (first
 * leg ongoing, the rest planned) and when over (all completed).  Returns
 * the number of legs in list for article which (0 or 1).
 */
static size_t
bench_trip_legs(const char *person, int32_t base, long t, int which,
    struct leg *v)
{
	int32_t		 d = base + (int32_t)(t * BENCH_TRIP_EVERY);
	const char	*c[3];
	size_t		 n = 0, i;
	int		 y, m, dd;

	for (i = 0; i < 3; i++)
		c[i] = bench_countries[(size_t)(t * 3 + (long)i * 7) %
		    BENCH_NCOUNTRIES];
	for (i = 0; i < 3; i++)
		bench_leg(&v[n++], person, c[i], d + (int32_t)i * 2,
		    d + (int32_t)i * 2 + 1, LEG_PREC_DAY, which == 0 ?
		    (i == 0 ? LEG_ONGOING : LEG_PLANNED) : LEG_COMPLETED,
		    (int)i);
	if (t % 10 == 3) {
		bench_leg(&v[n], person, bench_countries[(size_t)(t + 11) %
		    BENCH_NCOUNTRIES], WHEN_DAY_NONE, WHEN_DAY_NONE,
		    LEG_PREC_UNKNOWN, which == 0 ? LEG_PLANNED : LEG_COMPLETED,
		    (int)n);
		n++;
	}
	if (t % 7 == 5 && which == 1) {
		when_day_to_ymd(d + 4, &y, &m, &dd);
		bench_leg(&v[n], person, bench_countries[(size_t)(t + 17) %
		    BENCH_NCOUNTRIES], when_day_from_ymd(y, m, 1),
		    WHEN_DAY_NONE, LEG_PREC_MONTH, LEG_COMPLETED, (int)n);
		n++;
	}
	return n;
}

/* Stores one article of trip t on its day; returns the call's time. */
static double
bench_store(struct store *s, const char *person, int32_t base, long t,
    int which)
{
	struct leg	 v[8];
	struct leg_list	 list = { v, 0, 8 };
	char		*cause = NULL;
	int32_t		 d = base + (int32_t)(t * BENCH_TRIP_EVERY);
	int64_t		 art;
	double		 t0;

	list.n = bench_trip_legs(person, base, t, which, v);
	art = bench_article(s, which == 0 ? d + 1 : d + 6);
	t0 = bench_ms();
	if (trips_store_article(s, art, &list, NULL, &cause) < 0)
		bench_fatal("trips_store_article", cause);
	return bench_ms() - t0;
}

static int64_t
bench_count(struct store *s, const char *sql, const char *person)
{
	sqlite3_stmt	*st;
	int64_t		 n = 0;

	st = store_prepare(s, sql);
	if (person != NULL)
		sqlite3_bind_text(st, 1, person, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* One official's history and figures. */
struct bench_official {
	const char	*person;
	long		 legs;		/* wanted */
	long		 ntrips;	/* built */
	int64_t		 have;		/* legs built */
	double		 build_ms;
	double		*app;		/* per run */
	double		*mid;
};

static void
bench_build(struct store *s, int32_t base, struct bench_official *o)
{
	char	*cause = NULL;
	double	 t0 = bench_ms();
	long	 t = 0, k;

	/* Fifty articles a transaction, as a fetch would. */
	while (o->have < o->legs) {
		if (store_begin(s, &cause) != 0)
			bench_fatal("begin", cause);
		for (k = 0; k < 25; k++, t++) {
			bench_store(s, o->person, base, t, 0);
			bench_store(s, o->person, base, t, 1);
		}
		if (store_commit(s, &cause) != 0)
			bench_fatal("commit", cause);
		o->have = bench_count(s, "SELECT count(*) FROM legs l"
		    " JOIN officials o ON o.id = l.official_id"
		    " WHERE o.name = ?", o->person);
	}
	o->ntrips = t;
	o->build_ms = bench_ms() - t0;
	fprintf(stderr, "bench_trips: %s: %lld legs, %ld trips in %.1f s\n",
	    o->person, (long long)o->have, t, o->build_ms / 1e3);
}

int
main(int argc, char **argv)
{
	struct bench_official	 off[BENCH_MAX_OFFICIALS], *o;
	struct store		*s;
	char			 dir[] = "/tmp/bench-trips.XXXXXX", *path;
	char			*cause = NULL;
	const char		*where;
	int32_t			 base = when_day_from_ymd(1960, 1, 4);
	long			 narts, nruns, r, k;
	double			*art_ms;
	int			 i, noff;

	if (argc < 4 || argc - 3 > BENCH_MAX_OFFICIALS ||
	    (narts = strtol(argv[1], NULL, 10)) <= 0 ||
	    (nruns = strtol(argv[2], NULL, 10)) <= 0) {
		fprintf(stderr, "usage: bench_trips ARTICLES RUNS LEGS...\n");
		return 2;
	}
	noff = argc - 3;
	memset(off, 0, sizeof off);
	for (i = 0; i < noff; i++) {
		off[i].person = bench_people[i];
		if ((off[i].legs = strtol(argv[3 + i], NULL, 10)) <= 0) {
			fprintf(stderr, "bench_trips: bad LEGS %s\n",
			    argv[3 + i]);
			return 2;
		}
		off[i].app = xreallocarray(NULL, (size_t)nruns, sizeof(double));
		off[i].mid = xreallocarray(NULL, (size_t)nruns, sizeof(double));
	}
	log_set_level(LOG_LEVEL_WARN);
	if (mkdtemp(dir) == NULL)
		bench_fatal("mkdtemp", strerror(errno));
	path = xasprintf("%s/trips.db", dir);
	if (store_open(path, 0, &s, &cause) != 0)
		bench_fatal("store_open", cause);
	for (i = 0; i < noff; i++)
		bench_build(s, base, &off[i]);

	art_ms = xreallocarray(NULL, (size_t)narts, sizeof *art_ms);
	for (r = 0; r < nruns; r++) {
		for (i = 0; i < noff; i++) {
			o = &off[i];
			if (store_begin(s, &cause) != 0)
				bench_fatal("begin", cause);
			for (k = 0; k < narts; k++)
				art_ms[k] = bench_store(s, o->person, base,
				    o->ntrips + k / 2, (int)(k % 2));
			o->app[r] = bench_median(art_ms, (size_t)narts);
			for (k = 0; k < narts; k++)
				art_ms[k] = bench_store(s, o->person, base,
				    o->ntrips / 2 + k / 2, 1);
			o->mid[r] = bench_median(art_ms, (size_t)narts);
			store_rollback(s);
			fprintf(stderr, "bench_trips: %ld legs run %ld: append"
			    " %.3f ms, mid %.3f ms\n", o->legs, r + 1,
			    o->app[r], o->mid[r]);
		}
	}
	where = noff > 1 ? ", shared database" : "";
	for (i = 0; i < noff; i++) {
		o = &off[i];
		printf("trips: regroup per article, %ld legs of one official"
		    " (append%s, median of %ld)\t%.3f\tms\t\n", o->legs, where,
		    nruns, bench_median(o->app, (size_t)nruns));
		printf("trips: regroup per article, %ld legs of one official"
		    " (mid-history%s, median of %ld)\t%.3f\tms\t\n", o->legs,
		    where, nruns, bench_median(o->mid, (size_t)nruns));
	}
	for (i = 0; i < noff; i++)
		printf("trips: history build, %ld legs%s\t%.2f\ts\t\n",
		    off[i].legs, where, off[i].build_ms / 1e3);

	store_free(s);
	unlink(path);
	free(path);
	path = xasprintf("%s/trips.db-wal", dir);
	unlink(path);
	free(path);
	path = xasprintf("%s/trips.db-shm", dir);
	unlink(path);
	free(path);
	rmdir(dir);
	free(art_ms);
	for (i = 0; i < noff; i++) {
		free(off[i].app);
		free(off[i].mid);
	}
	return 0;
}
