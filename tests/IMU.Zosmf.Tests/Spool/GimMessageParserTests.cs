using IMU.Zosmf.Results;
using IMU.Zosmf.Spool;

namespace IMU.Zosmf.Tests.Spool;

/// <summary>
/// SMPOUT messages as SMP/E prints them: <c>GIMnnnnnv yy text</c>, yy being <c>**</c> for E, S and T
/// (IBM, SMP/E for z/OS Messages, Codes, and Diagnosis: "Message format"), in a RECFM=FBA data set.
/// </summary>
public sealed class GimMessageParserTests
{
    [Fact]
    public void Parse_SeverityLettersAndHighlighting_MapToReturnCodes()
    {
        const string smpout = """
            1PAGE 0001  - NOW SET TO TARGET ZONE TGT1     DATE 03/01/26 TIME 10:00:00 SMP/E 37.25 SMPOUT OUTPUT
            0GIM42401I    THE FOLLOWING PARAMETERS WERE SPECIFIED ON THE EXEC STATEMENT FOR GIMSMP: 'PROCESS=WAIT'.
             GIM20501I    SET PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 00.
            0GIM30206E ** UJ00009 IS NOT RECEIVED IN THE GLOBAL ZONE
                          AND WAS NOT PROCESSED.
             GIM20501I    APPLY PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 08.
            """;

        var messages = GimMessageParser.Parse(SpoolRecords.Read(smpout, "FBA"));

        Assert.Equal(["GIM42401", "GIM20501", "GIM30206", "GIM20501"], messages.Select(m => m.Id));
        Assert.Equal([GimSeverity.Information, GimSeverity.Information, GimSeverity.Error, GimSeverity.Information], messages.Select(m => m.Severity));
        Assert.Equal("UJ00009 IS NOT RECEIVED IN THE GLOBAL ZONE AND WAS NOT PROCESSED.", messages[2].Text);
        Assert.Equal("SET PROCESSING IS COMPLETE. THE HIGHEST RETURN CODE WAS 00.", messages[1].Text);
        Assert.Equal(8, GimMessageParser.HighestReturnCode(messages));
    }

    [Fact]
    public void Parse_NoMessages_ReturnCodeZero()
        => Assert.Equal(0, GimMessageParser.HighestReturnCode(GimMessageParser.Parse(SpoolRecords.Read("1PAGE 0001\n0\n", "FBA"))));

    [Fact]
    public void Parse_TerminatingMessage_IsSixteen()
        => Assert.Equal(16, GimMessageParser.HighestReturnCode(GimMessageParser.Parse(SpoolRecords.Read(" GIM23903T ** SMPCSI COULD NOT BE OPENED.\n", "FBA"))));
}
