/*
 * check_text: HTML and plain text to extractor text (tables of input and
 * expected output), whitespace normalisation, UTF-8 checking and repair,
 * the duplicate hash, and the corpus invariant: the body of every
 * development-corpus feed item turns into exactly its articles.jsonl text.
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

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

static const struct {
	const char	*in;
	const char	*want;
} html_rows[] = {
	/* blocks and breaks */
	{ "<p>a</p><p>b</p>", "a\n\nb" },
	{ "a<br>b<br/>c", "a\nb\nc" },
	{ "<div><div>x</div></div><p>y</p>", "x\n\ny" },
	{ "<ul><li>one</li><li>two</li></ul>", "- one\n\n- two" },
	{ "<h1>T</h1>body", "T\n\nbody" },
	{ "<h3>Sub</h3><p>p</p>", "Sub\n\np" },
	{ "<blockquote>q</blockquote>after", "q\n\nafter" },
	{ "<section><article><p>deep</p></article></section>", "deep" },
	{ "text<p>para</p>tail", "text\n\npara\n\ntail" },
	{ "<p>one<p>two", "one\n\ntwo" },
	{ "<p></p><p> </p><div>\n</div>", "" },
	{ "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
	    "a b\nc" },
	{ "<pre>a\n  b</pre><p>c  d</p>", "a\n  b\n\nc d" },
	/* inline markup and whitespace */
	{ "<p>a <b>bold</b> word</p>", "a bold word" },
	{ "<p>  lots   of\n\tspace  </p>", "lots of space" },
	{ "<p>x<span>y</span>z</p>", "xyz" },
	{ "<p>a&nbsp;&nbsp;b\xc2\xa0" "c</p>", "a b c" },
	/* dropped elements and comments */
	{ "<script>var x = '<p>no</p>';</script><p>t</p><style>p{}</style>",
	    "t" },
	{ "<noscript>n</noscript><iframe src=\"x\">i</iframe>ok", "ok" },
	{ "<!-- comment --><p>v</p>", "v" },
	{ "<template><p>hidden</p></template><p>shown</p>", "shown" },
	/* entities */
	{ "<p>&amp; &lt; &gt; &quot; &#39; &#8217; &eacute; &#x263A;</p>",
	    "& < > \" ' \xe2\x80\x99 \xc3\xa9 \xe2\x98\xba" },
	{ "<p>Q&amp;A &amp;amp;</p>", "Q&A &amp;" },
	/* invalid UTF-8 */
	{ "<p>caf\xe9 ok</p>", "caf\xef\xbf\xbd ok" },
	/* plain text keeps its lines */
	{ "Line one\nLine two", "Line one\nLine two" },
	{ "a &amp; b &#8217; &bogus; AT&T", "a & b \xe2\x80\x99 &bogus; AT&T" },
	{ "x < y and 3<4", "x < y and 3<4" },
	{ "  spaced \t out  \r\n\n\n\nnext  ", "spaced out\n\nnext" },
	{ "", "" },
	{ "   \n  ", "" },
};

START_TEST(test_html)
{
	char	*out;
	size_t	 i;

	for (i = 0; i < NELEM(html_rows); i++) {
		out = NULL;
		ck_assert_int_eq(text_from_html(html_rows[i].in,
		    strlen(html_rows[i].in), &out), 0);
		ck_assert_msg(strcmp(out, html_rows[i].want) == 0,
		    "row %zu \"%s\": got \"%s\"", i, html_rows[i].in, out);
		free(out);
	}
	ck_assert_int_eq(text_from_html(NULL, 0, &out), -EINVAL);
}
END_TEST

START_TEST(test_html_len)
{
	char	*out;

	/* Only len bytes are read, and a NUL inside is dropped. */
	ck_assert_int_eq(text_from_html("<p>abc</p>junk", 10, &out), 0);
	ck_assert_str_eq(out, "abc");
	free(out);
	ck_assert_int_eq(text_from_html("<p>a\0b</p>", 10, &out), 0);
	ck_assert_str_eq(out, "ab");
	free(out);
}
END_TEST

START_TEST(test_html_deep)
{
	struct buf	 b = { 0 };
	char		*out;
	int		 i;

	for (i = 0; i < 20000; i++)
		buf_adds(&b, "<div><span>");
	buf_adds(&b, "bottom");
	ck_assert_int_eq(text_from_html(b.data, b.len, &out), 0);
	/* libxml2 may cut the tree at its depth limit; no crash, no junk. */
	ck_assert(strcmp(out, "bottom") == 0 || strcmp(out, "") == 0);
	free(out);
	buf_free(&b);
}
END_TEST

