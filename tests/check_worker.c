/*
 * check_worker: the ingest thread's queues.  Tasks run in the worker
 * thread and their done callbacks on the loop's thread; urgent tasks go
 * before normal ones, and a task that returns WORKER_AGAIN runs again
 * only after the urgent tasks queued meanwhile; worker_stop is seen by a
 * running task, and worker_free drops what was not handed back (drop,
 * never done).  worker_run_inline runs a task to its end in the caller.
 */
#include <check.h>
#include <event2/event.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "store.h"
#include "testutil.h"
#include "worker.h"
#include "xmalloc.h"

static char		*tmp;
static struct event_base *base;
static struct worker	*w;
static pthread_t	 loop_thread;

/* What happened, in order: "rA" A ran, "dA" A's done, "xA" A dropped. */
static char		 trace[256];
static pthread_mutex_t	 trace_mtx = PTHREAD_MUTEX_INITIALIZER;
static atomic_int	 go_on;		/* lets task 'A' finish its first run */
static atomic_int	 dones;
static int		 inline_mode;	/* runs in the loop's thread too */

struct task {
	char	name;
	int	runs;		/* WORKER_AGAIN this many times first */
	int	wait;		/* first run waits for go_on */
	int	until_stop;	/* runs until worker_stopping */
};

static void
trace_add(char what, char name)
{
	size_t	n;

	pthread_mutex_lock(&trace_mtx);
	n = strlen(trace);
	if (n + 2 < sizeof trace) {
		trace[n] = what;
		trace[n + 1] = name;
		trace[n + 2] = '\0';
	}
	pthread_mutex_unlock(&trace_mtx);
}

static enum worker_rc
t_run(struct worker *wk, void *arg)
{
	struct task	*t = arg;
	int		 i;

	ck_assert(inline_mode || !pthread_equal(pthread_self(), loop_thread));
	ck_assert_ptr_nonnull(worker_store(wk));
	trace_add('r', t->name);
	if (t->wait) {
		t->wait = 0;
		for (i = 0; i < 5000 && !atomic_load(&go_on); i++)
			usleep(1000);
	}
	if (t->until_stop) {
		for (i = 0; i < 10000 && !worker_stopping(wk); i++)
			usleep(1000);
		return WORKER_DONE;
	}
	return t->runs-- > 0 ? WORKER_AGAIN : WORKER_DONE;
}

static void
t_done(void *arg)
{
	struct task	*t = arg;

	ck_assert(pthread_equal(pthread_self(), loop_thread));
	trace_add('d', t->name);
	free(t);
	atomic_fetch_add(&dones, 1);
}

static void
t_drop(void *arg)
{
	struct task	*t = arg;

	trace_add('x', t->name);
	free(t);
}

static const struct worker_ops t_ops = {
	.name = "test", .run = t_run, .done = t_done, .drop = t_drop,
};

static struct task *
t_new(char name, int runs, int wait)
{
	struct task	*t = xcalloc(1, sizeof *t);

	t->name = name;
	t->runs = runs;
	t->wait = wait;
	return t;
}

/* The entries of trace that start with what: "rArB" for 'r'. */
static char *
trace_of(char what)
{
	char	*out = xcalloc(1, sizeof trace);
	size_t	 i, n = 0;

	pthread_mutex_lock(&trace_mtx);
	for (i = 0; trace[i] != '\0'; i += 2)
		if (trace[i] == what) {
			out[n++] = trace[i];
			out[n++] = trace[i + 1];
		}
	pthread_mutex_unlock(&trace_mtx);
	return out;
}

/* Has task name appeared in the trace yet? */
static int
trace_has(char name)
{
	int	r;

	pthread_mutex_lock(&trace_mtx);
	r = strchr(trace, name) != NULL;
	pthread_mutex_unlock(&trace_mtx);
	return r;
}

/* Runs the loop until n done callbacks ran (bounded). */
static void
loop_until(int n)
{
	int	i;

	for (i = 0; i < 5000 && atomic_load(&dones) < n; i++) {
		event_base_loop(base, EVLOOP_NONBLOCK);
		usleep(1000);
	}
	ck_assert_int_eq(atomic_load(&dones), n);
}

static void
setup(void)
{
	struct store	*s;
	char		*db, *cause = NULL;

	tmp = tu_tmpdir();
	db = xasprintf("%s/db", tmp);
	/* The daemon's connection creates and migrates the database. */
	ck_assert_int_eq(store_open(db, 0, &s, &cause), 0);
	store_free(s);
	base = event_base_new();
	loop_thread = pthread_self();
	ck_assert_msg(worker_new(base, db, NULL, &w, &cause) == 0, "%s",
	    cause);
	free(db);
	trace[0] = '\0';
	atomic_store(&go_on, 0);
	atomic_store(&dones, 0);
}

static void
teardown(void)
{
	worker_free(w);
	event_base_free(base);
	tu_rmtree(tmp);
	free(tmp);
}

/* A normal task yields to an urgent one queued while it ran. */
START_TEST(urgent_first)
{
	char	*runs, *done;

	worker_submit(w, &t_ops, t_new('A', 1, 1), 0);
	while (!trace_has('A'))
		usleep(1000);
	worker_submit(w, &t_ops, t_new('B', 0, 0), 0);
	worker_submit(w, &t_ops, t_new('U', 0, 0), 1);
	atomic_store(&go_on, 1);
	loop_until(3);
	/* A's second run (its next part) before B, but after U. */
	runs = trace_of('r');
	done = trace_of('d');
	ck_assert_str_eq(runs, "rArUrArB");
	ck_assert_str_eq(done, "dUdAdB");
	free(runs);
	free(done);
	ck_assert_uint_eq(worker_pending(w), 0);
}
END_TEST

/* Stop: the running task sees it; queued ones are dropped, not done. */
START_TEST(stop_drops)
{
	struct task	*t = t_new('S', 0, 0);

	t->until_stop = 1;
	worker_submit(w, &t_ops, t, 0);
	worker_submit(w, &t_ops, t_new('Q', 0, 0), 0);
	while (!trace_has('S'))
		usleep(1000);
	worker_stop(w);
	worker_free(w);
	w = NULL;
	ck_assert_int_eq(atomic_load(&dones), 0);
	ck_assert_ptr_nonnull(strstr(trace, "xS"));
	ck_assert_ptr_nonnull(strstr(trace, "xQ"));
	ck_assert_ptr_null(strstr(trace, "rQ"));
}
END_TEST

/* Inline: every part, then done, in the calling thread. */
START_TEST(inline_run)
{
	struct store	*s;
	char		*db, *cause = NULL;

	db = xasprintf("%s/db", tmp);
	ck_assert_int_eq(store_open(db, 0, &s, &cause), 0);
	worker_free(w);		/* run_inline needs no thread */
	w = NULL;
	inline_mode = 1;
	worker_run_inline(s, NULL, &t_ops, t_new('I', 2, 0));
	ck_assert_str_eq(trace, "rIrIrIdI");
	store_free(s);
	free(db);
}
END_TEST

static Suite *
worker_suite(void)
{
	Suite	*s = suite_create("worker");
	TCase	*tc;

	tc = tcase_create("queues");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, urgent_first);
	tcase_add_test(tc, stop_drops);
	tcase_add_test(tc, inline_run);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(worker_suite());
}
