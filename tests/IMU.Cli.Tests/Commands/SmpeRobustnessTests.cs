using IMU.TestUtilities;
using Microsoft.Data.Sqlite;

namespace IMU.Cli.Tests.Commands;

/// <summary>
/// <c>imu smpe</c> as a hostile user tries it: files that are not CSIs, read-only media, locks, names
/// that break SMP/E's rules, usage errors and control characters. Never a stack trace: a message and
/// an exit code from the README's table.
/// </summary>
public sealed class SmpeRobustnessTests : IDisposable
{
    private const string Function = """
        ++FUNCTION(HXX1100).
        ++VER(Z038).
        ++MOD(XXMOD01) DISTLIB(AXXLOAD) LMOD(XXLMOD1).
        """;

    private readonly TempDirectory _directory = new();
    private readonly string _csi;

    public SmpeRobustnessTests()
    {
        _csi = Path.Combine(_directory.Path, "csi.db");
    }

    public static TheoryData<string[]> CsiCommands =>
    [
        new string[] { "list", "--zone", "TGT1", "--sysmods" },
        new string[] { "report", "errsysmods", "--zone", "TGT1" },
        new string[] { "apply", "--zone", "TGT1", "--all", "--check" },
        new string[] { "apply", "--zone", "TGT1", "--all" },
        new string[] { "zone", "add", "TGT2" },
    ];

