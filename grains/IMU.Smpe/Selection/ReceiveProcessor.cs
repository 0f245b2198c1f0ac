using System.Globalization;
using System.Text.Json;
using IMU.Smpe.Activation;
using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>
/// RECEIVE, streaming: SYSMODs are taken one read result at a time and written to the global zone
/// as they come (inside the command's one transaction), so memory is bounded by what the reader hands
/// over at once, not by the input. SYSMODs whose <c>++VER</c>s name no known SREL/FMID are not
/// received, FUNCTIONs add their FMID, a higher REWORK re-receives, external HOLDDATA for unknown
/// FMIDs is N/A and <c>++RELEASE</c> only removes external holds.
/// </summary>
/// <remarks>
/// Service may come before its function in SMPPTFIN, and external holds in SMPPTFIN may name a
/// function received later in it: both wait in a temporary table until every SYSMOD is in, and are
/// decided then, as if functions had come first (a hold for a known FMID is decided at once, as it
/// would be then). HOLDDATA (SMPHOLD) is processed after SMPPTFIN.
/// </remarks>
internal sealed class ReceiveProcessor(CsiStore store)
{
    private const string SpilledSysmod = "SYSMOD";
    private const string SpilledHold = "HOLD";
    private const string SpilledRelease = "RELEASE";

    private readonly List<ReceivedSysmod?> _sysmods = [];
    /// <summary>The internal holds of received SYSMODs; the summary lists them before the external ones.</summary>
    private readonly List<HoldSummaryEntry> _holds = [];
    private readonly List<HoldSummaryEntry> _externalHolds = [];
    private readonly List<SmpeError> _errors = [];
    private readonly HashSet<string> _srels = store.Srels();
    private readonly HashSet<string> _fmids = store.Fmids();

    /// <summary>FIXCAT HOLDDATA from earlier RECEIVEs, whose RESOLVERs get its fix categories when they arrive.</summary>
    private readonly bool _fixcatHolds = store.HasFixcatHolds();
    private int _rc;
    private bool _deferring;

