namespace IMU.Zosmf.Commands;

/// <summary><c>APPLY SELECT(...) [GROUPEXTEND] [BYPASS(...)] [CHECK]</c> against a target zone.</summary>
public sealed record ApplyCommand : ApplyOrAcceptCommand
{
    public ApplyCommand(string zone, IReadOnlyList<string> select, bool check = false, bool groupExtend = false, IReadOnlyList<string>? bypass = null)
        : base(zone, select, check, groupExtend, bypass)
    {
    }

    /// <inheritdoc />
    public override string Verb => "APPLY";
}
