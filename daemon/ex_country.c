/*
 * ex_country: country facts the knowledge base does not hold yet: the
 * same state under two codes, territories that are home, historical codes
 * (SU, YU, CS, DD) on a date.
 *
 * Input: ISO alpha-2 codes and a date.  Output: answers; no context.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex_country.h"

/* Country codes equal, with the historical aliases SU = RU, YU = RS. */
int
ex_country_same(const char *a, const char *b)
{
	if (strcmp(a, "SU") == 0)
		a = "RU";
	if (strcmp(b, "SU") == 0)
		b = "RU";
	if (strcmp(a, "YU") == 0)
		a = "RS";
	if (strcmp(b, "YU") == 0)
		b = "RS";
	if (strcmp(a, "CS") == 0)
		a = "CZ";
	if (strcmp(b, "CS") == 0)
		b = "CZ";
	return strcmp(a, b) == 0;
}

/*
 * 1 if dest is home ground for an official of cc: the country itself or
 * one of its overseas territories ("Guam", "San Juan, Puerto Rico" for
 * an American are domestic stops).
 */
int
ex_country_home(const char *cc, const char *dest)
{
	static const char *const us[] = { "PR", "GU", "VI", "AS", "MP",
	    "UM" };

	if (ex_country_same(cc, dest))
		return 1;
	if (strcmp(cc, "US") == 0)
		for (size_t i = 0; i < sizeof us / sizeof us[0]; i++)
			if (strcmp(dest, us[i]) == 0)
				return 1;
	return 0;
}

/*
 * The code of the time for a country on a date: Soviet republics are SU
 * until the Union ended (the Baltic states left earlier), Serbia and
 * Montenegro are YU until 1992, the Czech Republic and Slovakia CS until
 * 1993.  cc is rewritten in place.
 */
void
ex_country_historical(char cc[3], const char *date)
{
	static const char *const su[] = { "AM", "AZ", "BY", "GE", "KG", "KZ",
	    "MD", "RU", "TJ", "TM", "UA", "UZ" };
	static const char *const baltic[] = { "EE", "LT", "LV" };

	if (strcmp(date, "1991-12-26") < 0) {
		for (size_t i = 0; i < sizeof su / sizeof su[0]; i++)
			if (strcmp(cc, su[i]) == 0)
				memcpy(cc, "SU", 3);
	}
	if (strcmp(date, "1991-09-06") < 0) {
		for (size_t i = 0; i < sizeof baltic / sizeof baltic[0]; i++)
			if (strcmp(cc, baltic[i]) == 0)
				memcpy(cc, "SU", 3);
	}
	if (strcmp(date, "1992-04-27") < 0 && (strcmp(cc, "RS") == 0 ||
	    strcmp(cc, "ME") == 0))
		memcpy(cc, "YU", 3);
	/* Czechoslovakia until its split */
	if (strcmp(date, "1993-01-01") < 0 && (strcmp(cc, "CZ") == 0 ||
	    strcmp(cc, "SK") == 0))
		memcpy(cc, "CS", 3);
}
