/**
 * The statements of the event store (server/store/event-store.ts), written once for both databases:
 * `?` placeholders (the PostgreSQL driver numbers them), UPSERTs both accept, RETURNING both have.
 */
// Sizes in UTF-8 bytes (both databases store UTF-8): octet_length counts bytes, not characters.
export const SQL = {
  event: 'SELECT * FROM events WHERE id = ?',
  people: 'SELECT role, data FROM people WHERE event_id = ? ORDER BY seq',
  feedback: 'SELECT person_id, data FROM feedback WHERE event_id = ?',
  registrations: 'SELECT data FROM registrations WHERE event_id = ? ORDER BY seq',
  active: "SELECT id FROM events WHERE clock_status IN ('running', 'paused')",
  secret: 'SELECT hash, event_id, role, person_id FROM secrets WHERE hash = ?',
  signupCode: 'SELECT hash, event_id, version FROM signup_codes WHERE hash = ?',
  insertEvent: `INSERT INTO events
      (id, created_at, settings, clock, clock_status, schedule, schedule_version, seed, round_starts, plan_rules)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  settings: 'UPDATE events SET settings = ? WHERE id = ?',
  clock: 'UPDATE events SET clock = ?, clock_status = ? WHERE id = ?',
  schedule: 'UPDATE events SET schedule = ?, schedule_version = ?, seed = ? WHERE id = ?',
  roundStarts: 'UPDATE events SET round_starts = ? WHERE id = ?',
  planRules: 'UPDATE events SET plan_rules = ? WHERE id = ?',
  registration: 'UPDATE events SET registration = ? WHERE id = ?',
  insertPerson: `INSERT INTO people (event_id, id, role, seq, data)
    VALUES (?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM people WHERE event_id = ?), ?)`,
  updatePerson: 'UPDATE people SET data = ? WHERE event_id = ? AND id = ?',
  deletePerson: 'DELETE FROM people WHERE event_id = ? AND id = ?',
  insertSecret: 'INSERT INTO secrets (hash, event_id, role, person_id) VALUES (?, ?, ?, ?)',
  replaceSignupCode: `INSERT INTO signup_codes (hash, event_id, version) VALUES (?, ?, ?)
    ON CONFLICT (event_id) DO UPDATE SET hash = excluded.hash, version = excluded.version`,
  putRegistration: `INSERT INTO registrations (event_id, id, seq, data)
    VALUES (?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM registrations WHERE event_id = ?), ?)
    ON CONFLICT (event_id, id) DO UPDATE SET data = excluded.data`,
  deleteRegistration: 'DELETE FROM registrations WHERE event_id = ? AND id = ?',
  putFeedback: `INSERT INTO feedback (event_id, person_id, data) VALUES (?, ?, ?)
    ON CONFLICT (event_id, person_id) DO UPDATE SET data = excluded.data`,
  deleteFeedback: 'DELETE FROM feedback WHERE event_id = ? AND person_id = ?',
  deleteEvent: 'DELETE FROM events WHERE id = ?',
  // The first statement of an update: it takes the event row's lock (PostgreSQL) and moves on
  // only from the version this process read; no row back means another writer came first.
  bumpVersion: 'UPDATE events SET version = version + 1 WHERE id = ? AND version = ? RETURNING version',
  // Raise the fence to a token, never lower it: no row changed means a newer token is there.
  fence: `INSERT INTO clock_fence (event_id, token) VALUES (?, ?)
    ON CONFLICT (event_id) DO UPDATE SET token = excluded.token WHERE clock_fence.token <= excluded.token`,
  fenceOf: 'SELECT token FROM clock_fence WHERE event_id = ?',
  clockOf: 'SELECT clock, round_starts, version FROM events WHERE id = ?',
  size: `SELECT octet_length(settings) AS settings, octet_length(clock) AS clock,
      COALESCE(octet_length(schedule), 0) AS schedule, octet_length(seed) AS seed,
      octet_length(round_starts) AS "roundStarts", octet_length(plan_rules) AS "planRules"
    FROM events WHERE id = ?`,
  peopleSizes: 'SELECT id, octet_length(data) AS bytes FROM people WHERE event_id = ?',
  feedbackSizes: 'SELECT person_id AS id, octet_length(data) AS bytes FROM feedback WHERE event_id = ?',
  registrationSizes: 'SELECT id, octet_length(data) AS bytes FROM registrations WHERE event_id = ?',
  logSize: 'SELECT COALESCE(SUM(octet_length(entry)), 0) AS bytes FROM clock_log WHERE event_id = ?',
} as const;
