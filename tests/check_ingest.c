/*
 * check_ingest: ingest.c on a temporary database.  Canonical links; the
 * dedupe rules (guid within a feed, canonical link across feeds, hash of
 * title and text) as a table of successive documents; what a new article
 * stores (text from content else summary, estimated dates, an extractions
 * row); the fetch state; atomicity, by injecting a failure half-way
 * through a document and by killing a process in the middle of its
 * transaction; and importing files and directories.
 */
#include <check.h>
#include <errno.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "feed.h"
#include "ingest.h"
#include "kb.h"
#include "store.h"
#include "testutil.h"
#include "trips.h"
#include "xmalloc.h"

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])
#define NOW		((time_t)1790000000)

static char		*tmp, *dbpath;
static struct store	*store;
static const struct kb	*kb;

static int64_t
add_feed(const char *name)
{
	sqlite3_stmt	*st;
	int64_t		 id;

	st = store_prepare(store, "INSERT INTO feeds (name, url) VALUES"
	    " (?1, 'http://127.0.0.1/' || ?1) RETURNING id");
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return id;
}

static void
setup(void)
{
	char	*cause = NULL;

	tmp = tu_tmpdir();
	dbpath = xasprintf("%s/db.sqlite", tmp);
	ck_assert_int_eq(store_open(dbpath, 0, &store, &cause), 0);
	kb = tu_kb();
	add_feed("a");
	add_feed("b");
}

static void
teardown(void)
{
	store_free(store);
	tu_rmtree(tmp);
	free(tmp);
	free(dbpath);
}

