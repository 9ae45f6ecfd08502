/*
 * check_feed: feed_parse on hand-written fixtures for every format
 * (tests/data/feed/), on the breakage real feeds show (HTML entities,
 * bare ampersands, bad encodings, truncation, HTML pages), on hostile
 * documents (billion laughs, external entities), on the item limit, and on
 * the development corpus feeds.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "feed.h"
#include "testutil.h"
#include "text.h"
#include "xmalloc.h"

#define NOW		((time_t)1700000000)
#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

/* Parses a fixture; on failure returns the error and sets *cause. */
static int
parse_fixture(const char *name, const char *base, struct feed_doc **fd,
    char **cause)
{
	char	*rel, *data;
	size_t	 len;
	int	 r;

	rel = xasprintf("feed/%s", name);
	data = tu_fixture(rel, &len);
	*cause = NULL;
	r = feed_parse(data, len, base, NOW, fd, cause);
	free(data);
	free(rel);
	return (r);
}

static const struct {
	const char	*file;
	const char	*base;
	enum feed_kind	 kind;
	size_t		 nitems;
	const char	*title;
	const char	*link;
	int		 ttl_s;
} doc_rows[] = {
	{ "rss20.xml", "https://news.example.org/feed", FEED_KIND_RSS, 3,
	    "Ministry & Co news", "https://news.example.org/", 45 * 60 },
	{ "rss091.xml", NULL, FEED_KIND_RSS, 2, "Café news",
	    "http://cafe.example.org/", 0 },
	{ "rss092-latin1.xml", NULL, FEED_KIND_RSS, 1, "Latin-1",
	    "http://l.example.org/", 0 },
	{ "rdf.xml", NULL, FEED_KIND_RDF, 2, "RDF site",
	    "http://rdf.example.org/", 1800 },
	{ "atom10.xml", NULL, FEED_KIND_ATOM, 3, "Atom news",
	    "https://atom.example.org/", 0 },
	{ "atom03.xml", NULL, FEED_KIND_ATOM, 2, "Old Atom",
	    "http://old.example.org/", 0 },
	{ "feed11.json", NULL, FEED_KIND_JSON, 3, "JSON news",
	    "https://json.example.org/", 0 },
	{ "feed10.json", NULL, FEED_KIND_JSON, 1, "Old JSON", NULL, 0 },
	{ "bom.xml", NULL, FEED_KIND_RSS, 1, "BOM", NULL, 0 },
	{ "bogus-encoding.xml", NULL, FEED_KIND_RSS, 1, "Bogus encoding",
	    NULL, 0 },
	{ "bare-amp.xml", NULL, FEED_KIND_RSS, 1, "Q&A",
	    "https://amp.example.org/?a=1&b=2", 0 },
	{ "invalid-utf8.xml", NULL, FEED_KIND_RSS, 1, "No declaration",
	    NULL, 0 },
	{ "truncated.xml", NULL, FEED_KIND_RSS, 2, "Cut short",
	    "https://cut.example.org/", 0 },
	{ "xxe-file.xml", NULL, FEED_KIND_RSS, 1, "XXE", NULL, 0 },
	{ "xxe-http.xml", NULL, FEED_KIND_RSS, 1, "XXE net", NULL, 0 },
};

START_TEST(test_documents)
{
	struct feed_doc	*fd;
	char		*cause;
	size_t		 i;

	for (i = 0; i < NELEM(doc_rows); i++) {
		fd = NULL;
		ck_assert_msg(parse_fixture(doc_rows[i].file, doc_rows[i].base,
		    &fd, &cause) == 0, "%s: %s", doc_rows[i].file, cause);
		ck_assert_msg(fd->kind == doc_rows[i].kind, "%s kind",
		    doc_rows[i].file);
		ck_assert_msg(fd->nitems == doc_rows[i].nitems,
		    "%s: %zu items", doc_rows[i].file, fd->nitems);
		ck_assert_str_eq(fd->title, doc_rows[i].title);
		if (doc_rows[i].link == NULL)
			ck_assert_ptr_null(fd->link);
		else
			ck_assert_str_eq(fd->link, doc_rows[i].link);
		ck_assert_int_eq(fd->ttl_s, doc_rows[i].ttl_s);
		feed_doc_free(fd);
	}
}
END_TEST

