/*
 * trips: stores the legs the extractor finds in an article and keeps the
 * itinerary (officials, places, legs, leg_sources, trips) consistent.
 * See trips.h.
 *
 * People.  An official is (name, country).  A new name is resolved against
 * the officials sharing its surname key or its first word, in tiers: same
 * full name and country; same full name where one side's country is
 * unknown; a compatible name (a bare name that is the other's surname or,
 * family name first, its first word: "Austin" and "Lloyd Austin", "Xi"
 * and "Xi Jinping"; or two full names with the same first word and
 * surname: "Lloyd Austin" and "Lloyd J. Austin III") with the same
 * country; a compatible name where one country is unknown.  The first
 * tier with exactly one candidate wins; a tier with several is ambiguous
 * and a new official is made ("Clinton" among Bill and Hillary).  The
 * stored name is upgraded to the fuller one, an unknown country is filled
 * in (on its legs too), and the role is the newest report's (published
 * day, then article id), whatever order articles arrive in.
 *
 * Legs.  Every leg the extractor reports becomes one leg_sources row.  It
 * is folded into an existing leg of the same official and destination
 * country when (a) both are dated and their ranges overlap or lie within
 * TRIPS_ADJACENT_DAYS of each other (a month-precision date covers its
 * whole month), or (b) either is undated and the two lie within
 * TRIPS_RECENT_DAYS of each other, an undated leg standing at the
 * published date of its newest source, or (c) an undated report reaches
 * further in the direction its tense points: one of a visit done or under
 * way to the latest dated visit that ended up to TRIPS_RECALL_DAYS before
 * ("when I was in Israel a few weeks ago"), a plan to the next one that
 * starts up to TRIPS_AHEAD_DAYS after ("the President will travel to
 * Saudi Arabia"); a cancellation stays with (b).  Two different named
 * cities in one country are never merged (Washington then New York are
 * two legs).  The best candidate is the nearest, dated matches first,
 * then the lowest id.  Which dated visit an undated leg reports is
 * decided from its side, over all of them: a new dated leg takes over an
 * undated leg (older id kept) only when it is that leg's best match, so
 * the plan joins its visit whichever arrives first.  A new dated source
 * can bridge two stored legs; they are then merged into the older one.
 *
 * A leg's fields are recomputed from all its sources in (published,
 * article, source) order, so the result does not depend on the order in
 * which articles arrive:
 *   - status: planned < ongoing < completed, the highest wins; a report of
 *     cancellation cancels the leg, and a report newer than the
 *     cancellation that the visit is planned, ongoing or completed revives
 *     it (rescheduled or it happened after all): the latest statement wins.
 *   - dates: only the sources with the best precision (day over month
 *     over unknown) count, and among those, reports of ongoing or completed
 *     travel over plans; start is their earliest start, end their latest
 *     end (or later start), NULL when nothing later than start is known.
 *   - confidence: 1 - prod(1 - c) over articles, taking each article's
 *     best source, so repeating a sentence does not add weight.
 *   - role: the latest non-empty one.  The city is filled when missing.
 * Then a day-dated leg still "ongoing" becomes "completed" once a later
 * leg of the same official is reported ongoing or completed: he has left.
 *
 * Trips.  An official's legs with day dates, sorted by start, form one
 * trip while the next starts at most TRIPS_GAP_DAYS after the latest end
 * so far; day legs one article reports within TRIPS_TOUR_GAP_DAYS of each
 * other are one trip too (one announced tour: "A, B and C August 2-12").
 * Month-dated and undated legs join the trip of a day-dated leg
 * reported next to them in the same article (nearest preceding, else
 * following, in the article's order; for a month leg, only one in that
 * month).  Otherwise a month leg joins the only trip overlapping its month,
 * or the other such month legs of that month; an undated leg joins the
 * undated legs reported in the same article, or stands alone.  A trip's
 * stops are in date order; a weak leg stands beside its anchor, before
 * it when the article reports it done and the anchor under way or
 * planned (or it under way and the anchor planned), after it in the
 * reverse case, and else where the article's order puts it; weak legs
 * on one side, and undated legs of one article, keep the article's
 * order, done before under way before planned.  Trip ids
 * are kept: each new group takes the old trip id that most of its legs
 * had; only splits create and merges delete trips.  Trip dates come from
 * its day-dated legs (end: the latest end or start), else its months;
 * its status is cancelled when every leg is, else completed or planned
 * when every other leg is, else ongoing; its confidence is its best leg's.
 *
 * Cost.  Nothing here reads an official's whole history.  A new leg is
 * matched against the legs to its country near its dates (and the
 * undated ones to that country); regrouping reads the region around the
 * legs a call changed (trips_region: their old and new footprints, their
 * trips, and the legs reported with them), which is a union of whole old
 * trips and whole new groups, so it decides exactly what regrouping the
 * whole history would (trips_regroup_official, kept for tests).  Every
 * read is an indexed lookup or range (schema/007-trips-indexes.sql) and
 * statements are prepared once per connection (store_prepare_cached).
 *
 * Rebuild keeps the officials and places tables (their ids are in
 * dashboards' links), re-resolves everyone against them, and drops those
 * no leg refers to afterwards.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sqlite3.h>

#include "extract.h"
#include "kb.h"
#include "store.h"
#include "trips.h"
#include "util.h"
#include "when.h"
#include "xmalloc.h"

#define TRIPS_ADJACENT_DAYS	2	/* legs of one visit: gap in days */
#define TRIPS_RECENT_DAYS	30	/* undated report: how far it reaches */
#define TRIPS_GAP_DAYS		3	/* legs of one trip: gap in days */
/*
 * An undated recall names a visit of the last months ("earlier this
 * year", "a few weeks ago"): four months back, a little over a third of
 * a year, reaches those without reaching a visit two seasons earlier.  A
 * plan is announced at most a quarter ahead (trips are announced days to
 * weeks before; three months covers a summit's early word).
 */
#define TRIPS_RECALL_DAYS	120	/* undated report of a visit: back */
#define TRIPS_AHEAD_DAYS	90	/* undated plan: how far ahead */
#define TRIPS_UNDATED_RANK	1000	/* match score offset for undated */
#define TRIPS_TOUR_GAP_DAYS	7	/* day legs of one article: one trip */

static const char *const trips_status_names[] = {
	"planned", "ongoing", "completed", "cancelled"
};
static const char *const trips_prec_names[] = {
	"unknown", "month", "day"
};

/*
 * Dates.  Inside this file every date is a day number (when.h); a missing
 * date is WHEN_DAY_NONE.  Text appears only where a date is bound to or
 * read from SQLite (trips_bind_day, trips_col_day), so comparisons are
 * integer comparisons and the calendar is when.c's.
 */

/* A date range as day numbers; lo and hi are WHEN_DAY_NONE when undated. */
struct trips_range {
	int32_t	lo;
	int32_t	hi;
};

/* A leg as far as merging and grouping need it. */
struct trips_leg {
	int64_t			 id;
	char			*city_key;	/* folded dest_city, NULL none */
	int32_t			 start;		/* day numbers or WHEN_DAY_NONE */
	int32_t			 end;
	enum leg_precision	 prec;
	enum leg_status		 status;
	double			 confidence;
	int64_t			 trip_id;	/* 0: none */
	int			 seq;
	int32_t			 ref;		/* newest source's day */
	struct trips_range	 r;

	/* Grouping. */
	size_t			 parent;
	ssize_t			 anchor;	/* index of anchoring leg, -1 */
	int			 side;		/* 0 before, 1 self, 2 after */
	int			 phase;		/* trips_phase in that article */
	int			 pos;		/* position in the article */
	size_t			 group;
};

struct trips_legv {
	struct trips_leg	*v;
	size_t			 n;
	size_t			 cap;
};

static void
trips_legv_free(struct trips_legv *lv)
{
	size_t	i;

	for (i = 0; i < lv->n; i++)
		free(lv->v[i].city_key);
	free(lv->v);
	lv->v = NULL;
	lv->n = 0;
	lv->cap = 0;
}

static void
trips_add_id(int64_t **v, size_t *n, int64_t id)
{
	size_t	i;

	for (i = 0; i < *n; i++)
		if ((*v)[i] == id)
			return;
	*v = xreallocarray(*v, *n + 1, sizeof **v);
	(*v)[(*n)++] = id;
}

/*
 * Finding ids in a trips_changes.  One struct may collect a whole import
 * (thousands of legs), so membership is a hash lookup, not a scan.  A map
 * from id to its index in the array, open addressing with linear probing
 * (ids are rowids, never 0) and deletion by backward shift.
 */
struct trips_idmap {
	int64_t	*key;
	size_t	*val;
	size_t	 cap;
	size_t	 n;
};

/*
 * The maps of a trips_changes, and what they were made from: a caller
 * that shortens an array (forgetting the ids of a rolled-back part) or
 * replaces it makes them stale, and they are made again.
 */
struct trips_changes_index {
	struct trips_idmap	 map[4];	/* legs, trips, removed_... */
	const int64_t		*v[4];
	size_t			 n[4];
};

static size_t
trips_idmap_home(const struct trips_idmap *m, int64_t id)
{
	return (size_t)(((uint64_t)id * 0x9e3779b97f4a7c15ULL) >> 20) &
	    (m->cap - 1);
}

/* The slot of id, or SIZE_MAX when it is not in the map. */
static size_t
trips_idmap_find(const struct trips_idmap *m, int64_t id)
{
	size_t	i;

	if (m->cap == 0)
		return SIZE_MAX;
	for (i = trips_idmap_home(m, id); m->key[i] != 0;
	    i = (i + 1) & (m->cap - 1))
		if (m->key[i] == id)
			return i;
	return SIZE_MAX;
}

static void
trips_idmap_put(struct trips_idmap *m, int64_t id, size_t val)
{
	struct trips_idmap	old = *m;
	size_t			i;

	if (2 * (m->n + 1) > m->cap) {
		m->cap = old.cap == 0 ? 64 : 2 * old.cap;
		m->key = xcalloc(m->cap, sizeof *m->key);
		m->val = xcalloc(m->cap, sizeof *m->val);
		m->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.key[i] != 0)
				trips_idmap_put(m, old.key[i], old.val[i]);
		free(old.key);
		free(old.val);
	}
	for (i = trips_idmap_home(m, id); m->key[i] != 0 && m->key[i] != id;
	    i = (i + 1) & (m->cap - 1))
		;
	if (m->key[i] == 0)
		m->n++;
	m->key[i] = id;
	m->val[i] = val;
}

static void
trips_idmap_del(struct trips_idmap *m, size_t i)
{
	size_t	j, h;

	m->key[i] = 0;
	m->n--;
	for (j = (i + 1) & (m->cap - 1); m->key[j] != 0;
	    j = (j + 1) & (m->cap - 1)) {
		h = trips_idmap_home(m, m->key[j]);
		/* Move j back to i unless its home lies in (i, j]. */
		if ((j > i && (h <= i || h > j)) ||
		    (j < i && h <= i && h > j)) {
			m->key[i] = m->key[j];
			m->val[i] = m->val[j];
			m->key[j] = 0;
			i = j;
		}
	}
}

static void
trips_idmap_free(struct trips_idmap *m)
{
	free(m->key);
	free(m->val);
	memset(m, 0, sizeof *m);
}

enum {
	TRIPS_CH_LEGS,
	TRIPS_CH_TRIPS,
	TRIPS_CH_REMOVED_LEGS,
	TRIPS_CH_REMOVED_TRIPS,
};

/* The arrays of c, in the order of trips_changes_index. */
static void
trips_ch_arrays(struct trips_changes *c, int64_t ***v, size_t **n)
{
	v[0] = &c->legs;
	n[0] = &c->nlegs;
	v[1] = &c->trips;
	n[1] = &c->ntrips;
	v[2] = &c->removed_legs;
	n[2] = &c->nremoved_legs;
	v[3] = &c->removed_trips;
	n[3] = &c->nremoved_trips;
}

/* The index of c, made again over what c holds when it is stale. */
static struct trips_changes_index *
trips_ch_index(struct trips_changes *c)
{
	struct trips_changes_index	*x = c->index;
	int64_t				**v[4];
	size_t				 *n[4], i, k;

	trips_ch_arrays(c, v, n);
	if (x != NULL) {
		for (k = 0; k < 4 && x->v[k] == *v[k] && x->n[k] == *n[k]; k++)
			;
		if (k == 4)
			return x;
		for (k = 0; k < 4; k++)
			trips_idmap_free(&x->map[k]);
	} else
		x = c->index = xcalloc(1, sizeof *x);
	for (k = 0; k < 4; k++) {
		for (i = 0; i < *n[k]; i++)
			trips_idmap_put(&x->map[k], (*v[k])[i], i);
		x->v[k] = *v[k];
		x->n[k] = *n[k];
	}
	return x;
}

/* Records that the maps describe c's arrays as they now are. */
static void
trips_ch_seen(struct trips_changes *c)
{
	int64_t	**v[4];
	size_t	 *n[4], k;

	trips_ch_arrays(c, v, n);
	for (k = 0; k < 4; k++) {
		c->index->v[k] = *v[k];
		c->index->n[k] = *n[k];
	}
}

/* Appends id to list k of c unless it is there already. */
static void
trips_ch_push(struct trips_changes *c, int k, int64_t id)
{
	struct trips_changes_index	*x = trips_ch_index(c);
	int64_t				**v[4];
	size_t				 *n[4];

	if (trips_idmap_find(&x->map[k], id) != SIZE_MAX)
		return;
	trips_ch_arrays(c, v, n);
	*v[k] = xreallocarray(*v[k], *n[k] + 1, sizeof **v[k]);
	(*v[k])[*n[k]] = id;
	trips_idmap_put(&x->map[k], id, (*n[k])++);
	trips_ch_seen(c);
}

static void
trips_ch_leg(struct trips_changes *c, int64_t id)
{
	trips_ch_push(c, TRIPS_CH_LEGS, id);
}

static void
trips_ch_trip(struct trips_changes *c, int64_t id)
{
	trips_ch_push(c, TRIPS_CH_TRIPS, id);
}

static void
trips_ch_removed_leg(struct trips_changes *c, int64_t id)
{
	trips_ch_push(c, TRIPS_CH_REMOVED_LEGS, id);
}

static void
trips_ch_removed_trip(struct trips_changes *c, int64_t id)
{
	trips_ch_push(c, TRIPS_CH_REMOVED_TRIPS, id);
}

