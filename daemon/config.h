/*
 * config: reads itinerd.conf (INI, through inih) into a struct config.
 * Every key has a default, unknown keys and bad values are errors with
 * FILE:LINE, and a config is either wholly valid or refused.  Does not
 * apply anything: itinerd.c decides what a reload changes.
 */
#ifndef ITINERD_CONFIG_H
#define ITINERD_CONFIG_H

#include <stddef.h>
#include <sys/socket.h>
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
	int		 socket_group_line;	/* where set, 0: default */
	int		 admin_group_line;
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
	char		*cors_origins;	/* "http://a:3000,https://b", NULL: none */
	char		*http_hosts;	/* "host.docker.internal,a", NULL: none */
	char		*dashboard_dir;	/* NULL: the embedded dashboard */

	struct config_feed *feeds;
	size_t		 nfeeds;
};

/* Feeds of remote hosts are polled at most once a minute. */
#define CONFIG_MIN_REMOTE_INTERVAL	60

/*
 * Reads path and runs every check the daemon makes of a configuration
 * before it starts (values, http_listen as it would be bound, the socket
 * path's length, feed URLs given twice, intervals under
 * CONFIG_MIN_REMOTE_INTERVAL for remote hosts).  On success returns 0
 * and sets *out (config_free).  On failure returns a negative errno and
 * sets *cause to every error of the file, in line order, one per line
 * ("FILE:LINE: what was expected"), or to "FILE: strerror"; caller frees.
 */
int	config_load(const char *path, struct config **out, char **cause);
/*
 * The checks of a loaded config that depend on this machine, as a start
 * makes them: socket_group must name a group (the daemon refuses to bind
 * otherwise).  0, or -ENOENT with *cause ("FILE:LINE: ..." lines; caller
 * frees).  *warn (caller frees; NULL when none) says what is allowed but
 * probably wrong: an admin_group that names no group lets nobody else
 * change things.
 */
int	config_check_system(const struct config *, char **cause, char **warn);
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
/* Is the URL's host loopback (localhost, 127.0.0.0/8, ::1)?  1 or 0. */
int	config_url_loopback(const char *url);
/*
 * May a feed at url be polled every interval_s seconds?  At least
 * CONFIG_MIN_REMOTE_INTERVAL, or 1 for loopback hosts (tests).  1 or 0.
 */
int	config_interval_ok(const char *url, long long interval_s);
/* "a, b,,c " -> "a,b,c": each tag trimmed, empty ones dropped.  Caller frees. */
char	*config_tags_normalize(const char *);
/*
 * Parses http_listen as the daemon binds it: a loopback address with a
 * port.  0 with the address in *ss and its length in *len (either may be
 * NULL), or -EINVAL with *cause (caller frees).
 */
int	config_listen_parse(const char *, struct sockaddr_storage *ss,
	    int *len, char **cause);
/*
 * Is item (len bytes, not NUL-terminated) one of the comma-separated
 * entries of list (as cors_origins and http_hosts are kept)?  Compared
 * without regard to ASCII case.  list may be NULL.  1 or 0.
 */
int	config_list_has(const char *list, const char *item, size_t len);
/* Default paths for this user (root: /var/lib, /run; else XDG). Caller frees. */
char	*config_default_database(void);
char	*config_default_socket(void);

#endif
