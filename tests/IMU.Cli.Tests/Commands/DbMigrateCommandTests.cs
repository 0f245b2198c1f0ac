using IMU.TestUtilities;

namespace IMU.Cli.Tests.Commands;

public sealed class DbMigrateCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task DbMigrate_NewDataDirectory_AppliesEveryScriptThenIsCurrent()
    {
        var database = Path.Combine(_directory.Path, "imu.db");

        var (first, firstConsole) = await CliRun.InvokeAsync("db", "migrate", "--data", _directory.Path);
        var (second, secondConsole) = await CliRun.InvokeAsync("db", "migrate", "--data", _directory.Path);

        Assert.Equal((0, 0), (first, second));
        Assert.Equal($"{database}: schema version 0 -> 2 (applied 0001_grain_state.sql, 0002_reminders.sql){Environment.NewLine}", firstConsole.OutText);
        Assert.Equal($"{database}: schema version 2, already current{Environment.NewLine}", secondConsole.OutText);
    }

    [Fact]
    public async Task DbMigrate_DataIsAFile_ExitsUsageErrorSayingSo()
    {
        var file = _directory.WriteFile("not-a-directory", "x");

        var (exitCode, console) = await CliRun.InvokeAsync("db", "migrate", "--data", file);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Equal($"imu db migrate: --data {file} is a file; it must be a directory (created when missing).{Environment.NewLine}", console.ErrorText);
    }
}
