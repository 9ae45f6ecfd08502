/*
 * check_render: the output formats on their own: iCalendar lines
 * (escaping, folding at 75 octets without splitting UTF-8), all-day date
 * ranges, CSV quoting, GeoJSON shapes, route text, and choosing a format
 * from Accept.
 */
#include <check.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "render.h"
#include "testutil.h"
#include "xmalloc.h"

/* Unfolds iCalendar text, checking every physical line's length. */
static char *
unfold(const char *s, size_t *maxlen)
{
	struct buf	 b = { 0 };
	const char	*eol;
	size_t		 len;

	*maxlen = 0;
	while (*s != '\0') {
		eol = strstr(s, "\r\n");
		ck_assert_ptr_nonnull(eol);
		len = (size_t)(eol - s);
		if (len > *maxlen)
			*maxlen = len;
		if (*s == ' ')
			buf_add(&b, s + 1, len - 1);
		else {
			if (b.len > 0)
				buf_addc(&b, '\n');
			buf_add(&b, s, len);
		}
		s = eol + 2;
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

/* Is every line of s valid UTF-8 on its own (no sequence split)? */
static int
lines_utf8(const char *s)
{
	const unsigned char	*p = (const unsigned char *)s;
	int			 need = 0;

	for (; *p != '\0'; p++) {
		if (need > 0) {
			if ((*p & 0xc0) != 0x80)
				return 0;
			need--;
			continue;
		}
		if (*p >= 0xf0)
			need = 3;
		else if (*p >= 0xe0)
			need = 2;
		else if (*p >= 0xc0)
			need = 1;
		else if ((*p & 0xc0) == 0x80)
			return 0;
	}
	return need == 0;
}

static const struct {
	const char	*name;
	const char	*value;
	int		 escape;
	const char	*unfolded;
} ics_rows[] = {
	{ "UID", "leg-1@itinerd", 0, "UID:leg-1@itinerd" },
	{ "SUMMARY", "Tokyo, JP; then Seoul", 1,
	  "SUMMARY:Tokyo\\, JP\\; then Seoul" },
	{ "DESCRIPTION", "a\\b\nc", 1, "DESCRIPTION:a\\\\b\\nc" },
	{ "DESCRIPTION", "cr\r\nlf", 1, "DESCRIPTION:cr\\nlf" },
	{ "X", "no, escaping; here", 0, "X:no, escaping; here" },
	{ "SUMMARY", "0123456789012345678901234567890123456789012345678901234"
	  "567890123456789012345678901234567890123456789", 1,
	  "SUMMARY:0123456789012345678901234567890123456789012345678901234"
	  "567890123456789012345678901234567890123456789" },
	{ "SUMMARY", "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	  "\xe2\x86\x92\xe2\x86\x92\xe2\x86\x92\xe2\x86\x92\xe2\x86\x92", 1,
	  "SUMMARY:\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	  "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
	  "\xe2\x86\x92\xe2\x86\x92\xe2\x86\x92\xe2\x86\x92\xe2\x86\x92" },
};

START_TEST(test_ics_line)
{
	struct buf	 b = { 0 };
	char		*u;
	size_t		 i, max;

	for (i = 0; i < sizeof ics_rows / sizeof ics_rows[0]; i++) {
		buf_reset(&b);
		render_ics_line(&b, ics_rows[i].name, ics_rows[i].value,
		    ics_rows[i].escape);
		ck_assert(b.len >= 2 && strcmp(b.data + b.len - 2, "\r\n") ==
		    0);
		u = unfold(b.data, &max);
		ck_assert_msg(max <= 75, "row %zu: a line of %zu octets", i,
		    max);
		ck_assert_msg(strcmp(u, ics_rows[i].unfolded) == 0,
		    "row %zu: %s", i, u);
		ck_assert_msg(lines_utf8(b.data), "row %zu: UTF-8 split", i);
		if (strlen(ics_rows[i].unfolded) > 75)
			ck_assert(strstr(b.data, "\r\n ") != NULL);
		free(u);
	}
	buf_free(&b);
}
END_TEST

static const struct {
	const char	*start;
	const char	*end;
	int		 rc;
	const char	*first;
	const char	*after;
} date_rows[] = {
	{ "2021-03-15", "2021-03-17", 0, "20210315", "20210318" },
	{ "2021-03-15", NULL, 0, "20210315", "20210316" },
	{ "2021-03-15", "2021-03-15", 0, "20210315", "20210316" },
	{ "2020-12-31", "2020-12-31", 0, "20201231", "20210101" },
	{ "2024-02-28", "2024-02-29", 0, "20240228", "20240301" },
	{ "2023-02-28", NULL, 0, "20230228", "20230301" },
	{ "2021-02", "2021-02", 0, "20210201", "20210301" },
	{ "2021-12", NULL, 0, "20211201", "20220101" },
	{ "2021-03-15", "2021-03-10", 0, "20210315", "20210316" },
	{ "2021-03-15", "garbage", 0, "20210315", "20210316" },
	{ NULL, "2021-03-10", -EINVAL, NULL, NULL },
	{ "2021-13-01", NULL, -EINVAL, NULL, NULL },
	{ "15/03/2021", NULL, -EINVAL, NULL, NULL },
	{ "2021-03-15x", NULL, -EINVAL, NULL, NULL },
	{ "2021-02-30", NULL, -EINVAL, NULL, NULL },
	{ "2021-+3-15", NULL, -EINVAL, NULL, NULL },
	{ " 021-03-15", NULL, -EINVAL, NULL, NULL },
	{ "2021-+3", NULL, -EINVAL, NULL, NULL },
	{ "2021-13", NULL, -EINVAL, NULL, NULL },
	{ "2024-02", NULL, 0, "20240201", "20240301" },
	{ "2100-02", "2100-02", 0, "21000201", "21000301" },
	{ "2021-03-30", "2021-04", 0, "20210330", "20210501" },
	{ "1969-12-31", NULL, 0, "19691231", "19700101" },
	{ "2021-03-15", "2021-03-14", 0, "20210315", "20210316" },
	{ "2021-03-15", "2021-03-15x", 0, "20210315", "20210316" },
};

START_TEST(test_ics_dates)
{
	char	first[9], after[9];
	size_t	i;
	int	rc;

	for (i = 0; i < sizeof date_rows / sizeof date_rows[0]; i++) {
		rc = render_ics_dates(date_rows[i].start, date_rows[i].end,
		    first, after);
		ck_assert_msg(rc == date_rows[i].rc, "row %zu: rc %d", i, rc);
		if (rc != 0)
			continue;
		ck_assert_str_eq(first, date_rows[i].first);
		ck_assert_str_eq(after, date_rows[i].after);
	}
}
END_TEST

START_TEST(test_ics_document)
{
	struct buf	 b = { 0 };
	json_t		*rows;
	char		*u;
	size_t		 max;

	rows = json_loads("[{\"id\":1,\"person\":\"A B\",\"role\":\"Minister\","
	    "\"country\":\"JP\",\"city\":\"Tokyo\",\"lat\":35.5,\"lon\":139.5,"
	    "\"start\":\"2021-03-15\",\"end\":\"2021-03-16\",\"status\":"
	    "\"planned\",\"confidence\":0.5,\"trip_id\":3},"
	    "{\"id\":2,\"person\":\"C\",\"country\":\"IN\",\"start\":null,"
	    "\"status\":\"planned\"}]", 0, NULL);
	render_ics(&b, RENDER_LEGS, rows, 0);
	u = unfold(b.data, &max);
	ck_assert(strncmp(u, "BEGIN:VCALENDAR\nVERSION:2.0\n", 28) == 0);
	ck_assert(strstr(u, "\nDTSTAMP:19700101T000000Z\n") != NULL);
	ck_assert(strstr(u, "\nUID:leg-1@itinerd\n") != NULL);
	ck_assert(strstr(u, "\nUID:leg-2@itinerd\n") == NULL);	/* undated */
	ck_assert(strstr(u, "\nDTSTART;VALUE=DATE:20210315\n"
	    "DTEND;VALUE=DATE:20210317\n") != NULL);
	ck_assert(strstr(u, "\nSUMMARY:A B (Minister) in Tokyo\\, JP\n") !=
	    NULL);
	ck_assert(strstr(u, "\nGEO:35.500000;139.500000\n") != NULL);
	ck_assert(strstr(u, "\nSTATUS:TENTATIVE\n") != NULL);
	ck_assert(strcmp(u + strlen(u) - 13, "END:VCALENDAR") == 0);
	free(u);
	json_decref(rows);
	buf_free(&b);
}
END_TEST

START_TEST(test_csv)
{
	struct buf	 b = { 0 };
	json_t		*rows;

	rows = json_loads("[{\"id\":1,\"country\":\"BR\",\"city\":\"S\\u00e3o "
	    "Paulo, \\\"SP\\\"\",\"lat\":-23.5,\"lon\":null,\"visits\":2},"
	    "{\"id\":2,\"country\":\"FR\",\"city\":\"line\\nbreak\","
	    "\"lat\":1.25,\"lon\":2,\"visits\":0}]", 0, NULL);
	render_csv(&b, RENDER_PLACES, rows);
	ck_assert_str_eq(b.data, "id,country,city,lat,lon,visits\r\n"
	    "1,BR,\"S\xc3\xa3o Paulo, \"\"SP\"\"\",-23.5,,2\r\n"
	    "2,FR,\"line\nbreak\",1.25,2,0\r\n");
	json_decref(rows);
	buf_reset(&b);
	rows = json_loads("[{\"name\":\"f\",\"url\":\"http://h/\",\"tags\":"
	    "[\"a\",\"b\"],\"enabled\":true,\"paused\":false}]", 0, NULL);
	render_csv(&b, RENDER_FEEDS, rows);
	ck_assert(strstr(b.data, "\r\nf,http://h/,a;b,,true,false,") !=
	    NULL);
	json_decref(rows);
	buf_reset(&b);
	/* A stop with no city is its country's name, else its code. */
	rows = json_loads("[{\"id\":7,\"person\":\"P\",\"route\":[{\"city\":"
	    "\"Tokyo\",\"country\":\"JP\",\"country_name\":\"Japan\"},"
	    "{\"city\":null,\"country\":\"IN\",\"country_name\":\"India\"},"
	    "{\"city\":null,\"country\":\"XK\",\"country_name\":null}]}]",
	    0, NULL);
	render_csv(&b, RENDER_TRIPS, rows);
	ck_assert_msg(strstr(b.data, "\r\n7,P,,,,,,,,,,,Tokyo \xe2\x86\x92 "
	    "India \xe2\x86\x92 XK,\r\n") != NULL, "%s", b.data);
	json_decref(rows);
	buf_free(&b);
}
END_TEST

START_TEST(test_geojson)
{
	struct buf	 b = { 0 };
	json_t		*rows, *fc, *f, *coords;

	rows = json_loads("[{\"id\":1,\"city\":\"Tokyo\",\"lat\":35.5,"
	    "\"lon\":139.25},{\"id\":2,\"city\":\"X\",\"lat\":null,"
	    "\"lon\":null}]", 0, NULL);
	render_geojson(&b, RENDER_PLACES, rows);
	fc = json_loads(b.data, 0, NULL);
	ck_assert_ptr_nonnull(fc);
	ck_assert_str_eq(json_string_value(json_object_get(fc, "type")),
	    "FeatureCollection");
	f = json_array_get(json_object_get(fc, "features"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(f,
	    "geometry"), "type")), "Point");
	ck_assert(json_real_value(json_array_get(json_object_get(
	    json_object_get(f, "geometry"), "coordinates"), 0)) == 139.25);
	ck_assert(json_real_value(json_array_get(json_object_get(
	    json_object_get(f, "geometry"), "coordinates"), 1)) == 35.5);
	ck_assert(json_object_get(json_object_get(f, "properties"), "lat") ==
	    NULL);
	f = json_array_get(json_object_get(fc, "features"), 1);
	ck_assert(json_is_null(json_object_get(f, "geometry")));
	json_decref(fc);
	json_decref(rows);
	buf_reset(&b);
	rows = json_loads("[{\"id\":4,\"person\":\"P\",\"status\":\"ongoing\","
	    "\"route\":[{\"leg_id\":8,\"city\":\"A\",\"lat\":1.5,\"lon\":2.5},"
	    "{\"leg_id\":9,\"city\":\"B\",\"lat\":3.5,\"lon\":4.5}]}]", 0,
	    NULL);
	render_geojson(&b, RENDER_TRIPS, rows);
	fc = json_loads(b.data, 0, NULL);
	ck_assert_int_eq(json_array_size(json_object_get(fc, "features")), 3);
	/* The trip: a LineString through its stops, in order. */
	f = json_array_get(json_object_get(fc, "features"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(f,
	    "geometry"), "type")), "LineString");
	coords = json_object_get(json_object_get(f, "geometry"),
	    "coordinates");
	ck_assert_int_eq(json_array_size(coords), 2);
	ck_assert(json_real_value(json_array_get(json_array_get(coords, 0),
	    0)) == 2.5);
	ck_assert(json_real_value(json_array_get(json_array_get(coords, 1),
	    1)) == 3.5);
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(f,
	    "properties"), "route")), "A \xe2\x86\x92 B");
	ck_assert_int_eq(json_integer_value(json_object_get(f, "id")), 4);
	f = json_array_get(json_object_get(fc, "features"), 2);
	ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(f,
	    "properties"), "trip_id")), 4);
	ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(f,
	    "properties"), "seq")), 1);
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(f,
	    "properties"), "city")), "B");
	json_decref(fc);
	json_decref(rows);
	buf_free(&b);
}
END_TEST

