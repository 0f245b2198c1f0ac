namespace IMU.Zosmf.Commands;

/// <summary><c>ACCEPT SELECT(...) [GROUPEXTEND] [BYPASS(...)] [CHECK]</c> against a distribution zone.</summary>
public sealed record AcceptCommand : ApplyOrAcceptCommand
{
    public AcceptCommand(string zone, IReadOnlyList<string> select, bool check = false, bool groupExtend = false, IReadOnlyList<string>? bypass = null)
        : base(zone, select, check, groupExtend, bypass)
    {
    }

    /// <inheritdoc />
    public override string Verb => "ACCEPT";
}
