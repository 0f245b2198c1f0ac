using IMU.Smpe.Diagnostics;
using IMU.Smpe.HoldData;

namespace IMU.Smpe.Mcs;

/// <summary>
/// One thing read from an MCS or HOLDDATA stream, in stream order: a SYSMOD, an external
/// <c>++HOLD</c>, a <c>++RELEASE</c>, a <c>++ASSIGN</c>, a stream-level statement, or an error.
/// Exactly the property named by <see cref="Kind"/> is set.
/// </summary>
/// <remarks>
/// A SYSMOD is yielded when the MCS after it (the next header, an external HOLDDATA statement or
/// the end of the input) shows that it is complete, so errors in its statements come before it,
/// and a SYSMOD with an error is not yielded at all.
/// </remarks>
public sealed class McsEntry
{
    private readonly object _item;

    private McsEntry(McsEntryKind kind, object item, SourceLocation location)
    {
        Kind = kind;
        _item = item;
        Location = location;
    }

    /// <summary>What the entry holds.</summary>
    public McsEntryKind Kind { get; }

    /// <summary>Where the entry starts in the stream (for an error: where the problem is).</summary>
    public SourceLocation Location { get; }

    /// <summary>The SYSMOD when <see cref="Kind"/> is <see cref="McsEntryKind.Sysmod"/>, else null.</summary>
    public Sysmod? Sysmod => _item as Sysmod;

    /// <summary>The external hold when <see cref="Kind"/> is <see cref="McsEntryKind.Hold"/>, else null.</summary>
    public HoldStatement? Hold => _item as HoldStatement;

    /// <summary>The release when <see cref="Kind"/> is <see cref="McsEntryKind.Release"/>, else null.</summary>
    public ReleaseStatement? Release => _item as ReleaseStatement;

    /// <summary>The <c>++ASSIGN</c> when <see cref="Kind"/> is <see cref="McsEntryKind.Assign"/>, else null.</summary>
    public AssignStatement? Assign => _item as AssignStatement;

    /// <summary>The statement when <see cref="Kind"/> is <see cref="McsEntryKind.Statement"/>, else null.</summary>
    public McsStatement? Statement => _item as McsStatement;

    /// <summary>The error when <see cref="Kind"/> is <see cref="McsEntryKind.Error"/> or <see cref="McsEntryKind.Refusal"/>, else null.</summary>
    public SmpeError? Error => _item as SmpeError;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {_item}";

    internal static McsEntry Of(Sysmod sysmod) => new(McsEntryKind.Sysmod, sysmod, sysmod.Location);

    internal static McsEntry Of(HoldStatement hold) => new(McsEntryKind.Hold, hold, hold.Location);

    internal static McsEntry Of(ReleaseStatement release) => new(McsEntryKind.Release, release, release.Location);

    internal static McsEntry Of(AssignStatement assign) => new(McsEntryKind.Assign, assign, assign.Location);

    internal static McsEntry Of(McsStatement statement) => new(McsEntryKind.Statement, statement, statement.Location);

    internal static McsEntry Of(SmpeError error, bool refusal) => new(refusal ? McsEntryKind.Refusal : McsEntryKind.Error, error, error.Location);
}
