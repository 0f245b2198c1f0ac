namespace IMU.Zosmf.Commands;

/// <summary>
/// <c>RECEIVE SYSMODS [HOLDDATA] LIST</c> into the global zone, with the MCS and external HOLDDATA
/// sent in-stream as SMPPTFIN and SMPHOLD.
/// </summary>
public sealed record ReceiveCommand : SmpeCommand
{
    public ReceiveCommand(string mcsText, string? holdDataText = null)
        : base("GLOBAL")
    {
        ArgumentNullException.ThrowIfNull(mcsText);
        McsText = mcsText;
        HoldDataText = string.IsNullOrWhiteSpace(holdDataText) ? null : holdDataText;
    }

    /// <summary>The SMPPTFIN content: MCS statements, 80-column records.</summary>
    public string McsText { get; }

    /// <summary>The SMPHOLD content (external HOLDDATA), or null for <c>SMPHOLD DD DUMMY</c>.</summary>
    public string? HoldDataText { get; }

    /// <inheritdoc />
    public override string Verb => "RECEIVE";

    /// <inheritdoc />
    public override bool ChangesZone => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> ToControlStatements()
        => [HoldDataText is null ? "  RECEIVE SYSMODS LIST ." : "  RECEIVE SYSMODS HOLDDATA LIST ."];
}
