/*
 * extract: finds official travel in one article's text.  Pure: no I/O, no
 * globals; the knowledge comes in as a struct kb.
 *
 * The pipeline, per article:
 *  1. tokens (words with their folded form, numbers, punctuation; "'s"
 *     becomes a flag on the word; abbreviations and initials keep their
 *     dot) and sentences (abbreviation-aware, paragraphs always end one);
 *  2. a dateline ("TOKYO, April 8 -", "TOKYO (AFP) -") gives the local
 *     reference date and the place "here" means;
 *  3. knowledge mentions by longest match over capitalised tokens:
 *     countries, demonyms, places, office holders, role phrases;
 *  4. people: a title ("Foreign Minister", "Secretary of State", "U.S.
 *     Agriculture Secretary") followed by a capitalised name, a known
 *     office holder, a role phrase resolved through the office-holder
 *     table; later mentions by surname, "the minister", he/she (last
 *     subject), they/both/the pair (the last group);
 *  5. travel: trigger verbs and nouns, the destinations that follow them
 *     (or "here", or "in X" with a meeting), the traveller (the subject,
 *     the possessor of "visit", the object of "hosted"/"by"), status from
 *     tense, modality, cancellation, negation and dates, and dates from
 *     time expressions resolved against the reference date;
 *     Also: a place before a trip noun ("his Seoul visit"), "met visiting
 *     X" (X is in the host's country), a third-country partner of talks at
 *     a stop, a meeting abroad called off (cancelled, original date kept;
 *     a new slot is a planned leg of its own);
 *  6. one leg per person and country, in order of mention; a country
 *     that is the official's own (from the text, the dateline or the
 *     office-holder table) is never a leg;
 *  7. a dated destination in the headline dates the body's undated legs
 *     to that country.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "kb.h"
#include "when.h"
#include "xmalloc.h"

/* Lexicon classes of a folded word. */
#define LX_HEAD		0x00000001u	/* title head: minister, secretary */
#define LX_MOD		0x00000002u	/* title modifier: deputy, foreign */
#define LX_NOTLAB	0x00000004u	/* governor, senator, spokesman */
#define LX_VERB		0x00000008u	/* travel verb; arg = verb | form */
#define LX_NOUN		0x00000010u	/* travel noun: visit, trip, tour */
#define LX_FUT		0x00000020u	/* will, plans, due, expected */
#define LX_CANCEL	0x00000040u
#define LX_NEG		0x00000080u
#define LX_VIRTUAL	0x00000100u
#define LX_PRON_S	0x00000200u	/* he, she, his, her */
#define LX_PRON_P	0x00000400u	/* they, both, pair */
#define LX_WEEKDAY	0x00000800u	/* arg 0..6, Sunday first */
#define LX_MONTH	0x00001000u	/* arg 1..12 */
#define LX_RELDAY	0x00002000u	/* arg: days + 8 */
#define LX_TIMEMOD	0x00004000u	/* last, next, this, later, mid */
#define LX_STOP		0x00008000u	/* never part of a name */
#define LX_PART		0x00010000u	/* name particle: bin, al, de, van */
#define LX_HOST		0x00020000u	/* hosted, received, welcomed */
#define LX_MEET		0x00040000u	/* met, talks, attend, sign */
#define LX_PAST		0x00080000u	/* past markers: last, recent, ago */
#define LX_HONOR	0x00100000u	/* Mr, Dr, Sir: skipped before names */
#define LX_BREAK	0x00200000u	/* but, while, said: clause breaks */
#define LX_COMPL	0x00400000u	/* title complement word: State */
#define LX_DONE		0x00800000u	/* completed markers: returned */
#define LX_ONGOING	0x01000000u	/* now, currently, here */

enum { V_ARRIVE = 1, V_VISIT, V_TRAVEL, V_FLY, V_HEAD, V_LEAVE, V_CONTINUE,
    V_STOP, V_TOUR, V_GO, V_COME, V_LAND, V_RETURN, V_BE, V_ACCOMPANY,
    V_SPEND };
enum { F_BASE = 0, F_3S, F_PAST, F_ING };
#define VF(v, f)	((v) | ((f) << 8))

enum { H_MINISTER = 1, H_SECRETARY, H_PRESIDENT, H_PREMIER, H_CHANCELLOR,
    H_AMBASSADOR, H_ENVOY, H_REPRESENTATIVE, H_COUNSELOR, H_MONARCH,
    H_PRINCE, H_LEADER, H_UNDERSEC, H_CHAIRMAN, H_COUNTERPART };

struct lex {
	const char	*w;
	uint32_t	 cls;
	uint16_t	 arg;
};

/* Sorted by w (strcmp order); extract_selftest checks it. */
static const struct lex lexicon[] = {
	{ "a", LX_STOP, 0 },
	{ "about", LX_STOP, 0 },
	{ "accompanied", LX_VERB, VF(V_ACCOMPANY, F_PAST) },
	{ "accompanies", LX_VERB, VF(V_ACCOMPANY, F_3S) },
	{ "accompany", LX_VERB, VF(V_ACCOMPANY, F_BASE) },
	{ "accompanying", LX_VERB, VF(V_ACCOMPANY, F_ING) },
	{ "according", LX_STOP, 0 },
	{ "adm", LX_NOTLAB, 0 },
	{ "admiral", LX_NOTLAB, 0 },
	{ "affairs", LX_MOD | LX_COMPL, 0 },
	{ "after", LX_BREAK, 0 },
	{ "ago", LX_PAST, 0 },
	{ "agriculture", LX_MOD | LX_COMPL, 0 },
	{ "al", LX_PART, 0 },
	{ "also", LX_STOP, 0 },
	{ "although", LX_STOP, 0 },
	{ "ambassador", LX_HEAD, H_AMBASSADOR },
	{ "among", LX_STOP, 0 },
	{ "an", LX_STOP, 0 },
	{ "and", LX_STOP, 0 },
	{ "apr", LX_MONTH, 4 },
	{ "april", LX_MONTH, 4 },
	{ "arrival", LX_NOUN, V_ARRIVE },
	{ "arrive", LX_VERB, VF(V_ARRIVE, F_BASE) },
	{ "arrived", LX_VERB, VF(V_ARRIVE, F_PAST) },
	{ "arrives", LX_VERB, VF(V_ARRIVE, F_3S) },
	{ "arriving", LX_VERB, VF(V_ARRIVE, F_ING) },
	{ "as", LX_STOP, 0 },
	{ "assistant", LX_MOD, 0 },
	{ "at", LX_STOP, 0 },
	{ "attend", LX_MEET, 0 },
	{ "attended", LX_MEET, 0 },
	{ "attending", LX_MEET, 0 },
	{ "attends", LX_MEET, 0 },
	{ "aug", LX_MONTH, 8 },
	{ "august", LX_MONTH, 8 },
	{ "bank", LX_NOTLAB, 0 },
	{ "be", LX_VERB, VF(V_BE, F_BASE) },
	{ "before", LX_STOP, 0 },
	{ "ben", LX_PART, 0 },
	{ "between", LX_STOP, 0 },
	{ "bin", LX_PART, 0 },
	{ "bint", LX_PART, 0 },
	{ "both", LX_PRON_P, 0 },
	{ "bundesbank", LX_NOTLAB, 0 },
	{ "but", LX_BREAK, 0 },
	{ "by", LX_STOP, 0 },
	{ "cabinet", LX_MOD | LX_COMPL, 0 },
	{ "call", LX_VIRTUAL, 0 },
	{ "called", LX_VIRTUAL, 0 },
	{ "calls", LX_VIRTUAL, 0 },
	{ "cancel", LX_CANCEL, 0 },
	{ "canceled", LX_CANCEL, 0 },
	{ "cancellation", LX_CANCEL, 0 },
	{ "cancelled", LX_CANCEL, 0 },
	{ "cancels", LX_CANCEL, 0 },
	{ "cannot", LX_NEG, 0 },
	{ "cardinal", LX_NOTLAB, 0 },
	{ "central", LX_NOTLAB, 0 },
	{ "chairman", LX_HEAD, H_CHAIRMAN },
	{ "chairwoman", LX_HEAD, H_CHAIRMAN },
	{ "chancellor", LX_HEAD, H_CHANCELLOR },
	{ "chief", LX_MOD, 0 },
	{ "col", LX_NOTLAB, 0 },
	{ "colonel", LX_NOTLAB, 0 },
	{ "come", LX_VERB, VF(V_COME, F_BASE) },
	{ "comes", LX_VERB, VF(V_COME, F_3S) },
	{ "coming", LX_VERB, VF(V_COME, F_ING) },
	{ "commander", LX_NOTLAB, 0 },
	{ "commerce", LX_MOD | LX_COMPL, 0 },
	{ "concluded", LX_DONE, 0 },
	{ "congressman", LX_NOTLAB, 0 },
	{ "congresswoman", LX_NOTLAB, 0 },
	{ "continue", LX_VERB, VF(V_CONTINUE, F_BASE) },
	{ "continued", LX_VERB, VF(V_CONTINUE, F_PAST) },
	{ "continues", LX_VERB, VF(V_CONTINUE, F_3S) },
	{ "council", LX_COMPL, 0 },
	{ "counsellor", LX_HEAD, H_COUNSELOR },
	{ "counselor", LX_HEAD, H_COUNSELOR },
	{ "counterpart", LX_HEAD, H_COUNTERPART },
	{ "crown", LX_MOD, 0 },
	{ "currently", LX_ONGOING, 0 },
	{ "da", LX_PART, 0 },
	{ "dame", LX_HONOR, 0 },
	{ "de", LX_PART, 0 },
	{ "dec", LX_MONTH, 12 },
	{ "december", LX_MONTH, 12 },
	{ "defence", LX_MOD | LX_COMPL, 0 },
	{ "defense", LX_MOD | LX_COMPL, 0 },
	{ "del", LX_PART, 0 },
	{ "delegation", LX_NOUN, V_VISIT },
	{ "depart", LX_VERB, VF(V_LEAVE, F_BASE) },
	{ "departed", LX_VERB, VF(V_LEAVE, F_PAST) },
	{ "departing", LX_VERB, VF(V_LEAVE, F_ING) },
	{ "department", LX_COMPL, 0 },
	{ "departs", LX_VERB, VF(V_LEAVE, F_3S) },
	{ "departure", LX_NOUN, V_LEAVE },
	{ "deputy", LX_MOD, 0 },
	{ "di", LX_PART, 0 },
	{ "didnt", LX_NEG, 0 },
	{ "doesnt", LX_NEG, 0 },
	{ "dos", LX_PART, 0 },
	{ "dr", LX_HONOR, 0 },
	{ "du", LX_PART, 0 },
	{ "due", LX_FUT, 0 },
	{ "during", LX_STOP, 0 },
	{ "earlier", LX_TIMEMOD | LX_PAST, 0 },
	{ "early", LX_TIMEMOD, 0 },
	{ "economic", LX_MOD | LX_COMPL, 0 },
	{ "economics", LX_MOD | LX_COMPL, 0 },
	{ "economy", LX_MOD | LX_COMPL, 0 },
	{ "el", LX_PART, 0 },
	{ "emir", LX_HEAD, H_MONARCH },
	{ "ended", LX_DONE, 0 },
	{ "energy", LX_MOD | LX_COMPL, 0 },
	{ "envoy", LX_HEAD, H_ENVOY },
	{ "ex", LX_NOTLAB, 0 },
	{ "excellency", LX_HONOR, 0 },
	{ "expected", LX_FUT, 0 },
	{ "external", LX_MOD | LX_COMPL, 0 },
	{ "feb", LX_MONTH, 2 },
	{ "february", LX_MONTH, 2 },
	{ "fed", LX_NOTLAB, 0 },
	{ "finance", LX_MOD | LX_COMPL, 0 },
	{ "first", LX_MOD, 0 },
	{ "flew", LX_VERB, VF(V_FLY, F_PAST) },
	{ "flies", LX_VERB, VF(V_FLY, F_3S) },
	{ "flight", LX_NOUN, V_FLY },
	{ "fly", LX_VERB, VF(V_FLY, F_BASE) },
	{ "flying", LX_VERB, VF(V_FLY, F_ING) },
	{ "for", LX_STOP, 0 },
	{ "foreign", LX_MOD | LX_COMPL, 0 },
	{ "former", LX_NOTLAB, 0 },
	{ "friday", LX_WEEKDAY, 5 },
	{ "from", LX_STOP, 0 },
	{ "gen", LX_NOTLAB, 0 },
	{ "general", LX_NOTLAB, 0 },
	{ "go", LX_VERB, VF(V_GO, F_BASE) },
	{ "goes", LX_VERB, VF(V_GO, F_3S) },
	{ "going", LX_FUT, 0 },
	{ "gov", LX_NOTLAB, 0 },
	{ "governor", LX_NOTLAB, 0 },
	{ "had", LX_STOP, 0 },
	{ "has", LX_STOP, 0 },
	{ "have", LX_STOP, 0 },
	{ "he", LX_PRON_S | LX_STOP, 0 },
	{ "head", LX_VERB, VF(V_HEAD, F_BASE) },
	{ "headed", LX_VERB, VF(V_HEAD, F_PAST) },
	{ "heading", LX_VERB, VF(V_HEAD, F_ING) },
	{ "heads", LX_VERB, VF(V_HEAD, F_3S) },
	{ "health", LX_MOD | LX_COMPL, 0 },
	{ "her", LX_PRON_S | LX_STOP, 0 },
	{ "here", LX_ONGOING, 0 },
	{ "his", LX_PRON_S | LX_STOP, 0 },
	{ "hold", LX_MEET, 0 },
	{ "holding", LX_MEET, 0 },
	{ "holds", LX_MEET, 0 },
	{ "home", LX_MOD | LX_COMPL, 0 },
	{ "hon", LX_HONOR, 0 },
	{ "honorable", LX_HONOR, 0 },
	{ "honourable", LX_HONOR, 0 },
	{ "host", LX_HOST, 0 },
	{ "hosted", LX_HOST, 0 },
	{ "hosting", LX_HOST, 0 },
	{ "hosts", LX_HOST, 0 },
	{ "however", LX_STOP, 0 },
	{ "i", LX_STOP, 0 },
	{ "ibn", LX_PART, 0 },
	{ "if", LX_STOP, 0 },
	{ "imf", LX_NOTLAB, 0 },
	{ "in", LX_STOP, 0 },
	{ "industry", LX_MOD | LX_COMPL, 0 },
	{ "intends", LX_FUT, 0 },
	{ "interior", LX_MOD | LX_COMPL, 0 },
	{ "international", LX_MOD | LX_COMPL, 0 },
	{ "into", LX_STOP, 0 },
	{ "is", LX_VERB, VF(V_BE, F_3S) },
	{ "isnt", LX_NEG, 0 },
	{ "it", LX_STOP, 0 },
	{ "its", LX_STOP, 0 },
	{ "jan", LX_MONTH, 1 },
	{ "january", LX_MONTH, 1 },
	{ "journey", LX_NOUN, V_TRAVEL },
	{ "jul", LX_MONTH, 7 },
	{ "july", LX_MONTH, 7 },
	{ "jun", LX_MONTH, 6 },
	{ "june", LX_MONTH, 6 },
	{ "justice", LX_MOD | LX_COMPL, 0 },
	{ "king", LX_HEAD, H_MONARCH },
	{ "la", LX_PART, 0 },
	{ "labor", LX_MOD | LX_COMPL, 0 },
	{ "labour", LX_MOD | LX_COMPL, 0 },
	{ "land", LX_VERB, VF(V_LAND, F_BASE) },
	{ "landed", LX_VERB, VF(V_LAND, F_PAST) },
	{ "landing", LX_VERB, VF(V_LAND, F_ING) },
	{ "lands", LX_VERB, VF(V_LAND, F_3S) },
	{ "last", LX_TIMEMOD | LX_PAST, 0 },
	{ "late", LX_TIMEMOD, 0 },
	{ "later", LX_TIMEMOD, 0 },
	{ "lawmaker", LX_NOTLAB, 0 },
	{ "le", LX_PART, 0 },
	{ "leader", LX_HEAD, H_LEADER },
	{ "leave", LX_VERB, VF(V_LEAVE, F_BASE) },
	{ "leaves", LX_VERB, VF(V_LEAVE, F_3S) },
	{ "leaving", LX_VERB, VF(V_LEAVE, F_ING) },
	{ "left", LX_VERB, VF(V_LEAVE, F_PAST) },
	{ "leg", LX_NOUN, V_STOP },
	{ "ll", LX_FUT, 0 },		/* she'll */
	{ "lord", LX_HONOR, 0 },
	{ "lt", LX_NOTLAB, 0 },
	{ "mar", LX_MONTH, 3 },
	{ "march", LX_MONTH, 3 },
	{ "may", LX_MONTH, 5 },
	{ "mayor", LX_NOTLAB, 0 },
	{ "meanwhile", LX_STOP, 0 },
	{ "meet", LX_MEET, 0 },
	{ "meeting", LX_MEET, 0 },
	{ "meetings", LX_MEET, 0 },
	{ "meets", LX_MEET, 0 },
	{ "met", LX_MEET, 0 },
	{ "mid", LX_TIMEMOD, 0 },
	{ "minister", LX_HEAD, H_MINISTER },
	{ "mission", LX_NOUN, V_VISIT },
	{ "monday", LX_WEEKDAY, 1 },
	{ "monetary", LX_NOTLAB, 0 },
	{ "move", LX_VERB, VF(V_CONTINUE, F_BASE) },
	{ "moved", LX_VERB, VF(V_CONTINUE, F_PAST) },
	{ "moves", LX_VERB, VF(V_CONTINUE, F_3S) },
	{ "moving", LX_VERB, VF(V_CONTINUE, F_ING) },
	{ "mr", LX_HONOR, 0 },
	{ "mrs", LX_HONOR, 0 },
	{ "ms", LX_HONOR, 0 },
	{ "national", LX_COMPL, 0 },
	{ "negotiations", LX_COMPL, 0 },
	{ "never", LX_NEG, 0 },
	{ "next", LX_TIMEMOD, 0 },
	{ "no", LX_NEG, 0 },
	{ "not", LX_NEG, 0 },
	{ "nov", LX_MONTH, 11 },
	{ "november", LX_MONTH, 11 },
	{ "now", LX_ONGOING, 0 },
	{ "oct", LX_MONTH, 10 },
	{ "october", LX_MONTH, 10 },
	{ "of", LX_STOP, 0 },
	{ "oil", LX_MOD | LX_COMPL, 0 },
	{ "on", LX_STOP, 0 },
	{ "online", LX_VIRTUAL, 0 },
	{ "onto", LX_STOP, 0 },
	{ "opposition", LX_NOTLAB, 0 },
	{ "or", LX_STOP, 0 },
	{ "our", LX_STOP, 0 },
	{ "over", LX_STOP, 0 },
	{ "pair", LX_PRON_P, 0 },
	{ "participate", LX_MEET, 0 },
	{ "participated", LX_MEET, 0 },
	{ "participates", LX_MEET, 0 },
	{ "participating", LX_MEET, 0 },
	{ "party", LX_NOTLAB, 0 },
	{ "penciled", LX_FUT, 0 },
	{ "pencilled", LX_FUT, 0 },
	{ "phone", LX_VIRTUAL, 0 },
	{ "plan", LX_FUT, 0 },
	{ "planned", LX_FUT, 0 },
	{ "planning", LX_FUT | LX_MOD | LX_COMPL, 0 },
	{ "plans", LX_FUT, 0 },
	{ "pm", LX_HEAD, H_PREMIER },
	{ "postpone", LX_CANCEL, 0 },
	{ "postponed", LX_CANCEL, 0 },
	{ "postponement", LX_CANCEL, 0 },
	{ "premier", LX_HEAD, H_PREMIER },
	{ "presidency", LX_COMPL, 0 },
	{ "president", LX_HEAD, H_PRESIDENT },
	{ "press", LX_NOTLAB, 0 },
	{ "prime", LX_MOD, 0 },
	{ "prince", LX_HEAD, H_PRINCE },
	{ "proceed", LX_VERB, VF(V_CONTINUE, F_BASE) },
	{ "proceeded", LX_VERB, VF(V_CONTINUE, F_PAST) },
	{ "proceeding", LX_VERB, VF(V_CONTINUE, F_ING) },
	{ "proceeds", LX_VERB, VF(V_CONTINUE, F_3S) },
	{ "prof", LX_HONOR, 0 },
	{ "professor", LX_HONOR, 0 },
	{ "provisional", LX_FUT, 0 },
	{ "provisionally", LX_FUT, 0 },
	{ "queen", LX_HEAD, H_MONARCH },
	{ "receive", LX_HOST, 0 },
	{ "received", LX_HOST, 0 },
	{ "receives", LX_HOST, 0 },
	{ "recent", LX_PAST, 0 },
	{ "recently", LX_PAST, 0 },
	{ "relations", LX_COMPL, 0 },
	{ "rep", LX_NOTLAB, 0 },
	{ "representative", LX_HEAD, H_REPRESENTATIVE },
	{ "reserve", LX_NOTLAB, 0 },
	{ "return", LX_VERB, VF(V_RETURN, F_BASE) },
	{ "returned", LX_VERB | LX_DONE, VF(V_RETURN, F_PAST) },
	{ "returning", LX_VERB, VF(V_RETURN, F_ING) },
	{ "returns", LX_VERB, VF(V_RETURN, F_3S) },
	{ "said", LX_BREAK, 0 },
	{ "saturday", LX_WEEKDAY, 6 },
	{ "says", LX_BREAK, 0 },
	{ "scheduled", LX_FUT, 0 },
	{ "scrapped", LX_CANCEL, 0 },
	{ "secretary", LX_HEAD, H_SECRETARY },
	{ "security", LX_COMPL, 0 },
	{ "sen", LX_NOTLAB, 0 },
	{ "senator", LX_NOTLAB, 0 },
	{ "senior", LX_MOD, 0 },
	{ "sep", LX_MONTH, 9 },
	{ "sept", LX_MONTH, 9 },
	{ "september", LX_MONTH, 9 },
	{ "set", LX_FUT, 0 },
	{ "she", LX_PRON_S | LX_STOP, 0 },
	{ "sheikh", LX_HONOR, 0 },
	{ "shelved", LX_CANCEL, 0 },
	{ "since", LX_STOP, 0 },
	{ "sir", LX_HONOR, 0 },
	{ "slated", LX_FUT, 0 },
	{ "special", LX_MOD, 0 },
	{ "spend", LX_VERB, VF(V_SPEND, F_BASE) },
	{ "spending", LX_VERB, VF(V_SPEND, F_ING) },
	{ "spends", LX_VERB, VF(V_SPEND, F_3S) },
	{ "spent", LX_VERB, VF(V_SPEND, F_PAST) },
	{ "spokesman", LX_NOTLAB, 0 },
	{ "spokesperson", LX_NOTLAB, 0 },
	{ "spokeswoman", LX_NOTLAB, 0 },
	{ "state", LX_MOD | LX_COMPL, 0 },
	{ "stay", LX_NOUN, V_STOP },
	{ "stop", LX_VERB, VF(V_STOP, F_BASE) },
	{ "stopover", LX_NOUN, V_STOP },
	{ "stopped", LX_VERB, VF(V_STOP, F_PAST) },
	{ "stops", LX_VERB, VF(V_STOP, F_3S) },
	{ "sultan", LX_HEAD, H_MONARCH },
	{ "sunday", LX_WEEKDAY, 0 },
	{ "talks", LX_MEET, 0 },
	{ "team", LX_NOUN, V_VISIT },
	{ "telephone", LX_VIRTUAL, 0 },
	{ "telephoned", LX_VIRTUAL, 0 },
	{ "tentative", LX_FUT, 0 },
	{ "tentatively", LX_FUT, 0 },
	{ "that", LX_STOP, 0 },
	{ "the", LX_STOP, 0 },
	{ "their", LX_PRON_P | LX_STOP, 0 },
	{ "then", LX_STOP, 0 },
	{ "there", LX_STOP, 0 },
	{ "these", LX_STOP, 0 },
	{ "they", LX_PRON_P | LX_STOP, 0 },
	{ "this", LX_TIMEMOD | LX_STOP, 0 },
	{ "those", LX_STOP, 0 },
	{ "thursday", LX_WEEKDAY, 4 },
	{ "to", LX_STOP, 0 },
	{ "today", LX_RELDAY, 8 },
	{ "tomorrow", LX_RELDAY, 9 },
	{ "tonight", LX_RELDAY, 8 },
	{ "tour", LX_NOUN | LX_VERB, VF(V_TOUR, F_BASE) },
	{ "toured", LX_VERB, VF(V_TOUR, F_PAST) },
	{ "touring", LX_VERB, VF(V_TOUR, F_ING) },
	{ "tours", LX_VERB, VF(V_TOUR, F_3S) },
	{ "trade", LX_MOD | LX_COMPL, 0 },
	{ "transport", LX_MOD | LX_COMPL, 0 },
	{ "travel", LX_VERB | LX_NOUN, VF(V_TRAVEL, F_BASE) },
	{ "traveled", LX_VERB, VF(V_TRAVEL, F_PAST) },
	{ "traveling", LX_VERB, VF(V_TRAVEL, F_ING) },
	{ "travelled", LX_VERB, VF(V_TRAVEL, F_PAST) },
	{ "travelling", LX_VERB, VF(V_TRAVEL, F_ING) },
	{ "travels", LX_VERB, VF(V_TRAVEL, F_3S) },
	{ "treasury", LX_MOD | LX_COMPL, 0 },
	{ "trip", LX_NOUN, V_TRAVEL },
	{ "trips", LX_NOUN, V_TRAVEL },
	{ "tuesday", LX_WEEKDAY, 2 },
	{ "under", LX_MOD, 0 },
	{ "undersecretary", LX_HEAD, H_UNDERSEC },
	{ "until", LX_STOP, 0 },
	{ "upon", LX_STOP, 0 },
	{ "van", LX_PART, 0 },
	{ "vice", LX_MOD, 0 },
	{ "video", LX_VIRTUAL, 0 },
	{ "videoconference", LX_VIRTUAL, 0 },
	{ "virtual", LX_VIRTUAL, 0 },
	{ "virtually", LX_VIRTUAL, 0 },
	{ "visit", LX_VERB | LX_NOUN, VF(V_VISIT, F_BASE) },
	{ "visited", LX_VERB, VF(V_VISIT, F_PAST) },
	{ "visiting", LX_VERB, VF(V_VISIT, F_ING) },
	{ "visits", LX_VERB | LX_NOUN, VF(V_VISIT, F_3S) },
	{ "von", LX_PART, 0 },
	{ "was", LX_VERB, VF(V_BE, F_PAST) },
	{ "wasnt", LX_NEG, 0 },
	{ "we", LX_STOP, 0 },
	{ "wednesday", LX_WEEKDAY, 3 },
	{ "welcomed", LX_HOST, 0 },
	{ "welcomes", LX_HOST, 0 },
	{ "went", LX_VERB, VF(V_GO, F_PAST) },
	{ "what", LX_STOP, 0 },
	{ "when", LX_STOP, 0 },
	{ "which", LX_STOP, 0 },
	{ "while", LX_BREAK, 0 },
	{ "who", LX_STOP, 0 },
	{ "will", LX_FUT, 0 },
	{ "with", LX_STOP, 0 },
	{ "wont", LX_NEG | LX_FUT, 0 },
	{ "would", LX_FUT, 0 },
	{ "yesterday", LX_RELDAY, 7 },
	{ "you", LX_STOP, 0 },
};

#define NLEX	(sizeof lexicon / sizeof lexicon[0])

/* Token flags. */
#define TF_CAP		0x01	/* starts with an upper-case letter */
#define TF_UPPER	0x02	/* all letters upper case, >= 2 letters */
#define TF_POSS		0x04	/* followed by 's or s' */
#define TF_PARA		0x08	/* first token of a paragraph */
#define TF_DOT		0x10	/* kept a final '.' (abbreviation) */
#define TF_CONTR	0x20	/* followed by 'll */

enum { T_WORD, T_NUM, T_PUNCT };

struct tok {
	uint32_t	off, len;	/* bytes */
	uint32_t	coff;		/* characters */
	uint32_t	fold;		/* offset in the fold arena */
	uint32_t	cls;		/* lexicon classes */
	uint16_t	arg;
	uint8_t		type;
	uint8_t		flags;
	char		ch;		/* the character of a T_PUNCT */
	int		pm;		/* kb mention starting here, or -1 */
	int		pmcov;		/* kb mention covering it, or -1 */
	int		per;		/* person mention covering it, or -1 */
};

enum { PM_COUNTRY = 1, PM_DEMONYM, PM_PLACE, PM_REGION, PM_OFFICIAL,
    PM_ROLE };

#define EX_MF_METONYM	0x10000u	/* kbm flag: "the White House" */

struct kbm {
	int		 t0, t1;	/* tokens [t0, t1) */
	int		 kind;
	char		 cc[3];
	const char	*city;		/* for PM_PLACE cities, else NULL */
	double		 lat, lon;
	unsigned	 idx;
	unsigned	 flags;
};

struct person {
	char		*name;
	char		*role;
	char		 cc[3];
	char		 key[48];	/* folded surname */
	char		 key2[48];	/* folded first word (Chung In-yong) */
	int		 labelled;
	int		 head;		/* H_* of the title */
	int		 last_sent;
	int		 subj;		/* sentences with them as subject */
};

struct sent {
	int		t0, t1;
};

struct ex_time {
	int		 t0, t1;
	char		 start[11];
	char		 end[11];
	enum leg_precision prec;
	int		 rel;	/* -1 past, +1 future, 0 unknown */
	int		 vague;	/* next week: no day, only a tense hint */
};

struct ctx {
	const struct kb			*kb;
	const struct extract_input	*in;
	const char			*text;
	struct tok			*t;
	int				 nt, ct;
	struct buf			 fold;
	struct sent			*s;
	int				 ns, cs;
	struct kbm			*m;
	int				 nm, cm;
	struct person			*p;
	int				 np, cp;
	char				 ref[11];	/* reference date */
	char				 published[11];
	char				 dl_cc[3];	/* dateline country */
	int				 dl_weak;	/* "PEKING -": no
							 * home country */
	const char			*dl_city;
	double				 dl_lat, dl_lon;
	int				 body_t0;	/* first token after it */
	int				 last_subj;	/* person or -1 */
	int				 speaker;	/* or -1 */
	int				 last_lsubj;	/* labelled one */
	int				 group[4];
	int				 ngroup;
	struct leg_list			*out;
	size_t				 out0;
	unsigned char			*weak;	/* per leg: date from an
						 * overall range only */
	size_t				 nweak;
	int				 cur_weak;
	/* the sentence being read: first token, number, tense of the
	 * time expression being read */
	int				 cur_s0;
	int				 cur_sno;
	int				 cur_tense;
	/* a date given before the place ("is arriving on March 5"): for
	 * pdate_per's next leg, read in sentence pdate_sent */
	struct ex_time			 pdate;
	int				 pdate_per;
	int				 pdate_sent;
	struct ex_time			 tail;	/* last stop of a range */
	char				*pend_role;	/* unnamed title */
	char				 pend_cc[3];
	int				 pend_head;
	int				 pend_sent;
};

static int	ex_is_trigger(const struct ctx *, int, int);
struct ex_time;
static int	ex_since(const struct ctx *, int, const struct ex_time *);
static int	ex_noun_use(const struct ctx *, int);

static const char *
ex_fold(const struct ctx *c, int i)
{
	return c->fold.data + c->t[i].fold;
}

static int
ex_is(const struct ctx *c, int i, const char *w)
{
	return i >= 0 && i < c->nt && c->t[i].type == T_WORD &&
	    strcmp(ex_fold(c, i), w) == 0;
}

static int
ex_punct(const struct ctx *c, int i, char ch)
{
	return i >= 0 && i < c->nt && c->t[i].type == T_PUNCT &&
	    c->t[i].ch == ch;
}

