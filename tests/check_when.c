/*
 * check_when: the date parsers against real-world pubDate and RFC 3339
 * variants (expected values computed independently with Python's
 * calendar.timegm), the rejects, the day numbers (expected values from
 * Python's datetime.date, independent of the code under test) and the ISO
 * string helpers built on them.
 */
#include <check.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "when.h"

static const struct {
	const char	*in;
	long long	 want;
} rfc822_good[] = {
	{ "Mon, 27 Apr 1987 07:31:54 +0000", 546507114LL },
	{ "Wed, 11 Mar 1987 08:57:01 +0000", 542451421LL },
	{ "Tue, 10 Jun 2003 04:00:00 GMT", 1055217600LL },
	{ "Tue, 10 Jun 2003 04:00:00 UT", 1055217600LL },
	{ "Tue, 10 Jun 2003 04:00:00 UTC", 1055217600LL },
	{ "Tue, 10 Jun 2003 04:00:00 Z", 1055217600LL },
	{ "10 Jun 2003 04:00:00 GMT", 1055217600LL },
	{ "Sat, 1 Jan 2022 00:00:00 EST", 1641013200LL },
	{ "Sat, 02 Jul 2022 10:15:00 EDT", 1656771300LL },
	{ "Sat, 02 Jul 2022 10:15:00 CST", 1656778500LL },
	{ "Sat, 02 Jul 2022 10:15:00 CDT", 1656774900LL },
	{ "Sat, 02 Jul 2022 10:15:00 MST", 1656782100LL },
	{ "Sat, 02 Jul 2022 10:15:00 MDT", 1656778500LL },
	{ "Sat, 02 Jul 2022 10:15:00 PST", 1656785700LL },
	{ "Sat, 02 Jul 2022 10:15:00 PDT", 1656782100LL },
	{ "Thu, 01 Dec 2022 18:30:00 +0530", 1669899600LL },
	{ "Thu, 01 Dec 2022 18:30:00 -0330", 1669932000LL },
	{ "Thu, 01 Dec 2022 18:30:00 +05:30", 1669899600LL },
	{ "Thu, 01 Dec 22 18:30:00 +0000", 1669919400LL },
	{ "Mon, 27 Apr 87 07:31:54 GMT", 546507114LL },
	{ "Fri, 31 Dec 49 23:59:59 GMT", 2524607999LL },
	{ "Sat, 1 Jan 50 00:00:00 GMT", -631152000LL },
	{ "1 Feb 2021 09:05 +0100", 1612166700LL },
	{ "Monday, 27 April 1987 07:31:54 GMT", 546507114LL },
	{ "mon, 27 apr 1987 07:31:54 gmt", 546507114LL },
	{ "MON, 27 APR 1987 07:31:54 GMT", 546507114LL },
	{ "Mon 27 Apr 1987 07:31:54 GMT", 546507114LL },
	{ "Mon,27 Apr 1987 07:31:54 GMT", 546507114LL },
	{ "  Mon, 27 Apr 1987 07:31:54 GMT  ", 546507114LL },
	{ "Thu, 15 Sept 2022 12:00:00 GMT", 1663243200LL },
	{ "Tue, 29 Nov 2026 11:55:50 A", 1795953350LL },
	{ "Wed, 02 Oct 2002 15:00:00 +0200 (CEST)", 1033563600LL },
	{ "Sun, 29 Feb 2004 12:00:00 GMT", 1078056000LL },
	{ "Wed, 31 Dec 2008 23:59:60 GMT", 1230767999LL },
	{ "27 Apr 1987", 546480000LL },
	{ "02-Oct-2002 15:00:00 GMT", 1033570800LL },
	{ "Sat, 02 Jul 2022 10:15:00", 1656756900LL },
};

