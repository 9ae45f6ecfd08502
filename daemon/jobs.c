/*
 * jobs: import jobs.  See jobs.h.
 *
 * A job is created on the loop, queued on the worker as a normal (not
 * urgent) task and run there: the body is parsed, the feed's id looked
 * up (the "import" feed created if needed) and the items stored by
 * ingest_part in parts of about JOBS_PART_MS, each committed, so the
 * write lock is held briefly and fetch results queued meanwhile go
 * first.  A failure or shutdown loses only the open part; what was
 * committed stays and a second import of the same document stores none
 * of it again (ingest's dedupe).  The counts a client reads are those
 * committed, items_done the items seen so far.
 *
 * The mutex guards the fields both threads touch (state, counts,
 * errors); doc, body and the changes are the worker's until done() runs
 * on the loop, which then emits the events and may evict old jobs.  A job
 * is evicted only after done() ran for it, so no task points to a freed
 * job.
 */
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>

#include "feed.h"
#include "ingest.h"
#include "jobs.h"
#include "log.h"
#include "trips.h"
#include "util.h"
#include "worker.h"
#include "xmalloc.h"

/* One part of an import: committed after about this long. */
#define JOBS_PART_MS	200
#define JOBS_MAX_ERRORS	8

struct job {
	struct jobs		*jobs;
	int64_t			 id;
	char			*feed;		/* NULL: "import" */
	time_t			 created, finished;
	/* Under jobs->mtx. */
	enum jobs_state		 state;
	size_t			 items_done, items_total;
	struct ingest_stats	 st;
	char			*errors[JOBS_MAX_ERRORS];
	size_t			 nerrors;
	int			 handed_back;	/* done() ran */
	/* The worker's until done(). */
	char			*body;
	size_t			 len;
	struct feed_doc		*doc;
	int64_t			 feed_id;
	size_t			 pos;
	time_t			 now;
	int64_t			 part_start;
	struct trips_changes	 ch;
	TAILQ_ENTRY(job)	 entry;
};

struct jobs {
	struct worker		*worker;
	struct jobs_hooks	 hooks;
	pthread_mutex_t		 mtx;
	int64_t			 next_id;
	size_t			 njobs;
	TAILQ_HEAD(jobs_list_head, job) list;		/* oldest first */
	/* Stored by all jobs since start, counted as each part commits. */
	unsigned long long	 new_articles;
	unsigned long long	 legs;
};

const char *
jobs_state_name(enum jobs_state s)
{
	static const char *const names[] = { "queued", "running", "done",
	    "failed" };

	return (unsigned)s < sizeof names / sizeof names[0] ? names[s] : "?";
}

static void
jobs_job_free(struct job *j)
{
	size_t	i;

	free(j->feed);
	for (i = 0; i < j->nerrors; i++)
		free(j->errors[i]);
	free(j->body);
	feed_doc_free(j->doc);
	trips_changes_free(&j->ch);
	free(j);
}

/*
 * Forgets the ids a rolled-back part appended to ch (before: ch as it was
 * before the part): they name nothing that exists.
 */
static void
jobs_changes_truncate(struct trips_changes *ch,
    const struct trips_changes *before)
{
	ch->nlegs = before->nlegs;
	ch->ntrips = before->ntrips;
	ch->nremoved_trips = before->nremoved_trips;
	ch->nremoved_legs = before->nremoved_legs;
}

/* Ends j as failed with the message msg (taken); in the worker. */
static void
jobs_fail(struct job *j, char *msg)
{
	pthread_mutex_lock(&j->jobs->mtx);
	j->state = JOBS_FAILED;
	if (j->nerrors < JOBS_MAX_ERRORS)
		j->errors[j->nerrors++] = msg;
	else
		free(msg);
	j->finished = util_now();
	pthread_mutex_unlock(&j->jobs->mtx);
}

/* ingest_part's callback, after each item; in the worker. */
static int
jobs_progress(void *arg, size_t next)
{
	struct job	*j = arg;
	struct worker	*w = j->jobs->worker;

	pthread_mutex_lock(&j->jobs->mtx);
	j->items_done = next;
	pthread_mutex_unlock(&j->jobs->mtx);
	if (worker_stopping(w))
		return INGEST_CANCEL;
	if (util_mono_ms() - j->part_start >= JOBS_PART_MS)
		return INGEST_YIELD;
	return INGEST_GO;
}

