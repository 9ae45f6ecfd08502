/*
 * check_e2e_limits: the API cannot be exhausted.  Each test starts the
 * real itinerd on a temporary directory (an empty database, no feeds,
 * a loopback TCP listener) and checks outcomes, never speed: idle TCP
 * connections beyond the open-file limit leave the Unix socket
 * answering; a cap per listener; a request trickled a byte at a time is
 * closed by the daemon; evhttp's own errors come as the JSON error; a
 * prompt event-stream reader gets every event of one large batch.
 */
#include <arpa/inet.h>
#include <check.h>
#include <jansson.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "testutil.h"
#include "xmalloc.h"

struct daemon {
	char	*dir;
	char	*sock;
	char	*conf;
	char	*log;
	pid_t	 pid;
	int	 port;
};

static struct daemon	g;

/* Is fd at EOF (or reset) within timeout_ms?  Drains what comes. */
static int
t_closed_within(int fd, int timeout_ms)
{
	struct pollfd	 pfd = { fd, POLLIN, 0 };
	char		 tmp[4096];
	long		 deadline = tu_now_ms() + timeout_ms;

	while (tu_now_ms() < deadline) {
		if (poll(&pfd, 1, (int)(deadline - tu_now_ms())) <= 0)
			return 0;
		if (read(fd, tmp, sizeof tmp) <= 0)
			return 1;
	}
	return 0;
}

/*
 * One request with Connection: close; returns the status (-1: none) and
 * the body in *body (caller frees; may be NULL).
 */
static int
t_req(const char *sock, int port, const char *method, const char *path,
    const char *ctype, const char *in, char **body)
{
	char	*raw;
	int	 status;

	if (body != NULL)
		*body = NULL;
	if ((raw = tu_exchange(sock, port, method, path, NULL, NULL, ctype,
	    in, 90000, NULL)) == NULL)
		return -1;
	status = tu_raw_status(raw);
	if (body != NULL)
		*body = xstrdup(tu_raw_body(raw));
	free(raw);
	return status;
}

/*
 * Starts itinerd with an [api] section (may be NULL) and a TCP listener;
 * nofile, when not NULL, is prlimit's --nofile= value for the daemon.
 */
static void
d_start(struct daemon *d, const char *api, const char *nofile)
{
	char	*text, *lim = NULL;
	char	*av[8];
	int	 i = 0, n;

	memset(d, 0, sizeof *d);
	d->dir = tu_tmpdir();
	d->sock = xasprintf("%s/itinerd.sock", d->dir);
	d->conf = xasprintf("%s/itinerd.conf", d->dir);
	d->log = xasprintf("%s/log", d->dir);
	d->port = tu_free_port();
	text = xasprintf("[daemon]\ndatabase = %s/itinerd.db\nsocket = %s\n"
	    "http_listen = 127.0.0.1:%d\nlog_level = debug\n%s%s", d->dir,
	    d->sock, d->port, api != NULL ? "[api]\n" : "", api != NULL ?
	    api : "");
	ck_assert_int_eq(tu_write_file(d->conf, text), 0);
	free(text);
	if (nofile != NULL) {
		lim = xasprintf("--nofile=%s", nofile);
		av[i++] = "/usr/bin/prlimit";
		av[i++] = lim;
		av[i++] = "--";
	}
	av[i++] = (char *)tu_env("ITINERD_BIN");
	av[i++] = "-f";
	av[i++] = "-c";
	av[i++] = d->conf;
	av[i] = NULL;
	d->pid = tu_spawn(av, d->log);
	free(lim);
	ck_assert_msg(tu_wait_path(d->sock, 10000) == 0, "no socket; log: %s",
	    tu_read_file(d->log, NULL));
	for (n = 0; n < 200; n++) {
		if (t_req(d->sock, 0, "GET", "/v1/health", NULL, NULL,
		    NULL) == 200)
			return;
		usleep(20000);
	}
	ck_abort_msg("daemon does not answer /v1/health");
}

static void
d_stop(struct daemon *d)
{
	if (d->pid > 0)
		tu_stop_daemon(d->pid, d->log, 10000);
	tu_rmtree(d->dir);
	free(d->dir);
	free(d->sock);
	free(d->conf);
	free(d->log);
	memset(d, 0, sizeof *d);
}