/* One integer from a query with no parameters. */
static long long
q_int(const char *sql)
{
	sqlite3_stmt	*st;
	long long	 v;

	st = store_prepare(store, sql);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* One string (copied, NULL for NULL) from a query. */
static char *
q_str(const char *sql)
{
	sqlite3_stmt		*st;
	const unsigned char	*s;
	char			*v;

	st = store_prepare(store, sql);
	ck_assert_int_eq(sqlite3_step(st), SQLITE_ROW);
	s = sqlite3_column_text(st, 0);
	v = s != NULL ? xstrdup((const char *)s) : NULL;
	sqlite3_finalize(st);
	return v;
}

static const struct {
	const char	*in;
	const char	*out;
} canon_rows[] = {
	{ "HTTP://Example.COM:80/a/b?utm_source=x&id=3#frag",
	    "http://example.com/a/b?id=3" },
	{ "https://example.com:443/x", "https://example.com/x" },
	{ "https://example.com:8443/x", "https://example.com:8443/x" },
	{ "http://example.com/x?utm_medium=rss&utm_campaign=y",
	    "http://example.com/x" },
	{ "http://example.com/x?a=1&UTM_Source=z&b=2",
	    "http://example.com/x?a=1&b=2" },
	{ "  http://example.com/x#section-2  ", "http://example.com/x" },
	{ "http://example.com/Case/Kept?Q=Kept", "http://example.com/Case/"
	    "Kept?Q=Kept" },
	{ "https://news.example/story?utmost=1", "https://news.example/"
	    "story?utmost=1" },
	{ "not a url", "not a url" },
	{ "", NULL },
	{ "   ", NULL },
	{ NULL, NULL },
};

START_TEST(canonical_urls)
{
	char	*c;
	size_t	 i;

	for (i = 0; i < NELEM(canon_rows); i++) {
		c = ingest_canonical_url(canon_rows[i].in);
		if (canon_rows[i].out == NULL)
			ck_assert_msg(c == NULL, "%s -> %s", canon_rows[i].in,
			    c);
		else
			ck_assert_msg(c != NULL && strcmp(c,
			    canon_rows[i].out) == 0, "'%s' -> '%s', want '%s'",
			    canon_rows[i].in, c ? c : "(null)",
			    canon_rows[i].out);
		free(c);
	}
}
END_TEST

/* Items as a test writes them. */
struct titem {
	const char	*guid;
	const char	*link;
	const char	*title;
	const char	*summary;
	const char	*content;
};

#define MAXI	4

static const struct {
	const char	*feed;
	struct titem	 items[MAXI];
	int		 nitems;
	int		 new_articles;
	int		 known;
	const char	*why;
} dedupe_rows[] = {
	{ "a", { { "g1", "http://news.example/1", "One", "First story.", NULL },
	    { "g2", "http://news.example/2", "Two", "Second story.", NULL } },
	    2, 2, 0, "fresh items" },
	{ "a", { { "g1", "http://news.example/1", "One", "First story.", NULL },
	    { "g2", "http://news.example/2", "Two", "Second story.", NULL } },
	    2, 0, 2, "the same document again" },
	{ "a", { { "g1", "http://news.example/1-edited", "One (edited)",
	    "Edited.", NULL } }, 1, 0, 1, "same guid in the same feed, "
	    "edited: the first version stays" },
	{ "b", { { "x1", "HTTP://NEWS.EXAMPLE:80/1?utm_source=b#c", "One",
	    "First story, as feed b words it.", NULL } }, 1, 0, 1,
	    "another feed, same canonical link" },
	{ "b", { { NULL, NULL, "Two", "Second story.", NULL } }, 1, 0, 1,
	    "no guid, no link, same title and text" },
	{ "b", { { "g1", "http://other.example/g1", "Other", "Other story.",
	    NULL } }, 1, 1, 0, "guid g1 of feed a is not g1 of feed b" },
	{ "a", { { NULL, "http://news.example/3", "Three", "Third.", NULL } },
	    1, 1, 0, "no guid: keyed by link" },
	{ "a", { { NULL, "http://news.example/3", "Three", "Third.", NULL } },
	    1, 0, 1, "no guid: the link finds it again" },
	{ "a", { { "brief-1", "http://news.example/b1", "Daily briefing", "",
	    NULL }, { "brief-2", "http://news.example/b2", "Daily briefing",
	    "", NULL } }, 2, 2, 0, "title only: no hash dedupe" },
	{ "a", { { "twice", "http://news.example/t", "Twice", "Twice.", NULL },
	    { "twice", "http://news.example/t", "Twice", "Twice.", NULL } },
	    2, 1, 1, "one guid twice in one document" },
	{ "b", { { "y1", "http://mirror.example/2-copy", "Two",
	    "<p>Second story.</p>", NULL } }, 1, 0, 1,
	    "another link, same title and text (after HTML to text)" },
};

/* Builds a feed_doc from test items; free with feed_doc_free. */
static struct feed_doc *
make_doc(const struct titem *items, int n)
{
	struct feed_doc	*d;
	int		 i;

	d = xcalloc(1, sizeof *d);
	d->kind = FEED_KIND_RSS;
	d->title = xstrdup("test");
	d->items = xcalloc((size_t)n, sizeof *d->items);
	d->nitems = (size_t)n;
	for (i = 0; i < n; i++) {
		struct feed_item	*it = &d->items[i];

		it->guid = items[i].guid ? xstrdup(items[i].guid) : NULL;
		it->link = items[i].link ? xstrdup(items[i].link) : NULL;
		it->title = xstrdup(items[i].title ? items[i].title : "");
		it->summary = items[i].summary ? xstrdup(items[i].summary) :
		    NULL;
		it->content = items[i].content ? xstrdup(items[i].content) :
		    NULL;
		it->published = NOW - 3600 * i;
	}
	return d;
}

static int64_t
feed_id(const char *name)
{
	return strcmp(name, "a") == 0 ? 1 : 2;
}

START_TEST(dedupe_table)
{
	struct feed_doc		*d;
	struct ingest_stats	 st;
	char			*cause = NULL;
	size_t			 i;
	int			 total = 0;

	for (i = 0; i < NELEM(dedupe_rows); i++) {
		memset(&st, 0, sizeof st);
		d = make_doc(dedupe_rows[i].items, dedupe_rows[i].nitems);
		ck_assert_msg(ingest_doc(store, kb,
		    feed_id(dedupe_rows[i].feed), d, NOW, NULL, &st, NULL,
		    &cause) == 0, "%s: %s",
		    dedupe_rows[i].why, cause);
		feed_doc_free(d);
		ck_assert_int_eq(st.items, dedupe_rows[i].nitems);
		ck_assert_msg(st.new_articles == dedupe_rows[i].new_articles &&
		    st.known_articles == dedupe_rows[i].known,
		    "%s: %d new, %d known", dedupe_rows[i].why,
		    st.new_articles, st.known_articles);
		total += st.new_articles;
		ck_assert_int_eq(q_int("SELECT count(*) FROM articles"), total);
	}
	/* Story one: one article, linked to feed a (g1) and feed b (x1). */
	ck_assert_int_eq(q_int("SELECT count(*) FROM feed_articles fa JOIN"
	    " articles a ON a.id = fa.article_id WHERE a.canonical_url ="
	    " 'http://news.example/1'"), 2);
	ck_assert_int_eq(q_int("SELECT count(DISTINCT feed_id) FROM"
	    " feed_articles fa JOIN articles a ON a.id = fa.article_id"
	    " WHERE a.title = 'Two'"), 2);
	ck_assert_int_eq(q_int("SELECT count(*) FROM articles WHERE title"
	    " = 'One (edited)'"), 0);
	/* Every new article went through the extractor once. */
	ck_assert_int_eq(q_int("SELECT count(*) FROM extractions"), total);
	ck_assert_int_eq(q_int("SELECT count(*) FROM articles a WHERE NOT"
	    " EXISTS (SELECT 1 FROM extractions e WHERE e.article_id ="
	    " a.id)"), 0);
	/* The FTS index follows. */
	ck_assert_int_eq(q_int("SELECT count(*) FROM articles_fts WHERE"
	    " articles_fts MATCH 'briefing'"), 2);
}
END_TEST

/* Text from content, else summary; dates; the fetch state. */
START_TEST(article_fields_and_state)
{
	static const struct titem items[] = {
		{ "c1", "http://news.example/c1", "Content wins",
		    "<p>short summary</p>", "<p>Para one</p><script>x()"
		    "</script><p>Para &amp; two</p>" },
		{ "c2", "http://news.example/c2", "Summary only",
		    "Plain <b>summary</b> text", NULL },
	};
	struct feed_doc			*d;
	struct ingest_stats		 st;
	struct ingest_feed_state	 fs;
	char				*cause = NULL, *s;

	d = make_doc(items, 2);
	d->items[1].published = NOW;
	d->items[1].published_estimated = 1;
	memset(&fs, 0, sizeof fs);
	fs.fetched = NOW;
	fs.status = 200;
	fs.next_due = NOW + 900;
	fs.set_validators = 1;
	fs.etag = "\"abc\"";
	fs.last_modified = "Mon, 02 Nov 2026 10:00:00 GMT";
	fs.new_url = "http://127.0.0.1/moved";
	memset(&st, 0, sizeof st);
	ck_assert_int_eq(ingest_doc(store, kb, 1, d, NOW, &fs, &st, NULL,
	    &cause), 0);
	feed_doc_free(d);
	s = q_str("SELECT text FROM articles WHERE title = 'Content wins'");
	ck_assert_str_eq(s, "Para one\n\nPara & two");
	free(s);
	s = q_str("SELECT text FROM articles WHERE title = 'Summary only'");
	ck_assert_str_eq(s, "Plain summary text");
	free(s);
	ck_assert_int_eq(q_int("SELECT published_estimated FROM articles"
	    " WHERE title = 'Summary only'"), 1);
	ck_assert_int_eq(q_int("SELECT published_estimated FROM articles"
	    " WHERE title = 'Content wins'"), 0);
	ck_assert_int_eq(q_int("SELECT fetched FROM articles LIMIT 1"), NOW);
	ck_assert_int_eq(q_int("SELECT length(content_hash) FROM articles"
	    " LIMIT 1"), 16);
	s = q_str("SELECT etag || '|' || last_modified || '|' || url || '|'"
	    " || last_status || '|' || next_due || '|' || fetch_count"
	    " || '|' || last_success FROM feeds WHERE id = 1");
	ck_assert_str_eq(s, "\"abc\"|Mon, 02 Nov 2026 10:00:00 GMT|"
	    "http://127.0.0.1/moved|200|1790000900|1|1790000000");
	free(s);

	/* An error keeps the validators and counts; a 304 resets. */
	memset(&fs, 0, sizeof fs);
	fs.fetched = NOW + 900;
	fs.status = 503;
	fs.error = "HTTP 503 Service Unavailable";
	fs.error_count = 1;
	fs.next_due = NOW + 1800;
	ck_assert_int_eq(ingest_save_state(store, 1, &fs, &cause), 0);
	s = q_str("SELECT etag || '|' || last_error || '|' || error_count"
	    " || '|' || last_success || '|' || fetch_count FROM feeds"
	    " WHERE id = 1");
	ck_assert_str_eq(s, "\"abc\"|HTTP 503 Service Unavailable|1|"
	    "1790000000|2");
	free(s);
	memset(&fs, 0, sizeof fs);
	fs.fetched = NOW + 1800;
	fs.status = 304;
	fs.next_due = NOW + 2700;
	ck_assert_int_eq(ingest_save_state(store, 1, &fs, &cause), 0);
	ck_assert_int_eq(q_int("SELECT error_count FROM feeds WHERE id = 1"),
	    0);
	ck_assert_int_eq(q_int("SELECT last_error IS NULL AND etag = '\"abc\"'"
	    " AND last_success = 1790001800 FROM feeds WHERE id = 1"), 1);
	/* 410 disables. */
	memset(&fs, 0, sizeof fs);
	fs.fetched = NOW + 2700;
	fs.status = 410;
	fs.error = "HTTP 410 Gone";
	fs.error_count = 1;
	fs.disabled_reason = "410 Gone";
	ck_assert_int_eq(ingest_save_state(store, 1, &fs, &cause), 0);
	ck_assert_int_eq(q_int("SELECT enabled = 0 AND disabled_reason ="
	    " '410 Gone' FROM feeds WHERE id = 1"), 1);
}
END_TEST

static const struct titem five[] = {
	{ "f1", "http://news.example/f1", "F1", "Story f1.", NULL },
	{ "f2", "http://news.example/f2", "F2", "Story f2.", NULL },
	{ "f3", "http://news.example/f3", "F3", "Story f3.", NULL },
	{ "f4", "http://news.example/f4", "F4", "Story f4.", NULL },
};

static void
fill_state(struct ingest_feed_state *fs)
{
	memset(fs, 0, sizeof *fs);
	fs->fetched = NOW;
	fs->status = 200;
	fs->next_due = NOW + 60;
	fs->set_validators = 1;
	fs->etag = "\"v2\"";
}

/* Checks the database holds exactly the four articles, once, and the
 * feed's state of a committed fetch. */
static void
check_committed_once(void)
{
	struct feed_doc		*d;
	struct ingest_stats	 st;
	char			*cause = NULL;

	ck_assert_int_eq(q_int("SELECT count(*) FROM articles"), 4);
	ck_assert_int_eq(q_int("SELECT count(*) FROM feed_articles"), 4);
	ck_assert_int_eq(q_int("SELECT count(*) FROM extractions"), 4);
	ck_assert_int_eq(q_int("SELECT fetch_count FROM feeds WHERE id = 1"),
	    1);
	d = make_doc(five, 4);
	memset(&st, 0, sizeof st);
	ck_assert_int_eq(ingest_doc(store, kb, 1, d, NOW, NULL, &st, NULL,
	    &cause), 0);
	feed_doc_free(d);
	ck_assert_int_eq(st.new_articles, 0);
	ck_assert_int_eq(st.known_articles, 4);
}

/* A failure half-way (third article) leaves nothing; a retry stores all. */
START_TEST(failure_rolls_back)
{
	static const char *triggers[] = {
		"CREATE TEMP TRIGGER inject AFTER INSERT ON feed_articles"
		" WHEN (SELECT count(*) FROM feed_articles) >= 3"
		" BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
		"CREATE TEMP TRIGGER inject AFTER INSERT ON extractions"
		" WHEN (SELECT count(*) FROM extractions) >= 2"
		" BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
		/* The very last statement: the feed's state. */
		("CREATE TEMP TRIGGER inject BEFORE UPDATE ON feeds"
		" BEGIN SELECT RAISE(ABORT, 'injected failure'); END"),
	};
	struct feed_doc			*d;
	struct ingest_stats		 st;
	struct ingest_feed_state	 fs;
	char				*cause = NULL;
	size_t				 i;

	for (i = 0; i < NELEM(triggers); i++) {
		ck_assert_int_eq(store_exec(store, triggers[i], &cause), 0);
		d = make_doc(five, 4);
		fill_state(&fs);
		memset(&st, 0, sizeof st);
		ck_assert_int_eq(ingest_doc(store, kb, 1, d, NOW, &fs, &st,
		    NULL, &cause), -EIO);
		ck_assert_ptr_nonnull(strstr(cause, "injected failure"));
		free(cause);
		cause = NULL;
		ck_assert_int_eq(st.new_articles, 0);	/* untouched */
		ck_assert_int_eq(q_int("SELECT count(*) FROM articles"), 0);
		ck_assert_int_eq(q_int("SELECT count(*) FROM feed_articles"),
		    0);
		ck_assert_int_eq(q_int("SELECT count(*) FROM extractions"), 0);
		ck_assert_int_eq(q_int("SELECT count(*) FROM articles_fts"), 0);
		ck_assert_int_eq(q_int("SELECT fetch_count = 0 AND etag IS"
		    " NULL FROM feeds WHERE id = 1"), 1);
		ck_assert_int_eq(store_exec(store, "DROP TRIGGER temp.inject",
		    &cause), 0);
		feed_doc_free(d);
	}
	d = make_doc(five, 4);
	fill_state(&fs);
	ck_assert_int_eq(ingest_doc(store, kb, 1, d, NOW, &fs, &st, NULL,
	    &cause), 0);
	feed_doc_free(d);
	check_committed_once();
}
END_TEST

static void
crash_now(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)ctx;
	(void)argc;
	(void)argv;
	_exit(42);
}

