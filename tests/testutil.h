/*
 * testutil: helpers shared by the Check suites: temporary directories,
 * reading fixtures, running the real binaries as subprocesses, and a
 * small client for the daemon's Unix socket.  Every wait here is bounded.
 */
#ifndef ITINERD_TESTUTIL_H
#define ITINERD_TESTUTIL_H

#include <stddef.h>
#include <sys/types.h>

struct kb;
struct leg;
struct leg_list;

/* Environment paths set by tests/meson.build; abort if missing. */
const char	*tu_env(const char *name);
/* Makes a fresh directory under $TMPDIR; caller frees the path. */
char		*tu_tmpdir(void);
/* Removes a directory tree (best effort). */
void		 tu_rmtree(const char *path);
/* Reads a whole file; NULL if unreadable.  Caller frees.  *len optional. */
char		*tu_read_file(const char *path, size_t *len);
/* Reads tests/data/<rel>; aborts the test if missing.  Caller frees. */
char		*tu_fixture(const char *rel, size_t *len);
/* Writes a file, creating or truncating it; returns 0 or -errno. */
int		 tu_write_file(const char *path, const char *data);

/*
 * Starts argv[0] (a path) with argv, stdout and stderr appended to
 * logpath (may be NULL for /dev/null).  Returns the pid.
 */
pid_t		 tu_spawn(char *const argv[], const char *logpath);
/*
 * Waits at most timeout_ms for pid to exit; returns its exit status
 * (0..255), 128+signal if killed, or -1 on timeout.
 */
int		 tu_wait(pid_t pid, int timeout_ms);
/* Sends sig, then waits as tu_wait. */
int		 tu_kill_wait(pid_t pid, int sig, int timeout_ms);
/*
 * Runs argv to completion (at most timeout_ms), capturing stdout into
 * *out (caller frees; may be NULL) and returning the exit status as
 * tu_wait.  stderr goes to *err when err is not NULL.
 */
int		 tu_run(char *const argv[], char **out, char **err,
		     int timeout_ms);
/*
 * Stops a daemon the test started: SIGTERM, then at most timeout_ms for it
 * to exit; unless it exits 0, prints its log (logpath) and fails the test.
 */
void		 tu_stop_daemon(pid_t pid, const char *logpath, int timeout_ms);
/* Waits until path exists (socket or file), at most timeout_ms; 0 or -1. */
int		 tu_wait_path(const char *path, int timeout_ms);

/* Milliseconds of CLOCK_MONOTONIC: for bounding waits, never for judging
 * speed. */
long		 tu_now_ms(void);
/* Connects to the Unix socket sock, or (sock NULL) to 127.0.0.1:port.
 * Returns the fd, or -1. */
int		 tu_connect(const char *sock, int port);
/* Writes all of p (no SIGPIPE); 0 or -1. */
int		 tu_write_all(int fd, const void *p, size_t len);
/* Reads until EOF or timeout_ms; returns what came (caller frees; "" when
 * nothing), its length in *lenp (may be NULL). */
char		*tu_read_all(int fd, int timeout_ms, size_t *lenp);
/* A loopback TCP port free a moment ago. */
int		 tu_free_port(void);
/*
 * One HTTP/1.1 request with Connection: close, to the Unix socket sock or
 * (sock NULL) to 127.0.0.1:port: Host host (NULL: localhost), the extra
 * header lines (each ending in CRLF; may be NULL) and body (NULL: none)
 * sent as ctype (NULL: application/json; "": no Content-Type).  Returns
 * the whole raw answer read within timeout_ms ("" if none; caller frees)
 * and its length in *lenp (may be NULL), or NULL if it could not connect.
 */
char		*tu_exchange(const char *sock, int port, const char *method,
		     const char *path, const char *host, const char *extra,
		     const char *ctype, const char *body, int timeout_ms,
		     size_t *lenp);
/* The value of header name (any case) in a raw header block, or NULL;
 * caller frees. */