/* The whitespace rule written the slow, obvious way. */
static char *
collapse_ref(const char *s)
{
	struct buf	b = { 0 };
	int		space = 0;

	while (*s != '\0') {
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' ||
		    (s[0] == '\xc2' && s[1] == '\xa0')) {
			s += s[0] == '\xc2' ? 2 : 1;
			space = 1;
			continue;
		}
		if (space && b.len > 0)
			buf_addc(&b, ' ');
		space = 0;
		buf_addc(&b, *s++);
	}
	return (b.data != NULL ? buf_steal(&b) : xstrdup(""));
}

/*
 * The fast whitespace path (eight bytes at a time) against the reference
 * on pseudo-random text built from words, spaces, tabs, newlines, NBSP and
 * other 0xc2 characters, at every alignment.
 */
START_TEST(test_ws_random)
{
	static const char *const atoms[] = { "a", "bc", "def", "\xc3\xa9",
	    " ", " ", " ", "  ", "\t", "\n", "\r\n", "\xc2\xa0",
	    "\xc2\xa9", "longerword", "x" };
	struct buf	 in;
	unsigned int	 seed = 12345, i, n, k;
	char		*want, *got, *html;

	for (i = 0; i < 3000; i++) {
		memset(&in, 0, sizeof in);
		buf_adds(&in, "");
		seed = seed * 1103515245u + 12345u;
		n = (seed >> 16) % 60;
		for (k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			buf_adds(&in, atoms[(seed >> 16) % NELEM(atoms)]);
		}
		want = collapse_ref(in.data);
		html = xasprintf("<p>%s</p>", in.data);
		ck_assert_int_eq(text_from_html(html, strlen(html), &got), 0);
		ck_assert_msg(strcmp(got, want) == 0, "\"%s\": got \"%s\" "
		    "want \"%s\"", in.data, got, want);
		free(got);
		free(html);
		free(want);
		buf_free(&in);
	}
}
END_TEST

static const struct {
	const char	*in;
	const char	*want;
} ws_rows[] = {
	{ "a\r\nb\rc", "a\nb\nc" },
	{ "  a  \n  b  ", "a\nb" },
	{ "a\n\n\n\nb", "a\n\nb" },
	{ "\n\n a", "a" },
	{ "a\xc2\xa0\xc2\xa0" "b\t\tc", "a b c" },
	{ "a \n \n \n b", "a\n\nb" },
	{ "", "" },
};

START_TEST(test_normalize_ws)
{
	char	*out;
	size_t	 i;

	for (i = 0; i < NELEM(ws_rows); i++) {
		out = text_normalize_ws(ws_rows[i].in);
		ck_assert_msg(strcmp(out, ws_rows[i].want) == 0,
		    "row %zu: got \"%s\"", i, out);
		free(out);
	}
}
END_TEST

