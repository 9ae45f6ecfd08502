/*
 * testutil: see testutil.h.  Plain POSIX, no Check calls except where a
 * missing fixture or environment must fail the running test.
 */
#include <check.h>
#include <jansson.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "extract.h"
#include "kb.h"
#include "testutil.h"
#include "xmalloc.h"

const char *
tu_env(const char *name)
{
	const char	*v;

	v = getenv(name);
	ck_assert_msg(v != NULL && *v != '\0', "environment %s not set", name);
	return v;
}

char *
tu_tmpdir(void)
{
	const char	*base;
	char		*p;

	if ((base = getenv("TMPDIR")) == NULL)
		base = "/tmp";
	p = xasprintf("%s/itinerd-test.XXXXXX", base);
	ck_assert_ptr_nonnull(mkdtemp(p));
	return p;
}

void
tu_rmtree(const char *path)
{
	DIR		*d;
	struct dirent	*de;
	struct stat	 st;
	char		*child;

	if (lstat(path, &st) == -1)
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlink(path);
		return;
	}
	if ((d = opendir(path)) != NULL) {
		while ((de = readdir(d)) != NULL) {
			if (strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0)
				continue;
			child = xasprintf("%s/%s", path, de->d_name);
			tu_rmtree(child);
			free(child);
		}
		closedir(d);
	}
	rmdir(path);
}

char *
tu_read_file(const char *path, size_t *len)
{
	FILE		*f;
	struct buf	 b = { 0 };
	char		 tmp[8192];
	size_t		 n;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_add(&b, tmp, n);
	fclose(f);
	if (len != NULL)
		*len = b.len;
	return buf_steal(&b);
}

char *
tu_fixture(const char *rel, size_t *len)
{
	char	*path, *data;

	path = xasprintf("%s/%s", tu_env("ITINERD_TESTDATA"), rel);
	data = tu_read_file(path, len);
	ck_assert_msg(data != NULL, "fixture %s unreadable", path);
	free(path);
	return data;
}

int
tu_write_file(const char *path, const char *data)
{
	FILE	*f;
	size_t	 n;

	if ((f = fopen(path, "wb")) == NULL)
		return -errno;
	n = fwrite(data, 1, strlen(data), f);
	if (fclose(f) != 0 || n != strlen(data))
		return -EIO;
	return 0;
}

pid_t
tu_spawn(char *const argv[], const char *logpath)
{
	pid_t	 pid;
	int	 fd;

	pid = fork();
	ck_assert_int_ne(pid, -1);
	if (pid == 0) {
		fd = open(logpath != NULL ? logpath : "/dev/null",
		    O_WRONLY | O_CREAT | O_APPEND, 0644);
		if (fd != -1) {
			dup2(fd, STDOUT_FILENO);
			dup2(fd, STDERR_FILENO);
			close(fd);
		}
		fd = open("/dev/null", O_RDONLY);
		if (fd != -1) {
			dup2(fd, STDIN_FILENO);
			close(fd);
		}
		execv(argv[0], argv);
		_exit(127);
	}
	return pid;
}