/*
 * A document streamed in batches is the same as one rendered whole, in
 * every format, for trips and legs.
 */
START_TEST(test_stream)
{
	static const char rows_text[] = "[{\"id\":1,\"person\":\"A\","
	    "\"country\":\"JP\",\"dest_country_name\":\"Japan\",\"city\":"
	    "\"Tokyo\",\"lat\":35.5,\"lon\":139.5,\"start\":\"2021-03-15\","
	    "\"status\":\"completed\",\"confidence\":0.9,\"source_url\":"
	    "\"https://x.example/a\",\"evidence\":\"A was in Tokyo.\","
	    "\"route\":[{\"city\":\"Tokyo\",\"country\":\"JP\",\"lat\":35.5,"
	    "\"lon\":139.5}]},{\"id\":2,\"person\":\"B\",\"country\":\"IN\","
	    "\"dest_country_name\":\"India\",\"start\":\"2021-04\",\"lat\":"
	    "22,\"lon\":79,\"route\":[]},{\"id\":3,\"person\":\"C\","
	    "\"country\":\"FR\",\"route\":[]}]";
	static const enum render_format formats[] = { RENDER_CSV, RENDER_ICS,
	    RENDER_GEOJSON };
	static const enum render_kind kinds[] = { RENDER_TRIPS, RENDER_LEGS };
	struct render_stream	 rs;
	struct buf		 whole = { 0 }, parts = { 0 };
	json_t			*rows, *a, *b;
	size_t			 i, k, n;

	rows = json_loads(rows_text, 0, NULL);
	ck_assert_ptr_nonnull(rows);
	for (i = 0; i < 3; i++) {
		for (k = 0; k < 2; k++) {
			buf_reset(&whole);
			buf_reset(&parts);
			if (formats[i] == RENDER_CSV)
				render_csv(&whole, kinds[k], rows);
			else if (formats[i] == RENDER_ICS)
				render_ics(&whole, kinds[k], rows, 86400);
			else
				render_geojson(&whole, kinds[k], rows);
			render_stream_begin(&rs, &parts, formats[i], kinds[k],
			    86400);
			for (n = 0; n < json_array_size(rows); n++) {
				a = json_array();
				json_array_append(a, json_array_get(rows, n));
				render_stream_rows(&rs, &parts, a);
				json_decref(a);
			}
			a = json_array();
			render_stream_rows(&rs, &parts, a);	/* empty */
			json_decref(a);
			render_stream_end(&rs, &parts);
			if (formats[i] != RENDER_GEOJSON) {
				ck_assert_str_eq(parts.data, whole.data);
				continue;
			}
			a = json_loads(whole.data, 0, NULL);
			b = json_loads(parts.data, 0, NULL);
			ck_assert_msg(a != NULL && b != NULL && json_equal(a, b),
			    "%s\n%s", whole.data, parts.data);
			json_decref(a);
			json_decref(b);
		}
	}
	/* JSON: one array of the rows. */
	buf_reset(&parts);
	render_stream_begin(&rs, &parts, RENDER_JSON, RENDER_LEGS, 0);
	render_stream_rows(&rs, &parts, rows);
	render_stream_rows(&rs, &parts, rows);
	render_stream_end(&rs, &parts);
	a = json_loads(parts.data, 0, NULL);
	ck_assert_int_eq(json_array_size(a), 6);
	json_decref(a);
	/* ICS: the URL, the evidence, the country's name in LOCATION. */
	buf_reset(&whole);
	render_ics(&whole, RENDER_LEGS, rows, 0);
	ck_assert(strstr(whole.data, "\r\nLOCATION:Tokyo\\, Japan\r\n"));
	ck_assert(strstr(whole.data, "\r\nURL:https://x.example/a\r\n"));
	ck_assert(strstr(whole.data, "\\nEvidence: A was in Tokyo."));
	ck_assert(strstr(whole.data, "\r\nLOCATION:India\r\n"));
	json_decref(rows);
	buf_free(&whole);
	buf_free(&parts);
}
END_TEST

