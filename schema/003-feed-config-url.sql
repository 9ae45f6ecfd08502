-- itinerd schema, version 3: remember the URL the config gave a feed apart
-- from the URL it is fetched from, so that a permanent redirect (301/308)
-- survives restarts and reloads; only a change of the configured URL
-- itself resets the feed's URL and conditional-GET state.
ALTER TABLE feeds ADD COLUMN config_url TEXT;
UPDATE feeds SET config_url = url WHERE origin = 'config';
