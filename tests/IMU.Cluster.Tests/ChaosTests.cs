using System.Diagnostics;
using System.Globalization;
using System.Text;
using IMU.Client;
using IMU.Grains;
using IMU.Grains.Models;
using IMU.Smpe.Zones;
using IMU.Zosmf.Simulator.History;

namespace IMU.Cluster.Tests;

/// <summary>
/// Jepsen-style: PostgreSQL, three silo processes and the simulator process with 30 LPARs whose SMP/E
/// jobs are slow; a rollout of four PTFs (one IPL-class, one MULTSYS) in three waves with IPL windows;
/// a random silo killed with SIGKILL every few seconds, ten times, each started again. What must hold
/// is read afterwards from what the simulated systems executed (their history) and what their zones hold.
/// </summary>
public sealed class ChaosTests : IDisposable
{
    private const int Lpars = 30;
    private const int PerSysplex = 3;
    private const int Kills = 10;
    private const string PlainPtf = "UJ10001";
    private const string IplPtf = "UJ10002";
    private const string MultsysPtf = "UJ10003";
    private const string SecondPlainPtf = "UJ10004";

    private const string BaseMcs = """
        ++FUNCTION(HBB77D0).
        ++VER(Z038).
        ++MOD(IEFBR14) DISTLIB(AOS12) LMOD(IEFBR14) SYSLIB(LINKLIB).
        ++MOD(IEANUC01) DISTLIB(AOSB3) SYSLIB(NUCLEUS).
        ++MOD(IGGCSI00) DISTLIB(AOS12) LMOD(IGGCSI00) SYSLIB(LINKLIB).
        """;

    private const string Package = """
        ++PTF(UJ10001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IEFBR14) DISTLIB(AOS12).
        ++PTF(UJ10002).
        ++VER(Z038) FMID(HBB77D0).
        ++HOLD(UJ10002) FMID(HBB77D0) REASON(IPL) SYSTEM.
        ++MOD(IEAVNP12) DISTLIB(AOSB3).
        ++PTF(UJ10003).
        ++VER(Z038) FMID(HBB77D0).
        ++HOLD(UJ10003) FMID(HBB77D0) REASON(MULTSYS) SYSTEM.
        ++MOD(IMUMS01) DISTLIB(AOS12).
        ++PTF(UJ10004).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(IGGCSI00) DISTLIB(AOS12).
        """;

    /// <summary>How long each SMP/E job and IPL of every system stays ACTIVE (the simulator's slow fault).</summary>
    private static readonly TimeSpan s_jobTime = TimeSpan.FromSeconds(2);

    /// <summary>The IPL windows open this long after the fleet is declared, so the first wave stages before they open.</summary>
    private static readonly TimeSpan s_windowOpensAfter = TimeSpan.FromSeconds(40);

    private static readonly TimeSpan s_windowLength = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan s_expectedIplTime = TimeSpan.FromMinutes(1);

