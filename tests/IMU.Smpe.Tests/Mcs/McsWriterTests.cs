using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Tests.Mcs;

public sealed class McsWriterTests
{
    [Fact]
    public void LongLists_WrapAtSeparatorsWithinColumn71()
    {
        var pre = Enumerable.Range(0, 40).Select(i => $"UZ{i:00000}").ToArray();
        var sysmod = new Sysmod
        {
            Id = "UZ99999",
            Type = SysmodType.Ptf,
            Vers = [new VerStatement { Srels = ["Z038"], Fmid = "HBB77D0", Pre = pre }],
            Elements = [new ElementStatement { McsType = "ZAP", Name = "IEFBR14", DistLib = "AOSB3", InlineData = [" NAME IEFBR14", " VER 0000 1BFF"] }],
        };

        var text = McsWriter.Write(sysmod);

        Assert.All(text.Split('\n').Where(r => !r.StartsWith(' ') || r.Contains(',', StringComparison.Ordinal)), r => Assert.True(r.Length <= 71, r));
        Assert.EndsWith("++ZAP(IEFBR14) DISTLIB(AOSB3).\n NAME IEFBR14\n VER 0000 1BFF\n", text, StringComparison.Ordinal);
        Assert.Equal(pre, Assert.Single(McsReader.Read(text).Sysmods).Vers[0].Pre);
    }

    [Fact]
    public void Release_IsWrittenAsOneStatement() =>
        Assert.Equal(
            "++RELEASE(UZ00001) FMID(HBB77D0) REASON(CPU0A) USER DATE(25124).\n",
            McsWriter.Write(new ReleaseStatement { SysmodId = "UZ00001", Fmid = "HBB77D0", Reason = "CPU0A", Category = HoldCategory.User, Date = "25124" }));
}