/* Parses the body and finds the feed; 0, or -1 when the job failed. */
static int
jobs_prepare(struct worker *w, struct job *j)
{
	struct feed_doc	*doc;
	char		*cause = NULL;
	int64_t		 id;

	j->now = util_now();
	pthread_mutex_lock(&j->jobs->mtx);
	j->state = JOBS_RUNNING;
	pthread_mutex_unlock(&j->jobs->mtx);
	if (feed_parse(j->body, j->len, NULL, j->now, &doc, &cause) != 0) {
		jobs_fail(j, xasprintf("body: not a feed document: %s",
		    cause != NULL ? cause : "cannot parse"));
		free(cause);
		return -1;
	}
	free(j->body);
	j->body = NULL;
	j->doc = doc;
	if (ingest_feed_id(worker_store(w), j->feed, &id, &cause) != 0) {
		jobs_fail(j, cause);
		return -1;
	}
	j->feed_id = id;
	pthread_mutex_lock(&j->jobs->mtx);
	j->items_total = doc->nitems;
	pthread_mutex_unlock(&j->jobs->mtx);
	return 0;
}

/* The worker task: one part of the job per call. */
static enum worker_rc
jobs_run(struct worker *w, void *arg)
{
	struct job		*j = arg;
	struct ingest_stats	 st;
	struct trips_changes	 before;
	char			*cause = NULL;
	int			 r;

	if (worker_stopping(w)) {
		jobs_fail(j, xstrdup("the daemon stopped before the job "
		    "ended; what it had committed stays"));
		return WORKER_DONE;
	}
	if (j->doc == NULL && jobs_prepare(w, j) != 0)
		return WORKER_DONE;
	memset(&st, 0, sizeof st);
	before = j->ch;
	j->part_start = util_mono_ms();
	r = ingest_part(worker_store(w), worker_kb(w), j->feed_id, j->doc,
	    &j->pos, j->now, NULL, &st, &j->ch, jobs_progress, j, &cause);
	if (r != 0)
		jobs_changes_truncate(&j->ch, &before);
	if (r == -ECANCELED) {
		free(cause);
		jobs_fail(j, xstrdup("the daemon stopped before the job "
		    "ended; what it had committed stays"));
		return WORKER_DONE;
	}
	if (r != 0) {
		jobs_fail(j, cause);
		return WORKER_DONE;
	}
	pthread_mutex_lock(&j->jobs->mtx);
	j->jobs->new_articles += (unsigned long long)st.new_articles;
	j->jobs->legs += (unsigned long long)st.legs;
	j->st.items += st.items;
	j->st.new_articles += st.new_articles;
	j->st.known_articles += st.known_articles;
	j->st.legs += st.legs;
	j->items_done = j->pos;
	if (j->pos >= j->doc->nitems) {
		j->state = JOBS_DONE;
		j->finished = util_now();
	}
	pthread_mutex_unlock(&j->jobs->mtx);
	return j->pos >= j->doc->nitems ? WORKER_DONE : WORKER_AGAIN;
}

/* Forgets the oldest finished jobs beyond JOBS_KEEP; on the loop. */
static void
jobs_evict(struct jobs *js)
{
	struct job	*j, *next;

	for (j = TAILQ_FIRST(&js->list); j != NULL && js->njobs > JOBS_KEEP;
	    j = next) {
		next = TAILQ_NEXT(j, entry);
		if (!j->handed_back)
			continue;
		TAILQ_REMOVE(&js->list, j, entry);
		js->njobs--;
		jobs_job_free(j);
	}
}

/* On the loop: the job ended. */
static void
jobs_done(void *arg)
{
	struct job	*j = arg;
	struct jobs	*js = j->jobs;

	pthread_mutex_lock(&js->mtx);
	j->handed_back = 1;
	pthread_mutex_unlock(&js->mtx);
	if (j->state == JOBS_DONE)
		log_info("import job %lld: %d items, %d new articles, %d "
		    "known, %d legs", (long long)j->id, j->st.items,
		    j->st.new_articles, j->st.known_articles, j->st.legs);
	else
		log_warn("import job %lld failed after %zu of %zu items: %s",
		    (long long)j->id, j->items_done, j->items_total,
		    j->nerrors > 0 ? j->errors[j->nerrors - 1] : "?");
	if (js->hooks.changes != NULL)
		js->hooks.changes(js->hooks.arg, &j->ch);
	if (j->feed == NULL && js->hooks.feeds_changed != NULL)
		js->hooks.feeds_changed(js->hooks.arg);
	trips_changes_free(&j->ch);
	memset(&j->ch, 0, sizeof j->ch);
	feed_doc_free(j->doc);
	j->doc = NULL;
	free(j->body);
	j->body = NULL;
	jobs_evict(js);
}

