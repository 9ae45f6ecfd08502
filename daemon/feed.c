/*
 * feed: turns a feed document into struct feed_doc.  XML formats (RSS
 * 0.9x/2.0, RSS 1.0/RDF, Atom 0.3/1.0) go through libxml2's tree parser
 * with network access, DTD loading and entity substitution off; JSON Feed
 * goes through jansson.  Before parsing, one pass over the bytes repairs
 * what breaks most real feeds (HTML entities that XML does not know, bare
 * ampersands, invalid UTF-8); libxml2's recover mode handles the rest and
 * a SAX hook records which elements were really closed, so that a
 * truncated download yields only whole items.  libxml2's messages are
 * collected into the cause or warning string, never printed.  The rules
 * are listed in feed.h.  This module does no I/O except feed_parse_file
 * and does not convert HTML to text (text.c) beyond plain-text titles.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/dict.h>
#include <libxml/globals.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlerror.h>

#include "feed.h"
#include "text.h"
#include "when.h"
#include "xmalloc.h"

/* Namespaces the parser knows, matched on the href. */
enum feed_ns {
	FEED_NS_NONE,		/* no namespace */
	FEED_NS_RSS,		/* RSS 1.0, RSS 0.90 */
	FEED_NS_ATOM,		/* Atom 1.0, Atom 0.3 */
	FEED_NS_DC,
	FEED_NS_CONTENT,
	FEED_NS_SY,
	FEED_NS_RDF,
	FEED_NS_OTHER,
};

static const struct {
	const char	*href;
	enum feed_ns	 ns;
} feed_nss[] = {
	{ "http://purl.org/rss/1.0/", FEED_NS_RSS },
	{ "http://my.netscape.com/rdf/simple/0.9/", FEED_NS_RSS },
	{ "http://www.w3.org/2005/Atom", FEED_NS_ATOM },
	{ "http://purl.org/atom/ns#", FEED_NS_ATOM },
	{ "http://purl.org/dc/elements/1.1/", FEED_NS_DC },
	{ "http://purl.org/rss/1.0/modules/content/", FEED_NS_CONTENT },
	{ "http://purl.org/rss/1.0/modules/syndication/", FEED_NS_SY },
	{ "http://www.w3.org/1999/02/22-rdf-syntax-ns#", FEED_NS_RDF },
};

/* sy:updatePeriod names and their length in seconds. */
static const struct {
	const char	*name;
	int		 seconds;
} feed_periods[] = {
	{ "hourly", 3600 }, { "daily", 86400 }, { "weekly", 7 * 86400 },
	{ "monthly", 30 * 86400 }, { "yearly", 365 * 86400 },
};

/* Marks, in xmlNode._private, an element whose end tag was parsed. */
static const char feed_closed_mark = 1;

/* The longest DTD entity replacement we are willing to insert. */
#define FEED_SMALL_ENTITY	8

/* Longest TTL kept; anything longer is clamped. */
#define FEED_MAX_TTL		(365 * 86400)

/* Errors libxml2 reported during one parse. */
struct feed_errs {
	int	 n;
	int	 code;
	int	 line;
	char	*first;
};

/* Everything one XML parse needs while walking the tree. */
struct feed_walk {
	xmlDoc		*doc;
	time_t		 now;
	struct feed_doc	*fd;
	size_t		 cap;
	char		*feed_author;	/* Atom feed-level author name */
};

/* ------------------------------------------------------------------ */
/* Errors */

static void	feed_fix_utf8(char **);
static void	feed_set_cause(char **, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

static void
feed_set_cause(char **cause, const char *fmt, ...)
{
	va_list	ap;

	if (cause == NULL)
		return;
	va_start(ap, fmt);
	*cause = xvasprintf(fmt, ap);
	va_end(ap);
	/* Causes quote the document and end up in logs and JSON. */
	feed_fix_utf8(cause);
}

/* Structured error handler: keeps the first error, counts the others. */
static void
feed_xml_error(void *data, xmlErrorPtr e)
{
	struct feed_errs	*fe = data;
	size_t			 n;

	if (fe == NULL || e == NULL || e->level < XML_ERR_ERROR)
		return;
	fe->n++;
	if (fe->first != NULL)
		return;
	fe->code = e->code;
	fe->line = e->line;
	/* Messages quote the document: keep them valid UTF-8 for JSON. */
	if (e->message != NULL)
		fe->first = text_utf8_sanitize(e->message, strlen(e->message));
	else
		fe->first = xstrdup("error");
	n = strlen(fe->first);
	while (n > 0 && (fe->first[n - 1] == '\n' || fe->first[n - 1] == ' '))
		fe->first[--n] = '\0';
}

/* SAX end-of-element hook: marks the element closed, then builds. */
static void
feed_sax_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
    const xmlChar *uri)
{
	xmlParserCtxtPtr	ctxt = ctx;

	if (ctxt != NULL && ctxt->node != NULL)
		ctxt->node->_private = (void *)&feed_closed_mark;
	xmlSAX2EndElementNs(ctx, localname, prefix, uri);
}

/* ------------------------------------------------------------------ */
/* Repairing the bytes before parsing */

/*
 * Length of a well-formed reference at s ("&name;", "&#123;", "&#x1F;"),
 * 0 if none; *name and *namelen get the name of a named reference.
 */
