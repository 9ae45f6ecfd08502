/*
 * ingest: one fetched (or imported) feed document into the store, in one
 * transaction.  See ingest.h.
 *
 * Each item is keyed within its feed by its guid, else its link as
 * served, else "hash:" and its content hash; that key is the
 * feed_articles.guid.  An item whose key the feed already carries is
 * known and left alone (feeds rewrite old items; the first version we
 * stored stays).  Otherwise the article may still be stored through
 * another feed (or under another guid): looked up by canonical link,
 * then by the hash of its title and text (only when it has text, so
 * that title-only items such as "Daily briefing" are not merged); an
 * item with neither link nor text is the same as a stored article with
 * neither, the same title and the same date (or no date of its own);
 * if found the feed is linked to it, else it is stored, extracted and its
 * legs handed to trips.c.  Any error rolls the whole document back, so a
 * crash or a failure at any point leaves the database as it was before
 * the fetch, and the next fetch does it all again.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <curl/curl.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "extract.h"
#include "feed.h"
#include "ingest.h"
#include "kb.h"
#include "store.h"
#include "text.h"
#include "trips.h"
#include "util.h"
#include "when.h"
#include "xmalloc.h"

#define INGEST_IMPORT_FEED	"import"

/* The statements of one ingest_doc call. */
struct ingest_ctx {
	struct store		*store;
	const struct kb		*kb;
	int64_t			 feed_id;
	time_t			 now;
	struct ingest_stats	*stats;
	struct trips_changes	*changes;
	sqlite3_stmt		*by_guid;
	sqlite3_stmt		*by_url;
	sqlite3_stmt		*by_hash;
	sqlite3_stmt		*by_bare;	/* no link, no text */
	sqlite3_stmt		*ins_article;
	sqlite3_stmt		*ins_link;
	sqlite3_stmt		*ins_extraction;
};

/* Is the query parameter p (up to '&' or the end) a utm_* one? */
static int
ingest_utm_param(const char *p)
{
	return strncasecmp(p, "utm_", 4) == 0;
}

char *
ingest_canonical_url(const char *link)
{
	CURLU		*u;
	char		*s, *e, *host = NULL, *query = NULL, *out = NULL;
	char		*p, *next;
	struct buf	 q = { 0 };
	size_t		 i;

	if (link == NULL)
		return NULL;
	while (isspace((unsigned char)*link))
		link++;
	s = xstrdup(link);
	for (e = s + strlen(s); e > s && isspace((unsigned char)e[-1]); e--)
		e[-1] = '\0';
	if (*s == '\0') {
		free(s);
		return NULL;
	}
	if ((u = curl_url()) == NULL)
		return s;
	if (curl_url_set(u, CURLUPART_URL, s, CURLU_NON_SUPPORT_SCHEME |
	    CURLU_ALLOW_SPACE) != CURLUE_OK)
		goto out;
	if (curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) {
		for (i = 0; host[i] != '\0'; i++)
			host[i] = (char)tolower((unsigned char)host[i]);
		curl_url_set(u, CURLUPART_HOST, host, 0);
	}
	curl_url_set(u, CURLUPART_FRAGMENT, NULL, 0);
	if (curl_url_get(u, CURLUPART_QUERY, &query, 0) == CURLUE_OK) {
		for (p = query; p != NULL; p = next) {
			if ((next = strchr(p, '&')) != NULL)
				*next++ = '\0';
			if (*p == '\0' || ingest_utm_param(p))
				continue;
			if (q.len > 0)
				buf_addc(&q, '&');
			buf_adds(&q, p);
		}
		curl_url_set(u, CURLUPART_QUERY, q.len > 0 ? q.data : NULL, 0);
	}
	if (curl_url_get(u, CURLUPART_URL, &out, CURLU_NO_DEFAULT_PORT) ==
	    CURLUE_OK) {
		free(s);
		s = xstrdup(out);
	}
out:
	curl_free(out);
	curl_free(host);
	curl_free(query);
	buf_free(&q);
	curl_url_cleanup(u);
	return s;
}