/* Expected fields of one item; NULL means absent, published 0 = now. */
static const struct {
	const char	*file;
	const char	*base;
	size_t		 idx;
	const char	*guid, *link, *title, *author;
	long long	 published;
	const char	*summary, *content;
} item_rows[] = {
	{ "rss20.xml", "https://news.example.org/feed", 0, "item-1",
	    "https://news.example.org/2022/07/visit.html",
	    "Minister visits Paris & Berlin",
	    "press@example.org (Press Office)",
	    1656749700LL, "<p>First paragraph.</p>",
	    "<p>First paragraph.</p><p>Second &amp; last.</p>" },
	{ "rss20.xml", "https://news.example.org/feed", 1,
	    "https://news.example.org/2022/07/second.html",
	    "https://news.example.org/2022/07/second.html",
	    "No date, permalink guid", "Jane Doe", 0, "Plain text summary.",
	    NULL },
	{ "rss20.xml", "https://news.example.org/feed", 2, "item-3",
	    "https://other.example.org/abs", "Dublin Core date", NULL,
	    1656835200LL, NULL, NULL },
	{ "rss091.xml", NULL, 0, NULL, "http://cafe.example.org/1",
	    "Prime Minister in S\xc3\xa3o Paulo \xe2\x80\x94 day two", NULL,
	    0, "Caf\xc3\xa9 \xc2\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d "
	    "\xc3\xa9 &", NULL },
	{ "rss091.xml", NULL, 1, NULL, "http://cafe.example.org/2", "Second",
	    NULL, 0, "Le ministre arrive \xc3\xa0 Paris.", NULL },
	{ "rss092-latin1.xml", NULL, 0, NULL, "http://l.example.org/1",
	    "Fran\xc3\xa7ois \xc3\xa0 Gen\xc3\xa8ve", NULL, 0, NULL, NULL },
	{ "rdf.xml", NULL, 0, "http://rdf.example.org/a",
	    "http://rdf.example.org/a", "Envoy to Tokyo", "Staff",
	    1656894600LL, "Short.", "<p>Long <b>text</b>.</p>" },
	{ "atom10.xml", NULL, 0, "tag:example.org,2022:1",
	    "https://atom.example.org/news/2022/seoul.html",
	    "Visit to Seoul & Busan", "Entry Author", 1656979200LL,
	    "Plain summary", "<p>Para one.</p><p>Para two.</p>" },
	{ "atom10.xml", NULL, 1, "tag:example.org,2022:2",
	    "https://elsewhere.example.com/base/item2", "An xhtml title",
	    "Feed Author", 1657202400LL, NULL, "<p>XHTML <b>body</b>.</p>" },
	{ "atom10.xml", NULL, 2, "tag:example.org,2022:3", NULL,
	    "Text title <not a tag>", "Feed Author", 0, NULL, NULL },
	{ "atom03.xml", NULL, 0, "tag:old.example.org,2005:1",
	    "http://old.example.org/1", "Zero three", "Old Author",
	    1104570000LL, NULL, "<p>Escaped HTML</p>" },
	{ "atom03.xml", NULL, 1, "tag:old.example.org,2005:2", NULL,
	    "Base64", NULL, 0, NULL, NULL },
	{ "feed11.json", "https://json.example.org/feed.json", 0, "j1",
	    "https://json.example.org/posts/1", "Minister & envoy travel",
	    "Reporter One", 1657267200LL, "Sum", "<p>One.</p><p>Two.</p>" },
	{ "feed11.json", NULL, 1, "j2", NULL, "Text only", "Feed Team",
	    1657324800LL, NULL, "Line one\nLine two" },
	{ "feed11.json", NULL, 2, "j3", "https://elsewhere.example.com/x",
	    "", "Feed Team", 0, NULL, "no title, no date" },
	{ "feed10.json", NULL, 0, "12345", "https://j10.example.org/a", "",
	    "Solo", 1495033332LL, NULL, "<p>x</p>" },
	{ "bare-amp.xml", NULL, 0, "a1",
	    "https://amp.example.org/x?id=1&page=2",
	    "AT&T & Partners", NULL, 0,
	    "Fish & chips & peas \xe2\x80\xa6  \xe2\x80\x99", NULL },
	{ "invalid-utf8.xml", NULL, 0, "u1", NULL,
	    "Bad \xef\xbf\xbd\xef\xbf\xbd bytes \xef\xbf\xbd and "
	    "caf\xef\xbf\xbd", NULL, 0, "ok \xef\xbf\xbd", NULL },
	{ "bogus-encoding.xml", NULL, 0, "e1", NULL, "Z\xc3\xbcrich visit",
	    NULL, 0, NULL, NULL },
	{ "truncated.xml", NULL, 1, "c2", NULL, "Complete two", NULL, 0,
	    NULL, NULL },
};