static size_t
feed_ref_len(const char *s, const char *end, const char **name,
    size_t *namelen)
{
	const char	*p = s + 1;

	*name = NULL;
	if (p < end && *p == '#') {
		p++;
		if (p < end && (*p == 'x' || *p == 'X')) {
			p++;
			while (p < end && ((*p >= '0' && *p <= '9') ||
			    (*p >= 'a' && *p <= 'f') ||
			    (*p >= 'A' && *p <= 'F')))
				p++;
			if (p == s + 3)
				return (0);
		} else {
			while (p < end && *p >= '0' && *p <= '9')
				p++;
			if (p == s + 2)
				return (0);
		}
	} else {
		if (p >= end || !((*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z') || *p == '_' || *p == ':'))
			return (0);
		while (p < end && ((*p >= 'a' && *p <= 'z') ||
		    (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    *p == '_' || *p == ':' || *p == '-' || *p == '.'))
			p++;
		*name = s + 1;
		*namelen = (size_t)(p - s - 1);
	}
	if (p >= end || *p != ';')
		return (0);
	return ((size_t)(p - s + 1));
}

/*
 * Rewrites the ampersands of an ASCII-compatible document outside CDATA
 * sections and comments: HTML named entities become numeric references
 * and bare '&' becomes "&amp;".  Returns a new buffer in *out (caller
 * frees) and its length, or 0 with *out NULL when nothing needed fixing.
 */
static size_t
feed_fix_refs(const char *buf, size_t len, char **out)
{
	const htmlEntityDesc	*e;
	const char		*p = buf, *end = buf + len, *copied = buf;
	const char		*close, *name;
	struct buf		 b = { 0 };
	size_t			 n, namelen = 0;
	char			 tmp[40];

	*out = NULL;
	while (p < end) {
		if (*p == '<' && end - p >= 4 && p[1] == '!') {
			if (end - p >= 9 && memcmp(p, "<![CDATA[", 9) == 0)
				close = memmem(p + 9, (size_t)(end - p - 9),
				    "]]>", 3);
			else if (memcmp(p, "<!--", 4) == 0)
				close = memmem(p + 4, (size_t)(end - p - 4),
				    "-->", 3);
			else {
				p++;
				continue;
			}
			p = close != NULL ? close + 3 : end;
			continue;
		}
		if (*p != '&') {
			p++;
			continue;
		}
		n = feed_ref_len(p, end, &name, &namelen);
		if (n > 0 && (name == NULL || namelen >= sizeof tmp - 8 ||
		    (namelen == 3 && memcmp(name, "amp", 3) == 0) ||
		    (namelen == 2 && memcmp(name, "lt", 2) == 0) ||
		    (namelen == 2 && memcmp(name, "gt", 2) == 0) ||
		    (namelen == 4 && memcmp(name, "quot", 4) == 0) ||
		    (namelen == 4 && memcmp(name, "apos", 4) == 0))) {
			p += n;
			continue;
		}
		if (n > 0) {
			memcpy(tmp, name, namelen);
			tmp[namelen] = '\0';
			e = htmlEntityLookup((const xmlChar *)tmp);
			if (e == NULL) {
				p += n;	/* maybe declared in the DTD */
				continue;
			}
			buf_add(&b, copied, (size_t)(p - copied));
			buf_printf(&b, "&#%u;", e->value);
			p += n;
		} else {
			buf_add(&b, copied, (size_t)(p - copied));
			buf_adds(&b, "&amp;");
			p++;
		}
		copied = p;
	}
	if (b.data == NULL)
		return (0);
	buf_add(&b, copied, (size_t)(end - copied));
	n = b.len;
	*out = buf_steal(&b);
	return (n);
}

/* 1 if the len bytes at s are all ASCII. */
static int
feed_ascii(const char *s, size_t len)
{
	size_t	i;

	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] >= 0x80)
			return (0);
	}
	return (1);
}

/*
 * Finds the encoding named in the XML declaration.  Returns 2 if it is
 * absent or UTF-8 (or US-ASCII): libxml2 reads UTF-8 by itself; 1 for a
 * Latin-1 label on bytes that are valid non-ASCII UTF-8 (mislabelled, to
 * be read as UTF-8); 0 for another ASCII-compatible encoding; -1 for
 * UTF-16/32 or a document starting with a UTF-16 BOM.
 */
static int
feed_decl_encoding(const char *buf, size_t len)
{
	const char	*decl_end, *enc, *q;
	char		 name[32];
	size_t		 n;

	if (len >= 2 && ((buf[0] == '\xff' && buf[1] == '\xfe') ||
	    (buf[0] == '\xfe' && buf[1] == '\xff') || buf[0] == '\0' ||
	    buf[1] == '\0'))
		return (-1);
	if (len < 5 || memcmp(buf, "<?xml", 5) != 0)
		return (2);
	if ((decl_end = memmem(buf, len < 512 ? len : 512, "?>", 2)) == NULL)
		return (2);
	enc = memmem(buf, (size_t)(decl_end - buf), "encoding", 8);
	if (enc == NULL)
		return (2);
	for (q = enc + 8; q < decl_end && *q != '"' && *q != '\''; q++)
		;
	if (q >= decl_end)
		return (2);
	q++;
	for (n = 0; q < decl_end && *q != '"' && *q != '\'' &&
	    n < sizeof name - 1; q++)
		name[n++] = *q;
	name[n] = '\0';
	if (strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0 ||
	    strcasecmp(name, "us-ascii") == 0 || strcasecmp(name, "ascii") == 0)
		return (2);
	/*
	 * Servers often label UTF-8 as Latin-1; real Latin-1 text with
	 * accents is almost never valid UTF-8, so trust the bytes.
	 */
	if ((strncasecmp(name, "iso-8859-", 9) == 0 ||
	    strncasecmp(name, "windows-125", 11) == 0 ||
	    strcasecmp(name, "latin1") == 0) && !feed_ascii(buf, len) &&
	    text_utf8_valid(buf, len))
		return (1);
	if (strncasecmp(name, "utf-16", 6) == 0 ||
	    strncasecmp(name, "utf-32", 6) == 0 ||
	    strncasecmp(name, "ucs", 3) == 0)
		return (-1);
	return (0);
}

/* ------------------------------------------------------------------ */
/* Reading nodes */

static enum feed_ns
feed_ns_of(xmlNode *n)
{
	size_t	i;

	if (n->ns == NULL || n->ns->href == NULL)
		return (FEED_NS_NONE);
	for (i = 0; i < sizeof feed_nss / sizeof feed_nss[0]; i++) {
		if (strcmp((const char *)n->ns->href, feed_nss[i].href) == 0)
			return (feed_nss[i].ns);
	}
	return (FEED_NS_OTHER);
}

/*
 * 1 if n is element local in namespace ns.  The format's own namespace
 * (RSS or ATOM) also matches elements in no namespace, as RSS 2.0 has
 * none; an atom:link inside RSS does not match RSS's link.
 */
static int
feed_is(xmlNode *n, enum feed_ns ns, const char *local)
{
	enum feed_ns	have;

	if (n->type != XML_ELEMENT_NODE ||
	    strcmp((const char *)n->name, local) != 0)
		return (0);
	have = feed_ns_of(n);
	if (ns == FEED_NS_RSS || ns == FEED_NS_ATOM)
		return (have == ns || have == FEED_NS_NONE);
	return (have == ns);
}

/* First child element of n matching feed_is, or NULL. */
static xmlNode *
feed_child(xmlNode *n, enum feed_ns ns, const char *local)
{
	xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next) {
		if (feed_is(c, ns, local))
			return (c);
	}
	return (NULL);
}

