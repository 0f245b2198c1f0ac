using System.Globalization;
using IMU.Smpe.Diagnostics;
using IMU.Zosmf.Simulator.Control;
using IMU.Zosmf.Simulator.Faults;
using IMU.Zosmf.Simulator.History;
using IMU.Zosmf.Simulator.Hmc;
using IMU.Zosmf.Simulator.Hosting;
using IMU.Zosmf.Simulator.Smpe;
using IMU.Zosmf.Simulator.Systems;
using IMU.Zosmf.Simulator.Zosmf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IMU.Zosmf.Simulator;

/// <summary>
/// A z/OSMF + HMC simulator for many LPARs on one loopback port: each system's z/OSMF under
/// <c>/systems/{name}/</c>, one HMC managing every partition at the root (<c>/api/...</c>, partitions
/// found by name), and the control API under <c>/simulator/</c>. Each system runs SMP/E with IMU.Smpe
/// on its own CSI, <c>{data}/{name}.csi</c> with zones TGT1/DLIB1.
/// </summary>
public sealed class ZosmfSimulator : IAsyncDisposable
{
    private readonly SimulatorOptions _options;
    private readonly Dictionary<string, SimulatedSystem> _systems;
    private readonly HmcSessions _sessions;
    private readonly bool _ownsDataDirectory;
    private WebApplication? _app;

    private ZosmfSimulator(SimulatorOptions options, string dataDirectory, bool ownsDataDirectory, Dictionary<string, SimulatedSystem> systems, HmcSessions sessions)
    {
        _options = options;
        DataDirectory = dataDirectory;
        _ownsDataDirectory = ownsDataDirectory;
        _systems = systems;
        _sessions = sessions;
    }

    /// <summary>The server's root address; the HMC answers here (<c>api/...</c>).</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The HMC's base address, the same for every system: one HMC manages every simulated partition.</summary>
    public Uri HmcBaseAddress => BaseAddress;

    /// <summary>Where the CSIs are.</summary>
    public string DataDirectory { get; }

    /// <summary>The simulated systems' names, in order.</summary>
    public IReadOnlyList<string> SystemNames => [.. _systems.Keys.Order(StringComparer.Ordinal)];

    /// <summary>HMC logons so far (a renewed session is a new logon).</summary>
    public int HmcLogons => _sessions.Logons;

