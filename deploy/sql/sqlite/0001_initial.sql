-- IMU.Runtime embedded store, version 1: grain state, reminders and the schema version.
-- Applied by IMU.Runtime.Storage.Sqlite.SqliteMigrator inside one transaction, which also
-- records the version. Never edit an applied script: add 0002_... instead.

CREATE TABLE schema_version (
    version    INTEGER NOT NULL PRIMARY KEY,
    name       TEXT    NOT NULL,
    applied_at TEXT    NOT NULL
);

-- One row per (grain, state name). version is the ETag; it only ever grows, and a clear sets
-- payload to NULL and bumps it (the row stays), so an ETag handed out once never matches again.
CREATE TABLE grain_state (
    grain_type  TEXT    NOT NULL,
    grain_key   TEXT    NOT NULL,
    state_name  TEXT    NOT NULL,
    payload     BLOB    NULL,
    version     INTEGER NOT NULL,
    modified_at INTEGER NOT NULL, -- Unix milliseconds, UTC
    PRIMARY KEY (grain_type, grain_key, state_name)
) WITHOUT ROWID;

-- The reminder schedule, never individual ticks. Times are .NET ticks (UTC) so schedules round-trip exactly.
CREATE TABLE reminders (
    grain_type    TEXT    NOT NULL,
    grain_key     TEXT    NOT NULL,
    reminder_name TEXT    NOT NULL,
    start_at      INTEGER NOT NULL,
    period        INTEGER NOT NULL,
    version       INTEGER NOT NULL,
    PRIMARY KEY (grain_type, grain_key, reminder_name)
) WITHOUT ROWID;

-- Reminder ETags come from one table-wide counter, so a deleted and re-created reminder never
-- gets back an ETag it had before.
CREATE TABLE sequences (
    name  TEXT    NOT NULL PRIMARY KEY,
    value INTEGER NOT NULL
);

INSERT INTO sequences (name, value) VALUES ('reminder_version', 0);
