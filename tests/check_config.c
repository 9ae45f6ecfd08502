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
	ck_assert_str_eq(f->tags, "us, official");
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
	config_free(c);
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
	suite_add_tcase(s, tc);

	tc = tcase_create("bad");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_loop_test(tc, bad_input, 0, sizeof bad / sizeof bad[0]);
	tcase_add_test(tc, missing_file);
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
