using IMU.Runtime.Reminders;
using IMU.Runtime.Reminders.Memory;
using IMU.Runtime.Reminders.Sqlite;
using IMU.Runtime.Storage.Sqlite;
using IMU.Runtime.Testing;
using IMU.TestUtilities;

namespace IMU.Runtime.Tests.Reminders;

public sealed class ReminderServiceTests : IDisposable
{
    private static readonly TimeSpan s_minute = TimeSpan.FromMinutes(1);
    private static readonly GrainId s_rollout = new("rollout", "R1");
    private readonly FakeTimeProvider _time = new();
    private readonly RecordingSink _sink = new();
    private readonly TempDirectory _directory = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Reminder_DueOnVirtualTime_FiresEachPeriod()
    {
        var start = _time.GetUtcNow();
        await using var service = await StartAsync(new MemoryReminderTable());
        await service.RegisterOrUpdateAsync(s_rollout, "ipl", s_minute, s_minute, Token).WithTestTimeout();

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.Empty(_sink.Ticks);

        _time.Advance(TimeSpan.FromSeconds(1));
        _time.Advance(s_minute);

        Assert.Equal([start + s_minute, start + (2 * s_minute)], _sink.Ticks.Select(t => t.Status.CurrentTickTime));
        Assert.All(_sink.Ticks, t => Assert.Equal((s_rollout, "ipl", start + s_minute, s_minute), (t.GrainId, t.Name, t.Status.FirstTickTime, t.Status.Period)));
    }

    [Fact]
    public async Task Reminder_AfterRestartOnSameFile_Fires()
    {
        var start = _time.GetUtcNow();
        await using (var table = await OpenSqliteAsync())
        {
            await using var first = await StartAsync(table);
            await first.RegisterOrUpdateAsync(s_rollout, "ipl", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), Token).WithTestTimeout();
        }

        _time.Advance(s_minute);
        await using var reopened = await OpenSqliteAsync();
        await using var second = await StartAsync(reopened);
        Assert.Empty(_sink.Ticks);