static const char *const rfc822_bad[] = {
	"",
	"   ",
	"Mon, 32 Apr 1987 07:31:54 GMT",
	"Mon, 29 Feb 2023 00:00:00 GMT",
	"Mon, 27 Foo 1987 07:31:54 GMT",
	"Mon, 27 Apr 1987 25:00:00 GMT",
	"Mon, 27 Apr 1987 07:61:00 GMT",
	"Mon, 27 Apr 1987 07:31:54 XYZ",
	"Mon, 27 Apr 1987 07:31:54 +2500",
	"Funday, 27 Apr 1987",
	"2022-07-02T10:15:00Z",
	"Mon, 27 Apr 1987 07:31:54 GMT trailing",
	"Mon, Apr 1987",
	"27 Apr",
	"Mon, 27 Apr 1987 7",
	"J",
};

static const struct {
	const char	*in;
	long long	 want;
} iso_good[] = {
	{ "2022-08-01T23:06:49+00:00", 1659395209LL },
	{ "2021-03-16T08:00:00+08:00", 1615852800LL },
	{ "2021-03-16T08:00:00Z", 1615881600LL },
	{ "2021-03-16t08:00:00z", 1615881600LL },
	{ "2021-03-16 08:00:00Z", 1615881600LL },
	{ "2021-03-16T08:00:00.123456Z", 1615881600LL },
	{ "2021-03-16T08:00:00,5+01:00", 1615878000LL },
	{ "2021-03-16T08:00:00-0500", 1615899600LL },
	{ "2021-03-16T08:00:00+05", 1615863600LL },
	{ "2021-03-16T08:00Z", 1615881600LL },
	{ "2021-03-16T08:00:00", 1615881600LL },
	{ "2021-03-16", 1615852800LL },
	{ "1987-04-27T07:31:54-00:00", 546507114LL },
	{ "2024-02-29T12:00:00Z", 1709208000LL },
	{ "  2021-03-16T08:00:00Z ", 1615881600LL },
	{ "1969-12-31T23:59:59Z", -1LL },
};

static const char *const iso_bad[] = {
	"",
	"2021-3-16",
	"2021-03-16T8:00Z",
	"2021-13-01",
	"2023-02-29",
	"2021-03-16T08:00:00+25:00",
	"2021-03-16T24:01:00Z",
	"2021-03-16Tfoo",
	"16/03/2021",
	"2021-03-16T08:00:00Q",
	"Mon, 27 Apr 1987 07:31:54 GMT",
	"2021-03-16T08:00:00.",
};

#define NELEM(a)	(sizeof (a) / sizeof (a)[0])

START_TEST(test_rfc822_good)
{
	time_t	t = 0;
	size_t	i;

	for (i = 0; i < NELEM(rfc822_good); i++) {
		ck_assert_msg(when_parse_rfc822(rfc822_good[i].in, &t) == 0,
		    "rejected \"%s\"", rfc822_good[i].in);
		ck_assert_msg((long long)t == rfc822_good[i].want,
		    "\"%s\": got %lld want %lld", rfc822_good[i].in,
		    (long long)t, rfc822_good[i].want);
	}
}
END_TEST

START_TEST(test_rfc822_bad)
{
	time_t	t = 42;
	size_t	i;

	for (i = 0; i < NELEM(rfc822_bad); i++) {
		ck_assert_msg(when_parse_rfc822(rfc822_bad[i], &t) == -EINVAL,
		    "accepted \"%s\"", rfc822_bad[i]);
		ck_assert_msg(t == 42, "\"%s\" wrote *out", rfc822_bad[i]);
	}
	ck_assert_int_eq(when_parse_rfc822(NULL, &t), -EINVAL);
}
END_TEST

START_TEST(test_iso_good)
{
	time_t	t = 0;
	size_t	i;

	for (i = 0; i < NELEM(iso_good); i++) {
		ck_assert_msg(when_parse_iso8601(iso_good[i].in, &t) == 0,
		    "rejected \"%s\"", iso_good[i].in);
		ck_assert_msg((long long)t == iso_good[i].want,
		    "\"%s\": got %lld want %lld", iso_good[i].in,
		    (long long)t, iso_good[i].want);
	}
}
END_TEST