static void
tu_sleep_ms(long ms)
{
	struct timespec	ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

int
tu_wait(pid_t pid, int timeout_ms)
{
	long	 deadline;
	int	 status;
	pid_t	 r;

	deadline = tu_now_ms() + timeout_ms;
	for (;;) {
		r = waitpid(pid, &status, WNOHANG);
		if (r == pid) {
			if (WIFEXITED(status))
				return WEXITSTATUS(status);
			if (WIFSIGNALED(status))
				return 128 + WTERMSIG(status);
		}
		if (r == -1)
			return -1;
		if (tu_now_ms() >= deadline)
			return -1;
		tu_sleep_ms(10);
	}
}

int
tu_kill_wait(pid_t pid, int sig, int timeout_ms)
{
	kill(pid, sig);
	return tu_wait(pid, timeout_ms);
}

/* Drains fd into b until EOF or the deadline. */
static void
tu_drain(int fds[2], struct buf *bufs[2], long deadline)
{
	struct pollfd	 pfd[2];
	char		 tmp[8192];
	ssize_t		 n;
	int		 i, open_n = 2, r;

	while (open_n > 0 && tu_now_ms() < deadline) {
		for (i = 0; i < 2; i++) {
			pfd[i].fd = fds[i];
			pfd[i].events = POLLIN;
		}
		r = poll(pfd, 2, (int)(deadline - tu_now_ms()));
		if (r <= 0)
			break;
		for (i = 0; i < 2; i++) {
			if (fds[i] == -1 ||
			    !(pfd[i].revents & (POLLIN | POLLHUP)))
				continue;
			n = read(fds[i], tmp, sizeof tmp);
			if (n <= 0) {
				close(fds[i]);
				fds[i] = -1;
				open_n--;
			} else
				buf_add(bufs[i], tmp, (size_t)n);
		}
	}
	for (i = 0; i < 2; i++)
		if (fds[i] != -1)
			close(fds[i]);
}

int
tu_run(char *const argv[], char **out, char **err, int timeout_ms)
{
	int		 po[2], pe[2], fds[2], status, devnull;
	pid_t		 pid;
	struct buf	 bo = { 0 }, be = { 0 };
	struct buf	*bufs[2] = { &bo, &be };
	long		 deadline;

	deadline = tu_now_ms() + timeout_ms;
	ck_assert_int_eq(pipe(po), 0);
	ck_assert_int_eq(pipe(pe), 0);
	pid = fork();
	ck_assert_int_ne(pid, -1);
	if (pid == 0) {
		dup2(po[1], STDOUT_FILENO);
		dup2(pe[1], STDERR_FILENO);
		close(po[0]);
		close(pe[0]);
		close(po[1]);
		close(pe[1]);
		devnull = open("/dev/null", O_RDONLY);
		if (devnull != -1)
			dup2(devnull, STDIN_FILENO);
		execv(argv[0], argv);
		_exit(127);
	}
	close(po[1]);
	close(pe[1]);
	fds[0] = po[0];
	fds[1] = pe[0];
	tu_drain(fds, bufs, deadline);
	status = tu_wait(pid, (int)(deadline > tu_now_ms() ?
	    deadline - tu_now_ms() : 1));
	if (status == -1) {
		kill(pid, SIGKILL);
		tu_wait(pid, 1000);
	}
	if (out != NULL)
		*out = buf_steal(&bo);
	if (err != NULL)
		*err = buf_steal(&be);
	buf_free(&bo);
	buf_free(&be);
	return status;
}

int
tu_wait_path(const char *path, int timeout_ms)
{
	long		deadline;
	struct stat	st;

	deadline = tu_now_ms() + timeout_ms;
	while (stat(path, &st) == -1) {
		if (tu_now_ms() >= deadline)
			return -1;
		tu_sleep_ms(10);
	}
	return 0;
}

int
tu_http_unix(const char *sock, const char *method, const char *path,
    const char *body_in, char **body, char **headers)
{
	struct sockaddr_un	 sun;
	struct buf		 req = { 0 }, resp = { 0 };
	char			 tmp[8192], *sep;
	ssize_t			 n;
	size_t			 off;
	int			 fd, status = -1;
	struct pollfd		 pfd;

	memset(&sun, 0, sizeof sun);
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path, sizeof sun.sun_path, "%s", sock);
	if ((fd = socket(AF_UNIX, SOCK_STREAM, 0)) == -1)
		return -1;
	if (connect(fd, (struct sockaddr *)&sun, sizeof sun) == -1) {
		close(fd);
		return -1;
	}
	buf_printf(&req, "%s %s HTTP/1.1\r\nHost: localhost\r\n"
	    "Connection: close\r\n", method, path);
	if (body_in != NULL)
		buf_printf(&req, "Content-Type: application/json\r\n"
		    "Content-Length: %zu\r\n", strlen(body_in));
	buf_adds(&req, "\r\n");
	if (body_in != NULL)
		buf_adds(&req, body_in);
	for (off = 0; off < req.len; off += (size_t)n)
		if ((n = write(fd, req.data + off, req.len - off)) <= 0)
			goto out;
	pfd.fd = fd;
	pfd.events = POLLIN;
	while (poll(&pfd, 1, 10000) > 0) {
		if ((n = read(fd, tmp, sizeof tmp)) <= 0)
			break;
		buf_add(&resp, tmp, (size_t)n);
	}
	if (resp.len < 12 || sscanf(resp.data, "HTTP/1.%*d %d", &status) != 1)
		goto out;
	sep = strstr(resp.data, "\r\n\r\n");
	if (headers != NULL)
		*headers = xstrndup(resp.data, sep != NULL ?
		    (size_t)(sep - resp.data) : resp.len);
	if (body != NULL)
		*body = xstrdup(sep != NULL ? sep + 4 : "");
out:
	close(fd);
	buf_free(&req);
	buf_free(&resp);
	return status;
}

long
tu_now_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

int
tu_connect(const char *sock, int port)
{
	struct sockaddr_un	sun;
	struct sockaddr_in	sin;
	int			fd;

	if (sock != NULL) {
		memset(&sun, 0, sizeof sun);
		sun.sun_family = AF_UNIX;
		snprintf(sun.sun_path, sizeof sun.sun_path, "%s", sock);
		fd = socket(AF_UNIX, SOCK_STREAM, 0);
		if (fd != -1 && connect(fd, (struct sockaddr *)&sun,
		    sizeof sun) == 0)
			return fd;
	} else {
		memset(&sin, 0, sizeof sin);
		sin.sin_family = AF_INET;
		sin.sin_port = htons((uint16_t)port);
		sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		fd = socket(AF_INET, SOCK_STREAM, 0);
		if (fd != -1 && connect(fd, (struct sockaddr *)&sin,
		    sizeof sin) == 0)
			return fd;
	}
	if (fd != -1)
		close(fd);
	return -1;
}

