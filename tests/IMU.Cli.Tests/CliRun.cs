using IMU.TestUtilities;

namespace IMU.Cli.Tests;

/// <summary>Runs <c>imu</c> in-process, exactly as the command line would, and captures what it prints.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, CapturingConsole Console)> InvokeAsync(params string[] args)
    {
        var console = new CapturingConsole();
        var exitCode = await CliApplication.RunAsync(args, console, TestContext.Current.CancellationToken).WithTestTimeout();
        return (exitCode, console);
    }
}
