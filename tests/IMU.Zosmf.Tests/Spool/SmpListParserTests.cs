using IMU.Zosmf.Spool;

namespace IMU.Zosmf.Tests.Spool;

/// <summary>LIST SYSMODS output in SMPLIST (RECFM=FBA): an entry line, then indented <c>NAME = value</c> lines.</summary>
public sealed class SmpListParserTests
{
    [Fact]
    public void Parse_SysmodEntries_ReadsTypeStatusAndFmid()
    {
        const string list = """
            1PAGE 0001  - NOW SET TO TARGET ZONE TGT1     DATE 03/01/26 TIME 10:00:00 SMP/E 37.25 SMPLIST OUTPUT
             TGT1     SYSMOD ENTRIES
            0UJ00001  TYPE            = PTF
                      STATUS          = REC APP
                      FMID            = HBB7790
                      DATE/TIME REC   = 26.060 10:00:00
            0HBB7790  TYPE            = FUNCTION
                      STATUS          = REC APP ACC
            """;

        var entries = SmpListParser.Parse(SpoolRecords.Read(list, "FBA"));

        Assert.Equal(2, entries.Count);
        Assert.Equal(("UJ00001", "PTF", "REC APP", "HBB7790"), (entries[0].SysmodId, entries[0].Type, entries[0].Status, entries[0].Fmid));
        Assert.True(entries[0].IsApplied);
        Assert.False(entries[0].IsAccepted);
        Assert.True(entries[1].IsAccepted);
        Assert.Null(entries[1].Fmid);
    }
}
