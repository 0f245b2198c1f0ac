using Microsoft.Extensions.Time.Testing;

namespace IMU.Zosmf.Tests.Support;

/// <summary>A fake clock that signals each time a timer is created, so a test advances time only when something waits on it.</summary>
public sealed class SignallingTimeProvider(FakeTimeProvider inner) : TimeProvider
{
    public SemaphoreSlim TimerCreated { get; } = new(0);

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        TimerCreated.Release();
        return timer;
    }

    public void Advance(TimeSpan delta) => inner.Advance(delta);
}
