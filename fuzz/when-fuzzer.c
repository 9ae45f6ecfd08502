/*
 * when-fuzzer: the date parsers and calendar helpers of when.h on
 * arbitrary strings.  Checks:
 * - a time parsed by when_parse_rfc822 or when_parse_iso8601 round-trips:
 *   written back in each of the two forms (UTC, four-digit year), it
 *   parses to the same time_t with either parser;
 * - when_parse_any is RFC 822 when that succeeds, else ISO 8601;
 * - an ISO date alone means midnight UTC of that very day;
 * - when_ymd_parse accepts only what when_ymd_format writes back
 *   unchanged, and then when_weekday, when_add_days and
 *   when_days_between agree with each other; when it refuses, so do
 *   they;
 * - when_ymd_format always writes 10 characters.
 */
#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fuzz.h"
#include "when.h"

static const char *const fuzz_when_mon[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec"
};
static const char *const fuzz_when_wday[7] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"
};

/* t written back in both forms and parsed again by both parsers. */
static void
fuzz_when_roundtrip(const char *in, time_t t)
{
	struct tm	tm;
	char		rfc[64], iso[64];
	time_t		t2;

	FUZZ_CHECK(gmtime_r(&t, &tm) != NULL, "'%s': time %lld", in,
	    (long long)t);
	/* A zone can move the date out of years 1..9999: not writable. */
	if (tm.tm_year + 1900 < 1 || tm.tm_year + 1900 > 9999)
		return;
	snprintf(rfc, sizeof rfc, "%s, %02d %s %04d %02d:%02d:%02d +0000",
	    fuzz_when_wday[tm.tm_wday], tm.tm_mday, fuzz_when_mon[tm.tm_mon],
	    tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
	snprintf(iso, sizeof iso, "%04d-%02d-%02dT%02d:%02d:%02dZ",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
	    tm.tm_min, tm.tm_sec);
	FUZZ_CHECK(when_parse_rfc822(rfc, &t2) == 0 && t2 == t,
	    "'%s' -> %lld -> '%s' -> %lld", in, (long long)t, rfc,
	    (long long)t2);
	FUZZ_CHECK(when_parse_iso8601(iso, &t2) == 0 && t2 == t,
	    "'%s' -> %lld -> '%s' -> %lld", in, (long long)t, iso,
	    (long long)t2);
	FUZZ_CHECK(when_parse_any(rfc, &t2) == 0 && t2 == t, "any '%s'", rfc);
	FUZZ_CHECK(when_parse_any(iso, &t2) == 0 && t2 == t, "any '%s'", iso);
}

/* The parsers on s. */
static void
fuzz_when_parsers(const char *s)
{
	time_t		t822 = 0, tiso = 0, tany = 0;
	const char	*p;
	char		day[11];
	int		r822, riso, rany;

	r822 = when_parse_rfc822(s, &t822);
	riso = when_parse_iso8601(s, &tiso);
	rany = when_parse_any(s, &tany);
	FUZZ_CHECK(r822 == 0 || r822 == -EINVAL, "rfc822 returned %d", r822);
	FUZZ_CHECK(riso == 0 || riso == -EINVAL, "iso8601 returned %d", riso);
	if (r822 == 0)
		FUZZ_CHECK(rany == 0 && tany == t822, "any differs from "
		    "rfc822 on '%s'", s);
	else if (riso == 0)
		FUZZ_CHECK(rany == 0 && tany == tiso, "any differs from "
		    "iso8601 on '%s'", s);
	else
		FUZZ_CHECK(rany == -EINVAL, "any accepts '%s'", s);
	if (r822 == 0)
		fuzz_when_roundtrip(s, t822);
	if (riso == 0)
		fuzz_when_roundtrip(s, tiso);

	/* "YYYY-MM-DD" and nothing but space after: midnight of that day. */
	for (p = s; isspace((unsigned char)*p); p++)
		;
	if (riso == 0 && strlen(p) >= 10 && p[10 + strspn(p + 10,
	    " \t\n\v\f\r")] == '\0') {
		FUZZ_CHECK(tiso % 86400 == 0, "'%s' is not midnight", s);
		when_date_of(tiso, day);
		FUZZ_CHECK(strncmp(day, p, 10) == 0, "'%s' is day %s", s, day);
	}
}

/* The calendar helpers on s, with k days to add. */
static void
fuzz_when_calendar(const char *s, int k)
{
	char	out[11], back[11];
	int	y, m, d, wd, wd2, r;
	time_t	t;

	if (when_ymd_parse(s, &y, &m, &d) != 0) {
		FUZZ_CHECK(when_weekday(s) < 0, "weekday of '%s'", s);
		FUZZ_CHECK(when_add_days(s, k, out) == -EINVAL, "add to '%s'",
		    s);
		FUZZ_CHECK(when_days_between(s, "2000-01-01") ==
		    WHEN_DAYS_INVALID, "days from '%s'", s);
		FUZZ_CHECK(when_days_between("2000-01-01", s) ==
		    WHEN_DAYS_INVALID, "days to '%s'", s);
		return;
	}
	when_ymd_format(y, m, d, out);
	FUZZ_CHECK(strcmp(out, s) == 0, "'%s' parsed as %s", s, out);
	FUZZ_CHECK(when_parse_iso8601(s, &t) == 0, "'%s'", s);
	when_date_of(t, back);
	FUZZ_CHECK(strcmp(back, s) == 0, "'%s' is day %s", s, back);
	wd = when_weekday(s);
	FUZZ_CHECK(wd >= 0 && wd <= 6, "weekday %d", wd);
	FUZZ_CHECK(when_add_days(s, 0, out) == 0 && strcmp(out, s) == 0,
	    "'%s' + 0 = %s", s, out);
	FUZZ_CHECK(when_days_between(s, s) == 0, "'%s' - itself", s);
	if ((r = when_add_days(s, k, out)) != 0) {
		FUZZ_CHECK(r == -EINVAL, "add returned %d", r);
		return;
	}
	FUZZ_CHECK(when_ymd_parse(out, &y, &m, &d) == 0, "'%s' + %d = '%s'",
	    s, k, out);
	FUZZ_CHECK(when_days_between(s, out) == k, "'%s' + %d = '%s', "
	    "%d days apart", s, k, out, when_days_between(s, out));
	FUZZ_CHECK(when_days_between(out, s) == -k, "'%s' - %d", out, k);
	wd2 = when_weekday(out);
	FUZZ_CHECK(wd2 == ((wd + k) % 7 + 7) % 7, "'%s' is day %d, "
	    "+%d = '%s' is day %d", s, wd, k, out, wd2);
	FUZZ_CHECK(when_add_days(out, -k, back) == 0 && strcmp(back, s) == 0,
	    "'%s' + %d - %d = '%s'", s, k, k, back);
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*s, out[11];
	uint32_t	 h = 2166136261u;
	int		 k, y, m, d;
	size_t		 i;

	if (size > 256)
		return 0;	/* dates are short; long inputs add nothing */
	s = fuzz_strndup(data, size);
	/* A day count from the bytes: up to ~1,400 years either way. */
	for (i = 0; i < size; i++)
		h = (h ^ data[i]) * 16777619u;
	k = (int)(h % 1000001u) - 500000;
	if (h & 0x80000000u)
		k %= 1000;	/* often a short step, as the extractor takes */
	fuzz_when_parsers(s);
	fuzz_when_calendar(s, k);

	/* when_ymd_format: any fields, always "DDDD-DD-DD". */
	memcpy(&y, (const char *)&h, sizeof y);
	m = (int)size - 100;
	d = size > 0 ? (int)(signed char)data[0] * 1000 : 0;
	when_ymd_format(y, m, d, out);
	FUZZ_CHECK(strlen(out) == 10 && out[4] == '-' && out[7] == '-',
	    "format %d %d %d = '%s'", y, m, d, out);
	free(s);
	return 0;
}
