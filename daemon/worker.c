/*
 * worker: the ingest thread.  See worker.h.
 *
 * A task is a node on one of two FIFO lists (urgent, normal) under the
 * worker's mutex; the thread takes the head of the urgent list, else of
 * the normal one, runs it unlocked, and then puts it back at the head of
 * its list (WORKER_AGAIN) or on the done list.  When the done list goes
 * from empty to not empty the thread writes a byte to a pipe; the loop's
 * read event drains the byte and the list and runs each done callback.
 * So the loop only ever takes the mutex for a few pointer moves.
 *
 * Stopping: worker_stop sets an atomic flag the running task polls
 * between items (it then rolls back its open transaction) and wakes the
 * thread, which exits instead of starting another task; worker_free
 * joins it and drops whatever is left, handed back or not, so a task's
 * done callback never runs after the daemon began to shut down.
 *
 * The loop's own connection still writes a little (feeds added through
 * the API, a reload); worker_share_store gives it a busy handler that
 * records when it waits, and the worker, between two transactions,
 * pauses while such a writer is waiting (a few ms, bounded), so the
 * loop's short writes are not starved by back-to-back commits.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <event2/event.h>

#include "log.h"
#include "store.h"
#include "worker.h"
#include "xmalloc.h"

/* A writer that waited this recently is still waiting. */
#define WORKER_WANT_FRESH_MS	5
/* The longest the worker pauses for another writer. */
#define WORKER_PAUSE_MAX_MS	100
/* The loop's connection waits this long for the lock at most. */
#define WORKER_BUSY_MAX_MS	5000

struct worker_task {
	const struct worker_ops	*ops;
	void			*arg;
	int			 urgent;
	struct worker_task	*next;
};

struct worker_list {
	struct worker_task	*head, *tail;
};

struct worker {
	struct event_base	*base;
	struct store		*store;
	const struct kb		*kb;
	pthread_t		 thread;
	int			 started;
	pthread_mutex_t		 mtx;
	pthread_cond_t		 cond;
	struct worker_list	 urgent, normal, done;
	unsigned		 pending;	/* queued or running */
	atomic_int		 stop;
	atomic_llong		 want_ms;	/* another writer waited */
	int			 pipe[2];
	struct event		*ev;
};

static int64_t
worker_now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void
worker_list_push(struct worker_list *l, struct worker_task *t)
{
	t->next = NULL;
	if (l->tail != NULL)
		l->tail->next = t;
	else
		l->head = t;
	l->tail = t;
}

static void
worker_list_push_head(struct worker_list *l, struct worker_task *t)
{
	t->next = l->head;
	l->head = t;
	if (l->tail == NULL)
		l->tail = t;
}

static struct worker_task *
worker_list_pop(struct worker_list *l)
{
	struct worker_task	*t;

	if ((t = l->head) == NULL)
		return NULL;
	if ((l->head = t->next) == NULL)
		l->tail = NULL;
	t->next = NULL;
	return t;
}

static void
worker_list_drop(struct worker_list *l)
{
	struct worker_task	*t;

	while ((t = worker_list_pop(l)) != NULL) {
		if (t->ops->drop != NULL)
			t->ops->drop(t->arg);
		free(t);
	}
}

/*
 * Between two transactions: while a writer on another connection is
 * waiting for the lock, give it a few ms (bounded) to get in.
 */
static void
worker_let_in(struct worker *w)
{
	int64_t	start = worker_now_ms();

	while (!atomic_load(&w->stop) &&
	    worker_now_ms() - atomic_load(&w->want_ms) <
	    WORKER_WANT_FRESH_MS &&
	    worker_now_ms() - start < WORKER_PAUSE_MAX_MS)
		usleep(1000);
}

static void *
worker_main(void *arg)
{
	struct worker		*w = arg;
	struct worker_task	*t;
	enum worker_rc		 rc;
	char			 c = 1;
	int			 wake;

	pthread_mutex_lock(&w->mtx);
	for (;;) {
		while (!atomic_load(&w->stop) && w->urgent.head == NULL &&
		    w->normal.head == NULL)
			pthread_cond_wait(&w->cond, &w->mtx);
		if (atomic_load(&w->stop))
			break;
		if ((t = worker_list_pop(&w->urgent)) == NULL)
			t = worker_list_pop(&w->normal);
		pthread_mutex_unlock(&w->mtx);
		rc = t->ops->run(w, t->arg);
		worker_let_in(w);
		pthread_mutex_lock(&w->mtx);
		if (rc == WORKER_AGAIN && !atomic_load(&w->stop)) {
			worker_list_push_head(t->urgent ? &w->urgent :
			    &w->normal, t);
			continue;
		}
		wake = w->done.head == NULL;
		worker_list_push(&w->done, t);
		if (wake && write(w->pipe[1], &c, 1) == -1 && errno != EAGAIN)
			log_warn_errno("worker: waking the loop");
	}
	pthread_mutex_unlock(&w->mtx);
	return NULL;
}

