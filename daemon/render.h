/*
 * render: turns what query.c returns (jansson values of known shapes)
 * into the API's output formats: JSON, CSV (RFC 4180), iCalendar
 * (RFC 5545: CRLF, escaped TEXT, lines folded at 75 octets, all-day
 * events, with URL and evidence) and GeoJSON (RFC 7946: a
 * FeatureCollection of Points at [lon, lat], and a LineString per trip).
 * Places read as "City, Country name" wherever a row carries the names
 * query.c adds.  No I/O; each function appends to a struct buf.  The
 * render_stream_* calls write one document in parts, rows batch by
 * batch, so an export of any size never has to be held whole.
 */
#ifndef ITINERD_RENDER_H
#define ITINERD_RENDER_H

#include <jansson.h>
#include <time.h>

#include "xmalloc.h"

enum render_format {
	RENDER_JSON,
	RENDER_CSV,
	RENDER_ICS,
	RENDER_GEOJSON,
};

/* The shapes of rows, as query.c makes them. */
enum render_kind {
	RENDER_TRIPS,		/* trips list rows (with route) */
	RENDER_LEGS,		/* legs list rows, or a trip's legs */
	RENDER_OFFICIALS,
	RENDER_PLACES,
	RENDER_ARTICLES,
	RENDER_FEEDS,
};

/* "json", "csv", "ics", "geojson" -> format; 0 or -EINVAL. */
int	render_format_parse(const char *, enum render_format *);
/*
 * The format an Accept header asks for among those allowed (a bit mask
 * of 1 << format), JSON when it names none we know or says * / *.
 * -1 when it names only types we cannot give.
 */
int	render_format_accept(const char *accept, unsigned allowed);
const char *render_format_name(enum render_format);
const char *render_content_type(enum render_format);
/* Bit mask of the formats a kind can be rendered in. */
unsigned render_formats(enum render_kind);

/* Compact JSON and a newline. */
void	render_json(struct buf *, const json_t *);
/* A header row and one row per element of rows. */
void	render_csv(struct buf *, enum render_kind, const json_t *rows);
/*
 * A VCALENDAR with one all-day VEVENT per row that has a start date;
 * rows without one are skipped.  now is DTSTAMP.
 */
void	render_ics(struct buf *, enum render_kind, const json_t *rows,
	    time_t now);
/*
 * A FeatureCollection; rows without coordinates get a null geometry.  A
 * trip is a LineString through its stops in order (properties kind
 * "trip", route), then a Point per stop (kind "stop", trip_id, seq).
 */
void	render_geojson(struct buf *, enum render_kind, const json_t *rows);

/* One document written in parts: begin, rows any number of times, end. */
struct render_stream {
	enum render_format	 format;
	enum render_kind	 kind;
	char			 stamp[32];	/* iCalendar DTSTAMP */
	size_t			 n;		/* JSON elements written */
};
/*
 * Starts a document of format for rows of kind (the CSV header, the
 * VCALENDAR, the FeatureCollection; JSON is one array of the rows); now
 * is the iCalendar DTSTAMP.
 */
void	render_stream_begin(struct render_stream *, struct buf *,
	    enum render_format, enum render_kind, time_t now);
/* Appends rows (an array of the kind's rows) as render_csv etc. do. */
void	render_stream_rows(struct render_stream *, struct buf *,
	    const json_t *rows);
void	render_stream_end(struct render_stream *, struct buf *);

/*
 * A trip's route as text: each stop's city, else its country's name
 * (country_name), else its code, joined
 * with arrows: "Tokyo \xe2\x86\x92 Seoul".  Caller frees.
 */
char	*render_route_text(const json_t *route);
/* One iCalendar content line "name:value", escaped and folded. */
void	render_ics_line(struct buf *, const char *name, const char *value,
	    int escape);
/*
 * The all-day span of a row from its start and end, each "YYYY-MM-DD"
 * (that day) or "YYYY-MM" (the whole month), read with when_day_parse:
 * first is start's first day, after the day after end's last (the
 * exclusive DTEND), both "YYYYMMDD".  A missing, malformed or earlier end
 * means start alone.  0, or -EINVAL if start is not a date.
 */
int	render_ics_dates(const char *start, const char *end, char first[9],
	    char after[9]);

#endif
