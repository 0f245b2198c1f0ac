using System.CommandLine;
using IMU.Cli.Output;
using IMU.Grains;
using IMU.Grains.Models;

namespace IMU.Cli.Commands;

/// <summary><c>imu sysmod show ID [--json]</c>: a SYSMOD's holds, and the zones it is applied in and the LPARs it is staged and active on.</summary>
internal sealed class SysmodShowCommand : Command
{
    private static readonly Argument<string> s_id = new("ID") { Description = "The SYSMOD ID (PTF, APAR, USERMOD or FUNCTION)." };

    private static readonly Option<bool> s_json = SmpeOptions.Json();

    private readonly ClusterConnectionOptions _cluster = new();
    private readonly ICliConsole _console;

    public SysmodShowCommand(ICliConsole console)
        : base("show", "Show a SYSMOD: type, FMID, activation class, holds not released, and where it is applied, staged and active.")
    {
        _console = console;
        Arguments.Add(s_id);
        Options.Add(s_json);
        _cluster.AddTo(this);
        SetAction((parseResult, cancellationToken) => _cluster.RunAsync(
            parseResult, console, (client, _) => ShowAsync(client, parseResult.GetRequiredValue(s_id).ToUpperInvariant(), parseResult.GetValue(s_json)), cancellationToken));
    }

    private async Task<int> ShowAsync(IClusterClient client, string id, bool json)
    {
        var sysmod = await client.GetGrain<ISysmodGrain>(id).GetAsync();
        if (!sysmod.Received && sysmod.Holds.Length == 0)
        {
            await _console.Error.WriteLineAsync($"imu sysmod show: SYSMOD {id} has not been received; imu maintenance receive brings its MCS");
            return ExitCodes.Refused;
        }

        if (json)
        {
            ContractOutput.WriteJson(_console.Out, sysmod);
            return ExitCodes.Success;
        }

        Write(sysmod);
        return ExitCodes.Success;
    }

    private void Write(SysmodView sysmod)
    {
        var output = _console.Out;
        output.WriteLine(sysmod.Received
            ? $"SYSMOD {sysmod.Id}   TYPE {sysmod.Type}   FMID {sysmod.Fmid ?? "-"}   ACTIVATION {ContractOutput.Word(sysmod.Activation)}"
            : $"SYSMOD {sysmod.Id}   NOT RECEIVED: only HOLDDATA names it");
        output.WriteLine();
        output.WriteLine("HOLDS NOT RELEASED");
        var holds = new TextTable("CATEGORY", "REASON", "CLASS", "WHERE", "COMMENT");
        foreach (var hold in sysmod.Holds)
        {
            holds.AddRow(hold.Category, hold.Reason, ContractOutput.List(hold.Classes), hold.Internal ? "INTERNAL" : "HOLDDATA", hold.Comment ?? string.Empty);
        }

        ContractOutput.WriteTable(holds, output);
        foreach (var (title, header, places) in new[] { ("APPLIED", "ZONE", sysmod.Applied), ("STAGED (WAITING FOR AN IPL)", "LPAR", sysmod.Staged), ("ACTIVE", "LPAR", sysmod.Active) })
        {
            output.WriteLine();
            output.WriteLine(title);
            var table = new TextTable(header, "ROLLOUT", "SINCE");
            foreach (var place in places)
            {
                table.AddRow(place.Where, place.Rollout ?? "(found there)", ContractOutput.Time(place.Since));
            }

            ContractOutput.WriteTable(table, output);
        }
    }
}
