/*
 * query: the read-side SQL of the API, see query.h.
 *
 * A list query is built from fragments, one per filter present, so each
 * combination of filters gets a WHERE clause SQLite can plan with the
 * right index (a person filter goes through officials and
 * trips_official, a plain listing walks trips_start in order).  The
 * prepared statements are cached by SQL text for the life of the struct
 * query; every value is bound.  Paging is by keyset on the sort columns,
 * (start, id) for trips and legs, so a page boundary stays put while new
 * rows arrive.  SQLite sorts NULL first, which the cursor condition keeps
 * in mind: rows with no start come before every dated row.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "query.h"
#include "store.h"
#include "util.h"
#include "xmalloc.h"

#define QUERY_CACHE	64

struct query_stmt {
	uint32_t	 hash;
	char		*sql;
	sqlite3_stmt	*st;
};

/*
 * The JSON of trips and legs, by kind and id, valid for one data version
 * of the database (SQLITE_FCNTL_DATA_VERSION changes with every commit,
 * ours or another process's): a trip's JSON takes a dozen lookups to
 * build, a leg's half a dozen (about 4 us), and the same rows are asked
 * for again and again by dashboards.  Any change flushes it all; so does
 * filling three quarters of it.
 */
#define QUERY_TCACHE	16384		/* slots, a power of two */

enum query_kind {
	QUERY_TRIP,
	QUERY_LEG
};

struct query_tentry {
	int64_t		 id;
	enum query_kind	 kind;
	char		*json;		/* NULL: empty slot */
	size_t		 len;
};

struct query {
	struct store		*store;
	sqlite3			*db;
	struct query_stmt	 cache[QUERY_CACHE];
	size_t			 ncache;
	size_t			 evict;		/* next slot to reuse */
	struct query_tentry	*tcache;
	size_t			 tcount;
	unsigned		 tversion;
	int			 tvalid;
	int32_t			 tday;		/* the cache's day */
	int32_t			 today;		/* NONE: the clock's */
};

#define QUERY_ISO(col) \
	"strftime('%Y-%m-%dT%H:%M:%SZ', " col ", 'unixepoch')"

/*
 * The earliest start a row ending on or after :since can have: since
 * minus the longest span in the table, found through the expression
 * index of schema/002-api-indexes.sql.  Turns "since" into a range on
 * the start index.  (Rows with no start never match a since filter.)
 */
#define QUERY_SINCE_LO(table) \
	"date(:since, '-' || max(coalesce((SELECT julianday(\"end\") - " \
	"julianday(start) FROM " table " ORDER BY julianday(\"end\") - " \
	"julianday(start) DESC LIMIT 1), 0), 0) || ' days')"

/*
 * Trips and legs, the hot lists, are built as JSON by SQLite itself
 * (json_object, json_group_array): no jansson value per field, and the
 * text goes out as it comes.  json() around a subquery keeps its result
 * JSON rather than a string.
 */
/*
 * The status as of today (:today, "YYYY-MM-DD"), next to the reported
 * one: cancelled stays cancelled; a row whose last day is before today
 * is past ("planned, not confirmed" when it was only ever planned); one
 * whose first day is after today upcoming; else under way.  A month
 * ("YYYY-MM") spans its whole month: its text padded to its first or to
 * day 31 compares right against any day of it, with no calendar code.
 * Rows with no date: past when reported completed, else NULL (unknown).
 */
#define QUERY_STATUS_NOW(a) \
	"CASE WHEN " a ".status = 'cancelled' THEN 'cancelled' " \
	"WHEN coalesce(" a ".\"end\", " a ".start) IS NULL THEN CASE WHEN " \
	a ".status = 'completed' THEN 'past' END " \
	"WHEN substr(coalesce(" a ".\"end\", " a ".start) || '-31', 1, 10) " \
	"< :today THEN CASE WHEN " a ".status = 'planned' THEN " \
	"'planned, not confirmed' ELSE 'past' END " \
	"WHEN substr(coalesce(" a ".start, " a ".\"end\") || '-01', 1, 10) " \
	"> :today THEN 'upcoming' ELSE 'under way' END"
/* The English name of a country code, from the knowledge mirror. */
#define QUERY_CNAME(cc) \
	"(SELECT k.name FROM kb_countries k WHERE k.iso2 = " cc ")"
/* The earliest source of leg id: its article's URL, its evidence. */
#define QUERY_LEG_SOURCE(col, id) \
	"(SELECT " col " FROM leg_sources s JOIN articles a ON a.id = " \
	"s.article_id WHERE s.leg_id = " id " ORDER BY a.published, s.id " \
	"LIMIT 1)"
#define QUERY_TRIP_FIRST_LEG \
	"(SELECT l.id FROM legs l WHERE l.trip_id = t.id ORDER BY l.seq, " \
	"l.id LIMIT 1)"

/* A trip is domestic when every leg is (a trip with no legs is not). */
#define QUERY_TRIP_DOMESTIC \
	"json(CASE WHEN EXISTS (SELECT 1 FROM legs l WHERE l.trip_id = " \
	"t.id) AND NOT EXISTS (SELECT 1 FROM legs l WHERE l.trip_id = t.id " \
	"AND NOT l.domestic) THEN 'true' ELSE 'false' END)"

#define QUERY_TRIP_JSON \
	"json_object('id', t.id, 'person', o.name, 'official_id', " \
	"t.official_id, 'role', coalesce((SELECT l.role FROM legs l WHERE " \
	"l.trip_id = t.id AND l.role IS NOT NULL ORDER BY l.seq, l.id " \
	"LIMIT 1), o.role), 'official_country', o.country, " \
	"'official_country_name', " QUERY_CNAME("o.country") ", 'start', " \
	"t.start, 'end', t.\"end\", 'status', t.status, 'status_now', " \
	QUERY_STATUS_NOW("t") ", 'domestic', " QUERY_TRIP_DOMESTIC \
	", 'confidence', " \
	"t.confidence, 'leg_count', t.leg_count, 'source_url', " \
	QUERY_LEG_SOURCE("a.url", QUERY_TRIP_FIRST_LEG) ", 'evidence', " \
	QUERY_LEG_SOURCE("s.evidence", QUERY_TRIP_FIRST_LEG) ", 'route', " \
	"(SELECT json_group_array(json_object('leg_id', x.id, " \
	"'city', x.city, 'country', x.country, 'country_name', " \
	QUERY_CNAME("x.country") ", 'lat', x.lat, 'lon', x.lon, " \
	"'start', x.start, 'end', x.\"end\", 'status', x.status, " \
	"'domestic', json(CASE WHEN x.domestic THEN 'true' ELSE 'false' " \
	"END))) FROM " \
	"(SELECT l.id, nullif(p.city, '') AS city, l.dest_country AS " \
	"country, p.lat, p.lon, l.start, l.\"end\", l.status, l.domestic " \
	"FROM legs l " \
	"JOIN places p ON p.id = l.place_id WHERE l.trip_id = t.id ORDER " \
	"BY l.seq, l.id) x))"
#define QUERY_TRIP_FROM \
	"FROM trips t JOIN officials o ON o.id = t.official_id "

#define QUERY_LEG_JSON \
	"json_object('id', l.id, 'person', o.name, 'official_id', " \
	"l.official_id, 'role', l.role, 'official_country', " \
	"l.official_country, 'official_country_name', " \
	QUERY_CNAME("l.official_country") ", 'country', l.dest_country, " \
	"'dest_country_name', " QUERY_CNAME("l.dest_country") ", 'city', " \
	"nullif(p.city, ''), 'lat', p.lat, 'lon', p.lon, 'start', l.start, " \
	"'end', l.\"end\", 'precision', l.precision, 'status', l.status, " \
	"'status_now', " QUERY_STATUS_NOW("l") ", 'domestic', json(CASE " \
	"WHEN l.domestic THEN 'true' ELSE 'false' END), " \
	"'confidence', l.confidence, 'trip_id', l.trip_id, 'source_url', " \
	QUERY_LEG_SOURCE("a.url", "l.id") ", 'evidence', " \
	QUERY_LEG_SOURCE("s.evidence", "l.id") ")"
/* The same leg as columns, for the objects jansson builds. */
#define QUERY_LEG_COLUMNS \
	"SELECT l.id, o.name AS person, l.official_id, l.role, " \
	"l.official_country, " QUERY_CNAME("l.official_country") \
	" AS official_country_name, l.dest_country AS country, " \
	QUERY_CNAME("l.dest_country") " AS dest_country_name, " \
	"nullif(p.city, '') AS city, p.lat, p.lon, l.start, l.\"end\", " \
	"l.precision, l.status, " QUERY_STATUS_NOW("l") " AS status_now, " \
	"l.domestic, l.confidence, l.trip_id "
#define QUERY_LEG_FROM \
	"FROM legs l JOIN officials o ON o.id = l.official_id " \
	"JOIN places p ON p.id = l.place_id "


