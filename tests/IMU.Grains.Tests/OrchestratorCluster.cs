using System.Text;
using IMU.Grains.Hosting;
using IMU.Grains.Models;
using IMU.Smpe.Commands;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;
using IMU.Zosmf;
using IMU.Zosmf.Hosting;
using IMU.Zosmf.Http;
using IMU.Zosmf.Resilience;
using IMU.Zosmf.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace IMU.Grains.Tests;

/// <summary>
/// A one-silo <see cref="InProcessTestCluster"/> on a fake clock, with the orchestrator's grains, in-memory
/// storage and reminders, and a z/OSMF simulator whose systems have an installed base. The simulated
/// systems run in real time (their jobs take milliseconds); the silo's clock (IPL windows, bakes, retries,
/// reminders) moves only when a test moves it.
/// </summary>
internal sealed class OrchestratorCluster : IAsyncDisposable
{
    /// <summary>The fake clock's start: a Sunday, 00:00 UTC.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 6, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The installed base every simulated system has RECEIVEd, APPLYed and ACCEPTed (the simulator's base MCS).</summary>
    public const string BaseMcs = """
        ++FUNCTION(HBB77D0).
        ++VER(Z038).
        ++MOD(IEFBR14) DISTLIB(AOS12) LMOD(IEFBR14) SYSLIB(LINKLIB).
        ++MOD(IEANUC01) DISTLIB(AOSB3) SYSLIB(NUCLEUS).
        ++MOD(IGGCSI00) DISTLIB(AOS12) LMOD(IGGCSI00) SYSLIB(LINKLIB).
        """;

    private readonly TempDirectory _data;
    private int _leased;

    private OrchestratorCluster(TempDirectory data, ZosmfSimulator simulator, InProcessTestCluster cluster, FakeTimeProvider clock)
    {
        _data = data;
        Simulator = simulator;
        Cluster = cluster;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public ZosmfSimulator Simulator { get; }

    public InProcessTestCluster Cluster { get; }

    public IClusterClient Client => Cluster.Client;

    public IFleetGrain Fleet => Client.GetGrain<IFleetGrain>(GrainKeys.Fleet);

    public static async Task<OrchestratorCluster> StartAsync(int systems, CancellationToken cancellationToken)
    {
        var data = new TempDirectory();
        var simulator = await ZosmfSimulator.StartAsync(
            new SimulatorOptions
            {
                Systems = systems,
                DataDirectory = data.Path,
                BaseMcs = [McsReader.Read(BaseMcs, "base.mcs")],
                IplDuration = TimeSpan.FromMilliseconds(100),
            },
            cancellationToken).WithTestTimeout(TimeSpan.FromMinutes(1));
        var clock = new FakeTimeProvider(Start);
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo
            .AddMemoryGrainStorageAsDefault()
            .UseInMemoryReminderService()
            .AddImuGrains(o => o.DefaultCredentials = LparCredentials.Basic("IBMUSER", "SYS1"))
            .AddOutgoingGrainCallFilter(IMU.Grains.Tests.Cluster.ClusterCallFaults.FilterAsync));
        builder.ConfigureSiloHost((_, host) =>
        {
            // The grains, their timers and reminders run on the fake clock; membership and messaging keep
            // real time (or the silo would not start until someone moved the clock), and so do the agents,
            // which poll simulated systems that run in real time.
            host.Services.AddSingleton<TimeProvider>(clock);
            foreach (var key in new[] { "Orleans.Membership", "Orleans.Messaging", "Orleans.ActivationManagement", "Orleans.SystemTimers" })
            {
                host.Services.AddKeyedSingleton(key, TimeProvider.System);
            }

            host.Services.Configure<ZosmfAgentOptions>(o =>
            {
                o.StatusPollInterval = TimeSpan.FromMilliseconds(10);
                o.IplPollInterval = TimeSpan.FromMilliseconds(10);

                // A simulated IPL takes a tenth of a second (a slow one a second more); a lost load shows in seconds.
                o.IplTimeout = TimeSpan.FromSeconds(5);
                o.ConsoleFollowUpDelay = TimeSpan.FromMilliseconds(10);
                o.Resilience = new ResilienceSettings { RetryBaseDelay = TimeSpan.FromMilliseconds(5), CallTimeout = TimeSpan.FromSeconds(5) };
            });
            host.Services.Replace(ServiceDescriptor.Singleton(provider => new ZosmfLparAgentFactory(
                provider.GetRequiredService<IHttpClientFactory>(),
                provider.GetRequiredService<IOptions<ZosmfAgentOptions>>(),
                TimeProvider.System,
                provider.GetRequiredService<ILoggerFactory>())));
        });
        var cluster = builder.Build();
        await cluster.DeployAsync(cancellationToken).WithTestTimeout(TimeSpan.FromMinutes(1));
        return new OrchestratorCluster(data, simulator, cluster, clock);
    }

