/*
 * util: small helpers several modules share: checked number parsing,
 * durations and sizes as the config writes them, and the accent- and
 * case-folding used for name keys and search filters.
 */
#ifndef ITINERD_UTIL_H
#define ITINERD_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

/*
 * Parses a whole decimal integer in [min, max].  Returns 0 and sets *out,
 * or -EINVAL (not a number, trailing junk) or -ERANGE.
 */
int	util_strtonum(const char *, long long min, long long max,
	    long long *out);
/* "90", "90s", "15m", "1h", "2d" -> seconds in *out; 0 or -EINVAL/-ERANGE. */
int	util_parse_duration(const char *, long long *out);
/* "512", "64k", "10M", "1G" (binary units) -> bytes; 0 or -EINVAL/-ERANGE. */
int	util_parse_size(const char *, long long *out);
/*
 * Folds UTF-8 text for matching: Latin letters with diacritics become
 * their base letter, ASCII is lower-cased, anything not a letter or digit
 * becomes one space (runs collapsed, ends trimmed).  "Jean-Yves Le Drian"
 * -> "jean yves le drian", "Ségolène" -> "segolene".  Caller frees.
 */
char	*util_fold(const char *);
/* The last word of util_fold(name), dropping Jr/Sr/II/III; caller frees. */
char	*util_surname_key(const char *name);
/*
 * A URL fit to show anyone: userinfo ("user:password@") becomes "***@"
 * and the value of each query parameter whose name looks secret (token,
 * key, secret, password, sig, auth, session, credential, ...; any case,
 * as part of the name) becomes "***".  Other text is kept as it was.
 * NULL for NULL.  Caller frees.
 */
char	*util_redact_url(const char *);
/* Wall-clock seconds. */
time_t	util_now(void);
/* Monotonic milliseconds, for durations. */
int64_t	util_mono_ms(void);

#endif
