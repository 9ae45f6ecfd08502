/*
 * check_ex_tokens: the tokenizer and the sentence splitter on their own
 * (ex_tokens.c, no knowledge base), as tables of {input, expected} rows
 * with one runner each.  Sentences are written for these tests.
 *
 * A token is shown as its folded form; '^' before it: capitalised in the
 * text; '.' after it: an abbreviation that kept its dot; "+s": followed
 * by 's; '#': a number.  Punctuation shows as itself.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "ex.h"
#include "ex_tokens.h"
#include "testutil.h"
#include "xmalloc.h"

struct tok_row {
	const char	*text;
	const char	*expected;
};

static const struct tok_row tok_rows[] = {
	/* abbreviations keep their dot; 's is a flag on the word */
	{ "Mr. Smith's visit", "^mr. ^smith+s visit" },
	{ "Gen. Austin's trip to South Korea's capital",
	  "^gen. ^austin+s trip to ^south ^korea+s capital" },
	/* initials fold to one word */
	{ "The U.S. envoy left.", "^the ^us. envoy left ." },
	/* hyphenated words stay whole; numbers and punctuation apart */
	{ "Vice-President Harris, 57, met the co-chairs;",
	  "^vice-president ^harris , 57# , met the co-chairs ;" },
	{ "Jan. 5-7.", "^jan. 5# - 7# ." },
	/* accents fold away */
	{ "S\xc3\xa1nchez in S\xc3\xa3o Paulo", "^sanchez in ^sao ^paulo" },
	/* quotes are punctuation */
	{ "\"It went well,\" she said.",
	  "\" ^it went well , \" she said ." },
};

struct sent_row {
	const char	*text;
	const char	*expected;	/* sentences' tokens, " | " between */
};

static const struct sent_row sent_rows[] = {
	/* "Dr." does not end a sentence, "." does */
	{ "The U.S. envoy met Dr. Lee. Then he left for Seoul.",
	  "the us envoy met dr lee . | then he left for seoul ." },
	/* a paragraph always ends one, even without a full stop */
	{ "A heading without a stop\nThe body starts here.",
	  "a heading without a stop | the body starts here ." },
	{ "Will she go? Yes! She leaves Monday.",
	  "will she go ? | yes ! | she leaves monday ." },
	{ "He arrived on Jan. 5 in Tokyo.",
	  "he arrived on jan 5 in tokyo ." },
};

static void
tok_render(const struct ex_ctx *c, int i, struct buf *b)
{
	const struct ex_tok *t = &c->tok.t[i];

	if (t->type == T_PUNCT) {
		buf_printf(b, "%c", t->ch);
		return;
	}
	buf_printf(b, "%s%s%s%s%s", (t->flags & TF_CAP) ? "^" : "",
	    ex_fold(c, i), (t->flags & TF_DOT) ? "." : "",
	    (t->flags & TF_POSS) ? "+s" : "", t->type == T_NUM ? "#" : "");
}

static void
tok_setup(struct ex_ctx *c, const char *text)
{
	memset(c, 0, sizeof *c);
	c->text = text;
	c->disc.last_subj = c->disc.last_lsubj = c->disc.speaker = -1;
	c->disc.pdate_per = -1;
	ex_tokens_run(c, 0);
	ex_people_marks(c);
}

START_TEST(test_tokens)
{
	const struct tok_row	*r = &tok_rows[_i];
	struct ex_ctx		 c;
	struct buf		 b = { 0 };

	tok_setup(&c, r->text);
	for (int i = 0; i < c.tok.nt; i++) {
		if (i > 0)
			buf_adds(&b, " ");
		tok_render(&c, i, &b);
	}
	ck_assert_msg(b.data != NULL && strcmp(b.data, r->expected) == 0,
	    "row %d: \"%s\": got \"%s\", want \"%s\"", _i, r->text,
	    b.data ? b.data : "", r->expected);
	buf_free(&b);
	ex_ctx_free(&c);
}
END_TEST

START_TEST(test_sentences)
{
	const struct sent_row	*r = &sent_rows[_i];
	struct ex_ctx		 c;
	struct buf		 b = { 0 };

	tok_setup(&c, r->text);
	ex_tokens_sentences(&c);
	for (int s = 0; s < c.tok.ns; s++) {
		if (s > 0)
			buf_adds(&b, " |");
		for (int i = c.tok.s[s].t0; i < c.tok.s[s].t1; i++)
			buf_printf(&b, "%s%s", b.data != NULL && b.len > 0 ?
			    " " : "", c.tok.t[i].type == T_PUNCT ?
			    (char[]){ c.tok.t[i].ch, '\0' } : ex_fold(&c, i));
	}
	ck_assert_msg(b.data != NULL && strcmp(b.data, r->expected) == 0,
	    "row %d: \"%s\": got \"%s\", want \"%s\"", _i, r->text,
	    b.data ? b.data : "", r->expected);
	buf_free(&b);
	ex_ctx_free(&c);
}
END_TEST

/* Byte and character offsets of tokens agree with the text. */
START_TEST(test_offsets)
{
	const char	*text = "S\xc3\xa3o Paulo, 1 May: talks.";
	struct ex_ctx	 c;

	tok_setup(&c, text);
	ck_assert_int_eq(c.tok.nt, 8);	/* sao paulo , 1 may : talks . */
	/* "Paulo" after 4 bytes and a space, 3 characters and a space */
	ck_assert_int_eq(c.tok.t[1].off, 5);
	ck_assert_int_eq(c.tok.t[1].coff, 4);
	ck_assert_int_eq(c.tok.t[1].len, 5);
	ck_assert_int_eq(c.tok.t[3].type, T_NUM);
	ex_ctx_free(&c);
}
END_TEST

static Suite *
ex_tokens_suite(void)
{
	Suite	*s = suite_create("ex_tokens");
	TCase	*tc;

	tc = tcase_create("tokens");
	tcase_add_loop_test(tc, test_tokens, 0,
	    (int)(sizeof tok_rows / sizeof tok_rows[0]));
	tcase_add_test(tc, test_offsets);
	suite_add_tcase(s, tc);
	tc = tcase_create("sentences");
	tcase_add_loop_test(tc, test_sentences, 0,
	    (int)(sizeof sent_rows / sizeof sent_rows[0]));
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(ex_tokens_suite());
}
