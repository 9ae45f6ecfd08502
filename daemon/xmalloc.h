/*
 * xmalloc: allocation that cannot fail.  Small, internally sized objects are
 * allocated through these; on exhaustion they log and exit, so callers need
 * no error path.  Sizes that come from outside (feeds, requests) must be
 * bounded by the caller first.  Also a growable byte buffer, struct buf.
 */
#ifndef ITINERD_XMALLOC_H
#define ITINERD_XMALLOC_H

#include <stdarg.h>
#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
void	*xreallocarray(void *, size_t, size_t);
/*
 * Makes room for need elements of size bytes in p, whose capacity (in
 * elements) is *cap: grows geometrically, so n appends cost O(n) copies.
 * Returns the (possibly moved) array and updates *cap.
 */
void	*xgrow(void *p, size_t *cap, size_t need, size_t size);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
/* Returns a newly allocated formatted string; caller frees. */
char	*xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));
char	*xvasprintf(const char *, va_list) __attribute__((format(printf, 1, 0)));

/*
 * A growable, always NUL-terminated byte buffer.  Zero-initialise
 * (struct buf b = { 0 };) and release with buf_free().  b.data is NULL
 * until the first append.
 */
struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 buf_add(struct buf *, const void *, size_t);
void	 buf_adds(struct buf *, const char *);
void	 buf_addc(struct buf *, char);
void	 buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	 buf_reset(struct buf *);
/* Gives the contents to the caller (who frees); the buffer is emptied. */
char	*buf_steal(struct buf *);
void	 buf_free(struct buf *);

#endif
