using IMU.Smpe.Commands;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Zosmf.Simulator.Smpe;

/// <summary>
/// Prints one GIMSMP step's SMPOUT, SMPRPT and SMPLIST in SMP/E's own layouts (SMP/E Commands,
/// "Reports": the SYSMOD status report, the RECEIVE summary report, the element summary report; and
/// LIST output), with ASA carriage control in column 1 and SMP/E's message format
/// <c>GIMnnnnnv yy text</c> (yy is <c>**</c> for E, S and T messages).
/// </summary>
internal sealed class SmpeSpoolWriter(DateTimeOffset now)
{
    private const string StatusHeader = "SYSMOD   STATUS    TYPE      FMID      REQUISITE SYSMODS, SUPBY SYSMODS, HOLD REASON-IDS, AND CAUSER SYSMODS";
    private const string ReceiveHeader = "SYSMOD   STATUS        TYPE      SOURCEID  FEATURE   STATUS FIELD COMMENTS";
    private const string ElementHeader1 = "ELEMENT  ELEMENT  ELEMENT  CURRENT CURRENT DISTLIB SYSLIB  ASSEM    LOAD     LMOD    SYSMOD   SYSMOD";
    private const string ElementHeader2 = "TYPE     NAME     STATUS   FMID    RMID    LIBRARY LIBRARY NAMES    MODULE   SYSLIB  NAME     STATUS";

    private readonly AsaPrinter _smpout = new();
    private readonly AsaPrinter _smprpt = new();
    private readonly AsaPrinter _smplist = new();
    private int _outPage;
    private int _rptPage;
    private int _listPage;

    /// <summary>The zone set by the last SET BOUNDARY, for the page headers.</summary>
    public (string Type, string Name) Zone { get; set; } = ("GLOBAL", "GLOBAL");

    /// <summary>Prints a message already formatted as <c>ID TEXT</c> (the engine's and the simulator's catalogues).</summary>
    public void Message(string formatted)
    {
        if (_smpout.IsEmpty)
        {
            _smpout.Page(PageHeader(++_outPage, "SMPOUT"));
        }

        var space = formatted.IndexOf(' ', StringComparison.Ordinal);
        var (id, text) = space < 0 ? (formatted, string.Empty) : (formatted[..space], formatted[(space + 1)..]);
        var highlight = id.Length > 0 && id[^1] is 'E' or 'S' or 'T' ? "**" : "  ";
        _smpout.Line($"{id} {highlight} {text}");
    }

