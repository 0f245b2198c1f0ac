using System.Text.Json;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Tests.Zones;

public sealed class CsiJsonContextTests
{
    private const string Mcs = """
        ++PTF(UZ00001) REWORK(2025123).
        ++VER(Z038) FMID(HBB77D0) PRE(UZ00000) SUP(AA00001,AA00002).
        ++HOLD(UZ00001) SYSTEM FMID(HBB77D0) REASON(ACTION) DATE(25123)
          COMMENT(Restart the task).
        ++MOD(IEFBR14) DISTLIB(AOSB3) LMOD(IEFBR14).
        ++MAC(IEZMAC1) DISTLIB(AMACLIB).
        """;

    [Fact]
    public void StoredSysmod_RoundTrips_ToTheSameJson()
    {
        var sysmod = Assert.Single(McsReader.Read(Mcs, "SMPPTFIN").Sysmods);
        var json = JsonSerializer.Serialize(sysmod, CsiJsonContext.Default.Sysmod);

        var read = JsonSerializer.Deserialize(json, CsiJsonContext.Default.Sysmod)!;

        Assert.Equal(json, JsonSerializer.Serialize(read, CsiJsonContext.Default.Sysmod));
        Assert.Equal(sysmod.Location, read.Location);
        Assert.Equal(["AA00001", "AA00002"], read.Vers[0].Sup);
        Assert.Equal(["IEFBR14"], read.Elements[0].Lmods);
        Assert.Empty(read.Elements[1].Lmods);
        Assert.Equal(sysmod.Holds[0].Location, read.Holds[0].Location);
    }

    [Fact]
    public void SourceLocation_IsStoredAsFileLineColumn()
    {
        var sysmod = Assert.Single(McsReader.Read(Mcs, "SMPPTFIN").Sysmods);

        var json = JsonSerializer.Serialize(sysmod, CsiJsonContext.Default.Sysmod);

        Assert.Contains("\"Location\":{\"File\":\"SMPPTFIN\",\"Line\":1,\"Column\":1}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceLocation_ReadInAnyPropertyOrder_KeepsEveryField()
    {
        const string Json = """{"Id":"UZ00002","Type":"Ptf","Vers":[{"Srels":["Z038"],"Location":{"Column":3,"Extra":[1],"Line":7,"File":"SMPHOLD"}}],"Location":{"Line":2,"File":"SMPPTFIN","Column":1}}""";

        var read = JsonSerializer.Deserialize(Json, CsiJsonContext.Default.Sysmod)!;

        Assert.Equal(new("SMPPTFIN", 2, 1), read.Location);
        Assert.Equal(new("SMPHOLD", 7, 3), read.Vers[0].Location);
    }
}
