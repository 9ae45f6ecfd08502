/*
 * fetch: libcurl's multi-socket API driven by libevent.  See fetch.h.
 *
 * The shape is curl's docs/examples/hiperfifo.c: libcurl tells us which
 * sockets to watch (fetch_sock_cb) and when to call it back
 * (fetch_timer_cb); libevent tells libcurl when a socket is ready
 * (fetch_event_cb) or the timer is due (fetch_timeout_cb); after each
 * call into libcurl, fetch_check drains curl_multi_info_read and
 * finishes the transfers that are done.
 *
 * At most max_parallel easy handles exist at once; further requests wait
 * in a FIFO without an easy handle, so their timeouts only start when
 * they really start.  Bodies are counted as libcurl decodes them, so a
 * small gzip body that inflates beyond max_body is cut off.
 */
#include <sys/queue.h>

#include <ctype.h>
#include <curl/curl.h>
#include <errno.h>
#include <event2/event.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "fetch.h"
#include "log.h"
#include "util.h"
#include "when.h"
#include "xmalloc.h"

struct fetch_sock {
	LIST_ENTRY(fetch_sock)	 entry;
	struct fetcher		*f;
	curl_socket_t		 fd;
	struct event		*ev;
};

struct fetch_xfer {
	TAILQ_ENTRY(fetch_xfer)	 entry;
	struct fetcher		*f;
	CURL			*easy;		/* NULL while queued */
	struct curl_slist	*headers;
	char			*url;
	char			*etag;
	char			*last_modified;
	fetch_done_cb		 cb;
	void			*arg;

	struct buf		 body;
	long long		 received;	/* decoded bytes, all responses */
	int			 too_large;
	int			 nresp;		/* final (non-1xx) responses */
	long			 prev_code;
	int			 perm_chain;	/* redirects so far all 301/308 */
	char			*perm_url;
	int64_t			 started_ms;
	char			 errbuf[CURL_ERROR_SIZE];
};

TAILQ_HEAD(fetch_xfers, fetch_xfer);

struct fetcher {
	struct event_base	*base;
	CURLM			*multi;
	struct event		*timer;
	struct fetch_xfers	 running;
	struct fetch_xfers	 queue;
	size_t			 nrunning;
	size_t			 nqueued;
	LIST_HEAD(, fetch_sock)	 socks;

	char			*user_agent;
	long			 connect_timeout_s;
	long			 timeout_s;
	long			 low_speed_limit;
	long			 low_speed_time_s;
	long long		 max_body;
	long			 max_redirects;
	size_t			 max_parallel;
};

static void	fetch_check(struct fetcher *);
static void	fetch_pump(struct fetcher *);

static const char fetch_accept[] = "Accept: application/rss+xml, "
    "application/atom+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, "
    "*/*;q=0.5";

/* libevent: a socket libcurl watches is ready. */
static void
fetch_event_cb(evutil_socket_t fd, short what, void *arg)
{
	struct fetcher	*f = arg;
	int		 action = 0, running;

	if (what & EV_READ)
		action |= CURL_CSELECT_IN;
	if (what & EV_WRITE)
		action |= CURL_CSELECT_OUT;
	curl_multi_socket_action(f->multi, fd, action, &running);
	fetch_check(f);
}

/* libevent: libcurl's timer is due. */
static void
fetch_timeout_cb(evutil_socket_t fd, short what, void *arg)
{
	struct fetcher	*f = arg;
	int		 running;

	(void)fd;
	(void)what;
	curl_multi_socket_action(f->multi, CURL_SOCKET_TIMEOUT, 0, &running);
	fetch_check(f);
}

/* CURLMOPT_TIMERFUNCTION: (re)arm or stop our one timer. */
static int
fetch_timer_cb(CURLM *multi, long timeout_ms, void *userp)
{
	struct fetcher	*f = userp;
	struct timeval	 tv;

	(void)multi;
	if (timeout_ms < 0) {
		evtimer_del(f->timer);
		return 0;
	}
	tv.tv_sec = timeout_ms / 1000;
	tv.tv_usec = (timeout_ms % 1000) * 1000;
	evtimer_add(f->timer, &tv);
	return 0;
}

