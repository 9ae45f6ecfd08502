/*
 * store: SQLite connection, lock and migrations.  See store.h.
 *
 * Migrations are the schema/NNN-name.sql files built into the binary
 * (scripts/embed); migration N runs inside one transaction that also sets
 * PRAGMA user_version = N, so a crash leaves the database at N-1 or N.
 * The version is read before anything is written, so a database newer
 * than this binary is refused without being touched (not even switched to
 * WAL).
 *
 * The daemon's lock is an flock on the database file itself, opened by
 * its path: two names of one file (a symlink, a hard link) are one inode
 * and one lock.  The file's device and inode are kept from the open, and
 * store_check compares them with what the path names now: a database
 * deleted or replaced under a running daemon is detected (on a timer and
 * before every write transaction) and nothing more is written to it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "embed.h"
#include "log.h"
#include "store.h"
#include "xmalloc.h"

/* A statement kept by store_prepare_cached, found by its SQL text. */
struct store_cached {
	uint64_t	 hash;
	char		*sql;
	sqlite3_stmt	*st;
};

struct store {
	sqlite3	*db;
	char	*path;
	int	 lock_fd;
	int	 have_id;	/* dev and ino known */
	dev_t	 dev;
	ino_t	 ino;
	char	*gone;		/* why it is no longer written; NULL: fine */
	struct store_cached *cache;
	size_t	 ncache;
};

sqlite3 *
store_db(struct store *s)
{
	return s->db;
}

const char *
store_path(struct store *s)
{
	return s->path;
}

char *
store_errmsg(struct store *s, const char *what)
{
	return xasprintf("%s: %s", what, sqlite3_errmsg(s->db));
}

