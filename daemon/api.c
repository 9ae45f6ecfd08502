/*
 * api: the HTTP/1.1 API, served by evhttp in the daemon's loop.  See
 * api.h.
 *
 * One evhttp serves the Unix socket and, when http_listen names a
 * loopback address, a read-only TCP listener.  Every request goes to
 * api_dispatch, which matches the path against the route table (one row
 * per method and pattern, as tmux's cmd_table), checks the query
 * parameters the route accepts, access for mutations, and the output
 * format, then calls the handler.  Handlers ask query.c for jansson values
 * and render.c turns them into the chosen format.
 *
 * Connections.  Each listener (the Unix socket; the TCP listener) has
 * its own evhttp and its own cap, max_connections, so TCP clients can
 * never use up the Unix socket's connections.  Every accepted connection
 * counts, from evhttp's bufferevent callback (called at accept) to its
 * close callback: libevent 2.1 has no hook between accept and a whole
 * request, so the connection is attached (closecb, deadline timer, input
 * watch) on the loop's next turn, found through the bufferevent's
 * callback argument.  Beyond the cap API_EXCESS more are read and
 * answered 503; the rest are closed at once.  An accept error (EMFILE)
 * pauses the listener with an exponential backoff and is logged at most
 * once per API_ACCEPT_LOG_S.  At start the caps are checked against
 * RLIMIT_NOFILE (raised up to the hard limit when needed; the caps
 * lowered, with a warning, when even that is too small).
 *
 * Deadlines: evhttp's own timeout only bounds idleness, so a watch on
 * each connection's input buffer notes a request's first byte and the
 * blank line that ends its headers; a timer closes the connection when
 * the headers take longer than header_timeout or the whole request
 * longer than request_timeout.  evhttp answers its own errors (400, 413)
 * with an HTML page and 2.1 has no hook for them: a watch on the output
 * buffer replaces such a page, as it is queued, with the JSON error.
 * Access: on the Unix socket the peer's credentials (SO_PEERCRED) are read
 * once per connection; mutations need root, the daemon's own uid or
 * membership of admin_group.  Over TCP nothing may change, and only
 * loopback names are accepted in Host (against DNS rebinding).
 *
 * /v1/events is a server-sent event stream: the response is started and
 * left open, api_event() puts each event in a ring shared by all clients
 * (and, on the loop's next turn, in the events table, so ids persist and
 * a reconnect with Last-Event-ID replays what it missed, as far back as
 * the ring goes, also across a restart), and each client is sent what it
 * has not had in batches of at most API_SSE_BATCH bytes, the next when
 * the last was written; a timer writes a comment line to keep proxies
 * and clients from timing out, and a client the ring moves past (it does
 * not read) is disconnected rather than buffered for without bound.
 *
 * Exports (CSV, iCalendar, GeoJSON of a list) are streamed the same way:
 * a chunk per batch of rows, the next batch read when the last chunk is
 * written (api_export_next).
 */
#include <sys/queue.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <arpa/inet.h>
#include <errno.h>
#include <grp.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/listener.h>
#include <event2/util.h>
#include <jansson.h>
#include <sqlite3.h>

#include "config_build.h"

#include "api.h"
#include "config.h"
#include "feed.h"
#include "ingest.h"
#include "log.h"
#include "poller.h"
#include "query.h"
#include "render.h"
#include "store.h"
#include "trips.h"
#include "util.h"
#include "web.h"
#include "when.h"
#include "xmalloc.h"

#define API_SSE_BATCH		(64 * 1024)	/* queued per client at once */
#define API_EXPORT_ROWS		500	/* rows per export batch */
#define API_SSE_RING		32768		/* events kept for clients */
#define API_SSE_RING_BYTES	(1024 * 1024)
#define API_SSE_MAX_CLIENTS	64
#define API_SSE_KEEPALIVE_S	15
#define API_MAX_SEGMENTS	8
#define API_NSTATUS		32
#define API_EXCESS		8	/* per listener, beyond the cap: 503 */
#define API_MIN_CONNECTIONS	8	/* per listener, or refuse to start */
#define API_FD_RESERVE		64	/* database, log, signals, timers */
#define API_BACKOFF_MIN_MS	100
/*
 * The most one write to a client's socket may take; libevent's default,
 * 16 KB, split a trips page (19 KB) into two writes and two wake-ups of
 * the loop.  Writes are non-blocking: a bigger limit only lets the
 * kernel take what fits.
 */
#define API_MAX_WRITE		(256 * 1024)
#define API_BACKOFF_MAX_MS	5000
#define API_ACCEPT_LOG_S	30

struct api;
struct api_export;

/* One event for the stream: the daemon's report, as given. */
struct api_sse_event {
	char		 type[16];
	char		*json;
};

/* One listening socket with its own evhttp and its own cap. */
struct api_listener {
	struct api		*api;
	const char		*name;		/* for logs */
	int			 local;		/* the Unix socket */
	struct evhttp		*http;
	struct evconnlistener	*lev;
	struct event		*backoff;	/* re-enables accepting */
	int			 backoff_ms;
	int			 nconns;	/* every accepted connection */
	int			 cap;		/* max_connections, fitted */
	time_t			 logged;	/* last accept error logged */
	unsigned long long	 errors;	/* accept errors, unlogged */
	unsigned long long	 refused;	/* over the cap */
	unsigned long long	 timeouts;	/* requests past a deadline */
};

/* Where a connection is in its current request. */
enum api_phase {
	API_IDLE,	/* waiting for a request's first byte */
	API_HEADERS,	/* request line and headers */
	API_BODY,	/* headers done, body being read */
	API_HANDLING,	/* dispatched; the reply is being written */
	API_STREAM,	/* an event stream: only writes */
};

struct api_conn {
	struct api		*api;
	struct api_listener	*l;
	struct evhttp_connection *evcon;
	struct bufferevent	*bev;
	struct event		*timer;		/* attach, then deadlines */
	struct evbuffer_cb_entry *in_cb, *out_cb;
	enum api_phase		 phase;
	int			 attached;	/* evcon known, closecb set */
	int			 excess;	/* over the cap: answer 503 */
	int			 nl;		/* header scan: 1 after LF, 2 CR */
	long long		 header_end;	/* ms, monotonic */
	long long		 request_end;
	int			 writing;	/* our own reply being queued */
	size_t			 foreign;	/* output evhttp queued itself */
	int			 local;		/* on the Unix socket */
	int			 have_cred;
	uid_t			 uid;
	gid_t			 gid;
	pid_t			 pid;
	int			 admin;		/* -1: not yet decided */
	struct evhttp_request	*sse;		/* event stream, if any */
	struct api_export	*export;	/* an export being streamed */
	unsigned long long	 sse_next;	/* next event id to send */
	LIST_ENTRY(api_conn)	 entry;
	LIST_ENTRY(api_conn)	 sse_entry;
};

struct api {
	struct event_base	*base;
	struct store		*store;
	const struct kb		*kb;
	const struct config	*conf;
	struct api_hooks	 hooks;
	struct query		*query;
	struct api_listener	 unix_l, tcp_l;	/* tcp_l.http NULL: none */
	struct web		*web;		/* the dashboard's files */
	struct event		*keepalive;
	LIST_HEAD(, api_conn)	 conns;
	LIST_HEAD(, api_conn)	 sse;
	int			 nconns;
	int			 nsse;
	time_t			 started;
	unsigned long long	 event_id;	/* the newest event's */
	unsigned long long	 persisted;	/* stored up to this id */
	struct event		*persist;	/* stores, then sends */
	int			 persist_failing;	/* logged once */
	unsigned long long	 events_dropped;	/* slow clients cut */
	struct api_sse_event	*ring;		/* API_SSE_RING slots */
	size_t			 nring;		/* the last nring event ids */
	size_t			 ring_bytes;
	struct {
		int			code;
		unsigned long long	count;
	}			 status[API_NSTATUS];
};

/* One request being handled. */
struct api_req {
	struct api		*api;
	struct evhttp_request	*req;
	struct api_conn		*conn;
	struct evkeyvalq	 params;
	char			*args[API_MAX_SEGMENTS];
	int			 nargs;
	enum render_format	 format;
	char			 oc[3], dc[3];
};

enum {
	API_MUTATES = 0x1,	/* Unix socket and admin only */
	API_FORMATS = 0x2,	/* kind decides the formats; else JSON only */
};

struct api_route {
	int		 method;
	const char	*pattern;
	void		(*handler)(struct api_req *);
	int		 flags;
	enum render_kind kind;
	const char	*params;	/* accepted query parameters */
};

#define API_FILTERS	"person,role,official_country,dest_country,city," \
	"since,until,status,status_now,min_confidence,domestic,limit," \
	"cursor,format"

static void	api_trips(struct api_req *);
static void	api_trip(struct api_req *);
static void	api_legs(struct api_req *);
static void	api_leg(struct api_req *);
static void	api_official(struct api_req *);
static void	api_officials(struct api_req *);
static void	api_places(struct api_req *);
static void	api_articles(struct api_req *);
static void	api_article(struct api_req *);
static void	api_feeds(struct api_req *);
static void	api_feed_get(struct api_req *);
static void	api_feed_add(struct api_req *);
static void	api_feed_remove(struct api_req *);
static void	api_feed_update(struct api_req *);
static void	api_poll(struct api_req *);
static void	api_import(struct api_req *);
static void	api_jobs(struct api_req *);
static void	api_job(struct api_req *);
static void	api_reload(struct api_req *);
static void	api_health(struct api_req *);
static void	api_metrics(struct api_req *);
static void	api_events(struct api_req *);
static void	api_index(struct api_req *);
static char	*api_event_expand(struct api *, const char *, const char *);
static void	 api_sse_data(struct evbuffer *, const char *);
static void	api_page(struct api_req *);
static void	api_asset(struct api_req *);

/* The dashboard keeps its view in these (bookmarkable) parameters. */
#define API_PAGE_PARAMS	"person,official_country,dest_country,since," \
	"until,status,trip"

static const struct api_route api_routes[] = {
	{ EVHTTP_REQ_GET, "/", api_page, 0, 0, API_PAGE_PARAMS },
	{ EVHTTP_REQ_GET, "/assets/{name}", api_asset, 0, 0, "" },
	{ EVHTTP_REQ_GET, "/v1", api_index, 0, 0, "" },
	{ EVHTTP_REQ_GET, "/v1/trips", api_trips, API_FORMATS, RENDER_TRIPS,
	  API_FILTERS ",sort,view" },
	{ EVHTTP_REQ_GET, "/v1/trips/{id}", api_trip, API_FORMATS,
	  RENDER_LEGS, "format" },
	{ EVHTTP_REQ_GET, "/v1/legs", api_legs, API_FORMATS, RENDER_LEGS,
	  API_FILTERS },
	{ EVHTTP_REQ_GET, "/v1/legs/{id}", api_leg, 0, 0, "" },
	{ EVHTTP_REQ_GET, "/v1/officials/{id}", api_official, 0, 0, "" },
	{ EVHTTP_REQ_GET, "/v1/officials", api_officials, API_FORMATS,
	  RENDER_OFFICIALS, "person,role,official_country,limit,cursor,"
	  "format" },
	{ EVHTTP_REQ_GET, "/v1/places", api_places, API_FORMATS,
	  RENDER_PLACES, "dest_country,city,limit,cursor,format" },
	{ EVHTTP_REQ_GET, "/v1/articles", api_articles, API_FORMATS,
	  RENDER_ARTICLES, "q,feed,limit,cursor,format" },
	{ EVHTTP_REQ_GET, "/v1/articles/{id}", api_article, 0, 0, "" },
	{ EVHTTP_REQ_GET, "/v1/feeds", api_feeds, API_FORMATS, RENDER_FEEDS,
	  "format" },
	{ EVHTTP_REQ_POST, "/v1/feeds", api_feed_add, API_MUTATES, 0, "" },
	{ EVHTTP_REQ_GET, "/v1/feeds/{name}", api_feed_get, 0, 0, "" },
	{ EVHTTP_REQ_DELETE, "/v1/feeds/{name}", api_feed_remove, API_MUTATES,
	  0, "" },
	{ EVHTTP_REQ_PATCH, "/v1/feeds/{name}", api_feed_update, API_MUTATES,
	  0, "" },
	{ EVHTTP_REQ_POST, "/v1/poll", api_poll, API_MUTATES, 0, "feed" },
	{ EVHTTP_REQ_POST, "/v1/import", api_import, API_MUTATES, 0,
	  "feed" },
	{ EVHTTP_REQ_GET, "/v1/jobs", api_jobs, 0, 0, "" },
	{ EVHTTP_REQ_GET, "/v1/jobs/{id}", api_job, 0, 0, "" },
	{ EVHTTP_REQ_POST, "/v1/reload", api_reload, API_MUTATES, 0, "" },
	{ EVHTTP_REQ_GET, "/v1/health", api_health, 0, 0, "" },
	{ EVHTTP_REQ_GET, "/v1/metrics", api_metrics, 0, 0, "" },
	{ EVHTTP_REQ_GET, "/v1/events", api_events, 0, 0, "" },
};
#define API_NROUTES	(sizeof api_routes / sizeof api_routes[0])

static const struct {
	int		 method;
	const char	*name;
} api_methods[] = {
	{ EVHTTP_REQ_GET, "GET" },
	{ EVHTTP_REQ_POST, "POST" },
	{ EVHTTP_REQ_HEAD, "HEAD" },
	{ EVHTTP_REQ_PUT, "PUT" },
	{ EVHTTP_REQ_DELETE, "DELETE" },
	{ EVHTTP_REQ_OPTIONS, "OPTIONS" },
	{ EVHTTP_REQ_TRACE, "TRACE" },
	{ EVHTTP_REQ_CONNECT, "CONNECT" },
	{ EVHTTP_REQ_PATCH, "PATCH" },
};

static const char *
api_reason(int code)
{
	switch (code) {
	case 200: return "OK";
	case 201: return "Created";
	case 202: return "Accepted";
	case 204: return "No Content";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 406: return "Not Acceptable";
	case 409: return "Conflict";
	case 413: return "Payload Too Large";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Entity";
	case 501: return "Not Implemented";
	case 503: return "Service Unavailable";
	default: return code < 500 ? "Error" : "Internal Server Error";
	}
}

static void
api_count(struct api *a, int code)
{
	int	i;

	for (i = 0; i < API_NSTATUS; i++) {
		if (a->status[i].code == code) {
			a->status[i].count++;
			return;
		}
		if (a->status[i].code == 0) {
			a->status[i].code = code;
			a->status[i].count = 1;
			return;
		}
	}
}

static void
api_reply_free(const void *data, size_t len, void *arg)
{
	(void)data;
	(void)len;
	free(arg);
}

/*
 * Sends the n bytes at data with the status and content type.  owned,
 * when not NULL, is data allocated and handed over: the reply refers to
 * it rather than copying it, and frees it once written.
 */
