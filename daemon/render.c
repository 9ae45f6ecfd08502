/*
 * render: the API's output formats, see render.h.
 *
 * Each kind of row has a column list for CSV; iCalendar and GeoJSON are
 * only offered for rows with dates (trips, legs) or places.  A trips row
 * carries its route (stops with coordinates), so a trip becomes one
 * VEVENT spanning its dates, and in GeoJSON a LineString through its
 * stops followed by one Point per stop.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "render.h"
#include "when.h"
#include "xmalloc.h"

static const char *const render_trip_cols[] = { "id", "person", "role",
    "official_country", "official_country_name", "start", "end", "status",
    "status_now", "domestic", "confidence", "leg_count", "route",
    "source_url", NULL };
static const char *const render_leg_cols[] = { "id", "person", "role",
    "official_country", "official_country_name", "country",
    "dest_country_name", "city", "lat", "lon", "start", "end", "precision",
    "status", "status_now", "domestic", "confidence", "trip_id",
    "source_url", "evidence", NULL };
static const char *const render_official_cols[] = { "id", "name",
    "country", "role", "trips", "legs", NULL };
static const char *const render_place_cols[] = { "id", "country", "city",
    "lat", "lon", "visits", NULL };
static const char *const render_article_cols[] = { "id", "published",
    "feed", "title", "url", "snippet", NULL };
static const char *const render_feed_cols[] = { "name", "url", "tags",
    "origin", "enabled", "paused", "interval", "last_fetch", "last_status",
    "last_error", "error_count", "next_due", "fetch_count", "articles",
    NULL };

static const struct {
	const char	*name;
	const char	*type;
} render_formats_tab[] = {
	[RENDER_JSON] = { "json", "application/json" },
	[RENDER_CSV] = { "csv", "text/csv; charset=utf-8" },
	[RENDER_ICS] = { "ics", "text/calendar; charset=utf-8" },
	[RENDER_GEOJSON] = { "geojson", "application/geo+json" },
};

int
render_format_parse(const char *s, enum render_format *out)
{
	size_t	i;

	for (i = 0; i < sizeof render_formats_tab /
	    sizeof render_formats_tab[0]; i++) {
		if (strcmp(s, render_formats_tab[i].name) == 0) {
			*out = (enum render_format)i;
			return 0;
		}
	}
	return -EINVAL;
}

const char *
render_format_name(enum render_format f)
{
	return render_formats_tab[f].name;
}

const char *
render_content_type(enum render_format f)
{
	return render_formats_tab[f].type;
}

unsigned
render_formats(enum render_kind k)
{
	unsigned	json_csv = 1u << RENDER_JSON | 1u << RENDER_CSV;

	switch (k) {
	case RENDER_TRIPS:
	case RENDER_LEGS:
		return json_csv | 1u << RENDER_ICS | 1u << RENDER_GEOJSON;
	case RENDER_PLACES:
		return json_csv | 1u << RENDER_GEOJSON;
	default:
		return json_csv;
	}
}

/*
 * Picks the first media range of the Accept header (in the order given;
 * q-values are not weighed) that names an allowed format.
 */
