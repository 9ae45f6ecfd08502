/*
 * itinerd: the daemon.  Reads the config, opens the store, loads the
 * knowledge, listens on the Unix socket and runs one libevent loop in
 * which the poller fetches feeds and the API answers.  Signals: SIGTERM
 * and SIGINT stop gracefully, SIGHUP reloads the config (a broken new
 * config is refused and the old one stays).  Under systemd it is
 * Type=notify: READY=1, STATUS=, WATCHDOG=1, STOPPING=1, and it takes its
 * socket from socket activation when given one.  It never forks.
 *
 * The loop only routes: requests, timers, signals, transfers.  Parsing,
 * extraction and storing run on the ingest worker thread (worker.c, its
 * own database connection), fed by the poller's fetch results and the
 * API's import jobs (jobs.c); what they change comes back to the loop
 * as events.  On SIGTERM the worker is told to stop at once: its open
 * transaction is rolled back (what it committed before stays), and the
 * daemon exits when the thread has joined, within one item's work.
 */
#include <errno.h>
#include <event2/event.h>
#include <fcntl.h>
#include <getopt.h>
#include <grp.h>
#include <jansson.h>
#include <libxml/parser.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "config_build.h"
#if HAVE_LIBSYSTEMD
#include <systemd/sd-daemon.h>
#endif

#include "api.h"
#include "config.h"
#include "ingest.h"
#include "jobs.h"
#include "kb.h"
#include "log.h"
#include "poller.h"
#include "store.h"
#include "trips.h"
#include "util.h"
#include "worker.h"
#include "xmalloc.h"

struct itinerd {
	struct event_base	*base;
	struct config		*conf;
	struct store		*store;
	struct kb		*kb;
	struct api		*api;
	struct poller		*poller;
	struct worker		*worker;
	struct jobs		*jobs;
	char			*socket_path;	/* we created it; unlink */
	struct event		*sig_term, *sig_int, *sig_hup, *watchdog;
	struct event		*store_watch;	/* database file still there? */
	int			 foreground;
	struct poller_stats	 stats;		/* fetches and jobs */
};

static void
itinerd_notify(const char *state)
{
#if HAVE_LIBSYSTEMD
	sd_notify(0, state);
#else
	(void)state;
#endif
}

static void
itinerd_status(const char *fmt, ...)
{
	va_list	 ap;
	char	*s, *msg;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	msg = xasprintf("STATUS=%s", s);
	itinerd_notify(msg);
	free(msg);
	free(s);
}

/*
 * Returns a listening socket taken from systemd socket activation, or -1
 * when none was passed.
 */
static int
itinerd_activated_fd(void)
{
#if HAVE_LIBSYSTEMD
	int	n;

	n = sd_listen_fds(1);
	if (n >= 1 && sd_is_socket_unix(SD_LISTEN_FDS_START, SOCK_STREAM, 1,
	    NULL, 0) > 0)
		return SD_LISTEN_FDS_START;
#endif
	return -1;
}

/*
 * Creates the Unix socket at path with the config's mode and group.  A
 * socket file someone still answers on means another daemon: refused.
 * A stale one is removed.  The directory must not be writable by others
 * unless it is sticky (as /tmp is): anyone could otherwise replace the
 * socket.  The mode comes from the umask in force at bind, so the socket
 * is never reachable wider than socket_mode, and the group is set without
 * following a symlink put in its place.  Returns the fd, or -errno with
 * *cause.
 */
