using IMU.Grains.Lpars;
using IMU.Grains.Models;

namespace IMU.Grains.Tests.Lpars;

public sealed class IplWindowScheduleTests
{
    private static readonly DateTimeOffset s_sunday2am = new(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);
    private static readonly IplWindow s_weekly = new(s_sunday2am, TimeSpan.FromHours(2), TimeSpan.FromDays(7));
    private static readonly TimeSpan s_ipl = TimeSpan.FromMinutes(15);

    [Fact]
    public void IplWindow_BeforeItsFirstOccurrence_IplsAtItsStart()
    {
        var slot = IplWindowSchedule.Next([s_weekly], s_sunday2am.AddDays(-1), s_ipl);

        Assert.Equal(s_sunday2am, slot!.At);
        Assert.Equal(s_sunday2am.AddHours(2), slot.WindowEnd);
        Assert.Equal(s_sunday2am.AddHours(2) - s_ipl, slot.Latest);
    }

    [Fact]
    public void IplWindow_InsideAnOccurrence_IplsNow()
    {
        var now = s_sunday2am.AddDays(14).AddMinutes(30);

        var slot = IplWindowSchedule.Next([s_weekly], now, s_ipl);

        Assert.Equal(now, slot!.At);
        Assert.Equal(s_sunday2am.AddDays(14), slot.WindowStart);
        Assert.True(slot.Allows(now));
    }

    [Fact]
    public void IplWindow_AtEndMinusExpectedIplTime_StillIpls()
    {
        var latest = s_sunday2am.AddHours(2) - s_ipl;

        Assert.Equal(latest, IplWindowSchedule.Next([s_weekly], latest, s_ipl)!.At);
    }

    [Fact]
    public void IplWindow_AfterEndMinusExpectedIplTime_WaitsForTheNextOccurrence()
    {
        var tooLate = s_sunday2am.AddHours(2) - s_ipl + TimeSpan.FromSeconds(1);

        var slot = IplWindowSchedule.Next([s_weekly], tooLate, s_ipl);

        Assert.Equal(s_sunday2am.AddDays(7), slot!.At);
        Assert.False(slot.Allows(tooLate));
        Assert.Equal(
            "the IPL window open now ends at 2026-12-06T04:00:00Z, too soon for a PT15M IPL; waiting for the next one at 2026-12-13T02:00:00Z",
            IplWindowSchedule.WhyWaiting([s_weekly], tooLate, s_ipl));
    }

    [Fact]
    public void IplWindow_NeverOutsideIt_SlotsAlwaysFallInsideTheirOccurrence()
    {
        var windows = new[] { s_weekly, new IplWindow(s_sunday2am.AddHours(30), TimeSpan.FromMinutes(40), TimeSpan.FromDays(3)) };
        for (var now = s_sunday2am.AddDays(-2); now < s_sunday2am.AddDays(30); now += TimeSpan.FromMinutes(7))
        {
            var slot = IplWindowSchedule.Next(windows, now, s_ipl)!;

            Assert.True(slot.At >= now);
            Assert.True(slot.At >= slot.WindowStart && slot.At <= slot.WindowEnd - s_ipl, $"slot {slot} at {now}");
        }
    }

    [Fact]
    public void IplWindow_SingleOccurrencePassed_HasNoSlotAndSaysSo()
    {
        var once = new IplWindow(s_sunday2am, TimeSpan.FromHours(2), null);

        Assert.Null(IplWindowSchedule.Next([once], s_sunday2am.AddHours(3), s_ipl));
        Assert.Equal("none of its IPL windows occurs again", IplWindowSchedule.WhyWaiting([once], s_sunday2am.AddHours(3), s_ipl));
        Assert.Equal("no IPL window is declared for it in the fleet file", IplWindowSchedule.WhyWaiting([], s_sunday2am, s_ipl));
    }

    [Fact]
    public void IplWindow_SeveralWindows_TakesTheEarliestUsable()
    {
        var nightly = new IplWindow(s_sunday2am.AddHours(20), TimeSpan.FromHours(1), TimeSpan.FromDays(1));

        var slot = IplWindowSchedule.Next([s_weekly, nightly], s_sunday2am.AddHours(3), s_ipl);

        Assert.Equal(s_sunday2am.AddHours(20), slot!.At);
        Assert.Equal("waiting for its next IPL window at 2026-12-06T22:00:00Z", IplWindowSchedule.WhyWaiting([s_weekly, nightly], s_sunday2am.AddHours(3), s_ipl));
    }
}
