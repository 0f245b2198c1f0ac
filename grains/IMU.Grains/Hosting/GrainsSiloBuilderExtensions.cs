using IMU.Grains.Diagnostics;
using Orleans.Serialization;

namespace IMU.Grains.Hosting;

/// <summary>Registers IMU's grains with a silo; the host and the tests' silos call <see cref="AddImuGrains"/>.</summary>
public static class GrainsSiloBuilderExtensions
{
    /// <summary>
    /// Adds the grain classes of IMU.Grains and the interfaces and records of IMU.Grains.Abstractions
    /// to the silo's type manifest, whatever assembly hosts the silo (the <c>imu</c> command, IMU.Silo, a test).
    /// Grain state goes to the silo's default storage provider; time comes from the silo's TimeProvider.
    /// </summary>
    /// <param name="builder">The silo being configured.</param>
    /// <returns>The same builder.</returns>
    public static ISiloBuilder AddImuGrains(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSerializer(serializer => serializer
            .AddAssembly(typeof(ProbeGrain).Assembly)
            .AddAssembly(typeof(IProbeGrain).Assembly));
        return builder;
    }
}
