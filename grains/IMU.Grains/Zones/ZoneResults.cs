using IMU.Grains.Models;
using IMU.Zosmf.Results;

namespace IMU.Grains.Zones;

/// <summary>Turns what a GIMSMP job reported (and what LIST shows of the zone) into a zone step's result.</summary>
internal static class ZoneResults
{
    /// <summary>Maps a job's SMPRPT summary onto the step's SYSMODs.</summary>
    public static ZoneStepResult FromJob(ZoneStep step, SmpeJobResult job)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(job);
        var reported = job.Sysmods.ToDictionary(s => s.SysmodId, StringComparer.Ordinal);
        var ran = job.Completion == JobCompletion.ConditionCode;
        var sysmods = step.Sysmods.Select(id => reported.TryGetValue(id, out var outcome)
            ? FromOutcome(outcome)
            : new ZoneSysmodResult(id, Missing(step.Kind, job), ran ? null : job.Retcode)).ToArray();
        return new ZoneStepResult
        {
            OperationId = step.OperationId,
            Zone = step.Zone,
            Kind = step.Kind,
            Succeeded = job.Succeeded,
            Sysmods = sysmods,
            Error = ran
                ? job.Succeeded ? null : $"{job.Retcode} from job {job.JobName}({job.JobId}){FirstError(job)}"
                : $"{job.Retcode}: job {job.JobName}({job.JobId}) did not run to its end",
            Job = $"{job.JobName}({job.JobId})",
        };
    }

    /// <summary>
    /// After a job that ended abnormally (the zone may be partly updated), or after a restart, what LIST
    /// shows wins: a SYSMOD the zone has applied is applied, whatever the job said.
    /// </summary>
    public static ZoneStepResult Reconcile(ZoneStepResult result, IReadOnlyDictionary<string, ZoneSysmodEntry> listed) => result with
    {
        Sysmods = [.. result.Sysmods.Select(s => listed.TryGetValue(s.Id, out var entry) && entry.IsApplied && s.Outcome != ZoneSysmodOutcome.Applied
            ? new ZoneSysmodResult(s.Id, ZoneSysmodOutcome.Applied, "LIST shows it applied")
            : s)],
    };

    /// <summary>SYSMODs APPLY (or APPLY CHECK) left out of its status report: LIST says whether the zone has them already.</summary>
    public static ZoneStepResult AlreadyThere(ZoneStepResult result, IReadOnlyDictionary<string, ZoneSysmodEntry> listed, IReadOnlySet<string> unreported) => result with
    {
        Sysmods = [.. result.Sysmods.Select(s => !unreported.Contains(s.Id)
            ? s
            : listed.TryGetValue(s.Id, out var entry) && entry.IsApplied
                ? new ZoneSysmodResult(s.Id, ZoneSysmodOutcome.AlreadyApplied, "already in the zone (LIST)")
                : new ZoneSysmodResult(s.Id, ZoneSysmodOutcome.Failed, "not in the SYSMOD status report, and LIST does not show it applied"))],
    };

    /// <summary>A step already done before a restart: LIST shows every selected SYSMOD applied.</summary>
    public static ZoneStepResult Done(ZoneStep step) => new()
    {
        OperationId = step.OperationId,
        Zone = step.Zone,
        Kind = step.Kind,
        Succeeded = true,
        Sysmods = [.. step.Sysmods.Select(id => new ZoneSysmodResult(id, ZoneSysmodOutcome.Applied, "LIST shows it applied"))],
    };

    /// <summary>A step that could not be run at all.</summary>
    public static ZoneStepResult Failed(ZoneStep step, string error) => new()
    {
        OperationId = step.OperationId,
        Zone = step.Zone,
        Kind = step.Kind,
        Succeeded = false,
        Sysmods = [.. step.Sysmods.Select(id => new ZoneSysmodResult(id, ZoneSysmodOutcome.Failed, error))],
        Error = error,
    };

    private static ZoneSysmodResult FromOutcome(SysmodOutcome outcome) => outcome.Status switch
    {
        SysmodOutcomeStatus.Received => new(outcome.SysmodId, ZoneSysmodOutcome.Received, outcome.Detail),
        SysmodOutcomeStatus.NotReceived when outcome.Detail?.Contains("ALREADY RECEIVED", StringComparison.Ordinal) == true => new(outcome.SysmodId, ZoneSysmodOutcome.Received, outcome.Detail),
        SysmodOutcomeStatus.Applied => new(outcome.SysmodId, ZoneSysmodOutcome.Applied, outcome.Detail),
        SysmodOutcomeStatus.Accepted => new(outcome.SysmodId, ZoneSysmodOutcome.Accepted, outcome.Detail),
        SysmodOutcomeStatus.Restored => new(outcome.SysmodId, ZoneSysmodOutcome.Restored, outcome.Detail),
        SysmodOutcomeStatus.Held => new(outcome.SysmodId, ZoneSysmodOutcome.Held, outcome.Detail),
        SysmodOutcomeStatus.Superseded => new(outcome.SysmodId, ZoneSysmodOutcome.AlreadyApplied, "SUPD: superseded by a SYSMOD of the same command"),
        SysmodOutcomeStatus.NoGo when outcome.StatusText.Contains("(H)", StringComparison.Ordinal) => new(outcome.SysmodId, ZoneSysmodOutcome.NotProcessed, $"{outcome.StatusText} {outcome.Detail}".TrimEnd()),
        _ => new(outcome.SysmodId, ZoneSysmodOutcome.Failed, Words(outcome)),
    };

    /// <summary>The status and its detail, the status once when the detail repeats it.</summary>
    private static string Words(SysmodOutcome outcome) =>
        outcome.Detail is { } detail && detail.StartsWith(outcome.StatusText, StringComparison.Ordinal) ? detail : $"{outcome.StatusText} {outcome.Detail}".TrimEnd();

    /// <summary>RECEIVE reports what it stored; a SYSMOD missing from APPLY's status report is decided by LIST (it may be installed already).</summary>
    private static ZoneSysmodOutcome Missing(ZoneStepKind kind, SmpeJobResult job) =>
        kind == ZoneStepKind.Receive && job.Succeeded ? ZoneSysmodOutcome.Received : ZoneSysmodOutcome.Failed;

    private static string FirstError(SmpeJobResult job) =>
        job.Messages.FirstOrDefault(m => m.Severity >= GimSeverity.Error) is { } message ? $": {message.Id} {message.Text}" : string.Empty;
}