/* Lines of the daemon's log that contain what. */
static int
t_log_count(const char *what)
{
	char		*log;
	const char	*p;
	int		 n = 0;

	log = tu_read_file(g.log, NULL);
	for (p = log; p != NULL && (p = strstr(p, what)) != NULL; p++)
		n++;
	free(log);
	return n;
}

/* Checks {"error":{"code":code,"message":...}}. */
static void
t_check_json_error(const char *body, const char *code)
{
	json_t		*j, *e;
	json_error_t	 je;

	j = json_loads(body, 0, &je);
	ck_assert_msg(j != NULL, "not JSON: %s", body);
	e = json_object_get(j, "error");
	ck_assert_msg(json_is_string(json_object_get(e, "message")), "%s",
	    body);
	ck_assert_msg(json_is_string(json_object_get(e, "code")) &&
	    strcmp(json_string_value(json_object_get(e, "code")), code) == 0,
	    "expected code %s: %s", code, body);
	json_decref(j);
}

/*
 * 1,100 TCP connections each holding an unfinished request, against a
 * daemon whose open-file limit is 1024 (hard, so it cannot raise it):
 * the daemon lowers its caps to fit, closes what is beyond, keeps the
 * Unix socket answering and does not flood its log.
 */
#define FLOOD	1100

START_TEST(test_fd_exhaustion)
{
	static const char part[] = "GET /v1/health HTTP/1.1\r\nHost: x\r\n";
	struct rlimit	 rl;
	int		*fds, i, n = 0, closed = 0;
	char		*body;

	/* Room for our own end of the connections. */
	ck_assert_int_eq(getrlimit(RLIMIT_NOFILE, &rl), 0);
	if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < FLOOD + 64) {
		rl.rlim_cur = rl.rlim_max == RLIM_INFINITY ||
		    rl.rlim_max > FLOOD + 64 ? FLOOD + 64 : rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
	/* Two listeners of 600 do not fit in 1024: lowered, with a warning. */
	d_start(&g, "max_connections = 600\n", "1024:1024");
	ck_assert_msg(t_log_count("lowered to") == 1, "no warning about "
	    "the open-file limit");
	fds = xcalloc(FLOOD, sizeof *fds);
	for (i = 0; i < FLOOD; i++) {
		if ((fds[i] = tu_connect(NULL, g.port)) == -1)
			continue;
		n++;
		tu_write_all(fds[i], part, sizeof part - 1);
	}
	/* More than the lowered cap (456) and its few refused, at least. */
	ck_assert_msg(n > 600, "only %d connections made", n);
	/* The Unix socket still answers, with the database. */
	ck_assert_int_eq(t_req(g.sock, 0, "GET", "/v1/health", NULL, NULL,
	    &body), 200);
	ck_assert_msg(strstr(body, "\"status\":\"ok\"") != NULL, "%s", body);
	free(body);
	/* Those beyond the cap were closed by the daemon. */
	for (i = FLOOD - 1; i >= 0 && closed < 100; i--)
		if (fds[i] != -1 && t_closed_within(fds[i], 2000))
			closed++;
	ck_assert_msg(closed >= 100, "only %d connections closed", closed);
	/* No flood of accept errors in the log. */
	ck_assert_msg(t_log_count("Too many open files") < 10, "%d accept "
	    "error lines", t_log_count("Too many open files"));
	for (i = 0; i < FLOOD; i++)
		if (fds[i] != -1)
			close(fds[i]);
	free(fds);
	d_stop(&g);
}
END_TEST

/* Runs prlimit on the daemon; 0 on success. */
static int
t_prlimit(pid_t pid, const char *nofile)
{
	char	*pids, *lim;
	char	*av[5];
	int	 st;

	pids = xasprintf("--pid=%ld", (long)pid);
	lim = xasprintf("--nofile=%s", nofile);
	av[0] = "/usr/bin/prlimit";
	av[1] = pids;
	av[2] = lim;
	av[3] = NULL;
	st = tu_run(av, NULL, NULL, 10000);
	free(pids);
	free(lim);
	return st;
}