/* CURLMOPT_SOCKETFUNCTION: watch, rewatch or forget a socket. */
static int
fetch_sock_cb(CURL *easy, curl_socket_t s, int what, void *userp,
    void *socketp)
{
	struct fetcher		*f = userp;
	struct fetch_sock	*fs = socketp;
	short			 kind;

	(void)easy;
	if (what == CURL_POLL_REMOVE) {
		if (fs != NULL) {
			LIST_REMOVE(fs, entry);
			event_free(fs->ev);
			free(fs);
		}
		curl_multi_assign(f->multi, s, NULL);
		return 0;
	}
	kind = EV_PERSIST;
	if (what & CURL_POLL_IN)
		kind |= EV_READ;
	if (what & CURL_POLL_OUT)
		kind |= EV_WRITE;
	if (fs == NULL) {
		fs = xcalloc(1, sizeof *fs);
		fs->f = f;
		fs->fd = s;
		fs->ev = event_new(f->base, s, kind, fetch_event_cb, f);
		if (fs->ev == NULL)
			fatalx("event_new failed");
		LIST_INSERT_HEAD(&f->socks, fs, entry);
		curl_multi_assign(f->multi, s, fs);
	} else {
		event_del(fs->ev);
		event_assign(fs->ev, f->base, s, kind, fetch_event_cb, f);
	}
	event_add(fs->ev, NULL);
	return 0;
}

/* CURLOPT_WRITEFUNCTION: gets decoded body bytes. */
static size_t
fetch_write_cb(char *ptr, size_t size, size_t nmemb, void *userp)
{
	struct fetch_xfer	*x = userp;
	size_t			 n = size * nmemb;
	long			 code = 0;

	x->received += (long long)n;
	if (x->received > x->f->max_body) {
		x->too_large = 1;
		return 0;	/* CURLE_WRITE_ERROR */
	}
	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &code);
	if (code >= 200 && code < 300)
		buf_add(&x->body, ptr, n);
	return n;
}

/*
 * CURLOPT_HEADERFUNCTION: only status lines matter here, to follow the
 * chain of redirects (libcurl keeps the header fields themselves, read
 * back with curl_easy_header at the end).  When a status line arrives,
 * libcurl has already moved CURLINFO_EFFECTIVE_URL to the URL it came
 * from, so the previous response's redirect target is known.
 */
static size_t
fetch_header_cb(char *ptr, size_t size, size_t nitems, void *userp)
{
	struct fetch_xfer	*x = userp;
	size_t			 n = size * nitems;
	long			 code = 0;
	char			*url = NULL;

	if (n < 5 || memcmp(ptr, "HTTP/", 5) != 0)
		return n;
	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &code);
	if (code < 200)
		return n;	/* 1xx: informational, another follows */
	if (x->nresp > 0) {
		if (x->perm_chain && (x->prev_code == 301 ||
		    x->prev_code == 308)) {
			curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL,
			    &url);
			free(x->perm_url);
			x->perm_url = url != NULL ? xstrdup(url) : NULL;
		} else
			x->perm_chain = 0;
	}
	x->prev_code = code;
	x->nresp++;
	buf_reset(&x->body);
	return n;
}

/* The host of url, or a copy of url if it does not parse; caller frees. */
static char *
fetch_url_host(const char *url)
{
	CURLU	*u;
	char	*host = NULL, *out;

	if ((u = curl_url()) == NULL)
		return xstrdup(url);
	if (curl_url_set(u, CURLUPART_URL, url, 0) != CURLUE_OK ||
	    curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK) {
		curl_url_cleanup(u);
		return xstrdup(url);
	}
	out = xstrdup(host);
	curl_free(host);
	curl_url_cleanup(u);
	return out;
}

/* msg without a leading head (any case) and the ": " after it. */
static const char *
fetch_strip(const char *msg, const char *head)
{
	size_t	len = strlen(head);

	if (strncasecmp(msg, head, len) == 0)
		msg += len;
	while (*msg == ' ' || *msg == ':')
		msg++;
	return msg;
}

/*
 * Turns a libcurl result into our error kind and an allocated message a
 * person can act on.
 */
