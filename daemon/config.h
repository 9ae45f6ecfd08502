/*
 * config: reads itinerd.conf (INI, through inih) into a struct config.
 * Every key has a default, unknown keys and bad values are errors with
 * FILE:LINE, and a config is either wholly valid or refused.  Does not
 * apply anything: itinerd.c decides what a reload changes.
 */
#ifndef ITINERD_CONFIG_H
#define ITINERD_CONFIG_H

#include <stddef.h>
#include <sys/types.h>

#include "log.h"

struct config_feed {
	char	*name;		/* [feed NAME] */
	char	*url;		/* http or https only */
	char	*tags;		/* comma-separated, "" when none */
	int	 interval_s;	/* 0: the daemon's poll_interval */
	int	 enabled;
	int	 line;		/* where the section starts */
};

struct config {
	char		*path;		/* file read, NULL for defaults */

	/* [daemon] */
	char		*database;
	char		*socket;
	mode_t		 socket_mode;
	char		*socket_group;	/* NULL: the daemon's group */
	char		*admin_group;	/* NULL: only root and our uid */
	char		*http_listen;	/* "127.0.0.1:8088", NULL: off */
	enum log_level	 log_level;
	int		 poll_interval_s;
	int		 max_parallel;

	/* [fetch] */
	char		*user_agent;
	int		 connect_timeout_s;
	int		 timeout_s;
	long long	 low_speed_limit;	/* bytes per second */
	int		 low_speed_time_s;
	long long	 max_body;		/* bytes, after decoding */
	int		 max_redirects;
	int		 backoff_max_s;
	int		 jitter_pct;		/* of the interval */

	/* [api] */
	int		 api_max_connections;
	long long	 api_max_header_size;	/* bytes */
	long long	 api_max_body_size;
	int		 api_timeout_s;		/* whole request, and idle */
	int		 api_header_timeout_s;	/* request line and headers */

	struct config_feed *feeds;
	size_t		 nfeeds;
};

/*
 * Reads path.  On success returns 0 and sets *out (config_free).  On
 * failure returns a negative errno and sets *cause to "FILE:LINE: what was
 * expected" (or "FILE: strerror"); caller frees.
 */
int	config_load(const char *path, struct config **out, char **cause);
/* A config with every default, as if read from an empty file. */
struct config *config_default(void);
void	config_free(struct config *);
/* Finds a feed by name; NULL if none. */
const struct config_feed *config_find_feed(const struct config *,
	    const char *);
/* Checks a feed name: [A-Za-z0-9._-], 1..64 chars.  1 good, 0 bad. */
int	config_feed_name_ok(const char *);
/* Checks a feed URL: http:// or https:// with a host.  1 good, 0 bad. */
int	config_feed_url_ok(const char *);
/* Default paths for this user (root: /var/lib, /run; else XDG). Caller frees. */
char	*config_default_database(void);
char	*config_default_socket(void);

#endif
