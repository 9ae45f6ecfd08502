/*
 * ex_tokens: text -> tokens and sentences.
 *
 * Input: c->text (UTF-8, paragraphs end at '\n').  Output: c->tok (struct
 * ex_tokens, declared in ex_tokens.h): t[..nt) (struct ex_tok: offsets,
 * folded form in fold, lexicon classes from ex_lexicon, flags), then
 * s[0..ns) (struct ex_sent, token ranges; abbreviation-aware, a paragraph
 * always ends one).  Knows no knowledge base.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_lexicon.h"
#include "ex_tokens.h"
#include "kb.h"
#include "xmalloc.h"

/* 1 if the word s[0..len) is an abbreviation that keeps its final '.'
 * (LX_ABBREV in ex_lexicon.def: "Mr.", "Gen.", "Jan."), in any case. */
static int
ex_is_abbrev(const char *s, size_t len)
{
	const struct lex	*lx;
	char			 w[8];

	if (len == 0 || len >= sizeof w)
		return 0;
	for (size_t i = 0; i < len; i++)
		w[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	w[len] = '\0';
	return (lx = ex_lexicon_find(w)) != NULL && (lx->cls & LX_ABBREV);
}

/* ASCII classes (ex_ascii): a letter or digit, a digit, upper case. */
#define EX_A_WORD	0x01
#define EX_A_DIGIT	0x02
#define EX_A_UPPER	0x04

static const unsigned char ex_ascii[128] = {
	['0'] = 3, ['1'] = 3, ['2'] = 3, ['3'] = 3, ['4'] = 3, ['5'] = 3,
	['6'] = 3, ['7'] = 3, ['8'] = 3, ['9'] = 3,
	['A'] = 5, ['B'] = 5, ['C'] = 5, ['D'] = 5, ['E'] = 5, ['F'] = 5,
	['G'] = 5, ['H'] = 5, ['I'] = 5, ['J'] = 5, ['K'] = 5, ['L'] = 5,
	['M'] = 5, ['N'] = 5, ['O'] = 5, ['P'] = 5, ['Q'] = 5, ['R'] = 5,
	['S'] = 5, ['T'] = 5, ['U'] = 5, ['V'] = 5, ['W'] = 5, ['X'] = 5,
	['Y'] = 5, ['Z'] = 5,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
};

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

int
ex_tokens_upper_cp(unsigned cp)
{
	return (cp >= 'A' && cp <= 'Z') || (cp >= 0xc0 && cp <= 0xde &&
	    cp != 0xd7) || (cp >= 0x100 && cp < 0x180 && (cp & 1) == 0);
}

static struct ex_tok *
ex_push_tok(struct ex_ctx *c)
{
	struct ex_tok *t;

	if (c->tok.nt == c->tok.ct) {
		c->tok.ct = c->tok.ct ? c->tok.ct * 2 : 256;
		c->tok.t = xreallocarray(c->tok.t, (size_t)c->tok.ct,
		    sizeof *c->tok.t);
	}
	t = &c->tok.t[c->tok.nt++];
	memset(t, 0, sizeof *t);
	return t;
}

/* t is the punctuation cp (n bytes): dashes become '-', curly quotes
 * straight ones, other non-ASCII marks '~'. */
static void
ex_punct_tok(struct ex_ctx *c, struct ex_tok *t, unsigned cp, int n)
{
	t->type = T_PUNCT;
	t->ch = cp < 0x80 ? (char)cp :
	    (cp == 0x2013 || cp == 0x2014) ? '-' :
	    (cp == 0x2019 || cp == 0x2018) ? '\'' :
	    (cp == 0x201c || cp == 0x201d) ? '"' : '?' + 0;
	if (cp >= 0x80 && t->ch == '?')
		t->ch = '~';
	t->len = (uint32_t)n;
	t->fold = (uint32_t)c->tok.fold.len;
	buf_add(&c->tok.fold, "", 1);
}

/* What the scan of one word or number found (ex_word_scan). */
struct ex_wscan {
	size_t	end, cc;	/* its byte end, its length in characters */
	int	upper, lower, digits, alpha;
	int	initials;	/* letters only in one-letter segments */
	int	seglen;		/* length of the last segment */
	int	ascii;		/* no byte >= 0x80 */
};

/*
 * The run of ASCII letters and digits from byte j of s (s[j] is one):
 * its end, and in *nd and *nu its digits and capitals, counted without
 * branches.
 */
static inline size_t
ex_ascii_run(const unsigned char *s, size_t len, size_t j, int *nd, int *nu)
{
	size_t	r = j;

	*nd = *nu = 0;
	do {
		unsigned k = ex_ascii[s[r]];

		*nd += (k >> 1) & 1;
		*nu += (k >> 2) & 1;
		r++;
	} while (r < len && s[r] < 0x80 && (ex_ascii[s[r]] & EX_A_WORD));
	return r;
}

/*
 * Scans the word or number starting at byte i of s: letters and digits,
 * joined by hyphens, apostrophes ("O'Brien"), the dots of initials ("U.S")
 * and the separators of numbers ("1,200").  Sets TF_CONTR ("she'll") or
 * TF_POSS ('s) in t where the word ends so.
 */
static void
ex_word_scan(const unsigned char *s, size_t len, size_t i, struct ex_tok *t,
    struct ex_wscan *w)
{
	size_t	 j = i, cc = 0;
	int	 upper = 0, lower = 0, digits = 0, alpha = 0;
	int	 letters_only_initials = 1, seglen = 0, ascii = 1;

		for (;;) {
			unsigned	 d;
			int		 m;

			if (j >= len)
				break;
			if (s[j] < 0x80 && (ex_ascii[s[j]] & EX_A_WORD)) {
				/* the common case: a run of ASCII letters and
				 * digits, counted without branches */
				int	 nd, nu;
				size_t	 r = ex_ascii_run(s, len, j, &nd, &nu);

				digits += nd;
				alpha += (int)(r - j) - nd;
				upper += nu;
				lower += (int)(r - j) - nd - nu;
				seglen += (int)(r - j);
				if (seglen > 1)
					letters_only_initials = 0;
				cc += r - j;
				j = r;
				continue;
			}
			d = ex_cp(s + j, len - j, &m);
			if (d >= 0x80)
				ascii = 0;
			if (ex_wordcp(d)) {
				if (d >= '0' && d <= '9')
					digits++;
				else {
					alpha++;
					if (ex_tokens_upper_cp(d))
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
	w->end = j;
	w->cc = cc;
	w->upper = upper;
	w->lower = lower;
	w->digits = digits;
	w->alpha = alpha;
	w->initials = letters_only_initials;
	w->seglen = seglen;
	w->ascii = ascii;
}

/*
 * The folded form of word t into the fold arena, its classes and id.  An
 * ASCII word (ascii: the scan saw no other byte) is folded here as
 * kb_fold_word would (lower case, no '.' or '\''), hashed for the
 * lexicon on the way; any other goes through kb_fold_word.
 */
static void
ex_word_fold(struct ex_ctx *c, struct ex_tok *t, int ascii)
{
	const unsigned char	*p = (const unsigned char *)c->text + t->off;
	char			*o;
	size_t			 fl = 0;
	uint32_t		 h = 0x811c9dc5u;
	int			 hyph = 0;
	const struct lex	*lx;

	if (c->tok.fold.cap - c->tok.fold.len < 258) {
		/* room for the longest fold (256 bytes and a NUL) */
		static const char	 room[258];
		size_t			 l = c->tok.fold.len;

		buf_add(&c->tok.fold, room, sizeof room);
		c->tok.fold.len = l;
	}
	o = c->tok.fold.data + c->tok.fold.len;
	if (ascii && t->len < 256) {
		for (uint32_t i = 0; i < t->len; i++) {
			unsigned char ch = p[i];

			if (ch == '.' || ch == '\'')
				continue;
			if (ch >= 'A' && ch <= 'Z')
				ch += 'a' - 'A';
			else if (ch == '-')
				hyph = 1;
			o[fl++] = (char)ch;
			h = (h ^ ch) * 0x01000193u;
		}
		o[fl] = '\0';
	} else {
		fl = kb_fold_word((const char *)p, t->len, o, 256);
		o[fl] = '\0';
		h = ex_lexicon_hash(o, fl);
		hyph = memchr(o, '-', fl) != NULL;
	}
	t->fold = (uint32_t)c->tok.fold.len;
	t->flen = (uint8_t)fl;
	c->tok.fold.len += fl + 1;
	c->tok.fold.data[c->tok.fold.len] = '\0';
	if (hyph)
		t->flags |= TF_HYPH;
	if (t->type == T_WORD &&
	    (lx = ex_lexicon_find_hashed(o, fl, h)) != NULL) {
		/* LX_PHRASE only marks the token (TF_PHRASE): a word some
		 * phrase reads (of speech or presence:
		 * ex_triggers_presence_verb, the dateline rule; of putting
		 * off and of plans: ex_tokens_cancel_word), but none in
		 * capitals, a capitalised one only where a sentence may
		 * start; "said", in most sentences, is found by its id */
		t->cls = lx->cls & ~(LX_PHRASE | LX_ABBREV);
		t->arg = lx->arg;
		t->wid = (uint16_t)ex_lexicon_id(lx);
		if ((lx->cls & LX_PHRASE) && !(t->flags & TF_UPPER) &&
		    (!(t->flags & TF_CAP) || (t->flags & TF_PARA) ||
		    c->tok.nt < 2 || c->tok.t[c->tok.nt - 2].type == T_PUNCT))
			t->flags |= TF_PHRASE;
	}
	/* "PM Abbasi" is a title; "1 p.m." is not */
	if (t->wid == W_PM && (t->len != 2 ||
	    !(t->flags & TF_UPPER)))
		t->cls = t->arg = 0;
}

/* 1 if t is a word no heading ends with, which needs more after it: "for",
 * "the", "will", "was" (in lower case). */
static int
ex_open_word(const struct ex_tok *t)
{
	return t->type == T_WORD && !(t->flags & TF_CAP) && ((t->cls &
	    (LX_STOP | LX_FUT)) || ((t->cls & LX_VERB) && (t->arg & 0xff) ==
	    V_BE));
}

/*
 * 1 if the single newline at nl, ending the line that starts at line0, is
 * a hard wrap inside a paragraph (archived wire copy, plain-text feed
 * bodies wrapped at 60-80 columns): the line is of a wrapped width (40 to
 * 100 characters), or shorter but stops mid-clause (a comma, a word that
 * needs more: lower_end, "for", "the") or the next line goes on in lower
 * case;
 * and the next line is neither indented further, blank nor a list item,
 * which start a paragraph, nor a speaker's label ("A:", "MR PRICE:");
 * and the line does not end in '?' or ':'.  A line of another width (a
 * heading, a speaker line, a paragraph a line long) ends its paragraph,
 * as a newline always did.
 */
static int
ex_soft_wrap(const unsigned char *s, size_t len, size_t line0, size_t nl,
    int lower_end)
{
	size_t	 n = nl, w, in0 = 0, in1 = 0, q;

	while (line0 + in0 < nl && (s[line0 + in0] == ' ' ||
	    s[line0 + in0] == '\t'))
		in0++;
	for (q = nl + 1; q < len && (s[q] == ' ' || s[q] == '\t'); q++)
		in1++;
	if (q >= len || s[q] == '\r' || s[q] == '\n')
		return 0;	/* blank: a new paragraph */
	if (in1 > in0)
		return 0;	/* indented further: a new paragraph */
	if ((s[q] == '-' || s[q] == '*') && q + 1 < len && s[q + 1] == ' ')
		return 0;	/* "- item" */
	if (q + 2 < len && s[q] == 0xe2 && s[q + 1] == 0x80 &&
	    s[q + 2] == 0xa2)
		return 0;	/* a bullet */
	/* "A:", "MR PRICE:": a speaker's label opens a paragraph */
	for (size_t k = q; k < len && k < q + 24 && ((s[k] >= 'A' &&
	    s[k] <= 'Z') || s[k] == ' ' || s[k] == '.' || s[k] == ':'); k++)
		if (s[k] == ':')
			return 0;
	while (n > line0 && (s[n - 1] == ' ' || s[n - 1] == '\r' ||
	    s[n - 1] == '\t'))
		n--;
	if (n > line0 && (s[n - 1] == '?' || s[n - 1] == ':'))
		return 0;	/* a question or a label ends its line */
	/* the width in characters, not bytes of UTF-8 */
	w = 0;
	for (size_t k = line0; k < n; k++)
		if ((s[k] & 0xc0) != 0x80)
			w++;
	if (w == 0 || w > 100)
		return 0;
	if (w >= 40 || s[n - 1] == ',' || s[n - 1] == '-')
		return 1;
	/* a short line that stops mid-clause: "will leave for" */
	return lower_end ||
	    (s[q] >= 'a' && s[q] <= 'z' && s[n - 1] != '.');
}

/*
 * The word or number token t starting at byte i of s: its length, type,
 * flags (a final dot of an initialism, capitals, 's) and folded form.
 * Returns the byte after it (and its apostrophe); *coff counts its
 * characters.
 */
static size_t
ex_word_tok(struct ex_ctx *c, struct ex_tok *t, const unsigned char *s,
    size_t len, size_t i, size_t *coff)
{
	struct ex_wscan	 w;
	size_t		 j, cc;
	int		 n;
	int		 upper, lower, digits, alpha;
	int		 letters_only_initials, seglen;

	ex_word_scan(s, len, i, t, &w);
	j = w.end;
	cc = w.cc;
	upper = w.upper;
	lower = w.lower;
	digits = w.digits;
	alpha = w.alpha;
	letters_only_initials = w.initials;
	seglen = w.seglen;
	t->len = (uint32_t)(j - i);
	/* A final '.' of an initialism or abbreviation. */
	if (j < len && s[j] == '.' && alpha > 0 &&
	    digits == 0) {
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
	if (alpha > 0 && ex_tokens_upper_cp(ex_cp(s + i,
	    len - i, &n)))
		t->flags |= TF_CAP;
	if (upper >= 2 && lower == 0)
		t->flags |= TF_UPPER;
	*coff += cc;
	i = j;
	if (t->flags & TF_CONTR) {
		/* skip the apostrophe of 'll */
		ex_cp(s + i, len - i, &n);
		i += n, (*coff)++;
	}
	if (t->flags & TF_POSS) {
		/* skip 's or ' */
		ex_cp(s + i, len - i, &n);
		i += n, (*coff)++;
		if (i < len && (s[i] == 's' || s[i] == 'S'))
			i++, (*coff)++;
	}
	ex_word_fold(c, t, w.ascii);
	return i;
}

void
ex_tokens_run(struct ex_ctx *c, size_t from)
{
	const unsigned char	*s = (const unsigned char *)c->text;
	size_t			 len = strlen(c->text), i = from, coff = 0;
	size_t			 line0 = from;
	int			 para = 1, n;

	if (c->tok.nt > 0) {
		/* a text after others (the headline after the body): a
		 * mark no pattern reads across */
		struct ex_tok *t = ex_push_tok(c);

		t->type = T_PUNCT;
		t->ch = '\n';
		t->off = (uint32_t)from;
		t->fold = (uint32_t)c->tok.fold.len;
		buf_add(&c->tok.fold, "", 1);
	}

	while (i < len) {
		unsigned	 cp;
		struct ex_tok	*t;

		if (s[i] < 0x80)
			cp = s[i], n = 1;
		else
			cp = ex_cp(s + i, len - i, &n);

		if (cp == '\n') {
			if (i + 1 < len && s[i + 1] == '\n')
				para = 1;
			else if (c->tok.nt > 0 && !ex_soft_wrap(s, len, line0,
			    i, ex_open_word(&c->tok.t[c->tok.nt - 1])))
				para = 1;	/* a line is a paragraph too */
			i++, coff++;
			line0 = i;
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
		if (cp < 0x80 ? !(ex_ascii[cp] & EX_A_WORD) : !ex_wordcp(cp)) {
			ex_punct_tok(c, t, cp, n);
			i += n, coff++;
			continue;
		}
		/* A word or number. */
		i = ex_word_tok(c, t, s, len, i, &coff);
		/*
		 * A name written with a final apostrophe (a transliterated
		 * ayn or hamza): "Shia' Al-Sudani".  Not after s or z, where
		 * it is a plural possessive, and only inside a capitalised
		 * name that goes on.
		 */
		if (i + 2 < len && s[i] == '\'' && s[i + 1] == ' ' &&
		    c->tok.t[c->tok.nt - 1].type == T_WORD &&
		    (c->tok.t[c->tok.nt - 1].flags & (TF_CAP | TF_POSS)) ==
		    TF_CAP &&
		    s[i - 1] != 's' && s[i - 1] != 'z' &&
		    s[i + 2] >= 'A' && s[i + 2] <= 'Z') {
			c->tok.t[c->tok.nt - 1].len++;
			i++, coff++;
			continue;
		}
		/* possessive on a plural: "Shultz' visit" */
		if (i < len && (s[i] == '\'' ) &&
		    c->tok.t[c->tok.nt - 1].type ==
		    T_WORD && (i + 1 >= len || !ex_wordcp(s[i + 1])) &&
		    (s[i - 1] == 's' || s[i - 1] == 'z')) {
			c->tok.t[c->tok.nt - 1].flags |= TF_POSS;
			i++, coff++;
		}
	}
}

/*
 * "Vice-President", "Ambassador-at-Large": a hyphenated title takes the
 * class of its head word.
 */
static void
ex_tokens_hyph_title(struct ex_ctx *c, int i)
{
	const char		*f = c->tok.fold.data + c->tok.t[i].fold;
	const char		*h;
	const struct lex	*lx;
	char			 w[32];

	if (c->tok.t[i].type != T_WORD || c->tok.t[i].cls != 0 ||
	    (h = strrchr(f, '-')) == NULL)
		return;
	if (strncmp(f, "vice-", 5) == 0 || strncmp(f, "deputy-", 7) == 0 ||
	    strncmp(f, "prime-", 6) == 0)
		lx = ex_lexicon_find(h + 1);
	else if (strstr(f, "-at-large") != NULL &&
	    (size_t)(strchr(f, '-') - f) < sizeof w) {
		memcpy(w, f, (size_t)(strchr(f, '-') - f));
		w[strchr(f, '-') - f] = '\0';
		lx = ex_lexicon_find(w);
	} else
		return;
	if (lx != NULL && (lx->cls & LX_HEAD)) {
		c->tok.t[i].cls = lx->cls & ~(LX_PHRASE | LX_ABBREV);
		c->tok.t[i].arg = lx->arg;
	}
}

/*
 * "HE Sheikh Abdullah" (His Excellency): an honorific, not the pronoun,
 * when written in capitals before a capitalised name; "He" inside a name
 * is no pronoun; a hyphenated title takes its head word's class.
 */
void
ex_tokens_honorific_he(struct ex_ctx *c)
{
	uint32_t prev_cls = 0;	/* class of t[i - 1] before the third rule */

	/*
	 * One pass, three rules, each reading what the earlier ones wrote
	 * (the second reads t[i - 1]'s class as the first two left it).
	 */
	for (int i = 0; i < c->tok.nt; i++) {
		struct ex_tok	*t = &c->tok.t[i];
		uint32_t	 cls;

		if (t->wid == W_HE && t->type == T_WORD && t->len == 2) {
			const char *w = c->text + t->off;

			/* "HE Sheikh Abdullah" */
			if (memcmp(w, "HE", 2) == 0 && i + 1 < c->tok.nt &&
			    c->tok.t[i + 1].type == T_WORD &&
			    (c->tok.t[i + 1].flags & (TF_CAP | TF_UPPER)) ==
			    TF_CAP)
				t->cls = LX_HONOR;
			/* "Vice Premier Liu He": a capitalised "He" inside
			 * a name */
			if (memcmp(w, "He", 2) == 0 && i > 0 &&
			    !(t->flags & TF_PARA) &&
			    c->tok.t[i - 1].type == T_WORD &&
			    (c->tok.t[i - 1].flags & (TF_CAP | TF_UPPER)) ==
			    TF_CAP && !(c->tok.t[i - 1].flags & TF_POSS) &&
			    !(prev_cls & (LX_STOP | LX_HEAD | LX_MOD)))
				t->cls = 0;
		}
		cls = t->cls;
		if (t->flags & TF_HYPH)
			ex_tokens_hyph_title(c, i);
		prev_cls = cls;
	}
}

/*
 * 1 if, after the plan word at i and in its sentence, "but" comes with a
 * word of the plan failing: "but fell ill", "but did not go", "but was
 * unable", "but sent a deputy instead".
 */
static int
ex_plan_failed(const struct ex_ctx *c, int i)
{
	static const enum ex_word fail[] = { W_FORCED, W_ILL, W_INSTEAD,
	    W_SICK, W_UNABLE };

	for (int k = i + 1; k < c->tok.nt && k < i + 30; k++) {
		if (ex_punct(c, k, '.') || (c->tok.t[k].flags & TF_PARA))
			return 0;
		if (!ex_is(c, k, W_BUT))
			continue;
		for (int q = k + 1; q < c->tok.nt && q < k + 10; q++) {
			if (ex_punct(c, q, '.') || (c->tok.t[q].flags &
			    TF_PARA))
				return 0;
			if (c->tok.t[q].cls & (LX_NEG | LX_CANCEL))
				return 1;
			if (ex_is_in(c, q, fail, sizeof fail / sizeof fail[0]))
				return 1;
		}
		return 0;
	}
	return 0;
}

/*
 * Cancellations and postponements told without "cancel": "was deferred",
 * "put off the visit", "could not take place", and a plan told in the
 * past perfect or as what was supposed to be ("had been due to visit",
 * "had planned to travel", "were supposed to continue them during a
 * trip"), or a plan and its failing ("was due to head the delegation but
 * fell ill": ex_plan_failed): the word at i that says it gets
 * LX_CANCEL.
 */
static void
ex_tokens_cancel_word(struct ex_ctx *c, int i)
{
	static const enum ex_word defer[] = { W_DEFER, W_DEFERRED,
	    W_DEFERRING, W_DEFERS, W_DEFERRAL };
	static const enum ex_word plan[] = { W_DUE, W_EXPECTED, W_PLANNED,
	    W_PLANNING, W_SCHEDULED, W_SET, W_SLATED };
	struct ex_tok *t = &c->tok.t[i];

	/* only marked words ("take", "defer", "due") and "put" */
	if ((!(t->flags & TF_PHRASE) && t->wid != W_PUT) || t->type !=
	    T_WORD)
		return;
	if (ex_is_in(c, i, defer, sizeof defer / sizeof defer[0]))
		t->cls |= LX_CANCEL;
	/* "put off the visit", "has put it off" */
	if (ex_is(c, i, W_PUT) && (ex_is(c, i + 1, W_OFF) ||
	    ex_is(c, i + 2, W_OFF)))
		t->cls |= LX_CANCEL;
	/* "could not take place", "did not take place" */
	if (ex_is(c, i, W_TAKE) && ex_is(c, i + 1, W_PLACE) &&
	    (ex_is(c, i - 1, W_NOT) || ex_is(c, i - 1, W_NEVER)))
		t->cls |= LX_CANCEL;
	/* "was supposed to", "were supposed to" */
	if (ex_is(c, i, W_SUPPOSED) && ex_is(c, i + 1, W_TO) &&
	    (ex_is(c, i - 1, W_WAS) || ex_is(c, i - 1, W_WERE)))
		t->cls |= LX_CANCEL;
	/* "had been due to", "had planned to", "had been
	 * scheduled to" */
	if (ex_is(c, i + 1, W_TO) && (ex_is(c, i - 1, W_HAD) ||
	    (ex_is(c, i - 1, W_BEEN) && ex_is(c, i - 2, W_HAD))))
		if (ex_is_in(c, i, plan, sizeof plan / sizeof plan[0]))
			t->cls |= LX_CANCEL;
	/* "was due to head the delegation, but fell ill": a plan,
	 * then "but" and a word of its failing */
	if (ex_is(c, i + 1, W_TO) && (ex_is(c, i - 1, W_WAS) ||
	    ex_is(c, i - 1, W_WERE)))
		if (ex_is_in(c, i, plan, sizeof plan / sizeof plan[0]) &&
		    ex_plan_failed(c, i))
			t->cls |= LX_CANCEL;
}

/* "called off", "calls off": a cancellation, not a phone call. */
void
ex_tokens_phrasal(struct ex_ctx *c)
{
	if (c->tok.nt > 0)
		ex_tokens_cancel_word(c, c->tok.nt - 1);
	for (int i = 0; i + 1 < c->tok.nt; i++) {
		/* the words ex_tokens_cancel_word reads */
		if ((c->tok.t[i].flags & TF_PHRASE) || c->tok.t[i].wid ==
		    W_PUT)
			ex_tokens_cancel_word(c, i);
		if ((c->tok.t[i].cls & LX_VIRTUAL) && (ex_is(c, i, W_CALL) ||
		    ex_is(c, i, W_CALLED) ||
		    ex_is(c, i, W_CALLS) || ex_is(c, i, W_CALLING)) &&
		    ex_is(c, i + 1, W_OFF))
			c->tok.t[i].cls = LX_CANCEL;
	}
	/* "wrapped up a visit", "wound up his tour": done */
	for (int i = 0; i + 1 < c->tok.nt; i++)
		if ((c->tok.t[i].len == 7 || c->tok.t[i].len == 5) &&
		    (ex_is(c, i, W_WRAPPED) || ex_is(c, i, W_WOUND)) &&
		    ex_is(c, i + 1, W_UP))
			c->tok.t[i].cls |= LX_DONE;
	/* "will call on the President", "called on Russia to", "the trip
	 * calls for stops in": a courtesy call, an appeal or a need, no
	 * phone ("a call on Monday" stays one) */
	for (int i = 0; i + 2 < c->tok.nt; i++)
		if ((c->tok.t[i].cls & LX_VIRTUAL) && (ex_is(c, i, W_CALL) ||
		    ex_is(c, i, W_CALLED) || ex_is(c, i, W_CALLS) ||
		    ex_is(c, i, W_CALLING)) && (ex_is(c, i + 1, W_ON) ||
		    ex_is(c, i + 1, W_FOR) || (i > 0 && (ex_is(c, i - 1,
		    W_OFFICIAL) || ex_is(c, i - 1, W_COURTESY)))) &&
		    !(i > 0 && (ex_is(c, i - 1, W_PHONE) || ex_is(c, i - 1,
		    W_TELEPHONE) || ex_is(c, i - 1, W_VIDEO))) &&
		    c->tok.t[i + 2].type == T_WORD && !(c->tok.t[i + 2].cls &
		    (LX_WEEKDAY | LX_MONTH | LX_RELDAY)))
			c->tok.t[i].cls = 0;
	/* "called at the White House", "called at the Foreign Ministry":
	 * a call in person at a place */
	for (int i = 0; i + 2 < c->tok.nt; i++)
		if ((c->tok.t[i].cls & LX_VIRTUAL) && (ex_is(c, i, W_CALLED) ||
		    ex_is(c, i, W_CALLS) || ex_is(c, i, W_CALL)) &&
		    ex_is(c, i + 1, W_AT) && (ex_is(c, i + 2, W_THE) ||
		    (c->tok.t[i + 2].flags & TF_CAP)) && !(i > 0 &&
		    (ex_is(c, i - 1, W_PHONE) || ex_is(c, i - 1,
		    W_TELEPHONE) || ex_is(c, i - 1, W_VIDEO))))
			c->tok.t[i].cls = 0;
}

/*
 * 1 if the paragraph that token i opens opens with a questioner's label,
 * as briefing and interview transcripts write it: "QUESTION:",
 * "Question:", "Q:" (then a colon).
 */
static int
ex_asked_para(const struct ex_ctx *c, int i)
{
	if (i + 1 >= c->tok.nt || c->tok.t[i].type != T_WORD ||
	    !ex_punct(c, i + 1, ':'))
		return 0;
	return ((c->tok.t[i].flags & TF_CAP) && ex_is(c, i, W_QUESTION)) ||
	    (c->tok.t[i].len == 1 && c->text[c->tok.t[i].off] == 'Q');
}

/* Flags of sentence [t0, t1): EX_S_ASKED when it is a question (asked:
 * its paragraph is a questioner's). */
static unsigned
ex_sent_flags(const struct ex_ctx *c, int t0, int t1, int asked)
{
	int k = t1 - 1;

	while (k > t0 && c->tok.t[k].type == T_PUNCT &&
	    (c->tok.t[k].ch == '"' || c->tok.t[k].ch == '\'' ||
	    c->tok.t[k].ch == ')'))
		k--;
	if (ex_punct(c, k, '?') || asked)
		return EX_S_ASKED;
	return 0;
}

void
ex_tokens_sentences(struct ex_ctx *c)
{
	int start = 0, asked = 0;
	unsigned phr = 0;

	for (int i = 0; i <= c->tok.nt; i++) {
		int end = 0;

		if (i == c->tok.nt)
			end = 1;
		else if (i > start && (c->tok.t[i].flags & TF_PARA))
			end = 1;
		if (!end && c->tok.t[i].type == T_PUNCT &&
		    (c->tok.t[i].ch == '.' ||
		    c->tok.t[i].ch == '?' || c->tok.t[i].ch == '!')) {
			int j = i + 1;

			while (j < c->tok.nt && c->tok.t[j].type == T_PUNCT &&
			    (c->tok.t[j].ch == '"' || c->tok.t[j].ch == '\'' ||
			    c->tok.t[j].ch == ')') &&
			    !(c->tok.t[j].flags & TF_PARA))
				j++;
			if (j >= c->tok.nt || (c->tok.t[j].flags & TF_PARA) ||
			    (c->tok.t[j].flags & TF_CAP) ||
			    c->tok.t[j].type != T_WORD)
				i = j, end = 1;
		}
		if (end && i > start) {
			if (c->tok.ns == c->tok.cs) {
				c->tok.cs = c->tok.cs ? c->tok.cs * 2 : 64;
				c->tok.s = xreallocarray(c->tok.s,
				    (size_t)c->tok.cs,
				    sizeof *c->tok.s);
			}
			c->tok.s[c->tok.ns].t0 = start;
			c->tok.s[c->tok.ns].t1 = i;
			if (c->tok.t[start].flags & TF_PARA)
				asked = ex_asked_para(c, start);
			for (int k = start; k < i; k++)
				phr |= c->tok.t[k].flags & TF_PHRASE;
			c->tok.s[c->tok.ns].flags = ex_sent_flags(c, start, i,
			    asked) | (phr ? EX_S_PHRASE : 0);
			phr = 0;
			c->tok.ns++;
			start = i;
		}
		if (end && i == c->tok.nt)
			break;
	}
}