    /// <summary>Creates the systems (their CSIs, with the installed base on new ones) and starts listening.</summary>
    /// <exception cref="SimulatorStartException">The options are not valid, the data directory or a CSI cannot be used, or the port is taken.</exception>
    public static async Task<ZosmfSimulator> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var names = Validate(options);
        var owns = options.DataDirectory is null;
        var directory = Path.GetFullPath(options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "imu-zosmf-sim-" + Guid.NewGuid().ToString("N")));
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SimulatorStartException($"--data {directory}: not a directory the simulator can use ({ex.Message.TrimEnd('.')}).", ex);
        }

        var hmcJobs = new HmcJobs();
        var opened = new SimulatedSystem?[names.Count];
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, names.Count),
                new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                (i, _) =>
                {
                    var smpe = SimulatedSmpe.Open(Path.Combine(directory, names[i] + ".csi"), options.TargetZone, options.DistributionZone, options.BaseMcs);
                    opened[i] = new SimulatedSystem(names[i], smpe, options, hmcJobs);
                    return ValueTask.CompletedTask;
                }).ConfigureAwait(false);
        }
        catch
        {
            foreach (var system in opened.OfType<SimulatedSystem>())
            {
                await system.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        var systems = opened.OfType<SimulatedSystem>().ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var simulator = new ZosmfSimulator(options, directory, owns, systems, new HmcSessions(options));
        try
        {
            await simulator.ListenAsync(hmcJobs, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await simulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return simulator;
    }

    /// <summary>The base address of one system's z/OSMF (<c>zosmf/...</c> is appended).</summary>
    public Uri ZosmfBaseAddress(string system) => new(BaseAddress, $"systems/{Find(system).Name}/");

    /// <summary>Every system's name, state and counters.</summary>
    public IReadOnlyList<SimulatedSystemInfo> ListSystems() => [.. _systems.Values.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => s.Info)];

    /// <summary>Every SMP/E command and IPL the system executed, oldest first.</summary>
    public IReadOnlyList<SimulatorHistoryEntry> History(string system) => Find(system).History;

    /// <summary>
    /// Queues a fault for the system's next matching operations. A <c>down</c> fault for
    /// <see cref="SimulatorFaultOperation.Any"/> takes the system down at once.
    /// </summary>
    public void AddFault(string system, SimulatorFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var target = Find(system);
        if (fault is { Kind: SimulatorFaultKind.Down, Operation: SimulatorFaultOperation.Any })
        {
            target.GoDown(fault.Seconds);
            return;
        }

        target.Faults.Add(fault);
    }

    /// <summary>Removes the system's queued faults and brings it back up.</summary>
    public void ClearFaults(string system) => Find(system).ClearFaults();

    /// <summary>Expires every HMC session, as the HMC does after its timeout: the next request of each client gets 403 reason 5.</summary>
    public void ExpireHmcSessions() => _sessions.ExpireAll();

    /// <summary>Stops listening, ends running jobs and closes the CSIs (deleting them when the data directory was temporary).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(stop.Token).ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
            _app = null;
        }

        foreach (var system in _systems.Values)
        {
            await system.DisposeAsync().ConfigureAwait(false);
        }

        if (_ownsDataDirectory)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A CSI still held by the OS goes with the temp cleaner; stopping must not fail for it.
            }
        }
    }

    internal bool HasSystem(string name) => _systems.ContainsKey(name);

    /// <summary>Completes when the job is on the output queue (tests wait on it instead of polling).</summary>
    internal Task JobEndedAsync(string system, string jobName, string jobId)
        => Find(system).Spool.Find(jobName, jobId)?.Ended ?? throw new ArgumentException($"{system} has no job {jobName}({jobId}).", nameof(jobId));

    private static List<string> Validate(SimulatorOptions options)
    {
        if (options.Port is < 0 or > 65535)
        {
            throw new SimulatorStartException($"--port {options.Port}: a port is 0 (any free one) to 65535.");
        }

        var names = options.SystemNames?.ToList()
            ?? (options.Systems is >= 1 and <= 9999
                ? Enumerable.Range(1, options.Systems).Select(i => "SYS" + i.ToString(i < 1000 ? "000" : "0000", CultureInfo.InvariantCulture)).ToList()
                : throw new SimulatorStartException($"--systems {options.Systems}: simulate 1 to 9999 systems."));
        if (names.Count == 0)
        {
            throw new SimulatorStartException("no system names: simulate at least one system.");
        }

        foreach (var name in names)
        {
            var problem = SmpeNames.DdnameProblem("system name", name);
            if (problem is not null)
            {
                throw new SimulatorStartException(problem + " (an LPAR name).");
            }
        }

        var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? names : throw new SimulatorStartException($"system name {duplicate.Key} is given twice.");
    }

    private async Task ListenAsync(HmcJobs hmcJobs, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (_options.LogToConsole)
        {
            builder.Logging.AddSimpleConsole();
        }

        builder.Services.AddSingleton<IHostLifetime, SimulatorHostLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(_options.ListenAddress, _options.Port);
            kestrel.Limits.MaxRequestBodySize = _options.MaxJclBytes;
        });
        var app = builder.Build();
        app.Use(Guard);
        var gate = new ZosmfGate(_systems, _options);
        var system = app.MapGroup("/systems/{system}");
        JobsEndpoints.Map(system, gate, _options);
        ConsoleEndpoints.Map(system, gate, _options.TimeProvider);
        HmcEndpoints.Map(app, _systems, _sessions, hmcJobs, _options.TimeProvider);
        ControlEndpoints.Map(app, this);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new SimulatorStartException($"--port {_options.Port}: cannot listen on {_options.ListenAddress}:{_options.Port} ({ex.Message.TrimEnd('.')}).", ex);
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        _app = app;
    }

    /// <summary>No request ends in an empty 500: a bad request is answered 400 (or 413) and a failure 500, in the interface's error shape.</summary>
    private static async Task Guard(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await SimulatorHttp.Error(context, ex.StatusCode, $"Bad request: {ex.Message}").ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            await SimulatorHttp.Error(context, StatusCodes.Status500InternalServerError, $"Internal error: {ex.GetType().Name}: {ex.Message}").ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    private SimulatedSystem Find(string name)
        => _systems.GetValueOrDefault(name) ?? throw new ArgumentException($"There is no system '{name}' on this simulator.", nameof(name));
}