static uint32_t
query_hash(const char *s)
{
	uint32_t	h = 2166136261u;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* Today's day number: the one set for tests, else the UTC clock's. */
static int32_t
query_day(const struct query *q)
{
	return q->today != WHEN_DAY_NONE ? q->today :
	    when_day_of_time(util_now());
}

void
query_set_today(struct query *q, int32_t day)
{
	q->today = day;
}

/*
 * Binds :today, which the status_now expression compares with, when the
 * statement has it (query_done clears it with the other bindings).
 */
static void
query_bind_today(const struct query *q, sqlite3_stmt *st)
{
	char	day[11];
	int	i;

	if ((i = sqlite3_bind_parameter_index(st, ":today")) <= 0)
		return;
	when_day_format(query_day(q), day);
	sqlite3_bind_text(st, i, day, -1, SQLITE_TRANSIENT);
}

/*
 * Returns the cached statement for sql, preparing it on first use.  The
 * statement is reset and unbound; the caller resets it after use.
 */
static sqlite3_stmt *
query_stmt(struct query *q, const char *sql, char **cause)
{
	struct query_stmt	*qs;
	sqlite3_stmt		*st;
	uint32_t		 h;
	size_t			 i;

	h = query_hash(sql);
	for (i = 0; i < q->ncache; i++) {
		qs = &q->cache[i];
		if (qs->hash == h && strcmp(qs->sql, sql) == 0) {
			query_bind_today(q, qs->st);
			return qs->st;
		}
	}
	if (sqlite3_prepare_v3(q->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st,
	    NULL) != SQLITE_OK) {
		*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
		return NULL;
	}
	if (q->ncache < QUERY_CACHE)
		qs = &q->cache[q->ncache++];
	else {
		qs = &q->cache[q->evict];
		q->evict = (q->evict + 1) % QUERY_CACHE;
		sqlite3_finalize(qs->st);
		free(qs->sql);
	}
	qs->hash = h;
	qs->sql = xstrdup(sql);
	qs->st = st;
	query_bind_today(q, st);
	return st;
}

static void
query_done(sqlite3_stmt *st)
{
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
}

int
query_new(struct store *s, struct query **out, char **cause)
{
	struct query	*q;

	q = xcalloc(1, sizeof *q);
	q->store = s;
	q->db = store_db(s);
	q->tcache = xcalloc(QUERY_TCACHE, sizeof *q->tcache);
	q->today = WHEN_DAY_NONE;
	/*
	 * Reads of a large database touch pages all over it: map the file
	 * (no read() per page) and keep a bigger page cache than SQLite's
	 * 2 MB default.  Both only affect memory use, never results.
	 */
	if (store_exec(s, "PRAGMA mmap_size = 1073741824", cause) != 0 ||
	    store_exec(s, "PRAGMA cache_size = -32768", cause) != 0) {
		free(q->tcache);
		free(q);
		return -EIO;
	}
	*out = q;
	return 0;
}

static void
query_tcache_flush(struct query *q)
{
	size_t	i;

	if (q->tcount == 0)
		return;
	for (i = 0; i < QUERY_TCACHE; i++) {
		free(q->tcache[i].json);
		q->tcache[i].json = NULL;
	}
	q->tcount = 0;
}

/* Flushes the trip cache if the database changed since it was filled. */
static void
query_tcache_check(struct query *q)
{
	unsigned	v = 0;

	if (sqlite3_file_control(q->db, "main", SQLITE_FCNTL_DATA_VERSION,
	    &v) != SQLITE_OK) {
		query_tcache_flush(q);
		q->tvalid = 0;
		return;
	}
	/* A trip's status_now changes with the day. */
	if (!q->tvalid || v != q->tversion || q->tday != query_day(q)) {
		query_tcache_flush(q);
		q->tversion = v;
		q->tday = query_day(q);
		q->tvalid = 1;
	}
}

static struct query_tentry *
query_tcache_slot(struct query *q, enum query_kind kind, int64_t id)
{
	size_t	i;

	i = (size_t)(((uint64_t)id * 2 + kind) * 0x9e3779b97f4a7c15ULL >>
	    50) & (QUERY_TCACHE - 1);
	while (q->tcache[i].json != NULL && (q->tcache[i].id != id ||
	    q->tcache[i].kind != kind))
		i = (i + 1) & (QUERY_TCACHE - 1);
	return &q->tcache[i];
}

void
query_free(struct query *q)
{
	size_t	i;

	if (q == NULL)
		return;
	query_tcache_flush(q);
	free(q->tcache);
	for (i = 0; i < q->ncache; i++) {
		sqlite3_finalize(q->cache[i].st);
		free(q->cache[i].sql);
	}
	free(q);
}

int
query_begin(struct query *q)
{
	sqlite3_stmt	*st;
	char		*cause = NULL;
	int		 rc;

	if (!sqlite3_get_autocommit(q->db))
		return -EBUSY;		/* someone else's transaction */
	if ((st = query_stmt(q, "BEGIN", &cause)) == NULL) {
		free(cause);
		return -EIO;
	}
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -EIO;
}

void
query_end(struct query *q)
{
	sqlite3_stmt	*st;
	char		*cause = NULL;

	if (sqlite3_get_autocommit(q->db))
		return;
	if ((st = query_stmt(q, "COMMIT", &cause)) == NULL) {
		free(cause);
		return;
	}
	sqlite3_step(st);
	sqlite3_reset(st);
}

/* Replaces invalid UTF-8 sequences with U+FFFD. */
static char *
query_utf8_repair(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	struct buf		 b = { 0 };
	size_t			 n, i;
	unsigned		 cp;

	while (*p != '\0') {
		if (*p < 0x80) {
			buf_addc(&b, (char)*p++);
			continue;
		}
		if ((*p & 0xe0) == 0xc0) {
			n = 1;
			cp = *p & 0x1f;
		} else if ((*p & 0xf0) == 0xe0) {
			n = 2;
			cp = *p & 0x0f;
		} else if ((*p & 0xf8) == 0xf0) {
			n = 3;
			cp = *p & 0x07;
		} else
			goto bad;
		for (i = 1; i <= n; i++) {
			if ((p[i] & 0xc0) != 0x80)
				goto bad;
			cp = (cp << 6) | (p[i] & 0x3f);
		}
		if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) ||
		    (n == 3 && cp < 0x10000) || cp > 0x10ffff ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			goto bad;
		buf_add(&b, p, n + 1);
		p += n + 1;
		continue;
bad:
		buf_adds(&b, "\xef\xbf\xbd");
		p++;
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

json_t *
query_json_string(const char *s)
{
	json_t	*j;
	char	*fixed;

	if ((j = json_string(s)) != NULL)
		return j;
	fixed = query_utf8_repair(s);
	j = json_string(fixed);
	free(fixed);
	return j != NULL ? j : json_string("");
}

static json_t *
query_column(sqlite3_stmt *st, int i)
{
	switch (sqlite3_column_type(st, i)) {
	case SQLITE_INTEGER:
		return json_integer(sqlite3_column_int64(st, i));
	case SQLITE_FLOAT:
		return json_real(sqlite3_column_double(st, i));
	case SQLITE_NULL:
		return json_null();
	default:
		return query_json_string((const char *)
		    sqlite3_column_text(st, i));
	}
}

/* The current row as an object keyed by column names. */
static json_t *
query_row(sqlite3_stmt *st)
{
	json_t	*o;
	int	 i, n;

	o = json_object();
	n = sqlite3_column_count(st);
	for (i = 0; i < n; i++)
		json_object_set_new(o, sqlite3_column_name(st, i),
		    query_column(st, i));
	return o;
}

/* Turns the 0/1 integer member key of o into a JSON boolean. */
static void
query_bool(json_t *o, const char *key)
{
	json_t	*v;

	if ((v = json_object_get(o, key)) != NULL && json_is_integer(v))
		json_object_set_new(o, key,
		    json_boolean(json_integer_value(v) != 0));
}

/* Steps st to the end, appending each row to array a.  0 or -EIO. */
static int
query_rows(struct query *q, sqlite3_stmt *st, json_t *a, char **cause)
{
	int	rc;

	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		json_array_append_new(a, query_row(st));
	if (rc != SQLITE_DONE) {
		*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
		return -EIO;
	}
	return 0;
}

static void
query_bind_text(sqlite3_stmt *st, const char *name, const char *v)
{
	int	i;

	if ((i = sqlite3_bind_parameter_index(st, name)) > 0)
		sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
}

/*
 * Binds a date as the "YYYY-MM-DD" text the tables hold (the one place a
 * filter date becomes text), or nothing when it has no precision.
 */
static void
query_bind_day(sqlite3_stmt *st, const char *name, const struct when_date *d)
{
	char	buf[11];

	if (d->prec == WHEN_PREC_NONE)
		return;
	when_day_format(d->day, buf);
	query_bind_text(st, name, buf);
}

static void
query_bind_int(sqlite3_stmt *st, const char *name, int64_t v)
{
	int	i;

	if ((i = sqlite3_bind_parameter_index(st, name)) > 0)
		sqlite3_bind_int64(st, i, v);
}

static void
query_bind_double(sqlite3_stmt *st, const char *name, double v)
{
	int	i;

	if ((i = sqlite3_bind_parameter_index(st, name)) > 0)
		sqlite3_bind_double(st, i, v);
}

/*
 * Cursors: fields joined by '\n' (a NULL field written as "\x01"), then
 * base64url without padding.  Opaque to clients; only the shape is
 * checked on the way back in.
 */
static const char query_b64[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

char *
query_cursor_encode(const char *const *fields, int n)
{
	struct buf		 raw = { 0 }, out = { 0 };
	const unsigned char	*p;
	size_t			 i;
	uint32_t		 v;
	int			 k;

	for (k = 0; k < n; k++) {
		if (k > 0)
			buf_addc(&raw, '\n');
		buf_adds(&raw, fields[k] != NULL ? fields[k] : "\x01");
	}
	p = (const unsigned char *)raw.data;
	for (i = 0; i + 2 < raw.len; i += 3) {
		v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
		buf_addc(&out, query_b64[v >> 18]);
		buf_addc(&out, query_b64[(v >> 12) & 63]);
		buf_addc(&out, query_b64[(v >> 6) & 63]);
		buf_addc(&out, query_b64[v & 63]);
	}
	if (raw.len - i == 1) {
		v = (uint32_t)p[i] << 16;
		buf_addc(&out, query_b64[v >> 18]);
		buf_addc(&out, query_b64[(v >> 12) & 63]);
	} else if (raw.len - i == 2) {
		v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
		buf_addc(&out, query_b64[v >> 18]);
		buf_addc(&out, query_b64[(v >> 12) & 63]);
		buf_addc(&out, query_b64[(v >> 6) & 63]);
	}
	buf_free(&raw);
	if (out.data == NULL)
		buf_adds(&out, "");
	return buf_steal(&out);
}

int
query_cursor_decode(const char *cursor, char **fields, int max, int *n)
{
	struct buf	 raw = { 0 };
	const char	*c, *s, *nl = NULL;
	uint32_t	 v = 0;
	int		 bits = 0, k = 0, i;
	size_t		 len;

	len = strlen(cursor);
	if (len == 0 || len > 512 || len % 4 == 1)
		return -EINVAL;
	for (s = cursor; *s != '\0'; s++) {
		if ((c = strchr(query_b64, *s)) == NULL)
			goto bad;
		v = (v << 6) | (uint32_t)(c - query_b64);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			buf_addc(&raw, (char)((v >> bits) & 0xff));
		}
	}
	if (raw.data == NULL || memchr(raw.data, '\0', raw.len) != NULL)
		goto bad;
	for (s = raw.data; k < max; s = nl + 1) {
		nl = strchr(s, '\n');
		len = nl != NULL ? (size_t)(nl - s) : strlen(s);
		if (len == 1 && *s == '\x01')
			fields[k++] = NULL;
		else
			fields[k++] = xstrndup(s, len);
		if (nl == NULL)
			break;
	}
	if (nl != NULL && k == max)
		goto bad;
	buf_free(&raw);
	*n = k;
	return 0;
bad:
	for (i = 0; i < k; i++)
		free(fields[i]);
	buf_free(&raw);
	return -EINVAL;
}

static void
query_cursor_free(char **fields, int n)
{
	int	i;

	for (i = 0; i < n; i++)
		free(fields[i]);
}

/* Checks a decoded id field: a positive integer. */
static int
query_cursor_id(const char *s, long long *id)
{
	if (s == NULL || util_strtonum(s, 1, INT64_MAX, id) != 0)
		return -EINVAL;
	return 0;
}

static int
query_limit(const struct query_filter *f)
{
	return f->limit > 0 ? f->limit : QUERY_LIMIT_DEFAULT;
}

/* "%role%" for LIKE, with LIKE's own wildcards escaped. */
static char *
query_like(const char *s)
{
	struct buf	b = { 0 };

	buf_addc(&b, '%');
	for (; *s != '\0'; s++) {
		if (*s == '%' || *s == '_' || *s == '\\')
			buf_addc(&b, '\\');
		buf_addc(&b, *s);
	}
	buf_addc(&b, '%');
	return buf_steal(&b);
}

/* Binds the filter values a statement names. */
static void
query_bind_filter(sqlite3_stmt *st, const struct query_filter *f)
{
	char	*k;

	if (f->person != NULL) {
		k = util_fold(f->person);
		query_bind_text(st, ":person", k);
		free(k);
	}
	if (f->role != NULL) {
		k = query_like(f->role);
		query_bind_text(st, ":role", k);
		free(k);
	}
	if (f->city != NULL) {
		k = util_fold(f->city);
		query_bind_text(st, ":city", k);
		free(k);
	}
	query_bind_text(st, ":oc", f->official_country);
	query_bind_text(st, ":dc", f->dest_country);
	query_bind_day(st, ":since", &f->since);
	query_bind_day(st, ":until", &f->until);
	query_bind_text(st, ":status", f->status);
	query_bind_text(st, ":status_now", f->status_now);
	if (f->has_min_confidence)
		query_bind_double(st, ":minc", f->min_confidence);
	query_bind_text(st, ":feed", f->feed);
	query_bind_int(st, ":limit", query_limit(f) + 1);
}

/*
 * Appends the keyset condition for a (start, id) cursor on alias a.
 * Dated rows sort after undated ones.  Binds go to :cs and :cid.
 */
static int
query_start_cursor(struct buf *sql, const char *a, const struct
    query_filter *f, char **cs, long long *cid, char **cause)
{
	char	*fields[2];
	int	 n;

	*cs = NULL;
	if (f->cursor == NULL)
		return 0;
	if (query_cursor_decode(f->cursor, fields, 2, &n) != 0)
		n = -1;
	else if (n != 2 || query_cursor_id(fields[1], cid) != 0) {
		query_cursor_free(fields, n);
		n = -1;
	}
	if (n == -1) {
		*cause = xstrdup("cursor: expected a next_cursor value "
		    "returned by this endpoint");
		return -EINVAL;
	}
	free(fields[1]);
	*cs = fields[0];
	if (*cs == NULL)
		buf_printf(sql, " AND ((%s.start IS NULL AND %s.id > :cid) "
		    "OR %s.start IS NOT NULL)", a, a, a);
	else
		buf_printf(sql, " AND (%s.start, %s.id) > (:cs, :cid)", a, a);
	return 0;
}

/*
 * Finishes a page: if it holds more than the limit rows, drops the
 * extra one and sets next_cursor from the last kept row's key fields.
 */
static void
query_page(json_t *rows, const struct query_filter *f, json_t *out,
    const char *const *keys, int nkeys)
{
	const char	*fields[4];
	char		*c, nb[32];
	json_t		*last, *v;
	size_t		 n;
	int		 k;

	n = json_array_size(rows);
	if (n <= (size_t)query_limit(f)) {
		json_object_set_new(out, "next_cursor", json_null());
		return;
	}
	json_array_remove(rows, n - 1);
	last = json_array_get(rows, n - 2);
	for (k = 0; k < nkeys && k < 4; k++) {
		v = json_object_get(last, keys[k]);
		if (json_is_string(v))
			fields[k] = json_string_value(v);
		else if (json_is_integer(v)) {
			snprintf(nb, sizeof nb, "%lld",
			    (long long)json_integer_value(v));
			fields[k] = nb;	/* only ever the last key */
		} else
			fields[k] = NULL;
	}
	c = query_cursor_encode(fields, nkeys);
	json_object_set_new(out, "next_cursor", json_string(c));
	free(c);
}

/* Parses JSON text this module made; NULL never happens but is -EIO. */
static int
query_parse(const struct buf *b, json_t **out, char **cause)
{
	json_error_t	 e;
	json_t		*j;

	if ((j = json_loadb(b->data, b->len, 0, &e)) == NULL) {
		*cause = xasprintf("query: bad JSON from SQL: %s", e.text);
		return -EIO;
	}
	*out = j;
	return 0;
}

/*
 * Appends the JSON of the trip or leg id to out, from the cache or built
 * by SQLite.  0, -ENOENT (no such row) or -EIO with *cause.  The caller
 * has checked the cache (query_tcache_check) in this transaction.
 */
static int
query_row_json(struct query *q, enum query_kind kind, int64_t id,
    struct buf *out, char **cause)
{
	struct query_tentry	*e;
	sqlite3_stmt		*st;
	int			 rc;

	e = query_tcache_slot(q, kind, id);
	if (e->json != NULL) {
		buf_add(out, e->json, e->len);
		return 0;
	}
	if ((st = query_stmt(q, kind == QUERY_TRIP ? "SELECT "
	    QUERY_TRIP_JSON " " QUERY_TRIP_FROM "WHERE t.id = :id" :
	    "SELECT " QUERY_LEG_JSON " " QUERY_LEG_FROM "WHERE l.id = :id",
	    cause)) == NULL)
		return -EIO;
	query_bind_int(st, ":id", id);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		query_done(st);
		if (rc == SQLITE_DONE)
			return -ENOENT;
		*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
		return -EIO;
	}
	if (q->tcount >= QUERY_TCACHE / 4 * 3) {
		query_tcache_flush(q);
		e = query_tcache_slot(q, kind, id);
	}
	e->id = id;
	e->kind = kind;
	e->len = (size_t)sqlite3_column_bytes(st, 0);
	e->json = xstrndup((const char *)sqlite3_column_text(st, 0), e->len);
	q->tcount++;
	query_done(st);
	buf_add(out, e->json, e->len);
	return 0;
}

int
query_trip_text(struct query *q, int64_t id, struct buf *out, char **cause)
{
	query_tcache_check(q);
	return query_row_json(q, QUERY_TRIP, id, out, cause);
}

int
query_leg_text(struct query *q, int64_t id, struct buf *out, char **cause)
{
	query_tcache_check(q);
	return query_row_json(q, QUERY_LEG, id, out, cause);
}

/*
 * The keys of a page as they are read: up to limit + 1 ids (one more
 * than the page: there is a next page) and the sort key of row limit,
 * the last kept (the cursor's; NULL for an undated row).
 */
struct query_keys {
	int64_t	*ids;
	int	 n;
	int	 limit;
	char	*start;
};

static void
query_keys_init(struct query_keys *k, const struct query_filter *f)
{
	k->limit = query_limit(f);
	k->ids = xreallocarray(NULL, (size_t)k->limit + 1, sizeof *k->ids);
	k->n = 0;
	k->start = NULL;
}

static void
query_keys_free(struct query_keys *k)
{
	free(k->ids);
	free(k->start);
}

/*
 * Steps a statement selecting (key, id) rows in page order, adding them
 * to k until it holds limit + 1.  Resets st.  0 or -EIO with *cause.
 */
static int
query_keys_step(struct query *q, sqlite3_stmt *st, struct query_keys *k,
    char **cause)
{
	int	rc = SQLITE_DONE;

	while (k->n <= k->limit && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		k->ids[k->n++] = sqlite3_column_int64(st, 1);
		if (k->n == k->limit && sqlite3_column_type(st, 0) !=
		    SQLITE_NULL)
			k->start = xstrdup((const char *)
			    sqlite3_column_text(st, 0));
	}
	query_done(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
		return -EIO;
	}
	return 0;
}

/*
 * Appends the page of trips or legs whose keys are k to out:
 * {"trips":[...],"next_cursor":...} (or "legs"), each row's JSON from
 * query_row_json.  The cursor is the last row's (key, id), and the sort
 * when there is one (trips).  Frees k.
 */
static int
query_ids_page(struct query *q, struct query_keys *k, enum query_kind kind,
    const char *sort, struct buf *out, char **cause)
{
	char		*c, id[32];
	const char	*fields[3];
	int		 i, r = 0;

	query_tcache_check(q);
	buf_adds(out, kind == QUERY_TRIP ? "{\"trips\":[" : "{\"legs\":[");
	for (i = 0; i < k->n && i < k->limit; i++) {
		if (i > 0)
			buf_addc(out, ',');
		if ((r = query_row_json(q, kind, k->ids[i], out, cause)) !=
		    0) {
			if (r == -ENOENT) {
				*cause = xstrdup(kind == QUERY_TRIP ?
				    "query: a trip vanished" :
				    "query: a leg vanished");
				r = -EIO;
			}
			goto out;
		}
	}
	if (k->n > k->limit) {
		snprintf(id, sizeof id, "%lld",
		    (long long)k->ids[k->limit - 1]);
		fields[0] = k->start;
		fields[1] = id;
		fields[2] = sort;
		c = query_cursor_encode(fields, sort != NULL ? 3 : 2);
		buf_printf(out, "],\"next_cursor\":\"%s\"}\n", c);
		free(c);
	} else
		buf_adds(out, "],\"next_cursor\":null}\n");
out:
	query_keys_free(k);
	return r;
}

/* A sort order of trips: its key column and direction. */
static const struct {
	const char	*name;
	const char	*key;
	int		 desc;
	int		 integer;	/* the key is an integer column */
} query_trip_order[] = {
	{ "-start", "t.start", 1, 0 },
	{ "start", "t.start", 0, 0 },
	{ "-updated", "t.updated", 1, 1 },
	{ "updated", "t.updated", 0, 1 },
};
const char *const query_trip_sorts[] = { "-start", "start", "-updated",
    "updated", NULL };

/*
 * Decodes a trips cursor (key, id, sort) for the order at k: sets *cs
 * (caller frees; NULL for an undated row's) and *cid.  With no cursor,
 * 0 and *cs NULL, *cid 0.
 */
static int
query_trip_cursor(size_t k, const struct query_filter *f, char **cs,
    long long *cid, char **cause)
{
	char	*fields[3];
	int	 n;

	*cs = NULL;
	*cid = 0;
	if (f->cursor == NULL)
		return 0;
	if (query_cursor_decode(f->cursor, fields, 3, &n) != 0)
		n = -1;
	else if (n != 3 || query_cursor_id(fields[1], cid) != 0 ||
	    fields[2] == NULL || strcmp(fields[2],
	    query_trip_order[k].name) != 0) {
		query_cursor_free(fields, n);
		n = -1;
	}
	if (n == -1) {
		*cause = xstrdup("cursor: expected a next_cursor value "
		    "returned by this endpoint with the same sort");
		return -EINVAL;
	}
	free(fields[1]);
	free(fields[2]);
	*cs = fields[0];
	return 0;
}

/* The WHERE conditions of the trips filters (after "WHERE 1"). */
static void
query_trip_where(struct buf *w, const struct query_filter *f)
{
	if (f->person != NULL)
		buf_adds(w, " AND t.official_id IN (SELECT id FROM "
		    "officials WHERE name_key = :person OR surname_key = "
		    ":person)");
	if (f->role != NULL)
		buf_adds(w, " AND (o.role LIKE :role ESCAPE '\\' OR "
		    "EXISTS (SELECT 1 FROM legs l WHERE l.trip_id = t.id AND "
		    "l.role LIKE :role ESCAPE '\\'))");
	if (f->official_country != NULL)
		buf_adds(w, " AND o.country = :oc");
	if (f->dest_country != NULL)
		buf_adds(w, " AND EXISTS (SELECT 1 FROM legs l WHERE "
		    "l.trip_id = t.id AND l.dest_country = :dc)");
	if (f->city != NULL)
		buf_adds(w, " AND EXISTS (SELECT 1 FROM legs l JOIN places "
		    "p ON p.id = l.place_id WHERE l.trip_id = t.id AND "
		    "p.city_key = :city)");
	if (f->since.prec != WHEN_PREC_NONE)
		buf_adds(w, " AND t.start >= " QUERY_SINCE_LO("trips")
		    " AND coalesce(t.\"end\", t.start) >= :since");
	if (f->until.prec != WHEN_PREC_NONE)
		buf_adds(w, " AND coalesce(t.start, t.\"end\") <= :until");
	if (f->status != NULL)
		buf_adds(w, " AND t.status = :status");
	if (f->status_now != NULL)
		buf_adds(w, " AND " QUERY_STATUS_NOW("t") " = :status_now");
	/*
	 * Upcoming: ends today or later (a month: by its end), not
	 * cancelled; the first condition, as for since, is a range on the
	 * start index.
	 */
	if (f->upcoming)
		buf_adds(w, " AND t.start >= date(:today, '-' || max(coalesce("
		    "(SELECT julianday(\"end\") - julianday(start) FROM trips "
		    "ORDER BY julianday(\"end\") - julianday(start) DESC "
		    "LIMIT 1), 0), 0) || ' days', '-1 months') AND "
		    "t.status <> 'cancelled' AND substr(coalesce(t.\"end\", "
		    "t.start) || '-31', 1, 10) >= :today");
	if (f->has_min_confidence)
		buf_adds(w, " AND t.confidence >= :minc");
	if (f->has_domestic && f->domestic)
		buf_adds(w, " AND EXISTS (SELECT 1 FROM legs l WHERE "
		    "l.trip_id = t.id) AND NOT EXISTS (SELECT 1 FROM legs l "
		    "WHERE l.trip_id = t.id AND NOT l.domestic)");
	else if (f->has_domestic)
		buf_adds(w, " AND EXISTS (SELECT 1 FROM legs l WHERE "
		    "l.trip_id = t.id AND NOT l.domestic)");
}

/* Binds a trips keys statement's filter and cursor values. */
static void
query_trips_bind(sqlite3_stmt *st, const struct query_filter *f,
    const char *cs, long long csn, int integer, long long cid)
{
	query_bind_filter(st, f);
	if (cs != NULL && integer)
		query_bind_int(st, ":cs", csn);
	else
		query_bind_text(st, ":cs", cs);
	query_bind_int(st, ":cid", cid);
}

int
query_trips_json(struct query *q, const struct query_filter *f,
    struct buf *out, char **cause)
{
	struct buf		 sql = { 0 }, undated = { 0 }, w = { 0 };
	struct query_keys	 keys;
	sqlite3_stmt		*st;
	const char		*sort, *key, *dir, *op, *from;
	char			*cs = NULL;
	long long		 cid = 0, n = 0;
	size_t			 k;
	int			 r, integer;

	sort = f->sort != NULL ? f->sort : f->upcoming ? "start" : "-start";
	for (k = 0; k < sizeof query_trip_order / sizeof query_trip_order[0];
	    k++)
		if (strcmp(query_trip_order[k].name, sort) == 0)
			break;
	if (k == sizeof query_trip_order / sizeof query_trip_order[0]) {
		*cause = xstrdup("sort: expected one of start, -start, "
		    "updated, -updated");
		return -EINVAL;
	}
	if ((r = query_trip_cursor(k, f, &cs, &cid, cause)) != 0)
		return r;
	integer = query_trip_order[k].integer;
	if (cs != NULL && integer && util_strtonum(cs, INT64_MIN, INT64_MAX,
	    &n) != 0) {
		free(cs);
		*cause = xstrdup("cursor: expected a next_cursor value "
		    "returned by this endpoint");
		return -EINVAL;
	}
	key = query_trip_order[k].key;
	dir = query_trip_order[k].desc ? " DESC" : "";
	op = query_trip_order[k].desc ? "<" : ">";
	from = f->role != NULL || f->official_country != NULL ?
	    "FROM trips t JOIN officials o ON o.id = t.official_id WHERE 1" :
	    "FROM trips t WHERE 1";
	query_trip_where(&w, f);
	/*
	 * The page's keys first, then each trip's JSON (cached): with a
	 * sort (a person's trips come from trips_official) SQLite would
	 * otherwise build the JSON of every matching row before keeping
	 * the first few.  Undated trips come last in every order: dated
	 * and undated rows are two statements, each walking its index (the
	 * start index forwards or backwards; ids) for at most a page, the
	 * second run only when the first left the page short; a cursor in
	 * the undated part skips the dated one.  (One ORDER BY "start IS
	 * NULL" would sort the whole table for every page; one UNION ALL
	 * ordered by both parts sorted each into a temporary b-tree.)
	 */
	if (integer) {
		buf_printf(&sql, "SELECT %s, t.id %s%s", key, from, w.data !=
		    NULL ? w.data : "");
		if (f->cursor != NULL)
			buf_printf(&sql, " AND (%s, t.id) %s (:cs, :cid)", key,
			    op);
		buf_printf(&sql, " ORDER BY %s%s, t.id%s LIMIT :limit", key,
		    dir, dir);
	} else {
		if (f->cursor == NULL || cs != NULL) {
			buf_printf(&sql, "SELECT %s, t.id %s%s AND %s IS NOT "
			    "NULL", key, from, w.data != NULL ? w.data : "",
			    key);
			if (cs != NULL)
				buf_printf(&sql, " AND (%s, t.id) %s (:cs, "
				    ":cid)", key, op);
			buf_printf(&sql, " ORDER BY %s%s, t.id%s LIMIT :limit",
			    key, dir, dir);
		}
		buf_printf(&undated, "SELECT NULL, t.id %s%s AND %s IS NULL",
		    from, w.data != NULL ? w.data : "", key);
		if (f->cursor != NULL && cs == NULL)
			buf_printf(&undated, " AND t.id %s :cid", op);
		buf_printf(&undated, " ORDER BY t.id%s LIMIT :limit", dir);
		if (sql.data == NULL) {
			sql = undated;
			memset(&undated, 0, sizeof undated);
		}
	}
	buf_free(&w);
	query_keys_init(&keys, f);
	/* One statement at a time: preparing one may evict the other. */
	if ((st = query_stmt(q, sql.data, cause)) == NULL)
		r = -EIO;
	else {
		query_trips_bind(st, f, cs, n, integer, cid);
		r = query_keys_step(q, st, &keys, cause);
	}
	if (r == 0 && undated.data != NULL && keys.n <= keys.limit) {
		if ((st = query_stmt(q, undated.data, cause)) == NULL)
			r = -EIO;
		else {
			query_trips_bind(st, f, cs, n, integer, cid);
			r = query_keys_step(q, st, &keys, cause);
		}
	}
	buf_free(&sql);
	buf_free(&undated);
	free(cs);
	if (r != 0) {
		query_keys_free(&keys);
		return r;
	}
	return query_ids_page(q, &keys, QUERY_TRIP, query_trip_order[k].name,
	    out, cause);
}

int
query_trips(struct query *q, const struct query_filter *f, json_t **out,
    char **cause)
{
	struct buf	b = { 0 };
	int		r;

	if ((r = query_trips_json(q, f, &b, cause)) == 0)
		r = query_parse(&b, out, cause);
	buf_free(&b);
	return r;
}

int
query_legs_json(struct query *q, const struct query_filter *f,
    struct buf *out, char **cause)
{
	struct buf		 sql = { 0 };
	struct query_keys	 keys;
	sqlite3_stmt		*st;
	char			*cs = NULL;
	long long		 cid = 0;
	int			 r;

	/* The page's keys, then each leg's JSON (cached), as for trips. */
	buf_adds(&sql, "SELECT l.start, l.id FROM legs l JOIN officials o "
	    "ON o.id = l.official_id WHERE 1");
	if (f->person != NULL)
		buf_adds(&sql, " AND l.official_id IN (SELECT id FROM "
		    "officials WHERE name_key = :person OR surname_key = "
		    ":person)");
	if (f->role != NULL)
		buf_adds(&sql, " AND coalesce(l.role, o.role) LIKE :role "
		    "ESCAPE '\\'");
	if (f->official_country != NULL)
		buf_adds(&sql, " AND l.official_country = :oc");
	if (f->dest_country != NULL)
		buf_adds(&sql, " AND l.dest_country = :dc");
	if (f->city != NULL)
		buf_adds(&sql, " AND l.place_id IN (SELECT id FROM places "
		    "WHERE city_key = :city)");
	if (f->since.prec != WHEN_PREC_NONE)
		buf_adds(&sql, " AND l.start >= " QUERY_SINCE_LO("legs")
		    " AND coalesce(l.\"end\", l.start) >= :since");
	if (f->until.prec != WHEN_PREC_NONE)
		buf_adds(&sql, " AND coalesce(l.start, l.\"end\") <= :until");
	if (f->status != NULL)
		buf_adds(&sql, " AND l.status = :status");
	if (f->status_now != NULL)
		buf_adds(&sql, " AND " QUERY_STATUS_NOW("l") " = :status_now");
	if (f->has_min_confidence)
		buf_adds(&sql, " AND l.confidence >= :minc");
	if (f->has_domestic)
		buf_adds(&sql, f->domestic ? " AND l.domestic" :
		    " AND NOT l.domestic");
	if ((r = query_start_cursor(&sql, "l", f, &cs, &cid, cause)) != 0) {
		buf_free(&sql);
		return r;
	}
	buf_adds(&sql, " ORDER BY l.start, l.id LIMIT :limit");
	st = query_stmt(q, sql.data, cause);
	buf_free(&sql);
	if (st == NULL) {
		free(cs);
		return -EIO;
	}
	query_bind_filter(st, f);
	query_bind_text(st, ":cs", cs);
	query_bind_int(st, ":cid", cid);
	free(cs);
	query_keys_init(&keys, f);
	if ((r = query_keys_step(q, st, &keys, cause)) != 0) {
		query_keys_free(&keys);
		return r;
	}
	return query_ids_page(q, &keys, QUERY_LEG, NULL, out, cause);
}

int
query_legs(struct query *q, const struct query_filter *f, json_t **out,
    char **cause)
{
	struct buf	b = { 0 };
	int		r;

	if ((r = query_legs_json(q, f, &b, cause)) == 0)
		r = query_parse(&b, out, cause);
	buf_free(&b);
	return r;
}

/*
 * Runs a list statement whose cursor fields are all text except the last
 * (an id), for officials and places.  nkeys fields come from the cursor
 * and bind to :k0.. in order.
 */
static int
query_keyset_list(struct query *q, struct buf *sql, const char *order,
    const char *cond, const struct query_filter *f, const char *kind,
    const char *const *keys, int nkeys, json_t **out, char **cause)
{
	sqlite3_stmt	*st;
	json_t		*rows, *o;
	char		*fields[4], name[16];
	long long	 id = 0;
	int		 n = 0, r, k;

	if (f->cursor != NULL) {
		if (query_cursor_decode(f->cursor, fields, 4, &n) != 0)
			n = -1;
		else if (n != nkeys || query_cursor_id(fields[n - 1],
		    &id) != 0) {
			query_cursor_free(fields, n);
			n = -1;
		}
		for (k = 0; n > 0 && k < n - 1; k++)
			if (fields[k] == NULL) {
				query_cursor_free(fields, n);
				n = -1;
				break;
			}
		if (n < 0) {
			*cause = xstrdup("cursor: expected a next_cursor value "
			    "returned by this endpoint");
			return -EINVAL;
		}
		buf_printf(sql, " AND %s", cond);
	}
	buf_printf(sql, " ORDER BY %s LIMIT :limit", order);
	if ((st = query_stmt(q, sql->data, cause)) == NULL) {
		if (n > 0)
			query_cursor_free(fields, n);
		return -EIO;
	}
	query_bind_filter(st, f);
	for (k = 0; k < n; k++) {
		snprintf(name, sizeof name, ":k%d", k);
		query_bind_text(st, name, fields[k]);
	}
	if (n > 0) {
		snprintf(name, sizeof name, ":k%d", n - 1);
		query_bind_int(st, name, id);
		query_cursor_free(fields, n);
	}
	rows = json_array();
	r = query_rows(q, st, rows, cause);
	query_done(st);
	if (r != 0) {
		json_decref(rows);
		return r;
	}
	o = json_object();
	json_object_set_new(o, kind, rows);
	query_page(rows, f, o, keys, nkeys);
	*out = o;
	return 0;
}

int
query_officials(struct query *q, const struct query_filter *f,
    json_t **out, char **cause)
{
	struct buf	 sql = { 0 };
	int		 r;
	static const char *const keys[] = { "name", "id" };

	buf_adds(&sql, "SELECT o.id, o.name, o.country, o.role, "
	    "(SELECT count(*) FROM trips t WHERE t.official_id = o.id) "
	    "AS trips, (SELECT count(*) FROM legs l WHERE l.official_id = "
	    "o.id) AS legs FROM officials o WHERE 1");
	if (f->person != NULL)
		buf_adds(&sql, " AND (o.name_key = :person OR o.surname_key = "
		    ":person)");
	if (f->official_country != NULL)
		buf_adds(&sql, " AND o.country = :oc");
	if (f->role != NULL)
		buf_adds(&sql, " AND o.role LIKE :role ESCAPE '\\'");
	r = query_keyset_list(q, &sql, "o.name, o.id",
	    "(o.name, o.id) > (:k0, :k1)", f, "officials", keys, 2, out,
	    cause);
	buf_free(&sql);
	return r;
}

int
query_places(struct query *q, const struct query_filter *f, json_t **out,
    char **cause)
{
	struct buf	 sql = { 0 };
	int		 r;
	static const char *const keys[] = { "country", "city_key", "id" };
	json_t		*rows, *p;
	size_t		 i;

	buf_adds(&sql, "SELECT p.id, p.country, nullif(p.city, '') AS city, "
	    "p.city_key, p.lat, p.lon, (SELECT count(*) FROM legs l WHERE "
	    "l.place_id = p.id) AS visits FROM places p WHERE 1");
	if (f->dest_country != NULL)
		buf_adds(&sql, " AND p.country = :dc");
	if (f->city != NULL)
		buf_adds(&sql, " AND p.city_key = :city");
	r = query_keyset_list(q, &sql, "p.country, p.city_key, p.id",
	    "(p.country, p.city_key, p.id) > (:k0, :k1, :k2)", f, "places",
	    keys, 3, out, cause);
	buf_free(&sql);
	if (r == 0) {
		rows = json_object_get(*out, "places");
		json_array_foreach(rows, i, p)
			json_object_del(p, "city_key");
	}
	return r;
}

/*
 * Makes an FTS5 query from what a person typed: each word becomes a
 * quoted string (implicit AND), so no input is an FTS5 syntax error.
 * NULL if there is no word.
 */
static char *
query_fts(const char *text)
{
	struct buf	 b = { 0 };
	const char	*p = text, *start;

	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '\0')
			break;
		start = p;
		while (*p != '\0' && *p != ' ' && *p != '\t' && *p != '\n' &&
		    *p != '\r')
			p++;
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_addc(&b, '"');
		for (; start < p; start++) {
			if (*start == '"')
				buf_addc(&b, '"');
			buf_addc(&b, *start);
		}
		buf_addc(&b, '"');
	}
	return b.data != NULL ? buf_steal(&b) : NULL;
}

