namespace IMU.Grains.Diagnostics;

/// <summary>
/// The stored state of a probe grain. Grain state is stored as System.Text.Json of records like
/// this one (no CLR type names), so it must round-trip through System.Text.Json.
/// </summary>
/// <param name="Count">How many increments have been stored.</param>
/// <param name="LastIncrementedAt">When the last increment was stored.</param>
public sealed record ProbeState(long Count, DateTimeOffset? LastIncrementedAt)
{
    /// <summary>The state of a probe that was never incremented; Orleans creates it through this constructor.</summary>
    public ProbeState()
        : this(0, null)
    {
    }
}
