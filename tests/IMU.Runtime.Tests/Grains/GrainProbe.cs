using System.Collections.Concurrent;

namespace IMU.Runtime.Tests.Grains;

/// <summary>A silo service the test grains report to, so tests wait on events instead of sleeping.</summary>
public sealed class GrainProbe
{
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _events = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly ConcurrentQueue<string> _log = new();

    public IReadOnlyCollection<string> Log => _log;

    public int Count(string name) => _counts.GetValueOrDefault(name);

    public void Record(string name)
    {
        _counts.AddOrUpdate(name, 1, (_, n) => n + 1);
        _log.Enqueue(name);
        Event(name).TrySetResult();
    }

    public Task WhenRecorded(string name) => Event(name).Task;

    public TaskCompletionSource Gate(string name) =>
        _gates.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private TaskCompletionSource Event(string name) =>
        _events.GetOrAdd(name, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
