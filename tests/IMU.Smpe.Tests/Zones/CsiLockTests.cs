using IMU.Smpe.Commands;
using IMU.Smpe.Zones;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace IMU.Smpe.Tests.Zones;

/// <summary>A command meeting a CSI that another process holds: it waits, says so once, and then either runs or fails with nothing changed.</summary>
public sealed class CsiLockTests : IDisposable
{
    private readonly TestCsi _csi = new();
    private readonly SqliteConnection _other;

    public CsiLockTests()
    {
        _csi.Receive(TestCsi.BaseFunction);
        _other = new SqliteConnection($"Data Source={_csi.FilePath};Pooling=False");
        _other.Open();
    }

    [Fact]
    public void Lock_HeldLongerThanTheTimeout_FailsWithRcTwelveMessageAfterSayingItWaits()
    {
        var clock = new FakeTimeProvider();
        var told = new List<string>();
        using var csi = Csi.Open(_csi.FilePath, new CsiOpenOptions
        {
            Mode = CsiOpenMode.ReadWrite,
            LockTimeout = TimeSpan.FromSeconds(30),
            TimeProvider = clock,
            Waiting = message =>
            {
                told.Add(message);
                clock.Advance(TimeSpan.FromSeconds(31));
            },
        });
        HoldWriteLock();

        var exception = Assert.Throws<CsiException>(() => csi.Apply(TestCsi.Target, new ApplyOptions { Select = ["HBB77D0"] }));
        Release();

        Assert.StartsWith("IMU1013S", exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("IMU1012I", Assert.Single(told), StringComparison.Ordinal);
        Assert.Empty(_csi.Csi.ListSysmods(TestCsi.Target));
    }

    [Fact]
    public void Lock_ReleasedWhileWaiting_CommandRuns()
    {
        var told = 0;
        using var csi = Csi.Open(_csi.FilePath, new CsiOpenOptions
        {
            Mode = CsiOpenMode.ReadWrite,
            TimeProvider = new FakeTimeProvider(),
            Waiting = _ =>
            {
                told++;
                Release();
            },
        });
        HoldWriteLock();

        var result = csi.Apply(TestCsi.Target, new ApplyOptions { Select = ["HBB77D0"] });

        Assert.Equal(1, told);
        Assert.Equal(SysmodStatus.Applied, result.StatusOf("HBB77D0"));
    }

    [Fact]
    public void Lock_HeldByAWriter_DoesNotStopAReader()
    {
        var told = 0;
        using var csi = Csi.Open(_csi.FilePath, new CsiOpenOptions { Mode = CsiOpenMode.ReadOnly, Waiting = _ => told++ });
        HoldWriteLock();

        var sysmods = csi.ListSysmods(Csi.GlobalZoneName);
        Release();

        Assert.Equal(0, told);
        Assert.Equal(["HBB77D0"], sysmods.Select(s => s.Id));
    }

    public void Dispose()
    {
        _other.Dispose();
        _csi.Dispose();
    }

    private void HoldWriteLock() => Execute("BEGIN IMMEDIATE; INSERT INTO global_srel(srel) VALUES('Z999');");

    private void Release() => Execute("ROLLBACK;");

    private void Execute(string sql)
    {
        using var command = _other.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
