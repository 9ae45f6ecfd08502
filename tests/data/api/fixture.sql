-- Fixture for the API contract tests (check_e2e_api, check_itinctl).
-- Applied to a database already at the current schema.  Dates are fixed
-- so every expected output below can be derived by hand:
--   trip 1  Lloyd Austin    Tokyo -> Seoul -> New Delhi  2021-03-15..21
--   trip 2  Antony Blinken  Tokyo -> Seoul               2021-03-15..18
--   trip 3  Sébastien Lecornu  Brasília (cancelled)      2021-06-01..02
--   trip 4  Annalena Baerbock  India, undated (planned)
--   trip 5  Lloyd Austin    Paris                        2022-01-10..11

INSERT INTO feeds (id, name, url, tags, origin, enabled, paused, interval_s,
    last_fetch, last_success, last_status, last_error, error_count,
    next_due, fetch_count)
VALUES
 (1, 'wire-world', 'http://127.0.0.1:9/world.rss', 'wire,world', 'api', 1,
  0, 900, 1615900000, 1615900000, 200, NULL, 0, 4102444800, 12),
 (2, 'mod-press', 'http://127.0.0.1:9/press.atom', 'defence', 'api', 1, 1,
  3600, 1615800000, 1615700000, 503, 'HTTP 503 Service Unavailable', 2,
  4102444800, 5);

INSERT INTO articles (id, url, canonical_url, title, author, summary,
    published, fetched, text, content_hash)
VALUES
 (1, 'https://news.example/world/austin-blinken-asia',
  'https://news.example/world/austin-blinken-asia',
  'Austin and Blinken arrive in Tokyo', NULL, NULL, 1615852800, 1615900000,
  'US Defense Secretary Lloyd Austin and Secretary of State Antony Blinken '
  || 'arrived in Japan yesterday. They will both continue on to South Korea, '
  || 'and Austin heads separately to India.', 'h1'),
 (2, 'https://mod.example/press/lecornu-brasilia',
  'https://mod.example/press/lecornu-brasilia',
  'Lecornu visit to Brasília called off', NULL, NULL, 1622419200,
  1622420000,
  'French Armed Forces Minister Sébastien Lecornu has cancelled his visit '
  || 'to Brasília, planned for 1-2 June.', 'h2'),
 (3, 'https://news.example/world/baerbock-india',
  'https://news.example/world/baerbock-india',
  'Baerbock to travel to India', NULL, NULL, 1641600000, 1641600100,
  'German Foreign Minister Annalena Baerbock will travel to India, her '
  || 'ministry said; Defense Secretary Lloyd Austin was in Paris on '
  || '10 January.', 'h3');

INSERT INTO feed_articles (feed_id, guid, article_id, first_seen) VALUES
 (1, 'g1', 1, 1615900000),
 (2, 'g2', 2, 1622420000),
 (1, 'g3', 3, 1641600100),
 (2, 'g3b', 3, 1641600200);

INSERT INTO officials (id, name, name_key, surname_key, country, role) VALUES
 (1, 'Lloyd Austin', 'lloyd austin', 'austin', 'US', 'Secretary of Defense'),
 (2, 'Antony Blinken', 'antony blinken', 'blinken', 'US',
  'Secretary of State'),
 (3, 'Sébastien Lecornu', 'sebastien lecornu', 'lecornu', 'FR',
  'Minister of the Armed Forces of the French Republic'),
 (4, 'Annalena Baerbock', 'annalena baerbock', 'baerbock', 'DE',
  'Foreign Minister');

INSERT INTO places (id, country, city, city_key, lat, lon) VALUES
 (1, 'JP', 'Tokyo', 'tokyo', 35.6895, 139.69171),
 (2, 'KR', 'Seoul', 'seoul', 37.566, 126.9784),
 (3, 'IN', 'New Delhi', 'new delhi', 28.61394, 77.20902),
 (4, 'IN', '', '', 22.0, 79.0),
 (5, 'BR', 'Brasília', 'brasilia', -15.77972, -47.92972),
 (6, 'FR', 'Paris', 'paris', 48.85341, 2.3488);

INSERT INTO trips (id, official_id, start, "end", status, confidence,
    leg_count)
VALUES
 (1, 1, '2021-03-15', '2021-03-21', 'completed', 0.9, 3),
 (2, 2, '2021-03-15', '2021-03-18', 'completed', 0.85, 2),
 (3, 3, '2021-06-01', '2021-06-02', 'cancelled', 0.5, 1),
 (4, 4, NULL, NULL, 'planned', 0.4, 1),
 (5, 1, '2022-01-10', '2022-01-11', 'completed', 0.95, 1);

