/*
 * ctl_client: itinctl's HTTP client for the daemon's Unix socket, on
 * libcurl (CURLOPT_UNIX_SOCKET_PATH).  One request at a time, bodies
 * gathered into a struct buf; or a stream (/v1/events) handed to a
 * callback as it arrives.  Errors name the socket, so "the daemon is not
 * running" reads as such.
 */
#ifndef ITINERD_CTL_CLIENT_H
#define ITINERD_CTL_CLIENT_H

#include <stddef.h>

#include "xmalloc.h"

struct ctl_client;

/* Returns 0 and *out (ctl_client_free), or -errno with *cause. */
int	ctl_client_new(const char *socket, struct ctl_client **out,
	    char **cause);
void	ctl_client_free(struct ctl_client *);
const char *ctl_client_socket(const struct ctl_client *);

/*
 * One request: method and path ("/v1/trips?limit=5"), an optional body
 * of body_len bytes with its content type.  On a response of any status
 * returns 0 with *status and the body appended to out; when the daemon
 * cannot be reached or the transfer fails, -errno with *cause.
 */
int	ctl_client_request(struct ctl_client *, const char *method,
	    const char *path, const char *body, size_t body_len,
	    const char *content_type, int *status, struct buf *out,
	    char **cause);

/*
 * Follows a stream: cb gets each piece of the body as it comes; a
 * non-zero return from cb ends the transfer.  last_event_id (NULL: none)
 * is sent as Last-Event-ID, so an event stream resumes after it.
 * Returns 0 when the server or cb ended it, or -errno with *cause.
 */
int	ctl_client_stream(struct ctl_client *, const char *path,
	    const char *last_event_id, int (*cb)(const char *, size_t, void *),
	    void *arg, int *status, char **cause);

/*
 * The message of an API error body ({"error":{"message":...}}), or the
 * body itself when it is not one.  Caller frees.
 */
char	*ctl_client_error(const char *body);

/* Percent-encodes s for a query string; caller frees. */
char	*ctl_client_escape(const char *s);

#endif
