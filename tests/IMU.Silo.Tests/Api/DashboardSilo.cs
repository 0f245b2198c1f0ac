using System.Net.Http.Headers;
using System.Text;
using IMU.Grains;
using IMU.Grains.Models;
using IMU.Silo.Hosting;
using IMU.Smpe.Mcs;
using IMU.Zosmf;
using IMU.Zosmf.Resilience;
using IMU.Zosmf.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace IMU.Silo.Tests.Api;

/// <summary>
/// A silo as <c>imu silo</c> runs it (embedded SQLite, real clock, HTTP on a free loopback port) over a
/// z/OSMF + HMC simulator whose systems have an installed base; the fleet file's credentials name an
/// environment variable holding <see cref="ZosmfPassword"/>, so tests can check it never shows. Every
/// log line the silo writes is kept in <see cref="Logs"/>.
/// </summary>
internal sealed class DashboardSilo : IAsyncDisposable
{
    /// <summary>The z/OSMF password the simulator requires; no response, page or log may carry it.</summary>
    public const string ZosmfPassword = "Zosmf-Secret-7f3a9c";

    public const string ZosmfUser = "IMUAUTO";

    public const string BaseMcs = """
        ++FUNCTION(HBB77D0).
        ++VER(Z038).
        ++MOD(IEFBR14) DISTLIB(AOS12) LMOD(IEFBR14) SYSLIB(LINKLIB).
        ++MOD(IEANUC01) DISTLIB(AOSB3) SYSLIB(NUCLEUS).
        ++MOD(IGGCSI00) DISTLIB(AOS12) LMOD(IGGCSI00) SYSLIB(LINKLIB).
        """;

    private const string PasswordVariable = "IMU_DASHBOARD_TEST_ZOSMF_PASSWORD";

    private readonly TempDirectory _data;
    private int _leased;
    private int _rollouts;

    private DashboardSilo(TempDirectory data, ZosmfSimulator simulator, ImuSilo silo, FakeLogCollector logs)
    {
        _data = data;
        Simulator = simulator;
        Silo = silo;
        Logs = logs;
    }

    public ZosmfSimulator Simulator { get; }

    public ImuSilo Silo { get; }

    public FakeLogCollector Logs { get; }

    public Uri Http => Silo.HttpAddress;

    public IGrainFactory Grains => Silo.Services.GetRequiredService<IGrainFactory>();

    public IFleetGrain Fleet => Grains.GetGrain<IFleetGrain>(GrainKeys.Fleet);