int
tu_write_all(int fd, const void *p, size_t len)
{
	const char	*c = p;
	ssize_t		 n;

	while (len > 0) {
		if ((n = send(fd, c, len, MSG_NOSIGNAL)) <= 0)
			return -1;
		c += n;
		len -= (size_t)n;
	}
	return 0;
}

char *
tu_read_all(int fd, int timeout_ms, size_t *lenp)
{
	struct buf	 b = { 0 };
	struct pollfd	 pfd = { fd, POLLIN, 0 };
	char		 tmp[16384];
	ssize_t		 n;
	long		 deadline = tu_now_ms() + timeout_ms;

	while (tu_now_ms() < deadline &&
	    poll(&pfd, 1, (int)(deadline - tu_now_ms())) > 0) {
		if ((n = read(fd, tmp, sizeof tmp)) <= 0)
			break;
		buf_add(&b, tmp, (size_t)n);
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	if (lenp != NULL)
		*lenp = b.len;
	return buf_steal(&b);
}

int
tu_free_port(void)
{
	struct sockaddr_in	sin;
	socklen_t		len = sizeof sin;
	int			fd, port;

	fd = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&sin, sizeof sin), 0);
	ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&sin, &len), 0);
	port = ntohs(sin.sin_port);
	close(fd);
	return port;
}

char *
tu_exchange(const char *sock, int port, const char *method, const char *path,
    const char *host, const char *extra, const char *ctype, const char *body,
    int timeout_ms, size_t *lenp)
{
	struct buf	 q = { 0 };
	char		*raw = NULL;
	int		 fd;

	if ((fd = tu_connect(sock, port)) == -1)
		return NULL;
	buf_printf(&q, "%s %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n"
	    "%s", method, path, host != NULL ? host : "localhost",
	    extra != NULL ? extra : "");
	if (body != NULL) {
		if (ctype == NULL)
			ctype = "application/json";
		if (*ctype != '\0')
			buf_printf(&q, "Content-Type: %s\r\n", ctype);
		buf_printf(&q, "Content-Length: %zu\r\n", strlen(body));
	}
	buf_adds(&q, "\r\n");
	if (body != NULL)
		buf_adds(&q, body);
	if (tu_write_all(fd, q.data, q.len) == 0)
		raw = tu_read_all(fd, timeout_ms, lenp);
	else {
		raw = xstrdup("");
		if (lenp != NULL)
			*lenp = 0;
	}
	buf_free(&q);
	close(fd);
	return raw;
}

char *
tu_header(const char *headers, const char *name)
{
	const char	*p = headers, *eol;
	size_t		 n = strlen(name);

	while (p != NULL && (p = strstr(p, "\r\n")) != NULL) {
		p += 2;
		if (strncasecmp(p, name, n) == 0 && p[n] == ':') {
			p += n + 1;
			while (*p == ' ')
				p++;
			eol = strstr(p, "\r\n");
			return xstrndup(p, eol != NULL ? (size_t)(eol - p) :
			    strlen(p));
		}
	}
	return NULL;
}

int
tu_raw_status(const char *raw)
{
	int	status;

	if (raw == NULL || sscanf(raw, "HTTP/1.%*d %d", &status) != 1)
		return -1;
	return status;
}

const char *
tu_raw_body(const char *raw)
{
	const char	*sep = strstr(raw, "\r\n\r\n");

	return sep != NULL ? sep + 4 : "";
}

void
tu_stop_daemon(pid_t pid, const char *logpath, int timeout_ms)
{
	char	*log;
	int	 st;

	if ((st = tu_kill_wait(pid, SIGTERM, timeout_ms)) == 0)
		return;
	log = tu_read_file(logpath, NULL);
	fprintf(stderr, "itinerd's log:\n%s\n", log != NULL ? log : "");
	free(log);
	ck_abort_msg("itinerd exited %d (log above)", st);
}

const struct kb *
tu_kb(void)
{
	static struct kb	*kb;
	char			*cause = NULL;

	if (kb == NULL && kb_load(&kb, &cause) != 0) {
		fprintf(stderr, "loading the knowledge: %s\n", cause);
		abort();
	}
	return kb;
}

const char *
tu_corpus(void)
{
	const char	*dir = getenv("ITINERD_CORPUS");
	char		*gold;
	int		 ok;

	if (dir == NULL || *dir == '\0')
		return NULL;
	gold = xasprintf("%s/dev/gold.jsonl", dir);
	ok = access(gold, R_OK) == 0;
	free(gold);
	return ok ? dir : NULL;
}

