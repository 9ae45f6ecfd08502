/*
 * config: the INI configuration, parsed with inih.  See config.h.
 *
 * inih does not pass line numbers to the handler, so the file is fed to
 * ini_parse_stream through a reader that counts lines; the handler then
 * knows which line it is looking at.  Every error of a file is kept with
 * its line and all are reported, in line order, one per line; a section
 * whose header is refused is skipped.  Keys are a table per section:
 * { key, parser, offset }.  After the parse, the checks that need the
 * whole file run (feed URLs given twice, poll intervals under a minute
 * for remote hosts); http_listen is checked as the daemon binds it
 * (config_listen_parse), so --check-config refuses what a start would.
 */
#include <sys/socket.h>
#include <sys/un.h>

#include <netinet/in.h>

#include <ctype.h>
#include <errno.h>
#include <event2/util.h>
#include <grp.h>
#include <ini.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "config.h"
#include "util.h"
#include "xmalloc.h"

/* At most this many errors are reported of one file. */
#define CONFIG_MAX_ERRORS	50

struct config_error {
	int		 line;
	char		*msg;		/* without FILE:LINE */
};

struct config_parse {
	struct config	*conf;
	FILE		*f;
	int		 line;
	struct config_error errs[CONFIG_MAX_ERRORS];
	size_t		 nerrs;
	int		 more_errs;	/* errors past CONFIG_MAX_ERRORS */
	int		 skip;		/* keys of a refused section */
	int		*syntax;	/* lines the reader found malformed */
	size_t		 nsyntax;
	int		 poll_line;	/* of [daemon] poll_interval, 0: none */
	int		*iv_lines;	/* per feed: its interval line, 0: none */
	int		 url_given;	/* the current feed has a url line */
	char		*section;	/* last section seen */
	int		 section_line;	/* line of the last [header] read */
	int		 section_seq;	/* [header] lines read so far */
	int		 handled_seq;	/* section_seq config_section saw */
	struct config_feed *feed;	/* current [feed NAME] */
	int		 seen_daemon;
};

enum config_type {
	CONFIG_STR,		/* char *, non-empty */
	CONFIG_STR_OPT,		/* char *, "" means NULL */
	CONFIG_INT,		/* int in [min, max] */
	CONFIG_DURATION,	/* int seconds in [min, max] */
	CONFIG_SIZE,		/* long long bytes in [min, max] */
	CONFIG_BOOL,		/* int 0/1 */
	CONFIG_MODE,		/* mode_t, octal */
	CONFIG_LEVEL,		/* enum log_level */
	CONFIG_URL,		/* char *, http(s) */
	CONFIG_LISTEN,		/* char *, loopback ADDRESS:PORT, "" NULL */
	CONFIG_SOCKET,		/* char *, a path that fits sun_path */
	CONFIG_TAGS,		/* char *, trimmed "a,b", "" when none */
	CONFIG_ORIGINS,		/* char *, "scheme://host[:port],...", "" NULL */
	CONFIG_HOSTS,		/* char *, "name,...", "" NULL */
};

struct config_key {
	const char	*name;
	enum config_type type;
	size_t		 off;
	long long	 min, max;
};

