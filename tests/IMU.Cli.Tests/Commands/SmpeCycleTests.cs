using System.Text.Json;
using IMU.TestUtilities;

namespace IMU.Cli.Tests.Commands;

/// <summary>The <c>imu smpe</c> contract end to end: the forms scripts call, their exit codes and JSON shapes.</summary>
public sealed class SmpeCycleTests : IDisposable
{
    private const string Function = """
        ++FUNCTION(HXX1100).
        ++VER(Z038).
        ++MOD(XXMOD01) DISTLIB(AXXLOAD) LMOD(XXLMOD1).
        OBJECT DECK
        ++MOD(XXNUC01) DISTLIB(AXXLOAD) LMOD(IEANUC01).
        OBJECT DECK
        """;

    private const string Service = """
        ++PTF(UX00001).
        ++VER(Z038) FMID(HXX1100).
        ++MOD(XXMOD01) DISTLIB(AXXLOAD) LMOD(XXLMOD1).
        OBJECT DECK LEVEL 1
        ++PTF(UX00002).
        ++VER(Z038) FMID(HXX1100).
        ++HOLD(UX00002) FMID(HXX1100) REASON(IPL) SYSTEM
          COMMENT(IPL AFTER APPLY).
        ++ZAP(XXNUC01) DISTLIB(AXXLOAD).
         NAME IEANUC01 XXNUC01
         VER 0010 47F0
         REP 0010 4700
        """;

    private readonly TempDirectory _directory = new();
    private readonly string _csi;

    public SmpeCycleTests()
    {
        _csi = Path.Combine(_directory.Path, "csi.db");
    }

    [Fact]
    public async Task ZoneAdd_NewCsi_CreatesCsiWithTargetAndDlibZones()
    {
        var (dlibExitCode, _) = await Smpe("zone", "add", "DLB1", "--type", "dlib");
        var (exitCode, console) = await Smpe("zone", "add", "TGT1", "--type", "target", "--related", "DLB1");

        Assert.Equal(0, exitCode);
        Assert.Equal(0, dlibExitCode);
        Assert.True(File.Exists(_csi));
        Assert.Contains("TGT1", console.OutText);
    }

    [Fact]
    public async Task Apply_CsiThatDoesNotExist_ExitsTwelveAndSaysHowToCreateIt()
    {
        var (exitCode, console) = await Smpe("apply", "--zone", "TGT1", "--all");

        Assert.Equal(12, exitCode);
        Assert.Contains("zone add", console.ErrorText);
        Assert.False(File.Exists(_csi));
    }

    [Fact]
    public async Task Apply_NeitherSelectNorAll_IsAUsageError()
    {
        await DefineZones();

        var (exitCode, console) = await Smpe("apply", "--zone", "TGT1");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--select", console.ErrorText);
    }

    [Fact]
    public async Task ApplyJson_HeldSysmod_ReturnCodeEightIsTheExitCodeAndContractShape()
    {
        await Installed();

        var (exitCode, console) = await Smpe("apply", "--zone", "TGT1", "--all", "--check", "--json");

        Assert.Equal(8, exitCode);
        using var json = JsonDocument.Parse(console.OutText);
        var root = json.RootElement;
        Assert.Equal("APPLY", root.GetProperty("command").GetString());
        Assert.Equal("TGT1", root.GetProperty("zone").GetString());
        Assert.True(root.GetProperty("check").GetBoolean());
        Assert.Equal(8, root.GetProperty("returnCode").GetInt32());
        var sysmods = root.GetProperty("sysmods").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal("APPLIED", sysmods["UX00001"].GetProperty("status").GetString());
        Assert.Equal("NONE", sysmods["UX00001"].GetProperty("activation").GetString());
        Assert.Equal("HELD", sysmods["UX00002"].GetProperty("status").GetString());
        var hold = Assert.Single(sysmods["UX00002"].GetProperty("holds").EnumerateArray());
        Assert.Equal("SYSTEM", hold.GetProperty("category").GetString());
        Assert.Equal("IPL", hold.GetProperty("reason").GetString());
        Assert.True(sysmods["UX00002"].GetProperty("reasons").GetArrayLength() > 0);
        var element = Assert.Single(root.GetProperty("elements").EnumerateArray());
        Assert.Equal("XXMOD01", element.GetProperty("name").GetString());
        Assert.Equal("UX00001", element.GetProperty("rmid").GetString());
        Assert.Equal(JsonValueKind.Array, element.GetProperty("umids").ValueKind);
    }