/*
 * An entity reference contributes its replacement text only when that is
 * a short internal entity without markup or further references.
 */
static void
feed_add_entity(struct buf *b, xmlNode *ref)
{
	xmlEntity	*ent = (xmlEntity *)ref->children;
	const char	*v;

	if (ent == NULL || ent->type != XML_ENTITY_DECL ||
	    ent->etype != XML_INTERNAL_GENERAL_ENTITY || ent->content == NULL)
		return;
	v = (const char *)ent->content;
	if (strlen(v) <= FEED_SMALL_ENTITY && strpbrk(v, "&<") == NULL)
		buf_adds(b, v);
}

/* Appends the text of n's descendants (markup dropped) to b. */
static void
feed_add_text(struct buf *b, xmlNode *n, int depth)
{
	xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next) {
		switch (c->type) {
		case XML_TEXT_NODE:
		case XML_CDATA_SECTION_NODE:
			if (c->content != NULL)
				buf_adds(b, (const char *)c->content);
			break;
		case XML_ENTITY_REF_NODE:
			feed_add_entity(b, c);
			break;
		case XML_ELEMENT_NODE:
			if (depth < 64)
				feed_add_text(b, c, depth + 1);
			break;
		default:
			break;
		}
	}
}

/*
 * The string of a text node.  Bodies are most of a feed's bytes, so the
 * string is taken out of the tree instead of copied when that is safe:
 * libxml2 allocates with plain malloc (its default, checked here), and
 * the string is its own (not interned in the document's dictionary, not
 * stored inside the node by XML_PARSE_COMPACT).  The node is left empty;
 * each node is read once.
 */
static char *
feed_take(xmlNode *c)
{
	xmlChar	*s = c->content;

	if (xmlMalloc == malloc && xmlRealloc == realloc &&
	    xmlFree == free && s != (xmlChar *)&c->properties &&
	    (c->doc == NULL || c->doc->dict == NULL ||
	    !xmlDictOwns(c->doc->dict, s))) {
		c->content = NULL;
		return ((char *)s);
	}
	return (xstrdup((const char *)s));
}

/* The text content of n (markup dropped); never NULL; caller frees. */
static char *
feed_text(xmlNode *n)
{
	struct buf	b = { 0 };
	xmlNode		*c = n->children;

	/* The usual case: one text or CDATA node. */
	if (c != NULL && c->next == NULL && (c->type == XML_TEXT_NODE ||
	    c->type == XML_CDATA_SECTION_NODE) && c->content != NULL)
		return (feed_take(c));
	feed_add_text(&b, n, 0);
	return (b.data != NULL ? buf_steal(&b) : xstrdup(""));
}

/* 1 if n has element children (markup embedded unescaped). */
static int
feed_has_elements(xmlNode *n)
{
	xmlNode	*c;

	for (c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE)
			return (1);
	}
	return (0);
}

/*
 * The markup of n as served: escaped HTML or CDATA come back as text;
 * elements embedded in the feed (Atom xhtml, raw HTML in a description)
 * are serialised.  For Atom xhtml the wrapping <div> is left out.
 */
static char *
feed_markup(xmlDoc *doc, xmlNode *n)
{
	xmlBuffer	*xb;
	xmlNode		*c, *only = NULL;
	char		*s;
	int		 elements = 0;

	if (!feed_has_elements(n))
		return (feed_text(n));
	for (c = n->children; c != NULL; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			elements++;
			only = c;
		} else if (c->type == XML_TEXT_NODE && c->content != NULL &&
		    strspn((const char *)c->content, " \t\r\n") !=
		    strlen((const char *)c->content))
			elements += 2;	/* mixed content: keep all */
	}
	if (elements == 1 && strcmp((const char *)only->name, "div") == 0)
		n = only;
	if ((xb = xmlBufferCreate()) == NULL)
		return (feed_text(n));
	for (c = n->children; c != NULL; c = c->next)
		xmlNodeDump(xb, doc, c, 0, 0);
	s = xstrdup((const char *)xmlBufferContent(xb));
	xmlBufferFree(xb);
	return (s);
}

/* Trims leading and trailing whitespace in place; returns s. */
static char *
feed_trim(char *s)
{
	size_t	n, start;

	start = strspn(s, " \t\r\n");
	n = strlen(s + start);
	if (start > 0)
		memmove(s, s + start, n + 1);
	while (n > 0 && strchr(" \t\r\n", s[n - 1]) != NULL)
		s[--n] = '\0';
	return (s);
}

/*
 * Collapses every whitespace run (including newlines and NBSP) to one
 * space and trims; works in place and returns s.
 */
