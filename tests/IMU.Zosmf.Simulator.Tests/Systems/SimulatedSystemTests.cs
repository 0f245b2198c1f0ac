using IMU.Zosmf.Simulator.Hmc;
using IMU.Zosmf.Simulator.Jes;
using IMU.Zosmf.Simulator.Smpe;
using IMU.Zosmf.Simulator.Systems;
using IMU.Zosmf.Simulator.Tests.Support;

namespace IMU.Zosmf.Simulator.Tests.Systems;

/// <summary>A job always ends: whatever fails inside it (here a CSI that can no longer be used), the job is an ABEND with the reason in its log, never left ACTIVE.</summary>
public sealed class SimulatedSystemTests
{
    [Fact]
    public async Task Job_WhoseCsiFails_EndsAbendWithTheReasonInItsLog()
    {
        using var data = new TempDirectory();
        var smpe = SimulatedSmpe.Open(Path.Combine(data.Path, "SYS001.csi"), "TGT1", "DLIB1", []);
        await using var system = new SimulatedSystem("SYS001", smpe, new SimulatorOptions(), new HmcJobs());
        smpe.Dispose();
        var jcl = RawClient.Gimsmp("BROKEN", "SET BOUNDARY(GLOBAL).\nRECEIVE SYSMODS.", TestMcs.FunctionAndPtfs);

        var job = system.Submit(jcl, JclDeckParser.Parse(jcl), "IBMUSER", fault: null);
        await job.Ended.WithTestTimeout();

        Assert.Equal(("OUTPUT", "ABEND U0020"), (job.Status, job.Retcode));
        Assert.Contains("IEF450I BROKEN SMPE - ABEND=S000 U0020", job.Spool.Single(f => f.DdName == "JESMSGLG").Text, StringComparison.Ordinal);
        Assert.Empty(system.History);
    }
}
