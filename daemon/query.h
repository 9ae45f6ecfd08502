/*
 * query: the SQL behind the API.  Reads trips, legs, officials, places,
 * articles, feeds and counts from the store into jansson values, with the
 * filters and keyset paging the API offers, and makes the few feed
 * changes the API allows (add, remove, pause, resume).  Statements are
 * prepared once (SQLITE_PREPARE_PERSISTENT) and kept for the life of the
 * struct query, keyed by their SQL text, since the filters present decide
 * the WHERE clause.  Parameters are validated by the caller (api.c); the
 * cursor, being this module's own format, is checked here.
 */
#ifndef ITINERD_QUERY_H
#define ITINERD_QUERY_H

#include <jansson.h>
#include <stdint.h>

#include "when.h"
#include "xmalloc.h"

struct store;
struct query;

#define QUERY_LIMIT_DEFAULT	50
#define QUERY_LIMIT_MAX		1000

/* Filters of the list endpoints; NULL (or has_ 0) means "any". */
struct query_filter {
	const char	*person;	/* full name or surname, any case/accents */
	const char	*role;		/* substring, case-insensitive */
	const char	*official_country;	/* ISO alpha-2 */
	const char	*dest_country;	/* ISO alpha-2 */
	const char	*city;		/* any case/accents */
	struct when_date since;		/* ends on or after; prec NONE: any */
	struct when_date until;		/* starts on or before; NONE: any */
	const char	*status;	/* planned|ongoing|completed|cancelled */
	/* past|under way|upcoming|cancelled|planned, not confirmed */
	const char	*status_now;
	/*
	 * Trips: the order, one of query_trip_sorts ("-start", newest first,
	 * by default; undated trips last in every order).  NULL: default.
	 */
	const char	*sort;
	/*
	 * Trips: only those whose dates reach today or later and are not
	 * cancelled, soonest first unless sort says otherwise.
	 */
	int		 upcoming;
	double		 min_confidence;
	int		 has_min_confidence;
	/*
	 * With has_domestic: legs whose domestic flag is domestic (1: inside
	 * the official's own country, 0: abroad); trips all of whose legs
	 * are domestic (1), or with a leg abroad (0).
	 */
	int		 domestic;
	int		 has_domestic;
	const char	*q;		/* articles: full-text query */
	const char	*feed;		/* articles: only this feed */
	int		 limit;		/* 1..QUERY_LIMIT_MAX; 0: default */
	const char	*cursor;	/* opaque, from a previous next_cursor */
};

/* Fields of a feed change (PATCH); -1 or NULL leaves one as it is. */
struct query_feed_change {
	int		 paused;
	int		 enabled;
	long long	 interval_s;
	const char	*url;
	const char	*tags;
};

int	query_new(struct store *, struct query **out, char **cause);
void	query_free(struct query *);
/*
 * Brackets the reads of one request in one read transaction (a single
 * snapshot, and SQLite's locks taken once).  query_end after every
 * query_begin that returned 0.
 */
int	query_begin(struct query *);
void	query_end(struct query *);

/*
 * The list queries.  Rows of trips and legs carry, beside the reported
 * status, status_now (as of today, see query_set_today), the country
 * names from kb_countries (official_country_name; legs
 * dest_country_name; each trip stop country_name) and their earliest
 * source's URL and evidence (source_url, evidence; a trip's from its
 * first leg).  Each returns 0 and sets *out to an object
 * { "<kind>": [rows...], "next_cursor": string or null } (caller
 * json_decref's), or -EINVAL with *cause naming the bad parameter (a
 * cursor that is not ours), or -EIO with *cause.
 */
int	query_trips(struct query *, const struct query_filter *, json_t **out,
	    char **cause);
int	query_legs(struct query *, const struct query_filter *, json_t **out,
	    char **cause);
int	query_officials(struct query *, const struct query_filter *,
	    json_t **out, char **cause);
int	query_places(struct query *, const struct query_filter *,
	    json_t **out, char **cause);
