/*
 * ctl_extract: `itinctl extract`, the extractor run offline on files
 * (plain text, HTML or feeds) with no daemon.  Prints a table, or with
 * --json one object per record (the format the corpus scorer reads).
 */
#ifndef ITINERD_CTL_EXTRACT_H
#define ITINERD_CTL_EXTRACT_H

/* argv[0] is "extract".  Returns the exit code: 0, 1 error, 2 usage. */
int	ctl_extract_main(int argc, char **argv);

#endif