    private readonly TempDirectory _data = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Rollout_TenSilosKilledDuringIt_CompletesWithNoSysmodAppliedTwiceNoGroupHalfAppliedEveryIplInItsWindowAndNoAuditGap()
    {
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        await using var database = await PostgresDatabase.CreateAsync(Token).WithTestTimeout();
        var baseMcs = _data.WriteFile("base.mcs", BaseMcs);
        var csis = Directory.CreateDirectory(Path.Combine(_data.Path, "csi")).FullName;
        await using var simulator = await SimulatorProcess.StartAsync(Lpars, csis, baseMcs, "PT1S");
        var systems = (await simulator.SystemsAsync()).Select(s => s.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Lpars, systems.Length);
        foreach (var system in systems)
        {
            await simulator.AddFaultAsync(system, "any", "slow", 1000, s_jobTime.TotalSeconds);
        }

        await using var silos = await SiloCluster.StartAsync(
            database.ConnectionString,
            3,
            [],
            FleetFiles.SiloEnvironment);
        await using var connection = await ClusterConnection.ConnectAsync(
            new ClusterClientOptions { Postgres = database.ConnectionString, ConnectTimeout = TimeSpan.FromMinutes(1) },
            Token).WithTestTimeout(TimeSpan.FromMinutes(1));
        var client = connection.Client;

        var windowStart = Truncate(DateTimeOffset.UtcNow + s_windowOpensAfter);
        var fleet = client.GetGrain<IFleetGrain>(GrainKeys.Fleet);
        var applied = await fleet.ApplyAsync(new FleetFile("chaos-fleet.yaml", FleetFiles.Yaml(simulator, systems, PerSysplex, (windowStart, s_windowLength, s_expectedIplTime)))).WithTestTimeout();
        Assert.Empty(applied.Errors);
        var received = await fleet.ReceiveAsync(new MaintenancePackage([new MaintenanceFile("chaos.mcs", Package, false)], "chaos")).WithTestTimeout();
        Assert.Empty(received.Errors);

        var rollout = client.GetGrain<IRolloutGrain>("chaos");
        var plexes = systems.Chunk(PerSysplex).ToArray();
        var created = await rollout.CreateAsync(new RolloutRequest
        {
            Sysmods = [PlainPtf, IplPtf, MultsysPtf, SecondPlainPtf],
            Lpars = systems,
            Waves = [[.. plexes[..3].SelectMany(p => p)], [.. plexes[3..6].SelectMany(p => p)], [.. plexes[6..].SelectMany(p => p)]],
            MaxParallel = 8,
            By = "chaos",
        }).WithTestTimeout();
        Assert.True(created.Accepted, string.Join("; ", created.Errors));
        Assert.True((await rollout.StartAsync(new OperatorAction("chaos")).WithTestTimeout()).Accepted);

        var kills = new List<KillRecord>();
        RolloutStatus final;
        await using (var poller = new RolloutPoller(rollout, clock))
        {
            for (var n = 1; n <= Kills; n++)
            {
                // The schedule is the test's input: a kill every few seconds, whatever the rollout is doing.
                await Task.Delay(TimeSpan.FromSeconds(2 + (random.NextDouble() * 2)), Token);
                var host = n % 2 == 1 ? await HostOfAsync(client, rollout, silos) : null;
                var victim = host ?? silos.Slots[random.Next(silos.Slots.Count)];
                var before = poller.Answers.LastOrDefault();
                var killedAt = clock.Elapsed;
                await silos.KillAsync(victim);
                kills.Add(new KillRecord(n, victim.Number, host is not null, killedAt, before?.Status.State));
                await silos.StartAsync(victim);
            }

            final = await poller.WaitUntilAsync(s => s.State is not (RolloutState.Running or RolloutState.Waiting or RolloutState.Created), TimeSpan.FromMinutes(6));
            var answers = poller.Answers;
            Report(seed, kills, answers, clock);
            Assert.True(final.State == RolloutState.Completed, $"rollout ended {final.State}: {string.Join("; ", final.Reasons)}\n{silos.Output}");
            AssertAuditHasNoGap(final, answers);
        }

        var histories = new Dictionary<string, IReadOnlyList<SimulatorHistoryEntry>>(StringComparer.Ordinal);
        foreach (var system in systems)
        {
            histories[system] = await simulator.HistoryAsync(system);
        }

        await simulator.DisposeAsync();
        Assert.All(final.Lpars, l => Assert.Equal(LparState.Active, l.State));
        // The MULTSYS PTF is not IPL-class: a group is done once it is APPLIED on every member.
        Assert.All(final.Groups, g => Assert.Equal(LparState.Applied, g.State));
        AssertNoSysmodAppliedTwice(histories);
        AssertEveryIplInItsWindow(histories, windowStart);
        AssertZonesHoldEveryPtfAndNoGroupHalfApplied(csis, plexes);
    }

