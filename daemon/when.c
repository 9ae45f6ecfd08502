/*
 * when: parses feed timestamps and does small calendar arithmetic on ISO
 * dates.  The parsers are hand-written scanners over the token shapes
 * real feeds use (see when.h for the accepted forms); they convert
 * through timegm() and reject fields that timegm would silently
 * normalise (31 February, hour 25).  Nothing here depends on the locale
 * or on TZ.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "when.h"

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
 * Builds a time_t from broken-down UTC fields minus offset_min, after
 * checking that every field is in range and the date exists.
 */
static int
when_make(int y, int mon, int d, int h, int mi, int s, int offset_min,
    time_t *out)
{
	struct tm	 tm, chk;
	time_t		 t;

	if (y < 1 || y > 9999 || mon < 1 || mon > 12 || d < 1 || d > 31 ||
	    h < 0 || h > 24 || mi < 0 || mi > 59 || s < 0 || s > 60)
		return (-EINVAL);
	if (h == 24 && (mi != 0 || s != 0))
		return (-EINVAL);
	if (s == 60)		/* leap second: no time_t for it */
		s = 59;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mon - 1;
	tm.tm_mday = d;
	tm.tm_hour = h == 24 ? 0 : h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	t = timegm(&tm);
	if (t == (time_t)-1 && y != 1969)
		return (-EINVAL);
	if (gmtime_r(&t, &chk) == NULL || chk.tm_mday != d ||
	    chk.tm_mon != mon - 1)
		return (-EINVAL);
	if (h == 24)
		t += 24 * 3600;
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
	if (when_tail_ok(s) != 0)
		return (-EINVAL);
	return (when_make(y, mon + 1, d, h, mi, sec, off, out));
}

int
when_parse_iso8601(const char *str, time_t *out)
{
	const char	*s = str;
	int		 y, mon, d, h = 0, mi = 0, sec = 0, off = 0, frac;

	if (s == NULL)
		return (-EINVAL);
	when_skip_space(&s);
	if (when_digits(&s, 4, &y) != 4 || *s++ != '-' ||
	    when_digits(&s, 2, &mon) != 2 || *s++ != '-' ||
	    when_digits(&s, 2, &d) != 2)
		return (-EINVAL);
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
	return (when_make(y, mon, d, h, mi, sec, off, out));
}

int
when_parse_any(const char *s, time_t *out)
{
	if (when_parse_rfc822(s, out) == 0)
		return (0);
	return (when_parse_iso8601(s, out));
}

int
when_ymd_parse(const char *iso, int *y, int *m, int *d)
{
	const char	*s = iso;
	int		 yy, mm, dd;
	time_t		 t;

	if (s == NULL || when_digits(&s, 4, &yy) != 4 || *s++ != '-' ||
	    when_digits(&s, 2, &mm) != 2 || *s++ != '-' ||
	    when_digits(&s, 2, &dd) != 2 || *s != '\0')
		return (-EINVAL);
	if (when_make(yy, mm, dd, 0, 0, 0, 0, &t) != 0)
		return (-EINVAL);
	*y = yy;
	*m = mm;
	*d = dd;
	return (0);
}

void
when_ymd_format(int y, int m, int d, char out[11])
{
	/* The modulo keeps the width fixed for out-of-range input. */
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000,
	    (unsigned)m % 100, (unsigned)d % 100);
}

/* Midnight UTC of an ISO date; 0 or -EINVAL. */
static int
when_iso_time(const char *iso, time_t *t)
{
	int	y, m, d;

	if (when_ymd_parse(iso, &y, &m, &d) != 0)
		return (-EINVAL);
	return (when_make(y, m, d, 0, 0, 0, 0, t));
}

void
when_date_of(time_t t, char out[11])
{
	struct tm	tm;

	if (gmtime_r(&t, &tm) == NULL) {
		snprintf(out, 11, "0000-00-00");
		return;
	}
	when_ymd_format(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, out);
}

int
when_add_days(const char *iso, int days, char out[11])
{
	struct tm	 tm;
	int		 y, m, d;
	time_t		 t;

	if (when_ymd_parse(iso, &y, &m, &d) != 0)
		return (-EINVAL);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d + days;	/* timegm normalises out-of-range days */
	t = timegm(&tm);
	if (gmtime_r(&t, &tm) == NULL || tm.tm_year + 1900 < 1 ||
	    tm.tm_year + 1900 > 9999)
		return (-EINVAL);
	when_ymd_format(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, out);
	return (0);
}

int
when_weekday(const char *iso)
{
	struct tm	tm;
	time_t		t;

	if (when_iso_time(iso, &t) != 0 || gmtime_r(&t, &tm) == NULL)
		return (-EINVAL);
	return (tm.tm_wday);
}

int
when_days_between(const char *a, const char *b)
{
	time_t	ta, tb;

	if (when_iso_time(a, &ta) != 0 || when_iso_time(b, &tb) != 0)
		return (WHEN_DAYS_INVALID);
	return ((int)((tb - ta) / 86400));
}