/*
 * A process killed in the middle of its transaction (after two of four
 * articles) loses nothing and duplicates nothing: the database is as
 * before, and the retry stores everything once.
 */
START_TEST(crash_mid_transaction)
{
	struct feed_doc			*d;
	struct ingest_stats		 st;
	struct ingest_feed_state	 fs;
	struct store			*s2;
	char				*cause = NULL;
	pid_t				 pid;
	int				 status;

	/* The child gets its own connection, as a daemon would have. */
	store_free(store);
	store = NULL;
	pid = fork();
	ck_assert_int_ne(pid, -1);
	if (pid == 0) {
		if (store_open(dbpath, 0, &s2, &cause) != 0)
			_exit(1);
		sqlite3_create_function(store_db(s2), "crash_now", 0,
		    SQLITE_UTF8, NULL, crash_now, NULL, NULL);
		if (store_exec(s2, "CREATE TEMP TRIGGER crash AFTER INSERT ON"
		    " feed_articles WHEN (SELECT count(*) FROM feed_articles)"
		    " >= 3 BEGIN SELECT crash_now(); END", &cause) != 0)
			_exit(2);
		d = make_doc(five, 4);
		fill_state(&fs);
		memset(&st, 0, sizeof st);
		ingest_doc(s2, kb, 1, d, NOW, &fs, &st, NULL, &cause);
		_exit(0);	/* not reached if the crash fired */
	}
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status));
	ck_assert_int_eq(WEXITSTATUS(status), 42);
	ck_assert_int_eq(store_open(dbpath, 0, &store, &cause), 0);
	ck_assert_int_eq(q_int("SELECT count(*) FROM articles"), 0);
	ck_assert_int_eq(q_int("SELECT count(*) FROM feed_articles"), 0);
	ck_assert_int_eq(q_int("SELECT fetch_count FROM feeds WHERE id = 1"),
	    0);
	d = make_doc(five, 4);
	fill_state(&fs);
	memset(&st, 0, sizeof st);
	ck_assert_int_eq(ingest_doc(store, kb, 1, d, NOW, &fs, &st, NULL,
	    &cause), 0);
	feed_doc_free(d);
	ck_assert_int_eq(st.new_articles, 4);
	check_committed_once();
}
END_TEST

