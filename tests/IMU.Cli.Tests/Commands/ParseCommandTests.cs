using System.Text;
using System.Text.Json;
using IMU.TestUtilities;

namespace IMU.Cli.Tests.Commands;

public sealed class ParseCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Parse_ValidFile_ExitsZeroAndListsSysmods()
    {
        var file = _directory.WriteFile("ptf.mcs", """
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++MOD(IEFBR14) DISTLIB(AOSLINK).
            """);

        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "parse", file);

        Assert.Equal(0, exitCode);
        Assert.Contains("UZ00001", console.OutText);
        Assert.Contains("HBB77D0", console.OutText);
        Assert.Equal("", console.ErrorText);
    }

    [Fact]
    public async Task Parse_BadStatement_ExitsOneWithFileLineColumnOnStderr()
    {
        var file = _directory.WriteFile("bad.mcs", """
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++PTF(UZ0002).
            ++VER(Z038) FMID(HBB77D0).
            """);

        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "parse", file);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{file}:3:", console.ErrorText);
        Assert.Contains(": error: ", console.ErrorText);
    }

    [Fact]
    public async Task ParseJson_PrintsContractShape()
    {
        var file = _directory.WriteFile("held.mcs", """
            ++PTF(UZ00001).
            ++VER(Z038) FMID(HBB77D0).
            ++HOLD(UZ00001) FMID(HBB77D0) REASON(IPL) SYSTEM COMMENT(IPL NEEDED).
            ++MOD(IEFBR14) DISTLIB(AOSLINK).
            ++HOLD(UZ00009) FMID(HBB77D0) REASON(AA00001) ERROR.
            """);

        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "parse", "--json", file);

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(console.OutText);
        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(file, entry.GetProperty("file").GetString());
        var sysmod = Assert.Single(entry.GetProperty("sysmods").EnumerateArray());
        Assert.Equal("UZ00001", sysmod.GetProperty("id").GetString());
        Assert.Equal("PTF", sysmod.GetProperty("type").GetString());
        Assert.Equal("HBB77D0", sysmod.GetProperty("fmid").GetString());
        var holds = entry.GetProperty("holds").EnumerateArray().ToList();
        Assert.Equal(2, holds.Count);
        Assert.Contains(holds, h => h.GetProperty("sysmod").GetString() == "UZ00001" && h.GetProperty("category").GetString() == "SYSTEM" && h.GetProperty("reason").GetString() == "IPL");
        Assert.Contains(holds, h => h.GetProperty("sysmod").GetString() == "UZ00009" && h.GetProperty("category").GetString() == "ERROR" && h.GetProperty("fmid").GetString() == "HBB77D0");
        Assert.Empty(entry.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task ParseJson_ErrorsCarryLineAndColumn()
    {
        var file = _directory.WriteFile("bad.mcs", "++PTF(UZ00001).\n++VER(Z038) FMID(HBB77D0) PRE(UZ0000).\n");

        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "parse", "--json", file);

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(console.OutText);
        var error = Assert.Single(json.RootElement[0].GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() > 1);
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Parse_MissingFile_ExitsOneAndNamesTheFile()
    {
        var missing = Path.Combine(_directory.Path, "nope.mcs");

        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "parse", missing);

        Assert.Equal(1, exitCode);
        Assert.Contains("nope.mcs", console.ErrorText);
    }

    [Fact]
    public async Task Parse_DevZero_IsRefusedWithAPositionedMessage_ExitsOne()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "parse", "/dev/zero");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("/dev/zero:1:65537: error: record 1 is longer than 65,536 bytes", console.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_Utf8ByteOrderMark_IsRefusedAtLineOneColumnOne()
    {
        var file = Path.Combine(_directory.Path, "bom.mcs");
        await File.WriteAllBytesAsync(file, [0xEF, 0xBB, 0xBF, .. "++PTF(UZ00001).\n++VER(Z038) FMID(HBB77D0).\n"u8], TestContext.Current.CancellationToken);

        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "parse", file);

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"{file}:1:1: error: the file starts with a UTF-8 byte-order mark", console.ErrorText, StringComparison.Ordinal);
        Assert.DoesNotContain("UZ00001", console.OutText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_EscapeSequencesInTheFile_ArePrintedEscaped()
    {
        var file = Path.Combine(_directory.Path, "esc.mcs");
        await File.WriteAllBytesAsync(file, Encoding.Latin1.GetBytes("++PTF(UZ00001).\n++VER(Z038) FMID(HBB77D0).\n++\u001b[2J\u009b31mMOD(X).\n"), TestContext.Current.CancellationToken);

        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "parse", file);

        Assert.Equal(1, exitCode);
        Assert.Contains("'++\\x1B[2J\\x9B31mMOD' is not an MCS", console.ErrorText, StringComparison.Ordinal);
        Assert.DoesNotContain(console.ErrorText + console.OutText, c => c is '\u001b' or '\u009b');
    }

    [Fact]
    public async Task Parse_Directory_ExitsOneAndSaysSo()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "parse", _directory.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{_directory.Path}: error: is a directory", console.ErrorText, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();
}
