using System.Text.Json;
using IMU.Cli.Output.Json;
using IMU.Smpe.Commands;
using IMU.Smpe.Zones;

namespace IMU.Cli.Output;

/// <summary>Prints an APPLY, ACCEPT or RESTORE result as SMP/E-style tables or as the JSON contract.</summary>
internal static class CommandResultWriter
{
    public static int Write(CommandResult result, bool json, TextWriter writer)
    {
        if (json)
        {
            writer.WriteLine(JsonSerializer.Serialize(ToJson(result), CliJsonContext.Default.CommandResultJson));
        }
        else
        {
            WriteReport(result, writer);
        }

        return result.ReturnCode;
    }

    public static CommandResultJson ToJson(CommandResult result) => new(
        SmpeWords.Of(result.Command),
        result.Zone,
        result.Check,
        result.ReturnCode,
        [.. result.Sysmods.Select(s => new SysmodOutcomeJson(
            s.Id,
            SmpeWords.Of(s.Status),
            [.. s.Holds.Select(h => new HoldJson(SmpeWords.Of(h.Category), h.Reason, h.Bypassed))],
            s.Reasons,
            SmpeWords.Of(s.Activation)))],
        [.. result.Elements.Select(ToJson)]);

    public static ElementJson ToJson(ElementEntry element) => new(element.Name, element.Type, element.Fmid, element.Rmid, element.Umids);

    private static void WriteReport(CommandResult result, TextWriter writer)
    {
        var title = $"{SmpeWords.Of(result.Command)}{(result.Check ? " CHECK" : "")} FOR ZONE {result.Zone}";
        writer.WriteLine($"{title}   RETURN CODE {result.ReturnCode:00}");
        writer.WriteLine();
        writer.WriteLine("SYSMOD STATUS REPORT");
        var sysmods = new TextTable("SYSMOD", "STATUS", "ACTIVATION", "HOLDS", "REASONS");
        foreach (var sysmod in result.Sysmods)
        {
            var holds = string.Join(", ", sysmod.Holds.Select(h => $"{SmpeWords.Of(h.Category)} {h.Reason}{(h.Bypassed ? " (BYPASSED)" : "")}"));
            sysmods.AddRow(sysmod.Id, SmpeWords.Of(sysmod.Status), SmpeWords.Of(sysmod.Activation), holds, string.Join("; ", sysmod.Reasons));
        }

        sysmods.WriteTo(writer);
        if (result.Elements.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(result.Check ? "ELEMENTS THAT WOULD CHANGE" : "ELEMENTS CHANGED");
            ElementTable(result.Elements).WriteTo(writer);
        }

        foreach (var message in result.Messages)
        {
            writer.WriteLine(message);
        }

        writer.WriteLine();
        var counts = result.Sysmods.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {SmpeWords.Of(g.Key)}");
        writer.WriteLine($"{result.Sysmods.Count} SYSMODS: {string.Join(", ", counts)}; {result.Elements.Count} ELEMENTS");
    }

    public static TextTable ElementTable(IEnumerable<ElementEntry> elements)
    {
        var table = new TextTable("ELEMENT", "TYPE", "FMID", "RMID", "UMIDS");
        foreach (var element in elements)
        {
            table.AddRow(element.Name, element.Type, element.Fmid, element.Rmid + (element.Bypass ? " (BYPASS ID)" : ""), string.Join(" ", element.Umids));
        }

        return table;
    }
}