    /// <summary>
    /// Systems of the simulator no other test uses, so tests can share the cluster (its fleet, its clock)
    /// without touching each other's zones.
    /// </summary>
    public string[] Lease(int count)
    {
        var first = Interlocked.Add(ref _leased, count) - count;
        var names = Simulator.SystemNames;
        Assert.True(first + count <= names.Count, $"the shared simulator has {names.Count} systems; raise it");
        return [.. names.Skip(first).Take(count)];
    }

    /// <summary>
    /// A fleet file (YAML) for simulated systems, one LPAR per entry written <c>NAME SYSPLEX [key:value]...</c>:
    /// each with its own z/OSMF and HMC, and a daily two-hour IPL window that opens at the second full hour
    /// from now on the silo's clock (so a test stages its changes well before the window opens).
    /// </summary>
    public string FleetYaml(params string[] lpars)
    {
        var now = Clock.GetUtcNow();
        var window = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(2);
        var yaml = new StringBuilder("lpars:\n");
        foreach (var lpar in lpars)
        {
            var fields = lpar.Split(' ');
            yaml.Append($"  - name: {fields[0]}\n    sysplex: {fields[1]}\n")
                .Append($"    zosmf: {Simulator.ZosmfBaseAddress(fields[0])}\n    hmc: {Simulator.HmcBaseAddress}\n")
                .Append("    zone: TGT1\n    dlibZone: DLIB1\n    expectedIplTime: PT10M\n")
                .Append($"    iplWindows: [{{start: \"{window:yyyy-MM-dd'T'HH:mm:ss'Z'}\", duration: PT2H, repeat: P1D}}]\n");
            foreach (var field in fields.Skip(2))
            {
                yaml.Append($"    {field.Replace(":", ": ", StringComparison.Ordinal)}\n");
            }
        }

        return yaml.ToString();
    }

    /// <summary>When the IPL windows of a fleet file written now open.</summary>
    public DateTimeOffset WindowOpens()
    {
        var now = Clock.GetUtcNow();
        return new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(2);
    }

    public async Task ApplyFleetAsync(string yaml)
    {
        var result = await Fleet.ApplyAsync(new FleetFile("fleet.yaml", yaml)).WithTestTimeout();
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
        var rollout = Client.GetGrain<IRolloutGrain>(name);
        var created = await rollout.CreateAsync(request).WithTestTimeout();
        Assert.True(created.Accepted, string.Join("; ", created.Errors));
        return rollout;
    }

    /// <summary>
    /// Lets the rollout run until <paramref name="until"/> holds. While nothing changes, the silo's clock is
    /// moved on (a little while steps are in flight, to the next IPL window while the rollout only waits),
    /// so windows open, bakes end and retries come due; each wait for a change is bounded in real time.
    /// </summary>
    public Task<RolloutStatus> RunUntilAsync(IRolloutGrain rollout, Func<RolloutStatus, bool> until, TimeSpan? limit = null) =>
        RunUntilAsync(rollout, s => Task.FromResult(until(s)), limit);

    /// <inheritdoc cref="RunUntilAsync(IRolloutGrain, Func{RolloutStatus, bool}, TimeSpan?)"/>
    public async Task<RolloutStatus> RunUntilAsync(IRolloutGrain rollout, Func<RolloutStatus, Task<bool>> until, TimeSpan? limit = null)
    {
        var watcher = new RolloutWatcher();
        var reference = Client.CreateObjectReference<IRolloutObserver>(watcher);
        await rollout.SubscribeAsync(reference).WithTestTimeout();
        var deadline = Clock.GetUtcNow() + (limit ?? TimeSpan.FromDays(2));
        try
        {
            while (true)
            {
                var status = (await rollout.GetStatusAsync().WithTestTimeout())!;
                if (await until(status))
                {
                    return status;
                }

                Assert.True(Clock.GetUtcNow() < deadline, $"rollout {status.Name} did not get there by {deadline:O}: {status.State}; {string.Join("; ", status.Reasons.Concat(status.Lpars.SelectMany(l => l.Reasons)))}");
                if (!await watcher.ChangedAsync(TimeSpan.FromMilliseconds(200)))
                {
                    Clock.Advance(status.State == RolloutState.Running ? TimeSpan.FromSeconds(15) : await UntilNextWindowAsync(status));
                }
            }
        }
        finally
        {
            await rollout.UnsubscribeAsync(reference).WithTestTimeout();
            Client.DeleteObjectReference<IRolloutObserver>(reference);
        }
    }