static int
trips_ch_has_leg(struct trips_changes *c, int64_t id)
{
	return trips_idmap_find(&trips_ch_index(c)->map[TRIPS_CH_LEGS],
	    id) != SIZE_MAX;
}

/*
 * Drops from list k of c every id in list gone: a leg merged away or a
 * trip deleted is not reported as changed.  The last entry takes a
 * dropped one's place.
 */
static void
trips_ch_drop(struct trips_changes *c, int k, int gone)
{
	struct trips_changes_index	*x = trips_ch_index(c);
	struct trips_idmap		*m = &x->map[k];
	int64_t				**v[4];
	size_t				 *n[4], i, slot, at;

	trips_ch_arrays(c, v, n);
	for (i = 0; i < *n[gone]; i++) {
		slot = trips_idmap_find(m, (*v[gone])[i]);
		if (slot == SIZE_MAX)
			continue;
		at = m->val[slot];
		trips_idmap_del(m, slot);
		if (at != --*n[k]) {
			(*v[k])[at] = (*v[k])[*n[k]];
			trips_idmap_put(m, (*v[k])[at], at);
		}
	}
	trips_ch_seen(c);
}

static void
trips_ch_drop_removed(struct trips_changes *c)
{
	trips_ch_drop(c, TRIPS_CH_LEGS, TRIPS_CH_REMOVED_LEGS);
	trips_ch_drop(c, TRIPS_CH_TRIPS, TRIPS_CH_REMOVED_TRIPS);
}

void
trips_changes_free(struct trips_changes *c)
{
	size_t	k;

	if (c == NULL)
		return;
	if (c->index != NULL) {
		for (k = 0; k < 4; k++)
			trips_idmap_free(&c->index->map[k]);
		free(c->index);
	}
	free(c->legs);
	free(c->trips);
	free(c->removed_trips);
	free(c->removed_legs);
	memset(c, 0, sizeof *c);
}

static const char *
trips_status_name(enum leg_status st)
{
	if ((unsigned)st >= sizeof trips_status_names /
	    sizeof trips_status_names[0])
		return trips_status_names[0];
	return trips_status_names[st];
}

static enum leg_status
trips_status_parse(const char *s)
{
	size_t	i;

	for (i = 0; s != NULL && i < sizeof trips_status_names /
	    sizeof trips_status_names[0]; i++)
		if (strcmp(s, trips_status_names[i]) == 0)
			return (enum leg_status)i;
	return LEG_PLANNED;
}

static const char *
trips_prec_name(enum leg_precision p)
{
	if ((unsigned)p >= sizeof trips_prec_names /
	    sizeof trips_prec_names[0])
		return trips_prec_names[0];
	return trips_prec_names[p];
}

static enum leg_precision
trips_prec_parse(const char *s)
{
	size_t	i;

	for (i = 0; s != NULL && i < sizeof trips_prec_names /
	    sizeof trips_prec_names[0]; i++)
		if (strcmp(s, trips_prec_names[i]) == 0)
			return (enum leg_precision)i;
	return LEG_PREC_UNKNOWN;
}

/*
 * The day in an ISO date column, or WHEN_DAY_NONE for NULL or anything
 * but a real "YYYY-MM-DD" (this file writes only those).
 */
static int32_t
trips_col_day(sqlite3_stmt *st, int col)
{
	const char	*s;
	int32_t		 day;

	s = (const char *)sqlite3_column_text(st, col);
	if (s == NULL || when_day_parse(s, (size_t)sqlite3_column_bytes(st,
	    col), &day) != 0)
		return WHEN_DAY_NONE;
	return day;
}

/* The day of a Unix time column, or WHEN_DAY_NONE for NULL. */
static int32_t
trips_col_time_day(sqlite3_stmt *st, int col)
{
	if (sqlite3_column_type(st, col) == SQLITE_NULL)
		return WHEN_DAY_NONE;
	return when_day_of_time((time_t)sqlite3_column_int64(st, col));
}

/* Binds day as "YYYY-MM-DD", or NULL when it is WHEN_DAY_NONE. */
static void
trips_bind_day(sqlite3_stmt *st, int i, int32_t day)
{
	char	buf[11];

	if (day == WHEN_DAY_NONE) {
		sqlite3_bind_null(st, i);
		return;
	}
	when_day_format(day, buf);
	sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

/* Binds s, or NULL when s is NULL or empty. */
static void
trips_bind_text(sqlite3_stmt *st, int i, const char *s)
{
	if (s == NULL || *s == '\0')
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

/* Steps a cached statement that returns no rows and resets it. */
static int
trips_run(struct store *s, sqlite3_stmt *st, const char *what, char **cause)
{
	int	rc;

	rc = sqlite3_step(st);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		*cause = store_errmsg(s, what);
		sqlite3_reset(st);
		return -EIO;
	}
	sqlite3_reset(st);
	return 0;
}

static int
trips_step_error(struct store *s, sqlite3_stmt *st, int rc, const char *what,
    char **cause)
{
	if (rc == SQLITE_DONE || rc == SQLITE_ROW)
		return 0;
	*cause = store_errmsg(s, what);
	sqlite3_reset(st);
	return -EIO;
}

/* The latest day a leg is known at: its end, else its start. */
static int32_t
trips_last(int32_t start, int32_t end)
{
	return (end != WHEN_DAY_NONE && end > start) ? end : start;
}

/*
 * The range a leg covers: a day leg [start, end or start], a month leg
 * from its first to the last day of its (end) month.
 */
static void
trips_leg_range(int32_t start, int32_t end, enum leg_precision prec,
    struct trips_range *r)
{
	int	y, m, d;

	r->lo = r->hi = WHEN_DAY_NONE;
	if (prec == LEG_PREC_UNKNOWN || start == WHEN_DAY_NONE)
		return;
	r->lo = start;
	r->hi = trips_last(start, end);
	if (prec == LEG_PREC_MONTH) {
		when_day_to_ymd(r->hi, &y, &m, &d);
		r->hi += when_days_in_month(y, m) - d;
	}
}

/* Whether two days fall in the same calendar month. */
static int
trips_same_month(int32_t a, int32_t b)
{
	int	ya, ma, yb, mb, d;

	when_day_to_ymd(a, &ya, &ma, &d);
	when_day_to_ymd(b, &yb, &mb, &d);
	return ya == yb && ma == mb;
}

/* Days between two dated ranges: 0 when they overlap, else the gap. */
static int
trips_range_gap(const struct trips_range *a, const struct trips_range *b)
{
	if (a->hi < b->lo)
		return b->lo - a->hi;
	if (b->hi < a->lo)
		return a->lo - b->hi;
	return 0;
}

/* A leg's range, or the day of its reference date when undated. */
static void
trips_leg_span(const struct trips_leg *l, struct trips_range *r)
{
	if (l->r.lo != WHEN_DAY_NONE) {
		*r = l->r;
		return;
	}
	r->lo = r->hi = l->ref;
}

/*
 * Whether b reports the same visit as a (same official and destination
 * country assumed): -1 if not, else a score, lower is closer.  When
 * dated_only, the undated rule is not applied.  Two dated legs: their
 * gap.  An undated leg u (standing at its newest source's day) and a
 * dated one d: when they lie within TRIPS_RECENT_DAYS of each other, and
 * further in the direction u's tense points: a report of a visit done or
 * under way reaches back to a d that ended at most TRIPS_RECALL_DAYS
 * before ("when I was in Israel last month"), a plan forward to a d that
 * starts at most TRIPS_AHEAD_DAYS after ("the President will travel to
 * Saudi Arabia"), a cancellation no further.  The score is the gap, so
 * the nearest d wins: for a recall the latest visit before it, for a plan
 * the next one.  Two undated legs: within TRIPS_RECENT_DAYS, and every
 * dated match scores below every undated one.
 */
static int
trips_match(const struct trips_leg *a, const struct trips_leg *b,
    int dated_only)
{
	const struct trips_leg	*u, *d;
	struct trips_range	 ra, rb;
	int			 gap;

	if (a->city_key != NULL && b->city_key != NULL &&
	    strcmp(a->city_key, b->city_key) != 0)
		return -1;
	if (a->r.lo != WHEN_DAY_NONE && b->r.lo != WHEN_DAY_NONE) {
		gap = trips_range_gap(&a->r, &b->r);
		return gap <= TRIPS_ADJACENT_DAYS ? gap : -1;
	}
	if (dated_only)
		return -1;
	trips_leg_span(a, &ra);
	trips_leg_span(b, &rb);
	if (ra.lo == WHEN_DAY_NONE || rb.lo == WHEN_DAY_NONE)
		return -1;
	gap = trips_range_gap(&ra, &rb);
	if (a->r.lo == WHEN_DAY_NONE && b->r.lo == WHEN_DAY_NONE)
		return gap <= TRIPS_RECENT_DAYS ?
		    2 * TRIPS_UNDATED_RANK + gap : -1;
	if (gap <= TRIPS_RECENT_DAYS)
		return TRIPS_UNDATED_RANK + gap;
	u = a->r.lo == WHEN_DAY_NONE ? a : b;
	d = u == a ? b : a;
	if ((u->status == LEG_ONGOING || u->status == LEG_COMPLETED) &&
	    d->r.hi < u->ref && u->ref - d->r.hi <= TRIPS_RECALL_DAYS)
		return TRIPS_UNDATED_RANK + gap;
	if (u->status == LEG_PLANNED && d->r.lo > u->ref &&
	    d->r.lo - u->ref <= TRIPS_AHEAD_DAYS)
		return TRIPS_UNDATED_RANK + gap;
	return -1;
}

/* The published day of an article; 0, -ENOENT or -EIO. */
static int
trips_article_day(struct store *s, int64_t article_id, int32_t *out,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	st = store_prepare_cached(s,
	    "SELECT published FROM articles WHERE id = ?");
	sqlite3_bind_int64(st, 1, article_id);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = when_day_of_time((time_t)sqlite3_column_int64(st, 0));
		sqlite3_reset(st);
		return 0;
	}
	if (trips_step_error(s, st, rc, "article", cause) != 0)
		return -EIO;
	sqlite3_reset(st);
	*cause = xasprintf("article %lld not found", (long long)article_id);
	return -ENOENT;
}

/* Number of words in a folded name. */
static int
trips_words(const char *key)
{
	int	n = 0;

	for (; *key != '\0'; key++)
		if (*key != ' ' && (key[1] == ' ' || key[1] == '\0'))
			n++;
	return n;
}

/*
 * Whether two folded names may be one person: a bare name is the other's
 * surname or its first word ("Austin" and "Lloyd Austin", "Wang" and
 * "Wang Yi", family name first); two full names share surname and first
 * word ("Lloyd Austin" and "Lloyd J Austin").
 */
static int
trips_name_compatible(const char *a, const char *askey, const char *b,
    const char *bskey)
{
	size_t	la, lb;

	la = strcspn(a, " ");
	lb = strcspn(b, " ");
	if (a[la] == '\0')
		return strcmp(a, bskey) == 0 || (la == lb &&
		    strncmp(a, b, la) == 0);
	if (b[lb] == '\0')
		return strcmp(b, askey) == 0 || (la == lb &&
		    strncmp(a, b, la) == 0);
	return strcmp(askey, bskey) == 0 && la == lb &&
	    strncmp(a, b, la) == 0;
}

struct trips_cand {
	int64_t	 id;
	char	*name;
	char	*key;
	char	*skey;
	char	 country[3];
};

/*
 * Canonical spellings.  An official the knowledge table lists is stored
 * under its name there: the one office holder of the leg's official
 * country, in office on the leg's day (its start, else the article's),
 * whose name or an alias of it is the leg's name or compatible with it
 * (trips_name_compatible: "Biden" and "Joe Biden").  None or several:
 * the name as reported.  A role is stored in roles.tsv's display form
 * for its alias (any case: "minister" and "Minister" are one role), else
 * with its first letter upper case.  Both read the knowledge mirrored
 * into the database, so a rebuild gives the same names.
 */

/* Whether one spelling of a listed name may be the folded name key/skey. */
static int
trips_canon_match(const char *spelling, size_t len, const char *key,
    const char *skey)
{
	char	*one, *ck, *cs;
	int	 match;

	one = xstrndup(spelling, len);
	ck = util_fold(one);
	cs = util_surname_key(one);
	match = *ck != '\0' && *cs != '\0' && (strcmp(ck, key) == 0 ||
	    trips_name_compatible(ck, cs, key, skey));
	free(one);
	free(ck);
	free(cs);
	return match;
}

/* The canonical name of l's person into *out (caller frees); 1, 0, -EIO. */
static int
trips_canon_person(struct store *s, const struct leg *l, int32_t day,
    char **out, char **cause)
{
	sqlite3_stmt	*st;
	char		 date[11], *key, *skey, *pick = NULL;
	const char	*name, *p;
	int		 rc, match, several = 0, ret = 0;

	if (l->official_country[0] == '\0' || day == WHEN_DAY_NONE)
		return 0;
	key = util_fold(l->person);
	skey = util_surname_key(l->person);
	if (*key == '\0' || *skey == '\0')
		goto out;
	when_day_format(day, date);
	st = store_prepare_cached(s, "SELECT name, coalesce(aliases, '')"
	    " FROM kb_officials WHERE country = ?1"
	    " AND (coalesce(start, '') = '' OR start <= ?2)"
	    " AND (coalesce(\"end\", '') = '' OR \"end\" >= ?2)");
	sqlite3_bind_text(st, 1, l->official_country, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, date, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		name = (const char *)sqlite3_column_text(st, 0);
		match = trips_canon_match(name, strlen(name), key, skey);
		/* Each '|'-separated alias. */
		for (p = (const char *)sqlite3_column_text(st, 1);
		    !match && *p != '\0'; p += *p == '|') {
			match = trips_canon_match(p, strcspn(p, "|"), key,
			    skey);
			p += strcspn(p, "|");
		}
		if (!match)
			continue;
		if (pick == NULL)
			pick = xstrdup(name);
		else if (strcmp(pick, name) != 0)
			several = 1;
	}
	if (trips_step_error(s, st, rc, "kb_officials", cause) != 0) {
		ret = -EIO;
		goto out;
	}
	sqlite3_reset(st);
	if (pick != NULL && !several) {
		*out = pick;
		pick = NULL;
		ret = 1;
	}
out:
	free(pick);
	free(key);
	free(skey);
	return ret;
}

