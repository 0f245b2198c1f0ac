using IMU.Grains.Models;
using IMU.Zosmf.Simulator.History;

namespace IMU.Cli.Demo;

/// <summary>How a demo run ended, with what it left behind for anyone who wants to check it.</summary>
internal sealed record FleetDemoOutcome
{
    /// <summary>Why the demo did not complete its rollout, or null when it did.</summary>
    public string? Problem { get; init; }

    /// <summary>The rollout's last status, or null when it was never created.</summary>
    public RolloutStatus? Status { get; init; }

    /// <summary>The fleet as the silo holds it (IPL windows included), or null when it was never declared.</summary>
    public FleetDefinition? Fleet { get; init; }

    /// <summary>Every SMP/E command and IPL each simulated system executed, oldest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SimulatorHistoryEntry>> History { get; init; } = new Dictionary<string, IReadOnlyList<SimulatorHistoryEntry>>();

    /// <summary>The demo's SYSMODs as the silo holds them after the rollout (holds, where applied, staged, active).</summary>
    public IReadOnlyList<SysmodView> Sysmods { get; init; } = [];

    /// <summary>The dashboard's address while the demo ran.</summary>
    public Uri? Dashboard { get; init; }

    public TimeSpan Elapsed { get; init; }

    public bool Completed => Problem is null;
}
