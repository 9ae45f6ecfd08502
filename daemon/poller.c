/*
 * poller: the feed schedule.  See poller.h.
 *
 * The enabled, unpaused, not disabled feeds of the database are held in
 * an array sorted by id, each with the wall-clock time it is next due.
 * One libevent timer is armed for the earliest due feed that is not in
 * flight; when it fires every due feed is handed to fetch.c (which caps
 * the transfers running at once).  When a fetch ends, the result is
 * judged (200: parse and ingest; 304: nothing to parse; errors: backoff),
 * and the feed's new state, including its next due time, is written in
 * the same transaction as its articles, so a restart resumes the
 * schedule (and any backoff or Retry-After) where it stood.  Feeds never
 * fetched, or overdue, at start are fetched within a few seconds, spread
 * out so they do not all fire in the same millisecond.
 *
 * Intervals: the feed's interval_s (the config's interval, or
 * poll_interval), or the feed's own <ttl>/sy:updatePeriod when that is
 * longer, with +-jitter_pct% jitter.  After n consecutive failures the
 * delay is interval * 2^(n-1), capped at backoff_max, and never shorter
 * than a Retry-After the server sent with 429 or 503.  410 Gone disables
 * the feed (disabled_reason).  Redirects that are all permanent (301,
 * 308) move the feed to its new URL.
 */
#include <errno.h>
#include <event2/event.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "feed.h"
#include "fetch.h"
#include "ingest.h"
#include "log.h"
#include "poller.h"
#include "store.h"
#include "trips.h"
#include "util.h"
#include "xmalloc.h"

/* Feeds due at start (or overdue) are spread over at most this long. */
#define POLLER_SPREAD_MAX_MS	5000
#define POLLER_SPREAD_PER_FEED	2

struct poller_feed {
	struct poller		*p;
	int64_t			 id;
	char			*name;
	char			*url;
	char			*etag;
	char			*last_modified;
	int			 interval_s;
	int			 ttl_s;		/* from the last parse */
	int			 error_count;
	int64_t			 due_ms;	/* wall clock */
	struct fetch_xfer	*xfer;		/* in flight */
	int			 again;		/* poll asked while in flight */
	int			 seen;		/* poller_load: 1 kept, 2 new */
};

struct poller {
	struct event_base	*base;
	struct store		*store;
	const struct kb		*kb;
	const struct config	*conf;
	struct fetcher		*fetch;
	struct event		*timer;
	struct poller_feed	**feeds;	/* sorted by id */
	size_t			 nfeeds;
	poller_event_cb		 event_cb;
	void			*event_arg;
	struct poller_stats	 stats;
};

static void	poller_arm(struct poller *);

static int64_t
poller_now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
poller_feed_free(struct poller_feed *f)
{
	if (f == NULL)
		return;
	if (f->xfer != NULL)
		fetch_cancel(f->p->fetch, f->xfer);
	free(f->name);
	free(f->url);
	free(f->etag);
	free(f->last_modified);
	free(f);
}

static void
poller_set_str(char **dst, const char *v)
{
	if (*dst == v)
		return;
	free(*dst);
	*dst = v != NULL ? xstrdup(v) : NULL;
}

/* The feed's regular interval in seconds. */
static int
poller_interval(const struct poller_feed *f)
{
	int	i;

	i = f->interval_s > 0 ? f->interval_s : f->p->conf->poll_interval_s;
	if (f->ttl_s > i)
		i = f->ttl_s;
	return i > 0 ? i : 1;
}

/* ms +- jitter_pct%. */
static int64_t
poller_jitter(const struct poller *p, int64_t ms)
{
	uint32_t	span;
	int64_t		j;

	if (p->conf->jitter_pct <= 0 || ms <= 0)
		return ms;
	span = (uint32_t)p->conf->jitter_pct * 20;	/* in 0.1% steps */
	j = (int64_t)arc4random_uniform(span + 1) - (int64_t)span / 2;
	return ms + ms * j / 1000;
}

/*
 * Delay before the next fetch after error number n (n >= 1), and at
 * least retry_after_s when the server named one.
 */