/* Binds a text that may be NULL. */
static void
ingest_bind_text(sqlite3_stmt *st, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

/* Runs a lookup returning one id; 0 if no row, -1 on error. */
static int64_t
ingest_lookup(sqlite3_stmt *st)
{
	int64_t	id = 0;
	int	rc;

	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(st, 0);
	else if (rc != SQLITE_DONE)
		id = -1;
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return id;
}

/* Steps a statement that returns no rows; 0 or -EIO. */
static int
ingest_step(sqlite3_stmt *st)
{
	int	rc;

	rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -EIO;
}

static int64_t
ingest_micros(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/*
 * Runs the extractor over a new article and stores its legs and its
 * extractions row.  0 or -EIO with *cause.
 */
static int
ingest_extract(struct ingest_ctx *c, int64_t aid, const struct feed_item *it,
    const char *text, char **cause)
{
	struct extract_input	 in;
	struct leg_list		 legs;
	char			 idbuf[32], date[11];
	int64_t			 t0, micros;
	int			 n;

	memset(&legs, 0, sizeof legs);
	snprintf(idbuf, sizeof idbuf, "%lld", (long long)aid);
	when_date_of(it->published, date);
	in.id = idbuf;
	in.title = it->title;
	in.text = text;
	in.published = date;
	t0 = ingest_micros();
	if (extract_run(c->kb, &in, &legs) != 0)
		extract_legs_free(&legs);	/* bad input: nothing found */
	micros = ingest_micros() - t0;
	/* trips.c appends the ids it touches to c->changes. */
	n = trips_store_article(c->store, aid, &legs, c->changes, cause);
	extract_legs_free(&legs);
	if (n < 0)
		return n;
	c->stats->legs += n;
	sqlite3_bind_int64(c->ins_extraction, 1, aid);
	sqlite3_bind_text(c->ins_extraction, 2, kb_version(c->kb), -1,
	    SQLITE_STATIC);
	sqlite3_bind_int(c->ins_extraction, 3, n);
	sqlite3_bind_int64(c->ins_extraction, 4, micros);
	sqlite3_bind_int64(c->ins_extraction, 5, (int64_t)c->now);
	if (ingest_step(c->ins_extraction) != 0) {
		*cause = store_errmsg(c->store, "storing the extraction");
		return -EIO;
	}
	return 0;
}

/* One item.  0 or a negative errno with *cause. */
static int
ingest_item(struct ingest_ctx *c, const struct feed_item *it, char **cause)
{
	const char	*body;
	char		*text = NULL, *canon = NULL, *key = NULL, hash[17];
	int64_t		 aid;
	int		 r = -EIO, isnew = 0;

	body = feed_item_body(it);
	if ((r = text_from_html(body, strlen(body), &text)) != 0) {
		*cause = xasprintf("converting item text: %s", strerror(-r));
		return r;
	}
	r = -EIO;
	snprintf(hash, sizeof hash, "%016llx",
	    (unsigned long long)text_hash64(it->title, text));
	canon = ingest_canonical_url(it->link);
	if (it->guid != NULL && *it->guid != '\0')
		key = xstrdup(it->guid);
	else if (it->link != NULL && *it->link != '\0')
		key = xstrdup(it->link);
	else
		key = xasprintf("hash:%s", hash);

	/* Known to this feed? */
	sqlite3_bind_int64(c->by_guid, 1, c->feed_id);
	sqlite3_bind_text(c->by_guid, 2, key, -1, SQLITE_STATIC);
	if ((aid = ingest_lookup(c->by_guid)) < 0)
		goto sqlerr;
	if (aid > 0) {
		c->stats->known_articles++;
		r = 0;
		goto out;
	}
	/* Stored through another feed or under another guid? */
	if (canon != NULL) {
		sqlite3_bind_text(c->by_url, 1, canon, -1, SQLITE_STATIC);
		if ((aid = ingest_lookup(c->by_url)) < 0)
			goto sqlerr;
	}
	if (aid == 0 && *text != '\0') {
		sqlite3_bind_text(c->by_hash, 1, hash, -1, SQLITE_STATIC);
		if ((aid = ingest_lookup(c->by_hash)) < 0)
			goto sqlerr;
	} else if (aid == 0 && canon == NULL) {
		sqlite3_bind_text(c->by_bare, 1, hash, -1, SQLITE_STATIC);
		sqlite3_bind_int64(c->by_bare, 2, (int64_t)it->published);
		sqlite3_bind_int(c->by_bare, 3, it->published_estimated);
		if ((aid = ingest_lookup(c->by_bare)) < 0)
			goto sqlerr;
	}
	if (aid > 0)
		c->stats->known_articles++;
	else {
		ingest_bind_text(c->ins_article, 1, it->link);
		ingest_bind_text(c->ins_article, 2, canon);
		sqlite3_bind_text(c->ins_article, 3, it->title != NULL ?
		    it->title : "", -1, SQLITE_STATIC);
		ingest_bind_text(c->ins_article, 4, it->author);
		ingest_bind_text(c->ins_article, 5, it->summary);
		sqlite3_bind_int64(c->ins_article, 6, (int64_t)it->published);
		sqlite3_bind_int(c->ins_article, 7, it->published_estimated);
		sqlite3_bind_int64(c->ins_article, 8, (int64_t)c->now);
		sqlite3_bind_text(c->ins_article, 9, text, -1, SQLITE_STATIC);
		sqlite3_bind_text(c->ins_article, 10, hash, -1, SQLITE_STATIC);
		if (ingest_step(c->ins_article) != 0)
			goto sqlerr;
		aid = sqlite3_last_insert_rowid(store_db(c->store));
		c->stats->new_articles++;
		isnew = 1;
	}
	sqlite3_bind_int64(c->ins_link, 1, c->feed_id);
	sqlite3_bind_text(c->ins_link, 2, key, -1, SQLITE_STATIC);
	sqlite3_bind_int64(c->ins_link, 3, aid);
	sqlite3_bind_int64(c->ins_link, 4, (int64_t)c->now);
	if (ingest_step(c->ins_link) != 0)
		goto sqlerr;
	if (isnew && (r = ingest_extract(c, aid, it, text, cause)) != 0)
		goto out;
	r = 0;
	goto out;
sqlerr:
	*cause = store_errmsg(c->store, "storing an item");
	r = -EIO;
out:
	free(text);
	free(canon);
	free(key);
	return r;
}

static int
ingest_write_state(struct store *s, int64_t feed_id,
    const struct ingest_feed_state *fs, char **cause)
{
	sqlite3_stmt	*st;
	int		 r;

	st = store_prepare(s, "UPDATE feeds SET"
	    " last_fetch = ?1, fetch_count = fetch_count + 1,"
	    " last_status = ?2, last_error = ?3,"
	    " error_count = CASE WHEN ?3 IS NULL THEN 0 ELSE ?4 END,"
	    " last_success = CASE WHEN ?3 IS NULL THEN ?1"
	    "  ELSE last_success END,"
	    " next_due = ?5,"
	    " etag = CASE WHEN ?6 THEN ?7 ELSE etag END,"
	    " last_modified = CASE WHEN ?6 THEN ?8 ELSE last_modified END,"
	    " url = COALESCE(?9, url),"
	    " disabled_reason = COALESCE(?10, disabled_reason),"
	    " enabled = CASE WHEN ?10 IS NULL THEN enabled ELSE 0 END"
	    " WHERE id = ?11");
	sqlite3_bind_int64(st, 1, (int64_t)fs->fetched);
	if (fs->status > 0)
		sqlite3_bind_int(st, 2, fs->status);
	ingest_bind_text(st, 3, fs->error);
	sqlite3_bind_int(st, 4, fs->error_count);
	sqlite3_bind_int64(st, 5, (int64_t)fs->next_due);
	sqlite3_bind_int(st, 6, fs->set_validators);
	ingest_bind_text(st, 7, fs->etag);
	ingest_bind_text(st, 8, fs->last_modified);
	ingest_bind_text(st, 9, fs->new_url);
	ingest_bind_text(st, 10, fs->disabled_reason);
	sqlite3_bind_int64(st, 11, feed_id);
	r = sqlite3_step(st) == SQLITE_DONE ? 0 : -EIO;
	if (r != 0)
		*cause = store_errmsg(s, "saving the feed's state");
	sqlite3_finalize(st);
	return r;
}

/*
 * The work of ingest_doc and ingest_part: items from *pos on, in one
 * transaction, until the last item or until progress asks to stop.
 */
static int
ingest_run(struct store *s, const struct kb *kb, int64_t feed_id,
    const struct feed_doc *doc, size_t *pos, time_t now,
    const struct ingest_feed_state *fs, struct ingest_stats *stats,
    struct trips_changes *changes, ingest_progress_fn progress, void *arg,
    char **cause)
{
	struct ingest_ctx	 c;
	struct ingest_stats	 st;
	char			*err = NULL;
	size_t			 i = *pos;
	int			 r, go = INGEST_GO;

	memset(&st, 0, sizeof st);
	memset(&c, 0, sizeof c);
	c.store = s;
	c.kb = kb;
	c.feed_id = feed_id;
	c.now = now;
	c.stats = &st;
	c.changes = changes;
	if ((r = store_begin(s, &err)) != 0)
		goto out;
	c.by_guid = store_prepare(s, "SELECT article_id FROM feed_articles"
	    " WHERE feed_id = ?1 AND guid = ?2");
	c.by_url = store_prepare(s, "SELECT id FROM articles"
	    " WHERE canonical_url = ?1");
	c.by_hash = store_prepare(s, "SELECT id FROM articles"
	    " WHERE content_hash = ?1 ORDER BY id LIMIT 1");
	c.by_bare = store_prepare(s, "SELECT id FROM articles"
	    " WHERE content_hash = ?1 AND canonical_url IS NULL"
	    " AND text = '' AND (published = ?2 OR ?3 OR"
	    " published_estimated) ORDER BY id LIMIT 1");
	c.ins_article = store_prepare(s, "INSERT INTO articles (url,"
	    " canonical_url, title, author, summary, published,"
	    " published_estimated, fetched, text, content_hash)"
	    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
	c.ins_link = store_prepare(s, "INSERT INTO feed_articles (feed_id,"
	    " guid, article_id, first_seen) VALUES (?1, ?2, ?3, ?4)");
	c.ins_extraction = store_prepare(s, "INSERT OR REPLACE INTO"
	    " extractions (article_id, kb_version, leg_count, micros, done)"
	    " VALUES (?1, ?2, ?3, ?4, ?5)");
	for (i = *pos; i < doc->nitems && go == INGEST_GO; i++) {
		st.items++;
		if ((r = ingest_item(&c, &doc->items[i], &err)) != 0)
			goto out;
		if (progress != NULL &&
		    (go = progress(arg, i + 1)) == INGEST_CANCEL) {
			err = xstrdup("cancelled");
			r = -ECANCELED;
			goto out;
		}
	}
	if (i == doc->nitems && fs != NULL &&
	    (r = ingest_write_state(s, feed_id, fs, &err)) != 0)
		goto out;
	r = store_commit(s, &err);
out:
	sqlite3_finalize(c.by_guid);
	sqlite3_finalize(c.by_url);
	sqlite3_finalize(c.by_hash);
	sqlite3_finalize(c.by_bare);
	sqlite3_finalize(c.ins_article);
	sqlite3_finalize(c.ins_link);
	sqlite3_finalize(c.ins_extraction);
	if (r != 0) {
		store_rollback(s);
		*cause = err != NULL ? err : xstrdup("ingest failed");
		return r;
	}
	*pos = i;
	if (stats != NULL) {
		stats->items += st.items;
		stats->new_articles += st.new_articles;
		stats->known_articles += st.known_articles;
		stats->legs += st.legs;
	}
	return 0;
}

int
ingest_doc(struct store *s, const struct kb *kb, int64_t feed_id,
    const struct feed_doc *doc, time_t now,
    const struct ingest_feed_state *fs, struct ingest_stats *stats,
    struct trips_changes *changes, char **cause)
{
	size_t	pos = 0;

	return ingest_run(s, kb, feed_id, doc, &pos, now, fs, stats, changes,
	    NULL, NULL, cause);
}

int
ingest_part(struct store *s, const struct kb *kb, int64_t feed_id,
    const struct feed_doc *doc, size_t *pos, time_t now,
    const struct ingest_feed_state *fs, struct ingest_stats *stats,
    struct trips_changes *changes, ingest_progress_fn progress, void *arg,
    char **cause)
{
	return ingest_run(s, kb, feed_id, doc, pos, now, fs, stats, changes,
	    progress, arg, cause);
}

int
ingest_save_state(struct store *s, int64_t feed_id,
    const struct ingest_feed_state *fs, char **cause)
{
	char	*err = NULL;
	int	 r;

	if ((r = store_begin(s, &err)) == 0 &&
	    (r = ingest_write_state(s, feed_id, fs, &err)) == 0 &&
	    (r = store_commit(s, &err)) == 0)
		return 0;
	store_rollback(s);
	*cause = err;
	return r;
}

/* The id of the "import" feed, created on first use; 0 or -errno. */
static int
ingest_import_feed(struct store *s, int64_t *id, char **cause)
{
	return ingest_feed_id(s, NULL, id, cause);
}

int
ingest_feed_id(struct store *s, const char *name, int64_t *id, char **cause)
{
	sqlite3_stmt	*st;
	const char	*origin;
	int		 r = -EIO;

	if (name == NULL) {
		st = store_prepare(s, "INSERT INTO feeds (name, url, origin,"
		    " enabled) VALUES (?1, 'import:', 'import', 0)"
		    " ON CONFLICT(name) DO NOTHING");
		sqlite3_bind_text(st, 1, INGEST_IMPORT_FEED, -1,
		    SQLITE_STATIC);
		if (sqlite3_step(st) != SQLITE_DONE) {
			*cause = store_errmsg(s, "creating the import feed");
			sqlite3_finalize(st);
			return -EIO;
		}
		sqlite3_finalize(st);
	}
	st = store_prepare(s, "SELECT id, origin FROM feeds WHERE name = ?1");
	sqlite3_bind_text(st, 1, name != NULL ? name : INGEST_IMPORT_FEED, -1,
	    SQLITE_STATIC);
	if ((r = sqlite3_step(st)) != SQLITE_ROW) {
		if (r == SQLITE_DONE && name != NULL) {
			*cause = xasprintf("no feed named '%s'", name);
			r = -ENOENT;
		} else {
			*cause = store_errmsg(s, "finding the import feed");
			r = -EIO;
		}
		goto out;
	}
	r = -EIO;
	origin = (const char *)sqlite3_column_text(st, 1);
	if (name == NULL && (origin == NULL || strcmp(origin, "import") != 0)) {
		*cause = xasprintf("a feed named '%s' exists and is not the "
		    "import feed; rename it, or name a feed with ?feed=",
		    INGEST_IMPORT_FEED);
		r = -EEXIST;
		goto out;
	}
	*id = sqlite3_column_int64(st, 0);
	r = 0;
out:
	sqlite3_finalize(st);
	return r;
}

/* How ingest_import_file reports progress (may be unset). */
struct ingest_import_cb {
	ingest_file_progress_fn	 fn;
	void			*arg;
	const char		*path;
	size_t			 total;
};

static int
ingest_import_progress(void *arg, size_t next)
{
	struct ingest_import_cb	*cb = arg;

	cb->fn(cb->arg, cb->path, next, cb->total);
	return INGEST_GO;
}

static int
ingest_import_file(struct store *s, const struct kb *kb, int64_t feed_id,
    const char *path, struct ingest_stats *stats,
    struct ingest_import_cb *cb, char **cause)
{
	struct feed_doc	*doc;
	char		*err = NULL;
	time_t		 now = util_now();
	size_t		 pos = 0;
	int		 r;

	if ((r = feed_parse_file(path, now, &doc, &err)) != 0) {
		*cause = xasprintf("%s: %s", path, err != NULL ? err :
		    "cannot parse");
		free(err);
		return r;
	}
	if (cb->fn != NULL) {
		cb->path = path;
		cb->total = doc->nitems;
		cb->fn(cb->arg, path, 0, doc->nitems);
	}
	r = ingest_run(s, kb, feed_id, doc, &pos, now, NULL, stats, NULL,
	    cb->fn != NULL ? ingest_import_progress : NULL, cb, &err);
	feed_doc_free(doc);
	if (r != 0) {
		*cause = xasprintf("%s: %s", path, err);
		free(err);
	}
	return r;
}

static int
ingest_import_dir(struct store *s, const struct kb *kb, int64_t feed_id,
    const char *dir, struct ingest_stats *stats, struct ingest_import_cb *cb,
    char **cause)
{
	struct dirent	**names;
	struct stat	  sb;
	char		 *path, *err = NULL, *first = NULL;
	int		  n, i, r, failed = 0, firstr = 0;

	if ((n = scandir(dir, &names, NULL, alphasort)) < 0) {
		r = -errno;
		*cause = xasprintf("%s: %s", dir, strerror(-r));
		return r;
	}
	for (i = 0; i < n; i++) {
		if (names[i]->d_name[0] == '.') {
			free(names[i]);
			continue;
		}
		path = xasprintf("%s/%s", dir, names[i]->d_name);
		free(names[i]);
		if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) {
			free(path);
			continue;
		}
		if ((r = ingest_import_file(s, kb, feed_id, path, stats, cb,
		    &err)) != 0) {
			if (failed++ == 0) {
				first = err;
				firstr = r;
			} else
				free(err);
			err = NULL;
		}
		free(path);
	}
	free(names);
	if (failed > 0) {
		*cause = failed == 1 ? first : xasprintf("%s (and %d more "
		    "files failed)", first, failed - 1);
		if (failed > 1)
			free(first);
		return firstr;
	}
	return 0;
}

int
ingest_import_path(struct store *s, const struct kb *kb, const char *path,
    struct ingest_stats *stats, char **cause)
{
	return ingest_import_path_progress(s, kb, path, stats, NULL, NULL,
	    cause);
}

int
ingest_import_path_progress(struct store *s, const struct kb *kb,
    const char *path, struct ingest_stats *stats,
    ingest_file_progress_fn progress, void *arg, char **cause)
{
	struct ingest_import_cb	 cb = { progress, arg, NULL, 0 };
	struct stat		 sb;
	int64_t			 feed_id;
	int			 r;

	if (stat(path, &sb) != 0) {
		r = -errno;
		*cause = xasprintf("%s: %s", path, strerror(-r));
		return r;
	}
	if ((r = ingest_import_feed(s, &feed_id, cause)) != 0)
		return r;
	if (S_ISDIR(sb.st_mode))
		return ingest_import_dir(s, kb, feed_id, path, stats, &cb,
		    cause);
	return ingest_import_file(s, kb, feed_id, path, stats, &cb, cause);
}

int
ingest_remove_feed(struct store *s, const char *name, int *kept,
    char **cause)
{
	sqlite3_stmt	*st = NULL;
	const char	*origin;
	char		*err = NULL;
	int64_t		 id, import_id;
	int		 r = -EIO, n = 0;

	if ((r = store_begin(s, &err)) != 0)
		goto fail;
	r = -EIO;
	st = store_prepare(s, "SELECT id, origin FROM feeds WHERE name = ?1");
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW) {
		err = xasprintf("no feed named '%s'", name);
		r = -ENOENT;
		goto fail;
	}
	id = sqlite3_column_int64(st, 0);
	origin = (const char *)sqlite3_column_text(st, 1);
	if (origin != NULL && strcmp(origin, "config") == 0) {
		err = xasprintf("feed '%s' comes from the config file: remove "
		    "its [feed] section there, or pause it", name);
		r = -EPERM;
		goto fail;
	}
	if (origin != NULL && strcmp(origin, "import") == 0) {
		err = xasprintf("feed '%s' holds imported articles and those "
		    "of removed feeds; it cannot be removed", name);
		r = -EPERM;
		goto fail;
	}
	sqlite3_finalize(st);
	st = NULL;
	if ((r = ingest_import_feed(s, &import_id, &err)) != 0)
		goto fail;
	r = -EIO;
	/* Keyed by "feed:guid": the old feed's name stays as provenance. */
	st = store_prepare(s, "INSERT INTO feed_articles (feed_id, guid,"
	    " article_id, first_seen) SELECT ?2, ?3 || ':' || fa.guid,"
	    " fa.article_id, fa.first_seen FROM feed_articles fa"
	    " WHERE fa.feed_id = ?1 AND NOT EXISTS (SELECT 1 FROM"
	    " feed_articles o WHERE o.article_id = fa.article_id AND"
	    " o.feed_id <> ?1) ON CONFLICT DO NOTHING");
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, import_id);
	sqlite3_bind_text(st, 3, name, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_DONE) {
		err = store_errmsg(s, "keeping the feed's articles");
		goto fail;
	}
	n = sqlite3_changes(store_db(s));
	sqlite3_finalize(st);
	st = store_prepare(s, "DELETE FROM feeds WHERE id = ?1");
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_DONE) {
		err = store_errmsg(s, "removing the feed");
		goto fail;
	}
	sqlite3_finalize(st);
	st = NULL;
	if ((r = store_commit(s, &err)) != 0)
		goto fail;
	if (kept != NULL)
		*kept = n;
	return 0;
fail:
	sqlite3_finalize(st);
	store_rollback(s);
	*cause = err != NULL ? err : xstrdup("removing the feed failed");
	return r;
}
