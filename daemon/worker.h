/*
 * worker: the ingest thread.  One thread with its own SQLite connection,
 * the daemon's only writer of articles, legs and trips, runs tasks that
 * the event loop hands it (parse, extract, store, regroup) and hands each
 * finished task back to the loop, where its done callback runs.  The loop
 * never waits for it: tasks go in under a mutex, and a pipe the loop
 * watches says that finished tasks are waiting.
 *
 * Two queues: urgent tasks (fetch results) run before the others (import
 * jobs).  A long task returns WORKER_AGAIN after committing a part of its
 * work; it is then run again after the urgent tasks that came meanwhile,
 * so a fetch never waits for a whole import.  Does not know what a task
 * does; poller.c and jobs.c define theirs.
 */
#ifndef ITINERD_WORKER_H
#define ITINERD_WORKER_H

struct event_base;
struct kb;
struct store;
struct worker;

enum worker_rc {
	WORKER_DONE,	/* finished: done() runs on the loop */
	WORKER_AGAIN,	/* committed a part: run again later */
};

/* What a task does; a static table per kind of task. */
struct worker_ops {
	const char	*name;
	/* In the worker thread, with the worker's store; returns a rc. */
	enum worker_rc	(*run)(struct worker *, void *arg);
	/* On the loop after run returned WORKER_DONE; takes ownership. */
	void		(*done)(void *arg);
	/* Frees arg when the task ends with the worker, unfinished or not
	 * handed back: done() will not run. */
	void		(*drop)(void *arg);
};

/*
 * Opens a second connection to the database at path (already opened and
 * migrated by the daemon, which holds the lock) and starts the thread.
 * kb is shared read-only and must outlive the worker.  Returns 0 and
 * sets *out, or -errno with *cause (caller frees).
 */
int	worker_new(struct event_base *, const char *path, const struct kb *,
	    struct worker **out, char **cause);
/* Queues a task (arg owned by the task from now on). */
void	worker_submit(struct worker *, const struct worker_ops *, void *arg,
	    int urgent);
/*
 * Asks the thread to stop: the task running sees worker_stopping() and
 * rolls back its open transaction; no new task starts.  Safe to call
 * more than once, from the loop.
 */
void	worker_stop(struct worker *);
/* Tasks queued or running (not yet handed back). */
unsigned worker_pending(struct worker *);

/* For tasks, in the worker thread. */
struct store	*worker_store(struct worker *);
const struct kb	*worker_kb(struct worker *);
int		 worker_stopping(struct worker *);

/*
 * Installs on another connection (the loop's) a busy handler that
 * waits for the worker's short transactions and asks it to pause
 * between two of them, so that writer gets in.  The worker must
 * outlive the connection's use.
 */
void	worker_share_store(struct worker *, struct store *);

/*
 * Runs a task to its end in the calling thread on store s, then its
 * done callback: for programs and tests that have no worker thread.
 */
void	worker_run_inline(struct store *s, const struct kb *,
	    const struct worker_ops *, void *arg);

/* Stops (as worker_stop), joins the thread and drops what is left. */
void	worker_free(struct worker *);

#endif
