namespace IMU.Grains.Lpars;

/// <summary>When an IPL may start: inside one occurrence of an IPL window, no later than its end minus the expected IPL time.</summary>
/// <param name="At">The earliest time the IPL may start (now, when inside a usable window).</param>
/// <param name="WindowStart">The occurrence's start.</param>
/// <param name="WindowEnd">The occurrence's end.</param>
/// <param name="Latest">The latest time an IPL may start in this occurrence.</param>
internal sealed record IplSlot(DateTimeOffset At, DateTimeOffset WindowStart, DateTimeOffset WindowEnd, DateTimeOffset Latest)
{
    /// <summary>Whether an IPL may start at <paramref name="now"/>.</summary>
    public bool Allows(DateTimeOffset now) => now >= WindowStart && now <= Latest;
}