#define QUERY_ARTICLE_FEED \
	"(SELECT f.name FROM feed_articles fa JOIN feeds f ON " \
	"f.id = fa.feed_id WHERE fa.article_id = a.id ORDER BY " \
	"fa.first_seen, f.id LIMIT 1)"

int
query_articles(struct query *q, const struct query_filter *f, json_t **out,
    char **cause)
{
	struct buf	 sql = { 0 };
	sqlite3_stmt	*st;
	json_t		*rows, *o, *last;
	char		*fields[2], *fts = NULL, *c, nb[32];
	const char	*cf[2];
	long long	 off = 0, id = 0, pub = 0;
	int		 n, r, ok;

	if (f->q != NULL && (fts = query_fts(f->q)) == NULL) {
		*cause = xstrdup("q: expected one or more words to search "
		    "for");
		return -EINVAL;
	}
	if (f->cursor != NULL) {
		n = 0;
		ok = query_cursor_decode(f->cursor, fields, 2, &n) == 0;
		if (ok && fts != NULL)
			ok = n == 1 && fields[0] != NULL &&
			    util_strtonum(fields[0], 0, 1000000, &off) == 0;
		else if (ok)
			ok = n == 2 && fields[0] != NULL &&
			    util_strtonum(fields[0], INT64_MIN, INT64_MAX,
			    &pub) == 0 && query_cursor_id(fields[1], &id) == 0;
		if (n > 0)
			query_cursor_free(fields, n);
		if (!ok) {
			free(fts);
			*cause = xstrdup("cursor: expected a next_cursor value "
			    "returned by this endpoint");
			return -EINVAL;
		}
	}
	if (fts != NULL)
		buf_adds(&sql, "SELECT a.id, a.title, a.url, "
		    QUERY_ISO("a.published") " AS published, "
		    QUERY_ARTICLE_FEED " AS feed, snippet(articles_fts, -1, "
		    "'[', ']', '\xe2\x80\xa6', 16) AS snippet FROM articles_fts "
		    "JOIN articles a ON a.id = articles_fts.rowid WHERE "
		    "articles_fts MATCH :fts");
	else
		buf_adds(&sql, "SELECT a.id, a.title, a.url, "
		    QUERY_ISO("a.published") " AS published, "
		    QUERY_ARTICLE_FEED " AS feed, a.published AS published_s "
		    "FROM articles a WHERE 1");
	if (f->feed != NULL)
		buf_adds(&sql, " AND a.id IN (SELECT fa.article_id FROM "
		    "feed_articles fa JOIN feeds f ON f.id = fa.feed_id "
		    "WHERE f.name = :feed)");
	if (fts != NULL)
		buf_adds(&sql, " ORDER BY rank, a.id LIMIT :limit OFFSET :off");
	else {
		if (f->cursor != NULL)
			buf_adds(&sql, " AND (a.published, a.id) < (:pub, "
			    ":cid)");
		buf_adds(&sql, " ORDER BY a.published DESC, a.id DESC "
		    "LIMIT :limit");
	}
	st = query_stmt(q, sql.data, cause);
	buf_free(&sql);
	if (st == NULL) {
		free(fts);
		return -EIO;
	}
	query_bind_filter(st, f);
	query_bind_text(st, ":fts", fts);
	query_bind_int(st, ":off", off);
	query_bind_int(st, ":pub", pub);
	query_bind_int(st, ":cid", id);
	free(fts);
	rows = json_array();
	r = query_rows(q, st, rows, cause);
	query_done(st);
	if (r != 0) {
		json_decref(rows);
		return r;
	}
	o = json_object();
	json_object_set_new(o, "articles", rows);
	n = (int)json_array_size(rows);
	if (n > query_limit(f)) {
		json_array_remove(rows, (size_t)n - 1);
		last = json_array_get(rows, (size_t)n - 2);
		if (f->q != NULL) {
			snprintf(nb, sizeof nb, "%lld", off + query_limit(f));
			cf[0] = nb;
			c = query_cursor_encode(cf, 1);
		} else {
			snprintf(nb, sizeof nb, "%lld", (long long)
			    json_integer_value(json_object_get(last,
			    "published_s")));
			cf[0] = nb;
			cf[1] = NULL;
			c = xasprintf("%lld", (long long)json_integer_value(
			    json_object_get(last, "id")));
			cf[1] = c;
			c = query_cursor_encode(cf, 2);
			free((char *)cf[1]);
		}
		json_object_set_new(o, "next_cursor", json_string(c));
		free(c);
	} else
		json_object_set_new(o, "next_cursor", json_null());
	for (n = 0; n < (int)json_array_size(rows); n++)
		json_object_del(json_array_get(rows, (size_t)n),
		    "published_s");
	*out = o;
	return 0;
}