static const struct lex *
ex_lex(const char *w)
{
	size_t lo = 0, hi = NLEX;

	while (lo < hi) {
		size_t	mid = (lo + hi) / 2;
		int	r = strcmp(w, lexicon[mid].w);

		if (r == 0)
			return &lexicon[mid];
		if (r < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* ---------------------------------------------------------------- */
/* Tokens and sentences. */

static const char *const ex_abbrev[] = { "adm", "apr", "aug", "capt", "co", "col",
    "corp", "dec", "dr", "feb", "ft", "gen", "gov", "hon", "inc", "jan",
    "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr", "mrs", "ms", "mt",
    "no", "nov", "oct", "prof", "rep", "rev", "sen", "sep", "sept", "sgt",
    "sr", "st", "vs" };

static int
ex_is_abbrev(const char *s, size_t len)
{
	char w[8];

	if (len == 0 || len >= sizeof w)
		return 0;
	for (size_t i = 0; i < len; i++)
		w[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	w[len] = '\0';
	for (size_t i = 0; i < sizeof ex_abbrev / sizeof ex_abbrev[0]; i++)
		if (strcmp(w, ex_abbrev[i]) == 0)
			return 1;
	return 0;
}

/* Code point at s (len bytes available); sets *n to its length. */
static unsigned
ex_cp(const unsigned char *s, size_t len, int *n)
{
	if (s[0] < 0x80 || len < 2) {
		*n = 1;
		return s[0];
	}
	if ((s[0] & 0xe0) == 0xc0) {
		*n = 2;
		return ((s[0] & 0x1fu) << 6) | (s[1] & 0x3fu);
	}
	if ((s[0] & 0xf0) == 0xe0 && len >= 3) {
		*n = 3;
		return ((s[0] & 0x0fu) << 12) | ((s[1] & 0x3fu) << 6) |
		    (s[2] & 0x3fu);
	}
	if ((s[0] & 0xf8) == 0xf0 && len >= 4) {
		*n = 4;
		return ((s[0] & 0x07u) << 18) | ((s[1] & 0x3fu) << 12) |
		    ((s[2] & 0x3fu) << 6) | (s[3] & 0x3fu);
	}
	*n = 1;
	return 0xfffd;
}

static int
ex_wordcp(unsigned cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	if (cp == 0xa0 || cp == 0xd7 || cp == 0xf7 || cp == 0xab ||
	    cp == 0xbb || cp == 0xb7)
		return 0;
	if (cp >= 0x2000 && cp <= 0x206f)	/* general punctuation */
		return 0;
	if (cp == 0xfffd || cp == 0x3000)
		return 0;
	return cp >= 0xc0;
}

static int
ex_upper_cp(unsigned cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 0xc0 && cp <= 0xde &&
	    cp != 0xd7) || (cp >= 0x100 && cp < 0x180 && (cp & 1) == 0);
}

static struct tok *
ex_push_tok(struct ctx *c)
{
	struct tok *t;

	if (c->nt == c->ct) {
		c->ct = c->ct ? c->ct * 2 : 256;
		c->t = xreallocarray(c->t, (size_t)c->ct, sizeof *c->t);
	}
	t = &c->t[c->nt++];
	memset(t, 0, sizeof *t);
	t->pm = t->pmcov = t->per = -1;
	return t;
}

static void
ex_tokenize(struct ctx *c)
{
	const unsigned char	*s = (const unsigned char *)c->text;
	size_t			 len = strlen(c->text), i = 0, coff = 0;
	int			 para = 1, n;
	char			 tmp[256];

	while (i < len) {
		unsigned	 cp = ex_cp(s + i, len - i, &n);
		struct tok	*t;

		if (cp == '\n') {
			if (i + 1 < len && s[i + 1] == '\n')
				para = 1;
			else if (c->nt > 0)
				para = 1;	/* a line is a paragraph too */
			i++, coff++;
			continue;
		}
		if (cp == ' ' || cp == '\t' || cp == '\r' || cp == 0xa0) {
			i += n, coff++;
			continue;
		}
		t = ex_push_tok(c);
		t->off = (uint32_t)i;
		t->coff = (uint32_t)coff;
		if (para)
			t->flags |= TF_PARA;
		para = 0;
		if (!ex_wordcp(cp)) {
			t->type = T_PUNCT;
			t->ch = cp < 0x80 ? (char)cp :
			    (cp == 0x2013 || cp == 0x2014) ? '-' :
			    (cp == 0x2019 || cp == 0x2018) ? '\'' :
			    (cp == 0x201c || cp == 0x201d) ? '"' : '?' + 0;
			if (cp >= 0x80 && t->ch == '?')
				t->ch = '~';
			t->len = (uint32_t)n;
			i += n, coff++;
			t->fold = (uint32_t)c->fold.len;
			buf_add(&c->fold, "", 1);
			continue;
		}
		/* A word or number. */
		{
			size_t	 j = i, cc = 0;
			int	 upper = 0, lower = 0, digits = 0, alpha = 0;
			int	 letters_only_initials = 1, seglen = 0;

			for (;;) {
				unsigned	 d;
				int		 m;

				if (j >= len)
					break;
				d = ex_cp(s + j, len - j, &m);
				if (ex_wordcp(d)) {
					if (d >= '0' && d <= '9')
						digits++;
					else {
						alpha++;
						if (ex_upper_cp(d))
							upper++;
						else
							lower++;
					}
					seglen++;
					if (seglen > 1)
						letters_only_initials = 0;
					j += m, cc++;
					continue;
				}
				/* Internal joiners. */
				if (j + m < len) {
					unsigned	 e;
					int		 m2;

					e = ex_cp(s + j + m, len - j - m, &m2);
					if ((d == '-' || d == 0x2010 ||
					    d == 0x2011) && ex_wordcp(e) &&
					    seglen > 0 && !(s[j - 1] == '.') &&
					    !(s[j - 1] >= '0' && s[j - 1] <= '9')) {
						j += m, cc++;
						seglen = 0;
						letters_only_initials = 0;
						continue;
					}
					size_t a2 = j + m + 2;

					if ((d == '\'' || d == 0x2019) &&
					    (e == 'l' || e == 'L') &&
					    a2 <= len && (s[a2 - 1] == 'l' ||
					    s[a2 - 1] == 'L') && (a2 == len ||
					    !ex_wordcp(ex_cp(s + a2, len - a2,
					    &m2)))) {
						/* "she'll": the pronoun, then
						 * "ll", a future */
						t->flags |= TF_CONTR;
						break;
					}
					if ((d == '\'' || d == 0x2019) &&
					    ex_wordcp(e)) {
						/* 's possessive ends the word */
						if ((e == 's' || e == 'S') &&
						    (j + m + 1 >= len ||
						    !ex_wordcp(ex_cp(s + j + m + 1,
						    len - j - m - 1, &m2)))) {
							t->flags |= TF_POSS;
							break;
						}
						j += m, cc++;
						continue;
					}
					if (d == '.' && ex_wordcp(e) &&
					    seglen == 1 && alpha > 0 &&
					    letters_only_initials) {
						/* U.S, U.K, U.S.S.R */
						j += m, cc++;
						seglen = 0;
						continue;
					}
					if ((d == '.' || d == ',') && digits > 0
					    && alpha == 0 && e >= '0' &&
					    e <= '9') {
						j += m, cc++;
						continue;
					}
				}
				break;
			}
			t->len = (uint32_t)(j - i);
			/* A final '.' of an initialism or abbreviation. */
			if (j < len && s[j] == '.' && alpha > 0 && digits == 0) {
				int keep = 0;

				if (letters_only_initials && seglen == 1 &&
				    upper > 0)
					keep = 1;	/* J. and U.S. */
				else if (ex_is_abbrev((const char *)s + i,
				    j - i))
					keep = 1;
				if (keep) {
					t->flags |= TF_DOT;
					j++, cc++;
					t->len++;
				}
			}
			if (alpha == 0)
				t->type = T_NUM;
			else
				t->type = T_WORD;
			if (alpha > 0 && ex_upper_cp(ex_cp(s + i, len - i, &n)))
				t->flags |= TF_CAP;
			if (upper >= 2 && lower == 0)
				t->flags |= TF_UPPER;
			coff += cc;
			i = j;
			if (t->flags & TF_CONTR) {
				/* skip the apostrophe of 'll */
				ex_cp(s + i, len - i, &n);
				i += n, coff++;
			}
			if (t->flags & TF_POSS) {
				/* skip 's or ' */
				ex_cp(s + i, len - i, &n);
				i += n, coff++;
				if (i < len && (s[i] == 's' || s[i] == 'S'))
					i++, coff++;
			}
			{
				size_t fl = kb_fold_word(c->text + t->off,
				    t->len, tmp, sizeof tmp);
				const struct lex *lx;

				t->fold = (uint32_t)c->fold.len;
				buf_add(&c->fold, tmp, fl + 1);
				if (t->type == T_WORD &&
				    (lx = ex_lex(tmp)) != NULL) {
					t->cls = lx->cls;
					t->arg = lx->arg;
				}
				/* "PM Abbasi" is a title; "1 p.m." is not */
				if (strcmp(tmp, "pm") == 0 && (t->len != 2 ||
				    !(t->flags & TF_UPPER)))
					t->cls = t->arg = 0;
			}
		}
		/*
		 * A name written with a final apostrophe (a transliterated
		 * ayn or hamza): "Shia' Al-Sudani".  Not after s or z, where
		 * it is a plural possessive, and only inside a capitalised
		 * name that goes on.
		 */
		if (i + 2 < len && s[i] == '\'' && s[i + 1] == ' ' &&
		    c->t[c->nt - 1].type == T_WORD &&
		    (c->t[c->nt - 1].flags & (TF_CAP | TF_POSS)) == TF_CAP &&
		    s[i - 1] != 's' && s[i - 1] != 'z' &&
		    s[i + 2] >= 'A' && s[i + 2] <= 'Z') {
			c->t[c->nt - 1].len++;
			i++, coff++;
			continue;
		}
		/* possessive on a plural: "Shultz' visit" */
		if (i < len && (s[i] == '\'' ) && c->t[c->nt - 1].type ==
		    T_WORD && (i + 1 >= len || !ex_wordcp(s[i + 1])) &&
		    (s[i - 1] == 's' || s[i - 1] == 'z')) {
			c->t[c->nt - 1].flags |= TF_POSS;
			i++, coff++;
		}
	}
}

/*
 * "HE Sheikh Abdullah" (His Excellency): an honorific, not the pronoun,
 * when written in capitals before a capitalised name.
 */
static void
ex_honorific_he(struct ctx *c)
{
	for (int i = 0; i + 1 < c->nt; i++)
		if (c->t[i].type == T_WORD && c->t[i].len == 2 &&
		    memcmp(c->text + c->t[i].off, "HE", 2) == 0 &&
		    c->t[i + 1].type == T_WORD &&
		    (c->t[i + 1].flags & (TF_CAP | TF_UPPER)) == TF_CAP)
			c->t[i].cls = LX_HONOR;
	/* "Vice Premier Liu He": a capitalised "He" inside a name */
	for (int i = 1; i < c->nt; i++)
		if (c->t[i].type == T_WORD && c->t[i].len == 2 &&
		    memcmp(c->text + c->t[i].off, "He", 2) == 0 &&
		    !(c->t[i].flags & TF_PARA) && c->t[i - 1].type == T_WORD &&
		    (c->t[i - 1].flags & (TF_CAP | TF_UPPER)) == TF_CAP &&
		    !(c->t[i - 1].flags & TF_POSS) &&
		    !(c->t[i - 1].cls & (LX_STOP | LX_HEAD | LX_MOD)))
			c->t[i].cls = 0;
	/* "Vice-President", "Ambassador-at-Large": a hyphenated title
	 * takes the class of its head word */
	for (int i = 0; i < c->nt; i++) {
		const char		*f = c->fold.data + c->t[i].fold;
		const char		*h = strrchr(f, '-');
		const struct lex	*lx;
		char			 w[32];

		if (c->t[i].type != T_WORD || c->t[i].cls != 0 || h == NULL)
			continue;
		if (strncmp(f, "vice-", 5) == 0 || strncmp(f, "deputy-", 7) ==
		    0 || strncmp(f, "prime-", 6) == 0)
			lx = ex_lex(h + 1);
		else if (strstr(f, "-at-large") != NULL &&
		    (size_t)(strchr(f, '-') - f) < sizeof w) {
			memcpy(w, f, (size_t)(strchr(f, '-') - f));
			w[strchr(f, '-') - f] = '\0';
			lx = ex_lex(w);
		} else
			continue;
		if (lx != NULL && (lx->cls & LX_HEAD)) {
			c->t[i].cls = lx->cls;
			c->t[i].arg = lx->arg;
		}
	}
}

/* "called off", "calls off": a cancellation, not a phone call. */
static void
ex_phrasal(struct ctx *c)
{
	for (int i = 0; i + 1 < c->nt; i++)
		if ((c->t[i].cls & LX_VIRTUAL) && (ex_is(c, i, "call") ||
		    ex_is(c, i, "called") ||
		    ex_is(c, i, "calls") || ex_is(c, i, "calling")) &&
		    ex_is(c, i + 1, "off"))
			c->t[i].cls = LX_CANCEL;
	/* "wrapped up a visit", "wound up his tour": done */
	for (int i = 0; i + 1 < c->nt; i++)
		if ((c->t[i].len == 7 || c->t[i].len == 5) &&
		    (ex_is(c, i, "wrapped") || ex_is(c, i, "wound")) &&
		    ex_is(c, i + 1, "up"))
			c->t[i].cls |= LX_DONE;
	/* "will call on the President", "called on Russia to", "the trip
	 * calls for stops in": a courtesy call, an appeal or a need, no
	 * phone ("a call on Monday" stays one) */
	for (int i = 0; i + 2 < c->nt; i++)
		if ((c->t[i].cls & LX_VIRTUAL) && (ex_is(c, i, "call") ||
		    ex_is(c, i, "called") || ex_is(c, i, "calls") ||
		    ex_is(c, i, "calling")) && (ex_is(c, i + 1, "on") ||
		    ex_is(c, i + 1, "for") || (i > 0 && (ex_is(c, i - 1,
		    "official") || ex_is(c, i - 1, "courtesy")))) &&
		    !(i > 0 && (ex_is(c, i - 1, "phone") || ex_is(c, i - 1,
		    "telephone") || ex_is(c, i - 1, "video"))) &&
		    c->t[i + 2].type == T_WORD && !(c->t[i + 2].cls &
		    (LX_WEEKDAY | LX_MONTH | LX_RELDAY)))
			c->t[i].cls = 0;
	/* "called at the White House", "called at the Foreign Ministry":
	 * a call in person at a place */
	for (int i = 0; i + 2 < c->nt; i++)
		if ((c->t[i].cls & LX_VIRTUAL) && (ex_is(c, i, "called") ||
		    ex_is(c, i, "calls") || ex_is(c, i, "call")) &&
		    ex_is(c, i + 1, "at") && (ex_is(c, i + 2, "the") ||
		    (c->t[i + 2].flags & TF_CAP)) && !(i > 0 &&
		    (ex_is(c, i - 1, "phone") || ex_is(c, i - 1,
		    "telephone") || ex_is(c, i - 1, "video"))))
			c->t[i].cls = 0;
}

static void
ex_sentences(struct ctx *c)
{
	int start = 0;

	for (int i = 0; i <= c->nt; i++) {
		int end = 0;

		if (i == c->nt)
			end = 1;
		else if (i > start && (c->t[i].flags & TF_PARA))
			end = 1;
		if (!end && c->t[i].type == T_PUNCT && (c->t[i].ch == '.' ||
		    c->t[i].ch == '?' || c->t[i].ch == '!')) {
			int j = i + 1;

			while (j < c->nt && c->t[j].type == T_PUNCT &&
			    (c->t[j].ch == '"' || c->t[j].ch == '\'' ||
			    c->t[j].ch == ')') && !(c->t[j].flags & TF_PARA))
				j++;
			if (j >= c->nt || (c->t[j].flags & TF_PARA) ||
			    (c->t[j].flags & TF_CAP) || c->t[j].type != T_WORD)
				i = j, end = 1;
		}
		if (end && i > start) {
			if (c->ns == c->cs) {
				c->cs = c->cs ? c->cs * 2 : 64;
				c->s = xreallocarray(c->s, (size_t)c->cs,
				    sizeof *c->s);
			}
			c->s[c->ns].t0 = start;
			c->s[c->ns].t1 = i;
			c->ns++;
			start = i;
		}
		if (end && i == c->nt)
			break;
	}
}

/* ---------------------------------------------------------------- */
/* Knowledge mentions. */

static void
ex_push_m(struct ctx *c, const struct kbm *m)
{
	if (c->nm == c->cm) {
		c->cm = c->cm ? c->cm * 2 : 64;
		c->m = xreallocarray(c->m, (size_t)c->cm, sizeof *c->m);
	}
	c->m[c->nm] = *m;
	c->t[m->t0].pm = c->nm;
	for (int i = m->t0; i < m->t1; i++)
		c->t[i].pmcov = c->nm;
	c->nm++;
}

/*
 * How likely a place is meant: one in the country named right after it
 * ("Bali, Indonesia") first, then capitals, venues and metonyms, then
 * cities by population; regions last.
 */
static double
ex_place_rank(struct ctx *c, const struct kb_place *p, int t1)
{
	double r = 0;

	if (t1 + 1 < c->nt && c->t[t1].type == T_PUNCT && c->t[t1].ch == ',') {
		char		 key[128];
		const char	*f = c->fold.data + c->t[t1 + 1].fold;
		const struct kb_ref *refs;
		size_t		 n, kl = strlen(f);

		if (kl < sizeof key) {
			memcpy(key, f, kl + 1);
			n = kb_lookup(c->kb, key, kl, &refs);
			if (n == 0 && t1 + 2 < c->nt) {
				/* two-word countries: "Saudi Arabia" */
				const char *g = c->fold.data +
				    c->t[t1 + 2].fold;

				if (kl + 1 + strlen(g) < sizeof key) {
					key[kl] = ' ';
					memcpy(key + kl + 1, g, strlen(g) + 1);
					n = kb_lookup(c->kb, key, strlen(key),
					    &refs);
				}
			}
			for (size_t i = 0; i < n; i++)
				if (refs[i].kind == KB_REF_COUNTRY &&
				    strcmp(kb_country_at(c->kb,
				    refs[i].idx)->iso2, p->country) == 0)
					r += 1e12;
		}
	}
	/* same-name cities: the one in a country the article named */
	for (int i = 0; i < c->nm; i++)
		if ((c->m[i].kind == PM_COUNTRY ||
		    c->m[i].kind == PM_DEMONYM) &&
		    strcmp(c->m[i].cc, p->country) == 0) {
			r += 5e8;
			break;
		}
	switch (p->kind) {
	case KB_PLACE_CAPITAL:
		r += 1e10;
		break;
	case KB_PLACE_VENUE:
	case KB_PLACE_METONYM:
		r += 1e9;
		break;
	case KB_PLACE_CITY:
		break;
	case KB_PLACE_REGION:
		r -= p->country[0] ? 1e9 : 1e11;
		break;
	}
	return r + (double)p->population;
}

/* Chooses among the references of a matched key. */
static int
ex_pick(struct ctx *c, const struct kb_ref *refs, size_t n, int t0, int t1,
    struct kbm *m)
{
	const struct kb_place	*best = NULL;
	int			 have = 0;

	memset(m, 0, sizeof *m);
	m->t0 = t0;
	m->t1 = t1;
	/* Official and role first, then countries, demonyms, places. */
	for (size_t i = 0; i < n; i++)
		if (refs[i].kind == KB_REF_OFFICIAL) {
			const struct kb_official *o = kb_official_at(c->kb,
			    refs[i].idx);

			if (m->kind == PM_OFFICIAL &&
			    !kb_official_in_office(o, c->published))
				continue;
			m->kind = PM_OFFICIAL;
			m->idx = refs[i].idx;
		}
	if (m->kind == PM_OFFICIAL)
		return 1;
	for (size_t i = 0; i < n; i++)
		if (refs[i].kind == KB_REF_ROLE) {
			m->kind = PM_ROLE;
			m->idx = refs[i].idx;
			return 1;
		}
	for (size_t i = 0; i < n; i++) {
		const struct kb_country *k;

		if (refs[i].kind != KB_REF_COUNTRY &&
		    refs[i].kind != KB_REF_DEMONYM)
			continue;
		k = kb_country_at(c->kb, refs[i].idx);
		m->kind = refs[i].kind == KB_REF_COUNTRY ? PM_COUNTRY :
		    PM_DEMONYM;
		memcpy(m->cc, k->iso2, 3);
		m->lat = k->lat;
		m->lon = k->lon;
		m->idx = refs[i].idx;
		have = 1;
		if (m->kind == PM_COUNTRY)
			return 1;
	}
	for (size_t i = 0; i < n; i++) {
		const struct kb_place *p;

		if (refs[i].kind != KB_REF_PLACE)
			continue;
		p = kb_place_at(c->kb, refs[i].idx);
		if (best == NULL || ex_place_rank(c, p, t1) >
		    ex_place_rank(c, best, t1))
			best = p;
	}
	if (have)
		return 1;
	if (best == NULL)
		return 0;
	m->flags = best->flags;
	if (best->kind == KB_PLACE_REGION && best->country[0] == '\0') {
		m->kind = PM_REGION;
		return 1;
	}
	m->kind = PM_PLACE;
	memcpy(m->cc, best->country, 3);
	m->lat = best->lat;
	m->lon = best->lon;
	if (best->kind == KB_PLACE_CAPITAL || best->kind == KB_PLACE_CITY ||
	    best->kind == KB_PLACE_VENUE)
		m->city = best->name;
	else if (best->kind == KB_PLACE_METONYM) {
		const struct kb_country *k = kb_country_by_code(c->kb,
		    best->country);

		m->flags |= EX_MF_METONYM;

		m->city = k != NULL && k->capital[0] ? k->capital : NULL;
	}
	return 1;
}

/* 1 if the word at i is an elided article before a capital: "d'Ivoire"
 * in "Cote d'Ivoire". */
static int
ex_elided_cap(const struct ctx *c, int i)
{
	const char *w = c->text + c->t[i].off;

	return c->t[i].len > 2 && (w[0] == 'd' || w[0] == 'l') &&
	    w[1] == '\'' && w[2] >= 'A' && w[2] <= 'Z';
}

static void
ex_mark_kb(struct ctx *c)
{
	char	key[512];

	for (int i = 0; i < c->nt; i++) {
		unsigned	 maxw;
		const char	*f;

		int		 lower;

		if (c->t[i].type != T_WORD)
			continue;
		lower = !(c->t[i].flags & TF_CAP);
		if ((c->t[i].cls & (LX_STOP | LX_MONTH | LX_WEEKDAY |
		    LX_VERB | LX_FUT | LX_RELDAY | LX_PRON_S | LX_PRON_P)) &&
		    !ex_is(c, i, "the"))
			continue;	/* common words start no key */
		f = ex_fold(c, i);
		maxw = kb_prefix_max(c->kb, f, strlen(f));
		/* "People's Republic of China": the key's first word is
		 * "peoples" */
		if ((c->t[i].flags & TF_POSS) && strlen(f) + 2 < sizeof key) {
			unsigned mw;

			snprintf(key, sizeof key, "%ss", f);
			mw = kb_prefix_max(c->kb, key, strlen(key));
			if (mw > maxw)
				maxw = mw;
		}
		if (maxw == 0)
			continue;
		for (int w = (int)maxw; w >= 1; w--) {
			size_t			 kl = 0;
			int			 ok = 1, j;
			const struct kb_ref	*refs;
			size_t			 nref;
			struct kbm		 m;

			if (i + w > c->nt)
				continue;
			for (j = i; j < i + w; j++) {
				const char *g = ex_fold(c, j);
				size_t gl = strlen(g);

				if (c->t[j].type == T_PUNCT || (j > i &&
				    (c->t[j].flags & TF_PARA)) ||
				    kl + gl + 2 > sizeof key) {
					ok = 0;
					break;
				}
				/* "Democratic People's Republic": the
				 * possessive is part of the name */
				if (j > i && (c->t[j - 1].flags & TF_POSS)) {
					if (kl + 3 > sizeof key) {
						ok = 0;
						break;
					}
					key[kl++] = 's';
				}
				if (kl > 0)
					key[kl++] = ' ';
				memcpy(key + kl, g, gl);
				kl += gl;
			}
			if (!ok)
				continue;
			/* The last word must be capitalised. */
			nref = kb_lookup(c->kb, key, kl, &refs);
			if (nref == 0 || !ex_pick(c, refs, nref, i, i + w, &m))
				continue;
			if (w > 1 && !(c->t[i + w - 1].flags & TF_CAP) &&
			    c->t[i + w - 1].type == T_WORD && !lower &&
			    m.kind != PM_ROLE && !ex_elided_cap(c, i + w - 1))
				continue;
			/* lower-case: only role phrases ("top US diplomat") */
			if (lower && m.kind != PM_ROLE)
				continue;
			/* "May" the month and other all-word homonyms. */
			if (w == 1 && (m.flags & KB_F_WORD) &&
			    !(c->t[i].flags & TF_UPPER) && !(i > 0 &&
			    ex_is(c, i - 1, "in")))
				break;
			/* "his wife, Nancy,", "her husband Victor": a
			 * given name after a word of kin */
			if (m.kind == PM_PLACE || m.kind == PM_COUNTRY) {
				int b = i - 1;

				if (b > 0 && ex_punct(c, b, ','))
					b--;
				if (b >= 0 && (ex_is(c, b, "wife") ||
				    ex_is(c, b, "husband") || ex_is(c, b,
				    "daughter") || ex_is(c, b, "son") ||
				    ex_is(c, b, "widow") || ex_is(c, b,
				    "sister") || ex_is(c, b, "brother")))
					break;
			}
			ex_push_m(c, &m);
			i += w - 1;
			break;
		}
	}
}

/* ---------------------------------------------------------------- */
/* Dates. */

static void
ex_ymd(int y, int m, int d, char out[11])
{
	when_ymd_format(y, m, d, out);
}

static int
ex_days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
	    31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

/* The year putting month m nearest the reference date. */
static int
ex_year_for(const struct ctx *c, int m)
{
	int y, ry, rm, rd;

	when_ymd_parse(c->ref, &ry, &rm, &rd);
	y = ry;
	if (m - rm > 6)
		y--;
	else if (rm - m > 6)
		y++;
	/* "will visit in November" said in March: the coming one */
	if (c->cur_tense > 0 && y * 12 + m < ry * 12 + rm)
		y++;
	/* "visited Singapore in June" said in January: the last one (a
	 * month or two ahead is rather a coming trip in a sentence told
	 * in the past: "returned to prepare X's visit, April 29") */
	if (c->cur_tense < 0 && y * 12 + m > ry * 12 + rm + 2)
		y--;
	return y;
}

static int
ex_num(const struct ctx *c, int i, int lo, int hi)
{
	const char	*f;
	long		 v = 0;

	if (i < 0 || i >= c->nt || c->t[i].type != T_NUM)
		return -1;
	f = ex_fold(c, i);
	/* "14th" is a word token; accept plain digits only here */
	for (; *f; f++) {
		if (*f < '0' || *f > '9')
			return -1;
		v = v * 10 + (*f - '0');
		if (v > 100000)
			return -1;
	}
	return v >= lo && v <= hi ? (int)v : -1;
}

/* Day number at token i: "15" or "15th". */
static int
ex_day(const struct ctx *c, int i)
{
	const char	*f;
	int		 v = 0, n = 0;

	if (i < 0 || i >= c->nt)
		return -1;
	if (c->t[i].type == T_NUM)
		return ex_num(c, i, 1, 31);
	if (c->t[i].type != T_WORD)
		return -1;
	f = ex_fold(c, i);
	while (*f >= '0' && *f <= '9' && n < 3)
		v = v * 10 + (*f++ - '0'), n++;
	if (n == 0 || n > 2 || (strcmp(f, "th") && strcmp(f, "st") &&
	    strcmp(f, "nd") && strcmp(f, "rd")))
		return -1;
	return v >= 1 && v <= 31 ? v : -1;
}

static int
ex_month_at(const struct ctx *c, int i)
{
	if (i < 0 || i >= c->nt || !(c->t[i].cls & LX_MONTH))
		return 0;
	if (!(c->t[i].flags & TF_CAP))
		return 0;
	if (c->t[i].arg == 5 && !(c->t[i].flags & TF_UPPER)) {
		/* "May" the month, not the verb. */
		if (ex_day(c, i + 1) < 0 && !ex_is(c, i - 1, "in") &&
		    !ex_is(c, i - 1, "mid") && !ex_is(c, i - 1, "early") &&
		    !ex_is(c, i - 1, "late") && !ex_is(c, i - 1, "since") &&
		    !ex_is(c, i - 1, "until") && !ex_is(c, i - 1, "of") &&
		    !ex_punct(c, i - 1, '-'))
			return 0;
	}
	return c->t[i].arg;
}

/*
 * Parses a time expression at token i of sentence [.., end).  Returns the
 * number of tokens used (0 if none) and fills *x.
 */
static int
ex_timex(struct ctx *c, int i, int end, int tense, struct ex_time *x)
{
	int	mo, d, d2, mo2, y = 0, j;

	memset(x, 0, sizeof *x);
	x->t0 = i;
	c->cur_tense = tense;
	if (c->t[i].cls & LX_RELDAY) {
		int off = (int)c->t[i].arg - 8;

		when_add_days(c->ref, off, x->start);
		x->prec = LEG_PREC_DAY;
		x->rel = off < 0 ? -1 : off > 0 ? 1 : 0;
		x->t1 = i + 1;
		return 1;
	}
	/* "mid-May", "early-July" written as one word */
	if (c->t[i].type == T_WORD && (strncmp(ex_fold(c, i), "mid-", 4) == 0
	    || strncmp(ex_fold(c, i), "early-", 6) == 0 ||
	    strncmp(ex_fold(c, i), "late-", 5) == 0)) {
		const struct lex *lx = ex_lex(strchr(ex_fold(c, i), '-') + 1);

		if (lx != NULL && (lx->cls & LX_MONTH)) {
			ex_ymd(ex_year_for(c, lx->arg), lx->arg, 1, x->start);
			x->prec = LEG_PREC_MONTH;
			x->t1 = i + 1;
			return 1;
		}
	}
	if (ex_is(c, i, "last") && ex_is(c, i + 1, "night")) {
		when_add_days(c->ref, -1, x->start);
		x->prec = LEG_PREC_DAY;
		x->rel = -1;
		x->t1 = i + 2;
		return 2;
	}
	if (c->t[i].cls & LX_TIMEMOD) {
		const char *w2 = i + 1 < end ? ex_fold(c, i + 1) : "";
		int rm, ry, rd, k = i + 1;

		when_ymd_parse(c->ref, &ry, &rm, &rd);
		if (ex_punct(c, k, '-'))
			k++, w2 = k < end ? ex_fold(c, k) : "";
		if (ex_is(c, i, "this") && (strcmp(w2, "morning") == 0 ||
		    strcmp(w2, "afternoon") == 0 || strcmp(w2, "evening") ==
		    0)) {
			memcpy(x->start, c->ref, 11);
			x->prec = LEG_PREC_DAY;
			x->t1 = k + 1;
			return x->t1 - i;
		}
		/* "earlier in the day", "later in the day": today */
		if ((ex_is(c, i, "earlier") || ex_is(c, i, "later")) &&
		    strcmp(w2, "in") == 0 && ex_is(c, k + 1, "the") &&
		    ex_is(c, k + 2, "day")) {
			memcpy(x->start, c->ref, 11);
			x->prec = LEG_PREC_DAY;
			x->rel = ex_is(c, i, "later") ? 1 : -1;
			x->t1 = k + 3;
			return x->t1 - i;
		}
		if (strcmp(w2, "week") == 0 || strcmp(w2, "weekend") == 0) {
			x->vague = 1;
			x->rel = ex_is(c, i, "last") || ex_is(c, i, "earlier")
			    ? -1 : ex_is(c, i, "next") ? 1 : 0;
			if (strcmp(w2, "weekend") == 0 && x->rel >= 0) {
				int wd = when_weekday(c->ref);
				int add = (6 - wd + 7) % 7;

				when_add_days(c->ref, add, x->start);
				x->prec = LEG_PREC_DAY;
				x->vague = 0;
			}
			x->t1 = k + 1;
			return x->t1 - i;
		}
		/* "last spring", "next year": a vague time, past or
		 * ahead */
		if ((ex_is(c, i, "last") || ex_is(c, i, "next")) &&
		    (strcmp(w2, "spring") == 0 || strcmp(w2, "summer") == 0 ||
		    strcmp(w2, "autumn") == 0 || strcmp(w2, "fall") == 0 ||
		    strcmp(w2, "winter") == 0 || strcmp(w2, "year") == 0)) {
			x->vague = 1;
			x->rel = ex_is(c, i, "last") ? -1 : 1;
			x->t1 = k + 1;
			return x->t1 - i;
		}
		if (strcmp(w2, "month") == 0 || (ex_is(c, i, "later") &&
		    ex_is(c, k, "in") && ex_is(c, k + 2, "month"))) {
			int mm = rm, yy = ry;

			if (ex_is(c, i, "next"))
				mm++;
			else if (ex_is(c, i, "last"))
				mm--;
			if (mm > 12)
				mm = 1, yy++;
			if (mm < 1)
				mm = 12, yy--;
			ex_ymd(yy, mm, 1, x->start);
			x->prec = LEG_PREC_MONTH;
			x->rel = ex_is(c, i, "next") || ex_is(c, i, "later") ?
			    1 : ex_is(c, i, "last") || ex_is(c, i, "earlier")
			    ? -1 : 0;
			x->t1 = strcmp(w2, "month") == 0 ? k + 1 : k + 3;
			return x->t1 - i;
		}
		if ((mo = ex_month_at(c, k)) > 0 && ex_day(c, k + 1) < 0) {
			int y = ex_year_for(c, mo), ry, rm, rd;

			/* "last December" is past, "next March" to come,
			 * whatever the tense of the sentence */
			when_ymd_parse(c->ref, &ry, &rm, &rd);
			if (ex_is(c, i, "last"))
				y = mo >= rm ? ry - 1 : ry;
			else if (ex_is(c, i, "next"))
				y = mo <= rm ? ry + 1 : ry;
			/* "mid-May", "early July" */
			ex_ymd(y, mo, 1, x->start);
			x->prec = LEG_PREC_MONTH;
			x->t1 = k + 1;
			return x->t1 - i;
		}
		if ((c->t[k < c->nt ? k : i].cls & LX_WEEKDAY) && k < end) {
			/* "next Monday", "last Tuesday" */
			int wd = c->t[k].arg, cur = when_weekday(c->ref);
			int dd;

			if (ex_is(c, i, "last"))
				dd = -(((cur - wd) + 7) % 7 ?: 7);
			else
				dd = ((wd - cur) + 7) % 7 ?: 7;
			when_add_days(c->ref, dd, x->start);
			x->prec = LEG_PREC_DAY;
			x->rel = dd < 0 ? -1 : 1;
			x->t1 = k + 1;
			return x->t1 - i;
		}
		return 0;
	}
	if (c->t[i].cls & LX_WEEKDAY && (c->t[i].flags & TF_CAP)) {
		int wd = c->t[i].arg, cur = when_weekday(c->ref), dd;

		if (tense < 0)
			dd = -(((cur - wd) + 7) % 7);
		else if (tense > 0)
			dd = ((wd - cur) + 7) % 7;
		else {
			/* Nearest, preferring the future on a tie. */
			int fwd = ((wd - cur) + 7) % 7;

			dd = fwd <= 3 ? fwd : fwd - 7;
		}
		if (dd == 0 && tense > 0)
			dd = 0;
		when_add_days(c->ref, dd, x->start);
		x->prec = LEG_PREC_DAY;
		x->rel = dd < 0 ? -1 : dd > 0 ? 1 : 0;
		x->t1 = i + 1;
		/* "from Monday to Wednesday" */
		if ((ex_is(c, i + 1, "to") || ex_is(c, i + 1, "through") ||
		    ex_punct(c, i + 1, '-') || ex_is(c, i + 1, "until")) &&
		    i + 2 < end && (c->t[i + 2].cls & LX_WEEKDAY) &&
		    (c->t[i + 2].flags & TF_CAP)) {
			int span = ((c->t[i + 2].arg - wd) + 7) % 7;

			when_add_days(x->start, span, x->end);
			x->t1 = i + 3;
			return 3;
		}
		/* "Monday, April 6": the date that follows wins */
		j = x->t1;
		if (ex_punct(c, j, ','))
			j++;
		if (ex_month_at(c, j) && ex_day(c, j + 1) > 0) {
			struct ex_time y2;
			int n = ex_timex(c, j, end, tense, &y2);

			if (n > 0) {
				y2.t0 = i;
				*x = y2;
				/* "from Tuesday, July 15 to Friday, July 18" */
				j = x->t1;
				if (!x->end[0] && (ex_is(c, j, "to") ||
				    ex_is(c, j, "until") || ex_is(c, j,
				    "through") || ex_punct(c, j, '-')) &&
				    (c->t[j + 1 < c->nt ? j + 1 : j].cls &
				    LX_WEEKDAY)) {
					int k = j + 2;

					if (ex_punct(c, k, ','))
						k++;
					if (ex_month_at(c, k) > 0 &&
					    ex_timex(c, k, end, tense,
					    &y2) > 0 &&
					    y2.prec == LEG_PREC_DAY) {
						memcpy(x->end, y2.start, 11);
						x->t1 = y2.t1;
					}
				}
				return x->t1 - i;
			}
		}
		return 1;
	}
	j = i;
	mo = ex_month_at(c, j);
	if (mo > 0 && (d = ex_day(c, j + 1)) > 0) {
		/* "April 13", "April 13-18", "April 21 to 24", "April 29 to
		 * May 5", "April 13, 1987" */
		j += 2;
		if (ex_punct(c, j, ',') && ex_num(c, j + 1, 1900, 2100) > 0)
			y = ex_num(c, j + 1, 1900, 2100), j += 2;
		else if (ex_num(c, j, 1900, 2100) > 0)
			y = ex_num(c, j, 1900, 2100), j++;
		if (y == 0)
			y = ex_year_for(c, mo);
		if (d > ex_days_in_month(y, mo))
			return 0;
		ex_ymd(y, mo, d, x->start);
		x->prec = LEG_PREC_DAY;
		/* a range */
		if (ex_punct(c, j, '-') || ex_is(c, j, "to") ||
		    ex_is(c, j, "through") || ex_is(c, j, "and") ||
		    ex_is(c, j, "until")) {
			int k = j + 1;

			mo2 = mo;
			if ((mo2 = ex_month_at(c, k)) > 0)
				k++;
			else
				mo2 = mo;
			if ((d2 = ex_day(c, k)) > 0) {
				int y2 = y + (mo2 < mo ? 1 : 0);

				if (d2 <= ex_days_in_month(y2, mo2)) {
					ex_ymd(y2, mo2, d2, x->end);
					j = k + 1;
					if (ex_punct(c, j, ',') &&
					    ex_num(c, j + 1, 1900, 2100) > 0)
						j += 2;
				}
			}
		}
		x->t1 = j;
		return j - i;
	}
	if (mo > 0) {
		/* "in July", "May 1987": month precision */
		int yy = ex_num(c, j + 1, 1900, 2100);

		if (!ex_is(c, i - 1, "in") && !ex_is(c, i - 1, "since") &&
		    !ex_is(c, i - 1, "by") && !ex_is(c, i - 1, "until") &&
		    /* "planned for June" */
		    !(ex_is(c, i - 1, "for") && i - 2 >= 0 &&
		    (c->t[i - 2].cls & LX_FUT)) &&
		    !ex_is(c, i - 1, "of") && !ex_punct(c, i - 1, '-') &&
		    !(c->t[i - 1 >= 0 ? i - 1 : i].cls & LX_TIMEMOD) &&
		    yy < 0)
			return 0;
		x->t1 = j + (yy > 0 ? 2 : 1);
		/* "in September last year", "in May this year" */
		if (yy < 0 && ex_is(c, j + 2, "year") && (ex_is(c, j + 1,
		    "last") || ex_is(c, j + 1, "this") || ex_is(c, j + 1,
		    "next"))) {
			int ry, rm, rd;

			when_ymd_parse(c->ref, &ry, &rm, &rd);
			yy = ry + (ex_is(c, j + 1, "last") ? -1 :
			    ex_is(c, j + 1, "next") ? 1 : 0);
			x->rel = yy < ry ? -1 : yy > ry ? 1 : 0;
			x->t1 = j + 3;
		}
		ex_ymd(yy > 0 ? yy : ex_year_for(c, mo), mo, 1, x->start);
		x->prec = LEG_PREC_MONTH;
		return x->t1 - i;
	}
	/* "13 April" (British order), "5-7 March", "8 to 10 October",
	 * "13 April 2019" */
	if ((d = ex_day(c, i)) > 0) {
		int k = i + 1;

		d2 = -1;
		if ((ex_punct(c, k, '-') || ex_is(c, k, "to") ||
		    ex_is(c, k, "and") || ex_is(c, k, "until")) &&
		    (d2 = ex_day(c, k + 1)) > 0 && d2 > d &&
		    ex_month_at(c, k + 2) > 0)
			k += 2;
		else
			d2 = -1;
		if ((mo = ex_month_at(c, k)) <= 0)
			return 0;
		y = ex_num(c, k + 1, 1900, 2100);
		if (y > 0)
			k++;
		else
			y = ex_year_for(c, mo);
		if (d > ex_days_in_month(y, mo) || (d2 > 0 &&
		    d2 > ex_days_in_month(y, mo)))
			return 0;
		ex_ymd(y, mo, d, x->start);
		if (d2 > 0)
			ex_ymd(y, mo, d2, x->end);
		x->prec = LEG_PREC_DAY;
		x->t1 = k + 1;
		return x->t1 - i;
	}
	return 0;
}

/* ---------------------------------------------------------------- */
/* Dateline: "TOKYO, April 8 -" or "TOKYO (AFP) -". */

static void
ex_dateline(struct ctx *c)
{
	int	i = 0, k;

	memcpy(c->ref, c->published, 11);
	c->body_t0 = 0;
	/* skip a State Department speaker line: no dateline there */
	while (i < c->nt && i < 6 && c->t[i].type == T_WORD &&
	    (c->t[i].flags & TF_CAP) && !(i > 0 && (c->t[i].flags & TF_PARA)))
		i++;
	if (i == 0 || i >= c->nt)
		return;
	k = i;
	if (ex_punct(c, k, ',')) {
		struct ex_time	x;
		int		n;

		k++;
		if (k < c->nt && (n = ex_timex(c, k, c->nt, 0, &x)) > 0 &&
		    x.prec == LEG_PREC_DAY) {
			/* the local date may differ from the feed's */
			int dd = when_days_between(c->published, x.start);

			if (dd >= -2 && dd <= 2)
				memcpy(c->ref, x.start, 11);
			k += n;
			/* "SEOUL, Nov. 9 (Yonhap) --" */
			if (ex_punct(c, k, '(')) {
				int q = k + 1;

				while (q < c->nt && q < k + 6 &&
				    !ex_punct(c, q, ')'))
					q++;
				if (ex_punct(c, q, ')'))
					k = q + 1;
			}
		} else
			return;
	} else if (ex_punct(c, k, '(') || ex_punct(c, k, '{')) {
		/* "TOKYO (AFP) -", "WASHINGTON {AP}", "NEW DELHI (PTI):" */
		while (k < c->nt && k < i + 6 && !ex_punct(c, k, ')') &&
		    !ex_punct(c, k, '}'))
			k++;
		k++;
		if (!ex_punct(c, k, ':') && !ex_punct(c, k, '-'))
			k--;
	} else if (ex_punct(c, k, '-') && c->t[0].pm >= 0 &&
	    c->m[c->t[0].pm].t1 == i && (c->m[c->t[0].pm].kind == PM_PLACE ||
	    c->m[c->t[0].pm].kind == PM_COUNTRY) && (c->t[0].flags &
	    TF_UPPER) && (c->t[i - 1].flags & TF_UPPER)) {
		/* "PEKING - U.S. Under Secretary ...": an upper-case place
		 * and a dash, no date: k is the dash */
		c->dl_weak = 1;
	} else if (ex_punct(c, k, ':') && c->t[0].pm >= 0 &&
	    c->m[c->t[0].pm].t1 == i && (c->m[c->t[0].pm].kind == PM_PLACE ||
	    c->m[c->t[0].pm].kind == PM_COUNTRY)) {
		/* "Canberra: Australian ..." (a place and a colon): k is
		 * the colon */
	} else
		return;
	if (!ex_punct(c, k, '-') && !ex_punct(c, k, ':') &&
	    !ex_punct(c, k, '}') && !ex_punct(c, k, ')'))
		return;
	c->body_t0 = k + 1;
	/* the place */
	for (int j = 0; j < i; j++) {
		struct kbm *m;

		if (c->t[j].pm < 0)
			continue;
		m = &c->m[c->t[j].pm];
		if (m->kind == PM_PLACE || m->kind == PM_COUNTRY) {
			memcpy(c->dl_cc, m->cc, 3);
			c->dl_city = m->city;
			c->dl_lat = m->lat;
			c->dl_lon = m->lon;
			break;
		}
	}
}

/* ---------------------------------------------------------------- */
/* People. */

static int
ex_find_person(struct ctx *c, const char *key)
{
	if (*key == '\0')
		return -1;
	for (int i = c->np - 1; i >= 0; i--)
		if (strcmp(c->p[i].key, key) == 0 ||
		    (c->p[i].key2[0] && strcmp(c->p[i].key2, key) == 0))
			return i;
	return -1;
}

static void
ex_strip_al(char *k)
{
	if ((strncmp(k, "al-", 3) == 0 || strncmp(k, "el-", 3) == 0) &&
	    k[3] != '\0')
		memmove(k, k + 3, strlen(k + 3) + 1);
}

/* Folded surname key of tokens [t0, t1): the last word not a suffix. */
static void
ex_name_keys(struct ctx *c, int t0, int t1, char key[48], char key2[48])
{
	int last = t1 - 1;

	while (last > t0 && (ex_is(c, last, "jr") || ex_is(c, last, "sr") ||
	    ex_is(c, last, "ii") || ex_is(c, last, "iii") ||
	    c->t[last].type != T_WORD))
		last--;
	snprintf(key, 48, "%s", ex_fold(c, last));
	ex_strip_al(key);
	key2[0] = '\0';
	if (last > t0 && (strchr(key, '-') != NULL ||
	    (c->t[t0].flags & TF_UPPER)))
		snprintf(key2, 48, "%s", ex_fold(c, t0));
	else if (last > t0)
		snprintf(key2, 48, "%s", ex_fold(c, t0));
	/* key2 is only used for family-name-first names: keep it when the
	 * first word is not a common given name; cheap proxy: always keep,
	 * but only match it when the surname key misses */
}

/* The words of tokens [t0, t1) joined by single spaces (a name). */
static char *
ex_words(const struct ctx *c, int t0, int t1)
{
	struct buf b = { 0 };

	for (int i = t0; i < t1; i++) {
		if (c->t[i].type == T_PUNCT)
			continue;
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_add(&b, c->text + c->t[i].off, c->t[i].len);
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return buf_steal(&b);
}

static char *
ex_span(const struct ctx *c, int t0, int t1)
{
	size_t a = c->t[t0].off, b = c->t[t1 - 1].off + c->t[t1 - 1].len;

	return xstrndup(c->text + a, b - a);
}

/* 1 if an office fits the head word of the title the name came with. */
static int
ex_office_fits(const char *office, int head)
{
	switch (head) {
	case H_PRESIDENT:
		return strcmp(office, "head_of_state") == 0 ||
		    strcmp(office, "head_of_government") == 0 ||
		    strcmp(office, "vice_president") == 0;
	case H_PREMIER:
		return strcmp(office, "head_of_government") == 0;
	case H_CHANCELLOR:
		return strcmp(office, "head_of_government") == 0 ||
		    strcmp(office, "finance_minister") == 0;
	case H_MINISTER:
		return strstr(office, "minister") != NULL ||
		    strcmp(office, "head_of_government") == 0;
	case H_SECRETARY:
		return strstr(office, "minister") != NULL ||
		    strcmp(office, "secretary") == 0;
	case H_MONARCH:
	case H_PRINCE:
		return strcmp(office, "head_of_state") == 0 ||
		    strcmp(office, "crown_prince") == 0;
	}
	return 1;
}

/*
 * The country of a person whose text gives none ("President Obama"): the
 * office holders in office on the published date with that surname (and
 * an office that fits the title), when they all serve one country.
 */
static const char *
ex_kb_cc(const struct ctx *c, const char *key, int head)
{
	const struct kb_ref	*refs;
	size_t			 n;
	const char		*cc = NULL;

	if (*key == '\0')
		return NULL;
	n = kb_lookup(c->kb, key, strlen(key), &refs);
	for (size_t i = 0; i < n; i++) {
		const struct kb_official *o;

		if (refs[i].kind != KB_REF_SURNAME &&
		    refs[i].kind != KB_REF_OFFICIAL)
			continue;
		o = kb_official_at(c->kb, refs[i].idx);
		if (o == NULL || o->country[0] == '\0' ||
		    !kb_official_in_office(o, c->published) ||
		    !ex_office_fits(o->office, head))
			continue;
		if (cc != NULL && strcmp(cc, o->country) != 0)
			return NULL;	/* two countries: unknown */
		cc = o->country;
	}
	return cc;
}

static int	ex_add_person(struct ctx *, int, int, char *, const char *,
		    int, int);

/*
 * "Mr. Reagan", "Mrs. Thatcher": a surname after an honorific names the
 * one office holder of the table with that surname in office on the
 * published date.  Adds that person and returns its index, or -1 when
 * there is none or more than one.
 */
static int
ex_honor_holder(struct ctx *c, int i)
{
	const struct kb_ref		*refs;
	const struct kb_official	*o, *hit = NULL;
	char				 key[48];
	size_t				 n;

	snprintf(key, sizeof key, "%s", ex_fold(c, i));
	n = kb_lookup(c->kb, key, strlen(key), &refs);
	for (size_t r = 0; r < n; r++) {
		if (refs[r].kind != KB_REF_SURNAME)
			continue;
		o = kb_official_at(c->kb, refs[r].idx);
		if (o == NULL || o->country[0] == '\0' ||
		    !kb_official_in_office(o, c->published))
			continue;
		if (hit != NULL && strcmp(hit->name, o->name) != 0)
			return -1;
		hit = o;
	}
	if (hit == NULL)
		return -1;
	return ex_add_person(c, i, i + 1, hit->role[0] ? xstrdup(hit->role) :
	    NULL, hit->country, 1, 0);
}

static int
ex_add_person(struct ctx *c, int n0, int n1, char *role, const char *cc,
    int labelled, int head)
{
	char		 key[48], key2[48];
	int		 i;
	struct person	*p;

	/* "Mr", "Sheikh", "HE": not part of the name */
	while (n0 + 1 < n1 && (c->t[n0].cls & LX_HONOR))
		n0++;
	ex_name_keys(c, n0, n1, key, key2);
	i = ex_find_person(c, key);
	if (i >= 0) {
		p = &c->p[i];
		if (n1 - n0 > 1 && strchr(p->name, ' ') == NULL) {
			free(p->name);
			p->name = ex_words(c, n0, n1);
		}
		if (role != NULL && (p->role == NULL || (!p->labelled &&
		    labelled))) {
			free(p->role);
			p->role = role;
			p->labelled = labelled;
			p->head = head;
		} else
			free(role);
		if (p->cc[0] == '\0' && cc != NULL)
			memcpy(p->cc, cc, 3);
		return i;
	}
	if (c->np == c->cp) {
		c->cp = c->cp ? c->cp * 2 : 16;
		c->p = xreallocarray(c->p, (size_t)c->cp, sizeof *c->p);
	}
	p = &c->p[c->np];
	memset(p, 0, sizeof *p);
	p->name = ex_words(c, n0, n1);
	p->role = role;
	if ((cc == NULL || *cc == '\0') && labelled)
		cc = ex_kb_cc(c, key, head);
	if (cc != NULL)
		memcpy(p->cc, cc, 3);
	memcpy(p->key, key, 48);
	memcpy(p->key2, key2, 48);
	p->labelled = labelled;
	p->head = head;
	p->last_sent = -1;
	return c->np++;
}

static void
ex_mark_person(struct ctx *c, int t0, int t1, int per)
{
	for (int i = t0; i < t1; i++)
		c->t[i].per = per;
}

/* 1 if token i can be part of a person's name. */
static int
ex_namey(const struct ctx *c, int i)
{
	const struct tok *t;

	if (i < 0 || i >= c->nt)
		return 0;
	t = &c->t[i];
	if (t->type != T_WORD)
		return 0;
	if (t->cls & LX_PART)
		return 1;
	if ((t->flags & TF_UPPER) && t->cls != 0 && !(t->flags & TF_DOT))
		return 0;	/* "WILL MEET" in capitals */
	if (!(t->flags & TF_CAP)) {
		const char *f = c->fold.data + t->fold;

		/* "al-Oteiba", "el-Sisi" */
		return (strncmp(f, "al-", 3) == 0 || strncmp(f, "el-", 3) == 0)
		    && ex_upper_cp((unsigned char)c->text[t->off + 3]);
	}
	if (t->cls & (LX_STOP | LX_WEEKDAY | LX_HEAD | LX_RELDAY |
	    LX_HONOR | LX_PRON_S | LX_PRON_P))
		return 0;
	/* a heading's verb: "Victoria Nuland Travels to India" */
	if ((t->cls & (LX_VERB | LX_NOUN)) && ex_is(c, i + 1, "to") &&
	    !(c->t[i + 1].flags & TF_CAP))
		return 0;
	/* "Jan" the name, "Jan. 5" the month */
	if ((t->cls & LX_MONTH) && ((t->flags & TF_DOT) || ex_day(c, i + 1) > 0
	    || t->len > 4))
		return 0;
	if (t->pmcov >= 0) {
		const struct kbm *m = &c->m[t->pmcov];

		if (m->kind == PM_OFFICIAL)
			return 1;
		if (m->kind == PM_PLACE && (m->flags & KB_F_PERSON))
			return 1;
		if (m->kind == PM_PLACE && (m->flags & KB_F_HOMONYM) &&
		    m->t1 - m->t0 == 1)
			return 1;
		return 0;
	}
	return 1;
}

/*
 * A name starting at i: capitalised words, initials, particles; at most
 * 5 words, ending at a possessive.  Returns the end token or i.
 */
static int
ex_name_at(const struct ctx *c, int i, int end)
{
	int j = i;

	while (j < end && (c->t[j].cls & LX_HONOR))
		j++;
	i = j;
	/* "Minister for Trade Negotiations": not a name */
	if (j < end && (c->t[j].cls & (LX_COMPL | LX_MOD)) &&
	    !(c->t[j].cls & LX_PART))
		return j;
	while (j < end && j - i < 5 && (ex_namey(c, j) || (j > i &&
	    c->t[j].pmcov >= 0 && c->m[c->t[j].pmcov].t1 == j + 1 &&
	    c->m[c->t[j].pmcov].kind == PM_PLACE && (j + 1 >= end ||
	    !(c->t[j + 1].flags & TF_CAP))))) {
		if ((c->t[j].cls & LX_PART) && !(j + 1 < end &&
		    ex_namey(c, j + 1)))
			break;
		j++;
		if (c->t[j - 1].flags & TF_POSS)
			break;
	}
	/* "(Prime Minister Yasuhiro) Nakasone" */
	if (j > i && j + 1 < end && ex_punct(c, j, ')') && ex_namey(c, j + 1) &&
	    !(c->t[j - 1].flags & TF_POSS)) {
		int k = j + 1;

		while (k < end && k - i < 6 && ex_namey(c, k)) {
			k++;
			if (c->t[k - 1].flags & TF_POSS)
				break;
		}
		j = k;
	}
	/* a name does not end with a particle or start with one */
	while (j > i && (c->t[j - 1].cls & LX_PART))
		j--;
	/* newswire capitals: "ambassador to the U.S. Suggested that" */
	if (j == i + 1) {
		const char	*f = c->fold.data + c->t[i].fold;
		size_t		 fl = strlen(f);

		if ((fl > 4 && strcmp(f + fl - 2, "ed") == 0) ||
		    (fl > 5 && strcmp(f + fl - 3, "ing") == 0))
			return i;
	}
	if (j > i && (c->t[i].cls & LX_PART) && !(c->t[i].flags & TF_CAP))
		return i;
	return j;
}

struct title {
	int	 t0, t1;	/* the title tokens */
	int	 n0, n1;	/* the name, or n0 == n1 */
	int	 head;
	int	 labelled;
	char	 cc[3];
};

/* 1 if the head at h, with its modifiers [t0, h), names a labelled role. */
static int
ex_title_labelled(const struct ctx *c, int s0, int t0, int h, int t1)
{
	int head = c->t[h].arg;

	for (int i = t0 - 2; i < t1; i++) {
		if (i < s0)
			continue;
		if (c->t[i].cls & LX_NOTLAB)
			return 0;
	}
	/* civil-service grades: "joint secretary", "permanent secretary",
	 * "additional secretary", "principal secretary" */
	if (head == H_SECRETARY && h - 1 >= s0 && (ex_is(c, h - 1, "joint") ||
	    ex_is(c, h - 1, "permanent") || ex_is(c, h - 1, "additional") ||
	    ex_is(c, h - 1, "principal") || ex_is(c, h - 1, "press")))
		return 0;
	/* "Deputy Assistant Secretary" */
	for (int i = t0; i + 1 < h + 1; i++)
		if (ex_is(c, i, "deputy") && ex_is(c, i + 1, "assistant"))
			return 0;
	switch (head) {
	case H_LEADER:
		/* "Polish leader", not "party leader" */
		return t0 < h && c->t[t0].pmcov >= 0 &&
		    c->m[c->t[t0].pmcov].kind == PM_DEMONYM;
	case H_REPRESENTATIVE:
		for (int i = t0; i < h; i++)
			if (ex_is(c, i, "trade") || ex_is(c, i, "special") ||
			    ex_is(c, i, "permanent"))
				return 1;
		return 0;
	case H_PRINCE:
		for (int i = t0; i < h; i++)
			if (ex_is(c, i, "crown"))
				return 1;
		return 0;
	case H_CHAIRMAN:
		/* Chairman of the Council of State / of the Presidium */
		for (int i = h; i < t1; i++)
			if (ex_is(c, i, "state") || ex_is(c, i, "presidium"))
				return 1;
		return 0;
	}
	return 1;
}

/*
 * Reads a title whose head is at h: modifiers before, complement after
 * ("of State", "for Foreign Affairs", "to Australia"), then a name.
 */
/*
 * 1 if the comma at q goes on with a list of portfolios in a title, "for
 * Civilian Security, Democracy, and Human Rights X", not with a name in
 * apposition ("for External Affairs, Pabitra X,").
 */
static int
ex_title_comma(const struct ctx *c, int q, int s1)
{
	int e, n = q + 1;

	if (!ex_punct(c, q, ',') || q + 1 >= s1)
		return 0;
	if (ex_is(c, n, "and"))
		n++;
	if (ex_is(c, n, "the"))
		n++;
	if (n >= s1 || !(c->t[n].flags & TF_CAP) || c->t[n].per >= 0 ||
	    (c->t[n].cls & (LX_HEAD | LX_VERB)))
		return 0;
	e = ex_name_at(c, q + 1, s1);
	if (e > q + 2 && (ex_punct(c, e, ',') || e >= s1))
		return 0;
	return 1;
}

static int
ex_title(struct ctx *c, int h, int s0, int s1, struct title *ti)
{
	int i = h, j, k;

	memset(ti, 0, sizeof *ti);
	/* modifiers to the left */
	while (i - 1 >= s0) {
		const struct tok *t = &c->t[i - 1];

		if (t->type == T_PUNCT && t->ch == '-' && i - 2 >= s0 &&
		    (c->t[i - 2].cls & LX_MOD)) {	/* Vice-Minister */
			i--;
			continue;
		}
		if (t->type != T_WORD || (t->flags & TF_POSS) || t->per >= 0)
			break;
		if (t->pmcov >= 0) {
			const struct kbm *m = &c->m[t->pmcov];

			if (m->kind == PM_DEMONYM || m->kind == PM_COUNTRY) {
				if (ti->cc[0] == '\0')
					memcpy(ti->cc, m->cc, 3);
				i = m->t0;
				continue;
			}
			if ((m->kind == PM_PLACE && m->t1 == i) ||
			    m->kind == PM_ROLE) {
				/* "Pentagon chief", "Kremlin" */
				i = m->t0;
				continue;
			}
			break;
		}
		if (t->cls & (LX_MOD | LX_HEAD | LX_NOTLAB | LX_COMPL))
			i--;
		else if ((t->flags & TF_CAP) && !(t->cls & (LX_STOP |
		    LX_MONTH | LX_WEEKDAY | LX_PRON_S | LX_PRON_P |
		    LX_RELDAY | LX_HONOR)) && c->t[i].flags & TF_CAP &&
		    (t->flags & TF_UPPER || !(t->flags & TF_PARA) ||
		    i - 1 == s0))
			i--;	/* "Corporate Affairs Minister", "MITI" */
		else if (ex_is(c, i - 1, "and") && i - 2 >= s0 &&
		    (c->t[i - 2].cls & LX_COMPL))
			i--;
		else
			break;
	}
	/* A country possessive before: "Indonesia's Foreign Minister" */
	if (i - 1 >= s0 && (c->t[i - 1].flags & TF_POSS) &&
	    c->t[i - 1].pmcov >= 0) {
		const struct kbm *m = &c->m[c->t[i - 1].pmcov];

		if (m->kind == PM_COUNTRY || m->kind == PM_PLACE)
			if (ti->cc[0] == '\0')
				memcpy(ti->cc, m->cc, 3);
	}
	ti->t0 = i;
	ti->head = c->t[h].arg;
	/* heads in a row: "Prime Minister", "Vice President" */
	j = h + 1;
	if (j < s1 && (c->t[j].cls & LX_HEAD) && !(c->t[h].flags & TF_POSS))
		j++;
	/* complement: of/for/to/in [the] Capitalised... */
	k = j;
	/* "Minister of State (MoS) for External Affairs": an acronym in
	 * brackets before the rest of the title */
	if (ex_punct(c, k, '(') && k + 3 < s1 && ex_punct(c, k + 2, ')') &&
	    (c->t[k + 1].flags & TF_CAP) && (ex_is(c, k + 3, "for") ||
	    ex_is(c, k + 3, "of")))
		k += 3;
	while (k < s1 && !(c->t[k - 1].flags & TF_POSS) &&
	    (ex_is(c, k, "of") || ex_is(c, k, "for") || ex_is(c, k, "to") ||
	    ex_is(c, k, "in") || ex_is(c, k, "on"))) {
		int m = k + 1, ok = 0;

		if (ex_is(c, m, "the"))
			m++;
		while (m < s1 && c->t[m].type == T_WORD && ((c->t[m].cls &
		    (LX_COMPL | LX_MOD)) || (c->t[m].pmcov >= 0 &&
		    c->m[c->t[m].pmcov].kind != PM_OFFICIAL) ||
		    (ex_is(c, m, "and") && m + 1 < s1 &&
		    (c->t[m + 1].cls & LX_COMPL)))) {
			/* "Special Envoy for Syria": the portfolio, not
			 * the envoy's country */
			if (c->t[m].pmcov >= 0 && ti->cc[0] == '\0' &&
			    (ex_is(c, k, "of") || (ex_is(c, k, "for") &&
			    ti->head != H_ENVOY && ti->head !=
			    H_REPRESENTATIVE)) &&
			    c->m[c->t[m].pmcov].kind == PM_COUNTRY)
				memcpy(ti->cc, c->m[c->t[m].pmcov].cc, 3);
			m = c->t[m].pmcov >= 0 ? c->m[c->t[m].pmcov].t1 :
			    m + 1;
			ok = 1;
			if (c->t[m - 1].flags & TF_POSS)
				break;
		}
		/*
		 * Title-case words the lexicon lacks: "for East Asian and
		 * Pacific Affairs Daniel Roe" ends at the last complement
		 * word that a name follows.
		 */
		if (!(m > k + 1 && (c->t[m - 1].flags & TF_POSS))) {
			int q = ok ? m : k + 1 + (ex_is(c, k + 1, "the") ? 1 :
			    0), best = -1;

			int q0 = q;

			/* "for Economic Growth, Energy, and the
			 * Environment X": the list goes on past a comma */
			if (ok && ex_title_comma(c, q, s1))
				q++;

			while (q < s1 && q < k + 14 && c->t[q].type == T_WORD &&
			    c->t[q].per < 0 && !(c->t[q].flags & TF_POSS) &&
			    !(c->t[q].cls & (LX_HEAD | LX_VERB | LX_FUT)) &&
			    ((c->t[q].flags & TF_CAP) || (ex_is(c, q, "and") &&
			    q + 1 < s1 && (c->t[q + 1].flags & TF_CAP)) ||
			    /* "Great Lakes Region of Africa" */
			    (ex_is(c, q, "of") && q > q0 && q + 1 < s1 &&
			    c->t[q + 1].pmcov >= 0 && (c->m[c->t[q +
			    1].pmcov].kind == PM_COUNTRY || c->m[c->t[q +
			    1].pmcov].kind == PM_REGION)))) {
				if (c->t[q].pmcov >= 0 &&
				    c->m[c->t[q].pmcov].kind == PM_OFFICIAL)
					break;
				if ((c->t[q].cls & LX_COMPL) &&
				    ex_name_at(c, q + 1, s1) > q + 1)
					best = q + 1;
				q++;
				if (ex_title_comma(c, q, s1) && best < 0)
					q++;
			}
			/* "for Management John Bass will", "for the Great
			 * Lakes Region of Africa Thomas Perriello will": a
			 * run of title-case words ends in the name */
			if (best < 0 && q - q0 >= 3 && q < s1 &&
			    ((c->t[q].cls & (LX_VERB | LX_FUT)) ||
			    ex_is(c, q, "will") || ex_is(c, q, "is") ||
			    ex_is(c, q, "was") || ex_is(c, q, "has"))) {
				int e = q - 2;

				if ((c->t[e].flags & TF_DOT) &&
				    c->t[e].len <= 2)
					e--;	/* "John C. Whitehead" */
				if (e > q0 && c->t[e].pmcov < 0 &&
				    c->t[e].pm < 0 &&
				    !(c->t[e].cls & (LX_COMPL | LX_MOD)) &&
				    ex_name_at(c, e, s1) == q)
					best = e;
			}
			/* "for External Affairs and Textiles, Pabitra X,":
			 * the run ends at the comma of a name in
			 * apposition */
			if (best < 0 && q > k + 1 && ex_punct(c, q, ',')) {
				int e2 = ex_name_at(c, q + 1, s1);

				if (e2 > q + 1 && ex_punct(c, e2, ','))
					best = q;
			}
			if (best > m || (!ok && best > 0)) {
				m = best;
				ok = 1;
			}
		}
		if (!ok)
			break;
		k = m;
		if (ex_punct(c, k, '(') && k + 3 < s1 && ex_punct(c, k + 2,
		    ')') && (c->t[k + 1].flags & TF_CAP) && (ex_is(c, k + 3,
		    "for") || ex_is(c, k + 3, "of")))
			k += 3;
	}
	/* an acronym in brackets: "Special Envoy for the Horn of Africa
	 * (SEHOA) Mike Hammer" */
	if (ex_punct(c, k, '(') && k + 2 < s1 && ex_punct(c, k + 2, ')') &&
	    (c->t[k + 1].flags & TF_UPPER) && ex_name_at(c, k + 3, s1) > k + 3)
		k += 3;
	else if (k > j && !(c->t[k - 1].flags & TF_POSS) &&
	    ex_name_at(c, k, s1) == k && !(c->t[k].type == T_PUNCT))
		k = j;	/* complement not followed by a name: drop it */
	ti->t1 = k;
	ti->labelled = ex_title_labelled(c, s0, ti->t0, h, k);
	/* "Defense Minister General X": a minister with a military rank */
	if (ti->head == H_MINISTER || ti->head == H_SECRETARY ||
	    ti->head == H_PRESIDENT || ti->head == H_PREMIER) {
		int r = k;

		while (r < s1 && r < k + 3 && c->t[r].type == T_WORD &&
		    (c->t[r].flags & TF_CAP) && (ex_is(c, r, "general") ||
		    ex_is(c, r, "gen") || ex_is(c, r, "lt") ||
		    ex_is(c, r, "col") || ex_is(c, r, "colonel") ||
		    ex_is(c, r, "admiral") || ex_is(c, r, "adm") ||
		    ex_is(c, r, "major") || ex_is(c, r, "brigadier") ||
		    ex_is(c, r, "marshal")))
			r++;
		if (r > k && ex_name_at(c, r, s1) > r)
			k = r;
	}
	/* the name */
	if (!(c->t[k - 1].flags & TF_POSS)) {
		int e, q = k;

		/* "Prime Minister, the Honourable Dr. X": an honorific
		 * opens the name in apposition */
		if (ex_punct(c, q, ','))
			q++;
		if (ex_is(c, q, "the") || ((ex_is(c, q, "his") ||
		    ex_is(c, q, "her")) && q + 1 < s1 &&
		    (c->t[q + 1].cls & LX_HONOR)))
			q++;
		if (q > k && q < s1 && (c->t[q].cls & LX_HONOR) &&
		    (e = ex_name_at(c, q, s1)) > q) {
			ti->n0 = q;
			ti->n1 = e;
			return 0;
		}
		e = ex_name_at(c, k, s1);

		/* a long run: the last two or three words are the name,
		 * unless particles or initials make it one long name
		 * ("Luiz Inacio Lula da Silva", "Mohammed bin Zayed Al
		 * Nahyan", "James A. Baker III") */
		if (e - k > 3 && !(c->t[e - 1].flags & TF_UPPER)) {
			int part = 0;

			for (int q = k + 1; q < e - 1; q++)
				if ((c->t[q].cls & LX_PART) ||
				    (c->t[q].flags & TF_DOT) ||
				    (c->t[q].len == 1 &&
				    (c->t[q].flags & TF_CAP)))
					part = 1;
			if (!part)
				k = e - 2;
		}
		ti->n0 = k;
		ti->n1 = e;
		/* "Minister for Asia, Lord Hale of Didcot, said": the name
		 * in apposition */
		if (e == k && ex_punct(c, k, ',') && (e = ex_name_at(c, k + 1,
		    s1)) > k + 1 && (ex_punct(c, e, ',') || (ex_is(c, e, "of")
		    && e + 2 < s1 && (c->t[e + 1].flags & TF_CAP) &&
		    ex_punct(c, e + 2, ',')) ||
		    /* "Minister for X, Jane Roe will visit": a full name
		     * and then the verb */
		    (e > k + 2 && e < s1 && ((c->t[e].cls & LX_FUT) ||
		    ((c->t[e].cls & LX_VERB) && !(c->t[e].flags & TF_CAP)))))) {
			ti->n0 = k + 1;
			ti->n1 = e;
		}
	} else
		ti->n0 = ti->n1 = k;
	return 0;
}

static const char *
ex_default_cc(const struct ctx *c, int s0, const struct title *ti)
{
	/* "A Ugandan mission led by minister ... X" */
	for (int i = ti->t0 - 1; i >= s0 && i >= ti->t0 - 10; i--) {
		if (c->t[i].per >= 0)
			break;
		if (c->t[i].pmcov >= 0 && c->m[c->t[i].pmcov].kind ==
		    PM_DEMONYM)
			return c->m[c->t[i].pmcov].cc;
	}
	/* "Secretary of State/Defense/Commerce ..." is the US cabinet */
	for (int i = ti->t0; i + 1 < ti->t1; i++)
		if (ex_is(c, i, "secretary") && ex_is(c, i + 1, "of") &&
		    !ex_is(c, i + 2, "the"))
			return "US";
	/* "Under Secretary", "Assistant Secretary", "Ambassador-at-Large"
	 * are US titles */
	for (int i = ti->t0; i < ti->t1; i++)
		if (ex_is(c, i, "undersecretary") || ((ex_is(c, i, "under") ||
		    ex_is(c, i, "assistant")) &&
		    ex_is(c, i + 1, "secretary")) ||
		    strstr(ex_fold(c, i), "-at-large") != NULL)
			return "US";
	/* "Union Minister", "Union agriculture minister": India's cabinet
	 * (not the European or African Union, which are mentions) */
	for (int i = ti->t0 - 1 >= s0 ? ti->t0 - 1 : s0; i < ti->t1; i++)
		if (ex_is(c, i, "union") && (c->t[i].flags & TF_CAP) &&
		    c->t[i].pmcov < 0 && (i == s0 || c->t[i - 1].type !=
		    T_WORD || !(c->t[i - 1].flags & TF_CAP)))
			return "IN";
	if (c->dl_cc[0] != '\0' && !c->dl_weak)
		return c->dl_cc;
	return NULL;
}

static char *
ex_role_text(const struct ctx *c, const struct title *ti)
{
	int t0 = ti->t0;

	/* drop a leading country or demonym from the role */
	while (t0 < ti->t1 && c->t[t0].pmcov >= 0 &&
	    (c->m[c->t[t0].pmcov].kind == PM_DEMONYM ||
	    c->m[c->t[t0].pmcov].kind == PM_COUNTRY))
		t0 = c->m[c->t[t0].pmcov].t1;
	if (t0 >= ti->t1)
		t0 = ti->t0;
	return ex_span(c, t0, ti->t1);
}

/* Country codes equal, with the historical aliases SU = RU, YU = RS. */
static int
ex_same_country(const char *a, const char *b)
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
static int
ex_home(const char *cc, const char *dest)
{
	static const char *const us[] = { "PR", "GU", "VI", "AS", "MP",
	    "UM" };

	if (ex_same_country(cc, dest))
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
static void
ex_historical(char cc[3], const char *date)
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

/*
 * Germany divided: before 3 October 1990 "East German", "East Germany",
 * "East Berlin" are the GDR (DD), and the Federal Republic is DE.
 */
static void
ex_east_germany(struct ctx *c)
{
	if (strcmp(c->published, "1990-10-03") >= 0)
		return;
	for (int i = 0; i < c->nm; i++)
		if (strcmp(c->m[i].cc, "DE") == 0 && (ex_is(c, c->m[i].t0,
		    "east") || (c->m[i].t0 > 0 && ex_is(c, c->m[i].t0 - 1,
		    "east") && (c->t[c->m[i].t0 - 1].flags & TF_CAP))))
			memcpy(c->m[i].cc, "DD", 3);
}

/* The other spelling of a title word: defense/defence, labor/labour. */
static const char *
ex_spelling(const char *w)
{
	static const char *const pairs[][2] = { { "defense", "defence" },
	    { "labor", "labour" }, { "counselor", "counsellor" } };

	for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
		if (strcmp(w, pairs[i][0]) == 0)
			return pairs[i][1];
		if (strcmp(w, pairs[i][1]) == 0)
			return pairs[i][0];
	}
	return w;
}

/*
 * "the Commerce Secretary" with no name: the person last met whose title
 * has the same head and, preferably, the same words ("Commerce").
 * Returns the person or -1.
 */
static int
ex_coref_title(struct ctx *c, int sno, const struct title *ti)
{
	int best = -1;

	if (ti->head == 0)
		return -1;
	/* "a Ukrainian minister": indefinite, no one met before */
	if (ti->t0 > 0 && (ex_is(c, ti->t0 - 1, "a") ||
	    ex_is(c, ti->t0 - 1, "an") || ex_is(c, ti->t0 - 1, "any")))
		return -1;
	for (int q = c->np - 1; q >= 0; q--) {
		struct person	*p = &c->p[q];
		int		 words = 1;

		if (p->head != ti->head || p->last_sent < 0 ||
		    sno - p->last_sent >= 8)
			continue;
		/* "the Japanese minister" is not the Indian one */
		if (ti->cc[0] != '\0' && p->cc[0] != '\0' &&
		    !ex_same_country(ti->cc, p->cc))
			continue;
		for (int k = ti->t0; k < ti->t1; k++) {
			char w[64];

			if (!(c->t[k].cls & (LX_MOD | LX_COMPL)) || !p->role)
				continue;
			kb_fold_word(c->text + c->t[k].off, c->t[k].len, w,
			    sizeof w);
			if (w[0] != '\0' && strcasestr(p->role, w) == NULL &&
			    strcasestr(p->role, ex_spelling(w)) == NULL)
				words = 0;
		}
		if (!words)
			continue;
		/* "the President" is not the Vice-President, nor the deputy
		 * minister "the minister" */
		if (p->role != NULL && (strcasestr(p->role, "vice") != NULL ||
		    strcasestr(p->role, "deputy") != NULL)) {
			int sub = 0;

			for (int k = ti->t0; k < ti->t1; k++)
				if (ex_is(c, k, "vice") || ex_is(c, k,
				    "deputy"))
					sub = 1;
			if (!sub)
				continue;
		}
		/* "the Secretary": the article's main subject so titled */
		if (best < 0 || p->subj > c->p[best].subj)
			best = q;
	}
	return best;
}

/*
 * A person named after a title: registers them (the office holder's
 * canonical name and country when the name is a known official) and
 * marks the mention.  Returns the person.
 */
/*
 * 1 if official o (or another row with the same name) held an office on
 * the published date, or the table's rows for the name do not reach back
 * to it (older news: the table starts in 2015).
 */
static int
ex_in_office(const struct ctx *c, const struct kb_official *o)
{
	const struct kb_ref	*refs;
	char			 key[128];
	size_t			 n, kl;
	int			 later = 0;

	if (kb_official_in_office(o, c->published))
		return 1;
	/* the table's key of the full name: folded words, one space */
	kl = 0;
	for (const char *w = o->name; *w != '\0';) {
		size_t wl = strcspn(w, " ");

		if (wl > 0 && kl + wl + 2 < sizeof key) {
			if (kl > 0)
				key[kl++] = ' ';
			kl += kb_fold_word(w, wl, key + kl, sizeof key - kl);
		}
		w += wl;
		while (*w == ' ')
			w++;
	}
	n = kb_lookup(c->kb, key, kl, &refs);
	for (size_t i = 0; i < n; i++) {
		const struct kb_official *q;

		if (refs[i].kind != KB_REF_OFFICIAL)
			continue;
		q = kb_official_at(c->kb, refs[i].idx);
		if (q == NULL || strcmp(q->name, o->name) != 0)
			continue;
		if (kb_official_in_office(q, c->published))
			return 1;
		if (q->start[0] != '\0' && strcmp(q->start, c->published) > 0)
			later = 1;
		else
			return 1;	/* served before: may hold another */
	}
	if (!later && !(o->start[0] != '\0' && strcmp(o->start,
	    c->published) > 0))
		return 1;
	/* every row starts after the date: not yet in office, unless the
	 * table begins after it too */
	return strcmp(c->published, "2015-01-01") < 0;
}

/*
 * 1 if the mention m of official o gives the full name as the text writes
 * it and its last word differs from the table's ("Yoon Suk-yeol" for the
 * table's "Yoon Suk Yeol"): two words or more, starting with the table
 * name's first word.  Otherwise ("Antony J. Blinken"; a tail alias such as
 * "da Silva") the table's full name is used.
 */
static int
ex_text_name(const struct ctx *c, const struct kbm *m,
    const struct kb_official *o)
{
	char		 w[48];
	const char	*sp = strchr(o->name, ' ');
	const char	*lp = strrchr(o->name, ' ');
	size_t		 n = sp != NULL ? (size_t)(sp - o->name) : strlen(o->name);

	if (m->t1 - m->t0 < 2 || sp == NULL)
		return 0;
	kb_fold_word(o->name, n, w, sizeof w);
	if (strcmp(w, ex_fold(c, m->t0)) != 0)
		return 0;
	kb_fold_word(lp + 1, strlen(lp + 1), w, sizeof w);
	return strcmp(w, ex_fold(c, m->t1 - 1)) != 0;
}

static int
ex_register(struct ctx *c, int sno, const struct title *ti, char *role,
    const char *cc, int labelled)
{
	int per;

	if (c->t[ti->n0].pm >= 0 && c->m[c->t[ti->n0].pm].kind ==
	    PM_OFFICIAL) {
		const struct kbm *m = &c->m[c->t[ti->n0].pm];
		const struct kb_official *o = kb_official_at(c->kb, m->idx);

		per = ex_add_person(c, m->t0, m->t1, role, o->country,
		    labelled, ti->head);
		/* the text's full name, else the table's */
		if (!ex_text_name(c, m, o)) {
			free(c->p[per].name);
			c->p[per].name = xstrdup(o->name);
		}
	} else
		per = ex_add_person(c, ti->n0, ti->n1, role, cc, labelled,
		    ti->head);
	if (c->p[per].head == 0)
		c->p[per].head = ti->head;
	ex_mark_person(c, ti->n0, ti->n1, per);
	ex_mark_person(c, ti->t0, ti->t1, per);
	c->p[per].last_sent = sno;
	return per;
}

/* Remembers a sentence-opening title with no name, for the next name. */
static void
ex_pending(struct ctx *c, int sno, const struct title *ti)
{
	free(c->pend_role);
	c->pend_role = ex_role_text(c, ti);
	memcpy(c->pend_cc, ti->cc, 3);
	c->pend_head = ti->head;
	c->pend_sent = sno;
}

/*
 * The country of a named holder of a role phrase ("Defence Secretary
 * X"): the phrase's country, unless the table knows that office's holder
 * on the date and it is someone else: several governments use the same
 * title ("Foreign Secretary" in London, Delhi and Islamabad), so the
 * dateline's country or the table's entry for the name decides.
 */
static const char *
ex_role_cc(const struct ctx *c, const struct kb_role *r, const struct kbm *rm,
    int n0, int n1)
{
	const struct kb_official	*o;
	const struct kb_ref		*refs;
	const char			*sp;
	char				 key[48], key2[48], ok[48];
	size_t				 nr;

	if (r->country[0] == '\0' || r->office[0] == '\0')
		return r->country[0] ? r->country : NULL;
	/* "US Secretary of State X": the phrase names the country */
	nr = kb_lookup(c->kb, ex_fold(c, rm->t0), strlen(ex_fold(c,
	    rm->t0)), &refs);
	for (size_t i = 0; i < nr; i++)
		if (refs[i].kind == KB_REF_COUNTRY ||
		    refs[i].kind == KB_REF_DEMONYM)
			return r->country;
	o = kb_office_holder(c->kb, r->country, r->office, c->published);
	if (o == NULL)
		return r->country;
	ex_name_keys((struct ctx *)c, n0, n1, key, key2);
	sp = strrchr(o->name, ' ');
	snprintf(ok, sizeof ok, "%s", sp != NULL ? sp + 1 : o->name);
	kb_fold_word(ok, strlen(ok), ok, sizeof ok);
	ex_strip_al(ok);
	if (strcmp(ok, key) == 0 || strcmp(ok, key2) == 0)
		return r->country;
	/* only a dateline of another country overrides the phrase */
	return c->dl_cc[0] != '\0' ? c->dl_cc : r->country;
}

/*
 * A role phrase from the table that contains a title head ("Secretary of
 * State", "Foreign Minister"): read it as a title, with the table's
 * display role and country.  Returns 1 and advances *ip if handled.
 */
static int
ex_role_title(struct ctx *c, int sno, int mi, int s0, int s1, int *ip)
{
	const struct kbm	*m = &c->m[mi];
	const struct kb_role	*r = kb_role_at(c->kb, m->idx);
	struct title		 ti;
	int			 h = -1;
	const char		*cc;

	for (int k = m->t1 - 1; k >= m->t0; k--)
		if (c->t[k].cls & LX_HEAD) {
			h = k;
			break;
		}
	if (h < 0)
		return 0;
	ex_title(c, h, s0, s1, &ti);
	if (ti.t1 < m->t1) {
		ti.t1 = m->t1;
		if (ti.n0 < ti.t1) {
			int e = ex_name_at(c, m->t1, s1);

			ti.n0 = m->t1;
			ti.n1 = e;
		}
	}
	if (ti.t0 > m->t0)
		ti.t0 = m->t0;
	if (r->not_official)
		ti.labelled = 0;
	/* "Prime Minister X of Iraq" */
	if (ti.n1 > ti.n0 && ti.cc[0] == '\0' && ex_is(c, ti.n1, "of") &&
	    ti.n1 + 1 < s1 && c->t[ti.n1 + 1].pm >= 0 &&
	    c->m[c->t[ti.n1 + 1].pm].kind == PM_COUNTRY)
		memcpy(ti.cc, c->m[c->t[ti.n1 + 1].pm].cc, 3);
	cc = ti.cc[0] ? ti.cc : r->country[0] ? (ti.n1 > ti.n0 ?
	    ex_role_cc(c, r, m, ti.n0, ti.n1) : r->country) :
	    ex_default_cc(c, s0, &ti);
	if (ti.n1 > ti.n0) {
		ex_register(c, sno, &ti, xstrdup(r->display[0] ? r->display :
		    r->alias), cc, ti.labelled);
		*ip = ti.n1 - 1;
		return 1;
	}
	/* "the Secretary": the last one so titled, else the holder */
	{
		int q = ex_coref_title(c, sno, &ti);

		if (q >= 0) {
			ex_mark_person(c, ti.t0, ti.t1, q);
			c->p[q].last_sent = sno;
			*ip = ti.t1 - 1;
			return 1;
		}
	}
	if (ti.labelled && !r->not_official && ti.cc[0] != '\0' &&
	    ti.t0 == s0 + (ex_is(c, s0, "the") ? 1 : 0) +
	    (c->t[s0].flags & TF_POSS ? 1 : 0))
		ex_pending(c, sno, &ti);
	/* "Iran's foreign minister", "the Iranian foreign minister": the
	 * holder of the office on the day */
	if (!r->not_official && r->office[0] && cc != NULL &&
	    (ex_is(c, ti.t0 - 1, "the") == 0 || ti.cc[0] != '\0')) {
		const struct kb_official *o = kb_office_holder(c->kb, cc,
		    r->office, c->published);

		if (o != NULL) {
			char	k[48];
			int	q;
			const char *sp = strrchr(o->name, ' ');

			snprintf(k, sizeof k, "%s", sp ? sp + 1 : o->name);
			kb_fold_word(k, strlen(k), k, sizeof k);
			q = ex_find_person(c, k);
			if (q < 0) {
				q = ex_add_person(c, ti.t0, ti.t1,
				    xstrdup(r->display), cc, 1, ti.head);
				free(c->p[q].name);
				c->p[q].name = xstrdup(o->name);
				memcpy(c->p[q].key, k, 48);
			}
			ex_mark_person(c, ti.t0, ti.t1, q);
			c->p[q].last_sent = sno;
		}
	}
	*ip = ti.t1 - 1;
	return 1;
}


/* Finds people in sentence [s0, s1): titles with names, known officials,
 * role phrases, surnames of people already met. */
/*
 * 1 if the month word at i is the surname of someone already named: a
 * person is known by it, and nothing around it reads as a date ("in May",
 * "May 5", "early May", "May 2017").
 */
static int
ex_month_name(const struct ctx *c, int i, int s0, int s1)
{
	static const char *const before[] = { "in", "since", "until", "of",
	    "early", "late", "mid", "last", "next", "this", "from", "till",
	    "to", "through", "end", "during", "before", "after", "on",
	    "for" };
	char k[48];

	if (c->t[i].flags & (TF_DOT | TF_UPPER))
		return 0;
	snprintf(k, sizeof k, "%s", ex_fold(c, i));
	if (ex_find_person((struct ctx *)c, k) < 0)
		return 0;
	if (i + 1 < s1 && (c->t[i + 1].type == T_NUM || ex_day(c, i + 1) > 0))
		return 0;
	for (size_t q = 0; q < sizeof before / sizeof before[0]; q++)
		if (i - 1 >= s0 && ex_is(c, i - 1, before[q]))
			return 0;
	return 1;
}

static void
ex_people(struct ctx *c, int sno, int s0, int s1)
{
	for (int i = s0; i < s1; i++) {
		struct tok *t = &c->t[i];

		if (t->per >= 0)
			continue;
		if (t->pm >= 0 && c->m[t->pm].kind == PM_OFFICIAL) {
			const struct kbm	*m = &c->m[t->pm];
			const struct kb_official *o = kb_official_at(c->kb,
			    m->idx);
			int			 per;

			/* a name in the table is an official only while in
			 * office: "Tinubu" in 2018 was a party leader */
			per = ex_add_person(c, m->t0, m->t1,
			    xstrdup(o->role[0] ? o->role : o->office),
			    o->country, ex_in_office(c, o), 0);
			/* the name as the text writes it when it gives a
			 * full one ("Yoon Suk-yeol", the table's "Yoon Suk
			 * Yeol"), else the table's */
			if (!ex_text_name(c, m, o)) {
				free(c->p[per].name);
				c->p[per].name = xstrdup(o->name);
			}
			c->p[per].last_sent = sno;
			ex_mark_person(c, m->t0, m->t1, per);
			i = m->t1 - 1;
			continue;
		}
		if (t->pm >= 0 && c->m[t->pm].kind == PM_ROLE &&
		    ex_role_title(c, sno, t->pm, s0, s1, &i))
			continue;
		if (t->pm >= 0 && c->m[t->pm].kind == PM_ROLE) {
			const struct kbm	*m = &c->m[t->pm];
			const struct kb_role	*r = kb_role_at(c->kb, m->idx);
			const struct kb_official *o = NULL;
			int			 e = ex_name_at(c, m->t1, s1);
			int			 per;
			const char		*rcc;

			if (e > m->t1) {
				int lab = !r->not_official;

				/* "Bundesbank Vice-President", "former" */
				for (int k = m->t0 - 2; k < m->t1; k++)
					if (k >= s0 && (c->t[k].cls & LX_NOTLAB))
						lab = 0;
				/* "Deputy National Security Adviser": an
				 * adviser's deputy is staff */
				if (m->t0 > s0 && ex_is(c, m->t0 - 1,
				    "deputy") && strcasestr(r->display,
				    "advis") != NULL)
					lab = 0;
				per = ex_add_person(c, m->t1, e,
				    xstrdup(r->display), ex_role_cc(c, r, m,
				    m->t1, e), lab, 0);
				ex_mark_person(c, m->t0, e, per);
				c->p[per].last_sent = sno;
				i = e - 1;
				continue;
			}
			/* "Australia's top diplomat", "the Japanese top
			 * diplomat": the country from the word before */
			rcc = r->country[0] ? r->country : NULL;
			if (rcc == NULL && m->t0 > s0 &&
			    c->t[m->t0 - 1].pmcov >= 0 &&
			    (c->m[c->t[m->t0 - 1].pmcov].kind == PM_COUNTRY ||
			    c->m[c->t[m->t0 - 1].pmcov].kind == PM_DEMONYM))
				rcc = c->m[c->t[m->t0 - 1].pmcov].cc;
			if (!r->not_official && r->office[0] && rcc != NULL)
				o = kb_office_holder(c->kb, rcc,
				    r->office, c->published);
			if (o != NULL) {
				char	k[48];
				int	q;

				snprintf(k, sizeof k, "%s", strrchr(o->name,
				    ' ') ? strrchr(o->name, ' ') + 1 :
				    o->name);
				kb_fold_word(k, strlen(k), k, sizeof k);
				q = ex_find_person(c, k);
				if (q < 0) {
					q = ex_add_person(c, m->t0, m->t1,
					    xstrdup(r->display), rcc, 1, 0);
					free(c->p[q].name);
					c->p[q].name = xstrdup(o->name);
					memcpy(c->p[q].key, k, 48);
				}
				ex_mark_person(c, m->t0, m->t1, q);
				c->p[q].last_sent = sno;
			}
			i = m->t1 - 1;
			continue;
		}
		if (t->cls & LX_HEAD) {
			struct title	 ti;
			int		 per;
			const char	*cc;

			ex_title(c, i, s0, s1, &ti);
			/* "Prime Minister X of Iraq" */
			if (ti.n1 > ti.n0 && ti.cc[0] == '\0' &&
			    ex_is(c, ti.n1, "of") && ti.n1 + 1 < s1 &&
			    c->t[ti.n1 + 1].pm >= 0 &&
			    c->m[c->t[ti.n1 + 1].pm].kind == PM_COUNTRY)
				memcpy(ti.cc, c->m[c->t[ti.n1 + 1].pm].cc, 3);
			if (ti.n1 > ti.n0) {
				cc = ti.cc[0] ? ti.cc : ex_default_cc(c, s0, &ti);
				per = ex_add_person(c, ti.n0, ti.n1,
				    ex_role_text(c, &ti), cc, ti.labelled,
				    ti.head);
				ex_mark_person(c, ti.n0, ti.n1, per);
				ex_mark_person(c, ti.t0, ti.t1, per);
				c->p[per].last_sent = sno;
				i = ti.n1 - 1;
				continue;
			}
			/* "the prime minister": the last one so titled */
			if (ex_is(c, ti.t0 - 1, "the") || (c->t[ti.t0].flags &
			    TF_POSS) == 0) {
				int q = ex_coref_title(c, sno, &ti);

				if (q >= 0)
					ex_mark_person(c, ti.t0, ti.t1, q);
				else if (ti.labelled && ti.cc[0] != '\0' &&
				    ti.t0 == s0 + (ex_is(c, s0, "the") ? 1 :
				    0) + (c->t[s0].flags & TF_POSS ? 1 : 0))
					ex_pending(c, sno, &ti);
			}
			i = ti.t1 - 1;
			continue;
		}
		/* a surname (or full name) of someone already met; a
		 * month word only where no date reads ("by May while") */
		if (t->type == T_WORD && (t->flags & TF_CAP) &&
		    !(t->cls & (LX_STOP | LX_WEEKDAY)) &&
		    (!(t->cls & LX_MONTH) || ex_month_name(c, i, s0, s1))) {
			int e = ex_name_at(c, i, s1), q = -1;

			for (int j = e - 1; j >= i && q < 0; j--) {
				char k[48];

				snprintf(k, sizeof k, "%s", ex_fold(c, j));
				ex_strip_al(k);
				q = ex_find_person(c, k);
			}
			if (q >= 0) {
				ex_mark_person(c, i, e > i ? e : i + 1, q);
				c->p[q].last_sent = sno;
				i = (e > i ? e : i + 1) - 1;
				continue;
			}
			/* "Mr. Reagan": the office holder of that surname */
			{
				int h = i;

				while (h < e && (c->t[h].cls & LX_HONOR))
					h++;
				if (e == h + 1 && h > i &&
				    (q = ex_honor_holder(c, h)) >= 0) {
					ex_mark_person(c, i, e, q);
					c->p[q].last_sent = sno;
					i = e - 1;
					continue;
				}
			}
			/*
			 * "Australia's Minister for Trade is optimistic.
			 * Michael Duffy said ...": a new full name opening the
			 * next sentence takes the unnamed title.
			 */
			if (q < 0 && e > i + 1 && i == s0 && c->pend_role &&
			    sno - c->pend_sent <= 1 &&
			    c->t[e < s1 ? e : s1 - 1].type == T_WORD) {
				q = ex_add_person(c, i, e, c->pend_role,
				    c->pend_cc[0] ? c->pend_cc : NULL, 1,
				    c->pend_head);
				c->pend_role = NULL;
				ex_mark_person(c, i, e, q);
				c->p[q].last_sent = sno;
				i = e - 1;
				continue;
			}
			/* "Lapid, Israel's Foreign Minister," appositive;
			 * a bare surname with "the East German president" */
			if ((e > i + 1 || (e == i + 1 && t->pmcov < 0 &&
			    ex_is(c, e + 1,
			    "the") && e + 2 < s1 && c->t[e + 2].pm >= 0 &&
			    (c->m[c->t[e + 2].pm].kind == PM_DEMONYM ||
			    c->m[c->t[e + 2].pm].kind == PM_ROLE))) &&
			    ex_punct(c, e, ',')) {
				int h = e + 1;

				if (ex_is(c, h, "the"))
					h++;
				while (h < s1 && h < e + 6 &&
				    !(c->t[h].cls & LX_HEAD) &&
				    c->t[h].type == T_WORD)
					h++;
				if (h < s1 && (c->t[h].cls & LX_HEAD)) {
					struct title ti;
					const char *cc;

					ex_title(c, h, e + 1, s1, &ti);
					if (ti.n1 == ti.n0) {
						cc = ti.cc[0] ? ti.cc :
						    ex_default_cc(c, s0, &ti);
						q = ex_add_person(c, i, e,
						    ex_role_text(c, &ti), cc,
						    ti.labelled, ti.head);
						ex_mark_person(c, i, e, q);
						ex_mark_person(c, ti.t0, ti.t1,
						    q);
						c->p[q].last_sent = sno;
						i = e - 1;
						continue;
					}
				}
			}
		}
	}
}

/* ---------------------------------------------------------------- */
/* Travel. */

struct dest {
	int		 m;	/* kb mention */
	int		 from;	/* "from X": an earlier stop */
	int		 t;	/* token */
};

static void
ex_leg_add(struct ctx *c, int per, const struct kbm *m, int from,
    const struct ex_time *x, int xend, enum leg_status st, double conf,
    int s0, int s1)
{
	struct person	*p = &c->p[per];
	struct leg	*l;
	size_t		 i;

	if (!p->labelled || m->cc[0] == '\0')
		return;
	if (p->cc[0] != '\0' && ex_home(p->cc, m->cc))
		return;		/* domestic */
	/*
	 * One leg per person and country: merge, unless a dated past visit
	 * meets a planned one ("will visit Peru ... his last visit to Peru
	 * in 2019"): two stays.
	 */
	for (i = c->out0; i < c->out->n; i++) {
		l = &c->out->v[i];
		/* a new date for a called-off trip is another leg: the
		 * postponed one keeps its original date */
		if (ex_same_country(l->dest_country, m->cc) &&
		    strcmp(l->person, p->name) == 0 && !(x != NULL &&
		    x->start[0] && ((l->status == LEG_PLANNED &&
		    st == LEG_COMPLETED) || (l->status == LEG_COMPLETED &&
		    st == LEG_PLANNED) || (l->status == LEG_CANCELLED &&
		    st == LEG_PLANNED && l->start[0] != '\0' &&
		    strcmp(l->start, x->start) != 0))))
			break;
	}
	if (i < c->out->n) {
		int weak = i - c->out0 < c->nweak && c->weak[i - c->out0];

		l = &c->out->v[i];
		if (l->dest_city == NULL && m->city != NULL && !from)
			l->dest_city = xstrdup(m->city);
		if (x != NULL && x->start[0] && (l->precision <
		    x->prec || (weak && !c->cur_weak &&
		    l->precision <= x->prec))) {
			if (i - c->out0 < c->nweak)
				c->weak[i - c->out0] = 0;
			memcpy(l->start, x->start, 11);
			memcpy(l->end, xend && x->end[0] ? x->end : "", 1 +
			    (xend && x->end[0] ? 10 : 0));
			l->precision = x->prec;
			/* a called-off trip stays called off when a
			 * later sentence dates it */
			if (l->status != LEG_CANCELLED)
				l->status = st;
		}
		if (conf > l->confidence)
			l->confidence = conf;
		return;
	}
	if (c->out->n == c->out->cap) {
		c->out->cap = c->out->cap ? c->out->cap * 2 : 16;
		c->out->v = xreallocarray(c->out->v, c->out->cap,
		    sizeof *c->out->v);
	}
	l = &c->out->v[c->out->n++];
	memset(l, 0, sizeof *l);
	c->weak = xrealloc(c->weak, c->out->n - c->out0);
	c->nweak = c->out->n - c->out0;
	c->weak[c->nweak - 1] = x != NULL && x->start[0] && c->cur_weak;
	l->person = xstrdup(p->name);
	l->role = p->role ? xstrdup(p->role) : NULL;
	memcpy(l->official_country, p->cc, 3);
	memcpy(l->dest_country, m->cc, 3);
	ex_historical(l->official_country, c->published);
	ex_historical(l->dest_country, c->published);
	l->dest_city = m->city ? xstrdup(m->city) : NULL;
	if (l->dest_city == NULL && c->dl_city != NULL &&
	    strcmp(c->dl_cc, m->cc) == 0)
		l->dest_city = xstrdup(c->dl_city);
	l->lat = m->lat;
	l->lon = m->lon;
	l->has_coords = m->lat != 0 || m->lon != 0;
	if (x != NULL && x->start[0]) {
		memcpy(l->start, x->start, 11);
		if (x->end[0] && xend)
			memcpy(l->end, x->end, 11);
		l->precision = x->prec;
	}
	l->status = st;
	l->confidence = conf;
	if (l->start[0] == '\0' && per == c->pdate_per &&
	    c->cur_sno - c->pdate_sent <= 2 && c->cur_sno > c->pdate_sent &&
	    st != LEG_COMPLETED) {
		memcpy(l->start, c->pdate.start, 11);
		memcpy(l->end, c->pdate.end, 11);
		l->precision = c->pdate.prec;
		c->pdate_per = -1;
	}
	{
		size_t a = c->t[s0].off;
		size_t b = c->t[s1 - 1].off + c->t[s1 - 1].len;

		l->evidence = xstrndup(c->text + a, b - a);
		l->ev_start = c->t[s0].coff;
		l->ev_end = c->t[s1 - 1].coff;
		for (size_t q = c->t[s1 - 1].off; q < b; q++)
			if (((unsigned char)c->text[q] & 0xc0) != 0x80)
				l->ev_end++;
	}
	l->seq = 0;
	for (size_t q = c->out0; q + 1 < c->out->n; q++)
		if (strcmp(c->out->v[q].person, l->person) == 0)
			l->seq++;
}

/* 1 if the trigger at tr is used as a noun ("the visit", "his trip"). */
static int
ex_noun_use(const struct ctx *c, int tr)
{
	static const char *const det[] = { "a", "an", "the", "his", "her", "their",
	    "its", "this", "that", "first", "second", "official", "state",
	    "recent", "planned", "upcoming", "next", "last", "week",
	    "day", "two", "three", "four", "five", "whose", "foreign",
	    "overseas", "working", "brief", "current", "previous" };
	const char *f;

	if (!(c->t[tr].cls & LX_NOUN))
		return 0;
	if (!(c->t[tr].cls & LX_VERB))
		return 1;
	/* a heading: "Visit by the Foreign Minister to Peru" */
	if ((c->t[tr].flags & TF_CAP) && (tr == 0 || (c->t[tr].flags &
	    TF_PARA) || c->t[tr - 1].type == T_PUNCT) &&
	    (ex_is(c, tr + 1, "by") || ex_is(c, tr + 1, "of")))
		return 1;
	if (tr == 0)
		return 0;
	if (c->t[tr - 1].flags & TF_POSS)
		return 1;
	f = c->fold.data + c->t[tr - 1].fold;
	if (strchr(f, '-') != NULL)	/* "two-day visit" */
		return 1;
	for (size_t i = 0; i < sizeof det / sizeof det[0]; i++)
		if (strcmp(f, det[i]) == 0)
			return 1;
	/* "the highly successful visit": adjectives between */
	for (int k = tr - 1; k >= 0 && k >= tr - 4; k--) {
		if (c->t[k].type != T_WORD || (c->t[k].flags & TF_CAP))
			break;
		if (ex_is(c, k, "the") || ex_is(c, k, "a") || ex_is(c, k,
		    "an") || ex_is(c, k, "his") || ex_is(c, k, "her") ||
		    ex_is(c, k, "their") || (c->t[k].flags & TF_POSS))
			return 1;
		if (c->t[k].cls != 0 && !ex_is(c, k, "and"))
			break;
	}
	return 0;
}

/* People "joined by" / "accompanied by" / "along with" the travellers. */
static int
ex_companions(const struct ctx *c, int s0, int s1, int *who, int n, int max)
{
	for (int k = s0; k + 1 < s1; k++) {
		int q;

		if (!((ex_is(c, k, "joined") || ex_is(c, k, "accompanied")) &&
		    ex_is(c, k + 1, "by")) && !((ex_is(c, k, "along") ||
		    ex_is(c, k, "together")) && ex_is(c, k + 1, "with")))
			continue;
		for (q = k + 2; q < s1 && n < max; q++) {
			int per = c->t[q].per, dup = 0;

			if (c->t[q].cls & (LX_BREAK | LX_VERB | LX_MEET |
			    LX_HOST) || ex_is(c, q, "with"))
				break;
			if (c->t[q].type == T_PUNCT && c->t[q].ch != ',')
				break;
			if (per < 0)
				continue;
			for (int i = 0; i < n; i++)
				if (who[i] == per)
					dup = 1;
			if (!dup)
				who[n++] = per;
			while (q + 1 < s1 && c->t[q + 1].per == per)
				q++;
		}
	}
	return n;
}

static int ex_is_object(const struct ctx *, int, int);

/*
 * What "he"/"she" at k refers to: the first labelled person named earlier
 * in the same sentence (its subject), else the last subject.
 */
static int
ex_antecedent(const struct ctx *c, int s0, int k)
{
	/* "decisions taken by X during his visit": the agent near it */
	for (int i = k - 1; i >= s0 && i >= k - 8; i--) {
		int b = i;

		if (ex_punct(c, i, ','))
			break;	/* "proposed by X, during his visit" */
		if (c->t[i].per < 0 || !c->p[c->t[i].per].labelled)
			continue;
		while (b - 1 >= s0 && c->t[b - 1].per == c->t[i].per)
			b--;
		if (ex_is(c, b - 1, "by") && !ex_is(c, b - 2, "led") &&
		    !ex_is(c, b - 2, "headed"))
			return c->t[i].per;
		break;
	}
	/* "The Prime Minister postponed his trip": a subject title that
	 * names no one known; not the last person met */
	for (int i = s0; i < k; i++) {
		if (c->t[i].per >= 0)
			break;
		if ((c->t[i].cls & LX_HEAD) && !(c->t[i].flags & TF_POSS) &&
		    ex_title_labelled(c, s0, i, i, i + 1))
			return -1;
		if (c->t[i].cls & (LX_VERB | LX_BREAK | LX_MEET))
			break;
	}
	for (int i = s0; i < k; i++)
		if (c->t[i].per >= 0 && c->p[c->t[i].per].labelled &&
		    !ex_is_object(c, s0, i)) {
			int first = c->t[i].per;

			/* "X said ..., just as Y did not leave Washington
			 * during his visit": the subject of the clause that
			 * holds "his" */
			for (int j = k - 1; j > i; j--) {
				int per = c->t[j].per, b = j, clause = 0;

				if (per < 0 || per == first ||
				    !c->p[per].labelled)
					continue;
				while (b - 1 > i && c->t[b - 1].per == per)
					b--;
				if (ex_is_object(c, s0, b))
					break;
				for (int q = i + 1; q < b; q++)
					if (ex_is(c, q, "as") ||
					    ex_is(c, q, "while") ||
					    ex_is(c, q, "whereas") ||
					    ex_is(c, q, "but") ||
					    ex_is(c, q, "when") ||
					    ex_punct(c, q, ';'))
						clause = 1;
				if (clause && (ex_is(c, b - 1, "as") ||
				    ex_is(c, b - 1, "while") || ex_is(c, b - 1,
				    "whereas") || ex_is(c, b - 1, "but") ||
				    ex_is(c, b - 1, "when") || ex_punct(c,
				    b - 1, ';') || ex_punct(c, b - 1, ',')))
					return per;
				break;
			}
			return first;
		}
	/* "impressed with Thatcher after her trip" */
	for (int i = k - 1; i >= s0; i--)
		if (c->t[i].per >= 0 && c->p[c->t[i].per].labelled)
			return c->t[i].per;
	return c->last_subj;
}

/* 1 if the person mention ending at k is an object: "met with X". */
static int
ex_is_object(const struct ctx *c, int s0, int k)
{
	int per = c->t[k].per, b = k;

	while (b - 1 >= s0 && c->t[b - 1].per == per)
		b--;
	for (int q = b - 1; q >= s0 && q >= b - 3; q--) {
		/* "a mission led by X will visit": X leads it */
		if (ex_is(c, q, "by") && (ex_is(c, q - 1, "led") ||
		    ex_is(c, q - 1, "headed")))
			return 0;
		if (ex_is(c, q, "with") || ex_is(c, q, "by") ||
		    (c->t[q].cls & (LX_MEET | LX_HOST)))
			return 1;
		if (c->t[q].type != T_WORD || c->t[q].per >= 0)
			break;
	}
	/* "talks with Rice and Foreign Minister Downer": the second of
	 * a pair of objects */
	if (b - 2 >= s0 && (ex_is(c, b - 1, "and") || ex_punct(c, b - 1,
	    ',')) && c->t[b - 2].per >= 0 && c->t[b - 2].per != per)
		return ex_is_object(c, s0, b - 2);
	return 0;
}

/*
 * Transcripts: "Mr. X, Minister for Foreign Affairs: I plan to visit ..."
 * opens a paragraph with its speaker, whom "I" and "my" mean until the next
 * speaker line ("Question:", "Ms. Y:").
 */
static void
ex_speaker(struct ctx *c, int s0, int s1)
{
	if (!(c->t[s0].flags & TF_PARA))
		return;
	for (int k = s0 + 1; k < s1 && k < s0 + 16; k++) {
		if (!ex_punct(c, k, ':'))
			continue;
		if (c->t[k - 1].type != T_WORD || !(c->t[k - 1].flags & TF_CAP))
			return;
		c->speaker = -1;
		for (int q = s0; q < k; q++)
			if (c->t[q].per >= 0 && c->p[c->t[q].per].labelled) {
				c->speaker = c->t[q].per;
				break;
			}
		return;
	}
}

/* 1 if token k is "I" or "my": the speaker of a transcript. */
static int
ex_first_person(const struct ctx *c, int k)
{
	return c->speaker >= 0 && ((ex_is(c, k, "i") && (c->t[k].flags &
	    TF_CAP)) || ex_is(c, k, "my"));
}

/* The people travelling for a trigger at tr in [s0, s1): fills who[]. */
static int
ex_travellers(struct ctx *c, int s0, int s1, int tr, int *who, int max)
{
	int n = 0;

	/* "X will return home to meet Y, before heading to Z": the
	 * participle's subject is the main clause's */
	if ((c->t[tr].cls & LX_VERB) && (c->t[tr].arg >> 8) == F_ING &&
	    tr - 1 > s0 && (ex_is(c, tr - 1, "before") || ex_is(c, tr - 1,
	    "after")) && ex_punct(c, tr - 2, ',')) {
		for (int k = s0; k < tr; k++) {
			if (c->t[k].per < 0)
				continue;
			if ((c->t[k].cls & LX_VERB) || ex_is_object(c, s0, k))
				break;
			while (k + 1 < tr && c->t[k + 1].per == c->t[k].per)
				k++;
			if (c->t[k].flags & TF_POSS)
				break;
			who[n++] = c->t[k].per;
			return n;
		}
	}
	/* "X's visit", "his trip" */
	if (tr - 1 >= s0 && (c->t[tr - 1].flags & TF_POSS) &&
	    c->t[tr - 1].per >= 0) {
		who[n++] = c->t[tr - 1].per;
		return n;
	}
	/* "During a White House visit Thursday, X renewed ...": the
	 * subject after the opening phrase's comma */
	if ((c->t[tr].cls & LX_NOUN) && (ex_is(c, s0, "during") ||
	    ex_is(c, s0, "after")) && tr < s0 + 6) {
		int k = tr + 1;

		while (k < s1 && k < tr + 6 && !ex_punct(c, k, ','))
			k++;
		for (int q = k + 1; ex_punct(c, k, ',') && q < s1 &&
		    q < k + 10; q++) {
			if (c->t[q].per >= 0) {
				if (c->t[q].flags & TF_POSS)
					break;
				while (q + 1 < s1 && c->t[q + 1].per ==
				    c->t[q].per)
					q++;
				if (!(c->t[q].flags & TF_POSS) &&
				    c->p[c->t[q].per].labelled) {
					who[n++] = c->t[q].per;
					return n;
				}
				break;
			}
			if (c->t[q].cls & (LX_VERB | LX_BREAK))
				break;
		}
	}
	/* a transcript's "my visit" */
	if (tr - 1 >= s0 && ex_is(c, tr - 1, "my") && ex_first_person(c,
	    tr - 1)) {
		who[n++] = c->speaker;
		return n;
	}
	if (tr - 1 >= s0 && (c->t[tr].cls & LX_NOUN)) {
		int k = tr - 1;

		while (k >= s0 && k >= tr - 4 && c->t[k].type == T_WORD &&
		    !(c->t[k].flags & TF_POSS) && !(c->t[k].cls &
		    (LX_PRON_S | LX_PRON_P)) && c->t[k].per < 0)
			k--;
		if (k >= s0 && (c->t[k].flags & TF_POSS) && c->t[k].per >= 0)
			return who[0] = c->t[k].per, 1;
		/* "the President's trip", "the Chancellor's tour" of an
		 * office holder not named here: not the last subject's */
		if (k >= s0 && (c->t[k].flags & TF_POSS) &&
		    (c->t[k].cls & LX_HEAD))
			return 0;
		if (k >= s0 && (ex_is(c, k, "his") || ex_is(c, k, "her"))) {
			int ante = ex_antecedent(c, s0, k);

			if (ante >= 0)
				return who[0] = ante, 1;
		}
		if (k >= s0 && ex_is(c, k, "their") && c->ngroup > 0) {
			for (int g = 0; g < c->ngroup && n < max; g++)
				who[n++] = c->group[g];
			return n;
		}
	}
	/* "visit by X", "visit of X", "trip ... by X" */
	for (int k = tr + 1; k < s1 && k < tr + 40 && ex_noun_use(c, tr) &&
	    !(k > tr + 1 && ex_is_trigger(c, k, s1)); k++) {
		/* "a visit to X at the invitation of Y": Y is the host */
		if ((ex_is(c, k, "by") || ex_is(c, k, "of")) && k + 1 < s1 &&
		    !ex_is(c, k - 1, "invitation") &&
		    !ex_is(c, k - 1, "behest") &&
		    !ex_is(c, k - 1, "joined") &&
		    !ex_is(c, k - 1, "accompanied")) {
			int q = k + 1;

			while (q < s1 && q < k + 8 && c->t[q].per < 0 &&
			    c->t[q].type == T_WORD && !(c->t[q].cls &
			    LX_BREAK)) {
				/* "a visit by a Ukrainian minister", "the
				 * visit of President of Rwanda": by someone
				 * unnamed */
				if (c->t[q].cls & LX_HEAD)
					return 0;
				q++;
			}
			if (q < s1 && c->t[q].per >= 0 && (c->t[tr].cls &
			    LX_NOUN)) {
				who[n++] = c->t[q].per;
				return n;
			}
		}
		if (c->t[k].cls & LX_BREAK)
			break;
	}
	/* "a tour that has taken X to": someone between noun and place */
	if (ex_noun_use(c, tr)) {
		for (int k = tr + 1; k < s1 && k < tr + 8; k++) {
			if (c->t[k].pm >= 0 || (c->t[k].cls & LX_BREAK))
				break;
			if (c->t[k].per >= 0 && c->p[c->t[k].per].labelled &&
			    !ex_is(c, k - 1, "with")) {
				int found = 0;

				for (int q = tr - 1; q >= s0; q--)
					if (c->t[q].per >= 0 &&
					    !ex_is_object(c, s0, q))
						found = 1;
				if (!found) {
					who[n++] = c->t[k].per;
					return n;
				}
				break;
			}
		}
	}
	/* "X will accompany President Y to Z": Y travels too */
	if ((c->t[tr].arg & 0xff) == V_ACCOMPANY && (c->t[tr].cls & LX_VERB))
		for (int k = tr + 1; k < s1 && k < tr + 8 && n < max; k++) {
			if (c->t[k].pm >= 0 && c->t[k].per < 0)
				break;
			if (c->t[k].per >= 0 && (n == 0 || who[n - 1] !=
			    c->t[k].per))
				who[n++] = c->t[k].per;
		}
	/* the subject: people before the trigger in this clause */
	{
		int k = tr - 1, last = -1;

		while (k >= s0) {
			/* a transcript's "I plan to visit" */
			if (n == 0 && ex_is(c, k, "i") && ex_first_person(c,
			    k)) {
				who[n++] = c->speaker;
				break;
			}
			if (c->t[k].per >= 0 && c->t[k].per != last &&
			    ex_is_object(c, s0, k)) {
				int per = c->t[k].per;

				while (k >= s0 && c->t[k].per == per)
					k--;
				continue;
			}
			if (c->t[k].per >= 0 && c->t[k].per != last) {
				int per = c->t[k].per, dup = 0;

				/* skip hosts: "X hosted", object of "with" */
				for (int q = 0; q < n; q++)
					if (who[q] == per)
						dup = 1;
				if (!dup && n < max)
					who[n++] = per;
				last = per;
				/* only people joined by "and", past an
				 * unmatched title: "X and top (US) diplomat Y" */
				k--;
				while (k >= s0 && c->t[k].per == per)
					k--;
				/* "X said ... and that Y would visit": Y
				 * opens a reported clause, X is no traveller */
				if (k >= s0 && ex_is(c, k, "that"))
					break;
				{
					int q = k, ok = 0;

					while (q >= s0 && q > k - 11) {
						if ((ex_is(c, q, "and") ||
						    ex_punct(c, q, ',')) &&
						    q - 1 >= s0 &&
						    c->t[q - 1].per >= 0) {
							ok = 1;
							break;
						}
						/* "he and Trade Representative
						 * X" */
						if (ex_is(c, q, "and") && q - 1 >= s0
						    && (ex_is(c, q - 1, "he") ||
						    ex_is(c, q - 1, "she"))) {
							int a = ex_antecedent(c,
							    s0, q - 1);

							if (a >= 0 && n < max &&
							    a != who[0])
								who[n++] = a;
							break;
						}
						if (c->t[q].per >= 0 ||
						    (c->t[q].cls & (LX_VERB |
						    LX_BREAK | LX_MEET)))
							break;
						q--;
					}
					if (ok) {
						k = q - 1;
						continue;
					}
				}
				break;
			}
			if (c->t[k].cls & (LX_PRON_S | LX_PRON_P) &&
			    !(c->t[k].flags & TF_POSS)) {
				if ((c->t[k].cls & LX_PRON_S) &&
				    (ex_is(c, k, "he") || ex_is(c, k, "she"))) {
					int ante = ex_antecedent(c, s0, k);

					if (ante >= 0 && n < max)
						who[n++] = ante;
					if (ex_is(c, k - 1, "and") ||
					    ex_is(c, k + 1, "and")) {
						k--;
						continue;
					}
					break;
				}
				if ((c->t[k].cls & LX_PRON_P) &&
				    !ex_is(c, k, "their")) {
					for (int g = 0; g < c->ngroup &&
					    n < max; g++)
						who[n++] = c->group[g];
					break;
				}
			}
			/* "said X will visit": keep looking left */
			k--;
		}
		/* "During the flight to Tokyo, Lyng said": the subject of
		 * the main clause */
		if (n == 0 && ex_noun_use(c, tr)) {
			int ante = ex_antecedent(c, s0, s1);

			if (ante >= 0 && c->p[ante].labelled)
				who[n++] = ante;
		}
		/* "After visiting Japan, X flew to Seoul": the subject of
		 * the main clause */
		if (n == 0 && tr - 1 == s0 && (c->t[tr].cls & LX_VERB) &&
		    (c->t[tr].arg >> 8) == F_ING && (ex_is(c, s0, "after") ||
		    ex_is(c, s0, "before") || ex_is(c, s0, "while"))) {
			int k2 = tr + 1;

			while (k2 < s1 && !ex_punct(c, k2, ','))
				k2++;
			while (k2 < s1 && c->t[k2].per < 0 &&
			    !(c->t[k2].cls & (LX_VERB | LX_FUT)))
				k2++;
			if (k2 < s1 && c->t[k2].per >= 0 &&
			    c->p[c->t[k2].per].labelled)
				who[n++] = c->t[k2].per;
			else if (k2 < s1 && c->last_subj >= 0 &&
			    (ex_is(c, k2 - 1, "he") || ex_is(c, k2 - 1, "she")))
				who[n++] = c->last_subj;
		}
		/* "talks ... in Washington between X and Y" */
		if (n == 0) {
			for (int k2 = tr + 1; k2 < s1; k2++) {
				if (!ex_is(c, k2, "between"))
					continue;
				for (int q = k2 + 1; q < s1 && n < max; q++) {
					if (c->t[q].per < 0 || (n > 0 &&
					    who[n - 1] == c->t[q].per))
						continue;
					who[n++] = c->t[q].per;
				}
				break;
			}
		}
		/* people after "and": "he and Trade Representative X" */
		if (n > 0) {
			for (int k2 = s0; k2 < tr; k2++)
				if (c->t[k2].per >= 0 && ex_is(c, k2 - 1,
				    "and") && n < max) {
					int dup = 0;

					for (int q = 0; q < n; q++)
						if (who[q] == c->t[k2].per)
							dup = 1;
					if (!dup && c->t[k2 - 2 >= 0 ? k2 - 2 :
					    0].per < 0 && (ex_is(c, k2 - 2,
					    "he") || ex_is(c, k2 - 2, "she")))
						who[n++] = c->t[k2].per;
				}
		}
	}
	return n;
}

/* 1 if token k opens "was to", "were to", "is to" + a verb: an
 * arrangement, future from the time of the report ("was to leave"). */
static int
ex_be_to(const struct ctx *c, int k)
{
	if (k + 2 >= c->nt || c->t[k + 1].cls != LX_STOP ||
	    !ex_is(c, k + 1, "to"))
		return 0;
	return (ex_is(c, k, "was") || ex_is(c, k, "were") || ex_is(c, k,
	    "is") || ex_is(c, k, "are")) && c->t[k + 2].type == T_WORD &&
	    !(c->t[k + 2].flags & TF_CAP) && !ex_is(c, k + 2, "the") &&
	    !ex_is(c, k + 2, "a") && !ex_is(c, k + 2, "be");
}

/* Tense of a trigger: +1 future, 0 present/ongoing, -1 past. */
static int
ex_tense(struct ctx *c, int s0, int s1, int tr)
{
	int form = c->t[tr].arg >> 8;

	/* "will fly to A, before heading to B": a participle after
	 * "before" or "then" shares the main clause's tense */
	if ((c->t[tr].cls & LX_VERB) && form == F_ING && tr - 1 >= s0 &&
	    (ex_is(c, tr - 1, "before") || ex_is(c, tr - 1, "then"))) {
		for (int k = tr - 2; k >= s0; k--) {
			if ((c->t[k].cls & LX_FUT) || ex_be_to(c, k))
				return 1;
			if ((c->t[k].cls & LX_VERB) &&
			    (c->t[k].arg >> 8) == F_PAST)
				return -1;
		}
		return 0;
	}
	for (int k = tr - 1; k >= s0 && k >= tr - 6; k--) {
		if (c->t[k].cls & LX_FUT)
			return 1;
		if (ex_is(c, k, "to") && k == tr - 1 &&
		    (c->t[tr].cls & LX_VERB))
			return 1;
		if (ex_is(c, k, "had") || ex_is(c, k, "has") ||
		    ex_is(c, k, "have"))
			return form == F_PAST ? -1 : 0;
		if (c->t[k].per >= 0)
			break;
	}
	if ((c->t[tr].cls & LX_VERB) && !(c->t[tr].cls & LX_NOUN)) {
		if (form == F_PAST)
			return -1;
		return 0;
	}
	/* a trip noun in a future clause: "will depart after his
	 * statement for a week-long trip to Asia" */
	for (int k = tr - 1; k >= s0 && k >= tr - 16; k--) {
		if (c->t[k].cls & LX_FUT)
			return 1;
		if (((c->t[k].cls & LX_BREAK) && !ex_is(c, k, "after")) ||
		    (c->t[k].cls & LX_PAST) || c->t[k].per >= 0 ||
		    ((c->t[k].cls & LX_VERB) && (c->t[k].arg >> 8) == F_PAST))
			break;
	}
	(void)s1;
	return 0;
}

static int
ex_has(const struct ctx *c, int s0, int s1, uint32_t cls)
{
	for (int i = s0; i < s1; i++)
		if (c->t[i].cls & cls)
			return 1;
	return 0;
}

static void
ex_set_group(struct ctx *c, const int *who, int n)
{
	if (n >= 2) {
		c->ngroup = n > 4 ? 4 : n;
		memcpy(c->group, who, (size_t)c->ngroup * sizeof *who);
	}
}

/*
 * 1 if the place mention m is a modifier of the noun after it, with an
 * adjective before it: "the new U.S. partnership", "a strong Japan
 * market".  A destination follows a verb, a preposition or a list.
 */
static int
ex_modifier(const struct ctx *c, const struct kbm *m)
{
	int p = m->t0 - 1, n = m->t1;

	if (p < 0 || n >= c->nt)
		return 0;
	return c->t[p].type == T_WORD && c->t[p].cls == 0 &&
	    !(c->t[p].flags & (TF_CAP | TF_POSS)) && c->t[p].per < 0 &&
	    c->t[n].type == T_WORD && c->t[n].cls == 0 &&
	    !(c->t[n].flags & TF_CAP);
}

/*
 * 1 if the place mention m opens a run of place names that a capitalised
 * word ends: part of a proper name ("the U.S. Mexico Canada Agreement").
 */
static int
ex_in_name(const struct ctx *c, const struct kbm *m, int s1)
{
	int k = m->t1;

	if (!(k < s1 && c->t[k].pm >= 0 && c->t[k].per < 0))
		return 0;	/* a single place: the caller decides */
	while (k < s1 && c->t[k].pm >= 0 && c->t[k].per < 0 &&
	    (c->m[c->t[k].pm].kind == PM_COUNTRY ||
	    c->m[c->t[k].pm].kind == PM_PLACE))
		k = c->m[c->t[k].pm].t1;
	return k < s1 && c->t[k].type == T_WORD && (c->t[k].flags & TF_CAP) &&
	    c->t[k].pm < 0 && c->t[k].per < 0 &&
	    !(c->t[k].cls & (LX_MONTH | LX_WEEKDAY | LX_STOP | LX_RELDAY));
}

/*
 * 1 if the country mention m is used as an attribute after "the": "the
 * Pakistan cricket team", "the China trip".  Names that take "the"
 * themselves (acronyms, plurals, "the Gambia", several words) are left
 * alone: "to the Philippines amid protests".
 */
static int
ex_the_attr(const struct ctx *c, const struct kbm *m, int s1)
{
	static const char *const the[] = { "congo", "gambia", "lebanon",
	    "sudan", "ukraine", "vatican", "yemen" };
	const char	*f;
	size_t		 fl;
	int		 n = m->t1;

	if (m->kind != PM_COUNTRY || m->t1 - m->t0 != 1 || m->t0 < 1 ||
	    !ex_is(c, m->t0 - 1, "the") || n >= s1)
		return 0;
	if (c->t[m->t0].flags & (TF_UPPER | TF_DOT | TF_POSS))
		return 0;
	f = ex_fold(c, m->t0);
	fl = strlen(f);
	if (fl > 0 && f[fl - 1] == 's')
		return 0;
	for (size_t i = 0; i < sizeof the / sizeof the[0]; i++)
		if (strcmp(f, the[i]) == 0)
			return 0;
	return c->t[n].type == T_WORD && c->t[n].cls == 0 &&
	    !(c->t[n].flags & TF_CAP) && c->t[n].per < 0;
}

/*
 * 1 if the place mention m follows "of" after a common noun that is no
 * trip and no kind of place: "the growing role of Russia", "the people
 * of Japan", but not "a tour of Japan" or "the capital of Kenya".
 */
static int
ex_of_topic(const struct ctx *c, const struct kbm *m, int tr)
{
	static const char *const place[] = { "capital", "cities", "city",
	    "coast", "heart", "island", "islands", "kingdom", "north",
	    "outskirts", "part", "parts", "port", "province", "region",
	    "republic", "south", "east", "west", "state", "town" };
	int o = m->t0 - 1, w = m->t0 - 2;

	if (w <= tr || !ex_is(c, o, "of") || c->t[w].type != T_WORD ||
	    (c->t[w].flags & TF_CAP) || c->t[w].cls != 0)
		return 0;
	for (size_t i = 0; i < sizeof place / sizeof place[0]; i++)
		if (ex_is(c, w, place[i]))
			return 0;
	return 1;
}

/* 1 if "with" at w joins a stop, not a partner: "a tour that starts
 * with Oman", "beginning with Peru", "along with Fiji". */
static int
ex_with_stop(const struct ctx *c, int w)
{
	static const char *const v[] = { "along", "begin", "beginning",
	    "begins", "start", "starting", "starts", "began", "started",
	    "opens", "opening", "kicks", "kicking", "ending", "ends",
	    "concludes", "concluding" };

	for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
		if (ex_is(c, w - 1, v[i]) || (ex_is(c, w - 1, "off") &&
		    ex_is(c, w - 2, v[i])))
			return 1;
	return 0;
}

/*
 * 1 if a purpose after a stop ends in the next stop of a list: "to Oslo
 * for a meeting, to Manila for talks and to Sydney", "to Lima to meet
 * business leaders, to Quito".  Looks a few words past k for ", to X" or
 * "and to X", X a place.
 */
static int
ex_next_to_stop(const struct ctx *c, int k, int s1)
{
	for (int q = k + 1; q + 2 < s1 && q <= k + 14; q++) {
		const struct tok *t = &c->t[q];

		if (t->per >= 0 || (t->cls & LX_BREAK) || (t->type ==
		    T_PUNCT && t->ch != ',' && t->ch != '-'))
			return 0;
		if ((ex_punct(c, q, ',') || ex_is(c, q, "and")) &&
		    ex_is(c, q + 1, "to")) {
			int p = q + 2;

			if (ex_is(c, p, "to"))	/* ", and to" */
				p++;
			return p < s1 && c->t[p].pm >= 0 && c->t[p].per < 0 &&
			    (c->m[c->t[p].pm].kind == PM_COUNTRY ||
			    c->m[c->t[p].pm].kind == PM_PLACE);
		}
		if (ex_punct(c, q, ',') && ex_is(c, q + 1, "and") &&
		    ex_is(c, q + 2, "to"))
			return q + 3 < s1 && c->t[q + 3].pm >= 0 &&
			    c->t[q + 3].per < 0 &&
			    (c->m[c->t[q + 3].pm].kind == PM_COUNTRY ||
			    c->m[c->t[q + 3].pm].kind == PM_PLACE);
	}
	return 0;
}

static int	ex_stay_in(const struct ctx *, int, int);

/*
 * 1 if the place at k ends a stay that came before a flight home: "flew
 * home after a week in Japan", "returned home following three days of
 * talks in Kenya".
 */
static int
ex_after_stay(const struct ctx *c, int k, int s1)
{
	for (int a = k - 2; a >= 0 && a >= k - 8; a--) {
		if (c->t[a].type == T_PUNCT)
			return 0;
		if (ex_is(c, a, "after") || ex_is(c, a, "following"))
			return ex_stay_in(c, a + 1, s1) && (ex_is(c, k - 1,
			    "in") || ex_is(c, k - 1, "at") || (ex_is(c, k - 1,
			    "the") && (ex_is(c, k - 2, "in") || ex_is(c, k - 2,
			    "at"))));
	}
	return 0;
}

/* Destinations after trigger tr: places in the clause, chained. */
static int
ex_dests(struct ctx *c, int s1, int tr, struct dest *d, int max)
{
	int n = 0, gap = 0, k;
	int home = 0, lastend = -1;

	/* "his visit to the country": the country last named before */
	if (ex_is(c, tr + 1, "to") && ex_is(c, tr + 2, "the") &&
	    ex_is(c, tr + 3, "country") && tr + 3 < s1) {
		for (int q = tr - 1; q >= 0; q--) {
			const struct kbm *m;

			if (c->t[q].pm < 0 || c->t[q].per >= 0)
				continue;
			m = &c->m[c->t[q].pm];
			if (m->kind != PM_COUNTRY || (c->t[m->t1 - 1].flags &
			    TF_POSS))
				continue;
			/* not "Prime Minister X of India" */
			if (q >= 2 && ex_is(c, q - 1, "of") &&
			    c->t[q - 2].per >= 0)
				continue;
			d[0].m = c->t[q].pm;
			d[0].t = tr + 3;
			d[0].from = 0;
			return 1;
		}
	}
	/* "will arrive here next week, with the conflict in Syria ...":
	 * "here" is the place */
	if (ex_is(c, tr + 1, "here"))
		return 0;
	for (k = tr + 1; k < s1 && n < max; k++) {
		const struct tok *t = &c->t[k];

		/* "X's Seoul visit, before heading to Hanoi": the
		 * participle is a trip of its own */
		if (ex_punct(c, k, ',') && (ex_is(c, k + 1, "before") ||
		    ex_is(c, k + 1, "after")) && k + 2 < s1 &&
		    (c->t[k + 2].cls & LX_VERB) && (c->t[k + 2].arg >> 8) ==
		    F_ING && ex_is_trigger(c, k + 2, s1))
			break;
		/* "Following his visit to Africa, Wang will visit Brazil":
		 * a new clause with its own subject */
		if (ex_punct(c, k, ',') && k + 1 < s1 && c->t[k + 1].per >= 0) {
			int e = k + 1;

			while (e + 1 < s1 && c->t[e + 1].per == c->t[k + 1].per)
				e++;
			if (e + 1 < s1 && ((c->t[e + 1].cls & LX_FUT) ||
			    ((c->t[e + 1].cls & LX_VERB) &&
			    ex_is_trigger(c, e + 1, s1))))
				break;
		}
		/* ", with the conflict in Syria": a comment, not a stop */
		if (ex_punct(c, k, ',') && ex_is(c, k + 1, "with") &&
		    (ex_is(c, k + 2, "the") || ex_is(c, k + 2, "a")))
			break;
		if (t->cls & LX_BREAK && !ex_is(c, k, "after") &&
		    !ex_is(c, k, "while"))
			break;
		/* "Hungary (November 28-29) and Bulgaria": a bracket
		 * right after a stop holds its dates, not another clause */
		if (ex_punct(c, k, '(') && n > 0 && k == lastend) {
			int q = k + 1;

			while (q < s1 && q < k + 14 && !ex_punct(c, q, ')') &&
			    c->t[q].pm < 0 && c->t[q].per < 0 &&
			    !(c->t[q].cls & (LX_VERB | LX_BREAK)))
				q++;
			if (ex_punct(c, q, ')')) {
				k = q;
				lastend = q + 1;
				continue;
			}
		}
		/* "Buenos Aires, Argentina; Quito, Ecuador": a list of
		 * stops may be cut by semicolons */
		if (ex_punct(c, k, ';') && n > 0 && k == lastend &&
		    k + 1 < s1 && c->t[k + 1].pm >= 0 && c->t[k + 1].per < 0 &&
		    (c->m[c->t[k + 1].pm].kind == PM_COUNTRY ||
		    c->m[c->t[k + 1].pm].kind == PM_PLACE))
			continue;
		if (t->type == T_PUNCT && (t->ch == ';' || t->ch == '(' ||
		    t->ch == '"'))
			break;
		/* "on his way back from Japan": Japan is the last stop,
		 * not home */
		if ((ex_is(c, k, "back") || ex_is(c, k, "home")) &&
		    !ex_is(c, k + 1, "from"))
			home = 1;
		/* "Gabon for a summit, followed by Angola, then Congo, and
		 * finally Chad": the chain goes on */
		if (n > 0 && ((ex_is(c, k, "followed") && ex_is(c, k + 1,
		    "by")) || ex_is(c, k, "then") || ex_is(c, k, "finally"))) {
			gap = 0;
			continue;
		}
		if (t->pm >= 0 && t->per >= 0) {
			k = c->m[t->pm].t1 - 1;		/* part of a name */
			continue;
		}
		if (t->pm >= 0) {
			const struct kbm *m = &c->m[t->pm];
			int prev = k - 1;

			if (ex_is(c, prev, "the"))
				prev--;
			if (m->kind == PM_DEMONYM || m->kind == PM_OFFICIAL ||
			    m->kind == PM_ROLE) {
				k = m->t1 - 1;
				gap++;
				continue;
			}
			/* adjectival: "U.S. officials", "Japan's" */
			if (ex_in_name(c, m, s1) ||
			    (c->t[m->t1 - 1].flags & TF_POSS) ||
			    (m->t1 < s1 && c->t[m->t1].type == T_WORD &&
			    (c->t[m->t1].flags & TF_CAP) &&
			    c->t[m->t1].pm < 0 && !(c->t[m->t1].cls &
			    (LX_MONTH | LX_WEEKDAY)) &&
			    (!(c->t[m->t1 - 1].flags & TF_DOT) ||
			    (c->t[m->t1].cls & (LX_HEAD | LX_MOD |
			    LX_COMPL)))) ||
			    (m->t1 < s1 && c->t[m->t1].per >= 0) ||
			    (ex_punct(c, m->t1, '-') && c->t[m->t1].off ==
			    c->t[m->t1 - 1].off + c->t[m->t1 - 1].len) ||
			    (ex_is(c, prev, "with") &&
			    !ex_with_stop(c, prev)) ||
			    ex_is(c, prev, "against")
			    || ex_is(c, prev, "between") ||
			    ex_is(c, prev, "than") ||
			    (home && !ex_is(c, prev, "from") &&
			    !ex_after_stay(c, k, s1)) ||
			    ex_is(c, prev, "on") || ex_is(c, prev, "about") ||
			    ex_modifier(c, m) || ex_the_attr(c, m, s1) ||
			    ex_of_topic(c, m, tr)) {
				k = m->t1 - 1;
				gap++;
				if (gap > 6 && n > 0)
					break;
				continue;
			}
			if (m->kind == PM_REGION) {
				k = m->t1 - 1;
				gap = 0;
				continue;
			}
			/* "Kyiv, Ukraine": the country refines the city */
			if (n > 0 && m->kind == PM_COUNTRY &&
			    ex_punct(c, k - 1, ',') &&
			    strcmp(c->m[d[n - 1].m].cc, m->cc) == 0) {
				k = m->t1 - 1;
				lastend = m->t1;
				continue;
			}
			lastend = m->t1;
			d[n].m = t->pm;
			d[n].t = k;
			d[n].from = ex_is(c, prev, "from") || (home &&
			    ex_after_stay(c, k, s1));
			n++;
			gap = 0;
			k = m->t1 - 1;
			continue;
		}
		if (t->per >= 0 && n > 0)
			break;
		/* "... after X urged China": another clause, with a
		 * capitalised subject and a past-tense verb */
		if (n == 0 && t->type == T_WORD && t->cls == 0 &&
		    !(t->flags & TF_CAP) && t->len > 4 &&
		    strcmp(ex_fold(c, k) + strlen(ex_fold(c, k)) - 2,
		    "ed") == 0 && k - 1 > tr && c->t[k - 1].type == T_WORD &&
		    !(c->t[k - 1].flags & TF_POSS) &&
		    !(c->t[k - 1].cls & (LX_VERB | LX_NOUN | LX_STOP)))
			break;
		/* "... after Prime Minister X urged China": another
		 * person's clause */
		if (t->per >= 0 && n == 0) {
			int e = k, b = k;

			while (e + 1 < s1 && c->t[e + 1].per == t->per)
				e++;
			while (b - 1 > tr && c->t[b - 1].per == t->per)
				b--;
			/* "Visit by Vice-Minister X to Barbados" */
			if ((ex_is(c, b - 1, "by") || ex_is(c, b - 1, "of")) &&
			    ex_is(c, e + 1, "to") && ex_noun_use(c, tr)) {
				k = e;
				continue;
			}
			if (e + 1 < s1 && c->t[e + 1].type == T_WORD &&
			    !(c->t[e + 1].flags & TF_CAP) &&
			    !(c->t[e].flags & TF_POSS) &&
			    !(c->t[e + 1].cls & (LX_STOP | LX_FUT | LX_TIMEMOD |
			    LX_RELDAY | LX_ONGOING)))
				break;
		}
		/* "a visit to the forum, which also includes Japan",
		 * "the summit, whose members are A and B": the members of
		 * the meeting, not stops */
		if (n == 0 && (ex_is(c, k, "includes") || ex_is(c, k,
		    "include") || ex_is(c, k, "included") || ex_is(c, k,
		    "groups") || ex_is(c, k, "comprises") || ex_is(c, k,
		    "members"))) {
			int rel = 0;

			for (int q = tr + 1; q < k; q++)
				if ((ex_is(c, q, "which") || ex_is(c, q,
				    "whose")) && ex_punct(c, q - 1, ','))
					rel = 1;
			if (rel)
				break;
		}
		/* "before X arrived a commentator told the Kremlin": a
		 * place spoken to in another clause is no stop */
		if (n == 0 && k > tr + 1 && (ex_is(c, k, "told") ||
		    ex_is(c, k, "warned") || ex_is(c, k, "assured") ||
		    ex_is(c, k, "informed") || ex_is(c, k, "urged") ||
		    ex_is(c, k, "accused")))
			break;
		/* "visit to Jeddah, during which Yemen figured" */
		if (n > 0 && (ex_is(c, k, "which") || ex_is(c, k, "where") ||
		    ex_is(c, k, "during") || ex_is(c, k, "whose") ||
		    ex_is(c, k, "who")))
			break;
		/* "left for A and will visit B": a future verb after a
		 * past one is a clause of its own, with its own tense */
		if ((t->cls & LX_VERB) && n > 0 && (c->t[tr].cls & LX_VERB) &&
		    (c->t[tr].arg >> 8) == F_PAST && ((c->t[k - 1].cls &
		    LX_FUT) || ((c->t[k - 2].cls & LX_FUT) &&
		    c->t[k - 1].type == T_WORD)))
			break;
		/* "to Oslo for a meeting, to Manila": the list goes on */
		if (n > 0 && (k == lastend || (k == lastend + 1 &&
		    ex_punct(c, lastend, ','))) && (ex_is(c, k, "for") ||
		    ex_is(c, k, "to")) && ex_next_to_stop(c, k, s1)) {
			while (k + 1 < s1 && !ex_is(c, k + 1, "to"))
				k++;
			gap = 0;
			continue;
		}
		/* "the official visit of Y": another trip */
		if ((t->cls & (LX_VERB | LX_MEET)) && n > 0 &&
		    !ex_is(c, k - 1, "after") && !ex_is(c, k - 2, "after") &&
		    (!ex_is(c, k, "visit") || (ex_noun_use(c, k) &&
		    ex_is(c, k + 1, "of"))) && !ex_is(c, k, "stops") &&
		    !ex_is(c, k, "heading") && !ex_is(c, k, "continue") &&
		    !ex_is(c, k, "travel"))
			break;
		if (ex_is(c, k, "to") && k + 1 < s1 &&
		    c->t[k + 1].type == T_WORD && !(c->t[k + 1].flags &
		    TF_CAP) && !ex_is(c, k + 1, "the") && n > 0)
			break;	/* "to discuss" */
		/* "Oslo, Norway, on May 3-5, and to Nairobi": a stop's
		 * dates do not part it from the next stop */
		if (n > 0 && ((t->cls & (LX_MONTH | LX_WEEKDAY)) ||
		    t->type == T_NUM || ex_punct(c, k, '-') ||
		    ex_is(c, k, "on") || ex_is(c, k, "from")))
			continue;
		gap++;
		if (gap > (n > 0 ? 6 : 9))
			break;
	}
	return n;
}

/* 1 if the sentence denies someone a visa: "declined to issue him a
 * visa", "was denied a visa", "refused her visa". */
static int
ex_visa_denied(const struct ctx *c, int s0, int s1)
{
	int visa = -1, deny = -1;

	for (int k = s0; k < s1 && visa < 0; k++)
		if (ex_is(c, k, "visa"))
			visa = k;
	if (visa < 0)
		return 0;
	for (int k = s0; k < s1; k++) {
		if (ex_is(c, k, "visa"))
			visa = k;
		if (ex_is(c, k, "declined") || ex_is(c, k, "denied") ||
		    ex_is(c, k, "refused") || ex_is(c, k, "rejected") ||
		    ex_is(c, k, "denial") || ex_is(c, k, "deny") ||
		    ex_is(c, k, "refusal"))
			deny = k;
	}
	return visa >= 0 && deny >= 0 && visa - deny < 8 && deny - visa < 8;
}

static enum leg_status
ex_status(struct ctx *c, int s0, int s1, int tr, int tense,
    const struct ex_time *x, int from, int dt)
{
	int v = c->t[tr].arg & 0xff;

	if (from)
		return LEG_COMPLETED;
	/* "returning from a trip to X", "back from talks in X": a trip
	 * told by its return is over */
	for (int k = tr - 1; k > s0 && k >= tr - 5; k--) {
		if (c->t[k].pm >= 0 || c->t[k].type == T_PUNCT ||
		    ex_is(c, k, "to"))
			break;
		if (ex_is(c, k, "from") && (ex_is(c, k - 1, "back") ||
		    ((c->t[k - 1].cls & LX_VERB) && (c->t[k - 1].arg &
		    0xff) == V_RETURN)))
			return LEG_COMPLETED;
	}
	if (ex_has(c, s0, s1, LX_CANCEL) || (ex_has(c, s0, s1, LX_VIRTUAL) &&
	    ex_is(c, tr + 0, "off")) || ex_visa_denied(c, s0, s1))
		return LEG_CANCELLED;
	for (int k = s0; k + 1 < s1; k++)
		if ((ex_is(c, k, "called") || ex_is(c, k, "call") ||
		    ex_is(c, k, "put")) && ex_is(c, k + 1, "off"))
			return LEG_CANCELLED;
	if (x != NULL && x->start[0]) {
		int dd = when_days_between(c->ref, x->start);

		if (x->prec == LEG_PREC_MONTH) {
			if (strncmp(x->start, c->ref, 7) > 0)
				return LEG_PLANNED;
			if (strncmp(x->start, c->ref, 7) < 0)
				return LEG_COMPLETED;
		} else if (dd > 0)
			return LEG_PLANNED;
		else if (dd < -1 || (dd < 0 && tense < 0 && v != V_ARRIVE)) {
			if (tense > 0)
				return LEG_PLANNED;
			if (v == V_ARRIVE || v == V_LAND || (v == V_BE &&
			    tense == 0))
				return LEG_ONGOING;
			return LEG_COMPLETED;
		}
	}
	if (x != NULL && x->vague)
		return x->rel < 0 ? LEG_COMPLETED : x->rel > 0 ? LEG_PLANNED :
		    tense > 0 ? LEG_PLANNED : LEG_ONGOING;
	if (tense > 0)
		return LEG_PLANNED;
	for (int k = s0; k < s1; k++) {
		/* "is in X after stops in Y": only Y is done; "after
		 * arriving in X": X is not */
		if (ex_is(c, k, "after") && ((k > tr && dt > k) || (k < tr &&
		    v != V_ARRIVE && v != V_LAND && v != V_BE))) {
			/* "After visiting Japan, he will fly to Seoul":
			 * both ahead */
			if (k == s0 && tr == k + 1 && ex_has(c, s0, s1,
			    LX_FUT))
				return LEG_PLANNED;
			return LEG_COMPLETED;
		}
		if ((c->t[k].cls & LX_DONE) || ex_is(c, k, "return"))
			return LEG_COMPLETED;
	}
	if (tense < 0) {
		if (v == V_ARRIVE || v == V_LAND)
			return LEG_ONGOING;
		if (c->t[tr].cls & LX_NOUN && !(c->t[tr].cls & LX_VERB))
			return LEG_ONGOING;
		return LEG_COMPLETED;
	}
	if ((c->t[tr].cls & LX_NOUN) && ex_has(c, s0, s1, LX_PAST))
		return LEG_COMPLETED;
	if (v == V_LEAVE || v == V_HEAD || v == V_TRAVEL || v == V_FLY ||
	    v == V_GO || v == V_CONTINUE)
		return (c->t[tr].arg >> 8) == F_ING ? LEG_ONGOING :
		    LEG_PLANNED;
	return LEG_ONGOING;
}

/*
 * The tense of the clause of a weekday name at i: "flew out after it was
 * said that he is adding a Monday stop" is present (nearest day), not
 * past.  The nearest verb group before it within a few words decides,
 * else the sentence's tense.
 */
static int
ex_local_tense(const struct ctx *c, int s0, int i, int tense)
{
	for (int k = i - 1; k >= s0 && k >= i - 5; k--) {
		const struct tok *t = &c->t[k];

		if (t->type == T_PUNCT && t->ch != '-')
			break;
		if ((t->cls & LX_FUT) || ex_be_to(c, k))
			return 1;
		if ((t->cls & LX_VERB) && (t->arg >> 8) == F_PAST)
			return -1;
		if (ex_is(c, k, "is") || ex_is(c, k, "are") ||
		    ex_is(c, k, "am"))
			return tense > 0 ? tense : 0;
		if (t->per >= 0)
			break;
	}
	return tense;
}

/*
 * 1 if the time at i sits in a relative clause of background with no
 * travel or meeting word: "Takeshita, who took office Nov. 6, will fly",
 * "the treaty, which was signed in May, ...".  "who arrived on Monday"
 * keeps its date.
 */
static int	ex_is_trigger(const struct ctx *, int, int);

static int
ex_in_relative(const struct ctx *c, int s0, int s1, int i)
{
	int r = -1;

	for (int k = i - 1; k > s0 && k >= i - 10; k--) {
		if (c->t[k].type == T_PUNCT && c->t[k].ch != '-' &&
		    c->t[k].ch != '.')
			return 0;
		if ((ex_is(c, k, "who") || ex_is(c, k, "which")) &&
		    ex_punct(c, k - 1, ',')) {
			r = k;
			break;
		}
	}
	if (r < 0)
		return 0;
	for (int k = r + 1; k < s1 && !(c->t[k].type == T_PUNCT &&
	    c->t[k].ch != '-' && c->t[k].ch != '.'); k++) {
		int v = c->t[k].arg & 0xff;

		if (k != i && ex_is_trigger(c, k, s1))
			return 0;
		if ((c->t[k].cls & LX_VERB) && (v == V_VISIT ||
		    v == V_TRAVEL || v == V_ARRIVE || v == V_FLY ||
		    v == V_LEAVE || v == V_TOUR || v == V_LAND))
			return 0;
		if (ex_is(c, k, "meet") || ex_is(c, k, "met") ||
		    ex_is(c, k, "talks"))
			return 0;
	}
	return 1;
}

/* Time expressions of a sentence. */
static int
ex_timexes(struct ctx *c, int s0, int s1, int tense, struct ex_time *x,
    int max)
{
	int n = 0;

	for (int i = s0; i < s1 && n < max; i++) {
		int k;

		if ((c->t[i].cls & LX_MONTH) && c->t[i].per >= 0)
			continue;	/* "by May while she" */
		if (!(c->t[i].cls & (LX_RELDAY | LX_TIMEMOD | LX_WEEKDAY |
		    LX_MONTH)) && c->t[i].type != T_NUM &&
		    c->t[i].type != T_WORD)
			continue;
		if (!(c->t[i].cls & (LX_RELDAY | LX_TIMEMOD | LX_WEEKDAY |
		    LX_MONTH)) && !(c->t[i].type == T_NUM ||
		    ex_day(c, i) > 0) && !ex_is(c, i, "last") &&
		    strchr(ex_fold(c, i), '-') == NULL)
			continue;
		k = ex_timex(c, i, s1, (c->t[i].cls & LX_WEEKDAY) ?
		    ex_local_tense(c, s0, i, tense) : tense, &x[n]);
		if (k > 0) {
			/* "said today he will travel": the date of the
			 * saying, not of the trip */
			int b = i - 1;

			/* "said on Tuesday" */
			if (b > s0 && ex_is(c, b, "on"))
				b--;
			/* "X on Tuesday said": the same after the time */
			if (ex_in_relative(c, s0, s1, i))
				;	/* "who took office Nov. 6" */
			else if (!(b >= s0 && (ex_is(c, b, "said") ||
			    ex_is(c, b, "says") || ex_is(c, b, "told")
			    || ex_is(c, b, "announced"))) &&
			    !(i + k < s1 && (ex_is(c, i + k, "said") ||
			    ex_is(c, i + k, "told") || ex_is(c, i + k,
			    "announced"))))
				n++;
			i += k - 1;
		}
	}
	return n;
}

/* 1 if the person mention covering k follows "by": "visits to India
 * by X in December", the visitor, not another clause's subject. */
static int
ex_agent(const struct ctx *c, int k)
{
	int b = k;

	while (b - 1 >= 0 && c->t[b - 1].per == c->t[k].per)
		b--;
	return ex_is(c, b - 1, "by");
}

/* The time expression for destination index di at token dt. */
static const struct ex_time *
ex_pick_time(struct ctx *c, const struct ex_time *x, int nx,
    const struct dest *d, int nd, int di, int tr, int *xend)
{
	int lo = d[di].t, hi = di + 1 < nd ? d[di + 1].t : 1 << 30;
	int single = 0;

	*xend = 0;
	c->cur_weak = 0;
	/* a time after another trigger belongs to it: "is on a visit to X
	 * and leaves for Y on Wednesday" */
	for (int i = 0; i < nx; i++) {
		int blocked = 0;

		for (int k = d[nd - 1].t + 1; k < x[i].t0; k++)
			if (ex_is_trigger(c, k, x[i].t0) || ((c->t[k].cls &
			    LX_VERB) && (c->t[k].arg & 0xff) == V_RETURN) ||
			    (c->t[k].cls & LX_BREAK) || (c->t[k].per >= 0 &&
			    !ex_agent(c, k)) ||
			    ex_is(c, k, "since") || ex_is(c, k, "because") ||
			    ex_is(c, k, "when") || ex_is(c, k, "until") ||
			    /* "the visit to X was agreed in February": the
			     * arrangement's time */
			    ((ex_is(c, k - 1, "was") || ex_is(c, k - 1,
			    "were")) && (ex_is(c, k, "agreed") ||
			    ex_is(c, k, "decided") ||
			    ex_is(c, k, "arranged") ||
			    ex_is(c, k, "discussed") ||
			    ex_is(c, k, "proposed") ||
			    ex_is(c, k, "confirmed") ||
			    ex_is(c, k, "announced"))) ||
			    /* ", media reported Tuesday": the report's day */
			    ((ex_is(c, k, "reported") || ex_is(c, k, "said") ||
			    ex_is(c, k, "announced")) && k - 1 > d[nd - 1].t &&
			    x[i].t0 <= k + 2) ||
			    /* "to discuss the summit, which is due in
			     * June": a relative clause's time */
			    (ex_is(c, k, "which") && ex_punct(c, k - 1, ',')))
				blocked = 1;	/* another clause's time */
		if (blocked) {
			nx = i;
			break;
		}
	}
	/* one overall range after the last stop: first stop gets its start,
	 * the last stop its end */
	/* stops dated one by one: "Panama from April 24 to 25, Colombia
	 * from April 25 to 27" */
	for (int i = 0; i < nx && nd > 1; i++)
		if (x[i].t0 > d[0].t && x[i].t0 < d[nd - 1].t)
			single = 1;
	/* one date after an undated list: the trip's start, the first
	 * stop's ("will visit A, B and C beginning Friday") */
	if (nd > 1 && !single) {
		for (int i = 0; i < nx; i++)
			if (x[i].t0 > d[nd - 1].t && !x[i].end[0] &&
			    x[i].start[0] && i + 1 == nx &&
			    (x[i].t0 > d[nd - 1].t + 2 || ex_is(c, x[i].t0 -
			    1, "beginning") || ex_is(c, x[i].t0 - 1,
			    "starting") || ex_is(c, x[i].t0 - 1, "from")) &&
			    (i == 0 ||
			    x[i - 1].t0 < d[nd - 1].t)) {
				c->cur_weak = 1;
				return di == 0 ? &x[i] : NULL;
			}
	}
	if (nd > 1 && !single) {
		for (int i = 0; i < nx; i++)
			if (x[i].t0 > d[nd - 1].t && x[i].end[0] &&
			    (i + 1 == nx || x[i + 1].t0 > x[i].t1 + 6)) {
				c->cur_weak = 1;
				if (di == 0)
					return &x[i];
				if (di < nd - 1)
					return NULL;
				c->tail = x[i];
				memcpy(c->tail.start, x[i].end, 11);
				c->tail.end[0] = '\0';
				return &c->tail;
			}
	}
	for (int i = 0; i < nx; i++)
		if (x[i].t0 > lo && x[i].t0 < hi && (x[i].start[0] ||
		    x[i].vague))
			return *xend = 1, &x[i];
	if (di == 0) {
		/* "to Fiji and Tonga from Tuesday, then to Samoa on
		 * Friday": the first time after the first stop */
		for (int i = 0; i < nx && nd > 1 && single; i++)
			if (x[i].t0 > d[0].t && (x[i].start[0] ||
			    x[i].vague) && ex_is(c, d[0].t + (c->m[d[0].m].t1 -
			    c->m[d[0].m].t0), "and"))
				return &x[i];
		for (int i = 0; i < nx; i++)
			if ((x[i].start[0] || x[i].vague) && (nd == 1 ||
			    x[i].t0 < d[0].t || x[i].t0 > d[nd - 1].t) &&
			    x[i].t0 > tr)
				return *xend = nd == 1, &x[i];
		for (int i = nx - 1; i >= 0; i--) {
			int claimed = 0;

			/* the time nearest the trigger: "conclude on June
			 * 24, after which he will leave for Egypt" */
			/* "in Manila on June 3, then continue to Hanoi" */
			for (int k = x[i].t0 - 3 > c->cur_s0 ? x[i].t0 - 3 :
			    c->cur_s0; k < tr; k++)
				if (c->t[k].pm >= 0 && (c->m[c->t[k].pm].kind ==
				    PM_PLACE || c->m[c->t[k].pm].kind ==
				    PM_COUNTRY) && c->t[k].per < 0 &&
				    !(c->t[c->m[c->t[k].pm].t1 - 1].flags &
				    TF_POSS) && !(ex_is(c, k - 1, "to") &&
				    (ex_is(c, k - 2, "route") || ex_is(c, k - 2,
				    "way"))) && !(ex_is(c, k - 1, "of") &&
				    k - 2 >= 0 && c->t[k - 2].per >= 0))
					claimed = 1;	/* not "Japan's",
							 * "en route to X" */
			/* "told Sputnik on January 31 of X's planned
			 * visit": the day of the telling */
			for (int k = x[i].t0 - 1; k >= c->cur_s0 &&
			    k >= x[i].t0 - 3; k--)
				if (ex_is(c, k, "told") ||
				    ex_is(c, k, "said") ||
				    ex_is(c, k, "announced") ||
				    ex_is(c, k, "reported") ||
				    ex_is(c, k, "stated"))
					claimed = 1;
			if ((x[i].start[0] || x[i].vague) && x[i].t0 < tr &&
			    !claimed)
				return &x[i];
		}
	}
	if (di == nd - 1 && nd > 1) {
		for (int i = 0; i < nx; i++)
			if (x[i].end[0] && x[i].t0 > d[nd - 1].t) {
				static struct ex_time last;

				(void)last;
				return NULL;
			}
	}
	return NULL;
}

/*
 * 1 if a span of time or of talks then a place starts at i: "a week in
 * Japan", "three days in Kenya", "talks in Ghana", "the summit at Camp
 * David" ("returned from ...").
 */
static int
ex_stay_in(const struct ctx *c, int i, int s1)
{
	static const char *const lead[] = { "a", "an", "the", "his", "her",
	    "their", "few", "several", "two", "three", "four", "five", "six",
	    "seven", "ten", "of" };
	static const char *const unit[] = { "day", "days", "week", "weeks",
	    "night", "nights", "weekend", "month", "months", "hours", "talks",
	    "meetings", "summit" };
	int unit_seen = 0;

	for (int k = i; k < s1 && k < i + 5; k++) {
		int ok = c->t[k].type == T_NUM;

		if (ex_is(c, k, "in") || ex_is(c, k, "at")) {
			if (!unit_seen || k + 1 >= s1)
				return 0;
			if (ex_is(c, k + 1, "the") && k + 2 < s1)
				return c->t[k + 2].pm >= 0;
			return c->t[k + 1].pm >= 0;
		}
		for (size_t w = 0; !ok && w < sizeof unit / sizeof unit[0];
		    w++)
			if (ex_is(c, k, unit[w]))
				ok = unit_seen = 1;
		for (size_t w = 0; !ok && w < sizeof lead / sizeof lead[0];
		    w++)
			if (ex_is(c, k, lead[w]))
				ok = 1;
		if (!ok || c->t[k].pm >= 0)
			return 0;
	}
	return 0;
}

/* A travel word in a headline, where every word may be capitalised. */
static int
ex_is_trigger_title(const struct ctx *c, int i)
{
	int v = c->t[i].arg & 0xff;

	if (!(c->t[i].cls & (LX_VERB | LX_NOUN)))
		return 0;
	return v == V_VISIT || v == V_TRAVEL || v == V_ARRIVE ||
	    v == V_TOUR || v == V_FLY || v == V_HEAD || v == V_LAND ||
	    (v == V_LEAVE && ex_is(c, i + 1, "for"));
}

static int
ex_is_trigger(const struct ctx *c, int i, int s1)
{
	const struct tok *t = &c->t[i];
	int v = t->arg & 0xff;

	if (!(t->cls & (LX_VERB | LX_NOUN)))
		return 0;
	/* "lead a delegation to X", not "the delegation in Geneva" */
	if (ex_is(c, i, "delegation") || ex_is(c, i, "team"))
		return ex_is(c, i + 1, "to") && !(c->t[i].flags & TF_CAP);
	if ((t->flags & TF_CAP) && i > 0 && !(t->flags & TF_PARA) &&
	    !ex_punct(c, i - 1, '.') && !ex_punct(c, i - 1, '"') &&
	    !(ex_punct(c, i - 1, ')') && ex_noun_use(c, i)) &&
	    /* a heading: "Under Secretary X Travels to India", "Deputy
	     * Secretary X's Travel to Peru" */
	    !(c->t[i - 1].per >= 0 && ex_is(c, i + 1, "to") &&
	    !(c->t[i + 1].flags & TF_CAP)))
		return 0;	/* "Deputy Chief of Mission", "State Visit" */
	/* "the head of state", "a stop": a verb-only word after a
	 * determiner is a noun */
	if (!(t->cls & LX_NOUN) && i > 0 && (ex_is(c, i - 1, "the") ||
	    ex_is(c, i - 1, "a") || ex_is(c, i - 1, "an") ||
	    ex_is(c, i - 1, "its") || ex_is(c, i - 1, "their")) &&
	    v != V_STOP)
		return 0;
	/* "visa-free travel to China", "air travel": the mass noun is no
	 * trip unless it is someone's ("his travel to") */
	if (ex_is(c, i, "travel") && i > 0 && ex_noun_use(c, i) &&
	    !(c->t[i - 1].flags & TF_POSS) && !ex_is(c, i - 1, "his") &&
	    !ex_is(c, i - 1, "her") && !ex_is(c, i - 1, "their"))
		return 0;
	if (v == V_BE) {
		int k = i + 1;

		/* "was, for instance, in Turkey": an aside */
		if (ex_punct(c, k, ',')) {
			int q = k + 1;

			while (q < s1 && q < k + 5 && c->t[q].type == T_WORD &&
			    c->t[q].pm < 0 && c->t[q].per < 0)
				q++;
			if (ex_punct(c, q, ',') && q > k + 1)
				k = q + 1;
		}
		/* "is due in Paris", "is expected in Seoul" */
		if (ex_is(c, k, "due") || ex_is(c, k, "expected"))
			k++;
		if (ex_is(c, k, "in") || ex_is(c, k, "at"))
			return c->t[k + 1 < s1 ? k + 1 : k].pm >= 0 ||
			    (ex_is(c, k + 1, "the") && k + 2 < s1 &&
			    c->t[k + 2].pm >= 0);
		return 0;
	}
	/* "will spend next weekend in India", "spent two days in Oman":
	 * a stay, when only words of time come before "in" (not "spend
	 * money in") */
	if (v == V_SPEND) {
		static const char *const tw[] = { "the", "a", "an", "his",
		    "her", "their", "next", "this", "last", "entire", "whole",
		    "few", "several", "two", "three", "four", "five", "six",
		    "seven", "day", "days", "night", "nights", "week", "weeks",
		    "weekend", "hours", "morning", "afternoon", "evening",
		    "holidays", "time" };

		for (int k = i + 1; k < s1 && k < i + 6; k++) {
			int ok = 0;

			if ((ex_is(c, k, "in") || ex_is(c, k, "at")) &&
			    k > i + 1)
				return k + 1 < s1 && c->t[k + 1].pm >= 0;
			if (c->t[k].type == T_NUM || (c->t[k].cls &
			    (LX_WEEKDAY | LX_MONTH)))
				ok = 1;
			for (size_t w = 0; !ok && w < sizeof tw / sizeof tw[0];
			    w++)
				if (ex_is(c, k, tw[w]))
					ok = 1;
			if (!ok)
				return 0;
		}
		return 0;
	}
	/* "returned from X", "returned home from X", "returned Sunday
	 * from three days in X", "returned home after a week in X"; not
	 * "returned to" */
	if (v == V_RETURN) {
		int k = i + 1;

		while (k < s1 && k < i + 4 && (ex_is(c, k, "home") ||
		    ex_is(c, k, "on") || (c->t[k].cls & (LX_RELDAY |
		    LX_WEEKDAY))))
			k++;
		/* "returned home on Sunday after three days in X" */
		if (k > i + 1 && ex_is(c, i + 1, "home") && (ex_is(c, k,
		    "after") || ex_is(c, k, "following")))
			return k + 1 < s1 && ex_stay_in(c, k + 1, s1);
		if (!ex_is(c, k, "from") || k + 1 >= s1)
			return 0;
		if (c->t[k + 1].pm >= 0)
			return 1;
		return ex_stay_in(c, k + 1, s1);
	}
	if (v == V_COME || v == V_GO)	/* "then go on to Spain" */
		return ex_is(c, i + 1, "to") || ex_is(c, i + 1, "here") ||
		    (ex_is(c, i + 1, "on") && ex_is(c, i + 2, "to"));
	if (ex_is(c, i, "mission")) {	/* "diplomatic mission in X" */
		if (ex_is(c, i + 1, "to"))
			return 1;
		for (int k = i - 1; k >= 0 && k >= i - 3; k--)
			if ((c->t[k].flags & TF_POSS) && c->t[k].per >= 0)
				return 1;	/* "Howe's main mission in" */
		return 0;
	}
	/* "its journey of development", "a trip of a lifetime": a trip
	 * noun owned by a thing or followed by "of" and a common word */
	if ((t->cls & LX_NOUN) && !(t->cls & LX_VERB) && (ex_is(c, i - 1,
	    "its") || (ex_is(c, i + 1, "of") && i + 2 < s1 &&
	    c->t[i + 2].type == T_WORD && !(c->t[i + 2].flags & TF_CAP) &&
	    c->t[i + 2].pm < 0 && !ex_is(c, i + 2, "the"))))
		return 0;
	/* "moving on to Japan", not "moved to London in 1970"; "Kohl's
	 * Asian tour, marred by disputes, moves today to Seoul": a trip
	 * that moves */
	if (v == V_CONTINUE && strncmp(ex_fold(c, i), "mov", 3) == 0) {
		int k = i + 1;

		if (ex_is(c, k, "on") && ex_is(c, k + 1, "to"))
			return 1;
		while (k < s1 && k < i + 4 && (ex_is(c, k, "on") ||
		    (c->t[k].cls & (LX_RELDAY | LX_WEEKDAY))))
			k++;
		if (!ex_is(c, k, "to"))
			return 0;
		for (int q = i - 1; q >= 0 && q >= i - 30; q--) {
			if (ex_punct(c, q, '.') || (c->t[q + 1].flags &
			    TF_PARA))
				break;
			if ((c->t[q].cls & LX_NOUN) && ((c->t[q].arg &
			    0xff) == V_TOUR || (c->t[q].arg & 0xff) ==
			    V_VISIT || (c->t[q].arg & 0xff) == V_TRAVEL) &&
			    q > 0 && (c->t[q - 1].flags & TF_POSS))
				return 1;
			/* "journey", "tour" after an owner and a region */
			if ((c->t[q].cls & LX_NOUN) && ((c->t[q].arg &
			    0xff) == V_TOUR || (c->t[q].arg & 0xff) ==
			    V_VISIT || (c->t[q].arg & 0xff) == V_TRAVEL)) {
				for (int r = q - 1; r >= 0 && r >= q - 4; r--)
					if ((c->t[r].flags & TF_POSS) &&
					    c->t[r].per >= 0)
						return 1;
			}
		}
		return 0;
	}
	if (v == V_CONTINUE)	/* "continue on to", not "continued talks" */
		return ex_is(c, i + 1, "to") || (ex_is(c, i + 1, "on") &&
		    ex_is(c, i + 2, "to"));
	if (v == V_STOP && ex_is(c, i + 1, "the"))
		return 0;
	return 1;
}

/*
 * "The state visit, which stirred protests in the UK, had been planned for
 * June": a definite trip noun with no traveller dates the undated leg to
 * that country of the article's last official subject.
 */
static void
ex_date_known(struct ctx *c, int s0, int s1, int tr, const struct ex_time *x,
    int nx, const struct dest *d, int nd)
{
	int			 per = c->last_lsubj, xend;
	const struct ex_time	*tx;

	(void)s1;
	if (per < 0 || !ex_noun_use(c, tr) || !(ex_is(c, tr - 1, "the") ||
	    ex_is(c, tr - 2, "the")))
		return;
	for (int di = 0; di < nd; di++) {
		const char *cc = c->m[d[di].m].cc;

		tx = ex_pick_time(c, x, nx, d, nd, di, tr, &xend);
		if (tx == NULL || tx->vague || !tx->start[0] ||
		    ex_since(c, s0, tx))
			continue;
		for (size_t i = c->out0; i < c->out->n; i++) {
			struct leg *l = &c->out->v[i];

			if (strcmp(l->person, c->p[per].name) != 0 ||
			    !ex_same_country(l->dest_country, cc) ||
			    l->start[0] != '\0')
				continue;
			memcpy(l->start, tx->start, 11);
			l->precision = tx->prec;
			break;
		}
	}
}

/* A planned leg like leg li (person, place) on x's date, from [s0, s1). */
static void
ex_leg_again(struct ctx *c, size_t li, const struct ex_time *x, int s0,
    int s1)
{
	struct leg	*n, *l;
	size_t		 a = c->t[s0].off;
	size_t		 b = c->t[s1 - 1].off + c->t[s1 - 1].len;

	if (c->out->n == c->out->cap) {
		c->out->cap = c->out->cap ? c->out->cap * 2 : 16;
		c->out->v = xreallocarray(c->out->v, c->out->cap,
		    sizeof *c->out->v);
	}
	l = &c->out->v[li];
	n = &c->out->v[c->out->n++];
	memset(n, 0, sizeof *n);
	n->person = xstrdup(l->person);
	n->role = l->role != NULL ? xstrdup(l->role) : NULL;
	memcpy(n->official_country, l->official_country, 3);
	memcpy(n->dest_country, l->dest_country, 3);
	n->dest_city = l->dest_city != NULL ? xstrdup(l->dest_city) : NULL;
	n->lat = l->lat;
	n->lon = l->lon;
	n->has_coords = l->has_coords;
	memcpy(n->start, x->start, 11);
	memcpy(n->end, x->end, 11);
	n->precision = x->prec;
	n->status = LEG_PLANNED;
	n->confidence = 0.5;
	n->seq = l->seq + 1;
	n->evidence = xstrndup(c->text + a, b - a);
	n->ev_start = c->t[s0].coff;
	n->ev_end = c->t[s1 - 1].coff;
	for (size_t q = c->t[s1 - 1].off; q < b; q++)
		if (((unsigned char)c->text[q] & 0xc0) != 0x80)
			n->ev_end++;
	c->weak = xrealloc(c->weak, c->out->n - c->out0);
	c->nweak = c->out->n - c->out0;
	c->weak[c->nweak - 1] = 0;
}

/*
 * "The trip is set for April 6 to 8": a dated trip noun with no place
 * dates the traveller's last undated leg.
 */
static void
ex_fill_date(struct ctx *c, int s0, int s1, int tr, const struct ex_time *x)
{
	int	who[6], nw = ex_travellers(c, s0, s1, tr, who, 6), k = 0;

	for (int w = 0; w < nw; w++)
		if (c->p[who[w]].labelled)
			who[k++] = who[w];
	nw = k;
	if (nw == 0 && c->last_lsubj >= 0)
		who[nw++] = c->last_lsubj;
	for (int w = 0; w < nw; w++) {
		const char	*name = c->p[who[w]].name;
		struct leg	*pick = NULL;
		int		 dd = when_days_between(c->ref, x->start);

		for (size_t i = c->out->n; i > c->out0; i--) {
			struct leg *l = &c->out->v[i - 1];

			if (strcmp(l->person, name) != 0)
				continue;
			pick = l;
			/* "visit the region from 8 to 10 October": an
			 * overall range starts the trip, its first leg */
			if (!x->end[0])
				break;
		}
		/* "will visit A, B and C.  The trip, set to begin Monday":
		 * a trip's date is its first stop's, the first leg read
		 * from the sentence that listed them */
		if (pick != NULL && !x->end[0]) {
			for (struct leg *l = pick; l > c->out->v + c->out0;
			    l--) {
				struct leg *q = l - 1;

				if (strcmp(q->person, name) != 0)
					continue;
				if (q->ev_start != pick->ev_start)
					break;
				pick = q;
			}
		}
		if (pick == NULL) {
			int v = c->t[tr].arg & 0xff;

			/* "X is arriving on March 5.  ... visit Nepal": the
			 * next undated leg of X takes it */
			/* "will travel to five African nations on March
			 * 6-13.  The trip will take him to A, B and C" */
			if (!(c->t[tr].cls & LX_VERB) || v == V_RETURN ||
			    v == V_BE || x->vague || (v != V_ARRIVE &&
			    v != V_LAND && !x->end[0]))
				continue;
			c->pdate = *x;
			c->pdate_per = who[w];
			c->pdate_sent = c->cur_sno;
			continue;
		}
		/* "postponed ... a provisional slot from October 5": a new
		 * date for a called-off trip is a planned leg of its own */
		if (pick->start[0] != '\0' && pick->status == LEG_CANCELLED &&
		    dd > 1 && strcmp(pick->start, x->start) != 0) {
			ex_leg_again(c, (size_t)(pick - c->out->v), x, s0,
			    s1);
			continue;
		}
		if (pick->start[0] != '\0') {
			size_t li = (size_t)(pick - c->out->v) - c->out0;

			/* a weak date ("has arrived": today) gives way to
			 * the day the text states ("landed on Monday") */
			if (li >= (size_t)c->nweak || !c->weak[li] ||
			    x->vague || x->prec < pick->precision)
				continue;
			c->weak[li] = 0;
		}
		/* a past date is not a planned trip's, nor a future one a
		 * completed trip's ("his visit ... in September last year") */
		if (x->prec == LEG_PREC_MONTH)
			dd = strncmp(x->start, c->ref, 7) < 0 ? -2 :
			    strncmp(x->start, c->ref, 7) > 0 ? 2 : 0;
		if ((dd < -1 && pick->status == LEG_PLANNED) ||
		    (dd > 1 && pick->status == LEG_COMPLETED))
			continue;
		memcpy(pick->start, x->start, 11);
		memcpy(pick->end, x->end, 11);
		pick->precision = x->prec;
	}
}

/*
 * The place named before a trip noun: "Tillerson's two-day Seoul visit",
 * "his Japan trip".  The mention index, or -1.
 */
static int
ex_dest_before(const struct ctx *c, int s0, int tr)
{
	int k = tr - 1, pm;
	const struct kbm *m;

	if (!(c->t[tr].cls & LX_NOUN) || k <= s0 || (c->t[k].pm < 0 &&
	    c->t[k].pmcov < 0))
		return -1;
	pm = c->t[k].pmcov >= 0 ? c->t[k].pmcov : c->t[k].pm;
	m = &c->m[pm];
	if ((m->kind != PM_PLACE && m->kind != PM_COUNTRY) || m->t1 != tr ||
	    c->t[k].per >= 0 || (c->t[k].flags & TF_POSS))
		return -1;
	/* "During a White House visit Thursday, X ...": an opening
	 * phrase, its subject after the comma */
	k = m->t0 - 1;
	if (k - 1 >= s0 && (ex_is(c, k, "a") || ex_is(c, k, "an")) &&
	    (ex_is(c, k - 1, "during") || ex_is(c, k - 1, "after")) &&
	    k - 1 == s0)
		return pm;
	/* owned by someone: "X's", "his", "her" before it */
	for (k = m->t0 - 1; k >= s0 && k >= m->t0 - 3; k--) {
		if ((c->t[k].flags & TF_POSS) && c->t[k].per >= 0)
			return pm;
		if (ex_is(c, k, "his") || ex_is(c, k, "her"))
			return pm;
		if (c->t[k].type != T_WORD || (c->t[k].flags & TF_CAP) ||
		    (c->t[k].cls & ~LX_MOD) != 0)
			break;
	}
	return -1;
}

/*
 * The places listed before a trip noun that takes them as its stops:
 * "will meet leaders in Hungary, Poland and Romania on a nine-day trip",
 * "hold talks in Cairo and Amman during a week-long tour".  Only "in" and
 * a list of places, then "on" or "during", an article and at most four
 * words before the noun.
 */
static int
ex_list_before(const struct ctx *c, int s0, int tr, struct dest *d, int max)
{
	int k = tr - 1, n = 0, end, q;

	if (!(c->t[tr].cls & LX_NOUN))
		return 0;
	while (k > s0 && k >= tr - 5 && !ex_is(c, k, "a") &&
	    !ex_is(c, k, "an") && !ex_is(c, k, "his") && !ex_is(c, k, "her")
	    && !ex_is(c, k, "their"))
		k--;
	if (k <= s0 || k < tr - 5 || !(ex_is(c, k - 1, "on") ||
	    ex_is(c, k - 1, "during")))
		return 0;
	end = k - 1;
	/* walk back over "A, B and C" to "in" */
	q = end - 1;
	for (;;) {
		int pm;

		if (q <= s0 || (c->t[q].pm < 0 && c->t[q].pmcov < 0))
			return 0;
		pm = c->t[q].pmcov >= 0 ? c->t[q].pmcov : c->t[q].pm;
		if ((c->m[pm].kind != PM_PLACE && c->m[pm].kind !=
		    PM_COUNTRY) || c->t[q].per >= 0)
			return 0;
		q = c->m[pm].t0 - 1;
		if (n < max) {
			d[n].m = pm;
			d[n].from = 0;
			d[n].t = tr;
			n++;
		}
		if (ex_is(c, q, "and") && ex_punct(c, q - 1, ','))
			q -= 2;
		else if (ex_is(c, q, "and") || ex_punct(c, q, ','))
			q--;
		else if (ex_is(c, q, "in"))
			break;
		else
			return 0;
		if (ex_is(c, q, "the"))
			q--;
	}
	/* written order */
	for (int a = 0, b = n - 1; a < b; a++, b--) {
		struct dest t = d[a];

		d[a] = d[b];
		d[b] = t;
	}
	return n;
}

/* 1 if time x is next to a cancellation word: "on Monday postponed",
 * "cancelled on Tuesday", "Monday's cancellation". */
static int
ex_cancel_time(const struct ctx *c, int s0, int s1, const struct ex_time *x)
{
	for (int k = x->t0 - 1; k >= s0 && k >= x->t0 - 2; k--)
		if (c->t[k].cls & LX_CANCEL)
			return 1;
	for (int k = x->t1; k < s1 && k <= x->t1 + 1; k++)
		if (c->t[k].cls & LX_CANCEL)
			return 1;
	return 0;
}

/*
 * "X arrived in Iceland, where he will hold talks with US Secretary of
 * State Y": a labelled partner of a meeting at the traveller's
 * destination, from a third country, is there too (undated).
 */
static void
ex_partners(struct ctx *c, int s1, int tr, const struct kbm *m,
    const int *who, int nw)
{
	int with = -1;

	if (nw == 0 || m->cc[0] == '\0')
		return;
	for (int k = tr + 1; k < s1; k++) {
		if (c->t[k].cls & LX_MEET) {
			for (int q = k + 1; q < s1 && q <= k + 4; q++)
				if (ex_is(c, q, "with")) {
					with = q;
					break;
				}
			if (with >= 0)
				break;
		}
	}
	if (with < 0 || ex_has(c, tr, s1, LX_VIRTUAL | LX_CANCEL))
		return;
	/* another place after the stop: the talks may be there ("talks
	 * with Y in Washington"), or another clause's */
	for (int k = m->t1; k < s1; k++)
		if (c->t[k].pm >= 0 && c->t[k].per < 0 &&
		    (c->m[c->t[k].pm].kind == PM_PLACE ||
		    c->m[c->t[k].pm].kind == PM_COUNTRY) &&
		    !ex_same_country(c->m[c->t[k].pm].cc, m->cc))
			return;
	/* one clause: no other travel word or clause break before "with" */
	for (int k = tr + 1; k < with; k++)
		if ((c->t[k].cls & LX_BREAK) || (k > m->t1 &&
		    (ex_is_trigger(c, k, s1) || c->t[k].per >= 0)))
			return;
	for (int k = with + 1; k < s1; k++) {
		int per = c->t[k].per, skip = 0;
		const struct person *p;

		if (per < 0)
			continue;
		while (k + 1 < s1 && c->t[k + 1].per == per)
			k++;
		p = &c->p[per];
		if (!p->labelled || p->cc[0] == '\0' ||
		    ex_same_country(p->cc, m->cc))
			continue;
		for (int w = 0; w < nw; w++)
			if (who[w] == per || ex_same_country(c->p[who[w]].cc,
			    p->cc) || c->p[who[w]].cc[0] == '\0')
				skip = 1;
		if (skip)
			continue;
		ex_leg_add(c, per, m, 0, NULL, 0, LEG_ONGOING, 0.4, c->cur_s0,
		    s1);
	}
}

/* 1 if another travel word with a place lies between trigger tr and time
 * t0: "the visit was offered while she was visiting Lima in May" */
static int
ex_trigger_between(struct ctx *c, int tr, int t0, int s1)
{
	struct dest d[4];

	for (int k = tr + 1; k < t0; k++)
		if (ex_is_trigger(c, k, s1) && ex_dests(c, s1, k, d, 4) > 0)
			return 1;
	return 0;
}

/* 1 if time x is in a "since ..." phrase: "his first trip abroad since
 * his election in May" dates the election, not the trip. */
static int
ex_since(const struct ctx *c, int s0, const struct ex_time *x)
{
	for (int k = x->t0 - 1; k >= s0 && k >= x->t0 - 5; k--) {
		if (c->t[k].type == T_PUNCT)
			break;
		if (ex_is(c, k, "since"))
			return 1;
	}
	return 0;
}

/*
 * "a trip that also will include a visit to Prague; talks in Germany with
 * Chancellor Kohl; and a meeting in Egypt with President Mubarak": the
 * items of a trip's programme that name a place are stops of the same
 * travellers.  Returns the last token used (or i).
 */
static int
ex_include_list(struct ctx *c, int s1, int tr, int i, const int *who,
    int nw, int tense)
{
	static const char *const items[] = { "talks", "meeting", "meetings",
	    "stop", "stops", "visit", "visits", "stopover", "summit" };
	int inc = -1, last = i;

	for (int k = tr + 1; k < s1 && k < tr + 30; k++)
		if (ex_is(c, k, "include") || ex_is(c, k, "includes") ||
		    ex_is(c, k, "including")) {
			inc = k;
			break;
		}
	if (inc < 0 || nw == 0)
		return i;
	for (int k = inc + 1; k < s1; k++) {
		const struct kbm *m;
		int ok = 0;

		if (c->t[k].pm < 0 || c->t[k].per >= 0)
			continue;
		m = &c->m[c->t[k].pm];
		if ((m->kind != PM_PLACE && m->kind != PM_COUNTRY) ||
		    !(ex_is(c, k - 1, "in") || ex_is(c, k - 1, "to")))
			continue;
		for (size_t w = 0; w < sizeof items / sizeof items[0]; w++)
			if (ex_is(c, k - 2, items[w]))
				ok = 1;
		if (!ok)
			continue;
		for (int w = 0; w < nw; w++)
			ex_leg_add(c, who[w], m, 0, NULL, 0, tense > 0 ?
			    LEG_PLANNED : tense < 0 ? LEG_COMPLETED :
			    LEG_PLANNED, 0.5, c->cur_s0, s1);
		if (m->t1 - 1 > last)
			last = m->t1 - 1;
		k = m->t1 - 1;
	}
	return last;
}

/*
 * The time of a departure earlier in the sentence than the arrival at
 * tr: "left Bonn on Friday and was to stop in Anchorage before arriving
 * in Tokyo".  The time must follow "left" closely, with no trip word in
 * between.
 */
static const struct ex_time *
ex_departure_time(const struct ctx *c, int s0, int tr,
    const struct ex_time *x, int nx)
{
	for (int k = tr - 1; k >= s0; k--) {
		if (!(c->t[k].cls & LX_VERB) || (c->t[k].arg & 0xff) !=
		    V_LEAVE || (c->t[k].arg >> 8) != F_PAST)
			continue;
		if (ex_is(c, k - 1, "who"))	/* "X, who left in May," */
			return NULL;
		for (int j = 0; j < nx; j++)
			if (x[j].start[0] && !x[j].vague && x[j].t0 > k &&
			    x[j].t0 <= k + 4 && x[j].t0 < tr)
				return &x[j];
		return NULL;
	}
	return NULL;
}

static void
ex_travel(struct ctx *c, int sno, int s0, int s1)
{
	struct ex_time	x[8];
	int		nx, tensehint = 0;
	int		virt = ex_has(c, s0, s1, LX_VIRTUAL);
	int		found = 0;
	int		xused[8] = { 0 };	/* times given to a leg */
	int		here_after;

	c->cur_weak = 0;
	c->cur_s0 = s0;
	/* the sentence's tense, for weekday names */
	for (int i = s0; i < s1; i++) {
		if ((c->t[i].cls & LX_FUT) || ex_be_to(c, i)) {
			tensehint = 1;
			break;
		}
		if ((c->t[i].cls & LX_VERB) && (c->t[i].arg >> 8) == F_PAST)
			tensehint = -1;
	}
	if (tensehint == 0) {
		for (int i = s0; i < s1; i++)
			if (ex_is(c, i, "leaves") || ex_is(c, i, "opens") ||
			    ex_is(c, i, "begins") || ex_is(c, i, "starts"))
				tensehint = 1;
	}
	nx = ex_timexes(c, s0, s1, tensehint, x, 8);
	for (int i = s0; i < s1; i++) {
		struct dest	 d[12];
		int		 nd, who[6], nw, tense;
		double		 conf;

		if (!ex_is_trigger(c, i, s1))
			continue;
		/* virtual: "virtual visit", "phone call" in the sentence */
		if (virt)
			continue;
		nd = ex_dests(c, s1, i, d, 12);
		if (nd == 0 && (d[0].m = ex_dest_before(c, s0, i)) >= 0) {
			d[0].t = i;
			d[0].from = 0;
			nd = 1;
		}
		if (nd == 0)
			nd = ex_list_before(c, s0, i, d, 12);
		if (nd == 0) {
			/* "here", or a possessive visit in a datelined
			 * article: the dateline place */
			int here = 0, said_here = 0;

			/* "here on an official visit", "arriving here" */
			for (int k = i - 4 > s0 ? i - 4 : s0; k < s1 &&
			    k < i + 4; k++)
				if (ex_is(c, k, "here"))
					here = said_here = 1;
			if (!here && (c->t[i].cls & LX_NOUN) &&
			    (c->t[i - 1 >= s0 ? i - 1 : i].flags & TF_POSS)
			    && !ex_is(c, i + 1, "to") && !ex_is(c, i + 1,
			    "abroad"))
				here = 1;
			/* "fly to A on Tuesday for a three-day visit": the
			 * date went to A's leg already */
			if (!here && nx > 0 && x[0].start[0] && !xused[0] &&
			    (ex_noun_use(c, i) || x[0].t0 > i) &&
			    !ex_since(c, s0, &x[0]) &&
			    !ex_trigger_between(c, i, x[0].t0, s1))
				ex_fill_date(c, s0, s1, i, &x[0]);
			if (!here || c->dl_cc[0] == '\0')
				continue;
			nw = ex_travellers(c, s0, s1, i, who, 6);
			tense = ex_tense(c, s0, s1, i);
			if (nx == 0 && tense <= 0 && ((c->t[i].arg & 0xff) ==
			    V_ARRIVE || (c->t[i].arg & 0xff) == V_LAND)) {
				/* "on arriving here": today */
				memset(&x[0], 0, sizeof x[0]);
				memcpy(x[0].start, c->ref, 11);
				x[0].prec = LEG_PREC_DAY;
				x[0].t0 = x[0].t1 = i;
				nx = 1;
			}
			for (int w = 0; w < nw; w++) {
				struct kbm m;
				int other = 0;

				/* "the minister's tour" of someone whose
				 * trip abroad was reported elsewhere: that
				 * trip, not the dateline place */
				for (size_t q = c->out0; !said_here &&
				    q < c->out->n; q++)
					if (strcmp(c->out->v[q].person,
					    c->p[who[w]].name) == 0 &&
					    !ex_same_country(c->out->v[q].
					    dest_country, c->dl_cc))
						other = 1;
				if (other)
					continue;
				memset(&m, 0, sizeof m);
				memcpy(m.cc, c->dl_cc, 3);
				m.city = c->dl_city;
				m.lat = c->dl_lat;
				m.lon = c->dl_lon;
				ex_leg_add(c, who[w], &m, 0, nx ? &x[0] : NULL,
				    0, ex_status(c, s0, s1, i, tense,
				    nx ? &x[0] : NULL, 0, -1), 0.5, s0, s1);
			}
			continue;
		}
		/* "Duffy, here on a three-day visit after talks in the
		 * United States": the places after "after" are earlier
		 * stops, the stay is at the dateline place */
		here_after = 0;
		if (c->dl_cc[0] != '\0' && (c->t[i].cls & LX_NOUN)) {
			int hb = 0;

			for (int k = i - 4 > s0 ? i - 4 : s0; k < i; k++)
				if (ex_is(c, k, "here"))
					hb = 1;
			for (int k = i + 1; hb && k < d[0].t; k++)
				if (ex_is(c, k, "after") || ex_is(c, k,
				    "following"))
					here_after = 1;
			for (int di = 0; here_after && di < nd; di++)
				d[di].from = 1;
		}
		/* "restrictions on travel from China": an origin and no
		 * destination is no trip */
		{
			int any = here_after;

			for (int di = 0; di < nd; di++)
				if (!d[di].from)
					any = 1;
			/* but "returned from Washington", "flew back
			 * home from Japan" are one */
			if (!any && (c->t[i].arg & 0xff) != V_RETURN &&
			    !ex_is(c, i + 1, "back") && !ex_is(c, i + 1,
			    "home"))
				continue;
		}
		nw = ex_travellers(c, s0, s1, i, who, 6);
		if (nw == 0) {
			ex_date_known(c, s0, s1, i, x, nx, d, nd);
			continue;
		}
		nw = ex_companions(c, s0, s1, who, nw, 6);
		ex_set_group(c, who, nw);
		tense = ex_tense(c, s0, s1, i);
		/* negation right before the trigger: not travel */
		{
			int neg = 0;

			for (int k = i - 1; k >= s0 && k >= i - 3; k--)
				if (c->t[k].cls & LX_NEG)
					neg = 1;
			/* "not confirming to go to visit Y": a negation a
			 * little further back, in the same verb chain */
			for (int k = i - 4; !neg && k >= s0 && k >= i - 7;
			    k--) {
				int stop = 0;

				for (int q = k + 1; q < i; q++)
					if (c->t[q].type == T_PUNCT ||
					    c->t[q].per >= 0 || ((c->t[q].cls &
					    (LX_PRON_S | LX_PRON_P | LX_BREAK |
					    LX_STOP)) && !ex_is(c, q, "to")))
						stop = 1;
				if (stop)
					break;
				if (c->t[k].cls & LX_NEG)
					neg = 1;
			}
			/* "there are no plans for X's visit to Y" */
			for (int k = i - 1; k > s0 && k >= i - 10; k--) {
				if (c->t[k].type == T_PUNCT && c->t[k].ch !=
				    '-' && c->t[k].ch != '\'')
					break;
				if ((ex_is(c, k, "plans") || ex_is(c, k,
				    "plan") || ex_is(c, k, "intention")) &&
				    (ex_is(c, k - 1, "no") || (k - 2 >= s0 &&
				    ex_is(c, k - 2, "no"))))
					neg = 1;
			}
			if (neg && !ex_has(c, s0, s1, LX_CANCEL))
				continue;
		}
		conf = (c->t[i].cls & LX_VERB) ? 0.75 : 0.6;
		if (nx > 0)
			conf += 0.1;
		/* home stops ("to Boston and Nigeria" for an American) are
		 * no legs: the first foreign stop is the first stop */
		{
			int k = 0;

			for (int di = 0; di < nd; di++) {
				int home = nw > 0;

				for (int w = 0; w < nw; w++)
					if (c->p[who[w]].cc[0] == '\0' ||
					    !ex_home(c->p[who[w]].cc,
					    c->m[d[di].m].cc))
						home = 0;
				if (!home)
					d[k++] = d[di];
			}
			if (k == 0)
				continue;
			nd = k;
		}
		/* "will fly from Kenya to Namibia for a visit from June 4":
		 * ahead, the origin is a stop told elsewhere, and the dates
		 * are the destination's */
		if (tense > 0 && nd > 1) {
			int k = 0, to = 0;

			for (int di = 0; di < nd; di++)
				if (!d[di].from)
					to = 1;
			for (int di = 0; to && di < nd; di++)
				if (!d[di].from)
					d[k++] = d[di];
			if (to)
				nd = k;
		}
		for (int di = 0; di < nd; di++) {
			const struct kbm	*m = &c->m[d[di].m];
			struct ex_time		 today;
			int			 xend;
			const struct ex_time	*tx;
			enum leg_status		 st;

			tx = ex_pick_time(c, x, nx, d, nd, di, i, &xend);
			/* "left Washington Friday ... before arriving in Hong
			 * Kong": an undated arrival after a dated departure
			 * takes the departure's date */
			if (tx == NULL && !d[di].from) {
				int a = -1;

				for (int q = d[di].t; q >= s0 && q >= d[di].t -
				    8 && a < 0; q--)
					if ((c->t[q].cls & LX_VERB) &&
					    (c->t[q].arg & 0xff) == V_ARRIVE)
						a = q;
				if (a >= 0)
					tx = ex_departure_time(c, s0, a, x, nx);
			}
			if (d[di].from)
				tx = NULL;
			/* "accepted Wednesday an invitation to visit X": a
			 * day before the invitation is the acceptance's */
			if (tx != NULL && i >= s0 + 2 && ex_is(c, i - 1, "to") &&
			    (ex_is(c, i - 2, "invitation") || ex_is(c, i - 2,
			    "invitations")) && tx->t1 <= i - 2)
				tx = NULL;
			st = ex_status(c, s0, s1, i, tense, tx, d[di].from,
			    d[di].t);
			if (di > 0 && tx == NULL && st == LEG_ONGOING &&
			    !d[di].from)
				st = LEG_PLANNED;
			/* "X on Monday postponed his visit": the day of the
			 * decision, not of the trip */
			if (st == LEG_CANCELLED && tx != NULL &&
			    ex_cancel_time(c, s0, s1, tx))
				tx = NULL;
			/* an arrival at the dateline place, undated: the
			 * report is from there, today */
			/* "X has arrived in Y", undated: today */
			/* "Takeshita arrived in Washington for talks",
			 * with no time in the sentence: the news of the
			 * day (a later date knows better) */
			if (tx == NULL && st == LEG_ONGOING && !d[di].from &&
			    (strcmp(m->cc, c->dl_cc) == 0 || ((ex_is(c, i - 1,
			    "has") || ex_is(c, i - 1, "have")) &&
			    (c->t[i].cls & LX_VERB)) || (nx == 0 && di == 0 &&
			    (c->t[i].cls & LX_VERB) && (c->t[i].arg >> 8) ==
			    F_PAST && !ex_is(c, i - 1, "had"))) &&
			    ((c->t[i].arg &
			    0xff) == V_ARRIVE || (c->t[i].arg & 0xff) ==
			    V_LAND)) {
				memset(&today, 0, sizeof today);
				memcpy(today.start, c->ref, 11);
				today.prec = LEG_PREC_DAY;
				tx = &today;
				/* "has arrived": a later "landed on
				 * Monday" knows better */
				if (strcmp(m->cc, c->dl_cc) != 0)
					c->cur_weak = 1;
			}
			/* "En route to Peru she will stop in Panama": the
			 * stop on the way opens the trip, on its first day */
			if (tx == NULL && !d[di].from && nw > 0 &&
			    st == LEG_PLANNED && (ex_is(c, s0, "enroute") ||
			    (ex_is(c, s0, "en") && ex_is(c, s0 + 1, "route")) ||
			    (ex_is(c, s0, "on") && ex_is(c, s0 + 2, "way") &&
			    !ex_is(c, s0 + 3, "back") && !ex_is(c, s0 + 3,
			    "home")))) {
				const char *first = NULL;

				for (size_t l = c->out0; l < c->out->n; l++) {
					const struct leg *o = &c->out->v[l];

					if (strcmp(o->person, c->p[who[0]].name)
					    == 0 && o->status == LEG_PLANNED &&
					    o->precision == LEG_PREC_DAY &&
					    (first == NULL || strcmp(o->start,
					    first) < 0))
						first = o->start;
				}
				if (first != NULL) {
					memset(&today, 0, sizeof today);
					memcpy(today.start, first, 11);
					today.prec = LEG_PREC_DAY;
					tx = &today;
				}
			}
			if (tx != NULL && tx >= x && tx < x + nx)
				xused[tx - x] = 1;
			for (int w = 0; w < nw; w++)
				ex_leg_add(c, who[w], m, d[di].from,
				    tx != NULL && tx->vague ? NULL : tx, xend,
				    st, conf, s0, s1);
			c->cur_weak = 0;
		}
		if (here_after) {
			struct kbm m;

			memset(&m, 0, sizeof m);
			memcpy(m.cc, c->dl_cc, 3);
			m.city = c->dl_city;
			m.lat = c->dl_lat;
			m.lon = c->dl_lon;
			for (int w = 0; w < nw; w++)
				ex_leg_add(c, who[w], &m, 0, NULL, 0,
				    LEG_ONGOING, 0.5, s0, s1);
		}
		found = 1;
		ex_partners(c, s1, i, &c->m[d[0].m], who, nw);
		{
			int tr = i;

			i = d[nd - 1].t;
			i = ex_include_list(c, s1, tr, i, who, nw, tense);
		}
	}
	(void)found;
	(void)sno;
}

/*
 * 1 if the meeting word at i is a verb of the clause ("met", "will hold
 * talks"), not a noun in passing ("during GATT talks in Geneva").
 */
static int
ex_meet_verb(const struct ctx *c, int s0, int i)
{
	static const char *const verbs[] = { "hold", "holds", "held", "holding",
	    "had", "has", "have", "opened", "opens", "began", "begins",
	    "start", "started", "starts", "continued" };
	int w;

	if (!ex_is(c, i, "talks") && !ex_is(c, i, "meeting") &&
	    !ex_is(c, i, "meetings"))
		return 1;
	/* "at the meeting in Geneva", "during talks in Beijing": the
	 * clause's subject is there */
	if ((ex_is(c, i - 1, "the") && (ex_is(c, i - 2, "at") ||
	    ex_is(c, i - 2, "during"))) || ex_is(c, i - 1, "during"))
		return 1;
	/* "Uno's planned Dec. 19-21 meeting in Tokyo with X": a meeting
	 * of someone's, with only its date and words of plan before */
	for (int k = i - 1; k >= s0 && k >= i - 7; k--) {
		if ((c->t[k].flags & TF_POSS) && c->t[k].per >= 0)
			return 1;
		if (!((c->t[k].cls & (LX_MONTH | LX_FUT | LX_TIMEMOD)) ||
		    c->t[k].type == T_NUM || ex_punct(c, k, '-') ||
		    ex_is(c, k, "scheduled") || ex_is(c, k, "next") ||
		    ex_is(c, k, "first")))
			break;
	}
	/* "began three days of talks", "held two rounds of talks": the
	 * verb is further back, past a measure; "held the first of five
	 * planned sessions" */
	w = 3;
	for (int k = i - 1; k > s0 && k >= i - 5; k--)
		if (ex_is(c, k, "of") && (ex_is(c, k - 1, "first") ||
		    ex_is(c, k - 1, "second") || ex_is(c, k - 1, "last") ||
		    ex_is(c, k - 1, "third")))
			w = i - k + 3;
	if (ex_is(c, i - 1, "of") && (ex_is(c, i - 2, "days") ||
	    ex_is(c, i - 2, "rounds") || ex_is(c, i - 2, "hours") ||
	    ex_is(c, i - 2, "day") || ex_is(c, i - 2, "round")))
		w = 5;
	for (int k = i - 1; k >= s0 && k >= i - w; k--)
		for (size_t v = 0; v < sizeof verbs / sizeof verbs[0]; v++)
			if (ex_is(c, k, verbs[v]))
				return 1;
	/* "in Tokyo for talks", "in Tokyo for two days of talks": a stay
	 * for the talks */
	if (ex_is(c, i - 1, "for") || (w == 5 && ex_is(c, i - 4, "for")) ||
	    (w == 5 && ex_is(c, i - 5, "for")))
		return 1;
	return 0;
}

/* A head of state or government (not a deputy or vice). */
static int
ex_is_leader(const struct person *p)
{
	if (p->role == NULL)
		return 0;
	if (strcasestr(p->role, "vice") || strcasestr(p->role, "deputy"))
		return 0;
	if (strcasestr(p->role, "prime minister"))
		return 1;
	return p->head == H_PRESIDENT || p->head == H_PREMIER ||
	    p->head == H_MONARCH || p->head == H_CHANCELLOR;
}

/*
 * "Baldrige will meet South Korean President Chun on Monday": on a trip,
 * meeting a foreign head of state or government with no place named means
 * going to their country.
 */
static void
ex_meet_leader(struct ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx, meet = -1, subj = -1, obj = -1, tense = 0;
	struct kbm	 m;
	int		 has_leg = 0;

	c->cur_weak = 0;
	if (ex_has(c, s0, s1, LX_VIRTUAL | LX_HOST))
		return;
	/* a travel word decides by itself ("continued support" is none) */
	for (int i = s0; i < s1; i++)
		if (ex_is_trigger(c, i, s1))
			return;
	for (int i = s0; i < s1; i++) {
		if (c->t[i].cls & LX_FUT)
			tense = 1;
		if (c->t[i].pm >= 0 && (c->m[c->t[i].pm].kind == PM_PLACE ||
		    c->m[c->t[i].pm].kind == PM_COUNTRY) && c->t[i].per < 0 &&
		    ex_is(c, i - 1, "in"))
			return;		/* a place is named: presence */
		if (meet < 0 && (ex_is(c, i, "meet") || ex_is(c, i, "met") ||
		    ex_is(c, i, "meets"))) {
			meet = i;
			continue;
		}
		/* "will have a lunch with Queen X", "held talks with King
		 * Y": a meeting noun with a verb of holding */
		if (meet < 0 && i + 1 < s1 && c->t[i + 1].len == 4 &&
		    ex_is(c, i + 1, "with") && (ex_is(c, i,
		    "meeting") || ex_is(c, i, "talks") || ex_is(c, i,
		    "lunch") || ex_is(c, i, "dinner") || ex_is(c, i,
		    "audience"))) {
			for (int k = i - 1; k >= s0 && k >= i - 4; k--)
				if (ex_is(c, k, "have") || ex_is(c, k, "has") ||
				    ex_is(c, k, "had") || ex_is(c, k, "having") ||
				    ex_is(c, k, "hold") || ex_is(c, k, "holds") ||
				    ex_is(c, k, "held") || ex_is(c, k, "holding"))
					meet = i;
			if (meet >= 0)
				continue;
		}
		if (meet < 0 && c->t[i].per >= 0 && subj < 0)
			subj = c->t[i].per;
		if (meet < 0 && (ex_is(c, i, "he") || ex_is(c, i, "she")) &&
		    subj < 0)
			subj = c->last_subj;
		if (meet >= 0 && obj < 0 && c->t[i].per >= 0 && i <= meet + 8) {
			obj = c->t[i].per;
			if (ex_is(c, i - 1, "visiting"))
				return;
		}
	}
	if (meet < 0 || subj < 0 || obj < 0 || subj == obj)
		return;
	/* "has met the Austrian Chancellor, the Italian Prime Minister and
	 * West Germany's Kohl": leaders of several countries are meetings
	 * anywhere, not one visit */
	for (int i = meet + 1; i < s1; i++)
		if (c->t[i].per >= 0 && c->t[i].per != obj &&
		    c->p[c->t[i].per].cc[0] != '\0' &&
		    c->p[obj].cc[0] != '\0' &&
		    strcmp(c->p[c->t[i].per].cc, c->p[obj].cc) != 0 &&
		    c->t[i].per != subj && ex_is_leader(&c->p[c->t[i].per]))
			return;
	if (!ex_is_leader(&c->p[obj]) || c->p[obj].cc[0] == '\0' ||
	    !c->p[subj].labelled || strcmp(c->p[obj].cc, c->p[subj].cc) == 0)
		return;
	/* only on a trip already reported in the article */
	for (size_t i = c->out0; i < c->out->n; i++)
		if (strcmp(c->out->v[i].person, c->p[subj].name) == 0)
			has_leg = 1;
	if (!has_leg)
		return;
	nx = ex_timexes(c, s0, s1, tense ? 1 : -1, x, 8);
	memset(&m, 0, sizeof m);
	memcpy(m.cc, c->p[obj].cc, 3);
	{
		const struct kb_country *k = kb_country_by_code(c->kb, m.cc);

		if (k != NULL) {
			m.lat = k->lat;
			m.lon = k->lon;
		}
	}
	ex_leg_add(c, subj, &m, 0, nx > 0 && x[0].start[0] ? &x[0] : NULL, 0,
	    tense ? LEG_PLANNED : LEG_ONGOING, 0.45, s0, s1);
}

/*
 * "WASHINGTON, Oct 19 - Saudi Crown Prince X met Vice President Bush on
 * Monday": a foreign official meeting people in a datelined report, with
 * no other place named, is at the dateline place.  Past or present only:
 * a future meeting may be anywhere.
 */
/*
 * "TOKYO, April 8 - West German Economics Minister X said here today",
 * "X is due here on April 29": a foreign official "here" in a datelined
 * report is at the dateline place.  Not when the sentence names a trip or
 * another place, nor "here" in a quotation.
 */
static void
ex_here(struct ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx, here = -1, per = -1, fut = 0;
	struct kbm	 m;
	const struct ex_time *tx = NULL;
	enum leg_status	 st;

	if (c->dl_cc[0] == '\0')
		return;
	for (int i = s0; i < s1 && here < 0; i++)
		if (c->t[i].len == 4 && ex_is(c, i, "here"))
			here = i;
	if (here < 0 || ex_has(c, s0, s1, LX_VIRTUAL | LX_NEG | LX_HOST))
		return;
	here = -1;
	for (int i = s0; i < s1; i++) {
		if (ex_punct(c, i, '"'))
			return;
		if (ex_is_trigger(c, i, s1))
			return;
		if (c->t[i].pm >= 0 && c->t[i].per < 0 && (ex_is(c, i - 1,
		    "in") || ex_is(c, i - 1, "at") || ex_is(c, i - 1, "to")) &&
		    c->m[c->t[i].pm].kind != PM_DEMONYM)
			return;
		if (c->t[i].cls & LX_FUT)
			fut = 1;
		if (here < 0 && ex_is(c, i, "here") && !ex_is(c, i + 1, "and"))
			here = i;
	}
	if (here < 0)
		return;
	/* the subject before "here", not an object */
	for (int i = s0; i < here; i++)
		if (c->t[i].per >= 0) {
			int b = i;

			while (i + 1 < here && c->t[i + 1].per == c->t[b].per)
				i++;
			if (ex_is_object(c, s0, b))
				continue;
			per = c->t[b].per;
			break;
		}
	if (per < 0 || !c->p[per].labelled || c->p[per].cc[0] == '\0')
		return;
	/* "the Soviet ambassador here": posted, not visiting */
	if (c->p[per].role != NULL && strcasestr(c->p[per].role,
	    "ambassador") != NULL)
		return;
	nx = ex_timexes(c, s0, s1, fut ? 1 : -1, x, 8);
	for (int q = 0; q < nx; q++)
		if (x[q].start[0] && !x[q].vague) {
			tx = &x[q];
			break;
		}
	if (fut || (tx != NULL && when_days_between(c->ref, tx->start) > 0))
		st = LEG_PLANNED;
	else
		st = LEG_ONGOING;
	if (tx == NULL && !fut) {
		memset(&x[0], 0, sizeof x[0]);
		memcpy(x[0].start, c->ref, 11);
		x[0].prec = LEG_PREC_DAY;
		tx = &x[0];
	}
	memset(&m, 0, sizeof m);
	memcpy(m.cc, c->dl_cc, 3);
	m.city = c->dl_city;
	m.lat = c->dl_lat;
	m.lon = c->dl_lon;
	ex_leg_add(c, per, &m, 0, tx, 0, st, 0.45, s0, s1);
}

static void
ex_dateline_meet(struct ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx, meet = -1;
	struct kbm	 m;
	const struct ex_time *tx;

	c->cur_weak = 0;
	if (c->dl_cc[0] == '\0' || ex_has(c, s0, s1, LX_FUT | LX_HOST))
		return;
	/* a phone call is no meeting; "called Monday for support" is an
	 * appeal, not a call */
	for (int i = s0; i < s1; i++) {
		int k = i + 1;

		if (!(c->t[i].cls & LX_VIRTUAL))
			continue;
		if (ex_is(c, i, "called")) {
			while (k < s1 && k < i + 3 && (c->t[k].cls &
			    (LX_WEEKDAY | LX_RELDAY)))
				k++;
			if (ex_is(c, k, "for"))
				continue;
		}
		return;
	}
	for (int i = s0; i < s1; i++) {
		if (ex_is_trigger(c, i, s1))
			return;
		if (c->t[i].pm >= 0 && c->t[i].per < 0 && (ex_is(c, i - 1, "in")
		    || ex_is(c, i - 1, "at")) && c->m[c->t[i].pm].kind !=
		    PM_DEMONYM)
			return;
		if (meet < 0 && (c->t[i].cls & LX_MEET) && ex_meet_verb(c, s0,
		    i) && !ex_is(c, i, "meeting") && !ex_is(c, i, "meetings"))
			meet = i;
		/* "X and Peruvian leaders called Monday for ...": a joint
		 * act with the hosts' leaders is a meeting with them */
		if (meet < 0 && i > s0 && (c->t[i - 1].per >= 0 ||
		    (i - 3 >= s0 && ex_is(c, i - 2, "of") &&
		    c->t[i - 3].per >= 0)) &&
		    ex_is(c, i, "and") && i + 2 < s1 && c->t[i + 1].pm >= 0 &&
		    c->m[c->t[i + 1].pm].kind == PM_DEMONYM &&
		    strcmp(c->m[c->t[i + 1].pm].cc, c->dl_cc) == 0) {
			int k = c->m[c->t[i + 1].pm].t1;

			if (k + 1 < s1 && (ex_is(c, k, "leaders") ||
			    ex_is(c, k, "officials") || ex_is(c, k,
			    "counterparts")) && (c->t[k + 1].cls & LX_VERB ||
			    (c->t[k + 1].type == T_WORD && !(c->t[k + 1].flags &
			    TF_CAP) && strlen(ex_fold(c, k + 1)) > 3 &&
			    strcmp(ex_fold(c, k + 1) + strlen(ex_fold(c,
			    k + 1)) - 2, "ed") == 0)))
				meet = k + 1;
		}
	}
	if (meet < 0)
		return;
	nx = ex_timexes(c, s0, s1, -1, x, 8);
	tx = nx > 0 && x[0].start[0] ? &x[0] : NULL;
	if (tx != NULL && when_days_between(c->ref, tx->start) > 0)
		return;
	if (tx == NULL) {
		memset(&x[0], 0, sizeof x[0]);
		memcpy(x[0].start, c->ref, 11);
		x[0].prec = LEG_PREC_DAY;
		tx = &x[0];
	}
	memset(&m, 0, sizeof m);
	memcpy(m.cc, c->dl_cc, 3);
	m.city = c->dl_city;
	m.lat = c->dl_lat;
	m.lon = c->dl_lon;
	for (int i = s0; i < s1; i++) {
		int per = c->t[i].per;

		if (per < 0)
			continue;
		while (i + 1 < s1 && c->t[i + 1].per == per)
			i++;
		if (c->p[per].cc[0] == '\0' || !c->p[per].labelled)
			continue;
		/* the subject, or a visiting leader met */
		if (i > meet && !ex_is_leader(&c->p[per]))
			continue;
		if (i < meet && ex_is_object(c, s0, i))
			continue;
		ex_leg_add(c, per, &m, 0, tx, 0, LEG_ONGOING, 0.45, s0, s1);
	}
}

/* 1 if the mention of the person at i names their country: "Chinese
 * Commerce Minister Wang", "Kenya's trade minister". */
static int
ex_named_country(const struct ctx *c, int s0, int i)
{
	int per = c->t[i].per;

	for (int k = i; k >= s0 && (c->t[k].per == per ||
	    (c->t[k].flags & TF_POSS)); k--)
		if (c->t[k].pmcov >= 0 &&
		    (c->m[c->t[k].pmcov].kind == PM_DEMONYM ||
		    c->m[c->t[k].pmcov].kind == PM_COUNTRY) &&
		    ex_same_country(c->m[c->t[k].pmcov].cc, c->p[per].cc))
			return 1;	/* "Soviet" is SU, RU of today */
	return 0;
}

/* 1 if [s0, meet) opens with a prepositional phrase holding place and
 * closed by a comma: "On the sidelines of the summit in Bali, ..." */
static int
ex_opening_phrase(const struct ctx *c, int s0, int place, int meet)
{
	if (!(ex_is(c, s0, "on") || ex_is(c, s0, "at") ||
	    ex_is(c, s0, "during")))
		return 0;
	for (int k = place; k < meet; k++)
		if (ex_punct(c, k, ','))
			return 1;
	return 0;
}

/* "met with X in Tokyo", "In Hong Kong, X will hold meetings": presence. */
static int
ex_punct_between(const struct ctx *c, int a, int b)
{
	for (int k = a + 1; k < b; k++)
		if (c->t[k].type == T_PUNCT && c->t[k].ch != '-')
			return 1;
	return 0;
}

/*
 * "X held a meeting with visiting Iraqi Foreign Minister Y": Y is in the
 * host's country (X's, else the dateline's), on the sentence's date.
 */
static void
ex_visiting(struct ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx = -1;

	if (ex_has(c, s0, s1, LX_VIRTUAL | LX_NEG))
		return;
	for (int i = s0; i + 1 < s1; i++) {
		int			 v, host = -1, per;
		struct kbm		 m;
		const struct ex_time	*tx = NULL;
		enum leg_status		 st = LEG_ONGOING;
		const char		*cc;

		if (!(c->t[i].cls & LX_VERB) || c->t[i + 1].per < 0 ||
		    !ex_is(c, i, "visiting"))
			continue;
		per = c->t[i + 1].per;
		/* "visiting X" as an adjective: after a meeting word or a
		 * preposition, not "is visiting" */
		v = i - 1;
		/* "TOKYO - Visiting X said": the dateline place */
		if (v < s0 && c->dl_cc[0] == '\0')
			continue;
		if (v >= s0 && !(ex_is(c, v, "with") || ex_is(c, v, "met") ||
		    ex_is(c, v, "received") || ex_is(c, v, "the") ||
		    ex_is(c, v, "and") || ex_is(c, v, "by")))
			continue;
		for (int k = s0; k < i; k++)
			if (c->t[k].per >= 0 && c->t[k].per != per &&
			    c->p[c->t[k].per].cc[0] != '\0') {
				host = c->t[k].per;
				break;
			}
		cc = host >= 0 ? c->p[host].cc : c->dl_cc;
		if (cc[0] == '\0' || !c->p[per].labelled)
			continue;
		memset(&m, 0, sizeof m);
		memcpy(m.cc, cc, 3);
		if (strcmp(cc, c->dl_cc) == 0) {
			m.city = c->dl_city;
			m.lat = c->dl_lat;
			m.lon = c->dl_lon;
		}
		if (nx < 0)
			nx = ex_timexes(c, s0, s1, -1, x, 8);
		for (int q = 0; q < nx; q++)
			if (x[q].start[0] && !x[q].vague) {
				tx = &x[q];
				break;
			}
		if (tx != NULL && when_days_between(c->ref, tx->start) > 0)
			st = LEG_PLANNED;
		ex_leg_add(c, per, &m, 0, tx, 0, st, 0.45, s0, s1);
	}
}

/*
 * "Reagan arrived in Peking yesterday.  Mr Reagan, accompanied by his
 * Secretary of State, Mr George Shultz, was met at the airport": the
 * companions named in a sentence with no trip of its own share the last
 * leg of the one they accompany.
 */
static void
ex_accompany(struct ctx *c, int s0, int s1)
{
	int		 a = -1, lead = -1;
	const struct leg *l = NULL;

	int		 deleg = 0, inpm = -1;

	for (int i = s0; i + 1 < s1; i++) {
		if (ex_is(c, i, "delegation"))
			deleg = 1;
		if (((ex_is(c, i, "accompanied") || ex_is(c, i, "joined")) &&
		    ex_is(c, i + 1, "by")) || ex_is(c, i, "accompanying")) {
			a = i;
			break;
		}
		/* "She will lead a delegation that will include
		 * Ambassador X": its members go with her */
		if (deleg && (ex_is(c, i, "include") || ex_is(c, i,
		    "includes") || ex_is(c, i, "including"))) {
			a = i - 1;
			break;
		}
	}
	if (a < 0 || c->out->n == c->out0)
		return;
	/* "In Ethiopia, X will be joined by Ambassador Y": that stop */
	if (ex_is(c, s0, "in") && c->t[s0 + 1].pm >= 0 &&
	    c->t[s0 + 1].per < 0 && ex_punct(c, c->m[c->t[s0 + 1].pm].t1,
	    ',')) {
		inpm = c->t[s0 + 1].pm;
		s0 = c->m[inpm].t1 + 1;
	}
	for (int i = s0; i < s1; i++)
		/* a trip word or a place of its own ("in Paris", not "U.S.
		 * Ambassador to Australia") */
		if ((i != a && ex_is_trigger(c, i, s1)) || (c->t[i].pm >= 0 &&
		    c->t[i].per < 0 && (c->m[c->t[i].pm].kind == PM_PLACE ||
		    c->m[c->t[i].pm].kind == PM_COUNTRY) && (ex_is(c, i - 1,
		    "in") || ex_is(c, i - 1, "at") || (ex_is(c, i - 1, "to") &&
		    !(c->t[i - 2].cls & LX_HEAD)))))
			return;
	/* the one accompanied: the subject, or "he"; "X is accompanying
	 * him": the traveller of the last leg */
	if (ex_is(c, a, "accompanying") && (ex_is(c, a + 1, "him") ||
	    ex_is(c, a + 1, "her")))
		for (int q = c->np - 1; q >= 0 && lead < 0; q--)
			if (strcmp(c->p[q].name, c->out->v[c->out->n -
			    1].person) == 0)
				lead = q;
	for (int i = s0; lead < 0 && i < s1; i++) {
		if (c->t[i].per >= 0 && i < a) {
			lead = c->t[i].per;
			break;
		}
		if ((ex_is(c, i, "he") || ex_is(c, i, "she") || ex_is(c, i,
		    "his") || ex_is(c, i, "her")) && i < a) {
			lead = c->last_subj;
			break;
		}
		if (i > a && c->t[i].per >= 0 && ex_is(c, a, "accompanying")) {
			lead = c->t[i].per;
			break;
		}
	}
	if (lead < 0)
		return;
	for (size_t k = c->out->n; k > c->out0; k--)
		if (strcmp(c->out->v[k - 1].person, c->p[lead].name) == 0 &&
		    (inpm < 0 || ex_same_country(c->out->v[k - 1].dest_country,
		    c->m[inpm].cc))) {
			l = &c->out->v[k - 1];
			break;
		}
	if (l == NULL || l->status == LEG_CANCELLED)
		return;
	{
		struct kbm	 m;
		struct ex_time	 x;
		enum leg_status	 st = l->status;
		int		 who[6], nw = 0;

		memset(&m, 0, sizeof m);
		memcpy(m.cc, l->dest_country, 3);
		m.city = l->dest_city;
		m.lat = l->lat;
		m.lon = l->lon;
		memset(&x, 0, sizeof x);
		memcpy(x.start, l->start, 11);
		x.prec = l->precision;
		/* the companions: after "accompanied by", or the subject of
		 * "accompanying" */
		if (ex_is(c, a, "accompanying")) {
			for (int i = s0; i < a && nw < 6; i++)
				if (c->t[i].per >= 0 && c->t[i].per != lead &&
				    (nw == 0 || who[nw - 1] != c->t[i].per))
					who[nw++] = c->t[i].per;
		} else {
			for (int i = a + 2; i < s1 && i < a + 20 && nw < 6;
			    i++) {
				if (c->t[i].cls & LX_VERB)
					break;
				if (c->t[i].per >= 0 && c->t[i].per != lead &&
				    (nw == 0 || who[nw - 1] != c->t[i].per))
					who[nw++] = c->t[i].per;
			}
		}
		for (int w = 0; w < nw; w++)
			/* a full name, not a stray capitalised word */
			if (strchr(c->p[who[w]].name, ' ') != NULL)
				ex_leg_add(c, who[w], &m, 0, x.start[0] ? &x :
				    NULL, 0, st, 0.5, s0, s1);
	}
}

/*
 * "Takeshita left Tokyo for Washington.  He will meet Reagan on
 * Wednesday": a dated meeting with no place, of someone whose one leg in
 * the article is undated, dates that leg (the day of presence); a trip
 * under way is then ongoing.
 */
static void
ex_meet_date(struct ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 meet = -1, subj = -1, nx, fut = 0;
	size_t		 li = 0, n = 0;

	if (c->out->n == c->out0 || ex_has(c, s0, s1, LX_VIRTUAL | LX_NEG))
		return;
	for (int i = s0; i < s1; i++) {
		if (ex_is_trigger(c, i, s1))
			return;
		if (c->t[i].pm >= 0 && c->t[i].per < 0 &&
		    c->m[c->t[i].pm].kind != PM_DEMONYM)
			return;
		if (c->t[i].cls & LX_FUT)
			fut = 1;
		if (meet < 0 && (c->t[i].cls & LX_MEET) && ex_meet_verb(c, s0,
		    i))
			meet = i;
	}
	if (meet < 0)
		return;
	for (int i = s0; i < meet; i++) {
		if (c->t[i].per >= 0 && !ex_is_object(c, s0, i)) {
			subj = c->t[i].per;
			break;
		}
		if (ex_is(c, i, "he") || ex_is(c, i, "she")) {
			subj = c->last_subj;
			break;
		}
	}
	if (subj < 0)
		return;
	for (size_t l = c->out0; l < c->out->n; l++)
		if (strcmp(c->out->v[l].person, c->p[subj].name) == 0) {
			li = l;
			n++;
		}
	if (n != 1 || c->out->v[li].start[0] != '\0' ||
	    c->out->v[li].status == LEG_CANCELLED)
		return;
	nx = ex_timexes(c, s0, s1, fut ? 1 : -1, x, 8);
	if (nx == 0 || x[0].vague || x[0].prec != LEG_PREC_DAY ||
	    !x[0].start[0])
		return;
	memcpy(c->out->v[li].start, x[0].start, 11);
	c->out->v[li].precision = LEG_PREC_DAY;
	if (c->out->v[li].status == LEG_COMPLETED &&
	    when_days_between(c->ref, x[0].start) >= -1)
		c->out->v[li].status = LEG_ONGOING;
}

/* 1 if person per already has a leg in this article: "She will also
 * meet officials in France" goes on with her trip. */
static int
ex_on_trip(const struct ctx *c, int per)
{
	if (per < 0 || !c->p[per].labelled)
		return 0;
	for (size_t l = c->out0; l < c->out->n; l++)
		if (strcmp(c->out->v[l].person, c->p[per].name) == 0)
			return 1;
	return 0;
}

/* 1 if "with" opens the mention of the person at i, after the place:
 * "talks in Bonn on Monday with Soviet Foreign Minister X". */
static int
ex_with_before(const struct ctx *c, int place, int i)
{
	for (int k = i - 1; k > place && k >= i - 8; k--) {
		if (ex_is(c, k, "with"))
			return 1;
		if (c->t[k].type == T_PUNCT || (c->t[k].per >= 0 &&
		    c->t[k].per != c->t[i].per) || (c->t[k].cls & LX_VERB))
			return 0;
	}
	return 0;
}

static void
ex_presence(struct ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx, meet = -1, place = -1, tense = 0, owner = -1;

	c->cur_weak = 0;
	if (!ex_has(c, s0, s1, LX_MEET) || ex_has(c, s0, s1, LX_VIRTUAL))
		return;
	/* "Mr. X, Press Secretary: In Fiji, he will ...": the speaker
	 * line is not the clause */
	for (int k = s0; k < s1 && k < s0 + 12; k++)
		if (ex_punct(c, k, ':') && k > s0 && c->t[k - 1].type ==
		    T_WORD && (c->t[k - 1].flags & TF_CAP)) {
			s0 = k + 1;
			break;
		}
	if (s0 >= s1)
		return;
	/* a travel word decides; "is scheduled to meet" is none; "meet
	 * leaders in Lima before moving on to Chile": the next stop is
	 * the travel word's, the meeting still places the first */
	for (int i = s0; i < s1; i++)
		if ((c->t[i].cls & LX_VERB) && ((c->t[i].arg & 0xff) ==
		    V_CONTINUE || (c->t[i].arg & 0xff) == V_GO) &&
		    (ex_is(c, i - 1, "before") || ex_is(c, i - 1, "then")))
			continue;
		else if ((c->t[i].cls & (LX_VERB | LX_NOUN)) && !((c->t[i].cls &
		    LX_VERB) && (c->t[i].arg & 0xff) == V_BE &&
		    !ex_is_trigger(c, i, s1)))
			return;
	for (int i = s0; i < s1; i++) {
		if ((c->t[i].cls & LX_MEET) && meet < 0 && ex_meet_verb(c, s0,
		    i))
			meet = i;
		if (c->t[i].cls & LX_FUT)
			tense = 1;
		/* "in Geneva", "at the White House" */
		if (place < 0 && c->t[i].pm >= 0 && (ex_is(c, i - 1, "in") ||
		    (ex_is(c, i - 1, "the") && ex_is(c, i - 2, "in")) ||
		    /* "held talks at Kislovodsk": at a city */
		    (ex_is(c, i - 1, "at") && c->m[c->t[i].pm].kind ==
		    PM_PLACE && c->m[c->t[i].pm].city != NULL) ||
		    ((c->m[c->t[i].pm].flags & EX_MF_METONYM) &&
		    ex_is(c, i - 1, "the") && ex_is(c, i - 2, "at")))) {
			const struct kbm *m = &c->m[c->t[i].pm];

			if ((m->kind == PM_PLACE || m->kind == PM_COUNTRY) &&
			    !(c->t[m->t1 - 1].flags & TF_POSS) &&
			    !(m->t1 < s1 && c->t[m->t1].pm < 0 &&
			    (c->t[m->t1].flags & TF_CAP)))
				place = i;
		}
		/* "attended the Manama Dialogue", "attend the Munich
		 * Security Conference": a meeting named after its city */
		if (place < 0 && c->t[i].pm >= 0 && c->t[i].per < 0 &&
		    c->m[c->t[i].pm].kind == PM_PLACE &&
		    c->m[c->t[i].pm].city != NULL) {
			int e = c->m[c->t[i].pm].t1, b = i - 1;

			/* "the IISS Manama Dialogue": an organiser's
			 * acronym first */
			if (b > s0 && (c->t[b].flags & TF_UPPER) &&
			    c->t[b].pm < 0)
				b--;
			if (!ex_is(c, b, "the") || b - 1 < s0 ||
			    !(c->t[b - 1].cls & LX_MEET))
				e = s1;

			while (e < s1 && e < c->m[c->t[i].pm].t1 + 3 &&
			    (c->t[e].flags & TF_CAP) && !ex_is(c, e,
			    "dialogue") && !ex_is(c, e, "conference") &&
			    !ex_is(c, e, "summit") && !ex_is(c, e, "forum"))
				e++;
			if (ex_is(c, e, "dialogue") || ex_is(c, e,
			    "conference") || ex_is(c, e, "summit") ||
			    ex_is(c, e, "forum"))
				place = i;
		}
	}
	if (meet < 0 || place < 0)
		return;
	/* "will not attend the summit in X" */
	for (int k = meet - 1; k >= s0 && k >= meet - 3; k--)
		if (c->t[k].cls & LX_NEG)
			return;
	/* the meeting and the place must be close: same clause, or an
	 * opening phrase ("On the sidelines of the summit in Bali, X met") */
	if (place > meet + 18 || (place > meet + 12 && ex_punct_between(c,
	    meet, place)) || place < s0 + 0 || (place < meet &&
	    !ex_is(c, s0, "in") && !ex_is(c, s0, "while") &&
	    !(ex_opening_phrase(c, s0, place, meet)) &&
	    /* "Carney, in Tokyo for talks, said": an apposition */
	    !(place - 3 >= s0 && ex_is(c, place - 1, "in") &&
	    ex_punct(c, place - 2, ',') && c->t[place - 3].per >= 0 &&
	    meet - place < 8)))
		return;
	/* "attended ... on Saturday", "met ... on Monday": the past */
	if (tense == 0) {
		const char *f = ex_fold(c, meet);
		size_t fl = strlen(f);

		if ((fl > 2 && strcmp(f + fl - 2, "ed") == 0) ||
		    strcmp(f, "met") == 0 || strcmp(f, "held") == 0)
			tense = -1;
	}
	nx = ex_timexes(c, s0, s1, tense, x, 8);
	for (int k = meet - 1; k >= s0 && k >= meet - 7; k--) {
		if ((c->t[k].flags & TF_POSS) && c->t[k].per >= 0) {
			owner = c->t[k].per;
			break;
		}
		if (c->t[k].per >= 0 || (c->t[k].type == T_PUNCT &&
		    c->t[k].ch != '-' && c->t[k].ch != '.'))
			break;
	}
	{
		int		who[8], nw = 0;
		const struct kbm *m = &c->m[c->t[place].pm];
		enum leg_status	st;
		const struct ex_time *tx = nx > 0 && !x[0].vague ? &x[0] : NULL;

		for (int i = s0; i < s1 && nw < 8; i++) {
			int dup = 0;

			/* "In Uganda, she will meet X": the subject
			 * pronoun is the last subject */
			if (i < meet && nw == 0 && (ex_is(c, i, "he") ||
			    ex_is(c, i, "she")) && c->last_subj >= 0 &&
			    (ex_is(c, s0, "in") || ex_is(c, s0, "while") ||
			    (i == s0 && ex_on_trip(c, c->last_subj)))) {
				int q = c->last_subj;

				/* a spokesman speaking of the traveller:
				 * the last official subject on a trip */
				if (!c->p[q].labelled && c->last_lsubj >= 0)
					for (size_t l = c->out0; l <
					    c->out->n; l++)
						if (strcmp(c->out->v[l].person,
						    c->p[c->last_lsubj].name) ==
						    0)
							q = c->last_lsubj;
				who[nw++] = q;
				continue;
			}
			if (c->t[i].per < 0)
				continue;
			/* "Reagan expressed interest in Uno's planned
			 * meeting": the meeting's owner, not the subject */
			if (i < meet && owner >= 0 && c->t[i].per != owner)
				continue;
			/* after the meeting verb: only a visitor whose
			 * country is known ("met with Moldovan ...") */
			if (i > meet && (c->p[c->t[i].per].cc[0] == '\0' ||
			    !c->p[c->t[i].per].labelled || (place > meet &&
			    i > place && !ex_with_before(c, place, i)) ||
			    (!ex_is_leader(&c->p[c->t[i].per]) &&
			    !ex_named_country(c, s0, i))))
				continue;
			for (int q = 0; q < nw; q++)
				if (who[q] == c->t[i].per)
					dup = 1;
			if (!dup)
				who[nw++] = c->t[i].per;
		}
		if (nw == 0 && (ex_is(c, s0, "in") || ex_is(c, s0, "while")))
			for (int i = s0; i < s1; i++)
				if (ex_is(c, i, "he") || ex_is(c, i, "she")) {
					if (c->last_subj >= 0)
						who[nw++] = c->last_subj;
					break;
				}
		if (tense > 0 || (tx != NULL && when_days_between(c->ref,
		    tx->start) > 0))
			st = LEG_PLANNED;
		else if ((nx > 0 && x[0].vague && x[0].rel < 0) ||
		    (tx != NULL && when_days_between(c->ref, tx->start) < -2))
			st = LEG_COMPLETED;	/* "last week", days ago */
		else
			st = LEG_ONGOING;
		for (int w = 0; w < nw; w++)
			ex_leg_add(c, who[w], m, 0, tx, 0, st, 0.5, s0, s1);
		/* "will meet A next week in Cape Town and B in Namibia":
		 * a second meeting place of the same clause */
		for (int k = c->m[c->t[place].pm].t1, and = 0, who2 = 0;
		    k < s1 && nw > 0; k++) {
			const struct kbm *m2;

			if (ex_is(c, k, "and"))
				and = 1;
			/* "and Prime Minister X in Canberra": someone met
			 * there, not "discuss investment in Vietnam" */
			if (and && (c->t[k].per >= 0 || (c->t[k].cls &
			    LX_HEAD)))
				who2 = 1;
			if ((c->t[k].cls & LX_VERB) || ex_punct(c, k, ';') ||
			    ex_is(c, k, "while") || ex_is(c, k, "but"))
				break;
			if (!and || !who2 || c->t[k].pm < 0 ||
			    c->t[k].per >= 0 || !ex_is(c, k - 1, "in"))
				continue;
			m2 = &c->m[c->t[k].pm];
			if ((m2->kind != PM_PLACE && m2->kind != PM_COUNTRY) ||
			    (m2->t1 < s1 && (c->t[m2->t1].flags & TF_CAP) &&
			    c->t[m2->t1].pm < 0))
				continue;
			for (int w = 0; w < nw; w++) {
				int first = s1;

				/* the subject, not a leader met first */
				for (int q = s0; q < s1 && first == s1; q++)
					if (c->t[q].per == who[w])
						first = q;
				if (first > meet)
					continue;
				ex_leg_add(c, who[w], m2, 0, NULL, 0, st, 0.45,
				    s0, s1);
			}
			break;
		}
	}
}

/*
 * "X and Y have cancelled their meeting in Prague slated for March 13 and
 * will talk by video instead": a meeting abroad called off is a cancelled
 * trip of the people who were to meet there, whatever replaces it.
 */
static void
ex_cancelled_meeting(struct ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 k, mt = -1, place = -1, nx;
	const struct ex_time *tx = NULL;

	for (k = s0; k < s1; k++)
		if (c->t[k].cls & LX_CANCEL)
			break;
	if (k >= s1)
		return;
	for (int q = k + 1; q < s1 && q <= k + 4; q++)
		if (ex_is(c, q, "meeting") || ex_is(c, q, "talks") ||
		    ex_is(c, q, "summit") || ex_is(c, q, "meetings")) {
			mt = q;
			break;
		}
	if (mt < 0)
		return;
	for (int q = mt + 1; q < s1 && q <= mt + 3; q++)
		if (c->t[q].pm >= 0 && c->t[q].per < 0 && (ex_is(c, q - 1,
		    "in") || ex_is(c, q - 1, "at")) &&
		    (c->m[c->t[q].pm].kind == PM_PLACE ||
		    c->m[c->t[q].pm].kind == PM_COUNTRY)) {
			place = q;
			break;
		}
	if (place < 0)
		return;
	nx = ex_timexes(c, s0, s1, 1, x, 8);
	for (int i = 0; i < nx; i++)
		if (x[i].t0 > place && x[i].start[0] && !x[i].vague &&
		    !ex_cancel_time(c, s0, s1, &x[i])) {
			tx = &x[i];
			break;
		}
	for (int q = s0; q < k; q++) {
		int per = c->t[q].per;

		if (per < 0 || ex_is_object(c, s0, q))
			continue;
		while (q + 1 < k && c->t[q + 1].per == per)
			q++;
		if (c->t[q].flags & TF_POSS)
			continue;
		ex_leg_add(c, per, &c->m[c->t[place].pm], 0, tx, 0,
		    LEG_CANCELLED, 0.5, s0, s1);
	}
}

/* "X hosted Y in Z", "X welcomed Y to Z": Y travelled, X did not. */
/*
 * "Gorbachev will on his return receive French President Mitterrand": a
 * head of state or government receiving a foreign official, with no place
 * named, receives him at home.  Only when the guest's name follows the
 * verb and the sentence names no trip and no place.
 */
static void
ex_hosted_home(struct ctx *c, int s0, int s1, int h)
{
	struct ex_time	 x[8];
	int		 host = -1, guest = -1, nx, fut = 0;
	struct kbm	 m;
	const struct kb_country *k;
	enum leg_status	 st;

	if (ex_is(c, h - 1, "was") || ex_is(c, h - 1, "were") ||
	    ex_is(c, h - 1, "been") || ex_is(c, h - 1, "is") ||
	    ex_is(c, h - 1, "be"))
		return;
	/* the clause of the verb: "spend the weekend in India, and will
	 * on his return receive X" */
	int c0 = s0;

	for (int i = h - 1; i > s0; i--)
		if (ex_punct(c, i, ',') || ex_punct(c, i, ';')) {
			c0 = i + 1;
			break;
		}
	for (int i = c0; i < s1; i++) {
		if (ex_is_trigger(c, i, s1) || (c->t[i].pm >= 0 &&
		    c->t[i].per < 0 && (c->m[c->t[i].pm].kind == PM_PLACE ||
		    c->m[c->t[i].pm].kind == PM_COUNTRY) &&
		    !(c->t[c->m[c->t[i].pm].t1 - 1].flags & TF_POSS)))
			return;
		if (c->t[i].cls & LX_FUT)
			fut = 1;
	}
	/* the host: the subject, or "he" for the last subject */
	for (int i = h - 1; i >= s0; i--) {
		if (c->t[i].per >= 0) {
			int b = i;

			while (b - 1 >= s0 && c->t[b - 1].per == c->t[i].per)
				b--;
			if (!ex_is_object(c, s0, b))
				host = c->t[i].per;
			break;
		}
		if (ex_is(c, i, "he") || ex_is(c, i, "she")) {
			host = c->last_subj;
			break;
		}
	}
	/* the guest right after the verb: "receive French President X" */
	for (int i = h + 1; i < s1 && i < h + 4; i++)
		if (c->t[i].per >= 0) {
			guest = c->t[i].per;
			break;
		}
	if (host < 0 || guest < 0 || host == guest ||
	    !(ex_is_leader(&c->p[host]) || (c->p[host].role != NULL &&
	    (strcasestr(c->p[host].role, "general secretary") != NULL ||
	    strcasestr(c->p[host].role, "leader") != NULL))) ||
	    c->p[host].cc[0] == '\0' ||
	    c->p[guest].cc[0] == '\0' || !c->p[guest].labelled ||
	    ex_same_country(c->p[host].cc, c->p[guest].cc))
		return;
	memset(&m, 0, sizeof m);
	memcpy(m.cc, c->p[host].cc, 3);
	if ((k = kb_country_by_code(c->kb, m.cc)) != NULL) {
		m.lat = k->lat;
		m.lon = k->lon;
	}
	nx = ex_timexes(c, c0, s1, fut ? 1 : -1, x, 8);
	if (fut)
		st = LEG_PLANNED;
	else if (nx > 0 && x[0].start[0] && when_days_between(c->ref,
	    x[0].start) < -1)
		st = LEG_COMPLETED;
	else
		st = LEG_ONGOING;
	ex_leg_add(c, guest, &m, 0, nx > 0 && x[0].start[0] && !x[0].vague ?
	    &x[0] : NULL, 0, st, 0.45, s0, s1);
}

static void
ex_hosted(struct ctx *c, int s0, int s1)
{
	struct ex_time	 x[8];
	int		 nx = -1;

	c->cur_weak = 0;
	for (int h = s0; h < s1; h++) {
		int			 who[4], nw = 0, place = -1;
		const struct ex_time	*tx;
		enum leg_status		 st;

		if (!(c->t[h].cls & LX_HOST))
			continue;
		/* "Y was received by X in Z": Y is the visitor */
		if (ex_is(c, h - 1, "was") || ex_is(c, h - 1, "were") ||
		    ex_is(c, h - 1, "been") || ex_is(c, h - 1, "is")) {
			for (int k = s0; k < h && nw < 4; k++)
				if (c->t[k].per >= 0 && (nw == 0 ||
				    who[nw - 1] != c->t[k].per))
					who[nw++] = c->t[k].per;
			for (int k = h + 1; k < s1 && k < h + 16; k++) {
				if (c->t[k].cls & LX_BREAK)
					break;
				if (c->t[k].pm >= 0 && c->t[k].per < 0 &&
				    (ex_is(c, k - 1, "in") || ex_is(c, k - 1,
				    "at")) && (c->m[c->t[k].pm].kind == PM_PLACE
				    || c->m[c->t[k].pm].kind == PM_COUNTRY)) {
					place = k;
					break;
				}
			}
		} else
		for (int k = h + 1; k < s1 && k < h + 16; k++) {
			/* "hosts Y's visit, before heading to Z": Z is the
			 * host's next trip */
			if ((c->t[k].cls & LX_BREAK) || ((c->t[k].cls &
			    LX_VERB) && (c->t[k].arg >> 8) == F_ING &&
			    ex_is_trigger(c, k, s1)))
				break;
			if (c->t[k].per >= 0 && nw < 4 && place < 0 &&
			    (nw == 0 || who[nw - 1] != c->t[k].per))
				who[nw++] = c->t[k].per;
			if (c->t[k].pm >= 0 && (ex_is(c, k - 1, "in") ||
			    ex_is(c, k - 1, "to") || ex_is(c, k - 1, "at") ||
			    (ex_is(c, k - 1, "the") && (ex_is(c, k - 2, "in") ||
			    ex_is(c, k - 2, "to") || ex_is(c, k - 2, "at")))) &&
			    (c->m[c->t[k].pm].kind == PM_PLACE ||
			    c->m[c->t[k].pm].kind == PM_COUNTRY)) {
				place = k;
				break;
			}
		}
		if (nw == 0 || ex_has(c, s0, s1, LX_VIRTUAL))
			continue;
		if (place < 0) {
			ex_hosted_home(c, s0, s1, h);
			continue;
		}
		if (nx < 0)
			nx = ex_timexes(c, s0, s1, -1, x, 8);
		tx = nx > 0 && x[0].start[0] ? &x[0] : NULL;
		st = tx != NULL && when_days_between(c->ref, tx->start) > 0 ?
		    LEG_PLANNED : tx != NULL && when_days_between(c->ref,
		    tx->start) < -1 ? LEG_COMPLETED : LEG_ONGOING;
		for (int w = 0; w < nw; w++)
			ex_leg_add(c, who[w], &c->m[c->t[place].pm], 0, tx, 0,
			    st, 0.6, s0, s1);
	}
}

static void
ex_update_subject(struct ctx *c, int s0, int s1)
{
	int who[4], n = 0, pron = 0;

	for (int i = s0; i < s1 && n < 4; i++) {
		if (c->t[i].per >= 0) {
			int dup = 0;

			for (int q = 0; q < n; q++)
				if (who[q] == c->t[i].per)
					dup = 1;
			if (!dup) {
				if (n == 0 || ex_is(c, i - 1, "and"))
					who[n++] = c->t[i].per;
				else
					break;
			}
			while (i + 1 < s1 && c->t[i + 1].per == c->t[i].per)
				i++;
			continue;
		}
		/* "Later he met Y": the pronoun keeps its antecedent */
		if (n == 0 && (c->t[i].cls & LX_PRON_S)) {
			pron = 1;
			break;
		}
		if (c->t[i].cls & (LX_VERB | LX_MEET | LX_BREAK))
			break;
	}
	if (n > 0)
		c->p[who[0]].subj++;
	if (n > 0)
		c->last_subj = who[0];
	if (n > 0 && c->p[who[0]].labelled)
		c->last_lsubj = who[0];
	if (n == 0 && !pron) {
		/* "The poll was bad news for Neil Kinnock.": the person
		 * last named is who "his" will mean next */
		for (int i = s1 - 1; i >= s0; i--)
			if (c->t[i].per >= 0) {
				c->last_subj = c->t[i].per;
				break;
			}
	}
	if (n >= 2)
		ex_set_group(c, who, n);
}

/*
 * "Reagan will travel to Moscow in late May ... the summit would be May 29
 * through June 2": a day date for "the summit" or "the talks" falls in the
 * month of a planned leg dated only by month and makes it precise.
 */
static void
ex_summit_date(struct ctx *c, int s0, int s1)
{
	struct ex_time	x[8];
	int		nx, noun = 0;
	const char	*cc = NULL;

	/* "the summit", "The eighth Summit of the Americas" */
	for (int i = s0 + 1; i < s1 && !noun; i++)
		if ((c->t[i].len == 6 || c->t[i].len == 5) &&
		    (ex_is(c, i, "summit") || ex_is(c, i, "talks")) &&
		    (ex_is(c, i - 1, "the") || (i - 2 >= s0 &&
		    ex_is(c, i - 2, "the"))))
			noun = 1;
	if (!noun || c->out->n == c->out0)
		return;
	for (int i = s0; i < s1; i++) {
		if (ex_is_trigger(c, i, s1))
			return;
		/* "in Lima, Peru": the place must be the trip's */
		if (c->t[i].pm >= 0 && c->t[i].per < 0 && ex_is(c, i - 1,
		    "in") && (c->m[c->t[i].pm].kind == PM_PLACE ||
		    c->m[c->t[i].pm].kind == PM_COUNTRY) && cc == NULL)
			cc = c->m[c->t[i].pm].cc;
	}
	if (!noun)
		return;
	nx = ex_timexes(c, s0, s1, 1, x, 8);
	if (nx != 1 || x[0].vague || x[0].prec != LEG_PREC_DAY ||
	    !x[0].start[0])
		return;
	for (size_t i = c->out->n; i-- > c->out0; ) {
		struct leg *l = &c->out->v[i];

		if (l->status != LEG_PLANNED || l->precision != LEG_PREC_MONTH)
			continue;
		if (strncmp(l->start, x[0].start, 7) == 0 && (cc == NULL ||
		    ex_same_country(cc, l->dest_country))) {
			memcpy(l->start, x[0].start, 11);
			memcpy(l->end, x[0].end, 11);
			l->precision = LEG_PREC_DAY;
		}
		break;
	}
}

/* ---------------------------------------------------------------- */

static void
ex_ctx_free(struct ctx *c)
{
	for (int i = 0; i < c->np; i++) {
		free(c->p[i].name);
		free(c->p[i].role);
	}
	free(c->p);
	free(c->t);
	free(c->s);
	free(c->m);
	free(c->weak);
	free(c->pend_role);
	buf_free(&c->fold);
}

/*
 * Headlines carry dates the body leaves out ("Minister to visit Peru
 * from May 10"): a dated destination of a travel word in the title dates
 * the body's undated, not completed legs to that country.
 */
/*
 * "Under Secretary Zeya's Travel to Jamaica" in a heading, then "Uzra
 * Zeya will travel to Kingston, Jamaica, from February 19": a surname
 * alone is the one full name of the article that ends with it, and its
 * undated leg to the same country is the same leg.
 */
static void
ex_merge_surnames(struct leg_list *out, size_t out0)
{
	for (size_t a = out0; a < out->n; a++) {
		const char	*full = NULL;
		size_t		 al = strlen(out->v[a].person);
		int		 many = 0, dup = 0;

		if (strchr(out->v[a].person, ' ') != NULL)
			continue;
		for (size_t b = out0; b < out->n; b++) {
			const char *p = out->v[b].person;
			size_t pl = strlen(p);

			if (pl <= al + 1 || strcmp(p + pl - al,
			    out->v[a].person) != 0 || p[pl - al - 1] != ' ')
				continue;
			if (full != NULL && strcmp(full, p) != 0)
				many = 1;
			full = p;
		}
		if (full == NULL || many)
			continue;
		for (size_t b = out0; b < out->n; b++)
			if (b != a && strcmp(out->v[b].person, full) == 0 &&
			    strcmp(out->v[b].dest_country,
			    out->v[a].dest_country) == 0 &&
			    (out->v[a].start[0] == '\0' ||
			    strcmp(out->v[a].start, out->v[b].start) == 0))
				dup = 1;
		if (!dup) {
			char *n = xstrdup(full);

			free(out->v[a].person);
			out->v[a].person = n;
			continue;
		}
		free(out->v[a].person);
		free(out->v[a].role);
		free(out->v[a].dest_city);
		free(out->v[a].evidence);
		memmove(&out->v[a], &out->v[a + 1], (out->n - a - 1) *
		    sizeof out->v[0]);
		out->n--;
		a--;
	}
}

static void
ex_title_dates(const struct kb *kb, const struct extract_input *in,
    struct leg_list *out, size_t out0)
{
	struct ctx	c;
	struct ex_time	x[8];
	int		nx, tense = 0, undated = 0;

	for (size_t i = out0; i < out->n; i++)
		if (out->v[i].start[0] == '\0' &&
		    out->v[i].status != LEG_COMPLETED)
			undated = 1;
	if (!undated || in->title == NULL || *in->title == '\0')
		return;
	memset(&c, 0, sizeof c);
	c.kb = kb;
	c.in = in;
	c.text = in->title;
	c.last_subj = c.last_lsubj = c.pdate_per = -1;
	memcpy(c.published, in->published, 11);
	memcpy(c.ref, in->published, 11);
	ex_tokenize(&c);
	ex_mark_kb(&c);
	for (int i = 0; i < c.nt; i++)
		if (c.t[i].cls & LX_FUT)
			tense = 1;
	nx = ex_timexes(&c, 0, c.nt, tense, x, 8);
	for (int i = 0; i < c.nt && nx > 0; i++) {
		struct dest	d[12];
		int		nd, xend;

		if (!ex_is_trigger_title(&c, i) || (c.t[i].cls & LX_VIRTUAL))
			continue;
		nd = ex_dests(&c, c.nt, i, d, 12);
		for (int di = 0; di < nd; di++) {
			const struct ex_time	*tx;
			const struct kbm	*m = &c.m[d[di].m];

			tx = ex_pick_time(&c, x, nx, d, nd, di, i, &xend);
			if (tx == NULL || tx->start[0] == '\0' || tx->vague ||
			    d[di].from)
				continue;
			for (size_t k = out0; k < out->n; k++) {
				struct leg *l = &out->v[k];

				if (l->start[0] != '\0' || l->status ==
				    LEG_COMPLETED || !ex_same_country(
				    l->dest_country, m->cc))
					continue;
				memcpy(l->start, tx->start, 11);
				memcpy(l->end, xend ? tx->end : "", xend &&
				    tx->end[0] ? 11 : 1);
				l->precision = tx->prec;
			}
		}
		if (nd > 0)
			break;
	}
	ex_ctx_free(&c);
}

int
extract_run(const struct kb *kb, const struct extract_input *in,
    struct leg_list *out)
{
	struct ctx	c;
	int		y, m, d;

	if (in == NULL || in->text == NULL || in->published == NULL ||
	    when_ymd_parse(in->published, &y, &m, &d) != 0)
		return -EINVAL;
	memset(&c, 0, sizeof c);
	c.kb = kb;
	c.in = in;
	c.text = in->text;
	c.out = out;
	c.out0 = out->n;
	c.last_subj = -1;
	c.last_lsubj = -1;
	c.pdate_per = -1;
	c.speaker = -1;
	memcpy(c.published, in->published, 11);
	ex_tokenize(&c);
	ex_phrasal(&c);
	ex_honorific_he(&c);
	ex_mark_kb(&c);
	ex_east_germany(&c);
	ex_dateline(&c);
	ex_sentences(&c);
	for (int s = 0; s < c.ns; s++) {
		int s0 = c.s[s].t0, s1 = c.s[s].t1;

		if (s0 < c.body_t0)
			s0 = c.body_t0 < s1 ? c.body_t0 : s1;
		if (s0 >= s1)
			continue;
		c.cur_sno = s;
		ex_people(&c, s, s0, s1);
		ex_speaker(&c, s0, s1);
		ex_travel(&c, s, s0, s1);
		ex_accompany(&c, s0, s1);
		ex_meet_date(&c, s0, s1);
		ex_presence(&c, s0, s1);
		ex_hosted(&c, s0, s1);
		ex_cancelled_meeting(&c, s0, s1);
		ex_visiting(&c, s0, s1);
		ex_meet_leader(&c, s0, s1);
		ex_dateline_meet(&c, s0, s1);
		ex_here(&c, s0, s1);
		ex_summit_date(&c, s0, s1);
		ex_update_subject(&c, s0, s1);
	}
	ex_ctx_free(&c);
	ex_merge_surnames(out, c.out0);
	ex_title_dates(kb, in, out, c.out0);
	return 0;
}

void
extract_legs_free(struct leg_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->v[i].person);
		free(l->v[i].role);
		free(l->v[i].dest_city);
		free(l->v[i].evidence);
	}
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

const char *
extract_status_name(enum leg_status s)
{
	switch (s) {
	case LEG_PLANNED:
		return "planned";
	case LEG_ONGOING:
		return "ongoing";
	case LEG_COMPLETED:
		return "completed";
	case LEG_CANCELLED:
		return "cancelled";
	}
	return "unknown";
}

const char *
extract_precision_name(enum leg_precision p)
{
	switch (p) {
	case LEG_PREC_DAY:
		return "day";
	case LEG_PREC_MONTH:
		return "month";
	case LEG_PREC_UNKNOWN:
		break;
	}
	return "unknown";
}

int
extract_selftest(void)
{
	for (size_t i = 1; i < NLEX; i++)
		if (strcmp(lexicon[i - 1].w, lexicon[i].w) >= 0)
			return -(int)i;
	return 0;
}
