-- Embedded silo, schema version 1: grain state written by IMU.Silo's SqliteGrainStorage (group commit).
-- Applied by IMU.Silo's migrator (at silo start, or `imu db migrate`) in one transaction that also
-- records the version in imu_schema_version. Never edit a script once released: add NNNN_next.sql.

-- One row per (grain, state name). version is the ETag; it only ever grows, and a clear sets payload
-- to NULL and bumps it (the row stays), so an ETag handed out once never matches again.
CREATE TABLE imu_grain_state (
    grain_type  TEXT    NOT NULL, -- Orleans GrainType, e.g. "probe"
    grain_key   TEXT    NOT NULL, -- the grain's key as Orleans prints it
    state_name  TEXT    NOT NULL, -- the name in [PersistentState("name")]
    payload     BLOB    NULL,     -- UTF-8 System.Text.Json of the state record, no type names
    version     INTEGER NOT NULL,
    modified_at INTEGER NOT NULL, -- Unix milliseconds, UTC
    PRIMARY KEY (grain_type, grain_key, state_name)
) WITHOUT ROWID;