static void
api_reply_send(struct api_req *r, int code, const char *ctype,
    const char *data, size_t n, char *owned)
{
	struct evkeyvalq	*h;
	struct evbuffer		*eb;
	char			 len[32];

	h = evhttp_request_get_output_headers(r->req);
	if (ctype != NULL)
		evhttp_add_header(h, "Content-Type", ctype);
	eb = evbuffer_new();
	if (evhttp_request_get_command(r->req) == EVHTTP_REQ_HEAD) {
		/* evhttp would send the body: say its length only. */
		snprintf(len, sizeof len, "%zu", n);
		evhttp_add_header(h, "Content-Length", len);
		free(owned);
	} else if (owned == NULL || n == 0 || evbuffer_add_reference(eb,
	    owned, n, api_reply_free, owned) != 0) {
		if (n > 0)
			evbuffer_add(eb, data, n);
		free(owned);
	}
	api_count(r->api, code);
	if (r->conn != NULL)
		r->conn->writing = 1;
	evhttp_send_reply(r->req, code, api_reason(code), eb);
	if (r->conn != NULL)
		r->conn->writing = 0;
	evbuffer_free(eb);
}

/* Sends body (may be NULL) with the status and content type. */
static void
api_reply(struct api_req *r, int code, const char *ctype,
    const struct buf *body)
{
	api_reply_send(r, code, ctype, body != NULL ? body->data : NULL,
	    body != NULL ? body->len : 0, NULL);
}

/* The same, taking body's contents (no copy of a large page). */
static void
api_reply_take(struct api_req *r, int code, const char *ctype,
    struct buf *body)
{
	size_t	 n = body->len;
	char	*data = buf_steal(body);

	api_reply_send(r, code, ctype, data, n, data);
}

static void
api_reply_json(struct api_req *r, int code, const json_t *j)
{
	struct buf	b = { 0 };

	render_json(&b, j);
	api_reply(r, code, "application/json", &b);
	buf_free(&b);
}

static const char *
api_error_code(int status)
{
	switch (status) {
	case 400: return "bad_request";
	case 403: return "forbidden";
	case 404: return "not_found";
	case 405: return "method_not_allowed";
	case 406: return "not_acceptable";
	case 409: return "conflict";
	case 413: return "payload_too_large";
	case 415: return "unsupported_media_type";
	case 422: return "unprocessable";
	case 501: return "not_implemented";
	case 503: return "unavailable";
	default: return "internal";
	}
}

/* {"error": {"code": ..., "message": ...}} */
static void __attribute__((format(printf, 3, 4)))
api_error(struct api_req *r, int status, const char *fmt, ...)
{
	va_list	 ap;
	char	*msg;
	json_t	*j;

	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	j = json_pack("{s:{s:s, s:o}}", "error", "code",
	    api_error_code(status), "message", query_json_string(msg));
	api_reply_json(r, status, j);
	json_decref(j);
	free(msg);
}

/* Maps a query.c error to a reply; takes cause. */
static void
api_fail(struct api_req *r, int err, char *cause)
{
	int	status;

	switch (err) {
	case -EINVAL:
		status = 400;
		break;
	case -ENOENT:
		status = 404;
		break;
	case -EEXIST:
	case -EPERM:
		status = 409;
		break;
	default:
		status = 500;
		log_error("api: %s %s: %s", "request",
		    evhttp_request_get_uri(r->req), cause != NULL ? cause :
		    "failed");
		break;
	}
	api_error(r, status, "%s", cause != NULL ? cause : "failed");
	free(cause);
}

/*
 * Renders a whole (unpaged) result in the request's format; paged lists
 * go out as exports (api_export_start) in any format but JSON.
 */
static void
api_reply_rows(struct api_req *r, enum render_kind kind, json_t *result,
    const json_t *rows)
{
	struct buf	 b = { 0 };

	switch (r->format) {
	case RENDER_JSON:
		render_json(&b, result);
		break;
	case RENDER_CSV:
		render_csv(&b, kind, rows);
		break;
	case RENDER_ICS:
		render_ics(&b, kind, rows, util_now());
		break;
	case RENDER_GEOJSON:
		render_geojson(&b, kind, rows);
		break;
	}
	api_reply(r, 200, render_content_type(r->format), &b);
	buf_free(&b);
}

/* Parameters. */

static const char *
api_param(struct api_req *r, const char *name)
{
	return evhttp_find_header(&r->params, name);
}

/*
 * A date parameter, read with when_day_parse (the program's one date
 * parser): absent leaves *dst alone; a bad one replies 400 naming the
 * parameter and returns -1.
 */
static int
api_date(struct api_req *r, const char *name, struct when_date *dst)
{
	const char	*v;
	int32_t		 day;

	if ((v = api_param(r, name)) == NULL)
		return 0;
	if (when_day_parse(v, strlen(v), &day) != 0) {
		api_error(r, 400, "%s: expected a date YYYY-MM-DD", name);
		return -1;
	}
	dst->day = day;
	dst->prec = WHEN_PREC_DAY;
	return 0;
}

static int
api_country(struct api_req *r, const char *name, char out[3],
    const char **dst)
{
	const char	*v;

	if ((v = api_param(r, name)) == NULL)
		return 0;
	if (strlen(v) != 2 || !((v[0] | 0x20) >= 'a' && (v[0] | 0x20) <= 'z')
	    || !((v[1] | 0x20) >= 'a' && (v[1] | 0x20) <= 'z')) {
		api_error(r, 400, "%s: expected a two-letter ISO 3166 country "
		    "code, e.g. JP", name);
		return -1;
	}
	out[0] = (char)(v[0] & ~0x20);
	out[1] = (char)(v[1] & ~0x20);
	out[2] = '\0';
	*dst = out;
	return 0;
}

/* A text parameter: not empty, at most 200 bytes. */
static int
api_text(struct api_req *r, const char *name, const char **dst)
{
	const char	*v;

	if ((v = api_param(r, name)) == NULL)
		return 0;
	if (*v == '\0' || strlen(v) > 200) {
		api_error(r, 400, "%s: expected a non-empty value of at most "
		    "200 bytes", name);
		return -1;
	}
	*dst = v;
	return 0;
}

/* The values of status_now, as query.c writes them, and a URL-safe alias. */
static const struct {
	const char	*name;
	const char	*alias;
} api_statuses_now[] = {
	{ "past", "past" },
	{ "under way", "under_way" },
	{ "upcoming", "upcoming" },
	{ "cancelled", "cancelled" },
	{ "planned, not confirmed", "unconfirmed" },
	{ NULL, NULL },
};

/* Fills f from the query string; on a bad value replies 400, returns -1. */
static int
api_filter(struct api_req *r, struct query_filter *f)
{
	static const char *const statuses[] = { "planned", "ongoing",
	    "completed", "cancelled", NULL };
	const char	*v;
	long long	 n;
	char		*end;
	double		 d;
	int		 i;

	memset(f, 0, sizeof *f);
	if (api_text(r, "person", &f->person) != 0 ||
	    api_text(r, "role", &f->role) != 0 ||
	    api_text(r, "city", &f->city) != 0 ||
	    api_text(r, "q", &f->q) != 0 ||
	    api_country(r, "official_country", r->oc,
	    &f->official_country) != 0 ||
	    api_country(r, "dest_country", r->dc, &f->dest_country) != 0)
		return -1;
	if ((v = api_param(r, "feed")) != NULL) {
		if (!config_feed_name_ok(v)) {
			api_error(r, 400, "feed: expected a feed name (1 to 64 "
			    "of A-Z a-z 0-9 . _ -)");
			return -1;
		}
		f->feed = v;
	}
	if (api_date(r, "since", &f->since) != 0 ||
	    api_date(r, "until", &f->until) != 0)
		return -1;
	if (f->since.prec != WHEN_PREC_NONE &&
	    f->until.prec != WHEN_PREC_NONE && f->until.day < f->since.day) {
		api_error(r, 400, "until: expected a date on or after since "
		    "(%s)", api_param(r, "since"));
		return -1;
	}
	if ((v = api_param(r, "status")) != NULL) {
		for (i = 0; statuses[i] != NULL; i++)
			if (strcmp(v, statuses[i]) == 0)
				break;
		if (statuses[i] == NULL) {
			api_error(r, 400, "status: expected one of planned, "
			    "ongoing, completed, cancelled");
			return -1;
		}
		f->status = v;
	}
	if ((v = api_param(r, "status_now")) != NULL) {
		for (i = 0; api_statuses_now[i].name != NULL; i++)
			if (strcmp(v, api_statuses_now[i].name) == 0 ||
			    strcmp(v, api_statuses_now[i].alias) == 0)
				break;
		if (api_statuses_now[i].name == NULL) {
			api_error(r, 400, "status_now: expected one of past, "
			    "under way (or under_way), upcoming, cancelled, "
			    "planned, not confirmed (or unconfirmed)");
			return -1;
		}
		f->status_now = api_statuses_now[i].name;
	}
	if ((v = api_param(r, "sort")) != NULL) {
		for (i = 0; query_trip_sorts[i] != NULL; i++)
			if (strcmp(v, query_trip_sorts[i]) == 0)
				break;
		if (query_trip_sorts[i] == NULL) {
			api_error(r, 400, "sort: expected one of start, -start "
			    "(newest first, the default), updated, -updated");
			return -1;
		}
		f->sort = query_trip_sorts[i];
	}
	if ((v = api_param(r, "view")) != NULL) {
		if (strcmp(v, "upcoming") != 0) {
			api_error(r, 400, "view: expected upcoming");
			return -1;
		}
		f->upcoming = 1;
	}
	if ((v = api_param(r, "min_confidence")) != NULL) {
		errno = 0;
		d = strtod(v, &end);
		if (*v == '\0' || *end != '\0' || errno != 0 || !(d >= 0.0 &&
		    d <= 1.0)) {
			api_error(r, 400, "min_confidence: expected a number "
			    "from 0 to 1");
			return -1;
		}
		f->min_confidence = d;
		f->has_min_confidence = 1;
	}
	if ((v = api_param(r, "domestic")) != NULL) {
		if (strcmp(v, "true") != 0 && strcmp(v, "false") != 0) {
			api_error(r, 400, "domestic: expected true or false");
			return -1;
		}
		f->domestic = strcmp(v, "true") == 0;
		f->has_domestic = 1;
	}
	if ((v = api_param(r, "limit")) != NULL) {
		if (util_strtonum(v, 1, QUERY_LIMIT_MAX, &n) != 0) {
			api_error(r, 400, "limit: expected an integer from 1 "
			    "to %d", QUERY_LIMIT_MAX);
			return -1;
		}
		f->limit = (int)n;
	}
	f->cursor = api_param(r, "cursor");
	return 0;
}

/* The {id} path argument; replies 400 and returns -1 when bad. */
static int
api_id(struct api_req *r, const char *what, int64_t *id)
{
	long long	n;

	if (util_strtonum(r->args[0], 1, INT64_MAX, &n) != 0) {
		api_error(r, 400, "%s id: expected a positive integer, not "
		    "'%s'", what, r->args[0]);
		return -1;
	}
	*id = n;
	return 0;
}

/* Read handlers. */

typedef int (*api_list_fn)(struct query *, const struct query_filter *,
    json_t **, char **);

static void	api_export_start(struct api_req *, api_list_fn,
		    enum render_kind, const char *);

/* A list: a JSON page with its cursor, or in another format an export. */
static void
api_list(struct api_req *r, api_list_fn fn, enum render_kind kind,
    const char *key)
{
	struct query_filter	 f;
	json_t			*res;
	char			*cause = NULL;
	int			 err;

	if (r->format != RENDER_JSON) {
		api_export_start(r, fn, kind, key);
		return;
	}
	if (api_filter(r, &f) != 0)
		return;
	if ((err = fn(r->api->query, &f, &res, &cause)) != 0) {
		api_fail(r, err, cause);
		return;
	}
	api_reply_rows(r, kind, res, json_object_get(res, key));
	json_decref(res);
}

typedef int (*api_text_fn)(struct query *, const struct query_filter *,
    struct buf *, char **);

/*
 * An export: the whole filtered set in one document, streamed.  Rows are
 * read API_EXPORT_ROWS at a time (each batch its own read transaction,
 * following the list's keyset cursor, so no row comes twice and none is
 * skipped that existed throughout), rendered and sent as a chunk; the
 * next batch is read when the last is written, so no more than one
 * batch is held or queued however large the set.  A client
 * that hangs up ends it (api_conn_closed).
 */
struct api_export {
	struct api		*api;
	struct api_conn		*conn;
	struct evhttp_request	*req;
	api_list_fn		 fn;
	const char		*key;
	struct render_stream	 rs;
	struct query_filter	 f;		/* its strings: ours */
	char			*strs[9];
	char			 oc[3], dc[3];
	long long		 left;		/* rows to go; -1: all */
	int			 done;
};

static void	api_export_next(struct api_export *);

static void
api_export_free(struct api_export *e)
{
	size_t	i;

	if (e == NULL)
		return;
	for (i = 0; i < sizeof e->strs / sizeof e->strs[0]; i++)
		free(e->strs[i]);
	free((char *)e->f.cursor);
	free(e);
}

/* Copies the filter's strings, which live in the request's parameters. */
static void
api_export_own(struct api_export *e, const struct query_filter *f)
{
	const char	**p[] = { &e->f.person, &e->f.role, &e->f.city,
			    &e->f.q, &e->f.feed, &e->f.status,
			    &e->f.status_now, &e->f.sort, NULL };
	size_t		  i;

	e->f = *f;
	for (i = 0; p[i] != NULL; i++)
		if (*p[i] != NULL)
			*p[i] = e->strs[i] = xstrdup(*p[i]);
	if (f->official_country != NULL) {
		memcpy(e->oc, f->official_country, 3);
		e->f.official_country = e->oc;
	}
	if (f->dest_country != NULL) {
		memcpy(e->dc, f->dest_country, 3);
		e->f.dest_country = e->dc;
	}
	e->f.cursor = f->cursor != NULL ? xstrdup(f->cursor) : NULL;
}

/* The last chunk was written: the next batch. */
static void
api_export_drained(struct evhttp_connection *evcon, void *arg)
{
	struct api_export	*e = arg;

	(void)evcon;
	api_export_next(e);
}

/*
 * Reads and sends the next batch (or, on the last, the document's end).
 * An error after the headers went out can only cut the document short:
 * it is logged and the connection closed, so the client sees it broken
 * rather than complete.
 */
