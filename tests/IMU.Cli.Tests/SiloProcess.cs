using System.Diagnostics;
using System.Text;
using IMU.TestUtilities;

namespace IMU.Cli.Tests;

/// <summary>
/// <c>imu silo</c> as its own process, started the way an operator starts it (the built <c>imu</c>
/// next to this test), so it can be killed with SIGKILL. Starting waits for the ready line, not a sleep.
/// </summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SiloProcess(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "imu.dll"));
        start.ArgumentList.Add("silo");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"imu silo exited with {_process.ExitCode} before it was ready:\n{Output}"));
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<SiloProcess> StartAsync(params string[] args)
    {
        var silo = new SiloProcess(args);
        silo._process.Start();
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        await silo._ready.Task.WithTestTimeout(s_startTimeout);
        return silo;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, no graceful deactivation.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WithTestTimeout();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.StartsWith("IMU silo ready:", StringComparison.Ordinal))
        {
            _ready.TrySetResult(line);
        }
    }
}