static char *
feed_one_line(char *s)
{
	char	*r = s, *w = s;
	int	 space = 0;

	for (; *r != '\0'; r++) {
		if (*r == ' ' || *r == '\t' || *r == '\n' || *r == '\r') {
			space = 1;
			continue;
		}
		if (r[0] == '\xc2' && r[1] == '\xa0') {
			r++;
			space = 1;
			continue;
		}
		if (space && w != s)
			*w++ = ' ';
		space = 0;
		*w++ = *r;
	}
	*w = '\0';
	return (s);
}

/* 1 if s holds a tag or an entity, so needs HTML-to-text. */
static int
feed_looks_html(const char *s)
{
	const char	*p;

	for (p = s; (p = strpbrk(p, "<&")) != NULL; p++) {
		if (*p == '<' && (p[1] == '/' || (p[1] >= 'a' && p[1] <= 'z') ||
		    (p[1] >= 'A' && p[1] <= 'Z')))
			return (1);
		if (*p == '&' && strchr(p, ';') != NULL &&
		    (p[1] == '#' || (p[1] >= 'a' && p[1] <= 'z') ||
		    (p[1] >= 'A' && p[1] <= 'Z')))
			return (1);
	}
	return (0);
}

/*
 * A title as one line of plain text.  html says the title is HTML
 * (Atom type="html"); -1 means "unknown, sniff" (RSS, JSON).
 */
static char *
feed_plain(char *s, int html)
{
	char	*t;

	if (html == 1 || (html == -1 && feed_looks_html(s))) {
		if (text_from_html(s, strlen(s), &t) == 0) {
			free(s);
			s = t;
		}
	}
	return (feed_one_line(s));
}

/* Atom text construct kind of n: 0 text, 1 html, 2 xhtml, -1 other. */
static int
feed_atom_type(xmlNode *n)
{
	xmlChar	*type, *mode;
	int	 r = 0;

	type = xmlGetProp(n, (const xmlChar *)"type");
	mode = xmlGetProp(n, (const xmlChar *)"mode");	/* Atom 0.3 */
	if (type != NULL) {
		if (strcasecmp((char *)type, "html") == 0 ||
		    strcasecmp((char *)type, "text/html") == 0)
			r = 1;
		else if (strcasecmp((char *)type, "xhtml") == 0 ||
		    strcasecmp((char *)type, "application/xhtml+xml") == 0)
			r = 2;
		else if (strcasecmp((char *)type, "text") != 0 &&
		    strcasecmp((char *)type, "text/plain") != 0)
			r = -1;
	}
	if (mode != NULL && strcasecmp((char *)mode, "base64") == 0)
		r = -1;
	else if (mode != NULL && strcasecmp((char *)mode, "escaped") == 0 &&
	    r == 0 && type == NULL)
		r = 1;
	xmlFree(type);
	xmlFree(mode);
	return (r);
}

/* Resolves ref against the xml:base in scope at n; caller frees. */
static char *
feed_resolve(xmlDoc *doc, xmlNode *n, const char *ref)
{
	xmlChar	*base, *abs;
	char	*r;

	base = xmlNodeGetBase(doc, n);
	if (base == NULL)
		return (xstrdup(ref));
	abs = xmlBuildURI((const xmlChar *)ref, base);
	xmlFree(base);
	if (abs == NULL)
		return (xstrdup(ref));
	r = xstrdup((const char *)abs);
	xmlFree(abs);
	return (r);
}

/* Parses a date if *t is not yet set. */
static void
feed_date(xmlNode *n, time_t *t, int *have)
{
	char	*s;

	if (*have)
		return;
	s = feed_text(n);
	if (when_parse_any(feed_trim(s), t) == 0)
		*have = 1;
	free(s);
}

/* Sets *field from n unless already set; takes the trimmed text. */
static void
feed_once(char **field, char *value)
{
	if (*field != NULL || *feed_trim(value) == '\0') {
		free(value);
		return;
	}
	*field = value;
}

/* ------------------------------------------------------------------ */
/* Items */

static struct feed_item *
feed_new_item(struct feed_walk *w)
{
	struct feed_doc	*fd = w->fd;

	if (fd->nitems == w->cap) {
		w->cap = w->cap == 0 ? 32 : w->cap * 2;
		fd->items = xreallocarray(fd->items, w->cap,
		    sizeof *fd->items);
	}
	memset(&fd->items[fd->nitems], 0, sizeof fd->items[0]);
	return (&fd->items[fd->nitems++]);
}

static void
feed_item_clear(struct feed_item *it)
{
	free(it->guid);
	free(it->link);
	free(it->title);
	free(it->author);
	free(it->summary);
	free(it->content);
}

/* Fills in what every format shares: an empty title, the date or now. */
static void
feed_item_finish(struct feed_walk *w, struct feed_item *it, time_t t,
    int have_date)
{
	if (it->title == NULL)
		it->title = xstrdup("");
	if (have_date)
		it->published = t;
	else {
		it->published = w->now;
		it->published_estimated = 1;
	}
}