START_TEST(test_iso_bad)
{
	time_t	t = 42;
	size_t	i;

	for (i = 0; i < NELEM(iso_bad); i++) {
		ck_assert_msg(when_parse_iso8601(iso_bad[i], &t) == -EINVAL,
		    "accepted \"%s\"", iso_bad[i]);
		ck_assert_msg(t == 42, "\"%s\" wrote *out", iso_bad[i]);
	}
}
END_TEST

START_TEST(test_any)
{
	time_t	t;
	size_t	i;

	for (i = 0; i < NELEM(rfc822_good); i++) {
		ck_assert_int_eq(when_parse_any(rfc822_good[i].in, &t), 0);
		ck_assert_int_eq((long long)t, rfc822_good[i].want);
	}
	for (i = 0; i < NELEM(iso_good); i++) {
		ck_assert_int_eq(when_parse_any(iso_good[i].in, &t), 0);
		ck_assert_int_eq((long long)t, iso_good[i].want);
	}
	ck_assert_int_eq(when_parse_any("yesterday", &t), -EINVAL);
	ck_assert_int_eq(when_parse_any("", &t), -EINVAL);
}
END_TEST

/* An ISO date as its day number (when_day_parse); 0 or -EINVAL. */
static int
iso_day(const char *iso, int32_t *day)
{
	return when_day_parse(iso, strlen(iso), day);
}

/* when_day_parse then when_day_to_ymd: the fields of a date. */
static const struct {
	const char	*in;
	int		 ok, y, m, d;
} ymd_rows[] = {
	{ "2022-08-01", 1, 2022, 8, 1 },
	{ "2024-02-29", 1, 2024, 2, 29 },
	{ "1987-12-31", 1, 1987, 12, 31 },
	{ "2023-02-29", 0, 0, 0, 0 },
	{ "2022-13-01", 0, 0, 0, 0 },
	{ "2022-00-10", 0, 0, 0, 0 },
	{ "2022-8-1", 0, 0, 0, 0 },
	{ "2022-08-01T00:00", 0, 0, 0, 0 },
	{ "", 0, 0, 0, 0 },
};

START_TEST(test_ymd_parse)
{
	size_t	i;
	int32_t	day;
	int	y, m, d;

	for (i = 0; i < NELEM(ymd_rows); i++) {
		day = 12345;
		if (!ymd_rows[i].ok) {
			ck_assert_msg(iso_day(ymd_rows[i].in, &day) == -EINVAL,
			    "accepted %s", ymd_rows[i].in);
			ck_assert_int_eq(day, 12345);
			continue;
		}
		ck_assert_int_eq(iso_day(ymd_rows[i].in, &day), 0);
		when_day_to_ymd(day, &y, &m, &d);
		ck_assert_int_eq(y, ymd_rows[i].y);
		ck_assert_int_eq(m, ymd_rows[i].m);
		ck_assert_int_eq(d, ymd_rows[i].d);
		ck_assert_int_eq(when_day_from_ymd(y, m, d), day);
	}
}
END_TEST

/* Day arithmetic: a date plus days, written back. */
static const struct {
	const char	*in;
	int		 days;
	const char	*want;	/* NULL: not a date */
} add_rows[] = {
	{ "2022-08-01", 0, "2022-08-01" },
	{ "2022-08-01", 1, "2022-08-02" },
	{ "2022-08-01", -1, "2022-07-31" },
	{ "2024-02-28", 1, "2024-02-29" },
	{ "2023-02-28", 1, "2023-03-01" },
	{ "1987-12-31", 1, "1988-01-01" },
	{ "1988-01-01", -366, "1986-12-31" },
	{ "2022-03-01", 365, "2023-03-01" },
	{ "9999-12-31", 1, "0000-00-00" },	/* outside 1..9999 */
	{ "2022-02-30", 1, NULL },
};

START_TEST(test_add_days)
{
	char	out[11];
	int32_t	day;
	size_t	i;

	for (i = 0; i < NELEM(add_rows); i++) {
		if (add_rows[i].want == NULL) {
			ck_assert_int_eq(iso_day(add_rows[i].in, &day),
			    -EINVAL);
			continue;
		}
		ck_assert_int_eq(iso_day(add_rows[i].in, &day), 0);
		when_day_format(day + add_rows[i].days, out);
		ck_assert_str_eq(out, add_rows[i].want);
	}
}
END_TEST

