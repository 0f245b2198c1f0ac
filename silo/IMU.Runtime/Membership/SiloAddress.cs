namespace IMU.Runtime.Membership;

/// <summary>
/// The identity of a silo: its endpoint plus a generation taken when it started, so a restarted
/// process is a new member and never inherits the old one's activations or rows.
/// </summary>
/// <param name="Endpoint">Where the silo listens (for the in-process transport, its name).</param>
/// <param name="Generation">Increases with every start of a silo at this endpoint.</param>
public sealed record SiloAddress(string Endpoint, long Generation)
{
    /// <inheritdoc />
    public override string ToString() => $"{Endpoint}@{Generation}";
}
