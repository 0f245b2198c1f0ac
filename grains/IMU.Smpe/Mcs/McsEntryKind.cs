namespace IMU.Smpe.Mcs;

/// <summary>What one <see cref="McsEntry"/> read from an MCS or HOLDDATA stream holds.</summary>
public enum McsEntryKind
{
    /// <summary>A SYSMOD whose every MCS was valid (<see cref="McsEntry.Sysmod"/>).</summary>
    Sysmod,

    /// <summary>An external <c>++HOLD</c> (<see cref="McsEntry.Hold"/>).</summary>
    Hold,

    /// <summary>A <c>++RELEASE</c> (<see cref="McsEntry.Release"/>).</summary>
    Release,

    /// <summary>A <c>++ASSIGN</c> (<see cref="McsEntry.Assign"/>).</summary>
    Assign,

    /// <summary>A <c>++FEATURE</c> or <c>++PRODUCT</c>, kept as written (<see cref="McsEntry.Statement"/>).</summary>
    Statement,

    /// <summary>A positioned problem (<see cref="McsEntry.Error"/>); reading goes on at the next <c>++</c> in columns 1-2.</summary>
    Error,

    /// <summary>
    /// The input was refused (<see cref="McsEntry.Error"/> says where and why): a byte-order mark, or a
    /// record over <see cref="McsReaderLimits.MaxRecordLength"/>. It is the last entry of the stream.
    /// </summary>
    Refusal,
}