/* The display form of role into *out (caller frees); 1, 0, -EIO. */
static int
trips_canon_role(struct store *s, const char *role, char **out,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (role == NULL || *role == '\0')
		return 0;
	st = store_prepare_cached(s, "SELECT display_role FROM kb_roles"
	    " WHERE (alias = ?1 COLLATE NOCASE OR display_role = ?1"
	    " COLLATE NOCASE) AND coalesce(display_role, '') != ''"
	    " ORDER BY alias = ?1 DESC, alias = ?1 COLLATE NOCASE DESC,"
	    " display_role = ?1 DESC, rowid LIMIT 1");
	sqlite3_bind_text(st, 1, role, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (trips_step_error(s, st, rc, "kb_roles", cause) != 0)
		return -EIO;
	if (rc == SQLITE_ROW)
		*out = xstrdup((const char *)sqlite3_column_text(st, 0));
	else {
		*out = xstrdup(role);
		if (**out >= 'a' && **out <= 'z')
			**out = (char)(**out - 'a' + 'A');
	}
	sqlite3_reset(st);
	return 1;
}

/* Copies a country code (at most 2 letters) into out, NUL-terminated. */
static void
trips_cc_copy(char out[3], const char *cc)
{
	size_t	n = strnlen(cc, 2);

	memcpy(out, cc, n);
	out[n] = '\0';
}

/*
 * Finds or creates the official for l; 0 and *id, or -EINVAL/-EIO.  When
 * canonical, l's name is the knowledge table's and replaces a matched
 * official's name; otherwise the fuller of the two names is kept.
 */
static int
trips_official(struct store *s, const struct leg *l, int canonical,
    int32_t pub, int64_t article_id, int64_t *id, char country_out[3],
    char **cause)
{
	sqlite3_stmt		*st;
	struct trips_cand	*c = NULL, *pick = NULL;
	const char		*country = l->official_country, *name;
	char			*key, *skey, *newkey = NULL, *first = NULL;
	char			*newskey = NULL;
	char			 newcountry[3];
	size_t			 n = 0, i;
	int			 rc, tier, count, same_key, same_country;
	int			 ret = -EIO;

	key = util_fold(l->person);
	skey = util_surname_key(l->person);
	if (*key == '\0' || *skey == '\0') {
		free(key);
		free(skey);
		return -EINVAL;
	}

	/*
	 * Candidates: same surname; the bare first word of this name; or,
	 * for a bare name, names starting with it.
	 */
	first = xstrndup(key, strcspn(key, " "));
	st = store_prepare_cached(s, "SELECT id, name, name_key, surname_key,"
	    " country FROM officials WHERE surname_key = ?1"
	    " OR name_key = ?2 OR (?2 = ?3 AND substr(name_key, 1,"
	    " length(?2) + 1) = ?2 || ' ') ORDER BY id");
	sqlite3_bind_text(st, 1, skey, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, first, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, key, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		c = xreallocarray(c, n + 1, sizeof *c);
		c[n].id = sqlite3_column_int64(st, 0);
		c[n].name = xstrdup((const char *)sqlite3_column_text(st, 1));
		c[n].key = xstrdup((const char *)sqlite3_column_text(st, 2));
		c[n].skey = xstrdup((const char *)sqlite3_column_text(st, 3));
		snprintf(c[n].country, sizeof c[n].country, "%s",
		    (const char *)sqlite3_column_text(st, 4));
		n++;
	}
	if (trips_step_error(s, st, rc, "officials", cause) != 0)
		goto out;
	sqlite3_reset(st);

	for (tier = 1; tier <= 4 && pick == NULL; tier++) {
		count = 0;
		for (i = 0; i < n; i++) {
			same_key = strcmp(c[i].key, key) == 0;
			same_country = strcmp(c[i].country, country) == 0;
			if (tier <= 2 && !same_key)
				continue;
			if (tier >= 3 && (same_key ||
			    !trips_name_compatible(c[i].key, c[i].skey, key,
			    skey)))
				continue;
			if ((tier == 1 || tier == 3) && !same_country)
				continue;
			if ((tier == 2 || tier == 4) && (same_country ||
			    (*c[i].country != '\0' && *country != '\0')))
				continue;
			if (count++ == 0)
				pick = &c[i];
		}
		if (count > 1) {
			pick = NULL;
			break;	/* ambiguous: a new official */
		}
	}

	if (pick == NULL) {
		st = store_prepare_cached(s, "INSERT INTO officials"
		    " (name, name_key, surname_key, country, role, role_day,"
		    " role_article) VALUES (?1, ?2, ?3, ?4, ?5,"
		    " iif(?5 IS NULL, NULL, ?6), iif(?5 IS NULL, NULL, ?7))");
		sqlite3_bind_text(st, 1, l->person, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, skey, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, country, -1, SQLITE_STATIC);
		trips_bind_text(st, 5, l->role);
		sqlite3_bind_int(st, 6, pub);
		sqlite3_bind_int64(st, 7, article_id);
		if (trips_run(s, st, "insert official", cause) != 0)
			goto out;
		*id = sqlite3_last_insert_rowid(store_db(s));
		trips_cc_copy(country_out, country);
		ret = 0;
		goto out;
	}

	/* Upgrade to the fuller name and the known country, if free. */
	name = pick->name;
	newkey = xstrdup(pick->key);
	if (canonical ? strcmp(key, pick->key) != 0 :
	    trips_words(key) > trips_words(pick->key)) {
		name = l->person;
		free(newkey);
		newkey = xstrdup(key);
	}
	trips_cc_copy(newcountry, *pick->country != '\0' ? pick->country :
	    country);
	if (strcmp(newkey, pick->key) != 0 ||
	    strcmp(newcountry, pick->country) != 0) {
		st = store_prepare_cached(s, "SELECT 1 FROM officials"
		    " WHERE name_key = ? AND country = ? AND id != ?");
		sqlite3_bind_text(st, 1, newkey, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, newcountry, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, pick->id);
		rc = sqlite3_step(st);
		if (trips_step_error(s, st, rc, "officials", cause) != 0)
			goto out;
		sqlite3_reset(st);
		if (rc == SQLITE_ROW) {
			name = pick->name;
			free(newkey);
			newkey = xstrdup(pick->key);
			snprintf(newcountry, sizeof newcountry, "%s",
			    pick->country);
		}
	}
	newskey = util_surname_key(name);
	/* The role of the newest report: (published day, article id). */
#define TRIPS_ROLE_NEWER "?5 IS NOT NULL AND (role_day IS NULL" \
	" OR ?7 > role_day OR (?7 = role_day AND ?8 >= role_article))"
	st = store_prepare_cached(s,
	    "UPDATE officials SET name = ?1, name_key = ?2,"
	    " surname_key = ?3, country = ?4,"
	    " role = CASE WHEN " TRIPS_ROLE_NEWER " THEN ?5 ELSE role END,"
	    " role_day = CASE WHEN " TRIPS_ROLE_NEWER " THEN ?7"
	    " ELSE role_day END,"
	    " role_article = CASE WHEN " TRIPS_ROLE_NEWER " THEN ?8"
	    " ELSE role_article END WHERE id = ?6");
#undef TRIPS_ROLE_NEWER
	sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, newkey, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, newskey, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, newcountry, -1, SQLITE_STATIC);
	trips_bind_text(st, 5, l->role);
	sqlite3_bind_int64(st, 6, pick->id);
	sqlite3_bind_int(st, 7, pub);
	sqlite3_bind_int64(st, 8, article_id);
	if (trips_run(s, st, "update official", cause) != 0)
		goto out;
	if (strcmp(newcountry, pick->country) != 0) {
		st = store_prepare_cached(s,
		    "UPDATE legs SET official_country = ?"
		    " WHERE official_id = ?");
		sqlite3_bind_text(st, 1, newcountry, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, pick->id);
		if (trips_run(s, st, "update legs' country", cause) != 0)
			goto out;
	}
	*id = pick->id;
	snprintf(country_out, 3, "%s", newcountry);
	ret = 0;
out:
	for (i = 0; i < n; i++) {
		free(c[i].name);
		free(c[i].key);
		free(c[i].skey);
	}
	free(first);
	free(newskey);
	free(c);
	free(newkey);
	free(key);
	free(skey);
	return ret;
}

/*
 * The gazetteer's coordinates of a place, from the knowledge mirrored into
 * the database (kb_gazetteer, kb_countries): the row of that name or alias
 * in the country or, for a historical one, in its successor (Moscow, SU;
 * the gazetteer has it under RU), the most populous of several; or the
 * capital's for a
 * country without a city.  1 and *lat, *lon when known; 0 when not (or
 * no knowledge is loaded); -EIO with *cause.
 */
static int
trips_place_coords(struct store *s, const char *country, const char *city,
    double *lat, double *lon, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	if (*city == '\0') {
		st = store_prepare_cached(s, "SELECT lat, lon FROM kb_countries"
		    " WHERE iso2 = ?1 AND lat IS NOT NULL AND lon IS NOT NULL");
		sqlite3_bind_text(st, 1, country, -1, SQLITE_STATIC);
	} else {
		/* The name as the gazetteer spells it: an indexed lookup. */
		st = store_prepare_cached(s, "SELECT lat, lon FROM kb_gazetteer"
		    " WHERE country IN (?1, (SELECT successor FROM kb_countries"
		    " WHERE iso2 = ?1)) AND name = ?2 AND lat IS NOT NULL"
		    " AND lon IS NOT NULL ORDER BY population DESC LIMIT 1");
		sqlite3_bind_text(st, 1, country, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, city, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		if (trips_step_error(s, st, rc, "gazetteer", cause) != 0)
			return -EIO;
		if (rc == SQLITE_ROW)
			goto found;
		sqlite3_reset(st);
		/* Else another case, or an alias: the country's rows. */
		st = store_prepare_cached(s, "SELECT lat, lon FROM kb_gazetteer"
		    " WHERE country IN (?1, (SELECT successor FROM kb_countries"
		    " WHERE iso2 = ?1)) AND lat IS NOT NULL AND lon IS NOT NULL"
		    " AND (name = ?2 COLLATE NOCASE OR instr('|' ||"
		    " lower(coalesce(aliases, '')) || '|', '|' || lower(?2) ||"
		    " '|') > 0) ORDER BY name = ?2 COLLATE NOCASE DESC,"
		    " population DESC LIMIT 1");
		sqlite3_bind_text(st, 1, country, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, city, -1, SQLITE_STATIC);
	}
	rc = sqlite3_step(st);
	if (trips_step_error(s, st, rc, "gazetteer", cause) != 0)
		return -EIO;
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return 0;
	}
found:
	*lat = sqlite3_column_double(st, 0);
	*lon = sqlite3_column_double(st, 1);
	sqlite3_reset(st);
	return 1;
}

/*
 * Finds or creates the place (country, city); 0 and *id, or -EIO.  Its
 * coordinates are the gazetteer's (trips_place_coords), which a leg never
 * overrides: a leg's own coordinates may be another place's (a city named
 * by the dateline with the country's coordinates).  A place the
 * gazetteer does not know takes the first leg's coordinates.
 */
static int
trips_place(struct store *s, const char *country, const char *city,
    const struct leg *l, int64_t *id, char **cause)
{
	sqlite3_stmt	*st;
	char		*key;
	double		 lat = 0, lon = 0;
	int		 rc, known, has;

	if (city == NULL)
		city = "";
	if ((known = trips_place_coords(s, country, city, &lat, &lon,
	    cause)) < 0)
		return -EIO;
	has = known || (l != NULL && l->has_coords);
	if (!known && has) {
		lat = l->lat;
		lon = l->lon;
	}
	st = store_prepare_cached(s, "SELECT id, lat IS NULL OR lon IS NULL"
	    " OR lat != ?3 OR lon != ?4 FROM places"
	    " WHERE country = ?1 AND city = ?2");
	sqlite3_bind_text(st, 1, country, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, city, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 3, lat);
	sqlite3_bind_double(st, 4, lon);
	rc = sqlite3_step(st);
	if (trips_step_error(s, st, rc, "places", cause) != 0)
		return -EIO;
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		rc = sqlite3_column_int(st, 1);		/* differs */
		sqlite3_reset(st);
		if (!has || !rc)
			return 0;
		/* The gazetteer's; else fill only what is missing. */
		st = store_prepare_cached(s,
		    "UPDATE places SET lat = ?, lon = ?"
		    " WHERE id = ? AND (? OR lat IS NULL OR lon IS NULL)");
		sqlite3_bind_double(st, 1, lat);
		sqlite3_bind_double(st, 2, lon);
		sqlite3_bind_int64(st, 3, *id);
		sqlite3_bind_int(st, 4, known);
		return trips_run(s, st, "update place", cause);
	}
	sqlite3_reset(st);

	key = util_fold(city);
	st = store_prepare_cached(s,
	    "INSERT INTO places (country, city, city_key,"
	    " lat, lon) VALUES (?, ?, ?, ?, ?)");
	sqlite3_bind_text(st, 1, country, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, city, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, key, -1, SQLITE_TRANSIENT);
	if (has) {
		sqlite3_bind_double(st, 4, lat);
		sqlite3_bind_double(st, 5, lon);
	}
	free(key);
	if (trips_run(s, st, "insert place", cause) != 0)
		return -EIO;
	*id = sqlite3_last_insert_rowid(store_db(s));
	return 0;
}

/*
 * Reading legs.  Every query below selects TRIPS_LEG_COLS (optionally
 * followed by the newest source's published time) and is an indexed
 * lookup or range: by id, by trip, by official and start, by official,
 * country and start (schema/007-trips-indexes.sql).  None reads an
 * official's whole history.
 */
#define TRIPS_LEG_COLS \
	"l.id, l.dest_city, l.start, l.end, l.precision, l.status," \
	" l.confidence, l.trip_id, l.seq"