#define CK(n, t, f, lo, hi) { n, t, offsetof(struct config, f), lo, hi }
static const struct config_key config_daemon_keys[] = {
	CK("database", CONFIG_STR, database, 0, 0),
	CK("socket", CONFIG_SOCKET, socket, 0, 0),
	CK("socket_mode", CONFIG_MODE, socket_mode, 0, 0777),
	CK("socket_group", CONFIG_STR_OPT, socket_group, 0, 0),
	CK("admin_group", CONFIG_STR_OPT, admin_group, 0, 0),
	CK("http_listen", CONFIG_LISTEN, http_listen, 0, 0),
	CK("log_level", CONFIG_LEVEL, log_level, 0, 0),
	CK("poll_interval", CONFIG_DURATION, poll_interval_s, 1, 7 * 86400),
	CK("max_parallel", CONFIG_INT, max_parallel, 1, 1024),
	{ NULL, 0, 0, 0, 0 }
};
static const struct config_key config_fetch_keys[] = {
	CK("user_agent", CONFIG_STR, user_agent, 0, 0),
	CK("connect_timeout", CONFIG_DURATION, connect_timeout_s, 1, 600),
	CK("timeout", CONFIG_DURATION, timeout_s, 1, 3600),
	CK("low_speed_limit", CONFIG_SIZE, low_speed_limit, 0, 1 << 30),
	CK("low_speed_time", CONFIG_DURATION, low_speed_time_s, 1, 3600),
	CK("max_body", CONFIG_SIZE, max_body, 1024, 1LL << 32),
	CK("max_redirects", CONFIG_INT, max_redirects, 0, 20),
	CK("backoff_max", CONFIG_DURATION, backoff_max_s, 60, 30 * 86400),
	CK("jitter", CONFIG_INT, jitter_pct, 0, 50),
	{ NULL, 0, 0, 0, 0 }
};
static const struct config_key config_api_keys[] = {
	CK("max_connections", CONFIG_INT, api_max_connections, 1, 100000),
	CK("max_header_size", CONFIG_SIZE, api_max_header_size, 1024,
	    1 << 20),
	CK("max_body_size", CONFIG_SIZE, api_max_body_size, 1024, 1LL << 30),
	CK("request_timeout", CONFIG_DURATION, api_timeout_s, 1, 3600),
	CK("header_timeout", CONFIG_DURATION, api_header_timeout_s, 1, 3600),
	CK("cors_origins", CONFIG_ORIGINS, cors_origins, 0, 0),
	CK("http_hosts", CONFIG_HOSTS, http_hosts, 0, 0),
	CK("dashboard_dir", CONFIG_STR_OPT, dashboard_dir, 0, 0),
	{ NULL, 0, 0, 0, 0 }
};
#undef CK

#define FK(n, t, f, lo, hi) { n, t, offsetof(struct config_feed, f), lo, hi }
static const struct config_key config_feed_keys[] = {
	FK("url", CONFIG_URL, url, 0, 0),
	FK("interval", CONFIG_DURATION, interval_s, 1, 7 * 86400),
	FK("enabled", CONFIG_BOOL, enabled, 0, 0),
	FK("tags", CONFIG_TAGS, tags, 0, 0),
	{ NULL, 0, 0, 0, 0 }
};
#undef FK

char *
config_default_database(void)
{
	const char	*d, *home;

	if ((d = getenv("STATE_DIRECTORY")) != NULL && *d != '\0')
		return xasprintf("%s/itinerd.db", d);
	if (geteuid() == 0)
		return xstrdup("/var/lib/itinerd/itinerd.db");
	if ((d = getenv("XDG_STATE_HOME")) != NULL && *d == '/')
		return xasprintf("%s/itinerd/itinerd.db", d);
	if ((home = getenv("HOME")) != NULL && *home == '/')
		return xasprintf("%s/.local/state/itinerd/itinerd.db", home);
	return xstrdup("var/itinerd.db");
}

char *
config_default_socket(void)
{
	const char	*d;

	if ((d = getenv("RUNTIME_DIRECTORY")) != NULL && *d != '\0')
		return xasprintf("%s/itinerd.sock", d);
	if (geteuid() == 0)
		return xstrdup("/run/itinerd/itinerd.sock");
	if ((d = getenv("XDG_RUNTIME_DIR")) != NULL && *d == '/')
		return xasprintf("%s/itinerd/itinerd.sock", d);
	return xstrdup("var/itinerd.sock");
}

struct config *
config_default(void)
{
	struct config	*c;

	c = xcalloc(1, sizeof *c);
	c->database = config_default_database();
	c->socket = config_default_socket();
	c->socket_mode = 0660;
	c->log_level = LOG_LEVEL_INFO;
	c->poll_interval_s = 15 * 60;
	c->max_parallel = 16;
	c->user_agent = xstrdup("itinerd/" "0.1 (+https://example.invalid/"
	    "itinerd; official-travel feed reader)");
	c->connect_timeout_s = 15;
	c->timeout_s = 60;
	c->low_speed_limit = 256;
	c->low_speed_time_s = 20;
	c->max_body = 10 * 1024 * 1024;
	c->max_redirects = 5;
	c->backoff_max_s = 24 * 3600;
	c->jitter_pct = 10;
	c->api_max_connections = 256;
	c->api_max_header_size = 16 * 1024;
	c->api_max_body_size = 16 * 1024 * 1024;
	c->api_timeout_s = 30;
	c->api_header_timeout_s = 10;
	return c;
}

