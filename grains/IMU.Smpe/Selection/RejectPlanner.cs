using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>
/// Decides a REJECT (smpe-reference.md §8.5): SELECT removes received SYSMODs that no zone has installed
/// or superseded; PURGE removes the entries of accepted SYSMODs that no zone could still RESTORE. External
/// HOLDDATA stays (it outlives the SYSMOD entry), and so does what the zones recorded at install.
/// </summary>
internal sealed class RejectPlanner(CsiStore store, Func<string, ZoneDefinition?> dlibOf, RejectOptions options)
{
    public (List<SysmodResult> Results, List<string> Rejected, int ReturnCode) Plan()
    {
        var results = new List<SysmodResult>();
        var rejected = new List<string>();
        var rc = ReturnCodes.Ok;
        var ids = options.Purge ? store.AcceptedIds().Where(id => store.Received(id).Received) : options.Select.Distinct(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var entries = store.ZoneEntriesOf(id);
            if (options.Purge)
            {
                if (entries.All(e => e.Status != SysmodEntryStatus.Applied || dlibOf(e.Zone) is { } dlib && entries.Contains((dlib.Name, SysmodEntryStatus.Accepted))))
                {
                    rejected.Add(id);
                    results.Add(new SysmodResult { Id = id, Status = SysmodStatus.Rejected, Reasons = [SmpeMessages.Purged(id)] });
                }
            }
            else if (!store.Received(id).Received)
            {
                rc = Math.Max(rc, ReturnCodes.Warning);
                results.Add(new SysmodResult { Id = id, Status = SysmodStatus.NotApplicable, Reasons = [SmpeMessages.RejectNotReceived(id)] });
            }
            else if (entries.FirstOrDefault(e => e.Status != SysmodEntryStatus.Received) is { Zone: not null } installed)
            {
                rc = Math.Max(rc, ReturnCodes.Error);
                results.Add(new SysmodResult { Id = id, Status = SysmodStatus.Failed, Reasons = [SmpeMessages.RejectInstalled(id, installed.Zone, installed.Status)] });
            }
            else
            {
                rejected.Add(id);
                results.Add(new SysmodResult { Id = id, Status = SysmodStatus.Rejected, Reasons = [SmpeMessages.Rejected(id)] });
            }
        }

        return (results, rejected, rc);
    }
}
