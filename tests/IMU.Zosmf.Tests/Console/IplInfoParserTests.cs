using IMU.Zosmf.Console;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Tests.Console;

public sealed class IplInfoParserTests
{
    [Fact]
    public void Parse_Iee254i_ReadsTimeDeviceVolumeAndLoadMember()
    {
        const string response = """
            IEE254I  14.35.07 IPLINFO DISPLAY
             SYSTEM IPLED AT 08.03.36 ON 11/12/2025
             RELEASE z/OS 03.01.00    LICENSE = z/OS
             USED LOAD01 IN SYS0.IPLPARM ON 0A82
             IPL DEVICE: ORIGINAL(0A83) CURRENT(0A84) VOLUME(RES1A1)
            """;

        var info = IplInfoParser.Parse("SYSA", response);

        Assert.Equal(new IplInfo("SYSA", new DateTimeOffset(2025, 11, 12, 8, 3, 36, TimeSpan.Zero), "0A84", "RES1A1", "LOAD01"), info);
        Assert.Equal("RES1A1", info!.ActiveLevel);
    }

    [Fact]
    public void Format_ThenParse_RoundTrips()
    {
        var info = new IplInfo("SYSB", new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero), "0A81", "RESB01", "LOAD02");

        Assert.Equal(info, IplInfoParser.Parse("SYSB", IplInfoParser.Format(info.IplTime.AddHours(1), info, "0A82")));
    }

    [Fact]
    public void Parse_OtherCommandAnswer_IsNull()
        => Assert.Null(IplInfoParser.Parse("SYSA", "IEE305I D IPLINF COMMAND INVALID"));
}
