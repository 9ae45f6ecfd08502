/*
 * check_config: the configuration file.  Every good form, defaults, and
 * each kind of bad input with its exact FILE:LINE message.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "testutil.h"
#include "util.h"
#include "xmalloc.h"

static char	*tmp;

static void
setup(void)
{
	tmp = tu_tmpdir();
}

static void
teardown(void)
{
	tu_rmtree(tmp);
	free(tmp);
}

/* Writes text to tmp/c.conf and loads it. */
static int
load(const char *text, struct config **c, char **cause)
{
	char	*path;
	int	 r;

	path = xasprintf("%s/c.conf", tmp);
	ck_assert_int_eq(tu_write_file(path, text), 0);
	r = config_load(path, c, cause);
	free(path);
	return r;
}

START_TEST(minimal_file_is_complete)
{
	struct config	*c = NULL;
	char		*cause = NULL;

	ck_assert_int_eq(load("[daemon]\ndatabase = /x/db\nsocket = /x/s\n",
	    &c, &cause), 0);
	ck_assert_str_eq(c->database, "/x/db");
	ck_assert_str_eq(c->socket, "/x/s");
	ck_assert_int_eq(c->socket_mode, 0660);
	ck_assert_int_eq(c->poll_interval_s, 900);
	ck_assert_int_eq(c->max_parallel, 16);
	ck_assert_int_eq(c->log_level, LOG_LEVEL_INFO);
	ck_assert_ptr_null(c->http_listen);
	ck_assert_ptr_null(c->admin_group);
	ck_assert_int_eq(c->max_redirects, 5);
	ck_assert_int_eq(c->max_body, 10 * 1024 * 1024);
	ck_assert_uint_eq(c->nfeeds, 0);
	config_free(c);
}
END_TEST

START_TEST(full_file)
{
	struct config			*c = NULL;
	char				*cause = NULL;
	const struct config_feed	*f;

	ck_assert_int_eq(load(
	    "; comment\n"
	    "# another\n"
	    "[daemon]\n"
	    "database = /var/db\n"
	    "socket = /run/s.sock\n"
	    "socket_mode = 0600\n"
	    "socket_group = adm\n"
	    "admin_group = wheel\n"
	    "http_listen = 127.0.0.1:8088\n"
	    "log_level = debug\n"
	    "poll_interval = 1h\n"
	    "max_parallel = 64\n"
	    "[fetch]\n"
	    "timeout = 90s\n"
	    "max_body = 5M\n"
	    "backoff_max = 2d\n"
	    "[api]\n"
	    "max_connections = 10\n"
	    "max_body_size = 64k\n"
	    "[feed state-dept]\n"
	    "url = https://example.org/rss.xml\n"
	    "interval = 15m\n"
	    "tags = us, official\n"
	    "[feed wire]\n"
	    "url = http://example.net/atom\n"
	    "enabled = no\n", &c, &cause), 0);
	ck_assert_int_eq(c->socket_mode, 0600);
	ck_assert_str_eq(c->socket_group, "adm");
	ck_assert_str_eq(c->admin_group, "wheel");
	ck_assert_str_eq(c->http_listen, "127.0.0.1:8088");
	ck_assert_int_eq(c->log_level, LOG_LEVEL_DEBUG);
	ck_assert_int_eq(c->poll_interval_s, 3600);
	ck_assert_int_eq(c->max_parallel, 64);
	ck_assert_int_eq(c->timeout_s, 90);
	ck_assert_int_eq(c->max_body, 5 * 1024 * 1024);
	ck_assert_int_eq(c->backoff_max_s, 2 * 86400);
	ck_assert_int_eq(c->api_max_connections, 10);
	ck_assert_int_eq(c->api_max_body_size, 64 * 1024);
	ck_assert_uint_eq(c->nfeeds, 2);
	f = config_find_feed(c, "state-dept");
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(f->url, "https://example.org/rss.xml");
	ck_assert_int_eq(f->interval_s, 900);
	ck_assert_str_eq(f->tags, "us,official");	/* trimmed */
	ck_assert_int_eq(f->enabled, 1);
	ck_assert_int_eq(f->line, 20);
	f = config_find_feed(c, "wire");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->enabled, 0);
	ck_assert_int_eq(f->interval_s, 0);
	ck_assert_ptr_null(config_find_feed(c, "nope"));
	config_free(c);
}
END_TEST

