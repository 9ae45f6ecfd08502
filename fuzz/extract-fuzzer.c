/*
 * extract-fuzzer: extract_run on arbitrary articles, with the built-in
 * knowledge loaded once in LLVMFuzzerInitialize.  The input's first line
 * is "PUBLISHED[ TITLE]" (the reference date, then optionally the
 * headline after one space); the rest is the article's text.  Both are
 * made valid UTF-8 first, as text_from_html and feed.c deliver them.  A
 * first line that is no valid date must be refused with -EINVAL and no
 * leg; the article is then read with a date picked from its bytes, so
 * every input reaches the extractor.  Checks extract.h's promises for
 * each leg:
 * - person is a non-empty string; role, city and evidence valid UTF-8;
 * - official_country is "" or two capital letters, dest_country two
 *   capital letters;
 * - start and end are "" or a real "YYYY-MM-DD"; a month-precision start
 *   is the 1st; a leg with no start has no day precision; none ends
 *   before it starts;
 * - confidence is in 0..1; status and precision are known values;
 * - coordinates, when present, are on the globe;
 * - evidence is exactly the characters ev_start..ev_end of the text.
 * Appending keeps the legs already in the list.
 */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "fuzz.h"
#include "kb.h"
#include "text.h"
#include "when.h"

static struct kb	*fuzz_kb;

int LLVMFuzzerInitialize(int *, char ***);
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char	*cause = NULL;

	(void)argc;
	(void)argv;
	if (kb_load(&fuzz_kb, &cause) != 0) {
		fprintf(stderr, "extract-fuzzer: kb_load: %s\n",
		    cause != NULL ? cause : "?");
		abort();
	}
	return 0;
}

/* 1 if s is "" or two capital letters (an ISO 3166-1 alpha-2 shape). */
static int
fuzz_extract_cc(const char *s, int empty_ok)
{
	if (s[0] == '\0')
		return empty_ok;
	return isupper((unsigned char)s[0]) && isupper((unsigned char)s[1]) &&
	    s[2] == '\0';
}

/* 1 if s is "" or a date that exists. */
static int
fuzz_extract_date(const char *s)
{
	int32_t	day;

	return s[0] == '\0' || (memchr(s, '\0', 11) != NULL &&
	    when_day_parse(s, strlen(s), &day) == 0);
}

/* The byte offset of character ch of valid UTF-8 text (len bytes). */
static size_t
fuzz_extract_byte(const char *text, size_t len, size_t ch)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++) {
		if (((unsigned char)text[i] & 0xc0) != 0x80) {
			if (n == ch)
				return i;
			n++;
		}
	}
	return len;
}

