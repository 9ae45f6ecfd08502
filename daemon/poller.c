/* TEMPORARY placeholder until the poller lands (issue 3). */
#include <errno.h>
#include <stdlib.h>
#include "poller.h"
#include "xmalloc.h"
struct poller { int unused; };
int poller_new(struct event_base *b, struct store *s, const struct kb *k, const struct config *c, struct poller **out, char **cause)
{ (void)b; (void)s; (void)k; (void)c; (void)cause; *out = xcalloc(1, sizeof **out); return 0; }
void poller_set_config(struct poller *p, const struct config *c) { (void)p; (void)c; }
void poller_reload_feeds(struct poller *p) { (void)p; }
int poller_poll_now(struct poller *p, const char *n, char **cause) { (void)p; (void)n; *cause = xstrdup("polling not implemented yet"); return -ENOSYS; }
void poller_set_event_cb(struct poller *p, poller_event_cb cb, void *a) { (void)p; (void)cb; (void)a; }
void poller_free(struct poller *p) { free(p); }
