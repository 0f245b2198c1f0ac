using IMU.TestUtilities;

namespace IMU.Cli.Tests.Commands;

public sealed class FleetDemoCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Demo_Help_SaysTheDirectoryIsRecreatedAndNamesTheSmpeTutorial()
    {
        var (exitCode, console) = await CliRun.InvokeAsync("demo", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Deleted and recreated on every run", console.OutText, StringComparison.Ordinal);
        Assert.Contains("imu smpe demo", console.OutText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_DirectoryWithFilesItDidNotMake_IsRefusedAndLeftAlone()
    {
        var precious = _directory.WriteFile("fleet.yaml", "lpars: []\n");

        var (exitCode, console) = await CliRun.InvokeAsync("demo", "--dir", _directory.Path);

        Assert.Equal(ExitCodes.RolloutNotCompleted, exitCode);
        Assert.Contains($"imu demo: {_directory.Path} is not empty and was not made by imu demo", console.ErrorText, StringComparison.Ordinal);
        Assert.DoesNotContain("imu silo --data", console.OutText, StringComparison.Ordinal);
        Assert.Equal("lpars: []\n", File.ReadAllText(precious));
    }
}