/* Fills l from a row of TRIPS_LEG_COLS (and the newest source, if any). */
static void
trips_leg_read(sqlite3_stmt *st, struct trips_leg *l)
{
	const char	*city;

	memset(l, 0, sizeof *l);
	l->id = sqlite3_column_int64(st, 0);
	city = (const char *)sqlite3_column_text(st, 1);
	l->city_key = (city != NULL && *city != '\0') ? util_fold(city) : NULL;
	l->start = trips_col_day(st, 2);
	l->end = trips_col_day(st, 3);
	l->prec = trips_prec_parse((const char *)sqlite3_column_text(st, 4));
	l->status = trips_status_parse(
	    (const char *)sqlite3_column_text(st, 5));
	l->confidence = sqlite3_column_double(st, 6);
	l->trip_id = sqlite3_column_int64(st, 7);
	l->seq = sqlite3_column_int(st, 8);
	l->ref = sqlite3_column_count(st) > 9 ? trips_col_time_day(st, 9) :
	    WHEN_DAY_NONE;
	trips_leg_range(l->start, l->end, l->prec, &l->r);
}

static struct trips_leg *
trips_legv_push(struct trips_legv *lv)
{
	if (lv->n == lv->cap) {
		lv->cap = lv->cap == 0 ? 16 : 2 * lv->cap;
		lv->v = xreallocarray(lv->v, lv->cap, sizeof *lv->v);
	}
	return &lv->v[lv->n++];
}

/* Steps st, appending its rows to lv, and resets it; 0 or -EIO. */
static int
trips_read_legs(struct store *s, sqlite3_stmt *st, struct trips_legv *lv,
    char **cause)
{
	int	rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		trips_leg_read(st, trips_legv_push(lv));
	if (trips_step_error(s, st, rc, "legs", cause) != 0)
		return -EIO;
	sqlite3_reset(st);
	return 0;
}

static int
trips_leg_id_cmp(const void *pa, const void *pb)
{
	const struct trips_leg	*a = pa, *b = pb;

	return a->id < b->id ? -1 : a->id > b->id;
}

/* Binds day clamped to the years 1..9999, as a lower or upper bound. */
static void
trips_bind_bound(sqlite3_stmt *st, int i, int64_t day)
{
	int64_t	lo = when_day_from_ymd(1, 1, 1);
	int64_t	hi = when_day_from_ymd(9999, 12, 31);

	trips_bind_day(st, i, (int32_t)(day < lo ? lo : day > hi ? hi : day));
}

/*
 * How many days past its start a dated leg of the official can reach: its
 * longest end - start (one probe of legs_official_span), plus a month for
 * a month-precision leg's last month.
 */
static int
trips_reach(struct store *s, int64_t official, int32_t *out, char **cause)
{
	sqlite3_stmt	*st;
	double		 span = 0.0;
	int		 rc;

	st = store_prepare_cached(s, "SELECT max(julianday(\"end\") -"
	    " julianday(start)) FROM legs WHERE official_id = ?");
	sqlite3_bind_int64(st, 1, official);
	rc = sqlite3_step(st);
	if (trips_step_error(s, st, rc, "legs' span", cause) != 0)
		return -EIO;
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
		span = sqlite3_column_double(st, 0);
	sqlite3_reset(st);
	if (!(span > 0.0))
		span = 0.0;
	if (span > 4e6)
		span = 4e6;
	*out = (int32_t)span + 1 + 31;
	return 0;
}

/*
 * Appends to lv the dated legs of the official (to country, when not
 * NULL) that may meet the days [lo, hi]: all whose range does, and some
 * more that start up to trips_reach days before lo.  Callers filter.
 */
static int
trips_load_dated(struct store *s, int64_t official, const char *country,
    int32_t lo, int32_t hi, struct trips_legv *lv, char **cause)
{
	sqlite3_stmt	*st;
	int32_t		 reach;

	if (trips_reach(s, official, &reach, cause) != 0)
		return -EIO;
	if (country != NULL) {
		st = store_prepare_cached(s, "SELECT " TRIPS_LEG_COLS
		    " FROM legs l WHERE l.official_id = ?1"
		    " AND l.dest_country = ?2 AND l.start >= ?3"
		    " AND l.start <= ?4");
		sqlite3_bind_text(st, 2, country, -1, SQLITE_STATIC);
	} else
		st = store_prepare_cached(s, "SELECT " TRIPS_LEG_COLS
		    " FROM legs l WHERE l.official_id = ?1"
		    " AND l.start >= ?3 AND l.start <= ?4");
	sqlite3_bind_int64(st, 1, official);
	trips_bind_bound(st, 3, (int64_t)lo - reach);
	trips_bind_bound(st, 4, hi);
	return trips_read_legs(s, st, lv, cause);
}

/*
 * The legs of the official to country that a new or changed leg me may
 * report the same visit as (trips_match), ordered by id, each undated one
 * with its newest source's date: the dated ones within reach of me's
 * range (or, when me is undated, of the undated rules around me's
 * reference day), and, unless dated_only, the undated ones.  lv is
 * emptied first.
 */
static int
trips_load_candidates(struct store *s, int64_t official,
    const char *country, const struct trips_leg *me, int dated_only,
    struct trips_legv *lv, char **cause)
{
	sqlite3_stmt	*st;
	int32_t		 lo, hi, w;

	trips_legv_free(lv);
	w = dated_only ? TRIPS_ADJACENT_DAYS : TRIPS_RECENT_DAYS;
	if (me->r.lo != WHEN_DAY_NONE) {
		lo = me->r.lo - w;
		hi = me->r.hi + w;
	} else {
		/* The reach of trips_match's undated rules. */
		lo = me->ref - TRIPS_RECALL_DAYS - TRIPS_ADJACENT_DAYS;
		hi = me->ref + TRIPS_AHEAD_DAYS + TRIPS_ADJACENT_DAYS;
	}
	if (trips_load_dated(s, official, country, lo, hi, lv, cause) != 0)
		goto fail;
	if (!dated_only) {
		/* The newest source only matters for undated legs. */
		st = store_prepare_cached(s, "SELECT " TRIPS_LEG_COLS ","
		    " (SELECT max(a.published) FROM leg_sources ls"
		    "  JOIN articles a ON a.id = ls.article_id"
		    "  WHERE ls.leg_id = l.id)"
		    " FROM legs l WHERE l.official_id = ?"
		    " AND l.dest_country = ? AND l.start IS NULL");
		sqlite3_bind_int64(st, 1, official);
		sqlite3_bind_text(st, 2, country, -1, SQLITE_STATIC);
		if (trips_read_legs(s, st, lv, cause) != 0)
			goto fail;
	}
	if (lv->n > 1)
		qsort(lv->v, lv->n, sizeof *lv->v, trips_leg_id_cmp);
	return 0;
fail:
	trips_legv_free(lv);
	return -EIO;
}

/* Appends the leg with this id, if it exists, to lv. */
static int
trips_load_leg(struct store *s, int64_t id, struct trips_legv *lv,
    char **cause)
{
	sqlite3_stmt	*st;

	st = store_prepare_cached(s, "SELECT " TRIPS_LEG_COLS
	    " FROM legs l WHERE l.id = ?");
	sqlite3_bind_int64(st, 1, id);
	return trips_read_legs(s, st, lv, cause);
}

/* One source as the recomputation reads it. */
struct trips_src {
	char			*role;
	int32_t			 start;		/* day numbers or WHEN_DAY_NONE */
	int32_t			 end;
	enum leg_precision	 prec;
	enum leg_status		 status;
	double			 confidence;
	int64_t			 article_id;
};

/* Recomputes a leg's role, dates, status and confidence from its sources. */
static int
trips_refresh_leg(struct store *s, int64_t leg_id, char **cause)
{
	sqlite3_stmt		*st;
	struct trips_src	*v = NULL, *x;
	const char		*role = NULL;
	enum leg_precision	 best = LEG_PREC_UNKNOWN;
	enum leg_status		 status = LEG_PLANNED;
	int32_t			 start = WHEN_DAY_NONE, end = WHEN_DAY_NONE;
	int32_t			 hi = WHEN_DAY_NONE;
	double			 keep = 1.0, amax = 0.0, c;
	int64_t			 art = -1;
	size_t			 n = 0, i;
	int			 rc, facts = 0, explicit_end = 0, ret = -EIO;

	st = store_prepare_cached(s, "SELECT ls.role, ls.start, ls.end,"
	    " ls.precision, ls.status, ls.confidence, ls.article_id"
	    " FROM leg_sources ls JOIN articles a ON a.id = ls.article_id"
	    " WHERE ls.leg_id = ? ORDER BY a.published, ls.article_id, ls.id");
	sqlite3_bind_int64(st, 1, leg_id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		v = xreallocarray(v, n + 1, sizeof *v);
		x = &v[n++];
		x->role = sqlite3_column_type(st, 0) == SQLITE_NULL ? NULL :
		    xstrdup((const char *)sqlite3_column_text(st, 0));
		x->start = trips_col_day(st, 1);
		x->end = trips_col_day(st, 2);
		x->prec = trips_prec_parse(
		    (const char *)sqlite3_column_text(st, 3));
		if (x->start == WHEN_DAY_NONE)
			x->prec = LEG_PREC_UNKNOWN;
		x->status = trips_status_parse(
		    (const char *)sqlite3_column_text(st, 4));
		x->confidence = sqlite3_column_double(st, 5);
		x->article_id = sqlite3_column_int64(st, 6);
	}
	if (trips_step_error(s, st, rc, "leg sources", cause) != 0)
		goto out;
	sqlite3_reset(st);
	if (n == 0) {
		ret = 0;
		goto out;
	}

	for (i = 0; i < n; i++) {
		x = &v[i];
		if (i == 0)
			status = x->status;
		else if (x->status == LEG_CANCELLED || status == LEG_CANCELLED)
			status = x->status;	/* the latest statement wins */
		else if (x->status > status)
			status = x->status;
		if (x->role != NULL && *x->role != '\0')
			role = x->role;
		if (x->prec > best)
			best = x->prec;
		if (x->article_id != art) {
			keep *= 1.0 - amax;
			art = x->article_id;
			amax = 0.0;
		}
		c = x->confidence < 0.0 ? 0.0 : x->confidence > 1.0 ? 1.0 :
		    x->confidence;
		if (c > amax)
			amax = c;
	}
	keep *= 1.0 - amax;

	/* Dates from the best-precision sources; facts before plans. */
	for (i = 0; i < n; i++)
		if (v[i].prec == best && best != LEG_PREC_UNKNOWN &&
		    (v[i].status == LEG_ONGOING ||
		    v[i].status == LEG_COMPLETED))
			facts = 1;
	for (i = 0; i < n && best != LEG_PREC_UNKNOWN; i++) {
		x = &v[i];
		if (x->prec != best || (facts && x->status != LEG_ONGOING &&
		    x->status != LEG_COMPLETED))
			continue;
		if (start == WHEN_DAY_NONE || x->start < start)
			start = x->start;
		if (hi == WHEN_DAY_NONE || x->start > hi)
			hi = x->start;
		if (x->end != WHEN_DAY_NONE && x->end >= x->start) {
			explicit_end = 1;
			if (x->end > hi)
				hi = x->end;
		}
	}
	if (hi != WHEN_DAY_NONE && (explicit_end || hi > start))
		end = hi;

	st = store_prepare_cached(s, "UPDATE legs SET role = coalesce(?, role),"
	    " start = ?, end = ?, precision = ?, status = ?, confidence = ?,"
	    " updated = unixepoch() WHERE id = ?");
	trips_bind_text(st, 1, role);
	trips_bind_day(st, 2, start);
	trips_bind_day(st, 3, end);
	sqlite3_bind_text(st, 4, trips_prec_name(best), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, trips_status_name(status), -1,
	    SQLITE_STATIC);
	sqlite3_bind_double(st, 6, 1.0 - keep);
	sqlite3_bind_int64(st, 7, leg_id);
	ret = trips_run(s, st, "update leg", cause);
out:
	for (i = 0; i < n; i++)
		free(v[i].role);
	free(v);
	return ret;
}

/* Sets a leg's city and place when it has none. */
static int
trips_fill_city(struct store *s, int64_t leg_id, const char *country,
    const char *city, const struct leg *l, char **cause)
{
	sqlite3_stmt	*st;
	int64_t		 place;

	if (city == NULL || *city == '\0')
		return 0;
	if (trips_place(s, country, city, l, &place, cause) != 0)
		return -EIO;
	st = store_prepare_cached(s,
	    "UPDATE legs SET dest_city = ?, place_id = ?"
	    " WHERE id = ? AND (dest_city IS NULL OR dest_city = '')");
	sqlite3_bind_text(st, 1, city, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, place);
	sqlite3_bind_int64(st, 3, leg_id);
	return trips_run(s, st, "update leg city", cause);
}

/* Moves the sources of leg from into leg into and deletes from. */
static int
trips_absorb(struct store *s, int64_t into, int64_t from, char **cause)
{
	sqlite3_stmt	*st;

	st = store_prepare_cached(s, "UPDATE legs SET"
	    " dest_city = (SELECT f.dest_city FROM legs f WHERE f.id = ?1),"
	    " place_id = (SELECT f.place_id FROM legs f WHERE f.id = ?1)"
	    " WHERE id = ?2 AND (dest_city IS NULL OR dest_city = '')"
	    " AND (SELECT f.dest_city FROM legs f WHERE f.id = ?1)"
	    " IS NOT NULL");
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, into);
	if (trips_run(s, st, "merge leg city", cause) != 0)
		return -EIO;
	st = store_prepare_cached(s, "UPDATE leg_sources SET leg_id = ?"
	    " WHERE leg_id = ?");
	sqlite3_bind_int64(st, 1, into);
	sqlite3_bind_int64(st, 2, from);
	if (trips_run(s, st, "merge leg sources", cause) != 0)
		return -EIO;
	st = store_prepare_cached(s, "DELETE FROM legs WHERE id = ?");
	sqlite3_bind_int64(st, 1, from);
	if (trips_run(s, st, "delete merged leg", cause) != 0)
		return -EIO;
	return trips_refresh_leg(s, into, cause);
}

/* A leg of the extractor's, checked and normalised. */
struct trips_new {
	const struct leg	*l;
	int32_t			 start;		/* day numbers or WHEN_DAY_NONE */
	int32_t			 end;
	enum leg_precision	 prec;
	enum leg_status		 status;
	double			 confidence;
	int			 canonical;	/* l->person is kb's name */
};