/* Runs a one-row statement bound to :id; -ENOENT when no row. */
static int
query_one(struct query *q, sqlite3_stmt *st, json_t **out, char **cause)
{
	int	rc;

	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = query_row(st);
		query_done(st);
		return 0;
	}
	query_done(st);
	if (rc == SQLITE_DONE)
		return -ENOENT;
	*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
	return -EIO;
}

/* Runs st (already bound) and sets key of o to the rows. */
static int
query_set_rows(struct query *q, sqlite3_stmt *st, json_t *o,
    const char *key, char **cause)
{
	json_t	*rows;
	int	 r;

	rows = json_array();
	r = query_rows(q, st, rows, cause);
	query_done(st);
	if (r != 0) {
		json_decref(rows);
		return r;
	}
	json_object_set_new(o, key, rows);
	return 0;
}

int
query_trip(struct query *q, int64_t id, json_t **out, char **cause)
{
	sqlite3_stmt	*st, *ss;
	json_t		*trip, *legs, *leg;
	json_error_t	 e;
	size_t		 i;
	int		 r, rc;

	if ((st = query_stmt(q, "SELECT " QUERY_TRIP_JSON " " QUERY_TRIP_FROM
	    "WHERE t.id = :id", cause)) == NULL)
		return -EIO;
	query_bind_int(st, ":id", id);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		query_done(st);
		if (rc == SQLITE_DONE)
			return -ENOENT;
		*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
		return -EIO;
	}
	trip = json_loads((const char *)sqlite3_column_text(st, 0), 0, &e);
	query_done(st);
	if (trip == NULL) {
		*cause = xasprintf("query: bad JSON from SQL: %s", e.text);
		return -EIO;
	}
	if ((st = query_stmt(q, QUERY_LEG_COLUMNS QUERY_LEG_FROM
	    "WHERE l.trip_id = :id ORDER BY l.seq, l.id", cause)) == NULL) {
		r = -EIO;
		goto fail;
	}
	query_bind_int(st, ":id", id);
	if ((r = query_set_rows(q, st, trip, "legs", cause)) != 0)
		goto fail;
	legs = json_object_get(trip, "legs");
	json_array_foreach(legs, i, leg) {
		query_bool(leg, "domestic");
		if ((ss = query_stmt(q, "SELECT s.article_id, a.title, a.url, "
		    QUERY_ARTICLE_FEED " AS feed, " QUERY_ISO("a.published")
		    " AS published, s.evidence, s.person, s.role, s.start, "
		    "s.\"end\", s.status, s.confidence, s.rule "
		    "FROM leg_sources s "
		    "JOIN articles a ON a.id = s.article_id WHERE s.leg_id = "
		    ":id ORDER BY a.published, s.id", cause)) == NULL) {
			r = -EIO;
			goto fail;
		}
		query_bind_int(ss, ":id",
		    json_integer_value(json_object_get(leg, "id")));
		if ((r = query_set_rows(q, ss, leg, "sources", cause)) != 0)
			goto fail;
	}
	*out = trip;
	return 0;
