using IMU.Zosmf.Console;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Tests.Console;

/// <summary>
/// IEE254I as z/OS prints it (IBM, z/OS MVS System Commands, "Displaying IPL information"; the sample
/// in rollout-reference.md §5): device numbers with 5 digits, the IPL time in the system's local time.
/// </summary>
public sealed class IplInfoParserTests
{
    private const string Iee254i = """
        IEE254I  14.35.07 IPLINFO DISPLAY
         SYSTEM IPLED AT 04.11.46 ON 07/11/2015
         RELEASE z/OS 01.13.00    LICENSE = z/OS
         USED LOAD00 IN SYS1.IPLPARM ON 03300
         ARCHLVL = 2   MTLSHARE = N
         IEASYM LIST = XX
         IEASYS LIST = (A4) (OP)
         IODF DEVICE: ORIGINAL(03300) CURRENT(03300)
         IPL DEVICE: ORIGINAL(044A2) CURRENT(044A2) VOLUME(ABC432)
        """;

    [Fact]
    public void Parse_Iee254iWithFiveDigitDevices_ReadsTimeDeviceVolumeAndLoadMember()
    {
        var info = IplInfoParser.Parse("SYSA", Iee254i, TimeSpan.Zero);

        Assert.Equal(new IplInfo("SYSA", new DateTimeOffset(2015, 7, 11, 4, 11, 46, TimeSpan.Zero), "044A2", "ABC432", "LOAD00"), info);
        Assert.Equal("ABC432", info!.ActiveLevel);
    }

    [Fact]
    public void Parse_LocalTimeOfTheSystem_IsTurnedIntoUtcWithItsOffset()
    {
        var info = IplInfoParser.Parse("SYSA", Iee254i, TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2015, 7, 11, 2, 11, 46, TimeSpan.Zero), info!.IplTime);
    }

    [Theory]
    [InlineData("IEE305I D IPLINF COMMAND INVALID")]
    [InlineData("IEE254I  14.35.07 IPLINFO DISPLAY\n SYSTEM IPLED AT 04.11.46 ON 07/11/2015\n")]
    public void Parse_OtherOrPartialAnswer_IsNull(string response)
        => Assert.Null(IplInfoParser.Parse("SYSA", response, TimeSpan.Zero));
}
