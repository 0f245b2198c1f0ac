using IMU.Smpe.Activation;

namespace IMU.Smpe.Commands;

/// <summary>The outcome of a command for one SYSMOD.</summary>
public sealed record SysmodResult
{
    /// <summary>The SYSMOD ID.</summary>
    public required string Id { get; init; }

    /// <summary>What happened (with CHECK: what would happen).</summary>
    public required SysmodStatus Status { get; init; }

    /// <summary>Holds that held the SYSMOD or were bypassed.</summary>
    public IReadOnlyList<HoldResult> Holds { get; init; } = [];

    /// <summary>Messages in SMP/E's style, e.g. <c>IMU3211E PRE UZ12345 OF UZ12346 IS NOT INSTALLED</c> (see the engine's message catalogue for why most IDs are IMU-prefixed).</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>What it takes to activate the SYSMOD.</summary>
    public ActivationClass Activation { get; init; }
}
