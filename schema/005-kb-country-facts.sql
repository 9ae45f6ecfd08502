-- itinerd schema, version 5: the country facts added to countries.tsv
-- (flags the/territory/historical, a territory's sovereign state, the
-- historical state a country was part of and until when, and a historical
-- state's successor and end date) mirrored into kb_countries.  Columns
-- are appended in the TSV's order, since the mirror inserts by position;
-- the rows themselves are reloaded because the knowledge version changes.
ALTER TABLE kb_countries ADD COLUMN flags TEXT;
ALTER TABLE kb_countries ADD COLUMN sovereign TEXT;
ALTER TABLE kb_countries ADD COLUMN part_of TEXT;
ALTER TABLE kb_countries ADD COLUMN part_until TEXT;
ALTER TABLE kb_countries ADD COLUMN successor TEXT;
ALTER TABLE kb_countries ADD COLUMN "until" TEXT;
