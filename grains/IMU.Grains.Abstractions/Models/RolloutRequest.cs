namespace IMU.Grains.Models;

/// <summary>What <c>imu rollout create</c> asks for; the rollout grain validates it against the fleet and the received SYSMODs.</summary>
[GenerateSerializer]
[Alias("imu.rollout-request")]
public sealed record RolloutRequest
{
    /// <summary>The SYSMODs to install (<c>--sysmods</c>).</summary>
    [Id(0)]
    public required string[] Sysmods { get; init; }

    /// <summary>The target LPARs (<c>--lpars</c>).</summary>
    [Id(1)]
    public required string[] Lpars { get; init; }

    /// <summary>The waves in order, each a list of LPARs (<c>--waves 'A;B,C;D'</c>), or null for one wave of every LPAR.</summary>
    [Id(2)]
    public string[][]? Waves { get; init; }

    /// <summary>At most this many SMP/E jobs run at once (<c>--max-parallel</c>).</summary>
    [Id(3)]
    public int MaxParallel { get; init; } = DefaultMaxParallel;

    /// <summary>More failed LPARs than this stop the rollout (<c>--max-failures</c>).</summary>
    [Id(4)]
    public int MaxFailures { get; init; }

    /// <summary>How long a finished wave bakes before the next starts (<c>--bake</c>).</summary>
    [Id(5)]
    public TimeSpan Bake { get; init; }

    /// <summary>Whether each wave after the first needs an approval (<c>--approve-waves</c>).</summary>
    [Id(6)]
    public bool ApproveWaves { get; init; }

    /// <summary>Whether the orchestrator IPLs LPARs with staged changes (<c>--ipl</c>).</summary>
    [Id(7)]
    public IplPolicy Ipl { get; init; }

    /// <summary>APPLY with GROUPEXTEND (<c>--groupextend</c>).</summary>
    [Id(8)]
    public bool GroupExtend { get; init; }

    /// <summary>BYPASS operands in SMP/E's syntax (<c>--bypass</c>), or null.</summary>
    [Id(9)]
    public string? Bypass { get; init; }

    /// <summary>Why the bypass is given (<c>--reason</c>); required with <see cref="Bypass"/>.</summary>
    [Id(10)]
    public string? Reason { get; init; }

    /// <summary>Who asks: the OS user or token subject of the caller.</summary>
    [Id(11)]
    public required string By { get; init; }

    /// <summary>The <c>--max-parallel</c> default.</summary>
    public const int DefaultMaxParallel = 10;
}
