using System.Text.Json.Serialization;
using IMU.Runtime.Activation;
using IMU.Runtime.Options;
using IMU.Runtime.Reminders;
using IMU.Runtime.Reminders.Memory;
using IMU.Runtime.Reminders.Sqlite;
using IMU.Runtime.Storage;
using IMU.Runtime.Storage.Memory;
using IMU.Runtime.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IMU.Runtime.Hosting;

/// <summary>Configures a silo: its grain classes, JSON contexts, storage providers, reminders and options.</summary>
public sealed class SiloBuilder
{
    private readonly SiloStartup _startup;

    internal SiloBuilder(IServiceCollection services, SiloStartup startup)
    {
        Services = services;
        _startup = startup;
    }

    /// <summary>The host's services, for registering what grains inject.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Changes silo options.</summary>
    /// <param name="configure">The change.</param>
    /// <returns>This builder.</returns>
    public SiloBuilder Configure(Action<SiloOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }

    /// <summary>Hosts a grain class (for every grain interface it implements).</summary>
    /// <typeparam name="TGrain">The grain class.</typeparam>
    /// <returns>This builder.</returns>
    public SiloBuilder AddGrain<TGrain>()
        where TGrain : class, IGrain =>
        Configure(o => o.GrainClasses.Add(typeof(TGrain)));

    /// <summary>Registers a source-generated JSON context for argument, result and state types.</summary>
    /// <param name="context">The context, e.g. <c>MyContext.Default</c>.</param>
    /// <returns>This builder.</returns>
    public SiloBuilder AddJsonContext(JsonSerializerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Configure(o => o.JsonContexts.Add(context));
    }

    /// <summary>Registers a named grain storage provider.</summary>
    /// <param name="name">The name used in <see cref="PersistentStateAttribute"/>.</param>
    /// <param name="factory">Creates the provider.</param>
    /// <returns>This builder.</returns>
    public SiloBuilder AddGrainStorage(string name, Func<IServiceProvider, IGrainStateStorage> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Services.AddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<KillableResources>().Track(factory(sp)));
        return this;
    }

    /// <summary>Registers an in-memory grain storage provider (lost with the process).</summary>
    /// <param name="name">The provider name.</param>
    /// <returns>This builder.</returns>
    public SiloBuilder AddMemoryGrainStorage(string name = PersistentStateAttribute.DefaultStorageName) =>
        AddGrainStorage(name, _ => new MemoryGrainStateStorage());

    /// <summary>
    /// Registers a grain storage provider on an SQLite file (WAL, group commit). The schema is
    /// created or migrated before the silo accepts calls.
    /// </summary>
    /// <param name="name">The provider name.</param>
    /// <param name="configure">Sets the file (<see cref="SqliteStorageOptions.DataSource"/>) and durability.</param>
    /// <returns>This builder.</returns>
    public SiloBuilder AddSqliteGrainStorage(string name, Action<SqliteStorageOptions> configure)
    {
        var options = SqliteOptions(configure);
        AddGrainStorage(name, sp => new SqliteGrainStateStorage(options, sp.GetRequiredService<TimeProvider>()));
        _startup.Tasks.Add((sp, ct) => ((SqliteGrainStateStorage)sp.GetRequiredKeyedService<IGrainStateStorage>(name)).InitializeAsync(ct));
        return this;
    }

    /// <summary>Runs durable reminders on an in-memory table (schedules are lost with the process).</summary>
    /// <param name="configure">Changes reminder settings, e.g. the minimum period.</param>
    /// <returns>This builder.</returns>
    public SiloBuilder AddMemoryReminders(Action<ReminderServiceOptions>? configure = null) =>
        AddReminders(_ => new MemoryReminderTable(), configure);

    /// <summary>Runs durable reminders on an SQLite file; they fire after a restart on the same file.</summary>
    /// <param name="configure">Sets the file (<see cref="SqliteStorageOptions.DataSource"/>).</param>
    /// <param name="configureReminders">Changes reminder settings, e.g. the minimum period.</param>
    /// <returns>This builder.</returns>
    public SiloBuilder AddSqliteReminders(Action<SqliteStorageOptions> configure, Action<ReminderServiceOptions>? configureReminders = null)
    {
        var options = SqliteOptions(configure);
        _startup.Tasks.Add((sp, ct) => ((SqliteReminderTable)sp.GetRequiredService<IReminderTable>()).InitializeAsync(ct));
        return AddReminders(_ => new SqliteReminderTable(options), configureReminders);
    }

    private static SqliteStorageOptions SqliteOptions(Action<SqliteStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new SqliteStorageOptions();
        configure(options);
        var problems = options.Validate();
        return problems.Count == 0 ? options : throw new ArgumentException(string.Join(" ", problems), nameof(configure));
    }

    private SiloBuilder AddReminders(Func<IServiceProvider, IReminderTable> table, Action<ReminderServiceOptions>? configure)
    {
        var options = new ReminderServiceOptions();
        configure?.Invoke(options);
        Services.Replace(ServiceDescriptor.Singleton(sp => sp.GetRequiredService<KillableResources>().Track(table(sp))));
        Services.Replace(ServiceDescriptor.Singleton(options));
        Services.TryAddSingleton<IReminderTickSink>(sp => new CatalogReminderSink(() => sp.GetRequiredService<SiloRuntime>().Catalog));
        Services.TryAddSingleton<ReminderService>();
        return this;
    }

    /// <summary>Runs the silo on the given clock (timers, reminders, deadlines, idle collection).</summary>
    /// <param name="timeProvider">The clock, e.g. a fake one in tests.</param>
    /// <returns>This builder.</returns>
    public SiloBuilder UseTimeProvider(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        Services.Replace(ServiceDescriptor.Singleton(timeProvider));
        return this;
    }
}
