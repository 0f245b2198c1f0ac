using System.CommandLine;
using System.Globalization;
using IMU.Cli.Output;
using IMU.Grains;

namespace IMU.Cli.Commands;

/// <summary><c>imu probe [--key NAME] [--increment]</c>: reads (or durably increments) a probe grain, proving the cluster serves calls and keeps state.</summary>
internal sealed class ProbeCommand : Command
{
    private static readonly Option<string> s_key = new("--key")
    {
        Description = "The probe grain to use; each name is its own durable counter.",
        HelpName = "NAME",
        DefaultValueFactory = _ => "operator",
    };

    private static readonly Option<bool> s_increment = new("--increment")
    {
        Description = "Add one to the counter and wait until the write is durable, instead of only reading it.",
    };

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;

    public ProbeCommand(ICliConsole console)
        : base("probe", "Call a probe grain on the cluster: prints its durable count and the silo that answered.")
    {
        _console = console;
        Options.Add(s_key);
        Options.Add(s_increment);
        _cluster.AddTo(this);
        SetAction((parseResult, cancellationToken) => _cluster.RunAsync(parseResult, console, (client, _) => ProbeAsync(client, parseResult), cancellationToken));
    }

    private async Task<int> ProbeAsync(IClusterClient client, ParseResult parseResult)
    {
        var key = parseResult.GetRequiredValue(s_key);
        var probe = client.GetGrain<IProbeGrain>(key);
        var reading = parseResult.GetValue(s_increment) ? await probe.IncrementAsync() : await probe.ReadAsync();
        var last = reading.LastIncrementedAt is { } at ? at.ToString("u", CultureInfo.InvariantCulture) : "never";
        await _console.Out.WriteLineAsync($"probe {key}: count {reading.Count}, last incremented {last}, answered by {reading.Silo}");
        return ExitCodes.Success;
    }
}
