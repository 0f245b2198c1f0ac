using IMU.Silo.Migrations;
using IMU.Silo.Storage;
using IMU.Silo.Storage.PostgreSql;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Serialization.Serializers;

namespace IMU.Silo.Hosting;

/// <summary>A cluster member's PostgreSQL: membership, reminders and grain state in one database.</summary>
public static class ClusterSiloBuilderExtensions
{
    /// <summary>
    /// Joins the cluster whose membership lives in <paramref name="connectionString"/> (Orleans' ADO.NET
    /// clustering), keeps reminders there (Orleans' ADO.NET reminders) and grain state there (our
    /// group-commit <see cref="PostgreSqlGrainStorage"/>, the default provider, storing System.Text.Json
    /// of each state record: every state record must round-trip through it). The schema is migrated
    /// when the silo starts. One <see cref="NpgsqlDataSource"/> serves all three.
    /// </summary>
    /// <param name="builder">The silo being configured.</param>
    /// <param name="connectionString">The cluster's PostgreSQL.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder UseImuPostgreSqlCluster(this ISiloBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        builder.Services.AddSingleton(_ => PostgreSqlDataSources.Create(connectionString));
        builder.Services.AddSingleton<ISchemaMigrator>(sp => new PostgreSqlSchemaMigrator(sp.GetRequiredService<NpgsqlDataSource>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SchemaMigrationLifecycle>();
        builder.UseAdoNetClustering(options => options.Configure<NpgsqlDataSource>((clustering, dataSource) =>
        {
            clustering.Invariant = "Npgsql";
            clustering.DataSource = dataSource;
        }));
        builder.UseAdoNetReminderService(options => options.Configure<NpgsqlDataSource>((reminders, dataSource) =>
        {
            reminders.Invariant = "Npgsql";
            reminders.DataSource = dataSource;
        }));
        builder.AddPostgreSqlGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, services => services.GetRequiredService<NpgsqlDataSource>());

        // Orleans' defaults take 12-15 s to declare a killed silo dead (a 5 s probe timeout, three missed
        // probes, two votes), and its grains answer nowhere until then. Measured here with these values,
        // a killed silo's grains answered from a survivor within about 1 s: a probe times out after 1 s,
        // two missed probes make a suspicion, one suspicion is enough (clusters here are a few silos,
        // where waiting for a second voter mostly waits for the table refresh), and silos re-read the
        // table every 2 s so they learn of the death promptly. The price is a silo stalled for ~2 s by a
        // GC pause or an overloaded host being declared dead and restarting; IAmAlive rows every 5 s keep
        // the table's view of live silos fresh for clients and for cleanup.
        builder.Configure<ClusterMembershipOptions>(membership =>
        {
            membership.ProbeTimeout = TimeSpan.FromSeconds(1);
            membership.NumMissedProbesLimit = 2;
            membership.NumVotesForDeathDeclaration = 1;
            membership.TableRefreshTimeout = TimeSpan.FromSeconds(2);
            membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
        });
        return builder;
    }

    /// <summary>
    /// Adds a <see cref="PostgreSqlGrainStorage"/> under <paramref name="name"/>, keyed by the silo's
    /// service id and storing System.Text.Json. Its schema (deploy/sql/postgresql) must be applied first;
    /// <see cref="UseImuPostgreSqlCluster"/> does that at silo start.
    /// </summary>
    /// <param name="builder">The silo being configured.</param>
    /// <param name="name">The provider name; <c>"Default"</c> for the default provider.</param>
    /// <param name="dataSource">Picks the data source from the silo's services; the storage does not dispose it.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddPostgreSqlGrainStorage(this ISiloBuilder builder, string name, Func<IServiceProvider, NpgsqlDataSource> dataSource)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(dataSource);
        builder.Services.TryAddSingleton<JsonGrainStateSerializer>();
        builder.Services.AddGrainStorage(name, (services, providerName) => new PostgreSqlGrainStorage(
            providerName,
            dataSource(services),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId,
            maxBatchSize: 512,
            services.GetRequiredService<JsonGrainStateSerializer>(),
            services.GetRequiredService<IActivatorProvider>()));
        return builder;
    }
}
