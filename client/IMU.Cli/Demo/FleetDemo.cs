using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using IMU.Grains;
using IMU.Grains.Models;
using IMU.Silo;
using IMU.Smpe.Mcs;
using IMU.Zosmf;
using IMU.Zosmf.Simulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IMU.Cli.Demo;

/// <summary>
/// <c>imu demo</c>'s run: a z/OSMF + HMC simulator for the demo fleet and an embedded silo in this process,
/// on free loopback ports, with their data in one directory. It declares the fleet, receives the package,
/// creates and starts a rollout in waves with a recorded bypass, all through the grain interfaces, shows
/// it until it ends, and says where everything is.
/// </summary>
internal sealed class FleetDemo(DirectoryInfo directory, TextWriter output, IRolloutView view)
{
    public const string RolloutName = "demo";

    /// <summary>The marker that tells a directory this demo made (and may recreate) from any other.</summary>
    public const string Marker = ".imu-demo";

    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(250);

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>The systems' CSIs live here, one per LPAR (<c>NAME.csi</c>, zones TGT1 and DLIB1).</summary>
    public string SystemsDirectory => Path.Combine(directory.FullName, "systems");

    /// <summary>The package and the fleet file, as the user could pass them to <c>imu maintenance receive</c> and <c>imu fleet apply</c>.</summary>
    public string PackageDirectory => Path.Combine(directory.FullName, "package");

    /// <summary>Runs the demo until the rollout ends, <paramref name="limit"/> passes, or <paramref name="stop"/> is cancelled (Ctrl+C).</summary>
    public async Task<FleetDemoOutcome> RunAsync(TimeSpan limit, CancellationToken stop)
    {
        // The silo reads IMU_* settings from the environment; the demo's must stay embedded, in its directory.
        if (Environment.GetEnvironmentVariable("IMU_POSTGRES") is { Length: > 0 })
        {
            return new FleetDemoOutcome { Problem = "IMU_POSTGRES is set, which would make the demo's silo a member of that cluster; unset it for imu demo, which runs an embedded silo of its own" };
        }

        if (Prepare() is { } refusal)
        {
            return new FleetDemoOutcome { Problem = refusal };
        }

        var by = Environment.UserName;
        var password = Convert.ToHexString(Guid.NewGuid().ToByteArray())[..8];
        Environment.SetEnvironmentVariable(DemoFleet.PasswordVariable, password);
        await output.WriteLineAsync($"Starting a z/OSMF + HMC simulator for {DemoFleet.Lpars.Count} LPARs and an embedded silo, data in {directory.FullName} ...");
        ZosmfSimulator simulator;
        try
        {
            simulator = await ZosmfSimulator.StartAsync(
                new SimulatorOptions
                {
                    SystemNames = DemoFleet.Lpars,
                    DataDirectory = SystemsDirectory,
                    BaseMcs = [McsReader.Read(DemoPackage.Read(DemoPackage.BaseFile), Path.Combine(PackageDirectory, DemoPackage.BaseFile))],
                    IplDuration = DemoFleet.IplDuration,
                    UserId = DemoFleet.User,
                    Password = password,
                },
                stop);
        }
        catch (SimulatorStartException e)
        {
            return new FleetDemoOutcome { Problem = $"the simulator could not start: {e.Message}" };
        }

        await using (simulator)
        {
            var ports = FreeLoopbackPorts(2);
            var builder = ImuSiloHost.CreateBuilder(["--data", directory.FullName, "--silo-port", $"{ports[0]}", "--gateway-port", $"{ports[1]}", "--http-port", "0"]);

            // The live display owns the terminal: the silo logs nowhere, and the demo answers Ctrl+C.
            builder.Logging.ClearProviders();
            builder.Services.AddSingleton<IHostLifetime, DemoHostLifetime>();

            // The simulated systems answer in milliseconds; a real z/OSMF is polled every few seconds.
            builder.Services.Configure<ZosmfAgentOptions>(o =>
            {
                o.StatusPollInterval = TimeSpan.FromMilliseconds(200);
                o.IplPollInterval = TimeSpan.FromMilliseconds(500);
                o.ConsoleFollowUpDelay = TimeSpan.FromMilliseconds(200);
            });
            await using var silo = builder.Build();
            try
            {
                await silo.StartAsync(stop);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new FleetDemoOutcome { Problem = $"the embedded silo could not start on {silo.StorageDescription}: {e.Message}" };
            }

            var dashboard = new Uri(silo.HttpAddress, "/");
            await output.WriteLineAsync($"Dashboard: {dashboard}");
            await output.WriteLineAsync($"Gateway:   127.0.0.1:{ports[1]} (while the demo runs: IMU_GATEWAY=127.0.0.1:{ports[1]} imu rollout status {RolloutName})");
            var grains = silo.Services.GetRequiredService<IGrainFactory>();
            var outcome = await RolloutAsync(grains, simulator, by, limit, stop) with { Dashboard = dashboard };
            await silo.StopAsync(CancellationToken.None);
            return outcome with { Elapsed = _clock.Elapsed };
        }
    }

