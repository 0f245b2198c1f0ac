using IMU.Zosmf.Spool;

namespace IMU.Zosmf.Tests.Spool;

public sealed class SmpListParserTests
{
    [Fact]
    public void Parse_SysmodEntries_ReadsTypeStatusAndFmid()
    {
        const string list = """
            PAGE 0001  - NOW SET TO TGT1     ZONE      DATE 01/01/26  TIME 00:00:00  SMP/E 37.25   SMPLIST  OUTPUT

              TGT1     SYSMOD ENTRIES

              UJ00001   TYPE            = PTF
                        STATUS          = REC APP
                        FMID            = HBB7790
              HBB7790   TYPE            = FUNCTION
                        STATUS          = REC APP ACC
            """;

        var entries = SmpListParser.Parse(list);

        Assert.Equal(2, entries.Count);
        Assert.Equal(("UJ00001", "PTF", "REC APP", "HBB7790"), (entries[0].SysmodId, entries[0].Type, entries[0].Status, entries[0].Fmid));
        Assert.True(entries[0].IsApplied);
        Assert.False(entries[0].IsAccepted);
        Assert.True(entries[1].IsAccepted);
        Assert.Null(entries[1].Fmid);
    }
}
