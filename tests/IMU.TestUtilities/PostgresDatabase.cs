using Npgsql;

namespace IMU.TestUtilities;

/// <summary>
/// A fresh database on the PostgreSQL server named by <c>IMU_TEST_PG</c>, dropped again on dispose.
/// When the server cannot be reached the creation fails with the commands that start one: tests
/// that need PostgreSQL fail, they never skip.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    /// <summary>The variable holding the server's connection string (any database; it connects to <c>postgres</c> to create one).</summary>
    public const string EnvironmentVariable = "IMU_TEST_PG";

    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=postgres";

    private readonly string _adminConnectionString;

    private PostgresDatabase(string adminConnectionString, string connectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        ConnectionString = connectionString;
        Name = name;
    }

    /// <summary>The connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>The new database's name, <c>imu_test_...</c>.</summary>
    public string Name { get; }

    public static async Task<PostgresDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var admin = new NpgsqlConnectionStringBuilder(configured ?? DefaultServer) { Database = "postgres", Timeout = 5, Pooling = false };
        var name = "imu_test_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            await using var connection = new NpgsqlConnection(admin.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException(
                $"""
                These tests need a real PostgreSQL 15 and none answered at {admin.Host}:{admin.Port} ({EnvironmentVariable} {(configured is null ? "is not set, so the default was tried" : "is set")}): {ex.Message}
                Start a throwaway server and point the tests at it, from the repository root:
                    eval "$(bash .ci/postgres start /tmp/imu-pg)"
                    dotnet test tests/IMU.Silo.Tests
                    bash .ci/postgres stop /tmp/imu-pg
                (.ci/run does this itself.)
                """,
                ex);
        }

        var database = new NpgsqlConnectionStringBuilder(configured ?? DefaultServer) { Database = name };
        return new PostgresDatabase(admin.ConnectionString, database.ConnectionString, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
