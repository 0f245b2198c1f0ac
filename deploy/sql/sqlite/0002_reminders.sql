-- Embedded silo, schema version 2: durable reminders through Orleans' ADO.NET reminder table
-- (invariant "System.Data.SQLite", which Orleans maps onto Microsoft.Data.Sqlite). Orleans ships no
-- SQLite reminders schema; this one is written from the provider's query contract: Orleans reads
-- every row of OrleansQuery at start and runs the text stored under each key, binding parameters by
-- name (@ServiceId, ...) and reading result columns by name.

CREATE TABLE OrleansQuery (
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

-- The schedule of each reminder, never individual ticks. GrainHash is Orleans' uniform hash cast to a
-- signed int, which is how the ring ranges arrive. Period is milliseconds.
CREATE TABLE imu_reminders (
    ServiceId    TEXT    NOT NULL,
    GrainId      TEXT    NOT NULL,
    ReminderName TEXT    NOT NULL,
    StartTime    TEXT    NOT NULL, -- UTC, as Microsoft.Data.Sqlite writes a DateTime
    Period       INTEGER NOT NULL,
    GrainHash    INTEGER NOT NULL,
    Version      INTEGER NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
) WITHOUT ROWID;

CREATE INDEX imu_reminders_by_hash ON imu_reminders (ServiceId, GrainHash);

-- Reminder ETags come from one counter, so a reminder deleted and created again never gets back an
-- ETag it had before (a stale unregister must not delete the new one).
CREATE TABLE imu_sequence (
    name  TEXT    NOT NULL PRIMARY KEY,
    value INTEGER NOT NULL
);

INSERT INTO imu_sequence (name, value) VALUES ('reminder_version', 0);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('UpsertReminderRowKey', '
UPDATE imu_sequence SET value = value + 1 WHERE name = ''reminder_version'';
INSERT INTO imu_reminders (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash,
        (SELECT value FROM imu_sequence WHERE name = ''reminder_version''))
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
    SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash, Version = excluded.Version
RETURNING Version;'),

('ReadReminderRowsKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM imu_reminders
WHERE ServiceId = @ServiceId AND GrainId = @GrainId;'),

('ReadReminderRowKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM imu_reminders
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;'),

('ReadRangeRows1Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM imu_reminders
WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;'),

('ReadRangeRows2Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM imu_reminders
WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);'),

('DeleteReminderRowKey', '
DELETE FROM imu_reminders
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version;
SELECT changes() > 0;'),

('DeleteReminderRowsKey', '
DELETE FROM imu_reminders WHERE ServiceId = @ServiceId;');
