/*
 * ingest: stores what one fetch (or one imported file) brought, in one
 * transaction: new articles (deduplicated by guid within the feed, then
 * canonical link, then a hash of title and text), the feed-article links,
 * the legs the extractor finds in new articles (through trips.c), and the
 * feed's new fetch state.  All of it commits together or not at all
 * (ingest_doc), or in parts that each do (ingest_part, for the worker's
 * long documents).
 */
#ifndef ITINERD_INGEST_H
#define ITINERD_INGEST_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct feed_doc;
struct kb;
struct store;
struct trips_changes;

struct ingest_stats {
	int	items;
	int	new_articles;
	int	known_articles;	/* already stored (any feed) */
	int	legs;		/* legs extracted from new articles */
};

/*
 * A feed's fetch state after one fetch, written to its feeds row.
 * Strings are borrowed for the call.
 */
struct ingest_feed_state {
	time_t		 fetched;	/* last_fetch; fetch_count + 1 */
	int		 status;	/* HTTP status; 0: none (stored NULL) */
	const char	*error;		/* NULL: a success (last_success =
					 * fetched, error_count 0) */
	int		 error_count;	/* stored when error is set */
	time_t		 next_due;
	int		 set_validators; /* 1: store etag and last_modified
					 * (NULL clears); 0: keep them */
	const char	*etag;
	const char	*last_modified;
	const char	*new_url;	/* permanent redirect, NULL: keep */
	const char	*disabled_reason; /* non-NULL: disable the feed */
};

/*
 * Stores doc's items for feed feed_id and, when state is not NULL, the
 * feed's new fetch state, in one IMMEDIATE transaction (rolled back on
 * any error).  now is the fetch time.  New articles go through the
 * extractor (kb) and trips_store_article.  stats gets the counts; changes
 * (may be NULL; zero it first, trips_changes_free after) gets the ids of
 * the legs and trips created or changed.  0 or -errno with *cause.
 */
int	ingest_doc(struct store *, const struct kb *, int64_t feed_id,
	    const struct feed_doc *, time_t now,
	    const struct ingest_feed_state *, struct ingest_stats *,
	    struct trips_changes *, char **cause);

/* What an ingest_progress_fn returns after each item. */
enum ingest_go {
	INGEST_CANCEL = -1,	/* roll back: -ECANCELED */
	INGEST_GO = 0,		/* go on */
	INGEST_YIELD = 1,	/* commit what is done and return */
};
/* Called after each item with the index of the next one. */
typedef int (*ingest_progress_fn)(void *arg, size_t next);

/*
 * As ingest_doc, for a document stored in parts (the worker's long
 * imports and fetches): stores doc's items from *pos on in one
 * transaction, calling progress (may be NULL) after each; when it
 * answers INGEST_YIELD the items so far are committed and *pos is set to
 * the next item.  state is written with the part that holds the last
 * item.  INGEST_CANCEL rolls the part back and returns -ECANCELED.  A
 * crash or failure loses at most the open part: the parts committed
 * before are whole articles with their legs and trips, and storing the
 * document again stores each of them once.  0 or -errno with *cause.
 */
int	ingest_part(struct store *, const struct kb *, int64_t feed_id,
	    const struct feed_doc *, size_t *pos, time_t now,
	    const struct ingest_feed_state *, struct ingest_stats *,
	    struct trips_changes *, ingest_progress_fn progress, void *arg,
	    char **cause);

/*
 * The id of the feed named name, or with name NULL of the "import" feed
 * (created on first use; -EEXIST when a feed of another origin has the
 * name).  -ENOENT with *cause for an unknown name; 0 or -errno.
 */
int	ingest_feed_id(struct store *, const char *name, int64_t *id,
	    char **cause);

/* Writes only the fetch state (304, errors).  0 or -EIO with *cause. */
int	ingest_save_state(struct store *, int64_t feed_id,
	    const struct ingest_feed_state *, char **cause);

/*
 * Removes the feed named name (from the API; not a config feed, -EPERM,
 * nor the import feed, -EPERM) in one transaction.  Its articles are kept:
 * those no other feed carries are re-attached to the "import" feed
 * (created if needed) under the key "NAME:guid", so their legs, trips and
 * sources stay and a later fetch or import of the same items finds them.
 * *kept (may be NULL) gets how many were re-attached.  0, or -ENOENT,
 * -EPERM, -EIO with *cause.
 */
int	ingest_remove_feed(struct store *, const char *name, int *kept,
	    char **cause);

/*
 * The canonical form of an article link used for dedupe: scheme and host
 * lower-cased, default port, fragment and utm_* query parameters
 * dropped.  A link that does not parse as a URL is returned trimmed.
 * NULL for NULL or "".  Caller frees.
 */
char	*ingest_canonical_url(const char *);

/*
 * Imports a saved feed file, or every regular file in a directory, as if
 * fetched from a feed named "import" (created on first use, origin
 * 'import', never polled).  0 or -errno with *cause (caller frees).
 */
int	ingest_import_path(struct store *, const struct kb *, const char *path,
	    struct ingest_stats *, char **cause);
/* Progress of an import: file path, items done of total in it. */
typedef void (*ingest_file_progress_fn)(void *arg, const char *path,
    size_t done, size_t total);
/* As ingest_import_path, calling progress (may be NULL) as it goes. */
int	ingest_import_path_progress(struct store *, const struct kb *,
	    const char *path, struct ingest_stats *,
	    ingest_file_progress_fn progress, void *arg, char **cause);

#endif
