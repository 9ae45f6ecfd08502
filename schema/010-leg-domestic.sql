-- itinerd schema, version 10: a leg inside the official's own country is
-- domestic (a president in Ohio, a prime minister in Leeds), which the
-- API filters on (domestic=true|false) and every listing and export
-- shows.  Derived, not written: the extractor keeps a stay at home only
-- when it is a place below the country (and so flags it), and trips.c may
-- learn an official's country after the leg was stored; a generated
-- column follows both.  Rows written before this version get it too.
ALTER TABLE legs ADD COLUMN domestic INTEGER NOT NULL
	GENERATED ALWAYS AS (official_country <> ''
	    AND official_country = dest_country) VIRTUAL;
