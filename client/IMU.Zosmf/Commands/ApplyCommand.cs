namespace IMU.Zosmf.Commands;

/// <summary><c>APPLY SELECT(...) [GROUPEXTEND] [BYPASS(...)] [CHECK]</c> against a target zone.</summary>
public sealed record ApplyCommand : InstallCommand
{
    public ApplyCommand(string zone, IReadOnlyList<string> select, bool check = false, bool groupExtend = false, IReadOnlyList<string>? bypass = null)
        : base(zone, select, check)
    {
        GroupExtend = groupExtend;
        Bypass = bypass ?? [];
        foreach (var operand in Bypass)
        {
            SmpeOperands.RequireBypass(operand, nameof(bypass));
        }
    }

    /// <summary><c>GROUPEXTEND</c>: also select the requisites and superseding SYSMODs.</summary>
    public bool GroupExtend { get; }

    /// <summary>BYPASS operands such as <c>HOLDSYSTEM(ACTION)</c>, <c>HOLDERROR(AA12345)</c>.</summary>
    public IReadOnlyList<string> Bypass { get; }

    /// <inheritdoc />
    public override string Verb => "APPLY";

    /// <inheritdoc />
    protected override IEnumerable<string> ExtraOperands() => InstallOperands.Render(GroupExtend, Bypass);
}