static const struct {
	const char	*in;
	int		 wday;	/* -1: not a date */
} wday_rows[] = {
	{ "1970-01-01", 4 },
	{ "2021-03-16", 2 },
	{ "1987-04-27", 1 },
	{ "2026-11-29", 0 },
	{ "2022-07-30", 6 },
	{ "1969-12-31", 3 },
	{ "0001-01-01", 1 },
	{ "2022-02-31", -1 },
	{ "garbage", -1 },
};

START_TEST(test_weekday)
{
	int32_t	day;
	size_t	i;

	for (i = 0; i < NELEM(wday_rows); i++) {
		if (wday_rows[i].wday < 0) {
			ck_assert_int_eq(iso_day(wday_rows[i].in, &day),
			    -EINVAL);
			continue;
		}
		ck_assert_int_eq(iso_day(wday_rows[i].in, &day), 0);
		ck_assert_msg(when_day_weekday(day) == wday_rows[i].wday,
		    "weekday of %s", wday_rows[i].in);
	}
}
END_TEST

/* Days between two dates: the difference of their day numbers. */
static const struct {
	const char	*a, *b;
	int		 want;
} between_rows[] = {
	{ "2022-08-01", "2022-08-01", 0 },
	{ "2022-08-01", "2022-08-11", 10 },
	{ "2022-08-11", "2022-08-01", -10 },
	{ "2024-02-01", "2024-03-01", 29 },
	{ "2023-02-01", "2023-03-01", 28 },
	{ "1987-01-01", "1988-01-01", 365 },
	{ "1969-12-31", "1970-01-02", 2 },
	{ "1900-01-01", "2000-01-01", 36524 },
};

START_TEST(test_days_between)
{
	int32_t	a, b;
	size_t	i;

	for (i = 0; i < NELEM(between_rows); i++) {
		ck_assert_int_eq(iso_day(between_rows[i].a, &a), 0);
		ck_assert_int_eq(iso_day(between_rows[i].b, &b), 0);
		ck_assert_msg(b - a == between_rows[i].want, "%s .. %s",
		    between_rows[i].a, between_rows[i].b);
	}
}
END_TEST

START_TEST(test_format)
{
	char	out[11];

	when_day_format(when_day_from_ymd(2022, 8, 1), out);
	ck_assert_str_eq(out, "2022-08-01");
	when_day_format(when_day_from_ymd(987, 12, 31), out);
	ck_assert_str_eq(out, "0987-12-31");
	when_date_of(0, out);
	ck_assert_str_eq(out, "1970-01-01");
	when_date_of(546507114, out);
	ck_assert_str_eq(out, "1987-04-27");
	when_date_of(1615852800 - 1, out);	/* 2021-03-15T23:59:59Z */
	ck_assert_str_eq(out, "2021-03-15");
}
END_TEST

/* when_day_parse: strict "YYYY-MM-DD"; want is the day number if ok. */
static const struct {
	const char	*in;
	int		 ok;
	int32_t		 want;
} day_parse_rows[] = {
	{ "1970-01-01", 1, 0 },
	{ "1969-12-31", 1, -1 },
	{ "1900-01-01", 1, -25567 },
	{ "1900-02-28", 1, -25509 },
	{ "1900-03-01", 1, -25508 },
	{ "2000-02-29", 1, 11016 },
	{ "2024-02-29", 1, 19782 },
	{ "1600-02-29", 1, -135081 },
	{ "1066-10-14", 1, -329893 },
	{ "2021-03-16", 1, 18702 },
	{ "0001-01-01", 1, -719162 },
	{ "9999-12-31", 1, 2932896 },
	{ "1900-02-29", 0, 0 },		/* 1900 is not a leap year */
	{ "2100-02-29", 0, 0 },
	{ "2023-02-29", 0, 0 },
	{ "2021-04-31", 0, 0 },
	{ "2021-00-10", 0, 0 },
	{ "2021-13-01", 0, 0 },
	{ "2021-01-00", 0, 0 },
	{ "2021-01-32", 0, 0 },
	{ "0000-01-01", 0, 0 },
	{ "2021-+1-01", 0, 0 },		/* what strtol would take */
	{ " 202-01-01", 0, 0 },
	{ "-001-01-01", 0, 0 },
	{ "2021-01-+1", 0, 0 },
	{ "+021-01-01", 0, 0 },
	{ "2021-1-01", 0, 0 },
	{ "2021-01-1", 0, 0 },
	{ "2021/01/01", 0, 0 },
	{ "2021-01-01 ", 0, 0 },
	{ "2021-01-01T00:00", 0, 0 },
	{ "12021-01-01", 0, 0 },
	{ "2021-0a-01", 0, 0 },
	{ "", 0, 0 },
};

