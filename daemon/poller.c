/*
 * poller: the feed schedule.  See poller.h.
 *
 * The enabled, unpaused, not disabled feeds of the database are held in
 * an array sorted by id, each with the wall-clock time it is next due.
 * The feeds neither in flight nor being stored sit in a binary min-heap
 * keyed by that time; one libevent timer is armed for the heap's top, and
 * when it fires the due feeds are popped and handed to fetch.c (which
 * caps the transfers running at once).  So a fetch ending costs
 * O(log n), not a scan of every feed.  When a fetch ends, the result is
 * judged on the loop (200: parse and ingest; 304: nothing to parse;
 * errors: backoff) and handed to the ingest worker (worker.c) as a task:
 * the worker parses and stores a 2xx body and writes the feed's new
 * state, including its next due time, with the last part of its
 * articles, so a restart resumes the schedule (and any backoff or
 * Retry-After) where it stood; for 304s and failures it writes the state
 * alone.  Both outcomes a body may have (stored, or parse/store failure
 * with its backoff) are computed on the loop before the hand-off, as the
 * worker may not touch the poller.  The feed stays out of the heap until
 * the task comes back.  One approximation: a feed whose <ttl> changed
 * gets its new interval in memory at once but in the database only from
 * its next fetch.  Without a worker (tests, tools) the same tasks run
 * inline on the poller's store.  Feeds never fetched, or overdue, at
 * start are fetched within a few seconds, spread out so they do not all
 * fire in the same millisecond.
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
#include "worker.h"
#include "xmalloc.h"

/* Feeds due at start (or overdue) are spread over at most this long. */
#define POLLER_SPREAD_MAX_MS	5000
#define POLLER_SPREAD_PER_FEED	2
/* A fetched body is stored in parts of about this long each. */
#define POLLER_PART_MS		200

struct poller_feed {
	struct poller_heap_node	 node;		/* due_ms is node.due_ms */
	struct poller		*p;
	int64_t			 id;
	char			*name;
	char			*url;
	char			*etag;
	char			*last_modified;
	int			 interval_s;
	int			 ttl_s;		/* from the last parse */
	int			 error_count;
	struct fetch_xfer	*xfer;		/* in flight */
	int			 ingesting;	/* with the worker */
	int			 again;		/* poll asked while in flight */
	int			 seen;		/* poller_load: 1 kept, 2 new */
	int			 failed;	/* a fetch failed since start */
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
	struct poller_heap	 heap;		/* feeds waiting to be due */
	struct worker		*worker;	/* NULL: store inline */
	poller_event_cb		 event_cb;
	void			*event_arg;
	struct poller_stats	 stats;
	int			 any_ok;	/* a fetch succeeded since start */
	int			 all_failed;	/* and none has: said once */
};

static void	poller_arm(struct poller *);
static void	poller_failed(struct poller *, struct poller_feed *,
		    const char *);
static void	poller_succeeded(struct poller *);
static struct poller_feed *poller_find_id(struct poller *, int64_t);

#define POLLER_FEED(n)	((struct poller_feed *)(void *)((char *)(n) - \
	offsetof(struct poller_feed, node)))

static void
poller_heap_swap(struct poller_heap *h, size_t i, size_t j)
{
	struct poller_heap_node	*t = h->v[i];

	h->v[i] = h->v[j];
	h->v[j] = t;
	h->v[i]->index = i;
	h->v[j]->index = j;
}

static void
poller_heap_up(struct poller_heap *h, size_t i)
{
	while (i > 0 && h->v[(i - 1) / 2]->due_ms > h->v[i]->due_ms) {
		poller_heap_swap(h, i, (i - 1) / 2);
		i = (i - 1) / 2;
	}
}

static void
poller_heap_down(struct poller_heap *h, size_t i)
{
	size_t	l, m;

	for (;;) {
		l = 2 * i + 1;
		m = i;
		if (l < h->n && h->v[l]->due_ms < h->v[m]->due_ms)
			m = l;
		if (l + 1 < h->n && h->v[l + 1]->due_ms < h->v[m]->due_ms)
			m = l + 1;
		if (m == i)
			return;
		poller_heap_swap(h, i, m);
		i = m;
	}
}