static void
api_export_next(struct api_export *e)
{
	struct api		*a = e->api;
	struct api_conn		*conn = e->conn;
	struct evhttp_request	*req = e->req;
	struct buf		 b = { 0 };
	struct evbuffer		*eb;
	json_t			*res = NULL, *rows, *next;
	char			*cause = NULL;
	int			 own, err;

	while (!e->done && b.len == 0) {
		e->f.limit = API_EXPORT_ROWS;
		if (e->left >= 0 && e->left < API_EXPORT_ROWS)
			e->f.limit = (int)e->left;
		own = query_begin(a->query) == 0;
		err = e->fn(a->query, &e->f, &res, &cause);
		if (own)
			query_end(a->query);
		if (err != 0) {
			log_error("api: export %s: %s", evhttp_request_get_uri(
			    e->req), cause != NULL ? cause : "failed");
			free(cause);
			buf_free(&b);
			evhttp_connection_free(e->conn->evcon);
			return;		/* closecb frees e */
		}
		rows = json_object_get(res, e->key);
		render_stream_rows(&e->rs, &b, rows);
		if (e->left >= 0)
			e->left -= (long long)json_array_size(rows);
		next = json_object_get(res, "next_cursor");
		free((char *)e->f.cursor);
		e->f.cursor = NULL;
		if (json_is_string(next) && e->left != 0)
			e->f.cursor = xstrdup(json_string_value(next));
		else {
			e->done = 1;
			render_stream_end(&e->rs, &b);
		}
		json_decref(res);
	}
	eb = evbuffer_new();
	evbuffer_add(eb, b.data, b.len);
	buf_free(&b);
	conn->writing = 1;
	if (!e->done)
		evhttp_send_reply_chunk_with_cb(req, eb, api_export_drained, e);
	else {
		conn->export = NULL;
		api_export_free(e);
		if (evbuffer_get_length(eb) > 0)
			evhttp_send_reply_chunk(req, eb);
		evhttp_send_reply_end(req);
	}
	conn->writing = 0;
	evbuffer_free(eb);
}

/* Starts the export of a list in r's (non-JSON) format. */
static void
api_export_start(struct api_req *r, api_list_fn fn, enum render_kind kind,
    const char *key)
{
	struct query_filter	 f;
	struct api_export	*e;
	struct evkeyvalq	*h;
	struct buf		 b = { 0 };
	struct evbuffer		*eb;
	json_t			*res;
	char			*cause = NULL;
	long long		 left;
	int			 err;

	if (api_filter(r, &f) != 0)
		return;
	/* limit caps an export's rows; without it, every row. */
	left = api_param(r, "limit") != NULL ? f.limit : -1;
	/* A bad cursor or sort is a 400 before anything is sent. */
	f.limit = 1;
	if ((err = fn(r->api->query, &f, &res, &cause)) != 0) {
		api_fail(r, err, cause);
		return;
	}
	json_decref(res);
	h = evhttp_request_get_output_headers(r->req);
	evhttp_add_header(h, "Content-Type", render_content_type(r->format));
	if (evhttp_request_get_command(r->req) == EVHTTP_REQ_HEAD) {
		api_reply(r, 200, NULL, NULL);
		return;
	}
	e = xcalloc(1, sizeof *e);
	e->api = r->api;
	e->conn = r->conn;
	e->req = r->req;
	e->fn = fn;
	e->key = key;
	api_export_own(e, &f);
	e->left = left;
	r->conn->export = e;
	api_count(r->api, 200);
	r->conn->writing = 1;
	evhttp_send_reply_start(r->req, 200, "OK");
	render_stream_begin(&e->rs, &b, r->format, kind, util_now());
	eb = evbuffer_new();
	evbuffer_add(eb, b.data, b.len);
	buf_free(&b);
	evhttp_send_reply_chunk_with_cb(r->req, eb, api_export_drained, e);
	evbuffer_free(eb);
	r->conn->writing = 0;
}

/* JSON replies of the hot lists go out as query.c's text. */
static void
api_list_text(struct api_req *r, api_text_fn text, api_list_fn fn,
    enum render_kind kind, const char *key)
{
	struct query_filter	 f;
	struct buf		 b = { 0 };
	char			*cause = NULL;
	int			 err;

	if (r->format != RENDER_JSON) {
		api_list(r, fn, kind, key);
		return;
	}
	if (api_filter(r, &f) != 0)
		return;
	if ((err = text(r->api->query, &f, &b, &cause)) != 0) {
		buf_free(&b);
		api_fail(r, err, cause);
		return;
	}
	api_reply_take(r, 200, "application/json", &b);
}

static void
api_trips(struct api_req *r)
{
	api_list_text(r, query_trips_json, query_trips, RENDER_TRIPS,
	    "trips");
}

static void
api_legs(struct api_req *r)
{
	api_list_text(r, query_legs_json, query_legs, RENDER_LEGS, "legs");
}

static void
api_officials(struct api_req *r)
{
	api_list(r, query_officials, RENDER_OFFICIALS, "officials");
}

static void
api_places(struct api_req *r)
{
	api_list(r, query_places, RENDER_PLACES, "places");
}

static void
api_articles(struct api_req *r)
{
	api_list(r, query_articles, RENDER_ARTICLES, "articles");
}

/*
 * Looks up the one object /v1/WHAT/{id} names with get.  Returns it (the
 * caller json_decref()s), or NULL after replying 400, 404 or 500.
 */
static json_t *
api_one(struct api_req *r, const char *what,
    int (*get)(struct query *, int64_t, json_t **, char **))
{
	json_t	*obj;
	char	*cause = NULL;
	int64_t	 id;
	int	 err;

	if (api_id(r, what, &id) != 0)
		return NULL;
	if ((err = get(r->api->query, id, &obj, &cause)) != 0) {
		if (err == -ENOENT)
			api_error(r, 404, "no %s with id %lld", what,
			    (long long)id);
		else
			api_fail(r, err, cause);
		return NULL;
	}
	return obj;
}

static void
api_trip(struct api_req *r)
{
	json_t	*trip;

	if ((trip = api_one(r, "trip", query_trip)) == NULL)
		return;
	api_reply_rows(r, RENDER_LEGS, trip, json_object_get(trip, "legs"));
	json_decref(trip);
}

static void
api_leg(struct api_req *r)
{
	json_t	*leg;

	if ((leg = api_one(r, "leg", query_leg)) == NULL)
		return;
	api_reply_json(r, 200, leg);
	json_decref(leg);
}

static void
api_official(struct api_req *r)
{
	json_t	*o;

	if ((o = api_one(r, "official", query_official)) == NULL)
		return;
	api_reply_json(r, 200, o);
	json_decref(o);
}

static void
api_article(struct api_req *r)
{
	json_t	*a;

	if ((a = api_one(r, "article", query_article)) == NULL)
		return;
	api_reply_json(r, 200, a);
	json_decref(a);
}

static int	api_conn_admin(struct api *, struct api_conn *);

/*
 * Feed URLs may carry credentials or tokens: redacted (util_redact_url)
 * for everyone but admins on the Unix socket, who manage the feeds; the
 * event stream, which any client may read, always has them redacted.
 */
static void
api_redact_feed(json_t *feed)
{
	json_t	*v;
	char	*red;

	v = json_object_get(feed, "url");
	if (!json_is_string(v))
		return;
	red = util_redact_url(json_string_value(v));
	json_object_set_new(feed, "url", query_json_string(red));
	free(red);
}

static int
api_redacts(struct api_req *r)
{
	return !r->conn->local || !api_conn_admin(r->api, r->conn);
}

static void
api_feeds(struct api_req *r)
{
	json_t	*res, *feed;
	char	*cause = NULL;
	size_t	 i;
	int	 err;

	if ((err = query_feeds(r->api->query, &res, &cause)) != 0) {
		api_fail(r, err, cause);
		return;
	}
	if (api_redacts(r))
		json_array_foreach(json_object_get(res, "feeds"), i, feed)
			api_redact_feed(feed);
	api_reply_rows(r, RENDER_FEEDS, res, json_object_get(res, "feeds"));
	json_decref(res);
}

static void
api_feed_get(struct api_req *r)
{
	json_t	*feed;
	char	*cause = NULL;
	int	 err;

	if ((err = query_feed(r->api->query, r->args[0], &feed,
	    &cause)) != 0) {
		if (err == -ENOENT) {
			api_error(r, 404, "no feed named '%s'", r->args[0]);
			return;
		}
		api_fail(r, err, cause);
		return;
	}
	if (api_redacts(r))
		api_redact_feed(feed);
	api_reply_json(r, 200, feed);
	json_decref(feed);
}

/* Request bodies. */

/*
 * Parses the request body as a JSON object; replies 400 (or 415) and
 * returns NULL when it is not one.
 */
static json_t *
api_body_json(struct api_req *r)
{
	struct evbuffer	*in;
	json_error_t	 je;
	json_t		*j;
	const char	*ct;
	size_t		 len;

	ct = evhttp_find_header(evhttp_request_get_input_headers(r->req),
	    "Content-Type");
	/* curl -d sends form encoding unless told otherwise: let it pass. */
	if (ct != NULL && strncasecmp(ct, "application/json", 16) != 0 &&
	    strncasecmp(ct, "application/x-www-form-urlencoded", 33) != 0) {
		api_error(r, 415, "expected a JSON body (Content-Type: "
		    "application/json), not %s", ct);
		return NULL;
	}
	in = evhttp_request_get_input_buffer(r->req);
	len = evbuffer_get_length(in);
	if (len == 0) {
		api_error(r, 400, "empty request body: expected a JSON object "
		    "such as {\"name\": \"NAME\", \"url\": \"URL\"}");
		return NULL;
	}
	j = json_loadb((const char *)evbuffer_pullup(in, -1), len,
	    JSON_REJECT_DUPLICATES, &je);
	if (j == NULL) {
		api_error(r, 400, "body: expected a JSON object: %s (at "
		    "character %d)", je.text, je.position);
		return NULL;
	}
	if (!json_is_object(j)) {
		json_decref(j);
		api_error(r, 400, "body: expected a JSON object");
		return NULL;
	}
	return j;
}

/* Checks that o has only the named members; replies 400 if not. */
static int
api_members(struct api_req *r, json_t *o, const char *const *allowed)
{
	const char	*key;
	json_t		*v;
	int		 i;

	json_object_foreach(o, key, v) {
		for (i = 0; allowed[i] != NULL; i++)
			if (strcmp(key, allowed[i]) == 0)
				break;
		if (allowed[i] == NULL) {
			api_error(r, 400, "body: unknown member '%s'", key);
			return -1;
		}
	}
	return 0;
}

/*
 * "interval": seconds (integer) or a duration string ("15m"), at least a
 * minute unless url's host is loopback (config_interval_ok).
 */
static int
api_interval(struct api_req *r, json_t *v, const char *url, long long *out)
{
	long long	n = -1;

	if (json_is_integer(v))
		n = json_integer_value(v);
	else if (json_is_string(v) &&
	    util_parse_duration(json_string_value(v), &n) != 0)
		n = -1;
	if (n < 1 || n > 7 * 86400) {
		api_error(r, 400, "interval: expected seconds or a duration "
		    "such as \"15m\", from 1m (1s for loopback hosts) to 7d");
		return -1;
	}
	if (!config_interval_ok(url, n)) {
		api_error(r, 400, "interval: expected at least 1m for a remote "
		    "host, got %llds (only loopback hosts may be polled more "
		    "often)", n);
		return -1;
	}
	*out = n;
	return 0;
}

/*
 * "tags": an array of strings or a comma-separated string -> "a,b", each
 * tag trimmed (config_tags_normalize, as the config file's tags).
 */
static int
api_tags(struct api_req *r, json_t *v, char **out)
{
	struct buf	 b = { 0 };
	json_t		*e;
	size_t		 i;

	char		*t;

	if (json_is_string(v)) {
		*out = config_tags_normalize(json_string_value(v));
		return 0;
	}
	if (!json_is_array(v))
		goto bad;
	json_array_foreach(v, i, e) {
		if (!json_is_string(e) || strchr(json_string_value(e), ',') !=
		    NULL)
			goto bad;
		t = config_tags_normalize(json_string_value(e));
		if (*t == '\0') {
			free(t);
			goto bad;
		}
		if (b.len > 0)
			buf_addc(&b, ',');
		buf_adds(&b, t);
		free(t);
	}
	*out = b.data != NULL ? buf_steal(&b) : xstrdup("");
	return 0;
bad:
	buf_free(&b);
	api_error(r, 400, "tags: expected an array of non-empty strings "
	    "without commas");
	return -1;
}

/*
 * Tells the daemon and the event stream that a feed changed; the event
 * carries the feed's new state (none when it was removed).
 */
static void
api_feeds_changed(struct api *a, const char *name, const char *change)
{
	json_t	*j, *feed = NULL;
	char	*s, *cause = NULL;

	if (a->hooks.feeds_changed != NULL)
		a->hooks.feeds_changed(a->hooks.arg);
	j = json_pack("{s:s, s:s}", "name", name, "change", change);
	if (query_feed(a->query, name, &feed, &cause) == 0) {
		api_redact_feed(feed);
		json_object_set_new(j, "feed", feed);
	}
	free(cause);
	if ((s = json_dumps(j, JSON_COMPACT)) != NULL)
		api_event(a, "feed", s);
	free(s);
	json_decref(j);
}

/* Replies with the feed's current state and status code. */
static void
api_reply_feed(struct api_req *r, int code, const char *name)
{
	json_t	*feed;
	char	*cause = NULL;
	int	 err;

	if ((err = query_feed(r->api->query, name, &feed, &cause)) != 0) {
		api_fail(r, err, cause);
		return;
	}
	api_reply_json(r, code, feed);
	json_decref(feed);
}

/*
 * Is url already fetched by a feed other than self (NULL: any)?  Replies
 * 409 naming that feed and returns -1; 0 when it is free.
 */
static int
api_feed_url_free(struct api_req *r, const char *url, const char *self)
{
	json_t		*res, *f;
	const char	*name, *u;
	char		*cause = NULL;
	size_t		 i;
	int		 err;

	if ((err = query_feeds(r->api->query, &res, &cause)) != 0) {
		api_fail(r, err, cause);
		return -1;
	}
	json_array_foreach(json_object_get(res, "feeds"), i, f) {
		name = json_string_value(json_object_get(f, "name"));
		u = json_string_value(json_object_get(f, "url"));
		if (name == NULL || u == NULL || strcmp(u, url) != 0 ||
		    (self != NULL && strcmp(name, self) == 0))
			continue;
		api_error(r, 409, "url: feed '%s' already fetches %s", name,
		    url);
		json_decref(res);
		return -1;
	}
	json_decref(res);
	return 0;
}

static void
api_feed_add(struct api_req *r)
{
	static const char *const members[] = { "name", "url", "interval",
	    "tags", NULL };
	json_t		*b, *v;
	const char	*name, *url;
	char		*tags = NULL, *cause = NULL, *loc;
	long long	 iv;
	int		 err;

	if ((b = api_body_json(r)) == NULL)
		return;
	if (api_members(r, b, members) != 0)
		goto out;
	name = json_string_value(json_object_get(b, "name"));
	url = json_string_value(json_object_get(b, "url"));
	if (name == NULL || !config_feed_name_ok(name)) {
		api_error(r, 400, "name: expected a feed name (1 to 64 of "
		    "A-Z a-z 0-9 . _ -)");
		goto out;
	}
	if (url == NULL || !config_feed_url_ok(url)) {
		api_error(r, 400, "url: expected an http:// or https:// URL "
		    "with a host");
		goto out;
	}
	if (api_feed_url_free(r, url, NULL) != 0)
		goto out;
	iv = r->api->conf->poll_interval_s;
	if ((v = json_object_get(b, "interval")) != NULL &&
	    api_interval(r, v, url, &iv) != 0)
		goto out;
	if ((v = json_object_get(b, "tags")) != NULL &&
	    api_tags(r, v, &tags) != 0)
		goto out;
	if ((err = query_feed_add(r->api->query, name, url, iv, tags,
	    &cause)) != 0) {
		api_fail(r, err, cause);
		goto out;
	}
	api_feeds_changed(r->api, name, "added");
	loc = xasprintf("/v1/feeds/%s", name);
	evhttp_add_header(evhttp_request_get_output_headers(r->req),
	    "Location", loc);
	free(loc);
	api_reply_feed(r, 201, name);
out:
	free(tags);
	json_decref(b);
}