int
render_format_accept(const char *accept, unsigned allowed)
{
	static const struct {
		const char		*type;
		enum render_format	 f;
	} types[] = {
		{ "application/json", RENDER_JSON },
		{ "text/csv", RENDER_CSV },
		{ "text/calendar", RENDER_ICS },
		{ "application/geo+json", RENDER_GEOJSON },
		{ "application/vnd.geo+json", RENDER_GEOJSON },
	};
	const char	*p, *end;
	size_t		 len, i;
	int		 known = 0;

	if (accept == NULL || *accept == '\0')
		return RENDER_JSON;
	for (p = accept; *p != '\0'; p = *end == ',' ? end + 1 : end) {
		while (*p == ' ' || *p == '\t')
			p++;
		end = p + strcspn(p, ",");
		len = strcspn(p, ";, \t");
		if ((len == 3 && strncmp(p, "*/*", 3) == 0) ||
		    (len == 13 && strncasecmp(p, "application/*", 13) == 0))
			return RENDER_JSON;
		for (i = 0; i < sizeof types / sizeof types[0]; i++) {
			if (strlen(types[i].type) != len ||
			    strncasecmp(p, types[i].type, len) != 0)
				continue;
			known = 1;
			if (allowed & (1u << types[i].f))
				return (int)types[i].f;
		}
		if (len == 6 && strncasecmp(p, "text/*", 6) == 0) {
			known = 1;
			if (allowed & (1u << RENDER_CSV))
				return RENDER_CSV;
		}
		if (*end == '\0')
			break;
	}
	return known ? -1 : RENDER_JSON;
}

void
render_json(struct buf *b, const json_t *j)
{
	char	*s;

	s = json_dumps(j, JSON_COMPACT | JSON_ENCODE_ANY |
	    JSON_REAL_PRECISION(12));
	if (s != NULL) {
		buf_adds(b, s);
		free(s);
	}
	buf_addc(b, '\n');
}

static const char *const *
render_columns(enum render_kind k)
{
	switch (k) {
	case RENDER_TRIPS:
		return render_trip_cols;
	case RENDER_LEGS:
		return render_leg_cols;
	case RENDER_OFFICIALS:
		return render_official_cols;
	case RENDER_PLACES:
		return render_place_cols;
	case RENDER_ARTICLES:
		return render_article_cols;
	case RENDER_FEEDS:
		return render_feed_cols;
	}
	return render_leg_cols;
}

/* One CSV field, quoted when it holds a separator, quote or newline. */
static void
render_csv_field(struct buf *b, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL) {
		buf_adds(b, s);
		return;
	}
	buf_addc(b, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			buf_addc(b, '"');
		buf_addc(b, *s);
	}
	buf_addc(b, '"');
}

/* A scalar as text ("" for null); arrays of scalars joined with ';'. */
static void
render_scalar(struct buf *b, const json_t *v)
{
	const json_t	*e;
	size_t		 i;

	switch (json_typeof(v)) {
	case JSON_STRING:
		buf_adds(b, json_string_value(v));
		break;
	case JSON_INTEGER:
		buf_printf(b, "%lld", (long long)json_integer_value(v));
		break;
	case JSON_REAL:
		buf_printf(b, "%.10g", json_real_value(v));
		break;
	case JSON_TRUE:
		buf_adds(b, "true");
		break;
	case JSON_FALSE:
		buf_adds(b, "false");
		break;
	case JSON_ARRAY:
		json_array_foreach(v, i, e) {
			if (i > 0)
				buf_addc(b, ';');
			render_scalar(b, e);
		}
		break;
	default:
		break;
	}
}

