-- itinerd schema, version 2: indexes for the query API (daemon/query.c).
--
-- A "since" filter asks for trips and legs that end on or after a date,
-- but lists are walked in start order (trips_start, legs_start).  The
-- longest span of any row bounds how far before "since" a matching row
-- can start, so query.c turns the filter into a range on start:
--   start >= since - (longest span)   AND   coalesce(end, start) >= since
-- These expression indexes make "the longest span" one index probe
-- (ORDER BY span DESC LIMIT 1) instead of a scan.  The expression must
-- stay textually the one query.c uses.
CREATE INDEX trips_span ON trips((julianday("end") - julianday(start)));
CREATE INDEX legs_span ON legs((julianday("end") - julianday(start)));

-- A trip's stops in order with everything its route shows (and the role
-- and destination its filters test), so listing a page of trips reads
-- this index only, not the legs table.
CREATE INDEX legs_trip_route ON legs(trip_id, seq, id, place_id,
    dest_country, start, "end", status, role);

-- "Has this trip a leg in country CC?" (the dest_country filter of
-- /v1/trips) in one probe.
CREATE INDEX legs_trip_dest ON legs(trip_id, dest_country);
