-- itinerd schema, version 9 (numbered after 008 of another branch): rows
-- written before trips.c took places' coordinates from the gazetteer and
-- roles in their roles.tsv display form are corrected from the knowledge
-- mirrored into the database (the copy of the last start; empty on a new
-- database, where there are no rows either).
-- Officials stored under two names ("Biden", "Joe Biden") and trips
-- grouped or ordered by the older rules are remade by `itinerd --rebuild`:
-- the extractions are marked as made with other knowledge, so the daemon
-- says at start that a rebuild is due.

-- Places: the gazetteer row of the city (by name, else alias; in the
-- country or a historical country's successor; the most populous of
-- several), or the capital.
CREATE TEMP TABLE fix_place AS
	SELECT id, lat, lon FROM (
	    SELECT p.id AS id, g.lat AS lat, g.lon AS lon,
	        row_number() OVER (PARTITION BY p.id
	        ORDER BY g.name = p.city COLLATE NOCASE DESC,
	        g.population DESC) AS n
	    FROM places p JOIN kb_gazetteer g
	    ON g.country IN (p.country, (SELECT successor FROM kb_countries
	        WHERE iso2 = p.country))
	    AND (g.name = p.city COLLATE NOCASE
	        OR instr('|' || lower(coalesce(g.aliases, '')) || '|',
	        '|' || lower(p.city) || '|') > 0)
	    WHERE p.city != '' AND g.lat IS NOT NULL AND g.lon IS NOT NULL
	    UNION ALL
	    SELECT p.id, c.lat, c.lon, 1 FROM places p JOIN kb_countries c
	    ON c.iso2 = p.country
	    WHERE p.city = '' AND c.lat IS NOT NULL AND c.lon IS NOT NULL)
	WHERE n = 1;
UPDATE places SET (lat, lon) = (SELECT f.lat, f.lon FROM fix_place f
	WHERE f.id = places.id)
WHERE id IN (SELECT id FROM fix_place);
DROP TABLE fix_place;

-- Roles: the display form of their alias (any case), else a capital
-- first letter.
CREATE TEMP TABLE fix_role AS
	SELECT r.role AS role, coalesce((SELECT display FROM (
	    SELECT k.display_role AS display,
	        row_number() OVER (ORDER BY k.alias = r.role DESC,
	        k.alias = r.role COLLATE NOCASE DESC,
	        k.display_role = r.role DESC, k.rowid) AS n
	    FROM kb_roles k
	    WHERE (k.alias = r.role COLLATE NOCASE
	        OR k.display_role = r.role COLLATE NOCASE)
	    AND coalesce(k.display_role, '') != '') WHERE n = 1),
	    upper(substr(r.role, 1, 1)) || substr(r.role, 2)) AS display
	FROM (SELECT role FROM legs UNION SELECT role FROM leg_sources
	    UNION SELECT role FROM officials) r
	WHERE r.role IS NOT NULL AND r.role != '';
UPDATE legs SET role = (SELECT display FROM fix_role f
	WHERE f.role = legs.role)
WHERE role IN (SELECT role FROM fix_role WHERE display != role);
UPDATE leg_sources SET role = (SELECT display FROM fix_role f
	WHERE f.role = leg_sources.role)
WHERE role IN (SELECT role FROM fix_role WHERE display != role);
UPDATE officials SET role = (SELECT display FROM fix_role f
	WHERE f.role = officials.role)
WHERE role IN (SELECT role FROM fix_role WHERE display != role);
DROP TABLE fix_role;

-- An official's role is the newest report's: the published day and
-- article id of the report that set it (NULL: any report may replace it).
ALTER TABLE officials ADD COLUMN role_day INTEGER;
ALTER TABLE officials ADD COLUMN role_article INTEGER;

-- The rest: a rebuild is due.
UPDATE extractions SET kb_version = 'before-009'
WHERE kb_version NOT LIKE '%-009';
