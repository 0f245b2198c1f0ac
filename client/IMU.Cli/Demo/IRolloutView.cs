namespace IMU.Cli.Demo;

/// <summary>How the demo shows a running rollout: a live table on a terminal, or one line per change otherwise.</summary>
internal interface IRolloutView
{
    /// <summary>Shows each snapshot as it comes, until they end.</summary>
    Task ShowAsync(IAsyncEnumerable<RolloutSnapshot> snapshots);
}
