namespace IMU.Zosmf.Commands;

/// <summary><c>ACCEPT SELECT(...) [GROUPEXTEND] [BYPASS(...)] [CHECK]</c> against a distribution zone.</summary>
public sealed record AcceptCommand : InstallCommand
{
    public AcceptCommand(string zone, IReadOnlyList<string> select, bool check = false, bool groupExtend = false, IReadOnlyList<string>? bypass = null)
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

    /// <summary>BYPASS operands such as <c>HOLDSYSTEM(ACTION)</c>.</summary>
    public IReadOnlyList<string> Bypass { get; }

    /// <inheritdoc />
    public override string Verb => "ACCEPT";

    /// <inheritdoc />
    protected override IEnumerable<string> ExtraOperands() => InstallOperands.Render(GroupExtend, Bypass);
}