    /// <summary>Waits, without moving the clock, until the rollout's status satisfies <paramref name="until"/>.</summary>
    public async Task<RolloutStatus> WaitAsync(IRolloutGrain rollout, Func<RolloutStatus, bool> until)
    {
        var watcher = new RolloutWatcher();
        var reference = Client.CreateObjectReference<IRolloutObserver>(watcher);
        await rollout.SubscribeAsync(reference).WithTestTimeout();
        try
        {
            var status = (await rollout.GetStatusAsync().WithTestTimeout())!;
            while (!until(status))
            {
                Assert.True(await watcher.ChangedAsync(TestTimeouts.Default), $"rollout {status.Name} stayed {status.State}: {string.Join("; ", status.Reasons)}");
                status = (await rollout.GetStatusAsync().WithTestTimeout())!;
            }

            return status;
        }
        finally
        {
            await rollout.UnsubscribeAsync(reference).WithTestTimeout();
            Client.DeleteObjectReference<IRolloutObserver>(reference);
        }
    }

    /// <summary>How far to move the clock while a rollout only waits: to the next IPL window of its LPARs, at least five minutes.</summary>
    private async Task<TimeSpan> UntilNextWindowAsync(RolloutStatus status)
    {
        var now = Clock.GetUtcNow();
        var windows = await Task.WhenAll(status.Lpars.Select(l => Client.GetGrain<ILparGrain>(l.Lpar).ShowAsync().WithTestTimeout()));
        var next = windows.Select(w => w.NextIplWindow).Where(w => w > now).Min();
        var step = TimeSpan.FromMinutes(5);
        return next is { } opens && opens - now > step ? opens - now : step;
    }

    /// <summary>The SYSMOD entries of a simulated system's target zone, read from its CSI as the engine keeps it.</summary>
    public IReadOnlyDictionary<string, SysmodEntryStatus> ZoneOf(string system)
    {
        using var csi = Csi.Open(Path.Combine(_data.Path, system + ".csi"));
        return csi.ListSysmods("TGT1").ToDictionary(s => s.Id, s => s.Status);
    }

    /// <summary>What the simulated system says it executed.</summary>
    public SimulatedSystemInfo Info(string system) => Simulator.ListSystems().Single(s => s.Name == system);

    /// <summary>Every SMP/E command and IPL the system executed, oldest first, as <c>COMMAND</c> or <c>COMMAND CHECK</c>.</summary>
    public IReadOnlyList<string> Commands(string system) =>
        [.. Simulator.History(system).Select(h => h.Check ? h.Command + " CHECK" : h.Command)];

    /// <summary>RECEIVEs and APPLYs <paramref name="mcs"/> straight into a system's CSI, as if done by hand before the rollout.</summary>
    public void ApplyByHand(string system, string mcs, params string[] sysmods)
    {
        using var csi = Csi.Open(Path.Combine(_data.Path, system + ".csi"));
        csi.Receive([McsReader.Read(mcs, "by-hand.mcs")]);
        Assert.True(csi.Apply("TGT1", new ApplyOptions { Select = sysmods }).ReturnCode <= 4);
    }

    /// <summary>IPLs a system through the HMC the way an operator would: outside the orchestrator, with tools of their own.</summary>
    public async Task IplByHandAsync(string system)
    {
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddZosmfAgents(o => o.IplPollInterval = TimeSpan.FromMilliseconds(10))
            .BuildServiceProvider();
        var agent = services.GetRequiredService<ILparAgentFactory>().Create(new LparConnection
        {
            SystemName = system,
            ZosmfBaseAddress = Simulator.ZosmfBaseAddress(system),
            HmcBaseAddress = Simulator.HmcBaseAddress,
            Credentials = LparCredentials.Basic("OPER", "OPER"),
        });
        await agent.IplAsync(null, "operator-" + Guid.NewGuid().ToString("N")).WithTestTimeout();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Simulator.DisposeAsync();
        _data.Dispose();
    }

    /// <summary>The client-side observer: it notes each status the rollout pushes.</summary>
    private sealed class RolloutWatcher : IRolloutObserver
    {
        private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void OnStatus(RolloutStatus status) => Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

        /// <summary>True when the rollout changed within <paramref name="quiet"/>; false when it stayed quiet that long.</summary>
        public async Task<bool> ChangedAsync(TimeSpan quiet)
        {
            try
            {
                await Volatile.Read(ref _changed).Task.WaitAsync(quiet);
                return true;
            }
            catch (TimeoutException)
            {
                return false;
            }
        }
    }
}