void
poller_heap_put(struct poller_heap *h, struct poller_heap_node *node)
{
	if (node->index == POLLER_HEAP_NONE) {
		if (h->n == h->cap) {
			h->cap = h->cap ? h->cap * 2 : 64;
			h->v = xreallocarray(h->v, h->cap, sizeof *h->v);
		}
		node->index = h->n;
		h->v[h->n++] = node;
	}
	poller_heap_up(h, node->index);
	poller_heap_down(h, node->index);
}

void
poller_heap_remove(struct poller_heap *h, struct poller_heap_node *node)
{
	size_t	i = node->index;

	if (i == POLLER_HEAP_NONE || i >= h->n || h->v[i] != node)
		return;
	node->index = POLLER_HEAP_NONE;
	if (i == --h->n)
		return;
	h->v[i] = h->v[h->n];
	h->v[i]->index = i;
	poller_heap_up(h, i);
	poller_heap_down(h, i);
}

struct poller_heap_node *
poller_heap_top(const struct poller_heap *h)
{
	return h->n > 0 ? h->v[0] : NULL;
}

void
poller_heap_clear(struct poller_heap *h)
{
	size_t	i;

	for (i = 0; i < h->n; i++)
		h->v[i]->index = POLLER_HEAP_NONE;
	free(h->v);
	memset(h, 0, sizeof *h);
}

/* Puts f in the heap at its due time, or out while it is busy. */
static void
poller_schedule(struct poller_feed *f)
{
	if (f->xfer == NULL && !f->ingesting)
		poller_heap_put(&f->p->heap, &f->node);
	else
		poller_heap_remove(&f->p->heap, &f->node);
}

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
	poller_heap_remove(&f->p->heap, &f->node);
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
	size_t	lo = 0, hi = p->nfeeds, mid;

	while (lo < hi) {	/* p->feeds is sorted by id */
		mid = lo + (hi - lo) / 2;
		if (p->feeds[mid]->id == f->id)
			return p->feeds[mid] == f ? (ssize_t)mid : -1;
		if (p->feeds[mid]->id < f->id)
			lo = mid + 1;
		else
			hi = mid;
	}
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

/* Hands a task to the worker, or runs it inline without one. */
static void
poller_submit(struct poller *p, const struct worker_ops *ops, void *task)
{
	if (p->worker != NULL)
		worker_submit(p->worker, ops, task, 1);
	else
		worker_run_inline(p->store, p->kb, ops, task);
}

