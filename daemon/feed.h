/*
 * feed: parses a fetched or saved feed document (RSS 0.9x/1.0/2.0, Atom
 * 0.3/1.0 with libxml2; JSON Feed 1.0/1.1 with jansson) into items.  No
 * I/O, no network: libxml2 runs with network access and entity expansion
 * off.  Does not turn HTML into text (text.c) nor store anything.
 */
#ifndef ITINERD_FEED_H
#define ITINERD_FEED_H

#include <stddef.h>
#include <time.h>

enum feed_kind {
	FEED_KIND_RSS,		/* RSS 0.9x and 2.0 */
	FEED_KIND_RDF,		/* RSS 1.0 */
	FEED_KIND_ATOM,		/* Atom 1.0 and 0.3 */
	FEED_KIND_JSON,		/* JSON Feed 1.0 and 1.1 */
};

struct feed_item {
	char	*guid;		/* guid / id; NULL when the feed gives none */
	char	*link;		/* absolute URL, resolved against xml:base */
	char	*title;		/* plain text, may be "" */
	char	*author;	/* NULL when absent */
	char	*summary;	/* HTML or text as served, NULL when absent */
	char	*content;	/* full content (content:encoded, Atom
				 * content, content_html), NULL when absent */
	time_t	 published;	/* published, else updated, else fetch time */
	int	 published_estimated;	/* 1 when published is the fetch time */
};

struct feed_doc {
	enum feed_kind	 kind;
	char		*title;
	char		*link;
	int		 ttl_s;		/* <ttl> or sy:updatePeriod, 0 if none */
	struct feed_item *items;
	size_t		 nitems;
	/*
	 * Added: how much the parser had to forgive (rules below).
	 * repaired is 1 when the bytes were repaired and parsed again;
	 * xml_errors counts the errors recovered from in the parse kept
	 * (0 for a clean document); warning is the first of them ("line
	 * 12: ..."), NULL if none.
	 * nincomplete counts items dropped because the document ended
	 * inside them (truncated download); nextra counts items ignored
	 * beyond FEED_MAX_ITEMS.
	 */
	int		 repaired;
	int		 xml_errors;
	char		*warning;
	size_t		 nincomplete;
	size_t		 nextra;
};

/* Items kept per document; later items are counted in nextra. */
#define FEED_MAX_ITEMS		10000
/* Largest document feed_parse accepts (and feed_parse_file reads). */
#define FEED_MAX_BYTES		(256 * 1024 * 1024)

/*
 * Parses len bytes of buf.  base_url resolves relative links; now is the
 * fetch time used for items without a usable date.  On success returns 0
 * and sets *out (free with feed_doc_free).  On failure returns a negative
 * value and, if cause is not NULL, sets *cause to an allocated message
 * naming what was wrong ("not a feed: got an HTML page", "XML error at
 * line 3: ..."); caller frees.  See the rules below.
 */
int	feed_parse(const char *buf, size_t len, const char *base_url,
	    time_t now, struct feed_doc **out, char **cause);
void	feed_doc_free(struct feed_doc *);
/*
 * The item's body, the one text the extractor reads (the daemon's
 * ingest and `itinctl extract` alike): the full content when it is not
 * empty, else the summary, else "".  Borrowed from the item.
 */
const char *feed_item_body(const struct feed_item *);

/*
 * Reads the file at path (at most FEED_MAX_BYTES) and parses it like
 * feed_parse with no base URL.  Returns 0 and sets *out, or -errno for
 * an unreadable file (cause names the file) or feed_parse's error.
 */
int	feed_parse_file(const char *path, time_t now, struct feed_doc **out,
	    char **cause);

/*
 * Forgiveness rules, so callers know what a success means:
 * - A UTF-8 BOM and leading whitespace are skipped; a body starting with
 *   '{' is JSON Feed, anything else XML.  A body that opens like an HTML
 *   page, or whose root element is <html>, is refused.
 * - A document is first parsed exactly as served.  Only if libxml2
 *   reports errors are the bytes repaired and parsed again (repaired is
 *   then 1): invalid UTF-8 in a document declared (or defaulting to)
 *   UTF-8 becomes U+FFFD; HTML named entities (&nbsp; &eacute; &rsquo;
 *   ...), which XML does not know, become their characters; a bare '&'
 *   that starts no reference becomes a literal '&'; an unknown declared
 *   encoding is read as UTF-8.  Other declared encodings are converted by
 *   libxml2; a document labelled ISO-8859-x or windows-125x whose bytes
 *   are valid non-ASCII UTF-8 is read as UTF-8 (mislabelled).
 * - Entities declared in a DTD are never expanded (billion laughs, external
 *   files, network): a reference to one contributes nothing, unless its
 *   replacement is at most 8 bytes of plain text.  No DTD is loaded.
 *   libxml2 refuses entity-loop documents outright.
 * - Remaining well-formedness errors are recovered from (libxml2 recover
 *   mode) and counted in xml_errors.  An item or entry whose end tag was
 *   never read (truncated download) is dropped, never returned half-read;
 *   if errors leave no item at all the parse fails with the XML error.
 * - Every string returned is valid UTF-8; titles are one line of plain
 *   text (HTML in them stripped); summary and content are as served.
 * - Errors: -ENODATA "empty document"; -EFBIG "document too large";
 *   -EINVAL "not a feed: got an HTML page", "not a feed: root element
 *   <foo>", "XML error at line N: ...", "JSON error at line N: ...",
 *   "not a JSON Feed: ...".
 */

#endif
