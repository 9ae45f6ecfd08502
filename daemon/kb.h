/*
 * kb: the knowledge the extractor uses — countries, places (gazetteer),
 * office holders and role phrases — loaded from the tables built into the
 * binary (the .tsv files in schema/) into memory.
 */
#ifndef ITINERD_KB_H
#define ITINERD_KB_H

struct kb;

/* Loads the embedded tables.  0 and *out (kb_free), or -errno + *cause. */
int		 kb_load(struct kb **out, char **cause);
void		 kb_free(struct kb *);
/* A short string identifying the knowledge (a hash of the tables). */
const char	*kb_version(const struct kb *);

#endif
