using IMU.Grains.Hosting;
using IMU.Silo.Hosting;
using IMU.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace IMU.Silo.Tests.Cluster;

/// <summary>
/// An Orleans in-process test cluster whose silos share one embedded SQLite file (our grain storage
/// and the ADO.NET reminders), one fake clock and one <see cref="ReminderTicks"/>.
/// </summary>
internal sealed class EmbeddedTestCluster : IAsyncDisposable
{
    private readonly TempDirectory _directory = new();

    private EmbeddedTestCluster(short silos)
    {
        var databasePath = Path.Combine(_directory.Path, "imu.db");
        var builder = new InProcessTestClusterBuilder(silos);
        builder.ConfigureSilo((_, silo) => silo
            .UseImuEmbeddedStorage(databasePath)
            .AddImuGrains()
            .Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1)));
        builder.ConfigureSiloHost((_, host) => host.Services
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton(Ticks));
        Cluster = builder.Build();
    }

    public InProcessTestCluster Cluster { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));

    public ReminderTicks Ticks { get; } = new();

    public IClusterClient Client => Cluster.Client;

    public static async Task<EmbeddedTestCluster> StartAsync(short silos)
    {
        var cluster = new EmbeddedTestCluster(silos);
        await cluster.Cluster.DeployAsync(TestContext.Current.CancellationToken).WithTestTimeout();
        return cluster;
    }

    /// <summary>
    /// Moves the fake clock one <paramref name="step"/> at a time until <paramref name="awaited"/> completes.
    /// A silo does part of its work (reading the reminder table, say) on real I/O, so a single advance can
    /// land before the timer it should fire exists; between steps the silo gets a moment of real time.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> awaited, TimeSpan step)
    {
        while (!awaited.IsCompleted)
        {
            Time.Advance(step);
            await Task.WhenAny(awaited, Task.Delay(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken));
        }

        return await awaited;
    }

    /// <summary>Replaces the cluster's client with a new one, as a user would reconnect after the cluster restarted.</summary>
    public async Task ReconnectClientAsync()
    {
        await Cluster.StopClusterClientAsync(TestContext.Current.CancellationToken).WithTestTimeout();
        await Cluster.InitializeClientAsync(TestContext.Current.CancellationToken).WithTestTimeout();
    }

    /// <summary>The silo an activation reported (its RuntimeIdentity) as the answering silo.</summary>
    public InProcessSiloHandle SiloNamed(string runtimeIdentity) =>
        Cluster.GetActiveSilos().Single(s => s.SiloAddress.ToString() == runtimeIdentity);

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        _directory.Dispose();
    }
}