/*
 * DELETE /v1/feeds/{name}: the feed goes, its articles stay (those only
 * it carried move to the import feed; see ingest_remove_feed).  409 for a
 * config feed or the import feed.
 */
static void
api_feed_remove(struct api_req *r)
{
	char	*cause = NULL;
	int	 err;

	if ((err = ingest_remove_feed(r->api->store, r->args[0], NULL,
	    &cause)) != 0) {
		api_fail(r, err, cause);
		return;
	}
	api_feeds_changed(r->api, r->args[0], "removed");
	api_reply(r, 204, NULL, NULL);
}

/*
 * PATCH: paused is the daemon's own state; the other members are what a
 * [feed] section says, so for a feed from the config file they are
 * refused (409), as its removal is: the next reload would undo them.
 */
static void
api_feed_update(struct api_req *r)
{
	static const char *const members[] = { "paused", "enabled",
	    "interval", "url", "tags", NULL };
	struct query_feed_change c = { -1, -1, -1, NULL, NULL };
	json_t		*b, *v, *feed = NULL;
	const char	*origin, *url;
	char		*tags = NULL, *cause = NULL;
	int		 err;

	if ((b = api_body_json(r)) == NULL)
		return;
	if (api_members(r, b, members) != 0)
		goto out;
	if (json_object_size(b) == 0) {
		api_error(r, 400, "body: expected at least one of paused, "
		    "enabled, interval, url, tags");
		goto out;
	}
	if ((err = query_feed(r->api->query, r->args[0], &feed,
	    &cause)) != 0) {
		if (err == -ENOENT) {
			free(cause);
			api_error(r, 404, "no feed named '%s'", r->args[0]);
		} else
			api_fail(r, err, cause);
		goto out;
	}
	origin = json_string_value(json_object_get(feed, "origin"));
	if (origin != NULL && strcmp(origin, "config") == 0 &&
	    (json_object_size(b) > 1 || json_object_get(b, "paused") ==
	    NULL)) {
		api_error(r, 409, "feed '%s' comes from the config file: change "
		    "its [feed %s] section there and reload (only paused can "
		    "be changed here)", r->args[0], r->args[0]);
		goto out;
	}
	if ((v = json_object_get(b, "paused")) != NULL) {
		if (!json_is_boolean(v)) {
			api_error(r, 400, "paused: expected true or false");
			goto out;
		}
		c.paused = json_is_true(v);
	}
	if ((v = json_object_get(b, "enabled")) != NULL) {
		if (!json_is_boolean(v)) {
			api_error(r, 400, "enabled: expected true or false");
			goto out;
		}
		c.enabled = json_is_true(v);
	}
	if ((v = json_object_get(b, "url")) != NULL) {
		if (!json_is_string(v) ||
		    !config_feed_url_ok(json_string_value(v))) {
			api_error(r, 400, "url: expected an http:// or "
			    "https:// URL with a host");
			goto out;
		}
		c.url = json_string_value(v);
		if (api_feed_url_free(r, c.url, r->args[0]) != 0)
			goto out;
	}
	url = c.url != NULL ? c.url :
	    json_string_value(json_object_get(feed, "url"));
	if ((v = json_object_get(b, "interval")) != NULL) {
		if (api_interval(r, v, url != NULL ? url : "", &c.interval_s)
		    != 0)
			goto out;
	} else if (c.url != NULL && !config_interval_ok(c.url,
	    json_integer_value(json_object_get(feed, "interval")))) {
		api_error(r, 400, "interval: expected at least 1m for a remote "
		    "host, and the feed's is %llds: give a new interval with "
		    "the url", (long long)json_integer_value(
		    json_object_get(feed, "interval")));
		goto out;
	}
	if ((v = json_object_get(b, "tags")) != NULL) {
		if (api_tags(r, v, &tags) != 0)
			goto out;
		c.tags = tags;
	}
	if ((err = query_feed_update(r->api->query, r->args[0], &c,
	    &cause)) != 0) {
		api_fail(r, err, cause);
		goto out;
	}
	api_feeds_changed(r->api, r->args[0], "updated");
	api_reply_feed(r, 200, r->args[0]);
out:
	free(tags);
	json_decref(feed);
	json_decref(b);
}

static void
api_poll(struct api_req *r)
{
	const char	*name;
	char		*cause = NULL;
	json_t		*j;
	int		 err;

	name = api_param(r, "feed");
	if (name != NULL && !config_feed_name_ok(name)) {
		api_error(r, 400, "feed: expected a feed name (1 to 64 of "
		    "A-Z a-z 0-9 . _ -)");
		return;
	}
	if (r->api->hooks.poll == NULL) {
		api_error(r, 501, "polling is not available");
		return;
	}
	if ((err = r->api->hooks.poll(r->api->hooks.arg, name,
	    &cause)) != 0) {
		if (err == -ENOENT)
			api_error(r, 404, "%s", cause != NULL ? cause :
			    "no such feed");
		else
			api_error(r, err == -EINVAL || err == -EBUSY ? 409 :
			    500, "poll: %s", cause != NULL ? cause : "failed");
		free(cause);
		return;
	}
	j = json_pack("{s:s, s:s?}", "poll", "started", "feed", name);
	api_reply_json(r, 202, j);
	json_decref(j);
}

/* Does the body start as a feed document would: '<' or '{'? */
static int
api_looks_like_feed(const unsigned char *p, size_t len)
{
	size_t	i = 0;

	if (len >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
		i = 3;		/* UTF-8 BOM */
	while (i < len && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' ||
	    p[i] == '\n'))
		i++;
	return i < len && (p[i] == '<' || p[i] == '{');
}

/*
 * POST /v1/import: the body is a feed document (RSS, Atom or JSON Feed),
 * stored as if fetched from the feed named by ?feed= (default "import",
 * the feed `itinerd --import` files under).  The work is a job on the
 * ingest worker: the answer is 202 with the job (state "queued") and
 * Location: /v1/jobs/{id}; the job says how it went.  Refused at once:
 * an empty body or one that cannot start a feed document (422), an
 * unknown ?feed= (404), too many jobs queued (503).
 */
static void
api_import(struct api_req *r)
{
	struct api	*a = r->api;
	struct evbuffer	*in;
	const char	*name;
	const unsigned char *body;
	char		*cause = NULL, *loc;
	json_t		*j, *feed;
	long long	 id;
	size_t		 len;
	int		 err;

	name = api_param(r, "feed");
	if (name != NULL && !config_feed_name_ok(name)) {
		api_error(r, 400, "feed: expected a feed name (1 to 64 of "
		    "A-Z a-z 0-9 . _ -)");
		return;
	}
	if (a->hooks.import == NULL || a->hooks.job == NULL) {
		api_error(r, 501, "import is not available");
		return;
	}
	in = evhttp_request_get_input_buffer(r->req);
	len = evbuffer_get_length(in);
	body = len > 0 ? evbuffer_pullup(in, -1) : NULL;
	if (len == 0 || !api_looks_like_feed(body, len)) {
		api_error(r, 422, "body: expected a feed document (RSS, Atom "
		    "or JSON Feed)");
		return;
	}
	if (name != NULL) {
		if ((err = query_feed(a->query, name, &feed, &cause)) != 0) {
			if (err == -ENOENT && cause == NULL)
				cause = xasprintf("no feed named '%s'", name);
			api_fail(r, err, cause);
			return;
		}
		json_decref(feed);
	}
	if ((err = a->hooks.import(a->hooks.arg, (const char *)body, len,
	    name, &id, &cause)) != 0) {
		api_error(r, err == -EAGAIN ? 503 : 500, "import: %s",
		    cause != NULL ? cause : "failed");
		free(cause);
		return;
	}
	loc = xasprintf("/v1/jobs/%lld", id);
	evhttp_add_header(evhttp_request_get_output_headers(r->req),
	    "Location", loc);
	free(loc);
	j = a->hooks.job(a->hooks.arg, id);
	api_reply_json(r, 202, j);
	json_decref(j);
}

/* GET /v1/jobs: the jobs the daemon remembers, newest first. */
static void
api_jobs(struct api_req *r)
{
	json_t	*j;

	if (r->api->hooks.job == NULL ||
	    (j = r->api->hooks.job(r->api->hooks.arg, 0)) == NULL) {
		api_error(r, 501, "jobs are not available");
		return;
	}
	api_reply_json(r, 200, j);
	json_decref(j);
}

/* GET /v1/jobs/{id}: one job's state and counts. */
static void
api_job(struct api_req *r)
{
	json_t	*j;
	int64_t	 id;

	if (api_id(r, "job", &id) != 0)
		return;
	if (r->api->hooks.job == NULL ||
	    (j = r->api->hooks.job(r->api->hooks.arg, id)) == NULL) {
		api_error(r, 404, "no job %lld (finished jobs are kept until "
		    "%d newer ones have ended, and not across restarts)",
		    (long long)id, 64);
		return;
	}
	api_reply_json(r, 200, j);
	json_decref(j);
}

static void
api_reload(struct api_req *r)
{
	char	*cause = NULL;
	json_t	*j;
	int	 err;

	if (r->api->hooks.reload == NULL) {
		api_error(r, 501, "reload is not available");
		return;
	}
	if ((err = r->api->hooks.reload(r->api->hooks.arg, &cause)) != 0) {
		api_error(r, 422, "reload refused, the running configuration "
		    "stays: %s", cause != NULL ? cause : "failed");
		free(cause);
		return;
	}
	j = json_pack("{s:b}", "reloaded", 1);
	api_reply_json(r, 200, j);
	json_decref(j);
}

static void
api_health(struct api_req *r)
{
	struct api	*a = r->api;
	json_t		*stats = NULL, *j, *db;
	char		*cause = NULL;
	const char	*gone = NULL;
	int		 ok;

	/* A database deleted under us still reads: check the file first. */
	if (store_check(a->store, &gone) != 0) {
		ok = 0;
		cause = xstrdup(gone);
	} else
		ok = query_stats(a->query, &stats, &cause) == 0;
	db = json_pack("{s:s, s:b}", "path", store_path(a->store), "ok", ok);
	if (ok) {
		json_object_set(db, "schema_version",
		    json_object_get(stats, "schema_version"));
		json_object_set(db, "schema_latest",
		    json_object_get(stats, "schema_latest"));
	} else {
		json_object_set_new(db, "error", query_json_string(cause));
		free(cause);
	}
	j = json_pack("{s:s, s:s, s:I, s:o, s:{s:i, s:i}}",
	    "status", ok ? "ok" : "degraded", "version", ITINERD_VERSION,
	    "uptime_s", (json_int_t)(util_now() - a->started),
	    "database", db, "api", "connections", a->nconns,
	    "event_clients", a->nsse);
	if (!ok)
		json_object_set_new(j, "reason", query_json_string(
		    json_string_value(json_object_get(db, "error"))));
	if (ok) {
		json_object_set_new(j, "counts", json_pack(
		    "{s:O, s:O, s:O, s:O, s:O, s:O}",
		    "feeds", json_object_get(stats, "feeds"),
		    "articles", json_object_get(stats, "articles"),
		    "officials", json_object_get(stats, "officials"),
		    "places", json_object_get(stats, "places"),
		    "legs", json_object_get(stats, "legs"),
		    "trips", json_object_get(stats, "trips")));
		json_decref(stats);
	}
	api_reply_json(r, ok ? 200 : 503, j);
	json_decref(j);
}

static long long
api_stat(json_t *stats, const char *key)
{
	return (long long)json_integer_value(json_object_get(stats, key));
}

/* Fetches by outcome since start, counted by the poller. */
static void
api_metrics_fetches(struct api *a, struct buf *b)
{
	const struct poller_stats	*ps;
	int				 o;

	if (a->hooks.stats == NULL ||
	    (ps = a->hooks.stats(a->hooks.arg)) == NULL)
		return;
	buf_adds(b, "# HELP itinerd_fetches_total Feed fetches since start, "
	    "by outcome.\n# TYPE itinerd_fetches_total counter\n");
	for (o = 0; o < POLLER_OUTCOMES; o++)
		buf_printf(b, "itinerd_fetches_total{outcome=\"%s\"} %llu\n",
		    poller_outcome_name((enum poller_outcome)o),
		    ps->fetches[o]);
	buf_printf(b, "# HELP itinerd_new_articles_total Articles stored "
	    "since start, by fetches and import jobs.\n"
	    "# TYPE itinerd_new_articles_total counter\n"
	    "itinerd_new_articles_total %llu\n"
	    "# HELP itinerd_extracted_legs_total Legs extracted since start, "
	    "by fetches and import jobs.\n"
	    "# TYPE itinerd_extracted_legs_total counter\n"
	    "itinerd_extracted_legs_total %llu\n", ps->new_articles,
	    ps->legs);
}

/* The listeners' connection figures, labelled listener="unix"|"tcp". */
static void
api_metrics_listeners(struct buf *b, const struct api *a)
{
	static const struct {
		const char	*metric, *type, *help;
	} rows[] = {
		{ "itinerd_api_listener_connections", "gauge",
		  "Connections accepted and open, by listener." },
		{ "itinerd_api_listener_cap", "gauge",
		  "max_connections in force, by listener." },
		{ "itinerd_api_listener_refused_total", "counter",
		  "Connections beyond the cap, by listener." },
		{ "itinerd_api_listener_timeouts_total", "counter",
		  "Requests not read within a deadline, by listener." },
	};
	const struct api_listener	*ls[2] = { &a->unix_l, &a->tcp_l };
	const char			*names[2] = { "unix", "tcp" };
	unsigned long long		 v;
	size_t				 i, k;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		buf_printf(b, "# HELP %s %s\n# TYPE %s %s\n", rows[i].metric,
		    rows[i].help, rows[i].metric, rows[i].type);
		for (k = 0; k < 2; k++) {
			if (ls[k]->http == NULL)
				continue;
			v = i == 0 ? (unsigned long long)ls[k]->nconns :
			    i == 1 ? (unsigned long long)ls[k]->cap :
			    i == 2 ? ls[k]->refused : ls[k]->timeouts;
			buf_printf(b, "%s{listener=\"%s\"} %llu\n",
			    rows[i].metric, names[k], v);
		}
	}
}