/* Reads one RSS 0.9x/1.0/2.0 item. */
static void
feed_rss_item(struct feed_walk *w, xmlNode *item)
{
	struct feed_item	*it = feed_new_item(w);
	xmlNode			*c;
	xmlChar			*about, *perma;
	char			*s;
	time_t			 t = 0, t_dc = 0;
	int			 have = 0, have_dc = 0, guid_link = 0;

	for (c = item->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (feed_is(c, FEED_NS_RSS, "title"))
			feed_once(&it->title, feed_text(c));
		else if (feed_is(c, FEED_NS_RSS, "link") && it->link == NULL) {
			s = feed_trim(feed_text(c));
			if (*s != '\0')
				it->link = feed_resolve(w->doc, c, s);
			free(s);
		} else if (feed_is(c, FEED_NS_RSS, "guid")) {
			perma = xmlGetProp(c, (const xmlChar *)"isPermaLink");
			guid_link = perma == NULL ||
			    strcasecmp((char *)perma, "false") != 0;
			xmlFree(perma);
			feed_once(&it->guid, feed_text(c));
		} else if (feed_is(c, FEED_NS_RSS, "author") ||
		    feed_is(c, FEED_NS_DC, "creator"))
			feed_once(&it->author, feed_one_line(feed_text(c)));
		else if (feed_is(c, FEED_NS_RSS, "description"))
			feed_once(&it->summary, feed_markup(w->doc, c));
		else if (feed_is(c, FEED_NS_CONTENT, "encoded"))
			feed_once(&it->content, feed_markup(w->doc, c));
		else if (feed_is(c, FEED_NS_RSS, "pubDate"))
			feed_date(c, &t, &have);
		else if (feed_is(c, FEED_NS_DC, "date"))
			feed_date(c, &t_dc, &have_dc);
		else if (feed_is(c, FEED_NS_DC, "identifier"))
			feed_once(&it->guid, feed_text(c));
	}
	if (it->guid == NULL && (about = xmlGetNsProp(item,
	    (const xmlChar *)"about",
	    (const xmlChar *)"http://www.w3.org/1999/02/22-rdf-syntax-ns#"))
	    != NULL) {
		feed_once(&it->guid, xstrdup((const char *)about));
		xmlFree(about);
	}
	if (it->link == NULL && it->guid != NULL && guid_link &&
	    (strncasecmp(it->guid, "http://", 7) == 0 ||
	    strncasecmp(it->guid, "https://", 8) == 0))
		it->link = xstrdup(it->guid);
	if (it->title != NULL)
		it->title = feed_plain(it->title, -1);
	if (!have && have_dc) {
		t = t_dc;
		have = 1;
	}
	feed_item_finish(w, it, t, have);
}

/* The preferred link of an Atom element: rel=alternate (or no rel). */
static char *
feed_atom_link(struct feed_walk *w, xmlNode *parent)
{
	xmlNode	*c;
	xmlChar	*rel, *href;
	char	*r = NULL;
	int	 alt;

	for (c = parent->children; c != NULL && r == NULL; c = c->next) {
		if (!feed_is(c, FEED_NS_ATOM, "link"))
			continue;
		rel = xmlGetProp(c, (const xmlChar *)"rel");
		alt = rel == NULL || strcmp((char *)rel, "alternate") == 0;
		xmlFree(rel);
		if (!alt)
			continue;
		href = xmlGetProp(c, (const xmlChar *)"href");
		if (href != NULL && *feed_trim((char *)href) != '\0')
			r = feed_resolve(w->doc, c, (const char *)href);
		xmlFree(href);
	}
	return (r);
}

/* The name of an Atom person construct (author), or NULL. */
static char *
feed_atom_person(xmlNode *p)
{
	xmlNode	*name;
	char	*s;

	if ((name = feed_child(p, FEED_NS_ATOM, "name")) != NULL)
		s = feed_text(name);
	else
		s = feed_text(p);
	feed_one_line(s);
	if (*s == '\0') {
		free(s);
		return (NULL);
	}
	return (s);
}

/* An Atom title as plain text. */
static char *
feed_atom_title(xmlNode *n)
{
	int	type = feed_atom_type(n);

	if (type == 2)	/* xhtml: the markup is already elements */
		return (feed_one_line(feed_text(n)));
	return (feed_plain(feed_text(n), type == 1 ? 1 : 0));
}

/* Reads one Atom 1.0/0.3 entry. */
static void
feed_atom_entry(struct feed_walk *w, xmlNode *entry)
{
	struct feed_item	*it = feed_new_item(w);
	xmlNode			*c;
	xmlChar			*src;
	time_t			 t = 0, t_upd = 0;
	int			 have = 0, have_upd = 0;

	for (c = entry->children; c != NULL; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (feed_is(c, FEED_NS_ATOM, "title") && it->title == NULL)
			it->title = feed_atom_title(c);
		else if (feed_is(c, FEED_NS_ATOM, "id"))
			feed_once(&it->guid, feed_text(c));
		else if (feed_is(c, FEED_NS_ATOM, "author") &&
		    it->author == NULL)
			it->author = feed_atom_person(c);
		else if (feed_is(c, FEED_NS_ATOM, "summary") &&
		    feed_atom_type(c) >= 0)
			feed_once(&it->summary, feed_markup(w->doc, c));
		else if (feed_is(c, FEED_NS_ATOM, "content") &&
		    feed_atom_type(c) >= 0) {
			src = xmlGetProp(c, (const xmlChar *)"src");
			if (src == NULL)
				feed_once(&it->content, feed_markup(w->doc, c));
			xmlFree(src);
		} else if (feed_is(c, FEED_NS_ATOM, "published") ||
		    feed_is(c, FEED_NS_ATOM, "issued") ||
		    feed_is(c, FEED_NS_ATOM, "created"))
			feed_date(c, &t, &have);
		else if (feed_is(c, FEED_NS_ATOM, "updated") ||
		    feed_is(c, FEED_NS_ATOM, "modified"))
			feed_date(c, &t_upd, &have_upd);
	}
	it->link = feed_atom_link(w, entry);
	if (it->author == NULL && w->feed_author != NULL)
		it->author = xstrdup(w->feed_author);
	if (!have && have_upd) {
		t = t_upd;
		have = 1;
	}
	feed_item_finish(w, it, t, have);
}

/* ------------------------------------------------------------------ */
/* Documents */

/* Parses a positive decimal integer; 0 or -EINVAL. */
static int
feed_number(const char *s, long *v)
{
	char	*end;
	long	 n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno != 0 || end == s || n <= 0)
		return (-EINVAL);
	while (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n')
		end++;
	if (*end != '\0')
		return (-EINVAL);
	*v = n;
	return (0);
}