static int
trips_normalise(const struct leg *l, struct trips_new *nl)
{
	const char	*c = l->dest_country;

	if (l->person == NULL || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' ||
	    c[1] > 'Z' || c[2] != '\0')
		return -EINVAL;
	nl->l = l;
	/* The extractor's dates are text: the edge where they become days. */
	if (when_day_parse(l->start, strnlen(l->start, sizeof l->start),
	    &nl->start) != 0)
		nl->start = WHEN_DAY_NONE;
	if (nl->start == WHEN_DAY_NONE || when_day_parse(l->end,
	    strnlen(l->end, sizeof l->end), &nl->end) != 0 ||
	    nl->end < nl->start)
		nl->end = WHEN_DAY_NONE;
	nl->prec = l->precision;
	if ((unsigned)nl->prec > LEG_PREC_DAY)
		nl->prec = LEG_PREC_UNKNOWN;
	/* A date without precision is taken as a day, no date as unknown. */
	if (nl->start == WHEN_DAY_NONE)
		nl->prec = LEG_PREC_UNKNOWN;
	else if (nl->prec == LEG_PREC_UNKNOWN)
		nl->prec = LEG_PREC_DAY;
	nl->status = l->status;
	if ((unsigned)nl->status > LEG_CANCELLED)
		nl->status = LEG_PLANNED;
	nl->canonical = 0;
	nl->confidence = l->confidence;
	if (!(nl->confidence >= 0.0))
		nl->confidence = 0.0;
	if (nl->confidence > 1.0)
		nl->confidence = 1.0;
	return 0;
}

/*
 * What one trips_store_article call changed of one official's legs, where
 * regrouping starts (trips_region): the legs added, changed or merged
 * away, the trips they were in and the footprints they had before.
 */
struct trips_dirty {
	int64_t			 official;
	int64_t			*legs;
	size_t			 nlegs;
	int64_t			*trips;
	size_t			 ntrips;
	struct trips_range	*wins;
	size_t			 nwins;
};

struct trips_dirtyv {
	struct trips_dirty	*v;
	size_t			 n;
};

/* The entry of official in dv, made (in first-seen order) if new. */
static struct trips_dirty *
trips_dirty_get(struct trips_dirtyv *dv, int64_t official)
{
	size_t	i;

	for (i = 0; i < dv->n; i++)
		if (dv->v[i].official == official)
			return &dv->v[i];
	dv->v = xreallocarray(dv->v, dv->n + 1, sizeof *dv->v);
	memset(&dv->v[dv->n], 0, sizeof dv->v[dv->n]);
	dv->v[dv->n].official = official;
	return &dv->v[dv->n++];
}

static void
trips_dirtyv_free(struct trips_dirtyv *dv)
{
	size_t	i;

	for (i = 0; i < dv->n; i++) {
		free(dv->v[i].legs);
		free(dv->v[i].trips);
		free(dv->v[i].wins);
	}
	free(dv->v);
	dv->v = NULL;
	dv->n = 0;
}

/*
 * The days a dated leg's grouping can reach: its range and the gap after
 * it that still joins the next leg into its trip.
 */
static void
trips_footprint(const struct trips_leg *l, struct trips_range *f)
{
	f->lo = l->r.lo;
	f->hi = l->r.hi + TRIPS_GAP_DAYS;
}

/* Notes a stored leg as it is before this call changes or deletes it. */
static void
trips_dirty_note(struct trips_dirty *d, const struct trips_leg *l)
{
	trips_add_id(&d->legs, &d->nlegs, l->id);
	if (l->trip_id != 0)
		trips_add_id(&d->trips, &d->ntrips, l->trip_id);
	if (l->r.lo == WHEN_DAY_NONE)
		return;
	d->wins = xreallocarray(d->wins, d->nwins + 1, sizeof *d->wins);
	trips_footprint(l, &d->wins[d->nwins++]);
}

/*
 * The dated leg an undated leg u of the official to country reports
 * (trips_match's best, lowest id on ties), in *out, its score in *score_out;
 * 0 and -1 when none.
 */
static int
trips_target(struct store *s, int64_t official, const char *country,
    const struct trips_leg *u, int64_t *out, int *score_out, char **cause)
{
	struct trips_legv	 lv = { 0 };
	size_t			 i;
	int			 score, best = -1;

	*out = 0;
	if (trips_load_candidates(s, official, country, u, 1, &lv,
	    cause) != 0)
		return -EIO;
	for (i = 0; i < lv.n; i++) {
		if (lv.v[i].r.lo == WHEN_DAY_NONE)
			continue;
		score = trips_match(&lv.v[i], u, 0);
		if (score >= 0 && (best < 0 || score < best)) {
			best = score;
			*out = lv.v[i].id;
		}
	}
	*score_out = best;
	trips_legv_free(&lv);
	return 0;
}

/*
 * Stores one leg: merge or create, then its source, noting in dv what
 * changed.  0, -EINVAL for a leg that is none (not stored), or -errno.
 */
static int
trips_store_leg(struct store *s, int64_t article_id, int32_t pub,
    const struct trips_new *nl, int64_t *official_out,
    struct trips_dirtyv *dv, struct trips_changes *ch, char **cause)
{
	const struct leg	*l = nl->l;
	struct trips_legv	 lv = { 0 }, cv = { 0 };
	struct trips_leg	 me, *cur;
	struct trips_dirty	*d;
	sqlite3_stmt		*st;
	char			 country[3];
	int64_t			 official = 0, place, leg_id = 0;
	int64_t			 best_id;
	size_t			 i, bi = 0;
	int			 score, best, tscore, ret = -EIO;

	if ((ret = trips_official(s, l, nl->canonical, pub, article_id,
	    &official, country, cause)) != 0)
		return ret;
	/*
	 * A stay in the official's own country that the extractor did not
	 * flag domestic is one it kept only because it did not know the
	 * country (a capital, a dateline, a return home): no leg.
	 */
	if (!l->domestic && country[0] != '\0' &&
	    strcmp(country, l->dest_country) == 0)
		return -EINVAL;
	ret = -EIO;
	d = trips_dirty_get(dv, official);
	if (trips_place(s, l->dest_country, l->dest_city, l, &place,
	    cause) != 0)
		return -EIO;

	memset(&me, 0, sizeof me);
	me.city_key = (l->dest_city != NULL && *l->dest_city != '\0') ?
	    util_fold(l->dest_city) : NULL;
	me.ref = pub;
	me.status = nl->status;
	trips_leg_range(nl->start, nl->end, nl->prec, &me.r);
	if (trips_load_candidates(s, official, l->dest_country, &me, 0, &lv,
	    cause) != 0)
		goto out;
	best = -1;
	for (i = 0; i < lv.n; i++) {
		/*
		 * Which dated leg an undated report of a visit refers to
		 * depends on all of them: it is settled below, from its side.
		 */
		if (me.r.lo != WHEN_DAY_NONE &&
		    lv.v[i].r.lo == WHEN_DAY_NONE &&
		    lv.v[i].status != LEG_CANCELLED)
			continue;
		score = trips_match(&lv.v[i], &me, 0);
		if (score >= 0 && (best < 0 || score < best)) {
			best = score;
			leg_id = lv.v[i].id;
			bi = i;
		}
	}
	/*
	 * A new dated visit that an undated leg reports better than any
	 * stored one (a plan announced first, then dated): the report's leg
	 * becomes this visit's, keeping its id.
	 */
	for (i = 0; best < 0 && me.r.lo != WHEN_DAY_NONE && i < lv.n; i++) {
		if (lv.v[i].r.lo != WHEN_DAY_NONE ||
		    lv.v[i].status == LEG_CANCELLED ||
		    (score = trips_match(&lv.v[i], &me, 0)) < 0)
			continue;
		if (trips_target(s, official, l->dest_country, &lv.v[i],
		    &best_id, &tscore, cause) != 0)
			goto out;
		if (tscore < 0 || score < tscore) {
			best = score;
			leg_id = lv.v[i].id;
			bi = i;
		}
	}
	if (best >= 0)
		trips_dirty_note(d, &lv.v[bi]);