/*
 * Out of file descriptors (the limit lowered under the running daemon):
 * accept fails, and the daemon pauses accepting instead of spinning on
 * the error and logging it again and again; when descriptors are there
 * again it accepts again.
 */
START_TEST(test_accept_backoff)
{
	struct rlimit	 rl;
	char		*low, *back;
	int		 fds[40], i, n;

	/* The daemon inherited our hard limit; only its soft one moves. */
	ck_assert_int_eq(getrlimit(RLIMIT_NOFILE, &rl), 0);
	low = xasprintf("8:%llu", (unsigned long long)rl.rlim_max);
	back = xasprintf("%llu:%llu", (unsigned long long)rl.rlim_cur,
	    (unsigned long long)rl.rlim_max);
	if (rl.rlim_max == RLIM_INFINITY) {
		free(low);
		free(back);
		low = xstrdup("8:unlimited");
		back = xstrdup("unlimited:unlimited");
	}
	d_start(&g, NULL, NULL);
	ck_assert_int_eq(t_prlimit(g.pid, low), 0);
	for (i = 0; i < 40; i++)
		fds[i] = tu_connect(NULL, g.port);	/* the backlog takes them */
	sleep(3);
	n = t_log_count("Too many open files");
	ck_assert_msg(n >= 1 && n <= 3, "%d accept error lines in 3 s", n);
	for (i = 0; i < 40; i++)
		if (fds[i] != -1)
			close(fds[i]);
	ck_assert_int_eq(t_prlimit(g.pid, back), 0);
	free(low);
	free(back);
	/* Accepting again within the longest backoff (5 s), bounded. */
	for (i = 0; i < 100; i++) {
		if (t_req(g.sock, 0, "GET", "/v1/health", NULL, NULL,
		    NULL) == 200)
			break;
		usleep(100000);
	}
	ck_assert_msg(i < 100, "the daemon does not accept again");
	d_stop(&g);
}
END_TEST

/* An open-file limit that cannot hold even a few connections: refused. */
START_TEST(test_fd_limit_refused)
{
	char	*dir, *conf, *log, *text, *logtext;
	char	*av[8];
	pid_t	 pid;
	int	 st;

	dir = tu_tmpdir();
	conf = xasprintf("%s/itinerd.conf", dir);
	log = xasprintf("%s/log", dir);
	text = xasprintf("[daemon]\ndatabase = %s/itinerd.db\nsocket = "
	    "%s/itinerd.sock\n", dir, dir);
	ck_assert_int_eq(tu_write_file(conf, text), 0);
	av[0] = "/usr/bin/prlimit";
	av[1] = "--nofile=100:100";
	av[2] = "--";
	av[3] = (char *)tu_env("ITINERD_BIN");
	av[4] = "-f";
	av[5] = "-c";
	av[6] = conf;
	av[7] = NULL;
	pid = tu_spawn(av, log);
	st = tu_wait(pid, 30000);
	logtext = tu_read_file(log, NULL);
	ck_assert_msg(st == 1, "exit %d: %s", st, logtext);
	ck_assert_msg(strstr(logtext, "RLIMIT_NOFILE 100") != NULL &&
	    strstr(logtext, "LimitNOFILE") != NULL, "%s", logtext);
	free(logtext);
	free(text);
	tu_rmtree(dir);
	free(dir);
	free(conf);
	free(log);
}
END_TEST

/*
 * Idle keep-alive TCP clients fill the TCP listener's cap; the Unix
 * socket has its own and answers 200, and one more TCP client gets the
 * JSON 503.
 */