static void
check_opt_str(const char *what, const char *got, const char *want)
{
	if (want == NULL)
		ck_assert_msg(got == NULL, "%s: want NULL, got \"%s\"", what,
		    got);
	else {
		ck_assert_msg(got != NULL, "%s: want \"%s\", got NULL", what,
		    want);
		ck_assert_msg(strcmp(got, want) == 0,
		    "%s: want \"%s\", got \"%s\"", what, want, got);
	}
}

START_TEST(test_items)
{
	struct feed_doc		*fd;
	struct feed_item	*it;
	char			*cause, *what;
	size_t			 i;

	for (i = 0; i < NELEM(item_rows); i++) {
		ck_assert_msg(parse_fixture(item_rows[i].file,
		    item_rows[i].base, &fd, &cause) == 0, "%s: %s",
		    item_rows[i].file, cause);
		ck_assert(item_rows[i].idx < fd->nitems);
		it = &fd->items[item_rows[i].idx];
		what = xasprintf("%s[%zu]", item_rows[i].file,
		    item_rows[i].idx);
		check_opt_str(what, it->guid, item_rows[i].guid);
		check_opt_str(what, it->link, item_rows[i].link);
		check_opt_str(what, it->title, item_rows[i].title);
		check_opt_str(what, it->author, item_rows[i].author);
		check_opt_str(what, it->summary, item_rows[i].summary);
		check_opt_str(what, it->content, item_rows[i].content);
		if (item_rows[i].published == 0) {
			ck_assert_msg(it->published == NOW &&
			    it->published_estimated == 1, "%s date", what);
		} else {
			ck_assert_msg((long long)it->published ==
			    item_rows[i].published, "%s: published %lld",
			    what, (long long)it->published);
			ck_assert_int_eq(it->published_estimated, 0);
		}
		free(what);
		feed_doc_free(fd);
	}
}
END_TEST

/* Documents that must fail, and a piece of the cause each must give. */
static const struct {
	const char	*file;
	const char	*cause;
} bad_rows[] = {
	{ "html-page.html", "not a feed: got an HTML page" },
	{ "xhtml-page.xml", "not a feed: got an HTML page" },
	{ "unknown-root.xml", "not a feed: root element <foo>" },
	{ "truncated-head.xml", "XML error at line" },
	{ "json-broken.json", "JSON error at line" },
	{ "json-notfeed.json", "not a JSON Feed" },
	{ "billion-laughs.xml", "XML error" },
};

START_TEST(test_rejects)
{
	struct feed_doc	*fd = NULL;
	char		*cause;
	size_t		 i;

	for (i = 0; i < NELEM(bad_rows); i++) {
		ck_assert_msg(parse_fixture(bad_rows[i].file, NULL, &fd,
		    &cause) < 0, "%s parsed", bad_rows[i].file);
		ck_assert_ptr_null(fd);
		ck_assert_msg(cause != NULL &&
		    strstr(cause, bad_rows[i].cause) != NULL,
		    "%s: cause \"%s\"", bad_rows[i].file, cause);
		free(cause);
	}
}
END_TEST

