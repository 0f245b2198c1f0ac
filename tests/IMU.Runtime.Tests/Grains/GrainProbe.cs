using System.Collections.Concurrent;

namespace IMU.Runtime.Tests.Grains;

/// <summary>A silo service the test grains report to, so tests wait on events instead of sleeping.</summary>
public sealed class GrainProbe
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _counts = [];
    private readonly List<(string Name, int Count, TaskCompletionSource Done)> _waiters = [];
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();

    public int Count(string name)
    {
        lock (_lock)
        {
            return _counts.GetValueOrDefault(name);
        }
    }

    public void Record(string name)
    {
        List<TaskCompletionSource> done = [];
        lock (_lock)
        {
            var count = _counts[name] = _counts.GetValueOrDefault(name) + 1;
            foreach (var waiter in _waiters.Where(w => w.Name == name && w.Count <= count).ToList())
            {
                _waiters.Remove(waiter);
                done.Add(waiter.Done);
            }
        }

        done.ForEach(d => d.TrySetResult());
    }

    public Task WhenRecorded(string name, int count = 1)
    {
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_counts.GetValueOrDefault(name) >= count)
            {
                return Task.CompletedTask;
            }

            _waiters.Add((name, count, waiter));
        }

        return waiter.Task;
    }

    public TaskCompletionSource Gate(string name) =>
        _gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
