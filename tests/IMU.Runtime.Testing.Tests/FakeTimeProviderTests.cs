namespace IMU.Runtime.Testing.Tests;

public sealed class FakeTimeProviderTests
{
    [Fact]
    public void Advance_PastSeveralTimers_FiresThemInDueOrderWithClockAtDueTime()
    {
        var time = new FakeTimeProvider();
        var start = time.GetUtcNow();
        var fired = new List<(string Name, TimeSpan At)>();
        using var late = time.CreateTimer(_ => fired.Add(("late", time.GetUtcNow() - start)), null, TimeSpan.FromMinutes(3), Timeout.InfiniteTimeSpan);
        using var early = time.CreateTimer(_ => fired.Add(("early", time.GetUtcNow() - start)), null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal([("early", TimeSpan.FromMinutes(1)), ("late", TimeSpan.FromMinutes(3))], fired);
        Assert.Equal(start + TimeSpan.FromMinutes(5), time.GetUtcNow());
    }

    [Fact]
    public void PeriodicTimer_AdvancedOverThreePeriods_FiresThreeTimes()
    {
        var time = new FakeTimeProvider();
        var count = 0;
        using var timer = time.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));

        time.Advance(TimeSpan.FromSeconds(35));

        Assert.Equal(3, count);
    }

    [Fact]
    public void DisposedTimer_AdvancedPastDueTime_DoesNotFire()
    {
        var time = new FakeTimeProvider();
        var count = 0;
        var timer = time.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        timer.Dispose();

        time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, count);
        Assert.False(timer.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public void Timestamp_AfterAdvance_MeasuresVirtualElapsedTime()
    {
        var time = new FakeTimeProvider();
        var started = time.GetTimestamp();

        time.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(TimeSpan.FromSeconds(90), time.GetElapsedTime(started));
    }
}