    private static void AssertNoSysmodAppliedTwice(Dictionary<string, IReadOnlyList<SimulatorHistoryEntry>> histories)
    {
        foreach (var (system, history) in histories)
        {
            var applies = history.Where(h => h is { Command: "APPLY", Check: false })
                .SelectMany(h => h.Sysmods.Where(s => s.Value == "APPLIED").Select(s => s.Key))
                .GroupBy(id => id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            Assert.True(applies.Values.All(c => c == 1), $"{system} APPLYed a SYSMOD more than once: {string.Join(", ", applies.Select(a => $"{a.Key}x{a.Value}"))}");
            Assert.Equal(new[] { PlainPtf, IplPtf, MultsysPtf, SecondPlainPtf }.Order(StringComparer.Ordinal), applies.Keys.Order(StringComparer.Ordinal));
            Assert.DoesNotContain(history, h => h.Command == "RESTORE" && !h.Check);
        }
    }

    /// <summary>Every LPAR IPLed once, onto the staged IPL-class PTF, after its window opened and early enough to finish in it.</summary>
    private static void AssertEveryIplInItsWindow(Dictionary<string, IReadOnlyList<SimulatorHistoryEntry>> histories, DateTimeOffset windowStart)
    {
        foreach (var (system, history) in histories)
        {
            var ipl = Assert.Single(history, h => h.Command == "IPL");
            var start = new DateTimeOffset(DateTime.SpecifyKind(ipl.Start, DateTimeKind.Utc));
            Assert.True(start >= windowStart && start <= windowStart + s_windowLength - s_expectedIplTime, $"{system} IPLed at {start:O}, outside its window {windowStart:O} + {s_windowLength}");
            var staged = Assert.Single(history, h => h is { Command: "APPLY", Check: false } && h.Sysmods.GetValueOrDefault(IplPtf) == "APPLIED");
            Assert.True(ipl.Start >= staged.End, $"{system} IPLed at {ipl.Start:O}, before {IplPtf} was applied at {staged.End:O}");
        }
    }

    private static void AssertZonesHoldEveryPtfAndNoGroupHalfApplied(string csis, string[][] plexes)
    {
        var zones = plexes.SelectMany(p => p).ToDictionary(s => s, s =>
        {
            using var csi = Csi.Open(Path.Combine(csis, s + ".csi"));
            return csi.ListSysmods("TGT1").ToDictionary(e => e.Id, e => e.Status, StringComparer.Ordinal);
        });
        foreach (var plex in plexes)
        {
            var members = plex.Select(s => zones[s].GetValueOrDefault(MultsysPtf) == SysmodEntryStatus.Applied).Distinct().ToList();
            Assert.True(members.Count == 1, $"MULTSYS {MultsysPtf} is applied on part of {string.Join(",", plex)} only");
        }

        Assert.All(zones, z => Assert.All(new[] { PlainPtf, IplPtf, MultsysPtf, SecondPlainPtf }, id => Assert.Equal(SysmodEntryStatus.Applied, z.Value.GetValueOrDefault(id))));
    }

    /// <summary>
    /// The audit record has no gap: every entry any client ever saw is still there, at the same place and
    /// unchanged, in the final record (nothing acknowledged was lost or rewritten across the kills); each
    /// decision is recorded exactly once, in time order.
    /// </summary>
    private static void AssertAuditHasNoGap(RolloutStatus final, IReadOnlyList<RolloutPoller.Answer> answers)
    {
        foreach (var answer in answers)
        {
            Assert.True(answer.Status.Audit.Length <= final.Audit.Length, $"a client saw {answer.Status.Audit.Length} audit entries at {answer.Answered}, the final record has {final.Audit.Length}");
            Assert.Equal(final.Audit[..answer.Status.Audit.Length], answer.Status.Audit);
        }

        Assert.Equal(final.Audit.OrderBy(a => a.At).ToArray(), final.Audit);
        var actions = final.Audit.GroupBy(a => a.Action, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.Equal(new Dictionary<string, int> { ["create"] = 1, ["resolve"] = 2, ["start"] = 1, ["complete"] = 1 }, actions);
    }

    /// <summary>Where the rollout's grain is active now, found through Orleans' management grain (its directory).</summary>
    private static async Task<SiloCluster.SiloSlot?> HostOfAsync(IClusterClient client, IRolloutGrain rollout, SiloCluster silos)
    {
        try
        {
            var address = await client.GetGrain<IManagementGrain>(0).GetActivationAddress(rollout).AsTask().WaitAsync(TimeSpan.FromSeconds(3));
            return address is null ? null : silos.SlotOf(address.Endpoint.Port);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            return null;
        }
    }

    /// <summary>
    /// Prints the kills survived and, for each, how long until the rollout answered again and until it made
    /// progress (a state or the audit changed) as a client saw it: the failover figures of the README.
    /// </summary>
    private static void Report(int seed, List<KillRecord> kills, IReadOnlyList<RolloutPoller.Answer> answers, Stopwatch clock)
    {
        var report = new StringBuilder($"chaos (seed {seed}): {kills.Count} kills survived, rollout done after {clock.Elapsed.TotalSeconds:0.0} s\n");
        foreach (var kill in kills)
        {
            var before = answers.Where(a => a.Answered <= kill.At).MaxBy(a => a.Asked);
            var after = answers.Where(a => a.Asked >= kill.At).OrderBy(a => a.Asked).ToList();
            var answered = after.FirstOrDefault()?.Answered - kill.At;
            var progressed = before is null ? null : after.FirstOrDefault(a => RolloutPoller.ProgressOf(a.Status) != RolloutPoller.ProgressOf(before.Status))?.Answered - kill.At;
            report.AppendLine(CultureInfo.InvariantCulture, $"  kill {kill.Number,2}: silo {kill.Silo}{(kill.HostedRollout ? " (hosting the rollout grain)" : string.Empty)} at {kill.At.TotalSeconds,6:0.0} s while {kill.StateAtKill?.ToString() ?? "?"}: answered again after {Seconds(answered)}, progress after {Seconds(progressed)}");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
    }

    private static string Seconds(TimeSpan? span) => span is { } s ? $"{s.TotalSeconds:0.00} s" : "-";

    private static DateTimeOffset Truncate(DateTimeOffset at) => new(at.Year, at.Month, at.Day, at.Hour, at.Minute, at.Second, TimeSpan.Zero);

    private sealed record KillRecord(int Number, int Silo, bool HostedRollout, TimeSpan At, RolloutState? StateAtKill);
}
