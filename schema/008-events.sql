-- itinerd schema, version 8: the event stream's log (/v1/events), every
-- event the daemon reported by the id it was sent with, so ids go on
-- across restarts and a client that reconnects with Last-Event-ID is
-- sent what it missed, also after a restart.  Bounded: the API keeps the
-- newest 32,768 rows (its ring), deleting older ones as it adds.  json
-- is the report as made (a leg or trip by id; a feed's change), expanded
-- to the whole object when sent.
CREATE TABLE events (
	id	INTEGER PRIMARY KEY,
	type	TEXT NOT NULL,
	json	TEXT NOT NULL,
	created	INTEGER NOT NULL DEFAULT (unixepoch())
);