static void
api_metrics(struct api_req *r)
{
	struct api	*a = r->api;
	struct buf	 b = { 0 };
	json_t		*s;
	char		*cause = NULL;
	int		 err, i;
	static const char *const tables[] = { "feeds", "articles",
	    "officials", "places", "legs", "trips", "leg_sources", NULL };
	static const char *const outcomes[] = { "ok", "not_modified",
	    "error", "never", NULL };
	char		 key[32];

	if ((err = query_stats(a->query, &s, &cause)) != 0) {
		api_fail(r, err, cause);
		return;
	}
	buf_printf(&b, "# HELP itinerd_info Version of the running itinerd.\n"
	    "# TYPE itinerd_info gauge\nitinerd_info{version=\"%s\"} 1\n"
	    "# HELP itinerd_uptime_seconds Seconds since the API started.\n"
	    "# TYPE itinerd_uptime_seconds gauge\n"
	    "itinerd_uptime_seconds %lld\n", ITINERD_VERSION,
	    (long long)(util_now() - a->started));
	buf_printf(&b, "# HELP itinerd_schema_version Schema version of the "
	    "database.\n# TYPE itinerd_schema_version gauge\n"
	    "itinerd_schema_version %lld\n", api_stat(s, "schema_version"));
	buf_adds(&b, "# HELP itinerd_rows Rows stored, by table.\n"
	    "# TYPE itinerd_rows gauge\n");
	for (i = 0; tables[i] != NULL; i++)
		buf_printf(&b, "itinerd_rows{table=\"%s\"} %lld\n", tables[i],
		    api_stat(s, tables[i]));
	buf_printf(&b, "# HELP itinerd_articles Articles stored.\n"
	    "# TYPE itinerd_articles gauge\nitinerd_articles %lld\n"
	    "# HELP itinerd_legs Itinerary legs stored.\n"
	    "# TYPE itinerd_legs gauge\nitinerd_legs %lld\n"
	    "# HELP itinerd_trips Trips stored.\n"
	    "# TYPE itinerd_trips gauge\nitinerd_trips %lld\n",
	    api_stat(s, "articles"), api_stat(s, "legs"),
	    api_stat(s, "trips"));
	buf_printf(&b, "# HELP itinerd_feed_fetches_total Fetches made, all "
	    "feeds (from the feeds table).\n"
	    "# TYPE itinerd_feed_fetches_total counter\n"
	    "itinerd_feed_fetches_total %lld\n", api_stat(s, "fetches"));
	buf_adds(&b, "# HELP itinerd_feeds_by_last_outcome Feeds by the "
	    "outcome of their last fetch.\n"
	    "# TYPE itinerd_feeds_by_last_outcome gauge\n");
	for (i = 0; outcomes[i] != NULL; i++) {
		snprintf(key, sizeof key, "feeds_%s", outcomes[i]);
		buf_printf(&b, "itinerd_feeds_by_last_outcome{outcome=\"%s\"} "
		    "%lld\n", outcomes[i], api_stat(s, key));
	}
	buf_printf(&b, "# HELP itinerd_feed_consecutive_errors Consecutive "
	    "failed fetches, summed over feeds.\n"
	    "# TYPE itinerd_feed_consecutive_errors gauge\n"
	    "itinerd_feed_consecutive_errors %lld\n"
	    "# HELP itinerd_feeds_paused Feeds paused.\n"
	    "# TYPE itinerd_feeds_paused gauge\nitinerd_feeds_paused %lld\n"
	    "# HELP itinerd_feeds_disabled Feeds disabled.\n"
	    "# TYPE itinerd_feeds_disabled gauge\n"
	    "itinerd_feeds_disabled %lld\n",
	    api_stat(s, "consecutive_errors"), api_stat(s, "feeds_paused"),
	    api_stat(s, "feeds_disabled"));
	api_metrics_fetches(a, &b);
	buf_printf(&b, "# HELP itinerd_extraction_seconds Time spent "
	    "extracting legs from articles.\n"
	    "# TYPE itinerd_extraction_seconds summary\n"
	    "itinerd_extraction_seconds_sum %.6f\n"
	    "itinerd_extraction_seconds_count %lld\n",
	    (double)api_stat(s, "extraction_micros") / 1e6,
	    api_stat(s, "extractions"));
	buf_adds(&b, "# HELP itinerd_api_requests_total API requests "
	    "answered, by HTTP status.\n"
	    "# TYPE itinerd_api_requests_total counter\n");
	for (i = 0; i < API_NSTATUS && a->status[i].code != 0; i++)
		buf_printf(&b, "itinerd_api_requests_total{code=\"%d\"} %llu\n",
		    a->status[i].code, a->status[i].count);
	buf_printf(&b, "# HELP itinerd_api_connections Open API "
	    "connections.\n# TYPE itinerd_api_connections gauge\n"
	    "itinerd_api_connections %d\n"
	    "# HELP itinerd_api_event_clients Clients of /v1/events.\n"
	    "# TYPE itinerd_api_event_clients gauge\n"
	    "itinerd_api_event_clients %d\n"
	    "# HELP itinerd_api_event_clients_dropped_total Event clients "
	    "cut off for not reading.\n"
	    "# TYPE itinerd_api_event_clients_dropped_total counter\n"
	    "itinerd_api_event_clients_dropped_total %llu\n",
	    a->nconns, a->nsse, a->events_dropped);
	api_metrics_listeners(&b, a);
	json_decref(s);
	api_reply(r, 200, "text/plain; version=0.0.4; charset=utf-8", &b);
	buf_free(&b);
}

static const char *api_method_name(int);

static void
api_index(struct api_req *r)
{
	json_t	*j, *routes;
	size_t	 i;

	routes = json_array();
	for (i = 0; i < API_NROUTES; i++)
		json_array_append_new(routes, json_pack("{s:s, s:s}",
		    "method", api_method_name((int)api_routes[i].method),
		    "path", api_routes[i].pattern));
	j = json_pack("{s:s, s:o}", "version", ITINERD_VERSION, "routes",
	    routes);
	api_reply_json(r, 200, j);
	json_decref(j);
}

/* The dashboard (web.c has the files). */

/* Sends a dashboard file, or 304 when the client has this version. */
static void
api_web_reply(struct api_req *r, const struct web_asset *w)
{
	struct buf	 b = { (char *)w->data, w->len, 0 };
	const char	*inm;

	web_headers(w, evhttp_request_get_output_headers(r->req));
	inm = evhttp_find_header(evhttp_request_get_input_headers(r->req),
	    "If-None-Match");
	if (web_not_modified(w, inm)) {
		api_reply(r, 304, NULL, NULL);
		return;
	}
	api_reply(r, 200, NULL, &b);
}

static void
api_page(struct api_req *r)
{
	api_web_reply(r, web_index(r->api->web));
}

static void
api_asset(struct api_req *r)
{
	const struct web_asset	*w;

	if ((w = web_find(r->api->web, r->args[0])) == NULL) {
		api_error(r, 404, "no such asset: %s", r->args[0]);
		return;
	}
	api_web_reply(r, w);
}

/* Server-sent events. */

/* The oldest event the ring still holds. */
static unsigned long long
api_sse_oldest(const struct api *a)
{
	return a->event_id - a->nring + 1;
}

/* Cuts an event client off; closecb unlinks it. */
static void
api_sse_drop(struct api *a, struct api_conn *c, const char *why)
{
	a->events_dropped++;
	log_info("api: event client (pid %ld) %s; disconnected", (long)c->pid,
	    why);
	evhttp_connection_free(c->evcon);
}

static void	api_sse_flush(struct api *, struct api_conn *);

/* evhttp wrote all we gave it: the next batch. */
static void
api_sse_drained(struct evhttp_connection *evcon, void *arg)
{
	struct api_conn	*c = arg;

	(void)evcon;
	api_sse_flush(c->api, c);
}

/*
 * Moves the events the client has not had from the ring to its
 * connection, rendered in full, up to API_SSE_BATCH bytes at a time; the
 * rest follow as it reads.  A client the ring has moved past (it read
 * too slowly for too long) is cut off.  With nothing to send and
 * keepalive set, sends a comment line instead.
 */
static void
api_sse_send(struct api *a, struct api_conn *c, int keepalive)
{
	static const char	 ping[] = ": keep-alive\n\n";
	struct evbuffer		*out, *eb;
	struct api_sse_event	*e;
	size_t			 len;
	char			*full;

	if (c->sse_next <= a->event_id && c->sse_next < api_sse_oldest(a)) {
		api_sse_drop(a, c, "is not reading");
		return;
	}
	/* Only what is stored is sent: a sent id is never given again. */
	out = bufferevent_get_output(evhttp_connection_get_bufferevent(
	    c->evcon));
	if ((len = evbuffer_get_length(out)) >= API_SSE_BATCH)
		return;		/* api_sse_drained comes back */
	eb = evbuffer_new();
	while (c->sse_next <= a->persisted && len + evbuffer_get_length(eb) <
	    API_SSE_BATCH) {
		e = &a->ring[c->sse_next % API_SSE_RING];
		full = api_event_expand(a, e->type, e->json);
		evbuffer_add_printf(eb, "id: %llu\nevent: %s\n", c->sse_next,
		    e->type);
		api_sse_data(eb, full != NULL ? full : e->json);
		free(full);
		c->sse_next++;
	}
	if (evbuffer_get_length(eb) == 0 && keepalive && len == 0)
		evbuffer_add(eb, ping, sizeof ping - 1);
	if (evbuffer_get_length(eb) > 0) {
		c->writing = 1;
		evhttp_send_reply_chunk_with_cb(c->sse, eb, api_sse_drained,
		    c);
		c->writing = 0;
	}
	evbuffer_free(eb);
}

static void
api_sse_flush(struct api *a, struct api_conn *c)
{
	api_sse_send(a, c, 0);
}

static void
api_sse_keepalive(evutil_socket_t fd, short what, void *arg)
{
	struct api	*a = arg;
	struct api_conn	*c, *next;

	(void)fd;
	(void)what;
	for (c = LIST_FIRST(&a->sse); c != NULL; c = next) {
		next = LIST_NEXT(c, sse_entry);
		api_sse_send(a, c, 1);
	}
}

/*
 * Where a client's stream starts: after its Last-Event-ID (a reconnect)
 * when the ring still holds what came since, else from the oldest event
 * held, with *gap set; without one, at the next event.
 */
static unsigned long long
api_sse_start(struct api *a, struct evhttp_request *req, int *gap)
{
	const char		*v;
	long long		 last;
	unsigned long long	 oldest = api_sse_oldest(a);

	*gap = 0;
	v = evhttp_find_header(evhttp_request_get_input_headers(req),
	    "Last-Event-ID");
	if (v == NULL || util_strtonum(v, 0, INT64_MAX, &last) != 0)
		return a->event_id + 1;
	if ((unsigned long long)last >= a->persisted)
		return a->persisted + 1;
	if ((unsigned long long)last + 1 >= oldest)
		return (unsigned long long)last + 1;
	*gap = 1;
	return oldest;
}

static void
api_events(struct api_req *r)
{
	struct api		*a = r->api;
	struct evkeyvalq	*h;
	struct evbuffer		*eb;
	struct timeval		 tv;
	unsigned long long	 next;
	int			 gap;

	if (r->conn->sse != NULL || a->nsse >= API_SSE_MAX_CLIENTS) {
		api_error(r, 503, "too many event stream clients (at most %d)",
		    API_SSE_MAX_CLIENTS);
		return;
	}
	h = evhttp_request_get_output_headers(r->req);
	evhttp_add_header(h, "Content-Type", "text/event-stream");
	evhttp_add_header(h, "Cache-Control", "no-cache");
	api_count(a, 200);
	r->conn->writing = 1;
	evhttp_send_reply_start(r->req, 200, "OK");
	next = api_sse_start(a, r->req, &gap);
	eb = evbuffer_new();
	evbuffer_add_printf(eb, "retry: 5000\n: itinerd %s events\n\n",
	    ITINERD_VERSION);
	/* Events the ring no longer holds: say which, then go on. */
	if (gap)
		evbuffer_add_printf(eb, "event: gap\ndata: {\"missed_from\":"
		    "%s,\"resumed_at\":%llu}\n\n", evhttp_find_header(
		    evhttp_request_get_input_headers(r->req), "Last-Event-ID"),
		    next);
	evhttp_send_reply_chunk_with_cb(r->req, eb, api_sse_drained, r->conn);
	evbuffer_free(eb);
	r->conn->writing = 0;
	/*
	 * The client only listens now: no read timeout (evhttp's would cut
	 * the stream after request_timeout), but writes keep theirs, so a
	 * client that stops reading is still dropped.
	 */
	tv.tv_sec = a->conf->api_timeout_s;
	tv.tv_usec = 0;
	bufferevent_set_timeouts(evhttp_connection_get_bufferevent(
	    r->conn->evcon), NULL, &tv);
	r->conn->phase = API_STREAM;
	r->conn->sse = r->req;
	r->conn->sse_next = next;
	LIST_INSERT_HEAD(&a->sse, r->conn, sse_entry);
	a->nsse++;
	if (next <= a->persisted)
		api_sse_flush(a, r->conn);	/* the replay */
}

/*
 * The daemon reports a changed leg or trip by id ({"type","id"} and
 * "removed" when it is gone); clients get the whole object as the lists
 * show it, so a dashboard needs no second request.  NULL when json is
 * not such a report or the row is gone.  Caller frees.
 */
