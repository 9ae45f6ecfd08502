/*
 * itinctl: the command-line client of itinerd.  Talks to the daemon's
 * Unix socket (ctl_client.c) and prints aligned tables for people or,
 * with --json, the API's JSON for scripts.  Subcommands are a table of
 * { name, handler, usage } rows, as tmux's cmd_table; `extract` runs
 * the extractor offline (ctl_extract.c) and needs no daemon.
 *
 * Exit codes: 0 success, 1 an error (the message on stderr names what
 * failed: the socket when the daemon cannot be reached, the parameter
 * the API refused), 2 usage.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>

#include "config.h"
#include "config_build.h"
#include "ctl_client.h"
#include "ctl_extract.h"
#include "kb.h"
#include "render.h"
#include "util.h"
#include "xmalloc.h"

#define CTL_OK		0
#define CTL_ERROR	1
#define CTL_USAGE	2

struct ctl {
	const char		*socket;
	struct ctl_client	*client;
	int			 json;
	int			 utc;	/* times in UTC, not $TZ's zone */
	const char		*cmd;	/* for messages */
};

struct ctl_cmd {
	const char	*name;
	int		(*fn)(struct ctl *, int, char **);
	const char	*usage;
	const char	*help;
};

static int	ctl_trips(struct ctl *, int, char **);
static int	ctl_upcoming(struct ctl *, int, char **);
static int	ctl_trip(struct ctl *, int, char **);
static int	ctl_legs(struct ctl *, int, char **);
static int	ctl_officials(struct ctl *, int, char **);
static int	ctl_places(struct ctl *, int, char **);
static int	ctl_search(struct ctl *, int, char **);
static int	ctl_feeds(struct ctl *, int, char **);
static int	ctl_feed(struct ctl *, int, char **);
static int	ctl_poll(struct ctl *, int, char **);
static int	ctl_import(struct ctl *, int, char **);
static int	ctl_reload(struct ctl *, int, char **);
static int	ctl_watch(struct ctl *, int, char **);
static int	ctl_status(struct ctl *, int, char **);
static int	ctl_export(struct ctl *, int, char **);
static int	ctl_leg(struct ctl *, int, char **);
static int	ctl_official(struct ctl *, int, char **);

#define CTL_FILTER_USAGE \
	"[--person NAME] [--role TEXT] [--from CC] [--to CC] [--city CITY]\n" \
	"           [--since DATE] [--until DATE] [--status STATUS]\n" \
	"           [--now STATUS] [--min-confidence X]\n" \
	"           [--domestic|--no-domestic] [--limit N] [--all]"
#define CTL_TRIPS_USAGE \
	"\n           [--sort start|-start|updated|-updated] [--upcoming]"

static const struct ctl_cmd ctl_cmds[] = {
	{ "trips", ctl_trips, "trips " CTL_FILTER_USAGE CTL_TRIPS_USAGE,
	  "list trips, newest first, with their routes" },
	{ "upcoming", ctl_upcoming, "upcoming " CTL_FILTER_USAGE
	  "\n           [--sort start|-start|updated|-updated]",
	  "trips from today on, soonest first (trips --upcoming)" },
	{ "trip", ctl_trip, "trip ID", "show a trip: legs, dates, sources" },
	{ "legs", ctl_legs, "legs " CTL_FILTER_USAGE, "list legs" },
	{ "leg", ctl_leg, "leg ID", "show a leg and its sources" },
	{ "officials", ctl_officials, "officials [--person NAME] "
	  "[--from CC] [--role TEXT] [--limit N] [--all]",
	  "list known officials" },
	{ "official", ctl_official, "official ID",
	  "show an official and their trips" },
	{ "places", ctl_places, "places [--to CC] [--city CITY] [--limit N] "
	  "[--all]", "list destinations" },
	{ "search", ctl_search, "search [--feed NAME] [--limit N] TEXT...",
	  "full-text search of articles" },
	{ "feeds", ctl_feeds, "feeds", "list feeds and their state" },
	{ "feed", ctl_feed, "feed add NAME URL [--interval DURATION] "
	  "[--tags A,B]\n       itinctl feed rm|pause|resume NAME",
	  "change feeds" },
	{ "poll", ctl_poll, "poll [FEED]", "fetch feeds now" },
	{ "import", ctl_import, "import [--feed NAME] FILE...",
	  "ingest saved feed documents" },
	{ "reload", ctl_reload, "reload", "make the daemon re-read its config" },
	{ "watch", ctl_watch, "watch [--count N]",
	  "follow new and changed legs, trips and feeds" },
	{ "status", ctl_status, "status", "the daemon's health and counts" },
	{ "export", ctl_export, "export --format csv|ics|geojson "
	  "[--what legs|trips|places]\n           [-o FILE] [filters as for "
	  "legs]", "export for spreadsheets, calendars, maps" },
	{ "extract", NULL, "extract [--published YYYY-MM-DD] [--json] FILE...",
	  "run the extractor offline on files (no daemon)" },
};
#define CTL_NCMDS	(sizeof ctl_cmds / sizeof ctl_cmds[0])

static void
ctl_usage(FILE *f)
{
	size_t	 i;
	char	*def = config_default_socket();

	fprintf(f, "usage: itinctl [-s SOCKET] [--json] [--utc] COMMAND [ARGS]"
	    "\n"
	    "  -s, --socket PATH  the daemon's socket (default $ITINERD_SOCKET "
	    "or\n                     %s)\n"
	    "  -j, --json         print JSON instead of tables (also after the "
	    "command)\n"
	    "      --utc          print times in UTC, not in $TZ's zone\n"
	    "  -h, --help         this text (after a command: its usage)\n\n"
	    "commands:\n", def);
	free(def);
	for (i = 0; i < CTL_NCMDS; i++)
		fprintf(f, "  %-10s %s\n", ctl_cmds[i].name, ctl_cmds[i].help);
}

static int
ctl_cmd_usage(const struct ctl *c)
{
	size_t	i;

	for (i = 0; i < CTL_NCMDS; i++)
		if (strcmp(ctl_cmds[i].name, c->cmd) == 0)
			fprintf(stderr, "usage: itinctl %s\n",
			    ctl_cmds[i].usage);
	return CTL_USAGE;
}

/* `itinctl CMD --help`: the command's usage on stdout, exit 0. */
static int
ctl_cmd_help(const struct ctl_cmd *cmd)
{
	printf("usage: itinctl %s\n\n%s.\n", cmd->usage, cmd->help);
	if (cmd->fn != NULL)
		printf("--json (anywhere) prints JSON; --utc prints times in "
		    "UTC.\n");
	return CTL_OK;
}

/*
 * What the user typed for each query parameter: the API names its
 * parameters, itinctl its options.  {param, option}.
 */
static const struct {
	const char	*param;
	const char	*option;
} ctl_params[] = {
	{ "official_country", "--from" }, { "dest_country", "--to" },
	{ "min_confidence", "--min-confidence" }, { "person", "--person" },
	{ "role", "--role" }, { "city", "--city" }, { "since", "--since" },
	{ "until", "--until" }, { "status", "--status" },
	{ "limit", "--limit" }, { "interval", "--interval" },
	{ "tags", "--tags" }, { "status_now", "--now" }, { "sort", "--sort" },
	{ "view", "--upcoming" }, { "domestic", "--domestic" },
};

/*
 * An API error message as the user should read it: "dest_country: ..."
 * becomes "--to: ...", and a "poll: " the command's name already says
 * goes.  Caller frees.
 */
static char *
ctl_user_message(const struct ctl *c, const char *msg)
{
	size_t	i, n;

	n = strlen(c->cmd);
	if (strncmp(msg, c->cmd, n) == 0 && strncmp(msg + n, ": ", 2) == 0)
		msg += n + 2;
	for (i = 0; i < sizeof ctl_params / sizeof ctl_params[0]; i++) {
		n = strlen(ctl_params[i].param);
		if (strncmp(msg, ctl_params[i].param, n) == 0 && msg[n] == ':')
			return xasprintf("%s%s", ctl_params[i].option,
			    msg + n);
	}
	return xstrdup(msg);
}