START_TEST(test_accept)
{
	static const struct {
		const char	*accept;
		unsigned	 allowed;
		int		 want;
	} rows[] = {
		{ NULL, 0x1, RENDER_JSON },
		{ "", 0xf, RENDER_JSON },
		{ "*/*", 0x3, RENDER_JSON },
		{ "text/csv", 0xf, RENDER_CSV },
		{ "TEXT/CSV; q=0.5", 0xf, RENDER_CSV },
		{ "text/calendar", 0x3, -1 },
		{ "text/calendar, */*;q=0.1", 0x3, RENDER_JSON },
		{ "image/png", 0xf, RENDER_JSON },
		{ "text/html, application/geo+json", 0xf, RENDER_GEOJSON },
		{ "application/vnd.geo+json", 0xf, RENDER_GEOJSON },
		{ "text/*", 0x3, RENDER_CSV },
		{ "text/*", 0x1, -1 },
		{ "application/json, text/csv", 0xf, RENDER_JSON },
	};
	static const struct {
		const char	*name;
		int		 rc;
		int		 f;
	} names[] = {
		{ "json", 0, RENDER_JSON }, { "csv", 0, RENDER_CSV },
		{ "ics", 0, RENDER_ICS }, { "geojson", 0, RENDER_GEOJSON },
		{ "xml", -EINVAL, 0 }, { "", -EINVAL, 0 }, { "CSV", -EINVAL, 0 },
	};
	enum render_format	f;
	size_t			i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++)
		ck_assert_msg(render_format_accept(rows[i].accept,
		    rows[i].allowed) == rows[i].want, "row %zu (%s)", i,
		    rows[i].accept);
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		ck_assert_int_eq(render_format_parse(names[i].name, &f),
		    names[i].rc);
		if (names[i].rc == 0)
			ck_assert_int_eq(f, names[i].f);
	}
	ck_assert(render_formats(RENDER_OFFICIALS) & (1u << RENDER_CSV));
	ck_assert(!(render_formats(RENDER_OFFICIALS) & (1u << RENDER_ICS)));
	ck_assert(render_formats(RENDER_PLACES) & (1u << RENDER_GEOJSON));
}
END_TEST

