using System.Diagnostics;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cluster.Tests;

/// <summary>
/// Asks a rollout for its status every <see cref="Interval"/>, without waiting for an earlier answer
/// (the call in flight when a silo dies hangs until its timeout), and keeps every answer with when it
/// was asked and when it came. What a client saw is then checked against the rollout's final record.
/// </summary>
internal sealed class RolloutPoller : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan s_callTimeout = TimeSpan.FromSeconds(3);

    private readonly IRolloutGrain _rollout;
    private readonly Stopwatch _clock;
    private readonly List<Answer> _answers = [];
    private readonly List<Task> _calls = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(Func<RolloutStatus, bool> Until, TaskCompletionSource<RolloutStatus> Done)> _waiters = [];
    private readonly Task _loop;

    public RolloutPoller(IRolloutGrain rollout, Stopwatch clock)
    {
        _rollout = rollout;
        _clock = clock;
        _loop = LoopAsync();
    }

    /// <summary>Every answer so far, in the order they came.</summary>
    public IReadOnlyList<Answer> Answers
    {
        get
        {
            lock (_answers)
            {
                return [.. _answers];
            }
        }
    }

    /// <summary>The last status answered, or null before the first answer.</summary>
    public RolloutStatus? Latest => Answers.LastOrDefault()?.Status;

    /// <summary>What changes when a rollout makes progress: a state of the rollout, a wave, an LPAR, a SYSMOD or a group, or a new audit entry.</summary>
    public static string ProgressOf(RolloutStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return string.Join(
            '|',
            status.State,
            string.Join(',', status.Waves.Select(w => w.State)),
            string.Join(',', status.Lpars.Select(l => $"{l.State}:{string.Join('/', l.Sysmods.Select(s => s.Status))}")),
            string.Join(',', status.Groups.Select(g => g.State)),
            status.Audit.Length);
    }

    /// <summary>The first answer (from now on) that satisfies <paramref name="until"/>; bounded by <paramref name="limit"/>.</summary>
    public async Task<RolloutStatus> WaitUntilAsync(Func<RolloutStatus, bool> until, TimeSpan limit)
    {
        var done = new TaskCompletionSource<RolloutStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_answers)
        {
            _waiters.Add((until, done));
        }

        try
        {
            return await done.Task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            var latest = Latest;
            throw new TimeoutException($"rollout not there after {limit}: {(latest is null ? "no answer at all" : $"{latest.State}; {string.Join("; ", latest.Reasons.Concat(latest.Lpars.Where(l => l.Reasons.Length > 0).Select(l => $"{l.Lpar} {l.State}: {string.Join(", ", l.Reasons)}")))}")}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop.WithTestTimeout();
        Task[] calls;
        lock (_calls)
        {
            calls = [.. _calls];
        }

        await Task.WhenAll(calls).WithTestTimeout();
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var call = AskAsync();
                lock (_calls)
                {
                    _calls.RemoveAll(c => c.IsCompleted);
                    _calls.Add(call);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by DisposeAsync.
        }
    }

    private async Task AskAsync()
    {
        var asked = _clock.Elapsed;
        try
        {
            var status = await _rollout.GetStatusAsync().WaitAsync(s_callTimeout);
            if (status is not null)
            {
                lock (_answers)
                {
                    _answers.Add(new Answer(asked, _clock.Elapsed, status));
                    foreach (var waiter in _waiters.Where(w => w.Until(status)).ToList())
                    {
                        waiter.Done.TrySetResult(status);
                        _waiters.Remove(waiter);
                    }
                }
            }
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or InvalidOperationException or ObjectDisposedException)
        {
            // No answer (the silo died, the gateway is gone, the client reconnects): the next tick asks again.
        }
    }

    /// <summary>One answer: when it was asked and answered (on the test's clock), and what it said.</summary>
    internal sealed record Answer(TimeSpan Asked, TimeSpan Answered, RolloutStatus Status);
}
