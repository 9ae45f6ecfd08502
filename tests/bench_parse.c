/*
 * bench_parse: the parsing benchmark driven by scripts/bench.d/20-parse.
 *
 *   bench_parse gen FILE ITEMS WORDS
 *	writes a deterministic RSS 2.0 feed of ITEMS items, each about
 *	WORDS words of HTML (paragraphs, inline markup, links, entities)
 *	entity-escaped in <description> like the corpus feeds.
 *   bench_parse run FILE RUNS
 *	reads FILE once, then RUNS times: feed_parse, text_from_html of
 *	every item's title and body, and the duplicate hash of both.
 *	Prints "median_s min_s items bytes" on one line.
 *
 * The generator uses its own fixed linear congruential sequence, so the
 * file is byte-identical on every machine.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "feed.h"
#include "log.h"
#include "text.h"
#include "xmalloc.h"

static const char *const bench_words[] = {
	"the", "minister", "said", "on", "Tuesday", "that", "talks", "with",
	"officials", "in", "Tokyo", "would", "focus", "trade", "and",
	"security", "before", "a", "visit", "to", "Washington", "next",
	"week", "government", "spokesman", "told", "reporters", "foreign",
	"secretary", "arrived", "for", "two", "days", "of", "meetings",
	"ambassador", "delegation", "economic", "cooperation", "agreement",
	"president", "prime", "leaders", "discussed", "regional", "issues",
	"including", "energy", "climate", "markets", "defence", "budget",
	"parliament", "opposition", "support", "tariffs", "exports",
	"imports", "currency", "summit", "Brussels", "Moscow", "Beijing",
	"Canberra", "Nairobi", "Brasilia", "Ottawa", "Seoul", "Delhi",
	"Paris", "Berlin", "Madrid", "Rome", "Cairo", "Jakarta", "Manila",
	"is", "was", "will", "has", "had", "are", "were", "by", "from",
	"at", "as", "it", "its", "their", "after", "during", "under",
	"also", "new", "first", "last", "month", "year", "officials'",
	"\"quoted\"", "O'Neill", "AT&T", "<angle>", "caf\xc3\xa9",
	"na\xc3\xafve", "S\xc3\xa3o", "Z\xc3\xbcrich",
};

/* Numerical Recipes LCG: fixed, portable, good enough for text. */
static uint32_t
bench_rand(uint32_t *state)
{
	*state = *state * 1664525u + 1013904223u;
	return (*state >> 8);
}

static const char *
bench_word(uint32_t *st)
{
	return (bench_words[bench_rand(st) %
	    (sizeof bench_words / sizeof bench_words[0])]);
}

/* Appends s escaped for XML character data. */
static void
bench_xml_escape(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&':
			buf_adds(b, "&amp;");
			break;
		case '<':
			buf_adds(b, "&lt;");
			break;
		case '>':
			buf_adds(b, "&gt;");
			break;
		default:
			buf_addc(b, *s);
		}
	}
}

/* Appends a word escaped for HTML (the text layer of the body). */
static void
bench_html_word(struct buf *html, const char *w)
{
	for (; *w != '\0'; w++) {
		switch (*w) {
		case '&':
			buf_adds(html, "&amp;");
			break;
		case '<':
			buf_adds(html, "&lt;");
			break;
		case '>':
			buf_adds(html, "&gt;");
			break;
		case '\'':
			buf_adds(html, "&#8217;");
			break;
		case '"':
			buf_adds(html, "&quot;");
			break;
		default:
			buf_addc(html, *w);
		}
	}
}

/* One item body: paragraphs of 30..90 words with some inline markup. */
static void
bench_body(struct buf *html, uint32_t *st, int words)
{
	int	n = 0, para, i, r;

	while (n < words) {
		para = 30 + (int)(bench_rand(st) % 61);
		buf_adds(html, "<p>");
		for (i = 0; i < para && n < words; i++, n++) {
			if (i > 0)
				buf_addc(html, ' ');
			r = (int)(bench_rand(st) % 40);
			if (r == 0) {
				buf_adds(html, "<b>");
				bench_html_word(html, bench_word(st));
				buf_adds(html, "</b>");
			} else if (r == 1) {
				buf_printf(html, "<a href=\"https://bench."
				    "example.org/ref/%u\">", bench_rand(st) %
				    100000);
				bench_html_word(html, bench_word(st));
				buf_adds(html, "</a>");
			} else if (r == 2)
				buf_adds(html, "&#8211;");
			else
				bench_html_word(html, bench_word(st));
		}
		buf_adds(html, ".</p>\n");
	}
}

