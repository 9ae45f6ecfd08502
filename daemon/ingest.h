/*
 * ingest: stores what one fetch (or one imported file) brought, in one
 * transaction: new articles (deduplicated by guid within the feed, then
 * canonical link, then a hash of title and text), the feed-article links,
 * the legs the extractor finds in new articles (through trips.c), and the
 * feed's new fetch state.  All of it commits together or not at all.
 */
#ifndef ITINERD_INGEST_H
#define ITINERD_INGEST_H

#include <stdint.h>

struct feed_doc;
struct kb;
struct store;

struct ingest_stats {
	int	items;
	int	new_articles;
	int	known_articles;	/* already stored (any feed) */
	int	legs;		/* legs extracted from new articles */
};

/*
 * Imports a saved feed file, or every regular file in a directory, as if
 * fetched from a feed named "import" (created on first use).  0 or
 * -errno with *cause (caller frees).
 */
int	ingest_import_path(struct store *, const struct kb *, const char *path,
	    struct ingest_stats *, char **cause);

#endif
