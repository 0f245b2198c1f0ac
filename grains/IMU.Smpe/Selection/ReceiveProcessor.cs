using System.Globalization;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>
/// RECEIVE against the in-memory global zone: SYSMODs whose <c>++VER</c>s name no known SREL/FMID
/// are not received, FUNCTIONs add their FMID, a higher REWORK re-receives, external HOLDDATA for
/// unknown FMIDs is N/A and <c>++RELEASE</c> only removes external holds.
/// </summary>
internal sealed class ReceiveProcessor(GlobalZoneModel global)
{
    private readonly List<ReceivedSysmod> _sysmods = [];
    private readonly List<HoldSummaryEntry> _holds = [];
    private int _rc;

    public ReceiveDelta Delta { get; } = new();

    public ReceiveResult Receive(IReadOnlyList<McsParseResult> sysmodStreams, IReadOnlyList<McsParseResult> holdStreams)
    {
        var errors = sysmodStreams.Concat(holdStreams).SelectMany(s => s.Errors).ToList();
        var incoming = sysmodStreams.SelectMany(s => s.Sysmods).ToList();

        // Functions first, so that service for a function in the same stream finds its FMID.
        foreach (var sysmod in incoming.Where(s => s.Type == SysmodType.Function).OrderBy(s => s.Vers.All(v => v.Fmid is null) ? 0 : 1))
        {
            ReceiveSysmod(sysmod);
        }

        foreach (var sysmod in incoming.Where(s => s.Type != SysmodType.Function))
        {
            ReceiveSysmod(sysmod);
        }

        foreach (var stream in sysmodStreams.Concat(holdStreams))
        {
            ReceiveHoldData(stream);
        }

        var order = incoming.Select((s, i) => (s.Id, i)).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        return new ReceiveResult
        {
            ReturnCode = errors.Count > 0 ? ReturnCodes.Error : _rc,
            Sysmods = [.. _sysmods.OrderBy(s => order[s.Id])],
            Holds = _holds,
            Errors = errors,
        };
    }

    private void ReceiveSysmod(Sysmod sysmod)
    {
        if (!sysmod.Vers.Any(v => v.Srels.Any(global.Srels.Contains) && (v.Fmid is null ? sysmod.Type == SysmodType.Function : global.Fmids.Contains(v.Fmid))))
        {
            _sysmods.Add(new ReceivedSysmod(sysmod.Id, sysmod.Type, ReceiveStatus.NotReceived, [
                SmpeMessages.UnknownSrelOrFmid(sysmod.Id, string.Join(',', global.Srels.Order(StringComparer.Ordinal))),
            ]));
            return;
        }

        var status = ReceiveStatus.Received;
        if (global.Sysmods.TryGetValue(sysmod.Id, out var existing))
        {
            if (ReworkLevel(sysmod.Rework) <= ReworkLevel(existing.Rework))
            {
                _sysmods.Add(new ReceivedSysmod(sysmod.Id, sysmod.Type, ReceiveStatus.AlreadyReceived, [SmpeMessages.AlreadyReceived(sysmod.Id)]));
                return;
            }

            status = ReceiveStatus.Reworked;
        }

        global.Sysmods[sysmod.Id] = sysmod;
        Delta.Sysmods[sysmod.Id] = sysmod;
        if (sysmod.Type == SysmodType.Function && global.Fmids.Add(sysmod.Id))
        {
            Delta.Fmids.Add(sysmod.Id);
        }

        _sysmods.Add(new ReceivedSysmod(sysmod.Id, sysmod.Type, status, []));
        foreach (var hold in sysmod.Holds)
        {
            _holds.Add(new HoldSummaryEntry(hold.SysmodId, hold.Fmid, hold.Category, hold.Reason, Release: false, Internal: true, HoldSummaryStatus.Held));
        }
    }

    private void ReceiveHoldData(McsParseResult stream)
    {
        // ++HOLD and ++RELEASE are processed in stream order: a release rescinds a hold read before it.
        var statements = stream.Holds.Select(h => (h.Location.Line, Hold: (HoldStatement?)h, Release: (ReleaseStatement?)null))
            .Concat(stream.Releases.Select(r => (r.Location.Line, Hold: (HoldStatement?)null, Release: (ReleaseStatement?)r)))
            .OrderBy(s => s.Line);
        foreach (var (_, hold, release) in statements)
        {
            if (hold is not null)
            {
                ReceiveHold(hold);
            }
            else
            {
                ReceiveRelease(release!);
            }
        }
    }

    private void ReceiveHold(HoldStatement hold)
    {
        var status = HoldSummaryStatus.NotApplicable;
        if (global.Fmids.Contains(hold.Fmid))
        {
            global.AddHold(hold);
            Delta.HoldData.Add((hold, null));
            status = HoldSummaryStatus.Held;
        }

        _holds.Add(new HoldSummaryEntry(hold.SysmodId, hold.Fmid, hold.Category, hold.Reason, Release: false, Internal: false, status));
    }

    private void ReceiveRelease(ReleaseStatement release)
    {
        HoldSummaryStatus status;
        var external = global.Holds.GetValueOrDefault(release.SysmodId);
        var received = global.Sysmods.GetValueOrDefault(release.SysmodId);
        if (!global.Fmids.Contains(release.Fmid))
        {
            status = HoldSummaryStatus.NotApplicable;
        }
        else if (external is not null && external.RemoveAll(h => h.Category == release.Category && h.Reason == release.Reason) > 0)
        {
            Delta.HoldData.Add((null, release));
            status = HoldSummaryStatus.Released;
        }
        else if (received is not null && received.Holds.Any(h => h.Category == release.Category && h.Reason == release.Reason))
        {
            status = HoldSummaryStatus.InternalHold;
        }
        else
        {
            status = external is { Count: > 0 } || received is not null ? HoldSummaryStatus.ReasonNotFound : HoldSummaryStatus.SysmodNotFound;
        }

        if (status is HoldSummaryStatus.InternalHold or HoldSummaryStatus.ReasonNotFound or HoldSummaryStatus.SysmodNotFound)
        {
            _rc = Math.Max(_rc, ReturnCodes.Warning);
        }

        _holds.Add(new HoldSummaryEntry(release.SysmodId, release.Fmid, release.Category, release.Reason, Release: true, Internal: false, status));
    }

    private static long ReworkLevel(string? rework) =>
        long.TryParse(rework, NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? level : 0;
}
