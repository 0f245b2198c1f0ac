using IMU.Silo.Migrations;
using IMU.Silo.Storage;
using IMU.Silo.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;

namespace IMU.Silo.Hosting;

/// <summary>The embedded silo's storage: grain state and reminders in one SQLite file.</summary>
public static class EmbeddedStorageSiloBuilderExtensions
{
    /// <summary>
    /// Keeps grain state (our group-commit <see cref="SqliteGrainStorage"/>, registered as the default
    /// provider, so grains write <c>[PersistentState("lpar")]</c> without a provider name) and reminders
    /// (Orleans' ADO.NET reminder table on our SQLite schema) in <paramref name="databasePath"/>,
    /// migrating the file's schema when the silo starts. Grain state is stored as System.Text.Json
    /// (<see cref="JsonGrainStateSerializer"/>): every state record must round-trip through it.
    /// </summary>
    /// <param name="builder">The silo being configured.</param>
    /// <param name="databasePath">The SQLite file; created with its directory when missing.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder UseImuEmbeddedStorage(this ISiloBuilder builder, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        builder.Services.AddSingleton<ISchemaMigrator>(sp => new SqliteSchemaMigrator(databasePath, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SchemaMigrationLifecycle>();
        builder.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, options => options.DataSource = databasePath);

        // Orleans maps the "System.Data.SQLite" invariant onto Microsoft.Data.Sqlite; "Microsoft.Data.Sqlite" itself is not a known invariant.
        builder.UseAdoNetReminderService(options =>
        {
            options.Invariant = "System.Data.SQLite";
            options.ConnectionString = $"Data Source={databasePath}";
        });
        return builder;
    }

    /// <summary>
    /// Adds a <see cref="SqliteGrainStorage"/> under <paramref name="name"/>. Its schema (deploy/sql/sqlite)
    /// must be applied first; <see cref="UseImuEmbeddedStorage"/> does that at silo start.
    /// </summary>
    /// <param name="builder">The silo being configured.</param>
    /// <param name="name">The provider name; <c>"Default"</c> for the default provider.</param>
    /// <param name="configure">Sets the file and durability options.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.AddOptions<SqliteGrainStorageOptions>(name).Configure(configure);
        builder.Services.TryAddSingleton<JsonGrainStateSerializer>();
        builder.Services.AddGrainStorage(name, static (services, providerName) => new SqliteGrainStorage(
            providerName,
            services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(providerName),
            services.GetRequiredService<JsonGrainStateSerializer>(),
            services.GetRequiredService<IActivatorProvider>(),
            services.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