	if (best < 0) {
		st = store_prepare_cached(s,
		    "INSERT INTO legs (official_id, role,"
		    " official_country, place_id, dest_country, dest_city,"
		    " start, end, precision, status, confidence)"
		    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
		sqlite3_bind_int64(st, 1, official);
		trips_bind_text(st, 2, l->role);
		sqlite3_bind_text(st, 3, country, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, place);
		sqlite3_bind_text(st, 5, l->dest_country, -1, SQLITE_STATIC);
		trips_bind_text(st, 6, l->dest_city);
		trips_bind_day(st, 7, nl->start);
		trips_bind_day(st, 8, nl->end);
		sqlite3_bind_text(st, 9, trips_prec_name(nl->prec), -1,
		    SQLITE_STATIC);
		sqlite3_bind_text(st, 10, trips_status_name(nl->status), -1,
		    SQLITE_STATIC);
		sqlite3_bind_double(st, 11, nl->confidence);
		if (trips_run(s, st, "insert leg", cause) != 0)
			goto out;
		leg_id = sqlite3_last_insert_rowid(store_db(s));
	} else if (trips_fill_city(s, leg_id, l->dest_country, l->dest_city,
	    l, cause) != 0)
		goto out;

	st = store_prepare_cached(s,
	    "INSERT INTO leg_sources (leg_id, article_id,"
	    " person, role, start, end, precision, status, confidence,"
	    " evidence, ev_start, ev_end, rule)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
	sqlite3_bind_int64(st, 1, leg_id);
	sqlite3_bind_int64(st, 2, article_id);
	sqlite3_bind_text(st, 3, l->person, -1, SQLITE_STATIC);
	trips_bind_text(st, 4, l->role);
	trips_bind_day(st, 5, nl->start);
	trips_bind_day(st, 6, nl->end);
	sqlite3_bind_text(st, 7, trips_prec_name(nl->prec), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, trips_status_name(nl->status), -1,
	    SQLITE_STATIC);
	sqlite3_bind_double(st, 9, nl->confidence);
	sqlite3_bind_text(st, 10, l->evidence != NULL ? l->evidence : "", -1,
	    SQLITE_STATIC);
	sqlite3_bind_int64(st, 11, (sqlite3_int64)l->ev_start);
	sqlite3_bind_int64(st, 12, (sqlite3_int64)l->ev_end);
	trips_bind_text(st, 13, l->rule);
	if (trips_run(s, st, "insert leg source", cause) != 0)
		goto out;
	if (trips_refresh_leg(s, leg_id, cause) != 0)
		goto out;
	trips_ch_leg(ch, leg_id);
	trips_add_id(&d->legs, &d->nlegs, leg_id);

	/* The leg may now bridge other legs of this visit: fold them in. */
	for (;;) {
		trips_legv_free(&cv);
		if (trips_load_leg(s, leg_id, &cv, cause) != 0)
			goto out;
		if (cv.n == 0)
			break;
		cur = &cv.v[0];
		if (cur->r.lo == WHEN_DAY_NONE)
			break;	/* only dated legs bridge */
		if (trips_load_candidates(s, official, l->dest_country, cur, 1,
		    &lv, cause) != 0)
			goto out;
		best = -1;
		best_id = 0;
		for (i = 0; i < lv.n; i++) {
			if (lv.v[i].id == leg_id)
				continue;
			score = trips_match(&lv.v[i], cur, 1);
			if (score >= 0 && (best < 0 || score < best)) {
				best = score;
				best_id = lv.v[i].id;
				bi = i;
			}
		}
		if (best < 0)
			break;
		trips_dirty_note(d, cur);
		trips_dirty_note(d, &lv.v[bi]);
		/* Keep the older leg's id. */
		if (best_id < leg_id) {
			if (trips_absorb(s, best_id, leg_id, cause) != 0)
				goto out;
			trips_ch_removed_leg(ch, leg_id);
			trips_ch_leg(ch, best_id);
			leg_id = best_id;
		} else {
			if (trips_absorb(s, leg_id, best_id, cause) != 0)
				goto out;
			trips_ch_removed_leg(ch, best_id);
		}
	}
	/*
	 * The undated legs (but cancellations) that now report this dated
	 * leg's visit, theirs being the best dated leg for them: fold them
	 * in, keeping the older id.  Their sources carry no date, so the
	 * leg's dates do not change and nothing more can bridge.
	 */
	trips_legv_free(&cv);
	if (trips_load_leg(s, leg_id, &cv, cause) != 0)
		goto out;
	if (cv.n == 1 && cv.v[0].r.lo != WHEN_DAY_NONE) {
		cur = &cv.v[0];
		if (trips_load_candidates(s, official, l->dest_country, cur, 0,
		    &lv, cause) != 0)
			goto out;
		for (i = 0; i < lv.n; i++) {
			if (lv.v[i].r.lo != WHEN_DAY_NONE ||
			    lv.v[i].status == LEG_CANCELLED ||
			    trips_match(&lv.v[i], cur, 0) < 0)
				continue;
			if (trips_target(s, official, l->dest_country,
			    &lv.v[i], &best_id, &tscore, cause) != 0)
				goto out;
			if (best_id != cur->id)
				continue;
			trips_dirty_note(d, cur);
			trips_dirty_note(d, &lv.v[i]);
			if (lv.v[i].id < cur->id) {
				if (trips_absorb(s, lv.v[i].id, cur->id,
				    cause) != 0)
					goto out;
				trips_ch_removed_leg(ch, cur->id);
				cur->id = lv.v[i].id;
				/* Its grouping fields are the absorbed's. */
				cur->trip_id = lv.v[i].trip_id;
			} else {
				if (trips_absorb(s, cur->id, lv.v[i].id,
				    cause) != 0)
					goto out;
				trips_ch_removed_leg(ch, lv.v[i].id);
			}
			trips_ch_leg(ch, cur->id);
			leg_id = cur->id;
		}
	}
	/* A leg merged away this call is not "changed". */
	trips_ch_drop(ch, TRIPS_CH_LEGS, TRIPS_CH_REMOVED_LEGS);
	*official_out = official;
	ret = 0;
out:
	free(me.city_key);
	trips_legv_free(&lv);
	trips_legv_free(&cv);
	return ret;
}

/* Grouping: union-find over the legs of one official. */
static size_t
trips_root(struct trips_leg *v, size_t i)
{
	while (v[i].parent != i) {
		v[i].parent = v[v[i].parent].parent;
		i = v[i].parent;
	}
	return i;
}

static void
trips_union(struct trips_leg *v, size_t a, size_t b)
{
	a = trips_root(v, a);
	b = trips_root(v, b);
	if (a < b)
		v[b].parent = a;
	else if (b < a)
		v[a].parent = b;
}

static int
trips_is_day(const struct trips_leg *l)
{
	return l->prec == LEG_PREC_DAY && l->r.lo != WHEN_DAY_NONE;
}

static int
trips_is_month(const struct trips_leg *l)
{
	return l->prec == LEG_PREC_MONTH && l->r.lo != WHEN_DAY_NONE;
}

/*
 * One leg_sources row of the official: which article reported which leg,
 * and as what (the status that article gave it).
 */
struct trips_rel {
	int64_t		article;
	size_t		leg;
	enum leg_status	status;
};

/*
 * Where a stop lies in time as one article tells it: what it reports done
 * came before what it reports under way, which comes before what it
 * reports planned ("arrived in Rabat after a tour of Iraq and Kuwait";
 * "is in Kuala Lumpur after talks in Thailand and leaves for Indonesia").
 * A cancelled stop says nothing about order: -1.
 */
static int
trips_phase(enum leg_status st)
{
	switch (st) {
	case LEG_COMPLETED:
		return 0;
	case LEG_ONGOING:
		return 1;
	case LEG_PLANNED:
		return 2;
	default:
		return -1;
	}
}

/*
 * The side of its anchor a weak leg goes: by the two phases in the
 * article, else by the article's order (before: 0, after: 2).
 */
static int
trips_anchor_side(int lphase, int aphase, int after)
{
	if (lphase >= 0 && aphase >= 0 && lphase != aphase)
		return lphase < aphase ? 0 : 2;
	return after ? 2 : 0;
}

/* Sort key of a leg inside its official's itinerary. */
struct trips_key {
	struct trips_leg	*l;
	int32_t			 date;		/* INT32_MAX: undated, last */
	int64_t			 anchor_id;
};

static int
trips_key_cmp(const void *pa, const void *pb)
{
	const struct trips_key	*a = pa, *b = pb;

	if (a->date != b->date)
		return a->date < b->date ? -1 : 1;
	if (a->anchor_id != b->anchor_id)
		return a->anchor_id < b->anchor_id ? -1 : 1;
	if (a->l->side != b->l->side)
		return a->l->side < b->l->side ? -1 : 1;
	if (a->l->phase != b->l->phase)
		return a->l->phase < b->l->phase ? -1 : 1;
	if (a->l->pos != b->l->pos)
		return a->l->pos < b->l->pos ? -1 : 1;
	if (a->l->id != b->l->id)
		return a->l->id < b->l->id ? -1 : 1;
	return 0;
}

static int
trips_day_cmp(const void *pa, const void *pb)
{
	const struct trips_leg	*a = *(struct trips_leg *const *)pa;
	const struct trips_leg	*b = *(struct trips_leg *const *)pb;

	if (a->r.lo != b->r.lo)
		return a->r.lo < b->r.lo ? -1 : 1;
	if (a->r.hi != b->r.hi)
		return a->r.hi < b->r.hi ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* Index of the leg with this id (lv ordered by id), or lv->n. */
static size_t
trips_leg_index(const struct trips_legv *lv, int64_t id)
{
	size_t	lo = 0, hi = lv->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (lv->v[mid].id == id)
			return mid;
		if (lv->v[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lv->n;
}

/* Whether day leg a may anchor weak leg l (a month leg: in its month). */
static int
trips_anchor_ok(const struct trips_leg *a, const struct trips_leg *l)
{
	if (!trips_is_day(a))
		return 0;
	return !trips_is_month(l) || trips_range_gap(&a->r, &l->r) == 0;
}

/*
 * Anchors each month or undated leg to the day-dated leg reported next to
 * it in the same article: the nearest before it in the article's order,
 * else the nearest after.  The first article (by id) that offers one
 * wins.  The leg goes before or after its anchor as the article's phases
 * say (trips_phase: a stop reported done before the one under way), else
 * as the article's order does; its phase and position are those of the
 * anchoring article, or of the last article that reports it.  rel is
 * grouped by article, so this is linear in its size times the legs an
 * article reports.
 */
static void
trips_find_anchors(struct trips_legv *lv, const struct trips_rel *rel,
    size_t nrel)
{
	struct trips_leg	*l, *a;
	size_t			 b, e, p, j;
	int			 ph;

	for (b = 0; b < nrel; b = e) {
		for (e = b; e < nrel && rel[e].article == rel[b].article; e++)
			;
		for (p = b; p < e; p++) {
			l = &lv->v[rel[p].leg];
			if (trips_is_day(l) || l->anchor >= 0)
				continue;
			ph = trips_phase(rel[p].status);
			for (j = p; j > b && l->anchor < 0; j--) {
				a = &lv->v[rel[j - 1].leg];
				if (trips_anchor_ok(a, l)) {
					l->anchor = a - lv->v;
					l->side = trips_anchor_side(ph,
					    trips_phase(rel[j - 1].status), 1);
				}
			}
			for (j = p + 1; j < e && l->anchor < 0; j++) {
				a = &lv->v[rel[j].leg];
				if (trips_anchor_ok(a, l)) {
					l->anchor = a - lv->v;
					l->side = trips_anchor_side(ph,
					    trips_phase(rel[j].status), 0);
				}
			}
			l->pos = (int)(p - b);
			l->phase = ph;
		}
	}
}

struct trips_group {
	int64_t		 id;		/* trip id, 0 until assigned */
	size_t		 n, ncancel, nplan, ndone;
	int		 day;		/* has day-dated legs */
	int		 changed;	/* a leg of it changed */
	int		 seq;		/* next leg's seq while writing */
	int32_t		 start;		/* day numbers or WHEN_DAY_NONE */
	int32_t		 end;
	enum leg_status	 status;
	double		 confidence;
};

/* Derives every trip's dates, status and confidence from its legs. */
static void
trips_group_fields(struct trips_legv *lv, struct trips_group *grp,
    size_t ngrp)
{
	struct trips_leg	*l;
	struct trips_group	*t;
	size_t			 i;

	memset(grp, 0, ngrp * sizeof *grp);
	for (i = 0; i < ngrp; i++)
		grp[i].start = grp[i].end = WHEN_DAY_NONE;
	for (i = 0; i < lv->n; i++)
		if (trips_is_day(&lv->v[i]))
			grp[lv->v[i].group].day = 1;
	for (i = 0; i < lv->n; i++) {
		l = &lv->v[i];
		t = &grp[l->group];
		t->n++;
		if (l->confidence > t->confidence)
			t->confidence = l->confidence;
		if (l->status == LEG_CANCELLED)
			t->ncancel++;
		else if (l->status == LEG_PLANNED)
			t->nplan++;
		else if (l->status == LEG_COMPLETED)
			t->ndone++;
		if (t->day ? !trips_is_day(l) : !trips_is_month(l))
			continue;
		/* Day legs give the dates; else month legs their months. */
		if (t->start == WHEN_DAY_NONE || l->start < t->start)
			t->start = l->start;
		if (t->day && (t->end == WHEN_DAY_NONE ||
		    trips_last(l->start, l->end) > t->end))
			t->end = trips_last(l->start, l->end);
		if (!t->day && l->end != WHEN_DAY_NONE &&
		    (t->end == WHEN_DAY_NONE || l->end > t->end))
			t->end = l->end;
	}
	for (i = 0; i < ngrp; i++) {
		t = &grp[i];
		if (t->ncancel == t->n)
			t->status = LEG_CANCELLED;
		else if (t->ndone == t->n - t->ncancel)
			t->status = LEG_COMPLETED;
		else if (t->nplan == t->n - t->ncancel)
			t->status = LEG_PLANNED;
		else
			t->status = LEG_ONGOING;
	}
}

struct trips_pair {
	size_t	group;
	int64_t	trip;
	size_t	count;
};

/* By group then trip, to count runs. */
static int
trips_pair_cmp(const void *pa, const void *pb)
{
	const struct trips_pair	*a = pa, *b = pb;

	if (a->group != b->group)
		return a->group < b->group ? -1 : 1;
	return a->trip < b->trip ? -1 : a->trip > b->trip;
}

/* Most legs first, then the older trip, then the earlier group. */
static int
trips_pair_count_cmp(const void *pa, const void *pb)
{
	const struct trips_pair	*a = pa, *b = pb;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	if (a->trip != b->trip)
		return a->trip < b->trip ? -1 : 1;
	return a->group < b->group ? -1 : a->group > b->group;
}

struct trips_old {
	int64_t	 id;
	int32_t	 start;		/* day numbers or WHEN_DAY_NONE */
	int32_t	 end;
	char	*status;
	double	 confidence;
	int	 leg_count;
	int	 used;
};

/* The old trip with this id (old is ordered by id), or NULL. */
static struct trips_old *
trips_old_find(struct trips_old *old, size_t nold, int64_t id)
{
	size_t	lo = 0, hi = nold, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (old[mid].id == id)
			return &old[mid];
		if (old[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* Writes a group as trip t (new when old is NULL). */
static int
trips_write_group(struct store *s, int64_t official, struct trips_group *t,
    const struct trips_old *old, int changed, struct trips_changes *ch,
    char **cause)
{
	sqlite3_stmt	*st;
	const char	*status = trips_status_name(t->status);

	if (old != NULL && !changed && old->start == t->start &&
	    old->end == t->end &&
	    strcmp(old->status, status) == 0 &&
	    old->leg_count == (int)t->n &&
	    old->confidence - t->confidence < 1e-9 &&
	    t->confidence - old->confidence < 1e-9)
		return 0;
	if (old == NULL)
		st = store_prepare_cached(s,
		    "INSERT INTO trips (start, end, status,"
		    " confidence, leg_count, official_id)"
		    " VALUES (?, ?, ?, ?, ?, ?)");
	else
		st = store_prepare_cached(s,
		    "UPDATE trips SET start = ?, end = ?,"
		    " status = ?, confidence = ?, leg_count = ?,"
		    " updated = unixepoch() WHERE official_id = ? AND id = ?");
	trips_bind_day(st, 1, t->start);
	trips_bind_day(st, 2, t->end);
	sqlite3_bind_text(st, 3, status, -1, SQLITE_STATIC);
	sqlite3_bind_double(st, 4, t->confidence);
	sqlite3_bind_int(st, 5, (int)t->n);
	sqlite3_bind_int64(st, 6, official);
	if (old != NULL)
		sqlite3_bind_int64(st, 7, old->id);
	if (trips_run(s, st, "write trip", cause) != 0)
		return -EIO;
	if (old == NULL)
		t->id = sqlite3_last_insert_rowid(store_db(s));
	trips_ch_trip(ch, t->id);
	return 0;
}

/*
 * An official under way or back from a later leg has left an earlier one:
 * a day-dated leg still "ongoing" becomes "completed" when another leg
 * starting after its end is ongoing or completed.
 */
static int
trips_complete_left(struct store *s, struct trips_legv *lv,
    struct trips_changes *ch, char **cause)
{
	struct trips_leg	*l, *a;
	sqlite3_stmt		*st;
	size_t			 i, j;

	for (i = 0; i < lv->n; i++) {
		l = &lv->v[i];
		if (l->status != LEG_ONGOING || !trips_is_day(l))
			continue;
		for (j = 0; j < lv->n; j++) {
			a = &lv->v[j];
			if (trips_is_day(a) && a->r.lo > l->r.hi &&
			    (a->status == LEG_ONGOING ||
			    a->status == LEG_COMPLETED))
				break;
		}
		if (j == lv->n)
			continue;
		st = store_prepare_cached(s,
		    "UPDATE legs SET status = 'completed',"
		    " updated = unixepoch() WHERE id = ?");
		sqlite3_bind_int64(st, 1, l->id);
		if (trips_run(s, st, "complete leg", cause) != 0)
			return -EIO;
		l->status = LEG_COMPLETED;
		trips_ch_leg(ch, l->id);
	}
	return 0;
}

/*
 * Groups legs of one official into trips, keeping trip ids where it can,
 * and writes what changed.  lvp holds whole groups (all of the official's
 * legs, or a region closed as trips_region says), ordered by id; rel the
 * leg_sources rows of those legs as (article, index in lvp), ordered by
 * article then row id; old the trips those legs were in, ordered by id.
 * Old trips no group keeps are deleted.  0 or -EIO.
 */
static int
trips_group_write(struct store *s, int64_t official, struct trips_legv *lvp,
    const struct trips_rel *rel, size_t nrel, struct trips_old *old,
    size_t nold, struct trips_changes *ch, char **cause)
{
	struct trips_legv	 lv = *lvp;
	struct trips_leg	**day = NULL, *l, *a;
	struct trips_key	*key = NULL;
	struct trips_group	*grp = NULL, *t;
	struct trips_pair	*pair = NULL;
	struct trips_old	*o;
	sqlite3_stmt		*st;
	int32_t			 hi = WHEN_DAY_NONE;
	size_t			 nday = 0, ngrp = 0, npair = 0;
	size_t			 i, j, k, m, root, *gof = NULL;
	ssize_t			 only;
	int			 ret = -EIO;

	for (i = 0; i < lv.n; i++) {
		lv.v[i].parent = i;
		lv.v[i].anchor = -1;
		lv.v[i].side = 1;
		lv.v[i].phase = 0;
		lv.v[i].pos = 0;
		lv.v[i].group = 0;
	}

	/* Day-dated legs: chains with gaps of at most TRIPS_GAP_DAYS. */
	day = xreallocarray(NULL, lv.n + 1, sizeof *day);
	for (i = 0; i < lv.n; i++)
		if (trips_is_day(&lv.v[i]))
			day[nday++] = &lv.v[i];
	qsort(day, nday, sizeof *day, trips_day_cmp);
	for (i = 0; i < nday; i++) {
		if (i > 0 && day[i]->r.lo - hi <= TRIPS_GAP_DAYS)
			trips_union(lv.v, day[i - 1] - lv.v, day[i] - lv.v);
		if (i == 0 || day[i]->r.hi > hi)
			hi = day[i]->r.hi;
	}

	/*
	 * Day legs one article reports within TRIPS_TOUR_GAP_DAYS of each
	 * other are one tour ("will travel to A, B and C August 2-12"),
	 * even where a day or two between stops is not accounted for.
	 */
	for (k = 0; k < nrel; k = m) {
		for (m = k; m < nrel && rel[m].article == rel[k].article; m++)
			;
		for (i = k; i < m; i++) {
			l = &lv.v[rel[i].leg];
			if (!trips_is_day(l))
				continue;
			for (j = i + 1; j < m; j++) {
				a = &lv.v[rel[j].leg];
				if (trips_is_day(a) && trips_range_gap(&l->r,
				    &a->r) <= TRIPS_TOUR_GAP_DAYS)
					trips_union(lv.v, rel[i].leg,
					    rel[j].leg);
			}
		}
	}

	/* Month and undated legs: by their article neighbours. */
	trips_find_anchors(&lv, rel, nrel);
	for (i = 0; i < lv.n; i++)
		if (lv.v[i].anchor >= 0)
			trips_union(lv.v, i, (size_t)lv.v[i].anchor);
	for (i = 0; i < lv.n; i++) {
		l = &lv.v[i];
		if (!trips_is_month(l) || l->anchor >= 0)
			continue;
		only = -1;
		for (j = 0; j < nday; j++) {
			if (trips_range_gap(&day[j]->r, &l->r) != 0)
				continue;
			root = trips_root(lv.v, day[j] - lv.v);
			if (only == -1)
				only = (ssize_t)root;
			else if ((size_t)only != root)
				only = -2;
		}
		if (only >= 0) {
			trips_union(lv.v, i, (size_t)only);
			l->side = 3;	/* joined by date, not by article */
		}
	}
	/* Unanchored month legs of one month go together. */
	for (i = 0; i < lv.n; i++) {
		l = &lv.v[i];
		if (!trips_is_month(l) || l->anchor >= 0 || l->side == 3)
			continue;
		for (j = 0; j < i; j++) {
			a = &lv.v[j];
			if (trips_is_month(a) && a->anchor < 0 &&
			    a->side != 3 &&
			    trips_same_month(l->start, a->start)) {
				trips_union(lv.v, i, j);
				break;
			}
		}
	}
	/* Unanchored undated legs reported in one article go together. */
	for (k = 0; k < nrel; k = m) {
		ssize_t	first = -1;

		for (m = k; m < nrel && rel[m].article == rel[k].article; m++) {
			l = &lv.v[rel[m].leg];
			if (l->r.lo != WHEN_DAY_NONE || l->anchor >= 0)
				continue;
			if (first < 0)
				first = (ssize_t)rel[m].leg;
			else
				trips_union(lv.v, (size_t)first, rel[m].leg);
		}
	}
	for (i = 0; i < lv.n; i++)
		if (lv.v[i].side == 3)
			lv.v[i].side = 1;

	/* Order: by date (undated last), a weak leg beside its anchor. */
	key = xreallocarray(NULL, lv.n + 1, sizeof *key);
	for (i = 0; i < lv.n; i++) {
		l = &lv.v[i];
		key[i].l = l;
		if (l->anchor >= 0) {
			key[i].date = lv.v[l->anchor].start;
			key[i].anchor_id = lv.v[l->anchor].id;
		} else if (l->start != WHEN_DAY_NONE) {
			key[i].date = l->start;
			key[i].anchor_id = l->id;
		} else {
			/* Undated legs of one article: its order. */
			key[i].date = INT32_MAX;
			key[i].anchor_id = 0;
		}
	}
	qsort(key, lv.n, sizeof *key, trips_key_cmp);
	gof = xreallocarray(NULL, lv.n + 1, sizeof *gof);
	for (i = 0; i < lv.n; i++)
		gof[i] = SIZE_MAX;
	for (i = 0; i < lv.n; i++) {
		root = trips_root(lv.v, key[i].l - lv.v);
		if (gof[root] == SIZE_MAX)
			gof[root] = ngrp++;
		key[i].l->group = gof[root];
	}
	grp = xreallocarray(NULL, ngrp + 1, sizeof *grp);
	trips_group_fields(&lv, grp, ngrp);

	/* Keep trip ids: each group takes the old id most of its legs had. */
	/* (group, old trip) of every leg, sorted, counted by runs. */
	pair = xreallocarray(NULL, lv.n + 1, sizeof *pair);
	for (i = 0; i < lv.n; i++) {
		l = &lv.v[i];
		if (trips_old_find(old, nold, l->trip_id) == NULL)
			continue;
		pair[npair].group = l->group;
		pair[npair].trip = l->trip_id;
		pair[npair++].count = 1;
	}
	qsort(pair, npair, sizeof *pair, trips_pair_cmp);
	for (i = 0, k = 0; i < npair; i = j) {
		for (j = i; j < npair && pair[j].group == pair[i].group &&
		    pair[j].trip == pair[i].trip; j++)
			;
		pair[k] = pair[i];
		pair[k++].count = j - i;
	}
	npair = k;
	qsort(pair, npair, sizeof *pair, trips_pair_count_cmp);
	for (k = 0; k < npair; k++) {
		o = trips_old_find(old, nold, pair[k].trip);
		if (o->used || grp[pair[k].group].id != 0)
			continue;
		o->used = 1;
		grp[pair[k].group].id = pair[k].trip;
	}

	for (i = 0; i < ngrp; i++)
		if (grp[i].id == 0 && trips_write_group(s, official, &grp[i],
		    NULL, 1, ch, cause) != 0)
			goto out;
	/* Legs: trip and order. */
	for (k = 0; k < lv.n; k++) {
		l = key[k].l;
		t = &grp[l->group];
		if (l->trip_id != t->id || l->seq != t->seq) {
			st = store_prepare_cached(s, "UPDATE legs"
			    " SET trip_id = ?, seq = ? WHERE id = ?");
			sqlite3_bind_int64(st, 1, t->id);
			sqlite3_bind_int(st, 2, t->seq);
			sqlite3_bind_int64(st, 3, l->id);
			if (trips_run(s, st, "update leg trip", cause) != 0)
				goto out;
			trips_ch_leg(ch, l->id);
		}
		if (trips_ch_has_leg(ch, l->id))
			t->changed = 1;
		t->seq++;
	}
	for (i = 0; i < ngrp; i++) {
		o = trips_old_find(old, nold, grp[i].id);
		if (o != NULL && trips_write_group(s, official, &grp[i], o,
		    grp[i].changed, ch, cause) != 0)
			goto out;
	}
	for (j = 0; j < nold; j++) {
		if (old[j].used)
			continue;
		st = store_prepare_cached(s, "DELETE FROM trips WHERE id = ?");
		sqlite3_bind_int64(st, 1, old[j].id);
		if (trips_run(s, st, "delete trip", cause) != 0)
			goto out;
		trips_ch_removed_trip(ch, old[j].id);
	}
	ret = 0;
out:
	free(pair);
	free(grp);
	free(gof);
	free(key);
	free(day);
	return ret;
}



/* Frees old trips as trips_old_load made them. */
static void
trips_old_free(struct trips_old *old, size_t nold)
{
	size_t	i;

	for (i = 0; i < nold; i++)
		free(old[i].status);
	free(old);
}

/* Steps st (rows of trips_old columns), appending to *old; resets it. */
static int
trips_old_read(struct store *s, sqlite3_stmt *st, struct trips_old **old,
    size_t *nold, char **cause)
{
	struct trips_old	*o;
	const char		*str;
	int			 rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*old = xreallocarray(*old, *nold + 1, sizeof **old);
		o = &(*old)[(*nold)++];
		o->id = sqlite3_column_int64(st, 0);
		o->start = trips_col_day(st, 1);
		o->end = trips_col_day(st, 2);
		str = (const char *)sqlite3_column_text(st, 3);
		o->status = xstrdup(str != NULL ? str : "");
		o->confidence = sqlite3_column_double(st, 4);
		o->leg_count = sqlite3_column_int(st, 5);
		o->used = 0;
	}
	if (trips_step_error(s, st, rc, "trips", cause) != 0)
		return -EIO;
	sqlite3_reset(st);
	return 0;
}

static int
trips_old_cmp(const void *pa, const void *pb)
{
	const struct trips_old	*a = pa, *b = pb;

	return a->id < b->id ? -1 : a->id > b->id;
}

/* Marks a day-dated leg "completed" (trips_complete_left). */
static int
trips_complete_leg(struct store *s, int64_t id, struct trips_changes *ch,
    char **cause)
{
	sqlite3_stmt	*st;

	st = store_prepare_cached(s, "UPDATE legs SET status = 'completed',"
	    " updated = unixepoch() WHERE id = ?");
	sqlite3_bind_int64(st, 1, id);
	if (trips_run(s, st, "complete leg", cause) != 0)
		return -EIO;
	trips_ch_leg(ch, id);
	return 0;
}

/*
 * trips_complete_left without reading the history: a day-dated leg still
 * "ongoing" is left once some ongoing or completed day-dated leg starts
 * after its end, that is when it ends before the latest start of those
 * (two probes of legs_official_status).  Only the official's ongoing
 * day-dated legs are read, and since every earlier call left none that a
 * later leg has overtaken, those are the few at the end of the history.
 * The legs completed are noted in d.
 */
static int
trips_complete_window(struct store *s, struct trips_dirty *d,
    struct trips_changes *ch, char **cause)
{
	static const char *const moved[] = { "ongoing", "completed" };
	struct trips_legv	 lv = { 0 };
	struct trips_leg	*l;
	sqlite3_stmt		*st;
	int32_t			 latest = WHEN_DAY_NONE, day;
	size_t			 i;
	int			 rc, ret = -EIO;

	for (i = 0; i < sizeof moved / sizeof moved[0]; i++) {
		st = store_prepare_cached(s, "SELECT start FROM legs"
		    " WHERE official_id = ? AND status = ?"
		    " AND precision = 'day' AND start IS NOT NULL"
		    " ORDER BY start DESC LIMIT 1");
		sqlite3_bind_int64(st, 1, d->official);
		sqlite3_bind_text(st, 2, moved[i], -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		if (trips_step_error(s, st, rc, "latest leg", cause) != 0)
			return -EIO;
		day = rc == SQLITE_ROW ? trips_col_day(st, 0) : WHEN_DAY_NONE;
		sqlite3_reset(st);
		if (day != WHEN_DAY_NONE && (latest == WHEN_DAY_NONE ||
		    day > latest))
			latest = day;
	}
	if (latest == WHEN_DAY_NONE)
		return 0;
	st = store_prepare_cached(s, "SELECT " TRIPS_LEG_COLS " FROM legs l"
	    " WHERE l.official_id = ? AND l.status = 'ongoing'"
	    " AND l.precision = 'day' AND l.start IS NOT NULL");
	sqlite3_bind_int64(st, 1, d->official);
	if (trips_read_legs(s, st, &lv, cause) != 0)
		return -EIO;
	if (lv.n > 1)
		qsort(lv.v, lv.n, sizeof *lv.v, trips_leg_id_cmp);
	for (i = 0; i < lv.n; i++) {
		l = &lv.v[i];
		if (!trips_is_day(l) || l->status != LEG_ONGOING ||
		    l->r.hi >= latest)
			continue;
		if (trips_complete_leg(s, l->id, ch, cause) != 0)
			goto out;
		trips_dirty_note(d, l);
	}
	ret = 0;
out:
	trips_legv_free(&lv);
	return ret;
}

/* Adds id to the set m (values unused); returns 1 if it was not there. */
static int
trips_idset_add(struct trips_idmap *m, int64_t id)
{
	if (trips_idmap_find(m, id) != SIZE_MAX)
		return 0;
	trips_idmap_put(m, id, 0);
	return 1;
}

/* Moves the legs of from not yet in the region into it; empties from. */
static void
trips_region_take(struct trips_legv *lv, struct trips_idmap *ids,
    struct trips_legv *from)
{
	size_t	i;

	for (i = 0; i < from->n; i++) {
		if (trips_idset_add(ids, from->v[i].id))
			*trips_legv_push(lv) = from->v[i];
		else
			free(from->v[i].city_key);
	}
	from->n = 0;
}

/*
 * Appends to got the dated legs of the official whose footprint
 * (trips_footprint) meets the days f.
 */
static int
trips_region_window(struct store *s, int64_t official,
    const struct trips_range *f, struct trips_legv *got, char **cause)
{
	struct trips_range	 g;
	size_t			 from = got->n, i, k;

	if (trips_load_dated(s, official, NULL, f->lo, f->hi, got,
	    cause) != 0)
		return -EIO;
	for (i = k = from; i < got->n; i++) {
		trips_footprint(&got->v[i], &g);
		if (got->v[i].r.lo != WHEN_DAY_NONE && g.lo <= f->hi &&
		    g.hi >= f->lo)
			got->v[k++] = got->v[i];
		else
			free(got->v[i].city_key);
	}
	got->n = k;
	return 0;
}

/*
 * The region of an official's legs that regrouping after the changes in
 * d must look at, into lv (emptied first), ordered by id: the legs d
 * names and the legs of the trips d names, closed under
 *   - the legs whose footprints meet those d had before the change;
 *   - for each leg in it: the other legs of its trip;
 *   - for each dated leg: the dated legs whose footprints meet its own
 *     (day chains, a month leg's overlapping legs, month legs of one
 *     month);
 *   - for each leg: the legs reported in the same article (anchors,
 *     undated legs of one article, the day legs of one tour).
 * Every rule the grouping applies relates only legs related here, and
 * the old trips were the old groups, so the region is a union of old
 * trips and of new groups, and legs outside it keep their trips: the
 * result is the one regrouping the whole history gives.  Each step is an
 * indexed lookup, so the cost follows the size of the region, not of the
 * history.
 */
static int
trips_region(struct store *s, const struct trips_dirty *d,
    struct trips_legv *lv, char **cause)
{
	struct trips_idmap	 ids = { 0 }, trips = { 0 };
	struct trips_legv	 got = { 0 };
	struct trips_range	*done = NULL, f;
	struct trips_leg	 x;
	sqlite3_stmt		*st;
	size_t			 ndone = 0, i, k;
	int			 ret = -EIO;

	trips_legv_free(lv);
	for (i = 0; i < d->nlegs; i++) {
		/* A leg merged away may have left its id to another's. */
		st = store_prepare_cached(s, "SELECT " TRIPS_LEG_COLS
		    " FROM legs l WHERE l.id = ? AND l.official_id = ?");
		sqlite3_bind_int64(st, 1, d->legs[i]);
		sqlite3_bind_int64(st, 2, d->official);
		if (trips_read_legs(s, st, &got, cause) != 0)
			goto out;
	}
	for (i = 0; i < d->ntrips; i++) {
		if (!trips_idset_add(&trips, d->trips[i]))
			continue;
		st = store_prepare_cached(s, "SELECT " TRIPS_LEG_COLS
		    " FROM legs l WHERE l.trip_id = ?");
		sqlite3_bind_int64(st, 1, d->trips[i]);
		if (trips_read_legs(s, st, &got, cause) != 0)
			goto out;
	}
	for (i = 0; i < d->nwins; i++)
		if (trips_region_window(s, d->official, &d->wins[i], &got,
		    cause) != 0)
			goto out;
	trips_region_take(lv, &ids, &got);

	for (i = 0; i < lv->n; i++) {
		x = lv->v[i];	/* lv grows below */
		if (x.trip_id != 0 && trips_idset_add(&trips, x.trip_id)) {
			st = store_prepare_cached(s, "SELECT " TRIPS_LEG_COLS
			    " FROM legs l WHERE l.trip_id = ?");
			sqlite3_bind_int64(st, 1, x.trip_id);
			if (trips_read_legs(s, st, &got, cause) != 0)
				goto out;
		}
		if (x.r.lo != WHEN_DAY_NONE) {
			trips_footprint(&x, &f);
			for (k = 0; k < ndone && (done[k].lo > f.lo ||
			    done[k].hi < f.hi); k++)
				;
			if (k == ndone) {
				if (trips_region_window(s, d->official, &f,
				    &got, cause) != 0)
					goto out;
				done = xreallocarray(done, ndone + 1,
				    sizeof *done);
				done[ndone++] = f;
			}
		}
		st = store_prepare_cached(s, "SELECT DISTINCT " TRIPS_LEG_COLS
		    " FROM leg_sources a"
		    " JOIN leg_sources b ON b.article_id = a.article_id"
		    " JOIN legs l ON l.id = b.leg_id"
		    " WHERE a.leg_id = ?1 AND l.official_id = ?2"
		    " AND l.id != ?1");
		sqlite3_bind_int64(st, 1, x.id);
		sqlite3_bind_int64(st, 2, d->official);
		if (trips_read_legs(s, st, &got, cause) != 0)
			goto out;
		trips_region_take(lv, &ids, &got);
	}
	if (lv->n > 1)
		qsort(lv->v, lv->n, sizeof *lv->v, trips_leg_id_cmp);
	ret = 0;
out:
	if (ret != 0)
		trips_legv_free(lv);
	trips_legv_free(&got);
	free(done);
	trips_idmap_free(&ids);
	trips_idmap_free(&trips);
	return ret;
}

struct trips_relrow {
	int64_t		article;
	int64_t		row;
	size_t		leg;
	enum leg_status	status;
};

static int
trips_relrow_cmp(const void *pa, const void *pb)
{
	const struct trips_relrow	*a = pa, *b = pb;

	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	return a->row < b->row ? -1 : a->row > b->row;
}

/* The leg_sources rows of the legs in lv, as trips_group_write takes them. */
static int
trips_region_rel(struct store *s, const struct trips_legv *lv,
    struct trips_rel **out, size_t *nout, char **cause)
{
	struct trips_relrow	*row = NULL;
	struct trips_rel	*rel;
	sqlite3_stmt		*st;
	size_t			 n = 0, cap = 0, i;
	int			 rc;

	for (i = 0; i < lv->n; i++) {
		st = store_prepare_cached(s, "SELECT id, article_id, status"
		    " FROM leg_sources WHERE leg_id = ?");
		sqlite3_bind_int64(st, 1, lv->v[i].id);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (n == cap) {
				cap = cap == 0 ? 32 : 2 * cap;
				row = xreallocarray(row, cap, sizeof *row);
			}
			row[n].row = sqlite3_column_int64(st, 0);
			row[n].article = sqlite3_column_int64(st, 1);
			row[n].status = trips_status_parse(
			    (const char *)sqlite3_column_text(st, 2));
			row[n++].leg = i;
		}
		if (trips_step_error(s, st, rc, "leg sources", cause) != 0) {
			free(row);
			return -EIO;
		}
		sqlite3_reset(st);
	}
	if (n > 1)
		qsort(row, n, sizeof *row, trips_relrow_cmp);
	rel = xreallocarray(NULL, n + 1, sizeof *rel);
	for (i = 0; i < n; i++) {
		rel[i].article = row[i].article;
		rel[i].leg = row[i].leg;
		rel[i].status = row[i].status;
	}
	free(row);
	*out = rel;
	*nout = n;
	return 0;
}

/* The trips the legs in lv or the changes in d were in, ordered by id. */
static int
trips_region_old(struct store *s, const struct trips_dirty *d,
    const struct trips_legv *lv, struct trips_old **out, size_t *nout,
    char **cause)
{
	struct trips_idmap	 seen = { 0 };
	struct trips_old	*old = NULL;
	sqlite3_stmt		*st;
	size_t			 nold = 0, i, n = lv->n + d->ntrips;
	int64_t			 id;

	for (i = 0; i < n; i++) {
		id = i < lv->n ? lv->v[i].trip_id : d->trips[i - lv->n];
		if (id == 0 || !trips_idset_add(&seen, id))
			continue;
		st = store_prepare_cached(s, "SELECT id, start, end, status,"
		    " confidence, leg_count FROM trips"
		    " WHERE id = ? AND official_id = ?");
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int64(st, 2, d->official);
		if (trips_old_read(s, st, &old, &nold, cause) != 0) {
			trips_old_free(old, nold);
			trips_idmap_free(&seen);
			return -EIO;
		}
	}
	trips_idmap_free(&seen);
	if (nold > 1)
		qsort(old, nold, sizeof *old, trips_old_cmp);
	*out = old;
	*nout = nold;
	return 0;
}

/* Regroups the region of an official's legs that the changes in d touch. */
static int
trips_regroup(struct store *s, struct trips_dirty *d,
    struct trips_changes *ch, char **cause)
{
	struct trips_legv	 lv = { 0 };
	struct trips_rel	*rel = NULL;
	struct trips_old	*old = NULL;
	size_t			 nrel = 0, nold = 0;
	int			 ret = -EIO;

	if (trips_complete_window(s, d, ch, cause) != 0)
		return -EIO;
	if (trips_region(s, d, &lv, cause) != 0)
		return -EIO;
	if (trips_region_rel(s, &lv, &rel, &nrel, cause) != 0)
		goto out;
	if (trips_region_old(s, d, &lv, &old, &nold, cause) != 0)
		goto out;
	ret = trips_group_write(s, d->official, &lv, rel, nrel, old, nold,
	    ch, cause);
out:
	trips_old_free(old, nold);
	free(rel);
	trips_legv_free(&lv);
	return ret;
}

int
trips_regroup_official(struct store *s, int64_t official,
    struct trips_changes *changes, char **cause)
{
	struct trips_changes	 local = { 0 };
	struct trips_changes	*ch = changes != NULL ? changes : &local;
	struct trips_legv	 lv = { 0 };
	struct trips_rel	*rel = NULL;
	struct trips_old	*old = NULL;
	sqlite3_stmt		*st;
	size_t			 nrel = 0, nold = 0, j;
	int			 rc, ret = -EIO;

	st = store_prepare_cached(s, "SELECT " TRIPS_LEG_COLS
	    " FROM legs l WHERE l.official_id = ? ORDER BY l.id");
	sqlite3_bind_int64(st, 1, official);
	if (trips_read_legs(s, st, &lv, cause) != 0)
		goto out;
	if (trips_complete_left(s, &lv, ch, cause) != 0)
		goto out;
	st = store_prepare_cached(s, "SELECT ls.article_id, ls.leg_id,"
	    " ls.status FROM leg_sources ls JOIN legs l ON l.id = ls.leg_id"
	    " WHERE l.official_id = ? ORDER BY ls.article_id, ls.id");
	sqlite3_bind_int64(st, 1, official);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		j = trips_leg_index(&lv, sqlite3_column_int64(st, 1));
		if (j == lv.n)
			continue;
		rel = xreallocarray(rel, nrel + 1, sizeof *rel);
		rel[nrel].article = sqlite3_column_int64(st, 0);
		rel[nrel].status = trips_status_parse(
		    (const char *)sqlite3_column_text(st, 2));
		rel[nrel++].leg = j;
	}
	if (trips_step_error(s, st, rc, "leg sources", cause) != 0)
		goto out;
	sqlite3_reset(st);
	st = store_prepare_cached(s, "SELECT id, start, end, status,"
	    " confidence, leg_count FROM trips WHERE official_id = ?"
	    " ORDER BY id");
	sqlite3_bind_int64(st, 1, official);
	if (trips_old_read(s, st, &old, &nold, cause) != 0)
		goto out;
	ret = trips_group_write(s, official, &lv, rel, nrel, old, nold, ch,
	    cause);
	trips_ch_drop_removed(ch);
out:
	trips_old_free(old, nold);
	free(rel);
	trips_legv_free(&lv);
	trips_changes_free(&local);
	return ret;
}

struct trips_order {
	size_t	idx;
	int	seq;
};

static int
trips_order_cmp(const void *pa, const void *pb)
{
	const struct trips_order	*a = pa, *b = pb;

	if (a->seq != b->seq)
		return a->seq < b->seq ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

int
trips_store_article(struct store *s, int64_t article_id,
    const struct leg_list *legs, struct trips_changes *changes, char **cause)
{
	struct trips_changes	 local = { 0 };
	struct trips_changes	*ch = changes != NULL ? changes : &local;
	struct trips_order	*ord = NULL;
	struct trips_dirtyv	 dv = { 0 };
	struct trips_new	 nl;
	struct leg		 one;
	char			*person = NULL, *role = NULL;
	int64_t			 official = 0;
	size_t			 i;
	int32_t			 pub;
	int			 stored = 0, rc, ret;

	if (legs == NULL || legs->n == 0)
		return 0;
	if ((ret = trips_article_day(s, article_id, &pub, cause)) != 0)
		return ret;

	/* Each person's legs in their order, so sources keep it. */
	ord = xreallocarray(NULL, legs->n, sizeof *ord);
	for (i = 0; i < legs->n; i++) {
		ord[i].idx = i;
		ord[i].seq = legs->v[i].seq;
	}
	qsort(ord, legs->n, sizeof *ord, trips_order_cmp);

	for (i = 0; i < legs->n; i++) {
		if (trips_normalise(&legs->v[ord[i].idx], &nl) != 0)
			continue;
		/* The leg under its canonical name and role spelling. */
		one = *nl.l;
		if ((rc = trips_canon_person(s, &one, nl.start !=
		    WHEN_DAY_NONE ? nl.start : pub, &person, cause)) < 0 ||
		    (rc = trips_canon_role(s, one.role, &role, cause)) < 0) {
			ret = rc;
			goto out;
		}
		nl.canonical = person != NULL;
		if (person != NULL)
			one.person = person;
		if (role != NULL)
			one.role = role;
		nl.l = &one;
		rc = trips_store_leg(s, article_id, pub, &nl, &official, &dv,
		    ch, cause);
		free(person);
		free(role);
		person = role = NULL;
		if (rc == -EINVAL)
			continue;
		if (rc != 0) {
			ret = rc;
			goto out;
		}
		stored++;
	}
	/* Officials in the order their first leg was stored. */
	for (i = 0; i < dv.n; i++)
		if ((ret = trips_regroup(s, &dv.v[i], ch, cause)) != 0)
			goto out;
	trips_ch_drop_removed(ch);
	ret = stored;
out:
	free(person);
	free(role);
	free(ord);
	trips_dirtyv_free(&dv);
	trips_changes_free(&local);
	return ret;
}

static int64_t
trips_micros(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

int
trips_rebuild(struct store *s, const struct kb *kb, char **cause)
{
	sqlite3_stmt		*st, *ins;
	struct leg_list		 list = { 0 };
	struct extract_input	 in;
	char			 pub[11], idbuf[32];
	int64_t			 id, t0;
	int			 rc, n, total = 0;

	if (store_begin(s, cause) != 0)
		return -EIO;
	if (store_exec(s, "DELETE FROM leg_sources; DELETE FROM legs;"
	    " DELETE FROM trips; DELETE FROM extractions;"
	    " UPDATE officials SET role_day = NULL, role_article = NULL;",
	    cause) != 0)
		goto fail;

	st = store_prepare(s, "SELECT id, title, text, published"
	    " FROM articles ORDER BY published, id");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		id = sqlite3_column_int64(st, 0);
		when_date_of((time_t)sqlite3_column_int64(st, 3), pub);
		snprintf(idbuf, sizeof idbuf, "%lld", (long long)id);
		in.id = idbuf;
		in.title = (const char *)sqlite3_column_text(st, 1);
		in.text = (const char *)sqlite3_column_text(st, 2);
		in.published = pub;
		if (in.text == NULL)
			in.text = "";
		t0 = trips_micros();
		n = 0;
		if (extract_run(kb, &in, &list) == 0) {
			n = trips_store_article(s, id, &list, NULL, cause);
			if (n < 0) {
				extract_legs_free(&list);
				sqlite3_finalize(st);
				goto fail;
			}
			total += n;
		}
		extract_legs_free(&list);

		ins = store_prepare_cached(s,
		    "INSERT INTO extractions (article_id,"
		    " kb_version, leg_count, micros, done)"
		    " VALUES (?, ?, ?, ?, ?)");
		sqlite3_bind_int64(ins, 1, id);
		sqlite3_bind_text(ins, 2, kb_version(kb), -1, SQLITE_STATIC);
		sqlite3_bind_int(ins, 3, n);
		sqlite3_bind_int64(ins, 4, trips_micros() - t0);
		sqlite3_bind_int64(ins, 5, (sqlite3_int64)util_now());
		if (trips_run(s, ins, "insert extraction", cause) != 0) {
			sqlite3_finalize(st);
			goto fail;
		}
	}
	if (trips_step_error(s, st, rc, "articles", cause) != 0)
		goto fail;
	sqlite3_finalize(st);

	if (store_exec(s, "DELETE FROM officials"
	    " WHERE id NOT IN (SELECT official_id FROM legs)"
	    " AND id NOT IN (SELECT official_id FROM trips);"
	    " DELETE FROM places WHERE id NOT IN (SELECT place_id FROM legs);",
	    cause) != 0)
		goto fail;
	if (store_commit(s, cause) != 0)
		goto fail;
	return total;
fail:
	store_rollback(s);
	return -EIO;
}