START_TEST(test_unix_reserve)
{
	static const char req[] = "GET /v1/health HTTP/1.1\r\n"
	    "Host: localhost\r\n\r\n";
	int	 fds[6], i;
	char	*body, *got;

	d_start(&g, "max_connections = 6\n", NULL);
	for (i = 0; i < 6; i++) {
		fds[i] = tu_connect(NULL, g.port);
		ck_assert_int_ne(fds[i], -1);
		ck_assert_int_eq(tu_write_all(fds[i], req, sizeof req - 1), 0);
	}
	for (i = 0; i < 6; i++) {
		/* Each answered and kept open (keep-alive). */
		struct pollfd	pfd = { fds[i], POLLIN, 0 };
		char		tmp[4096];

		ck_assert_int_eq(poll(&pfd, 1, 10000), 1);
		ck_assert(read(fds[i], tmp, sizeof tmp) > 0);
	}
	ck_assert_int_eq(t_req(g.sock, 0, "GET", "/v1/health", NULL, NULL,
	    &body), 200);
	free(body);
	ck_assert_int_eq(t_req(NULL, g.port, "GET", "/v1/health", NULL, NULL,
	    &got), 503);
	t_check_json_error(got, "unavailable");
	ck_assert_msg(strstr(got, "TCP listener") != NULL, "%s", got);
	free(got);
	for (i = 0; i < 6; i++)
		close(fds[i]);
	d_stop(&g);
}
END_TEST

/*
 * A request trickled one byte at a time, each well within the idle
 * timeout, is closed once request_timeout has passed since its first
 * byte, rather than kept open for as long as it trickles.
 */
START_TEST(test_trickle_deadline)
{
	static const char req[] = "GET /v1/health HTTP/1.1\r\nHost: x\r\n"
	    "X-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "\r\n\r\n";
	struct pollfd	 pfd;
	char		 c, *body;
	size_t		 i;
	int		 fd, closed = 0;

	/* header_timeout (10s) is capped by request_timeout. */
	d_start(&g, "request_timeout = 3s\n", NULL);
	fd = tu_connect(g.sock, 0);
	ck_assert_int_ne(fd, -1);
	/* 130 bytes at 4 a second: 32 s if the daemon let it go on. */
	for (i = 0; i < sizeof req - 1 && !closed; i++) {
		if (send(fd, req + i, 1, MSG_NOSIGNAL) != 1)
			closed = 1;
		pfd.fd = fd;
		pfd.events = POLLIN;
		pfd.revents = 0;
		/* Nothing may come back but the close: no reply. */
		if (poll(&pfd, 1, 250) == 1) {
			ck_assert_int_le(read(fd, &c, 1), 0);
			closed = 1;
		}
	}
	ck_assert_msg(closed, "the daemon read the whole trickled request");
	ck_assert_msg(i < sizeof req - 1, "the request was completed");
	close(fd);
	ck_assert_int_eq(t_req(g.sock, 0, "GET", "/v1/metrics", NULL, NULL,
	    &body), 200);
	ck_assert_msg(strstr(body, "itinerd_api_listener_timeouts_total{"
	    "listener=\"unix\"} 1\n") != NULL, "%s", body);
	free(body);
	d_stop(&g);
}
END_TEST

/* evhttp's own errors come as the JSON error: 413 and 400. */
START_TEST(test_json_errors)
{
	struct buf	 big = { 0 };
	char		*body, *raw;
	int		 i, fd, status = -1;

	d_start(&g, "max_body_size = 4k\nmax_header_size = 2k\n", NULL);
	buf_adds(&big, "{\"name\":\"x\",\"url\":\"http://127.0.0.1:9/");
	for (i = 0; i < 8000; i++)
		buf_addc(&big, 'a');
	buf_adds(&big, "\"}");
	ck_assert_int_eq(t_req(g.sock, 0, "POST", "/v1/feeds",
	    "application/json", big.data, &body), 413);
	t_check_json_error(body, "payload_too_large");
	free(body);
	/* A malformed request line. */
	fd = tu_connect(g.sock, 0);
	ck_assert_int_eq(tu_write_all(fd, "BOGUS\r\n\r\n", 9), 0);
	raw = tu_read_all(fd, 10000, NULL);
	close(fd);
	ck_assert_msg(sscanf(raw, "HTTP/1.%*d %d", &status) == 1 &&
	    status == 400, "%s", raw);
	ck_assert_msg(strstr(raw, "application/json") != NULL &&
	    strstr(raw, "<HTML>") == NULL, "%s", raw);
	t_check_json_error(strstr(raw, "\r\n\r\n") + 4, "bad_request");
	free(raw);
	/* A method evhttp itself refuses. */
	ck_assert_int_eq(t_req(g.sock, 0, "TRACE", "/v1/health", NULL, NULL,
	    &body), 501);
	t_check_json_error(body, "not_implemented");
	free(body);
	buf_free(&big);
	/* Still serving. */
	ck_assert_int_eq(t_req(g.sock, 0, "GET", "/v1/health", NULL, NULL,
	    NULL), 200);
	d_stop(&g);
}
END_TEST

