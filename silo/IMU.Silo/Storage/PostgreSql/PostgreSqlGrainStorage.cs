using Npgsql;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace IMU.Silo.Storage.PostgreSql;

/// <summary>
/// The cluster's grain storage: the same group commit as the embedded silo's, over Npgsql. Each batch
/// of queued writes is one round trip and one transaction, so durable writes cost one WAL flush per
/// batch instead of one per write (Orleans' stock ADO.NET storage runs one transaction per write, with
/// a temporary table). Rows are keyed by the Orleans service id, so several services can share one
/// database. The schema comes from deploy/sql/postgresql, applied by the migrator at silo start.
/// </summary>
public sealed class PostgreSqlGrainStorage : GroupCommitGrainStorage
{
    private const string SelectSql =
        "SELECT payload, version FROM imu_grain_state WHERE service_id = $1 AND grain_type = $2 AND grain_key = $3 AND state_name = $4";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _serviceId;
    private readonly int _maxBatchSize;

    /// <summary>Creates the storage; nothing touches the database until it is initialized.</summary>
    /// <param name="name">The provider name, as in <c>[PersistentState("state", name)]</c>.</param>
    /// <param name="dataSource">The silo's PostgreSQL data source; the storage does not dispose it.</param>
    /// <param name="serviceId">The Orleans service id the rows belong to.</param>
    /// <param name="maxBatchSize">The most writes committed in one transaction.</param>
    /// <param name="serializer">Turns state into the stored bytes and back.</param>
    /// <param name="activators">Creates the empty state of a grain that has none stored.</param>
    public PostgreSqlGrainStorage(string name, NpgsqlDataSource dataSource, string serviceId, int maxBatchSize, IGrainStorageSerializer serializer, IActivatorProvider activators)
        : base(name, serializer, activators)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        _dataSource = dataSource;
        _serviceId = serviceId;
        _maxBatchSize = maxBatchSize;
    }

    private protected override async Task<StoredGrainState?> ReadStoredAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        var command = _dataSource.CreateCommand(SelectSql);
        await using (command.ConfigureAwait(false))
        {
            foreach (var value in (string[])[_serviceId, key.GrainType, key.GrainKey, key.StateName])
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? new StoredGrainState(reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0), reader.GetInt64(1))
                    : null;
            }
        }
    }

    private protected override Task<GroupCommitWriter> OpenWriterAsync(CancellationToken cancellationToken) =>
        Task.FromResult<GroupCommitWriter>(new PostgreSqlGroupCommitWriter(_dataSource, _serviceId, _maxBatchSize));

    private protected override ValueTask OnStoppedAsync() => ValueTask.CompletedTask;
}