int
store_exec(struct store *s, const char *sql, char **cause)
{
	char	*err = NULL;

	if (sqlite3_exec(s->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		if (cause != NULL)
			*cause = xasprintf("%s", err != NULL ? err :
			    sqlite3_errmsg(s->db));
		sqlite3_free(err);
		return -EIO;
	}
	return 0;
}

sqlite3_stmt *
store_prepare(struct store *s, const char *sql)
{
	sqlite3_stmt	*st;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		fatalx("bad SQL (%s): %s", sqlite3_errmsg(s->db), sql);
	return st;
}

sqlite3_stmt *
store_prepare_cached(struct store *s, const char *sql)
{
	struct store_cached	*c;
	uint64_t		 h = 14695981039346656037ULL;
	const unsigned char	*p;
	size_t			 i;

	for (p = (const unsigned char *)sql; *p != '\0'; p++)
		h = (h ^ *p) * 1099511628211ULL;	/* FNV-1a */
	for (i = 0; i < s->ncache; i++) {
		c = &s->cache[i];
		if (c->hash == h && strcmp(c->sql, sql) == 0) {
			sqlite3_reset(c->st);
			sqlite3_clear_bindings(c->st);
			return c->st;
		}
	}
	s->cache = xreallocarray(s->cache, s->ncache + 1, sizeof *s->cache);
	c = &s->cache[s->ncache++];
	c->hash = h;
	c->sql = xstrdup(sql);
	c->st = store_prepare(s, sql);
	return c->st;
}

int
store_check(struct store *s, const char **reason)
{
	struct stat	st;

	if (s->gone == NULL && s->have_id) {
		if (stat(s->path, &st) != 0)
			s->gone = xasprintf("database file %s: %s while "
			    "running; nothing more is written (restart "
			    "itinerd to open a new one)", s->path,
			    errno == ENOENT ? "deleted" : strerror(errno));
		else if (st.st_dev != s->dev || st.st_ino != s->ino)
			s->gone = xasprintf("database file %s was replaced "
			    "by another file while running; nothing more is "
			    "written (restart itinerd to open it)", s->path);
	}
	if (s->gone == NULL)
		return 0;
	if (reason != NULL)
		*reason = s->gone;
	return -ESTALE;
}

int
store_begin(struct store *s, char **cause)
{
	const char	*why;

	if (store_check(s, &why) != 0) {
		if (cause != NULL)
			*cause = xstrdup(why);
		return -EIO;
	}
	return store_exec(s, "BEGIN IMMEDIATE", cause);
}

int
store_commit(struct store *s, char **cause)
{
	return store_exec(s, "COMMIT", cause);
}

void
store_rollback(struct store *s)
{
	if (!sqlite3_get_autocommit(s->db))
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
}

int
store_latest_version(void)
{
	return (int)schema_nfiles;
}

int
store_version(struct store *s)
{
	sqlite3_stmt	*st;
	int		 v = -1;

	st = store_prepare(s, "PRAGMA user_version");
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Applies migrations after the current version, each in a transaction. */
static int
store_migrate(struct store *s, int from, char **cause)
{
	const struct embed_file	*m;
	char			*err = NULL, *sql;
	int			 v;

	for (v = from + 1; v <= store_latest_version(); v++) {
		m = &schema_files[v - 1];
		if (store_begin(s, &err) != 0)
			goto fail;
		if (store_exec(s, m->data, &err) != 0)
			goto fail;
		sql = xasprintf("PRAGMA user_version = %d", v);
		if (store_exec(s, sql, &err) != 0) {
			free(sql);
			goto fail;
		}
		free(sql);
		if (store_commit(s, &err) != 0)
			goto fail;
		log_info("database %s: applied migration %s", s->path,
		    m->name);
	}
	return 0;
fail:
	store_rollback(s);
	*cause = xasprintf("%s: migration %s failed: %s", s->path,
	    schema_files[v - 1].name, err);
	free(err);
	return -EIO;
}

/*
 * Takes an exclusive lock on the database file itself (created empty if
 * missing; SQLite takes an empty file as a new database) and notes its
 * device and inode.  -EBUSY if another process holds it.
 */
static int
store_lock(struct store *s, char **cause)
{
	struct stat	st;
	int		fd, err;

	fd = open(s->path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOCTTY, 0644);
	if (fd == -1) {
		err = errno;
		*cause = xasprintf("%s: %s", s->path, strerror(err));
		return -err;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		*cause = xasprintf("%s: not a regular file", s->path);
		return -EINVAL;
	}
	if (flock(fd, LOCK_EX | LOCK_NB) == -1) {
		err = errno;
		close(fd);
		if (err == EWOULDBLOCK) {
			*cause = xasprintf("database %s (device %llu inode "
			    "%llu) is in use by another itinerd", s->path,
			    (unsigned long long)st.st_dev,
			    (unsigned long long)st.st_ino);
			return -EBUSY;
		}
		*cause = xasprintf("locking %s: %s", s->path, strerror(err));
		return -err;
	}
	s->lock_fd = fd;
	s->have_id = 1;
	s->dev = st.st_dev;
	s->ino = st.st_ino;
	return 0;
}

/* Creates the database's directory (one level) if it is missing. */
static void
store_mkdir_parent(const char *path)
{
	char	*dir, *slash;

	dir = xstrdup(path);
	if ((slash = strrchr(dir, '/')) != NULL && slash != dir) {
		*slash = '\0';
		if (mkdir(dir, 0750) == -1 && errno == ENOENT) {
			/* XDG state dirs may be two levels deep. */
			char *up = xstrdup(dir), *s2 = strrchr(up, '/');
			if (s2 != NULL && s2 != up) {
				*s2 = '\0';
				mkdir(up, 0750);
			}
			free(up);
			mkdir(dir, 0750);
		}
	}
	free(dir);
}

int
store_open(const char *path, int flags, struct store **out, char **cause)
{
	struct store	*s;
	int		 oflags, v, r;
	char		*err = NULL;

	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	s->lock_fd = -1;
	if (!(flags & STORE_READONLY))
		store_mkdir_parent(path);
	if ((flags & STORE_LOCK) && (r = store_lock(s, cause)) != 0)
		goto fail;
	oflags = (flags & STORE_READONLY) ? SQLITE_OPEN_READONLY :
	    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (sqlite3_open_v2(path, &s->db, oflags | SQLITE_OPEN_NOMUTEX,
	    NULL) != SQLITE_OK) {
		*cause = xasprintf("%s: %s", path, s->db != NULL ?
		    sqlite3_errmsg(s->db) : "cannot open");
		r = -EIO;
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, 5000);
	if (!s->have_id) {
		struct stat	st;

		if (stat(path, &st) == 0) {
			s->have_id = 1;
			s->dev = st.st_dev;
			s->ino = st.st_ino;
		}
	}
	if ((v = store_version(s)) < 0) {
		*cause = xasprintf("%s: not an SQLite database or unreadable: "
		    "%s", path, sqlite3_errmsg(s->db));
		r = -EIO;
		goto fail;
	}
	if (v > store_latest_version()) {
		*cause = xasprintf("%s: database schema version %d is newer "
		    "than this itinerd (knows up to %d); refusing to touch it",
		    path, v, store_latest_version());
		r = -EPROTO;
		goto fail;
	}
	if (store_exec(s, "PRAGMA foreign_keys = ON", &err) != 0)
		goto sqlfail;
	if (!(flags & STORE_READONLY)) {
		if (store_exec(s, "PRAGMA journal_mode = WAL", &err) != 0 ||
		    store_exec(s, "PRAGMA synchronous = NORMAL", &err) != 0)
			goto sqlfail;
		if ((r = store_migrate(s, v, cause)) != 0)
			goto fail;
	}
	*out = s;
	return 0;
sqlfail:
	*cause = xasprintf("%s: %s", path, err);
	free(err);
	r = -EIO;
fail:
	store_free(s);
	return r;
}

void
store_free(struct store *s)
{
	size_t	i;

	if (s == NULL)
		return;
	for (i = 0; i < s->ncache; i++) {
		sqlite3_finalize(s->cache[i].st);
		free(s->cache[i].sql);
	}
	free(s->cache);
	if (s->db != NULL)
		sqlite3_close_v2(s->db);
	if (s->lock_fd != -1)
		close(s->lock_fd);
	free(s->gone);
	free(s->path);
	free(s);
}

int
store_sync_feeds(struct store *s, const struct config *c, char **cause)
{
	sqlite3_stmt		*up = NULL, *off = NULL;
	const struct config_feed *f;
	size_t			 i;
	int			 r = -EIO;
	char			*err = NULL;

	if (store_begin(s, &err) != 0)
		goto out;
	/*
	 * url follows permanent redirects (poller.c); config_url is what the
	 * config said.  Only a change of the latter resets url and the
	 * conditional-GET state.
	 */
	up = store_prepare(s,
	    "INSERT INTO feeds (name, url, config_url, tags, origin, enabled,"
	    " interval_s) VALUES (?1, ?2, ?2, ?3, 'config', ?4, ?5)"
	    " ON CONFLICT(name) DO UPDATE SET"
	    "  tags = excluded.tags, enabled = excluded.enabled,"
	    "  interval_s = excluded.interval_s, origin = 'config',"
	    "  url = CASE WHEN feeds.config_url IS excluded.config_url"
	    "   THEN feeds.url ELSE excluded.url END,"
	    "  next_due = CASE WHEN feeds.config_url IS excluded.config_url"
	    "   THEN feeds.next_due ELSE 0 END,"
	    "  etag = CASE WHEN feeds.config_url IS excluded.config_url"
	    "   THEN feeds.etag ELSE NULL END,"
	    "  last_modified = CASE WHEN feeds.config_url IS"
	    "   excluded.config_url THEN feeds.last_modified ELSE NULL END,"
	    "  disabled_reason = CASE WHEN feeds.config_url IS"
	    "   excluded.config_url THEN feeds.disabled_reason ELSE NULL END,"
	    "  config_url = excluded.config_url");
	for (i = 0; i < c->nfeeds; i++) {
		f = &c->feeds[i];
		sqlite3_reset(up);
		sqlite3_bind_text(up, 1, f->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(up, 2, f->url, -1, SQLITE_STATIC);
		sqlite3_bind_text(up, 3, f->tags, -1, SQLITE_STATIC);
		sqlite3_bind_int(up, 4, f->enabled);
		sqlite3_bind_int(up, 5, f->interval_s > 0 ? f->interval_s :
		    c->poll_interval_s);
		if (sqlite3_step(up) != SQLITE_DONE) {
			err = store_errmsg(s, f->name);
			goto out;
		}
	}
	/* Config feeds that left the config: disabled, history kept. */
	off = store_prepare(s, "UPDATE feeds SET enabled = 0 WHERE"
	    " origin = 'config' AND name NOT IN (SELECT value FROM"
	    " json_each(?1))");
	{
		struct buf	names = { 0 };

		buf_addc(&names, '[');
		for (i = 0; i < c->nfeeds; i++) {
			/* Names are [A-Za-z0-9._-]: no JSON escaping needed. */
			buf_printf(&names, "%s\"%s\"", i ? "," : "",
			    c->feeds[i].name);
		}
		buf_addc(&names, ']');
		sqlite3_bind_text(off, 1, names.data, -1, SQLITE_TRANSIENT);
		buf_free(&names);
	}
	if (sqlite3_step(off) != SQLITE_DONE) {
		err = store_errmsg(s, "disabling removed feeds");
		goto out;
	}
	if (store_commit(s, &err) != 0)
		goto out;
	r = 0;
out:
	sqlite3_finalize(up);
	sqlite3_finalize(off);
	if (r != 0) {
		store_rollback(s);
		*cause = xasprintf("syncing feeds: %s", err != NULL ? err :
		    "?");
	}
	free(err);
	return r;
}

/* Inserts one TSV line's fields into st (empty fields are NULL). */
static int
store_kb_row(sqlite3_stmt *st, const char *line, size_t len, int ncols)
{
	const char	*p = line, *end = line + len, *tab;
	int		 i;

	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	for (i = 1; i <= ncols && p <= end; i++) {
		if ((tab = memchr(p, '\t', (size_t)(end - p))) == NULL)
			tab = end;
		if (tab > p)
			sqlite3_bind_text(st, i, p, (int)(tab - p),
			    SQLITE_STATIC);
		p = tab + 1;
	}
	return sqlite3_step(st) == SQLITE_DONE ? 0 : -1;
}

/* Loads one embedded TSV into table; 0 or -1 with *err. */
static int
store_kb_table(struct store *s, const struct embed_file *f,
    const char *table, char **err)
{
	const char	*line, *nl, *end = f->data + f->len;
	sqlite3_stmt	*st;
	struct buf	 sql = { 0 };
	int		 ncols = 1, i, r = 0;
	char		*del;

	/* The header names the columns; count them. */
	if ((nl = memchr(f->data, '\n', f->len)) == NULL)
		nl = end;
	for (line = f->data; line < nl; line++)
		if (*line == '\t')
			ncols++;
	buf_printf(&sql, "INSERT INTO %s VALUES (", table);
	for (i = 0; i < ncols; i++)
		buf_adds(&sql, i == 0 ? "?" : ", ?");
	buf_addc(&sql, ')');
	if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) != SQLITE_OK) {
		*err = xasprintf("%s has %d columns, table %s does not "
		    "match: %s", f->name, ncols, table, sqlite3_errmsg(s->db));
		buf_free(&sql);
		return -1;
	}
	buf_free(&sql);
	del = xasprintf("DELETE FROM %s", table);
	r = store_exec(s, del, err);
	free(del);
	for (line = nl < end ? nl + 1 : end; r == 0 && line < end;
	    line = nl < end ? nl + 1 : end) {
		if ((nl = memchr(line, '\n', (size_t)(end - line))) == NULL)
			nl = end;
		if (nl == line || *line == '#')
			continue;
		if (store_kb_row(st, line, (size_t)(nl - line), ncols) != 0) {
			*err = store_errmsg(s, f->name);
			r = -1;
		}
	}
	sqlite3_finalize(st);
	return r;
}

int
store_load_knowledge(struct store *s, const char *version, char **cause)
{
	static const struct {
		const char	*file;
		const char	*table;
	} map[] = {
		{ "countries.tsv", "kb_countries" },
		{ "gazetteer.tsv", "kb_gazetteer" },
		{ "officials.tsv", "kb_officials" },
		{ "roles.tsv", "kb_roles" },
	};
	sqlite3_stmt	*st;
	char		*err = NULL;
	size_t		 i, j;
	int		 current = 0;

	st = store_prepare(s, "SELECT value = ?1 FROM kb_meta"
	    " WHERE key = 'version'");
	sqlite3_bind_text(st, 1, version, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		current = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (current)
		return 0;
	if (store_begin(s, &err) != 0)
		goto fail;
	for (i = 0; i < kb_nfiles; i++)
		for (j = 0; j < sizeof map / sizeof map[0]; j++)
			if (strcmp(kb_files[i].name, map[j].file) == 0 &&
			    store_kb_table(s, &kb_files[i], map[j].table,
			    &err) != 0)
				goto fail;
	st = store_prepare(s, "INSERT OR REPLACE INTO kb_meta (key, value)"
	    " VALUES ('version', ?1)");
	sqlite3_bind_text(st, 1, version, -1, SQLITE_STATIC);
	i = sqlite3_step(st) == SQLITE_DONE;
	sqlite3_finalize(st);
	if (!i) {
		err = store_errmsg(s, "kb_meta");
		goto fail;
	}
	if (store_commit(s, &err) != 0)
		goto fail;
	return 1;
fail:
	store_rollback(s);
	*cause = xasprintf("loading knowledge into the database: %s",
	    err != NULL ? err : "?");
	free(err);
	return -EIO;
}
