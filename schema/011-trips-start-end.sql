-- itinerd schema: a covering index for /v1/trips with a since or
-- dest_country filter (daemon/query.c).  A filtered page walks trips in
-- (start, id) order and tests each trip: since needs its end
-- (coalesce(end, start) >= since), which trips_start (start, id) does
-- not hold, so every trip walked cost a seek into the table as well as
-- the legs_trip_dest probe; with "end" in the index the walk reads the
-- index only (a dest_country page on the bench database: 133 -> 93 us).
-- (IF NOT EXISTS: this file may be renumbered when branches merge.)
CREATE INDEX IF NOT EXISTS trips_start_end ON trips(start, id, "end");