static enum fetch_error
fetch_error_of(struct fetch_xfer *x, CURLcode res, long redirects,
    char **text)
{
	struct fetcher	*f = x->f;
	const char	*eb = x->errbuf[0] != '\0' ? x->errbuf :
			    curl_easy_strerror(res);
	char		*host = NULL, *eurl = NULL;
	enum fetch_error e;

	curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL, &eurl);
	switch (res) {
	case CURLE_COULDNT_RESOLVE_HOST:
		host = fetch_url_host(eurl != NULL ? eurl : x->url);
		*text = xasprintf("could not resolve host %s", host);
		e = FETCH_ERR_DNS;
		break;
	case CURLE_COULDNT_RESOLVE_PROXY:
		*text = xasprintf("could not resolve proxy: %s", eb);
		e = FETCH_ERR_DNS;
		break;
	case CURLE_COULDNT_CONNECT:
		*text = xasprintf("could not connect: %s", eb);
		e = FETCH_ERR_CONNECT;
		break;
	case CURLE_PEER_FAILED_VERIFICATION:
		*text = xasprintf("TLS certificate problem: %s",
		    fetch_strip(fetch_strip(eb, "SSL certificate problem"),
		    "SSL: "));
		e = FETCH_ERR_TLS;
		break;
	case CURLE_SSL_CONNECT_ERROR:
		*text = xasprintf("TLS handshake failed: %s", eb);
		e = FETCH_ERR_TLS;
		break;
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
	case CURLE_SSL_CACERT_BADFILE:
	case CURLE_SSL_ISSUER_ERROR:
	case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
	case CURLE_SSL_INVALIDCERTSTATUS:
	case CURLE_SSL_ENGINE_NOTFOUND:
	case CURLE_SSL_ENGINE_SETFAILED:
	case CURLE_SSL_ENGINE_INITFAILED:
	case CURLE_SSL_SHUTDOWN_FAILED:
	case CURLE_SSL_CRL_BADFILE:
	case CURLE_USE_SSL_FAILED:
		*text = xasprintf("TLS error: %s", eb);
		e = FETCH_ERR_TLS;
		break;
	case CURLE_OPERATION_TIMEDOUT:
		if (strstr(eb, "too slow") != NULL) {
			*text = xasprintf("server too slow: less than %ld "
			    "bytes/s for %ld s", f->low_speed_limit,
			    f->low_speed_time_s);
			e = FETCH_ERR_SLOW;
		} else if (strncmp(eb, "Connection timed out", 20) == 0 ||
		    strncmp(eb, "Resolving timed out", 19) == 0) {
			host = fetch_url_host(eurl != NULL ? eurl : x->url);
			*text = xasprintf("connecting to %s timed out after "
			    "%ld s", host, f->connect_timeout_s);
			e = FETCH_ERR_CONNECT;
		} else {
			*text = xasprintf("timed out after %ld s",
			    f->timeout_s);
			e = FETCH_ERR_TIMEOUT;
		}
		break;
	case CURLE_WRITE_ERROR:
	case CURLE_FILESIZE_EXCEEDED:
		if (x->too_large || res == CURLE_FILESIZE_EXCEEDED) {
			*text = xasprintf("body larger than %lld bytes",
			    f->max_body);
			e = FETCH_ERR_TOO_LARGE;
		} else {
			*text = xasprintf("write error: %s", eb);
			e = FETCH_ERR_OTHER;
		}
		break;
	case CURLE_TOO_MANY_REDIRECTS:
		*text = xasprintf("more than %ld redirects", f->max_redirects);
		e = FETCH_ERR_REDIRECTS;
		break;
	case CURLE_UNSUPPORTED_PROTOCOL:
		if (redirects > 0) {
			*text = xstrdup("redirect to a protocol other than "
			    "http or https");
			e = FETCH_ERR_REDIRECTS;
		} else {
			*text = xasprintf("unsupported protocol: %s", eb);
			e = FETCH_ERR_OTHER;
		}
		break;
	case CURLE_GOT_NOTHING:
		*text = xstrdup("empty reply from server");
		e = FETCH_ERR_PROTOCOL;
		break;
	case CURLE_PARTIAL_FILE:
		*text = xstrdup("connection closed before the whole body "
		    "arrived");
		e = FETCH_ERR_PROTOCOL;
		break;
	case CURLE_BAD_CONTENT_ENCODING:
		*text = xasprintf("bad content encoding: %s", eb);
		e = FETCH_ERR_PROTOCOL;
		break;
	case CURLE_WEIRD_SERVER_REPLY:
	case CURLE_HTTP2:
	case CURLE_HTTP2_STREAM:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
		*text = xasprintf("connection error: %s", eb);
		e = FETCH_ERR_PROTOCOL;
		break;
	default:
		*text = xasprintf("%s (%s)", curl_easy_strerror(res), eb);
		e = FETCH_ERR_OTHER;
		break;
	}
	free(host);
	return e;
}

