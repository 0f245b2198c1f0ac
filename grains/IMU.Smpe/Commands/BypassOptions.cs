using IMU.Smpe.HoldData;

namespace IMU.Smpe.Commands;

/// <summary>
/// The <c>BYPASS(...)</c> operand of APPLY and ACCEPT: which holds, requisite checks and MODID checks
/// to override. Bypassed holds are still reported. <see cref="BypassOperands"/> reads it from SMP/E's
/// operand text.
/// </summary>
public sealed record BypassOptions
{
    /// <summary>No BYPASS operand.</summary>
    public static BypassOptions None { get; } = new();

    /// <summary><c>HOLDSYSTEM</c> (abbreviated <c>HOLDSYS</c>), or null.</summary>
    public HoldBypass? HoldSystem { get; init; }

    /// <summary><c>HOLDERROR</c> (abbreviated <c>HOLDERR</c>), or null.</summary>
    public HoldBypass? HoldError { get; init; }

    /// <summary><c>HOLDUSER</c>, or null.</summary>
    public HoldBypass? HoldUser { get; init; }

    /// <summary><c>HOLDFIXCAT</c>, or null.</summary>
    public HoldBypass? HoldFixcat { get; init; }

    /// <summary><c>HOLDCLASS(cls,...)</c>: holds of any type that carry one of these classes.</summary>
    public IReadOnlyList<string> HoldClasses { get; init; } = [];

    /// <summary><c>ID</c>: MODID errors do not stop the SYSMOD; the element is flagged BYPASS.</summary>
    public bool Id { get; init; }

    /// <summary><c>PRE</c>: missing prerequisites are ignored.</summary>
    public bool Pre { get; init; }

    /// <summary><c>REQ</c>: missing requisites are ignored.</summary>
    public bool Req { get; init; }

    /// <summary><c>IFREQ</c>: missing conditional requisites are ignored.</summary>
    public bool IfReq { get; init; }

    /// <summary><c>APPLYCHECK</c> (ACCEPT): accept SYSMODs that are not applied in the related target zone.</summary>
    public bool ApplyCheck { get; init; }

    internal bool Bypasses(HoldStatement hold, string sysmodId)
    {
        foreach (var c in hold.Classes)
        {
            if (HoldClasses.Contains(c))
            {
                return true;
            }
        }

        var bypass = hold.Category switch
        {
            HoldCategory.Error => HoldError,
            HoldCategory.System => HoldSystem,
            HoldCategory.User => HoldUser,
            _ => HoldFixcat,
        };
        return bypass is not null && bypass.Covers(hold.Reason, sysmodId);
    }
}