int	query_articles(struct query *, const struct query_filter *,
	    json_t **out, char **cause);
/*
 * Trips and legs as JSON text (the same document query_trips and
 * query_legs parse), appended to out: the fast path for JSON replies.
 */
int	query_trips_json(struct query *, const struct query_filter *,
	    struct buf *out, char **cause);
int	query_legs_json(struct query *, const struct query_filter *,
	    struct buf *out, char **cause);
/*
 * One trip or leg as it appears in those lists, appended to out as JSON
 * text (for the event stream).  -ENOENT when there is none.
 */
int	query_trip_text(struct query *, int64_t id, struct buf *out,
	    char **cause);
int	query_leg_text(struct query *, int64_t id, struct buf *out,
	    char **cause);
/* Every feed with its state: { "feeds": [...] }. */
int	query_feeds(struct query *, json_t **out, char **cause);

/*
 * Single objects: a trip with its legs and their sources, an article
 * with its text and legs, a feed.  -ENOENT when there is none.
 */
int	query_trip(struct query *, int64_t id, json_t **out, char **cause);
int	query_article(struct query *, int64_t id, json_t **out, char **cause);
/*
 * One leg as in a trip's legs, with its sources (article title, URL,
 * feed, evidence); one official with trip_count, leg_count and its trips
 * (as in the trips list, oldest first, undated last, at most 1000).
 * -ENOENT when there is none.
 */
int	query_leg(struct query *, int64_t id, json_t **out, char **cause);
int	query_official(struct query *, int64_t id, json_t **out,
	    char **cause);
int	query_feed(struct query *, const char *name, json_t **out,
	    char **cause);

/*
 * Counts for health and metrics: rows per table, schema version, fetch
 * totals and last outcomes from the feeds table, extraction time.
 */
int	query_stats(struct query *, json_t **out, char **cause);

/*
 * Feed changes.  add: -EEXIST if the name is taken.  update: -ENOENT.
 * Each 0 or -errno with *cause.  (Removal is ingest_remove_feed: it keeps
 * the feed's articles.)
 */
int	query_feed_add(struct query *, const char *name, const char *url,
	    long long interval_s, const char *tags, char **cause);
int	query_feed_update(struct query *, const char *name,
	    const struct query_feed_change *, char **cause);

/*
 * The id of the feed that imported documents are filed under: name when
 * given (it must exist: -ENOENT), else the "import" feed, created on
 * first use as `itinerd --import` does (origin 'import', never polled).
 */
int	query_import_feed(struct query *, const char *name, int64_t *id,
	    char **cause);

/*
 * The event stream's log (schema/008-events.sql).  query_events_last
 * sets *id to the newest stored id (0 when none).  query_events_load
 * calls cb for each stored event with an id above after, oldest first.
 * query_events_store adds n events with ids first, first + 1, ... in one
 * transaction (outside any other: -EBUSY in one) and deletes those with
 * ids below keep_from.  Each 0 or -errno with *cause.
 */
int	query_events_last(struct query *, long long *id, char **cause);
int	query_events_load(struct query *, long long after,
	    void (*cb)(void *, long long id, const char *type,
	    const char *json), void *arg, char **cause);
int	query_events_store(struct query *, long long first, size_t n,
	    const char *const *types, const char *const *jsons,
	    long long keep_from, char **cause);

/* The sort orders trips take, for validation: NULL-terminated. */
extern const char *const query_trip_sorts[];
/*
 * The day status_now is computed against: day (a day number), or
 * WHEN_DAY_NONE for the UTC clock's (the default).  For tests.
 */
void	query_set_today(struct query *, int32_t day);

/* Cursor encoding, exposed for tests: fields joined, base64url. */
char	*query_cursor_encode(const char *const *fields, int n);
/* Splits a cursor into at most max fields (caller frees each); or -EINVAL. */
int	query_cursor_decode(const char *cursor, char **fields, int max,
	    int *n);

/* A JSON string of s, repairing invalid UTF-8 (U+FFFD); never NULL. */
json_t	*query_json_string(const char *s);

#endif
