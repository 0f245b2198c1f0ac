using System.Collections.Concurrent;

namespace IMU.Runtime.Testing.Tests.Grains;

public sealed class LedgerEvents
{
    public ConcurrentBag<string> Deactivated { get; } = [];
}