static char *
poller_dup(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* A feed's fetch state to write (304s and failures): a worker task. */
struct poller_save {
	char			*name;		/* for the log */
	int64_t			 feed_id;
	struct ingest_feed_state st;		/* its strings below */
	char			*error, *etag, *last_modified, *new_url;
	char			*disabled_reason;
	char			*cause;		/* set by run on failure */
};

static void
poller_save_drop(void *arg)
{
	struct poller_save	*t = arg;

	free(t->name);
	free(t->error);
	free(t->etag);
	free(t->last_modified);
	free(t->new_url);
	free(t->disabled_reason);
	free(t->cause);
	free(t);
}

static enum worker_rc
poller_save_run(struct worker *w, void *arg)
{
	struct poller_save	*t = arg;

	if (!worker_stopping(w))
		ingest_save_state(worker_store(w), t->feed_id, &t->st,
		    &t->cause);
	return WORKER_DONE;
}

static void
poller_save_done(void *arg)
{
	struct poller_save	*t = arg;

	if (t->cause != NULL)
		log_error("feed %s: %s", t->name, t->cause);
	poller_save_drop(t);
}

static const struct worker_ops poller_save_ops = {
	.name = "feed state",
	.run = poller_save_run,
	.done = poller_save_done,
	.drop = poller_save_drop,
};

/* Queues the write of f's state st (strings copied). */
static void
poller_save(struct poller_feed *f, const struct ingest_feed_state *st)
{
	struct poller_save	*t;

	t = xcalloc(1, sizeof *t);
	t->name = xstrdup(f->name);
	t->feed_id = f->id;
	t->st = *st;
	t->st.error = t->error = poller_dup(st->error);
	t->st.etag = t->etag = poller_dup(st->etag);
	t->st.last_modified = t->last_modified =
	    poller_dup(st->last_modified);
	t->st.new_url = t->new_url = poller_dup(st->new_url);
	t->st.disabled_reason = t->disabled_reason =
	    poller_dup(st->disabled_reason);
	poller_submit(f->p, &poller_save_ops, t);
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
	st->error = err;
	st->error_count = f->error_count + 1;
	f->node.due_ms = poller_now_ms() + poller_backoff_ms(f,
	    st->error_count, retry_after_s);
	st->next_due = (time_t)((f->node.due_ms + 999) / 1000);
	f->error_count = st->error_count;
	poller_save(f, st);
}

/*
 * A 2xx body to parse and store: a worker task.  The loop fills in both
 * outcomes' schedules; the worker fills in what happened.
 */
struct poller_task {
	struct poller		*p;		/* loop side only */
	int64_t			 feed_id;
	char			*name;
	char			*body;
	size_t			 len;
	char			*final_url, *etag, *last_modified, *new_url;
	time_t			 fetched;
	int			 status;
	long			 elapsed_ms;
	int			 error_count;	/* before this fetch */
	int64_t			 ok_due_ms, fail_due_ms;
	/* The worker's. */
	struct worker		*w;
	struct feed_doc		*doc;
	size_t			 pos;
	int64_t			 part_start;
	/* What happened. */
	enum poller_outcome	 outcome;
	int			 cancelled;
	char			*error;
	char			*save_error;
	int			 ttl_s, xml_errors;
	char			*warning;
	size_t			 nitems;
	struct ingest_stats	 stats;
	struct trips_changes	 ch;
};

static void
poller_task_drop(void *arg)
{
	struct poller_task	*t = arg;

	free(t->name);
	free(t->body);
	free(t->final_url);
	free(t->etag);
	free(t->last_modified);
	free(t->new_url);
	feed_doc_free(t->doc);
	free(t->error);
	free(t->save_error);
	free(t->warning);
	trips_changes_free(&t->ch);
	free(t);
}

/* In the worker: a failure's state (t->error set) goes to the row. */
static void
poller_task_fail(struct poller_task *t, int refetch)
{
	struct ingest_feed_state	st;

	memset(&st, 0, sizeof st);
	st.fetched = t->fetched;
	st.status = t->status;
	st.error = t->error;
	st.error_count = t->error_count + 1;
	st.next_due = (time_t)((t->fail_due_ms + 999) / 1000);
	st.set_validators = refetch;	/* 1: clear them, refetch in full */
	ingest_save_state(worker_store(t->w), t->feed_id, &st,
	    &t->save_error);
}

static int
poller_task_progress(void *arg, size_t next)
{
	struct poller_task	*t = arg;

	(void)next;
	if (worker_stopping(t->w))
		return INGEST_CANCEL;
	return util_mono_ms() - t->part_start >= POLLER_PART_MS ?
	    INGEST_YIELD : INGEST_GO;
}

static enum worker_rc
poller_task_run(struct worker *w, void *arg)
{
	struct poller_task		*t = arg;
	struct ingest_feed_state	 st;
	struct trips_changes		 before;
	char				*cause = NULL;
	int				 r;

	t->w = w;
	if (worker_stopping(w)) {
		t->cancelled = 1;
		return WORKER_DONE;
	}
	if (t->doc == NULL) {
		if (feed_parse(t->body, t->len, t->final_url, t->fetched,
		    &t->doc, &cause) != 0) {
			t->error = xstrdup(cause != NULL ? cause :
			    "cannot parse");
			free(cause);
			t->outcome = POLLER_OUT_PARSE_ERROR;
			poller_task_fail(t, 1);
			return WORKER_DONE;
		}
		free(t->body);
		t->body = NULL;
		t->ttl_s = t->doc->ttl_s;
		t->xml_errors = t->doc->xml_errors;
		t->warning = poller_dup(t->doc->warning);
		t->nitems = t->doc->nitems;
	}
	memset(&st, 0, sizeof st);
	st.fetched = t->fetched;
	st.status = t->status;
	st.next_due = (time_t)((t->ok_due_ms + 999) / 1000);
	st.set_validators = 1;
	st.etag = t->etag;
	st.last_modified = t->last_modified;
	st.new_url = t->new_url;
	t->part_start = util_mono_ms();
	before = t->ch;
	r = ingest_part(worker_store(w), worker_kb(w), t->feed_id, t->doc,
	    &t->pos, t->fetched, &st, &t->stats, &t->ch, poller_task_progress,
	    t, &cause);
	if (r != 0) {
		/* The ids the rolled-back part added name nothing. */
		t->ch.nlegs = before.nlegs;
		t->ch.ntrips = before.ntrips;
		t->ch.nremoved_trips = before.nremoved_trips;
		t->ch.nremoved_legs = before.nremoved_legs;
	}
	if (r == -ECANCELED) {
		free(cause);
		t->cancelled = 1;
		return WORKER_DONE;
	}
	if (r != 0) {
		/* The open part was rolled back: try again after a backoff. */
		t->error = xasprintf("storing items failed: %s", cause);
		free(cause);
		t->outcome = POLLER_OUT_STORE_ERROR;
		poller_task_fail(t, 0);
		return WORKER_DONE;
	}
	if (t->pos < t->doc->nitems)
		return WORKER_AGAIN;
	t->outcome = POLLER_OUT_OK;
	return WORKER_DONE;
}

/* On the loop: the body was stored, or not. */
static void
poller_task_done(void *arg)
{
	struct poller_task	*t = arg;
	struct poller		*p = t->p;
	struct poller_feed	*f;

	f = poller_find_id(p, t->feed_id);
	if (f != NULL && !f->ingesting)
		f = NULL;	/* dropped and added again meanwhile */
	if (t->save_error != NULL)
		log_error("feed %s: %s", t->name, t->save_error);
	if (t->cancelled)
		goto out;
	p->stats.fetches[t->outcome]++;
	if (t->outcome == POLLER_OUT_PARSE_ERROR)
		log_warn("feed %s: %s", t->name, t->error);
	else if (t->outcome == POLLER_OUT_STORE_ERROR)
		log_error("feed %s: storing %zu items failed: %s", t->name,
		    t->nitems, t->error);
	if (t->outcome != POLLER_OUT_OK) {
		if (f != NULL) {
			f->error_count = t->error_count + 1;
			f->node.due_ms = t->fail_due_ms;
			if (t->outcome == POLLER_OUT_PARSE_ERROR) {
				poller_set_str(&f->etag, NULL);
				poller_set_str(&f->last_modified, NULL);
			}
		}
		goto out;
	}
	poller_succeeded(p);
	p->stats.new_articles += (unsigned long long)t->stats.new_articles;
	p->stats.legs += (unsigned long long)t->stats.legs;
	if (f != NULL) {
		f->error_count = 0;
		f->node.due_ms = t->ok_due_ms;
		if (t->ttl_s > 0 && t->ttl_s != f->ttl_s) {
			f->ttl_s = t->ttl_s;
			f->node.due_ms = poller_now_ms() + poller_jitter(p,
			    (int64_t)poller_interval(f) * 1000);
		}
		poller_set_str(&f->etag, t->etag);
		poller_set_str(&f->last_modified, t->last_modified);
		poller_moved(f, t->new_url);
	}
	if (t->xml_errors > 0)
		log_debug("feed %s: recovered from %d XML errors (%s)",
		    t->name, t->xml_errors, t->warning != NULL ?
		    t->warning : "");
	if (t->stats.new_articles > 0)
		log_info("feed %s: %d items, %d new articles, %d legs "
		    "(%ld ms)", t->name, t->stats.items,
		    t->stats.new_articles, t->stats.legs, t->elapsed_ms);
	else
		log_debug("feed %s: %d items, nothing new (%ld ms)", t->name,
		    t->stats.items, t->elapsed_ms);
	poller_emit_changes(p, &t->ch);
out:
	if (f != NULL) {
		f->ingesting = 0;
		if (f->again) {
			f->again = 0;
			f->node.due_ms = poller_now_ms();
		}
		poller_schedule(f);
		poller_arm(p);
	}
	poller_task_drop(t);
}

static const struct worker_ops poller_task_ops = {
	.name = "fetch result",
	.run = poller_task_run,
	.done = poller_task_done,
	.drop = poller_task_drop,
};

/* A 2xx body: handed to the worker with both outcomes' schedules. */
static void
poller_ingest(struct poller_feed *f, const struct fetch_result *r,
    const struct ingest_feed_state *st)
{
	struct poller		*p = f->p;
	struct poller_task	*t;

	t = xcalloc(1, sizeof *t);
	t->p = p;
	t->feed_id = f->id;
	t->name = xstrdup(f->name);
	t->body = xmalloc(r->len + 1);
	memcpy(t->body, r->body, r->len);
	t->body[r->len] = '\0';
	t->len = r->len;
	t->final_url = poller_dup(r->final_url);
	t->etag = poller_dup(st->etag);
	t->last_modified = poller_dup(st->last_modified);
	t->new_url = poller_dup(st->new_url);
	t->fetched = st->fetched;
	t->status = st->status;
	t->elapsed_ms = r->elapsed_ms;
	t->error_count = f->error_count;
	t->ok_due_ms = poller_now_ms() + poller_jitter(p,
	    (int64_t)poller_interval(f) * 1000);
	t->fail_due_ms = poller_now_ms() + poller_backoff_ms(f,
	    f->error_count + 1, -1);
	f->ingesting = 1;
	poller_schedule(f);
	poller_submit(p, &poller_task_ops, t);
}

/* fetch.c: a transfer of feed f ended. */
static void
poller_done(const struct fetch_result *r, void *arg)
{
	struct poller_feed	*f = arg;
	struct poller		*p = f->p;
	struct ingest_feed_state st;
	time_t			 now;
	char			*err = NULL;
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
		/* The task's done() reschedules f (at once if inline). */
		poller_ingest(f, r, &st);
		poller_arm(p);
		return;
	}
	if (r->error == FETCH_OK && r->status == 304) {
		if (r->etag != NULL || r->last_modified != NULL) {
			st.set_validators = 1;
			st.etag = r->etag != NULL ? r->etag : f->etag;
			st.last_modified = r->last_modified != NULL ?
			    r->last_modified : f->last_modified;
		}
		f->node.due_ms = poller_now_ms() + poller_jitter(p,
		    (int64_t)poller_interval(f) * 1000);
		st.next_due = (time_t)((f->node.due_ms + 999) / 1000);
		poller_save(f, &st);
		f->error_count = 0;
		if (st.set_validators) {
			poller_set_str(&f->etag, st.etag);
			poller_set_str(&f->last_modified, st.last_modified);
		}
		poller_moved(f, st.new_url);
		p->stats.fetches[POLLER_OUT_NOT_MODIFIED]++;
		poller_succeeded(p);
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
	} else if (p->all_failed)
		log_debug("feed %s: %s (error %d in a row)", f->name, err,
		    st.error_count);
	else
		log_warn("feed %s: %s (error %d in a row)", f->name, err,
		    st.error_count);
	poller_failed(p, f, err);
	poller_fail(f, &st, err, r->error == FETCH_OK && (r->status == 429 ||
	    r->status == 503) ? r->retry_after_s : -1);
	free(err);
next:
	if (gone) {
		if ((i = poller_index(p, f)) >= 0)
			poller_drop(p, (size_t)i);
		poller_arm(p);
		return;		/* f is freed */
	}
	if (f->again) {
		f->again = 0;
		f->node.due_ms = poller_now_ms();
	}
	poller_schedule(f);
	poller_arm(p);
}

