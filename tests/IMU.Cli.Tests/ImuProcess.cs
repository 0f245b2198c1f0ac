using System.Diagnostics;
using System.Globalization;
using System.Text;
using IMU.TestUtilities;

namespace IMU.Cli.Tests;

/// <summary>
/// The built <c>imu</c> (next to this test) as its own process, started the way an operator starts it, so
/// it can be signalled or killed with SIGKILL. Every line it prints is kept; waits are for a printed line
/// or its exit, each bounded, never a sleep.
/// </summary>
internal sealed class ImuProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly List<(Func<string, bool> Matches, TaskCompletionSource<string> Seen)> _waits = [];
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ImuProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "imu.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Collect(_stdout, e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(_stderr, e.Data);
        _process.Exited += (_, _) => _exited.TrySetResult();
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Stdout => Read(_stdout);

    public string Stderr => Read(_stderr);

    /// <summary>Everything printed so far, both streams, for assertion messages.</summary>
    public string Output => Stdout + Stderr;

    public static ImuProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = new ImuProcess(args, environment);
        process._process.Start();
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs <c>imu ARGS</c> to its end, as a script would, and returns its exit code and what it printed on each stream.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(TimeSpan? timeout, params string[] args)
    {
        await using var process = Start(args);
        await process.WaitForExitAsync(timeout);
        return (process.ExitCode, process.Stdout, process.Stderr);
    }

    /// <summary>Waits until a line starting with <paramref name="prefix"/> is printed (on either stream) and returns it; fails if the process ends first.</summary>
    public Task<string> WaitForLineAsync(string prefix, TimeSpan timeout) => WaitForLineAsync(l => l.StartsWith(prefix, StringComparison.Ordinal), $"a line starting '{prefix}'", timeout);

    /// <summary>Waits until a line that <paramref name="matches"/> is printed (on either stream) and returns it; fails if the process ends first.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> matches, string what, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waits)
        {
            var already = Stdout.Split(Environment.NewLine).Concat(Stderr.Split(Environment.NewLine)).FirstOrDefault(matches);
            if (already is not null)
            {
                return already;
            }

            _waits.Add((matches, seen));
        }

        var first = await Task.WhenAny(seen.Task, _exited.Task).WithTestTimeout(timeout);
        if (first != seen.Task)
        {
            // Let the last lines arrive before naming what it printed.
            await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WithTestTimeout();
            if (seen.Task.IsCompleted)
            {
                return await seen.Task;
            }

            throw new InvalidOperationException($"imu {_process.StartInfo.ArgumentList[1]} exited with {_process.ExitCode} before printing {what}:\n{Output}");
        }

        return await seen.Task;
    }

    public async Task WaitForExitAsync(TimeSpan? timeout = null)
    {
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken).WithTestTimeout(timeout);
    }

    /// <summary>Sends a signal by name (TERM, INT) as <c>kill -SIG PID</c> would.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync(TestContext.Current.CancellationToken).WithTestTimeout();
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

    private static string Read(StringBuilder stream)
    {
        lock (stream)
        {
            return stream.ToString();
        }
    }

    private void Collect(StringBuilder stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (stream)
        {
            stream.AppendLine(line);
        }

        lock (_waits)
        {
            foreach (var wait in _waits.Where(w => w.Matches(line)).ToList())
            {
                wait.Seen.TrySetResult(line);
                _waits.Remove(wait);
            }
        }
    }
}
