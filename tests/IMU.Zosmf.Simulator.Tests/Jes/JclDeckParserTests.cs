using IMU.Zosmf.Simulator.Jes;

namespace IMU.Zosmf.Simulator.Tests.Jes;

public sealed class JclDeckParserTests
{
    [Fact]
    public void Parse_GimsmpJob_ReadsJobClassSysoutSharedCsiAndInStreamData()
    {
        const string jcl = """
            //IMABCDEF JOB (IMU,0123456789ABCDEF),'IMU RECEIVE',
            //             CLASS=K,MSGCLASS=H,MSGLEVEL=(1,1)
            //SMPE     EXEC PGM=GIMSMP,REGION=0M,PARM='PROCESS=WAIT'
            //SMPCSI   DD DISP=SHR,DSN=SMPE.GLOBAL.CSI
            //SMPOUT   DD SYSOUT=*
            //SMPPTFIN DD DATA,DLM=@@
            ++PTF(UJ00001).
            //NOTJCL   DD DUMMY
            /* a comment record
            @@
            //SMPHOLD  DD DUMMY
            //SMPCNTL  DD *
            SET BOUNDARY(GLOBAL).
            RECEIVE SYSMODS LIST.
            /*
            """;

        var deck = JclDeckParser.Parse(jcl);

        Assert.Equal(("IMABCDEF", "(IMU,0123456789ABCDEF)", "K"), (deck.JobName, deck.Accounting, deck.JobClass));
        var step = Assert.Single(deck.Steps);
        Assert.Equal(("SMPE", "GIMSMP"), (step.Name, step.Program));
        Assert.Equal(("SMPE.GLOBAL.CSI", "SHR"), (step.Dds["SMPCSI"].DataSet, step.Dds["SMPCSI"].Disposition));
        Assert.Equal("*", step.Dds["SMPOUT"].Sysout);
        Assert.Equal("++PTF(UJ00001).\n//NOTJCL   DD DUMMY\n/* a comment record\n", step.Dds["SMPPTFIN"].InStream);
        Assert.True(step.Dds["SMPHOLD"].Dummy);
        Assert.Equal("SET BOUNDARY(GLOBAL).\nRECEIVE SYSMODS LIST.\n", step.Dds["SMPCNTL"].InStream);
    }

    [Fact]
    public void Parse_DdStarEndsAtTheNextStatement()
    {
        const string jcl = "//J1 JOB (A),'X'\n//S1 EXEC PGM=GIMSMP\n//SMPCNTL DD *\n  LIST SYSMODS .\n//SMPHOLD DD DUMMY\n";

        var step = Assert.Single(JclDeckParser.Parse(jcl).Steps);

        Assert.Equal("  LIST SYSMODS .\n", step.Dds["SMPCNTL"].InStream);
        Assert.True(step.Dds["SMPHOLD"].Dummy);
        Assert.Equal("A", JclDeckParser.Parse(jcl).JobClass);
    }

    [Theory]
    [InlineData("//S1 EXEC PGM=GIMSMP\n")]
    [InlineData("//J1 JOB (A)\n//S1 EXEC PARM='X'\n")]
    [InlineData("//J1 JOB (A)\n//SMPCNTL DD *\n")]
    [InlineData("//TOOLONGJOB JOB (A)\n//S1 EXEC PGM=GIMSMP\n")]
    public void Parse_BrokenJcl_IsAJclError(string jcl)
        => Assert.Throws<JclErrorException>(() => JclDeckParser.Parse(jcl));
}
