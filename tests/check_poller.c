/*
 * check_poller: the schedule's binary heap (poller_heap_*).  Tables of
 * operations are checked against a plain array scanned for its minimum,
 * and random runs of put, move and remove keep the heap's order and its
 * nodes' indexes; popping everything yields the times sorted.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "poller.h"
#include "testutil.h"

#define NODES	500

/* The heap property and every node's index. */
static void
heap_check(const struct poller_heap *h)
{
	size_t	i;

	for (i = 0; i < h->n; i++) {
		ck_assert_uint_eq(h->v[i]->index, i);
		if (i > 0)
			ck_assert_int_le(h->v[(i - 1) / 2]->due_ms,
			    h->v[i]->due_ms);
	}
}

/* The smallest due time among the nodes in a heap, by scanning. */
static int64_t
scan_min(struct poller_heap_node *nodes, size_t n)
{
	int64_t	m = INT64_MAX;
	size_t	i;

	for (i = 0; i < n; i++)
		if (nodes[i].index != POLLER_HEAP_NONE && nodes[i].due_ms < m)
			m = nodes[i].due_ms;
	return m;
}

/* {op, node, time, expected top time after}: 'p'ut, 'r'emove. */
static const struct {
	char	op;
	int	node;
	int64_t	due;
	int64_t	top;
} rows[] = {
	{ 'p', 0, 50, 50 }, { 'p', 1, 30, 30 }, { 'p', 2, 40, 30 },
	{ 'p', 3, 10, 10 }, { 'p', 4, 70, 10 },
	{ 'p', 3, 90, 30 },	/* the top moved later */
	{ 'p', 4, 5, 5 },	/* a node moved earlier */
	{ 'r', 4, 0, 30 },	/* the top removed */
	{ 'r', 4, 0, 30 },	/* removing twice does nothing */
	{ 'r', 2, 0, 30 },	/* a middle node */
	{ 'p', 2, 30, 30 },	/* equal times */
	{ 'r', 1, 0, 30 }, { 'r', 2, 0, 50 }, { 'r', 0, 0, 90 },
	{ 'r', 3, 0, -1 },	/* empty */
};

START_TEST(heap_table)
{
	struct poller_heap	 h;
	struct poller_heap_node	 nodes[5];
	size_t			 i;

	memset(&h, 0, sizeof h);
	for (i = 0; i < 5; i++)
		nodes[i].index = POLLER_HEAP_NONE;
	ck_assert_ptr_null(poller_heap_top(&h));
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		if (rows[i].op == 'p') {
			nodes[rows[i].node].due_ms = rows[i].due;
			poller_heap_put(&h, &nodes[rows[i].node]);
		} else
			poller_heap_remove(&h, &nodes[rows[i].node]);
		heap_check(&h);
		if (rows[i].top < 0)
			ck_assert_ptr_null(poller_heap_top(&h));
		else
			ck_assert_msg(poller_heap_top(&h) != NULL &&
			    poller_heap_top(&h)->due_ms == rows[i].top,
			    "row %zu: top %lld, expected %lld", i,
			    poller_heap_top(&h) != NULL ? (long long)
			    poller_heap_top(&h)->due_ms : -1LL,
			    (long long)rows[i].top);
	}
	poller_heap_clear(&h);
}
END_TEST

START_TEST(heap_random)
{
	struct poller_heap	 h;
	struct poller_heap_node	*nodes, *top;
	int64_t			 last;
	size_t			 i, k, in = 0;

	srandom(11);
	memset(&h, 0, sizeof h);
	nodes = calloc(NODES, sizeof *nodes);
	for (i = 0; i < NODES; i++)
		nodes[i].index = POLLER_HEAP_NONE;
	for (k = 0; k < 20000; k++) {
		i = (size_t)random() % NODES;
		if (random() % 3 == 0)
			poller_heap_remove(&h, &nodes[i]);
		else {
			nodes[i].due_ms = random() % 1000;
			poller_heap_put(&h, &nodes[i]);
		}
		if (k % 97 == 0)
			heap_check(&h);
		top = poller_heap_top(&h);
		ck_assert_int_eq(top != NULL ? top->due_ms : INT64_MAX,
		    scan_min(nodes, NODES));
	}
	heap_check(&h);
	for (i = 0; i < NODES; i++)
		if (nodes[i].index != POLLER_HEAP_NONE)
			in++;
	ck_assert_uint_eq(in, h.n);
	/* Popping all gives the times in order. */
	last = INT64_MIN;
	while ((top = poller_heap_top(&h)) != NULL) {
		ck_assert_int_ge(top->due_ms, last);
		last = top->due_ms;
		poller_heap_remove(&h, top);
		ck_assert_uint_eq(top->index, POLLER_HEAP_NONE);
	}
	poller_heap_clear(&h);
	free(nodes);
}
END_TEST

static Suite *
poller_suite(void)
{
	Suite	*s = suite_create("poller");
	TCase	*tc;

	tc = tcase_create("heap");
	tcase_add_test(tc, heap_table);
	tcase_add_test(tc, heap_random);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	return tu_run_suite(poller_suite());
}
