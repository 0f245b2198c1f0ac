using Microsoft.Extensions.Time.Testing;
using IMU.Zosmf.Resilience;
using IMU.Zosmf.Results;
using IMU.Zosmf.Simulator;
using IMU.Zosmf.Tests.Support;

namespace IMU.Zosmf.Tests.Simulator;

public sealed class SimulatedIplTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ipl_FromStagedSysres_NewActiveLevelAfterTheIplDuration()
    {
        var time = new SignallingTimeProvider(new FakeTimeProvider());
        await using var harness = await SimulatorHarness.StartAsync(new SimulatorOptions { Systems = 1, IplDuration = TimeSpan.FromMinutes(3) }, time);
        var agent = harness.Agent("SYS001", new ResilienceSettings { CallTimeout = TimeSpan.FromDays(1) });
        var before = await agent.GetIplInfoAsync(Ct).WithTestTimeout();

        await agent.SetNextIplAsync(new IplLoadSettings("0A81", "0A8202M1"), Ct).WithTestTimeout();
        var staged = await agent.GetLparStatusAsync(Ct).WithTestTimeout();
        while (time.TimerCreated.Wait(0, Ct))
        {
            // Timers of the calls above: time must not move for them.
        }

        var start = time.GetUtcNow();
        var ipl = agent.IplAsync(Ct);
        while (!ipl.IsCompleted)
        {
            // Each step is one IPL poll interval, so every wait of the agent falls due.
            await Task.WhenAny(time.TimerCreated.WaitAsync(Ct), ipl).WithTestTimeout();
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var after = await ipl.WithTestTimeout();
        var status = await agent.GetLparStatusAsync(Ct).WithTestTimeout();

        Assert.Equal("RESA01", before.ActiveLevel);
        Assert.Equal(new IplLoadSettings("0A81", "0A8202M1"), staged.NextLoad);
        Assert.Equal(new IplLoadSettings("0A80", "0A8201M1"), staged.LastUsedLoad);
        Assert.Equal(("RESB01", "0A81", "LOAD02"), (after.ActiveLevel, after.IplDevice, after.LoadMember));
        Assert.InRange(after.IplTime - start, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3.5));
        Assert.True(status.IsOperating);
        Assert.Equal(new IplLoadSettings("0A81", "0A8202M1"), status.LastUsedLoad);
        Assert.Equal(1, harness.System("SYS001").IplsCompleted);
    }

    [Fact]
    public async Task Ipl_FromDeviceWithoutSysres_FailsWithTheHmcJobStatus()
    {
        var time = new SignallingTimeProvider(new FakeTimeProvider());
        await using var harness = await SimulatorHarness.StartAsync(new SimulatorOptions { Systems = 1 }, time);
        var agent = harness.Agent("SYS001", new ResilienceSettings { CallTimeout = TimeSpan.FromDays(1) });
        await agent.SetNextIplAsync(new IplLoadSettings("0B00", "0A8201M1"), Ct).WithTestTimeout();

        var error = await Assert.ThrowsAsync<LparAgentException>(() => agent.IplAsync(Ct)).WithTestTimeout();

        Assert.Equal(409, error.HttpStatus);
        Assert.Equal("RESA01", (await agent.GetIplInfoAsync(Ct).WithTestTimeout()).ActiveLevel);
    }
}