int
tu_skip_corpus(const char *what, int ntests)
{
	const char	*dir = getenv("ITINERD_CORPUS");

	printf("SKIP %s: %d test case%s (%s) need%s the dev corpus, expected"
	    " at %s (../shared/corpus beside the source tree)\n",
	    program_invocation_short_name, ntests, ntests == 1 ? "" : "s",
	    what, ntests == 1 ? "s" : "", dir != NULL ? dir :
	    "$ITINERD_CORPUS (unset)");
	fflush(stdout);
	return 77;
}

void
tu_add_corpus_tcase(Suite *s, TCase *tc, const char *what, int ntests)
{
	if (tu_corpus() != NULL)
		suite_add_tcase(s, tc);
	else
		tu_skip_corpus(what, ntests);	/* tc stays unrun */
}

int
tu_run_suite(Suite *s)
{
	SRunner	*sr;
	int	 failed;

	sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}

json_t *
tu_corpus_articles(void)
{
	json_t		*all, *a;
	json_error_t	 err;
	char		*path, *data, *line, *nl;

	path = xasprintf("%s/dev/articles.jsonl", tu_env("ITINERD_CORPUS"));
	data = tu_read_file(path, NULL);
	ck_assert_msg(data != NULL, "%s unreadable", path);
	free(path);
	all = json_object();
	for (line = data; *line != '\0'; line = nl + 1) {
		if ((nl = strchr(line, '\n')) == NULL)
			nl = line + strlen(line) - 1;
		else
			*nl = '\0';
		if (*line == '\0')
			continue;
		a = json_loads(line, 0, &err);
		ck_assert_msg(a != NULL, "articles.jsonl: %s", err.text);
		json_object_set_new(all, json_string_value(json_object_get(a,
		    "id")), a);
	}
	free(data);
	return all;
}

void
tu_leg_spec(const struct leg *l, unsigned how, char *buf, size_t len)
{
	char	occ[8] = "";

	if (how & TU_SPEC_OFFICIAL)
		snprintf(occ, sizeof occ, " [%s]", l->official_country[0] !=
		    '\0' ? l->official_country : "-");
	snprintf(buf, len, "%s%s > %s%s%s %s..%s %s %s%s", l->person, occ,
	    l->dest_country, l->dest_city != NULL ? " " : "",
	    l->dest_city != NULL ? l->dest_city : "",
	    l->start[0] != '\0' ? l->start : "-",
	    l->end[0] != '\0' ? l->end : "-",
	    extract_precision_name(l->precision),
	    extract_status_name(l->status),
	    (how & TU_SPEC_DOMESTIC) && l->domestic ? " domestic" : "");
}

int
tu_legs_match(const char *const *want, const struct leg_list *legs,
    unsigned how, char *msg, size_t len)
{
	char	 spec[256], got[TU_ROW_LEGS * 2 * 256];
	int	 used[TU_ROW_LEGS * 2] = { 0 };
	size_t	 nwant, k, at = 0;

	got[0] = '\0';
	for (k = 0; k < legs->n && at < sizeof got; k++) {
		tu_leg_spec(&legs->v[k], how, spec, sizeof spec);
		at += (size_t)snprintf(got + at, sizeof got - at, "\n\t%s",
		    spec);
	}
	for (nwant = 0; nwant < TU_ROW_LEGS && want[nwant] != NULL;
	    nwant++) {
		for (k = 0; k < legs->n && k < TU_ROW_LEGS * 2; k++) {
			tu_leg_spec(&legs->v[k], how, spec, sizeof spec);
			if (!used[k] && strcmp(spec, want[nwant]) == 0)
				break;
		}
		if (k == legs->n || k == TU_ROW_LEGS * 2) {
			snprintf(msg, len, "no leg \"%s\"; got:%s", want[nwant],
			    got);
			return 0;
		}
		used[k] = 1;
	}
	if (legs->n != nwant) {
		snprintf(msg, len, "%zu legs, want %zu; got:%s", legs->n, nwant,
		    got);
		return 0;
	}
	return 1;
}

void
tu_check_legs(const struct kb *kb, const char *where, const char *text,
    const char *title, const char *published, const char *const *want,
    unsigned how)
{
	struct extract_input	 in = { 0 };
	struct leg_list		 legs = { 0 };
	char			 msg[TU_ROW_LEGS * 3 * 256];
	int			 ok;

	in.id = "t";
	in.title = title;
	in.text = text;
	in.published = published;
	ck_assert_msg(extract_run(kb, &in, &legs) == 0, "%s: extract_run",
	    where);
	ok = tu_legs_match(want, &legs, how, msg, sizeof msg);
	extract_legs_free(&legs);
	ck_assert_msg(ok, "%s: %s", where, msg);
}
