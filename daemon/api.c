/* TEMPORARY minimal API until issue 5 lands: evhttp on the socket, /v1/health. */
#include <event2/event.h>
#include <event2/http.h>
#include <event2/buffer.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "api.h"
#include "xmalloc.h"
struct api { struct evhttp *http; };
static void api_health(struct evhttp_request *req, void *arg)
{
	struct evbuffer *b = evbuffer_new(); (void)arg;
	evbuffer_add_printf(b, "{\"status\":\"ok\"}\n");
	evhttp_add_header(evhttp_request_get_output_headers(req), "Content-Type", "application/json");
	evhttp_send_reply(req, 200, "OK", b); evbuffer_free(b);
}
int api_new(struct event_base *base, struct store *s, const struct kb *kb, const struct config *c, int fd, const struct api_hooks *h, struct api **out, char **cause)
{
	struct api *a = xcalloc(1, sizeof *a); (void)s; (void)kb; (void)c; (void)h;
	a->http = evhttp_new(base);
	evutil_make_socket_nonblocking(fd);
	if (evhttp_accept_socket(a->http, fd) != 0) { *cause = xstrdup("evhttp_accept_socket failed"); evhttp_free(a->http); free(a); close(fd); return -1; }
	evhttp_set_cb(a->http, "/v1/health", api_health, a);
	*out = a; return 0;
}
void api_set_config(struct api *a, const struct config *c) { (void)a; (void)c; }
void api_event(struct api *a, const char *t, const char *j) { (void)a; (void)t; (void)j; }
void api_free(struct api *a) { if (a == NULL) return; evhttp_free(a->http); free(a); }
