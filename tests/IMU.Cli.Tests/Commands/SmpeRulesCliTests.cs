using System.Text.Json;
using IMU.TestUtilities;

namespace IMU.Cli.Tests.Commands;

/// <summary>The contract forms for FIXCAT, SOURCEID and REJECT: <c>zone set-fixcat</c>, <c>report missingfix</c>, <c>apply --sourceid</c>, <c>reject</c>.</summary>
public sealed class SmpeRulesCliTests : IDisposable
{
    private const string Function = """
        ++FUNCTION(HXX1100).
        ++VER(Z038).
        ++MOD(XXMOD01) DISTLIB(AXXLOAD) LMOD(XXLMOD1).
        ++PTF(UX00008).
        ++VER(Z038) FMID(HXX1100).
        ++MOD(XXMOD01) DISTLIB(AXXLOAD).
        """;

    private const string FixcatHoldData = """
        ++HOLD(HXX1100) FIXCAT FMID(HXX1100) REASON(AH47422) RESOLVER(UX00008)
          CATEGORY(IBM.Coexistence.z/OS.3.1) DATE(25123).
        """;

    private readonly TempDirectory _directory = new();
    private readonly string _csi;

    public SmpeRulesCliTests()
    {
        _csi = Path.Combine(_directory.Path, "csi.db");
    }

    [Fact]
    public async Task ReportMissingFix_Json_IsTheContractShape()
    {
        await Installed();
        Assert.Equal(0, (await Smpe("zone", "set-fixcat", "TGT1", "IBM.Coexistence.z/OS.*,IBM.Device.*")).ExitCode);

        var (exitCode, console) = await Smpe("report", "missingfix", "--zone", "TGT1", "--fixcat", "IBM.Coexistence.z/OS.*", "--json");

        Assert.Equal(0, exitCode);
        var entry = Assert.Single(JsonDocument.Parse(console.OutText).RootElement.EnumerateArray());
        Assert.Equal(["zone", "fixcat", "reason", "resolvers"], entry.EnumerateObject().Select(p => p.Name));
        Assert.Equal("TGT1", entry.GetProperty("zone").GetString());
        Assert.Equal("IBM.Coexistence.z/OS.3.1", entry.GetProperty("fixcat").GetString());
        Assert.Equal("AH47422", entry.GetProperty("reason").GetString());
        var resolver = Assert.Single(entry.GetProperty("resolvers").EnumerateArray());
        Assert.Equal(["id", "received"], resolver.EnumerateObject().Select(p => p.Name));
        Assert.Equal("UX00008", resolver.GetProperty("id").GetString());
        Assert.True(resolver.GetProperty("received").GetBoolean());
    }

    [Fact]
    public async Task ApplySourceId_InstallsTheFixcatResolverAndTheFixIsNoLongerMissing()
    {
        await Installed();

        var (exitCode, console) = await Smpe("apply", "--zone", "TGT1", "--sourceid", "IBM.Coexistence.z/OS.3.1");
        var (_, report) = await Smpe("report", "missingfix", "--zone", "TGT1", "--fixcat", "IBM.Coexistence.z/OS.3.1", "--json");

        Assert.Equal(0, exitCode);
        Assert.Contains("UX00008", console.OutText, StringComparison.Ordinal);
        Assert.Empty(JsonDocument.Parse(report.OutText).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task RejectSelect_RemovesTheReceivedSysmod()
    {
        await Installed();

        var (exitCode, console) = await Smpe("reject", "--select", "UX00008");
        var (_, list) = await Smpe("list", "--zone", "GLOBAL", "--sysmods");

        Assert.Equal(0, exitCode);
        Assert.Contains("REJECTED", console.OutText, StringComparison.Ordinal);
        Assert.DoesNotContain("UX00008", list.OutText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("reject", "--select", "UX00008", "--purge")]
    [InlineData("apply", "--zone", "TGT1", "--sourceid", "IBM.X", "--all")]
    [InlineData("apply", "--zone", "TGT1", "--all", "--groupextend", "NOPTFS")]
    public async Task RulesForms_Misused_AreUsageErrors(params string[] args)
    {
        await Installed();

        Assert.Equal(2, (await Smpe(args)).ExitCode);
    }

    [Fact]
    public async Task ZoneSetFixcat_PatternWithABlank_ExitsTwelve()
    {
        await Installed();

        var (exitCode, console) = await Smpe("zone", "set-fixcat", "TGT1", "IBM Coexistence");

        Assert.Equal(12, exitCode);
        Assert.Contains("PATTERN 'IBM Coexistence'", console.ErrorText, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private async Task Installed()
    {
        Assert.Equal(0, (await Smpe("zone", "add", "DLB1", "--type", "dlib")).ExitCode);
        Assert.Equal(0, (await Smpe("zone", "add", "TGT1", "--type", "target", "--related", "DLB1")).ExitCode);
        var mcs = _directory.WriteFile("service.mcs", Function);
        var holds = _directory.WriteFile("holddata.txt", FixcatHoldData);
        Assert.Equal(0, (await Smpe("receive", mcs, "--holddata", holds)).ExitCode);
        Assert.Equal(0, (await Smpe("apply", "--zone", "TGT1", "--select", "HXX1100")).ExitCode);
    }

    private Task<(int ExitCode, CapturingConsole Console)> Smpe(params string[] args) => CliRun.InvokeAsync(["smpe", "--csi", _csi, .. args]);
}