fail:
	json_decref(trip);
	return r;
}

int
query_leg(struct query *q, int64_t id, json_t **out, char **cause)
{
	sqlite3_stmt	*st;
	json_t		*leg;
	int		 r;

	if ((st = query_stmt(q, QUERY_LEG_COLUMNS QUERY_LEG_FROM
	    "WHERE l.id = :id", cause)) == NULL)
		return -EIO;
	query_bind_int(st, ":id", id);
	if ((r = query_one(q, st, &leg, cause)) != 0)
		return r;
	query_bool(leg, "domestic");
	if ((st = query_stmt(q, "SELECT s.article_id, a.title, a.url, "
	    QUERY_ARTICLE_FEED " AS feed, " QUERY_ISO("a.published")
	    " AS published, s.evidence, s.person, s.role, s.start, "
	    "s.\"end\", s.status, s.confidence FROM leg_sources s "
	    "JOIN articles a ON a.id = s.article_id WHERE s.leg_id = "
	    ":id ORDER BY a.published, s.id", cause)) == NULL) {
		json_decref(leg);
		return -EIO;
	}
	query_bind_int(st, ":id", id);
	if ((r = query_set_rows(q, st, leg, "sources", cause)) != 0) {
		json_decref(leg);
		return r;
	}
	*out = leg;
	return 0;
}