static void __attribute__((format(printf, 2, 3)))
ctl_err(const struct ctl *c, const char *fmt, ...)
{
	va_list	ap;

	fprintf(stderr, "itinctl: %s: ", c->cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* Connects lazily, so `itinctl trips --bad` is a usage error first. */
static int
ctl_connect(struct ctl *c)
{
	char	*cause = NULL;

	if (c->client != NULL)
		return 0;
	if (ctl_client_new(c->socket, &c->client, &cause) != 0) {
		ctl_err(c, "%s", cause);
		free(cause);
		return -1;
	}
	return 0;
}

/*
 * One request; on success (2xx) returns 0 with the body in out, else
 * prints the error and returns -1.
 */
static int
ctl_call(struct ctl *c, const char *method, const char *path,
    const char *body, size_t len, const char *ctype, struct buf *out)
{
	char	*cause = NULL, *msg;
	int	 status;

	if (ctl_connect(c) != 0)
		return -1;
	if (ctl_client_request(c->client, method, path, body, len, ctype,
	    &status, out, &cause) != 0) {
		ctl_err(c, "%s", cause);
		free(cause);
		return -1;
	}
	if (status < 200 || status > 299) {
		cause = ctl_client_error(out->data != NULL ? out->data : "");
		msg = ctl_user_message(c, cause);
		ctl_err(c, "%s (HTTP %d)", msg, status);
		free(cause);
		free(msg);
		return -1;
	}
	return 0;
}

static int
ctl_get_json(struct ctl *c, const char *path, json_t **out)
{
	struct buf	 b = { 0 };
	json_error_t	 e;
	json_t		*j;

	if (ctl_call(c, "GET", path, NULL, 0, NULL, &b) != 0) {
		buf_free(&b);
		return -1;
	}
	j = json_loads(b.data != NULL ? b.data : "", 0, &e);
	buf_free(&b);
	if (j == NULL) {
		ctl_err(c, "the daemon's answer is not JSON: %s", e.text);
		return -1;
	}
	*out = j;
	return 0;
}

/*
 * Significant digits of reals in JSON: coordinates to about 1 cm and
 * confidences as stored, without binary noise (35.689500000000002).
 */
#define CTL_JSON_REALS	JSON_REAL_PRECISION(10)

static void
ctl_print_json(const json_t *j)
{
	char	*s;

	s = json_dumps(j, JSON_INDENT(2) | CTL_JSON_REALS);
	if (s != NULL)
		printf("%s\n", s);
	free(s);
}

/*
 * With --json, prints a change's result: the daemon's JSON answer, or
 * fallback (taken) when it sent none (204 No Content).
 */
static void
ctl_print_result(const struct ctl *c, const struct buf *b, json_t *fallback)
{
	json_t	*j = NULL;

	if (c->json) {
		if (b->len > 0)
			j = json_loadb(b->data, b->len, 0, NULL);
		ctl_print_json(j != NULL ? j : fallback);
	}
	json_decref(j);
	json_decref(fallback);
}

/* Times. */

/*
 * "2021-03-15T09:20:00Z" as "2021-03-15 10:20 CET": in $TZ's zone, or in
 * UTC with --utc, the zone always named.  NULL for NULL or a bad time.
 */
static const char *
ctl_time(const struct ctl *c, const char *iso, char *tmp, size_t len)
{
	struct tm	 tm;
	time_t		 t;
	const char	*end;

	if (iso == NULL)
		return NULL;
	memset(&tm, 0, sizeof tm);
	if ((end = strptime(iso, "%Y-%m-%dT%H:%M:%S", &tm)) == NULL ||
	    (*end != 'Z' && *end != '\0'))
		return NULL;
	t = timegm(&tm);
	if (c->utc) {
		gmtime_r(&t, &tm);
		strftime(tmp, len, "%Y-%m-%d %H:%M UTC", &tm);
	} else {
		localtime_r(&t, &tm);
		strftime(tmp, len, "%Y-%m-%d %H:%M %Z", &tm);
	}
	return tmp;
}

/* Tables. */

struct ctl_table {
	size_t	  ncols;
	char	**cells;	/* nrows + 1 (header) rows of ncols */
	size_t	  nrows;
};

static struct ctl_table *
ctl_table_new(size_t ncols, const char *const *heads)
{
	struct ctl_table	*t;
	size_t			 i;

	t = xcalloc(1, sizeof *t);
	t->ncols = ncols;
	t->cells = xreallocarray(NULL, ncols, sizeof *t->cells);
	for (i = 0; i < ncols; i++)
		t->cells[i] = xstrdup(heads[i]);
	return t;
}

/* Adds a row of ncols strings (NULL prints as "-"); copied. */
static void
ctl_table_add(struct ctl_table *t, const char *const *row)
{
	size_t	i, base;

	t->nrows++;
	t->cells = xreallocarray(t->cells, (t->nrows + 1) * t->ncols,
	    sizeof *t->cells);
	base = t->nrows * t->ncols;
	for (i = 0; i < t->ncols; i++)
		t->cells[base + i] = xstrdup(row[i] != NULL && *row[i] != '\0' ?
		    row[i] : "-");
}

/* Display width: code points, not bytes. */
static size_t
ctl_width(const char *s)
{
	size_t	w = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			w++;
	return w;
}

static void
ctl_table_print(struct ctl_table *t)
{
	size_t	*w, r, i, n;

	w = xcalloc(t->ncols, sizeof *w);
	for (r = 0; r <= t->nrows; r++)
		for (i = 0; i < t->ncols; i++)
			if ((n = ctl_width(t->cells[r * t->ncols + i])) > w[i])
				w[i] = n;
	for (r = 0; r <= t->nrows; r++) {
		for (i = 0; i < t->ncols; i++) {
			fputs(t->cells[r * t->ncols + i], stdout);
			if (i + 1 == t->ncols)
				break;
			for (n = ctl_width(t->cells[r * t->ncols + i]);
			    n < w[i] + 2; n++)
				putchar(' ');
		}
		putchar('\n');
	}
	for (r = 0; r < (t->nrows + 1) * t->ncols; r++)
		free(t->cells[r]);
	free(t->cells);
	free(t);
	free(w);
}

static const char *
ctl_str(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/* A member as text into tmp (numbers, strings; NULL for null). */
static const char *
ctl_val(const json_t *o, const char *key, char *tmp, size_t len)
{
	const json_t	*v = json_object_get(o, key);

	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_integer(v)) {
		snprintf(tmp, len, "%lld", (long long)json_integer_value(v));
		return tmp;
	}
	if (json_is_real(v)) {
		snprintf(tmp, len, "%.2f", json_real_value(v));
		return tmp;
	}
	if (json_is_boolean(v))
		return json_is_true(v) ? "yes" : "no";
	return NULL;
}

/* A country's name (member name), else its code (member code). */
static const char *
ctl_country(const json_t *o, const char *name, const char *code)
{
	const char	*s = ctl_str(o, name);

	return s != NULL && *s != '\0' ? s : ctl_str(o, code);
}

/*
 * The destination country of leg o for a table: its name (else code),
 * "Japan", with " (domestic)" for a leg in the official's own country.
 */
static const char *
ctl_dest_country(const json_t *o, char *buf, size_t len)
{
	const char	*s = ctl_country(o, "dest_country_name", "country");

	if (s == NULL || !json_is_true(json_object_get(o, "domestic")))
		return s;
	snprintf(buf, len, "%s (domestic)", s);
	return buf;
}

/* "City", else the country's name, else its code. */
static const char *
ctl_place(const json_t *o)
{
	const char	*city = ctl_str(o, "city");

	if (city != NULL && *city != '\0')
		return city;
	return ctl_country(o, "dest_country_name", "country");
}

/* "past (reported completed)": the status as of now and as reported. */
static void
ctl_print_status(const json_t *o, const char *conf)
{
	const char	*now = ctl_str(o, "status_now");

	printf("Status: %s (reported %s; confidence %s)\n", now != NULL ? now :
	    "not known, no dates", ctl_str(o, "status") != NULL ?
	    ctl_str(o, "status") : "?", conf != NULL ? conf : "-");
}

/* Filters. */

struct ctl_filter {
	struct buf	 q;		/* query string, no leading '?' */
	int		 all;
	int		 limit_set;
};

static void
ctl_filter_add(struct ctl_filter *f, const char *key, const char *value)
{
	char	*e;

	e = ctl_client_escape(value);
	buf_printf(&f->q, "%s%s=%s", f->q.len > 0 ? "&" : "", key, e);
	free(e);
}

enum {
	CTL_OPT_PERSON = 256, CTL_OPT_ROLE, CTL_OPT_FROM, CTL_OPT_TO,
	CTL_OPT_CITY, CTL_OPT_SINCE, CTL_OPT_UNTIL, CTL_OPT_STATUS,
	CTL_OPT_MINC, CTL_OPT_LIMIT, CTL_OPT_ALL, CTL_OPT_FEED,
	CTL_OPT_INTERVAL, CTL_OPT_TAGS, CTL_OPT_COUNT, CTL_OPT_FORMAT,
	CTL_OPT_WHAT, CTL_OPT_JSON, CTL_OPT_SORT, CTL_OPT_NOW,
	CTL_OPT_UPCOMING, CTL_OPT_DOMESTIC, CTL_OPT_NO_DOMESTIC,
};

static const struct option ctl_filter_opts[] = {
	{ "person", required_argument, NULL, CTL_OPT_PERSON },
	{ "role", required_argument, NULL, CTL_OPT_ROLE },
	{ "from", required_argument, NULL, CTL_OPT_FROM },
	{ "to", required_argument, NULL, CTL_OPT_TO },
	{ "city", required_argument, NULL, CTL_OPT_CITY },
	{ "since", required_argument, NULL, CTL_OPT_SINCE },
	{ "until", required_argument, NULL, CTL_OPT_UNTIL },
	{ "status", required_argument, NULL, CTL_OPT_STATUS },
	{ "min-confidence", required_argument, NULL, CTL_OPT_MINC },
	{ "limit", required_argument, NULL, CTL_OPT_LIMIT },
	{ "all", no_argument, NULL, CTL_OPT_ALL },
	{ "feed", required_argument, NULL, CTL_OPT_FEED },
	{ "format", required_argument, NULL, CTL_OPT_FORMAT },
	{ "what", required_argument, NULL, CTL_OPT_WHAT },
	{ "json", no_argument, NULL, CTL_OPT_JSON },
	{ "sort", required_argument, NULL, CTL_OPT_SORT },
	{ "now", required_argument, NULL, CTL_OPT_NOW },
	{ "upcoming", no_argument, NULL, CTL_OPT_UPCOMING },
	{ "domestic", no_argument, NULL, CTL_OPT_DOMESTIC },
	{ "no-domestic", no_argument, NULL, CTL_OPT_NO_DOMESTIC },
	{ "output", required_argument, NULL, 'o' },
	{ NULL, 0, NULL, 0 }
};

/*
 * The ISO code for what the user typed after --to or --from: a code as it
 * is, else a country's name, alias or demonym from the knowledge tables
 * ("israel", "South Korea", "Japanese").  0 and out, or -ENOENT.
 */
static int
ctl_country_code(const char *typed, char out[3])
{
	const struct kb_ref	*refs;
	struct kb		*kb;
	char			 key[128], *cause = NULL;
	size_t			 kl = 0, n, wl;
	int			 r = -ENOENT;

	if (strlen(typed) == 2) {
		snprintf(out, 3, "%s", typed);
		return 0;
	}
	for (const char *w = typed; *w != '\0'; w += wl) {
		while (*w == ' ')
			w++;
		if ((wl = strcspn(w, " ")) == 0)
			break;
		if (kl > 0 && kl + 1 < sizeof key)
			key[kl++] = ' ';
		kl += kb_fold_word(w, wl, key + kl, sizeof key - kl);
	}
	if (kl == 0 || kb_load(&kb, &cause) != 0) {
		free(cause);
		return -ENOENT;
	}
	n = kb_lookup(kb, key, kl, &refs);
	for (size_t i = 0; i < n && r != 0; i++) {
		if (refs[i].kind == KB_REF_COUNTRY ||
		    refs[i].kind == KB_REF_DEMONYM) {
			snprintf(out, 3, "%s",
			    kb_country_at(kb, refs[i].idx)->iso2);
			r = 0;
		}
	}
	kb_free(kb);
	return r;
}

/*
 * Parses filter options; allowed is the list of option codes this
 * command takes.  Other options (format, what, output) go to extra.
 * Returns 0, CTL_USAGE, or 1 for a value it cannot use (said on stderr).
 */
static int
ctl_filter_parse(struct ctl *c, int argc, char **argv, const int *allowed,
    struct ctl_filter *f, const char **format, const char **what,
    const char **output)
{
	static const char *const keys[] = {
		[CTL_OPT_PERSON - 256] = "person",
		[CTL_OPT_ROLE - 256] = "role",
		[CTL_OPT_FROM - 256] = "official_country",
		[CTL_OPT_TO - 256] = "dest_country",
		[CTL_OPT_CITY - 256] = "city",
		[CTL_OPT_SINCE - 256] = "since",
		[CTL_OPT_UNTIL - 256] = "until",
		[CTL_OPT_STATUS - 256] = "status",
		[CTL_OPT_MINC - 256] = "min_confidence",
		[CTL_OPT_LIMIT - 256] = "limit",
		[CTL_OPT_FEED - 256] = "feed",
		[CTL_OPT_SORT - 256] = "sort",
		[CTL_OPT_NOW - 256] = "status_now",
	};
	int	ch, i, ok;

	optind = 0;
	opterr = 1;
	while ((ch = getopt_long(argc, argv, "o:", ctl_filter_opts,
	    NULL)) != -1) {
		ok = 0;
		for (i = 0; allowed[i] != 0; i++)
			if (allowed[i] == ch)
				ok = 1;
		if (!ok)
			return ctl_cmd_usage(c);
		switch (ch) {
		case CTL_OPT_ALL:
			f->all = 1;
			break;
		case CTL_OPT_JSON:
			c->json = 1;
			break;
		case CTL_OPT_UPCOMING:
			ctl_filter_add(f, "view", "upcoming");
			break;
		case CTL_OPT_DOMESTIC:
		case CTL_OPT_NO_DOMESTIC:
			ctl_filter_add(f, "domestic", ch == CTL_OPT_DOMESTIC ?
			    "true" : "false");
			break;
		case CTL_OPT_FORMAT:
			*format = optarg;
			break;
		case CTL_OPT_WHAT:
			*what = optarg;
			break;
		case 'o':
			*output = optarg;
			break;
		case CTL_OPT_FROM:
		case CTL_OPT_TO: {
			char	cc[3];

			if (ctl_country_code(optarg, cc) != 0) {
				fprintf(stderr, "itinctl: %s: '%s' is not a "
				    "country code or a country's name\n",
				    ch == CTL_OPT_TO ? "--to" : "--from",
				    optarg);
				return 1;
			}
			ctl_filter_add(f, keys[ch - 256], cc);
			break;
		}
		default:
			if (ch == CTL_OPT_LIMIT)
				f->limit_set = 1;
			ctl_filter_add(f, keys[ch - 256], optarg);
			break;
		}
	}
	return 0;
}

/*
 * Fetches a list, following next_cursor when all (at most 1000 per
 * page); *out is the first page's object with every row in key.
 */
static int
ctl_fetch_list(struct ctl *c, const char *endpoint, const char *key,
    struct ctl_filter *f, json_t **out)
{
	json_t		*first = NULL, *page, *next;
	struct buf	 q = { 0 };
	char		*path, *cur = NULL, *e;
	int		 pages = 0;

	if (f->q.data != NULL)
		buf_adds(&q, f->q.data);
	if (f->all && !f->limit_set)
		buf_printf(&q, "%slimit=%d", q.len > 0 ? "&" : "", 1000);
	for (;;) {
		if (cur == NULL)
			path = xasprintf("%s%s%s", endpoint, q.len > 0 ? "?" :
			    "", q.len > 0 ? q.data : "");
		else {
			e = ctl_client_escape(cur);
			path = xasprintf("%s?%s%scursor=%s", endpoint,
			    q.len > 0 ? q.data : "", q.len > 0 ? "&" : "", e);
			free(e);
		}
		free(cur);
		cur = NULL;
		if (ctl_get_json(c, path, &page) != 0) {
			free(path);
			json_decref(first);
			buf_free(&q);
			return -1;
		}
		free(path);
		if (first == NULL)
			first = page;
		else {
			json_array_extend(json_object_get(first, key),
			    json_object_get(page, key));
			json_object_set(first, "next_cursor",
			    json_object_get(page, "next_cursor"));
		}
		next = json_object_get(page, "next_cursor");
		if (json_is_string(next) && f->all && ++pages < 100000)
			cur = xstrdup(json_string_value(next));
		if (page != first)
			json_decref(page);
		if (cur == NULL)
			break;
	}
	buf_free(&q);
	if (!f->all && !c->json &&
	    json_is_string(json_object_get(first, "next_cursor")))
		fprintf(stderr, "itinctl: %s: more rows: use --limit N or "
		    "--all\n", c->cmd);
	*out = first;
	return 0;
}

static const int ctl_list_opts[] = { CTL_OPT_PERSON, CTL_OPT_ROLE,
    CTL_OPT_FROM, CTL_OPT_TO, CTL_OPT_CITY, CTL_OPT_SINCE, CTL_OPT_UNTIL,
    CTL_OPT_STATUS, CTL_OPT_NOW, CTL_OPT_MINC, CTL_OPT_DOMESTIC,
    CTL_OPT_NO_DOMESTIC, CTL_OPT_LIMIT, CTL_OPT_ALL, CTL_OPT_JSON, 0 };
static const int ctl_trips_opts[] = { CTL_OPT_PERSON, CTL_OPT_ROLE,
    CTL_OPT_FROM, CTL_OPT_TO, CTL_OPT_CITY, CTL_OPT_SINCE, CTL_OPT_UNTIL,
    CTL_OPT_STATUS, CTL_OPT_NOW, CTL_OPT_MINC, CTL_OPT_DOMESTIC,
    CTL_OPT_NO_DOMESTIC, CTL_OPT_LIMIT, CTL_OPT_ALL, CTL_OPT_JSON,
    CTL_OPT_SORT, CTL_OPT_UPCOMING, 0 };

/* Runs a list command: fetch, then print JSON or a table via fn. */
static int
ctl_list(struct ctl *c, int argc, char **argv, const int *allowed,
    const char *endpoint, const char *key,
    void (*print)(const json_t *rows))
{
	struct ctl_filter	 f = { { 0 }, 0, 0 };
	json_t			*res;
	const char		*fmt = NULL, *what = NULL, *out = NULL;
	int			 r;

	if (strcmp(c->cmd, "upcoming") == 0)
		ctl_filter_add(&f, "view", "upcoming");

	if ((r = ctl_filter_parse(c, argc, argv, allowed, &f, &fmt, &what,
	    &out)) != 0) {
		buf_free(&f.q);
		return r;
	}
	if (optind != argc) {
		buf_free(&f.q);
		return ctl_cmd_usage(c);
	}
	r = ctl_fetch_list(c, endpoint, key, &f, &res);
	buf_free(&f.q);
	if (r != 0)
		return CTL_ERROR;
	if (c->json)
		ctl_print_json(res);
	else
		print(json_object_get(res, key));
	json_decref(res);
	return CTL_OK;
}

static void
ctl_print_trips(const json_t *rows)
{
	static const char *const heads[] = { "ID", "START", "END", "PERSON",
	    "NOW", "REPORTED", "ROUTE" };
	struct ctl_table	*t;
	const json_t		*r;
	const char		*row[7];
	char			 id[32], *route;
	size_t			 i;

	t = ctl_table_new(7, heads);
	json_array_foreach(rows, i, r) {
		route = render_route_text(json_object_get(r, "route"));
		row[0] = ctl_val(r, "id", id, sizeof id);
		row[1] = ctl_str(r, "start");
		row[2] = ctl_str(r, "end");
		row[3] = ctl_str(r, "person");
		row[4] = ctl_str(r, "status_now");
		row[5] = ctl_str(r, "status");
		row[6] = route;
		ctl_table_add(t, row);
		free(route);
	}
	ctl_table_print(t);
}

static void
ctl_print_legs(const json_t *rows)
{
	static const char *const heads[] = { "ID", "START", "END", "PERSON",
	    "PLACE", "COUNTRY", "NOW", "REPORTED", "CONF", "TRIP" };
	struct ctl_table	*t;
	const json_t		*r;
	const char		*row[10];
	char			 id[32], conf[32], trip[32], cty[128];
	size_t			 i;

	t = ctl_table_new(10, heads);
	json_array_foreach(rows, i, r) {
		row[0] = ctl_val(r, "id", id, sizeof id);
		row[1] = ctl_str(r, "start");
		row[2] = ctl_str(r, "end");
		row[3] = ctl_str(r, "person");
		row[4] = ctl_place(r);
		row[5] = ctl_dest_country(r, cty, sizeof cty);
		row[6] = ctl_str(r, "status_now");
		row[7] = ctl_str(r, "status");
		row[8] = ctl_val(r, "confidence", conf, sizeof conf);
		row[9] = ctl_val(r, "trip_id", trip, sizeof trip);
		ctl_table_add(t, row);
	}
	ctl_table_print(t);
}

static void
ctl_print_officials(const json_t *rows)
{
	static const char *const heads[] = { "ID", "NAME", "COUNTRY", "TRIPS",
	    "LEGS", "ROLE" };
	struct ctl_table	*t;
	const json_t		*r;
	const char		*row[6];
	char			 id[32], trips[32], legs[32];
	size_t			 i;

	t = ctl_table_new(6, heads);
	json_array_foreach(rows, i, r) {
		row[0] = ctl_val(r, "id", id, sizeof id);
		row[1] = ctl_str(r, "name");
		row[2] = ctl_str(r, "country");
		row[3] = ctl_val(r, "trips", trips, sizeof trips);
		row[4] = ctl_val(r, "legs", legs, sizeof legs);
		row[5] = ctl_str(r, "role");
		ctl_table_add(t, row);
	}
	ctl_table_print(t);
}

static void
ctl_print_places(const json_t *rows)
{
	static const char *const heads[] = { "ID", "COUNTRY", "CITY", "LAT",
	    "LON", "VISITS" };
	struct ctl_table	*t;
	const json_t		*r, *lat, *lon;
	const char		*row[6];
	char			 id[32], la[32], lo[32], v[32];
	size_t			 i;

	t = ctl_table_new(6, heads);
	json_array_foreach(rows, i, r) {
		lat = json_object_get(r, "lat");
		lon = json_object_get(r, "lon");
		snprintf(la, sizeof la, "%.4f", json_number_value(lat));
		snprintf(lo, sizeof lo, "%.4f", json_number_value(lon));
		row[0] = ctl_val(r, "id", id, sizeof id);
		row[1] = ctl_str(r, "country");
		row[2] = ctl_str(r, "city");
		row[3] = json_is_number(lat) ? la : NULL;
		row[4] = json_is_number(lon) ? lo : NULL;
		row[5] = ctl_val(r, "visits", v, sizeof v);
		ctl_table_add(t, row);
	}
	ctl_table_print(t);
}

static int
ctl_trips(struct ctl *c, int argc, char **argv)
{
	return ctl_list(c, argc, argv, ctl_trips_opts, "/v1/trips", "trips",
	    ctl_print_trips);
}

/* upcoming: trips --upcoming (the option list without it). */
static int
ctl_upcoming(struct ctl *c, int argc, char **argv)
{
	static const int opts[] = { CTL_OPT_PERSON, CTL_OPT_ROLE,
	    CTL_OPT_FROM, CTL_OPT_TO, CTL_OPT_CITY, CTL_OPT_SINCE,
	    CTL_OPT_UNTIL, CTL_OPT_STATUS, CTL_OPT_NOW, CTL_OPT_MINC,
	    CTL_OPT_DOMESTIC, CTL_OPT_NO_DOMESTIC, CTL_OPT_LIMIT, CTL_OPT_ALL,
	    CTL_OPT_JSON, CTL_OPT_SORT, 0 };

	return ctl_list(c, argc, argv, opts, "/v1/trips", "trips",
	    ctl_print_trips);
}

static int
ctl_legs(struct ctl *c, int argc, char **argv)
{
	return ctl_list(c, argc, argv, ctl_list_opts, "/v1/legs", "legs",
	    ctl_print_legs);
}

static int
ctl_officials(struct ctl *c, int argc, char **argv)
{
	static const int opts[] = { CTL_OPT_PERSON, CTL_OPT_FROM,
	    CTL_OPT_ROLE, CTL_OPT_LIMIT, CTL_OPT_ALL, CTL_OPT_JSON, 0 };

	return ctl_list(c, argc, argv, opts, "/v1/officials", "officials",
	    ctl_print_officials);
}

static int
ctl_places(struct ctl *c, int argc, char **argv)
{
	static const int opts[] = { CTL_OPT_TO, CTL_OPT_CITY, CTL_OPT_LIMIT,
	    CTL_OPT_ALL, CTL_OPT_JSON, 0 };

	return ctl_list(c, argc, argv, opts, "/v1/places", "places",
	    ctl_print_places);
}

/* "2021-03-16T00:00:00Z" -> "2021-03-16" into tmp. */
static const char *
ctl_day(const char *iso, char *tmp, size_t len)
{
	if (iso == NULL)
		return NULL;
	snprintf(tmp, len, "%.10s", iso);
	return tmp;
}

static int
ctl_trip(struct ctl *c, int argc, char **argv)
{
	static const char *const heads[] = { "#", "PLACE", "COUNTRY", "START",
	    "END", "NOW", "REPORTED", "CONF" };
	struct ctl_table	*t;
	json_t			*trip, *legs, *leg, *src;
	const char		*row[8], *role;
	char			*path, seq[32], conf[32], day[16], *route;
	char			 cty[128];
	long long		 id;
	size_t			 i, k;

	if (argc != 2)
		return ctl_cmd_usage(c);
	if (util_strtonum(argv[1], 1, INT64_MAX, &id) != 0) {
		ctl_err(c, "'%s' is not a trip id (a positive integer)",
		    argv[1]);
		return CTL_USAGE;
	}
	path = xasprintf("/v1/trips/%lld", id);
	if (ctl_get_json(c, path, &trip) != 0) {
		free(path);
		return CTL_ERROR;
	}
	free(path);
	if (c->json) {
		ctl_print_json(trip);
		json_decref(trip);
		return CTL_OK;
	}
	role = ctl_str(trip, "role");
	printf("Trip %lld: %s", id, ctl_str(trip, "person"));
	if (role != NULL)
		printf(", %s", role);
	if (ctl_str(trip, "official_country") != NULL &&
	    *ctl_str(trip, "official_country") != '\0')
		printf(" (%s)", ctl_country(trip, "official_country_name",
		    "official_country"));
	printf("\nDates:  %s \xe2\x80\x93 %s\n", ctl_str(trip, "start") !=
	    NULL ? ctl_str(trip, "start") : "?", ctl_str(trip, "end") != NULL ?
	    ctl_str(trip, "end") : "?");
	ctl_print_status(trip, ctl_val(trip, "confidence", conf, sizeof conf));
	route = render_route_text(json_object_get(trip, "route"));
	printf("Route:  %s\n\n", route);
	free(route);
	legs = json_object_get(trip, "legs");
	t = ctl_table_new(8, heads);
	json_array_foreach(legs, i, leg) {
		snprintf(seq, sizeof seq, "%zu", i + 1);
		row[0] = seq;
		row[1] = ctl_place(leg);
		row[2] = ctl_dest_country(leg, cty, sizeof cty);
		row[3] = ctl_str(leg, "start");
		row[4] = ctl_str(leg, "end");
		row[5] = ctl_str(leg, "status_now");
		row[6] = ctl_str(leg, "status");
		row[7] = ctl_val(leg, "confidence", conf, sizeof conf);
		ctl_table_add(t, row);
	}
	ctl_table_print(t);
	printf("\nSources:\n");
	json_array_foreach(legs, i, leg) {
		json_array_foreach(json_object_get(leg, "sources"), k, src) {
			printf("  [%zu] %s: \"%s\" (%s, %s)\n", i + 1,
			    ctl_place(leg), ctl_str(src, "title"),
			    ctl_str(src, "feed") != NULL ? ctl_str(src,
			    "feed") : "-", ctl_day(ctl_str(src, "published"),
			    day, sizeof day) != NULL ? day : "-");
			if (ctl_str(src, "url") != NULL)
				printf("      %s\n", ctl_str(src, "url"));
			printf("      \xe2\x80\x9c%s\xe2\x80\x9d\n",
			    ctl_str(src, "evidence"));
		}
	}
	json_decref(trip);
	return CTL_OK;
}

/* The ID argument of leg, official: 0, or CTL_USAGE after saying why. */
static int
ctl_id_arg(struct ctl *c, int argc, char **argv, const char *what,
    long long *id)
{
	if (argc != 2)
		return ctl_cmd_usage(c);
	if (util_strtonum(argv[1], 1, INT64_MAX, id) != 0) {
		ctl_err(c, "'%s' is not a%s %s id (a positive integer)",
		    argv[1], *what == 'o' ? "n" : "", what);
		return CTL_USAGE;
	}
	return 0;
}

static int
ctl_leg(struct ctl *c, int argc, char **argv)
{
	json_t		*leg, *src;
	char		*path, day[16], conf[32], trip[32], cty[128];
	const char	*role;
	long long	 id;
	size_t		 k;
	int		 r;

	if ((r = ctl_id_arg(c, argc, argv, "leg", &id)) != 0)
		return r;
	path = xasprintf("/v1/legs/%lld", id);
	r = ctl_get_json(c, path, &leg);
	free(path);
	if (r != 0)
		return CTL_ERROR;
	if (c->json) {
		ctl_print_json(leg);
		json_decref(leg);
		return CTL_OK;
	}
	role = ctl_str(leg, "role");
	printf("Leg %lld: %s", id, ctl_str(leg, "person"));
	if (role != NULL)
		printf(", %s", role);
	if (ctl_str(leg, "official_country") != NULL &&
	    *ctl_str(leg, "official_country") != '\0')
		printf(" (%s)", ctl_country(leg, "official_country_name",
		    "official_country"));
	if (ctl_str(leg, "city") != NULL && *ctl_str(leg, "city") != '\0')
		printf("\nTo:     %s, %s\n", ctl_str(leg, "city"),
		    ctl_dest_country(leg, cty, sizeof cty));
	else
		printf("\nTo:     %s%s\n", ctl_place(leg) != NULL ?
		    ctl_place(leg) : "?", json_is_true(json_object_get(leg,
		    "domestic")) ? " (domestic)" : "");
	printf("Dates:  %s \xe2\x80\x93 %s (%s)\n", ctl_str(leg, "start") !=
	    NULL ? ctl_str(leg, "start") : "?", ctl_str(leg, "end") != NULL ?
	    ctl_str(leg, "end") : "?", ctl_str(leg, "precision") != NULL ?
	    ctl_str(leg, "precision") : "?");
	ctl_print_status(leg, ctl_val(leg, "confidence", conf, sizeof conf));
	printf("Trip:   %s\n", ctl_val(leg, "trip_id", trip, sizeof trip) !=
	    NULL ? trip : "-");
	printf("\nSources:\n");
	json_array_foreach(json_object_get(leg, "sources"), k, src) {
		printf("  \"%s\" (%s, %s)\n", ctl_str(src, "title"),
		    ctl_str(src, "feed") != NULL ? ctl_str(src, "feed") : "-",
		    ctl_day(ctl_str(src, "published"), day, sizeof day) !=
		    NULL ? day : "-");
		if (ctl_str(src, "url") != NULL)
			printf("      %s\n", ctl_str(src, "url"));
		printf("      \xe2\x80\x9c%s\xe2\x80\x9d\n",
		    ctl_str(src, "evidence"));
	}
	json_decref(leg);
	return CTL_OK;
}

static int
ctl_official(struct ctl *c, int argc, char **argv)
{
	json_t		*o;
	char		*path, nt[32], nl[32];
	long long	 id;
	int		 r;

	if ((r = ctl_id_arg(c, argc, argv, "official", &id)) != 0)
		return r;
	path = xasprintf("/v1/officials/%lld", id);
	r = ctl_get_json(c, path, &o);
	free(path);
	if (r != 0)
		return CTL_ERROR;
	if (c->json) {
		ctl_print_json(o);
		json_decref(o);
		return CTL_OK;
	}
	printf("Official %lld: %s", id, ctl_str(o, "name"));
	if (ctl_str(o, "role") != NULL)
		printf(", %s", ctl_str(o, "role"));
	if (ctl_str(o, "country") != NULL && *ctl_str(o, "country") != '\0')
		printf(" (%s)", ctl_str(o, "country"));
	printf("\n%s trips, %s legs\n\n", ctl_val(o, "trip_count", nt,
	    sizeof nt), ctl_val(o, "leg_count", nl, sizeof nl));
	ctl_print_trips(json_object_get(o, "trips"));
	json_decref(o);
	return CTL_OK;
}

static int
ctl_search(struct ctl *c, int argc, char **argv)
{
	static const int opts[] = { CTL_OPT_FEED, CTL_OPT_LIMIT, CTL_OPT_ALL,
	    CTL_OPT_JSON, 0 };
	struct ctl_filter	 f = { { 0 }, 0, 0 };
	struct buf		 text = { 0 };
	json_t			*res, *a;
	const char		*fmt = NULL, *what = NULL, *out = NULL;
	char			 day[16];
	size_t			 i;
	int			 r;

	if ((r = ctl_filter_parse(c, argc, argv, opts, &f, &fmt, &what,
	    &out)) != 0 || optind >= argc) {
		buf_free(&f.q);
		return r != 0 ? r : ctl_cmd_usage(c);
	}
	for (; optind < argc; optind++) {
		if (text.len > 0)
			buf_addc(&text, ' ');
		buf_adds(&text, argv[optind]);
	}
	ctl_filter_add(&f, "q", text.data);
	buf_free(&text);
	r = ctl_fetch_list(c, "/v1/articles", "articles", &f, &res);
	buf_free(&f.q);
	if (r != 0)
		return CTL_ERROR;
	if (c->json) {
		ctl_print_json(res);
		json_decref(res);
		return CTL_OK;
	}
	json_array_foreach(json_object_get(res, "articles"), i, a) {
		printf("%s%lld  %s  %s  %s\n", i > 0 ? "\n" : "",
		    (long long)json_integer_value(json_object_get(a, "id")),
		    ctl_day(ctl_str(a, "published"), day, sizeof day),
		    ctl_str(a, "feed") != NULL ? ctl_str(a, "feed") : "-",
		    ctl_str(a, "title"));
		if (ctl_str(a, "snippet") != NULL)
			printf("    %s\n", ctl_str(a, "snippet"));
	}
	if (json_array_size(json_object_get(res, "articles")) == 0)
		fprintf(stderr, "itinctl: search: no article matches\n");
	json_decref(res);
	return CTL_OK;
}

static const char *
ctl_feed_state(const json_t *f)
{
	if (!json_is_true(json_object_get(f, "enabled")))
		return "disabled";
	if (json_is_true(json_object_get(f, "paused")))
		return "paused";
	if (ctl_str(f, "last_error") != NULL)
		return "failing";
	if (json_is_null(json_object_get(f, "last_fetch")))
		return "new";
	return "ok";
}

static int
ctl_feeds(struct ctl *c, int argc, char **argv)
{
	static const char *const heads[] = { "NAME", "STATE", "LAST FETCH",
	    "HTTP", "ERRORS", "ARTICLES", "NEXT DUE", "LAST ERROR" };
	struct ctl_table	*t;
	json_t			*res, *f;
	const char		*row[8];
	char			 last[64], next[64], http[16], errs[16], arts[16];
	size_t			 i;

	(void)argv;
	if (argc != 1)
		return ctl_cmd_usage(c);
	if (ctl_get_json(c, "/v1/feeds", &res) != 0)
		return CTL_ERROR;
	if (c->json) {
		ctl_print_json(res);
		json_decref(res);
		return CTL_OK;
	}
	t = ctl_table_new(8, heads);
	json_array_foreach(json_object_get(res, "feeds"), i, f) {
		row[0] = ctl_str(f, "name");
		row[1] = ctl_feed_state(f);
		row[2] = ctl_time(c, ctl_str(f, "last_fetch"), last,
		    sizeof last);
		row[3] = ctl_val(f, "last_status", http, sizeof http);
		row[4] = ctl_val(f, "error_count", errs, sizeof errs);
		row[5] = ctl_val(f, "articles", arts, sizeof arts);
		row[6] = ctl_time(c, ctl_str(f, "next_due"), next, sizeof next);
		row[7] = ctl_str(f, "last_error");
		ctl_table_add(t, row);
	}
	ctl_table_print(t);
	json_decref(res);
	return CTL_OK;
}

static int
ctl_feed(struct ctl *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "interval", required_argument, NULL, 'i' },
		{ "tags", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	struct buf	 b = { 0 };
	json_t		*body;
	const char	*interval = NULL, *tags = NULL, *verb, *method;
	char		*s, *path, *e;
	int		 ch, r;

	if (argc < 2)
		return ctl_cmd_usage(c);
	verb = argv[1];
	argc--;
	argv++;
	optind = 0;
	while ((ch = getopt_long(argc, argv, "i:t:", opts, NULL)) != -1) {
		switch (ch) {
		case 'i':
			interval = optarg;
			break;
		case 't':
			tags = optarg;
			break;
		default:
			return ctl_cmd_usage(c);
		}
	}
	argc -= optind;
	argv += optind;
	if (strcmp(verb, "add") == 0) {
		if (argc != 2)
			return ctl_cmd_usage(c);
		body = json_pack("{s:s, s:s}", "name", argv[0], "url",
		    argv[1]);
		if (interval != NULL)
			json_object_set_new(body, "interval",
			    json_string(interval));
		if (tags != NULL)
			json_object_set_new(body, "tags", json_string(tags));
		method = "POST";
		path = xstrdup("/v1/feeds");
	} else if (strcmp(verb, "rm") == 0 || strcmp(verb, "pause") == 0 ||
	    strcmp(verb, "resume") == 0) {
		if (argc != 1 || interval != NULL || tags != NULL)
			return ctl_cmd_usage(c);
		e = ctl_client_escape(argv[0]);
		path = xasprintf("/v1/feeds/%s", e);
		free(e);
		if (strcmp(verb, "rm") == 0) {
			body = NULL;
			method = "DELETE";
		} else {
			body = json_pack("{s:b}", "paused",
			    strcmp(verb, "pause") == 0);
			method = "PATCH";
		}
	} else
		return ctl_cmd_usage(c);
	s = body != NULL ? json_dumps(body, JSON_COMPACT) : NULL;
	json_decref(body);
	r = ctl_call(c, method, path, s, s != NULL ? strlen(s) : 0,
	    "application/json", &b);
	free(s);
	free(path);
	if (r == 0 && c->json)
		ctl_print_result(c, &b, json_pack("{s:s, s:b}", "name",
		    argv[0], "removed", 1));
	else if (r == 0)
		printf("feed %s: %s\n", argv[0], strcmp(verb, "add") == 0 ?
		    "added" : strcmp(verb, "rm") == 0 ? "removed" :
		    strcmp(verb, "pause") == 0 ? "paused" : "resumed");
	buf_free(&b);
	return r == 0 ? CTL_OK : CTL_ERROR;
}

static int
ctl_poll(struct ctl *c, int argc, char **argv)
{
	struct buf	 b = { 0 };
	char		*path, *e;
	int		 r;

	if (argc > 2)
		return ctl_cmd_usage(c);
	if (argc == 2) {
		e = ctl_client_escape(argv[1]);
		path = xasprintf("/v1/poll?feed=%s", e);
		free(e);
	} else
		path = xstrdup("/v1/poll");
	r = ctl_call(c, "POST", path, "", 0, "application/json", &b);
	free(path);
	if (r == 0 && c->json)
		ctl_print_result(c, &b, json_pack("{s:s, s:s?}", "poll",
		    "started", "feed", argc == 2 ? argv[1] : NULL));
	else if (r == 0)
		printf("polling %s\n", argc == 2 ? argv[1] : "every feed");
	buf_free(&b);
	return r == 0 ? CTL_OK : CTL_ERROR;
}

/* The integer member key of job j. */
static long long
ctl_job_int(const json_t *j, const char *key)
{
	return (long long)json_integer_value(json_object_get(j, key));
}

/*
 * Follows import job id until it has ended, with a progress line on
 * stderr when it is a terminal.  Returns 0 with *out (the job's final
 * JSON, caller json_decref()s), or -1 when the daemon went away.
 */
static int
ctl_import_wait(struct ctl *c, const char *file, long long id, json_t **out)
{
	const char	*state;
	char		*path;
	json_t		*j;
	int		 tty = isatty(STDERR_FILENO) && !c->json;

	path = xasprintf("/v1/jobs/%lld", id);
	for (;;) {
		if (ctl_get_json(c, path, &j) != 0) {
			free(path);
			if (tty)
				fputc('\n', stderr);
			return -1;
		}
		state = json_string_value(json_object_get(j, "state"));
		if (state == NULL || strcmp(state, "done") == 0 ||
		    strcmp(state, "failed") == 0)
			break;
		if (tty) {
			fprintf(stderr, "\r\033[K%s: %s, %lld of %lld items, "
			    "%lld new articles, %lld legs", file, state,
			    ctl_job_int(j, "items_done"),
			    ctl_job_int(j, "items_total"),
			    ctl_job_int(j, "new_articles"),
			    ctl_job_int(j, "legs"));
			fflush(stderr);
		}
		json_decref(j);
		usleep(200000);
	}
	if (tty)
		fputs("\r\033[K", stderr);
	free(path);
	*out = j;
	return 0;
}

/*
 * import: each file is POSTed to /v1/import, which answers 202 with a
 * job; the job is then followed to its end.  Prints the counts (or,
 * with --json, the job's final JSON); a failed job is an error.
 */
static int
ctl_import(struct ctl *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "feed", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct buf	 b = { 0 }, data = { 0 };
	const char	*feed = NULL, *state;
	char		*path, *e, tmp[65536];
	json_t		*j, *job, *errs;
	json_error_t	 je;
	FILE		*f;
	size_t		 n, k;
	int		 ch, i, failed = 0;

	optind = 0;
	while ((ch = getopt_long(argc, argv, "f:", opts, NULL)) != -1) {
		if (ch != 'f')
			return ctl_cmd_usage(c);
		feed = optarg;
	}
	if (optind >= argc)
		return ctl_cmd_usage(c);
	if (feed != NULL) {
		e = ctl_client_escape(feed);
		path = xasprintf("/v1/import?feed=%s", e);
		free(e);
	} else
		path = xstrdup("/v1/import");
	for (i = optind; i < argc; i++) {
		if ((f = fopen(argv[i], "rb")) == NULL) {
			ctl_err(c, "%s: %s", argv[i], strerror(errno));
			failed = 1;
			continue;
		}
		buf_reset(&data);
		while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
			buf_add(&data, tmp, n);
		fclose(f);
		buf_reset(&b);
		if (ctl_call(c, "POST", path, data.data != NULL ? data.data :
		    "", data.len, "application/xml", &b) != 0) {
			failed = 1;
			continue;
		}
		if ((j = json_loads(b.data != NULL ? b.data : "", 0,
		    &je)) == NULL || !json_is_integer(json_object_get(j,
		    "id"))) {
			ctl_err(c, "%s: the daemon's answer is not a job",
			    argv[i]);
			json_decref(j);
			failed = 1;
			continue;
		}
		if (ctl_import_wait(c, argv[i], ctl_job_int(j, "id"),
		    &job) != 0) {
			json_decref(j);
			failed = 1;
			continue;
		}
		json_decref(j);
		state = json_string_value(json_object_get(job, "state"));
		if (c->json)
			ctl_print_json(job);
		if (state == NULL || strcmp(state, "done") != 0) {
			errs = json_object_get(job, "errors");
			for (k = 0; k < json_array_size(errs); k++)
				ctl_err(c, "%s: import failed: %s", argv[i],
				    json_string_value(json_array_get(errs,
				    k)));
			if (json_array_size(errs) == 0)
				ctl_err(c, "%s: import failed", argv[i]);
			failed = 1;
		} else if (!c->json)
			printf("%s: imported %lld items: %lld new articles, "
			    "%lld known, %lld legs\n", argv[i],
			    ctl_job_int(job, "items_total"),
			    ctl_job_int(job, "new_articles"),
			    ctl_job_int(job, "known_articles"),
			    ctl_job_int(job, "legs"));
		json_decref(job);
	}
	free(path);
	buf_free(&b);
	buf_free(&data);
	return failed ? CTL_ERROR : CTL_OK;
}

static int
ctl_reload(struct ctl *c, int argc, char **argv)
{
	struct buf	b = { 0 };
	int		r;

	(void)argv;
	if (argc != 1)
		return ctl_cmd_usage(c);
	r = ctl_call(c, "POST", "/v1/reload", "", 0, "application/json", &b);
	if (r == 0 && c->json)
		ctl_print_result(c, &b, json_pack("{s:b}", "reloaded", 1));
	else if (r == 0)
		printf("configuration reloaded\n");
	buf_free(&b);
	return r == 0 ? CTL_OK : CTL_ERROR;
}

/*
 * watch: server-sent events, parsed line by line.  On a dropped stream
 * (the daemon restarted, the connection broke) it reconnects by itself,
 * CTL_WATCH_TRIES times at most in a row, waiting 0.5 s and doubling up
 * to CTL_WATCH_WAIT_MAX_MS, saying so on stderr; it sends the id of the
 * last event it printed as Last-Event-ID, so the daemon replays what came
 * since (or sends an "event: gap" that is printed too) and nothing is
 * missed or printed twice.
 */
#define CTL_WATCH_TRIES		10
#define CTL_WATCH_WAIT_MS	500
#define CTL_WATCH_WAIT_MAX_MS	15000

struct ctl_watch {
	struct ctl	*c;
	struct buf	 line;
	char		*event;
	char		*id;		/* of the event being read, or NULL */
	char		*last_id;	/* of the last event printed, or NULL */
	struct buf	 data;
	long		 left;		/* events to go, -1 forever */
};

/* Forgets a partly read event (the stream broke inside it). */
static void
ctl_watch_reset(struct ctl_watch *w)
{
	buf_reset(&w->line);
	buf_reset(&w->data);
	free(w->event);
	free(w->id);
	w->event = w->id = NULL;
}

static void
ctl_watch_print(struct ctl_watch *w)
{
	json_t		*j;
	const json_t	*feed;
	const char	*city;
	char		 stamp[48], *route;
	time_t		 now = time(NULL);
	struct tm	 tm;

	if (w->c->json) {
		j = json_loads(w->data.data, 0, NULL);
		if (j != NULL) {
			json_t *o = json_pack("{s:s, s:O}", "event",
			    w->event != NULL ? w->event : "message", "data", j);
			char *s = json_dumps(o, JSON_COMPACT |
			    CTL_JSON_REALS);

			printf("%s\n", s);
			free(s);
			json_decref(o);
			json_decref(j);
		}
		fflush(stdout);
		return;
	}
	if (w->c->utc) {
		gmtime_r(&now, &tm);
		strftime(stamp, sizeof stamp, "%H:%M:%S UTC", &tm);
	} else {
		localtime_r(&now, &tm);
		strftime(stamp, sizeof stamp, "%H:%M:%S %Z", &tm);
	}
	j = json_loads(w->data.data, 0, NULL);
	if (w->event != NULL && strcmp(w->event, "leg") == 0 && j != NULL) {
		/* "Tokyo, Japan" or "India"; "(past; reported completed)" */
		city = ctl_str(j, "city");
		printf("%s  leg %lld  %s \xe2\x86\x92 %s%s%s  %s  (%s; "
		    "reported %s)\n", stamp,
		    (long long)json_integer_value(json_object_get(j, "id")),
		    ctl_str(j, "person") != NULL ? ctl_str(j, "person") : "?",
		    ctl_place(j) != NULL ? ctl_place(j) : "?",
		    city != NULL && *city != '\0' ? ", " : "",
		    city != NULL && *city != '\0' ? ctl_country(j,
		    "dest_country_name", "country") : "",
		    ctl_str(j, "start") != NULL ? ctl_str(j, "start") : "-",
		    ctl_str(j, "status_now") != NULL ?
		    ctl_str(j, "status_now") : "undated",
		    ctl_str(j, "status") != NULL ? ctl_str(j, "status") : "?");
	} else if (w->event != NULL && strcmp(w->event, "trip") == 0 &&
	    j != NULL) {
		route = render_route_text(json_object_get(j, "route"));
		printf("%s  trip %lld  %s: %s\n", stamp,
		    (long long)json_integer_value(json_object_get(j, "id")),
		    ctl_str(j, "person") != NULL ? ctl_str(j, "person") : "?",
		    route);
		free(route);
	} else if (w->event != NULL && strcmp(w->event, "feed") == 0 &&
	    j != NULL) {
		feed = json_object_get(j, "feed");
		printf("%s  feed %s %s%s%s\n", stamp, ctl_str(j, "name"),
		    ctl_str(j, "change"), feed != NULL ? ", " : "",
		    feed != NULL ? ctl_feed_state(feed) : "");
	} else
		printf("%s  %s  %s\n", stamp, w->event != NULL ? w->event :
		    "message", w->data.data);
	json_decref(j);
	fflush(stdout);
}

/* One complete line of the stream. */
static int
ctl_watch_line(struct ctl_watch *w, const char *l)
{
	if (*l == '\0') {		/* end of an event */
		if (w->data.len > 0) {
			ctl_watch_print(w);
			if (w->id != NULL) {
				free(w->last_id);
				w->last_id = w->id;
				w->id = NULL;
			}
			if (w->left > 0 && --w->left == 0)
				return 1;
		}
		buf_reset(&w->data);
		free(w->event);
		free(w->id);
		w->event = w->id = NULL;
		return 0;
	}
	if (*l == ':')
		return 0;		/* comment, keep-alive */
	if (strncmp(l, "id:", 3) == 0) {
		free(w->id);
		w->id = xstrdup(l[3] == ' ' ? l + 4 : l + 3);
	} else if (strncmp(l, "event:", 6) == 0) {
		free(w->event);
		w->event = xstrdup(l[6] == ' ' ? l + 7 : l + 6);
	} else if (strncmp(l, "data:", 5) == 0) {
		if (w->data.len > 0)
			buf_addc(&w->data, '\n');
		buf_adds(&w->data, l[5] == ' ' ? l + 6 : l + 5);
	}
	return 0;
}

static int
ctl_watch_cb(const char *data, size_t len, void *arg)
{
	struct ctl_watch	*w = arg;
	size_t			 i;
	char			*l;

	for (i = 0; i < len; i++) {
		if (data[i] != '\n') {
			buf_addc(&w->line, data[i]);
			continue;
		}
		l = w->line.data != NULL ? w->line.data : (char *)"";
		if (w->line.len > 0 && l[w->line.len - 1] == '\r')
			l[w->line.len - 1] = '\0';
		if (ctl_watch_line(w, l) != 0)
			return 1;
		buf_reset(&w->line);
	}
	return 0;
}

static int
ctl_watch(struct ctl *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "count", required_argument, NULL, 'n' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 }
	};
	struct ctl_watch	 w;
	long long		 n;
	char			*cause = NULL;
	int			 ch, status, r, tries = 0, wait_ms, ret, up = 0;

	memset(&w, 0, sizeof w);
	w.c = c;
	w.left = -1;
	optind = 0;
	while ((ch = getopt_long(argc, argv, "n:j", opts, NULL)) != -1) {
		switch (ch) {
		case 'n':
			if (util_strtonum(optarg, 1, 1000000, &n) != 0)
				return ctl_cmd_usage(c);
			w.left = (long)n;
			break;
		case 'j':
			c->json = 1;
			break;
		default:
			return ctl_cmd_usage(c);
		}
	}
	if (optind != argc)
		return ctl_cmd_usage(c);
	if (ctl_connect(c) != 0)
		return CTL_ERROR;
	setvbuf(stdout, NULL, _IOLBF, 0);
	for (;;) {
		status = 0;
		r = ctl_client_stream(c->client, "/v1/events", w.last_id,
		    ctl_watch_cb, &w, &status, &cause);
		if (r == 0 && status == 200 && w.left == 0) {
			ret = CTL_OK;
			break;
		}
		/*
		 * The first connection fails as any command does; after it
		 * (a stream that was up), a refused or broken connection or
		 * a closed stream is a restart to wait for.  Any other HTTP
		 * answer is an error.
		 */
		if (r == 0 && status != 200) {
			ctl_err(c, "the event stream answered HTTP %d", status);
			ret = CTL_ERROR;
			break;
		}
		if (status == 200) {
			up = 1;
			tries = 0;	/* it was up: a new run of tries */
		}
		if (!up) {
			ctl_err(c, "%s", cause != NULL ? cause :
			    "the daemon closed the event stream");
			ret = CTL_ERROR;
			break;
		}
		if (++tries > CTL_WATCH_TRIES) {
			ctl_err(c, "watch: gave up after %d tries to reconnect"
			    "%s%s", CTL_WATCH_TRIES, cause != NULL ? ": " : "",
			    cause != NULL ? cause : "");
			ret = CTL_ERROR;
			break;
		}
		wait_ms = CTL_WATCH_WAIT_MS << (tries - 1 < 5 ? tries - 1 : 5);
		if (wait_ms > CTL_WATCH_WAIT_MAX_MS)
			wait_ms = CTL_WATCH_WAIT_MAX_MS;
		fprintf(stderr, "itinctl: watch: %s; reconnecting in %.1f s "
		    "(try %d of %d)%s%s\n", cause != NULL ? cause :
		    "the daemon closed the event stream", wait_ms / 1000.0,
		    tries, CTL_WATCH_TRIES, w.last_id != NULL ?
		    ", resuming after event " : "", w.last_id != NULL ?
		    w.last_id : "");
		free(cause);
		cause = NULL;
		ctl_watch_reset(&w);
		usleep((useconds_t)wait_ms * 1000);
	}
	free(cause);
	ctl_watch_reset(&w);
	buf_free(&w.line);
	buf_free(&w.data);
	free(w.last_id);
	return ret;
}