    /// <summary>Starts the simulator and the silo; <paramref name="tokenFile"/> is the text of a <c>--token-file</c>, or null for none.</summary>
    public static async Task<DashboardSilo> StartAsync(int systems, string? tokenFile, CancellationToken cancellationToken)
    {
        Environment.SetEnvironmentVariable(PasswordVariable, ZosmfPassword);
        var data = new TempDirectory();
        var simulator = await ZosmfSimulator.StartAsync(
            new SimulatorOptions
            {
                Systems = systems,
                DataDirectory = Path.Combine(data.Path, "simulator"),
                BaseMcs = [McsReader.Read(BaseMcs, "base.mcs")],
                IplDuration = TimeSpan.FromMilliseconds(100),
                UserId = ZosmfUser,
                Password = ZosmfPassword,
            },
            cancellationToken).WithTestTimeout(TimeSpan.FromMinutes(1));
        var ports = FreePorts.Take(2);
        string[] args = ["--data", Path.Combine(data.Path, "silo"), "--silo-port", $"{ports[0]}", "--gateway-port", $"{ports[1]}", "--http-port", "0"];
        if (tokenFile is not null)
        {
            args = [.. args, "--token-file", data.WriteFile("tokens", tokenFile)];
        }

        var logs = new FakeLogCollector();
        var builder = ImuSiloHost.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new FakeLoggerProvider(logs));
        builder.Services.Configure<ZosmfAgentOptions>(o =>
        {
            o.StatusPollInterval = TimeSpan.FromMilliseconds(10);
            o.IplPollInterval = TimeSpan.FromMilliseconds(10);
            o.ConsoleFollowUpDelay = TimeSpan.FromMilliseconds(10);
            o.Resilience = new ResilienceSettings { RetryBaseDelay = TimeSpan.FromMilliseconds(5), CallTimeout = TimeSpan.FromSeconds(5) };
        });
        var silo = builder.Build();
        await silo.StartAsync(cancellationToken).WithTestTimeout(TimeSpan.FromMinutes(1));
        return new DashboardSilo(data, simulator, silo, logs);
    }

    /// <summary>Systems of the simulator no other test uses.</summary>
    public string[] Lease(int count)
    {
        var first = Interlocked.Add(ref _leased, count) - count;
        var names = Simulator.SystemNames;
        Assert.True(first + count <= names.Count, $"the shared simulator has {names.Count} systems; raise it");
        return [.. names.Skip(first).Take(count)];
    }

    /// <summary>A rollout name no other test uses.</summary>
    public string RolloutName() => $"r{Interlocked.Increment(ref _rollouts):000}";

    /// <summary>
    /// A fleet file for <paramref name="lpars"/>, all in <paramref name="sysplex"/>, each with its own z/OSMF and
    /// the simulator's HMC, and a daily four-hour IPL window that opened an hour ago (so IPLs run at once).
    /// </summary>
    public string FleetYaml(string sysplex, params string[] lpars)
    {
        var now = DateTimeOffset.UtcNow;
        var window = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(-1);
        var yaml = new StringBuilder("lpars:\n");
        foreach (var lpar in lpars)
        {
            yaml.Append($"  - name: {lpar}\n    sysplex: {sysplex}\n")
                .Append($"    zosmf: {Simulator.ZosmfBaseAddress(lpar)}\n    hmc: {Simulator.HmcBaseAddress}\n")
                .Append("    zone: TGT1\n    dlibZone: DLIB1\n    expectedIplTime: PT10M\n")
                .Append($"    credentials: {{user: {ZosmfUser}, passwordEnv: {PasswordVariable}}}\n")
                .Append($"    iplWindows: [{{start: \"{window:yyyy-MM-dd'T'HH:mm:ss'Z'}\", duration: PT4H, repeat: P1D}}]\n");
        }

        return yaml.ToString();
    }

    public async Task ApplyFleetAsync(string sysplex, params string[] lpars)
    {
        var result = await Fleet.ApplyAsync(new FleetFile("fleet.yaml", FleetYaml(sysplex, lpars))).WithTestTimeout();
        Assert.Empty(result.Errors);
    }

    public async Task ReceiveAsync(string mcs, string? holdData = null)
    {
        MaintenanceFile[] files = holdData is null
            ? [new MaintenanceFile("package.mcs", mcs, false)]
            : [new MaintenanceFile("package.mcs", mcs, false), new MaintenanceFile("holddata.txt", holdData, true)];
        var result = await Fleet.ReceiveAsync(new MaintenancePackage(files, "alice")).WithTestTimeout();
        Assert.Empty(result.Errors);
    }

    public async Task<IRolloutGrain> CreateAsync(string name, RolloutRequest request)
    {
        var rollout = Grains.GetGrain<IRolloutGrain>(name);
        var created = await rollout.CreateAsync(request).WithTestTimeout();
        Assert.True(created.Accepted, string.Join("; ", created.Errors));
        return rollout;
    }

    /// <summary>Waits, each wait for a change bounded, until the rollout's status satisfies <paramref name="until"/>.</summary>
    public async Task<RolloutStatus> WaitAsync(IRolloutGrain rollout, Func<RolloutStatus, bool> until)
    {
        var watcher = new StatusWatcher();
        var reference = Grains.CreateObjectReference<IRolloutObserver>(watcher);
        await rollout.SubscribeAsync(reference).WithTestTimeout();
        try
        {
            while (true)
            {
                var changed = watcher.Next;
                var status = (await rollout.GetStatusAsync().WithTestTimeout())!;
                if (until(status))
                {
                    return status;
                }

                await changed.WithTestTimeout();
            }
        }
        finally
        {
            await rollout.UnsubscribeAsync(reference).WithTestTimeout();
            Grains.DeleteObjectReference<IRolloutObserver>(reference);
        }
    }

    public HttpClient Client(string? token = null)
    {
        var http = new HttpClient { BaseAddress = Http };
        if (token is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http;
    }

    public async ValueTask DisposeAsync()
    {
        await Silo.StopAsync(CancellationToken.None).WithTestTimeout(TimeSpan.FromMinutes(1));
        await Silo.DisposeAsync();
        await Simulator.DisposeAsync();
        _data.Dispose();
    }

    /// <summary>Completes <see cref="Next"/> each time the rollout pushes a status.</summary>
    private sealed class StatusWatcher : IRolloutObserver
    {
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Next => Volatile.Read(ref _changed).Task;

        public void OnStatus(RolloutStatus status) =>
            Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
