/*
 * util: see util.h.  No allocation except the folded strings, no state.
 */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"
#include "xmalloc.h"

/* Parts of query parameter names that mark their values as secrets. */
static const char *const util_secret_words[] = {
	"token", "key", "secret", "passw", "pwd", "pass", "sig", "auth",
	"session", "credential", "cred", "jwt", "bearer", "private",
	NULL
};

static int
util_secret_name(const char *name, size_t len)
{
	const char	*w;
	size_t		 i, j, n;

	for (i = 0; (w = util_secret_words[i]) != NULL; i++) {
		n = strlen(w);
		for (j = 0; j + n <= len; j++)
			if (strncasecmp(name + j, w, n) == 0)
				return 1;
	}
	return 0;
}

/*
 * The text is only cut where the URL syntax (RFC 3986) puts its
 * delimiters, so nothing else changes: scheme "://" authority, whose
 * userinfo ends at its last '@'; then path; '?' query of '&'- or
 * ';'-separated name=value pairs; '#' fragment.
 */
char *
util_redact_url(const char *url)
{
	struct buf	 b = { 0 };
	const char	*p, *auth, *end, *at, *q, *frag, *pair, *eq, *next;

	if (url == NULL)
		return NULL;
	p = url;
	if ((auth = strstr(url, "://")) != NULL &&
	    strcspn(url, "/?#") > (size_t)(auth - url)) {
		auth += 3;
		end = auth + strcspn(auth, "/?#");
		at = NULL;
		for (q = auth; q < end; q++)
			if (*q == '@')
				at = q;
		buf_add(&b, url, (size_t)(auth - url));
		if (at != NULL) {
			buf_adds(&b, "***");
			auth = at;
		}
		buf_add(&b, auth, (size_t)(end - auth));
		p = end;
	}
	q = p + strcspn(p, "?#");
	buf_add(&b, p, (size_t)(q - p));
	if (*q == '?') {
		frag = q + strcspn(q, "#");
		buf_addc(&b, '?');
		for (pair = q + 1; pair < frag; pair = next) {
			next = pair + strcspn(pair, "&;");
			if (next > frag)
				next = frag;
			eq = memchr(pair, '=', (size_t)(next - pair));
			if (eq != NULL && util_secret_name(pair,
			    (size_t)(eq - pair))) {
				buf_add(&b, pair, (size_t)(eq - pair) + 1);
				buf_adds(&b, "***");
			} else
				buf_add(&b, pair, (size_t)(next - pair));
			if (next < frag) {
				buf_addc(&b, *next);
				next++;
			}
		}
		q = frag;
	}
	buf_adds(&b, q);
	return b.data != NULL ? buf_steal(&b) : xstrdup("");
}

int
util_strtonum(const char *s, long long min, long long max, long long *out)
{
	char		*end;
	long long	 v;

	if (s == NULL || *s == '\0' || isspace((unsigned char)*s))
		return -EINVAL;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (*end != '\0')
		return -EINVAL;
	if (errno == ERANGE || v < min || v > max)
		return -ERANGE;
	*out = v;
	return 0;
}

/* A number followed by one optional unit letter from units. */
static int
util_parse_unit(const char *s, const char *units, const long long *mult,
    long long *out)
{
	char		*num, *u;
	size_t		 len;
	long long	 v, m = 1;
	int		 r;

	if (s == NULL || (len = strlen(s)) == 0)
		return -EINVAL;
	num = xstrdup(s);
	if (isalpha((unsigned char)num[len - 1])) {
		if ((u = strchr(units, tolower((unsigned char)num[len - 1]))) ==
		    NULL) {
			free(num);
			return -EINVAL;
		}
		m = mult[u - units];
		num[len - 1] = '\0';
	}
	r = util_strtonum(num, 0, INT64_MAX / m, &v);
	free(num);
	if (r != 0)
		return r;
	*out = v * m;
	return 0;
}

int
util_parse_duration(const char *s, long long *out)
{
	static const long long	mult[] = { 1, 60, 3600, 86400 };

	return util_parse_unit(s, "smhd", mult, out);
}

