namespace IMU.Zosmf.Simulator.Jes;

/// <summary>One DD statement: in-stream data, DUMMY, SYSOUT or a data set.</summary>
/// <param name="Name">The ddname.</param>
/// <param name="InStream">The in-stream records joined with line feeds, or null.</param>
/// <param name="Dummy">True for DD DUMMY.</param>
/// <param name="DataSet">The DSN= value, or null.</param>
internal sealed record JclDd(string Name, string? InStream, bool Dummy, string? DataSet)
{
    /// <summary>The SYSOUT= class (<c>*</c> for the message class), or null when the DD is not a SYSOUT data set.</summary>
    public string? Sysout { get; init; }

    /// <summary>The DISP= value as coded, e.g. <c>SHR</c> or <c>(NEW,CATLG)</c>.</summary>
    public string? Disposition { get; init; }
}
