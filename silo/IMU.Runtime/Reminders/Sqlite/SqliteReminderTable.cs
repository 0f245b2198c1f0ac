using System.Globalization;
using IMU.Runtime.Hosting;
using IMU.Runtime.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IMU.Runtime.Reminders.Sqlite;

/// <summary>
/// Reminder schedules in the same SQLite file as grain state (same migrator). Reminder writes are
/// rare, so each runs in its own short transaction beside the grain-state group-commit writer.
/// Call <see cref="InitializeAsync"/> once at silo start.
/// </summary>
public sealed class SqliteReminderTable : IReminderTable, IAsyncDisposable, IKillable
{
    private const string Columns = "grain_type, grain_key, reminder_name, start_at, period, version";

    private readonly SqliteConnectionFactory _connections;
    private bool _initialized;
    private int _stopped;

    /// <summary>Creates the table; nothing touches the file until <see cref="InitializeAsync"/>.</summary>
    /// <param name="options">The file and durability settings, usually the ones the grain state storage uses.</param>
    public SqliteReminderTable(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connections = new SqliteConnectionFactory(options);
    }

    /// <summary>Creates or migrates the schema.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>A task that completes when the table can be used.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var connection = await _connections.OpenDedicatedAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await SqliteMigrator.MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
        }

        _initialized = true;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM reminders;", null, null, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadAsync(GrainId grainId, CancellationToken cancellationToken) =>
        QueryAsync($"SELECT {Columns} FROM reminders WHERE grain_type = $type AND grain_key = $key;", grainId, null, cancellationToken);

    /// <inheritdoc />
    public async Task<ReminderEntry?> ReadAsync(GrainId grainId, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var entries = await QueryAsync(
            $"SELECT {Columns} FROM reminders WHERE grain_type = $type AND grain_key = $key AND reminder_name = $name;",
            grainId,
            name,
            cancellationToken).ConfigureAwait(false);
        return entries.Count == 0 ? null : entries[0];
    }

    /// <inheritdoc />
    public async Task<string> UpsertAsync(GrainId grainId, string name, DateTimeOffset startAt, TimeSpan period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ThrowIfNotInitialized();
        var connection = await _connections.OpenPooledAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.Transaction = transaction;

                    // One table-wide counter: a deleted and re-created reminder never gets an old ETag back.
                    command.CommandText = "UPDATE sequences SET value = value + 1 WHERE name = 'reminder_version' RETURNING value;";
                    var version = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;

                    command.CommandText =
                        $"""
                        INSERT INTO reminders ({Columns}) VALUES ($type, $key, $name, $startAt, $period, $version)
                        ON CONFLICT (grain_type, grain_key, reminder_name) DO UPDATE
                          SET start_at = excluded.start_at, period = excluded.period, version = excluded.version;
                        """;
                    AddKey(command, grainId, name);
                    command.Parameters.AddWithValue("$startAt", startAt.UtcTicks);
                    command.Parameters.AddWithValue("$period", period.Ticks);
                    command.Parameters.AddWithValue("$version", version);
                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return version.ToString(CultureInfo.InvariantCulture);
                }
            }
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(GrainId grainId, string name, string eTag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(eTag);
        ThrowIfNotInitialized();
        if (!long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        var connection = await _connections.OpenPooledAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText =
                    "DELETE FROM reminders WHERE grain_type = $type AND grain_key = $key AND reminder_name = $name AND version = $version;";
                AddKey(command, grainId, name);
                command.Parameters.AddWithValue("$version", version);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            }
        }
    }

    /// <summary>Refuses further calls and closes idle pooled connections so the file can be reopened or deleted.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Volatile.Write(ref _stopped, 1);
        _connections.ClearPool();
        return ValueTask.CompletedTask;
    }

    /// <summary>A crash has nothing to flush here: the same as <see cref="DisposeAsync"/>.</summary>
    ValueTask IKillable.KillAsync() => DisposeAsync();

    private static void AddKey(SqliteCommand command, GrainId grainId, string? name)
    {
        command.Parameters.AddWithValue("$type", grainId.Type);
        command.Parameters.AddWithValue("$key", grainId.Key);
        if (name is not null)
        {
            command.Parameters.AddWithValue("$name", name);
        }
    }

    private async Task<IReadOnlyList<ReminderEntry>> QueryAsync(string sql, GrainId? grainId, string? name, CancellationToken cancellationToken)
    {
        ThrowIfNotInitialized();
        var connection = await _connections.OpenPooledAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql;
                if (grainId is { } id)
                {
                    AddKey(command, id, name);
                }

                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var entries = new List<ReminderEntry>();
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        entries.Add(new ReminderEntry(
                            new GrainId(reader.GetString(0), reader.GetString(1)),
                            reader.GetString(2),
                            new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                            TimeSpan.FromTicks(reader.GetInt64(4)),
                            reader.GetInt64(5).ToString(CultureInfo.InvariantCulture)));
                    }

                    return entries;
                }
            }
        }
    }

    private void ThrowIfNotInitialized()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _stopped) != 0, this);
        if (!_initialized)
        {
            throw new InvalidOperationException("Call InitializeAsync on the SQLite reminder table at silo start before using it.");
        }
    }
}
