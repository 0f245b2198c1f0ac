using IMU.Zosmf.Jobs;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Tests.Jobs;

public sealed class JobRetcodeTests
{
    [Theory]
    [InlineData("CC 0000", JobCompletion.ConditionCode, 0)]
    [InlineData("CC 0004", JobCompletion.ConditionCode, 4)]
    [InlineData("CC 0008", JobCompletion.ConditionCode, 8)]
    [InlineData("ABEND S0C4", JobCompletion.Abend, null)]
    [InlineData("ABENDU0100", JobCompletion.Abend, null)]
    [InlineData("JCL ERROR", JobCompletion.JclError, null)]
    [InlineData("CANCELED", JobCompletion.Canceled, null)]
    [InlineData("SEC ERROR", JobCompletion.SystemError, null)]
    [InlineData(null, JobCompletion.SystemError, null)]
    public void Parse_Retcode_GivesCompletionAndReturnCode(string? retcode, JobCompletion completion, int? returnCode)
        => Assert.Equal((completion, returnCode), JobRetcode.Parse(retcode));
}