    /// <summary>What the demo did, and where its data is and how to look at it with the <c>imu</c> commands.</summary>
    public async Task ReportAsync(FleetDemoOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await output.WriteLineAsync();
        if (outcome.Status is { } status)
        {
            var ipls = outcome.History.Values.Sum(h => h.Count(e => e.Command == "IPL"));
            await output.WriteLineAsync(
                $"Rollout {status.Name} {DemoWords.Of(status.State)} after {DemoWords.Seconds(outcome.Elapsed)}: " +
                $"{status.Sysmods.Length} PTFs on {status.Lpars.Length} LPARs in {status.Waves.Length} waves, {ipls} IPLs.");
            foreach (var bypass in status.Audit.Where(e => e.Action == "bypass"))
            {
                await output.WriteLineAsync($"  {bypass.Detail}, by {bypass.By}: {bypass.Reason}");
            }

            foreach (var sysmod in status.Groups.GroupBy(g => g.Sysmod))
            {
                await output.WriteLineAsync($"  {sysmod.Key} (MULTSYS): {string.Join(", ", sysmod.Select(g => $"group {g.Name} {DemoWords.Of(g.State)}"))}");
            }
        }

        var data = directory.FullName;
        await output.WriteLineAsync();
        await output.WriteLineAsync($"The demo's data is in {data}: the silo's SQLite file, each LPAR's CSI (systems/NAME.csi) and the package and fleet file (package/).");
        await output.WriteLineAsync("Look at it with a silo on that data (it keeps running; Ctrl+C stops it) and, in another terminal:");
        await output.WriteLineAsync($"  imu silo --data {data}      (its dashboard: http://127.0.0.1:5080/)");
        await output.WriteLineAsync("  imu fleet list");
        await output.WriteLineAsync($"  imu rollout status {RolloutName}");
        await output.WriteLineAsync($"  imu lpar show {DemoFleet.Lpars[0]}");
        await output.WriteLineAsync($"  imu sysmod show {DemoPackage.MultsysPtf}");
        await output.WriteLineAsync("imu demo starts afresh each time: it deletes and recreates that directory.");
    }

    /// <summary>Declares the fleet, receives the package, creates and starts the rollout, and follows it to its end.</summary>
    private async Task<FleetDemoOutcome> RolloutAsync(IGrainFactory grains, ZosmfSimulator simulator, string by, TimeSpan limit, CancellationToken stop)
    {
        var fleet = grains.GetGrain<IFleetGrain>(GrainKeys.Fleet);
        var fleetFile = Path.Combine(PackageDirectory, "fleet.yaml");
        var yaml = DemoFleet.Yaml(simulator.ZosmfBaseAddress, simulator.HmcBaseAddress, DateTimeOffset.UtcNow);
        await File.WriteAllTextAsync(fleetFile, yaml, stop);
        await Echo("Declare twelve LPARs in three sysplexes, each with an IPL window that opens within seconds:", $"imu fleet apply -f {fleetFile}");
        var applied = await fleet.ApplyAsync(new FleetFile(fleetFile, yaml));
        if (applied.Errors.Length > 0)
        {
            return new FleetDemoOutcome { Problem = "the demo's fleet file was refused: " + string.Join("; ", applied.Errors) };
        }

        var service = Path.Combine(PackageDirectory, DemoPackage.ServiceFile);
        var holdData = Path.Combine(PackageDirectory, DemoPackage.HoldDataFile);
        await Echo(
            $"Receive four PTFs for {DemoPackage.BaseFunction} and the HOLDDATA that puts {DemoPackage.PeHeldPtf} in error:",
            $"imu maintenance receive --holddata {holdData} {service}");
        var received = await fleet.ReceiveAsync(new MaintenancePackage(
            [new MaintenanceFile(service, DemoPackage.Read(DemoPackage.ServiceFile), false), new MaintenanceFile(holdData, DemoPackage.Read(DemoPackage.HoldDataFile), true)],
            by));
        if (received.Errors.Length > 0)
        {
            return new FleetDemoOutcome { Problem = "the demo's package was refused: " + string.Join("; ", received.Errors) };
        }

        foreach (var sysmod in received.Sysmods.Where(s => s.Received))
        {
            var holds = sysmod.Holds.Length == 0 ? "no holds" : string.Join(", ", sysmod.Holds.Select(h => $"{h.Category} {h.Reason}"));
            await output.WriteLineAsync($"  {sysmod.Id}  {DemoWords.Of(sysmod.Activation),-4}  {holds}");
        }

        var request = new RolloutRequest
        {
            Sysmods = [.. DemoPackage.Ptfs],
            Lpars = [.. DemoFleet.Lpars],
            Waves = DemoFleet.Waves,
            MaxParallel = 6,
            Bake = TimeSpan.FromSeconds(3),
            Bypass = DemoPackage.Bypass,
            Reason = DemoPackage.BypassReason,
            By = by,
        };
        await Echo(
            "Roll them out in waves, the test sysplex first, bypassing the PE hold with a reason:",
            $"imu rollout create {RolloutName} --sysmods {string.Join(",", request.Sysmods)} --lpars {string.Join(",", request.Lpars)} " +
            $"--waves '{string.Join(";", request.Waves.Select(w => string.Join(",", w)))}' --max-parallel {request.MaxParallel} --bake PT3S " +
            $"--bypass '{request.Bypass}' --reason '{request.Reason}'",
            $"imu rollout start {RolloutName}");
        var rollout = grains.GetGrain<IRolloutGrain>(RolloutName);
        var created = await rollout.CreateAsync(request);
        if (!created.Accepted)
        {
            return new FleetDemoOutcome { Problem = "the demo's rollout was refused: " + string.Join("; ", created.Errors) };
        }

        var started = await rollout.StartAsync(new OperatorAction(by));
        if (!started.Accepted)
        {
            return new FleetDemoOutcome { Problem = "the demo's rollout did not start: " + string.Join("; ", started.Errors) };
        }

        await output.WriteLineAsync();
        await output.FlushAsync(stop);
        RolloutSnapshot? last = null;
        var deadline = _clock.Elapsed + limit;
        await view.ShowAsync(Follow(rollout, simulator, deadline, s => last = s, stop));
        var status = last!.Status;
        var problem = status.State == RolloutState.Completed ? null
            : stop.IsCancellationRequested ? $"stopped by Ctrl+C while rollout {RolloutName} was {DemoWords.Of(status.State)}; what it did so far stays in {directory.FullName}"
            : IsEnded(status.State) ? $"rollout {RolloutName} ended {DemoWords.Of(status.State)}: {Why(status)}"
            : $"rollout {RolloutName} did not complete within {limit.TotalMinutes:0} minutes; it is {DemoWords.Of(status.State)}: {Why(status)}";
        return new FleetDemoOutcome
        {
            Problem = problem,
            Status = status,
            Fleet = await fleet.GetDefinitionAsync(),
            History = DemoFleet.Lpars.ToDictionary(l => l, l => simulator.History(l), StringComparer.Ordinal),
            Sysmods = await Task.WhenAll(DemoPackage.Ptfs.Select(id => grains.GetGrain<ISysmodGrain>(id).GetAsync())),
        };
    }

