-- Cluster schema version 1: membership through Orleans' ADO.NET clustering (invariant "Npgsql").
-- Written from the provider's query contract: at start Orleans reads every row of OrleansQuery and
-- runs the text stored under each key, binding parameters by name (@DeploymentId, ...) and reading
-- result columns by name. Applied by IMU.Silo's migrator (silo start, or `imu db migrate --postgres`)
-- in one transaction with its imu_schema_version row. Never edit a released script: add the next one.

CREATE TABLE OrleansQuery (
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

-- One row per cluster (Orleans calls the cluster id DeploymentId here). Version is the membership
-- table's optimistic-concurrency token: every insert or update of a member must present the version it
-- read and bumps it in the same statement, so two silos changing membership at once cannot both win.
CREATE TABLE imu_membership_version (
    DeploymentId varchar(150) NOT NULL PRIMARY KEY,
    Timestamp    timestamptz  NOT NULL DEFAULT now(),
    Version      integer      NOT NULL DEFAULT 0
);

-- One row per silo incarnation (address, port and generation). Status is Orleans' SiloStatus:
-- 1 Created, 2 Joining, 3 Active, 4 ShuttingDown, 5 Stopping, 6 Dead.
CREATE TABLE imu_membership (
    DeploymentId varchar(150) NOT NULL REFERENCES imu_membership_version (DeploymentId),
    Address      varchar(45)  NOT NULL,
    Port         integer      NOT NULL,
    Generation   integer      NOT NULL,
    SiloName     varchar(150) NOT NULL,
    HostName     varchar(150) NOT NULL,
    Status       integer      NOT NULL,
    ProxyPort    integer      NOT NULL,
    SuspectTimes text         NULL, -- "<silo>,<time>|..." as Orleans writes it
    StartTime    timestamptz  NOT NULL,
    IAmAliveTime timestamptz  NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('InsertMembershipVersionKey', '
WITH inserted AS (
    INSERT INTO imu_membership_version (DeploymentId) VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1)
SELECT count(*) > 0 FROM inserted;'),

-- The version row is updated first, so concurrent writers queue on its lock and all but one find
-- the version changed; a silo row already present leaves the version alone and reports false.
('InsertMembershipKey', '
WITH bumped AS (
    UPDATE imu_membership_version SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
      AND NOT EXISTS (SELECT 1 FROM imu_membership
                      WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId),
inserted AS (
    INSERT INTO imu_membership (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime FROM bumped
    ON CONFLICT DO NOTHING
    RETURNING 1)
SELECT count(*) > 0 FROM inserted;'),

('UpdateMembershipKey', '
WITH bumped AS (
    UPDATE imu_membership_version SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
      AND EXISTS (SELECT 1 FROM imu_membership
                  WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId),
updated AS (
    UPDATE imu_membership m SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
    FROM bumped
    WHERE m.DeploymentId = bumped.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    RETURNING 1)
SELECT count(*) > 0 FROM updated;'),

-- Heartbeats do not touch the version: they are not membership changes.
('UpdateIAmAlivetimeKey', '
UPDATE imu_membership SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;'),

-- Orleans needs the version even when the silo has no row yet, so the version row drives the join.
('MembershipReadRowKey', '
SELECT v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime
FROM imu_membership_version v
LEFT JOIN imu_membership m
    ON m.DeploymentId = v.DeploymentId AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;'),

('MembershipReadAllKey', '
SELECT v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime
FROM imu_membership_version v
LEFT JOIN imu_membership m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;'),

('GatewaysQueryKey', '
SELECT Address, ProxyPort, Generation
FROM imu_membership
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;'),

('DeleteMembershipTableEntriesKey', '
DELETE FROM imu_membership WHERE DeploymentId = @DeploymentId;
DELETE FROM imu_membership_version WHERE DeploymentId = @DeploymentId;'),

-- Rows of silos that are not active and have not sent a heartbeat since the cutoff.
('CleanupDefunctSiloEntriesKey', '
DELETE FROM imu_membership
WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;'),

-- One dead silo's row, deleted only if nothing about it changed since Orleans read it.
('CleanupDefunctSiloEntryKey', '
DELETE FROM imu_membership
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
  AND Status = 6 AND StartTime = @StartTime AND IAmAliveTime = @IAmAliveTime
  AND SuspectTimes IS NOT DISTINCT FROM @SuspectTimes;');