START_TEST(test_empty)
{
	static const char *const bodies[] = { "", "   \r\n\t ", "\xef\xbb\xbf",
	    "\xef\xbb\xbf\n\n" };
	struct feed_doc	*fd = NULL;
	char		*cause;
	size_t		 i;

	for (i = 0; i < NELEM(bodies); i++) {
		cause = NULL;
		ck_assert_int_eq(feed_parse(bodies[i], strlen(bodies[i]), NULL,
		    NOW, &fd, &cause), -ENODATA);
		ck_assert_ptr_null(fd);
		ck_assert_str_eq(cause, "empty document");
		free(cause);
	}
	ck_assert_int_eq(feed_parse(NULL, 10, NULL, NOW, &fd, NULL), -ENODATA);
	/* cause may be NULL for callers that do not want it */
	ck_assert_int_lt(feed_parse("<foo/>", 6, NULL, NOW, &fd, NULL), 0);
}
END_TEST

/* Which documents needed their bytes repaired before a clean parse. */
static const struct {
	const char	*file;
	int		 repaired;
	int		 xml_errors;
} repair_rows[] = {
	{ "rss20.xml", 0, 0 },
	{ "atom10.xml", 0, 0 },
	{ "rss092-latin1.xml", 0, 0 },
	{ "rss091.xml", 1, 0 },		/* &nbsp; &eacute; &mdash; */
	{ "invalid-utf8.xml", 1, 0 },
	{ "bogus-encoding.xml", 1, 0 },
	{ "bare-amp.xml", 1, 1 },	/* &bogus; stays an error */
	{ "truncated.xml", 0, 1 },
};

START_TEST(test_repaired)
{
	struct feed_doc	*fd;
	char		*cause;
	size_t		 i;

	for (i = 0; i < NELEM(repair_rows); i++) {
		ck_assert_msg(parse_fixture(repair_rows[i].file, NULL, &fd,
		    &cause) == 0, "%s: %s", repair_rows[i].file, cause);
		ck_assert_msg(fd->repaired == repair_rows[i].repaired,
		    "%s: repaired %d", repair_rows[i].file, fd->repaired);
		ck_assert_msg(fd->xml_errors == repair_rows[i].xml_errors,
		    "%s: %d errors", repair_rows[i].file, fd->xml_errors);
		feed_doc_free(fd);
	}
}
END_TEST

static int
valid_or_null(const char *s)
{
	return (s == NULL || text_utf8_valid(s, strlen(s)));
}

/*
 * Found by mutating the fixtures: a mangled XML declaration naming an
 * unknown encoding, plus a stray 8-bit byte, once came back as invalid
 * UTF-8.  Whatever the parser recovers must be valid UTF-8.
 */
START_TEST(test_mangled_decl)
{
	struct feed_doc	*fd;
	char		*cause;
	size_t		 i;

	if (parse_fixture("mangled-decl.xml", NULL, &fd, &cause) != 0) {
		ck_assert_ptr_nonnull(cause);
		free(cause);
		return;
	}
	ck_assert_int_gt(fd->xml_errors, 0);
	ck_assert(valid_or_null(fd->title));
	for (i = 0; i < fd->nitems; i++) {
		ck_assert(valid_or_null(fd->items[i].guid));
		ck_assert(valid_or_null(fd->items[i].title));
		ck_assert(valid_or_null(fd->items[i].summary));
		ck_assert(valid_or_null(fd->items[i].content));
		ck_assert(valid_or_null(fd->items[i].link));
		ck_assert(valid_or_null(fd->items[i].author));
	}
	feed_doc_free(fd);
}
END_TEST

START_TEST(test_truncated)
{
	struct feed_doc	*fd;
	char		*cause;

	ck_assert_int_eq(parse_fixture("truncated.xml", NULL, &fd, &cause), 0);
	ck_assert_uint_eq(fd->nitems, 2);
	ck_assert_uint_eq(fd->nincomplete, 1);
	ck_assert_int_gt(fd->xml_errors, 0);
	ck_assert_ptr_nonnull(fd->warning);
	ck_assert_str_eq(fd->items[0].guid, "c1");
	ck_assert_str_eq(fd->items[0].summary, "Whole.");
	feed_doc_free(fd);

	/* A clean document reports no forgiveness. */
	ck_assert_int_eq(parse_fixture("rss20.xml", NULL, &fd, &cause), 0);
	ck_assert_int_eq(fd->xml_errors, 0);
	ck_assert_ptr_null(fd->warning);
	ck_assert_uint_eq(fd->nincomplete, 0);
	feed_doc_free(fd);
}
END_TEST

