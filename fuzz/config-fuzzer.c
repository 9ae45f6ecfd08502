/*
 * config-fuzzer: config_load on arbitrary bytes, written to an anonymous
 * memory file (memfd) and read back through /proc/self/fd, so nothing
 * touches the disk.  Checks config.h's promises:
 * - a config is wholly valid or refused: a refusal returns a negative
 *   errno, leaves *out alone and gives "FILE:LINE: what was expected"
 *   with the file's name and a line that exists in the input;
 * - an accepted config has every key set and in its documented range:
 *   feed names and URLs pass config_feed_name_ok / config_feed_url_ok,
 *   names are unique and found by config_find_feed, each feed's line is
 *   a line of the input.
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "config.h"
#include "fuzz.h"

/* Where *out points until config_load sets it. */
static struct config	fuzz_config_unset;

/* Lines of the input as a text editor counts them. */
static long
fuzz_config_lines(const uint8_t *data, size_t size)
{
	long	n = 0;
	size_t	i;

	for (i = 0; i < size; i++)
		if (data[i] == '\n')
			n++;
	if (size > 0 && data[size - 1] != '\n')
		n++;
	return n;
}

static void
fuzz_config_check(const struct config *c, long nlines)
{
	const struct config_feed	*f;
	size_t				 i, j;

	FUZZ_CHECK(c->database != NULL && *c->database != '\0', "database");
	FUZZ_CHECK(c->socket != NULL && *c->socket != '\0', "socket");
	FUZZ_CHECK(c->user_agent != NULL && *c->user_agent != '\0',
	    "user_agent");
	FUZZ_CHECK(c->socket_mode <= 0777, "socket_mode %o",
	    (unsigned)c->socket_mode);
	FUZZ_CHECK(c->socket_group == NULL || *c->socket_group != '\0',
	    "socket_group \"\" is NULL");
	FUZZ_CHECK(c->admin_group == NULL || *c->admin_group != '\0',
	    "admin_group \"\" is NULL");
	FUZZ_CHECK(c->http_listen == NULL || *c->http_listen != '\0',
	    "http_listen \"\" is NULL");
	FUZZ_CHECK(c->poll_interval_s >= 1 && c->poll_interval_s <= 7 * 86400,
	    "poll_interval %d", c->poll_interval_s);
	FUZZ_CHECK(c->max_parallel >= 1 && c->max_parallel <= 1024,
	    "max_parallel %d", c->max_parallel);
	FUZZ_CHECK(c->connect_timeout_s >= 1 && c->connect_timeout_s <= 600,
	    "connect_timeout %d", c->connect_timeout_s);
	FUZZ_CHECK(c->timeout_s >= 1 && c->timeout_s <= 3600, "timeout %d",
	    c->timeout_s);
	FUZZ_CHECK(c->low_speed_limit >= 0 && c->low_speed_limit <= 1 << 30,
	    "low_speed_limit %lld", c->low_speed_limit);
	FUZZ_CHECK(c->low_speed_time_s >= 1 && c->low_speed_time_s <= 3600,
	    "low_speed_time %d", c->low_speed_time_s);
	FUZZ_CHECK(c->max_body >= 1024 && c->max_body <= 1LL << 32,
	    "max_body %lld", c->max_body);
	FUZZ_CHECK(c->max_redirects >= 0 && c->max_redirects <= 20,
	    "max_redirects %d", c->max_redirects);
	FUZZ_CHECK(c->backoff_max_s >= 60 && c->backoff_max_s <= 30 * 86400,
	    "backoff_max %d", c->backoff_max_s);
	FUZZ_CHECK(c->jitter_pct >= 0 && c->jitter_pct <= 50, "jitter %d",
	    c->jitter_pct);
	FUZZ_CHECK(c->api_max_connections >= 1 &&
	    c->api_max_connections <= 100000, "max_connections %d",
	    c->api_max_connections);
	FUZZ_CHECK(c->api_max_header_size >= 1024 &&
	    c->api_max_header_size <= 1 << 20, "max_header_size %lld",
	    c->api_max_header_size);
	FUZZ_CHECK(c->api_max_body_size >= 1024 &&
	    c->api_max_body_size <= 1LL << 30, "max_body_size %lld",
	    c->api_max_body_size);
	FUZZ_CHECK(c->api_timeout_s >= 1 && c->api_timeout_s <= 3600,
	    "request_timeout %d", c->api_timeout_s);
	FUZZ_CHECK(c->nfeeds == 0 || c->feeds != NULL, "no feed array");
	for (i = 0; i < c->nfeeds; i++) {
		f = &c->feeds[i];
		FUZZ_CHECK(f->name != NULL && config_feed_name_ok(f->name),
		    "feed %zu: name", i);
		FUZZ_CHECK(f->url != NULL && config_feed_url_ok(f->url),
		    "feed %s: url", f->name);
		FUZZ_CHECK(f->tags != NULL, "feed %s: tags NULL", f->name);
		FUZZ_CHECK(f->interval_s == 0 || (f->interval_s >= 1 &&
		    f->interval_s <= 7 * 86400), "feed %s: interval %d",
		    f->name, f->interval_s);
		FUZZ_CHECK(f->enabled == 0 || f->enabled == 1,
		    "feed %s: enabled %d", f->name, f->enabled);
		FUZZ_CHECK(f->line >= 1 && f->line <= nlines,
		    "feed %s: line %d of %ld", f->name, f->line, nlines);
		FUZZ_CHECK(config_find_feed(c, f->name) == f,
		    "feed %s: not found by name", f->name);
		for (j = 0; j < i; j++)
			FUZZ_CHECK(c->feeds[j].line < f->line,
			    "feeds %zu and %zu out of order", j, i);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config	*c = &fuzz_config_unset;
	char		 path[64], *cause = NULL, *end;
	long		 nlines, line;
	size_t		 plen;
	int		 fd, r;

	if ((fd = memfd_create("config-fuzzer", MFD_CLOEXEC)) == -1 ||
	    write(fd, data, size) != (ssize_t)size) {
		perror("config-fuzzer: memfd");
		abort();
	}
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	nlines = fuzz_config_lines(data, size);

	r = config_load(path, &c, &cause);
	if (r != 0) {
		FUZZ_CHECK(r < 0, "returned %d", r);
		FUZZ_CHECK(c == &fuzz_config_unset, "*out set on failure");
		FUZZ_CHECK(cause != NULL, "failure %d without a cause", r);
		plen = strlen(path);
		FUZZ_CHECK(strncmp(cause, path, plen) == 0 &&
		    cause[plen] == ':', "cause '%s' does not name the file",
		    cause);
		line = strtol(cause + plen + 1, &end, 10);
		FUZZ_CHECK(end > cause + plen + 1 && end[0] == ':' &&
		    end[1] == ' ' && end[2] != '\0',
		    "cause '%s' is not FILE:LINE: what", cause);
		FUZZ_CHECK(line >= 1 && line <= nlines,
		    "cause '%s' names line %ld of %ld", cause, line, nlines);
		free(cause);
	} else {
		FUZZ_CHECK(c != NULL && c != &fuzz_config_unset,
		    "success without a config");
		FUZZ_CHECK(cause == NULL, "success with a cause '%s'", cause);
		FUZZ_CHECK(c->path != NULL && strcmp(c->path, path) == 0,
		    "path '%s'", c->path ? c->path : "(null)");
		fuzz_config_check(c, nlines);
		config_free(c);
	}
	close(fd);
	return 0;
}
