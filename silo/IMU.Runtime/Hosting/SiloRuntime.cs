using IMU.Runtime.Activation;
using IMU.Runtime.Diagnostics;
using IMU.Runtime.GrainDirectory;
using IMU.Runtime.Membership;
using IMU.Runtime.Messaging;
using IMU.Runtime.Options;
using IMU.Runtime.Placement;
using IMU.Runtime.Reminders;
using IMU.Runtime.Serialization;
using IMU.Runtime.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IMU.Runtime.Hosting;

/// <summary>
/// One silo: its grain factory, its activation table and its place on the transport. Starting it
/// checks every registered grain class (constructor, storage, JSON metadata of every argument,
/// result and state type), so configuration errors stop the host instead of failing a later call.
/// </summary>
internal sealed class SiloRuntime : IDisposable
{
    private readonly SiloOptions _options;
    private readonly IServiceProvider _services;
    private readonly TimeProvider _timeProvider;
    private readonly IGrainDirectory _directory;
    private readonly IPlacementStrategy _placement;
    private readonly InProcessTransport _transport;
    private readonly ILogger<SiloRuntime> _log;
    private readonly SiloStartup _startup;
    private readonly ReminderService? _reminderService;
    private readonly KillableResources _killables;
    private Catalog? _catalog;
    private bool _killed;

    public SiloRuntime(
        IOptions<SiloOptions> options,
        IServiceProvider services,
        TimeProvider timeProvider,
        IMembershipService membership,
        IGrainDirectory directory,
        IPlacementStrategy placement,
        InProcessTransport transport,
        ILogger<SiloRuntime> log,
        SiloStartup startup,
        KillableResources killables,
        ReminderService? reminderService = null)
    {
        _options = options.Value;
        _services = services;
        _timeProvider = timeProvider;
        Membership = membership;
        _directory = directory;
        _placement = placement;
        _transport = transport;
        _log = log;
        _startup = startup;
        _reminderService = reminderService;
        _killables = killables;
        Metrics = new RuntimeMetrics(membership.LocalSilo.ToString());
        Invoker = new GrainCallInvoker(GrainSerializerOptions.Create(_options.JsonContexts), timeProvider, _options.ResponseTimeout, Metrics);
        Reminders = new ReminderRegistry(reminderService);
    }

    public GrainCallInvoker Invoker { get; }

    public RuntimeMetrics Metrics { get; }

    public IMembershipService Membership { get; }

    public ReminderRegistry Reminders { get; }

    public Catalog Catalog => _catalog ?? throw new InvalidOperationException("The silo is not started.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var classes = BuildGrainClasses();
        foreach (var task in _startup.Tasks)
        {
            await task(_services, cancellationToken).ConfigureAwait(false);
        }

        _catalog = new Catalog(classes, Invoker, _options, _timeProvider, Reminders, _log);
        Invoker.Router = new SiloCallRouter(_options.ClusterId, Membership, _directory, _placement, _transport, _catalog);
        _catalog.Start();
        _transport.Register(_options.ClusterId, Membership.LocalSilo, _catalog.Dispatch);

        // Reminders start last: catch-up ticks of reminders missed while the silo was down go straight to grains.
        if (_reminderService is not null)
        {
            await _reminderService.StartAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_killed || _catalog is null)
        {
            return;
        }

        if (_reminderService is not null)
        {
            await _reminderService.StopAsync(cancellationToken).ConfigureAwait(false);
        }

        _transport.Unregister(_options.ClusterId, Membership.LocalSilo);
        await _catalog.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Simulates the loss of the process: no deactivation, no flush of queued state writes, callers
    /// see the silo vanish. The silo is dead when this method returns (only a commit already under way may still finish);
    /// the task completes once every storage file is closed, so a new silo can open it at once.
    /// </summary>
    /// <returns>A task that completes when the silo's files are closed.</returns>
    public async Task KillAsync()
    {
        _killed = true;

        // Storage first and synchronously: no write may commit after the callers were told the silo is gone.
        var resources = _killables.KillAllAsync();
        _transport.Unregister(_options.ClusterId, Membership.LocalSilo);
        _catalog?.Kill();
        if (_reminderService is not null)
        {
            await ((IKillable)_reminderService).KillAsync().ConfigureAwait(false);
        }

        await resources.ConfigureAwait(false);
    }

    public void Dispose()
    {
        _catalog?.Dispose();
        Metrics.Dispose();
    }

    private Dictionary<string, GrainClass> BuildGrainClasses()
    {
        var classes = new Dictionary<string, GrainClass>(StringComparer.Ordinal);
        foreach (var type in _options.GrainClasses.Distinct())
        {
            foreach (var grainInterface in type.GetInterfaces().Where(i => i != typeof(IGrainWithStringKey) && typeof(IGrainWithStringKey).IsAssignableFrom(i)))
            {
                var metadata = GrainInterfaceResolver.Get(grainInterface);
                Invoker.GetCodec(metadata);
                if (classes.TryGetValue(metadata.GrainType, out var existing))
                {
                    throw new InvalidOperationException($"Grain type '{metadata.GrainType}' ({grainInterface.Name}) is implemented by both {existing.Type.FullName} and {type.FullName}; register only one.");
                }

                classes.Add(metadata.GrainType, GrainClass.Create(type, metadata, _services, Invoker.SerializerOptions));
            }
        }

        return classes;
    }
}
