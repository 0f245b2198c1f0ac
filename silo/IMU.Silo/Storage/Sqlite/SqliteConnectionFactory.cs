using Microsoft.Data.Sqlite;

namespace IMU.Silo.Storage.Sqlite;

/// <summary>Opens connections to the one database file with the pragmas every connection needs.</summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string _pooled;
    private readonly string _dedicated;
    private readonly string _synchronousPragma;

    public SqliteConnectionFactory(string dataSource, SqliteSynchronousMode synchronous)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        };
        _pooled = builder.ToString();
        builder.Pooling = false;
        _dedicated = builder.ToString();
        _synchronousPragma = $"PRAGMA synchronous = {(int)synchronous};";
    }

    /// <summary>A pooled connection for reads; WAL lets reads run beside the group-commit writer.</summary>
    public Task<SqliteConnection> OpenPooledAsync(CancellationToken cancellationToken) => OpenAsync(_pooled, cancellationToken);

    /// <summary>An unpooled connection that really closes the file when disposed: the group-commit writer and the migrator.</summary>
    public Task<SqliteConnection> OpenDedicatedAsync(CancellationToken cancellationToken) => OpenAsync(_dedicated, cancellationToken);

    /// <summary>Closes idle pooled connections so the file can be reopened, moved or deleted.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_pooled);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                // journal_mode is stored in the file, synchronous is per connection: set both on every open.
                command.CommandText = "PRAGMA journal_mode = WAL; " + _synchronousPragma;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