static int64_t
poller_backoff_ms(const struct poller_feed *f, int n, long retry_after_s)
{
	int64_t	d, cap, base;

	base = (int64_t)poller_interval(f) * 1000;
	cap = (int64_t)f->p->conf->backoff_max_s * 1000;
	if (cap < base)
		cap = base;
	d = base << (n - 1 > 20 ? 20 : (n < 1 ? 0 : n - 1));
	if (d > cap)
		d = cap;
	d = poller_jitter(f->p, d);
	if (retry_after_s >= 0) {
		/* Never sooner than the server asked, within our cap. */
		if ((int64_t)retry_after_s * 1000 > d)
			d = (int64_t)retry_after_s * 1000;
		if (d > cap)
			d = cap;
	}
	return d;
}

static const char *
poller_reason(int status)
{
	static const struct {
		int		 status;
		const char	*text;
	} table[] = {
		{ 400, "Bad Request" }, { 401, "Unauthorized" },
		{ 403, "Forbidden" }, { 404, "Not Found" },
		{ 405, "Method Not Allowed" }, { 406, "Not Acceptable" },
		{ 408, "Request Timeout" }, { 410, "Gone" },
		{ 429, "Too Many Requests" }, { 451, "Unavailable For Legal "
		    "Reasons" }, { 500, "Internal Server Error" },
		{ 501, "Not Implemented" }, { 502, "Bad Gateway" },
		{ 503, "Service Unavailable" }, { 504, "Gateway Timeout" },
	};
	size_t	i;

	for (i = 0; i < sizeof table / sizeof table[0]; i++)
		if (table[i].status == status)
			return table[i].text;
	return "";
}

/* Sends one event per changed leg and trip, each id once. */
static void
poller_emit(struct poller *p, const char *type, const int64_t *ids, size_t n,
    int removed)
{
	json_t	*o;
	char	*s;
	size_t	 i, j;

	if (p->event_cb == NULL)
		return;
	for (i = 0; i < n; i++) {
		for (j = 0; j < i; j++)
			if (ids[j] == ids[i])
				break;
		if (j < i)
			continue;
		o = json_pack("{s:s, s:I}", "type", type, "id",
		    (json_int_t)ids[i]);
		if (removed)
			json_object_set_new(o, "removed", json_true());
		if ((s = json_dumps(o, JSON_COMPACT)) != NULL) {
			p->event_cb(p->event_arg, type, s);
			free(s);
		}
		json_decref(o);
	}
}

static void
poller_emit_changes(struct poller *p, const struct trips_changes *ch)
{
	poller_emit(p, "leg", ch->legs, ch->nlegs, 0);
	poller_emit(p, "trip", ch->trips, ch->ntrips, 0);
	poller_emit(p, "trip", ch->removed_trips, ch->nremoved_trips, 1);
	poller_emit(p, "leg", ch->removed_legs, ch->nremoved_legs, 1);
}

/* Removes feed i from the schedule (410, or gone from the database). */
static void
poller_drop(struct poller *p, size_t i)
{
	poller_feed_free(p->feeds[i]);
	memmove(&p->feeds[i], &p->feeds[i + 1],
	    (p->nfeeds - i - 1) * sizeof *p->feeds);
	p->nfeeds--;
}

static ssize_t
poller_index(const struct poller *p, const struct poller_feed *f)
{
	size_t	i;

	for (i = 0; i < p->nfeeds; i++)
		if (p->feeds[i] == f)
			return (ssize_t)i;
	return -1;
}

/* The feed's new URL after permanent redirects was stored: adopt it. */
static void
poller_moved(struct poller_feed *f, const char *url)
{
	char	*from, *to;

	if (url == NULL)
		return;
	/* URLs may hold credentials or tokens: never logged in full. */
	from = util_redact_url(f->url);
	to = util_redact_url(url);
	log_info("feed %s: moved permanently from %s to %s", f->name, from,
	    to);
	free(from);
	free(to);
	poller_set_str(&f->url, url);
}

/*
 * Records failure err (borrowed) in the feed's row, st holding what else
 * changes, and schedules the next try after the backoff (and at least
 * retry_after_s, unless -1).
 */
static void
poller_fail(struct poller_feed *f, struct ingest_feed_state *st,
    const char *err, long retry_after_s)
{
	char	*cause = NULL;

	st->error = err;
	st->error_count = f->error_count + 1;
	f->due_ms = poller_now_ms() + poller_backoff_ms(f, st->error_count,
	    retry_after_s);
	st->next_due = (time_t)((f->due_ms + 999) / 1000);
	if (ingest_save_state(f->p->store, f->id, st, &cause) != 0) {
		log_error("feed %s: %s", f->name, cause);
		free(cause);
	}
	f->error_count = st->error_count;
}