static const char import_a[] =
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>A</title>"
    "<item><guid>i1</guid><title>Imported one</title>"
    "<link>http://archive.example/1</link><description>Archived one."
    "</description><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>"
    "<item><guid>i2</guid><title>Imported two</title>"
    "<link>http://archive.example/2</link><description>Archived two."
    "</description></item></channel></rss>\n";
static const char import_b[] =
    "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
    "<title>B</title><entry><id>urn:i3</id><title>Imported three</title>"
    "<link href=\"http://archive.example/3\"/><updated>2026-11-01T08:00:00Z"
    "</updated><summary>Archived three.</summary></entry>"
    "<entry><id>urn:i1-again</id><title>Imported one</title>"
    "<link href=\"http://archive.example/1?utm_source=atom\"/>"
    "<summary>Archived one.</summary></entry></feed>\n";

START_TEST(import_files_and_dirs)
{
	struct ingest_stats	 st;
	char			*dir, *fa, *fb, *fbad, *cause = NULL;

	dir = xasprintf("%s/archive", tmp);
	ck_assert_int_eq(mkdir(dir, 0755), 0);
	fa = xasprintf("%s/a.xml", dir);
	fb = xasprintf("%s/b.xml", dir);
	ck_assert_int_eq(tu_write_file(fa, import_a), 0);
	ck_assert_int_eq(tu_write_file(fb, import_b), 0);

	/* One file. */
	memset(&st, 0, sizeof st);
	ck_assert_msg(ingest_import_path(store, kb, fa, &st, &cause) == 0,
	    "%s", cause);
	ck_assert_int_eq(st.items, 2);
	ck_assert_int_eq(st.new_articles, 2);
	ck_assert_int_eq(q_int("SELECT count(*) FROM feeds WHERE name ="
	    " 'import' AND origin = 'import' AND enabled = 0"), 1);
	ck_assert_int_eq(q_int("SELECT published_estimated FROM articles"
	    " WHERE title = 'Imported two'"), 1);

	/* The directory: a.xml again (known), b.xml (one new, one known by
	 * canonical link). */
	memset(&st, 0, sizeof st);
	ck_assert_msg(ingest_import_path(store, kb, dir, &st, &cause) == 0,
	    "%s", cause);
	ck_assert_int_eq(st.items, 4);
	ck_assert_int_eq(st.new_articles, 1);
	ck_assert_int_eq(st.known_articles, 3);
	ck_assert_int_eq(q_int("SELECT count(*) FROM articles"), 3);

	/* A bad file is named; the good ones are still imported. */
	fbad = xasprintf("%s/c.html", dir);
	ck_assert_int_eq(tu_write_file(fbad, "<html><body><p>Not a feed"
	    "</p></body></html>"), 0);
	memset(&st, 0, sizeof st);
	ck_assert_int_ne(ingest_import_path(store, kb, dir, &st, &cause), 0);
	ck_assert_ptr_nonnull(strstr(cause, "c.html"));
	ck_assert_ptr_nonnull(strstr(cause, "not a feed"));
	free(cause);
	cause = NULL;
	ck_assert_int_eq(st.items, 4);

	/* Missing path. */
	ck_assert_int_eq(ingest_import_path(store, kb, "/nonexistent/x.xml",
	    &st, &cause), -ENOENT);
	ck_assert_ptr_nonnull(strstr(cause, "/nonexistent/x.xml"));
	free(cause);
	cause = NULL;

	/* A configured feed named "import" is not taken over. */
	ck_assert_int_eq(store_exec(store, "UPDATE feeds SET origin = 'config'"
	    " WHERE name = 'import'", &cause), 0);
	ck_assert_int_eq(ingest_import_path(store, kb, fa, &st, &cause),
	    -EEXIST);
	free(cause);

	free(dir);
	free(fa);
	free(fb);
	free(fbad);
}
END_TEST