INSERT INTO legs (id, official_id, role, official_country, place_id,
    dest_country, dest_city, start, "end", precision, status, confidence,
    trip_id, seq)
VALUES
 (1, 1, 'Secretary of Defense', 'US', 1, 'JP', 'Tokyo', '2021-03-15',
  '2021-03-17', 'day', 'completed', 0.9, 1, 0),
 (2, 1, 'Secretary of Defense', 'US', 2, 'KR', 'Seoul', '2021-03-17',
  '2021-03-18', 'day', 'completed', 0.9, 1, 1),
 (3, 1, 'Secretary of Defense', 'US', 3, 'IN', 'New Delhi', '2021-03-19',
  '2021-03-21', 'day', 'completed', 0.85, 1, 2),
 (4, 2, 'Secretary of State', 'US', 1, 'JP', 'Tokyo', '2021-03-15',
  '2021-03-17', 'day', 'completed', 0.9, 2, 0),
 (5, 2, 'Secretary of State', 'US', 2, 'KR', 'Seoul', '2021-03-17',
  '2021-03-18', 'day', 'completed', 0.8, 2, 1),
 (6, 3, 'Minister of the Armed Forces of the French Republic', 'FR', 5,
  'BR', 'Brasília', '2021-06-01', '2021-06-02', 'day', 'cancelled', 0.5, 3,
  0),
 (7, 4, 'Foreign Minister', 'DE', 4, 'IN', NULL, NULL, NULL, 'unknown',
  'planned', 0.4, 4, 0),
 (8, 1, 'Secretary of Defense', 'US', 6, 'FR', 'Paris', '2022-01-10',
  '2022-01-11', 'day', 'completed', 0.95, 5, 0);

INSERT INTO leg_sources (id, leg_id, article_id, person, role, start, "end",
    precision, status, confidence, evidence, ev_start, ev_end)
VALUES
 (1, 1, 1, 'Lloyd Austin', 'Secretary of Defense', '2021-03-15', NULL,
  'day', 'ongoing', 0.9,
  'US Defense Secretary Lloyd Austin and Secretary of State Antony Blinken '
  || 'arrived in Japan yesterday.', 0, 99),
 (2, 2, 1, 'Lloyd Austin', 'Secretary of Defense', NULL, NULL, 'unknown',
  'planned', 0.8, 'They will both continue on to South Korea, and Austin '
  || 'heads separately to India.', 100, 185),
 (3, 3, 1, 'Lloyd Austin', 'Secretary of Defense', NULL, NULL, 'unknown',
  'planned', 0.8, 'They will both continue on to South Korea, and Austin '
  || 'heads separately to India.', 100, 185),
 (4, 4, 1, 'Antony Blinken', 'Secretary of State', '2021-03-15', NULL,
  'day', 'ongoing', 0.9,
  'US Defense Secretary Lloyd Austin and Secretary of State Antony Blinken '
  || 'arrived in Japan yesterday.', 0, 99),
 (5, 5, 1, 'Antony Blinken', 'Secretary of State', NULL, NULL, 'unknown',
  'planned', 0.8, 'They will both continue on to South Korea, and Austin '
  || 'heads separately to India.', 100, 185),
 (6, 6, 2, 'Sébastien Lecornu', NULL, '2021-06-01', '2021-06-02', 'day',
  'cancelled', 0.5, 'French Armed Forces Minister Sébastien Lecornu has '
  || 'cancelled his visit to Brasília, planned for 1-2 June.', 0, 97),
 (7, 7, 3, 'Annalena Baerbock', 'Foreign Minister', NULL, NULL, 'unknown',
  'planned', 0.4, 'German Foreign Minister Annalena Baerbock will travel '
  || 'to India, her ministry said;', 0, 80),
 (8, 8, 3, 'Lloyd Austin', 'Secretary of Defense', '2022-01-10', NULL,
  'day', 'completed', 0.95, 'Defense Secretary Lloyd Austin was in Paris on '
  || '10 January.', 81, 140);

INSERT INTO extractions (article_id, kb_version, leg_count, micros, done)
VALUES (1, 'fixture', 5, 1500, 1615900001),
       (2, 'fixture', 1, 700, 1622420001),
       (3, 'fixture', 2, 800, 1641600101);

-- A feed that came from a config file no longer listing it: the daemon
-- keeps it disabled, and the API refuses to delete it.
INSERT INTO feeds (id, name, url, tags, origin, enabled, next_due)
VALUES (3, 'old-config', 'http://127.0.0.1:9/old.rss', '', 'config', 0,
  4102444800);
