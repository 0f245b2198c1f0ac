using System.Diagnostics;
using IMU.Client;
using IMU.Grains;
using IMU.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace IMU.Silo.Tests.Telemetry;

/// <summary>What AddImuTelemetry collects from a running silo, captured with OpenTelemetry's in-memory exporter.</summary>
public sealed class TelemetryExtensionsTests : IDisposable
{
    // The caller's own span, as an operator tool or the HTTP API would start one.
    private static readonly ActivitySource s_operator = new("IMU.Silo.Tests.Operator");
    private readonly TempDirectory _directory = new();
    private readonly List<Activity> _spans = [];
    private readonly List<Metric> _metrics = [];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task GrainCallFromAClient_IsTracedOnTheSiloUnderTheCallersTraceWithItsStorageWrite()
    {
        var ports = FreePorts.Take(2);
        await using var silo = await StartSiloAsync(ports);
        await using var connection = await ClusterConnection.ConnectAsync(new ClusterClientOptions { Gateway = $"127.0.0.1:{ports[1]}" }, Token).WithTestTimeout();

        ActivityTraceId trace;
        using (var request = s_operator.StartActivity("operator request"))
        {
            trace = request!.TraceId;
            await connection.Client.GetGrain<IProbeGrain>("traced").IncrementAsync().WithTestTimeout();
        }

        silo.Services.GetRequiredService<TracerProvider>().ForceFlush();
        var traced = _spans.Where(s => s.TraceId == trace).ToArray();
        Assert.Contains(traced, s => s.Source.Name == "Microsoft.Orleans.Application" && s.Kind == ActivityKind.Client && s.DisplayName.Contains("IProbeGrain", StringComparison.Ordinal));
        Assert.Contains(traced, s => s.Source.Name == "Microsoft.Orleans.Application" && s.Kind == ActivityKind.Server && s.DisplayName.Contains("IProbeGrain", StringComparison.Ordinal));
        Assert.Contains(traced, s => s.Source.Name == "Microsoft.Orleans.Storage" && s.DisplayName.Contains("write", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_OrleansAndTheGrainsMeter_AreCollected()
    {
        var ports = FreePorts.Take(2);
        await using var silo = await StartSiloAsync(ports);

        await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>("metered").IncrementAsync().WithTestTimeout();
        silo.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Contains(_metrics, m => m.MeterName == "IMU.Grains" && m.Name == "imu.probe.increments");
        Assert.Contains(_metrics, m => m.MeterName == "Microsoft.Orleans");
    }

    private async Task<ImuSilo> StartSiloAsync(int[] ports)
    {
        var builder = ImuSiloHost.CreateBuilder(["--data", _directory.Path, "--silo-port", $"{ports[0]}", "--gateway-port", $"{ports[1]}", "--http-port", "0"]);
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource(s_operator.Name).AddInMemoryExporter(_spans));
        builder.Services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
        var silo = builder.Build();
        await silo.StartAsync(Token).WithTestTimeout();
        return silo;
    }
}