int
query_official(struct query *q, int64_t id, json_t **out, char **cause)
{
	sqlite3_stmt	*st;
	json_t		*o, *trips;
	json_error_t	 e;
	const char	*text;
	int		 r, rc;

	if ((st = query_stmt(q, "SELECT o.id, o.name, o.country, o.role, "
	    "(SELECT count(*) FROM trips t WHERE t.official_id = o.id) "
	    "AS trips, (SELECT count(*) FROM legs l WHERE l.official_id = "
	    "o.id) AS legs FROM officials o WHERE o.id = :id", cause)) == NULL)
		return -EIO;
	query_bind_int(st, ":id", id);
	if ((r = query_one(q, st, &o, cause)) != 0)
		return r;
	/* Rename the counts: "trips" is the list below. */
	json_object_set(o, "trip_count", json_object_get(o, "trips"));
	json_object_set(o, "leg_count", json_object_get(o, "legs"));
	json_object_del(o, "trips");
	json_object_del(o, "legs");
	if ((st = query_stmt(q, "SELECT coalesce(json_group_array(json(j)), "
	    "'[]') FROM (SELECT " QUERY_TRIP_JSON " AS j " QUERY_TRIP_FROM
	    "WHERE t.official_id = :id ORDER BY t.start IS NULL, t.start, "
	    "t.id LIMIT 1000)", cause)) == NULL) {
		json_decref(o);
		return -EIO;
	}
	query_bind_int(st, ":id", id);
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		query_done(st);
		json_decref(o);
		*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
		return -EIO;
	}
	text = (const char *)sqlite3_column_text(st, 0);
	trips = json_loads(text != NULL ? text : "[]", 0, &e);
	query_done(st);
	if (trips == NULL) {
		json_decref(o);
		*cause = xasprintf("query: bad JSON from SQL: %s", e.text);
		return -EIO;
	}
	json_object_set_new(o, "trips", trips);
	*out = o;
	return 0;
}