/* A header of the final response, copied; NULL if absent. */
static char *
fetch_header(CURL *easy, const char *name)
{
	struct curl_header	*h;

	if (curl_easy_header(easy, name, 0, CURLH_HEADER, -1, &h) !=
	    CURLHE_OK || h->value == NULL)
		return NULL;
	return xstrdup(h->value);
}

/* Retry-After: delta-seconds or an HTTP-date.  -1 if absent or bad. */
static long
fetch_retry_after(const char *v)
{
	long long	 n;
	time_t		 t, now;

	if (v == NULL)
		return -1;
	while (isspace((unsigned char)*v))
		v++;
	if (isdigit((unsigned char)*v)) {
		if (util_strtonum(v, 0, (long long)1 << 40, &n) != 0)
			return -1;
		return n > FETCH_RETRY_AFTER_MAX ? FETCH_RETRY_AFTER_MAX :
		    (long)n;
	}
	if (when_parse_rfc822(v, &t) != 0)
		return -1;
	now = util_now();
	if (t <= now)
		return 0;
	if (t - now > FETCH_RETRY_AFTER_MAX)
		return FETCH_RETRY_AFTER_MAX;
	return (long)(t - now);
}

static void
fetch_xfer_free(struct fetch_xfer *x)
{
	if (x->easy != NULL)
		curl_easy_cleanup(x->easy);
	curl_slist_free_all(x->headers);
	buf_free(&x->body);
	free(x->url);
	free(x->etag);
	free(x->last_modified);
	free(x->perm_url);
	free(x);
}

/* Reports a finished transfer to its owner and frees it. */
static void
fetch_finish(struct fetcher *f, struct fetch_xfer *x, CURLcode res)
{
	struct fetch_result	 r;
	long			 code = 0, redirects = 0;
	char			*eurl = NULL, *text = NULL;
	char			*etag = NULL, *lm = NULL, *ra = NULL;

	TAILQ_REMOVE(&f->running, x, entry);
	f->nrunning--;
	curl_multi_remove_handle(f->multi, x->easy);

	memset(&r, 0, sizeof r);
	curl_easy_getinfo(x->easy, CURLINFO_RESPONSE_CODE, &code);
	curl_easy_getinfo(x->easy, CURLINFO_REDIRECT_COUNT, &redirects);
	curl_easy_getinfo(x->easy, CURLINFO_EFFECTIVE_URL, &eurl);
	r.status = (int)code;
	r.redirects = (int)redirects;
	r.final_url = eurl != NULL ? eurl : x->url;
	r.elapsed_ms = (long)(util_mono_ms() - x->started_ms);
	r.retry_after_s = -1;
	if (res == CURLE_OK) {
		r.error = FETCH_OK;
		if (code >= 200 && code < 300) {
			buf_addc(&x->body, '\0');	/* ensure allocated */
			x->body.len--;
			r.body = x->body.data;
			r.len = x->body.len;
		} else
			r.body = "";
		r.etag = etag = fetch_header(x->easy, "ETag");
		r.last_modified = lm = fetch_header(x->easy, "Last-Modified");
		ra = fetch_header(x->easy, "Retry-After");
		r.retry_after_s = fetch_retry_after(ra);
		r.permanent_url = x->perm_url;
	} else {
		r.error = fetch_error_of(x, res, redirects, &text);
		r.error_text = text;
		r.body = "";
		r.permanent_url = x->perm_url;
	}
	x->cb(&r, x->arg);
	free(text);
	free(etag);
	free(lm);
	free(ra);
	fetch_xfer_free(x);
}