/* Every prefix of a feed parses to whole items or fails cleanly. */
START_TEST(test_every_prefix)
{
	struct feed_doc	*fd;
	char		*data, *cause;
	size_t		 len, n, i;
	int		 r;

	data = tu_fixture("feed/rss20.xml", &len);
	for (n = 0; n < len; n += 7) {
		fd = NULL;
		cause = NULL;
		r = feed_parse(data, n, "https://news.example.org/", NOW, &fd,
		    &cause);
		if (r != 0) {
			ck_assert_ptr_nonnull(cause);
			free(cause);
			continue;
		}
		/* Items kept are exactly the ones whose end tag was read. */
		for (i = 0; i < fd->nitems; i++) {
			ck_assert_ptr_nonnull(fd->items[i].title);
			ck_assert_msg(fd->items[i].guid != NULL,
			    "prefix %zu item %zu has no guid", n, i);
		}
		if (fd->nitems >= 1)
			ck_assert_str_eq(fd->items[0].content,
			    "<p>First paragraph.</p><p>Second &amp; last.</p>");
		ck_assert_ptr_null(cause);
		feed_doc_free(fd);
	}
	free(data);
}
END_TEST

/* The one body rule the daemon and `itinctl extract` share. */
START_TEST(test_item_body)
{
	static const struct {
		const char	*content, *summary, *want;
	} rows[] = {
		{ "<p>full</p>", "short", "<p>full</p>" },
		{ "", "short", "short" },	/* empty content: summary */
		{ NULL, "short", "short" },
		{ "", NULL, "" },
		{ NULL, NULL, "" },
	};

	for (size_t i = 0; i < NELEM(rows); i++) {
		struct feed_item it = { 0 };

		it.content = (char *)rows[i].content;
		it.summary = (char *)rows[i].summary;
		ck_assert_msg(strcmp(feed_item_body(&it), rows[i].want) == 0,
		    "row %zu: %s", i, feed_item_body(&it));
	}
}
END_TEST

START_TEST(test_hostile)
{
	struct feed_doc	*fd;
	char		*cause;

	/* Billion laughs: refused, nothing expanded (how fast is
	 * scripts/bench's business, not a test's). */
	ck_assert_int_lt(parse_fixture("billion-laughs.xml", NULL, &fd,
	    &cause), 0);
	ck_assert_ptr_nonnull(cause);
	free(cause);

	/* External entities: not loaded; short internal ones are. */
	ck_assert_int_eq(parse_fixture("xxe-file.xml", NULL, &fd, &cause), 0);
	ck_assert_str_eq(fd->items[0].title, "ab ok");
	ck_assert_ptr_null(fd->items[0].summary);
	feed_doc_free(fd);
	ck_assert_int_eq(parse_fixture("xxe-http.xml", NULL, &fd, &cause), 0);
	ck_assert_str_eq(fd->items[0].title, "t");
	feed_doc_free(fd);
}
END_TEST

START_TEST(test_item_limit)
{
	struct feed_doc	*fd;
	struct buf	 b = { 0 };
	char		*cause = NULL;
	size_t		 i, total = FEED_MAX_ITEMS + 50;

	buf_adds(&b, "<rss version=\"2.0\"><channel><title>Big</title>");
	for (i = 0; i < total; i++)
		buf_printf(&b, "<item><guid isPermaLink=\"false\">g%zu</guid>"
		    "<title>t</title></item>", i);
	buf_adds(&b, "</channel></rss>");
	ck_assert_int_eq(feed_parse(b.data, b.len, NULL, NOW, &fd, &cause), 0);
	ck_assert_uint_eq(fd->nitems, FEED_MAX_ITEMS);
	ck_assert_uint_eq(fd->nextra, 50);
	ck_assert_str_eq(fd->items[FEED_MAX_ITEMS - 1].guid, "g9999");
	feed_doc_free(fd);
	buf_free(&b);
}
END_TEST

