/*
 * poller: decides when each feed is due and hands due feeds to fetch.c;
 * when a fetch ends it hands the result to the ingest worker (worker.c),
 * which runs it through feed.c and ingest.c and writes the feed's new
 * schedule (interval, jitter, backoff, Retry-After) with its articles.
 * Lives in the daemon's event loop.
 */
#ifndef ITINERD_POLLER_H
#define ITINERD_POLLER_H

#include <stddef.h>
#include <stdint.h>

struct config;
struct worker;
struct event_base;
struct kb;
struct store;
struct poller;

/* How fetches ended, counted since the daemon started (for /v1/metrics). */
enum poller_outcome {
	POLLER_OUT_OK,			/* 2xx, parsed and stored */
	POLLER_OUT_NOT_MODIFIED,	/* 304 */
	POLLER_OUT_HTTP_ERROR,		/* 4xx/5xx other than 410 */
	POLLER_OUT_GONE,		/* 410: feed disabled */
	POLLER_OUT_NETWORK_ERROR,	/* DNS, TLS, timeout, limits */
	POLLER_OUT_PARSE_ERROR,		/* not a feed, broken XML or JSON */
	POLLER_OUT_STORE_ERROR,		/* the database refused it */
	POLLER_OUTCOMES
};

struct poller_stats {
	unsigned long long	fetches[POLLER_OUTCOMES];
	unsigned long long	new_articles;
	unsigned long long	legs;
};

/* Called after a commit that created or changed legs or trips. */
typedef void (*poller_event_cb)(void *arg, const char *type,
    const char *json);

/* Returns 0 and sets *out, or -errno with *cause (caller frees). */
int	poller_new(struct event_base *, struct store *, const struct kb *,
	    const struct config *, struct poller **out, char **cause);
/* The config was reloaded (feeds, limits); conf stays valid. */
void	poller_set_config(struct poller *, const struct config *);
/* Feeds changed in the database (API add/remove/pause): re-read them. */
void	poller_reload_feeds(struct poller *);
/* Fetch name (NULL: every enabled feed) now.  -ENOENT unknown feed. */
int	poller_poll_now(struct poller *, const char *name, char **cause);
void	poller_set_event_cb(struct poller *, poller_event_cb, void *arg);
/* Counters since start; valid until poller_free. */
const struct poller_stats *poller_stats(const struct poller *);
/* "ok", "not_modified", "http_error", "gone", ... */
const char *poller_outcome_name(enum poller_outcome);
/*
 * Fetch results (bodies to parse and store, and the fetch state of
 * 304s and failures) go to w's thread from now on.  Without a worker
 * they are stored inline on the poller's store, in the loop.
 */
void	poller_set_worker(struct poller *, struct worker *);

/*
 * The schedule's binary min-heap of due times, exported for its test.
 * A node sits in a struct (a feed) and knows its index, so a node whose
 * time changes moves in O(log n) and the earliest is found in O(1).
 */
#define POLLER_HEAP_NONE	((size_t)-1)
struct poller_heap_node {
	int64_t		due_ms;
	size_t		index;		/* POLLER_HEAP_NONE: not in a heap */
};
struct poller_heap {
	struct poller_heap_node	**v;
	size_t			  n, cap;
};
/* Adds node (not in the heap) or, if in it, moves it to its due_ms. */
void	poller_heap_put(struct poller_heap *, struct poller_heap_node *);
/* Takes node out; nothing if it is not in. */
void	poller_heap_remove(struct poller_heap *, struct poller_heap_node *);
/* The earliest node, or NULL when empty. */
struct poller_heap_node *poller_heap_top(const struct poller_heap *);
/* Empties the heap (the nodes are the caller's) and frees its array. */
void	poller_heap_clear(struct poller_heap *);

/* Cancels transfers in flight; nothing half-written is committed. */
void	poller_free(struct poller *);

#endif
