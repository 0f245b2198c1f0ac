using Microsoft.Extensions.Logging;

namespace IMU.Runtime.Activation;

/// <summary>
/// A grain timer on the silo's <see cref="TimeProvider"/>. Each tick is queued as a turn of the
/// activation; the next tick is armed only after the callback completed, so ticks never overlap.
/// </summary>
internal sealed class GrainTimer : IGrainTimer
{
    private readonly ActivationData _activation;
    private readonly Func<object?, CancellationToken, Task> _callback;
    private readonly object? _state;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _stopping = new();
    private TimeSpan _period = Timeout.InfiniteTimeSpan;
    private volatile bool _stopped;

    public GrainTimer(ActivationData activation, Func<object?, CancellationToken, Task> callback, object? state)
    {
        _activation = activation;
        _callback = callback;
        _state = state;
        _timer = activation.Catalog.TimeProvider.CreateTimer(static s => ((GrainTimer)s!).OnDue(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public bool IsStopped => _stopped;

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        if (period != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        }

        _period = period;
        if (!_stopped)
        {
            _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        Stop();
        _activation.RemoveTimer(this);
    }

    /// <summary>Stops ticking for good; the token given to a running callback is cancelled.</summary>
    public void Stop()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _timer.Dispose();
        _stopping.Cancel();
    }

    public Task TickAsync() => _callback(_state, _stopping.Token);

    public void TickCompleted(Exception? error)
    {
        if (error is not null)
        {
            _activation.Catalog.Log.LogWarning(error, "A timer callback of grain {GrainId} failed", _activation.GrainId);
        }

        if (!_stopped && _period != Timeout.InfiniteTimeSpan)
        {
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnDue()
    {
        if (!_stopped && !_activation.TryEnqueue(new TimerTickRequest(_activation.GrainId, this)))
        {
            Stop();
        }
    }
}