/*
 * A first run where nothing can be fetched (no network, a proxy needed,
 * DNS) would otherwise log one backoff line per feed for ever: once every
 * polled feed has failed and none has succeeded since start, say so once,
 * plainly, with what to check, and log the feeds' own failures at debug
 * level until one succeeds.
 */
static void
poller_failed(struct poller *p, struct poller_feed *f, const char *err)
{
	f->failed = 1;
	if (p->any_ok || p->all_failed)
		return;
	for (size_t i = 0; i < p->nfeeds; i++)
		if (!p->feeds[i]->failed)
			return;
	p->all_failed = 1;
	log_error("no feed could be fetched since start (%zu feed%s; the "
	    "last: %s: %s): check this machine's network, DNS and proxy "
	    "(https_proxy, http_proxy) and the feed URLs; `itinctl status` "
	    "lists each feed's error; retrying with backoff, quietly",
	    p->nfeeds, p->nfeeds == 1 ? "" : "s", f->name, err);
}

static void
poller_succeeded(struct poller *p)
{
	if (p->all_failed)
		log_info("feeds are being fetched again");
	p->any_ok = 1;
	p->all_failed = 0;
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
	poller_failed(p, f, cause);
	memset(&st, 0, sizeof st);
	st.fetched = util_now();
	poller_fail(f, &st, cause, -1);
	free(cause);
}

