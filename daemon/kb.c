/* TEMPORARY placeholder until the knowledge loader lands (issue 4). */
#include <stdlib.h>
#include "kb.h"
#include "xmalloc.h"
struct kb { int unused; };
int kb_load(struct kb **out, char **cause) { (void)cause; *out = xcalloc(1, sizeof **out); return 0; }
void kb_free(struct kb *kb) { free(kb); }
const char *kb_version(const struct kb *kb) { (void)kb; return "none"; }
