/*
 * ctl_extract: `itinctl extract [--published YYYY-MM-DD] [--json] FILE...`
 * runs the extractor offline, with no daemon, on plain-text, HTML or feed
 * files.  A feed (RSS, Atom, JSON Feed) gives one record per item: its
 * guid (else link, else title) as id and the UTC date of its timestamp as
 * published.  Any other file is one record: its file name as id and
 * --published (else today, UTC) as the reference date.
 *
 * With --json each record is one line:
 *   {"id", "published", "legs": [{"person", "role", "official_country",
 *    "dest_country", "dest_city", "start", "end", "precision", "status",
 *    "confidence", "evidence", "evidence_start", "evidence_end", "rule",
 *    "lat", "lon", "domestic"}]}
 * ("domestic": true for a stay inside the official's own country; ISO
 * 3166 alpha-2 codes, ISO dates or null) — the format the corpus scorer
 * reads.  Without it, a table.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "ctl_extract.h"
#include "extract.h"
#include "feed.h"
#include "kb.h"
#include "text.h"
#include "util.h"
#include "when.h"
#include "xmalloc.h"

#define CTL_EXTRACT_MAX_FILE	(64 * 1024 * 1024)

struct ctl_extract_opts {
	int		 json;
	char		 published[11];
};

static void
ctl_extract_usage(void)
{
	fprintf(stderr, "usage: itinctl extract [--published YYYY-MM-DD] "
	    "[--json] FILE...\n");
}

static int
ctl_extract_read(const char *path, char **out, size_t *lenp)
{
	FILE	*f = fopen(path, "rb");
	char	*buf = NULL;
	size_t	 len = 0, cap = 0, n;

	if (f == NULL)
		return -errno;
	for (;;) {
		if (len + 65536 + 1 > cap) {
			cap = cap ? cap * 2 : 131072;
			if (cap > CTL_EXTRACT_MAX_FILE + 65536 + 1) {
				free(buf);
				fclose(f);
				return -EFBIG;
			}
			buf = xrealloc(buf, cap);
		}
		n = fread(buf + len, 1, 65536, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		fclose(f);
		return -EIO;
	}
	fclose(f);
	if (buf == NULL)
		buf = xmalloc(1);
	buf[len] = '\0';
	*out = buf;
	*lenp = len;
	return 0;
}

static json_t *
ctl_extract_str(const char *s)
{
	return s != NULL && *s != '\0' ? json_string(s) : json_null();
}

static void
ctl_extract_print(const struct ctl_extract_opts *o, const char *id,
    const char *published, const struct leg_list *legs)
{
	if (o->json) {
		json_t	*rec = json_object(), *arr = json_array();
		char	*line;

		json_object_set_new(rec, "id", json_string(id));
		json_object_set_new(rec, "published", json_string(published));
		for (size_t i = 0; i < legs->n; i++) {
			const struct leg	*l = &legs->v[i];
			json_t			*j = json_object();

			json_object_set_new(j, "person",
			    ctl_extract_str(l->person));
			json_object_set_new(j, "role", ctl_extract_str(l->role));
			json_object_set_new(j, "official_country",
			    ctl_extract_str(l->official_country));
			json_object_set_new(j, "dest_country",
			    ctl_extract_str(l->dest_country));
			json_object_set_new(j, "dest_city",
			    ctl_extract_str(l->dest_city));
			json_object_set_new(j, "start",
			    ctl_extract_str(l->start));
			json_object_set_new(j, "end", ctl_extract_str(l->end));
			json_object_set_new(j, "precision", json_string(
			    extract_precision_name(l->precision)));
			json_object_set_new(j, "status", json_string(
			    extract_status_name(l->status)));
			json_object_set_new(j, "confidence",
			    json_real((double)(int)(l->confidence * 100 + 0.5)
			    / 100));
			json_object_set_new(j, "evidence",
			    ctl_extract_str(l->evidence));
			json_object_set_new(j, "evidence_start",
			    json_integer((json_int_t)l->ev_start));
			json_object_set_new(j, "evidence_end",
			    json_integer((json_int_t)l->ev_end));
			json_object_set_new(j, "rule", ctl_extract_str(l->rule));
			if (l->has_coords) {
				json_object_set_new(j, "lat",
				    json_real(l->lat));
				json_object_set_new(j, "lon",
				    json_real(l->lon));
			}
			json_object_set_new(j, "domestic",
			    json_boolean(l->domestic));
			json_array_append_new(arr, j);
		}
		json_object_set_new(rec, "legs", arr);
		/* 8 significant digits: 0.85, not 0.84999999999999998;
		 * coordinates keep 4 decimals (about 10 m) */
		line = json_dumps(rec, JSON_COMPACT | JSON_ENSURE_ASCII |
		    JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(8));
		if (line != NULL)
			printf("%s\n", line);
		free(line);
		json_decref(rec);
		return;
	}
	printf("%s (%s): %zu leg%s\n", id, published, legs->n,
	    legs->n == 1 ? "" : "s");
	for (size_t i = 0; i < legs->n; i++) {
		const struct leg *l = &legs->v[i];

		printf("  %-24s %-3s -> %-2s %-18s %-10s %-10s %-9s %.2f\n",
		    l->person, l->official_country[0] ? l->official_country :
		    "-", l->dest_country, l->dest_city ? l->dest_city : "-",
		    l->start[0] ? l->start : "-", l->end[0] ? l->end : "-",
		    extract_status_name(l->status), l->confidence);
	}
}

