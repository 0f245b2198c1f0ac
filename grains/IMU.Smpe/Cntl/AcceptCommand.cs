namespace IMU.Smpe.Cntl;

/// <summary><c>ACCEPT</c>: install into the distribution libraries and DLIB zone.</summary>
public sealed record AcceptCommand : ApplyOrAcceptCommand
{
    /// <inheritdoc />
    public override string Name => "ACCEPT";
}