static void
config_feed_clear(struct config_feed *f)
{
	free(f->name);
	free(f->url);
	free(f->tags);
}

void
config_free(struct config *c)
{
	size_t	i;

	if (c == NULL)
		return;
	free(c->path);
	free(c->database);
	free(c->socket);
	free(c->socket_group);
	free(c->admin_group);
	free(c->http_listen);
	free(c->user_agent);
	free(c->cors_origins);
	free(c->http_hosts);
	free(c->dashboard_dir);
	for (i = 0; i < c->nfeeds; i++)
		config_feed_clear(&c->feeds[i]);
	free(c->feeds);
	free(c);
}

const struct config_feed *
config_find_feed(const struct config *c, const char *name)
{
	size_t	i;

	for (i = 0; i < c->nfeeds; i++)
		if (strcmp(c->feeds[i].name, name) == 0)
			return &c->feeds[i];
	return NULL;
}

int
config_feed_name_ok(const char *s)
{
	size_t	n;

	for (n = 0; s[n] != '\0'; n++)
		if (!isalnum((unsigned char)s[n]) && strchr("._-", s[n]) ==
		    NULL)
			return 0;
	return n >= 1 && n <= 64;
}

int
config_feed_url_ok(const char *s)
{
	const char	*host;

	if (strncasecmp(s, "http://", 7) == 0)
		host = s + 7;
	else if (strncasecmp(s, "https://", 8) == 0)
		host = s + 8;
	else
		return 0;
	if (*host == '\0' || *host == '/' || strpbrk(s, " \t\r\n") != NULL)
		return 0;
	return 1;
}

/* The host of an http(s) URL, lower case, without port or brackets. */
static char *
config_url_host(const char *url)
{
	const char	*h, *end, *at;
	char		*host;
	size_t		 i;

	if (strncasecmp(url, "http://", 7) == 0)
		h = url + 7;
	else if (strncasecmp(url, "https://", 8) == 0)
		h = url + 8;
	else
		return NULL;
	end = h + strcspn(h, "/?#");
	/* user:pass@host */
	for (at = h; at < end; at++)
		if (*at == '@')
			h = at + 1;
	if (*h == '[') {
		h++;
		for (at = h; at < end && *at != ']'; at++)
			;
		end = at;
	} else {
		for (at = h; at < end && *at != ':'; at++)
			;
		end = at;
	}
	host = xstrndup(h, (size_t)(end - h));
	for (i = 0; host[i] != '\0'; i++)
		host[i] = (char)tolower((unsigned char)host[i]);
	return host;
}

int
config_url_loopback(const char *url)
{
	char	*host;
	size_t	 n;
	int	 r = 0;

	if ((host = config_url_host(url)) == NULL)
		return 0;
	n = strlen(host);
	if (strcmp(host, "localhost") == 0 || strcmp(host, "::1") == 0 ||
	    (n > 10 && strcmp(host + n - 10, ".localhost") == 0))
		r = 1;
	else if (strncmp(host, "127.", 4) == 0 &&
	    strspn(host, "0123456789.") == n)
		r = 1;
	free(host);
	return r;
}

int
config_interval_ok(const char *url, long long interval_s)
{
	return interval_s >= CONFIG_MIN_REMOTE_INTERVAL ||
	    (interval_s >= 1 && config_url_loopback(url));
}

char *
config_tags_normalize(const char *s)
{
	struct buf	 b = { 0 };
	const char	*p, *end;

	while (*s != '\0') {
		end = s + strcspn(s, ",");
		for (p = s; p < end && isspace((unsigned char)*p); p++)
			;
		while (end > p && isspace((unsigned char)end[-1]))
			end--;
		if (end > p) {
			if (b.len > 0)
				buf_addc(&b, ',');
			buf_add(&b, p, (size_t)(end - p));
		}
		s += strcspn(s, ",");
		if (*s == ',')
			s++;
	}
	return b.data != NULL ? buf_steal(&b) : xstrdup("");
}

