namespace IMU.Zosmf.Commands;

/// <summary><c>LIST SYSMODS[(...)]</c>: the zone's SYSMOD entries, printed to SMPLIST.</summary>
public sealed record ListCommand : SmpeCommand
{
    public ListCommand(string zone, IReadOnlyList<string>? sysmods = null)
        : base(zone)
    {
        Sysmods = sysmods ?? [];
        foreach (var id in Sysmods)
        {
            SmpeOperands.RequireName(id, nameof(sysmods));
        }
    }

    /// <summary>The SYSMODs to list; empty lists every SYSMOD entry of the zone.</summary>
    public IReadOnlyList<string> Sysmods { get; }

    /// <inheritdoc />
    public override string Verb => "LIST";

    /// <inheritdoc />
    public override bool ChangesZone => false;

    /// <inheritdoc />
    public override IReadOnlyList<string> ToControlStatements()
    {
        if (Sysmods.Count == 0)
        {
            return ["  LIST SYSMODS ."];
        }

        var records = new List<string> { "  LIST" };
        records.AddRange(SmpeOperands.List("SYSMODS", Sysmods));
        records[^1] += " .";
        return records;
    }
}