        _time.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal(start + TimeSpan.FromMinutes(5), Assert.Single(_sink.Ticks).Status.CurrentTickTime);
    }

    [Fact]
    public async Task Reminder_MissedPeriodsWhileDown_CaughtUpOnce()
    {
        var start = _time.GetUtcNow();
        await using (var table = await OpenSqliteAsync())
        {
            await using var first = await StartAsync(table);
            await first.RegisterOrUpdateAsync(s_rollout, "ipl", s_minute, s_minute, Token).WithTestTimeout();
            _time.Advance(s_minute);
        }

        Assert.Single(_sink.Ticks);
        _time.Advance(TimeSpan.FromMinutes(10.5));
        await using var reopened = await OpenSqliteAsync();
        await using var second = await StartAsync(reopened);

        Assert.Equal([start + s_minute, start + TimeSpan.FromMinutes(11)], _sink.Ticks.Select(t => t.Status.CurrentTickTime));
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(2, _sink.Ticks.Count);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(start + TimeSpan.FromMinutes(12), _sink.Ticks[^1].Status.CurrentTickTime);
        Assert.Equal(3, _sink.Ticks.Count);
    }

    [Fact]
    public async Task Start_ReminderOverdueByManyPeriods_DeliversOneTick()
    {
        var start = _time.GetUtcNow();
        var table = new MemoryReminderTable();
        await table.UpsertAsync(s_rollout, "ipl", start - TimeSpan.FromMinutes(30), s_minute, Token).WithTestTimeout();

        await using var service = await StartAsync(table);

        Assert.Equal(start, Assert.Single(_sink.Ticks).Status.CurrentTickTime);
    }

    [Fact]
    public async Task Register_PeriodBelowMinimum_ThrowsAndStoresNothing()
    {
        var table = new MemoryReminderTable();
        await using var service = await StartAsync(table);

        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => service.RegisterOrUpdateAsync(s_rollout, "ipl", TimeSpan.Zero, TimeSpan.FromSeconds(30), Token).WithTestTimeout());

        Assert.Contains("MinimumPeriod", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await table.ReadAllAsync(Token).WithTestTimeout());
    }

    [Fact]
    public async Task Register_LoweredMinimum_FiresAtShortPeriod()
    {
        await using var service = await StartAsync(new MemoryReminderTable(), TimeSpan.FromSeconds(1));
        await service.RegisterOrUpdateAsync(s_rollout, "poll", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), Token).WithTestTimeout();

        _time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(5, _sink.Ticks.Count);
    }

    [Fact]
    public async Task Delivery_Fails_RetriedAtNextPeriodNotBefore()
    {
        _sink.FailuresLeft = 1;
        await using var service = await StartAsync(new MemoryReminderTable());
        await service.RegisterOrUpdateAsync(s_rollout, "ipl", s_minute, s_minute, Token).WithTestTimeout();

        _time.Advance(s_minute);
        Assert.Equal(1, _sink.Attempts);
        _time.Advance(s_minute - TimeSpan.FromTicks(1));
        Assert.Equal(1, _sink.Attempts);

        _time.Advance(TimeSpan.FromTicks(1));

        Assert.Equal(2, _sink.Attempts);
        Assert.Single(_sink.Ticks);
    }

    [Fact]
    public async Task Delivery_StillRunningAtNextTick_NextTickSkippedNotQueued()
    {
        // Continuations run inline on SetResult: the delivery has fully finished when SetResult returns.
        var release = new TaskCompletionSource();
        _sink.Gate = release.Task;
        await using var service = await StartAsync(new MemoryReminderTable());
        await service.RegisterOrUpdateAsync(s_rollout, "ipl", s_minute, s_minute, Token).WithTestTimeout();

        _time.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, _sink.Attempts);

        release.SetResult();
        Assert.Single(_sink.Ticks);
        _time.Advance(s_minute);

        Assert.Equal(2, _sink.Attempts);
        Assert.Equal(_time.GetUtcNow(), _sink.Ticks[^1].Status.CurrentTickTime);
    }

    [Fact]
    public async Task Unregister_CurrentETag_StopsTicks()
    {
        var table = new MemoryReminderTable();
        await using var service = await StartAsync(table);
        var reminder = await service.RegisterOrUpdateAsync(s_rollout, "ipl", s_minute, s_minute, Token).WithTestTimeout();

        Assert.True(await service.UnregisterAsync(reminder, Token).WithTestTimeout());
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Empty(_sink.Ticks);
        Assert.Null(await service.GetReminderAsync(s_rollout, "ipl", Token).WithTestTimeout());
    }

    [Fact]
    public async Task Unregister_StaleETag_ReturnsFalseAndKeepsTicking()
    {
        await using var service = await StartAsync(new MemoryReminderTable());
        var old = await service.RegisterOrUpdateAsync(s_rollout, "ipl", s_minute, s_minute, Token).WithTestTimeout();
        var current = await service.RegisterOrUpdateAsync(s_rollout, "ipl", s_minute, TimeSpan.FromMinutes(2), Token).WithTestTimeout();

        Assert.False(await service.UnregisterAsync(old, Token).WithTestTimeout());
        _time.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(2, _sink.Ticks.Count);
        Assert.All(_sink.Ticks, t => Assert.Equal(current.Period, t.Status.Period));
    }

    [Fact]
    public async Task Dispose_Twice_DisarmsTimersOnce()
    {
        var service = await StartAsync(new MemoryReminderTable());
        await service.RegisterOrUpdateAsync(s_rollout, "ipl", s_minute, s_minute, Token).WithTestTimeout();

        await service.DisposeAsync();
        await service.DisposeAsync();
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Empty(_sink.Ticks);
    }

    [Fact]
    public void Options_NonPositiveMinimum_IsRejected()
    {
        var options = new ReminderServiceOptions { MinimumPeriod = TimeSpan.Zero };

        Assert.Single(options.Validate());
        Assert.Throws<ArgumentException>(() => new ReminderService(new MemoryReminderTable(), _sink, _time, options));
    }

    private async Task<ReminderService> StartAsync(IReminderTable table, TimeSpan? minimumPeriod = null)
    {
        var service = new ReminderService(table, _sink, _time, new ReminderServiceOptions { MinimumPeriod = minimumPeriod ?? s_minute });
        await service.StartAsync(Token).WithTestTimeout();
        return service;
    }

    private async Task<SqliteReminderTable> OpenSqliteAsync()
    {
        var table = new SqliteReminderTable(new SqliteStorageOptions { DataSource = Path.Combine(_directory.Path, "silo.db") });
        await table.InitializeAsync(Token).WithTestTimeout();
        return table;
    }

    private sealed class RecordingSink : IReminderTickSink
    {
        private readonly Lock _lock = new();
        private readonly List<(GrainId GrainId, string Name, ReminderTickStatus Status)> _ticks = [];
        private int _attempts;

        public int FailuresLeft { get; set; }

        /// <summary>When set, the next delivery waits for it, so a test can keep a tick in flight.</summary>
        public Task? Gate { get; set; }

        public int Attempts => Volatile.Read(ref _attempts);

        public IReadOnlyList<(GrainId GrainId, string Name, ReminderTickStatus Status)> Ticks
        {
            get
            {
                lock (_lock)
                {
                    return [.. _ticks];
                }
            }
        }

        public async Task DeliverAsync(GrainId grainId, string reminderName, ReminderTickStatus status, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new InvalidOperationException("grain call failed");
            }

            if (Gate is { } gate)
            {
                Gate = null;
                await gate;
            }

            lock (_lock)
            {
                _ticks.Add((grainId, reminderName, status));
            }
        }
    }
}