static int
ctl_extract_record(const struct kb *kb, const struct ctl_extract_opts *o,
    const char *id, const char *title, const char *body, size_t len,
    const char *published)
{
	struct extract_input	 in;
	struct leg_list		 legs = { 0 };
	char			*text;
	int			 error;

	if (text_from_html(body, len, &text) != 0)
		return -EINVAL;
	memset(&in, 0, sizeof in);
	in.id = id;
	in.title = title;
	in.text = text;
	in.published = published;
	error = extract_run(kb, &in, &legs);
	if (error == 0)
		ctl_extract_print(o, id, published, &legs);
	extract_legs_free(&legs);
	free(text);
	return error;
}

static int
ctl_extract_is_feed(const char *buf, size_t len)
{
	size_t i = 0;

	if (len >= 3 && (unsigned char)buf[0] == 0xef)
		i = 3;
	while (i < len && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' ||
	    buf[i] == '\t'))
		i++;
	if (i < len && buf[i] == '{')
		return strstr(buf, "jsonfeed.org") != NULL;
	if (i >= len || buf[i] != '<')
		return 0;
	/* an XML document whose root is a feed */
	return strstr(buf, "<rss") != NULL || strstr(buf, "<feed") != NULL ||
	    strstr(buf, "<rdf:RDF") != NULL;
}

static int
ctl_extract_file(const struct kb *kb, const struct ctl_extract_opts *o,
    const char *path)
{
	struct feed_doc	*doc;
	char		*buf = NULL, *cause = NULL;
	const char	*base;
	size_t		 len = 0;
	int		 error;

	if ((error = ctl_extract_read(path, &buf, &len)) != 0) {
		fprintf(stderr, "itinctl: %s: %s\n", path, strerror(-error));
		return error;
	}
	base = strrchr(path, '/');
	base = base != NULL ? base + 1 : path;
	if (!ctl_extract_is_feed(buf, len)) {
		error = ctl_extract_record(kb, o, base, NULL, buf, len,
		    o->published);
		if (error != 0)
			fprintf(stderr, "itinctl: %s: cannot extract\n", path);
		free(buf);
		return error;
	}
	error = feed_parse(buf, len, NULL, time(NULL), &doc, &cause);
	free(buf);
	if (error != 0) {
		fprintf(stderr, "itinctl: %s: %s\n", path,
		    cause ? cause : "not a feed");
		free(cause);
		return error;
	}
	for (size_t i = 0; i < doc->nitems; i++) {
		const struct feed_item	*it = &doc->items[i];
		const char		*body = feed_item_body(it);
		const char		*id = it->guid ? it->guid : it->link ?
		    it->link : it->title ? it->title : base;
		char			 date[11];
		size_t			 k;

		/* a feed may list an item twice: one record per id */
		for (k = 0; k < i; k++)
			if (doc->items[k].guid != NULL && it->guid != NULL &&
			    strcmp(doc->items[k].guid, it->guid) == 0)
				break;
		if (k < i)
			continue;
		when_date_of(it->published, date);
		if (ctl_extract_record(kb, o, id, it->title, body,
		    strlen(body), date) != 0)
			fprintf(stderr, "itinctl: %s: item %zu: cannot "
			    "extract\n", path, i);
	}
	feed_doc_free(doc);
	return 0;
}

int
ctl_extract_main(int argc, char **argv)
{
	struct ctl_extract_opts	 o;
	struct kb		*kb;
	char			*cause = NULL;
	int			 i, failed = 0;
	int32_t			 day;

	memset(&o, 0, sizeof o);
	when_date_of(time(NULL), o.published);
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--json") == 0)
			o.json = 1;
		else if (strcmp(argv[i], "--published") == 0 && i + 1 < argc) {
			if (when_day_parse(argv[i + 1], strlen(argv[i + 1]),
			    &day) != 0) {
				fprintf(stderr, "itinctl: bad date: %s\n",
				    argv[i + 1]);
				return 2;
			}
			snprintf(o.published, sizeof o.published, "%s",
			    argv[++i]);
		} else if (strncmp(argv[i], "--published=", 12) == 0) {
			if (when_day_parse(argv[i] + 12, strlen(argv[i] + 12),
			    &day) != 0) {
				fprintf(stderr, "itinctl: bad date: %s\n",
				    argv[i] + 12);
				return 2;
			}
			snprintf(o.published, sizeof o.published, "%s",
			    argv[i] + 12);
		} else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else if (argv[i][0] == '-' && argv[i][1] != '\0') {
			ctl_extract_usage();
			return 2;
		} else
			break;
	}
	if (i >= argc) {
		ctl_extract_usage();
		return 2;
	}
	if (kb_load(&kb, &cause) != 0) {
		fprintf(stderr, "itinctl: knowledge: %s\n",
		    cause ? cause : "cannot load");
		free(cause);
		return 1;
	}
	for (; i < argc; i++)
		if (ctl_extract_file(kb, &o, argv[i]) != 0)
			failed = 1;
	kb_free(kb);
	fflush(stdout);
	return failed ? 1 : 0;
}
