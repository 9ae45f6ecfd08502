/*
 * ctl_client: see ctl_client.h.  The easy interface is right here: the
 * CLI does one thing at a time and has no loop of its own.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <jansson.h>

#include "ctl_client.h"
#include "xmalloc.h"

struct ctl_client {
	CURL	*curl;
	char	*socket;
};

struct ctl_client_sink {
	struct buf	*out;
	int		(*cb)(const char *, size_t, void *);
	void		*arg;
	int		 stopped;
};

int
ctl_client_new(const char *socket, struct ctl_client **out, char **cause)
{
	struct ctl_client	*c;

	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		*cause = xstrdup("cannot initialise libcurl");
		return -EIO;
	}
	c = xcalloc(1, sizeof *c);
	if ((c->curl = curl_easy_init()) == NULL) {
		free(c);
		*cause = xstrdup("cannot initialise libcurl");
		return -EIO;
	}
	c->socket = xstrdup(socket);
	*out = c;
	return 0;
}

void
ctl_client_free(struct ctl_client *c)
{
	if (c == NULL)
		return;
	curl_easy_cleanup(c->curl);
	free(c->socket);
	free(c);
	curl_global_cleanup();
}

const char *
ctl_client_socket(const struct ctl_client *c)
{
	return c->socket;
}

static size_t
ctl_client_write(char *data, size_t size, size_t n, void *arg)
{
	struct ctl_client_sink	*s = arg;

	if (s->cb != NULL) {
		if (s->cb(data, size * n, s->arg) != 0) {
			s->stopped = 1;
			return 0;	/* ends the transfer */
		}
		return size * n;
	}
	buf_add(s->out, data, size * n);
	return size * n;
}

/* Sets up the handle for path on the socket. */
static void
ctl_client_setup(struct ctl_client *c, const char *path,
    struct ctl_client_sink *sink, char *errbuf)
{
	char	*url;

	curl_easy_reset(c->curl);
	url = xasprintf("http://localhost%s", path);
	curl_easy_setopt(c->curl, CURLOPT_URL, url);
	free(url);
	curl_easy_setopt(c->curl, CURLOPT_UNIX_SOCKET_PATH, c->socket);
	curl_easy_setopt(c->curl, CURLOPT_WRITEFUNCTION, ctl_client_write);
	curl_easy_setopt(c->curl, CURLOPT_WRITEDATA, sink);
	curl_easy_setopt(c->curl, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(c->curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c->curl, CURLOPT_CONNECTTIMEOUT, 10L);
	curl_easy_setopt(c->curl, CURLOPT_USERAGENT, "itinctl");
}

/* Turns a failed transfer into -errno and a cause naming the socket. */
static int
ctl_client_fail(struct ctl_client *c, CURLcode rc, const char *errbuf,
    char **cause)
{
	long	oserr = 0;

	curl_easy_getinfo(c->curl, CURLINFO_OS_ERRNO, &oserr);
	if (rc == CURLE_COULDNT_CONNECT) {
		*cause = xasprintf("cannot connect to itinerd at %s: %s%s",
		    c->socket, oserr != 0 ? strerror((int)oserr) :
		    "connection failed", oserr == ENOENT ||
		    oserr == ECONNREFUSED ? " (is the daemon running? "
		    "-s/--socket or ITINERD_SOCKET choose the socket)" : "");
		return oserr != 0 ? -(int)oserr : -ECONNREFUSED;
	}
	*cause = xasprintf("itinerd at %s: %s", c->socket, *errbuf != '\0' ?
	    errbuf : curl_easy_strerror(rc));
	return -EIO;
}

int
ctl_client_request(struct ctl_client *c, const char *method,
    const char *path, const char *body, size_t body_len,
    const char *content_type, int *status, struct buf *out, char **cause)
{
	struct ctl_client_sink	 sink = { out, NULL, NULL, 0 };
	struct curl_slist	*hdrs = NULL;
	char			 errbuf[CURL_ERROR_SIZE] = "", *h;
	CURLcode		 rc;
	long			 code = 0;

	ctl_client_setup(c, path, &sink, errbuf);
	curl_easy_setopt(c->curl, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(c->curl, CURLOPT_TIMEOUT, 300L);
	if (strcmp(method, "HEAD") == 0)
		curl_easy_setopt(c->curl, CURLOPT_NOBODY, 1L);
	if (body != NULL) {
		curl_easy_setopt(c->curl, CURLOPT_POSTFIELDS, body);
		curl_easy_setopt(c->curl, CURLOPT_POSTFIELDSIZE_LARGE,
		    (curl_off_t)body_len);
		h = xasprintf("Content-Type: %s", content_type != NULL ?
		    content_type : "application/json");
		hdrs = curl_slist_append(hdrs, h);
		free(h);
	}
	hdrs = curl_slist_append(hdrs, "Expect:");
	curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, hdrs);
	rc = curl_easy_perform(c->curl);
	curl_slist_free_all(hdrs);
	if (rc != CURLE_OK)
		return ctl_client_fail(c, rc, errbuf, cause);
	curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, &code);
	*status = (int)code;
	return 0;
}

int
ctl_client_stream(struct ctl_client *c, const char *path,
    const char *last_event_id, int (*cb)(const char *, size_t, void *),
    void *arg, int *status, char **cause)
{
	struct ctl_client_sink	 sink = { NULL, cb, arg, 0 };
	struct curl_slist	*hdrs = NULL;
	char			 errbuf[CURL_ERROR_SIZE] = "", *h;
	CURLcode		 rc;
	long			 code = 0;

	ctl_client_setup(c, path, &sink, errbuf);
	curl_easy_setopt(c->curl, CURLOPT_TCP_KEEPALIVE, 1L);
	if (last_event_id != NULL) {
		h = xasprintf("Last-Event-ID: %s", last_event_id);
		hdrs = curl_slist_append(hdrs, h);
		free(h);
		curl_easy_setopt(c->curl, CURLOPT_HTTPHEADER, hdrs);
	}
	rc = curl_easy_perform(c->curl);
	curl_slist_free_all(hdrs);
	curl_easy_getinfo(c->curl, CURLINFO_RESPONSE_CODE, &code);
	*status = (int)code;
	if (rc == CURLE_OK || (rc == CURLE_WRITE_ERROR && sink.stopped))
		return 0;
	return ctl_client_fail(c, rc, errbuf, cause);
}

char *
ctl_client_error(const char *body)
{
	json_t		*j;
	const char	*m;
	char		*s;
	size_t		 len;

	if ((j = json_loads(body, 0, NULL)) != NULL) {
		m = json_string_value(json_object_get(json_object_get(j,
		    "error"), "message"));
		if (m != NULL) {
			s = xstrdup(m);
			json_decref(j);
			return s;
		}
		json_decref(j);
	}
	s = xstrdup(body);
	len = strlen(s);
	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r'))
		s[--len] = '\0';
	return s;
}

char *
ctl_client_escape(const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	struct buf		 b = { 0 };
	unsigned char		 c;

	for (; *s != '\0'; s++) {
		c = (unsigned char)*s;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '_' ||
		    c == '.' || c == '~')
			buf_addc(&b, (char)c);
		else {
			buf_addc(&b, '%');
			buf_addc(&b, hex[c >> 4]);
			buf_addc(&b, hex[c & 15]);
		}
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}
