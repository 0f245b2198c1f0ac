using IMU.Smpe.Cntl;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;

namespace IMU.Zosmf;

/// <summary>
/// One SMP/E command to run in its own GIMSMP job: <c>SET BOUNDARY(zone)</c>, then the command, with
/// the MCS and HOLDDATA in-stream for RECEIVE. The command is the engine's SMPCNTL model, and its
/// SMPCNTL text is written (and so checked) when the job is created.
/// </summary>
public sealed record SmpeJob
{
    /// <summary>Creates a job, refusing what SMP/E would refuse or what cannot be sent in-stream.</summary>
    /// <param name="zone">The zone in <c>SET BOUNDARY</c>: <c>GLOBAL</c> for RECEIVE, the target zone for APPLY and RESTORE, the DLIB zone for ACCEPT.</param>
    /// <param name="command">RECEIVE, APPLY, ACCEPT, RESTORE or LIST.</param>
    /// <param name="smpptfin">RECEIVE only: the MCS (80-column records).</param>
    /// <param name="smphold">RECEIVE only: external HOLDDATA, or null for <c>SMPHOLD DD DUMMY</c>.</param>
    /// <exception cref="ArgumentException">The zone, the command or the in-stream data cannot be run.</exception>
    public SmpeJob(string zone, SmpCntlCommand command, string? smpptfin = null, string? smphold = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(command);
        if (command is not (ReceiveCommand or InstallCommand or ListCommand))
        {
            throw new ArgumentException($"{command.Name} is not run as a job of its own; a job runs RECEIVE, APPLY, ACCEPT, RESTORE or LIST.", nameof(command));
        }

        var global = zone == SmpeNames.GlobalZone;
        if (command is ReceiveCommand != global && command is not ListCommand)
        {
            throw new ArgumentException($"{command.Name} runs with SET BOUNDARY({(global ? "a target or DLIB zone" : SmpeNames.GlobalZone)}), not {zone}.", nameof(zone));
        }

        if ((command is ReceiveCommand) != (smpptfin is not null) || (smphold is not null && command is not ReceiveCommand))
        {
            throw new ArgumentException("SMPPTFIN and SMPHOLD data go with RECEIVE, and RECEIVE needs SMPPTFIN.", nameof(smpptfin));
        }

        Zone = zone;
        Command = command;
        Smpptfin = smpptfin;
        Smphold = string.IsNullOrWhiteSpace(smphold) ? null : smphold;
        Smpcntl = SmpCntlWriter.Write([new SetBoundaryCommand { Zone = zone }, command]);
    }

    /// <summary>The zone in <c>SET BOUNDARY</c>.</summary>
    public string Zone { get; }

    /// <summary>The SMP/E command.</summary>
    public SmpCntlCommand Command { get; }

    /// <summary>The SMPPTFIN content for RECEIVE, else null.</summary>
    public string? Smpptfin { get; }

    /// <summary>The SMPHOLD content for RECEIVE, or null for <c>SMPHOLD DD DUMMY</c>.</summary>
    public string? Smphold { get; }

    /// <summary>The SMPCNTL records: <c>SET BOUNDARY</c> and the command.</summary>
    public string Smpcntl { get; }

    /// <summary>The command verb as SMP/E prints it (RECEIVE, APPLY, ...).</summary>
    public string Verb => Command.Name;

    /// <summary>True for APPLY, ACCEPT and RESTORE with CHECK: they report and change nothing.</summary>
    public bool Check => Command is InstallCommand { Check: true };

    /// <summary>False when the job only reports (CHECK, LIST); such a job is safe to run twice.</summary>
    public bool ChangesZone => Command is ReceiveCommand || (Command is InstallCommand && !Check);

    /// <summary><c>RECEIVE SYSMODS [HOLDDATA] LIST</c> into the global zone.</summary>
    /// <param name="mcs">The SMPPTFIN content.</param>
    /// <param name="holdData">External HOLDDATA, or null.</param>
    public static SmpeJob Receive(string mcs, string? holdData = null)
    {
        ArgumentNullException.ThrowIfNull(mcs);
        var withHoldData = !string.IsNullOrWhiteSpace(holdData);
        return new SmpeJob(SmpeNames.GlobalZone, new ReceiveCommand { Sysmods = true, HoldData = withHoldData, List = true }, mcs, holdData);
    }

