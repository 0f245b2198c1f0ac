using System.Text;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;
using IMU.Zosmf.Results;
using IMU.Zosmf.Spool;

namespace IMU.Zosmf.Simulator;

/// <summary>Prints one GIMSMP step's SMPOUT, SMPRPT and SMPLIST in the layouts the agent reads.</summary>
internal sealed class SmpeSpoolWriter(DateTimeOffset now)
{
    private readonly StringBuilder _smpout = new();
    private readonly StringBuilder _smprpt = new();
    private readonly StringBuilder _smplist = new();
    private int _rptPage;
    private int _listPage;

    public string Zone { get; set; } = "GLOBAL";

    public void Message(string id, string text) => _smpout.Append(id).Append("    ").Append(text).Append('\n');

    /// <summary>A message already formatted with its ID, e.g. from the engine's catalogue.</summary>
    public void Message(string formatted) => _smpout.Append(formatted).Append('\n');

    public int Receive(ReceiveResult result)
    {
        foreach (var error in result.Errors)
        {
            Message(SmpeMessages.McsError(error));
        }

        var rows = result.Sysmods.Select(s => SmpReportLayout.SysmodRow(
            s.Id,
            SmpReportLayout.StatusWord(s.Status switch
            {
                ReceiveStatus.Received or ReceiveStatus.Reworked => SysmodOutcomeStatus.Received,
                ReceiveStatus.AlreadyReceived => SysmodOutcomeStatus.NotProcessed,
                _ => SysmodOutcomeStatus.Failed,
            }),
            s.Type.ToString().ToUpperInvariant(),
            s.Status == ReceiveStatus.AlreadyReceived ? "ALREADY RECEIVED" : string.Join(' ', s.Reasons)));
        SysmodReport("RECEIVE", rows);
        return result.ReturnCode;
    }

    /// <summary>Prints one APPLY/ACCEPT/RESTORE result; <paramref name="types"/> come from the CSI, as the engine's result has none.</summary>
    public int Command(string verb, CommandResult result, Func<string, SysmodType?> types)
    {
        foreach (var message in result.Messages.Concat(result.Sysmods.SelectMany(s => s.Reasons)))
        {
            Message(message);
        }

        SysmodReport(verb, result.Sysmods.Select(s => SmpReportLayout.SysmodRow(s.Id, SmpReportLayout.StatusWord(Outcome(s.Status)), TypeWord(types(s.Id)), Reason(s))));
        if (result.Elements.Count > 0)
        {
            _smprpt.Append('\n').Append(SmpReportLayout.ElementTitle(verb)).Append("\n\n").Append(SmpReportLayout.ElementHeader).Append('\n');
            foreach (var element in result.Elements)
            {
                _smprpt.Append(SmpReportLayout.ElementRow(element.Name, element.Type, element.Rmid, result.Check ? "CHECKED" : verb + "D", element.SysLib)).Append('\n');
            }
        }

        return result.ReturnCode;
    }

    public void List(string zone, IEnumerable<SysmodEntry> entries)
    {
        _smplist.Append(SmpReportLayout.PageHeader(++_listPage, zone, now, "SMPLIST")).Append("\n\n");
        _smplist.Append("  ").Append(zone.PadRight(8)).Append(" SYSMOD ENTRIES\n\n");
        foreach (var entry in entries)
        {
            _smplist.Append("  ").Append(entry.Id.PadRight(10)).Append("TYPE            = ").Append(TypeWord(entry.Type)).Append('\n');
            _smplist.Append("            STATUS          = ").Append(StatusWords(entry.Status)).Append('\n');
            if (entry.Fmid is not null)
            {
                _smplist.Append("            FMID            = ").Append(entry.Fmid).Append('\n');
            }
        }
    }

    public SmpeRun Finish(int returnCode, int appliesExecuted)
        => new(returnCode, _smpout.ToString(), _smprpt.ToString(), _smplist.ToString(), appliesExecuted);

    private void SysmodReport(string verb, IEnumerable<string> rows)
    {
        _smprpt.Append(SmpReportLayout.PageHeader(++_rptPage, Zone, now, "SMPRPT")).Append("\n\n");
        _smprpt.Append(SmpReportLayout.SysmodTitle(verb)).Append("\n\n").Append(SmpReportLayout.SysmodHeader).Append('\n');
        foreach (var row in rows)
        {
            _smprpt.Append(row).Append('\n');
        }
    }

    private static SysmodOutcomeStatus Outcome(SysmodStatus status) => status switch
    {
        SysmodStatus.Applied => SysmodOutcomeStatus.Applied,
        SysmodStatus.Accepted => SysmodOutcomeStatus.Accepted,
        SysmodStatus.Restored => SysmodOutcomeStatus.Restored,
        SysmodStatus.Held => SysmodOutcomeStatus.Held,
        SysmodStatus.Failed => SysmodOutcomeStatus.Failed,
        _ => SysmodOutcomeStatus.NotProcessed,
    };

    private static string? Reason(SysmodResult result)
    {
        var held = result.Holds.Where(h => !h.Bypassed).Select(h => $"{h.Category.ToString().ToUpperInvariant()} {h.Reason}");
        var reasons = result.Status switch
        {
            SysmodStatus.Superseded => ["SUPERSEDED"],
            SysmodStatus.AlreadyInstalled => ["ALREADY INSTALLED"],
            SysmodStatus.NotApplicable => ["NOT APPLICABLE"],
            SysmodStatus.Held => held,
            _ => result.Reasons.Select(r => r.Split(' ')[0]).Take(1),
        };
        var text = string.Join(' ', reasons);
        return text.Length == 0 ? null : text;
    }

    private static string TypeWord(SysmodType? type) => type?.ToString().ToUpperInvariant() ?? "UNKNOWN";

    private static string StatusWords(SysmodEntryStatus status) => status switch
    {
        SysmodEntryStatus.Received => "REC",
        SysmodEntryStatus.Applied => "APP",
        SysmodEntryStatus.Accepted => "ACC",
        _ => "SUP",
    };
}
