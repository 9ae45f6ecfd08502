/*
 * log: the daemon's and the CLI's logging to stderr.  Under journald
 * (JOURNAL_STREAM names our stderr) each line starts with the sd-daemon
 * priority <3>..<7>; on a terminal or a file with a timestamp.  Library
 * modules do not log failures they return; the caller that handles a
 * failure logs it once.  The _errno forms append strerror(errno).
 */
#ifndef ITINERD_LOG_H
#define ITINERD_LOG_H

#include <stdarg.h>

enum log_level {
	LOG_LEVEL_ERROR = 3,
	LOG_LEVEL_WARN = 4,
	LOG_LEVEL_INFO = 6,
	LOG_LEVEL_DEBUG = 7,
};

/* Sets up from the environment; prog is the name printed on lines. */
void	log_init(const char *prog, enum log_level);
void	log_set_level(enum log_level);
enum log_level log_get_level(void);
/* Parses "error", "warn", "info", "debug"; returns 0 or -EINVAL. */
int	log_level_parse(const char *, enum log_level *);
const char *log_level_name(enum log_level);

void	log_msg(enum log_level, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
void	log_vmsg(enum log_level, int, const char *, va_list)
	    __attribute__((format(printf, 3, 0)));
void	log_error(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_warn(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_debug(const char *, ...) __attribute__((format(printf, 1, 2)));
void	log_error_errno(const char *, ...)
	    __attribute__((format(printf, 1, 2)));
void	log_warn_errno(const char *, ...)
	    __attribute__((format(printf, 1, 2)));
/* Log at error level and exit(1). */
void	fatal(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
void	fatalx(const char *, ...)
	    __attribute__((format(printf, 1, 2), noreturn));

#endif
