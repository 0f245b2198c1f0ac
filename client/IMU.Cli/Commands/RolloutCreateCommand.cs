using System.CommandLine;
using System.CommandLine.Parsing;
using System.Xml;
using IMU.Cli.Output;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cli.Commands;

/// <summary>
/// <c>imu rollout create NAME --sysmods ID[,ID...] --lpars NAME[,NAME...] [--waves 'A;B,C;D'] [--max-parallel N]
/// [--max-failures N] [--bake DURATION] [--approve-waves] [--ipl window|none] [--groupextend]
/// [--bypass 'OPERANDS' --reason TEXT] [--json]</c>: plans a rollout; refused, it creates nothing and names every culprit.
/// </summary>
internal sealed class RolloutCreateCommand : Command
{
    private static readonly Argument<string> s_name = RolloutCommand.NameArgument();

    private static readonly Option<string[]> s_sysmods = Required(SmpeOptions.List("--sysmods", "The received SYSMODs to install.", "ID[,ID...]"));

    private static readonly Option<string[]> s_lpars = Required(SmpeOptions.List("--lpars", "The LPARs to install them on (every member of a MULTSYS group, or the plan is refused).", "NAME[,NAME...]"));

    private static readonly Option<string[][]?> s_waves = new("--waves")
    {
        Description = "Waves in order, ';' between waves and ',' between LPARs ('A;B,C;D'); each starts when the one before is done. Default: one wave of every LPAR.",
        HelpName = "'A;B,C;D'",
        CustomParser = result => [.. result.Tokens.Single().Value.Split(';').Select(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };

    private static readonly Option<int> s_maxParallel = new("--max-parallel")
    {
        Description = "At most this many SMP/E jobs run at once across the fleet.",
        HelpName = "N",
        DefaultValueFactory = _ => RolloutRequest.DefaultMaxParallel,
    };

    private static readonly Option<int> s_maxFailures = new("--max-failures")
    {
        Description = "More failed LPARs than this stop the rollout; LPARs not yet touched stay untouched.",
        HelpName = "N",
    };

    private static readonly Option<TimeSpan> s_bake = new("--bake")
    {
        Description = "How long a finished wave runs before the next may start, as an ISO-8601 duration (PT30M, PT4H, P1D). Default: none.",
        HelpName = "DURATION",
        CustomParser = ParseDuration,
    };

    private static readonly Option<bool> s_approveWaves = new("--approve-waves")
    {
        Description = "Each wave after the first waits for imu rollout approve NAME --wave N.",
    };

    private static readonly Option<string> s_ipl = new Option<string>("--ipl")
    {
        Description = "window: IPL each LPAR with staged (IPL-class) changes through its HMC in its next IPL window; none: never IPL, the change becomes active at the next IPL anyone does.",
        HelpName = "window|none",
        DefaultValueFactory = _ => "window",
    }.AcceptOnlyFromAmong("window", "none");

    private static readonly Option<bool> s_groupExtend = new("--groupextend")
    {
        Description = "APPLY with GROUPEXTEND: also install the requisites and superseding SYSMODs that are received.",
    };

    private static readonly Option<string?> s_bypass = new("--bypass")
    {
        Description = "SMP/E's BYPASS operands for the holds you decide to bypass, e.g. 'HOLDERROR(AA00002) HOLDSYSTEM(ACTION)'; needs --reason, and goes into the audit record with your user ID.",
        HelpName = "'OPERANDS'",
    };

    private static readonly Option<string?> s_reason = new("--reason")
    {
        Description = "Why the bypass is given (required with --bypass).",
        HelpName = "TEXT",
    };

    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;

    public RolloutCreateCommand(ICliConsole console)
        : base("create", "Plan a rollout of received SYSMODs onto LPARs; refused (an unknown SYSMOD or LPAR, a partial MULTSYS group, a bypass without a reason, ...) it creates nothing and names every culprit.")
    {
        _console = console;
        Arguments.Add(s_name);
        foreach (var option in new Option[] { s_sysmods, s_lpars, s_waves, s_maxParallel, s_maxFailures, s_bake, s_approveWaves, s_ipl, s_groupExtend, s_bypass, s_reason, s_json })
        {
            Options.Add(option);
        }

        _cluster.AddTo(this);
        SetAction((parseResult, cancellationToken) => _cluster.RunAsync(parseResult, console, (client, _) => CreateAsync(client, parseResult), cancellationToken));
    }

    private static Option<string[]> Required(Option<string[]> option)
    {
        option.Required = true;
        return option;
    }

    private static TimeSpan ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Single().Value;
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            result.AddError($"--bake '{text}' is not an ISO-8601 duration such as PT30M, PT4H or P1D.");
            return TimeSpan.Zero;
        }
    }

    private async Task<int> CreateAsync(IClusterClient client, ParseResult parseResult)
    {
        var name = parseResult.GetRequiredValue(s_name);
        var request = new RolloutRequest
        {
            Sysmods = [.. parseResult.GetRequiredValue(s_sysmods).Select(s => s.ToUpperInvariant())],
            Lpars = parseResult.GetRequiredValue(s_lpars),
            Waves = parseResult.GetValue(s_waves) is { Length: > 0 } waves ? waves : null,
            MaxParallel = parseResult.GetValue(s_maxParallel),
            MaxFailures = parseResult.GetValue(s_maxFailures),
            Bake = parseResult.GetValue(s_bake),
            ApproveWaves = parseResult.GetValue(s_approveWaves),
            Ipl = parseResult.GetRequiredValue(s_ipl) == "none" ? IplPolicy.None : IplPolicy.Window,
            GroupExtend = parseResult.GetValue(s_groupExtend),
            Bypass = parseResult.GetValue(s_bypass),
            Reason = parseResult.GetValue(s_reason),
            By = RolloutCommand.Operator,
        };
        var rollout = client.GetGrain<IRolloutGrain>(name);
        var result = await rollout.CreateAsync(request);
        if (!result.Accepted)
        {
            return await RolloutCommand.RefusedAsync(_console, "create", name, result.Errors);
        }

        var status = await rollout.GetStatusAsync();
        if (parseResult.GetValue(s_json))
        {
            ContractOutput.WriteJson(_console.Out, status);
            return ExitCodes.Success;
        }

        await _console.Out.WriteLineAsync($"ROLLOUT {name} CREATED: {request.Sysmods.Length} SYSMOD(S) ON {status!.Lpars.Length} LPAR(S) IN {status.Waves.Length} WAVE(S); imu rollout start {name} starts it");
        await _console.Out.WriteLineAsync();
        RolloutStatusWriter.Write(status, _console.Out);
        return ExitCodes.Success;
    }
}
