/*
 * ex_country: country facts the knowledge base does not hold yet: the
 * same state under two codes, territories that are home, historical codes
 * (SU, YU, CS, DD) on a date.
 *
 * Input: ISO alpha-2 codes and a date.  Output: answers; no context.
 */
#ifndef ITINERD_EX_COUNTRY_H
#define ITINERD_EX_COUNTRY_H

int	ex_country_same(const char *a, const char *b);
int	ex_country_home(const char *cc, const char *dest);
void	ex_country_historical(char cc[3], const char *date);

#endif