static void
poller_timer_cb(evutil_socket_t fd, short what, void *arg)
{
	struct poller		*p = arg;
	struct poller_heap_node	*top;
	struct poller_feed	*f;
	int64_t			 now;

	(void)fd;
	(void)what;
	now = poller_now_ms();
	while ((top = poller_heap_top(&p->heap)) != NULL &&
	    top->due_ms <= now) {
		f = POLLER_FEED(top);
		poller_heap_remove(&p->heap, top);
		poller_start(p, f);
		poller_schedule(f);	/* back in if it could not start */
		if (f->xfer == NULL && f->node.due_ms <= now)
			break;		/* poller_fail set a time: no loop */
	}
	poller_arm(p);
}

/* Arms the one timer for the earliest due feed (the heap's top). */
static void
poller_arm(struct poller *p)
{
	struct poller_heap_node	*top;
	struct timeval		 tv;
	int64_t			 d;

	if ((top = poller_heap_top(&p->heap)) == NULL) {
		evtimer_del(p->timer);
		return;
	}
	d = top->due_ms - poller_now_ms();
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
			    f->xfer == NULL && !f->ingesting) {
				poller_set_str(&f->url, poller_col(st, 2));
				poller_set_str(&f->etag, poller_col(st, 4));
				poller_set_str(&f->last_modified,
				    poller_col(st, 5));
				f->node.due_ms = now;
			}
			f->interval_s = interval;
			if (f->error_count == 0 && f->xfer == NULL &&
			    !f->ingesting && f->node.due_ms > now + (int64_t)poller_interval(f) *
			    1000)
				f->node.due_ms = now + poller_jitter(p,
				    (int64_t)poller_interval(f) * 1000);
		} else {
			f = xcalloc(1, sizeof *f);
			f->node.index = POLLER_HEAP_NONE;
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
				f->node.due_ms = -1;		/* soon: spread */
			else {
				f->node.due_ms = next_due;
				if (f->node.due_ms > now +
				    (int64_t)p->conf->backoff_max_s * 1000)
					f->node.due_ms = now +
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
	/* The heap is built again below. */
	poller_heap_clear(&p->heap);
	/* Feeds no longer schedulable: cancel and forget. */
	for (i = 0; i < p->nfeeds; i++)
		if (p->feeds[i]->seen == 0)
			poller_feed_free(p->feeds[i]);
	free(p->feeds);
	p->feeds = nf;
	p->nfeeds = n;
	for (i = 0; i < n; i++) {
		nf[i]->seen = 0;
		if (nf[i]->node.due_ms == -1)
			nnew++;
	}
	spread = (int64_t)nnew * POLLER_SPREAD_PER_FEED;
	if (spread > POLLER_SPREAD_MAX_MS)
		spread = POLLER_SPREAD_MAX_MS;
	for (i = 0; i < n; i++) {
		if (nf[i]->node.due_ms == -1)
			nf[i]->node.due_ms = now + (spread > 0 ?
			    (int64_t)arc4random_uniform((uint32_t)spread) : 0);
		poller_schedule(nf[i]);
	}
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
		if (f->xfer != NULL || f->ingesting)
			f->again = 1;
		else {
			f->node.due_ms = now;
			poller_schedule(f);
		}
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
poller_set_worker(struct poller *p, struct worker *w)
{
	p->worker = w;
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
	poller_heap_clear(&p->heap);
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