    /// <summary>The rollout's status every <see cref="s_pollInterval"/> until it ends, the deadline passes, or the demo is stopped.</summary>
    private async IAsyncEnumerable<RolloutSnapshot> Follow(IRolloutGrain rollout, ZosmfSimulator simulator, TimeSpan deadline, Action<RolloutSnapshot> seen, [EnumeratorCancellation] CancellationToken stop)
    {
        while (true)
        {
            var status = await rollout.GetStatusAsync() ?? throw new InvalidOperationException($"rollout {RolloutName} vanished from the silo");
            var snapshot = new RolloutSnapshot(status, simulator.ListSystems().ToDictionary(s => s.Name, s => s.IplsCompleted, StringComparer.Ordinal), _clock.Elapsed);
            seen(snapshot);
            yield return snapshot;
            if (IsEnded(status.State) || _clock.Elapsed > deadline || stop.IsCancellationRequested)
            {
                yield break;
            }

            try
            {
                await Task.Delay(s_pollInterval, stop);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: one last snapshot shows where the rollout stands.
            }
        }
    }

    /// <summary>Makes the demo's directory afresh; refuses one with anything in it that an earlier demo did not make.</summary>
    private string? Prepare()
    {
        if (directory.Exists && directory.EnumerateFileSystemInfos().Any())
        {
            if (!File.Exists(Path.Combine(directory.FullName, Marker)))
            {
                return $"{directory.FullName} is not empty and was not made by imu demo; name another directory with --dir (the demo recreates its directory on every run)";
            }

            directory.Delete(recursive: true);
        }

        directory.Create();
        File.WriteAllText(Path.Combine(directory.FullName, Marker), "made by imu demo; the next imu demo run deletes and recreates this directory\n");
        Directory.CreateDirectory(PackageDirectory);
        foreach (var file in DemoPackage.Files)
        {
            File.WriteAllText(Path.Combine(PackageDirectory, file), DemoPackage.Read(file));
        }

        return null;
    }

    private async Task Echo(string why, params string[] commands)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync($"# {why}");
        foreach (var command in commands)
        {
            await output.WriteLineAsync($"$ {command}");
        }
    }

    private static bool IsEnded(RolloutState state) => state is RolloutState.Completed or RolloutState.Failed or RolloutState.Aborted or RolloutState.Restored;

    private static string Why(RolloutStatus status)
    {
        var reasons = status.Reasons.Concat(status.Lpars.SelectMany(l => l.Reasons.Select(r => $"{l.Lpar}: {r}"))).ToList();
        return reasons.Count == 0 ? "no reason given" : string.Join("; ", reasons);
    }

    /// <summary>Loopback ports free at this moment (held together, so they differ, then released for the silo).</summary>
    private static int[] FreeLoopbackPorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
