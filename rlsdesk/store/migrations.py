"""Schema versions: entry N moves the database from version N-1 to N. Never edit a shipped one."""

from __future__ import annotations

import sqlite3

from rlsdesk.system.errors import UserError

MIGRATIONS: tuple[str, ...] = (
    # 1: settings, the routine, symptom events (the quick log)
    """
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL            -- JSON
    );
    CREATE TABLE steps (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        position INTEGER NOT NULL,
        data     TEXT NOT NULL         -- JSON of the domain step, without its id
    );
    CREATE TABLE symptom_events (
        id       INTEGER PRIMARY KEY AUTOINCREMENT,
        at       TEXT NOT NULL,        -- local ISO 8601 with offset, as the person saw it
        at_utc   TEXT NOT NULL,        -- ISO 8601 UTC, for ordering and ranges
        severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 0 AND 10),
        source   TEXT NOT NULL DEFAULT 'quick'
    );
    CREATE INDEX symptom_events_at_utc ON symptom_events(at_utc);
    """,
    # 2: the reminder ledger: one row per (night, step) occurrence and what became of it
    """
    CREATE TABLE reminder_ledger (
        night           TEXT NOT NULL,     -- YYYY-MM-DD: the night D runs D 12:00 to D+1 12:00
        step_id         INTEGER NOT NULL,  -- no foreign key: history outlives a removed step
        state           TEXT NOT NULL CHECK (state IN
                            ('pending', 'notified', 'done', 'snoozed', 'skipped', 'missed')),
        due_utc         TEXT NOT NULL,     -- ISO 8601 UTC: when the plan placed the step
        snoozed_until   TEXT,              -- ISO 8601 UTC, while state is 'snoozed'
        notified_at     TEXT,              -- ISO 8601 UTC, last time it was shown
        late            INTEGER NOT NULL DEFAULT 0,
        reason          TEXT,              -- e.g. 'quiet hours', 'paused'
        updated_at      TEXT NOT NULL,     -- ISO 8601 UTC
        PRIMARY KEY (night, step_id)
    );
    CREATE INDEX reminder_ledger_state ON reminder_ledger(state, night);
    """,
    # 3: the nightly diary check-in, one row per night (the night D runs D 12:00 - D+1 12:00)
    """
    CREATE TABLE diary_nights (
        night       TEXT PRIMARY KEY,      -- YYYY-MM-DD
        severity    INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
        onset       TEXT,                  -- HH:MM local, when symptoms started
        sleep_hours REAL CHECK (sleep_hours IS NULL OR sleep_hours BETWEEN 0 AND 24),
        awakenings  INTEGER CHECK (awakenings IS NULL OR awakenings BETWEEN 0 AND 50),
        irls_total  INTEGER CHECK (irls_total IS NULL OR irls_total BETWEEN 0 AND 40),
        note        TEXT NOT NULL DEFAULT '',
        updated_at  TEXT NOT NULL          -- ISO 8601 UTC
    ) WITHOUT ROWID;
    """,
    # symptom events keep the night they were lived on (YYYY-MM-DD; D 12:00 to D+1 12:00 on
    # the wall clock of `at`, the local time with the offset it was logged at), so nights
    # stay where they were after travelling or a changed system zone. Filled from `at`
    # itself, never through the zone in force when the migration runs.
    """
    ALTER TABLE symptom_events ADD COLUMN night TEXT;
    UPDATE symptom_events SET night = CASE
        WHEN CAST(substr(at, 12, 2) AS INTEGER) >= 12 THEN substr(at, 1, 10)
        ELSE date(substr(at, 1, 10), '-1 day') END;
    CREATE INDEX symptom_events_night ON symptom_events(night, at_utc);
    """,
    # step lifetimes: when each step was added, switched on or off, removed, so adherence
    # counts only the nights a step was in the routine. A row's night is the local date the
    # change happened on; the step counts from (added, enabled) or no longer counts from
    # (disabled, removed) that evening on. Steps already there have no known creation date:
    # they count from the first night the reminder ledger mentions them (the plan placed or
    # the diary marked them then), else from the day of this migration; steps switched off
    # now are taken as off since the night after the ledger last mentions them (else this
    # day). Those rows say source 'migration'. Dates use SQLite's local time.
    """
    CREATE TABLE step_history (
        id      INTEGER PRIMARY KEY AUTOINCREMENT,
        step_id INTEGER NOT NULL,      -- no foreign key: history outlives a removed step
        event   TEXT NOT NULL CHECK (event IN ('added', 'enabled', 'disabled', 'removed')),
        night   TEXT NOT NULL,         -- YYYY-MM-DD, local date of the change
        at_utc  TEXT NOT NULL,         -- ISO 8601 UTC
        source  TEXT NOT NULL DEFAULT 'app'
    );
    CREATE INDEX step_history_step ON step_history(step_id, night, id);
    INSERT INTO step_history(step_id, event, night, at_utc, source)
        SELECT s.id, 'added',
               COALESCE((SELECT MIN(l.night) FROM reminder_ledger l WHERE l.step_id = s.id),
                        date('now', 'localtime')),
               strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'migration'
        FROM steps s;
    INSERT INTO step_history(step_id, event, night, at_utc, source)
        SELECT s.id, 'disabled',
               COALESCE(date((SELECT MAX(l.night) FROM reminder_ledger l
                              WHERE l.step_id = s.id), '+1 day'),
                        date('now', 'localtime')),
               strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'migration'
        FROM steps s WHERE json_extract(s.data, '$.enabled') = 0;
    """,
    # the sleep-diary answers of a check-in (after the Consensus Sleep Diary), all optional:
    # times are HH:MM on the night, or HH:MM+HH:MM with the UTC offset they were lived at
    """
    ALTER TABLE diary_nights ADD COLUMN into_bed TEXT;
    ALTER TABLE diary_nights ADD COLUMN try_sleep TEXT;
    ALTER TABLE diary_nights ADD COLUMN minutes_to_sleep INTEGER
        CHECK (minutes_to_sleep IS NULL OR minutes_to_sleep BETWEEN 0 AND 720);
    ALTER TABLE diary_nights ADD COLUMN minutes_awake INTEGER
        CHECK (minutes_awake IS NULL OR minutes_awake BETWEEN 0 AND 1440);
    ALTER TABLE diary_nights ADD COLUMN final_wake TEXT;
    ALTER TABLE diary_nights ADD COLUMN out_of_bed TEXT;
    ALTER TABLE diary_nights ADD COLUMN sleep_quality INTEGER
        CHECK (sleep_quality IS NULL OR sleep_quality BETWEEN 1 AND 5);
    """,
    # lab results (ferritin, transferrin saturation, haemoglobin) by the date drawn, and
    # planned blood tests (for the reminder the evening before)
    """
    CREATE TABLE lab_results (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        drawn      TEXT NOT NULL,          -- YYYY-MM-DD
        test       TEXT NOT NULL CHECK (test IN ('ferritin', 'tsat', 'hb')),
        value      REAL NOT NULL,
        unit       TEXT NOT NULL,          -- as entered: ng/mL, ug/L, %, g/dL, g/L, mmol/L
        updated_at TEXT NOT NULL           -- ISO 8601 UTC
    );
    CREATE INDEX lab_results_drawn ON lab_results(drawn, test);
    CREATE TABLE lab_plans (
        planned    TEXT PRIMARY KEY,       -- YYYY-MM-DD of a planned (morning) blood test
        remind     INTEGER NOT NULL DEFAULT 1
    ) WITHOUT ROWID;
    """,
    # triggers and medicine changes. night_triggers: the triggers noted for a night (a
    # built-in key such as 'alcohol', or the name of one of the person's own).
    # trigger_choices: the person's own triggers (own = 1) and which triggers, built in or
    # own, are hidden from the chips. medicine_events: each add, dose change, pause, resume
    # or removal of a medication or supplement step, on the local date it happened;
    # medication and supplement steps already in the routine get theirs from step_history
    # (source 'migration'; their dose as it is now).
    """
    CREATE TABLE night_triggers (
        night      TEXT NOT NULL,          -- YYYY-MM-DD
        name       TEXT NOT NULL,
        updated_at TEXT NOT NULL,          -- ISO 8601 UTC
        PRIMARY KEY (night, name)
    ) WITHOUT ROWID;
    CREATE TABLE trigger_choices (
        name     TEXT PRIMARY KEY,
        own      INTEGER NOT NULL DEFAULT 1 CHECK (own IN (0, 1)),
        hidden   INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE medicine_events (
        id      INTEGER PRIMARY KEY AUTOINCREMENT,
        step_id INTEGER NOT NULL,          -- no foreign key: history outlives a removed step
        change  TEXT NOT NULL CHECK (change IN
                    ('added', 'dose_changed', 'paused', 'resumed', 'removed')),
        night   TEXT NOT NULL,             -- YYYY-MM-DD, local date of the change
        at_utc  TEXT NOT NULL,             -- ISO 8601 UTC
        title   TEXT NOT NULL DEFAULT '',
        detail  TEXT NOT NULL DEFAULT '',  -- what is taken after the change
        before  TEXT NOT NULL DEFAULT '',  -- for dose_changed: what was taken before
        source  TEXT NOT NULL DEFAULT 'app'
    );
    CREATE INDEX medicine_events_night ON medicine_events(night, id);
    INSERT INTO medicine_events(step_id, change, night, at_utc, title, detail, source)
        SELECT h.step_id,
               CASE h.event WHEN 'enabled' THEN 'resumed' WHEN 'disabled' THEN 'paused'
                    ELSE h.event END,
               h.night, h.at_utc, COALESCE(json_extract(s.data, '$.title'), ''),
               CASE json_extract(s.data, '$.kind')
                    WHEN 'magnesium' THEN 'magnesium' ||
                         CASE WHEN COALESCE(json_extract(s.data, '$.form'), 'other')
                                   IN ('other', '') THEN ''
                              ELSE ' ' || json_extract(s.data, '$.form') END
                         || ' ' || json_extract(s.data, '$.dose_mg') || ' mg'
                    ELSE COALESCE(json_extract(s.data, '$.name'),
                                  json_extract(s.data, '$.title'), '') END,
               'migration'
        FROM step_history h JOIN steps s ON s.id = h.step_id
        WHERE json_valid(s.data)
          AND json_extract(s.data, '$.kind') IN ('magnesium', 'medication')
        ORDER BY h.night, h.id;
    """,
    # reminders held while the person is away or the desktop is in Do Not Disturb: `held`
    # is 1 while a due reminder waits (its `reason` says why), `held_at` keeps when it was
    # first held (so a row shows it was held, then delivered or missed), `told_at` when a
    # miss after a hold was summarised to the person ("while you were away: 2 steps missed")
    """
    ALTER TABLE reminder_ledger ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE reminder_ledger ADD COLUMN held_at TEXT;
    ALTER TABLE reminder_ledger ADD COLUMN told_at TEXT;
    """,
    # notes the person marked for their clinician (the report shows them whatever their
    # age); a table of its own, so it does not depend on diary_nights' columns
    """
    CREATE TABLE IF NOT EXISTS clinician_notes (
        night TEXT PRIMARY KEY         -- YYYY-MM-DD, the night whose note is marked
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(UserError):
    def __init__(self, found: int) -> None:
        super().__init__(
            f"the data file was written by a newer rlsdesk (schema {found}, this one knows "
            f"{SCHEMA_VERSION}); please update rlsdesk"
        )
        self.found = found


def current_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to date, one version per transaction. Returns the final version."""
    version = current_version(conn)
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(version)
    for target in range(version + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[target - 1]
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return current_version(conn)


def _statements(script: str) -> list[str]:
    # executescript() would commit on its own; split so each migration is one transaction.
    statements, buffer = [], ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s.strip("; \n")]
