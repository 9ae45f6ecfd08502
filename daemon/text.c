/*
 * text: HTML to plain text for the extractor.  HTML is parsed by libxml2's
 * HTML parser (forgiving, no network) in SAX mode, so no tree is built:
 * character data is written as it comes with whitespace collapsed, and
 * block elements turn into paragraph breaks.  Breaks are kept pending and
 * only written before the next visible text, so empty blocks and nested
 * divs never produce runs of blank lines and no second pass is needed.
 * Input without tags takes a cheaper path that only decodes entities and
 * tidies whitespace.  Everything is made valid UTF-8 before parsing.
 * This is the hot path of ingestion (see scripts/bench.d/20-parse), hence
 * the eight-bytes-at-a-time scans.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "text.h"
#include "xmalloc.h"

/* How an element affects the text around it. */
enum text_role {
	TEXT_INLINE,
	TEXT_LINE,	/* ends a line: br, tr, dt, dd */
	TEXT_BLOCK,	/* a paragraph of its own */
	TEXT_ITEM,	/* a paragraph starting "- " */
	TEXT_PRE,	/* a paragraph keeping its whitespace */
	TEXT_CELL,	/* separated by a space: td, th */
	TEXT_DROP,	/* not text at all: script, style, ... */
};

static const struct {
	const char	*name;
	enum text_role	 role;
} text_roles[] = {
	{ "address", TEXT_BLOCK }, { "article", TEXT_BLOCK },
	{ "aside", TEXT_BLOCK }, { "blockquote", TEXT_BLOCK },
	{ "br", TEXT_LINE }, { "caption", TEXT_BLOCK },
	{ "dd", TEXT_LINE }, { "details", TEXT_BLOCK },
	{ "div", TEXT_BLOCK }, { "dl", TEXT_BLOCK }, { "dt", TEXT_LINE },
	{ "embed", TEXT_DROP }, { "fieldset", TEXT_BLOCK },
	{ "figcaption", TEXT_LINE }, { "figure", TEXT_BLOCK },
	{ "footer", TEXT_BLOCK }, { "form", TEXT_BLOCK },
	{ "h1", TEXT_BLOCK }, { "h2", TEXT_BLOCK }, { "h3", TEXT_BLOCK },
	{ "h4", TEXT_BLOCK }, { "h5", TEXT_BLOCK }, { "h6", TEXT_BLOCK },
	{ "head", TEXT_DROP }, { "header", TEXT_BLOCK },
	{ "hr", TEXT_BLOCK }, { "iframe", TEXT_DROP },
	{ "li", TEXT_ITEM }, { "main", TEXT_BLOCK }, { "math", TEXT_DROP },
	{ "nav", TEXT_BLOCK }, { "noscript", TEXT_DROP },
	{ "object", TEXT_DROP }, { "ol", TEXT_BLOCK }, { "p", TEXT_BLOCK },
	{ "pre", TEXT_PRE }, { "script", TEXT_DROP },
	{ "section", TEXT_BLOCK }, { "style", TEXT_DROP },
	{ "svg", TEXT_DROP }, { "table", TEXT_BLOCK },
	{ "td", TEXT_CELL }, { "template", TEXT_DROP },
	{ "th", TEXT_CELL }, { "title", TEXT_DROP }, { "tr", TEXT_LINE },
	{ "ul", TEXT_BLOCK },
};

/*
 * Bytes that may start whitespace in text: 1 for ASCII whitespace, 2 for
 * 0xc2 (the first byte of NBSP, U+00A0).
 */
