using IMU.Zosmf.Jcl;

namespace IMU.Zosmf.Tests.Jcl;

public sealed class GimsmpJobBuilderTests
{
    private static readonly GimsmpJobOptions s_options = new("SMPE.GLOBAL.CSI", JobClass: "K");

    [Fact]
    public void Build_Apply_EveryRecordFitsEightyColumns()
    {
        var select = Enumerable.Range(1, 40).Select(i => $"UJ{i:00000}").ToList();
        var jcl = GimsmpJobBuilder.Build(SmpeJob.Apply("TGT1", select, check: true, groupExtend: true, bypass: "HOLDSYSTEM(ACTION)"), JobMarker.For("op-1"), s_options);

        Assert.All(Lines(jcl), line => Assert.True(line.Length <= 80, line));
        Assert.Contains(Lines(jcl), l => l.Contains("UJ00040)", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_Apply_JobClassOnTheJobCardSharedCsiSysoutReportsAndInStreamCntl()
    {
        var marker = JobMarker.For("op-apply");
        var jcl = GimsmpJobBuilder.Build(SmpeJob.Apply("TGT1", ["UJ00001", "UJ00002"], groupExtend: true, bypass: "HOLDSYSTEM(ACTION(UJ00001))"), marker, s_options);
        var lines = Lines(jcl);

        Assert.StartsWith($"//{marker.JobName} JOB (IMU,{marker.AccountingToken})", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("//             CLASS=K,", lines[1], StringComparison.Ordinal);
        Assert.Contains("//SMPE     EXEC PGM=GIMSMP,REGION=0M,PARM='PROCESS=WAIT'", lines);
        Assert.Contains("//SMPCSI   DD DISP=SHR,DSN=SMPE.GLOBAL.CSI", lines);
        Assert.Equal(["//SMPOUT   DD SYSOUT=*", "//SMPRPT   DD SYSOUT=*", "//SMPLIST  DD SYSOUT=*", "//SYSPRINT DD SYSOUT=*"], lines.Where(l => l.Contains("SYSOUT=", StringComparison.Ordinal)));
        Assert.Contains("//SMPHOLD  DD DUMMY", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("//SMPPTFIN", StringComparison.Ordinal));
        var cntl = lines.SkipWhile(l => l != "//SMPCNTL  DD *").Skip(1).TakeWhile(l => l != "/*").ToList();
        Assert.Equal(["SET BOUNDARY(TGT1).", "APPLY SELECT(UJ00001,UJ00002) GROUPEXTEND", "  BYPASS(HOLDSYSTEM(ACTION(UJ00001)))."], cntl);
    }

    [Fact]
    public void Build_ReceiveWithSlashStarInColumnOne_UsesDataWithAFreeDelimiter()
    {
        const string mcs = """
            ++PTF(UJ00001) /* comment */.
            ++VER(Z038) FMID(HBB7790).
            ++MAC(IEAMAC1) DISTLIB(AMACLIB) SYSLIB(MACLIB).
            /* a comment record in inline data
            //NOTJCL   DD DUMMY
            $$ starts like the first delimiter
            """;
        var jcl = GimsmpJobBuilder.Build(SmpeJob.Receive(mcs, "++HOLD(UJ00001) FMID(HBB7790) REASON(ACTION) SYSTEM DATE(26001)."), JobMarker.For("op-r"), s_options);
        var lines = Lines(jcl);

        var ptfin = lines.IndexOf("//SMPPTFIN DD DATA,DLM=@@");
        Assert.True(ptfin > 0, jcl);
        Assert.Equal("/* a comment record in inline data", lines[ptfin + 4]);
        Assert.Equal("@@", lines[ptfin + 7]);
        Assert.Contains("//SMPHOLD  DD DATA,DLM=$$", lines);
        Assert.Contains("RECEIVE SYSMODS HOLDDATA LIST.", lines);
    }

    [Fact]
    public void Build_RecordLongerThanEighty_IsRefused()
    {
        var mcs = "++PTF(UJ00001)." + new string(' ', 70) + "X";

        Assert.Throws<ArgumentException>(() => GimsmpJobBuilder.Build(SmpeJob.Receive(mcs), JobMarker.For("op"), s_options));
    }

    [Fact]
    public void JobMarker_SameOperation_SameNameAndToken()
    {
        var first = JobMarker.For("rollout-7/wave-2/TGT1/apply");
        var second = JobMarker.For("rollout-7/wave-2/TGT1/apply");
        var other = JobMarker.For("rollout-7/wave-2/TGT1/apply-check");

        Assert.Equal(first, second);
        Assert.NotEqual(first.AccountingToken, other.AccountingToken);
        Assert.Matches("^IM[A-Z2-7]{6}$", first.JobName);
        Assert.Equal(16, first.AccountingToken.Length);
    }


    private static List<string> Lines(string jcl) => jcl.TrimEnd('\n').Split('\n').ToList();
}