static long long
ctl_int(const json_t *o, const char *a, const char *b)
{
	return (long long)json_integer_value(json_object_get(
	    json_object_get(o, a), b));
}

/*
 * Counts the feeds by state into sum ({"ok": n, ...}) and decides the
 * daemon's state from them: "degraded" with a reason when every feed
 * that is due to be polled (enabled, not paused) is failing.  Returns
 * the reason (caller frees) or NULL when the feeds are not all failing.
 */
static char *
ctl_feeds_degraded(const json_t *feeds, json_t *sum)
{
	const json_t	*f;
	const char	*st, *err = NULL, *name = NULL;
	size_t		 i;
	int		 active = 0, failing = 0;

	json_array_foreach(feeds, i, f) {
		st = ctl_feed_state(f);
		json_object_set_new(sum, st, json_integer(json_integer_value(
		    json_object_get(sum, st)) + 1));
		if (strcmp(st, "disabled") == 0 || strcmp(st, "paused") == 0)
			continue;
		active++;
		if (strcmp(st, "failing") == 0) {
			failing++;
			if (err == NULL) {
				err = ctl_str(f, "last_error");
				name = ctl_str(f, "name");
			}
		}
	}
	if (active == 0 || failing < active)
		return NULL;
	return xasprintf("every enabled feed is failing (%d of %d); %s: %s; "
	    "check the network, a proxy or the URLs (itinctl feeds)", failing,
	    active, name != NULL ? name : "?", err != NULL ? err : "?");
}

