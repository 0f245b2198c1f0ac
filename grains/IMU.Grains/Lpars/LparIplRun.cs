using IMU.Grains.Models;

namespace IMU.Grains.Lpars;

/// <summary>An IPL the orchestrator is to do or is doing, written before the HMC load starts.</summary>
[GenerateSerializer]
[Alias("imu.lpars.lpar-ipl-run")]
public sealed class LparIplRun
{
    [Id(0)]
    public required string OperationId { get; set; }

    [Id(1)]
    public LparIplState State { get; set; }

    /// <summary>The rollouts that asked for it.</summary>
    [Id(2)]
    public List<string> Rollouts { get; set; } = [];

    /// <summary>When the load started (the silo's clock), or null before it did.</summary>
    [Id(3)]
    public DateTimeOffset? LoadStartedAt { get; set; }

    /// <summary>What it waits for, or why it failed.</summary>
    [Id(4)]
    public string? Reason { get; set; }

    /// <summary>
    /// The system's IPL time (from <c>D IPLINFO</c>, the system's clock) before the load: an activation that
    /// finds the run in progress after a restart, when no agent remembers the load, takes a later IPL as done.
    /// </summary>
    [Id(5)]
    public DateTimeOffset? IplBefore { get; set; }

    /// <summary>How often the IPL was tried again after one that did not complete (the HMC answered 5xx, or no IPL showed in time).</summary>
    [Id(6)]
    public int Attempts { get; set; }

    /// <summary>When to try the IPL again, or null.</summary>
    [Id(7)]
    public DateTimeOffset? RetryAt { get; set; }
}
