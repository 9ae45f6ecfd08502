/*
 * store: the SQLite database.  Opens it (WAL, busy_timeout, foreign
 * keys), holds an exclusive lock on the file itself (its inode, whatever
 * name it is opened by) so a second daemon on the same database is
 * refused, notices when the file is deleted or replaced under it, applies
 * the embedded schema migrations, and offers the transaction helpers the
 * other modules use.  What is stored is decided by
 * ingest.c, trips.c and query.c; this module only owns the connection.
 */
#ifndef ITINERD_STORE_H
#define ITINERD_STORE_H

#include <sqlite3.h>

struct config;
struct store;

enum store_flags {
	STORE_LOCK = 0x1,	/* take the daemon's exclusive lock */
	STORE_READONLY = 0x2,	/* no migrations, no writes */
};

/*
 * Opens (creating if needed) the database at path and brings its schema
 * up to date.  Returns 0 and sets *out (store_free), or a negative errno
 * with *cause set (caller frees): -EBUSY when another process holds the
 * lock, -EPROTO when the database's schema is newer than this binary (the
 * file is then left untouched), -EIO for SQLite errors.
 */
int	 store_open(const char *path, int flags, struct store **out,
	    char **cause);
void	 store_free(struct store *);
sqlite3	*store_db(struct store *);
const char *store_path(struct store *);

/* Schema version of the open database, and the newest this binary has. */
int	 store_version(struct store *);
int	 store_latest_version(void);

/*
 * Is the file at the store's path still the one opened (same device and
 * inode)?  0 if so (or unknown, e.g. SQLite's own temporary names);
 * -ESTALE once it was deleted or replaced, with *reason (may be NULL) set
 * to a sentence for people, owned by the store.  Sticky: once stale, the
 * store stays so.  Cheap (one stat).
 */
int	 store_check(struct store *, const char **reason);

/*
 * Transactions.  store_begin starts an IMMEDIATE transaction, or refuses
 * (-EIO, the reason in *cause) when store_check finds the file gone, so
 * nothing is written to a deleted database.  Each returns 0 or -EIO with
 * *cause set when cause is not NULL.
 */
int	 store_begin(struct store *, char **cause);
int	 store_commit(struct store *, char **cause);
void	 store_rollback(struct store *);
/* Runs SQL with no parameters and no rows; 0 or -EIO with *cause. */
int	 store_exec(struct store *, const char *sql, char **cause);
/* Prepares sql; aborts on failure (the SQL is ours, so a bug). */
sqlite3_stmt *store_prepare(struct store *, const char *sql);
/*
 * The same, but the statement is kept by the store (one per SQL text,
 * so for SQL fixed in the program, not built at run time) and returned
 * again, reset and with its bindings cleared, by the next call with the
 * same text; store_free finalises it.  The caller must not finalise it,
 * and resets it when done so that it holds no read snapshot; nothing may
 * use the same text while it is being stepped.
 */
sqlite3_stmt *store_prepare_cached(struct store *, const char *sql);
/* An allocated "what: sqlite message" for the connection's last error. */
char	*store_errmsg(struct store *, const char *what);

/*
 * Brings the feeds table in line with the config's [feed] sections: adds
 * new ones, updates url, interval, tags and enabled of existing ones
 * (keeping their fetch state), and disables config feeds no longer in
 * the config (their articles stay).  Feeds added through the API are left
 * alone.  0 or -EIO with *cause.
 */
int	 store_sync_feeds(struct store *, const struct config *,
	    char **cause);

/*
 * Mirrors the built-in knowledge tables (embed.h kb_files) into the
 * kb_* tables, in one transaction, unless the database already holds
 * this version.  Returns 1 when it loaded, 0 when already current, or
 * -EIO/-EINVAL with *cause (a table whose columns do not match its file).
 */
int	 store_load_knowledge(struct store *, const char *version,
	    char **cause);

#endif
