/*
 * when: parses feed timestamps and keeps dates as day numbers.  The
 * timestamp parsers are hand-written scanners over the token shapes real
 * feeds use (see when.h for the accepted forms); they reject fields that
 * would otherwise be carried over (31 February, hour 25).  The calendar
 * (libc's timegm and gmtime_r) is in exactly two functions,
 * when_day_from_ymd and when_day_to_ymd; every other date computation
 * (validity, month lengths and so leap years, parsing, formatting,
 * the date of a time_t, the time_t the timestamp parsers build) goes
 * through those two, so there is one calendar implementation in the
 * program.  Nothing here depends on the locale or on TZ.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "when.h"

#define WHEN_SECS_DAY	86400

/*
 * Day numbers of 0001-01-01 and 9999-12-31, the range of dates the
 * program writes (4-digit years).
 */
#define WHEN_DAY_MIN	(-719162)
#define WHEN_DAY_MAX	2932896

/* Day numbers and time_t need 64-bit time_t for years past 2038. */
_Static_assert(sizeof(time_t) >= 8, "time_t must have 64 bits");

/*
 * The civil conversions go through libc's timegm() and gmtime_r() (about
 * 70 ns a pair, measured): midnight UTC of a date is an exact multiple
 * of a day, so day * 86400 is that midnight and the division is exact.
 */
int32_t
when_day_from_ymd(int y, int m, int d)
{
	struct tm	tm;

	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	return ((int32_t)(timegm(&tm) / WHEN_SECS_DAY));
}

void
when_day_to_ymd(int32_t day, int *y, int *m, int *d)
{
	struct tm	tm;
	time_t		t = (time_t)day * WHEN_SECS_DAY;

	if (gmtime_r(&t, &tm) == NULL) {	/* not for any int32 day */
		*y = *m = *d = 0;
		return;
	}
	*y = tm.tm_year + 1900;
	*m = tm.tm_mon + 1;
	*d = tm.tm_mday;
}

int
when_days_in_month(int y, int m)
{
	if (m < 1 || m > 12)
		return (0);
	return ((int)((m == 12 ? when_day_from_ymd(y + 1, 1, 1) :
	    when_day_from_ymd(y, m + 1, 1)) - when_day_from_ymd(y, m, 1)));
}

int
when_ymd_valid(int y, int m, int d)
{
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return (0);
	return (d <= when_days_in_month(y, m));
}

/* The value of the n ASCII digits at s, or -1 if one is not a digit. */
static int
when_fixed_digits(const char *s, int n)
{
	int	i, v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return (-1);
		v = v * 10 + (s[i] - '0');
	}
	return (v);
}

int
when_day_parse(const char *s, size_t len, int32_t *out)
{
	int	y, m, d;

	if (s == NULL || len != 10 || s[4] != '-' || s[7] != '-')
		return (-EINVAL);
	if ((y = when_fixed_digits(s, 4)) < 0 ||
	    (m = when_fixed_digits(s + 5, 2)) < 0 ||
	    (d = when_fixed_digits(s + 8, 2)) < 0 || !when_ymd_valid(y, m, d))
		return (-EINVAL);
	*out = when_day_from_ymd(y, m, d);
	return (0);
}

void
when_day_format(int32_t day, char out[11])
{
	int	y, m, d;

	if (day < WHEN_DAY_MIN || day > WHEN_DAY_MAX) {
		snprintf(out, 11, "0000-00-00");
		return;
	}
	when_day_to_ymd(day, &y, &m, &d);
	snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
}

int
when_day_weekday(int32_t day)
{
	/* 1970-01-01 was a Thursday; the remainder may be negative. */
	int	r = (int)(((int64_t)day + 4) % 7);

	return (r < 0 ? r + 7 : r);
}

int32_t
when_day_of_time(time_t t)
{
	time_t	day = t / WHEN_SECS_DAY;

	if (t % WHEN_SECS_DAY < 0)	/* round toward -infinity */
		day--;
	if (day <= INT32_MIN || day > INT32_MAX)
		return (WHEN_DAY_NONE);
	return ((int32_t)day);
}

