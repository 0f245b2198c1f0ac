-- Cluster schema version 2: durable reminders through Orleans' ADO.NET reminder table (invariant
-- "Npgsql"), written from the provider's query contract like 0001.

-- The schedule of each reminder, never individual ticks. GrainHash is Orleans' uniform hash cast to a
-- signed int, which is how the ring ranges arrive. Period is milliseconds.
CREATE TABLE imu_reminders (
    ServiceId    varchar(150) NOT NULL,
    GrainId      varchar(767) NOT NULL,
    ReminderName varchar(150) NOT NULL,
    StartTime    timestamptz  NOT NULL,
    Period       bigint       NOT NULL,
    GrainHash    integer      NOT NULL,
    Version      integer      NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX imu_reminders_by_hash ON imu_reminders (ServiceId, GrainHash);

-- Reminder ETags come from one sequence, so a reminder deleted and created again never gets back an
-- ETag it had before (a stale unregister must not delete the new one).
CREATE SEQUENCE imu_reminder_version AS integer;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('UpsertReminderRowKey', '
INSERT INTO imu_reminders (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, nextval(''imu_reminder_version''))
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
WITH deleted AS (
    DELETE FROM imu_reminders
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version
    RETURNING 1)
SELECT count(*) > 0 FROM deleted;'),

('DeleteReminderRowsKey', '
DELETE FROM imu_reminders WHERE ServiceId = @ServiceId;');