static int
itinerd_listen_unix(const struct config *c, char **cause)
{
	struct sockaddr_un	 sun;
	struct stat		 st;
	struct group		*gr;
	mode_t			 old;
	int			 fd, err, r;
	char			*dir, *slash;

	memset(&sun, 0, sizeof sun);
	sun.sun_family = AF_UNIX;
	if (strlen(c->socket) >= sizeof sun.sun_path) {
		*cause = xasprintf("socket path %s is too long (at most %zu "
		    "bytes)", c->socket, sizeof sun.sun_path - 1);
		return -ENAMETOOLONG;
	}
	memcpy(sun.sun_path, c->socket, strlen(c->socket) + 1);
	dir = xstrdup(c->socket);
	if ((slash = strrchr(dir, '/')) == NULL)
		snprintf(dir, strlen(dir) + 1, ".");
	else if (slash == dir)
		slash[1] = '\0';
	else {
		*slash = '\0';
		if (mkdir(dir, 0755) == -1 && errno != EEXIST) {
			err = errno;
			*cause = xasprintf("socket directory %s: %s", dir,
			    strerror(err));
			free(dir);
			return -err;
		}
	}
	errno = 0;
	if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		*cause = xasprintf("socket directory %s: %s", dir,
		    errno != 0 ? strerror(errno) : "not a directory");
		free(dir);
		return -ENOTDIR;
	}
	if ((st.st_mode & S_IWOTH) && !(st.st_mode & S_ISVTX)) {
		*cause = xasprintf("socket directory %s is writable by "
		    "others (mode %04o), so anyone could replace the socket; "
		    "use a directory only the daemon can write (e.g. "
		    "/run/itinerd) or make it sticky", dir,
		    (unsigned)(st.st_mode & 07777));
		free(dir);
		return -EPERM;
	}
	free(dir);
	if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) == -1) {
		err = errno;
		*cause = xasprintf("socket: %s", strerror(err));
		return -err;
	}
	if (lstat(c->socket, &st) == 0) {
		if (!S_ISSOCK(st.st_mode)) {
			close(fd);
			*cause = xasprintf("%s exists and is not a socket; "
			    "refusing to replace it", c->socket);
			return -EEXIST;
		}
		if (connect(fd, (struct sockaddr *)&sun, sizeof sun) == 0) {
			close(fd);
			*cause = xasprintf("another itinerd is already "
			    "listening on %s", c->socket);
			return -EADDRINUSE;
		}
		unlink(c->socket);	/* stale: nobody answers */
	}
	old = umask((mode_t)(~c->socket_mode & 0777));
	r = bind(fd, (struct sockaddr *)&sun, sizeof sun);
	umask(old);
	if (r == -1 || listen(fd, 128) == -1) {
		err = errno;
		close(fd);
		*cause = xasprintf("%s: %s", c->socket, strerror(err));
		return -err;
	}
	if (c->socket_group != NULL) {
		if ((gr = getgrnam(c->socket_group)) == NULL) {
			close(fd);
			unlink(c->socket);
			*cause = xasprintf("socket_group: no group named '%s'",
			    c->socket_group);
			return -ENOENT;
		}
		if (fchownat(AT_FDCWD, c->socket, (uid_t)-1, gr->gr_gid,
		    AT_SYMLINK_NOFOLLOW) == -1) {
			err = errno;
			close(fd);
			unlink(c->socket);
			*cause = xasprintf("chown %s to group %s: %s",
			    c->socket, c->socket_group, strerror(err));
			return -err;
		}
	}
	return fd;
}

/* Applies a newly read config; the old one is freed. */
static int
itinerd_apply(struct itinerd *d, struct config *nc, char **cause)
{
	int	r;

	if (strcmp(nc->database, d->conf->database) != 0)
		log_warn("reload: database changed to %s; takes effect at "
		    "restart", nc->database);
	if (strcmp(nc->socket, d->conf->socket) != 0)
		log_warn("reload: socket changed to %s; takes effect at "
		    "restart", nc->socket);
	if ((r = store_sync_feeds(d->store, nc, cause)) != 0)
		return r;
	log_set_level(d->foreground && log_get_level() == LOG_LEVEL_DEBUG ?
	    LOG_LEVEL_DEBUG : nc->log_level);
	if (d->poller != NULL)
		poller_set_config(d->poller, nc);
	if (d->api != NULL)
		api_set_config(d->api, nc);
	config_free(d->conf);
	d->conf = nc;
	return 0;
}

static int
itinerd_reload(void *arg, char **cause)
{
	struct itinerd	*d = arg;
	struct config	*nc;
	int		 r;

	itinerd_notify("RELOADING=1");
	if ((r = config_load(d->conf->path, &nc, cause)) == 0 &&
	    (r = itinerd_apply(d, nc, cause)) != 0)
		config_free(nc);
	itinerd_notify("READY=1");
	if (r == 0) {
		log_info("reloaded %s: %zu feeds", d->conf->path,
		    d->conf->nfeeds);
		itinerd_status("running, %zu feeds", d->conf->nfeeds);
	}
	return r;
}