/* Each bad input and the exact message, after "FILE:". */
static const struct {
	const char	*text;
	const char	*message;
} bad[] = {
	{ "[daemon]\nfoo = 1\n", "2: unknown key 'foo' in [daemon]" },
	{ "[daemon]\ndatabase = /d\n[nope]\nx = 1\n",
	  "3: unknown section [nope]: expected [daemon], [fetch], [api] or "
	  "[feed NAME]" },
	{ "[daemon]\npoll_interval = soon\n",
	  "2: poll_interval: expected a duration such as 90s, 15m, 1h or 2d, "
	  "from 1s to 604800s, got 'soon'" },
	{ "[daemon]\npoll_interval = 0\n",
	  "2: poll_interval: expected a duration such as 90s, 15m, 1h or 2d, "
	  "from 1s to 604800s, got '0'" },
	{ "[daemon]\nmax_parallel = 10x\n",
	  "2: max_parallel: expected a whole number from 1 to 1024, got "
	  "'10x'" },
	{ "[daemon]\nmax_parallel = 5000\n",
	  "2: max_parallel: expected a whole number from 1 to 1024, got "
	  "'5000'" },
	{ "[daemon]\nsocket_mode = 0999\n",
	  "2: socket_mode: expected an octal file mode such as 0660, got "
	  "'0999'" },
	{ "[daemon]\nlog_level = loud\n",
	  "2: log_level: expected error, warn, info or debug, got 'loud'" },
	{ "[daemon]\ndatabase =\n", "2: database: expected a value" },
	{ "[fetch]\nmax_body = lots\n",
	  "2: max_body: expected a size such as 512k or 10M, from 1024 to "
	  "4294967296 bytes, got 'lots'" },
	{ "[feed x]\nurl = ftp://example.org/f\n",
	  "2: url: expected an http:// or https:// URL, got "
	  "'ftp://example.org/f'" },
	{ "[feed x]\nurl = file:///etc/passwd\n",
	  "2: url: expected an http:// or https:// URL, got "
	  "'file:///etc/passwd'" },
	{ "[feed x]\nurl = https://a/\nenabled = maybe\n",
	  "3: enabled: expected yes or no, got 'maybe'" },
	{ "[feed x]\ninterval = 5m\n\n[daemon]\n",
	  "1: [feed x]: expected a url key" },
	{ "[feed bad name!]\nurl = https://a/\n",
	  "1: [feed bad name!]: a feed name is 1 to 64 letters, digits, '.', "
	  "'_' or '-'" },
	{ "[feed a]\nurl = https://a/\n[feed a]\nurl = https://b/\n",
	  "3: [feed a]: feed 'a' is defined twice" },
	{ "[feed a]\nurl = https://a/\ncolour = red\n",
	  "3: unknown key 'colour' in [feed a]" },
	{ "database = /d\n",
	  "1: key 'database' outside a section: expected [daemon], [fetch], "
	  "[api] or [feed NAME] first" },
	{ "[daemon]\nthis line has no equals sign\n",
	  "2: syntax error: expected [section], key = value, or a ; comment" },
	{ "[daemon\n",
	  "1: syntax error: expected [section], key = value, or a ; comment" },
	/* http_listen as the daemon would bind it. */
	{ "[daemon]\nhttp_listen = 0.0.0.0:8088\n",
	  "2: http_listen: 0.0.0.0:8088 is not a loopback address; the TCP "
	  "listener is read-only and local only (use 127.0.0.1:PORT or "
	  "[::1]:PORT)" },
	{ "[daemon]\nhttp_listen = 8088\n",
	  "2: http_listen: '8088' is not an address with a port (expected "
	  "127.0.0.1:PORT or [::1]:PORT)" },
	{ "[daemon]\nhttp_listen = 127.0.0.1\n",
	  "2: http_listen: 127.0.0.1 has no port (expected 127.0.0.1:PORT or "
	  "[::1]:PORT)" },
	{ "[daemon]\nsocket = /" "0123456789012345678901234567890123456789"
	  "0123456789012345678901234567890123456789012345678901234567890123456"
	  "789\n", "2: socket: expected a path of 1 to 107 bytes" },
	/* Remote hosts are polled at most once a minute. */
	{ "[feed a]\nurl = https://example.org/a\ninterval = 30s\n",
	  "3: [feed a]: interval: expected at least 1m for a remote host, got "
	  "30s (only loopback hosts may be polled more often)" },
	{ "[daemon]\npoll_interval = 10s\n[feed a]\nurl = https://e.org/\n",
	  "2: [feed a]: poll_interval: expected at least 1m for a remote host, "
	  "got 10s (poll_interval) (only loopback hosts may be polled more "
	  "often)" },
	/* One URL, one feed. */
	{ "[feed a]\nurl = https://e.org/f\n[feed b]\nurl = https://e.org/f\n",
	  "3: [feed b]: url: the same URL as [feed a] (line 1); a feed is "
	  "fetched once" },
	/* Errors about a header name its line after a BOM or a \v. */
	{ "\xef\xbb\xbf" "[feed bad!]\nurl = https://a/\n",
	  "1: [feed bad!]: a feed name is 1 to 64 letters, digits, '.', "
	  "'_' or '-'" },
	{ "[daemon]\n\v[feed bad!]\nurl = https://a/\n",
	  "2: [feed bad!]: a feed name is 1 to 64 letters, digits, '.', "
	  "'_' or '-'" },
	/* inih would read the tail of a long comment as a key. */
	{ "[daemon]\n;"
	  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	  "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
	  "max_parallel = 7\n", "2: line longer than 199 bytes" },
};

