namespace IMU.Zosmf.Resilience;

/// <summary>Timeouts, retries and circuit breaking for the calls to one system.</summary>
public sealed record ResilienceSettings
{
    /// <summary>How long one HTTP call may take (each attempt separately).</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a read (GET, display command) is retried.</summary>
    public int ReadRetries { get; init; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many submissions of one job may be attempted when each one's answer was lost.</summary>
    public int SubmitAttempts { get; init; } = 3;

    /// <summary>Failure ratio in the sampling window that opens the circuit.</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>Calls in the sampling window before the ratio counts.</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;

    /// <summary>The breaker's sampling window.</summary>
    public TimeSpan BreakerSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before a trial call.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
