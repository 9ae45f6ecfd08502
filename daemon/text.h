/*
 * text: turns the HTML (or plain text) of a feed item into the plain text
 * the extractor reads: one paragraph per block element, paragraphs
 * separated by a blank line, entities decoded, whitespace normalised,
 * always valid UTF-8.  Also UTF-8 checking and repair, and the 64-bit
 * hash used to spot duplicate items.  Pure functions, no I/O.
 */
#ifndef ITINERD_TEXT_H
#define ITINERD_TEXT_H

#include <stddef.h>
#include <stdint.h>

/*
 * Converts len bytes of html to plain text.  Input with no tags is taken
 * as plain text: its entities are still decoded and its whitespace
 * normalised, but its line breaks are kept, and a line indented further
 * than the line before it starts a paragraph (a blank line before it).  HTML goes through libxml2's
 * HTML parser (no network, errors ignored, recovering): p, div, li, h1-h6,
 * blockquote, section, article, ul, ol, table, pre and similar blocks
 * become paragraphs separated by "\n\n"; br, tr, dt, dd end a line; list
 * items start with "- "; script, style, noscript, iframe, template and
 * head are dropped; runs of spaces, tabs, newlines and NBSP inside a
 * paragraph become one space (except in pre); lines are trimmed.
 * Invalid UTF-8 is replaced with U+FFFD first.  On success returns 0 and
 * sets *out (caller frees; may be ""); -EINVAL if html is NULL.
 */
int	text_from_html(const char *html, size_t len, char **out);

/*
 * Normalises whitespace of plain text: CR and CRLF become LF, runs of
 * spaces, tabs and NBSP become one space, each line is trimmed, runs of
 * blank lines become one, leading and trailing blank lines go.  Returns
 * a new string; caller frees.
 */
char	*text_normalize_ws(const char *);

/* 1 if len bytes of s are valid UTF-8 (no overlongs, no surrogates). */
int	 text_utf8_valid(const char *s, size_t len);

/*
 * Copy of len bytes of s with each invalid UTF-8 sequence replaced by
 * one U+FFFD (a truncated character counts once, each stray byte once)
 * and NUL bytes dropped.  Returns a NUL-terminated string; caller
 * frees.
 */
char	*text_utf8_sanitize(const char *s, size_t len);

/*
 * 64-bit FNV-1a of title, a NUL separator, then text (either may be
 * NULL, hashed as "").  Used to find the same story under two guids.
 */
uint64_t text_hash64(const char *title, const char *text);

#endif
