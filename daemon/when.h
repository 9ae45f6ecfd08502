/*
 * when: dates.  Parses the timestamps feeds carry (RFC 822/1123/2822 as in
 * RSS pubDate, RFC 3339/ISO 8601 as in Atom and JSON Feed) into time_t
 * (UTC), and holds the program's one date value: a day number (days since
 * 1970-01-01) with a precision.  Dates are text only at the edges: read
 * with when_day_parse (the one "YYYY-MM-DD" parser), written with
 * when_day_format.  The civil conversions (when_day_from_ymd and
 * when_day_to_ymd) are the only calendar code; everything else here is
 * built on them.  No time zone database, no locale: named zones are the
 * fixed RFC 822 set.
 */
#ifndef ITINERD_WHEN_H
#define ITINERD_WHEN_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* Days since 1970-01-01 (proleptic Gregorian; negative before 1970). */
#define WHEN_DAY_NONE	INT32_MIN		/* no date */
enum when_prec {
	WHEN_PREC_NONE = 0,
	WHEN_PREC_YEAR,
	WHEN_PREC_MONTH,
	WHEN_PREC_DAY
};
/*
 * A date as known: day is the first day of what is known (month
 * precision: the 1st; year precision: 1 January).  prec WHEN_PREC_NONE
 * means no date whatever day holds, so a zeroed struct is "no date"; by
 * convention day is then WHEN_DAY_NONE.
 */
struct when_date { int32_t day; enum when_prec prec; };

/*
 * The day number of y-m-d.  No validation: the caller passes a real date
 * (when_ymd_valid); out-of-range months and days are carried over as
 * timegm does, which callers must not rely on.
 */
int32_t	when_day_from_ymd(int y, int m, int d);
/* The calendar date of a day number (any int32 except WHEN_DAY_NONE). */
void	when_day_to_ymd(int32_t day, int *y, int *m, int *d);
/* 1 if y-m-d exists and y is in 1..9999, else 0. */
int	when_ymd_valid(int y, int m, int d);
/* The length of month m of year y, 28..31, or 0 if m is not 1..12. */
int	when_days_in_month(int y, int m);
/*
 * The one strict date parser: exactly "YYYY-MM-DD" (4-2-2 ASCII digits, a
 * real date in years 1..9999) in the len bytes at s, which need no NUL.
 * Returns 0 and sets *out, or -EINVAL (and *out is untouched).  No sign,
 * space or other byte is accepted: "2021-+1-01", " 202-01-01",
 * "-001-01-01" and "2023-02-29" fail.
 */
int	when_day_parse(const char *s, size_t len, int32_t *out);
/*
 * Writes day as "YYYY-MM-DD" and a NUL into out.  A day outside years
 * 1..9999 (WHEN_DAY_NONE included) is written as "0000-00-00".
 */
void	when_day_format(int32_t day, char out[11]);
/* Day of the week, 0 = Sunday .. 6 = Saturday. */
int	when_day_weekday(int32_t day);
/*
 * The UTC calendar day of t, or WHEN_DAY_NONE if that day does not fit
 * an int32.
 */
int32_t	when_day_of_time(time_t t);

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

/* The UTC calendar date of t as "YYYY-MM-DD". */
void	when_date_of(time_t t, char out[11]);

#endif