static int
itinerd_poll(void *arg, const char *name, char **cause)
{
	struct itinerd	*d = arg;

	return poller_poll_now(d->poller, name, cause);
}

static void
itinerd_feeds_changed(void *arg)
{
	struct itinerd	*d = arg;

	poller_reload_feeds(d->poller);
}

/*
 * The counters /v1/metrics shows: the poller's, with the articles and
 * legs that import jobs stored added in, since both paths add them.
 */
static const struct poller_stats *
itinerd_stats(void *arg)
{
	struct itinerd		*d = arg;
	unsigned long long	 na = 0, legs = 0;

	if (d->poller == NULL)
		return NULL;
	d->stats = *poller_stats(d->poller);
	if (d->jobs != NULL)
		jobs_totals(d->jobs, &na, &legs);
	d->stats.new_articles += na;
	d->stats.legs += legs;
	return &d->stats;
}

static void
itinerd_event(void *arg, const char *type, const char *json)
{
	struct itinerd	*d = arg;

	if (d->api != NULL)
		api_event(d->api, type, json);
}

static int
itinerd_import_job(void *arg, const char *body, size_t len, const char *feed,
    long long *id, char **cause)
{
	struct itinerd	*d = arg;
	int64_t		 jid;
	int		 r;

	if ((r = jobs_import(d->jobs, body, len, feed, &jid, cause)) == 0)
		*id = jid;
	return r;
}

static json_t *
itinerd_job(void *arg, long long id)
{
	struct itinerd	*d = arg;

	return id == 0 ? jobs_list(d->jobs) : jobs_get(d->jobs, id);
}

/* A job's changes as the poller's events: {"type","id"[,"removed"]}. */
static void
itinerd_job_changes(void *arg, const struct trips_changes *ch)
{
	static const char *const types[] = { "leg", "trip", "trip", "leg" };
	struct itinerd	*d = arg;
	const int64_t	*ids[4] = { ch->legs, ch->trips, ch->removed_trips,
			    ch->removed_legs };
	size_t		 n[4] = { ch->nlegs, ch->ntrips, ch->nremoved_trips,
			    ch->nremoved_legs };
	char		*s;
	size_t		 k, i;

	if (d->api == NULL)
		return;
	for (k = 0; k < 4; k++) {
		for (i = 0; i < n[k]; i++) {
			s = xasprintf("{\"type\":\"%s\",\"id\":%lld%s}",
			    types[k], (long long)ids[k][i], k >= 2 ?
			    ",\"removed\":true" : "");
			api_event(d->api, types[k], s);
			free(s);
		}
	}
}

static void
itinerd_signal(evutil_socket_t sig, short what, void *arg)
{
	struct itinerd	*d = arg;
	char		*cause = NULL;

	(void)what;
	if (sig == SIGHUP) {
		log_info("SIGHUP: reloading %s", d->conf->path != NULL ?
		    d->conf->path : "(defaults)");
		if (d->conf->path == NULL)
			return;
		if (itinerd_reload(d, &cause) != 0) {
			log_error("reload refused, keeping the running "
			    "config: %s", cause);
			free(cause);
		}
		return;
	}
	log_info("%s: stopping", sig == SIGTERM ? "SIGTERM" : "SIGINT");
	itinerd_notify("STOPPING=1");
	worker_stop(d->worker);
	event_base_loopexit(d->base, NULL);
}

static void
itinerd_watchdog(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	(void)arg;
	itinerd_notify("WATCHDOG=1");
}

static void
itinerd_start_watchdog(struct itinerd *d)
{
#if HAVE_LIBSYSTEMD
	uint64_t	usec;
	struct timeval	tv;

	if (sd_watchdog_enabled(0, &usec) <= 0)
		return;
	usec /= 2;
	tv.tv_sec = (time_t)(usec / 1000000);
	tv.tv_usec = (suseconds_t)(usec % 1000000);
	d->watchdog = event_new(d->base, -1, EV_PERSIST, itinerd_watchdog, d);
	event_add(d->watchdog, &tv);
#else
	(void)d;
#endif
}