static int
ctl_status(struct ctl *c, int argc, char **argv)
{
	json_t		*h, *feeds = NULL, *sum;
	const char	*st;
	char		*why = NULL;
	long long	 up;

	(void)argv;
	if (argc != 1)
		return ctl_cmd_usage(c);
	if (ctl_get_json(c, "/v1/health", &h) != 0)
		return CTL_ERROR;
	sum = json_object();
	if (ctl_get_json(c, "/v1/feeds", &feeds) == 0) {
		why = ctl_feeds_degraded(json_object_get(feeds, "feeds"), sum);
		if (why != NULL) {
			json_object_set_new(h, "status", json_string(
			    "degraded"));
			json_object_set_new(h, "reason", json_string(why));
		}
	}
	if (c->json) {
		if (feeds != NULL)
			json_object_set(h, "feeds", sum);
		ctl_print_json(h);
		goto out;
	}
	up = (long long)json_integer_value(json_object_get(h, "uptime_s"));
	st = ctl_str(h, "status");
	printf("itinerd %s: %s%s%s, up %lldd %02lldh%02lldm\n", ctl_str(h,
	    "version"), st != NULL ? st : "?", why != NULL ? ": " : "",
	    why != NULL ? why : "", up / 86400, up / 3600 % 24, up / 60 % 60);
	printf("database: %s (schema %lld of %lld)\n",
	    ctl_str(json_object_get(h, "database"), "path"),
	    ctl_int(h, "database", "schema_version"),
	    ctl_int(h, "database", "schema_latest"));
	printf("stored:   %lld articles, %lld officials, %lld places, "
	    "%lld legs, %lld trips\n", ctl_int(h, "counts", "articles"),
	    ctl_int(h, "counts", "officials"), ctl_int(h, "counts", "places"),
	    ctl_int(h, "counts", "legs"), ctl_int(h, "counts", "trips"));
	if (feeds != NULL) {
		printf("feeds:    %zu: %lld ok, %lld failing, %lld paused, "
		    "%lld disabled, %lld not fetched yet\n",
		    json_array_size(json_object_get(feeds, "feeds")),
		    (long long)json_integer_value(json_object_get(sum, "ok")),
		    (long long)json_integer_value(json_object_get(sum,
		    "failing")),
		    (long long)json_integer_value(json_object_get(sum,
		    "paused")),
		    (long long)json_integer_value(json_object_get(sum,
		    "disabled")),
		    (long long)json_integer_value(json_object_get(sum, "new")));
	}
	printf("api:      %lld connections, %lld event clients\n",
	    ctl_int(h, "api", "connections"), ctl_int(h, "api",
	    "event_clients"));
out:
	free(why);
	json_decref(sum);
	json_decref(feeds);
	json_decref(h);
	return CTL_OK;
}

