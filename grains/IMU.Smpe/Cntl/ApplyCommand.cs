namespace IMU.Smpe.Cntl;

/// <summary><c>APPLY</c>: install into the target libraries and target zone.</summary>
public sealed record ApplyCommand : ApplyOrAcceptCommand
{
    /// <inheritdoc />
    public override string Name => "APPLY";
}
