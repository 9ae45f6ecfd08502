-- itinerd schema: indexes for regrouping trips (daemon/trips.c) without
-- reading an official's whole history.  Storing a leg looks for the legs
-- of the same visit among the official's legs to that country near its
-- dates; regrouping reads only the legs and trips within the gap window
-- of the changed legs, by these ranges.  (IF NOT EXISTS: this file may be
-- renumbered when branches merge; a database made in between still
-- migrates.)
--   Legs of an official to a country by start (dated ones in a range,
--   undated ones as start IS NULL):
CREATE INDEX IF NOT EXISTS legs_official_dest
    ON legs(official_id, dest_country, start);
--   The latest start of an official's ongoing or completed day-dated
--   legs, and its ongoing ones (a later leg under way completes an
--   earlier one):
CREATE INDEX IF NOT EXISTS legs_official_status
    ON legs(official_id, status, precision, start);
--   How far an official's longest leg reaches past its start, which
--   bounds how early a leg meeting a date range can start (one probe).
--   The expression must stay textually the one trips.c uses.
CREATE INDEX IF NOT EXISTS legs_official_span
    ON legs(official_id, (julianday("end") - julianday(start)));