int
query_article(struct query *q, int64_t id, json_t **out, char **cause)
{
	sqlite3_stmt	*st;
	json_t		*a, *f;
	size_t		 i;
	int		 r;

	if ((st = query_stmt(q, "SELECT a.id, a.title, a.url, "
	    "a.canonical_url, a.author, " QUERY_ISO("a.published")
	    " AS published, a.published_estimated, " QUERY_ISO("a.fetched")
	    " AS fetched, a.summary, a.text FROM articles a WHERE a.id = :id",
	    cause)) == NULL)
		return -EIO;
	query_bind_int(st, ":id", id);
	if ((r = query_one(q, st, &a, cause)) != 0)
		return r;
	query_bool(a, "published_estimated");
	if ((st = query_stmt(q, "SELECT f.name FROM feed_articles fa JOIN "
	    "feeds f ON f.id = fa.feed_id WHERE fa.article_id = :id ORDER BY "
	    "fa.first_seen, f.id", cause)) == NULL) {
		r = -EIO;
		goto fail;
	}
	query_bind_int(st, ":id", id);
	if ((r = query_set_rows(q, st, a, "feeds", cause)) != 0)
		goto fail;
	json_array_foreach(json_object_get(a, "feeds"), i, f)
		json_array_set(json_object_get(a, "feeds"), i,
		    json_object_get(f, "name"));
	if ((st = query_stmt(q, "SELECT l.id, o.name AS person, s.role, "
	    "l.dest_country AS country, nullif(p.city, '') AS city, l.start, "
	    "l.\"end\", l.status, l.domestic, s.confidence, s.evidence, "
	    "s.ev_start, s.ev_end, s.rule, l.trip_id FROM leg_sources s JOIN "
	    "legs l ON l.id = s.leg_id JOIN officials o ON o.id = "
	    "l.official_id JOIN "
	    "places p ON p.id = l.place_id WHERE s.article_id = :id ORDER BY "
	    "s.ev_start, s.id", cause)) == NULL) {
		r = -EIO;
		goto fail;
	}
	query_bind_int(st, ":id", id);
	if ((r = query_set_rows(q, st, a, "legs", cause)) != 0)
		goto fail;
	json_array_foreach(json_object_get(a, "legs"), i, f)
		query_bool(f, "domestic");
	*out = a;
	return 0;
fail:
	json_decref(a);
	return r;
}

#define QUERY_FEED_COLUMNS \
	"SELECT f.name, f.url, f.tags, f.origin, f.enabled, f.paused, " \
	"f.interval_s AS interval, " QUERY_ISO("f.last_fetch") \
	" AS last_fetch, " QUERY_ISO("f.last_success") " AS last_success, " \
	"f.last_status, f.last_error, f.error_count, " \
	QUERY_ISO("nullif(f.next_due, 0)") " AS next_due, " \
	"f.disabled_reason, f.fetch_count, (SELECT count(*) FROM " \
	"feed_articles fa WHERE fa.feed_id = f.id) AS articles FROM feeds f "

/* Turns the stored feed row's flags and tags into their JSON forms. */
static void
query_feed_fix(json_t *feed)
{
	json_t		*tags, *v;
	const char	*s, *comma;
	char		*t;

	query_bool(feed, "enabled");
	query_bool(feed, "paused");
	tags = json_array();
	v = json_object_get(feed, "tags");
	for (s = json_is_string(v) ? json_string_value(v) : ""; *s != '\0';
	    s = comma + 1) {
		comma = strchr(s, ',');
		t = comma != NULL ? xstrndup(s, (size_t)(comma - s)) :
		    xstrdup(s);
		if (*t != '\0')
			json_array_append_new(tags, json_string(t));
		free(t);
		if (comma == NULL)
			break;
	}
	json_object_set_new(feed, "tags", tags);
}

int
query_feeds(struct query *q, json_t **out, char **cause)
{
	sqlite3_stmt	*st;
	json_t		*o, *feed;
	size_t		 i;
	int		 r;

	if ((st = query_stmt(q, QUERY_FEED_COLUMNS "ORDER BY f.name",
	    cause)) == NULL)
		return -EIO;
	o = json_object();
	if ((r = query_set_rows(q, st, o, "feeds", cause)) != 0) {
		json_decref(o);
		return r;
	}
	json_array_foreach(json_object_get(o, "feeds"), i, feed)
		query_feed_fix(feed);
	*out = o;
	return 0;
}

int
query_feed(struct query *q, const char *name, json_t **out, char **cause)
{
	sqlite3_stmt	*st;
	json_t		*feed;
	int		 r;

	if ((st = query_stmt(q, QUERY_FEED_COLUMNS "WHERE f.name = :name",
	    cause)) == NULL)
		return -EIO;
	query_bind_text(st, ":name", name);
	if ((r = query_one(q, st, &feed, cause)) != 0)
		return r;
	query_feed_fix(feed);
	*out = feed;
	return 0;
}

int
query_stats(struct query *q, json_t **out, char **cause)
{
	sqlite3_stmt	*st;
	json_t		*o;
	int		 r;

	if ((st = query_stmt(q, "SELECT "
	    "(SELECT count(*) FROM feeds) AS feeds, "
	    "(SELECT count(*) FROM articles) AS articles, "
	    "(SELECT count(*) FROM officials) AS officials, "
	    "(SELECT count(*) FROM places) AS places, "
	    "(SELECT count(*) FROM legs) AS legs, "
	    "(SELECT count(*) FROM trips) AS trips, "
	    "(SELECT count(*) FROM leg_sources) AS leg_sources, "
	    "(SELECT coalesce(sum(fetch_count), 0) FROM feeds) AS fetches, "
	    "(SELECT count(*) FROM feeds WHERE last_fetch IS NULL) "
	    "AS feeds_never, "
	    "(SELECT count(*) FROM feeds WHERE last_fetch IS NOT NULL AND "
	    "last_error IS NULL AND coalesce(last_status, 200) <> 304) "
	    "AS feeds_ok, "
	    "(SELECT count(*) FROM feeds WHERE last_fetch IS NOT NULL AND "
	    "last_error IS NULL AND last_status = 304) AS feeds_not_modified, "
	    "(SELECT count(*) FROM feeds WHERE last_error IS NOT NULL) "
	    "AS feeds_error, "
	    "(SELECT count(*) FROM feeds WHERE paused) AS feeds_paused, "
	    "(SELECT count(*) FROM feeds WHERE NOT enabled) "
	    "AS feeds_disabled, "
	    "(SELECT coalesce(sum(error_count), 0) FROM feeds) "
	    "AS consecutive_errors, "
	    "(SELECT count(*) FROM extractions) AS extractions, "
	    "(SELECT coalesce(sum(micros), 0) FROM extractions) "
	    "AS extraction_micros", cause)) == NULL)
		return -EIO;
	if ((r = query_one(q, st, &o, cause)) != 0) {
		if (r == -ENOENT) {
			*cause = xstrdup("query: no counts");
			r = -EIO;
		}
		return r;
	}
	json_object_set_new(o, "schema_version",
	    json_integer(store_version(q->store)));
	json_object_set_new(o, "schema_latest",
	    json_integer(store_latest_version()));
	*out = o;
	return 0;
}