/*
 * Checks every ITINERD_STORE_CHECK_S that the database file is still the
 * one open; when it is deleted or replaced, says so once: the log, the
 * service status, and /v1/health ("degraded", from the same check).
 * Writes stop in store_begin.
 */
#define ITINERD_STORE_CHECK_S	5

static void
itinerd_store_watch(evutil_socket_t fd, short what, void *arg)
{
	struct itinerd	*d = arg;
	const char	*why;

	(void)fd;
	(void)what;
	if (store_check(d->store, &why) == 0)
		return;
	log_error("%s", why);
	itinerd_status("degraded: %s", why);
	event_del(d->store_watch);	/* it stays so; said once */
}

static void
itinerd_libevent_log(int severity, const char *msg)
{
	switch (severity) {
	case EVENT_LOG_ERR:
		log_error("libevent: %s", msg);
		break;
	case EVENT_LOG_WARN:
		log_warn("libevent: %s", msg);
		break;
	default:
		log_debug("libevent: %s", msg);
		break;
	}
}

static void
itinerd_usage(FILE *f)
{
	fprintf(f,
	    "usage: itinerd [-fv] [-c FILE] [--check-config]\n"
	    "       itinerd [-c FILE] --import FILE...\n"
	    "       itinerd [-c FILE] --rebuild\n"
	    "  -c, --config FILE   configuration (default %s/itinerd/"
	    "itinerd.conf)\n"
	    "  -f, --foreground    stay in the foreground, log to stderr "
	    "(the default;\n"
	    "                      itinerd never forks)\n"
	    "  -v, --verbose       log at debug level\n"
	    "  -n, --check-config  check the configuration and exit\n"
	    "      --import        ingest saved feed files (or directories "
	    "of them) and exit\n"
	    "      --rebuild       run the extractor again over every stored "
	    "article\n"
	    "                      (after a knowledge update) and exit\n"
	    "  -V, --version       print the version\n",
	    ITINERD_SYSCONFDIR);
}

static void
itinerd_cleanup(struct itinerd *d)
{
	/* The thread first: no task comes back to a freed poller or API. */
	worker_free(d->worker);
	if (d->api != NULL)
		api_free(d->api);
	if (d->poller != NULL)
		poller_free(d->poller);
	if (d->socket_path != NULL) {
		unlink(d->socket_path);
		free(d->socket_path);
	}
	if (d->sig_term != NULL) {
		event_free(d->sig_term);
		event_free(d->sig_int);
		event_free(d->sig_hup);
	}
	if (d->watchdog != NULL)
		event_free(d->watchdog);
	jobs_free(d->jobs);
	if (d->store_watch != NULL)
		event_free(d->store_watch);
	kb_free(d->kb);
	store_free(d->store);
	config_free(d->conf);
	if (d->base != NULL)
		event_base_free(d->base);
}

/*
 * Warns when articles were extracted with other knowledge than the one
 * built in: their legs are what the old tables made of them until
 * --rebuild.
 */
