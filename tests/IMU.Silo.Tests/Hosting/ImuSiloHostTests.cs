using System.Net;
using IMU.Client;
using IMU.Grains;
using IMU.Silo.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IMU.Silo.Tests.Hosting;

/// <summary>The host as <c>imu silo</c> runs it: embedded on a temporary directory, on free loopback ports.</summary>
public sealed class ImuSiloHostTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly int[] _ports = FreePorts.Take(2);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private string[] Args => ["--data", _directory.Path, "--silo-port", $"{_ports[0]}", "--gateway-port", $"{_ports[1]}", "--http-port", "0"];

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Started_ServesHealthTheExtraEndpointsAndClientsThroughTheGateway()
    {
        var builder = ImuSiloHost.CreateBuilder(Args).MapEndpoints(endpoints => endpoints.MapGet("/api/hello", () => "hello"));
        await using var silo = builder.Build();
        await silo.StartAsync(Token).WithTestTimeout();
        using var http = new HttpClient { BaseAddress = silo.HttpAddress };

        var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative), Token).WithTestTimeout();
        var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), Token).WithTestTimeout();
        var hello = await http.GetStringAsync(new Uri("/api/hello", UriKind.Relative), Token).WithTestTimeout();
        await using var connection = await ClusterConnection.ConnectAsync(new ClusterClientOptions { Gateway = $"127.0.0.1:{_ports[1]}" }, Token).WithTestTimeout();
        var reading = await connection.Client.GetGrain<IProbeGrain>("host").IncrementAsync().WithTestTimeout();

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("hello", hello);
        Assert.Equal(1, reading.Count);
        Assert.True(File.Exists(Path.Combine(_directory.Path, "imu.db")));
        await silo.StopAsync(Token).WithTestTimeout();
    }

    [Fact]
    public async Task UseTimeProvider_GrainsAndOrleansRunOnThatClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));
        await using var silo = ImuSiloHost.CreateBuilder(Args).UseTimeProvider(clock).Build();
        await silo.StartAsync(Token).WithTestTimeout();

        var reading = await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>("clock").IncrementAsync().WithTestTimeout();

        Assert.Equal(clock.GetUtcNow(), reading.LastIncrementedAt);
        await silo.StopAsync(Token).WithTestTimeout();
    }

    [Fact]
    public async Task Stopped_ThenStartedOnTheSameDirectory_KeepsGrainState()
    {
        await using (var first = ImuSiloHost.CreateBuilder(Args).Build())
        {
            await first.StartAsync(Token).WithTestTimeout();
            await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>("restart").IncrementAsync().WithTestTimeout();
            await first.StopAsync(Token).WithTestTimeout();
        }

        await using var second = ImuSiloHost.CreateBuilder(Args).Build();
        await second.StartAsync(Token).WithTestTimeout();

        Assert.Equal(1, (await second.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>("restart").ReadAsync().WithTestTimeout()).Count);
        await second.StopAsync(Token).WithTestTimeout();
    }

    [Fact]
    public async Task RunAsync_BadSettings_ExitsTwoPrintingEachProblem()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ImuSiloHost.RunAsync(["--silo-port", "abc", "--http-port", "99999"], output, error, Token).WithTestTimeout();

        Assert.Equal(2, exitCode);
        Assert.Equal(
            "imu silo: --silo-port (IMU_SILO_PORT, Silo:SiloPort) must be a number, not 'abc'." + Environment.NewLine,
            error.ToString());
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task RunAsync_GatewayPortInUse_ExitsThreeNamingTheStorage()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, _ports[1]);
        taken.Start();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await ImuSiloHost.RunAsync(Args, output, error, Token).WithTestTimeout();

        Assert.Equal(3, exitCode);
        Assert.StartsWith($"imu silo: could not start on SQLite {Path.Combine(_directory.Path, "imu.db")}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_NewDirectoryThenAgain_AppliesOnceThenReportsCurrent()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var database = Path.Combine(_directory.Path, "imu.db");

        Assert.Equal(0, await ImuSiloHost.MigrateAsync(["--data", _directory.Path], output, error, Token).WithTestTimeout());
        Assert.Equal(0, await ImuSiloHost.MigrateAsync(["--data", _directory.Path], output, error, Token).WithTestTimeout());

        Assert.Equal(
            $"{database}: schema version 0 -> 2 (applied 0001_grain_state.sql, 0002_reminders.sql){Environment.NewLine}{database}: schema version 2, already current{Environment.NewLine}",
            output.ToString());
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Build_BadSettings_ThrowsBeforeAnythingListens()
    {
        var ex = Assert.Throws<SiloConfigurationException>(() => ImuSiloHost.CreateBuilder(["--gateway-port", "0"]).Build());

        Assert.Equal("--gateway-port must be between 1 and 65535, not 0.", Assert.Single(ex.Problems));
    }
}