static char *
api_event_expand(struct api *a, const char *type, const char *json)
{
	struct buf	 b = { 0 };
	json_t		*j, *id;
	char		*cause = NULL;
	int		 r = -ENOENT;

	if (strcmp(type, "trip") != 0 && strcmp(type, "leg") != 0)
		return NULL;
	if ((j = json_loads(json, 0, NULL)) == NULL)
		return NULL;
	id = json_object_get(j, "id");
	if (json_is_integer(id) && !json_is_true(json_object_get(j,
	    "removed"))) {
		if (strcmp(type, "trip") == 0)
			r = query_trip_text(a->query, json_integer_value(id),
			    &b, &cause);
		else
			r = query_leg_text(a->query, json_integer_value(id),
			    &b, &cause);
	}
	json_decref(j);
	free(cause);
	if (r != 0) {
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

/* Writes json as the data: lines of one event, and its blank line. */
static void
api_sse_data(struct evbuffer *eb, const char *json)
{
	const char	*p, *nl;

	for (p = json;; p = nl + 1) {
		nl = strchr(p, '\n');
		evbuffer_add(eb, "data: ", 6);
		evbuffer_add(eb, p, nl != NULL ? (size_t)(nl - p) : strlen(p));
		evbuffer_add(eb, "\n", 1);
		if (nl == NULL || nl[1] == '\0')
			break;
	}
	evbuffer_add(eb, "\n", 1);
}

/* Drops every event from the ring (its ids stay used). */
static void
api_ring_clear(struct api *a)
{
	size_t	i;

	for (i = 0; i < API_SSE_RING; i++) {
		free(a->ring[i].json);
		a->ring[i].json = NULL;
	}
	a->nring = 0;
	a->ring_bytes = 0;
}

/*
 * Puts an event in the ring as id event_id + 1, dropping the oldest
 * beyond API_SSE_RING events or API_SSE_RING_BYTES of reports.
 */
static void
api_ring_put(struct api *a, const char *type, const char *json)
{
	struct api_sse_event	*e;

	a->event_id++;
	e = &a->ring[a->event_id % API_SSE_RING];
	if (a->nring == API_SSE_RING) {
		a->ring_bytes -= strlen(e->json);
		free(e->json);
		a->nring--;
	}
	snprintf(e->type, sizeof e->type, "%s", type);
	e->json = xstrdup(json);
	a->ring_bytes += strlen(json);
	a->nring++;
	while (a->ring_bytes > API_SSE_RING_BYTES && a->nring > 1) {
		e = &a->ring[api_sse_oldest(a) % API_SSE_RING];
		a->ring_bytes -= strlen(e->json);
		free(e->json);
		e->json = NULL;
		a->nring--;
	}
}

/*
 * Stores the events not yet stored (those still in the ring) in the
 * events table, in one short transaction, keeping its newest
 * API_SSE_RING rows; then, with send, sends them to the clients.  A
 * failure (a busy or read-only database; one deleted or replaced, which
 * is never written to) is logged once until it works again, and the
 * events are sent anyway: only their replay after a restart is lost.
 */
static void
api_persist_now(struct api *a, int send)
{
	unsigned long long	 first, id;
	const char		**types, **jsons, *gone;
	struct api_sse_event	*e;
	struct api_conn		*c, *next;
	char			*cause = NULL;
	size_t			 n, i;
	int			 r = 0;

	first = a->persisted + 1;
	if (first < api_sse_oldest(a))
		first = api_sse_oldest(a);
	n = a->event_id >= first ? (size_t)(a->event_id - first + 1) : 0;
	if (n > 0 && store_check(a->store, &gone) == 0) {
		types = xreallocarray(NULL, n, sizeof *types);
		jsons = xreallocarray(NULL, n, sizeof *jsons);
		for (i = 0, id = first; i < n; i++, id++) {
			e = &a->ring[id % API_SSE_RING];
			types[i] = e->type;
			jsons[i] = e->json;
		}
		r = query_events_store(a->query, (long long)first, n, types,
		    jsons, (long long)a->event_id - API_SSE_RING + 1, &cause);
		free(types);
		free(jsons);
		if (r != 0 && !a->persist_failing)
			log_warn("api: storing events %llu..%llu: %s; they are "
			    "sent but would not be replayed after a restart",
			    first, a->event_id, cause);
		a->persist_failing = r != 0;
		free(cause);
	}
	a->persisted = a->event_id;
	if (!send)
		return;
	for (c = LIST_FIRST(&a->sse); c != NULL; c = next) {
		next = LIST_NEXT(c, sse_entry);
		api_sse_flush(a, c);
	}
}

static void
api_persist_cb(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	api_persist_now(arg, 1);
}

/*
 * Events go into a ring as the daemon reports them (short: a leg or trip
 * by id), whether or not a client listens, so a client that reconnects
 * with Last-Event-ID gets what it missed.  On the loop's next turn the
 * new ones are stored (schema/008-events.sql: the ids go on across
 * restarts, and the ring is reloaded from there at start) and each
 * client is sent them from the ring as it reads, rendered at that time;
 * so one large batch is stored and queued once, not once per client, and
 * a prompt reader is never cut off for it.  The ring keeps at most
 * API_SSE_RING events and API_SSE_RING_BYTES of reports.
 */
void
api_event(struct api *a, const char *type, const char *json)
{
	struct timeval	now = { 0, 0 };

	if (a == NULL)
		return;
	api_ring_put(a, type, json);
	if (!evtimer_pending(a->persist, NULL))
		evtimer_add(a->persist, &now);
}

static void
api_load_event(void *arg, long long id, const char *type, const char *json)
{
	struct api	*a = arg;

	if ((unsigned long long)id != a->event_id + 1) {
		api_ring_clear(a);	/* a gap: start the ring here */
		a->event_id = (unsigned long long)id - 1;
	}
	api_ring_put(a, type, json);
}

/*
 * At start: the next event id follows the newest stored, and the ring
 * holds the newest stored events, for replay.  A failure is logged and
 * the ids start afresh.
 */
static void
api_load_events(struct api *a)
{
	long long	 last = 0;
	char		*cause = NULL;

	if (query_events_last(a->query, &last, &cause) != 0 ||
	    query_events_load(a->query, last - API_SSE_RING, api_load_event,
	    a, &cause) != 0) {
		log_warn("api: reading the stored events: %s; event ids "
		    "start afresh", cause);
		free(cause);
		api_ring_clear(a);
		a->event_id = (unsigned long long)(last > 0 ? last : 0);
	} else if ((unsigned long long)last > a->event_id) {
		api_ring_clear(a);
		a->event_id = (unsigned long long)last;
	}
	a->persisted = a->event_id;
}

/* Connections. */

static long long
api_now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
api_timer_ms(struct event *ev, long long ms)
{
	struct timeval	tv;

	if (ms < 0)
		ms = 0;
	tv.tv_sec = (time_t)(ms / 1000);
	tv.tv_usec = (suseconds_t)(ms % 1000) * 1000;
	evtimer_add(ev, &tv);
}

/* Unlinks and frees c; the connection itself is evhttp's. */
static void
api_conn_drop(struct api_conn *c)
{
	struct api	*a = c->api;

	/* The buffers go with the bufferevent, later; unwatch them. */
	evbuffer_remove_cb_entry(bufferevent_get_input(c->bev), c->in_cb);
	evbuffer_remove_cb_entry(bufferevent_get_output(c->bev), c->out_cb);
	if (!c->attached)
		bufferevent_decref(c->bev);	/* ours alone now */
	LIST_REMOVE(c, entry);
	c->l->nconns--;
	a->nconns--;
	if (c->timer != NULL)
		event_free(c->timer);
	free(c);
}

static void
api_conn_closed(struct evhttp_connection *evcon, void *arg)
{
	struct api_conn	*c = arg;
	struct api	*a = c->api;

	(void)evcon;
	if (c->sse != NULL) {
		/*
		 * A client that hung up mid-stream: evhttp has detached the
		 * unfinished reply from the connection and leaves it to us.
		 * Still attached, it goes with the connection.
		 */
		if (evhttp_request_get_connection(c->sse) == NULL)
			evhttp_request_free(c->sse);
		LIST_REMOVE(c, sse_entry);
		a->nsse--;
	}
	if (c->export != NULL) {
		/* As above: a reply cut off mid-export is ours to free. */
		if (evhttp_request_get_connection(c->export->req) == NULL)
			evhttp_request_free(c->export->req);
		api_export_free(c->export);
		c->export = NULL;
	}
	api_conn_drop(c);
}

/* Reads who is on the other end of a Unix socket connection. */
static void
api_conn_cred(struct api_conn *c)
{
	struct ucred		 cred;
	socklen_t		 clen = sizeof cred;
	evutil_socket_t		 fd;

	if (!c->local || (fd = bufferevent_getfd(c->bev)) == -1)
		return;
	if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &clen) == 0) {
		c->have_cred = 1;
		c->uid = cred.uid;
		c->gid = cred.gid;
		c->pid = cred.pid;
	}
}

/* Sets the timer for the current phase's deadline (once attached). */
static void
api_conn_arm(struct api_conn *c)
{
	if (!c->attached)
		return;		/* the attach timer is pending; it arms */
	if (c->phase == API_HEADERS)
		api_timer_ms(c->timer, c->header_end - api_now_ms());
	else if (c->phase == API_BODY)
		api_timer_ms(c->timer, c->request_end - api_now_ms());
	else
		evtimer_del(c->timer);
}

/* A request's first byte: its deadlines start. */
static void
api_conn_begin(struct api_conn *c)
{
	const struct config	*conf = c->api->conf;
	long long		 now = api_now_ms();
	int			 h = conf->api_header_timeout_s;

	if (h > conf->api_timeout_s)
		h = conf->api_timeout_s;
	c->phase = API_HEADERS;
	c->nl = 0;
	c->header_end = now + h * 1000LL;
	c->request_end = now + conf->api_timeout_s * 1000LL;
	api_conn_arm(c);
}

/*
 * Scans input from byte off for the blank line that ends the headers
 * (CRLF CRLF, or bare LFs as evhttp also accepts).  evhttp drains each
 * header line as it parses it, so the state carries over between calls.
 */
static void
api_conn_scan(struct api_conn *c, struct evbuffer *in, size_t off)
{
	struct evbuffer_ptr	 pos;
	struct evbuffer_iovec	 v[8];
	const unsigned char	*p;
	size_t			 i;
	int			 n, k;

	if (evbuffer_ptr_set(in, &pos, off, EVBUFFER_PTR_SET) != 0)
		return;
	n = evbuffer_peek(in, -1, &pos, v, 8);
	for (k = 0; k < n && k < 8; k++) {
		p = v[k].iov_base;
		for (i = 0; i < v[k].iov_len; i++) {
			if (p[i] == '\n') {
				if (c->nl > 0) {
					c->phase = API_BODY;
					api_conn_arm(c);
					return;
				}
				c->nl = 1;
			} else if (p[i] == '\r' && c->nl == 1)
				c->nl = 2;
			else if (p[i] != '\r')
				c->nl = 0;
		}
	}
}

/* Watches what arrives: a request's first byte, the end of its headers. */
static void
api_conn_input(struct evbuffer *in, const struct evbuffer_cb_info *info,
    void *arg)
{
	struct api_conn	*c = arg;
	size_t		 len;

	if (info->n_added == 0)
		return;
	if (c->phase == API_IDLE)
		api_conn_begin(c);
	if (c->phase == API_HEADERS) {
		len = evbuffer_get_length(in);
		api_conn_scan(c, in, len >= info->n_added ?
		    len - info->n_added : 0);
	}
}

/*
 * Replaces the HTML error page evhttp queued itself (a malformed request,
 * headers or body over the limit) with the JSON error, before any of it
 * is written.  The page is the last thing in the buffer.
 */
static void
api_conn_rewrite(struct api_conn *c, struct evbuffer *out)
{
	struct evbuffer_ptr	 pos;
	struct evbuffer		*keep;
	struct buf		 b = { 0 };
	json_t			*j;
	char			 line[16], *body;
	size_t			 total = evbuffer_get_length(out);
	int			 code;
	const char		*msg;

	if (c->foreign > total)
		c->foreign = total;
	if (evbuffer_ptr_set(out, &pos, total - c->foreign,
	    EVBUFFER_PTR_SET) != 0)
		return;
	pos = evbuffer_search(out, "HTTP/1.", 7, &pos);
	if (pos.pos < 0 || evbuffer_copyout_from(out, &pos, line, 12) != 12)
		return;
	line[12] = '\0';
	if (sscanf(line + 9, "%3d", &code) != 1 || code < 400 || code > 599)
		return;
	switch (code) {
	case 413:
		msg = "the request body is larger than max_body_size";
		break;
	case 400:
		msg = "malformed request: bad request line or headers, or "
		    "headers larger than max_header_size";
		break;
	case 501:
		msg = "method not implemented: the API takes GET, HEAD, POST, "
		    "PATCH and DELETE";
		break;
	default:
		msg = "the request could not be handled";
		break;
	}
	j = json_pack("{s:{s:s, s:s}}", "error", "code",
	    api_error_code(code), "message", msg);
	body = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	buf_printf(&b, "HTTP/1.1 %d %s\r\nContent-Type: application/json\r\n"
	    "Content-Length: %zu\r\nConnection: close\r\n\r\n%s\n", code,
	    api_reason(code), strlen(body) + 1, body);
	free(body);
	c->writing = 1;
	keep = evbuffer_new();
	evbuffer_remove_buffer(out, keep, (size_t)pos.pos);
	evbuffer_drain(out, evbuffer_get_length(out));
	evbuffer_add_buffer(out, keep);
	evbuffer_add(out, b.data, b.len);
	evbuffer_free(keep);
	c->writing = 0;
	c->foreign = 0;
	buf_free(&b);
	api_count(c->api, code);
}

/* Watches what is queued for writing that we did not queue ourselves. */
static void
api_conn_output(struct evbuffer *out, const struct evbuffer_cb_info *info,
    void *arg)
{
	static const char	 tail[] = "</BODY></HTML>\n";
	struct api_conn		*c = arg;
	struct evbuffer_ptr	 pos;
	size_t			 len = evbuffer_get_length(out);
	char			 end[sizeof tail];

	if (len == 0)
		c->foreign = 0;
	if (info->n_added == 0 || c->writing)
		return;
	c->foreign += info->n_added;
	if (len < sizeof tail - 1 || evbuffer_ptr_set(out, &pos,
	    len - (sizeof tail - 1), EVBUFFER_PTR_SET) != 0 ||
	    evbuffer_copyout_from(out, &pos, end, sizeof tail - 1) !=
	    (ev_ssize_t)(sizeof tail - 1))
		return;
	if (memcmp(end, tail, sizeof tail - 1) == 0)
		api_conn_rewrite(c, out);
}

/*
 * Attaches to evhttp's connection evcon, once it exists (see the top):
 * from the timer on the loop's next turn, or from the first request when
 * that came first.
 */
static void
api_conn_attach(struct api_conn *c, struct evhttp_connection *evcon)
{
	bufferevent_decref(c->bev);	/* evhttp holds its own */
	c->attached = 1;
	c->evcon = evcon;
	evhttp_connection_set_closecb(c->evcon, api_conn_closed, c);
	api_conn_cred(c);
}

static void
api_conn_timer(evutil_socket_t fd, short what, void *ctx)
{
	struct api_conn	*c = ctx;
	void		*arg = NULL;
	long long	 now = api_now_ms();

	(void)fd;
	(void)what;
	if (!c->attached) {
		/* evhttp's callback argument is its connection; NULL: gone. */
		bufferevent_getcb(c->bev, NULL, NULL, NULL, &arg);
		if (arg == NULL) {
			api_conn_drop(c);
			return;
		}
		api_conn_attach(c, arg);
		if (c->excess && c->l->nconns > c->l->cap + API_EXCESS)
			evhttp_connection_free(c->evcon); /* closecb frees c */
		else
			api_conn_arm(c);
		return;
	}
	if ((c->phase == API_HEADERS && now < c->header_end) ||
	    (c->phase == API_BODY && now < c->request_end)) {
		api_conn_arm(c);
		return;
	}
	if (c->phase != API_HEADERS && c->phase != API_BODY)
		return;
	c->l->timeouts++;
	log_debug("api: %s: a request not read within its %s deadline (%d "
	    "s); connection closed", c->l->name, c->phase == API_HEADERS ?
	    "header_timeout" : "request_timeout", c->phase == API_HEADERS ?
	    c->api->conf->api_header_timeout_s : c->api->conf->api_timeout_s);
	evhttp_connection_free(c->evcon);	/* closecb frees c */
}