START_TEST(test_route_text)
{
	static const struct {
		const char	*route;
		const char	*text;
	} rows[] = {
		{ "[]", "" },
		{ "[{\"city\":\"Tokyo\",\"country\":\"JP\"}]", "Tokyo" },
		{ "[{\"city\":\"Tokyo\",\"country\":\"JP\"},{\"city\":null,"
		  "\"country\":\"IN\"},{\"city\":\"\",\"country\":\"KR\"}]",
		  "Tokyo \xe2\x86\x92 IN \xe2\x86\x92 KR" },
	};
	json_t	*r;
	char	*t;
	size_t	 i;

	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		r = json_loads(rows[i].route, 0, NULL);
		t = render_route_text(r);
		ck_assert_str_eq(t, rows[i].text);
		free(t);
		json_decref(r);
	}
}
END_TEST

static Suite *
render_suite(void)
{
	Suite	*s = suite_create("render");
	TCase	*tc;

	tc = tcase_create("icalendar");
	tcase_add_test(tc, test_ics_line);
	tcase_add_test(tc, test_ics_dates);
	tcase_add_test(tc, test_ics_document);
	suite_add_tcase(s, tc);
	tc = tcase_create("csv_geojson");
	tcase_add_test(tc, test_csv);
	tcase_add_test(tc, test_geojson);
	tcase_add_test(tc, test_stream);
	tcase_add_test(tc, test_route_text);
	suite_add_tcase(s, tc);
	tc = tcase_create("negotiation");
	tcase_add_test(tc, test_accept);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(render_suite());
}