    [Fact]
    public async Task Apply_Check_ChangesNothingInTheZone()
    {
        await Installed();

        await Smpe("apply", "--zone", "TGT1", "--all", "--check");
        var (_, console) = await Smpe("list", "--zone", "TGT1", "--elements", "--json");

        using var json = JsonDocument.Parse(console.OutText);
        var module = json.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "XXMOD01");
        Assert.Equal("HXX1100", module.GetProperty("rmid").GetString());
    }

    [Fact]
    public async Task Apply_BypassHoldSystemForTheSysmod_AppliesWithIplActivationAndWarns()
    {
        await Installed();

        var (exitCode, console) = await Smpe("apply", "--zone", "TGT1", "--all", "--bypass", "HOLDSYSTEM(IPL(UX00002))", "--json");

        Assert.Equal(4, exitCode);
        using var json = JsonDocument.Parse(console.OutText);
        var sysmod = json.RootElement.GetProperty("sysmods").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "UX00002");
        Assert.Equal("APPLIED", sysmod.GetProperty("status").GetString());
        Assert.Equal("IPL", sysmod.GetProperty("activation").GetString());
        Assert.True(Assert.Single(sysmod.GetProperty("holds").EnumerateArray()).GetProperty("bypassed").GetBoolean());
        var zap = json.RootElement.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "XXNUC01");
        Assert.Equal("UX00002", Assert.Single(zap.GetProperty("umids").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task Apply_BypassTextNotValid_ExitsTwelveWithPositionedError()
    {
        await Installed();

        var (exitCode, console) = await Smpe("apply", "--zone", "TGT1", "--all", "--bypass", "HOLDSYSTEM(IPL(UX00002)");

        Assert.Equal(12, exitCode);
        Assert.StartsWith("--bypass:1:", console.ErrorText);
    }

    [Fact]
    public async Task ListSysmodsJson_AfterApply_ShowsStatusPerSysmod()
    {
        await Installed();
        await Smpe("apply", "--zone", "TGT1", "--select", "UX00001");

        var (exitCode, console) = await Smpe("list", "--zone", "TGT1", "--sysmods", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(console.OutText);
        var entries = json.RootElement.EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        Assert.Equal("APPLIED", entries["UX00001"].GetProperty("status").GetString());
        Assert.Equal("PTF", entries["UX00001"].GetProperty("type").GetString());
        Assert.Equal("FUNCTION", entries["HXX1100"].GetProperty("type").GetString());
    }

    [Fact]
    public async Task Restore_AppliedPtf_ReturnsElementToDlibLevel()
    {
        await Installed();
        await Smpe("apply", "--zone", "TGT1", "--select", "UX00001");

        var (exitCode, console) = await Smpe("restore", "--zone", "TGT1", "--select", "UX00001", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(console.OutText);
        Assert.Equal("RESTORE", json.RootElement.GetProperty("command").GetString());
        Assert.Equal("RESTORED", json.RootElement.GetProperty("sysmods")[0].GetProperty("status").GetString());
        var (_, list) = await Smpe("list", "--zone", "TGT1", "--elements", "--json");
        using var elements = JsonDocument.Parse(list.OutText);
        var module = elements.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "XXMOD01");
        Assert.Equal("HXX1100", module.GetProperty("rmid").GetString());
    }

    [Fact]
    public async Task ReportErrSysmodsJson_InstalledSysmodNowInError_ListsReasonAndResolver()
    {
        await Installed();
        await Smpe("apply", "--zone", "TGT1", "--select", "UX00001");
        var holdData = _directory.WriteFile("hold.txt", "++HOLD(UX00001) FMID(HXX1100) REASON(AX00009) ERROR DATE(26320)\n  COMMENT(SMRTDATA(CHGDT(261116) FIX(UX00009) SYMP(DAL))).\n");
        await Smpe("receive", "--holddata", holdData);

        var (exitCode, console) = await Smpe("report", "errsysmods", "--zone", "TGT1", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(console.OutText);
        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("UX00001", entry.GetProperty("sysmod").GetString());
        Assert.Equal("AX00009", entry.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Array, entry.GetProperty("resolvers").ValueKind);
    }

    [Fact]
    public async Task Receive_Report_ListsSysmodsAndHoldSummary()
    {
        await DefineZones();
        var function = _directory.WriteFile("function.mcs", Function);
        var holdData = _directory.WriteFile("hold.txt", "++HOLD(UX00001) FMID(HOTHER1) REASON(AX00001) ERROR.\n");

        var (exitCode, console) = await Smpe("receive", function, "--holddata", holdData);

        Assert.Equal(0, exitCode);
        Assert.Contains("HXX1100", console.OutText);
        Assert.Contains("N/A", console.OutText);
    }

    private async Task DefineZones()
    {
        Assert.Equal(0, (await Smpe("zone", "add", "DLB1", "--type", "dlib")).ExitCode);
        Assert.Equal(0, (await Smpe("zone", "add", "TGT1", "--type", "target", "--related", "DLB1")).ExitCode);
    }

    private async Task Installed()
    {
        await DefineZones();
        var function = _directory.WriteFile("function.mcs", Function);
        var service = _directory.WriteFile("service.mcs", Service);
        Assert.Equal(0, (await Smpe("receive", function, service)).ExitCode);
        Assert.Equal(0, (await Smpe("apply", "--zone", "TGT1", "--select", "HXX1100")).ExitCode);
        Assert.Equal(0, (await Smpe("accept", "--zone", "DLB1", "--select", "HXX1100")).ExitCode);
    }

    private Task<(int ExitCode, CapturingConsole Console)> Smpe(params string[] args) => CliRun.InvokeAsync(["smpe", "--csi", _csi, .. args]);

    public void Dispose() => _directory.Dispose();
}
