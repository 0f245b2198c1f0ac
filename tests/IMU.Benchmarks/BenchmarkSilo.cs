using IMU.Grains.Hosting;
using IMU.TestUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IMU.Benchmarks;

/// <summary>
/// One localhost silo with IMU's grains and the storage under test, on free loopback ports, Orleans'
/// logging at warnings. Benchmarks call it in-silo through <see cref="Grains"/> or from a client
/// through <see cref="GatewayPort"/>.
/// </summary>
internal sealed class BenchmarkSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchmarkSilo(IHost host, int gatewayPort)
    {
        _host = host;
        GatewayPort = gatewayPort;
    }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public int GatewayPort { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<BenchmarkSilo> StartAsync(Action<ISiloBuilder> storage)
    {
        var ports = FreePorts.Take(2);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(ports[0], ports[1], serviceId: "imu", clusterId: "imu");
            silo.AddImuGrains();
            storage(silo);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new BenchmarkSilo(host, ports[1]);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
