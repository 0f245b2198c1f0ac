using IMU.Runtime.GrainDirectory;
using IMU.Runtime.Membership;
using IMU.Runtime.Options;
using IMU.Runtime.Placement;
using IMU.Runtime.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IMU.Runtime.Hosting;

/// <summary>Puts a silo on the .NET generic host.</summary>
public static class SiloHostingExtensions
{
    /// <summary>Adds a silo to the host; its grain factory is available as <see cref="IGrainFactory"/> and <see cref="IClusterClient"/>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="configure">Configures grains, JSON contexts, storage and options.</param>
    /// <returns>The host builder.</returns>
    public static IHostApplicationBuilder UseImuSilo(this IHostApplicationBuilder builder, Action<SiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddImuSilo(builder.Services, configure);
        return builder;
    }

    /// <summary>Adds a silo to the host; its grain factory is available as <see cref="IGrainFactory"/> and <see cref="IClusterClient"/>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="configure">Configures grains, JSON contexts, storage and options.</param>
    /// <returns>The host builder.</returns>
    public static IHostBuilder UseImuSilo(this IHostBuilder builder, Action<SiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureServices((_, services) => AddImuSilo(services, configure));
    }

    private static void AddImuSilo(IServiceCollection services, Action<SiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(InProcessTransport.Shared);
        services.AddOptions<SiloOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SiloOptions>, SiloOptionsValidator>());
        services.TryAddSingleton<IMembershipService, LocalMembershipService>();
        services.TryAddSingleton<IGrainDirectory, LocalGrainDirectory>();
        services.TryAddSingleton<IPlacementStrategy, LocalPlacementStrategy>();
        services.AddSingleton<KillableResources>();
        services.AddSingleton<SiloRuntime>();
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<SiloRuntime>().Invoker);
        services.AddSingleton<IClusterClient>(sp => sp.GetRequiredService<SiloRuntime>().Invoker);
        services.AddHostedService<SiloHostedService>();
        var startup = new SiloStartup();
        services.AddSingleton(startup);
        configure(new SiloBuilder(services, startup));
    }
}