/*
 * evhttp's bufferevent callback: called for every accepted connection,
 * before evhttp has made its connection object.  Counts the connection
 * and arranges to attach to it on the loop's next turn.
 */
static struct bufferevent *
api_bevcb(struct event_base *base, void *arg)
{
	struct api_listener	*l = arg;
	struct api		*a = l->api;
	struct bufferevent	*bev;
	struct api_conn		*c;
	struct timeval		 now = { 0, 0 };

	if ((bev = bufferevent_socket_new(base, -1,
	    BEV_OPT_CLOSE_ON_FREE)) == NULL)
		return NULL;	/* evhttp tries its own; api_conn_get copes */
	bufferevent_set_max_single_write(bev, API_MAX_WRITE);
	l->backoff_ms = 0;	/* accepting works again */
	c = xcalloc(1, sizeof *c);
	c->api = a;
	c->l = l;
	c->bev = bev;
	c->local = l->local;
	c->admin = -1;
	c->phase = API_IDLE;
	c->timer = evtimer_new(base, api_conn_timer, c);
	bufferevent_incref(bev);	/* until attached */
	/* Watched from the start: evhttp may answer before we attach. */
	c->in_cb = evbuffer_add_cb(bufferevent_get_input(bev), api_conn_input,
	    c);
	c->out_cb = evbuffer_add_cb(bufferevent_get_output(bev),
	    api_conn_output, c);
	LIST_INSERT_HEAD(&a->conns, c, entry);
	l->nconns++;
	a->nconns++;
	if (l->nconns > l->cap) {
		c->excess = 1;
		l->refused++;
	}
	evtimer_add(c->timer, &now);
	return bev;
}

/*
 * The request's connection, attached now if the request came before the
 * timer; NULL when it is not ours (refused).
 */
static struct api_conn *
api_conn_get(struct api *a, struct evhttp_request *req)
{
	struct evhttp_connection	*evcon;
	struct api_conn			*c;

	evcon = evhttp_request_get_connection(req);
	LIST_FOREACH(c, &a->conns, entry) {
		if (c->evcon == evcon)
			return c;
		if (!c->attached &&
		    evhttp_connection_get_bufferevent(evcon) == c->bev) {
			api_conn_attach(c, evcon);
			return c;
		}
	}
	return NULL;
}

/* The reply of a dispatched request is written: wait for the next one. */
static void
api_conn_done(struct evhttp_request *req, void *arg)
{
	struct api_conn	*c = arg;
	struct evbuffer	*in;

	(void)req;
	if (c->phase != API_HANDLING)
		return;
	c->phase = API_IDLE;
	api_conn_arm(c);
	in = bufferevent_get_input(c->bev);
	if (evbuffer_get_length(in) > 0) {	/* pipelined */
		api_conn_begin(c);
		api_conn_scan(c, in, 0);
	}
}

/* Is the peer allowed to change things?  Decided once per connection. */
static int
api_conn_admin(struct api *a, struct api_conn *c)
{
	struct group	*gr;
	struct passwd	*pw;
	gid_t		*groups;
	int		 n = 64, i, ok = 0;

	if (c->admin != -1)
		return c->admin;
	if (!c->local || !c->have_cred)
		ok = 0;
	else if (c->uid == 0 || c->uid == getuid())
		ok = 1;
	else if (a->conf->admin_group != NULL &&
	    (gr = getgrnam(a->conf->admin_group)) != NULL) {
		if (c->gid == gr->gr_gid)
			ok = 1;
		else if ((pw = getpwuid(c->uid)) != NULL) {
			groups = xreallocarray(NULL, (size_t)n, sizeof *groups);
			if (getgrouplist(pw->pw_name, pw->pw_gid, groups,
			    &n) == -1) {
				groups = xreallocarray(groups, (size_t)n,
				    sizeof *groups);
				if (getgrouplist(pw->pw_name, pw->pw_gid,
				    groups, &n) == -1)
					n = 0;
			}
			for (i = 0; i < n; i++)
				if (groups[i] == gr->gr_gid)
					ok = 1;
			free(groups);
		}
	}
	c->admin = ok;
	return ok;
}

/* Dispatch. */

/*
 * Over TCP, only loopback names in Host: a web page whose name is made to
 * resolve to 127.0.0.1 (DNS rebinding) must not read the API through
 * the browser.  The Unix socket needs no such check.
 */
static int
api_host_ok(struct evhttp_request *req)
{
	const char	*h, *end;
	size_t		 len;

	h = evhttp_find_header(evhttp_request_get_input_headers(req), "Host");
	if (h == NULL)
		return 0;
	if (*h == '[')
		return strncmp(h, "[::1]", 5) == 0 && (h[5] == '\0' ||
		    h[5] == ':');
	end = strchr(h, ':');
	len = end != NULL ? (size_t)(end - h) : strlen(h);
	if (len == 9 && strncasecmp(h, "localhost", 9) == 0)
		return 1;
	return len >= 4 && len < 16 && strncmp(h, "127.", 4) == 0 &&
	    strspn(h, "0123456789.") == len;
}

/*
 * Host names the configuration adds ([api] http_hosts, e.g.
 * host.docker.internal for a container's dashboard); every other name
 * is still refused by api_host_ok.
 */
static int
api_host_listed(struct api *a, struct evhttp_request *req)
{
	const char	*h;

	h = evhttp_find_header(evhttp_request_get_input_headers(req), "Host");
	if (h == NULL || *h == '[')
		return 0;
	return config_list_has(a->conf->http_hosts, h, strcspn(h, ":"));
}

/* The request's Origin when [api] cors_origins lists it, else NULL. */
static const char *
api_cors_origin(struct api_req *r)
{
	const char	*o;

	if (r->conn->local)
		return NULL;
	o = evhttp_find_header(evhttp_request_get_input_headers(r->req),
	    "Origin");
	if (o == NULL || !config_list_has(r->api->conf->cors_origins, o,
	    strlen(o)))
		return NULL;
	return o;
}

/*
 * CORS for a request from a configured origin on the loopback listener:
 * the page there may read the reply.  Others get no CORS headers, so the
 * browser keeps the reply from them.
 */
static void
api_cors(struct api_req *r)
{
	struct evkeyvalq	*h;
	const char		*o;

	if ((o = api_cors_origin(r)) == NULL)
		return;
	h = evhttp_request_get_output_headers(r->req);
	evhttp_add_header(h, "Access-Control-Allow-Origin", o);
	evhttp_add_header(h, "Access-Control-Expose-Headers",
	    "X-Next-Cursor, ETag");
	evhttp_add_header(h, "Vary", "Origin");
}

/*
 * OPTIONS on an existing path.  A CORS preflight (Origin and
 * Access-Control-Request-Method) from a configured origin asking for a
 * read gets 204 with the Allow-* headers; any other preflight 403 with
 * no CORS headers.  A plain OPTIONS gets 204 and Allow.
 */
static void
api_options(struct api_req *r, const char *allow)
{
	struct evkeyvalq	*in, *h;
	const char		*m, *o;
	char			*all;

	in = evhttp_request_get_input_headers(r->req);
	h = evhttp_request_get_output_headers(r->req);
	m = evhttp_find_header(in, "Access-Control-Request-Method");
	if (evhttp_find_header(in, "Origin") == NULL || m == NULL) {
		all = xasprintf("%s, OPTIONS", allow);
		evhttp_add_header(h, "Allow", all);
		free(all);
		api_reply(r, 204, NULL, NULL);
		return;
	}
	if ((o = api_cors_origin(r)) == NULL) {
		api_error(r, 403, "CORS: origin %s is not in [api] "
		    "cors_origins%s", evhttp_find_header(in, "Origin"),
		    r->conn->local ? " (and the Unix socket has no CORS)" :
		    "");
		return;
	}
	if (strcmp(m, "GET") != 0 && strcmp(m, "HEAD") != 0) {
		api_error(r, 403, "CORS: %s is not allowed; this listener is "
		    "read-only (GET, HEAD)", m);
		return;
	}
	evhttp_add_header(h, "Access-Control-Allow-Origin", o);
	evhttp_add_header(h, "Access-Control-Allow-Methods", "GET, HEAD");
	evhttp_add_header(h, "Access-Control-Allow-Headers",
	    "Accept, Cache-Control, Last-Event-ID");
	evhttp_add_header(h, "Access-Control-Max-Age", "600");
	evhttp_add_header(h, "Vary", "Origin");
	api_reply(r, 204, NULL, NULL);
}

static const char *
api_method_name(int method)
{
	size_t	i;

	for (i = 0; i < sizeof api_methods / sizeof api_methods[0]; i++)
		if (api_methods[i].method == method)
			return api_methods[i].name;
	return "?";
}

/*
 * Splits a path into decoded segments ("/v1/trips/3" -> v1 trips 3).
 * Returns the count, or -1 when there are too many or one is bad.
 */
static int
api_split(const char *path, char **segs)
{
	const char	*p, *slash;
	char		*raw;
	int		 n = 0;

	if (*path != '/')
		return -1;
	for (p = path + 1; *p != '\0'; p = slash + 1) {
		slash = strchr(p, '/');
		if (slash == NULL)
			slash = p + strlen(p);
		if (slash == p && *slash == '\0')
			break;		/* trailing slash */
		if (n == API_MAX_SEGMENTS)
			goto bad;
		raw = xstrndup(p, (size_t)(slash - p));
		segs[n] = evhttp_uridecode(raw, 0, NULL);
		free(raw);
		if (segs[n] == NULL || *segs[n] == '\0' ||
		    strchr(segs[n], '/') != NULL) {
			free(segs[n]);
			goto bad;
		}
		n++;
		if (*slash == '\0')
			break;
	}
	return n;
bad:
	while (n > 0)
		free(segs[--n]);
	return -1;
}

/* Does the pattern match segs?  Captures {name} segments into r->args. */
static int
api_match(const char *pattern, char **segs, int nsegs, char **args,
    int *nargs)
{
	char		*pat[API_MAX_SEGMENTS];
	const char	*p, *slash;
	int		 n = 0, i, ok = 1;

	for (p = pattern + 1; *p != '\0' && n < API_MAX_SEGMENTS;
	    p = *slash == '\0' ? slash : slash + 1) {
		slash = p + strcspn(p, "/");
		pat[n++] = xstrndup(p, (size_t)(slash - p));
	}
	*nargs = 0;
	if (n != nsegs)
		ok = 0;
	for (i = 0; ok && i < n; i++) {
		if (pat[i][0] == '{')
			args[(*nargs)++] = segs[i];
		else if (strcmp(pat[i], segs[i]) != 0)
			ok = 0;
	}
	for (i = 0; i < n; i++)
		free(pat[i]);
	return ok;
}

/* Checks the query parameters against the route's list. */
static int
api_check_params(struct api_req *r, const struct api_route *rt)
{
	struct evkeyval	*kv;
	const char	*p;
	size_t		 len;
	int		 found;

	TAILQ_FOREACH(kv, &r->params, next) {
		found = 0;
		len = strlen(kv->key);
		for (p = rt->params; *p != '\0'; p += strcspn(p, ",")) {
			if (*p == ',')
				p++;
			if (strncmp(p, kv->key, len) == 0 &&
			    (p[len] == ',' || p[len] == '\0')) {
				found = 1;
				break;
			}
		}
		if (!found) {
			if (*rt->params == '\0')
				api_error(r, 400, "unknown parameter '%s': %s "
				    "takes no parameters", kv->key,
				    rt->pattern);
			else
				api_error(r, 400, "unknown parameter '%s': "
				    "expected one of %s", kv->key, rt->params);
			return -1;
		}
	}
	return 0;
}

/* Chooses the output format from ?format= or Accept. */
static int
api_choose_format(struct api_req *r, const struct api_route *rt)
{
	unsigned		 allowed;
	const char		*v;
	struct buf		 names = { 0 };
	enum render_format	 f;
	int			 i;

	allowed = (rt->flags & API_FORMATS) ? render_formats(rt->kind) :
	    1u << RENDER_JSON;
	for (i = 0; i <= RENDER_GEOJSON; i++) {
		if (!(allowed & (1u << i)))
			continue;
		if (names.len > 0)
			buf_adds(&names, ", ");
		buf_adds(&names, render_format_name((enum render_format)i));
	}
	if ((v = api_param(r, "format")) != NULL) {
		if (render_format_parse(v, &f) != 0 ||
		    !(allowed & (1u << f))) {
			api_error(r, 400, "format: expected one of %s",
			    names.data);
			buf_free(&names);
			return -1;
		}
		r->format = f;
		buf_free(&names);
		return 0;
	}
	v = evhttp_find_header(evhttp_request_get_input_headers(r->req),
	    "Accept");
	if ((i = render_format_accept(v, allowed)) < 0) {
		api_error(r, 406, "Accept: %s can be served as %s", rt->pattern,
		    names.data);
		buf_free(&names);
		return -1;
	}
	r->format = (enum render_format)i;
	buf_free(&names);
	return 0;
}

/*
 * 403 for a mutation by a peer that may not change things: names who
 * may, and the remedy as configured (admin_group; the socket's group
 * only lets one connect and read).
 */
static void
api_forbidden(struct api_req *r)
{
	const struct config	*conf = r->api->conf;
	struct passwd		*pw;
	struct buf		 who = { 0 };

	if ((pw = getpwuid(getuid())) != NULL)
		buf_printf(&who, "user %s (uid %ld)", pw->pw_name,
		    (long)getuid());
	else
		buf_printf(&who, "uid %ld", (long)getuid());
	if (conf->admin_group != NULL)
		api_error(r, 403, "uid %ld may not change itinerd: changes "
		    "need root, the daemon's %s, or a member of admin_group "
		    "'%s' (add the user to group %s and log in again)",
		    (long)r->conn->uid, who.data, conf->admin_group,
		    conf->admin_group);
	else
		api_error(r, 403, "uid %ld may not change itinerd: changes "
		    "need root or the daemon's %s; to let others, set "
		    "admin_group in [daemon] (the socket's group%s%s only "
		    "grants reading)", (long)r->conn->uid, who.data,
		    conf->socket_group != NULL ? ", " : "",
		    conf->socket_group != NULL ? conf->socket_group : "");
	buf_free(&who);
}