START_TEST(bad_input)
{
	struct config	*c = NULL;
	char		*cause = NULL, *want;

	ck_assert_int_ne(load(bad[_i].text, &c, &cause), 0);
	ck_assert_ptr_null(c);
	ck_assert_ptr_nonnull(cause);
	want = xasprintf("%s/c.conf:%s", tmp, bad[_i].message);
	ck_assert_str_eq(cause, want);
	free(want);
	free(cause);
}
END_TEST

/* Every error of a file is reported, in line order, one per line. */
START_TEST(all_errors)
{
	struct config	*c = NULL;
	char		*cause = NULL, *want;

	ck_assert_int_ne(load("[daemon]\n"
	    "http_listen = 0.0.0.0:8088\n"
	    "max_parallel = lots\n"
	    "no equals sign here\n"
	    "[nope]\n"
	    "x = 1\n"
	    "[feed a]\n"
	    "url = https://example.org/a\n"
	    "interval = 1s\n"
	    "colour = red\n"
	    "[feed b]\n"
	    "interval = 1h\n", &c, &cause), 0);
	ck_assert_ptr_null(c);
	want = xasprintf(
	    "%1$s/c.conf:2: http_listen: 0.0.0.0:8088 is not a loopback "
	    "address; the TCP listener is read-only and local only (use "
	    "127.0.0.1:PORT or [::1]:PORT)\n"
	    "%1$s/c.conf:3: max_parallel: expected a whole number from 1 to "
	    "1024, got 'lots'\n"
	    "%1$s/c.conf:4: syntax error: expected [section], key = value, or "
	    "a ; comment\n"
	    "%1$s/c.conf:5: unknown section [nope]: expected [daemon], "
	    "[fetch], [api] or [feed NAME]\n"
	    "%1$s/c.conf:9: [feed a]: interval: expected at least 1m for a "
	    "remote host, got 1s (only loopback hosts may be polled more "
	    "often)\n"
	    "%1$s/c.conf:10: unknown key 'colour' in [feed a]\n"
	    "%1$s/c.conf:11: [feed b]: expected a url key", tmp);
	ck_assert_str_eq(cause, want);
	free(want);
	free(cause);
}
END_TEST

/* Loopback hosts may be polled more often (tests); tags are trimmed. */
START_TEST(loopback_interval)
{
	static const char *const urls[] = { "http://127.0.0.1:9/f",
	    "http://localhost/f", "http://[::1]:80/f", "http://127.1.2.3/" };
	struct config	*c = NULL;
	char		*cause = NULL, *text;
	size_t		 i;

	for (i = 0; i < sizeof urls / sizeof urls[0]; i++) {
		text = xasprintf("[feed a]\nurl = %s\ninterval = 1s\n"
		    "tags = , x ,y,, z  \n", urls[i]);
		ck_assert_msg(load(text, &c, &cause) == 0, "%s", cause);
		ck_assert_int_eq(c->feeds[0].interval_s, 1);
		ck_assert_str_eq(c->feeds[0].tags, "x,y,z");
		config_free(c);
		free(text);
	}
	ck_assert(!config_url_loopback("http://127.0.0.1.example.org/"));
	ck_assert(!config_url_loopback("http://localhost.example.org/"));
	ck_assert(!config_url_loopback("http://user@10.0.0.1/"));
	ck_assert(config_url_loopback("http://user:pw@127.0.0.1:8080/"));
	ck_assert(!config_interval_ok("https://example.org/", 59));
	ck_assert(config_interval_ok("https://example.org/", 60));
	ck_assert(config_interval_ok("http://127.0.0.1:9/", 1));
}
END_TEST

