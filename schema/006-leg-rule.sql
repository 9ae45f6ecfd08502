-- itinerd schema, version 6: each article's report of a leg keeps the
-- name of the extractor rule that found it ("travel", "hosted",
-- "meeting-called-off", ...; see the rule table in daemon/extract.c), so
-- a reader can tell which pattern produced a leg.  NULL for rows written
-- before this version.
ALTER TABLE leg_sources ADD COLUMN rule TEXT;
