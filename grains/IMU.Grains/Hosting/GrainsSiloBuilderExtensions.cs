using IMU.Grains.Diagnostics;
using IMU.Grains.Lpars;
using IMU.Zosmf.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;

namespace IMU.Grains.Hosting;

/// <summary>Registers IMU's grains with a silo; the host and the tests' silos call <see cref="AddImuGrains"/>.</summary>
public static class GrainsSiloBuilderExtensions
{
    /// <summary>
    /// Adds the grain classes of IMU.Grains and the interfaces and records of IMU.Grains.Abstractions
    /// to the silo's type manifest, whatever assembly hosts the silo (the <c>imu</c> command, IMU.Silo, a test).
    /// Grain state goes to the silo's default storage provider; time comes from the silo's TimeProvider.
    /// The orchestrator's grains reach the fleet's LPARs through the connector's agents.
    /// </summary>
    /// <param name="builder">The silo being configured.</param>
    /// <param name="configure">Sets how the grains reach LPARs (default credentials).</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddImuGrains(this ISiloBuilder builder, Action<LparAgentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerializer(serializer => serializer
            .AddAssembly(typeof(ProbeGrain).Assembly)
            .AddAssembly(typeof(IProbeGrain).Assembly));
        builder.Services.AddZosmfAgents();
        var options = builder.Services.AddOptions<LparAgentOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        builder.Services.TryAddSingleton<LparAgents>();
        return builder;
    }
}