    [Theory]
    [MemberData(nameof(CsiCommands))]
    public async Task Csi_TextFile_ExitsTwelveWithAMessageAndLeavesTheFile(string[] command)
    {
        File.WriteAllText(_csi, "these are my notes\n");

        var (exitCode, console) = await Smpe(command);

        Assert.Equal(12, exitCode);
        Assert.Contains("IMU1007S", console.ErrorText, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", console.ErrorText, StringComparison.Ordinal);
        Assert.Equal("these are my notes\n", File.ReadAllText(_csi));
    }

    [Theory]
    [MemberData(nameof(CsiCommands))]
    public async Task Csi_OtherApplicationsSqliteFile_ExitsTwelveAndGetsNoTablesAndNoWal(string[] command)
    {
        using (var connection = new SqliteConnection($"Data Source={_csi};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE photos(id INTEGER PRIMARY KEY, path TEXT);";
            create.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(_csi);

        var (exitCode, console) = await Smpe(command);

        Assert.Equal(12, exitCode);
        Assert.Contains("IS NOT A CSI", console.ErrorText, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_csi));
        Assert.False(File.Exists(_csi + "-wal"));
    }

    [Fact]
    public async Task Csi_Directory_ExitsTwelve()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "--csi", _directory.Path, "list", "--zone", "TGT1", "--sysmods");

        Assert.Equal(12, exitCode);
        Assert.Contains("IS A DIRECTORY", console.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csi_EmptyFile_ListLeavesItEmptyAndOnlyZoneAddMakesACsi()
    {
        File.WriteAllBytes(_csi, []);

        var (listExitCode, _) = await Smpe("list", "--zone", "TGT1", "--sysmods");
        var lengthAfterList = new FileInfo(_csi).Length;
        var (addExitCode, _) = await Smpe("zone", "add", "DLB1", "--type", "dlib");

        Assert.Equal(12, listExitCode);
        Assert.Equal(0, lengthAfterList);
        Assert.Equal(0, addExitCode);
    }

    [Fact]
    public async Task Csi_UserVersionZero_ExitsTwelveNamingIt()
    {
        await DefineZones();
        using (var connection = new SqliteConnection($"Data Source={_csi};Pooling=False"))
        {
            connection.Open();
            using var reset = connection.CreateCommand();
            reset.CommandText = "PRAGMA user_version = 0;";
            reset.ExecuteNonQuery();
        }

        var (exitCode, console) = await Smpe("list", "--zone", "TGT1", "--sysmods");

        Assert.Equal(12, exitCode);
        Assert.Contains("USER_VERSION 0", console.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csi_ReadOnlyMedia_ListAndCheckWorkAndWritesExitTwelve()
    {
        await Installed();
        using var readOnly = new ImmutableFiles(_csi, _directory.Path);

        var (listExitCode, list) = await Smpe("list", "--zone", "GLOBAL", "--sysmods");
        var (checkExitCode, _) = await Smpe("apply", "--zone", "TGT1", "--select", "HXX1100", "--check");
        var (applyExitCode, apply) = await Smpe("apply", "--zone", "TGT1", "--select", "HXX1100");

        Assert.Equal(0, listExitCode);
        Assert.Contains("HXX1100", list.OutText, StringComparison.Ordinal);
        Assert.Equal(0, checkExitCode);
        Assert.Equal(12, applyExitCode);
        Assert.Contains("IMU1009S", apply.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csi_LockHeldByAnotherProcess_SaysItWaitsThenExitsTwelve()
    {
        await Installed();
        using var other = new SqliteConnection($"Data Source={_csi};Pooling=False");
        other.Open();
        using var hold = other.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE; DELETE FROM global_srel WHERE srel = 'NONE';";
        hold.ExecuteNonQuery();

        var (exitCode, console) = await Smpe("--lock-timeout", "0", "apply", "--zone", "TGT1", "--select", "HXX1100");

        Assert.Equal(12, exitCode);
        Assert.Contains("IMU1012I", console.ErrorText, StringComparison.Ordinal);
        Assert.Contains("IMU1013S", console.ErrorText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abc", "NAME 'abc'")]
    [InlineData("A B;--", "NAME 'A B;--'")]
    [InlineData("1ABC", "NAME '1ABC'")]
    public async Task ZoneAdd_NameBreakingSmpeRules_ExitsTwelveAndCreatesNoCsi(string name, string named)
    {
        var (exitCode, console) = await Smpe("zone", "add", name);

        Assert.Equal(12, exitCode);
        Assert.Contains(named, console.ErrorText, StringComparison.Ordinal);
        Assert.False(File.Exists(_csi));
    }

    [Theory]
    [InlineData("--srel", "z;-)", "--srel 'z;-)'")]
    [InlineData("--related", "NOSUCH", "IMU1016S")]
    [InlineData("--related", "TGT2", "IMU1015S")]
    public async Task ZoneAdd_BadSrelOrRelated_ExitsTwelveAndAddsNothing(string option, string value, string expected)
    {
        await DefineZones();

        var (exitCode, console) = await Smpe("zone", "add", "TGT2", option, value);
        var (_, list) = await Smpe("list", "--zone", "TGT2", "--sysmods");

        Assert.Equal(12, exitCode);
        Assert.Contains(expected, console.ErrorText, StringComparison.Ordinal);
        Assert.Contains("IMU1001S", list.ErrorText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--select", "HDM77001")]
    [InlineData("--select", "HDM;770")]
    [InlineData("--select", "hdm7700")]
    [InlineData("--zone", "tgt1")]
    public async Task Apply_OperandBreakingSmpeRules_ExitsTwelveNamingIt(string option, string value)
    {
        await Installed();
        string[] args = option == "--zone" ? ["apply", "--zone", value, "--all"] : ["apply", "--zone", "TGT1", "--select", value];

        var (exitCode, console) = await Smpe(args);

        Assert.Equal(12, exitCode);
        Assert.Contains($"{option} '{value}'", console.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_BypassSysmodIdOfNineCharacters_ExitsTwelveNamingIt()
    {
        await Installed();

        var (exitCode, console) = await Smpe("apply", "--zone", "TGT1", "--all", "--bypass", "HOLDSYSTEM(IPL(UJ9000333))");

        Assert.Equal(12, exitCode);
        Assert.Contains("'UJ9000333'", console.ErrorText, StringComparison.Ordinal);
    }

    public static TheoryData<string[]> UsageErrors =>
    [
        new string[] { "smpe", "list", "--zone", "TGT1", "--sysmods", "--frobnicate" },
        new string[] { "smpe", "apply", "--select", "HXX1100" },
        new string[] { "smpe", "apply", "--zone", "TGT1", "--select", "HXX1100", "--all" },
        new string[] { "smpe", "parse", "--foo", "f" },
        new string[] { "smpe", "receive", "--json", "--holdata", "f" },
    ];

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task Usage_Error_ExitsTwoAndPointsAtHelp(string[] args)
    {
        var (exitCode, console) = await CliRun.InvokeAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains("--help", console.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_FileNamedLikeAnOptionAfterDoubleDash_IsReadAsAFile()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "parse", "--", "--foo");

        Assert.Equal(1, exitCode);
        Assert.Contains("--foo", console.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_ControlCharactersInMcs_AreEscapedOnTheTerminal()
    {
        await DefineZones();
        var file = _directory.WriteFile("esc.mcs", Function + "\n++PTF(UZ\u001b[2J1).\n++VER(Z038) FMID(HXX1100).\n");

        var (_, console) = await Smpe("receive", file);

        var printed = console.OutText + console.ErrorText;
        Assert.DoesNotContain('\u001b', printed);
        Assert.Contains("\\x1B[2J", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_DevZero_IsRefusedWithRcTwelveAndReceivesNothing()
    {
        await DefineZones();
        var function = _directory.WriteFile("function.mcs", Function);

        var (exitCode, console) = await Smpe("receive", function, "/dev/zero");

        Assert.Equal(12, exitCode);
        Assert.Contains("/dev/zero:1:65537: error: record 1 is longer than 65,536 bytes", console.ErrorText, StringComparison.Ordinal);
        Assert.Contains("nothing was received", console.ErrorText, StringComparison.Ordinal);
        Assert.Contains("RECEIVE   RETURN CODE 12", console.OutText, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", console.ErrorText, StringComparison.Ordinal);
        var (listed, list) = await Smpe("list", "--zone", "GLOBAL", "--sysmods");
        Assert.Equal(0, listed);
        Assert.DoesNotContain("HXX1100", list.OutText, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private async Task DefineZones()
    {
        Assert.Equal(0, (await Smpe("zone", "add", "DLB1", "--type", "dlib")).ExitCode);
        Assert.Equal(0, (await Smpe("zone", "add", "TGT1", "--type", "target", "--related", "DLB1")).ExitCode);
    }

    private async Task Installed()
    {
        await DefineZones();
        var file = _directory.WriteFile("function.mcs", Function);
        Assert.Equal(0, (await Smpe("receive", file)).ExitCode);
    }

    private Task<(int ExitCode, CapturingConsole Console)> Smpe(params string[] args) => CliRun.InvokeAsync(["smpe", "--csi", _csi, .. args]);
}
