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

    /// <summary>GIM-message-like explanations, e.g. <c>GIM38801E PRE UZ12345 OF UZ12346 IS NOT INSTALLED</c>.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>What it takes to activate the SYSMOD.</summary>
    public ActivationClass Activation { get; init; }
}