/* A 2xx body: parse and store it with the feed's new state. */
static void
poller_ingest(struct poller_feed *f, const struct fetch_result *r,
    struct ingest_feed_state *st, time_t now)
{
	struct poller		*p = f->p;
	struct feed_doc		*doc = NULL;
	struct ingest_stats	 stats;
	struct trips_changes	 ch;
	char			*cause = NULL, *err = NULL;

	if (feed_parse(r->body, r->len, r->final_url, now, &doc,
	    &cause) != 0) {
		err = xasprintf("%s", cause != NULL ? cause : "cannot parse");
		free(cause);
		log_warn("feed %s: %s", f->name, err);
		p->stats.fetches[POLLER_OUT_PARSE_ERROR]++;
		st->set_validators = 1;		/* refetch in full */
		st->etag = st->last_modified = NULL;
		st->new_url = NULL;	/* a redirect to junk moves nothing */
		poller_fail(f, st, err, -1);
		free(err);
		return;
	}
	if (doc->ttl_s > 0)
		f->ttl_s = doc->ttl_s;
	memset(&stats, 0, sizeof stats);
	memset(&ch, 0, sizeof ch);
	f->due_ms = poller_now_ms() + poller_jitter(p,
	    (int64_t)poller_interval(f) * 1000);
	st->next_due = (time_t)((f->due_ms + 999) / 1000);
	if (ingest_doc(p->store, p->kb, f->id, doc, now, st, &stats, &ch,
	    &cause) != 0) {
		/* Nothing of it was stored: try again after a backoff. */
		log_error("feed %s: storing %zu items failed: %s", f->name,
		    doc->nitems, cause);
		err = xasprintf("storing items failed: %s", cause);
		free(cause);
		p->stats.fetches[POLLER_OUT_STORE_ERROR]++;
		st->set_validators = 0;
		st->new_url = NULL;
		poller_fail(f, st, err, -1);
		free(err);
		trips_changes_free(&ch);
		feed_doc_free(doc);
		return;
	}
	f->error_count = 0;
	p->stats.fetches[POLLER_OUT_OK]++;
	p->stats.new_articles += (unsigned long long)stats.new_articles;
	p->stats.legs += (unsigned long long)stats.legs;
	poller_set_str(&f->etag, st->etag);
	poller_set_str(&f->last_modified, st->last_modified);
	poller_moved(f, st->new_url);
	if (doc->xml_errors > 0)
		log_debug("feed %s: recovered from %d XML errors (%s)",
		    f->name, doc->xml_errors, doc->warning != NULL ?
		    doc->warning : "");
	if (stats.new_articles > 0)
		log_info("feed %s: %d items, %d new articles, %d legs "
		    "(%ld ms)", f->name, stats.items, stats.new_articles,
		    stats.legs, r->elapsed_ms);
	else
		log_debug("feed %s: %d items, nothing new (%ld ms)", f->name,
		    stats.items, r->elapsed_ms);
	poller_emit_changes(p, &ch);
	trips_changes_free(&ch);
	feed_doc_free(doc);
}