static int
bench_gen(const char *path, int items, int words)
{
	struct buf	 out = { 0 }, html = { 0 }, title = { 0 };
	uint32_t	 st = 20260129u;
	FILE		*f;
	time_t		 t = 1600000000;
	struct tm	 tm;
	char		 date[64];
	int		 i, j;

	buf_adds(&out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<rss version=\"2.0\"><channel>\n"
	    "<title>itinerd parse benchmark</title>\n"
	    "<link>https://bench.example.org/</link>\n"
	    "<description>generated</description>\n");
	for (i = 0; i < items; i++) {
		buf_reset(&html);
		buf_reset(&title);
		bench_body(&html, &st, words);
		for (j = 0; j < 8; j++) {
			if (j > 0)
				buf_addc(&title, ' ');
			buf_adds(&title, bench_word(&st));
		}
		t += 137;
		gmtime_r(&t, &tm);
		strftime(date, sizeof date, "%a, %d %b %Y %H:%M:%S +0000",
		    &tm);
		buf_adds(&out, "<item>\n<title>");
		bench_xml_escape(&out, title.data);
		buf_printf(&out, "</title>\n<link>https://bench.example.org/"
		    "%d.html</link>\n<guid isPermaLink=\"false\">bench-%d"
		    "</guid>\n<pubDate>%s</pubDate>\n<description>", i, i,
		    date);
		bench_xml_escape(&out, html.data);
		buf_adds(&out, "</description>\n</item>\n");
	}
	buf_adds(&out, "</channel></rss>\n");
	if ((f = fopen(path, "wb")) == NULL) {
		log_error_errno("%s", path);
		return (1);
	}
	if (fwrite(out.data, 1, out.len, f) != out.len || fclose(f) != 0) {
		log_error_errno("%s", path);
		return (1);
	}
	buf_free(&out);
	buf_free(&html);
	buf_free(&title);
	return (0);
}

static double
bench_now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

static int
bench_cmp(const void *a, const void *b)
{
	double	x = *(const double *)a, y = *(const double *)b;

	return ((x > y) - (x < y));
}

/* One full pass; returns the number of items, or -1 on a parse error. */
static long
bench_once(const char *data, size_t len, uint64_t *sum)
{
	struct feed_doc		*fd;
	struct feed_item	*it;
	const char		*body;
	char			*cause = NULL, *title, *text;
	size_t			 i;
	long			 n;

	if (feed_parse(data, len, "https://bench.example.org/", 0, &fd,
	    &cause) != 0) {
		log_error("parse: %s", cause);
		free(cause);
		return (-1);
	}
	for (i = 0; i < fd->nitems; i++) {
		it = &fd->items[i];
		body = it->content != NULL ? it->content : it->summary;
		if (body == NULL)
			body = "";
		if (text_from_html(it->title, strlen(it->title), &title) != 0 ||
		    text_from_html(body, strlen(body), &text) != 0)
			return (-1);
		*sum ^= text_hash64(title, text);
		free(title);
		free(text);
	}
	n = (long)fd->nitems;
	feed_doc_free(fd);
	return (n);
}

static int
bench_run(const char *path, int runs)
{
	FILE		*f;
	struct buf	 b = { 0 };
	char		 tmp[65536];
	size_t		 n;
	double		*times, t0;
	uint64_t	 sum = 0;
	long		 items = 0;
	int		 i;

	if ((f = fopen(path, "rb")) == NULL) {
		log_error_errno("%s", path);
		return (1);
	}
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_add(&b, tmp, n);
	fclose(f);
	times = xcalloc((size_t)runs, sizeof *times);
	for (i = 0; i < runs; i++) {
		t0 = bench_now();
		if ((items = bench_once(b.data, b.len, &sum)) < 0)
			return (1);
		times[i] = bench_now() - t0;
	}
	qsort(times, (size_t)runs, sizeof *times, bench_cmp);
	printf("%.4f %.4f %ld %zu %016llx\n", times[runs / 2], times[0],
	    items, b.len, (unsigned long long)sum);
	free(times);
	buf_free(&b);
	return (0);
}

/* Positive int argument or -1. */
static int
bench_arg(const char *s)
{
	char	*end;
	long	 v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || v <= 0 || v > 1000000)
		return (-1);
	return ((int)v);
}

int
main(int argc, char **argv)
{
	int	a, b;

	log_init("bench_parse", LOG_LEVEL_WARN);
	if (argc == 5 && strcmp(argv[1], "gen") == 0 &&
	    (a = bench_arg(argv[3])) > 0 && (b = bench_arg(argv[4])) > 0)
		return (bench_gen(argv[2], a, b));
	if (argc == 4 && strcmp(argv[1], "run") == 0 &&
	    (a = bench_arg(argv[3])) > 0)
		return (bench_run(argv[2], a));
	fprintf(stderr, "usage: bench_parse gen FILE ITEMS WORDS\n"
	    "       bench_parse run FILE RUNS\n");
	return (2);
}