/* Where an export's body goes as it arrives. */
struct ctl_sink {
	const char	*path;		/* NULL: stdout */
	FILE		*fp;		/* opened at the first byte */
	struct buf	 error;		/* an error answer, to print */
	int		 is_error;
	int		 failed;	/* errno of a failed write */
	size_t		 bytes;
};

static int
ctl_export_cb(const char *p, size_t len, void *arg)
{
	struct ctl_sink	*k = arg;

	/* An answer that starts as an API error is no document. */
	if (k->bytes == 0 && k->error.len == 0 && len > 0 && p[0] == '{' &&
	    len >= 9 && strncmp(p, "{\"error\":", 9) == 0)
		k->is_error = 1;
	if (k->is_error) {
		if (k->error.len < 65536)
			buf_add(&k->error, p, len);
		return 0;
	}
	if (k->fp == NULL && (k->fp = k->path != NULL ? fopen(k->path,
	    "wb") : stdout) == NULL) {
		k->failed = errno;
		return 1;
	}
	if (fwrite(p, 1, len, k->fp) != len) {
		k->failed = errno;
		return 1;
	}
	k->bytes += len;
	return 0;
}

/*
 * export: every row of legs, trips or places.  CSV, iCalendar and
 * GeoJSON come from the daemon as one streamed document (the whole
 * filtered set, however large) and go to the output as they arrive;
 * JSON, which the API pages, is fetched page by page and printed as one
 * array.
 */
