namespace IMU.Zosmf.Commands;

/// <summary>What APPLY, ACCEPT and RESTORE share: a SYSMOD selection and CHECK mode.</summary>
public abstract record InstallCommand : SmpeCommand
{
    protected InstallCommand(string zone, IReadOnlyList<string> select, bool check)
        : base(zone)
    {
        ArgumentNullException.ThrowIfNull(select);
        if (select.Count == 0)
        {
            throw new ArgumentException("SELECT needs at least one SYSMOD.", nameof(select));
        }

        foreach (var id in select)
        {
            SmpeOperands.RequireName(id, nameof(select));
        }

        Select = select;
        Check = check;
    }

    /// <summary>The SYSMODs in <c>SELECT(...)</c>.</summary>
    public IReadOnlyList<string> Select { get; }

    /// <summary><c>CHECK</c>: report what would happen without changing the zone.</summary>
    public bool Check { get; }

    /// <inheritdoc />
    public override bool ChangesZone => !Check;

    /// <summary>The operands that follow SELECT, each a whole record.</summary>
    protected abstract IEnumerable<string> ExtraOperands();

    /// <inheritdoc />
    public override IReadOnlyList<string> ToControlStatements()
    {
        var records = new List<string> { "  " + Verb };
        records.AddRange(SmpeOperands.List("SELECT", Select));
        records.AddRange(ExtraOperands());
        if (Check)
        {
            records.Add("       CHECK");
        }

        records[^1] += " .";
        return records;
    }
}