START_TEST(test_day_parse)
{
	int32_t	day;
	size_t	i;

	for (i = 0; i < NELEM(day_parse_rows); i++) {
		const char	*in = day_parse_rows[i].in;

		day = 12345;
		if (!day_parse_rows[i].ok) {
			ck_assert_msg(when_day_parse(in, strlen(in), &day) ==
			    -EINVAL, "accepted \"%s\"", in);
			ck_assert_msg(day == 12345, "\"%s\" wrote *out", in);
			continue;
		}
		ck_assert_msg(when_day_parse(in, strlen(in), &day) == 0,
		    "rejected \"%s\"", in);
		ck_assert_msg(day == day_parse_rows[i].want,
		    "\"%s\": got %d want %d", in, (int)day,
		    (int)day_parse_rows[i].want);
	}
	ck_assert_int_eq(when_day_parse(NULL, 10, &day), -EINVAL);
}
END_TEST

/* The length bounds the input: no NUL is needed or looked for. */
START_TEST(test_day_parse_len)
{
	const char	 buf[] = { '2', '0', '2', '4', '-', '0', '2', '-',
			    '2', '9', '7' };	/* no NUL */
	int32_t		 day = 0;

	ck_assert_int_eq(when_day_parse(buf, 10, &day), 0);
	ck_assert_int_eq(day, 19782);
	ck_assert_int_eq(when_day_parse(buf, 11, &day), -EINVAL);
	ck_assert_int_eq(when_day_parse(buf, 9, &day), -EINVAL);
	ck_assert_int_eq(when_day_parse("2021-03-16&until=x", 10, &day), 0);
	ck_assert_int_eq(day, 18702);
}
END_TEST

static const struct {
	int	y, m, d, valid;
} ymd_valid_rows[] = {
	{ 2024, 2, 29, 1 },
	{ 2000, 2, 29, 1 },
	{ 1900, 2, 29, 0 },
	{ 2023, 2, 29, 0 },
	{ 2023, 2, 28, 1 },
	{ 2021, 4, 30, 1 },
	{ 2021, 4, 31, 0 },
	{ 2021, 12, 31, 1 },
	{ 2021, 13, 1, 0 },
	{ 2021, 0, 1, 0 },
	{ 2021, 1, 0, 0 },
	{ 2021, 1, -1, 0 },
	{ 1, 1, 1, 1 },
	{ 0, 12, 31, 0 },
	{ 9999, 12, 31, 1 },
	{ 10000, 1, 1, 0 },
	{ -1, 1, 1, 0 },
};

START_TEST(test_ymd_valid)
{
	size_t	i;

	for (i = 0; i < NELEM(ymd_valid_rows); i++)
		ck_assert_msg(when_ymd_valid(ymd_valid_rows[i].y,
		    ymd_valid_rows[i].m, ymd_valid_rows[i].d) ==
		    ymd_valid_rows[i].valid, "%d-%d-%d", ymd_valid_rows[i].y,
		    ymd_valid_rows[i].m, ymd_valid_rows[i].d);
}
END_TEST

