/*
 * text-fuzzer: text_from_html on arbitrary bytes, both its paths (HTML
 * through libxml2, and input without tags taken as plain text), plus the
 * UTF-8 helpers and text_normalize_ws.  Checks text.h's promises:
 * - text_from_html returns 0 and valid UTF-8 for any bytes;
 * - outside <pre> the text is tidy: no tab, CR or NBSP, no two spaces,
 *   lines trimmed, paragraphs separated by one blank line at most, no
 *   leading or trailing blank;
 * - input without tags keeps that shape and is a fixed point of
 *   text_normalize_ws, as its contract says;
 * - text_utf8_sanitize gives valid UTF-8 without NULs, and changes
 *   nothing in input that text_utf8_valid accepts and that has no NUL;
 * - text_normalize_ws is idempotent.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fuzz.h"
#include "text.h"

/* The input has tags by text.c's rule: '<' then a letter, '/' or '!'. */
static int
fuzz_text_has_tags(const char *s)
{
	for (; (s = strchr(s, '<')) != NULL; s++) {
		if ((s[1] >= 'a' && s[1] <= 'z') ||
		    (s[1] >= 'A' && s[1] <= 'Z') || s[1] == '/' ||
		    s[1] == '!')
			return 1;
	}
	return 0;
}

/* Case-insensitive strstr for ASCII needles. */
static int
fuzz_text_contains(const char *s, const char *needle)
{
	size_t	n = strlen(needle);

	for (; *s != '\0'; s++)
		if (strncasecmp(s, needle, n) == 0)
			return 1;
	return 0;
}

/* The whitespace rules every paragraph text obeys (see text.h). */
static void
fuzz_text_tidy(const char *in, const char *out)
{
	size_t	n = strlen(out);

	FUZZ_CHECK(strpbrk(out, "\t\r") == NULL, "tab or CR in output "
	    "of %zu bytes of input", strlen(in));
	FUZZ_CHECK(strstr(out, "\xc2\xa0") == NULL, "NBSP in output");
	FUZZ_CHECK(strstr(out, "  ") == NULL, "two spaces in a row");
	FUZZ_CHECK(strstr(out, " \n") == NULL && strstr(out, "\n ") == NULL,
	    "line not trimmed");
	FUZZ_CHECK(strstr(out, "\n\n\n") == NULL, "run of blank lines");
	if (n > 0) {
		FUZZ_CHECK(out[0] != ' ' && out[0] != '\n',
		    "leading whitespace");
		FUZZ_CHECK(out[n - 1] != ' ' && out[n - 1] != '\n',
		    "trailing whitespace");
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*raw = (const char *)data;
	char		*clean, *out = NULL, *again;
	int		 r, valid, has_nul;

	/* The UTF-8 helpers. */
	valid = text_utf8_valid(raw, size);
	has_nul = memchr(raw, '\0', size) != NULL;
	FUZZ_CHECK(valid == fuzz_utf8_check(raw, size, 1),
	    "text_utf8_valid says %d", valid);
	clean = text_utf8_sanitize(raw, size);
	FUZZ_CHECK(fuzz_str_ok(clean), "sanitized text is not UTF-8");
	if (valid && !has_nul)
		FUZZ_CHECK(strlen(clean) == size &&
		    memcmp(clean, raw, size) == 0,
		    "sanitize changed valid UTF-8");

	/* HTML (or plain text) to text. */
	r = text_from_html(raw, size, &out);
	FUZZ_CHECK(r == 0 && out != NULL, "text_from_html returned %d", r);
	FUZZ_CHECK(fuzz_str_ok(out), "output is not valid UTF-8");
	if (!fuzz_text_has_tags(clean)) {
		/* The plain-text path: normalised text, lines kept. */
		fuzz_text_tidy(clean, out);
		again = text_normalize_ws(out);
		FUZZ_CHECK(strcmp(again, out) == 0,
		    "plain-text output is not normalised");
		free(again);
	} else if (!fuzz_text_contains(clean, "pre")) {
		/* No <pre>, so no whitespace is kept as served. */
		fuzz_text_tidy(clean, out);
	}
	free(out);

	/* text_normalize_ws on the sanitized input: idempotent, tidy. */
	out = text_normalize_ws(clean);
	FUZZ_CHECK(fuzz_str_ok(out), "normalised text is not UTF-8");
	fuzz_text_tidy(clean, out);
	again = text_normalize_ws(out);
	FUZZ_CHECK(strcmp(again, out) == 0, "text_normalize_ws not "
	    "idempotent");
	free(again);
	free(out);

	(void)text_hash64(clean, clean);
	free(clean);
	return 0;
}
