/*
 * when-fuzzer: the date parsers and calendar helpers of when.h on
 * arbitrary strings.  Checks:
 * - a time parsed by when_parse_rfc822 or when_parse_iso8601 round-trips:
 *   written back in each of the two forms (UTC, four-digit year), it
 *   parses to the same time_t with either parser;
 * - when_parse_any is RFC 822 when that succeeds, else ISO 8601;
 * - an ISO date alone means midnight UTC of that very day;
 * - when_day_parse accepts only what when_day_format writes back
 *   unchanged (and only what when_parse_iso8601 takes for that day's
 *   midnight), and then when_day_to_ymd, when_day_from_ymd,
 *   when_day_weekday and day arithmetic agree with each other;
 * - when_day_format always writes 10 characters, "0000-00-00" outside
 *   years 1..9999.
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

/* The day functions on s, with k days to add. */
static void
fuzz_when_calendar(const char *s, int k)
{
	char	out[11], back[11];
	int32_t	day, day2;
	int	y, m, d, wd, wd2;
	time_t	t;

	if (when_day_parse(s, strlen(s), &day) != 0)
		return;
	when_day_format(day, out);
	FUZZ_CHECK(strcmp(out, s) == 0, "'%s' parsed as %s", s, out);
	FUZZ_CHECK(when_parse_iso8601(s, &t) == 0, "'%s'", s);
	FUZZ_CHECK(when_day_of_time(t) == day, "'%s' is day %d, time %lld",
	    s, (int)day, (long long)t);
	when_date_of(t, back);
	FUZZ_CHECK(strcmp(back, s) == 0, "'%s' is day %s", s, back);
	when_day_to_ymd(day, &y, &m, &d);
	FUZZ_CHECK(when_ymd_valid(y, m, d) && when_day_from_ymd(y, m, d) ==
	    day, "'%s' is %d-%d-%d", s, y, m, d);
	FUZZ_CHECK(d <= when_days_in_month(y, m), "'%s': day %d of %d", s,
	    d, when_days_in_month(y, m));
	wd = when_day_weekday(day);
	FUZZ_CHECK(wd >= 0 && wd <= 6, "weekday %d", wd);
	day2 = day + k;
	when_day_format(day2, out);
	if (strcmp(out, "0000-00-00") == 0)
		return;		/* outside years 1..9999 */
	FUZZ_CHECK(when_day_parse(out, 10, &day2) == 0 && day2 == day + k,
	    "'%s' + %d = '%s'", s, k, out);
	wd2 = when_day_weekday(day2);
	FUZZ_CHECK(wd2 == ((wd + k) % 7 + 7) % 7, "'%s' is day %d, "
	    "+%d = '%s' is day %d", s, wd, k, out, wd2);
	when_day_to_ymd(day2, &y, &m, &d);
	FUZZ_CHECK(when_day_from_ymd(y, m, d) - day == k, "'%s' + %d", s,
	    k);
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*s, out[11];
	uint32_t	 h = 2166136261u;
	int32_t		 day;
	int		 k;
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

	/* when_day_format: any day, always "DDDD-DD-DD". */
	memcpy(&day, (const char *)&h, sizeof day);
	when_day_format(day, out);
	FUZZ_CHECK(strlen(out) == 10 && out[4] == '-' && out[7] == '-',
	    "format %d = '%s'", (int)day, out);
	free(s);
	return 0;
}
