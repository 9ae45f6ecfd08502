/*
 * when: dates.  Parses the timestamps feeds carry (RFC 822/1123/2822 as in
 * RSS pubDate, RFC 3339/ISO 8601 as in Atom and JSON Feed) into time_t
 * (UTC), and offers small calendar helpers on "YYYY-MM-DD" strings for the
 * extractor.  All calendar arithmetic goes through timegm/gmtime_r; no
 * time zone database, no locale: named zones are the fixed RFC 822 set.
 */
#ifndef ITINERD_WHEN_H
#define ITINERD_WHEN_H

#include <limits.h>
#include <time.h>

/*
 * RFC 822/1123/2822 date-time and common real-world variants: optional
 * weekday (any case, abbreviated or full, comma optional), 1- or 2-digit
 * day, month name abbreviated or full in any case, 2-digit years (00-49
 * are 20xx, 50-99 are 19xx, RFC 2822 4.3) and 3-digit years (+1900),
 * missing seconds, missing time (midnight), zones UT/UTC/GMT/Z,
 * EST/EDT/CST/CDT/MST/MDT/PST/PDT, +hhmm/-hhmm/+hh:mm, and single
 * military letters (taken as UTC, as RFC 2822 advises).  No zone means
 * UTC.  Trailing text such as "(PST)" is allowed after the zone.
 * Returns 0 and sets *out, or -EINVAL.
 */
int	when_parse_rfc822(const char *, time_t *out);

/*
 * RFC 3339 / ISO 8601 extended form: "YYYY-MM-DD" (midnight UTC),
 * then optionally 'T', 't' or ' ' and "hh:mm[:ss[.fraction]]" and a zone
 * "Z", "+hh:mm", "+hhmm" or "+hh".  A time without zone is taken as UTC.
 * Fractions are dropped.  Returns 0 and sets *out, or -EINVAL.
 */
int	when_parse_iso8601(const char *, time_t *out);

/* Tries RFC 822 then ISO 8601.  Returns 0 and sets *out, or -EINVAL. */
int	when_parse_any(const char *, time_t *out);

/*
 * Calendar helpers on ISO dates "YYYY-MM-DD" (exactly that form; the
 * date must exist, so "2023-02-29" is invalid).  out buffers hold 11
 * bytes including the NUL.
 */
/* Splits an ISO date; returns 0 and sets *y, *m, *d, or -EINVAL. */
int	when_ymd_parse(const char *iso, int *y, int *m, int *d);
/*
 * Formats y-m-d as "YYYY-MM-DD"; no validation, out-of-range fields are
 * reduced modulo 10000 / 100 so the result always has 10 characters.
 */
void	when_ymd_format(int y, int m, int d, char out[11]);
/* out = iso + days (days may be negative); 0 or -EINVAL. */
int	when_add_days(const char *iso, int days, char out[11]);
/* Day of the week of iso, 0 = Sunday .. 6 = Saturday, or -EINVAL. */
int	when_weekday(const char *iso);
/*
 * Days from a to b (b - a: positive when b is later).  Returns
 * WHEN_DAYS_INVALID (INT_MIN) if either date is invalid, since every
 * other int is a possible answer.
 */
#define WHEN_DAYS_INVALID	INT_MIN
int	when_days_between(const char *a, const char *b);
/* The UTC calendar date of t as "YYYY-MM-DD". */
void	when_date_of(time_t t, char out[11]);

#endif
