/*
 * trips: turns the legs extracted from articles into the stored itinerary.
 * Each article's legs are merged with the legs already stored for the same
 * visit (same official, same destination country, overlapping or adjacent
 * dates, or undated), keeping every source; a later report upgrades a
 * planned leg to ongoing or completed and refines its dates.  Legs of one
 * official are then grouped into trips (consecutive legs within a few
 * days, and the stops of one announced tour), in the order the articles
 * tell (dates, then done before under way before planned, then the
 * article's order).  Officials the knowledge table lists are stored under
 * its name, roles in roles.tsv's display form, places at the gazetteer's
 * coordinates (the knowledge mirrored into the database).  Also rebuilds
 * everything from the stored articles after a knowledge update,
 * deterministically.
 */
#ifndef ITINERD_TRIPS_H
#define ITINERD_TRIPS_H

#include <stddef.h>
#include <stdint.h>

struct kb;
struct trips_changes_index;
struct leg_list;
struct store;

/*
 * Ids of the legs and trips a call created or changed (for events).  The
 * arrays are for reading; only trips.c adds to them (index is its own:
 * the struct is zeroed before use, freed with trips_changes_free, and a
 * copy of it must not be freed twice).
 */
struct trips_changes {
	int64_t	*legs;
	size_t	 nlegs;
	int64_t	*trips;
	size_t	 ntrips;
	int64_t	*removed_trips;	/* trips merged away */
	size_t	 nremoved_trips;
	int64_t	*removed_legs;	/* legs merged into another leg */
	size_t	 nremoved_legs;
	struct trips_changes_index *index;	/* trips.c's lookup of the above */
};

/*
 * Stores the legs extracted from article_id.  Runs inside the caller's
 * transaction (it opens none).  Returns the number of legs stored (>= 0;
 * legs without a person or a valid destination country are skipped), or
 * -EIO (-ENOENT: no such article) with *cause set.  changes may be NULL;
 * otherwise ids are appended to it (zero it first, free with
 * trips_changes_free), so one struct can collect several articles.
 */
int	trips_store_article(struct store *, int64_t article_id,
	    const struct leg_list *, struct trips_changes *changes,
	    char **cause);
/*
 * Deletes all legs, trips, sources and extractions rows and runs the
 * extractor again over every stored article in (published, id) order, in
 * one transaction it opens itself (so not inside another), writing an
 * extractions row per article with kb_version.  Officials and places keep
 * their ids; those no leg refers to afterwards are deleted.  The same
 * database and knowledge give the same rows and ids.  Returns the number
 * of legs stored, or -EIO with *cause (nothing changed).
 */
int	trips_rebuild(struct store *, const struct kb *, char **cause);
/*
 * Regroups every leg of the official from scratch, reading its whole
 * history; trips_store_article regroups only the region its new legs
 * touch, and the two agree, so on a database this module wrote it
 * changes nothing (what tests check).  Runs inside the caller's
 * transaction.  Returns 0, or -EIO with *cause set; changes as above.
 */
int	trips_regroup_official(struct store *, int64_t official_id,
	    struct trips_changes *changes, char **cause);
void	trips_changes_free(struct trips_changes *);

#endif