    /// <summary>The RECEIVE summary report; returns the history words per SYSMOD.</summary>
    public IReadOnlyDictionary<string, string> Receive(ReceiveResult result)
    {
        var rows = result.Sysmods.Select(s => (s.Id, Status: s.Status is ReceiveStatus.Received or ReceiveStatus.Reworked ? "RECEIVED" : "NOT RECEIVED", s.Type, Comment: Comment(s))).ToList();
        Report("RECEIVE SUMMARY REPORT", ReceiveHeader);
        foreach (var row in rows)
        {
            _smprpt.Line($"{row.Id,-7}  {row.Status,-12}  {TypeWord(row.Type),-8}  {string.Empty,-8}  {string.Empty,-8}  {row.Comment}".TrimEnd());
        }

        return rows.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Status, StringComparer.Ordinal);
    }

    /// <summary>A RECEIVE that failed as a whole: every SYSMOD in SMPPTFIN, not received.</summary>
    public IReadOnlyDictionary<string, string> ReceiveFailed(IEnumerable<Sysmod> sysmods, string comment)
    {
        Report("RECEIVE SUMMARY REPORT", ReceiveHeader);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sysmod in sysmods)
        {
            _smprpt.Line($"{sysmod.Id,-7}  {"NOT RECEIVED",-12}  {TypeWord(sysmod.Type),-8}  {string.Empty,-8}  {string.Empty,-8}  {comment}");
            words[sysmod.Id] = "NOT RECEIVED";
        }

        return words;
    }

    /// <summary>
    /// The SYSMOD status report and element summary report of APPLY, ACCEPT or RESTORE. SYSMODs the
    /// command did not select (already installed, not applicable) get their SMPOUT message only.
    /// </summary>
    public IReadOnlyDictionary<string, string> Command(string verb, CommandResult result, Func<string, (SysmodType? Type, string? Fmid)> describe)
    {
        foreach (var message in result.Messages.Concat(result.Sysmods.SelectMany(s => s.Reasons)))
        {
            Message(message);
        }

        Report($"SYSMOD STATUS REPORT FOR {verb} PROCESSING", null);
        _smprpt.Line("NOTE:  '-' INDICATES THE REQUISITE SYSMOD OR HOLD CONDITION IS NOT SATISFIED");
        _smprpt.Line("       '*' INDICATES THE NON SATISFIED REQUISITE SYSMOD OR HOLD CONDITION IS BYPASSED");
        _smprpt.Skip();
        _smprpt.Line(StatusHeader);
        _smprpt.Skip();
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var sysmod in result.Sysmods)
        {
            var word = StatusWord(sysmod.Status);
            words[sysmod.Id] = word ?? HistoryWord(sysmod.Status);
            if (word is null)
            {
                continue;
            }

            var (type, fmid) = describe(sysmod.Id);
            var holds = string.Join("  ", sysmod.Holds.Select(h => (h.Bypassed ? "*" : "-") + h.Reason));
            _smprpt.Line($"{sysmod.Id,-7}  {word,-8}  {TypeWord(type),-8}  {fmid,-7}   {holds}".TrimEnd());
        }

        if (result.Elements.Count > 0)
        {
            Report($"ELEMENT SUMMARY REPORT FOR {verb}{(result.Check ? " CHECK" : string.Empty)} PROCESSING", null);
            _smprpt.Line(ElementHeader1);
            _smprpt.Line(ElementHeader2);
            _smprpt.Skip();
            var done = verb switch
            {
                "APPLY" => "APPLIED",
                "ACCEPT" => "ACCEPTED",
                _ => "RESTORED",
            };
            foreach (var element in result.Elements)
            {
                var sysmod = element.Umids.Count > 0 ? element.Umids[^1] : element.Rmid;
                _smprpt.Line($"{element.Type,-8} {element.Name,-8} {done,-8} {element.Fmid,-7} {element.Rmid,-7} {element.DistLib,-7} {element.SysLib,-7} {string.Empty,-8} {string.Empty,-8} {string.Empty,-5}   {sysmod,-7}  {words.GetValueOrDefault(sysmod, done)}".TrimEnd());
            }
        }

        return words;
    }

    /// <summary>A command that failed before the engine ran it (a simulated utility failure): its SYSMODs NOGO.</summary>
    public IReadOnlyDictionary<string, string> CommandFailed(string verb, IReadOnlyList<string> selected, Func<string, (SysmodType? Type, string? Fmid)> describe)
    {
        Report($"SYSMOD STATUS REPORT FOR {verb} PROCESSING", null);
        _smprpt.Line(StatusHeader);
        _smprpt.Skip();
        foreach (var id in selected)
        {
            var (type, fmid) = describe(id);
            _smprpt.Line($"{id,-7}  {"NOGO",-8}  {TypeWord(type),-8}  {fmid}".TrimEnd());
        }

        return selected.Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => "NOGO", StringComparer.Ordinal);
    }

    /// <summary>LIST SYSMODS output; returns the entry status per SYSMOD.</summary>
    public IReadOnlyDictionary<string, string> List(string zone, IEnumerable<SysmodEntry> entries)
    {
        _smplist.Page(PageHeader(++_listPage, "SMPLIST"));
        _smplist.Line($"{zone,-8} SYSMOD ENTRIES");
        _smplist.Skip();
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var status = EntryStatus(entry.Status);
            words[entry.Id] = status;
            _smplist.Skip();
            _smplist.Line($"{entry.Id,-8} TYPE            = {TypeWord(entry.Type)}");
            _smplist.Line($"         STATUS          = {status}");
            if (entry.Fmid is not null)
            {
                _smplist.Line($"         FMID            = {entry.Fmid}");
            }

            if (entry.SupBy.Count > 0)
            {
                _smplist.Line($"         SUPBY           = {string.Join(' ', entry.SupBy)}");
            }
        }

        return words;
    }

    public (string SmpOut, string SmpRpt, string SmpList) Finish() => (_smpout.ToString(), _smprpt.ToString(), _smplist.ToString());

    /// <summary>The status report word SMP/E prints, or null for a SYSMOD the command did not select.</summary>
    private static string? StatusWord(SysmodStatus status) => status switch
    {
        SysmodStatus.Applied => "APPLIED",
        SysmodStatus.Accepted => "ACCEPTED",
        SysmodStatus.Restored => "RESTORED",
        SysmodStatus.Held => "HELD",
        SysmodStatus.Failed => "NOGO",
        SysmodStatus.Superseded => "SUPD",
        _ => null,
    };

    private static string HistoryWord(SysmodStatus status) => status switch
    {
        SysmodStatus.AlreadyInstalled => "ALREADY INSTALLED",
        SysmodStatus.NotApplicable => "NOT APPLICABLE",
        _ => status.ToString().ToUpperInvariant(),
    };

    private static string Comment(ReceivedSysmod sysmod) => sysmod.Status switch
    {
        ReceiveStatus.AlreadyReceived => "SYSMOD ALREADY RECEIVED",
        ReceiveStatus.Reworked => "REWORKED SYSMOD REPLACED THE EARLIER LEVEL",
        ReceiveStatus.NotReceived => string.Join(' ', sysmod.Reasons),
        _ => string.Empty,
    };

    private static string TypeWord(SysmodType? type) => type switch
    {
        SysmodType.Function => "FUNCTION",
        SysmodType.Ptf => "PTF",
        SysmodType.Apar => "APAR",
        SysmodType.Usermod => "USERMOD",
        _ => string.Empty,
    };

    private static string EntryStatus(SysmodEntryStatus status) => status switch
    {
        SysmodEntryStatus.Received => "REC",
        SysmodEntryStatus.Applied => "APP",
        SysmodEntryStatus.Accepted => "ACC",
        _ => "SUP",
    };

    private void Report(string title, string? header)
    {
        _smprpt.Page(PageHeader(++_rptPage, "SMPRPT"));
        _smprpt.Skip();
        _smprpt.Line(new string(' ', 17) + title);
        _smprpt.Skip();
        if (header is not null)
        {
            _smprpt.Line(string.Empty);
            _smprpt.Line(header);
            _smprpt.Skip();
        }
    }

    private string PageHeader(int page, string ddName)
        => $"PAGE {page:0000}  - NOW SET TO {Zone.Type} ZONE {Zone.Name,-7}  DATE {now:MM/dd/yy} TIME {now:HH:mm:ss} SMP/E 37.25 {ddName} OUTPUT";
}