/*
 * One import brings many new legs at once; a client reading its event
 * stream promptly gets every one of them and is not cut off.
 */
#define BATCH	600

START_TEST(test_events_big_batch)
{
	static const char req[] = "GET /v1/events HTTP/1.1\r\n"
	    "Host: x\r\n\r\n";
	static const char *const first[] = { "Anna", "Boris", "Carla",
	    "David", "Elena", "Felix", "Greta", "Hugo", "Irene", "Jonas" };
	static const char *const last[] = { "Lindqvist", "Moreau", "Novak",
	    "Ortega", "Petrov", "Quist", "Rossi", "Svensson", "Tanaka",
	    "Urbina" };
	struct buf	 doc = { 0 }, got = { 0 };
	struct pollfd	 pfd;
	char		 tmp[65536], date[64], *body;
	const char	*p;
	time_t		 t = 946857600;	/* 2000-01-03 */
	struct tm	 tm;
	long		 deadline;
	ssize_t		 n;
	int		 fd, i, legs = 0, status;

	d_start(&g, NULL, NULL);
	buf_adds(&doc, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>"
	    "<title>t</title>\n");
	for (i = 0; i < BATCH; i++, t += 21 * 86400) {
		gmtime_r(&t, &tm);
		strftime(date, sizeof date, "%a, %d %b %Y 09:00:00 +0000",
		    &tm);
		buf_printf(&doc, "<item><guid>visit-%d</guid><title>Visit %d"
		    "</title><pubDate>%s</pubDate><description>Japanese "
		    "Foreign Minister %s %s arrived in Seoul on Monday for "
		    "talks with the South Korean government, visit %d."
		    "</description></item>\n", i, i, date, first[i % 10],
		    last[i / 10 % 10], i);
	}
	buf_adds(&doc, "</channel></rss>\n");
	fd = tu_connect(g.sock, 0);
	ck_assert_int_eq(tu_write_all(fd, req, sizeof req - 1), 0);
	usleep(200000);
	status = t_req(g.sock, 0, "POST", "/v1/import",
	    "application/rss+xml", doc.data, &body);
	ck_assert_msg(status == 200 || status == 202, "import: %d %s",
	    status, body);
	free(body);
	deadline = tu_now_ms() + 120000;
	while (legs < BATCH && tu_now_ms() < deadline) {
		pfd.fd = fd;
		pfd.events = POLLIN;
		pfd.revents = 0;
		if (poll(&pfd, 1, 1000) != 1)
			continue;
		if ((n = read(fd, tmp, sizeof tmp - 1)) <= 0)
			break;		/* cut off */
		buf_add(&got, tmp, (size_t)n);
		legs = 0;
		for (p = got.data; (p = strstr(p, "event: leg\n")) != NULL;
		    p++)
			legs++;
	}
	ck_assert_msg(legs >= BATCH, "a prompt reader got %d of %d leg "
	    "events", legs, BATCH);
	close(fd);
	ck_assert_int_eq(t_req(g.sock, 0, "GET", "/v1/metrics", NULL, NULL,
	    &body), 200);
	ck_assert_msg(strstr(body, "itinerd_api_event_clients_dropped_total "
	    "0\n") != NULL, "a client was dropped");
	free(body);
	buf_free(&doc);
	buf_free(&got);
	d_stop(&g);
}
END_TEST

static Suite *
e2e_limits_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("e2e_limits");
	tc = tcase_create("connections");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_fd_exhaustion);
	tcase_add_test(tc, test_fd_limit_refused);
	tcase_add_test(tc, test_accept_backoff);
	tcase_add_test(tc, test_unix_reserve);
	tcase_add_test(tc, test_trickle_deadline);
	tcase_add_test(tc, test_json_errors);
	tcase_add_test(tc, test_events_big_batch);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(e2e_limits_suite());
}