    public ReceiveResult Receive(IEnumerable<McsParseResult> sysmodStreams, IEnumerable<McsParseResult> holdStreams)
    {
        store.BeginSpill();
        foreach (var chunk in sysmodStreams)
        {
            _errors.AddRange(chunk.Errors);
            if (chunk.Refused)
            {
                return Refused();
            }

            var first = _sysmods.Count;
            _sysmods.AddRange(new ReceivedSysmod?[chunk.Sysmods.Count]);

            // Within what arrives together, base functions first, then dependent ones, then service.
            foreach (var (sysmod, i) in chunk.Sysmods.Select((s, i) => (s, i)).OrderBy(p => Rank(p.s)))
            {
                if (!TryReceive(sysmod, first + i))
                {
                    store.Spill(SpilledSysmod, first + i, JsonSerializer.Serialize(sysmod, CsiJsonContext.Default.Sysmod));
                }
            }

            foreach (var (_, hold, release) in InStreamOrder(chunk))
            {
                // A hold whose FMID is known, with nothing before it waiting, is decided as it would be at
                // the end: FMIDs are only ever added. The first one that must wait makes all after it wait,
                // so holds and releases are still decided in stream order.
                if (!_deferring && hold is not null && _fmids.Contains(hold.Fmid))
                {
                    ReceiveHold(hold);
                    continue;
                }

                _deferring = true;
                store.Spill(
                    hold is not null ? SpilledHold : SpilledRelease,
                    0,
                    hold is not null ? JsonSerializer.Serialize(hold, CsiJsonContext.Default.HoldStatement) : JsonSerializer.Serialize(release!, CsiJsonContext.Default.ReleaseStatement));
            }
        }

        ReceiveDeferredSysmods();
        foreach (var (kind, json) in store.SpilledExcept(SpilledSysmod))
        {
            if (kind == SpilledHold)
            {
                ReceiveHold(JsonSerializer.Deserialize(json, CsiJsonContext.Default.HoldStatement)!);
            }
            else
            {
                ReceiveRelease(JsonSerializer.Deserialize(json, CsiJsonContext.Default.ReleaseStatement)!);
            }
        }

        store.EndSpill();
        foreach (var chunk in holdStreams)
        {
            _errors.AddRange(chunk.Errors);
            if (chunk.Refused)
            {
                return Refused();
            }

            foreach (var (_, hold, release) in InStreamOrder(chunk))
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

        return new ReceiveResult
        {
            ReturnCode = _errors.Count > 0 ? ReturnCodes.Error : _rc,
            Sysmods = [.. _sysmods.OfType<ReceivedSysmod>()],
            Holds = [.. _holds, .. _externalHolds],
            Errors = _errors,
        };
    }

    /// <summary>
    /// A file that is not MCS at all (a record too long for card images, a byte-order mark) fails the
    /// whole command, as an unreadable SMPPTFIN would: RC 12 and nothing received (the caller rolls back).
    /// </summary>
    private ReceiveResult Refused() => new() { ReturnCode = ReturnCodes.Severe, Errors = _errors };

    private static int Rank(Sysmod sysmod) => sysmod.Type != SysmodType.Function ? 2 : sysmod.Vers.All(v => v.Fmid is null) ? 0 : 1;

    /// <summary>++HOLD and ++RELEASE in stream order: a release rescinds a hold read before it.</summary>
    private static IEnumerable<(int Line, HoldStatement? Hold, ReleaseStatement? Release)> InStreamOrder(McsParseResult chunk) =>
        chunk.Holds.Select(h => (h.Location.Line, Hold: (HoldStatement?)h, Release: (ReleaseStatement?)null))
            .Concat(chunk.Releases.Select(r => (r.Location.Line, Hold: (HoldStatement?)null, Release: (ReleaseStatement?)r)))
            .OrderBy(s => s.Line);

    /// <summary>Service whose function came later: decided again until a pass receives nothing more.</summary>
    private void ReceiveDeferredSysmods()
    {
        var progress = true;
        while (progress)
        {
            progress = false;
            foreach (var (seq, position) in store.Spilled(SpilledSysmod))
            {
                if (TryReceive(SpilledSysmodAt(seq), position))
                {
                    store.Unspill(seq);
                    progress = true;
                }
            }
        }

        foreach (var (seq, position) in store.Spilled(SpilledSysmod))
        {
            var sysmod = SpilledSysmodAt(seq);
            _sysmods[position] = new ReceivedSysmod(sysmod.Id, sysmod.Type, ReceiveStatus.NotReceived, [
                SmpeMessages.UnknownSrelOrFmid(sysmod.Id, string.Join(',', _srels.Order(StringComparer.Ordinal))),
            ]);
        }
    }

    private Sysmod SpilledSysmodAt(long seq) => JsonSerializer.Deserialize(store.SpilledJson(seq), CsiJsonContext.Default.Sysmod)!;

    /// <summary>Receives the SYSMOD when one of its <c>++VER</c>s fits the global zone; false when it must wait.</summary>
    private bool TryReceive(Sysmod sysmod, int position)
    {
        if (!sysmod.Vers.Any(v => v.Srels.Any(_srels.Contains) && (v.Fmid is null ? sysmod.Type == SysmodType.Function : _fmids.Contains(v.Fmid))))
        {
            return false;
        }

        var status = ReceiveStatus.Received;
        var (received, rework) = store.Received(sysmod.Id);
        if (received)
        {
            if (ReworkLevel(sysmod.Rework) <= ReworkLevel(rework))
            {
                _sysmods[position] = new ReceivedSysmod(sysmod.Id, sysmod.Type, ReceiveStatus.AlreadyReceived, [SmpeMessages.AlreadyReceived(sysmod.Id)]);
                return true;
            }

            status = ReceiveStatus.Reworked;
        }

        store.SaveSysmod(sysmod, ActivationClassifier.Classify(sysmod, sysmod.Holds, _ => null), replaces: received);
        if (sysmod.Type == SysmodType.Function && _fmids.Add(sysmod.Id))
        {
            store.SaveFmid(sysmod.Id);
        }

        if (_fixcatHolds)
        {
            foreach (var category in store.FixcatHoldsResolvedBy(sysmod.Id).SelectMany(h => h.FixCategories))
            {
                store.AddSourceId(category, sysmod.Id);
            }
        }

        _sysmods[position] = new ReceivedSysmod(sysmod.Id, sysmod.Type, status, []);
        foreach (var hold in sysmod.Holds)
        {
            _holds.Add(new HoldSummaryEntry(hold.SysmodId, hold.Fmid, hold.Category, hold.Reason, Release: false, Internal: true, HoldSummaryStatus.Held));
        }

        return true;
    }

    private void ReceiveHold(HoldStatement hold)
    {
        var status = HoldSummaryStatus.NotApplicable;
        if (_fmids.Contains(hold.Fmid))
        {
            store.SaveHold(hold);
            status = HoldSummaryStatus.Held;

            // Fix categories become SOURCEIDs of the fixing PTF, so that APPLY SOURCEID(category) finds it.
            if (hold is { Category: HoldCategory.Fixcat, Resolver: { } resolver })
            {
                foreach (var category in hold.FixCategories)
                {
                    store.AddSourceId(category, resolver);
                }
            }
        }

        _externalHolds.Add(new HoldSummaryEntry(hold.SysmodId, hold.Fmid, hold.Category, hold.Reason, Release: false, Internal: false, status));
    }

    private void ReceiveRelease(ReleaseStatement release)
    {
        HoldSummaryStatus status;
        if (!_fmids.Contains(release.Fmid))
        {
            status = HoldSummaryStatus.NotApplicable;
        }
        else if (store.DeleteHold(release) > 0)
        {
            status = HoldSummaryStatus.Released;
        }
        else if (store.HasInternalHold(release.SysmodId, release.Category, release.Reason))
        {
            status = HoldSummaryStatus.InternalHold;
        }
        else
        {
            status = store.ExternalHolds(release.SysmodId).Count > 0 || store.Received(release.SysmodId).Received
                ? HoldSummaryStatus.ReasonNotFound
                : HoldSummaryStatus.SysmodNotFound;
        }

        if (status is HoldSummaryStatus.InternalHold or HoldSummaryStatus.ReasonNotFound or HoldSummaryStatus.SysmodNotFound)
        {
            _rc = Math.Max(_rc, ReturnCodes.Warning);
        }

        _externalHolds.Add(new HoldSummaryEntry(release.SysmodId, release.Fmid, release.Category, release.Reason, Release: true, Internal: false, status));
    }

    private static long ReworkLevel(string? rework) =>
        long.TryParse(rework, NumberStyles.None, CultureInfo.InvariantCulture, out var level) ? level : 0;
}
