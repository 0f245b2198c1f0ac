using IMU.TestUtilities;

namespace IMU.Cli.Tests.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Demo_RunsTheWholeCycle_AndLeavesACsiToExplore()
    {
        var folder = Path.Combine(_directory.Path, "demo");

        var (exitCode, console) = await CliRun.InvokeAsync("smpe", "demo", "--dir", folder);

        Assert.True(exitCode == 0, console.ErrorText + console.OutText);
        Assert.True(File.Exists(Path.Combine(folder, "csi.db")));
        Assert.Contains("$ imu smpe --csi", console.OutText);
        Assert.Contains("REPORT ERRSYSMODS", console.OutText);
        Assert.Contains("UJ90003", console.OutText);
    }

    [Fact]
    public async Task Demo_RunTwice_StartsFromAFreshCsi()
    {
        var folder = Path.Combine(_directory.Path, "demo");

        var (first, _) = await CliRun.InvokeAsync("smpe", "demo", "--dir", folder);
        var (second, console) = await CliRun.InvokeAsync("smpe", "demo", "--dir", folder);

        Assert.Equal(0, first);
        Assert.True(second == 0, console.ErrorText);
    }

    public void Dispose() => _directory.Dispose();
}
