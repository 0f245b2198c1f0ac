using System.Text.Json.Serialization;
using IMU.Runtime.Options;
using IMU.Runtime.Reminders;
using IMU.Runtime.Reminders.Memory;
using IMU.Runtime.Storage;
using IMU.Runtime.Storage.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IMU.Runtime.Hosting;

/// <summary>Configures a silo: its grain classes, JSON contexts, storage providers, reminders and options.</summary>
public sealed class SiloBuilder
{
    internal SiloBuilder(IServiceCollection services) => Services = services;

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
        Services.AddKeyedSingleton(name, (sp, _) => factory(sp));
        return this;
    }

    /// <summary>Registers an in-memory grain storage provider (lost with the process).</summary>
    /// <param name="name">The provider name.</param>
    /// <returns>This builder.</returns>
    public SiloBuilder AddMemoryGrainStorage(string name = PersistentStateAttribute.DefaultStorageName) =>
        AddGrainStorage(name, _ => new MemoryGrainStateStorage());

    /// <summary>Uses an in-memory reminder table (schedules are lost with the process).</summary>
    /// <returns>This builder.</returns>
    public SiloBuilder AddMemoryReminders()
    {
        Services.Replace(ServiceDescriptor.Singleton<IReminderTable, MemoryReminderTable>());
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