static int
query_exec_changes(struct query *q, sqlite3_stmt *st, int *changes,
    char **cause)
{
	int	rc;

	rc = sqlite3_step(st);
	query_done(st);
	if (rc == SQLITE_DONE) {
		*changes = sqlite3_changes(q->db);
		return 0;
	}
	if ((rc & 0xff) == SQLITE_CONSTRAINT) {
		*cause = xasprintf("%s", sqlite3_errmsg(q->db));
		return -EEXIST;
	}
	*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
	return -EIO;
}

int
query_feed_add(struct query *q, const char *name, const char *url,
    long long interval_s, const char *tags, char **cause)
{
	sqlite3_stmt	*st;
	int		 r, n;

	if ((st = query_stmt(q, "INSERT INTO feeds (name, url, tags, origin, "
	    "interval_s, next_due) VALUES (:name, :url, :tags, 'api', :iv, 0)",
	    cause)) == NULL)
		return -EIO;
	query_bind_text(st, ":name", name);
	query_bind_text(st, ":url", url);
	query_bind_text(st, ":tags", tags != NULL ? tags : "");
	query_bind_int(st, ":iv", interval_s);
	if ((r = query_exec_changes(q, st, &n, cause)) == -EEXIST) {
		free(*cause);
		*cause = xasprintf("a feed named '%s' already exists", name);
	}
	return r;
}

/* In the UPDATE below: does the change give the feed another URL? */
#define QUERY_NEW_URL	"coalesce(:url, url) IS NOT url"

int
query_feed_update(struct query *q, const char *name,
    const struct query_feed_change *c, char **cause)
{
	sqlite3_stmt	*st;
	int		 r, n, i;

	if ((st = query_stmt(q, "UPDATE feeds SET "
	    "paused = coalesce(:paused, paused), "
	    "enabled = coalesce(:enabled, enabled), "
	    "interval_s = coalesce(:iv, interval_s), "
	    "url = coalesce(:url, url), tags = coalesce(:tags, tags), "
	    /* A new URL is a new feed: the old one's state goes. */
	    "etag = CASE WHEN " QUERY_NEW_URL " THEN NULL ELSE etag END, "
	    "last_modified = CASE WHEN " QUERY_NEW_URL " THEN NULL ELSE "
	    "last_modified END, "
	    "last_status = CASE WHEN " QUERY_NEW_URL " THEN NULL ELSE "
	    "last_status END, "
	    "last_error = CASE WHEN " QUERY_NEW_URL " THEN NULL ELSE "
	    "last_error END, "
	    "error_count = CASE WHEN " QUERY_NEW_URL " THEN 0 ELSE "
	    "error_count END, "
	    "next_due = CASE WHEN " QUERY_NEW_URL " THEN 0 ELSE next_due "
	    "END, disabled_reason = CASE WHEN :enabled = 1 OR " QUERY_NEW_URL
	    " THEN NULL ELSE disabled_reason END WHERE name = :name",
	    cause)) == NULL)
		return -EIO;
	query_bind_text(st, ":name", name);
	if (c->paused >= 0)
		query_bind_int(st, ":paused", c->paused);
	if (c->enabled >= 0) {
		i = sqlite3_bind_parameter_index(st, ":enabled");
		sqlite3_bind_int(st, i, c->enabled);
	}
	if (c->interval_s >= 0)
		query_bind_int(st, ":iv", c->interval_s);
	query_bind_text(st, ":url", c->url);
	query_bind_text(st, ":tags", c->tags);
	if ((r = query_exec_changes(q, st, &n, cause)) != 0)
		return r;
	if (n == 0) {
		*cause = xasprintf("no feed named '%s'", name);
		return -ENOENT;
	}
	return 0;
}

int
query_import_feed(struct query *q, const char *name, int64_t *id,
    char **cause)
{
	sqlite3_stmt	*st;
	const char	*origin;
	int		 rc, n;

	if (name == NULL) {
		if ((st = query_stmt(q, "INSERT INTO feeds (name, url, origin, "
		    "enabled) VALUES ('import', 'import:', 'import', 0) "
		    "ON CONFLICT(name) DO NOTHING", cause)) == NULL)
			return -EIO;
		if ((rc = query_exec_changes(q, st, &n, cause)) != 0)
			return rc;
	}
	if ((st = query_stmt(q, "SELECT id, origin FROM feeds WHERE name = "
	    ":name", cause)) == NULL)
		return -EIO;
	query_bind_text(st, ":name", name != NULL ? name : "import");
	if ((rc = sqlite3_step(st)) != SQLITE_ROW) {
		query_done(st);
		if (rc != SQLITE_DONE) {
			*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
			return -EIO;
		}
		*cause = xasprintf("no feed named '%s'", name);
		return -ENOENT;
	}
	origin = (const char *)sqlite3_column_text(st, 1);
	if (name == NULL && (origin == NULL || strcmp(origin, "import") != 0)) {
		query_done(st);
		*cause = xstrdup("a feed named 'import' exists and is not the "
		    "import feed; rename it, or name a feed with ?feed=");
		return -EEXIST;
	}
	*id = sqlite3_column_int64(st, 0);
	query_done(st);
	return 0;
}

int
query_events_last(struct query *q, long long *id, char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = query_stmt(q, "SELECT coalesce(max(id), 0) FROM events",
	    cause)) == NULL)
		return -EIO;
	rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		query_done(st);
		*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
		return -EIO;
	}
	*id = sqlite3_column_int64(st, 0);
	query_done(st);
	return 0;
}

int
query_events_load(struct query *q, long long after,
    void (*cb)(void *, long long, const char *, const char *), void *arg,
    char **cause)
{
	sqlite3_stmt	*st;
	int		 rc;

	if ((st = query_stmt(q, "SELECT id, type, json FROM events WHERE id > "
	    ":after ORDER BY id", cause)) == NULL)
		return -EIO;
	query_bind_int(st, ":after", after);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		cb(arg, sqlite3_column_int64(st, 0),
		    (const char *)sqlite3_column_text(st, 1),
		    (const char *)sqlite3_column_text(st, 2));
	query_done(st);
	if (rc != SQLITE_DONE) {
		*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
		return -EIO;
	}
	return 0;
}

/* Steps a statement that returns no rows; 0 or -EIO with *cause. */
static int
query_exec_one(struct query *q, sqlite3_stmt *st, char **cause)
{
	int	rc;

	rc = sqlite3_step(st);
	query_done(st);
	if (rc != SQLITE_DONE) {
		*cause = xasprintf("query: %s", sqlite3_errmsg(q->db));
		return -EIO;
	}
	return 0;
}

int
query_events_store(struct query *q, long long first, size_t n,
    const char *const *types, const char *const *jsons, long long keep_from,
    char **cause)
{
	sqlite3_stmt	*st;
	char		*ignored = NULL;
	size_t		 i;
	int		 r;

	if (!sqlite3_get_autocommit(q->db)) {
		*cause = xstrdup("query: events stored inside a transaction");
		return -EBUSY;
	}
	if ((st = query_stmt(q, "BEGIN IMMEDIATE", cause)) == NULL)
		return -EIO;
	if ((r = query_exec_one(q, st, cause)) != 0)
		return r;
	for (i = 0; i < n; i++) {
		if ((st = query_stmt(q, "INSERT OR REPLACE INTO events (id, "
		    "type, json) VALUES (:id, :type, :json)", cause)) == NULL) {
			r = -EIO;
			goto fail;
		}
		query_bind_int(st, ":id", first + (long long)i);
		query_bind_text(st, ":type", types[i]);
		query_bind_text(st, ":json", jsons[i]);
		if ((r = query_exec_one(q, st, cause)) != 0)
			goto fail;
	}
	if ((st = query_stmt(q, "DELETE FROM events WHERE id < :keep",
	    cause)) == NULL) {
		r = -EIO;
		goto fail;
	}
	query_bind_int(st, ":keep", keep_from);
	if ((r = query_exec_one(q, st, cause)) != 0)
		goto fail;
	if ((st = query_stmt(q, "COMMIT", cause)) == NULL) {
		r = -EIO;
		goto fail;
	}
	if ((r = query_exec_one(q, st, cause)) != 0)
		goto fail;
	return 0;
fail:
	if ((st = query_stmt(q, "ROLLBACK", &ignored)) != NULL) {
		sqlite3_step(st);
		query_done(st);
	}
	free(ignored);
	return r;
}
