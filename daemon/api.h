/*
 * api: the HTTP/1.1 + JSON API, served by evhttp in the daemon's loop on
 * the Unix socket (and optionally a read-only loopback TCP listener).
 * Routes are a table; the read side is query.c, the output formats
 * render.c.  Mutations go through the hooks the daemon registers.
 */
#ifndef ITINERD_API_H
#define ITINERD_API_H

struct config;
struct event_base;
struct kb;
struct poller_stats;
struct store;
struct api;

/* What the API asks of the daemon.  Each returns 0 or -errno with *cause. */
struct api_hooks {
	int	(*reload)(void *arg, char **cause);
	/* name NULL: every enabled feed. */
	int	(*poll)(void *arg, const char *name, char **cause);
	/* Feeds were added, removed, paused or resumed in the database. */
	void	(*feeds_changed)(void *arg);
	/* The poller's counters, for /v1/metrics; may be NULL. */
	const struct poller_stats *(*stats)(void *arg);
	/*
	 * Queues the import of a feed document of len bytes (feed NULL: the
	 * "import" feed) as a job: 0 and *id, or -errno with *cause
	 * (-EAGAIN: too many jobs queued).  May be NULL.
	 */
	int	(*import)(void *arg, const char *body, size_t len,
		    const char *feed, long long *id, char **cause);
	/* Job id as JSON (NULL: unknown), or with id 0 {"jobs":[...]}. */
	struct json_t *(*job)(void *arg, long long id);
	void	*arg;
};

/*
 * Serves on unix_fd (a listening socket, taken over: api_free closes it)
 * and, if conf->http_listen is set, on that loopback address.  Returns 0
 * and sets *out, or -errno with *cause (caller frees).
 */
int	api_new(struct event_base *, struct store *, const struct kb *,
	    const struct config *, int unix_fd, const struct api_hooks *,
	    struct api **out, char **cause);
/* The config was reloaded; conf stays valid until the next call. */
void	api_set_config(struct api *, const struct config *);
/*
 * Sends an event to the clients of /v1/events: type is e.g. "leg" or
 * "trip", json one JSON object (copied).
 */
void	api_event(struct api *, const char *type, const char *json);
void	api_free(struct api *);

#endif
