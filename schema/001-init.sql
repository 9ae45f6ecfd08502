-- itinerd schema, version 1.  Applied once, in a transaction, when
-- PRAGMA user_version is below 1.  Never edit after release: add 002-....sql.
--
-- Times are Unix seconds (INTEGER, UTC).  Calendar dates of travel are ISO
-- 'YYYY-MM-DD' TEXT (or NULL when unknown) with a precision column, because
-- news gives days and months, not instants.

-- Feeds: configured or added through the API, with their fetch state.
CREATE TABLE feeds (
	id		INTEGER PRIMARY KEY,
	name		TEXT NOT NULL UNIQUE,
	url		TEXT NOT NULL,
	tags		TEXT NOT NULL DEFAULT '',
	origin		TEXT NOT NULL DEFAULT 'config'
			    CHECK (origin IN ('config', 'api', 'import')),
	enabled		INTEGER NOT NULL DEFAULT 1,
	paused		INTEGER NOT NULL DEFAULT 0,
	interval_s	INTEGER NOT NULL DEFAULT 900,
	etag		TEXT,
	last_modified	TEXT,
	last_fetch	INTEGER,
	last_success	INTEGER,
	last_status	INTEGER,		-- HTTP status of the last fetch
	last_error	TEXT,			-- NULL when the last fetch was good
	error_count	INTEGER NOT NULL DEFAULT 0,	-- consecutive failures
	next_due	INTEGER NOT NULL DEFAULT 0,
	disabled_reason	TEXT,			-- e.g. '410 Gone'
	fetch_count	INTEGER NOT NULL DEFAULT 0,
	created		INTEGER NOT NULL DEFAULT (unixepoch())
);

-- Articles, stored once however many feeds carry them.
CREATE TABLE articles (
	id		INTEGER PRIMARY KEY,
	url		TEXT,			-- link as served
	canonical_url	TEXT,			-- for dedupe, see ingest.c
	title		TEXT NOT NULL DEFAULT '',
	author		TEXT,
	summary		TEXT,
	published	INTEGER NOT NULL,
	published_estimated INTEGER NOT NULL DEFAULT 0,	-- 1: fetch time
	fetched		INTEGER NOT NULL,
	text		TEXT NOT NULL DEFAULT '',
	content_hash	TEXT NOT NULL		-- hex hash of title and text
);
CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url)
    WHERE canonical_url IS NOT NULL;
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published);

-- Which feed carried which article, under which guid.
CREATE TABLE feed_articles (
	feed_id		INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
	guid		TEXT NOT NULL,
	article_id	INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	first_seen	INTEGER NOT NULL,
	PRIMARY KEY (feed_id, guid)
);
CREATE INDEX feed_articles_article ON feed_articles(article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text, content='articles', content_rowid='id',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, text)
	    VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text)
	    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text)
	    VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO articles_fts(rowid, title, text)
	    VALUES (new.id, new.title, new.text);
END;

-- People who travel.  name_key: lower-case ASCII-folded full name;
-- surname_key: the same for the surname, for "person=" filters.
CREATE TABLE officials (
	id		INTEGER PRIMARY KEY,
	name		TEXT NOT NULL,
	name_key	TEXT NOT NULL,
	surname_key	TEXT NOT NULL,
	country		TEXT NOT NULL DEFAULT '',	-- ISO 3166-1 alpha-2
	role		TEXT,				-- latest role seen
	UNIQUE (name_key, country)
);
CREATE INDEX officials_surname ON officials(surname_key);

-- Destinations: a country (city '') or a city in it.
CREATE TABLE places (
	id		INTEGER PRIMARY KEY,
	country		TEXT NOT NULL,
	city		TEXT NOT NULL DEFAULT '',
	city_key	TEXT NOT NULL DEFAULT '',	-- folded, for filters
	lat		REAL,
	lon		REAL,
	UNIQUE (country, city)
);

-- Trips: one official's consecutive legs away from home.
CREATE TABLE trips (
	id		INTEGER PRIMARY KEY,
	official_id	INTEGER NOT NULL REFERENCES officials(id),
	start		TEXT,
	end		TEXT,
	status		TEXT NOT NULL,
	confidence	REAL NOT NULL DEFAULT 0,
	leg_count	INTEGER NOT NULL DEFAULT 0,
	created		INTEGER NOT NULL DEFAULT (unixepoch()),
	updated		INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX trips_official ON trips(official_id, start);
CREATE INDEX trips_start ON trips(start, id);

-- Legs: one stay of one official in one destination, merged over all the
-- articles that report it (see leg_sources).
CREATE TABLE legs (
	id		INTEGER PRIMARY KEY,
	official_id	INTEGER NOT NULL REFERENCES officials(id),
	role		TEXT,
	official_country TEXT NOT NULL DEFAULT '',
	place_id	INTEGER NOT NULL REFERENCES places(id),
	dest_country	TEXT NOT NULL,
	dest_city	TEXT,
	start		TEXT,
	end		TEXT,
	precision	TEXT NOT NULL DEFAULT 'unknown'
			    CHECK (precision IN ('day', 'month', 'unknown')),
	status		TEXT NOT NULL
			    CHECK (status IN ('planned', 'ongoing',
			    'completed', 'cancelled')),
	confidence	REAL NOT NULL DEFAULT 0,
	trip_id		INTEGER REFERENCES trips(id) ON DELETE SET NULL,
	seq		INTEGER NOT NULL DEFAULT 0,	-- order within the trip
	created		INTEGER NOT NULL DEFAULT (unixepoch()),
	updated		INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX legs_official ON legs(official_id, start);
CREATE INDEX legs_trip ON legs(trip_id, seq);
CREATE INDEX legs_start ON legs(start, id);
CREATE INDEX legs_dest ON legs(dest_country, start);
CREATE INDEX legs_place ON legs(place_id);

-- Every article's report of a leg, as the extractor found it, with its
-- evidence.  leg_id is the merged leg it was folded into.
CREATE TABLE leg_sources (
	id		INTEGER PRIMARY KEY,
	leg_id		INTEGER NOT NULL REFERENCES legs(id) ON DELETE CASCADE,
	article_id	INTEGER NOT NULL REFERENCES articles(id)
			    ON DELETE CASCADE,
	person		TEXT NOT NULL,
	role		TEXT,
	start		TEXT,
	end		TEXT,
	precision	TEXT NOT NULL DEFAULT 'unknown',
	status		TEXT NOT NULL,
	confidence	REAL NOT NULL DEFAULT 0,
	evidence	TEXT NOT NULL,
	ev_start	INTEGER NOT NULL,	-- character offsets in the text
	ev_end		INTEGER NOT NULL,
	created		INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX leg_sources_leg ON leg_sources(leg_id);
CREATE INDEX leg_sources_article ON leg_sources(article_id);

-- Articles the extractor has seen, and with which knowledge version, so a
-- knowledge update can re-run it.
CREATE TABLE extractions (
	article_id	INTEGER PRIMARY KEY REFERENCES articles(id)
			    ON DELETE CASCADE,
	kb_version	TEXT NOT NULL,
	leg_count	INTEGER NOT NULL,
	micros		INTEGER NOT NULL,
	done		INTEGER NOT NULL
);