/* fetch.c: a transfer of feed f ended. */
static void
poller_done(const struct fetch_result *r, void *arg)
{
	struct poller_feed	*f = arg;
	struct poller		*p = f->p;
	struct ingest_feed_state st;
	time_t			 now;
	char			*err = NULL, *cause = NULL;
	ssize_t			 i;
	int			 gone = 0;

	f->xfer = NULL;
	now = util_now();
	memset(&st, 0, sizeof st);
	st.fetched = now;
	st.status = r->status;
	/* Moved for good, if what it moved to works (logged then). */
	if (r->error == FETCH_OK && r->permanent_url != NULL &&
	    strcmp(r->permanent_url, f->url) != 0 &&
	    ((r->status >= 200 && r->status < 300) || r->status == 304))
		st.new_url = r->permanent_url;

	if (r->error == FETCH_OK && r->status >= 200 && r->status < 300) {
		st.set_validators = 1;
		st.etag = r->etag;
		st.last_modified = r->last_modified;
		poller_ingest(f, r, &st, now);
		goto next;
	}
	if (r->error == FETCH_OK && r->status == 304) {
		if (r->etag != NULL || r->last_modified != NULL) {
			st.set_validators = 1;
			st.etag = r->etag != NULL ? r->etag : f->etag;
			st.last_modified = r->last_modified != NULL ?
			    r->last_modified : f->last_modified;
		}
		f->due_ms = poller_now_ms() + poller_jitter(p,
		    (int64_t)poller_interval(f) * 1000);
		st.next_due = (time_t)((f->due_ms + 999) / 1000);
		if (ingest_save_state(p->store, f->id, &st, &cause) != 0) {
			log_error("feed %s: %s", f->name, cause);
			free(cause);
		} else {
			f->error_count = 0;
			if (st.set_validators) {
				poller_set_str(&f->etag, st.etag);
				poller_set_str(&f->last_modified,
				    st.last_modified);
			}
			poller_moved(f, st.new_url);
		}
		p->stats.fetches[POLLER_OUT_NOT_MODIFIED]++;
		log_debug("feed %s: not modified (%ld ms)", f->name,
		    r->elapsed_ms);
		goto next;
	}

	/* A failure. */
	st.new_url = NULL;
	if (r->error != FETCH_OK)
		err = xstrdup(r->error_text);
	else if (r->retry_after_s >= 0 && (r->status == 429 ||
	    r->status == 503))
		err = xasprintf("HTTP %d %s (retry after %ld s)", r->status,
		    poller_reason(r->status), r->retry_after_s);
	else
		err = xasprintf("HTTP %d%s%s", r->status,
		    *poller_reason(r->status) != '\0' ? " " : "",
		    poller_reason(r->status));
	st.error = err;
	st.error_count = f->error_count + 1;
	p->stats.fetches[r->error != FETCH_OK ? POLLER_OUT_NETWORK_ERROR :
	    r->status == 410 ? POLLER_OUT_GONE : POLLER_OUT_HTTP_ERROR]++;
	if (r->error == FETCH_OK && r->status == 410) {
		st.disabled_reason = "410 Gone";
		gone = 1;
		log_warn("feed %s: %s: disabled", f->name, err);
	} else
		log_warn("feed %s: %s (error %d in a row)", f->name, err,
		    st.error_count);
	poller_fail(f, &st, err, r->error == FETCH_OK && (r->status == 429 ||
	    r->status == 503) ? r->retry_after_s : -1);
	free(err);
next:
	if (gone) {
		if ((i = poller_index(p, f)) >= 0)
			poller_drop(p, (size_t)i);
	} else if (f->again) {
		f->again = 0;
		f->due_ms = poller_now_ms();
	}
	poller_arm(p);
}

/* Hands feed f to fetch.c. */
static void
poller_start(struct poller *p, struct poller_feed *f)
{
	struct fetch_req	 req;
	struct ingest_feed_state st;
	char			*cause = NULL;

	memset(&req, 0, sizeof req);
	req.url = f->url;
	req.etag = f->etag;
	req.last_modified = f->last_modified;
	if (fetch_start(p->fetch, &req, poller_done, f, &f->xfer,
	    &cause) == 0)
		return;
	/* A URL libcurl refuses: an error like any other, backed off. */
	f->xfer = NULL;
	log_warn("feed %s: %s", f->name, cause);
	memset(&st, 0, sizeof st);
	st.fetched = util_now();
	poller_fail(f, &st, cause, -1);
	free(cause);
}

static void
poller_timer_cb(evutil_socket_t fd, short what, void *arg)
{
	struct poller		*p = arg;
	struct poller_feed	*f;
	int64_t			 now;
	size_t			 i;

	(void)fd;
	(void)what;
	now = poller_now_ms();
	for (i = 0; i < p->nfeeds; i++) {
		f = p->feeds[i];
		if (f->xfer == NULL && f->due_ms <= now)
			poller_start(p, f);
	}
	poller_arm(p);
}

/* Arms the one timer for the earliest due feed not in flight. */
static void
poller_arm(struct poller *p)
{
	struct timeval	 tv;
	int64_t		 min = INT64_MAX, d;
	size_t		 i;

	for (i = 0; i < p->nfeeds; i++)
		if (p->feeds[i]->xfer == NULL && p->feeds[i]->due_ms < min)
			min = p->feeds[i]->due_ms;
	if (min == INT64_MAX) {
		evtimer_del(p->timer);
		return;
	}
	d = min - poller_now_ms();
	if (d < 0)
		d = 0;
	tv.tv_sec = (time_t)(d / 1000);
	tv.tv_usec = (suseconds_t)(d % 1000) * 1000;
	evtimer_add(p->timer, &tv);
}