static void
fuzz_extract_leg(const struct leg *l, size_t i, const char *text)
{
	size_t	len = strlen(text), nch = fuzz_utf8_chars(text, len), a, b;

	FUZZ_CHECK(l->person != NULL && *l->person != '\0' &&
	    fuzz_str_ok(l->person), "leg %zu: person", i);
	FUZZ_CHECK(l->role == NULL || fuzz_str_ok(l->role), "leg %zu: role",
	    i);
	FUZZ_CHECK(l->dest_city == NULL || (*l->dest_city != '\0' &&
	    fuzz_str_ok(l->dest_city)), "leg %zu: city", i);
	FUZZ_CHECK(memchr(l->official_country, '\0', 3) != NULL &&
	    fuzz_extract_cc(l->official_country, 1),
	    "leg %zu: official_country '%.3s'", i, l->official_country);
	FUZZ_CHECK(memchr(l->dest_country, '\0', 3) != NULL &&
	    fuzz_extract_cc(l->dest_country, 0),
	    "leg %zu: dest_country '%.3s'", i, l->dest_country);
	FUZZ_CHECK(fuzz_extract_date(l->start), "leg %zu: start '%.11s'", i,
	    l->start);
	FUZZ_CHECK(fuzz_extract_date(l->end), "leg %zu: end '%.11s'", i,
	    l->end);
	FUZZ_CHECK(l->precision == LEG_PREC_UNKNOWN ||
	    l->precision == LEG_PREC_MONTH || l->precision == LEG_PREC_DAY,
	    "leg %zu: precision %d", i, (int)l->precision);
	FUZZ_CHECK(extract_precision_name(l->precision) != NULL,
	    "leg %zu: precision name", i);
	if (l->precision == LEG_PREC_MONTH && l->start[0] != '\0')
		FUZZ_CHECK(strcmp(l->start + 8, "01") == 0,
		    "leg %zu: month precision start %s", i, l->start);
	if (l->start[0] != '\0' && l->end[0] != '\0')
		FUZZ_CHECK(strcmp(l->start, l->end) <= 0,
		    "leg %zu: ends %s before it starts %s", i, l->end,
		    l->start);
	if (l->start[0] == '\0')
		FUZZ_CHECK(l->precision != LEG_PREC_DAY,
		    "leg %zu: day precision without a start", i);
	FUZZ_CHECK(l->status == LEG_PLANNED || l->status == LEG_ONGOING ||
	    l->status == LEG_COMPLETED || l->status == LEG_CANCELLED,
	    "leg %zu: status %d", i, (int)l->status);
	FUZZ_CHECK(extract_status_name(l->status) != NULL,
	    "leg %zu: status name", i);
	FUZZ_CHECK(l->confidence >= 0.0 && l->confidence <= 1.0,
	    "leg %zu: confidence %g", i, l->confidence);
	if (l->has_coords)
		FUZZ_CHECK(isfinite(l->lat) && isfinite(l->lon) &&
		    fabs(l->lat) <= 90.0 && fabs(l->lon) <= 180.0,
		    "leg %zu: coordinates %g %g", i, l->lat, l->lon);
	FUZZ_CHECK(l->evidence != NULL && fuzz_str_ok(l->evidence),
	    "leg %zu: evidence", i);
	FUZZ_CHECK(l->ev_start <= l->ev_end && l->ev_end <= nch,
	    "leg %zu: evidence at %zu..%zu of %zu characters", i, l->ev_start,
	    l->ev_end, nch);
	a = fuzz_extract_byte(text, len, l->ev_start);
	b = fuzz_extract_byte(text, len, l->ev_end);
	FUZZ_CHECK(strlen(l->evidence) == b - a &&
	    memcmp(l->evidence, text + a, b - a) == 0,
	    "leg %zu: evidence '%s' is not characters %zu..%zu '%.*s'", i,
	    l->evidence, l->ev_start, l->ev_end, (int)(b - a), text + a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct leg	 mark = { .person = "(kept)" };
	struct extract_input	 in;
	struct leg_list		 out = { 0 };
	const uint8_t		*nl, *sp;
	char			*first, *title = NULL, *text, published[11];
	uint32_t		 h = 2166136261u;
	size_t			 flen, i;
	int			 r;
	int32_t			 day;

	nl = memchr(data, '\n', size);
	flen = nl != NULL ? (size_t)(nl - data) : size;
	sp = memchr(data, ' ', flen);
	first = fuzz_strndup(data, sp != NULL ? (size_t)(sp - data) : flen);
	if (sp != NULL)
		title = text_utf8_sanitize((const char *)sp + 1,
		    flen - (size_t)(sp + 1 - data));
	text = nl != NULL ? text_utf8_sanitize((const char *)nl + 1,
	    size - flen - 1) : text_utf8_sanitize("", 0);

	memset(&in, 0, sizeof in);
	in.id = "fuzz";
	in.title = title;
	in.text = text;
	in.published = first;
	if (when_day_parse(first, strlen(first), &day) != 0) {
		r = extract_run(fuzz_kb, &in, &out);
		FUZZ_CHECK(r == -EINVAL && out.n == 0,
		    "published '%s' accepted (%d, %zu legs)", first, r, out.n);
		/* A day from 1980-01-01 to about 2035, from the bytes. */
		for (i = 0; i < size; i++)
			h = (h ^ data[i]) * 16777619u;
		when_day_format(when_day_from_ymd(1980, 1, 1) +
		    (int32_t)(h % 20000), published);
		in.published = published;
	}

	/* One leg already in the list must survive extract_run. */
	out.v = malloc(sizeof *out.v);
	out.v[0] = mark;
	out.v[0].person = strdup(mark.person);
	out.n = out.cap = 1;
	r = extract_run(fuzz_kb, &in, &out);
	FUZZ_CHECK(r == 0, "extract_run returned %d on '%s'", r,
	    in.published);
	FUZZ_CHECK(out.n >= 1 && strcmp(out.v[0].person, mark.person) == 0,
	    "the leg already in the list was lost");
	for (i = 1; i < out.n; i++)
		fuzz_extract_leg(&out.v[i], i, text);
	extract_legs_free(&out);
	free(first);
	free(title);
	free(text);
	return 0;
}
