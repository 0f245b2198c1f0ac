using IMU.Zosmf.Commands;
using IMU.Zosmf.Jcl;
using IMU.Zosmf.Simulator;

namespace IMU.Zosmf.Tests.Simulator;

public sealed class JclDeckParserTests
{
    [Fact]
    public void Parse_GeneratedReceiveJob_RecoversEveryInStreamDataSet()
    {
        const string mcs = "++PTF(UJ00001).\n/* col 1 comment */\n//JCL   DD *\n++VER(Z038) FMID(HBB7790).\n";
        var marker = JobMarker.For("deck");
        var jcl = GimsmpJobBuilder.Build(new ReceiveCommand(mcs, "++HOLD(UJ00001) FMID(HBB7790) REASON(ACTION) SYSTEM DATE(26001)."), marker, new GimsmpJobOptions("SMPE.GLOBAL.CSI"));

        var deck = JclDeckParser.Parse(jcl);

        Assert.Equal(marker.JobName, deck.JobName);
        Assert.Equal($"(IMU,{marker.AccountingToken})", deck.Accounting);
        var step = Assert.Single(deck.Steps);
        Assert.Equal(("SMPE", "GIMSMP"), (step.Name, step.Program));
        Assert.Equal(mcs, step.Dds["SMPPTFIN"].InStream);
        Assert.Equal("SMPE.GLOBAL.CSI", step.Dds["SMPCSI"].DataSet);
        Assert.Contains("RECEIVE SYSMODS HOLDDATA LIST .", step.Dds["SMPCNTL"].InStream, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DdStarEndsAtTheNextStatement()
    {
        const string jcl = "//J1 JOB (A),'X'\n//S1 EXEC PGM=GIMSMP\n//SMPCNTL DD *\n  LIST SYSMODS .\n//SMPHOLD DD DUMMY\n";

        var step = Assert.Single(JclDeckParser.Parse(jcl).Steps);

        Assert.Equal("  LIST SYSMODS .\n", step.Dds["SMPCNTL"].InStream);
        Assert.True(step.Dds["SMPHOLD"].Dummy);
    }

    [Theory]
    [InlineData("//S1 EXEC PGM=GIMSMP\n")]
    [InlineData("//J1 JOB (A)\n//S1 EXEC PARM='X'\n")]
    [InlineData("//J1 JOB (A)\n//SMPCNTL DD *\n")]
    public void Parse_BrokenJcl_IsAJclError(string jcl)
        => Assert.Throws<JclErrorException>(() => JclDeckParser.Parse(jcl));
}