/*
 * An origin as browsers send it in Origin: http:// or https://, a host
 * of letters, digits, dots and hyphens (or a bracketed IPv6 address), an
 * optional port; no path, no trailing slash.  1 good, 0 bad.
 */
static int
config_origin_ok(const char *s, size_t len)
{
	size_t	i, host;

	if (len > 7 && strncmp(s, "http://", 7) == 0)
		host = 7;
	else if (len > 8 && strncmp(s, "https://", 8) == 0)
		host = 8;
	else
		return 0;
	if (s[host] == '[') {
		for (i = host + 1; i < len && s[i] != ']'; i++)
			if (!isxdigit((unsigned char)s[i]) && s[i] != ':')
				return 0;
		if (i == len || i == host + 1)
			return 0;
		i++;
	} else {
		for (i = host; i < len && (isalnum((unsigned char)s[i]) ||
		    s[i] == '.' || s[i] == '-'); i++)
			;
		if (i == host)
			return 0;
	}
	if (i < len && s[i] == ':') {
		if (i + 1 == len || i + 6 < len)
			return 0;
		for (i++; i < len; i++)
			if (!isdigit((unsigned char)s[i]))
				return 0;
	}
	return i == len;
}

/* A host name for Host: letters, digits, dots, hyphens; no port. */
static int
config_hostname_ok(const char *s, size_t len)
{
	size_t	i;

	if (len == 0 || len > 253)
		return 0;
	for (i = 0; i < len; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '.' &&
		    s[i] != '-')
			return 0;
	return 1;
}

/*
 * Checks each entry of a normalized list with ok; on a bad one returns
 * it (a pointer into list) and its length, else NULL.
 */
static const char *
config_list_bad(const char *list, int (*ok)(const char *, size_t),
    size_t *lenp)
{
	const char	*p;
	size_t		 n;

	for (p = list; *p != '\0'; p += n + (p[n] == ',')) {
		n = strcspn(p, ",");
		if (!ok(p, n)) {
			*lenp = n;
			return p;
		}
	}
	return NULL;
}

int
config_list_has(const char *list, const char *item, size_t len)
{
	const char	*p;
	size_t		 n;

	if (list == NULL)
		return 0;
	for (p = list; *p != '\0'; p += n + (p[n] == ',')) {
		n = strcspn(p, ",");
		if (n == len && strncasecmp(p, item, len) == 0)
			return 1;
	}
	return 0;
}

int
config_listen_parse(const char *s, struct sockaddr_storage *ss, int *len,
    char **cause)
{
	struct sockaddr_storage	 tmp;
	struct sockaddr_in	*sin;
	struct sockaddr_in6	*sin6;
	int			 loop = 0, port = 0, n = (int)sizeof tmp;

	memset(&tmp, 0, sizeof tmp);
	if (evutil_parse_sockaddr_port(s, (struct sockaddr *)&tmp, &n) != 0 ||
	    (tmp.ss_family != AF_INET && tmp.ss_family != AF_INET6)) {
		*cause = xasprintf("http_listen: '%s' is not an address "
		    "with a port (expected 127.0.0.1:PORT or [::1]:PORT)", s);
		return -EINVAL;
	}
	if (tmp.ss_family == AF_INET) {
		sin = (struct sockaddr_in *)&tmp;
		loop = (ntohl(sin->sin_addr.s_addr) >> 24) == 127;
		port = ntohs(sin->sin_port);
	} else {
		sin6 = (struct sockaddr_in6 *)&tmp;
		loop = IN6_IS_ADDR_LOOPBACK(&sin6->sin6_addr);
		port = ntohs(sin6->sin6_port);
	}
	if (!loop) {
		*cause = xasprintf("http_listen: %s is not a loopback address; "
		    "the TCP listener is read-only and local only (use "
		    "127.0.0.1:PORT or [::1]:PORT)", s);
		return -EINVAL;
	}
	if (port == 0) {
		*cause = xasprintf("http_listen: %s has no port (expected "
		    "127.0.0.1:PORT or [::1]:PORT)", s);
		return -EINVAL;
	}
	if (ss != NULL)
		memcpy(ss, &tmp, sizeof tmp);
	if (len != NULL)
		*len = n;
	return 0;
}

