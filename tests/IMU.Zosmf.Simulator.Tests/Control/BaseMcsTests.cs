using IMU.Smpe.Mcs;
using IMU.Zosmf.Simulator.Tests.Support;

namespace IMU.Zosmf.Simulator.Tests.Control;

/// <summary><c>--base</c>: the MCS every system has received, applied and accepted when its CSI is created.</summary>
public sealed class BaseMcsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Base_NewCsi_HasItAppliedAndAcceptedHoldsIncludedAndNoHistory()
    {
        using var data = new TempDirectory();
        var options = new SimulatorOptions { Systems = 2, DataDirectory = data.Path, BaseMcs = [McsReader.Read(TestMcs.FunctionAndPtfs, "base.mcs")] };
        await using var simulator = await ZosmfSimulator.StartAsync(options, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);

        var job = await client.RunJobAsync("SYS002", RawClient.Gimsmp("LIST", "SET BOUNDARY(TGT1).\nLIST SYSMODS.\nSET BOUNDARY(DLIB1).\nLIST SYSMODS."), Ct);
        var list = await client.SpoolAsync("SYS002", job, "SMPLIST", Ct);

        Assert.Equal(["HBB7790", "UJ00001", "UJ00002"], simulator.History("SYS002").SelectMany(h => h.Sysmods.Where(s => s.Value == "APP").Select(s => s.Key)).Order());
        Assert.Equal(["HBB7790", "UJ00001", "UJ00002"], simulator.History("SYS002").SelectMany(h => h.Sysmods.Where(s => s.Value == "ACC").Select(s => s.Key)).Order());
        Assert.Equal(["LIST", "LIST"], simulator.History("SYS002").Select(h => h.Command));
        Assert.Contains("UJ00001  TYPE            = PTF", list, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data.Path, "SYS001.csi")));
    }

    [Fact]
    public async Task Base_ExistingCsi_IsNotInstalledAgain()
    {
        using var data = new TempDirectory();
        var options = new SimulatorOptions { Systems = 1, DataDirectory = data.Path, BaseMcs = [McsReader.Read(TestMcs.FunctionAndPtfs, "base.mcs")] };
        await (await ZosmfSimulator.StartAsync(options with { BaseMcs = [] }, Ct).WithTestTimeout()).DisposeAsync();

        await using var simulator = await ZosmfSimulator.StartAsync(options, Ct).WithTestTimeout();
        using var client = new RawClient(simulator);
        await client.RunJobAsync("SYS001", RawClient.Gimsmp("LIST", "SET BOUNDARY(TGT1).\nLIST SYSMODS."), Ct);

        Assert.Empty(simulator.History("SYS001").Single().Sysmods);
    }

    [Fact]
    public async Task Base_ThatDoesNotInstall_StopsTheStartWithTheReason()
    {
        using var data = new TempDirectory();
        var broken = McsReader.Read("++PTF(UJ00001).\n++VER(Z038) FMID(HNOTHER).\n++MOD(IEAMOD1) DISTLIB(AOSFUN) SYSLIB(LINKLIB).\n", "base.mcs");

        var error = await Assert.ThrowsAsync<SimulatorStartException>(() => ZosmfSimulator.StartAsync(new SimulatorOptions { Systems = 1, DataDirectory = data.Path, BaseMcs = [broken] }, Ct)).WithTestTimeout();

        Assert.Contains("the base MCS did not install", error.Message, StringComparison.Ordinal);
    }
}