/* At shutdown: the table frees the job later. */
static void
jobs_drop(void *arg)
{
	(void)arg;
}

static const struct worker_ops jobs_import_ops = {
	.name = "import",
	.run = jobs_run,
	.done = jobs_done,
	.drop = jobs_drop,
};

struct jobs *
jobs_new(struct worker *w, const struct jobs_hooks *hooks)
{
	struct jobs	*js;

	js = xcalloc(1, sizeof *js);
	js->worker = w;
	if (hooks != NULL)
		js->hooks = *hooks;
	js->next_id = 1;
	pthread_mutex_init(&js->mtx, NULL);
	TAILQ_INIT(&js->list);
	return js;
}

int
jobs_import(struct jobs *js, const char *body, size_t len, const char *feed,
    int64_t *id, char **cause)
{
	struct job	*j;
	size_t		 queued = 0;

	pthread_mutex_lock(&js->mtx);
	TAILQ_FOREACH(j, &js->list, entry)
		if (j->state == JOBS_QUEUED)
			queued++;
	pthread_mutex_unlock(&js->mtx);
	if (queued >= JOBS_MAX_QUEUED) {
		*cause = xasprintf("%zu import jobs are queued already; try "
		    "again when one has ended", queued);
		return -EAGAIN;
	}
	j = xcalloc(1, sizeof *j);
	j->jobs = js;
	j->id = js->next_id++;
	j->feed = feed != NULL ? xstrdup(feed) : NULL;
	j->created = util_now();
	j->state = JOBS_QUEUED;
	j->body = xmalloc(len + 1);
	memcpy(j->body, body, len);
	j->body[len] = '\0';
	j->len = len;
	pthread_mutex_lock(&js->mtx);
	TAILQ_INSERT_TAIL(&js->list, j, entry);
	js->njobs++;
	pthread_mutex_unlock(&js->mtx);
	*id = j->id;
	worker_submit(js->worker, &jobs_import_ops, j, 0);
	jobs_evict(js);
	return 0;
}

/* The job's JSON; the caller holds the mutex. */
static json_t *
jobs_json(const struct job *j)
{
	json_t	*o, *errs;
	size_t	 i;

	errs = json_array();
	for (i = 0; i < j->nerrors; i++)
		json_array_append_new(errs, json_string(j->errors[i]));
	o = json_pack("{s:I, s:s, s:s, s:I, s:I, s:i, s:i, s:i, s:o, s:I}",
	    "id", (json_int_t)j->id, "state", jobs_state_name(j->state),
	    "feed", j->feed != NULL ? j->feed : "import",
	    "items_done", (json_int_t)j->items_done,
	    "items_total", (json_int_t)j->items_total,
	    "new_articles", j->st.new_articles,
	    "known_articles", j->st.known_articles, "legs", j->st.legs,
	    "errors", errs, "created", (json_int_t)j->created);
	json_object_set_new(o, "finished", j->finished != 0 ?
	    json_integer((json_int_t)j->finished) : json_null());
	return o;
}

json_t *
jobs_get(struct jobs *js, int64_t id)
{
	struct job	*j;
	json_t		*o = NULL;

	pthread_mutex_lock(&js->mtx);
	TAILQ_FOREACH(j, &js->list, entry)
		if (j->id == id) {
			o = jobs_json(j);
			break;
		}
	pthread_mutex_unlock(&js->mtx);
	return o;
}

json_t *
jobs_list(struct jobs *js)
{
	struct job	*j;
	json_t		*a;

	a = json_array();
	pthread_mutex_lock(&js->mtx);
	TAILQ_FOREACH_REVERSE(j, &js->list, jobs_list_head, entry)
		json_array_append_new(a, jobs_json(j));
	pthread_mutex_unlock(&js->mtx);
	return json_pack("{s:o}", "jobs", a);
}

void
jobs_free(struct jobs *js)
{
	struct job	*j;

	if (js == NULL)
		return;
	while ((j = TAILQ_FIRST(&js->list)) != NULL) {
		TAILQ_REMOVE(&js->list, j, entry);
		jobs_job_free(j);
	}
	pthread_mutex_destroy(&js->mtx);
	free(js);
}

void
jobs_totals(struct jobs *js, unsigned long long *new_articles,
    unsigned long long *legs)
{
	pthread_mutex_lock(&js->mtx);
	*new_articles = js->new_articles;
	*legs = js->legs;
	pthread_mutex_unlock(&js->mtx);
}
