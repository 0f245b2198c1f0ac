using IMU.Runtime.Testing;
using IMU.Runtime.Tests.Grains;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Activation;

public sealed class ReminderDeliveryTests
{
    [Fact]
    public async Task Reminder_DueOnVirtualTime_ActivatesGrainAndCallsReceiveReminder()
    {
        var probe = new GrainProbe();
        var time = new FakeTimeProvider();
        await using var cluster = await TestClusters.StartAsync(probe, time).WithTestTimeout();
        var grain = cluster.GrainFactory.GetGrain<ITimerGrain>("m");
        await grain.StartReminderAsync().WithTestTimeout();
        await grain.DeactivateAsync().WithTestTimeout();
        await probe.WhenRecorded("deactivate:m").WithTestTimeout();

        time.Advance(TimeSpan.FromMinutes(1));

        await probe.WhenRecorded("reminder:m:wake").WithTestTimeout();
    }

    [Fact]
    public async Task Reminder_OnSqlite_FiresAfterKilledSiloRestartsOnSameFile()
    {
        using var directory = new TempDirectory();
        var file = Path.Combine(directory.Path, "silo.db");
        var probe = new GrainProbe();
        var time = new FakeTimeProvider();
        await using var cluster = await TestClusters.StartAsync(probe, time, s => s
            .AddSqliteGrainStorage(PersistentStateAttribute.DefaultStorageName, o => o.DataSource = file)
            .AddSqliteReminders(o => o.DataSource = file)).WithTestTimeout();
        await cluster.GrainFactory.GetGrain<ITimerGrain>("r").StartReminderAsync().WithTestTimeout();
        time.Advance(TimeSpan.FromMinutes(1));
        await probe.WhenRecorded("reminder:r:wake").WithTestTimeout();

        await cluster.KillSiloAsync(cluster.Silos[0]).WithTestTimeout();
        await cluster.RestartSiloAsync(cluster.Silos[0]).WithTestTimeout();

        // The restarted silo knows nothing of the tick delivered before the kill: it catches up once (at-least-once).
        await probe.WhenRecorded("reminder:r:wake", 2).WithTestTimeout();
        time.Advance(TimeSpan.FromMinutes(1));
        await probe.WhenRecorded("reminder:r:wake", 3).WithTestTimeout();
    }
}
