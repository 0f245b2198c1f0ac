using IMU.Zosmf.Results;
using IMU.Zosmf.Spool;

namespace IMU.Zosmf.Tests.Spool;

public sealed class GimMessageParserTests
{
    [Fact]
    public void Parse_SeverityLetters_MapToReturnCodes()
    {
        const string smpout = """
            PAGE 0001  - NOW SET TO TGT1     ZONE      DATE 01/01/26  TIME 00:00:00  SMP/E 37.25   SMPOUT   OUTPUT
            GIM42401I    THE FOLLOWING PARAMETERS WERE SPECIFIED ON THE EXEC STATEMENT FOR GIMSMP: 'PROCESS=WAIT'.
            GIM30206E    UJ00009 IS NOT RECEIVED IN THE GLOBAL ZONE
            GIM20501W    APPLY PROCESSING IS COMPLETE.
                         THE HIGHEST RETURN CODE WAS 08.
            """;

        var messages = GimMessageParser.Parse(smpout);

        Assert.Equal(["GIM42401", "GIM30206", "GIM20501"], messages.Select(m => m.Id));
        Assert.Equal([GimSeverity.Information, GimSeverity.Error, GimSeverity.Warning], messages.Select(m => m.Severity));
        Assert.Equal("APPLY PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 08.", messages[2].Text);
        Assert.Equal(8, GimMessageParser.HighestReturnCode(messages));
    }

    [Fact]
    public void Parse_NoMessages_ReturnCodeZero()
        => Assert.Equal(0, GimMessageParser.HighestReturnCode(GimMessageParser.Parse("PAGE 0001\n\n")));

    [Fact]
    public void Parse_TerminatingMessage_IsSixteen()
        => Assert.Equal(16, GimMessageParser.HighestReturnCode(GimMessageParser.Parse("GIM23903T    SMPCSI COULD NOT BE OPENED.")));
}
