using System.Collections.Concurrent;
using System.Text.Json;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Silo.Api;

/// <summary>
/// The silo's eye for the dashboard: an <see cref="IRolloutObserver"/> subscribed to every rollout (a
/// subscription lapses after a while, so each sweep renews it), which publishes a <c>rollout</c> event
/// for each status it is told and an <c>lpar</c> event for each of that rollout's LPARs whose fleet row
/// changed. A sweep also catches what changes outside a rollout (an operator's IPL, <c>fleet apply</c>).
/// </summary>
internal sealed partial class RolloutWatcher(IGrainFactory grains, DashboardEvents events, ILogger<RolloutWatcher> logger) : BackgroundService, IRolloutObserver
{
    private static readonly TimeSpan s_sweep = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, string> _rows = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private IRolloutObserver? _reference;
    private string? _fleetShape;

    /// <summary>Subscribes to one rollout now (an action on it, or a page that shows it).</summary>
    public Task WatchAsync(string rollout) => grains.GetGrain<IRolloutGrain>(rollout).SubscribeAsync(Reference);

    public void OnStatus(RolloutStatus status)
    {
        events.Publish(new DashboardEvent("rollout", JsonSerializer.Serialize(status, ContractJson.Options)));
        PublishRowsAsync(status.Lpars.Select(l => l.Lpar)).Ignore();
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        lock (_gate)
        {
            // The silo is still up (hosted services stop in reverse order), so the reference can go now.
            if (_reference is not null)
            {
                grains.DeleteObjectReference<IRolloutObserver>(_reference);
                _reference = null;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(s_sweep);
        do
        {
            try
            {
                await SweepAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSweepFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private IRolloutObserver Reference
    {
        get
        {
            lock (_gate)
            {
                return _reference ??= grains.CreateObjectReference<IRolloutObserver>(this);
            }
        }
    }

    private async Task SweepAsync()
    {
        var fleet = grains.GetGrain<IFleetGrain>(GrainKeys.Fleet);
        var rollouts = await fleet.ListRolloutsAsync();
        await Task.WhenAll(rollouts.Select(r => WatchAsync(r.Name)));

        var definition = await fleet.GetDefinitionAsync();
        var shape = JsonSerializer.Serialize(definition.Lpars.Select(l => new { l.Name, l.Sysplex, l.IplWindows }));
        if (_fleetShape is not null && shape != _fleetShape)
        {
            events.Publish(new DashboardEvent("fleet", "{}"));
        }

        _fleetShape = shape;
        foreach (var row in await fleet.ListAsync())
        {
            Publish(row);
        }
    }

    private async Task PublishRowsAsync(IEnumerable<string> lpars)
    {
        try
        {
            foreach (var row in await Task.WhenAll(lpars.Select(l => grains.GetGrain<ILparGrain>(l).GetSummaryAsync())))
            {
                Publish(row);
            }
        }
        catch (Exception ex)
        {
            LogSweepFailed(ex);
        }
    }

    private void Publish(FleetLparSummary row)
    {
        var json = JsonSerializer.Serialize(row, ContractJson.Options);
        if (_rows.TryGetValue(row.Lpar, out var known) && known == json)
        {
            return;
        }

        _rows[row.Lpar] = json;
        events.Publish(new DashboardEvent("lpar", json));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dashboard's watch of rollouts and LPARs failed; it tries again at the next sweep")]
    private partial void LogSweepFailed(Exception exception);
}
