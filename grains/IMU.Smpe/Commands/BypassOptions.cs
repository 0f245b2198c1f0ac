using IMU.Smpe.Cntl;
using IMU.Smpe.HoldData;

namespace IMU.Smpe.Commands;

/// <summary>
/// The <c>BYPASS(...)</c> operand of APPLY and ACCEPT: which holds, requisite checks and MODID checks
/// to override. Bypassed holds are still reported.
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

    /// <summary>
    /// Reads SMP/E's own BYPASS operand text, with or without the enclosing <c>BYPASS(...)</c>, e.g.
    /// <c>HOLDSYSTEM(ACTION(UJ00001),IPL) HOLDERROR(AA12345) ID</c>. <c>HOLDSYS</c> and <c>HOLDERR</c>
    /// are accepted abbreviations.
    /// </summary>
    /// <param name="text">The operand text.</param>
    /// <returns>The options.</returns>
    /// <exception cref="FormatException">The text is not a valid BYPASS operand list.</exception>
    public static BypassOptions Parse(string text)
    {
        var read = SmpeOperandReader.Read(text);
        if (read.Errors.Count > 0)
        {
            throw new FormatException($"GIM20801E BYPASS OPERAND ERROR: {read.Errors[0].Message}");
        }

        var operands = read.Operands is [{ Keyword: "BYPASS" } wrapper] ? wrapper.Operands : read.Operands;
        return FromOperands(operands);
    }

    /// <summary>Builds the options from the operands inside <c>BYPASS(...)</c>, as the SMPCNTL reader returns them.</summary>
    /// <param name="operands">The BYPASS sub-operands.</param>
    /// <returns>The options.</returns>
    /// <exception cref="FormatException">An operand is unknown or written wrongly.</exception>
    public static BypassOptions FromOperands(IReadOnlyList<SmpeOperand> operands)
    {
        ArgumentNullException.ThrowIfNull(operands);
        var options = new BypassOptions();
        foreach (var operand in operands)
        {
            var bare = operand.Operands.Count == 0;
            options = operand.Keyword switch
            {
                "HOLDSYSTEM" or "HOLDSYS" => options with { HoldSystem = Hold(operand) },
                "HOLDERROR" or "HOLDERR" => options with { HoldError = Hold(operand) },
                "HOLDUSER" => options with { HoldUser = Hold(operand) },
                "HOLDFIXCAT" => options with { HoldFixcat = Hold(operand) },
                "HOLDCLASS" when !bare => options with { HoldClasses = [.. options.HoldClasses, .. operand.Operands.Select(Value)] },
                "ID" when bare => options with { Id = true },
                "PRE" when bare => options with { Pre = true },
                "REQ" when bare => options with { Req = true },
                "IFREQ" when bare => options with { IfReq = true },
                "APPLYCHECK" when bare => options with { ApplyCheck = true },
                _ => throw new FormatException($"GIM20802E BYPASS OPERAND {operand} IS NOT SUPPORTED OR IS WRITTEN WRONGLY"),
            };
        }

        return options;
    }

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

    private static HoldBypass Hold(SmpeOperand operand) => operand.Operands.Count > 0
        ? new HoldBypass
        {
            Reasons = [.. operand.Operands.Select(r => new HoldBypassReason(r.Keyword, [.. r.Operands.Select(Value)]))],
        }
        : new HoldBypass { All = true };

    private static string Value(SmpeOperand operand) => operand.Operands.Count > 0
        ? throw new FormatException($"GIM20803E {operand.Keyword} MUST NOT HAVE A LIST HERE")
        : operand.Keyword;
}
