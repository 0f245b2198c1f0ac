using IMU.Grains;

namespace IMU.Cluster.Tests;

/// <summary>
/// One writer per probe grain, each incrementing its durable counter in a loop and noting the highest
/// count the silo acknowledged (the call returned after the write committed) and how many calls failed.
/// Conditions on those are awaited as events, not polled.
/// </summary>
internal sealed class ProbeWriters(int grains)
{
    private static readonly TimeSpan s_callTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan s_backoff = TimeSpan.FromMilliseconds(200);

    private readonly long[] _acknowledged = new long[grains];
    private readonly int[] _failures = new int[grains];
    private readonly List<(Func<bool> Condition, TaskCompletionSource Done)> _waiters = [];
    private readonly CancellationTokenSource _stop = new();

    public long[] Acknowledged
    {
        get
        {
            lock (_waiters)
            {
                return [.. _acknowledged];
            }
        }
    }

    public int[] Failures
    {
        get
        {
            lock (_waiters)
            {
                return [.. _failures];
            }
        }
    }

    public static string Key(int index) => $"outage-{index}";

    public Task RunAsync(IClusterClient client) => Task.WhenAll(Enumerable.Range(0, grains).Select(i => WriteAsync(client.GetGrain<IProbeGrain>(Key(i)), i)));

    public async Task StopAsync(Task running)
    {
        await _stop.CancelAsync();
        await running.WithTestTimeout();
    }

    public Task WhenEveryGrainAcknowledgedAsync(int count) => When(() => _acknowledged.All(a => a >= count));

    /// <summary>Every grain acknowledged at least <paramref name="more"/> writes beyond <paramref name="before"/>.</summary>
    public Task WhenEveryGrainAcknowledgedAsync(long[] before, int more) => When(() => _acknowledged.Select((a, i) => a >= before[i] + more).All(x => x));

    public Task WhenEveryGrainFailedAsync(int count)
    {
        var from = Failures;
        return When(() => _failures.Select((f, i) => f >= from[i] + count).All(x => x));
    }

    private Task When(Func<bool> condition)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            if (condition())
            {
                return Task.CompletedTask;
            }

            _waiters.Add((condition, done));
        }

        return done.Task;
    }

    private async Task WriteAsync(IProbeGrain grain, int index)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var reading = await grain.IncrementAsync().WaitAsync(s_callTimeout);
                Note(() => _acknowledged[index] = Math.Max(_acknowledged[index], reading.Count));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage down (or the call timed out): not acknowledged, so it promises nothing. Try again shortly.
                Note(() => _failures[index]++);
                try
                {
                    await Task.Delay(s_backoff, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Note(Action change)
    {
        lock (_waiters)
        {
            change();
            foreach (var waiter in _waiters.Where(w => w.Condition()).ToList())
            {
                waiter.Done.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }
}