static int
poller_cmp(const void *a, const void *b)
{
	const struct poller_feed *fa = *(struct poller_feed *const *)a;
	const struct poller_feed *fb = *(struct poller_feed *const *)b;

	return fa->id < fb->id ? -1 : fa->id > fb->id;
}

static struct poller_feed *
poller_find_id(struct poller *p, int64_t id)
{
	struct poller_feed	 key, *kp = &key, **hit;

	if (p->nfeeds == 0)
		return NULL;	/* bsearch must not see a NULL array */
	key.id = id;
	hit = bsearch(&kp, p->feeds, p->nfeeds, sizeof *p->feeds, poller_cmp);
	return hit != NULL ? *hit : NULL;
}

static const char *
poller_col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/*
 * Reads the schedulable feeds from the database, keeping the state of
 * those already known.  0 or -EIO with *cause.
 */
static int
poller_load(struct poller *p, char **cause)
{
	sqlite3_stmt		*st;
	struct poller_feed	**nf = NULL, *f;
	size_t			 n = 0, cap = 0, i, nnew = 0;
	int64_t			 now, spread, next_due, id;
	int			 rc, interval;

	st = store_prepare(p->store, "SELECT id, name, url, interval_s,"
	    " etag, last_modified, error_count, next_due, last_fetch"
	    " FROM feeds WHERE enabled = 1 AND paused = 0"
	    " AND disabled_reason IS NULL AND origin != 'import'"
	    " ORDER BY id");
	now = poller_now_ms();
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			nf = xreallocarray(nf, cap, sizeof *nf);
		}
		id = sqlite3_column_int64(st, 0);
		interval = sqlite3_column_int(st, 3);
		next_due = sqlite3_column_int64(st, 7) * 1000;
		if ((f = poller_find_id(p, id)) != NULL) {
			/* Known: keep its state unless its URL changed. */
			f->seen = 1;
			poller_set_str(&f->name, poller_col(st, 1));
			if (strcmp(f->url, poller_col(st, 2)) != 0 &&
			    f->xfer == NULL) {
				poller_set_str(&f->url, poller_col(st, 2));
				poller_set_str(&f->etag, poller_col(st, 4));
				poller_set_str(&f->last_modified,
				    poller_col(st, 5));
				f->due_ms = now;
			}
			f->interval_s = interval;
			if (f->error_count == 0 && f->xfer == NULL &&
			    f->due_ms > now + (int64_t)poller_interval(f) *
			    1000)
				f->due_ms = now + poller_jitter(p,
				    (int64_t)poller_interval(f) * 1000);
		} else {
			f = xcalloc(1, sizeof *f);
			f->p = p;
			f->seen = 2;
			f->id = id;
			f->name = xstrdup(poller_col(st, 1));
			f->url = xstrdup(poller_col(st, 2));
			poller_set_str(&f->etag, poller_col(st, 4));
			poller_set_str(&f->last_modified, poller_col(st, 5));
			f->interval_s = interval;
			f->error_count = sqlite3_column_int(st, 6);
			if (sqlite3_column_type(st, 8) == SQLITE_NULL ||
			    next_due <= now)
				f->due_ms = -1;		/* soon: spread */
			else {
				f->due_ms = next_due;
				if (f->due_ms > now +
				    (int64_t)p->conf->backoff_max_s * 1000)
					f->due_ms = now +
					    (int64_t)p->conf->backoff_max_s *
					    1000;
			}
		}
		nf[n++] = f;
	}
	if (rc != SQLITE_DONE) {
		*cause = store_errmsg(p->store, "reading feeds");
		sqlite3_finalize(st);
		for (i = 0; i < n; i++)
			if (nf[i]->seen == 2)
				poller_feed_free(nf[i]);
		for (i = 0; i < p->nfeeds; i++)
			p->feeds[i]->seen = 0;
		free(nf);
		return -EIO;
	}
	sqlite3_finalize(st);
	/* Feeds no longer schedulable: cancel and forget. */
	for (i = 0; i < p->nfeeds; i++)
		if (p->feeds[i]->seen == 0)
			poller_feed_free(p->feeds[i]);
	free(p->feeds);
	p->feeds = nf;
	p->nfeeds = n;
	for (i = 0; i < n; i++) {
		nf[i]->seen = 0;
		if (nf[i]->due_ms == -1)
			nnew++;
	}
	spread = (int64_t)nnew * POLLER_SPREAD_PER_FEED;
	if (spread > POLLER_SPREAD_MAX_MS)
		spread = POLLER_SPREAD_MAX_MS;
	for (i = 0; i < n; i++)
		if (nf[i]->due_ms == -1)
			nf[i]->due_ms = now + (spread > 0 ?
			    (int64_t)arc4random_uniform((uint32_t)spread) : 0);
	return 0;
}

