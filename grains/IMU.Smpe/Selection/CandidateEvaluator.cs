using IMU.Smpe.Commands;
using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;
using IMU.Smpe.Zones;

namespace IMU.Smpe.Selection;

/// <summary>
/// Decides one candidate's holds and requisites against what the command makes present (§7.6, §8.4).
/// A FIXCAT hold holds only when one of its categories is in the zone's FIXCAT interest list.
/// </summary>
internal sealed class CandidateEvaluator(GlobalZoneModel global, ZoneModel zone, CandidateSet candidates, BypassOptions bypass, IReadOnlyList<string> fixcatInterest)
{
    /// <summary>Re-evaluates the candidate; returns whether it will be present after the command.</summary>
    public bool Evaluate(Candidate c)
    {
        c.ResetEvaluation();
        if (c.HardFailed)
        {
            return false;
        }

        var superseder = candidates.InstallingSuperseder(c.Id, except: c);
        if (superseder is not null)
        {
            c.SupersededBy = superseder.Id;
            return true;
        }

        EvaluateHolds(c);
        var ok = !c.Held;
        if (c.FunctionInCommand is { } fmid && !candidates.IsFunctionPresent(fmid))
        {
            c.Reasons.Add(SmpeMessages.MissingFunction(c.Id, fmid));
            ok = false;
        }

        ok &= Requisites(c, "PRE", c.Ver.Pre, bypass.Pre);
        ok &= Requisites(c, "REQ", c.Ver.Req, bypass.Req);
        foreach (var condition in c.Sysmod.Ifs)
        {
            if (condition.Fmid != c.Id && candidates.IsFunctionPresent(condition.Fmid))
            {
                ok &= Requisites(c, "IFREQ", condition.Req, bypass.IfReq);
            }
        }

        if (c.IsFunction)
        {
            ok &= InstalledIfReqs(c);
        }

        foreach (var npre in c.Ver.Npre)
        {
            if (zone.IsInstalled(npre) || candidates.Find(npre) is { Installing: true })
            {
                c.Reasons.Add(SmpeMessages.Npre(npre, c.Id));
                ok = false;
            }
        }

        return ok;
    }

    public IEnumerable<HoldStatement> AllHolds(Candidate c) => c.Sysmod.Holds.Concat(global.ExternalHolds(c.Id));

    private void EvaluateHolds(Candidate c)
    {
        foreach (var hold in AllHolds(c))
        {
            if (IsResolved(hold) || (hold.Category == HoldCategory.Fixcat && !FixcatPattern.MatchesAny(fixcatInterest, hold.FixCategories)))
            {
                continue;
            }

            var bypassed = bypass.Bypasses(hold, c.Id);
            c.Holds.Add(new HoldResult(hold.Category, hold.Reason, bypassed));
            if (bypassed)
            {
                c.Reasons.Add(SmpeMessages.HoldBypassed(c.Id, hold.Category, hold.Reason));
                c.Warning = true;
                continue;
            }

            c.Held = true;
            c.Reasons.Add(SmpeMessages.Held(c.Id, hold.Category, hold.Reason));
            if (hold.Category is HoldCategory.Error or HoldCategory.Fixcat)
            {
                c.Missing.Add(hold.Reason);
            }

            if (hold.Resolver is { } resolver)
            {
                c.Missing.Add(resolver);
            }
        }
    }

    /// <summary>ERROR and FIXCAT holds are resolved by the reason ID (or its superseder) or the FIXCAT resolver being present.</summary>
    private bool IsResolved(HoldStatement hold) => hold.Category switch
    {
        HoldCategory.Error => candidates.IsPresent(hold.Reason),
        HoldCategory.Fixcat => candidates.IsPresent(hold.Reason) || (hold.Resolver is { } r && candidates.IsPresent(r)),
        _ => false,
    };

    /// <summary>
    /// IFREQ in the other direction: SYSMODs already in the zone whose <c>++IF FMID</c> names the
    /// function being installed now require their <c>++IF REQ</c> SYSMODs (§4). The zone keeps each
    /// installed SYSMOD's <c>++IF</c>s itself, so they count even after the global entry is gone.
    /// </summary>
    private bool InstalledIfReqs(Candidate function)
    {
        var ok = true;
        foreach (var (owner, req) in zone.IfRequisites(function.Id))
        {
            if (candidates.IsPresent(req))
            {
                continue;
            }

            if (bypass.IfReq)
            {
                function.Reasons.Add(SmpeMessages.RequisiteBypassed("IFREQ", req, function.Id));
                function.Warning = true;
                continue;
            }

            function.Reasons.Add(SmpeMessages.MissingIfReqOfInstalled(req, function.Id, owner));
            function.Missing.Add(req);
            ok = false;
        }

        return ok;
    }

    private bool Requisites(Candidate c, string kind, IReadOnlyList<string> ids, bool bypassed)
    {
        var ok = true;
        foreach (var id in ids)
        {
            if (candidates.IsPresent(id))
            {
                continue;
            }

            if (bypassed)
            {
                c.Reasons.Add(SmpeMessages.RequisiteBypassed(kind, id, c.Id));
                c.Warning = true;
                continue;
            }

            c.Reasons.Add(SmpeMessages.Missing(kind, id, c.Id));
            c.Missing.Add(id);
            ok = false;
        }

        return ok;
    }
}
