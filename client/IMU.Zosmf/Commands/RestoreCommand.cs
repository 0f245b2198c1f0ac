namespace IMU.Zosmf.Commands;

/// <summary><c>RESTORE SELECT(...) [GROUP] [CHECK]</c>: back out applied SYSMODs to the DLIB level.</summary>
public sealed record RestoreCommand : InstallCommand
{
    public RestoreCommand(string zone, IReadOnlyList<string> select, bool check = false, bool group = false)
        : base(zone, select, check)
    {
        Group = group;
    }

    /// <summary><c>GROUP</c>: also restore the SYSMODs that depend on the selected ones.</summary>
    public bool Group { get; }

    /// <inheritdoc />
    public override string Verb => "RESTORE";

    /// <inheritdoc />
    protected override IEnumerable<string> ExtraOperands()
    {
        if (Group)
        {
            yield return "       GROUP";
        }
    }
}