static int
ctl_export(struct ctl *c, int argc, char **argv)
{
	static const int opts[] = { CTL_OPT_PERSON, CTL_OPT_ROLE,
	    CTL_OPT_FROM, CTL_OPT_TO, CTL_OPT_CITY, CTL_OPT_SINCE,
	    CTL_OPT_UNTIL, CTL_OPT_STATUS, CTL_OPT_NOW, CTL_OPT_MINC,
	    CTL_OPT_DOMESTIC, CTL_OPT_NO_DOMESTIC, CTL_OPT_FORMAT,
	    CTL_OPT_WHAT, 'o', 0 };
	struct ctl_filter	 f = { { 0 }, 1, 0 };
	struct ctl_sink		 k;
	struct buf		 out = { 0 };
	enum render_format	 fmt;
	enum render_kind	 kind;
	const char		*format = NULL, *what = "legs", *output = NULL;
	char			*endpoint, *cause = NULL, *msg;
	json_t			*res;
	FILE			*fp;
	int			 r, status;

	if ((r = ctl_filter_parse(c, argc, argv, opts, &f, &format, &what,
	    &output)) != 0 || optind != argc || format == NULL) {
		buf_free(&f.q);
		return r != 0 ? r : ctl_cmd_usage(c);
	}
	if (render_format_parse(format, &fmt) != 0) {
		ctl_err(c, "--format: expected csv, ics, geojson or json, not "
		    "'%s'", format);
		buf_free(&f.q);
		return CTL_USAGE;
	}
	if (strcmp(what, "legs") == 0)
		kind = RENDER_LEGS;
	else if (strcmp(what, "trips") == 0)
		kind = RENDER_TRIPS;
	else if (strcmp(what, "places") == 0)
		kind = RENDER_PLACES;
	else {
		ctl_err(c, "--what: expected legs, trips or places, not '%s'",
		    what);
		buf_free(&f.q);
		return CTL_USAGE;
	}
	if (!(render_formats(kind) & (1u << fmt))) {
		ctl_err(c, "%s cannot be exported as %s", what, format);
		buf_free(&f.q);
		return CTL_USAGE;
	}
	if (fmt != RENDER_JSON) {
		endpoint = xasprintf("/v1/%s?format=%s%s%s", what, format,
		    f.q.len > 0 ? "&" : "", f.q.len > 0 ? f.q.data : "");
		buf_free(&f.q);
		if (ctl_connect(c) != 0) {
			free(endpoint);
			return CTL_ERROR;
		}
		memset(&k, 0, sizeof k);
		k.path = output;
		r = ctl_client_stream(c->client, endpoint, NULL,
		    ctl_export_cb, &k, &status, &cause);
		free(endpoint);
		if (r == 0 && (status != 200 || k.is_error)) {
			buf_addc(&k.error, '\0');
			cause = ctl_client_error(k.error.data);
			msg = ctl_user_message(c, cause);
			ctl_err(c, "%s (HTTP %d)", msg, status);
			free(msg);
			r = -1;
		} else if (r != 0)
			ctl_err(c, "%s", cause);
		else if (k.failed != 0) {
			ctl_err(c, "%s: %s", output != NULL ? output : "stdout",
			    strerror(k.failed));
			r = -1;
		}
		free(cause);
		buf_free(&k.error);
		if (k.fp != NULL && (k.fp == stdout ? fflush(stdout) :
		    fclose(k.fp)) != 0 && r == 0) {
			ctl_err(c, "%s: %s", output != NULL ? output : "stdout",
			    strerror(errno));
			r = -1;
		}
		return r == 0 ? CTL_OK : CTL_ERROR;
	}
	endpoint = xasprintf("/v1/%s", what);
	r = ctl_fetch_list(c, endpoint, what, &f, &res);
	free(endpoint);
	buf_free(&f.q);
	if (r != 0)
		return CTL_ERROR;
	render_json(&out, json_object_get(res, what));
	json_decref(res);
	fp = output != NULL ? fopen(output, "wb") : stdout;
	if (fp == NULL) {
		ctl_err(c, "%s: %s", output, strerror(errno));
		buf_free(&out);
		return CTL_ERROR;
	}
	r = fwrite(out.data, 1, out.len, fp) == out.len ? 0 : -1;
	if (fp == stdout) {
		if (fflush(stdout) != 0)
			r = -1;
	} else if (fclose(fp) != 0)
		r = -1;
	if (r != 0)
		ctl_err(c, "%s: %s", output != NULL ? output : "stdout",
		    strerror(errno));
	buf_free(&out);
	return r == 0 ? CTL_OK : CTL_ERROR;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "socket", required_argument, NULL, 's' },
		{ "json", no_argument, NULL, 'j' },
		{ "utc", no_argument, NULL, 'u' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	struct ctl	 c;
	char		*defsock = NULL;
	const char	*env;
	size_t		 i;
	int		 ch, rc, k, n;

	memset(&c, 0, sizeof c);
	signal(SIGPIPE, SIG_IGN);
	while ((ch = getopt_long(argc, argv, "+s:jhV", longopts, NULL)) !=
	    -1) {
		switch (ch) {
		case 's':
			c.socket = optarg;
			break;
		case 'j':
			c.json = 1;
			break;
		case 'u':
			c.utc = 1;
			break;
		case 'h':
			ctl_usage(stdout);
			return CTL_OK;
		case 'V':
			printf("itinctl %s\n", ITINERD_VERSION);
			return CTL_OK;
		default:
			ctl_usage(stderr);
			return CTL_USAGE;
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		ctl_usage(stderr);
		return CTL_USAGE;
	}
	for (i = 0; i < CTL_NCMDS; i++)
		if (strcmp(ctl_cmds[i].name, argv[0]) == 0)
			break;
	if (i == CTL_NCMDS) {
		fprintf(stderr, "itinctl: unknown command '%s'\n", argv[0]);
		ctl_usage(stderr);
		return CTL_USAGE;
	}
	/*
	 * Every command takes --help, and --json and --utc anywhere after
	 * it (up to a "--"): taken out here, so each command parses only
	 * its own options.
	 */
	for (k = 1; k < argc && strcmp(argv[k], "--") != 0; k++)
		if (strcmp(argv[k], "--help") == 0 ||
		    strcmp(argv[k], "-h") == 0)
			return ctl_cmd_help(&ctl_cmds[i]);
	if (ctl_cmds[i].fn == NULL)	/* extract: its own options */
		return ctl_extract_main(argc, argv);
	for (k = n = 1; k < argc; k++) {
		if (strcmp(argv[k], "--") == 0) {
			while (k < argc)
				argv[n++] = argv[k++];
			break;
		}
		if (strcmp(argv[k], "--json") == 0 ||
		    strcmp(argv[k], "-j") == 0)
			c.json = 1;
		else if (strcmp(argv[k], "--utc") == 0)
			c.utc = 1;
		else
			argv[n++] = argv[k];
	}
	argv[n] = NULL;
	argc = n;
	if (c.socket == NULL) {
		if ((env = getenv("ITINERD_SOCKET")) != NULL && *env != '\0')
			c.socket = env;
		else
			c.socket = defsock = config_default_socket();
	}
	c.cmd = argv[0];
	rc = ctl_cmds[i].fn(&c, argc, argv);
	ctl_client_free(c.client);
	free(defsock);
	return rc;
}