int
util_parse_size(const char *s, long long *out)
{
	static const long long	mult[] = { 1, 1024, 1024 * 1024,
	    1024 * 1024 * 1024 };

	return util_parse_unit(s, "bkmg", mult, out);
}

/*
 * Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin
 * Extended-A); '\0' where there is none.  Two-letter folds (ß, æ, œ) are
 * handled in util_fold_cp.
 */
static const char util_latin_base[] =
    "aaaaaaaceeeeiiii"		/* C0-CF */
    "dnooooo\0ouuuuyts"		/* D0-DF (D7 is x, DE thorn, DF sharp s) */
    "aaaaaaaceeeeiiii"		/* E0-EF */
    "dnooooo\0ouuuuyty"		/* F0-FF */
    "aaaaaaccccccccdd"		/* 100-10F */
    "ddeeeeeeeeeegggg"		/* 110-11F */
    "gggghhhhiiiiiiii"		/* 120-12F */
    "iiijjjkkklllllll"		/* 130-13F */
    "lllnnnnnnnnnoooo"		/* 140-14F */
    "oooorrrrrrssssss"		/* 150-15F */
    "ssttttttuuuuuuuu"		/* 160-16F */
    "uuuuwwyyyzzzzzzs";		/* 170-17F */

/* one is the caller's (no static buffer: the ingest thread folds too). */
static const char *
util_fold_cp(unsigned cp, char one[2])
{
	switch (cp) {
	case 0xDF:
		return "ss";
	case 0xC6: case 0xE6:
		return "ae";
	case 0x152: case 0x153:
		return "oe";
	case 0xDE: case 0xFE:
		return "th";
	case 0x2019: case 0x2018: case 0x27:
		return "";	/* apostrophes join: O'Brien -> obrien */
	}
	if (cp >= 0xC0 && cp <= 0x17F && util_latin_base[cp - 0xC0] != '\0') {
		one[0] = util_latin_base[cp - 0xC0];
		one[1] = '\0';
		return one;
	}
	return NULL;
}

/* Decodes one UTF-8 sequence; returns its length (1 for invalid bytes). */
static size_t
util_utf8_next(const unsigned char *s, unsigned *cp)
{
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
		*cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
		return 2;
	}
	if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80) {
		*cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) |
		    (s[2] & 0x3Fu);
		return 3;
	}
	if ((s[0] & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 &&
	    (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
		*cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) |
		    ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
		return 4;
	}
	*cp = 0xFFFD;
	return 1;
}

char *
util_fold(const char *in)
{
	const unsigned char	*s = (const unsigned char *)in;
	struct buf		 b = { 0 };
	const char		*f;
	char			 one[2];
	unsigned		 cp;
	int			 space = 0;

	while (*s != '\0') {
		s += util_utf8_next(s, &cp);
		if (cp < 0x80 && isalnum((int)cp)) {
			if (space && b.len > 0)
				buf_addc(&b, ' ');
			space = 0;
			buf_addc(&b, (char)tolower((int)cp));
		} else if ((f = util_fold_cp(cp, one)) != NULL) {
			if (*f == '\0')
				continue;
			if (space && b.len > 0)
				buf_addc(&b, ' ');
			space = 0;
			buf_adds(&b, f);
		} else
			space = 1;
	}
	return buf_steal(&b);
}

char *
util_surname_key(const char *name)
{
	static const char	*suffixes[] = { "jr", "sr", "ii", "iii", "iv" };
	char			*f, *end, *sp, *r;
	size_t			 i;
	int			 again;

	f = util_fold(name);
	end = f + strlen(f);
	do {
		again = 0;
		sp = strrchr(f, ' ');
		if (sp == NULL)
			break;
		for (i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
			if (strcmp(sp + 1, suffixes[i]) == 0) {
				*sp = '\0';
				end = sp;
				again = 1;
				break;
			}
	} while (again);
	sp = strrchr(f, ' ');
	r = xstrdup(sp != NULL ? sp + 1 : f);
	(void)end;
	free(f);
	return r;
}

time_t
util_now(void)
{
	return time(NULL);
}

int64_t
util_mono_ms(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