static const struct {
	int	y, m, days;
} dim_rows[] = {
	{ 2021, 1, 31 }, { 2021, 2, 28 }, { 2021, 3, 31 }, { 2021, 4, 30 },
	{ 2021, 5, 31 }, { 2021, 6, 30 }, { 2021, 7, 31 }, { 2021, 8, 31 },
	{ 2021, 9, 30 }, { 2021, 10, 31 }, { 2021, 11, 30 }, { 2021, 12, 31 },
	{ 2024, 2, 29 }, { 2000, 2, 29 }, { 1900, 2, 28 }, { 2100, 2, 28 },
	{ 1600, 2, 29 }, { 1, 2, 28 }, { 4, 2, 29 },
	{ 2021, 0, 0 }, { 2021, 13, 0 }, { 2021, -1, 0 },
};

START_TEST(test_days_in_month)
{
	size_t	i;

	for (i = 0; i < NELEM(dim_rows); i++)
		ck_assert_msg(when_days_in_month(dim_rows[i].y,
		    dim_rows[i].m) == dim_rows[i].days, "%d-%d",
		    dim_rows[i].y, dim_rows[i].m);
}
END_TEST

static const struct {
	int32_t		 day;
	const char	*want;
	int		 wday;
} day_format_rows[] = {
	{ 0, "1970-01-01", 4 },
	{ -1, "1969-12-31", 3 },
	{ -25567, "1900-01-01", 1 },
	{ 11016, "2000-02-29", 2 },
	{ 19782, "2024-02-29", 4 },
	{ 18702, "2021-03-16", 2 },
	{ -329893, "1066-10-14", 0 },
	{ -719162, "0001-01-01", 1 },
	{ 2932896, "9999-12-31", 5 },
	{ -719163, "0000-00-00", 0 },		/* year 0: outside 1..9999 */
	{ 2932897, "0000-00-00", 6 },
	{ WHEN_DAY_NONE, "0000-00-00", -1 },	/* weekday not checked */
};

START_TEST(test_day_format)
{
	char	out[11];
	size_t	i;
	int	y, m, d;

	for (i = 0; i < NELEM(day_format_rows); i++) {
		when_day_format(day_format_rows[i].day, out);
		ck_assert_str_eq(out, day_format_rows[i].want);
		if (day_format_rows[i].wday >= 0)
			ck_assert_msg(when_day_weekday(day_format_rows[i].day)
			    == day_format_rows[i].wday, "weekday of %d",
			    (int)day_format_rows[i].day);
	}
	when_day_to_ymd(-1, &y, &m, &d);
	ck_assert_int_eq(y, 1969);
	ck_assert_int_eq(m, 12);
	ck_assert_int_eq(d, 31);
	when_day_to_ymd(11016, &y, &m, &d);
	ck_assert_int_eq(y, 2000);
	ck_assert_int_eq(m, 2);
	ck_assert_int_eq(d, 29);
}
END_TEST

static const struct {
	long long	t;
	int32_t		day;
} day_of_time_rows[] = {
	{ 0, 0 },
	{ 86399, 0 },
	{ 86400, 1 },
	{ -1, -1 },
	{ -86400, -1 },
	{ -86401, -2 },
	{ 546507114LL, 6325 },			/* 1987-04-27T07:31:54Z */
	{ 1615852800LL - 1, 18701 },		/* 2021-03-15T23:59:59Z */
	{ -62135596800LL, -719162 },		/* 0001-01-01T00:00:00Z */
	{ 86400LL * INT32_MAX, INT32_MAX },
	{ 86400LL * INT32_MAX + 86400, WHEN_DAY_NONE },
	{ 86400LL * INT32_MIN, WHEN_DAY_NONE },
};

START_TEST(test_day_of_time)
{
	size_t	i;

	for (i = 0; i < NELEM(day_of_time_rows); i++)
		ck_assert_msg(when_day_of_time((time_t)day_of_time_rows[i].t)
		    == day_of_time_rows[i].day, "day of %lld",
		    day_of_time_rows[i].t);
}
END_TEST

/*
 * Round trips over every day of 1600..2400 and a stride through the rest
 * of 1..9999: to y-m-d and back, to text and back, and each day's date is
 * the calendar successor of the previous day's (checked by rule, not by
 * the code under test), its weekday one further.
 */
