/*
 * jobs: import jobs.  POST /v1/import hands the body to jobs_import,
 * which answers at once with a job id; the worker thread parses and
 * stores the document in parts (each its own transaction) and the job
 * reports its state and counts as it goes: GET /v1/jobs/{id}.  Finished
 * jobs are kept (the latest JOBS_KEEP) so a client can read the result.
 * Lives on the event loop; the worker updates a job under the table's
 * mutex.
 */
#ifndef ITINERD_JOBS_H
#define ITINERD_JOBS_H

#include <stddef.h>
#include <stdint.h>

struct jobs;
struct json_t;
struct trips_changes;
struct worker;

#define JOBS_KEEP	64	/* finished jobs remembered */
#define JOBS_MAX_QUEUED	16	/* more at once: -EAGAIN */

enum jobs_state {
	JOBS_QUEUED,
	JOBS_RUNNING,
	JOBS_DONE,
	JOBS_FAILED,
};

/* What a finished job tells the daemon, on the loop. */
struct jobs_hooks {
	/* Legs and trips the job created or changed; may be NULL. */
	void	(*changes)(void *arg, const struct trips_changes *);
	/* The job created the import feed; may be NULL. */
	void	(*feeds_changed)(void *arg);
	void	*arg;
};

/*
 * Articles and legs all jobs have stored since start (committed parts,
 * of failed jobs too), for the daemon's metrics.
 */
void		 jobs_totals(struct jobs *, unsigned long long *new_articles,
		    unsigned long long *legs);
/* A job table whose imports run on w.  Never fails. */
struct jobs	*jobs_new(struct worker *w, const struct jobs_hooks *);
/*
 * Queues the import of a feed document of len bytes (copied) under the
 * feed named feed (NULL: the "import" feed).  Returns 0 and sets *id, or
 * -EAGAIN with *cause when JOBS_MAX_QUEUED jobs wait already.
 */
int		 jobs_import(struct jobs *, const char *body, size_t len,
		    const char *feed, int64_t *id, char **cause);
/*
 * The job as JSON {"id", "state", "feed", "items_done", "items_total",
 * "new_articles", "known_articles", "legs", "errors": [...], "created",
 * "finished"}; NULL for an unknown id.  Caller json_decref()s.
 */
struct json_t	*jobs_get(struct jobs *, int64_t id);
/* {"jobs": [...]} newest first.  Caller json_decref()s. */
struct json_t	*jobs_list(struct jobs *);
/* "queued", "running", "done", "failed". */
const char	*jobs_state_name(enum jobs_state);
/* Frees the table; the worker must be freed first. */
void		 jobs_free(struct jobs *);

#endif