char		*tu_header(const char *headers, const char *name);
/* The status of a raw answer, or -1. */
int		 tu_raw_status(const char *raw);
/* The body of a raw answer (after its blank line; "" when none). */
const char	*tu_raw_body(const char *raw);

/*
 * One HTTP/1.1 request over a Unix socket (Connection: close).  Returns
 * the status code, or -1 if the socket could not be reached.  *body gets
 * the response body (caller frees) and, when headers is not NULL,
 * *headers the raw header block.  body_in may be NULL.
 */
int		 tu_http_unix(const char *sock, const char *method,
		     const char *path, const char *body_in, char **body,
		     char **headers);

/*
 * Runs a Check suite (fork mode, normal output, which ends with the
 * suite's "Checks: N, Failures: F, Errors: E" line) and frees it.
 * Returns the exit status for main: 0 when every test passed, else 1.
 */
struct Suite;
struct json_t;
int		 tu_run_suite(struct Suite *);

/*
 * The dev corpus ($ITINERD_CORPUS, ../shared/corpus beside the source
 * tree) when it is there (dev/gold.jsonl readable), else NULL.  A clone
 * with nothing beside it has none: tests that need it are skipped.
 */
const char	*tu_corpus(void);
/*
 * The embedded knowledge, loaded once per test binary: call it in main()
 * before the suite runs, so the forked test cases share the one copy.
 * Owned by testutil; never freed (the tests do not change it).
 */
struct kb;
const struct kb	*tu_kb(void);

/*
 * Prints the one line that says what was skipped for want of the dev
 * corpus and where it is expected, which scripts/test adds up:
 *   SKIP check_feed: 1 test case (corpus) needs the dev corpus at PATH
 * Returns 77, meson's exit status for a skipped test, for a main() whose
 * whole suite needs the corpus.
 */
int		 tu_skip_corpus(const char *what, int ntests);
/*
 * Adds tc, whose ntests test cases read the dev corpus, to s when the
 * corpus is present; otherwise leaves it unrun and says so as
 * tu_skip_corpus(what, ntests) does.
 */
struct TCase;
void		 tu_add_corpus_tcase(struct Suite *, struct TCase *,
		     const char *what, int ntests);

/*
 * The dev corpus articles (ITINERD_CORPUS/dev/articles.jsonl) as one JSON
 * object, article id -> article object.  Fails the test if unreadable.
 * Caller json_decref()s.
 */
struct json_t	*tu_corpus_articles(void);

/*
 * Whole-leg checks of the extractor, shared by its table suites.  A leg
 * is written as a spec string
 *	"PERSON[ [OCC]] > CC[ CITY] START..END PRECISION STATUS[ domestic]"
 * ("-" for an unknown start, end or official country); the bracketed
 * official country when how has TU_SPEC_OFFICIAL, " domestic" for a
 * domestic leg when how has TU_SPEC_DOMESTIC.
 */
#define TU_SPEC_OFFICIAL	0x1
#define TU_SPEC_DOMESTIC	0x2
#define TU_ROW_LEGS		8	/* legs a table row may expect */
/* A table row of an invented article and every leg expected from it,
 * and a named table of them. */
struct tu_leg_row {
	const char	*text;
	const char	*published;
	const char	*legs[TU_ROW_LEGS];
};
struct tu_leg_table {
	const char		*name;
	const struct tu_leg_row	*rows;
	size_t			 n;
};
void		 tu_leg_spec(const struct leg *, unsigned how, char *buf,
		     size_t len);
/*
 * 1 when each of want[0..) (at most TU_ROW_LEGS, NULL-terminated when
 * fewer) is one leg of legs, each leg once, and legs has no other; else 0
 * and what differs, with every leg got, in msg.
 */
int		 tu_legs_match(const char *const *want,
		     const struct leg_list *legs, unsigned how, char *msg,
		     size_t len);
/*
 * Runs the extractor on one invented article (title may be NULL) and
 * fails the test, naming where, unless its legs are exactly want.
 */
void		 tu_check_legs(const struct kb *, const char *where,
		     const char *text, const char *title,
		     const char *published, const char *const *want,
		     unsigned how);

#endif