/* The loop: finished tasks are waiting. */
static void
worker_read_cb(evutil_socket_t fd, short what, void *arg)
{
	struct worker		*w = arg;
	struct worker_list	 l;
	struct worker_task	*t;
	char			 buf[64];

	(void)what;
	while (read(fd, buf, sizeof buf) > 0)
		;
	pthread_mutex_lock(&w->mtx);
	l = w->done;
	memset(&w->done, 0, sizeof w->done);
	pthread_mutex_unlock(&w->mtx);
	while ((t = worker_list_pop(&l)) != NULL) {
		pthread_mutex_lock(&w->mtx);
		w->pending--;
		pthread_mutex_unlock(&w->mtx);
		t->ops->done(t->arg);
		free(t);
	}
}

int
worker_new(struct event_base *base, const char *path, const struct kb *kb,
    struct worker **out, char **cause)
{
	struct worker	*w;
	int		 r, i;

	w = xcalloc(1, sizeof *w);
	w->base = base;
	w->kb = kb;
	w->pipe[0] = w->pipe[1] = -1;
	atomic_init(&w->stop, 0);
	atomic_init(&w->want_ms, INT64_MIN / 2);
	pthread_mutex_init(&w->mtx, NULL);
	pthread_cond_init(&w->cond, NULL);
	if ((r = store_open(path, 0, &w->store, cause)) != 0)
		goto fail;
	if (pipe2(w->pipe, O_CLOEXEC | O_NONBLOCK) == -1) {
		r = -errno;
		*cause = xasprintf("worker: pipe: %s", strerror(-r));
		goto fail;
	}
	w->ev = event_new(base, w->pipe[0], EV_READ | EV_PERSIST,
	    worker_read_cb, w);
	if (w->ev == NULL || event_add(w->ev, NULL) != 0) {
		*cause = xstrdup("worker: cannot watch its pipe");
		r = -ENOMEM;
		goto fail;
	}
	if ((i = pthread_create(&w->thread, NULL, worker_main, w)) != 0) {
		*cause = xasprintf("worker: cannot start the thread: %s",
		    strerror(i));
		r = -i;
		goto fail;
	}
	w->started = 1;
	*out = w;
	return 0;
fail:
	worker_free(w);
	return r;
}

void
worker_submit(struct worker *w, const struct worker_ops *ops, void *arg,
    int urgent)
{
	struct worker_task	*t;

	t = xcalloc(1, sizeof *t);
	t->ops = ops;
	t->arg = arg;
	t->urgent = urgent;
	pthread_mutex_lock(&w->mtx);
	worker_list_push(urgent ? &w->urgent : &w->normal, t);
	w->pending++;
	pthread_cond_signal(&w->cond);
	pthread_mutex_unlock(&w->mtx);
}

void
worker_stop(struct worker *w)
{
	if (w == NULL)
		return;
	pthread_mutex_lock(&w->mtx);
	atomic_store(&w->stop, 1);
	pthread_cond_broadcast(&w->cond);
	pthread_mutex_unlock(&w->mtx);
}

unsigned
worker_pending(struct worker *w)
{
	unsigned	n;

	pthread_mutex_lock(&w->mtx);
	n = w->pending;
	pthread_mutex_unlock(&w->mtx);
	return n;
}

struct store *
worker_store(struct worker *w)
{
	return w->store;
}

const struct kb *
worker_kb(struct worker *w)
{
	return w->kb;
}

int
worker_stopping(struct worker *w)
{
	return atomic_load(&w->stop);
}

/* sqlite3_busy_handler for the loop's connection. */
static int
worker_busy(void *arg, int count)
{
	struct worker	*w = arg;

	atomic_store(&w->want_ms, worker_now_ms());
	if (count >= WORKER_BUSY_MAX_MS)
		return 0;
	usleep(1000);
	return 1;
}

void
worker_share_store(struct worker *w, struct store *s)
{
	sqlite3_busy_handler(store_db(s), worker_busy, w);
}

void
worker_run_inline(struct store *s, const struct kb *kb,
    const struct worker_ops *ops, void *arg)
{
	struct worker	w;

	memset(&w, 0, sizeof w);
	w.store = s;
	w.kb = kb;
	atomic_init(&w.stop, 0);
	atomic_init(&w.want_ms, INT64_MIN / 2);
	while (ops->run(&w, arg) == WORKER_AGAIN)
		;
	ops->done(arg);
}

void
worker_free(struct worker *w)
{
	if (w == NULL)
		return;
	if (w->started) {
		worker_stop(w);
		pthread_join(w->thread, NULL);
	}
	worker_list_drop(&w->urgent);
	worker_list_drop(&w->normal);
	worker_list_drop(&w->done);
	if (w->ev != NULL)
		event_free(w->ev);
	if (w->pipe[0] != -1)
		close(w->pipe[0]);
	if (w->pipe[1] != -1)
		close(w->pipe[1]);
	store_free(w->store);
	pthread_cond_destroy(&w->cond);
	pthread_mutex_destroy(&w->mtx);
	free(w);
}
