/*
 * feed-fuzzer: feed_parse on arbitrary bytes (XML feeds, JSON Feed, and
 * whatever else arrives).  Checks feed.h's promises:
 * - a failure returns -ENODATA, -EFBIG or -EINVAL with a cause of the
 *   documented kinds, valid UTF-8, and leaves *out alone;
 * - a success sets no cause; every string is valid UTF-8; titles are one
 *   tidy line; an item's title is never NULL; at most FEED_MAX_ITEMS
 *   items; a warning ("line N: ...") exactly when errors were recovered
 *   from; an estimated date is the fetch time; feed_item_body is the
 *   content, else the summary, else "".
 * - the same bytes parse to the same document again (no hidden state;
 *   checked on one input in four, to keep the pace).
 */
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "feed.h"
#include "fuzz.h"

#define FUZZ_FEED_NOW	((time_t)1700000000)
#define FUZZ_FEED_BASE	"https://example.org/news/feed.xml"

/* What *out holds until feed_parse sets it. */
static struct feed_doc	fuzz_feed_unset;

static const char *const fuzz_feed_causes[] = {
	"empty document", "document too large", "not a feed: ",
	"XML error at line ", "XML error: ", "JSON error at line ",
	"not a JSON Feed: ",
};

static void
fuzz_feed_str(const char *what, size_t i, const char *s, int may_be_null)
{
	if (s == NULL) {
		FUZZ_CHECK(may_be_null, "item %zu: %s is NULL", i, what);
		return;
	}
	FUZZ_CHECK(fuzz_str_ok(s), "item %zu: %s is not valid UTF-8", i,
	    what);
}

static int
fuzz_feed_streq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

static void
fuzz_feed_check(const struct feed_doc *fd)
{
	const struct feed_item	*it;
	const char		*body;
	size_t			 i;

	FUZZ_CHECK(fd->kind == FEED_KIND_RSS || fd->kind == FEED_KIND_RDF ||
	    fd->kind == FEED_KIND_ATOM || fd->kind == FEED_KIND_JSON,
	    "kind %d", (int)fd->kind);
	FUZZ_CHECK(fd->nitems <= FEED_MAX_ITEMS, "%zu items", fd->nitems);
	FUZZ_CHECK(fd->nitems == 0 || fd->items != NULL, "no item array");
	FUZZ_CHECK(fd->ttl_s >= 0, "ttl %d", fd->ttl_s);
	FUZZ_CHECK(fd->repaired == 0 || fd->repaired == 1, "repaired %d",
	    fd->repaired);
	FUZZ_CHECK(fd->xml_errors >= 0, "xml_errors %d", fd->xml_errors);
	FUZZ_CHECK((fd->warning != NULL) == (fd->xml_errors > 0),
	    "warning %s with %d errors", fd->warning ? "set" : "unset",
	    fd->xml_errors);
	if (fd->warning != NULL) {
		FUZZ_CHECK(strncmp(fd->warning, "line ", 5) == 0,
		    "warning '%s'", fd->warning);
		fuzz_feed_str("warning", 0, fd->warning, 0);
	}
	if (fd->nextra > 0)
		FUZZ_CHECK(fd->nitems == FEED_MAX_ITEMS, "%zu extra items "
		    "but only %zu kept", fd->nextra, fd->nitems);
	fuzz_feed_str("feed title", 0, fd->title, 1);
	if (fd->title != NULL)
		FUZZ_CHECK(fuzz_one_line(fd->title), "feed title '%s'",
		    fd->title);
	fuzz_feed_str("feed link", 0, fd->link, 1);
	for (i = 0; i < fd->nitems; i++) {
		it = &fd->items[i];
		fuzz_feed_str("title", i, it->title, 0);
		FUZZ_CHECK(fuzz_one_line(it->title), "item %zu: title '%s'",
		    i, it->title);
		fuzz_feed_str("guid", i, it->guid, 1);
		fuzz_feed_str("link", i, it->link, 1);
		fuzz_feed_str("author", i, it->author, 1);
		fuzz_feed_str("summary", i, it->summary, 1);
		fuzz_feed_str("content", i, it->content, 1);
		FUZZ_CHECK(it->published_estimated == 0 ||
		    it->published_estimated == 1, "item %zu: estimated %d",
		    i, it->published_estimated);
		if (it->published_estimated)
			FUZZ_CHECK(it->published == FUZZ_FEED_NOW, "item %zu: "
			    "estimated date %lld is not the fetch time", i,
			    (long long)it->published);
		body = feed_item_body(it);
		FUZZ_CHECK(body != NULL, "item %zu: no body", i);
		if (it->content != NULL && *it->content != '\0')
			FUZZ_CHECK(body == it->content, "item %zu: body is not "
			    "the content", i);
		else if (it->summary != NULL)
			FUZZ_CHECK(body == it->summary, "item %zu: body is not "
			    "the summary", i);
		else
			FUZZ_CHECK(*body == '\0', "item %zu: body from nowhere",
			    i);
	}
}