/* <ttl> minutes, else sy:updatePeriod / sy:updateFrequency. */
static int
feed_ttl(xmlNode *channel)
{
	xmlNode	*n;
	char	*s;
	long	 v, freq = 1, secs = 0;
	size_t	 i;

	if ((n = feed_child(channel, FEED_NS_RSS, "ttl")) != NULL) {
		s = feed_text(n);
		if (feed_number(feed_trim(s), &v) == 0)
			secs = v > FEED_MAX_TTL / 60 ? FEED_MAX_TTL : v * 60;
		free(s);
		if (secs > 0)
			return ((int)secs);
	}
	if ((n = feed_child(channel, FEED_NS_SY, "updatePeriod")) == NULL)
		return (0);
	s = feed_trim(feed_text(n));
	for (i = 0; i < sizeof feed_periods / sizeof feed_periods[0]; i++) {
		if (strcasecmp(s, feed_periods[i].name) == 0)
			secs = feed_periods[i].seconds;
	}
	free(s);
	if ((n = feed_child(channel, FEED_NS_SY, "updateFrequency")) != NULL) {
		s = feed_text(n);
		if (feed_number(feed_trim(s), &v) != 0 || v > 100000)
			v = 1;
		freq = v;
		free(s);
	}
	return ((int)(secs / freq));
}

/* Counts an item that the document ended inside, else reads it. */
static int
feed_item_ok(struct feed_walk *w, xmlNode *n)
{
	if (n->_private != &feed_closed_mark) {
		w->fd->nincomplete++;
		return (0);
	}
	if (w->fd->nitems >= FEED_MAX_ITEMS) {
		w->fd->nextra++;
		return (0);
	}
	return (1);
}

static void
feed_walk_rss(struct feed_walk *w, xmlNode *root)
{
	xmlNode	*channel, *c, *n;

	channel = feed_child(root, FEED_NS_RSS, "channel");
	if (channel != NULL) {
		if ((n = feed_child(channel, FEED_NS_RSS, "title")) != NULL)
			w->fd->title = feed_plain(feed_trim(feed_text(n)), -1);
		if ((n = feed_child(channel, FEED_NS_RSS, "link")) != NULL)
			w->fd->link = feed_trim(feed_text(n));
		w->fd->ttl_s = feed_ttl(channel);
	}
	/* RSS 2.0 nests items in the channel, RSS 1.0 and 0.90 do not. */
	if (channel != NULL) {
		for (c = channel->children; c != NULL; c = c->next) {
			if (feed_is(c, FEED_NS_RSS, "item") &&
			    feed_item_ok(w, c))
				feed_rss_item(w, c);
		}
	}
	for (c = root->children; c != NULL; c = c->next) {
		if (feed_is(c, FEED_NS_RSS, "item") && feed_item_ok(w, c))
			feed_rss_item(w, c);
	}
}

static void
feed_walk_atom(struct feed_walk *w, xmlNode *root)
{
	xmlNode	*c, *n;

	if ((n = feed_child(root, FEED_NS_ATOM, "title")) != NULL)
		w->fd->title = feed_atom_title(n);
	w->fd->link = feed_atom_link(w, root);
	if ((n = feed_child(root, FEED_NS_ATOM, "author")) != NULL)
		w->feed_author = feed_atom_person(n);
	for (c = root->children; c != NULL; c = c->next) {
		if (feed_is(c, FEED_NS_ATOM, "entry") && feed_item_ok(w, c))
			feed_atom_entry(w, c);
	}
}

/*
 * Parses the XML bytes once.  encoding forces an encoding and makes the
 * declared one ignored (NULL: as declared).  Returns the tree or NULL;
 * errors go to fe.
 */
static xmlDoc *
feed_xml_read(const char *buf, size_t len, const char *base_url,
    const char *encoding, struct feed_errs *fe)
{
	xmlParserCtxtPtr	 ctxt;
	xmlStructuredErrorFunc	 old_fn = xmlStructuredError;
	void			*old_ctx = xmlStructuredErrorContext;
	xmlDoc			*doc;

	if ((ctxt = xmlNewParserCtxt()) == NULL)
		return (NULL);
	ctxt->sax->endElementNs = feed_sax_end;
	xmlSetStructuredErrorFunc(fe, feed_xml_error);
	doc = xmlCtxtReadMemory(ctxt, buf, (int)len, base_url, encoding,
	    XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOWARNING |
	    XML_PARSE_COMPACT | (encoding != NULL ? XML_PARSE_IGNORE_ENC : 0));
	xmlSetStructuredErrorFunc(old_ctx, old_fn);
	xmlFreeParserCtxt(ctxt);
	return (doc);
}

/* Cause for a failed XML parse, from the first error. */
static void
feed_xml_cause(struct feed_errs *fe, char **cause)
{
	if (fe->first != NULL)
		feed_set_cause(cause, "XML error at line %d: %s", fe->line,
		    fe->first);
	else
		feed_set_cause(cause, "XML error: document has no root");
}

/* Replaces *s by a valid UTF-8 copy if it is not valid UTF-8. */
static void
feed_fix_utf8(char **s)
{
	char	*t;

	if (*s == NULL || text_utf8_valid(*s, strlen(*s)))
		return;
	t = text_utf8_sanitize(*s, strlen(*s));
	free(*s);
	*s = t;
}

/*
 * After recovering from errors libxml2 can, rarely, hand back bytes that
 * are not UTF-8 (a mangled XML declaration with stray 8-bit bytes): make
 * every string valid before the caller sees it.
 */
static void
feed_doc_sanitize(struct feed_doc *fd)
{
	struct feed_item	*it;
	size_t			 i;

	feed_fix_utf8(&fd->title);
	feed_fix_utf8(&fd->link);
	for (i = 0; i < fd->nitems; i++) {
		it = &fd->items[i];
		feed_fix_utf8(&it->guid);
		feed_fix_utf8(&it->link);
		feed_fix_utf8(&it->title);
		feed_fix_utf8(&it->author);
		feed_fix_utf8(&it->summary);
		feed_fix_utf8(&it->content);
	}
}

