using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Tests.Commands;

/// <summary><c>++VER DELETE</c> of functions: the deleted function, its service and its elements leave the zone for good.</summary>
public sealed class VerDeleteTests
{
    private const string Service = """
        ++PTF(UZ00001).
        ++VER(Z038) FMID(HBB77D0).
        ++MOD(MODB) DISTLIB(AOS12).
        """;

    private const string Replacement = """
        ++FUNCTION(HBB77E0).
        ++VER(Z038) SUP(HBB77D0) DELETE(HBB77D0).
        ++MOD(MODA) DISTLIB(AOS12) LMOD(LMODA).
        ++MOD(MODZ) DISTLIB(AOS12).
        """;

    [Fact]
    public void VerDelete_InstalledFunction_LeavesWithItsServiceAndTheElementsItStillOwns()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(Service + "\n" + Replacement);
        csi.Apply("UZ00001");

        var result = csi.Apply("HBB77E0");

        Assert.Equal(SysmodStatus.Applied, result.StatusOf("HBB77E0"));
        Assert.True(result.For("HBB77E0").Mentions("IMU3215I FUNCTION HBB77D0"));
        var entries = csi.Csi.ListSysmods(TestCsi.Target);
        Assert.DoesNotContain(entries, s => s.Id == "UZ00001");
        Assert.Equal(SysmodEntryStatus.Superseded, Assert.Single(entries, s => s.Id == "HBB77D0").Status);
        Assert.Equal(["MOD MODA", "MOD MODZ"], csi.Csi.ListElements(TestCsi.Target).Select(e => $"{e.Type} {e.Name}"));
        Assert.All(csi.Csi.ListElements(TestCsi.Target), e => Assert.Equal("HBB77E0", e.Fmid));
    }

    [Fact]
    public void VerDelete_FunctionNotInstalled_DeletesNothing()
    {
        using var csi = new TestCsi();
        csi.Receive(TestCsi.BaseFunction + "\n" + Replacement);

        var result = csi.Apply("HBB77E0");

        Assert.False(result.For("HBB77E0").Mentions("IMU3215I"));
        Assert.Equal(2, csi.Csi.ListElements(TestCsi.Target).Count);
    }

    [Fact]
    public void VerDelete_DeletingFunction_CannotBeRestored()
    {
        using var csi = new TestCsi();
        csi.InstallBase();
        csi.Receive(Replacement);
        csi.Apply("HBB77E0");

        var result = csi.Csi.Restore(TestCsi.Target, new RestoreOptions { Select = ["HBB77E0"] });

        Assert.Equal(SysmodStatus.Failed, result.StatusOf("HBB77E0"));
        Assert.True(result.For("HBB77E0").Mentions("IMU3505E"));
    }
}