static void
api_dispatch(struct evhttp_request *req, void *arg)
{
	struct api			*a = arg;
	struct api_req			 r;
	const struct evhttp_uri		*uri;
	const struct api_route		*rt = NULL;
	const char			*path, *query;
	char				*segs[API_MAX_SEGMENTS];
	struct buf			 allow = { 0 };
	int				 nsegs, i, method, path_found = 0;
	size_t				 k;

	memset(&r, 0, sizeof r);
	r.api = a;
	r.req = req;
	TAILQ_INIT(&r.params);
	if ((r.conn = api_conn_get(a, req)) != NULL) {
		/* Read in time: no deadline while the reply is written. */
		r.conn->phase = API_HANDLING;
		evtimer_del(r.conn->timer);
		evhttp_request_set_on_complete_cb(req, api_conn_done, r.conn);
	}
	if (r.conn == NULL || r.conn->excess) {
		evhttp_add_header(evhttp_request_get_output_headers(req),
		    "Connection", "close");
		api_error(&r, 503, "too many connections on the %s (at most "
		    "%d)", r.conn != NULL ? r.conn->l->name : "listener",
		    r.conn != NULL ? r.conn->l->cap :
		    a->conf->api_max_connections);
		return;
	}
	if (!r.conn->local && !api_host_ok(req) &&
	    !api_host_listed(a, req)) {
		api_error(&r, 403, "Host: expected localhost, 127.0.0.1, "
		    "[::1] or a name in [api] http_hosts on the loopback "
		    "listener");
		return;
	}
	method = evhttp_request_get_command(req);
	uri = evhttp_request_get_evhttp_uri(req);
	path = uri != NULL ? evhttp_uri_get_path(uri) : NULL;
	query = uri != NULL ? evhttp_uri_get_query(uri) : NULL;
	if (path == NULL || *path == '\0')
		path = "/";
	if ((nsegs = api_split(path, segs)) < 0) {
		api_error(&r, 404, "no such path: %s", path);
		return;
	}
	if (query != NULL && evhttp_parse_query_str(query, &r.params) != 0) {
		api_error(&r, 400, "the query string is malformed");
		goto out;
	}
	for (k = 0; k < API_NROUTES; k++) {
		if (!api_match(api_routes[k].pattern, segs, nsegs, r.args,
		    &r.nargs))
			continue;
		path_found = 1;
		if (api_routes[k].method == method ||
		    (method == EVHTTP_REQ_HEAD &&
		    api_routes[k].method == EVHTTP_REQ_GET)) {
			rt = &api_routes[k];
			break;
		}
		if (allow.len > 0)
			buf_adds(&allow, ", ");
		buf_adds(&allow, api_method_name(api_routes[k].method));
		if (api_routes[k].method == EVHTTP_REQ_GET)
			buf_adds(&allow, ", HEAD");
	}
	if (rt == NULL && method == EVHTTP_REQ_OPTIONS && path_found) {
		api_options(&r, allow.data);
		goto out;
	}
	api_cors(&r);
	if (rt == NULL) {
		if (!path_found)
			api_error(&r, 404, "no such path: %s", path);
		else {
			evhttp_add_header(evhttp_request_get_output_headers(
			    req), "Allow", allow.data);
			api_error(&r, 405, "%s is not allowed on %s (allowed: "
			    "%s)", api_method_name(method), path, allow.data);
		}
		goto out;
	}
	if (api_check_params(&r, rt) != 0)
		goto out;
	if (rt->flags & API_MUTATES) {
		const char	*gone;

		if (store_check(a->store, &gone) != 0) {
			api_error(&r, 503, "%s", gone);
			goto out;
		}
		if (!r.conn->local) {
			api_error(&r, 403, "changes are only accepted on the "
			    "Unix socket; this listener is read-only");
			goto out;
		}
		if (!api_conn_admin(a, r.conn)) {
			api_forbidden(&r);
			goto out;
		}
	}
	if (api_choose_format(&r, rt) != 0)
		goto out;
	/*
	 * A read is one transaction: one snapshot for all its statements,
	 * and SQLite takes its locks once rather than per statement.
	 */
	if (!(rt->flags & API_MUTATES) && rt->handler != api_events &&
	    query_begin(a->query) == 0) {
		rt->handler(&r);
		query_end(a->query);
	} else
		rt->handler(&r);
out:
	evhttp_clear_headers(&r.params);
	for (i = 0; i < nsegs; i++)
		free(segs[i]);
	buf_free(&allow);
}

/* Setup. */

/*
 * evhttp owns its listeners' callback argument (its bound socket), so the
 * error callback finds its listener here.  Only the loop thread touches
 * it; a few rows, as a daemon has one api with at most two listeners.
 */
static struct api_listener	*api_listeners[8];

static void
api_listener_register(struct api_listener *l, int on)
{
	size_t	i;

	for (i = 0; i < sizeof api_listeners / sizeof api_listeners[0]; i++)
		if (on ? api_listeners[i] == NULL : api_listeners[i] == l) {
			api_listeners[i] = on ? l : NULL;
			return;
		}
}

/* An accept error (EMFILE, ENFILE, ENOMEM): pause, log now and then. */
static void
api_accept_error(struct evconnlistener *lev, void *arg)
{
	struct api_listener	*l = NULL;
	int			 err = EVUTIL_SOCKET_ERROR();
	time_t			 now = util_now();
	size_t			 i;

	(void)arg;
	for (i = 0; i < sizeof api_listeners / sizeof api_listeners[0]; i++)
		if (api_listeners[i] != NULL && api_listeners[i]->lev == lev)
			l = api_listeners[i];
	evconnlistener_disable(lev);
	if (l == NULL)
		return;		/* cannot happen; never spin */
	l->errors++;
	l->backoff_ms = l->backoff_ms == 0 ? API_BACKOFF_MIN_MS :
	    l->backoff_ms * 2;
	if (l->backoff_ms > API_BACKOFF_MAX_MS)
		l->backoff_ms = API_BACKOFF_MAX_MS;
	if (l->logged == 0 || now - l->logged >= API_ACCEPT_LOG_S) {
		log_error("api: %s: accept: %s (%llu times since the last "
		    "such message); not accepting for %d ms", l->name,
		    strerror(err), l->errors, l->backoff_ms);
		l->logged = now;
		l->errors = 0;
	}
	api_timer_ms(l->backoff, l->backoff_ms);
}

static void
api_accept_resume(evutil_socket_t fd, short what, void *arg)
{
	struct api_listener	*l = arg;

	(void)fd;
	(void)what;
	evconnlistener_enable(l->lev);
}

static void
api_limits(struct api_listener *l)
{
	const struct config	*conf = l->api->conf;

	evhttp_set_max_headers_size(l->http,
	    (ev_ssize_t)conf->api_max_header_size);
	evhttp_set_max_body_size(l->http, (ev_ssize_t)conf->api_max_body_size);
	evhttp_set_timeout(l->http, conf->api_timeout_s);
}

/* Serves the listening socket fd (taken over) on l.  0 or -EIO. */
static int
api_listener_start(struct api *a, struct api_listener *l, const char *name,
    int local, int fd)
{
	struct evhttp_bound_socket	*bound;

	l->api = a;
	l->name = name;
	l->local = local;
	if ((l->http = evhttp_new(a->base)) == NULL) {
		close(fd);
		return -EIO;
	}
	evhttp_set_allowed_methods(l->http, EVHTTP_REQ_GET | EVHTTP_REQ_POST |
	    EVHTTP_REQ_HEAD | EVHTTP_REQ_PUT | EVHTTP_REQ_DELETE |
	    EVHTTP_REQ_OPTIONS | EVHTTP_REQ_PATCH);
	evhttp_set_gencb(l->http, api_dispatch, a);
	evhttp_set_bevcb(l->http, api_bevcb, l);
	api_limits(l);
	evutil_make_socket_nonblocking(fd);
	if ((bound = evhttp_accept_socket_with_handle(l->http, fd)) == NULL) {
		close(fd);
		return -EIO;
	}
	l->lev = evhttp_bound_socket_get_listener(bound);
	evconnlistener_set_error_cb(l->lev, api_accept_error);
	l->backoff = evtimer_new(a->base, api_accept_resume, l);
	api_listener_register(l, 1);
	return 0;
}

/*
 * Fits the listeners' caps into RLIMIT_NOFILE: raises the soft limit up
 * to the hard one when the caps need it, else lowers the caps with a
 * warning.  -EMFILE with *cause when not even API_MIN_CONNECTIONS fit.
 */
static int
api_fit_fds(struct api *a, char **cause)
{
	const struct config	*conf = a->conf;
	struct rlimit		 rl;
	long long		 need, have, fixed, per;
	int			 nl = a->tcp_l.http != NULL ? 2 : 1;

	a->unix_l.cap = a->tcp_l.cap = conf->api_max_connections;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
		return 0;
	fixed = API_FD_RESERVE + 2LL * conf->max_parallel;
	need = fixed + (long long)nl * (conf->api_max_connections +
	    API_EXCESS);
	if (rl.rlim_cur != RLIM_INFINITY && (long long)rl.rlim_cur < need) {
		rl.rlim_cur = rl.rlim_max == RLIM_INFINITY ||
		    (long long)rl.rlim_max > need ? (rlim_t)need : rl.rlim_max;
		if (setrlimit(RLIMIT_NOFILE, &rl) != 0)
			getrlimit(RLIMIT_NOFILE, &rl);
	}
	have = rl.rlim_cur == RLIM_INFINITY ? need : (long long)rl.rlim_cur;
	if (have >= need)
		return 0;
	per = (have - fixed) / nl - API_EXCESS;
	if (per < API_MIN_CONNECTIONS) {
		*cause = xasprintf("the open-file limit (RLIMIT_NOFILE %lld) "
		    "is too low for the API: max_connections = %d on %d "
		    "listener(s) needs %lld; raise LimitNOFILE= (or ulimit "
		    "-n) or lower max_connections", have,
		    conf->api_max_connections, nl, need);
		return -EMFILE;
	}
	log_warn("api: the open-file limit (RLIMIT_NOFILE %lld) cannot hold "
	    "max_connections = %d on %d listener(s) (needs %lld): lowered "
	    "to %lld per listener; raise LimitNOFILE= to keep it", have,
	    conf->api_max_connections, nl, need, per);
	a->unix_l.cap = a->tcp_l.cap = (int)per;
	return 0;
}

static int
api_listen_tcp(struct api *a, const char *spec, char **cause)
{
	struct sockaddr_storage	 ss;
	int			 len, fd, on = 1, err;

	/* The same parse --check-config runs (config.c). */
	if ((err = config_listen_parse(spec, &ss, &len, cause)) != 0)
		return err;
	fd = socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK,
	    0);
	if (fd == -1) {
		err = errno;
		*cause = xasprintf("http_listen %s: socket: %s", spec,
		    strerror(err));
		return -err;
	}
	setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
	/*
	 * Accepted sockets inherit it: a reply written in more than one
	 * piece (headers, then a body or chunks) must not wait for the
	 * client's delayed ACK (Nagle), which cost 40 ms per keep-alive
	 * request.
	 */
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
	if (bind(fd, (struct sockaddr *)&ss, (socklen_t)len) == -1 ||
	    listen(fd, 511) == -1) {
		err = errno;
		close(fd);
		*cause = xasprintf("http_listen %s: %s", spec, strerror(err));
		return -err;
	}
	if (api_listener_start(a, &a->tcp_l, "TCP listener", 0, fd) != 0) {
		*cause = xasprintf("http_listen %s: cannot accept", spec);
		return -EIO;
	}
	return 0;
}

int
api_new(struct event_base *base, struct store *s, const struct kb *kb,
    const struct config *conf, int unix_fd, const struct api_hooks *hooks,
    struct api **out, char **cause)
{
	struct api	*a;
	struct timeval	 tv = { API_SSE_KEEPALIVE_S, 0 };
	int		 r;

	a = xcalloc(1, sizeof *a);
	a->base = base;
	a->store = s;
	a->kb = kb;
	a->conf = conf;
	if (hooks != NULL)
		a->hooks = *hooks;
	a->started = util_now();
	LIST_INIT(&a->conns);
	LIST_INIT(&a->sse);
	a->ring = xcalloc(API_SSE_RING, sizeof *a->ring);
	if ((r = query_new(s, &a->query, cause)) != 0)
		goto fail;
	if ((r = web_new(conf->dashboard_dir, &a->web, cause)) != 0)
		goto fail;
	a->persist = evtimer_new(base, api_persist_cb, a);
	api_load_events(a);
	if (conf->http_listen != NULL &&
	    (r = api_listen_tcp(a, conf->http_listen, cause)) != 0)
		goto fail;
	if (conf->http_listen != NULL)
		log_info("dashboard: http://%s/", conf->http_listen);
	r = api_listener_start(a, &a->unix_l, "Unix socket", 1, unix_fd);
	unix_fd = -1;
	if (r != 0) {
		*cause = xstrdup("cannot accept on the Unix socket");
		goto fail;
	}
	if ((r = api_fit_fds(a, cause)) != 0)
		goto fail;
	a->keepalive = event_new(base, -1, EV_PERSIST, api_sse_keepalive, a);
	event_add(a->keepalive, &tv);
	*out = a;
	return 0;
fail:
	if (unix_fd != -1)
		close(unix_fd);
	api_free(a);
	return r;
}

void
api_set_config(struct api *a, const struct config *conf)
{
	const char	*old = a->conf->http_listen, *new = conf->http_listen;
	char		*cause = NULL;

	if ((old == NULL) != (new == NULL) || (old != NULL &&
	    strcmp(old, new) != 0))
		log_warn("reload: http_listen changed; takes effect at "
		    "restart");
	old = a->conf->dashboard_dir;
	new = conf->dashboard_dir;
	if ((old == NULL) != (new == NULL) || (old != NULL &&
	    strcmp(old, new) != 0))
		log_warn("reload: dashboard_dir changed; takes effect at "
		    "restart");
	a->conf = conf;
	api_limits(&a->unix_l);
	if (a->tcp_l.http != NULL)
		api_limits(&a->tcp_l);
	if (api_fit_fds(a, &cause) != 0) {
		/* Keep serving: the smallest caps rather than none. */
		log_error("reload: %s; max_connections is %d per listener",
		    cause, API_MIN_CONNECTIONS);
		a->unix_l.cap = a->tcp_l.cap = API_MIN_CONNECTIONS;
		free(cause);
	}
}

static void
api_listener_free(struct api_listener *l)
{
	api_listener_register(l, 0);
	if (l->backoff != NULL)
		event_free(l->backoff);
	if (l->http != NULL)
		evhttp_free(l->http);	/* runs the close callbacks */
}

void
api_free(struct api *a)
{
	struct api_conn	*c;
	size_t		 i;

	if (a == NULL)
		return;
	if (a->persist != NULL) {
		if (a->query != NULL && a->persisted < a->event_id) {
			/*
			 * The last events, stored at stop.  The worker whose
			 * busy handler this connection has may be gone
			 * already: a plain timeout instead.
			 */
			sqlite3_busy_timeout(store_db(a->store), 1000);
			api_persist_now(a, 0);
		}
		event_free(a->persist);
	}
	if (a->keepalive != NULL)
		event_free(a->keepalive);
	api_listener_free(&a->tcp_l);
	api_listener_free(&a->unix_l);
	/* Accepted but not yet attached: ours alone to free. */
	while ((c = LIST_FIRST(&a->conns)) != NULL)
		api_conn_drop(c);
	for (i = 0; a->ring != NULL && i < API_SSE_RING; i++)
		free(a->ring[i].json);
	free(a->ring);
	query_free(a->query);
	web_free(a->web);
	free(a);
}
