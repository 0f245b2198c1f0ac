using System.CommandLine;
using System.Runtime.InteropServices;
using IMU.Cli.Output;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cli.Commands;

/// <summary>
/// <c>imu rollout status NAME [--json] [--watch]</c>: where a rollout is, wave by wave, LPAR by LPAR and
/// SYSMOD by SYSMOD, with its holds, MULTSYS groups and audit record. <c>--watch</c> follows it live through
/// <see cref="IRolloutGrain.SubscribeAsync"/> until it ends (COMPLETED, FAILED, ABORTED, RESTORED) or Ctrl+C.
/// </summary>
internal sealed class RolloutStatusCommand : Command
{
    /// <summary>
    /// The rollout forgets an observer after a few minutes, and a silo restart forgets them all, so a
    /// watch subscribes again (and reads the status once) this often.
    /// </summary>
    private static readonly TimeSpan s_resubscribe = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan s_unsubscribeLimit = TimeSpan.FromSeconds(5);

    private static readonly Argument<string> s_name = RolloutCommand.NameArgument();

    private static readonly Option<bool> s_json = new("--json")
    {
        Description = "Print the status as JSON (the scripting contract); with --watch, one status document per line at each change.",
    };

    private static readonly Option<bool> s_watch = new("--watch")
    {
        Description = "Follow the rollout live: a progress line at each change, the whole status at the end. Ends when the rollout is COMPLETED, FAILED, ABORTED or RESTORED (exit 0 for COMPLETED and RESTORED, 8 otherwise), or on Ctrl+C.",
    };

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;
    private bool _lost;

    public RolloutStatusCommand(ICliConsole console)
        : base("status", "Show where a rollout is: its state and why it waits, each wave, each LPAR and each SYSMOD on it with its holds, MULTSYS groups, and the audit record.")
    {
        _console = console;
        Arguments.Add(s_name);
        Options.Add(s_json);
        Options.Add(s_watch);
        _cluster.AddTo(this);
        SetAction((parseResult, cancellationToken) => _cluster.RunAsync(
            parseResult,
            console,
            (client, token) =>
            {
                var rollout = client.GetGrain<IRolloutGrain>(parseResult.GetRequiredValue(s_name));
                var json = parseResult.GetValue(s_json);
                return parseResult.GetValue(s_watch) ? WatchAsync(client, rollout, json, token) : ShowAsync(rollout, json);
            },
            cancellationToken));
    }

    private static bool IsFinal(RolloutState state) => state is RolloutState.Completed or RolloutState.Failed or RolloutState.Aborted or RolloutState.Restored;

    private async Task<int> ShowAsync(IRolloutGrain rollout, bool json)
    {
        if (await rollout.GetStatusAsync() is not { } status)
        {
            return await NoSuchRolloutAsync(rollout);
        }

        if (json)
        {
            ContractOutput.WriteJson(_console.Out, status);
        }
        else
        {
            RolloutStatusWriter.Write(status, _console.Out);
        }

        return ExitCodes.Success;
    }

    private async Task<int> WatchAsync(IClusterClient client, IRolloutGrain rollout, bool json, CancellationToken invocation)
    {
        // Ctrl+C ends the watch, not the process mid-write: the observer is unsubscribed and the connection closed.
        using var interrupted = CancellationTokenSource.CreateLinkedTokenSource(invocation);
        using var ctrlC = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            interrupted.Cancel();
        });
        var cancellationToken = interrupted.Token;
        var watcher = new RolloutWatcher();
        var reference = client.CreateObjectReference<IRolloutObserver>(watcher);
        try
        {
            await rollout.SubscribeAsync(reference);
            if (await rollout.GetStatusAsync() is not { } status)
            {
                return await NoSuchRolloutAsync(rollout);
            }

            var shown = Show(status, json, null);
            while (!IsFinal(status.State))
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                wait.CancelAfter(s_resubscribe);
                try
                {
                    status = await watcher.Changes.ReadAsync(wait.Token);
                    while (watcher.Changes.TryRead(out var later))
                    {
                        status = later;
                    }
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    status = await ResubscribeAsync(rollout, reference, status, cancellationToken);
                }

                shown = Show(status, json, shown);
            }

            if (!json)
            {
                await _console.Out.WriteLineAsync();
                RolloutStatusWriter.Write(status, _console.Out);
            }

            return status.State is RolloutState.Completed or RolloutState.Restored ? ExitCodes.Success : ExitCodes.RolloutNotCompleted;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C ends the watch, not the rollout.
            return ExitCodes.Success;
        }
        finally
        {
            await UnsubscribeAsync(rollout, reference);
            client.DeleteObjectReference<IRolloutObserver>(reference);
        }
    }

    /// <summary>
    /// Subscribes again and reads the status. A silo that stopped answering (killed, restarting) does not
    /// end the watch: it says so once, keeps the last status, and tries again at the next interval, so the
    /// watch carries on when a silo serves the rollout again.
    /// </summary>
    private async Task<RolloutStatus> ResubscribeAsync(IRolloutGrain rollout, IRolloutObserver reference, RolloutStatus last, CancellationToken cancellationToken)
    {
        try
        {
            // A call to a silo that is gone can take its whole response timeout; Ctrl+C must not wait for it.
            await rollout.SubscribeAsync(reference).WaitAsync(cancellationToken);
            var status = (await rollout.GetStatusAsync().WaitAsync(cancellationToken))!;
            if (_lost)
            {
                _lost = false;
                await _console.Error.WriteLineAsync($"imu rollout status: the silo answers again; watching {status.Name}");
            }

            return status;
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            if (!_lost)
            {
                _lost = true;
                await _console.Error.WriteLineAsync($"imu rollout status: no silo answers ({ex.Message.Split('\n')[0].Trim()}); the rollout goes on without the watch, which tries again every {s_resubscribe.TotalSeconds:0} s (Ctrl+C ends it)");
            }

            return last;
        }
    }

    /// <summary>Prints a change: a JSON line, or a progress line unless it reads as the last one did; returns the progress line.</summary>
    private string Show(RolloutStatus status, bool json, string? last)
    {
        if (json)
        {
            ContractOutput.WriteJsonLine(_console.Out, status);
            return string.Empty;
        }

        var line = RolloutStatusWriter.Progress(status);
        if (line != last)
        {
            _console.Out.WriteLine($"{ContractOutput.Time(DateTimeOffset.UtcNow)} {line}");
            _console.Out.Flush();
        }

        return line;
    }

    private static async Task UnsubscribeAsync(IRolloutGrain rollout, IRolloutObserver reference)
    {
        try
        {
            await rollout.UnsubscribeAsync(reference).WaitAsync(s_unsubscribeLimit);
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            // The rollout forgets the observer by itself after a while; a watch must not hang on the way out.
        }
    }

    private async Task<int> NoSuchRolloutAsync(IRolloutGrain rollout)
    {
        await _console.Error.WriteLineAsync($"imu rollout status: there is no rollout named {rollout.GetPrimaryKeyString()}; imu rollout list shows the rollouts");
        return ExitCodes.Refused;
    }
}
