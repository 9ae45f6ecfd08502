/* TEMPORARY placeholder until ingest lands (issue 3). */
#include <errno.h>
#include "ingest.h"
#include "xmalloc.h"
int ingest_import_path(struct store *s, const struct kb *k, const char *p, struct ingest_stats *st, char **cause)
{ (void)s; (void)k; (void)p; (void)st; *cause = xstrdup("import not implemented yet"); return -ENOSYS; }