    /// <summary><c>APPLY SELECT(...) [GROUPEXTEND] [BYPASS(...)] [CHECK]</c> against a target zone.</summary>
    /// <param name="zone">The target zone.</param>
    /// <param name="select">The SYSMODs.</param>
    /// <param name="check">CHECK: report only.</param>
    /// <param name="groupExtend">GROUPEXTEND: add requisites and hold resolvers.</param>
    /// <param name="bypass">BYPASS operands in SMP/E's syntax, e.g. <c>HOLDSYSTEM(ACTION(UJ00001)) HOLDERROR(AA12345)</c>; read with the engine's BYPASS binder.</param>
    public static SmpeJob Apply(string zone, IReadOnlyList<string> select, bool check = false, bool groupExtend = false, string? bypass = null)
        => new(zone, new ApplyCommand { Select = Selection(select), Check = check, GroupExtend = groupExtend, Bypass = Bypass(bypass) });

    /// <summary><c>ACCEPT SELECT(...) [GROUPEXTEND] [BYPASS(...)] [CHECK]</c> against a distribution zone.</summary>
    /// <param name="zone">The DLIB zone.</param>
    /// <param name="select">The SYSMODs.</param>
    /// <param name="check">CHECK: report only.</param>
    /// <param name="groupExtend">GROUPEXTEND: add requisites and hold resolvers.</param>
    /// <param name="bypass">BYPASS operands in SMP/E's syntax.</param>
    public static SmpeJob Accept(string zone, IReadOnlyList<string> select, bool check = false, bool groupExtend = false, string? bypass = null)
        => new(zone, new AcceptCommand { Select = Selection(select), Check = check, GroupExtend = groupExtend, Bypass = Bypass(bypass) });

    /// <summary><c>RESTORE SELECT(...) [GROUP] [CHECK]</c>: back applied SYSMODs out to the DLIB level.</summary>
    /// <param name="zone">The target zone.</param>
    /// <param name="select">The SYSMODs.</param>
    /// <param name="check">CHECK: report only.</param>
    /// <param name="group">GROUP: also restore what would otherwise be left behind.</param>
    public static SmpeJob Restore(string zone, IReadOnlyList<string> select, bool check = false, bool group = false)
        => new(zone, new RestoreCommand { Select = Selection(select), Check = check, Group = group });

    /// <summary><c>LIST SYSMODS</c> (every SYSMOD entry) or <c>LIST SYSMODS(...)</c>.</summary>
    /// <param name="zone">The zone.</param>
    /// <param name="sysmods">The SYSMODs to list; null or empty lists every entry.</param>
    public static SmpeJob List(string zone, IReadOnlyList<string>? sysmods = null)
        => new(zone, sysmods is { Count: > 0 }
            ? new ListCommand { Operands = [new SmpeOperand("SYSMODS", sysmods.Select(id => new SmpeOperand(id, [])).ToList())] }
            : new ListCommand { Sysmods = true });

    private static IReadOnlyList<string> Selection(IReadOnlyList<string> select)
    {
        ArgumentNullException.ThrowIfNull(select);
        return select.Count > 0 ? select : throw new ArgumentException("SELECT needs at least one SYSMOD.", nameof(select));
    }

    private static IReadOnlyList<SmpeOperand> Bypass(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var read = SmpeOperandReader.Read(text, "bypass");
        var operands = read.Operands is [{ Keyword: "BYPASS", Operands.Count: > 0 } bypass] ? bypass.Operands : read.Operands;
        var errors = read.Errors.Count > 0 ? read.Errors : BypassOperands.Bind(operands, new SourceLocation("bypass", 1, 1)).Errors;
        return errors.Count == 0 ? operands : throw new ArgumentException($"BYPASS '{text}': {errors[0].Message}.", nameof(text));
    }
}