/*
 * Reads the document, repairing it only when needed: a clean document is
 * parsed once, as it is.  If that gave errors, the bytes are repaired
 * (invalid UTF-8 replaced, HTML entities and bare '&' fixed; an unknown
 * declared encoding replaced by UTF-8) and, if the repair changed
 * anything, parsed again (*repaired = 1).  Errors of the parse kept are
 * in fe.
 */
static xmlDoc *
feed_xml_parse(const char *buf, size_t len, const char *base_url,
    struct feed_errs *fe, int *repaired)
{
	xmlDoc		*doc;
	char		*clean = NULL, *fixed = NULL;
	const char	*enc;
	size_t		 n;
	int		 utf8, retry = 0;

	/* Naming UTF-8 costs a conversion pass: only to override a label. */
	utf8 = feed_decl_encoding(buf, len);
	enc = utf8 == 1 ? "UTF-8" : NULL;
	doc = feed_xml_read(buf, len, base_url, enc, fe);
	if (fe->n == 0 || utf8 < 0)
		return (doc);
	if (utf8 == 0 && (fe->code == XML_ERR_UNSUPPORTED_ENCODING ||
	    fe->code == XML_ERR_UNKNOWN_ENCODING)) {
		utf8 = retry = 1;
		enc = "UTF-8";
	}
	if (utf8 >= 1 && !text_utf8_valid(buf, len)) {
		clean = text_utf8_sanitize(buf, len);
		buf = clean;
		len = strlen(clean);
		retry = 1;
	}
	if ((n = feed_fix_refs(buf, len, &fixed)) > 0) {
		buf = fixed;
		len = n;
		retry = 1;
	}
	*repaired = retry;
	if (retry) {
		xmlFreeDoc(doc);
		free(fe->first);
		memset(fe, 0, sizeof *fe);
		doc = feed_xml_read(buf, len, base_url, enc, fe);
	}
	free(fixed);
	free(clean);
	return (doc);
}

static int
feed_parse_xml(const char *buf, size_t len, const char *base_url,
    time_t now, struct feed_doc **out, char **cause)
{
	struct feed_errs	 fe = { 0 };
	struct feed_walk	 w;
	struct feed_doc		*fd;
	xmlDoc			*doc;
	xmlNode			*root;
	const char		*name;
	int			 r = -EINVAL, repaired = 0;

	doc = feed_xml_parse(buf, len, base_url, &fe, &repaired);
	if (doc == NULL || (root = xmlDocGetRootElement(doc)) == NULL) {
		feed_xml_cause(&fe, cause);
		goto out;
	}
	name = (const char *)root->name;
	if (strcasecmp(name, "html") == 0) {
		feed_set_cause(cause, "not a feed: got an HTML page");
		goto out;
	}
	fd = xcalloc(1, sizeof *fd);
	memset(&w, 0, sizeof w);
	w.doc = doc;
	w.now = now;
	w.fd = fd;
	if (strcmp(name, "rss") == 0) {
		fd->kind = FEED_KIND_RSS;
		feed_walk_rss(&w, root);
	} else if (strcmp(name, "RDF") == 0) {
		fd->kind = FEED_KIND_RDF;
		feed_walk_rss(&w, root);
	} else if (strcmp(name, "feed") == 0) {
		fd->kind = FEED_KIND_ATOM;
		feed_walk_atom(&w, root);
	} else {
		feed_set_cause(cause, "not a feed: root element <%s>", name);
		feed_doc_free(fd);
		goto out;
	}
	free(w.feed_author);
	fd->repaired = repaired;
	fd->xml_errors = fe.n;
	if (fe.n > 0)
		feed_doc_sanitize(fd);
	if (fe.n > 0 && fd->nitems == 0) {
		feed_xml_cause(&fe, cause);
		feed_doc_free(fd);
		goto out;
	}
	if (fe.first != NULL)
		fd->warning = xasprintf("line %d: %s", fe.line, fe.first);
	*out = fd;
	r = 0;
out:
	xmlFreeDoc(doc);
	free(fe.first);
	return (r);
}

/* ------------------------------------------------------------------ */
/* JSON Feed */

/* A JSON string member, or NULL; caller frees. */
static char *
feed_json_str(json_t *o, const char *key)
{
	json_t	*v = json_object_get(o, key);

	if (json_is_string(v) && json_string_length(v) > 0)
		return (xstrdup(json_string_value(v)));
	if (json_is_integer(v))
		return (xasprintf("%lld", (long long)json_integer_value(v)));
	return (NULL);
}

/* authors[0].name (1.1), else author.name (1.0). */
static char *
feed_json_author(json_t *o)
{
	json_t	*a = json_object_get(o, "authors");

	if (json_is_array(a) && json_array_size(a) > 0)
		return (feed_json_str(json_array_get(a, 0), "name"));
	if (json_is_object(a = json_object_get(o, "author")))
		return (feed_json_str(a, "name"));
	return (NULL);
}

/* Resolves a JSON Feed URL against base_url, if any; caller frees. */
static char *
feed_json_url(const char *url, const char *base_url)
{
	xmlChar	*abs;
	char	*r;

	if (base_url == NULL ||
	    (abs = xmlBuildURI((const xmlChar *)url,
	    (const xmlChar *)base_url)) == NULL)
		return (xstrdup(url));
	r = xstrdup((const char *)abs);
	xmlFree(abs);
	return (r);
}

static void
feed_json_item(struct feed_walk *w, json_t *o, const char *base_url)
{
	struct feed_item	*it = feed_new_item(w);
	char			*s;
	time_t			 t = 0;
	int			 have = 0;

	it->guid = feed_json_str(o, "id");
	if ((s = feed_json_str(o, "url")) != NULL ||
	    (s = feed_json_str(o, "external_url")) != NULL) {
		it->link = feed_json_url(s, base_url);
		free(s);
	}
	if ((s = feed_json_str(o, "title")) != NULL)
		it->title = feed_plain(s, -1);
	it->author = feed_json_author(o);
	if (it->author == NULL && w->feed_author != NULL)
		it->author = xstrdup(w->feed_author);
	it->summary = feed_json_str(o, "summary");
	if ((it->content = feed_json_str(o, "content_html")) == NULL)
		it->content = feed_json_str(o, "content_text");
	if ((s = feed_json_str(o, "date_published")) != NULL ||
	    (s = feed_json_str(o, "date_modified")) != NULL) {
		have = when_parse_any(s, &t) == 0;
		free(s);
	}
	feed_item_finish(w, it, t, have);
}