/* itinerd --check-config refuses what the daemon would refuse at start. */
START_TEST(check_config_option)
{
	static const struct {
		const char	*text;
		int		 status;
		const char	*out;	/* on stdout (0) or stderr */
	} rows[] = {
		{ "[daemon]\nhttp_listen = 0.0.0.0:8088\n", 1,
		  "c.conf:2: http_listen: 0.0.0.0:8088 is not a loopback" },
		{ "[daemon]\nhttp_listen = 8088\n", 1,
		  "c.conf:2: http_listen: '8088' is not an address" },
		{ "[daemon]\nhttp_listen = 8088\nmax_parallel = 0\n", 1,
		  "c.conf:3: max_parallel: expected" },
		{ "[daemon]\nhttp_listen = [::1]:8088\n", 0,
		  "configuration OK" },
		/* The daemon refuses to bind with an unknown socket_group. */
		{ "[daemon]\nsocket_group = itinerd-no-such-group\n", 1,
		  "c.conf:2: socket_group: no group named "
		  "'itinerd-no-such-group'" },
		{ "[daemon]\n\nadmin_group = itinerd-no-such-group\n", 0,
		  "configuration OK" },
	};
	char	*path, *out = NULL, *err = NULL;
	char	*argv[] = { (char *)tu_env("ITINERD_BIN"), "--check-config",
	    "-c", NULL, NULL };
	size_t	 i;
	int	 st;

	path = xasprintf("%s/c.conf", tmp);
	argv[3] = path;
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		ck_assert_int_eq(tu_write_file(path, rows[i].text), 0);
		st = tu_run(argv, &out, &err, 10000);
		ck_assert_msg(st == rows[i].status, "row %zu: exit %d: %s", i,
		    st, err);
		ck_assert_msg(strstr(rows[i].status == 0 ? out : err,
		    rows[i].out) != NULL, "row %zu: %s%s", i, out, err);
		if (strstr(rows[i].text, "admin_group") != NULL)
			ck_assert_msg(strstr(err, "c.conf:3: admin_group: no "
			    "group named") != NULL, "%s", err);
		free(out);
		free(err);
	}
	free(path);
}
END_TEST

START_TEST(missing_file)
{
	struct config	*c = NULL;
	char		*cause = NULL;

	ck_assert_int_lt(config_load("/nonexistent/itinerd.conf", &c, &cause),
	    0);
	ck_assert_str_eq(cause,
	    "/nonexistent/itinerd.conf: No such file or directory");
	free(cause);
}
END_TEST

static const struct {
	const char	*in;
	long long	 seconds;	/* -1: invalid */
} durations[] = {
	{ "90", 90 }, { "90s", 90 }, { "15m", 900 }, { "1h", 3600 },
	{ "2d", 172800 }, { "1H", 3600 }, { "", -1 }, { "m", -1 },
	{ "1.5h", -1 }, { "-5s", -1 }, { "10w", -1 }, { " 5", -1 },
};

START_TEST(duration_forms)
{
	long long	v = -7;
	int		r;

	r = util_parse_duration(durations[_i].in, &v);
	if (durations[_i].seconds < 0)
		ck_assert_msg(r != 0, "'%s' accepted", durations[_i].in);
	else {
		ck_assert_int_eq(r, 0);
		ck_assert_int_eq(v, durations[_i].seconds);
	}
}
END_TEST

static const struct {
	const char	*in;
	long long	 bytes;
} sizes[] = {
	{ "512", 512 }, { "64k", 65536 }, { "10M", 10485760 },
	{ "1G", 1073741824 }, { "1x", -1 }, { "k", -1 },
};

START_TEST(size_forms)
{
	long long	v = -7;
	int		r;

	r = util_parse_size(sizes[_i].in, &v);
	if (sizes[_i].bytes < 0)
		ck_assert_int_ne(r, 0);
	else {
		ck_assert_int_eq(r, 0);
		ck_assert_int_eq(v, sizes[_i].bytes);
	}
}
END_TEST

