-- Cluster schema version 3: grain state written by IMU.Silo's PostgreSqlGrainStorage (group commit).

-- One row per (service, grain, state name). version is the ETag; it only ever grows, and a clear sets
-- payload to NULL and bumps it (the row stays), so an ETag handed out once never matches again.
CREATE TABLE imu_grain_state (
    service_id  varchar(150) NOT NULL, -- Orleans ServiceId: clusters of several services can share a database
    grain_type  text         NOT NULL, -- Orleans GrainType, e.g. "probe"
    grain_key   text         NOT NULL, -- the grain's key as Orleans prints it
    state_name  text         NOT NULL, -- the name in [PersistentState("name")]
    payload     bytea        NULL,     -- UTF-8 System.Text.Json of the state record, no type names
    version     bigint       NOT NULL,
    modified_at timestamptz  NOT NULL,
    PRIMARY KEY (service_id, grain_type, grain_key, state_name)
);