/* The development corpus imports, and a second import adds nothing. */
START_TEST(import_corpus)
{
	struct ingest_stats	 st;
	char			*dir, *cause = NULL;

	dir = xasprintf("%s/dev/feeds", tu_env("ITINERD_CORPUS"));
	memset(&st, 0, sizeof st);
	ck_assert_msg(ingest_import_path(store, kb, dir, &st, &cause) == 0,
	    "%s", cause);
	ck_assert_int_gt(st.new_articles, 10);
	ck_assert_int_eq(q_int("SELECT count(*) FROM articles"),
	    st.new_articles);
	ck_assert_int_eq(q_int("SELECT count(*) FROM articles WHERE text ="
	    " '' AND title = ''"), 0);
	memset(&st, 0, sizeof st);
	ck_assert_int_eq(ingest_import_path(store, kb, dir, &st, &cause), 0);
	ck_assert_int_eq(st.new_articles, 0);
	ck_assert_int_eq(st.known_articles, st.items);
	free(dir);
}
END_TEST

static Suite *
ingest_suite(void)
{
	Suite	*s = suite_create("ingest");
	TCase	*tc;

	tc = tcase_create("dedupe");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, canonical_urls);
	tcase_add_test(tc, dedupe_table);
	tcase_add_test(tc, article_fields_and_state);
	suite_add_tcase(s, tc);

	tc = tcase_create("atomicity");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, failure_rolls_back);
	tcase_add_test(tc, crash_mid_transaction);
	suite_add_tcase(s, tc);

	tc = tcase_create("import");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, import_files_and_dirs);
	suite_add_tcase(s, tc);

	tc = tcase_create("import_corpus");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, import_corpus);
	tu_add_corpus_tcase(s, tc, "import_corpus", 1);
	return s;
}

int
main(void)
{
	tu_kb();	/* once, before the test cases fork */
	return tu_run_suite(ingest_suite());
}