START_TEST(shipped_config_is_valid)
{
	struct config	*c = NULL;
	char		*cause = NULL, *path;
	size_t		 i;

	path = xasprintf("%s/config/itinerd.conf", tu_env("ITINERD_SRCDIR"));
	ck_assert_msg(config_load(path, &c, &cause) == 0, "%s", cause);
	ck_assert_uint_ge(c->nfeeds, 10);
	for (i = 0; i < c->nfeeds; i++)
		ck_assert(config_feed_url_ok(c->feeds[i].url));
	/* The shipped file is polite: nothing polled more than every 10m. */
	ck_assert_int_ge(c->poll_interval_s, 600);
	for (i = 0; i < c->nfeeds; i++)
		ck_assert(c->feeds[i].interval_s == 0 ||
		    c->feeds[i].interval_s >= 600);
	/* The stale URLs of issue 12 are gone. */
	ck_assert_str_eq(config_find_feed(c, "us-dod-releases")->url,
	    "https://www.war.gov/news/rss_releases2.xml");
	for (i = 0; i < c->nfeeds; i++) {
		ck_assert_msg(strstr(c->feeds[i].url, "defense.gov") == NULL,
		    "%s", c->feeds[i].url);
		ck_assert_msg(strstr(c->feeds[i].url, "secretarys-remarks") ==
		    NULL, "%s", c->feeds[i].url);
	}
	config_free(c);
	free(path);
}
END_TEST

/*
 * Each shipped feed says, in the comment under its header, where its URL
 * was confirmed and when, or that it could not be.
 */
START_TEST(shipped_feeds_say_where_confirmed)
{
	char	*path, *text, *p, *eol;
	int	 feeds = 0, confirmed = 0;

	path = xasprintf("%s/config/itinerd.conf", tu_env("ITINERD_SRCDIR"));
	text = tu_read_file(path, NULL);
	ck_assert_ptr_nonnull(text);
	for (p = text; (p = strstr(p, "\n[feed ")) != NULL; p = eol) {
		feeds++;
		eol = strchr(p + 1, '\n');
		ck_assert_ptr_nonnull(eol);
		ck_assert_msg(strncmp(eol, "\n; confirmed: https://", 22) == 0 ||
		    strncmp(eol, "\n; unconfirmed: ", 16) == 0,
		    "%.*s: no confirmed: or unconfirmed: line", (int)(eol - p -
		    1), p + 1);
		if (strncmp(eol, "\n; confirmed: ", 14) == 0) {
			confirmed++;
			/* and when: "snapshot YYYY-MM" */
			ck_assert_msg(strstr(eol, "snapshot 20") != NULL &&
			    strstr(eol, "snapshot 20") < strstr(eol, "\nurl"),
			    "%.*s: no snapshot date", 40, p + 1);
		}
	}
	ck_assert_int_ge(feeds, 10);
	ck_assert_int_ge(confirmed, 1);
	free(text);
	free(path);
}
END_TEST

static const struct {
	const char	*in;
	const char	*folded;
	const char	*surname;
} folds[] = {
	{ "Jean-Yves Le Drian", "jean yves le drian", "drian" },
	{ "Ségolène Royal", "segolene royal", "royal" },
	{ "Recep Tayyip Erdoğan", "recep tayyip erdogan", "erdogan" },
	{ "Martin Luther King Jr.", "martin luther king jr", "king" },
	{ "Sergei  LAVROV", "sergei lavrov", "lavrov" },
	{ "Dmytro Kuleba", "dmytro kuleba", "kuleba" },
	{ "Ngozi Okonjo-Iweala", "ngozi okonjo iweala", "iweala" },
	{ "Bjørn Æsir", "bjorn aesir", "aesir" },
	{ "Patrick O'Brien", "patrick obrien", "obrien" },
};

START_TEST(fold_names)
{
	char	*f, *s;

	f = util_fold(folds[_i].in);
	s = util_surname_key(folds[_i].in);
	ck_assert_str_eq(f, folds[_i].folded);
	ck_assert_str_eq(s, folds[_i].surname);
	free(f);
	free(s);
}
END_TEST

static Suite *
config_suite(void)
{
	Suite	*s = suite_create("config");
	TCase	*tc;

	tc = tcase_create("good");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, minimal_file_is_complete);
	tcase_add_test(tc, full_file);
	tcase_add_test(tc, shipped_config_is_valid);
	tcase_add_test(tc, shipped_feeds_say_where_confirmed);
	suite_add_tcase(s, tc);

	tc = tcase_create("bad");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, bad_input, 0, sizeof bad / sizeof bad[0]);
	tcase_add_test(tc, missing_file);
	tcase_add_test(tc, all_errors);
	tcase_add_test(tc, loopback_interval);
	tcase_add_test(tc, check_config_option);
	suite_add_tcase(s, tc);

	tc = tcase_create("values");
	tcase_add_loop_test(tc, duration_forms, 0,
	    sizeof durations / sizeof durations[0]);
	tcase_add_loop_test(tc, size_forms, 0, sizeof sizes / sizeof sizes[0]);
	tcase_add_loop_test(tc, fold_names, 0, sizeof folds / sizeof folds[0]);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(config_suite());
}