/* Two parses of the same bytes give the same document. */
static void
fuzz_feed_same(const struct feed_doc *a, const struct feed_doc *b)
{
	size_t	i;

	FUZZ_CHECK(a->kind == b->kind && a->nitems == b->nitems &&
	    a->xml_errors == b->xml_errors && a->repaired == b->repaired &&
	    a->ttl_s == b->ttl_s && a->nincomplete == b->nincomplete &&
	    a->nextra == b->nextra && fuzz_feed_streq(a->title, b->title) &&
	    fuzz_feed_streq(a->link, b->link) &&
	    fuzz_feed_streq(a->warning, b->warning),
	    "second parse differs");
	for (i = 0; i < a->nitems; i++) {
		const struct feed_item *x = &a->items[i], *y = &b->items[i];

		FUZZ_CHECK(fuzz_feed_streq(x->guid, y->guid) &&
		    fuzz_feed_streq(x->link, y->link) &&
		    fuzz_feed_streq(x->title, y->title) &&
		    fuzz_feed_streq(x->author, y->author) &&
		    fuzz_feed_streq(x->summary, y->summary) &&
		    fuzz_feed_streq(x->content, y->content) &&
		    x->published == y->published &&
		    x->published_estimated == y->published_estimated,
		    "second parse differs at item %zu", i);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct feed_doc	*fd = &fuzz_feed_unset;
	struct feed_doc	*fd2 = NULL;
	char		*cause = NULL;
	size_t		 i;
	int		 r, known = 0;

	r = feed_parse((const char *)data, size, FUZZ_FEED_BASE,
	    FUZZ_FEED_NOW, &fd, &cause);
	if (r != 0) {
		FUZZ_CHECK(r == -ENODATA || r == -EFBIG || r == -EINVAL,
		    "returned %d", r);
		FUZZ_CHECK(fd == &fuzz_feed_unset,
		    "*out set on failure");
		FUZZ_CHECK(cause != NULL && *cause != '\0',
		    "failure %d without a cause", r);
		FUZZ_CHECK(fuzz_str_ok(cause), "cause is not valid UTF-8");
		for (i = 0; i < sizeof fuzz_feed_causes /
		    sizeof fuzz_feed_causes[0]; i++)
			if (strncmp(cause, fuzz_feed_causes[i],
			    strlen(fuzz_feed_causes[i])) == 0)
				known = 1;
		FUZZ_CHECK(known, "unexpected cause '%s'", cause);
		FUZZ_CHECK((r == -ENODATA) ==
		    (strcmp(cause, "empty document") == 0),
		    "%d with cause '%s'", r, cause);
		free(cause);
		return 0;
	}
	FUZZ_CHECK(fd != NULL && fd != &fuzz_feed_unset,
	    "success without a document");
	FUZZ_CHECK(cause == NULL, "success with a cause '%s'", cause);
	fuzz_feed_check(fd);

	if (size % 4 == 0) {
		r = feed_parse((const char *)data, size, FUZZ_FEED_BASE,
		    FUZZ_FEED_NOW, &fd2, NULL);
		FUZZ_CHECK(r == 0 && fd2 != NULL, "second parse returned %d",
		    r);
		fuzz_feed_same(fd, fd2);
		feed_doc_free(fd2);
	}
	feed_doc_free(fd);
	return 0;
}
