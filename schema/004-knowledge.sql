-- itinerd schema, version 4: the knowledge tables (schema/*.tsv, built
-- into the binary) mirrored into the database at start, so that SQL users
-- and dashboards can join legs to country names, coordinates and office
-- holders.  Reloaded whenever the built-in knowledge changes (kb_meta);
-- the extractor itself reads the in-memory copy (kb.c).  Columns follow
-- the TSV headers; list fields keep their '|' separators.
CREATE TABLE kb_meta (
	key	TEXT PRIMARY KEY,
	value	TEXT NOT NULL
);
CREATE TABLE kb_countries (
	iso2 TEXT PRIMARY KEY, iso3 TEXT, name TEXT NOT NULL, capital TEXT,
	lat REAL, lon REAL, aliases TEXT, demonyms TEXT
);
CREATE TABLE kb_gazetteer (
	name TEXT NOT NULL, country TEXT, lat REAL, lon REAL,
	population INTEGER, kind TEXT, aliases TEXT, flags TEXT
);
CREATE INDEX kb_gazetteer_country ON kb_gazetteer(country, name);
CREATE TABLE kb_officials (
	name TEXT NOT NULL, aliases TEXT, country TEXT, office TEXT,
	role TEXT, start TEXT, "end" TEXT, source TEXT
);
CREATE INDEX kb_officials_office ON kb_officials(country, office, start);
CREATE TABLE kb_roles (
	alias TEXT NOT NULL, office TEXT, country TEXT, display_role TEXT,
	kind TEXT
);
