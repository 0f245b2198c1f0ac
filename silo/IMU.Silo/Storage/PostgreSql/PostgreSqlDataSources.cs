using Npgsql;

namespace IMU.Silo.Storage.PostgreSql;

/// <summary>Creates the one Npgsql data source a silo (or <c>imu db migrate</c>) uses for everything it keeps in PostgreSQL.</summary>
internal static class PostgreSqlDataSources
{
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "imu-silo";

        // Grain writes, reminders and membership repeat a handful of statements: prepare them once per connection.
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 32;
        }

        return builder.Build();
    }
}
