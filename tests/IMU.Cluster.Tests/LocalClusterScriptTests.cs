using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace IMU.Cluster.Tests;

/// <summary><c>deploy/local-cluster.sh</c> as a user runs it: three silos that answer, then Ctrl+C, after which nothing it started is left.</summary>
public sealed partial class LocalClusterScriptTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LocalCluster_StartedThenInterrupted_ThreeSilosAnswerReadyAndNothingItStartedIsLeft()
    {
        var output = new StringBuilder();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "deploy", "local-cluster.sh"));
        start.ArgumentList.Add("--no-build");
        start.Environment["IMU_BIN"] = Path.Combine(AppContext.BaseDirectory, "imu.dll");
        using var script = new Process { StartInfo = start };
        void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (line.StartsWith("Ctrl+C stops", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }

        script.OutputDataReceived += (_, e) => Collect(e.Data);
        script.ErrorDataReceived += (_, e) => Collect(e.Data);
        script.Start();
        script.BeginOutputReadLine();
        script.BeginErrorReadLine();
        int[] started = [];
        string? directory = null;
        try
        {
            await Task.WhenAny(ready.Task, script.WaitForExitAsync(Token)).Unwrap().WithTestTimeout(TimeSpan.FromMinutes(4));
            var text = Text(output);
            Assert.True(ready.Task.IsCompleted, $"local-cluster.sh ended before the cluster was ready:\n{text}");
            directory = DataDirectory().Match(text).Groups[1].Value;
            started = [.. SiloPid().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];
            var urls = HttpUrl().Matches(text.Split("IMU cluster ready")[1]).Select(m => m.Value).Distinct().ToList();

            Assert.Equal(3, started.Length);
            Assert.Equal(3, urls.Count);
            Assert.Matches(@"export IMU_GATEWAY=127\.0\.0\.1:\d+", text);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            foreach (var url in urls)
            {
                using var response = await http.GetAsync(new Uri($"{url}/health/ready"), Token).WithTestTimeout();
                Assert.True(response.IsSuccessStatusCode, $"{url}/health/ready answered {(int)response.StatusCode}");
            }

            // What Ctrl+C at the terminal sends.
            Signal(script.Id, "INT");
            await script.WaitForExitAsync(Token).WithTestTimeout(TimeSpan.FromMinutes(1));

            Assert.Contains("stopped", Text(output), StringComparison.Ordinal);
            Assert.DoesNotContain(started, Alive);
            Assert.Empty(ProcessesMentioning(directory));
            Assert.False(Directory.Exists(directory), $"{directory} was left behind");
        }
        finally
        {
            if (!script.HasExited)
            {
                script.Kill(entireProcessTree: true);
            }

            foreach (var pid in started.Where(Alive))
            {
                Signal(pid, "KILL");
            }

            if (directory is { Length: > 0 })
            {
                foreach (var pid in ProcessesMentioning(directory))
                {
                    Signal(pid, "KILL");
                }
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static bool Alive(int pid) => Read($"/proc/{pid}/stat") is { Length: > 0 } stat && !stat.Contains(") Z ", StringComparison.Ordinal);

    /// <summary>Processes whose command line names the script's directory: PostgreSQL (<c>-D DIR/data</c>) and anything else it left.</summary>
    private static List<int> ProcessesMentioning(string text) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && Alive(pid) && Read($"/proc/{pid}/cmdline").Contains(text, StringComparison.Ordinal))];

    private static string Read(string file)
    {
        try
        {
            return File.ReadAllText(file).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", $"{pid}"]);
        kill.WaitForExit();
    }

    [GeneratedRegex(@"initdb in (/tmp/imu-local-cluster\.[A-Za-z0-9]+)/data")]
    private static partial Regex DataDirectory();

    [GeneratedRegex(@"silo \d+: pid (\d+),")]
    private static partial Regex SiloPid();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex HttpUrl();
}