static int
feed_parse_json(const char *buf, size_t len, const char *base_url,
    time_t now, struct feed_doc **out, char **cause)
{
	struct feed_walk	 w;
	struct feed_doc		*fd;
	json_error_t		 err;
	json_t			*root, *items, *v;
	const char		*version;
	char			*clean = NULL, *s;
	size_t			 i;

	if (!text_utf8_valid(buf, len)) {
		clean = text_utf8_sanitize(buf, len);
		buf = clean;
		len = strlen(clean);
	}
	root = json_loadb(buf, len, 0, &err);
	free(clean);
	if (root == NULL) {
		feed_set_cause(cause, "JSON error at line %d: %s", err.line,
		    err.text);
		return (-EINVAL);
	}
	version = json_string_value(json_object_get(root, "version"));
	items = json_object_get(root, "items");
	if (!json_is_object(root) || version == NULL ||
	    strstr(version, "jsonfeed.org/version/") == NULL ||
	    !json_is_array(items)) {
		feed_set_cause(cause, "not a JSON Feed: no version or items");
		json_decref(root);
		return (-EINVAL);
	}
	fd = xcalloc(1, sizeof *fd);
	fd->kind = FEED_KIND_JSON;
	memset(&w, 0, sizeof w);
	w.now = now;
	w.fd = fd;
	if ((s = feed_json_str(root, "title")) != NULL)
		fd->title = feed_plain(s, -1);
	fd->link = feed_json_str(root, "home_page_url");
	w.feed_author = feed_json_author(root);
	for (i = 0; i < json_array_size(items); i++) {
		v = json_array_get(items, i);
		if (!json_is_object(v))
			continue;
		if (fd->nitems >= FEED_MAX_ITEMS) {
			fd->nextra++;
			continue;
		}
		feed_json_item(&w, v, base_url);
	}
	free(w.feed_author);
	json_decref(root);
	*out = fd;
	return (0);
}

/* ------------------------------------------------------------------ */
/* Entry points */

/* 1 if the document opens like an HTML page. */
static int
feed_is_html(const char *s, size_t len)
{
	while (len > 0 && *s == '<' && len >= 4 && (memcmp(s, "<!--", 4) == 0 ||
	    memcmp(s, "<?", 2) == 0)) {
		const char *e = memmem(s, len, ">", 1);

		if (e == NULL)
			return (0);
		len -= (size_t)(e + 1 - s);
		s = e + 1;
		while (len > 0 && strchr(" \t\r\n", *s) != NULL) {
			s++;
			len--;
		}
	}
	return ((len >= 14 && strncasecmp(s, "<!doctype html", 14) == 0) ||
	    (len >= 5 && strncasecmp(s, "<html", 5) == 0 &&
	    (len == 5 || strchr(" \t\r\n>", s[5]) != NULL)));
}

int
feed_parse(const char *buf, size_t len, const char *base_url, time_t now,
    struct feed_doc **out, char **cause)
{
	if (buf == NULL)
		len = 0;
	if (len > FEED_MAX_BYTES || len > INT_MAX) {
		feed_set_cause(cause, "document too large (%zu bytes)", len);
		return (-EFBIG);
	}
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0) {
		buf += 3;
		len -= 3;
	}
	while (len > 0 && strchr(" \t\r\n", *buf) != NULL && *buf != '\0') {
		buf++;
		len--;
	}
	if (len == 0) {
		feed_set_cause(cause, "empty document");
		return (-ENODATA);
	}
	if (*buf == '{')
		return (feed_parse_json(buf, len, base_url, now, out, cause));
	if (feed_is_html(buf, len)) {
		feed_set_cause(cause, "not a feed: got an HTML page");
		return (-EINVAL);
	}
	return (feed_parse_xml(buf, len, base_url, now, out, cause));
}

const char *
feed_item_body(const struct feed_item *it)
{
	if (it->content != NULL && *it->content != '\0')
		return it->content;
	return it->summary != NULL ? it->summary : "";
}

void
feed_doc_free(struct feed_doc *fd)
{
	size_t	i;

	if (fd == NULL)
		return;
	for (i = 0; i < fd->nitems; i++)
		feed_item_clear(&fd->items[i]);
	free(fd->items);
	free(fd->title);
	free(fd->link);
	free(fd->warning);
	free(fd);
}

int
feed_parse_file(const char *path, time_t now, struct feed_doc **out,
    char **cause)
{
	struct stat	 st;
	char		*data;
	size_t		 off = 0;
	ssize_t		 n;
	int		 fd, r;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		r = -errno;
		feed_set_cause(cause, "%s: %s", path, strerror(errno));
		return (r);
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode) ||
	    st.st_size > FEED_MAX_BYTES) {
		r = S_ISREG(st.st_mode) ? -EFBIG : -EINVAL;
		feed_set_cause(cause, "%s: %s", path, r == -EFBIG ?
		    "file too large" : "not a regular file");
		close(fd);
		return (r);
	}
	data = xmalloc((size_t)st.st_size + 1);
	while (off < (size_t)st.st_size) {
		n = read(fd, data + off, (size_t)st.st_size - off);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0) {
			r = n == 0 ? -EIO : -errno;
			feed_set_cause(cause, "%s: %s", path, n == 0 ?
			    "short read" : strerror(errno));
			free(data);
			close(fd);
			return (r);
		}
		off += (size_t)n;
	}
	close(fd);
	data[off] = '\0';
	r = feed_parse(data, off, NULL, now, out, cause);
	free(data);
	return (r);
}