static const char *const when_months[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

static const char *const when_days[7] = {
	"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday"
};

/* Named zones of RFC 822 with their offsets in minutes east of UTC. */
static const struct {
	const char	*name;
	int		 minutes;
} when_zones[] = {
	{ "UT", 0 }, { "UTC", 0 }, { "GMT", 0 }, { "Z", 0 },
	{ "EST", -5 * 60 }, { "EDT", -4 * 60 },
	{ "CST", -6 * 60 }, { "CDT", -5 * 60 },
	{ "MST", -7 * 60 }, { "MDT", -6 * 60 },
	{ "PST", -8 * 60 }, { "PDT", -7 * 60 },
};

/*
 * Builds a time_t from a day number and a UTC time of day minus
 * offset_min, after checking that the time fields are in range (the
 * caller has checked the date).
 */
static int
when_make(int32_t day, int h, int mi, int s, int offset_min, time_t *out)
{
	time_t	t;

	if (h < 0 || h > 24 || mi < 0 || mi > 59 || s < 0 || s > 60)
		return (-EINVAL);
	if (h == 24 && (mi != 0 || s != 0))
		return (-EINVAL);
	if (s == 60)		/* leap second: no time_t for it */
		s = 59;
	t = (time_t)day * WHEN_SECS_DAY + h * 3600 + mi * 60 + s;
	*out = t - (time_t)offset_min * 60;
	return (0);
}

/* Reads 1..max digits at *sp into *v; returns the count read (0 = none). */
static int
when_digits(const char **sp, int max, int *v)
{
	const char	*s = *sp;
	int		 n = 0, val = 0;

	while (n < max && isdigit((unsigned char)s[n])) {
		val = val * 10 + (s[n] - '0');
		n++;
	}
	if (n > 0) {
		*v = val;
		*sp = s + n;
	}
	return (n);
}

static void
when_skip_space(const char **sp)
{
	while (isspace((unsigned char)**sp))
		(*sp)++;
}

/* Length of the run of letters at s. */
static size_t
when_word(const char *s)
{
	size_t	n = 0;

	while (isalpha((unsigned char)s[n]))
		n++;
	return (n);
}

/*
 * Matches a word against a table of full names: the word must be the
 * three-letter abbreviation, the full name, or (for "Sept", "Tues",
 * "Thurs") a longer prefix of it.  Returns the index or -1.
 */
static int
when_name(const char *w, size_t n, const char *const *names, int count)
{
	int	i;

	if (n < 3)
		return (-1);
	for (i = 0; i < count; i++) {
		if (n <= strlen(names[i]) && strncasecmp(w, names[i], n) == 0)
			return (i);
	}
	return (-1);
}

/*
 * Reads a zone at *sp: +hhmm, +hh:mm, +hh, a named zone or a military
 * letter.  An empty zone is UTC.  Sets *min; returns 0 or -EINVAL.
 */
static int
when_zone(const char **sp, int *min)
{
	const char	*s = *sp;
	size_t		 n, i;
	int		 sign, hh, mm = 0, nd;

	if (*s == '\0') {
		*min = 0;
		return (0);
	}
	if (*s == '+' || *s == '-') {
		sign = *s == '-' ? -1 : 1;
		s++;
		nd = when_digits(&s, 4, &hh);
		if (nd == 4) {
			mm = hh % 100;
			hh /= 100;
		} else if (nd == 2 || nd == 1) {
			if (*s == ':') {
				s++;
				if (when_digits(&s, 2, &mm) != 2)
					return (-EINVAL);
			}
		} else
			return (-EINVAL);
		if (hh > 23 || mm > 59)
			return (-EINVAL);
		*min = sign * (hh * 60 + mm);
		*sp = s;
		return (0);
	}
	n = when_word(s);
	if (n == 0)
		return (-EINVAL);
	for (i = 0; i < sizeof when_zones / sizeof when_zones[0]; i++) {
		if (strlen(when_zones[i].name) == n &&
		    strncasecmp(s, when_zones[i].name, n) == 0) {
			*min = when_zones[i].minutes;
			*sp = s + n;
			return (0);
		}
	}
	if (n == 1 && toupper((unsigned char)*s) != 'J') {
		/* Military zone: RFC 2822 says treat as -0000. */
		*min = 0;
		*sp = s + 1;
		return (0);
	}
	return (-EINVAL);
}

/* Only whitespace or a parenthesised comment may follow a date. */
static int
when_tail_ok(const char *s)
{
	when_skip_space(&s);
	if (*s == '(')
		return (strchr(s, ')') != NULL ? 0 : -EINVAL);
	return (*s == '\0' ? 0 : -EINVAL);
}

int
when_parse_rfc822(const char *str, time_t *out)
{
	const char	*s = str;
	size_t		 n;
	int		 d, mon, y, h = 0, mi = 0, sec = 0, off = 0, nd;

	if (s == NULL)
		return (-EINVAL);
	when_skip_space(&s);
	n = when_word(s);
	if (n > 0) {
		if (when_name(s, n, when_days, 7) < 0)
			return (-EINVAL);
		s += n;
		if (*s == '.')
			s++;
		when_skip_space(&s);
		if (*s == ',')
			s++;
		when_skip_space(&s);
	}
	if (when_digits(&s, 2, &d) == 0)
		return (-EINVAL);
	if (*s == '-')		/* "02-Oct-2002" (RFC 850 style) */
		s++;
	when_skip_space(&s);
	n = when_word(s);
	if ((mon = when_name(s, n, when_months, 12)) < 0)
		return (-EINVAL);
	s += n;
	if (*s == '.')
		s++;
	if (*s == '-')
		s++;
	when_skip_space(&s);
	nd = when_digits(&s, 4, &y);
	if (nd == 2)
		y += y < 50 ? 2000 : 1900;
	else if (nd == 3)
		y += 1900;
	else if (nd != 4)
		return (-EINVAL);
	if (*s != '\0' && !isspace((unsigned char)*s))
		return (-EINVAL);
	when_skip_space(&s);
	if (isdigit((unsigned char)*s)) {
		if (when_digits(&s, 2, &h) == 0 || *s++ != ':' ||
		    when_digits(&s, 2, &mi) != 2)
			return (-EINVAL);
		if (*s == ':') {
			s++;
			if (when_digits(&s, 2, &sec) != 2)
				return (-EINVAL);
		}
		when_skip_space(&s);
		if (when_zone(&s, &off) != 0)
			return (-EINVAL);
	}
	if (when_tail_ok(s) != 0 || !when_ymd_valid(y, mon + 1, d))
		return (-EINVAL);
	return (when_make(when_day_from_ymd(y, mon + 1, d), h, mi, sec, off,
	    out));
}

int
when_parse_iso8601(const char *str, time_t *out)
{
	const char	*s = str;
	int32_t		 day;
	int		 h = 0, mi = 0, sec = 0, off = 0, frac;

	if (s == NULL)
		return (-EINVAL);
	when_skip_space(&s);
	/* The date is the first 10 bytes, read by the one date parser. */
	if (strnlen(s, 10) != 10 || when_day_parse(s, 10, &day) != 0)
		return (-EINVAL);
	s += 10;
	if ((*s == 'T' || *s == 't' || *s == ' ') &&
	    isdigit((unsigned char)s[1])) {
		s++;
		if (when_digits(&s, 2, &h) != 2 || *s++ != ':' ||
		    when_digits(&s, 2, &mi) != 2)
			return (-EINVAL);
		if (*s == ':') {
			s++;
			if (when_digits(&s, 2, &sec) != 2)
				return (-EINVAL);
			if (*s == '.' || *s == ',') {
				s++;
				if (!isdigit((unsigned char)*s))
					return (-EINVAL);
				while (when_digits(&s, 9, &frac) > 0)
					;
			}
		}
		if (*s == 'Z' || *s == 'z')
			s++;
		else if (*s == '+' || *s == '-') {
			if (when_zone(&s, &off) != 0)
				return (-EINVAL);
		}
	}
	if (when_tail_ok(s) != 0)
		return (-EINVAL);
	return (when_make(day, h, mi, sec, off, out));
}

int
when_parse_any(const char *s, time_t *out)
{
	if (when_parse_rfc822(s, out) == 0)
		return (0);
	return (when_parse_iso8601(s, out));
}

void
when_date_of(time_t t, char out[11])
{
	when_day_format(when_day_of_time(t), out);
}