static const struct {
	const char	*in;
	size_t		 len;
	int		 valid;
	const char	*sanitized;
} utf8_rows[] = {
	{ "plain", 5, 1, "plain" },
	{ "caf\xc3\xa9", 5, 1, "caf\xc3\xa9" },
	{ "\xe2\x80\x99\xf0\x9f\x98\x80", 7, 1,
	    "\xe2\x80\x99\xf0\x9f\x98\x80" },
	{ "caf\xe9", 4, 0, "caf\xef\xbf\xbd" },
	{ "\xc0\xaf", 2, 0, "\xef\xbf\xbd\xef\xbf\xbd" },	/* overlong */
	{ "\xed\xa0\x80", 3, 0,				/* surrogate */
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
	{ "a\xf0\x9f\x98", 4, 0, "a\xef\xbf\xbd" },	/* truncated */
	{ "\xf4\x90\x80\x80", 4, 0,			/* > U+10FFFF */
	    "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
	{ "\xff", 1, 0, "\xef\xbf\xbd" },
	{ "a\0b", 3, 1, "ab" },
	{ "", 0, 1, "" },
};

START_TEST(test_utf8)
{
	char	*out;
	size_t	 i;

	for (i = 0; i < NELEM(utf8_rows); i++) {
		ck_assert_msg(text_utf8_valid(utf8_rows[i].in,
		    utf8_rows[i].len) == utf8_rows[i].valid, "row %zu", i);
		out = text_utf8_sanitize(utf8_rows[i].in, utf8_rows[i].len);
		ck_assert_msg(strcmp(out, utf8_rows[i].sanitized) == 0,
		    "row %zu sanitized wrong", i);
		ck_assert(text_utf8_valid(out, strlen(out)));
		free(out);
	}
}
END_TEST

START_TEST(test_hash)
{
	char		 a[48], b[48];
	uint64_t	 h;
	size_t		 len, pos;

	/* Absent is empty; the same input gives the same hash. */
	ck_assert_uint_eq(text_hash64(NULL, NULL), text_hash64("", ""));
	ck_assert_uint_eq(text_hash64("Title", "Body text"),
	    text_hash64("Title", "Body text"));
	/* Where title ends and text begins matters. */
	ck_assert_uint_ne(text_hash64("ab", ""), text_hash64("a", "b"));
	ck_assert_uint_ne(text_hash64("", "ab"), text_hash64("ab", ""));
	/*
	 * Every byte counts, in the 8-byte words and in the tail: change
	 * one byte at each position of texts of every length up to 40.
	 */
	for (len = 1; len <= 40; len++) {
		memset(a, 'x', len);
		a[len] = '\0';
		h = text_hash64("t", a);
		for (pos = 0; pos < len; pos++) {
			memcpy(b, a, len + 1);
			b[pos] = 'y';
			ck_assert_msg(text_hash64("t", b) != h,
			    "len %zu pos %zu collides", len, pos);
		}
		/* A trailing byte more is a different text. */
		memcpy(b, a, len + 1);
		b[len] = 'x';
		b[len + 1] = '\0';
		ck_assert_uint_ne(text_hash64("t", b), h);
	}
}
END_TEST

START_TEST(test_corpus_invariant)
{
	static const char *const feeds[] = { "reuters-1987.rss.xml",
	    "state-dept-2021-2022.rss.xml", "mixed.atom.xml" };
	struct feed_doc		*fd;
	struct feed_item	*it;
	json_t			*texts;
	const char		*body, *want;
	char			*path, *cause = NULL, *out;
	size_t			 i, j, total = 0, same = 0;
	struct buf		 miss = { 0 };

	texts = tu_corpus_articles();
	for (i = 0; i < NELEM(feeds); i++) {
		path = xasprintf("%s/dev/feeds/%s", tu_env("ITINERD_CORPUS"),
		    feeds[i]);
		ck_assert_msg(feed_parse_file(path, 0, &fd, &cause) == 0,
		    "%s: %s", path, cause);
		free(path);
		for (j = 0; j < fd->nitems; j++) {
			it = &fd->items[j];
			body = it->content != NULL ? it->content : it->summary;
			want = json_string_value(json_object_get(
			    json_object_get(texts, it->guid), "text"));
			ck_assert_ptr_nonnull(want);
			ck_assert_int_eq(text_from_html(body, strlen(body),
			    &out), 0);
			total++;
			if (strcmp(out, want) == 0)
				same++;
			else
				buf_printf(&miss, " %s", it->guid);
			free(out);
		}
		feed_doc_free(fd);
	}
	json_decref(texts);
	ck_assert_uint_eq(total, 85);
	ck_assert_msg(same == total, "%zu of %zu match; differ:%s", same, total,
	    miss.data != NULL ? miss.data : "");
	buf_free(&miss);
}
END_TEST

static Suite *
text_suite(void)
{
	Suite	*s = suite_create("text");
	TCase	*tc;

	tc = tcase_create("html");
	tcase_add_test(tc, test_html);
	tcase_add_test(tc, test_html_len);
	tcase_add_test(tc, test_html_deep);
	suite_add_tcase(s, tc);
	tc = tcase_create("plain");
	tcase_add_test(tc, test_normalize_ws);
	tcase_add_test(tc, test_ws_random);
	tcase_add_test(tc, test_utf8);
	tcase_add_test(tc, test_hash);
	suite_add_tcase(s, tc);
	tc = tcase_create("corpus");
	tcase_add_test(tc, test_corpus_invariant);
	tu_add_corpus_tcase(s, tc, "corpus", 1);
	return (s);
}

int
main(void)
{
	return tu_run_suite(text_suite());
}
