using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace IMU.Silo.Storage.Sqlite;

/// <summary>
/// The embedded silo's grain storage: one SQLite file (WAL, synchronous=FULL by default), writes
/// group-committed by one dedicated connection, reads on pooled connections beside it (WAL lets them
/// run during a commit). The schema comes from deploy/sql/sqlite, applied by the migrator at silo start.
/// </summary>
public sealed class SqliteGrainStorage : GroupCommitGrainStorage
{
    private const string SelectSql =
        "SELECT payload, version FROM imu_grain_state WHERE grain_type = $type AND grain_key = $key AND state_name = $state;";

    private readonly SqliteGrainStorageOptions _options;
    private readonly SqliteConnectionFactory _connections;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the storage; nothing touches the file until it is initialized.</summary>
    /// <param name="name">The provider name, as in <c>[PersistentState("state", name)]</c>.</param>
    /// <param name="options">The file and durability settings.</param>
    /// <param name="serializer">Turns state into the stored bytes and back.</param>
    /// <param name="activators">Creates the empty state of a grain that has none stored.</param>
    /// <param name="timeProvider">The clock for modification times.</param>
    public SqliteGrainStorage(string name, SqliteGrainStorageOptions options, IGrainStorageSerializer serializer, IActivatorProvider activators, TimeProvider timeProvider)
        : base(name, serializer, activators)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        _options = options;
        _connections = new SqliteConnectionFactory(options.DataSource, options.Synchronous);
        _timeProvider = timeProvider;
    }

    private protected override async Task<StoredGrainState?> ReadStoredAsync(GrainStateKey key, CancellationToken cancellationToken)
    {
        var connection = await _connections.OpenPooledAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = SelectSql;
                command.Parameters.AddWithValue("$type", key.GrainType);
                command.Parameters.AddWithValue("$key", key.GrainKey);
                command.Parameters.AddWithValue("$state", key.StateName);
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                        ? new StoredGrainState(reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0), reader.GetInt64(1))
                        : null;
                }
            }
        }
    }

    private protected override async Task<GroupCommitWriter> OpenWriterAsync(CancellationToken cancellationToken) =>
        new SqliteGroupCommitWriter(await _connections.OpenDedicatedAsync(cancellationToken).ConfigureAwait(false), _timeProvider, _options.MaxBatchSize);

    private protected override ValueTask OnStoppedAsync()
    {
        _connections.ClearPool();
        return ValueTask.CompletedTask;
    }
}
