using System.Diagnostics;
using System.Text;

namespace IMU.Cluster.Tests;

/// <summary>
/// The built <c>imu</c> (next to this test) as its own process, started the way an operator starts it,
/// so it can be killed with SIGKILL. Starting waits for the line the command prints once it serves,
/// never a sleep; disposing kills whatever is still running, its whole process tree.
/// </summary>
internal sealed class ImuProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _readyPrefix;
    private bool _disposed;

    private ImuProcess(string readyPrefix, string[] args, IReadOnlyDictionary<string, string> environment)
    {
        _readyPrefix = readyPrefix;
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "imu.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"imu {string.Join(' ', args.Take(1))} exited with {_process.ExitCode} before it was ready:\n{Output}"));
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The line that said the process serves.</summary>
    public Task<string> Ready => _ready.Task;

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

    /// <summary>Starts <c>imu ARGS</c>; it is ready once it prints a line starting with <paramref name="readyPrefix"/>.</summary>
    public static ImuProcess Start(string readyPrefix, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = new ImuProcess(readyPrefix, args, environment ?? new Dictionary<string, string>());
        process._process.Start();
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, no graceful deactivation.</summary>
    public async Task KillAsync()
    {
        if (_disposed)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(CancellationToken.None).WithTestTimeout();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            _disposed = true;
            _process.Dispose();
        }
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

        if (line.StartsWith(_readyPrefix, StringComparison.Ordinal))
        {
            _ready.TrySetResult(line);
        }
    }
}
