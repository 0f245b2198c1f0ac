using IMU.Runtime.GrainDirectory;
using IMU.Runtime.Membership;
using IMU.Runtime.Options;
using IMU.Runtime.Placement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IMU.Runtime.Hosting;

/// <summary>Puts a silo on the .NET generic host.</summary>
public static class SiloHostingExtensions
{
    private static readonly RuntimeRegistration<SiloOptions, SiloOptionsValidator, SiloBuilder> s_silo = new(AddSilo);

    /// <summary>Adds a silo to the host; its grain factory is available as <see cref="IGrainFactory"/> and <see cref="IClusterClient"/>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="configure">Configures grains, JSON contexts, storage and options.</param>
    /// <returns>The host builder.</returns>
    public static IHostApplicationBuilder UseImuSilo(this IHostApplicationBuilder builder, Action<SiloBuilder> configure) =>
        s_silo.AddTo(builder, configure);

    /// <summary>Adds a silo to the host; its grain factory is available as <see cref="IGrainFactory"/> and <see cref="IClusterClient"/>.</summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="configure">Configures grains, JSON contexts, storage and options.</param>
    /// <returns>The host builder.</returns>
    public static IHostBuilder UseImuSilo(this IHostBuilder builder, Action<SiloBuilder> configure) =>
        s_silo.AddTo(builder, configure);

    private static SiloBuilder AddSilo(IServiceCollection services)
    {
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
        return new SiloBuilder(services, startup);
    }
}