/* Drains libcurl's messages: finished transfers. */
static void
fetch_check(struct fetcher *f)
{
	CURLMsg			*msg;
	struct fetch_xfer	*x;
	int			 left;

	while ((msg = curl_multi_info_read(f->multi, &left)) != NULL) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		x = NULL;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &x);
		if (x == NULL)
			continue;
		fetch_finish(f, x, msg->data.result);
	}
	fetch_pump(f);
}

/* Sets up the easy handle of a transfer.  0 or -EINVAL with *cause. */
static int
fetch_easy(struct fetcher *f, struct fetch_xfer *x)
{
	CURL	*e;
	char	*h;

	if ((e = curl_easy_init()) == NULL)
		fatalx("curl_easy_init failed");
	x->easy = e;
	curl_easy_setopt(e, CURLOPT_URL, x->url);
	curl_easy_setopt(e, CURLOPT_PRIVATE, x);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, x->errbuf);
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, fetch_write_cb);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, fetch_header_cb);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, x);
	curl_easy_setopt(e, CURLOPT_USERAGENT, f->user_agent);
	curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(e, CURLOPT_MAXREDIRS, f->max_redirects);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, f->connect_timeout_s);
	curl_easy_setopt(e, CURLOPT_TIMEOUT, f->timeout_s);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, f->low_speed_limit);
	curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, f->low_speed_time_s);
	curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE,
	    (curl_off_t)f->max_body);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
	curl_easy_setopt(e, CURLOPT_PIPEWAIT, 1L);
	curl_easy_setopt(e, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
	x->headers = curl_slist_append(x->headers, fetch_accept);
	if (x->etag != NULL) {
		h = xasprintf("If-None-Match: %s", x->etag);
		x->headers = curl_slist_append(x->headers, h);
		free(h);
	}
	if (x->last_modified != NULL) {
		h = xasprintf("If-Modified-Since: %s", x->last_modified);
		x->headers = curl_slist_append(x->headers, h);
		free(h);
	}
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, x->headers);
	return 0;
}

/* Starts queued transfers while there is room. */
static void
fetch_pump(struct fetcher *f)
{
	struct fetch_xfer	*x;

	while (f->nrunning < f->max_parallel &&
	    (x = TAILQ_FIRST(&f->queue)) != NULL) {
		TAILQ_REMOVE(&f->queue, x, entry);
		f->nqueued--;
		fetch_easy(f, x);
		x->started_ms = util_mono_ms();
		TAILQ_INSERT_TAIL(&f->running, x, entry);
		f->nrunning++;
		if (curl_multi_add_handle(f->multi, x->easy) != CURLM_OK)
			fatalx("curl_multi_add_handle failed");
	}
}

