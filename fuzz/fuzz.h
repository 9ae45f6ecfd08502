/*
 * fuzz: what the libFuzzer harnesses share.  FUZZ_CHECK states a
 * module's promise; when one is broken it prints where and why and
 * aborts, so libFuzzer saves the input as crash-*.  The UTF-8 check is
 * written here again, independently of text.c, because text.c is one of
 * the modules under test.
 */
#ifndef ITINERD_FUZZ_H
#define ITINERD_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_CHECK(cond, ...) do {					\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: promise broken: %s: ",		\
		    __FILE__, __LINE__, #cond);				\
		fprintf(stderr, __VA_ARGS__);				\
		fputc('\n', stderr);					\
		abort();						\
	}								\
} while (0)

/*
 * 1 if the len bytes at s are valid UTF-8 (RFC 3629: shortest form, no
 * surrogates, at most U+10FFFF), holding NUL bytes only if nul_ok.
 */
static inline int
fuzz_utf8_check(const char *s, size_t len, int nul_ok)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, n, k;
	uint32_t		 c, min;

	while (i < len) {
		c = p[i];
		if (c == 0 && !nul_ok)
			return 0;
		if (c < 0x80) {
			i++;
			continue;
		}
		if ((c & 0xe0) == 0xc0) {
			n = 2;
			c &= 0x1f;
			min = 0x80;
		} else if ((c & 0xf0) == 0xe0) {
			n = 3;
			c &= 0x0f;
			min = 0x800;
		} else if ((c & 0xf8) == 0xf0) {
			n = 4;
			c &= 0x07;
			min = 0x10000;
		} else
			return 0;
		if (len - i < n)
			return 0;
		for (k = 1; k < n; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return 0;
			c = (c << 6) | (p[i + k] & 0x3f);
		}
		if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
			return 0;
		i += n;
	}
	return 1;
}

/* Valid UTF-8 without NUL bytes. */
static inline int
fuzz_utf8_ok(const char *s, size_t len)
{
	return fuzz_utf8_check(s, len, 0);
}

/* fuzz_utf8_ok on a NUL-terminated string; NULL is not valid. */
static inline int
fuzz_str_ok(const char *s)
{
	return s != NULL && fuzz_utf8_ok(s, strlen(s));
}

/* Number of characters (not bytes) of valid UTF-8 s. */
static inline size_t
fuzz_utf8_chars(const char *s, size_t len)
{
	size_t	i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return n;
}

/* A NUL-terminated copy of the fuzzer's bytes; caller frees. */
static inline char *
fuzz_strndup(const uint8_t *data, size_t size)
{
	char	*s;

	if ((s = malloc(size + 1)) == NULL)
		abort();
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/*
 * 1 if s is one tidy line: no control character (tab, CR, LF), no
 * leading or trailing space, no two spaces in a row, no NBSP.
 */
static inline int
fuzz_one_line(const char *s)
{
	size_t	n = strlen(s);

	if (n > 0 && (s[0] == ' ' || s[n - 1] == ' '))
		return 0;
	return strpbrk(s, "\t\r\n") == NULL && strstr(s, "  ") == NULL &&
	    strstr(s, "\xc2\xa0") == NULL;
}

#endif