int
poller_new(struct event_base *base, struct store *store, const struct kb *kb,
    const struct config *conf, struct poller **out, char **cause)
{
	struct poller	*p;
	int		 r;

	p = xcalloc(1, sizeof *p);
	p->base = base;
	p->store = store;
	p->kb = kb;
	p->conf = conf;
	if ((r = fetch_new(base, conf, &p->fetch, cause)) != 0) {
		free(p);
		return r;
	}
	if ((p->timer = evtimer_new(base, poller_timer_cb, p)) == NULL) {
		fetch_free(p->fetch);
		free(p);
		*cause = xstrdup("cannot create the poll timer");
		return -ENOMEM;
	}
	if ((r = poller_load(p, cause)) != 0) {
		poller_free(p);
		return r;
	}
	log_debug("poller: %zu feeds scheduled, %d in parallel at most",
	    p->nfeeds, conf->max_parallel);
	poller_arm(p);
	*out = p;
	return 0;
}

void
poller_set_config(struct poller *p, const struct config *conf)
{
	p->conf = conf;
	fetch_set_config(p->fetch, conf);
	poller_reload_feeds(p);
}

void
poller_reload_feeds(struct poller *p)
{
	char	*cause = NULL;

	if (poller_load(p, &cause) != 0) {
		log_error("poller: %s", cause);
		free(cause);
	}
	poller_arm(p);
}

int
poller_poll_now(struct poller *p, const char *name, char **cause)
{
	sqlite3_stmt		*st;
	struct poller_feed	*f;
	int64_t			 now = poller_now_ms();
	size_t			 i;
	int			 found = 0, r;

	for (i = 0; i < p->nfeeds; i++) {
		f = p->feeds[i];
		if (name != NULL && strcmp(f->name, name) != 0)
			continue;
		found = 1;
		if (f->xfer != NULL)
			f->again = 1;
		else
			f->due_ms = now;
	}
	if (found || name == NULL) {
		poller_arm(p);
		return 0;
	}
	st = store_prepare(p->store, "SELECT paused, disabled_reason,"
	    " enabled, origin FROM feeds WHERE name = ?1");
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW) {
		*cause = xasprintf("no feed named '%s'", name);
		r = -ENOENT;
	} else if (sqlite3_column_type(st, 1) != SQLITE_NULL) {
		*cause = xasprintf("feed '%s' is disabled (%s)", name,
		    poller_col(st, 1));
		r = -EINVAL;
	} else if (sqlite3_column_int(st, 0)) {
		*cause = xasprintf("feed '%s' is paused", name);
		r = -EINVAL;
	} else if (strcmp(poller_col(st, 3), "import") == 0) {
		*cause = xasprintf("feed '%s' holds imported files and is "
		    "never fetched", name);
		r = -EINVAL;
	} else {
		*cause = xasprintf("feed '%s' is disabled", name);
		r = -EINVAL;
	}
	sqlite3_finalize(st);
	return r;
}

void
poller_set_event_cb(struct poller *p, poller_event_cb cb, void *arg)
{
	p->event_cb = cb;
	p->event_arg = arg;
}

void
poller_free(struct poller *p)
{
	size_t	i;

	if (p == NULL)
		return;
	/* Transfers first, all at once, so none is started to be undone. */
	fetch_free(p->fetch);
	for (i = 0; i < p->nfeeds; i++) {
		p->feeds[i]->xfer = NULL;
		poller_feed_free(p->feeds[i]);
	}
	free(p->feeds);
	if (p->timer != NULL)
		event_free(p->timer);
	free(p);
}

const struct poller_stats *
poller_stats(const struct poller *p)
{
	return &p->stats;
}

const char *
poller_outcome_name(enum poller_outcome o)
{
	static const char *const names[POLLER_OUTCOMES] = {
		"ok", "not_modified", "http_error", "gone", "network_error",
		"parse_error", "store_error",
	};

	return (unsigned)o < POLLER_OUTCOMES ? names[o] : "?";
}