char *
render_route_text(const json_t *route)
{
	struct buf	 b = { 0 };
	const json_t	*stop, *name;
	size_t		 i;

	json_array_foreach(route, i, stop) {
		name = json_object_get(stop, "city");
		if (!json_is_string(name) || *json_string_value(name) == '\0')
			name = json_object_get(stop, "country_name");
		if (!json_is_string(name) || *json_string_value(name) == '\0')
			name = json_object_get(stop, "country");
		if (i > 0)
			buf_adds(&b, " \xe2\x86\x92 ");
		buf_adds(&b, json_is_string(name) ? json_string_value(name) :
		    "?");
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

static void
render_csv_head(struct buf *b, enum render_kind k)
{
	const char *const	*cols = render_columns(k);
	size_t			 c;

	for (c = 0; cols[c] != NULL; c++) {
		if (c > 0)
			buf_addc(b, ',');
		buf_adds(b, cols[c]);
	}
	buf_adds(b, "\r\n");
}

static void
render_csv_rows(struct buf *b, enum render_kind k, const json_t *rows)
{
	const char *const	*cols = render_columns(k);
	const json_t		*row, *v;
	struct buf		 f = { 0 };
	char			*route;
	size_t			 i, c;

	json_array_foreach(rows, i, row) {
		for (c = 0; cols[c] != NULL; c++) {
			if (c > 0)
				buf_addc(b, ',');
			if ((v = json_object_get(row, cols[c])) == NULL)
				continue;
			buf_reset(&f);
			if (k == RENDER_TRIPS && strcmp(cols[c], "route") == 0) {
				route = render_route_text(v);
				buf_adds(&f, route);
				free(route);
			} else
				render_scalar(&f, v);
			render_csv_field(b, f.data != NULL ? f.data : "");
		}
		buf_adds(b, "\r\n");
	}
	buf_free(&f);
}

void
render_csv(struct buf *b, enum render_kind k, const json_t *rows)
{
	render_csv_head(b, k);
	render_csv_rows(b, k, rows);
}

/* Length of the UTF-8 sequence starting with byte c (1 if invalid). */
static size_t
render_utf8_len(unsigned char c)
{
	if (c >= 0xf0 && c < 0xf8)
		return 4;
	if (c >= 0xe0)
		return c < 0xf0 ? 3 : 1;
	if (c >= 0xc0)
		return 2;
	return 1;
}

/*
 * Appends "name:value" as content lines of at most 75 octets (CRLF,
 * then one space before each continuation), never splitting a UTF-8
 * sequence.  With escape, the value is TEXT: \ ; , and newlines escaped.
 */
void
render_ics_line(struct buf *b, const char *name, const char *value,
    int escape)
{
	struct buf	 l = { 0 };
	const char	*p;
	size_t		 i, n, width;

	buf_adds(&l, name);
	buf_addc(&l, ':');
	for (p = value; *p != '\0'; p++) {
		if (escape && (*p == '\\' || *p == ';' || *p == ',')) {
			buf_addc(&l, '\\');
			buf_addc(&l, *p);
		} else if (escape && *p == '\n')
			buf_adds(&l, "\\n");
		else if (escape && *p == '\r')
			continue;
		else if ((unsigned char)*p < 0x20 && *p != '\t')
			continue;	/* controls are not allowed */
		else
			buf_addc(&l, *p);
	}
	width = 0;
	for (i = 0; i < l.len; i += n) {
		n = render_utf8_len((unsigned char)l.data[i]);
		if (i + n > l.len)
			n = l.len - i;
		if (width + n > 75) {
			buf_adds(b, "\r\n ");
			width = 1;
		}
		buf_add(b, l.data + i, n);
		width += n;
	}
	buf_adds(b, "\r\n");
	buf_free(&l);
}

/*
 * The days a stored date covers: "YYYY-MM-DD" is that day, "YYYY-MM" the
 * whole month.  Sets *first and *after (the day after the last); 0 or
 * -EINVAL.  Both forms go through when_day_parse.
 */
static int
render_parse_span(const char *s, int32_t *first, int32_t *after)
{
	char	buf[11];
	size_t	len;
	int	month, y, m, d;

	if (s == NULL)
		return -EINVAL;
	len = strlen(s);
	if ((month = len == 7)) {	/* parsed as its 1st */
		snprintf(buf, sizeof buf, "%s-01", s);
		s = buf;
		len = 10;
	}
	if (when_day_parse(s, len, first) != 0)
		return -EINVAL;
	when_day_to_ymd(*first, &y, &m, &d);
	*after = *first + (month ? when_days_in_month(y, m) : 1);
	return 0;
}

/* Writes day as the iCalendar DATE "YYYYMMDD". */
static void
render_ics_day(int32_t day, char out[9])
{
	int	y, m, d;

	when_day_to_ymd(day, &y, &m, &d);
	snprintf(out, 9, "%04u%02u%02u", (unsigned)y % 10000,
	    (unsigned)m % 100, (unsigned)d % 100);
}

int
render_ics_dates(const char *start, const char *end, char first[9],
    char after[9])
{
	int32_t	sfirst, safter, efirst, eafter;

	if (render_parse_span(start, &sfirst, &safter) != 0)
		return -EINVAL;
	/* A missing, bad or earlier end: the start alone. */
	if (render_parse_span(end, &efirst, &eafter) != 0 ||
	    eafter <= sfirst)
		eafter = safter;
	render_ics_day(sfirst, first);
	render_ics_day(eafter, after);
	return 0;
}

static const char *
render_str(const json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

/*
 * "City, Country" or "Country": the country's name (a leg's
 * dest_country_name, a stop's country_name), else its code.
 */
static char *
render_place(const json_t *o)
{
	const char	*city = render_str(o, "city");
	const char	*cc = render_str(o, "dest_country_name");

	if (cc == NULL || *cc == '\0')
		cc = render_str(o, "country_name");
	if (cc == NULL || *cc == '\0')
		cc = render_str(o, "country");
	if (cc == NULL)
		cc = "";
	if (city != NULL && *city != '\0')
		return xasprintf("%s, %s", city, cc);
	return xstrdup(cc);
}

static const char *
render_ics_status(const char *status)
{
	if (status == NULL)
		return NULL;
	if (strcmp(status, "planned") == 0)
		return "TENTATIVE";
	if (strcmp(status, "cancelled") == 0)
		return "CANCELLED";
	return "CONFIRMED";
}

static void
render_ics_event(struct buf *b, const char *uid, const char *stamp,
    const char *first, const char *after, const char *summary,
    const char *location, const char *desc, const char *status,
    const char *url, const json_t *geo)
{
	const json_t	*lat, *lon;
	char		*g;

	buf_adds(b, "BEGIN:VEVENT\r\n");
	render_ics_line(b, "UID", uid, 0);
	render_ics_line(b, "DTSTAMP", stamp, 0);
	render_ics_line(b, "DTSTART;VALUE=DATE", first, 0);
	render_ics_line(b, "DTEND;VALUE=DATE", after, 0);
	render_ics_line(b, "SUMMARY", summary, 1);
	if (location != NULL && *location != '\0')
		render_ics_line(b, "LOCATION", location, 1);
	if (geo != NULL) {
		lat = json_object_get(geo, "lat");
		lon = json_object_get(geo, "lon");
		if (json_is_number(lat) && json_is_number(lon)) {
			g = xasprintf("%.6f;%.6f", json_number_value(lat),
			    json_number_value(lon));
			render_ics_line(b, "GEO", g, 0);
			free(g);
		}
	}
	if (desc != NULL && *desc != '\0')
		render_ics_line(b, "DESCRIPTION", desc, 1);
	if (status != NULL)
		render_ics_line(b, "STATUS", status, 0);
	/* A URI value: not TEXT, so not escaped (RFC 5545 3.8.4.6). */
	if (url != NULL && *url != '\0')
		render_ics_line(b, "URL", url, 0);
	buf_adds(b, "TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n");
}

static void
render_ics_leg(struct buf *b, const json_t *leg, const char *stamp)
{
	char		 first[9], after[9], *uid, *summary, *place;
	const char	*person, *role, *status, *now, *ev;
	const json_t	*trip;
	struct buf	 desc = { 0 };
	double		 conf;

	if (render_ics_dates(render_str(leg, "start"), render_str(leg, "end"),
	    first, after) != 0)
		return;
	person = render_str(leg, "person");
	role = render_str(leg, "role");
	place = render_place(leg);
	uid = xasprintf("leg-%lld@itinerd", (long long)json_integer_value(
	    json_object_get(leg, "id")));
	if (role != NULL)
		summary = xasprintf("%s (%s) in %s", person != NULL ? person :
		    "?", role, place);
	else
		summary = xasprintf("%s in %s", person != NULL ? person : "?",
		    place);
	trip = json_object_get(leg, "trip_id");
	status = render_str(leg, "status");
	now = render_str(leg, "status_now");
	ev = render_str(leg, "evidence");
	conf = json_number_value(json_object_get(leg, "confidence"));
	buf_printf(&desc, "Status: %s", status != NULL ? status : "unknown");
	if (now != NULL)
		buf_printf(&desc, " (now: %s)", now);
	buf_printf(&desc, ". Confidence: %.2f.", conf);
	if (json_is_true(json_object_get(leg, "domestic")))
		buf_adds(&desc, " Domestic.");
	if (json_is_integer(trip))
		buf_printf(&desc, " Trip %lld.",
		    (long long)json_integer_value(trip));
	if (ev != NULL && *ev != '\0')
		buf_printf(&desc, "\nEvidence: %s", ev);
	if (render_str(leg, "source_url") != NULL)
		buf_printf(&desc, "\nSource: %s", render_str(leg,
		    "source_url"));
	render_ics_event(b, uid, stamp, first, after, summary, place,
	    desc.data, render_ics_status(render_str(leg, "status")),
	    render_str(leg, "source_url"), leg);
	buf_free(&desc);
	free(summary);
	free(place);
	free(uid);
}

/* A trip's stops as places, "Tokyo, Japan; Seoul, South Korea". */
static char *
render_trip_places(const json_t *stops)
{
	struct buf	 b = { 0 };
	const json_t	*stop;
	char		*place;
	size_t		 i;

	json_array_foreach(stops, i, stop) {
		place = render_place(stop);
		buf_printf(&b, "%s%s", i > 0 ? "; " : "", place);
		free(place);
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

static void
render_ics_trip(struct buf *b, const json_t *trip, const char *stamp)
{
	char		 first[9], after[9], *uid, *summary, *place, *route;
	char		*location;
	const char	*person;
	const json_t	*stops, *stop;
	struct buf	 desc = { 0 };
	size_t		 i;

	if (render_ics_dates(render_str(trip, "start"), render_str(trip,
	    "end"), first, after) != 0)
		return;
	person = render_str(trip, "person");
	route = render_route_text(json_object_get(trip, "route"));
	uid = xasprintf("trip-%lld@itinerd", (long long)json_integer_value(
	    json_object_get(trip, "id")));
	summary = xasprintf("%s: %s", person != NULL ? person : "?", route);
	stops = json_object_get(trip, "route");
	json_array_foreach(stops, i, stop) {
		place = render_place(stop);
		buf_printf(&desc, "%s%s %s..%s (%s%s)", i > 0 ? "\n" : "",
		    place, render_str(stop, "start") != NULL ?
		    render_str(stop, "start") : "?",
		    render_str(stop, "end") != NULL ?
		    render_str(stop, "end") : "?",
		    render_str(stop, "status") != NULL ?
		    render_str(stop, "status") : "?",
		    json_is_true(json_object_get(stop, "domestic")) ?
		    ", domestic" : "");
		free(place);
	}
	if (render_str(trip, "status_now") != NULL)
		buf_printf(&desc, "\nNow: %s", render_str(trip, "status_now"));
	if (render_str(trip, "evidence") != NULL)
		buf_printf(&desc, "\nEvidence: %s", render_str(trip,
		    "evidence"));
	if (render_str(trip, "source_url") != NULL)
		buf_printf(&desc, "\nSource: %s", render_str(trip,
		    "source_url"));
	location = render_trip_places(stops);
	render_ics_event(b, uid, stamp, first, after, summary, location,
	    desc.data, render_ics_status(render_str(trip, "status")),
	    render_str(trip, "source_url"), json_array_get(stops, 0));
	free(location);
	buf_free(&desc);
	free(route);
	free(summary);
	free(uid);
}

static void
render_ics_head(struct buf *b, enum render_kind k)
{
	buf_adds(b, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
	    "PRODID:-//itinerd//itinerd//EN\r\nCALSCALE:GREGORIAN\r\n"
	    "METHOD:PUBLISH\r\n");
	render_ics_line(b, "X-WR-CALNAME", k == RENDER_TRIPS ?
	    "itinerd trips" : "itinerd legs", 1);
}

static void
render_ics_rows(struct buf *b, enum render_kind k, const json_t *rows,
    const char *stamp)
{
	const json_t	*row;
	size_t		 i;

	json_array_foreach(rows, i, row) {
		if (k == RENDER_TRIPS)
			render_ics_trip(b, row, stamp);
		else
			render_ics_leg(b, row, stamp);
	}
}

static void
render_ics_stamp(time_t now, char stamp[32])
{
	struct tm	tm;

	gmtime_r(&now, &tm);
	strftime(stamp, 32, "%Y%m%dT%H%M%SZ", &tm);
}

void
render_ics(struct buf *b, enum render_kind k, const json_t *rows, time_t now)
{
	char	stamp[32];

	render_ics_stamp(now, stamp);
	render_ics_head(b, k);
	render_ics_rows(b, k, rows, stamp);
	buf_adds(b, "END:VCALENDAR\r\n");
}

/* A Feature at row's lat/lon with the other members as properties. */
static json_t *
render_feature(const json_t *row, json_t *extra)
{
	json_t		*props, *geom, *f;
	const json_t	*lat, *lon, *v;
	const char	*key;

	lat = json_object_get(row, "lat");
	lon = json_object_get(row, "lon");
	if (json_is_number(lat) && json_is_number(lon))
		geom = json_pack("{s:s, s:[f, f]}", "type", "Point",
		    "coordinates", json_number_value(lon),
		    json_number_value(lat));
	else
		geom = json_null();
	props = json_object();
	json_object_foreach((json_t *)row, key, v) {
		if (strcmp(key, "lat") == 0 || strcmp(key, "lon") == 0 ||
		    json_is_array(v) || json_is_object(v))
			continue;
		json_object_set(props, key, (json_t *)v);
	}
	if (extra != NULL) {
		json_object_update(props, extra);
		json_decref(extra);
	}
	f = json_pack("{s:s, s:o, s:o}", "type", "Feature", "geometry", geom,
	    "properties", props);
	if ((v = json_object_get(row, "id")) != NULL && extra == NULL)
		json_object_set(f, "id", (json_t *)v);
	return f;
}

/*
 * A trip as one LineString through its stops with coordinates, in order
 * (a Point when only one has them, a null geometry when none has).
 */
static json_t *
render_trip_feature(const json_t *trip)
{
	json_t		*coords, *geom, *props, *v;
	const json_t	*stop, *lat, *lon, *x;
	const char	*key;
	char		*route;
	size_t		 i;

	coords = json_array();
	json_array_foreach(json_object_get(trip, "route"), i, stop) {
		lat = json_object_get(stop, "lat");
		lon = json_object_get(stop, "lon");
		if (json_is_number(lat) && json_is_number(lon))
			json_array_append_new(coords, json_pack("[f, f]",
			    json_number_value(lon), json_number_value(lat)));
	}
	if (json_array_size(coords) >= 2)
		geom = json_pack("{s:s, s:O}", "type", "LineString",
		    "coordinates", coords);
	else if (json_array_size(coords) == 1)
		geom = json_pack("{s:s, s:O}", "type", "Point", "coordinates",
		    json_array_get(coords, 0));
	else
		geom = json_null();
	json_decref(coords);
	props = json_object();
	json_object_foreach((json_t *)trip, key, x) {
		if (json_is_array(x) || json_is_object(x))
			continue;
		json_object_set(props, key, (json_t *)x);
	}
	route = render_route_text(json_object_get(trip, "route"));
	json_object_set_new(props, "kind", json_string("trip"));
	json_object_set_new(props, "route", json_string(route));
	free(route);
	v = json_pack("{s:s, s:o, s:o}", "type", "Feature", "geometry", geom,
	    "properties", props);
	if ((x = json_object_get(trip, "id")) != NULL)
		json_object_set(v, "id", (json_t *)x);
	return v;
}

/*
 * The features of rows: one per row; a trip is its LineString and then
 * a Point per stop (kind "stop", tagged with the trip).
 */
static json_t *
render_features(enum render_kind k, const json_t *rows)
{
	json_t		*feats, *extra;
	const json_t	*row, *stop;
	size_t		 i, j;

	feats = json_array();
	json_array_foreach(rows, i, row) {
		if (k != RENDER_TRIPS) {
			json_array_append_new(feats, render_feature(row, NULL));
			continue;
		}
		json_array_append_new(feats, render_trip_feature(row));
		json_array_foreach(json_object_get(row, "route"), j, stop) {
			extra = json_pack("{s:s, s:O, s:O, s:O, s:I}", "kind",
			    "stop", "trip_id", json_object_get(row, "id"),
			    "person", json_object_get(row, "person"),
			    "trip_status", json_object_get(row, "status"),
			    "seq", (json_int_t)j);
			json_array_append_new(feats,
			    render_feature(stop, extra));
		}
	}
	return feats;
}

void
render_geojson(struct buf *b, enum render_kind k, const json_t *rows)
{
	json_t	*fc;

	fc = json_pack("{s:s, s:o}", "type", "FeatureCollection", "features",
	    render_features(k, rows));
	render_json(b, fc);
	json_decref(fc);
}

/* Streams. */

void
render_stream_begin(struct render_stream *rs, struct buf *b,
    enum render_format f, enum render_kind k, time_t now)
{
	memset(rs, 0, sizeof *rs);
	rs->format = f;
	rs->kind = k;
	render_ics_stamp(now, rs->stamp);
	switch (f) {
	case RENDER_JSON:
		buf_addc(b, '[');
		break;
	case RENDER_CSV:
		render_csv_head(b, k);
		break;
	case RENDER_ICS:
		render_ics_head(b, k);
		break;
	case RENDER_GEOJSON:
		buf_adds(b, "{\"type\":\"FeatureCollection\",\"features\":[");
		break;
	}
}

/* Appends the elements of a, compact, each after a comma but the first. */
static void
render_stream_elems(struct render_stream *rs, struct buf *b, const json_t *a)
{
	const json_t	*e;
	char		*s;
	size_t		 i;

	json_array_foreach(a, i, e) {
		s = json_dumps(e, JSON_COMPACT | JSON_REAL_PRECISION(12));
		if (s == NULL)
			continue;
		if (rs->n++ > 0)
			buf_addc(b, ',');
		buf_adds(b, s);
		free(s);
	}
}

void
render_stream_rows(struct render_stream *rs, struct buf *b,
    const json_t *rows)
{
	json_t	*feats;

	switch (rs->format) {
	case RENDER_JSON:
		render_stream_elems(rs, b, rows);
		break;
	case RENDER_CSV:
		render_csv_rows(b, rs->kind, rows);
		break;
	case RENDER_ICS:
		render_ics_rows(b, rs->kind, rows, rs->stamp);
		break;
	case RENDER_GEOJSON:
		feats = render_features(rs->kind, rows);
		render_stream_elems(rs, b, feats);
		json_decref(feats);
		break;
	}
}

void
render_stream_end(struct render_stream *rs, struct buf *b)
{
	switch (rs->format) {
	case RENDER_JSON:
		buf_adds(b, "]\n");
		break;
	case RENDER_CSV:
		break;
	case RENDER_ICS:
		buf_adds(b, "END:VCALENDAR\r\n");
		break;
	case RENDER_GEOJSON:
		buf_adds(b, "]}\n");
		break;
	}
}
