using IMU.Smpe.HoldData;
using IMU.Smpe.Mcs;

namespace IMU.Smpe.Selection;

/// <summary>What a RECEIVE writes to the global zone.</summary>
internal sealed class ReceiveDelta
{
    public Dictionary<string, Sysmod> Sysmods { get; } = new(StringComparer.Ordinal);

    public List<string> Fmids { get; } = [];

    /// <summary>Holds to store and releases to apply, in the order RECEIVE processed them.</summary>
    public List<(HoldStatement? Hold, ReleaseStatement? Release)> HoldData { get; } = [];
}
