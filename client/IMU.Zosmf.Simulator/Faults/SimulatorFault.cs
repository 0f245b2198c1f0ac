namespace IMU.Zosmf.Simulator.Faults;

/// <summary>A fault for the next <paramref name="Count"/> matching operations of one system.</summary>
/// <param name="Operation">What it applies to.</param>
/// <param name="Kind">What it does.</param>
/// <param name="Count">How many matching operations it affects (at least 1).</param>
/// <param name="Seconds">For <see cref="SimulatorFaultKind.Slow"/> the delay (default 10), for <see cref="SimulatorFaultKind.Down"/> how long (default: until cleared).</param>
public sealed record SimulatorFault(SimulatorFaultOperation Operation, SimulatorFaultKind Kind, int Count = 1, double? Seconds = null)
{
    /// <summary>The delay of a slow fault.</summary>
    public TimeSpan SlowDelay => TimeSpan.FromSeconds(Seconds ?? 10);
}