static const unsigned char text_ws[256] = {
	['\t'] = 1, ['\n'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
	[0xc2] = 2,
};

/* Roles of the element names seen lately, keyed by libxml2's pointer. */
#define TEXT_ROLE_CACHE	16

/* Output state of one conversion. */
struct text_out {
	char		*data;	/* the text so far, len bytes, not terminated */
	size_t		 len;
	size_t		 cap;
	int		brk;	/* pending break: 0, 1 = newline, 2 = blank */
	int		space;	/* pending space */
	const char	*prefix; /* pending list-item prefix: "- " */
	int		pre;	/* depth inside pre */
	int		drop;	/* depth inside a dropped element */
	/*
	 * libxml2 interns element names in its dictionary, so within one
	 * document a name is always the same pointer: cache name -> role.
	 */
	const void	*cache_name[TEXT_ROLE_CACHE];
	enum text_role	 cache_role[TEXT_ROLE_CACHE];
	unsigned int	 cache_next;
};

/* Binary search; the table is sorted by name. */
static enum text_role
text_role_of(const char *name)
{
	size_t	lo = 0, hi = sizeof text_roles / sizeof text_roles[0], mid;
	int	c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		c = strcmp(name, text_roles[mid].name);
		if (c == 0)
			return (text_roles[mid].role);
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return (TEXT_INLINE);
}

/*
 * Length of the valid UTF-8 sequence at s (at most n bytes available),
 * or 0 if the bytes there are not valid UTF-8.
 */
static size_t
text_utf8_seq(const unsigned char *s, size_t n)
{
	unsigned int	c = s[0];

	if (c < 0x80)
		return (1);
	if (c >= 0xc2 && c <= 0xdf)
		return (n >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0);
	if (c >= 0xe0 && c <= 0xef) {
		if (n < 3 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
			return (0);
		if (c == 0xe0 && s[1] < 0xa0)	/* overlong */
			return (0);
		if (c == 0xed && s[1] >= 0xa0)	/* surrogate */
			return (0);
		return (3);
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (n < 4 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 ||
		    (s[3] & 0xc0) != 0x80)
			return (0);
		if (c == 0xf0 && s[1] < 0x90)	/* overlong */
			return (0);
		if (c == 0xf4 && s[1] >= 0x90)	/* above U+10FFFF */
			return (0);
		return (4);
	}
	return (0);
}

/*
 * Length of the invalid sequence at s that one U+FFFD replaces: the lead
 * byte plus the continuation bytes that could still have been part of a
 * valid character (Unicode's "maximal subpart" practice).
 */
static size_t
text_utf8_bad(const unsigned char *s, size_t n)
{
	unsigned int	c = s[0], lo = 0x80, hi = 0xbf;
	size_t		need, k;

	if (c >= 0xc2 && c <= 0xdf)
		need = 2;
	else if (c >= 0xe0 && c <= 0xef)
		need = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		need = 4;
	else
		return (1);
	if (c == 0xe0)
		lo = 0xa0;
	else if (c == 0xed)
		hi = 0x9f;
	else if (c == 0xf0)
		lo = 0x90;
	else if (c == 0xf4)
		hi = 0x8f;
	for (k = 1; k < need && k < n; k++) {
		if (s[k] < lo || s[k] > hi)
			break;
		lo = 0x80;
		hi = 0xbf;
	}
	return (k);
}

/*
 * 1 if the len bytes at s are valid UTF-8, and when nul is 0 also hold
 * no NUL byte.  ASCII runs go eight bytes at a time.
 */
static int
text_utf8_check(const char *s, size_t len, int nul)
{
	const unsigned char	*p = (const unsigned char *)s;
	const uint64_t		 ones = 0x0101010101010101ULL;
	const uint64_t		 high = 0x8080808080808080ULL;
	size_t			 i = 0, n;
	uint64_t		 v;

	while (i < len) {
		while (i + 8 <= len) {
			memcpy(&v, p + i, 8);
			if ((v & high) != 0 ||
			    (!nul && ((v - ones) & ~v & high) != 0))
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if (p[i] < 0x80) {
			if (p[i] == 0 && !nul)
				return (0);
			i++;
			continue;
		}
		if ((n = text_utf8_seq(p + i, len - i)) == 0)
			return (0);
		i += n;
	}
	return (1);
}

int
text_utf8_valid(const char *s, size_t len)
{
	return (text_utf8_check(s, len, 1));
}

char *
text_utf8_sanitize(const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s;
	struct buf		 b = { 0 };
	size_t			 i = 0, start = 0, n;

	while (i < len) {
		if (p[i] != 0 && p[i] < 0x80) {
			i++;
			continue;
		}
		n = p[i] == 0 ? 0 : text_utf8_seq(p + i, len - i);
		if (n > 0) {
			i += n;
			continue;
		}
		buf_add(&b, s + start, i - start);
		if (p[i] != 0) {
			buf_adds(&b, "\xef\xbf\xbd");
			i += text_utf8_bad(p + i, len - i);
		} else
			i++;
		start = i;
	}
	buf_add(&b, s + start, i - start);
	return (b.data != NULL ? buf_steal(&b) : xstrdup(""));
}

/* Appends code point c as UTF-8; invalid ones become U+FFFD. */
static void
text_put_cp(struct buf *b, unsigned long c)
{
	char	u[4];

	if (c == 0 || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		c = 0xfffd;
	if (c < 0x80) {
		buf_addc(b, (char)c);
	} else if (c < 0x800) {
		u[0] = (char)(0xc0 | (c >> 6));
		u[1] = (char)(0x80 | (c & 0x3f));
		buf_add(b, u, 2);
	} else if (c < 0x10000) {
		u[0] = (char)(0xe0 | (c >> 12));
		u[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		u[2] = (char)(0x80 | (c & 0x3f));
		buf_add(b, u, 3);
	} else {
		u[0] = (char)(0xf0 | (c >> 18));
		u[1] = (char)(0x80 | ((c >> 12) & 0x3f));
		u[2] = (char)(0x80 | ((c >> 6) & 0x3f));
		u[3] = (char)(0x80 | (c & 0x3f));
		buf_add(b, u, 4);
	}
}

/*
 * Decodes the entity at s ("&...;") into b and returns its length, or 0
 * if s does not start a known entity (then '&' is literal text).
 */
static size_t
text_entity(struct buf *b, const char *s)
{
	const htmlEntityDesc	*e;
	char			 name[33];
	unsigned long		 c = 0;
	size_t			 i = 1, n;
	int			 hex = 0, digits = 0;

	if (s[i] == '#') {
		i++;
		if (s[i] == 'x' || s[i] == 'X') {
			hex = 1;
			i++;
		}
		for (;; i++) {
			int	v;

			if (s[i] >= '0' && s[i] <= '9')
				v = s[i] - '0';
			else if (hex && s[i] >= 'a' && s[i] <= 'f')
				v = s[i] - 'a' + 10;
			else if (hex && s[i] >= 'A' && s[i] <= 'F')
				v = s[i] - 'A' + 10;
			else
				break;
			if (c <= 0x10ffff)
				c = c * (hex ? 16 : 10) + (unsigned long)v;
			digits++;
		}
		if (digits == 0 || s[i] != ';')
			return (0);
		text_put_cp(b, c);
		return (i + 1);
	}
	for (n = 0; n < sizeof name - 1; n++, i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9')))
			break;
		name[n] = s[i];
	}
	name[n] = '\0';
	if (n == 0 || s[i] != ';')
		return (0);
	if (strcmp(name, "apos") == 0)
		c = '\'';
	else if ((e = htmlEntityLookup((const xmlChar *)name)) != NULL)
		c = e->value;
	else
		return (0);
	text_put_cp(b, c);
	return (i + 1);
}

char *
text_normalize_ws(const char *s)
{
	struct buf	 b = { 0 };
	int		 space = 0, nl = 0;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t' || *s == '\f' || *s == '\v' ||
		    (s[0] == '\xc2' && s[1] == '\xa0')) {
			if (s[0] == '\xc2')
				s++;
			space = 1;
			continue;
		}
		if (*s == '\r' || *s == '\n') {
			if (*s == '\r' && s[1] == '\n')
				s++;
			nl++;
			space = 0;
			continue;
		}
		if (b.len > 0) {
			if (nl > 0)
				buf_adds(&b, nl > 1 ? "\n\n" : "\n");
			else if (space)
				buf_addc(&b, ' ');
		}
		nl = space = 0;
		buf_addc(&b, *s);
	}
	return (b.data != NULL ? buf_steal(&b) : xstrdup(""));
}

/*
 * Plain text wrapped with indented paragraphs (archived wire copy): a line
 * indented further than the line before it starts a paragraph, so its
 * newline becomes a blank line here, before the indent is trimmed (the
 * extractor reads a single newline as a wrap or a paragraph by the line's
 * width); a word hyphenated across a wrap ("President-" then "elect" on
 * the next line, not indented) is joined.  In place.
 */
static void
text_plain_lines(char *s)
{
	size_t	 in0 = 0, in1;
	char	*r = s, *w = s;

	while (*r == ' ' || *r == '\t')
		*w++ = *r++, in0++;
	while (*r != '\0') {
		const char *p;

		if (*r == '\r' && r[1] == '\n') {
			r++;	/* CRLF: the LF will do */
			continue;
		}
		if (*r != '\n') {
			*w++ = *r++;
			continue;
		}
		for (in1 = 0, p = r + 1; *p == ' ' || *p == '\t'; p++)
			in1++;
		if (in1 == 0 && *p >= 'a' && *p <= 'z' && w - s >= 2 &&
		    w[-1] == '-' && ((w[-2] >= 'a' && w[-2] <= 'z') ||
		    (w[-2] >= 'A' && w[-2] <= 'Z'))) {
			r++;	/* "President-" + "elect" */
			in0 = 0;
			continue;
		}
		*w++ = *r++;
		if (in1 > in0 && *p != '\0' && *p != '\n' && *p != '\r' &&
		    w - s >= 2 && w[-2] != '\n' && w[-2] != '\r') {
			*w++ = '\n';	/* the indent's first byte is spare */
			r++;
		}
		in0 = in1;
	}
	*w = '\0';
}

/* Plain text: decode entities, keep line structure, tidy whitespace. */
static char *
text_from_plain(const char *s)
{
	struct buf	 b = { 0 };
	const char	*amp;
	size_t		 n;
	char		*r;

	while ((amp = strchr(s, '&')) != NULL) {
		buf_add(&b, s, (size_t)(amp - s));
		if ((n = text_entity(&b, amp)) == 0) {
			buf_addc(&b, '&');
			n = 1;
		}
		s = amp + n;
	}
	buf_adds(&b, s);
	if (b.data == NULL)
		return (xstrdup(""));
	text_plain_lines(b.data);
	r = text_normalize_ws(b.data);
	buf_free(&b);
	return (r);
}

/* 1 if the len bytes at s look like markup: '<' then a letter, '/', '!'. */
static int
text_has_tags(const char *s, size_t len)
{
	const char	*end = s + len, *p;

	while ((p = memchr(s, '<', (size_t)(end - s))) != NULL) {
		s = p + 1;
		if (s < end && ((*s >= 'a' && *s <= 'z') ||
		    (*s >= 'A' && *s <= 'Z') || *s == '/' || *s == '!'))
			return (1);
	}
	return (0);
}

static void
text_break(struct text_out *o, int level)
{
	if (level > o->brk)
		o->brk = level;
}

/* Makes room for n more bytes (plus a terminating NUL). */
static void
text_reserve(struct text_out *o, size_t n)
{
	if (o->len + n + 1 <= o->cap)
		return;
	o->cap = o->cap * 2 > o->len + n + 1 ? o->cap * 2 : o->len + n + 1;
	o->data = xrealloc(o->data, o->cap);
}

/*
 * Writes pending break or space, and a pending list prefix, at w (room
 * for 4 bytes reserved); returns the new write position.
 */
static char *
text_flush(struct text_out *o, char *w)
{
	if (w > o->data) {
		if (o->brk > 0) {
			*w++ = '\n';
			if (o->brk > 1)
				*w++ = '\n';
		} else if (o->space)
			*w++ = ' ';
	}
	if (o->prefix != NULL) {	/* always two bytes */
		*w++ = o->prefix[0];
		*w++ = o->prefix[1];
	}
	o->brk = o->space = 0;
	o->prefix = NULL;
	return (w);
}

/*
 * Skips, eight bytes at a time, bytes that need no attention in text_add:
 * neither below 0x20 nor 0xc2 (maybe NBSP), and spaces only when single
 * and followed by such a byte.  Returns the first byte that might need
 * attention (the caller's byte loop decides), or a position less than 8
 * bytes from end.  Little-endian only: elsewhere it skips nothing.
 */
static const unsigned char *
text_skip_clean(const unsigned char *p, const unsigned char *end)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t	ones = 0x0101010101010101ULL;
	const uint64_t	low7 = 0x7f7f7f7f7f7f7f7fULL;
	uint64_t	v, t, lt20, sp, c2, bad, stop;

	while (end - p >= 8) {
		memcpy(&v, p, 8);
		/* Exact per-byte masks (0x80 in each matching byte). */
		lt20 = ~(((v & low7) + 0x60 * ones) | v | low7);
		t = v ^ (0x20 * ones);
		sp = ~(((t & low7) + low7) | t | low7);
		t = v ^ (0xc2 * ones);
		c2 = ~(((t & low7) + low7) | t | low7);
		bad = lt20 | c2;
		/*
		 * A space stops the run when the next byte is a space or bad;
		 * for the last byte the next one is unknown, so stop too.
		 */
		stop = bad | (sp & ((sp | bad) >> 8)) |
		    (sp & 0x8000000000000000ULL);
		if (stop != 0)
			return (p + (__builtin_ctzll(stop) >> 3));
		p += 8;
	}
#else
	(void)end;
#endif
	return (p);
}

/*
 * Appends len bytes of character data, collapsing whitespace runs (and
 * NBSP) into a pending space.  Written in one pass straight into the
 * output: this is the hot loop of the whole conversion.  The output of
 * one call is at most len bytes plus one flush (4 bytes).
 */
static void
text_add(struct text_out *o, const char *s, size_t len)
{
	const unsigned char	*p = (const unsigned char *)s, *end = p + len;
	const unsigned char	*run;
	char			*w;
	unsigned char		 c;

	if (o->drop > 0 || len == 0)
		return;
	text_reserve(o, len + 4);
	w = o->data + o->len;
	if (o->pre > 0) {
		w = text_flush(o, w);
		memcpy(w, s, len);
		o->len = (size_t)(w - o->data) + len;
		return;
	}
	while (p < end) {
		c = *p;
		if (text_ws[c] == 1) {
			o->space = 1;
			p++;
			continue;
		}
		if (c == 0xc2 && p + 1 < end && p[1] == 0xa0) {
			o->space = 1;
			p += 2;
			continue;
		}
		if (o->space | o->brk || o->prefix != NULL)
			w = text_flush(o, w);
		/*
		 * Copy up to the next whitespace that needs collapsing in one
		 * go; a lone space between two words is kept as it is.
		 */
		run = p++;
		for (;;) {
			p = text_skip_clean(p, end);
			while (p < end && text_ws[*p] == 0)
				p++;
			if (p + 1 < end && *p == ' ' && text_ws[p[1]] == 0) {
				p += 2;
				continue;
			}
			break;
		}
		memcpy(w, run, (size_t)(p - run));
		w += p - run;
	}
	o->len = (size_t)(w - o->data);
}

/* text_role_of through the per-document cache. */
static enum text_role
text_role_cached(struct text_out *o, const xmlChar *name)
{
	enum text_role	role;
	unsigned int	i;

	for (i = 0; i < TEXT_ROLE_CACHE; i++) {
		if (o->cache_name[i] == name)
			return (o->cache_role[i]);
	}
	role = text_role_of((const char *)name);
	i = o->cache_next++ % TEXT_ROLE_CACHE;
	o->cache_name[i] = name;
	o->cache_role[i] = role;
	return (role);
}

/* SAX: an element starts. */
static void
text_sax_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	struct text_out	*o = ctx;

	(void)atts;
	if (o->drop > 0) {
		o->drop++;
		return;
	}
	switch (text_role_cached(o, name)) {
	case TEXT_DROP:
		o->drop = 1;
		break;
	case TEXT_LINE:
		text_break(o, 1);
		break;
	case TEXT_BLOCK:
		text_break(o, 2);
		break;
	case TEXT_ITEM:
		text_break(o, 2);
		o->prefix = "- ";
		break;
	case TEXT_PRE:
		text_break(o, 2);
		o->pre++;
		break;
	case TEXT_CELL:
		o->space = 1;
		break;
	case TEXT_INLINE:
		break;
	}
}

/* SAX: an element ends (libxml2 also reports implied and void ends). */
static void
text_sax_end(void *ctx, const xmlChar *name)
{
	struct text_out	*o = ctx;

	if (o->drop > 0) {
		o->drop--;
		return;
	}
	switch (text_role_cached(o, name)) {
	case TEXT_BLOCK:
	case TEXT_ITEM:
		text_break(o, 2);
		o->prefix = NULL;
		break;
	case TEXT_PRE:
		text_break(o, 2);
		if (o->pre > 0)
			o->pre--;
		break;
	case TEXT_LINE:
		text_break(o, 1);
		break;
	case TEXT_CELL:
		o->space = 1;
		break;
	default:
		break;
	}
}

static void
text_sax_chars(void *ctx, const xmlChar *ch, int len)
{
	if (len > 0)
		text_add(ctx, (const char *)ch, (size_t)len);
}

/*
 * Runs libxml2's HTML parser over len bytes of valid UTF-8 with our SAX
 * callbacks, so no tree is built: the text is written as parsed.
 */
static void
text_parse_html(struct text_out *o, const char *html, size_t len)
{
	htmlParserCtxtPtr	 ctxt;
	htmlSAXHandler		*sax;
	htmlDocPtr		 doc;

	if (len > INT_MAX)
		len = INT_MAX;
	if ((ctxt = htmlNewParserCtxt()) == NULL)
		return;
	sax = (htmlSAXHandler *)ctxt->sax;
	memset(sax, 0, sizeof *sax);
	sax->startElement = text_sax_start;
	sax->endElement = text_sax_end;
	sax->characters = text_sax_chars;
	sax->ignorableWhitespace = text_sax_chars;
	sax->cdataBlock = text_sax_chars;
	ctxt->userData = o;
	/*
	 * Naming UTF-8 makes the parser ignore any <meta charset> inside
	 * (the input is already sanitised UTF-8).  Not HTML_PARSE_NOIMPLIED:
	 * in libxml2 2.9 it loses end tags at the top level ("<div>a</div>
	 * <p>b" nests the p in the div).
	 */
	doc = htmlCtxtReadMemory(ctxt, html, (int)len, NULL, "UTF-8",
	    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_RECOVER | HTML_PARSE_COMPACT);
	xmlFreeDoc(doc);
	htmlFreeParserCtxt(ctxt);
}

int
text_from_html(const char *html, size_t len, char **out)
{
	struct text_out	 o;
	char		*clean = NULL;

	if (html == NULL)
		return (-EINVAL);
	/* Copy only when the input needs repair (invalid UTF-8, NULs). */
	if (!text_utf8_check(html, len, 0)) {
		clean = text_utf8_sanitize(html, len);
		html = clean;
		len = strlen(clean);
	}
	if (!text_has_tags(html, len)) {
		if (clean == NULL)
			html = clean = xstrndup(html, len);
		*out = text_from_plain(html);
		free(clean);
		return (0);
	}
	memset(&o, 0, sizeof o);
	text_reserve(&o, len);	/* the text is rarely longer than the HTML */
	text_parse_html(&o, html, len);
	free(clean);
	o.data[o.len] = '\0';
	*out = o.data;
	return (0);
}

/*
 * Mixes n bytes of s into h eight bytes at a time (a multiply-xorshift in
 * the manner of the FNV and splitmix families): dedupe hashes whole
 * article texts, so a byte-at-a-time loop was a visible share of ingest.
 */
static uint64_t
text_hash_mix(uint64_t h, const char *s, size_t n)
{
	const uint64_t	k = 0x9e3779b97f4a7c15ULL;
	uint64_t	w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * k;
		h ^= h >> 29;
	}
	w = 0;
	memcpy(&w, s, n);
	h = (h ^ w ^ ((uint64_t)n << 56)) * k;
	return h ^ (h >> 32);
}

uint64_t
text_hash64(const char *title, const char *text)
{
	uint64_t	h = 0xcbf29ce484222325ULL;

	title = title != NULL ? title : "";
	text = text != NULL ? text : "";
	/* The title's length goes in too, so ("ab","c") != ("a","bc"). */
	h = text_hash_mix(h, title, strlen(title));
	h = text_hash_mix(h ^ 0xff, text, strlen(text));
	h *= 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 31);
}
