/*
 * web: the dashboard's files (web/ in the source tree: the page, its
 * script and style, Leaflet and the country outlines), embedded in the
 * binary or read once from a configured directory, with what HTTP needs
 * to serve them: content type, ETag and caching headers.  Does not talk
 * HTTP itself; api.c routes GET / and /assets/NAME here.
 */
#ifndef ITINERD_WEB_H
#define ITINERD_WEB_H

#include <stddef.h>

struct evkeyvalq;
struct web;

struct web_asset {
	const char	*name;		/* "index.html", "app.js", ... */
	const char	*ctype;		/* Content-Type */
	const char	*data;
	size_t		 len;
	char		 etag[24];	/* "\"<16 hex digits>\"" */
};

/*
 * The dashboard's files: the embedded ones when dir is NULL, else the
 * same names read from dir (every one must be there).  0 and *out
 * (web_free), or -errno with *cause naming the file (caller frees).
 */
int	web_new(const char *dir, struct web **out, char **cause);
void	web_free(struct web *);
/* The asset called name (a base name), or NULL; owned by w. */
const struct web_asset *web_find(const struct web *w, const char *name);
/* The page served at "/". */
const struct web_asset *web_index(const struct web *w);
/*
 * Adds the reply headers for a (Content-Type, ETag, Cache-Control, and
 * for the page its Content-Security-Policy) to h.
 */
void	web_headers(const struct web_asset *a, struct evkeyvalq *h);
/* Does If-None-Match (may be NULL) name a's ETag?  1 or 0. */
int	web_not_modified(const struct web_asset *a, const char *if_none_match);
/* The names of the files, in order, NULL-terminated (for tests, docs). */
extern const char *const web_names[];

#endif
