/*
 * fetch: HTTP(S) GETs of feed documents, many at once, in the daemon's
 * libevent loop.  The only owner of the libcurl multi handle, driven by
 * the multi-socket API in the shape of curl's hiperfifo example: one
 * timer for CURLMOPT_TIMERFUNCTION, one struct event per socket kept
 * with curl_multi_assign.  No threads, nothing blocks.  Applies the
 * [fetch] limits (timeouts, low-speed cut, body size after decoding,
 * redirects, http/https only, TLS verification always on), sends
 * conditional headers, and reports what came back.  Does not parse the
 * body, schedule, or store anything (poller.c does).
 */
#ifndef ITINERD_FETCH_H
#define ITINERD_FETCH_H

#include <stddef.h>

struct config;
struct event_base;
struct fetcher;
struct fetch_xfer;

struct fetch_req {
	const char	*url;
	const char	*etag;		/* If-None-Match, NULL for none */
	const char	*last_modified;	/* If-Modified-Since, NULL for none */
};

enum fetch_error {
	FETCH_OK,		/* a response arrived (any HTTP status) */
	FETCH_ERR_DNS,		/* host name did not resolve */
	FETCH_ERR_CONNECT,	/* refused, unreachable, connect timeout */
	FETCH_ERR_TLS,		/* handshake or certificate */
	FETCH_ERR_TIMEOUT,	/* total time limit */
	FETCH_ERR_SLOW,		/* below the low-speed limit */
	FETCH_ERR_TOO_LARGE,	/* body over max_body (decoded bytes) */
	FETCH_ERR_REDIRECTS,	/* too many, or to a refused protocol */
	FETCH_ERR_PROTOCOL,	/* broken HTTP, bad encoding, empty reply */
	FETCH_ERR_OTHER,
};

/* Longest Retry-After honoured, in seconds (larger values are capped). */
#define FETCH_RETRY_AFTER_MAX	(30 * 86400)

/*
 * What one transfer brought.  Valid during the callback only; copy what
 * must outlive it.
 */
struct fetch_result {
	enum fetch_error error;
	const char	*error_text;	/* NULL when error is FETCH_OK, else
					 * e.g. "could not resolve host x" */
	int		 status;	/* HTTP status of the final response,
					 * 0 when none arrived */
	const char	*body;		/* decoded body of a 2xx response,
					 * NUL-terminated; "" otherwise */
	size_t		 len;
	const char	*etag;		/* of the final response, NULL if none */
	const char	*last_modified;
	long		 retry_after_s;	/* seconds from now, -1 if none */
	const char	*final_url;	/* after redirects */
	/*
	 * When the chain of redirects starts with 301 or 308 responses, the
	 * URL the last of those permanent redirects pointed to (the new
	 * address of the feed); NULL otherwise.
	 */
	const char	*permanent_url;
	int		 redirects;
	long		 elapsed_ms;
};

typedef void (*fetch_done_cb)(const struct fetch_result *, void *arg);

/*
 * Creates a fetcher on base with the limits of conf (user_agent, the
 * timeouts, low_speed_*, max_body, max_redirects, max_parallel).
 * Returns 0 and sets *out, or -errno with *cause (caller frees).
 */
int	fetch_new(struct event_base *, const struct config *,
	    struct fetcher **out, char **cause);
/* New limits for transfers started from now on; conf is copied. */
void	fetch_set_config(struct fetcher *, const struct config *);
/*
 * Starts (or queues, beyond max_parallel transfers) a GET of req->url
 * (copied).  cb runs exactly once, from the event loop, unless the
 * transfer is cancelled first; cb may start and cancel transfers, but not
 * free the fetcher.  Returns 0 and sets *out (may be NULL) to a handle
 * valid until cb runs, or -EINVAL with *cause for a URL libcurl refuses.
 */
int	fetch_start(struct fetcher *, const struct fetch_req *,
	    fetch_done_cb cb, void *arg, struct fetch_xfer **out,
	    char **cause);
/* Stops a transfer; its callback will not run. */
void	fetch_cancel(struct fetcher *, struct fetch_xfer *);
/* Transfers running and queued. */
size_t	fetch_active(const struct fetcher *);
size_t	fetch_queued(const struct fetcher *);
/* Cancels everything (no callbacks) and frees. */
void	fetch_free(struct fetcher *);

#endif