static void
itinerd_check_kb(struct itinerd *d)
{
	sqlite3_stmt	*st;
	long long	 stale = 0;

	st = store_prepare(d->store, "SELECT count(*) FROM extractions"
	    " WHERE kb_version != ?1");
	sqlite3_bind_text(st, 1, kb_version(d->kb), -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		stale = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (stale > 0)
		log_warn("%lld articles were extracted with older knowledge; "
		    "stop the daemon and run 'itinerd --rebuild' to extract "
		    "them again", stale);
}

/* Runs --rebuild: legs and trips made anew from the stored articles. */
static int
itinerd_rebuild(struct itinerd *d)
{
	char	*cause = NULL;
	int	 n;

	log_info("rebuilding legs and trips with knowledge %s",
	    kb_version(d->kb));
	if ((n = trips_rebuild(d->store, d->kb, &cause)) < 0) {
		log_error("rebuild failed, nothing changed: %s", cause);
		free(cause);
		return 1;
	}
	log_info("rebuild done: %d legs", n);
	return 0;
}

/* --import on a terminal: one line, rewritten, per file. */
static void
itinerd_import_progress(void *arg, const char *path, size_t done,
    size_t total)
{
	int64_t	*last = arg, now = util_mono_ms();

	if (done != 0 && done != total && now - *last < 100)
		return;
	*last = now;
	fprintf(stderr, "\r\033[K%s: %zu of %zu items", path, done, total);
	if (done == total)
		fputc('\n', stderr);
	fflush(stderr);
}

/*
 * Runs --import: each file through the same ingest path as a fetch, with
 * a progress line when stderr is a terminal, and the counts at the end.
 */
static int
itinerd_import(struct itinerd *d, int argc, char **argv)
{
	char			*cause = NULL;
	struct ingest_stats	 st, all;
	int64_t			 last = 0;
	int			 i, failed = 0, tty;

	tty = isatty(STDERR_FILENO);
	memset(&all, 0, sizeof all);
	for (i = 0; i < argc; i++) {
		memset(&st, 0, sizeof st);
		if (ingest_import_path_progress(d->store, d->kb, argv[i], &st,
		    tty ? itinerd_import_progress : NULL, &last,
		    &cause) != 0) {
			if (tty)
				fputc('\n', stderr);
			log_error("import %s: %s", argv[i], cause);
			free(cause);
			cause = NULL;
			failed = 1;
			continue;
		}
		log_info("import %s: %d items, %d new articles, %d known, "
		    "%d legs", argv[i], st.items, st.new_articles,
		    st.known_articles, st.legs);
		all.items += st.items;
		all.new_articles += st.new_articles;
		all.known_articles += st.known_articles;
		all.legs += st.legs;
	}
	if (argc > 1)
		log_info("imported %d paths: %d items, %d new articles, %d "
		    "known, %d legs", argc, all.items, all.new_articles,
		    all.known_articles, all.legs);
	return failed;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "foreground", no_argument, NULL, 'f' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "check-config", no_argument, NULL, 'n' },
		{ "import", no_argument, NULL, 'I' },
		{ "rebuild", no_argument, NULL, 'R' },
		{ "version", no_argument, NULL, 'V' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct itinerd		 d;
	struct api_hooks	 hooks;
	struct jobs_hooks	 jhooks;
	const char		*path = NULL;
	char			*cause = NULL, *defpath = NULL;
	int			 ch, check = 0, verbose = 0, import = 0;
	int			 rebuild = 0, loaded;
	int			 fd = -1, activated, rc = 1;

	memset(&d, 0, sizeof d);
	while ((ch = getopt_long(argc, argv, "c:fvnVh", longopts, NULL)) !=
	    -1) {
		switch (ch) {
		case 'c':
			path = optarg;
			break;
		case 'f':
			d.foreground = 1;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'n':
			check = 1;
			break;
		case 'I':
			import = 1;
			break;
		case 'R':
			rebuild = 1;
			break;
		case 'V':
			printf("itinerd %s\n", ITINERD_VERSION);
			return 0;
		case 'h':
			itinerd_usage(stdout);
			return 0;
		default:
			itinerd_usage(stderr);
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if ((argc > 0 && !import) || (import && argc == 0) ||
	    (import && rebuild)) {
		itinerd_usage(stderr);
		return 2;
	}
	log_init("itinerd", verbose ? LOG_LEVEL_DEBUG : LOG_LEVEL_INFO);
	if (path == NULL) {
		defpath = xasprintf("%s/itinerd/itinerd.conf",
		    ITINERD_SYSCONFDIR);
		if (access(defpath, R_OK) == 0)
			path = defpath;
	}
	if (path != NULL) {
		if (config_load(path, &d.conf, &cause) != 0) {
			/* Every error of the file, one log line each. */
			for (char *l = cause, *nl; l != NULL; l = nl) {
				if ((nl = strchr(l, '\n')) != NULL)
					*nl++ = '\0';
				log_error("%s", l);
			}
			free(cause);
			free(defpath);
			return 1;
		}
	} else
		d.conf = config_default();
	free(defpath);
	if (check) {
		/* And what a start checks of this machine (config.c). */
		char	*warn = NULL;
		int	 bad;

		bad = config_check_system(d.conf, &cause, &warn) != 0;
		if (warn != NULL)
			log_warn("%s", warn);
		if (bad)
			log_error("%s", cause);
		else
			printf("%s: configuration OK (%zu feeds)\n",
			    d.conf->path != NULL ? d.conf->path : "defaults",
			    d.conf->nfeeds);
		free(warn);
		free(cause);
		config_free(d.conf);
		return bad;
	}
	if (!verbose)
		log_set_level(d.conf->log_level);
	event_set_log_callback(itinerd_libevent_log);
	signal(SIGPIPE, SIG_IGN);

	if (store_open(d.conf->database, STORE_LOCK, &d.store, &cause) != 0)
		goto fail;
	if (kb_load(&d.kb, &cause) != 0)
		goto fail;
	if ((loaded = store_load_knowledge(d.store, kb_version(d.kb),
	    &cause)) < 0)
		goto fail;
	if (loaded > 0)
		log_info("knowledge %s loaded into the database",
		    kb_version(d.kb));
	if (store_sync_feeds(d.store, d.conf, &cause) != 0)
		goto fail;
	if (import || rebuild) {
		rc = import ? itinerd_import(&d, argc, argv) :
		    itinerd_rebuild(&d);
		itinerd_cleanup(&d);
		return rc;
	}
	itinerd_check_kb(&d);

	if ((d.base = event_base_new()) == NULL) {
		cause = xstrdup("cannot create the event loop");
		goto fail;
	}
	activated = (fd = itinerd_activated_fd()) != -1;
	if (!activated) {
		if ((fd = itinerd_listen_unix(d.conf, &cause)) < 0)
			goto fail;
		d.socket_path = xstrdup(d.conf->socket);
	}
	xmlInitParser();	/* before a second thread parses */
	if (worker_new(d.base, d.conf->database, d.kb, &d.worker,
	    &cause) != 0)
		goto fail;
	worker_share_store(d.worker, d.store);
	memset(&jhooks, 0, sizeof jhooks);
	jhooks.changes = itinerd_job_changes;
	jhooks.feeds_changed = itinerd_feeds_changed;
	jhooks.arg = &d;
	d.jobs = jobs_new(d.worker, &jhooks);
	if (poller_new(d.base, d.store, d.kb, d.conf, &d.poller, &cause) != 0)
		goto fail;
	poller_set_worker(d.poller, d.worker);
	memset(&hooks, 0, sizeof hooks);
	hooks.reload = itinerd_reload;
	hooks.poll = itinerd_poll;
	hooks.feeds_changed = itinerd_feeds_changed;
	hooks.stats = itinerd_stats;
	hooks.import = itinerd_import_job;
	hooks.job = itinerd_job;
	hooks.arg = &d;
	if (api_new(d.base, d.store, d.kb, d.conf, fd, &hooks, &d.api,
	    &cause) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	poller_set_event_cb(d.poller, itinerd_event, &d);

	d.sig_term = evsignal_new(d.base, SIGTERM, itinerd_signal, &d);
	d.sig_int = evsignal_new(d.base, SIGINT, itinerd_signal, &d);
	d.sig_hup = evsignal_new(d.base, SIGHUP, itinerd_signal, &d);
	event_add(d.sig_term, NULL);
	event_add(d.sig_int, NULL);
	event_add(d.sig_hup, NULL);
	itinerd_start_watchdog(&d);
	{
		struct timeval	tv = { ITINERD_STORE_CHECK_S, 0 };

		d.store_watch = event_new(d.base, -1, EV_PERSIST,
		    itinerd_store_watch, &d);
		event_add(d.store_watch, &tv);
	}

	log_info("itinerd %s running: database %s, socket %s%s, %zu feeds",
	    ITINERD_VERSION, d.conf->database, activated ?
	    "(socket activation)" : d.conf->socket, "", d.conf->nfeeds);
	itinerd_notify("READY=1");
	itinerd_status("running, %zu feeds", d.conf->nfeeds);

	event_base_dispatch(d.base);

	log_info("stopped");
	itinerd_cleanup(&d);
	return 0;
fail:
	log_error("%s", cause != NULL ? cause : "startup failed");
	free(cause);
	if (fd >= 0)
		close(fd);
	itinerd_cleanup(&d);
	return 1;
}
