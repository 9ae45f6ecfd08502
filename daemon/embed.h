/*
 * embed: data files built into the binary by scripts/embed (the schema
 * migrations, the knowledge tables, the dashboard's files), so that the
 * daemon, the CLI and the tests need no installed data directory.
 */
#ifndef ITINERD_EMBED_H
#define ITINERD_EMBED_H

#include <stddef.h>

struct embed_file {
	const char	*name;	/* base name, e.g. "001-init.sql" */
	const char	*data;	/* len bytes, then a NUL */
	size_t		 len;
};

/* The migrations in schema/, in order. */
extern const struct embed_file	schema_files[];
extern const size_t		schema_nfiles;
/* The knowledge tables in schema/ (*.tsv). */
extern const struct embed_file	kb_files[];
extern const size_t		kb_nfiles;
/* The dashboard's files in web/ (web.c). */
extern const struct embed_file	web_files[];
extern const size_t		web_nfiles;

#endif