/* A header value we can send back: printable, no CR/LF, bounded. */
static char *
fetch_header_value(const char *v)
{
	const char	*p;

	if (v == NULL || *v == '\0' || strlen(v) > 512)
		return NULL;
	for (p = v; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return NULL;
	return xstrdup(v);
}

int
fetch_start(struct fetcher *f, const struct fetch_req *req, fetch_done_cb cb,
    void *arg, struct fetch_xfer **out, char **cause)
{
	struct fetch_xfer	*x;
	CURLU			*u;
	char			*scheme = NULL;
	int			 ok;

	if ((u = curl_url()) == NULL)
		fatalx("curl_url failed");
	ok = req->url != NULL && strlen(req->url) < 8192 &&
	    curl_url_set(u, CURLUPART_URL, req->url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) == CURLUE_OK &&
	    (strcmp(scheme, "http") == 0 || strcmp(scheme, "https") == 0);
	curl_free(scheme);
	curl_url_cleanup(u);
	if (!ok) {
		*cause = xasprintf("not an http or https URL: %s",
		    req->url != NULL ? req->url : "(none)");
		return -EINVAL;
	}
	x = xcalloc(1, sizeof *x);
	x->f = f;
	x->url = xstrdup(req->url);
	x->etag = fetch_header_value(req->etag);
	x->last_modified = fetch_header_value(req->last_modified);
	x->cb = cb;
	x->arg = arg;
	x->perm_chain = 1;
	TAILQ_INSERT_TAIL(&f->queue, x, entry);
	f->nqueued++;
	fetch_pump(f);
	if (out != NULL)
		*out = x;
	return 0;
}

void
fetch_cancel(struct fetcher *f, struct fetch_xfer *x)
{
	if (x == NULL)
		return;
	if (x->easy != NULL) {
		TAILQ_REMOVE(&f->running, x, entry);
		f->nrunning--;
		curl_multi_remove_handle(f->multi, x->easy);
	} else {
		TAILQ_REMOVE(&f->queue, x, entry);
		f->nqueued--;
	}
	fetch_xfer_free(x);
	fetch_pump(f);
}

size_t
fetch_active(const struct fetcher *f)
{
	return f->nrunning;
}

size_t
fetch_queued(const struct fetcher *f)
{
	return f->nqueued;
}

void
fetch_set_config(struct fetcher *f, const struct config *c)
{
	free(f->user_agent);
	f->user_agent = xstrdup(c->user_agent);
	f->connect_timeout_s = c->connect_timeout_s;
	f->timeout_s = c->timeout_s;
	f->low_speed_limit = (long)c->low_speed_limit;
	f->low_speed_time_s = c->low_speed_time_s;
	f->max_body = c->max_body;
	f->max_redirects = c->max_redirects;
	f->max_parallel = c->max_parallel > 0 ? (size_t)c->max_parallel : 1;
	curl_multi_setopt(f->multi, CURLMOPT_MAX_TOTAL_CONNECTIONS,
	    (long)f->max_parallel);
	fetch_pump(f);
}

int
fetch_new(struct event_base *base, const struct config *c,
    struct fetcher **out, char **cause)
{
	struct fetcher	*f;

	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		*cause = xstrdup("cannot initialise libcurl");
		return -EIO;
	}
	f = xcalloc(1, sizeof *f);
	f->base = base;
	TAILQ_INIT(&f->running);
	TAILQ_INIT(&f->queue);
	LIST_INIT(&f->socks);
	if ((f->multi = curl_multi_init()) == NULL ||
	    (f->timer = evtimer_new(base, fetch_timeout_cb, f)) == NULL) {
		if (f->multi != NULL)
			curl_multi_cleanup(f->multi);
		free(f);
		curl_global_cleanup();
		*cause = xstrdup("cannot create the libcurl multi handle");
		return -ENOMEM;
	}
	curl_multi_setopt(f->multi, CURLMOPT_SOCKETFUNCTION, fetch_sock_cb);
	curl_multi_setopt(f->multi, CURLMOPT_SOCKETDATA, f);
	curl_multi_setopt(f->multi, CURLMOPT_TIMERFUNCTION, fetch_timer_cb);
	curl_multi_setopt(f->multi, CURLMOPT_TIMERDATA, f);
	curl_multi_setopt(f->multi, CURLMOPT_PIPELINING,
	    (long)CURLPIPE_MULTIPLEX);
	fetch_set_config(f, c);
	*out = f;
	return 0;
}

void
fetch_free(struct fetcher *f)
{
	struct fetch_xfer	*x;
	struct fetch_sock	*fs;

	if (f == NULL)
		return;
	while ((x = TAILQ_FIRST(&f->queue)) != NULL) {
		TAILQ_REMOVE(&f->queue, x, entry);
		fetch_xfer_free(x);
	}
	while ((x = TAILQ_FIRST(&f->running)) != NULL) {
		TAILQ_REMOVE(&f->running, x, entry);
		curl_multi_remove_handle(f->multi, x->easy);
		fetch_xfer_free(x);
	}
	curl_multi_cleanup(f->multi);
	while ((fs = LIST_FIRST(&f->socks)) != NULL) {
		LIST_REMOVE(fs, entry);
		event_free(fs->ev);
		free(fs);
	}
	event_free(f->timer);
	free(f->user_agent);
	free(f);
	curl_global_cleanup();
}
