using IMU.Grains.Models;

namespace IMU.Cli.Output;

/// <summary>Prints a rollout's status as tables in SMP/E's words (waves, LPARs, each SYSMOD on each LPAR with its holds, MULTSYS groups, the audit record).</summary>
internal static class RolloutStatusWriter
{
    public static void Write(RolloutStatus status, TextWriter output)
    {
        output.WriteLine($"ROLLOUT {status.Name}   STATE {ContractOutput.Word(status.State)}   SYSMODS {ContractOutput.List(status.Sysmods)}");
        foreach (var reason in status.Reasons)
        {
            output.WriteLine($"  {reason}");
        }

        output.WriteLine();
        var waves = new TextTable("WAVE", "STATE", "LPARS");
        foreach (var wave in status.Waves)
        {
            waves.AddRow($"{wave.Index}", ContractOutput.Word(wave.State), ContractOutput.List(wave.Lpars));
        }

        waves.WriteTo(output);
        output.WriteLine();
        var lpars = new TextTable("LPAR", "STATE", "REASONS");
        foreach (var lpar in status.Lpars)
        {
            lpars.AddRow(lpar.Lpar, ContractOutput.Word(lpar.State), string.Join("; ", lpar.Reasons));
        }

        lpars.WriteTo(output);
        output.WriteLine();
        output.WriteLine("SYSMOD STATUS BY LPAR");
        var sysmods = new TextTable("LPAR", "SYSMOD", "STATUS", "ACTIVATION", "HOLDS");
        foreach (var lpar in status.Lpars)
        {
            foreach (var sysmod in lpar.Sysmods)
            {
                sysmods.AddRow(lpar.Lpar, sysmod.Id, ContractOutput.Word(sysmod.Status), ContractOutput.Word(sysmod.Activation), ContractOutput.List(sysmod.Holds.Select(Hold), string.Empty));
            }
        }

        sysmods.WriteTo(output);
        if (status.Groups.Length > 0)
        {
            output.WriteLine();
            output.WriteLine("MULTSYS GROUPS (EACH SYSMOD GOES ONTO EVERY MEMBER AS ONE UNIT)");
            var groups = new TextTable("GROUP", "SYSMOD", "STATE");
            foreach (var group in status.Groups)
            {
                groups.AddRow(group.Name, group.Sysmod, ContractOutput.Word(group.State));
            }

            groups.WriteTo(output);
        }

        output.WriteLine();
        output.WriteLine("AUDIT");
        var audit = new TextTable("AT", "BY", "ACTION", "DETAIL", "REASON");
        foreach (var entry in status.Audit)
        {
            audit.AddRow(ContractOutput.Time(entry.At), entry.By, entry.Action, entry.Detail, entry.Reason ?? string.Empty);
        }

        audit.WriteTo(output);
    }

    /// <summary>One line of progress for <c>--watch</c>: the rollout's state, its current wave, and how many LPARs are in each state.</summary>
    public static string Progress(RolloutStatus status)
    {
        var wave = status.Waves.FirstOrDefault(w => w.State is WaveState.Running or WaveState.Waiting or WaveState.AwaitingApproval) ?? status.Waves.LastOrDefault(w => w.State == WaveState.Completed);
        var counts = status.Lpars.GroupBy(l => l.State).OrderBy(g => g.Key).Select(g => $"{g.Count()} {ContractOutput.Word(g.Key)}");
        var line = $"{status.Name} {ContractOutput.Word(status.State)}";
        if (wave is not null)
        {
            line += $"   WAVE {wave.Index}/{status.Waves.Length} {ContractOutput.Word(wave.State)}";
        }

        line += $"   LPARS {string.Join(", ", counts)}";
        return status.Reasons.Length > 0 ? $"{line}   ({string.Join("; ", status.Reasons)})" : line;
    }

    private static string Hold(HoldStatus hold) => hold.ResolvedBy switch
    {
        null => $"{hold.Category} {hold.Reason} (HELD)",
        "orchestrator" => $"{hold.Category} {hold.Reason} (RESOLVED BY THE ORCHESTRATOR)",
        var by => $"{hold.Category} {hold.Reason} (BYPASSED BY {by})",
    };
}
