/*
 * web: the dashboard's files and their HTTP metadata.  See web.h.
 *
 * The files are embedded by scripts/embed (set "web", in web_names
 * order) so that an installed daemon serves its dashboard with nothing
 * else on disk; [api] dashboard_dir replaces them with a directory read
 * once at start (to try changes without rebuilding, or to serve files a
 * packager put elsewhere).  Each file's ETag is a hash of its bytes,
 * computed once; replies say no-cache, so a browser revalidates and gets
 * 304 until the daemon is upgraded.  The page's Content-Security-Policy
 * allows only the daemon's own origin: the dashboard works offline, and
 * a file that tried to load anything else would fail loudly in the
 * browser's console (which the browser test checks).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <event2/http.h>
#include <event2/keyvalq_struct.h>

#include "embed.h"
#include "web.h"
#include "xmalloc.h"

#define WEB_MAX_FILE	(16 * 1024 * 1024)

/* The page is web_names[0]; meson.build embeds them in this order. */
const char *const web_names[] = {
	"index.html", "app.js", "app.css", "leaflet.js", "leaflet.css",
	"countries.geojson", NULL
};
#define WEB_NFILES	6

static const struct {
	const char	*ext;
	const char	*ctype;
} web_types[] = {
	{ ".html", "text/html; charset=utf-8" },
	{ ".js", "text/javascript; charset=utf-8" },
	{ ".css", "text/css; charset=utf-8" },
	{ ".geojson", "application/geo+json" },
	{ ".json", "application/json" },
	{ ".png", "image/png" },
	{ ".svg", "image/svg+xml" },
};

static const char web_csp[] = "default-src 'self'; img-src 'self' data:; "
    "style-src 'self'; script-src 'self'; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

struct web {
	struct web_asset	 files[WEB_NFILES];
	char			*owned[WEB_NFILES];	/* read from a dir */
};

static const char *
web_ctype(const char *name)
{
	size_t	i, n = strlen(name), e;

	for (i = 0; i < sizeof web_types / sizeof web_types[0]; i++) {
		e = strlen(web_types[i].ext);
		if (n > e && strcmp(name + n - e, web_types[i].ext) == 0)
			return web_types[i].ctype;
	}
	return "application/octet-stream";
}

/* FNV-1a, 64 bits: enough to tell two versions of a file apart. */
static void
web_etag(struct web_asset *a)
{
	uint64_t	h = 0xcbf29ce484222325ULL;
	size_t		i;

	for (i = 0; i < a->len; i++) {
		h ^= (unsigned char)a->data[i];
		h *= 0x100000001b3ULL;
	}
	snprintf(a->etag, sizeof a->etag, "\"%016llx\"",
	    (unsigned long long)h);
}

/* Reads dir/name whole; 0 with *data (caller frees) or -errno. */
static int
web_read(const char *dir, const char *name, char **data, size_t *len,
    char **cause)
{
	struct stat	 st;
	FILE		*f;
	char		*path, *buf;
	int		 err;

	path = xasprintf("%s/%s", dir, name);
	if ((f = fopen(path, "rb")) == NULL) {
		err = errno;
		goto fail;
	}
	if (fstat(fileno(f), &st) != 0)
		err = errno;
	else if (!S_ISREG(st.st_mode))
		err = EINVAL;
	else if (st.st_size > WEB_MAX_FILE)
		err = EFBIG;
	else
		err = 0;
	if (err != 0) {
		fclose(f);
		goto fail;
	}
	buf = xmalloc((size_t)st.st_size + 1);
	if (fread(buf, 1, (size_t)st.st_size, f) != (size_t)st.st_size) {
		err = EIO;
		free(buf);
		fclose(f);
		goto fail;
	}
	fclose(f);
	buf[st.st_size] = '\0';
	*data = buf;
	*len = (size_t)st.st_size;
	free(path);
	return 0;
fail:
	*cause = xasprintf("dashboard_dir: %s: %s", path, strerror(err));
	free(path);
	return -err;
}

int
web_new(const char *dir, struct web **out, char **cause)
{
	struct web	*w;
	size_t		 i, j;
	int		 r;

	w = xcalloc(1, sizeof *w);
	for (i = 0; i < WEB_NFILES; i++) {
		w->files[i].name = web_names[i];
		w->files[i].ctype = web_ctype(web_names[i]);
		if (dir != NULL) {
			if ((r = web_read(dir, web_names[i], &w->owned[i],
			    &w->files[i].len, cause)) != 0) {
				web_free(w);
				return r;
			}
			w->files[i].data = w->owned[i];
		} else {
			for (j = 0; j < web_nfiles; j++)
				if (strcmp(web_files[j].name,
				    web_names[i]) == 0)
					break;
			if (j == web_nfiles) {
				*cause = xasprintf("the dashboard's %s is not "
				    "built in", web_names[i]);
				web_free(w);
				return -ENOENT;
			}
			w->files[i].data = web_files[j].data;
			w->files[i].len = web_files[j].len;
		}
		web_etag(&w->files[i]);
	}
	*out = w;
	return 0;
}

void
web_free(struct web *w)
{
	size_t	i;

	if (w == NULL)
		return;
	for (i = 0; i < WEB_NFILES; i++)
		free(w->owned[i]);
	free(w);
}

const struct web_asset *
web_find(const struct web *w, const char *name)
{
	size_t	i;

	for (i = 0; i < WEB_NFILES; i++)
		if (strcmp(w->files[i].name, name) == 0)
			return &w->files[i];
	return NULL;
}

const struct web_asset *
web_index(const struct web *w)
{
	return &w->files[0];
}

void
web_headers(const struct web_asset *a, struct evkeyvalq *h)
{
	evhttp_add_header(h, "Content-Type", a->ctype);
	evhttp_add_header(h, "ETag", a->etag);
	evhttp_add_header(h, "Cache-Control", "no-cache");
	evhttp_add_header(h, "X-Content-Type-Options", "nosniff");
	if (strcmp(a->name, web_names[0]) == 0) {
		evhttp_add_header(h, "Content-Security-Policy", web_csp);
		evhttp_add_header(h, "Referrer-Policy", "no-referrer");
	}
}

int
web_not_modified(const struct web_asset *a, const char *inm)
{
	const char	*p;
	size_t		 n = strlen(a->etag);

	if (inm == NULL)
		return 0;
	/* A list of tags, maybe weak (W/"..."), or "*". */
	for (p = inm; *p != '\0'; p++) {
		if (*p == '*')
			return 1;
		if (strncmp(p, a->etag, n) == 0)
			return 1;
	}
	return 0;
}