START_TEST(test_parse_file)
{
	struct feed_doc	*fd = NULL;
	char		*path, *cause = NULL;

	path = xasprintf("%s/feed/rdf.xml", tu_env("ITINERD_TESTDATA"));
	ck_assert_int_eq(feed_parse_file(path, NOW, &fd, &cause), 0);
	ck_assert_uint_eq(fd->nitems, 2);
	feed_doc_free(fd);
	free(path);
	fd = NULL;
	ck_assert_int_eq(feed_parse_file("/nonexistent/feed.xml", NOW, &fd,
	    &cause), -ENOENT);
	ck_assert_ptr_null(fd);
	ck_assert_ptr_nonnull(strstr(cause, "/nonexistent/feed.xml"));
	free(cause);
	ck_assert_int_eq(feed_parse_file("/", NOW, &fd, &cause), -EINVAL);
	free(cause);
}
END_TEST

/* The development corpus: item counts and guid = article id. */
static const struct {
	const char	*file;
	enum feed_kind	 kind;
	size_t		 nitems;
} corpus_rows[] = {
	{ "reuters-1987.rss.xml", FEED_KIND_RSS, 26 },
	{ "state-dept-2021-2022.rss.xml", FEED_KIND_RSS, 24 },
	{ "mixed.atom.xml", FEED_KIND_ATOM, 35 },
};

START_TEST(test_corpus)
{
	struct feed_doc	*fd;
	json_t		*ids;
	char		*path, *cause = NULL;
	size_t		 i, j, seen = 0;

	ids = tu_corpus_articles();
	ck_assert_uint_eq(json_object_size(ids), 85);

	for (i = 0; i < NELEM(corpus_rows); i++) {
		path = xasprintf("%s/dev/feeds/%s", tu_env("ITINERD_CORPUS"),
		    corpus_rows[i].file);
		ck_assert_msg(feed_parse_file(path, NOW, &fd, &cause) == 0,
		    "%s: %s", path, cause);
		free(path);
		ck_assert(fd->kind == corpus_rows[i].kind);
		ck_assert_uint_eq(fd->nitems, corpus_rows[i].nitems);
		ck_assert_int_eq(fd->xml_errors, 0);
		for (j = 0; j < fd->nitems; j++) {
			ck_assert_msg(json_object_get(ids,
			    fd->items[j].guid) != NULL, "guid %s is no article",
			    fd->items[j].guid);
			ck_assert_int_eq(fd->items[j].published_estimated, 0);
			ck_assert(fd->items[j].content != NULL ||
			    fd->items[j].summary != NULL);
			ck_assert(fd->items[j].title[0] != '\0');
			json_object_del(ids, fd->items[j].guid);
			seen++;
		}
		feed_doc_free(fd);
	}
	ck_assert_uint_eq(seen, 85);
	ck_assert_uint_eq(json_object_size(ids), 0);
	json_decref(ids);
}
END_TEST

static Suite *
feed_suite(void)
{
	Suite	*s = suite_create("feed");
	TCase	*tc;

	tc = tcase_create("formats");
	tcase_add_test(tc, test_documents);
	tcase_add_test(tc, test_items);
	tcase_add_test(tc, test_parse_file);
	suite_add_tcase(s, tc);
	tc = tcase_create("malformed");
	tcase_add_test(tc, test_rejects);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_truncated);
	tcase_add_test(tc, test_every_prefix);
	tcase_add_test(tc, test_mangled_decl);
	tcase_add_test(tc, test_repaired);
	suite_add_tcase(s, tc);
	tc = tcase_create("item_body");
	tcase_add_test(tc, test_item_body);
	suite_add_tcase(s, tc);
	tc = tcase_create("hostile");
	tcase_add_test(tc, test_hostile);
	tcase_add_test(tc, test_item_limit);
	suite_add_tcase(s, tc);
	tc = tcase_create("corpus");
	tcase_add_test(tc, test_corpus);
	tu_add_corpus_tcase(s, tc, "corpus", 1);
	return (s);
}

int
main(void)
{
	return tu_run_suite(feed_suite());
}
