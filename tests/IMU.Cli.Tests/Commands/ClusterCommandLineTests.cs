using IMU.Cli.Output;
using IMU.Grains.Models;
using IMU.TestUtilities;

namespace IMU.Cli.Tests.Commands;

/// <summary>The cluster commands' command lines and tables, without a cluster: usage errors, an unreachable gateway, files checked before connecting.</summary>
public sealed class ClusterCommandLineTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("--bake", "30m", "--bake '30m' is not an ISO-8601 duration")]
    [InlineData("--ipl", "sometimes", "sometimes")]
    [InlineData("--max-parallel", "many", "many")]
    public async Task RolloutCreate_OptionNotValid_UsageErrorNamingIt(string option, string value, string named)
    {
        var (exitCode, console) = await CliRun.InvokeAsync("rollout", "create", "r1", "--sysmods", "UJ00001", "--lpars", "SYS001", option, value);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains(named, console.ErrorText, StringComparison.Ordinal);
        Assert.Contains("Try 'imu rollout create --help'.", console.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolloutCreate_WithoutSysmodsOrLpars_UsageErrorNamingBoth()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("rollout", "create", "r1");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("--sysmods", console.ErrorText, StringComparison.Ordinal);
        Assert.Contains("--lpars", console.ErrorText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fleet", "list")]
    [InlineData("rollout", "status", "r1")]
    [InlineData("rollout", "start", "r1")]
    public async Task ClusterCommand_NoSiloAtTheGateway_ExitsUnavailableWithOneLineNamingIt(params string[] command)
    {
        var port = FreePorts.Take(1)[0];

        var (exitCode, console) = await CliRun.InvokeAsync([.. command, "--gateway", $"127.0.0.1:{port}", "--connect-timeout", "1"]);

        Assert.Equal(ExitCodes.Unavailable, exitCode);
        Assert.StartsWith($"imu: No IMU silo answered at the gateway 127.0.0.1:{port} within 1 s", console.ErrorText, StringComparison.Ordinal);
        Assert.Single(console.ErrorText.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task FleetApply_FileMissing_NamesItBeforeConnecting()
    {
        var missing = Path.Combine(_directory.Path, "fleet.yaml");

        var (exitCode, console) = await CliRun.InvokeAsync("fleet", "apply", "-f", missing, "--gateway", "127.0.0.1:1", "--connect-timeout", "1");

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Equal($"{missing}: error: file not found{Environment.NewLine}", console.ErrorText);
    }

    [Fact]
    public async Task MaintenanceReceive_DirectoryGivenAsAFile_NamesItAndReceivesNothing()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("maintenance", "receive", _directory.Path, "--gateway", "127.0.0.1:1", "--connect-timeout", "1");

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Equal($"{_directory.Path}: error: is a directory, not an MCS file; nothing was received{Environment.NewLine}", console.ErrorText);
    }

    [Fact]
    public async Task MaintenanceReceive_NoFiles_UsageError()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("maintenance", "receive");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("Give at least one SYSMOD file or --holddata FILE.", console.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollout_Help_ListsEveryCommandOfTheContract()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("rollout", "--help");

        Assert.Equal(0, exitCode);
        foreach (var command in new[] { "create", "start", "pause", "resume", "abort", "restore", "approve", "status", "list" })
        {
            Assert.Contains($"  {command} ", console.OutText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StatusTable_HeldAndBypassedHolds_ShowWhoResolvedThemInSmpeWords()
    {
        var at = new DateTimeOffset(2026, 12, 6, 2, 0, 0, TimeSpan.Zero);
        var status = new RolloutStatus(
            "r1",
            RolloutState.Waiting,
            ["UJ00001", "UJ00003"],
            [new WaveProgress(1, WaveState.Running, ["SYS001"])],
            [new LparProgress("SYS001", LparState.Held, [
                new SysmodProgress("UJ00001", LparState.Applied, SysmodActivation.None, [new HoldStatus("SYSTEM", "ACTION", "bob")]),
                new SysmodProgress("UJ00003", LparState.Held, SysmodActivation.Ipl, [new HoldStatus("ERROR", "AA00002", null), new HoldStatus("SYSTEM", "IPL", "orchestrator")])],
                ["UJ00003: HELD"])],
            [new GroupProgress("PLEXA", "UJ00004", LparState.Pending)],
            [new AuditEntry(at, "bob", "bypass", "SYSTEM hold ACTION on UJ00001 bypassed", "action done by hand")],
            ["UJ00003 is HELD (ERROR AA00002) on SYS001: waiting for a decision"]);
        using var output = new StringWriter();

        RolloutStatusWriter.Write(status, output);

        var text = output.ToString();
        Assert.StartsWith("ROLLOUT r1   STATE WAITING   SYSMODS UJ00001, UJ00003" + Environment.NewLine + "  UJ00003 is HELD (ERROR AA00002) on SYS001: waiting for a decision", text, StringComparison.Ordinal);
        Assert.Contains("SYS001  UJ00001  APPLIED  NONE        SYSTEM ACTION (BYPASSED BY bob)", text, StringComparison.Ordinal);
        Assert.Contains("SYS001  UJ00003  HELD     IPL         ERROR AA00002 (HELD), SYSTEM IPL (RESOLVED BY THE ORCHESTRATOR)", text, StringComparison.Ordinal);
        Assert.Contains("PLEXA  UJ00004  PENDING", text, StringComparison.Ordinal);
        Assert.Contains("2026-12-06T02:00:00Z  bob  bypass  SYSTEM hold ACTION on UJ00001 bypassed  action done by hand", text, StringComparison.Ordinal);
        Assert.Equal("r1 WAITING   WAVE 1/1 RUNNING   LPARS 1 HELD   (UJ00003 is HELD (ERROR AA00002) on SYS001: waiting for a decision)", RolloutStatusWriter.Progress(status));
    }
}
