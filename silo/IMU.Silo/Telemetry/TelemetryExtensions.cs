using IMU.Grains.Diagnostics;
using IMU.Zosmf.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Resources;

namespace IMU.Silo.Telemetry;

/// <summary>The silo's OpenTelemetry wiring, in one place: which sources and meters, and where they go.</summary>
public static class TelemetryExtensions
{
    /// <summary>The configuration key (and environment variable) naming the OTLP endpoint; nothing is exported without it.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// Orleans' activity sources (grain calls as client and server spans, system calls, storage and
    /// activation lifecycle) and ours. Grain calls carry the caller's trace because silo and clients add
    /// Orleans' activity propagation.
    /// </summary>
    public static IReadOnlyList<string> ActivitySources { get; } =
    [
        "Microsoft.Orleans.Application",
        "Microsoft.Orleans.Runtime",
        "Microsoft.Orleans.Storage",
        "Microsoft.Orleans.Lifecycle",
        GrainsTelemetry.ActivitySourceName,
        ZosmfTelemetry.ActivitySourceName,
    ];

    /// <summary>Orleans' meter and ours.</summary>
    public static IReadOnlyList<string> Meters { get; } = ["Microsoft.Orleans", GrainsTelemetry.MeterName];

    /// <summary>
    /// Collects traces and metrics from <see cref="ActivitySources"/> and <see cref="Meters"/>, and
    /// exports them over OTLP only when <see cref="OtlpEndpointKey"/> is configured (the standard
    /// <c>OTEL_EXPORTER_OTLP_*</c> variables then apply), so a silo without a collector pays nothing
    /// for an exporter that cannot deliver.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host's configuration, environment variables included.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddImuTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("imu-silo"))
            .WithTracing(tracing => tracing.AddSource([.. ActivitySources]))
            .WithMetrics(metrics => metrics.AddMeter([.. Meters]));
        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
