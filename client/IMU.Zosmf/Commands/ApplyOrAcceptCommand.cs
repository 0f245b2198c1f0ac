namespace IMU.Zosmf.Commands;

/// <summary>What APPLY and ACCEPT add to a selection: GROUPEXTEND and BYPASS (RESTORE takes neither).</summary>
public abstract record ApplyOrAcceptCommand : InstallCommand
{
    protected ApplyOrAcceptCommand(string zone, IReadOnlyList<string> select, bool check, bool groupExtend, IReadOnlyList<string>? bypass)
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
    protected override IEnumerable<string> ExtraOperands()
    {
        if (GroupExtend)
        {
            yield return "       GROUPEXTEND";
        }

        foreach (var record in Bypass.Count > 0 ? SmpeOperands.List("BYPASS", Bypass) : [])
        {
            yield return record;
        }
    }
}