static void
config_error_at(struct config_parse *p, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Records an error at line; past CONFIG_MAX_ERRORS only counts it. */
static void
config_error_at(struct config_parse *p, int line, const char *fmt, ...)
{
	va_list	ap;

	if (p->nerrs == CONFIG_MAX_ERRORS) {
		p->more_errs++;
		return;
	}
	va_start(ap, fmt);
	p->errs[p->nerrs].msg = xvasprintf(fmt, ap);
	va_end(ap);
	p->errs[p->nerrs++].line = line;
}

/* An error at the line being read (a header's errors: at the header). */
#define config_error(p, ...) \
	config_error_at((p), (p)->line, __VA_ARGS__)
#define config_error_section(p, ...) \
	config_error_at((p), (p)->section_line, __VA_ARGS__)

/* Parses value for key k into base + k->off.  0, or -1 after an error. */
static int
config_set(struct config_parse *p, void *base, const struct config_key *k,
    const char *value)
{
	char		**sp = (char **)((char *)base + k->off);
	int		 *ip = (int *)((char *)base + k->off);
	long long	 *lp = (long long *)((char *)base + k->off);
	long long	  v;
	char		 *end, *cause = NULL;
	unsigned long	  m;
	enum log_level	  lvl;

	switch (k->type) {
	case CONFIG_STR:
	case CONFIG_STR_OPT:
		if (*value == '\0' && k->type == CONFIG_STR) {
			config_error(p, "%s: expected a value", k->name);
			return -1;
		}
		free(*sp);
		*sp = *value == '\0' ? NULL : xstrdup(value);
		return 0;
	case CONFIG_SOCKET:
		if (*value == '\0' || strlen(value) >=
		    sizeof ((struct sockaddr_un *)0)->sun_path) {
			config_error(p, "%s: expected a path of 1 to %zu bytes",
			    k->name, sizeof ((struct sockaddr_un *)0)->sun_path
			    - 1);
			return -1;
		}
		free(*sp);
		*sp = xstrdup(value);
		return 0;
	case CONFIG_LISTEN:
		if (*value != '\0' && config_listen_parse(value, NULL, NULL,
		    &cause) != 0) {
			config_error(p, "%s", cause);
			free(cause);
			return -1;
		}
		free(*sp);
		*sp = *value == '\0' ? NULL : xstrdup(value);
		return 0;
	case CONFIG_TAGS:
		free(*sp);
		*sp = config_tags_normalize(value);
		return 0;
	case CONFIG_ORIGINS:
	case CONFIG_HOSTS: {
		char		*list = config_tags_normalize(value);
		const char	*bad;
		size_t		 n;

		bad = config_list_bad(list, k->type == CONFIG_ORIGINS ?
		    config_origin_ok : config_hostname_ok, &n);
		if (bad != NULL) {
			if (k->type == CONFIG_ORIGINS)
				config_error(p, "%s: '%.*s' is not an origin "
				    "(expected scheme://host[:port], e.g. "
				    "http://localhost:3000, comma-separated)",
				    k->name, (int)n, bad);
			else
				config_error(p, "%s: '%.*s' is not a host name "
				    "(expected names like host.docker.internal, "
				    "no port, comma-separated)", k->name, (int)n,
				    bad);
			free(list);
			return -1;
		}
		free(*sp);
		*sp = *list == '\0' ? NULL : list;
		if (*sp == NULL)
			free(list);
		return 0;
	}
	case CONFIG_URL:
		if (!config_feed_url_ok(value)) {
			config_error(p, "%s: expected an http:// or https:// "
			    "URL, got '%s'", k->name, value);
			return -1;
		}
		free(*sp);
		*sp = xstrdup(value);
		return 0;
	case CONFIG_INT:
		if (util_strtonum(value, k->min, k->max, &v) != 0) {
			config_error(p, "%s: expected a whole number from "
			    "%lld to %lld, got '%s'", k->name, k->min, k->max,
			    value);
			return -1;
		}
		*ip = (int)v;
		return 0;
	case CONFIG_DURATION:
		if (util_parse_duration(value, &v) != 0 || v < k->min ||
		    v > k->max) {
			config_error(p, "%s: expected a duration such as 90s, "
			    "15m, 1h or 2d, from %llds to %llds, got '%s'",
			    k->name, k->min, k->max, value);
			return -1;
		}
		*ip = (int)v;
		return 0;
	case CONFIG_SIZE:
		if (util_parse_size(value, &v) != 0 || v < k->min ||
		    v > k->max) {
			config_error(p, "%s: expected a size such as 512k or "
			    "10M, from %lld to %lld bytes, got '%s'", k->name,
			    k->min, k->max, value);
			return -1;
		}
		*lp = v;
		return 0;
	case CONFIG_BOOL:
		if (strcasecmp(value, "yes") == 0 ||
		    strcasecmp(value, "true") == 0 ||
		    strcasecmp(value, "on") == 0 || strcmp(value, "1") == 0)
			*ip = 1;
		else if (strcasecmp(value, "no") == 0 ||
		    strcasecmp(value, "false") == 0 ||
		    strcasecmp(value, "off") == 0 || strcmp(value, "0") == 0)
			*ip = 0;
		else {
			config_error(p, "%s: expected yes or no, got '%s'",
			    k->name, value);
			return -1;
		}
		return 0;
	case CONFIG_MODE:
		errno = 0;
		m = strtoul(value, &end, 8);
		if (*value == '\0' || *end != '\0' || errno != 0 ||
		    m > (unsigned long)k->max) {
			config_error(p, "%s: expected an octal file mode such "
			    "as 0660, got '%s'", k->name, value);
			return -1;
		}
		*(mode_t *)((char *)base + k->off) = (mode_t)m;
		return 0;
	case CONFIG_LEVEL:
		if (log_level_parse(value, &lvl) != 0) {
			config_error(p, "%s: expected error, warn, info or "
			    "debug, got '%s'", k->name, value);
			return -1;
		}
		*(enum log_level *)((char *)base + k->off) = lvl;
		return 0;
	}
	return -1;
}

static int
config_set_key(struct config_parse *p, const char *section, void *base,
    const struct config_key *keys, const char *name, const char *value)
{
	const struct config_key	*k;

	for (k = keys; k->name != NULL; k++)
		if (strcmp(k->name, name) == 0) {
			if (config_set(p, base, k, value) == 0) {
				if (base == p->conf &&
				    strcmp(name, "poll_interval") == 0)
					p->poll_line = p->line;
				else if (base == p->conf &&
				    strcmp(name, "socket_group") == 0)
					p->conf->socket_group_line = p->line;
				else if (base == p->conf &&
				    strcmp(name, "admin_group") == 0)
					p->conf->admin_group_line = p->line;
				else if (base == p->feed &&
				    strcmp(name, "interval") == 0)
					p->iv_lines[p->conf->nfeeds - 1] =
					    p->line;
			}
			return 1;
		}
	config_error(p, "unknown key '%s' in [%s]", name, section);
	return 1;
}

/* A feed section ended: it must have a url. */
static void
config_feed_done(struct config_parse *p)
{
	if (p->feed != NULL && p->feed->url == NULL && !p->url_given)
		config_error_at(p, p->feed->line, "[feed %s]: expected a url "
		    "key", p->feed->name);
	p->feed = NULL;
}

static int
config_section(struct config_parse *p, const char *section)
{
	struct config	*c = p->conf;
	const char	*name;

	config_feed_done(p);
	free(p->section);
	p->section = xstrdup(section);
	p->handled_seq = p->section_seq;
	p->skip = 0;
	if (strcmp(section, "daemon") == 0 || strcmp(section, "fetch") == 0 ||
	    strcmp(section, "api") == 0)
		return 1;
	p->skip = 1;
	if (strncmp(section, "feed ", 5) != 0) {
		config_error_section(p, "unknown section [%s]: expected "
		    "[daemon], [fetch], [api] or [feed NAME]", section);
		return 0;
	}
	name = section + 5;
	while (*name == ' ')
		name++;
	if (!config_feed_name_ok(name)) {
		config_error_section(p, "[%s]: a feed name is 1 to 64 letters, "
		    "digits, '.', '_' or '-'", section);
		return 0;
	}
	if (config_find_feed(c, name) != NULL) {
		config_error_section(p, "[%s]: feed '%s' is defined twice",
		    section, name);
		return 0;
	}
	p->skip = 0;
	p->url_given = 0;
	c->feeds = xreallocarray(c->feeds, c->nfeeds + 1, sizeof *c->feeds);
	p->iv_lines = xreallocarray(p->iv_lines, c->nfeeds + 1,
	    sizeof *p->iv_lines);
	p->iv_lines[c->nfeeds] = 0;
	p->feed = &c->feeds[c->nfeeds++];
	memset(p->feed, 0, sizeof *p->feed);
	p->feed->name = xstrdup(name);
	p->feed->tags = xstrdup("");
	p->feed->enabled = 1;
	p->feed->line = p->section_line;
	return 1;
}

static int
config_handler(void *user, const char *section, const char *name,
    const char *value)
{
	struct config_parse	*p = user;

	if (*section == '\0') {
		config_error(p, "key '%s' outside a section: expected "
		    "[daemon], [fetch], [api] or [feed NAME] first", name);
		return 1;
	}
	if (p->section == NULL || p->handled_seq != p->section_seq)
		config_section(p, section);
	if (p->skip)
		return 1;	/* the header was refused, and said so */
	if (strcmp(section, "daemon") == 0)
		return config_set_key(p, section, p->conf, config_daemon_keys,
		    name, value);
	if (strcmp(section, "fetch") == 0)
		return config_set_key(p, section, p->conf, config_fetch_keys,
		    name, value);
	if (strcmp(section, "api") == 0)
		return config_set_key(p, section, p->conf, config_api_keys,
		    name, value);
	if (strcmp(name, "url") == 0)
		p->url_given = 1;
	return config_set_key(p, section, p->feed, config_feed_keys, name,
	    value);
}

/*
 * Is this line one inih refuses?  Blank lines, comments, [headers] with
 * their bracket and key = value (or key: value) lines pass; indented
 * lines may continue a value and are left to inih.
 */
static int
config_line_bad(const char *l)
{
	const char	*c = l;

	if (*l == ' ' || *l == '\t')
		return 0;
	if (*c == '\0' || *c == '\n' || *c == '\r' || *c == ';' || *c == '#')
		return 0;
	if (*c == '[')
		return strchr(c, ']') == NULL;
	return strpbrk(c, "=:") == NULL;
}

/*
 * fgets for inih that counts the lines it hands out.  inih reads into a
 * buffer of num bytes and takes the rest of a longer line as a line of
 * its own, which would put a commented-out key's tail into effect and
 * shift every later line number; so a line that does not fit is an
 * error here and ends the parse.
 */
static char *
config_reader(char *str, int num, void *stream)
{
	struct config_parse	*p = stream;
	char			*r;
	int			 next;
	const char		*c;

	if (num < 2)
		return NULL;
	str[num - 1] = '\n';	/* fgets writes a NUL here only when full */
	r = fgets(str, num, p->f);
	if (r != NULL) {
		p->line++;
		if (str[num - 1] == '\0' && str[num - 2] != '\n' &&
		    (next = getc(p->f)) != EOF && next != '\n') {
			config_error(p, "line longer than %d bytes", num - 1);
			return NULL;
		}
		/*
		 * inih skips a UTF-8 BOM on the first line and what
		 * isspace() skips, \v and \f too.
		 */
		c = r;
		if (p->line == 1 && strncmp(c, "\xef\xbb\xbf", 3) == 0)
			c += 3;
		for (; isspace((unsigned char)*c); c++)
			;
		if (*c == '[') {
			p->section_line = p->line;
			p->section_seq++;
		}
		if (config_line_bad(r) && config_line_bad(c)) {
			p->syntax = xreallocarray(p->syntax, p->nsyntax + 1,
			    sizeof *p->syntax);
			p->syntax[p->nsyntax++] = p->line;
			config_error(p, "syntax error: expected [section], "
			    "key = value, or a ; comment");
		}
	}
	return r;
}

/* The checks that need the whole file. */
static void
config_check_feeds(struct config_parse *p)
{
	struct config		*c = p->conf;
	struct config_feed	*f;
	size_t			 i, j;
	int			 iv, line;

	for (i = 0; i < c->nfeeds; i++) {
		f = &c->feeds[i];
		if (f->url == NULL)
			continue;
		for (j = 0; j < i; j++)
			if (c->feeds[j].url != NULL &&
			    strcmp(c->feeds[j].url, f->url) == 0) {
				config_error_at(p, f->line, "[feed %s]: url: "
				    "the same URL as [feed %s] (line %d); a "
				    "feed is fetched once", f->name,
				    c->feeds[j].name, c->feeds[j].line);
				break;
			}
		iv = f->interval_s > 0 ? f->interval_s : c->poll_interval_s;
		if (config_interval_ok(f->url, iv))
			continue;
		line = p->iv_lines[i] != 0 ? p->iv_lines[i] : p->poll_line;
		config_error_at(p, line != 0 ? line : f->line, "[feed %s]: "
		    "%s: expected at least 1m for a remote host, got %ds%s "
		    "(only loopback hosts may be polled more often)", f->name,
		    p->iv_lines[i] != 0 ? "interval" : "poll_interval", iv,
		    p->iv_lines[i] != 0 ? "" : " (poll_interval)");
	}
}

/* Sorts errors by line; a stable insertion sort keeps ties in order. */
static void
config_errors_sort(struct config_error *e, size_t n)
{
	struct config_error	t;
	size_t			i, j;

	for (i = 1; i < n; i++) {
		t = e[i];
		for (j = i; j > 0 && e[j - 1].line > t.line; j--)
			e[j] = e[j - 1];
		e[j] = t;
	}
}

int
config_load(const char *path, struct config **out, char **cause)
{
	struct config_parse	 p;
	struct buf		 msg = { 0 };
	size_t			 i;
	int			 r, err, seen;

	memset(&p, 0, sizeof p);
	if ((p.f = fopen(path, "r")) == NULL) {
		err = errno;
		*cause = xasprintf("%s: %s", path, strerror(err));
		return -err;
	}
	p.conf = config_default();
	p.conf->path = xstrdup(path);
	r = ini_parse_stream(config_reader, &p, config_handler, &p);
	fclose(p.f);
	config_feed_done(&p);
	if (r > 0) {
		/* inih's first error, unless the reader saw that line. */
		for (seen = 0, i = 0; i < p.nsyntax; i++)
			if (p.syntax[i] == r)
				seen = 1;
		if (!seen)
			config_error_at(&p, r, "syntax error: expected "
			    "[section], key = value, or a ; comment");
	} else if (r < 0)
		config_error_at(&p, 0, "could not read the file");
	config_check_feeds(&p);
	free(p.section);
	free(p.syntax);
	free(p.iv_lines);
	if (p.nerrs > 0) {
		config_errors_sort(p.errs, p.nerrs);
		for (i = 0; i < p.nerrs; i++) {
			buf_printf(&msg, "%s%s:%d: %s", i > 0 ? "\n" : "",
			    path, p.errs[i].line, p.errs[i].msg);
			free(p.errs[i].msg);
		}
		if (p.more_errs > 0)
			buf_printf(&msg, "\n%s: %d more errors", path,
			    p.more_errs);
		*cause = buf_steal(&msg);
		config_free(p.conf);
		return -EINVAL;
	}
	*out = p.conf;
	return 0;
}

int
config_check_system(const struct config *c, char **cause, char **warn)
{
	const char	*path = c->path != NULL ? c->path : "defaults";

	*warn = NULL;
	if (c->admin_group != NULL && getgrnam(c->admin_group) == NULL)
		*warn = xasprintf("%s:%d: admin_group: no group named '%s' "
		    "here: only root and the daemon's user may change things",
		    path, c->admin_group_line, c->admin_group);
	if (c->socket_group != NULL && getgrnam(c->socket_group) == NULL) {
		*cause = xasprintf("%s:%d: socket_group: no group named '%s'",
		    path, c->socket_group_line, c->socket_group);
		return -ENOENT;
	}
	return 0;
}