/*
 * Checks one day both ways; returns NULL or what failed.  Plain tests, not
 * ck_assert: Check marks each assertion with a write to its pipe, which
 * would make a loop over a million assertions take seconds.
 */
static const char *
round_trip(int32_t day)
{
	char	buf[11];
	int32_t	back = 0;
	int	y, m, d;

	when_day_to_ymd(day, &y, &m, &d);
	if (!when_ymd_valid(y, m, d))
		return ("to_ymd gives no date");
	if (when_day_from_ymd(y, m, d) != day)
		return ("from_ymd(to_ymd(day)) != day");
	when_day_format(day, buf);
	if (when_day_parse(buf, strlen(buf), &back) != 0 || back != day)
		return ("parse(format(day)) != day");
	return (NULL);
}

START_TEST(test_round_trip)
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
	    31, 30, 31 };
	const char	*why;
	int32_t		 day, lo, hi;
	int		 y, m, d, py, pm, pd, leap, dim, ok;

	lo = when_day_from_ymd(1600, 1, 1);
	hi = when_day_from_ymd(2400, 12, 31);
	ck_assert_int_eq(lo, -135140);
	ck_assert_int_eq(hi, 157419);
	when_day_to_ymd(lo - 1, &py, &pm, &pd);
	ck_assert(py == 1599 && pm == 12 && pd == 31);
	for (day = lo; day <= hi; day++) {
		if ((why = round_trip(day)) != NULL)
			ck_abort_msg("day %d: %s", (int)day, why);
		when_day_to_ymd(day, &y, &m, &d);
		leap = (py % 4 == 0 && py % 100 != 0) || py % 400 == 0;
		dim = mdays[pm - 1] + (pm == 2 && leap);
		if (pd < dim)
			ok = y == py && m == pm && d == pd + 1;
		else if (pm < 12)
			ok = y == py && m == pm + 1 && d == 1;
		else
			ok = y == py + 1 && m == 1 && d == 1;
		if (!ok)
			ck_abort_msg("day %d is %d-%d-%d after %d-%d-%d",
			    (int)day, y, m, d, py, pm, pd);
		if (when_day_weekday(day) != (when_day_weekday(day - 1) + 1) % 7)
			ck_abort_msg("weekday of day %d", (int)day);
		py = y;
		pm = m;
		pd = d;
	}
	for (day = -719162; day <= 2932896; day += 97)
		if ((why = round_trip(day)) != NULL)
			ck_abort_msg("day %d: %s", (int)day, why);
	ck_assert_ptr_null(round_trip(2932896));
	ck_assert_ptr_null(round_trip(-719162));
}
END_TEST

static Suite *
when_suite(void)
{
	Suite	*s = suite_create("when");
	TCase	*tc;

	tc = tcase_create("rfc822");
	tcase_add_test(tc, test_rfc822_good);
	tcase_add_test(tc, test_rfc822_bad);
	suite_add_tcase(s, tc);
	tc = tcase_create("iso8601");
	tcase_add_test(tc, test_iso_good);
	tcase_add_test(tc, test_iso_bad);
	tcase_add_test(tc, test_any);
	suite_add_tcase(s, tc);
	tc = tcase_create("calendar");
	tcase_add_test(tc, test_ymd_parse);
	tcase_add_test(tc, test_add_days);
	tcase_add_test(tc, test_weekday);
	tcase_add_test(tc, test_days_between);
	tcase_add_test(tc, test_format);
	suite_add_tcase(s, tc);
	tc = tcase_create("day");
	tcase_add_test(tc, test_day_parse);
	tcase_add_test(tc, test_day_parse_len);
	tcase_add_test(tc, test_ymd_valid);
	tcase_add_test(tc, test_days_in_month);
	tcase_add_test(tc, test_day_format);
	tcase_add_test(tc, test_day_of_time);
	tcase_add_test(tc, test_round_trip);
	suite_add_tcase(s, tc);
	return (s);
}

int
main(void)
{
	return tu_run_suite(when_suite());
}
