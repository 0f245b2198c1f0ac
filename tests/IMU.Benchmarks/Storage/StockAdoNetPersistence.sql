-- Orleans' stock ADO.NET grain storage on PostgreSQL, for the benchmark's comparison only (the cluster
-- uses PostgreSqlGrainStorage). Written from the persistence provider's query contract: Orleans loads
-- ReadFromStorageKey, WriteToStorageKey and ClearStorageKey from OrleansQuery, sends the grain's two
-- hashes, its id halves, type string, key extension and service id, and reads columns by name.

CREATE TABLE bench_orleans_storage (
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL,
    Version                integer      NULL
);

CREATE INDEX bench_orleans_storage_by_hash ON bench_orleans_storage (GrainIdHash, GrainTypeHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES

('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM bench_orleans_storage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND GrainTypeString = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND ServiceId = @ServiceId
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::varchar;'),

-- A known version must still be current; no version means a first write, allowed only when no row exists.
-- Returning the version sent (or NULL) is how the provider learns of a conflict.
('WriteToStorageKey', '
WITH updated AS (
    UPDATE bench_orleans_storage SET PayloadBinary = @PayloadBinary, ModifiedOn = now(), Version = Version + 1
    WHERE @GrainStateVersion::integer IS NOT NULL AND Version = @GrainStateVersion::integer
      AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND GrainTypeString = @GrainTypeString
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND ServiceId = @ServiceId
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
    RETURNING Version),
inserted AS (
    INSERT INTO bench_orleans_storage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString, @GrainIdExtensionString::varchar, @ServiceId, @PayloadBinary, now(), 1
    WHERE @GrainStateVersion::integer IS NULL AND NOT EXISTS (
        SELECT 1 FROM bench_orleans_storage
        WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND GrainTypeString = @GrainTypeString
          AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND ServiceId = @ServiceId
          AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::varchar)
    RETURNING Version)
SELECT coalesce((SELECT Version FROM updated), (SELECT Version FROM inserted), @GrainStateVersion::integer) AS NewGrainStateVersion;'),

('ClearStorageKey', '
WITH cleared AS (
    UPDATE bench_orleans_storage SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
    WHERE Version = @GrainStateVersion::integer
      AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash AND GrainTypeString = @GrainTypeString
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1 AND ServiceId = @ServiceId
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
    RETURNING Version)
SELECT coalesce((SELECT Version FROM cleared), @GrainStateVersion::integer);');
