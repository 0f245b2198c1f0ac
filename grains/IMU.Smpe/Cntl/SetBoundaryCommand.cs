namespace IMU.Smpe.Cntl;

/// <summary><c>SET BOUNDARY(zone)</c> (or <c>BDY</c>): the zone the following commands work on.</summary>
public sealed record SetBoundaryCommand : SmpCntlCommand
{
    /// <summary>The zone name, e.g. <c>GLOBAL</c> or a target/DLIB zone.</summary>
    public required string Zone { get; init; }

    /// <inheritdoc />
    public override string Name => "SET";
}
