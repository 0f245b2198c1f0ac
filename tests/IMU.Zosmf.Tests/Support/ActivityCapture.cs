using System.Collections.Concurrent;
using System.Diagnostics;
using IMU.Zosmf.Diagnostics;

namespace IMU.Zosmf.Tests.Support;

/// <summary>Listens to the IMU.Zosmf ActivitySource and keeps every stopped span.</summary>
public sealed class ActivityCapture : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<Activity> _stopped = new();

    public ActivityCapture()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ZosmfTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyCollection<Activity> Stopped => _stopped;

    /// <summary>Everything a span exports as text: name, tags, status and events.</summary>
    public IEnumerable<string> AllText() => _stopped.SelectMany(a =>
        new[] { a.DisplayName, a.StatusDescription ?? string.Empty }
            .Concat(a.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(a.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}"))));

    public void Dispose() => _listener.Dispose();
}
