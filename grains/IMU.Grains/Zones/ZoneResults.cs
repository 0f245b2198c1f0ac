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
        SysmodOutcomeStatus.Received => new(outcome.SysmodId, ZoneSysmodOutcome.Received, outcome.Reason),
        SysmodOutcomeStatus.Applied => new(outcome.SysmodId, ZoneSysmodOutcome.Applied, outcome.Reason),
        SysmodOutcomeStatus.Accepted => new(outcome.SysmodId, ZoneSysmodOutcome.Accepted, outcome.Reason),
        SysmodOutcomeStatus.Restored => new(outcome.SysmodId, ZoneSysmodOutcome.Restored, outcome.Reason),
        SysmodOutcomeStatus.Held => new(outcome.SysmodId, ZoneSysmodOutcome.Held, outcome.Reason),
        SysmodOutcomeStatus.Failed => new(outcome.SysmodId, ZoneSysmodOutcome.Failed, outcome.Reason),
        _ when outcome.Reason is "ALREADY INSTALLED" or "SUPERSEDED" => new(outcome.SysmodId, ZoneSysmodOutcome.AlreadyApplied, outcome.Reason),
        _ => new(outcome.SysmodId, ZoneSysmodOutcome.NotProcessed, outcome.Reason),
    };

    /// <summary>RECEIVE reports only what it stored; a SYSMOD the global zone already had is simply received.</summary>
    private static ZoneSysmodOutcome Missing(ZoneStepKind kind, SmpeJobResult job) =>
        kind == ZoneStepKind.Receive && job.Succeeded ? ZoneSysmodOutcome.Received : ZoneSysmodOutcome.Failed;

    private static string FirstError(SmpeJobResult job) =>
        job.Messages.FirstOrDefault(m => m.Severity >= GimSeverity.Error) is { } message ? $": {message.Id} {message.Text}" : string.Empty;
}
