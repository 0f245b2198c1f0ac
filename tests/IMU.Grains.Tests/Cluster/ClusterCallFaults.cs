using System.Collections.Concurrent;

namespace IMU.Grains.Tests.Cluster;

/// <summary>
/// What a dying silo does to a call between grains, on demand: the next calls a zone grain makes to a
/// named LPAR's grain fail with <see cref="SiloUnavailableException"/>, as they do while membership has
/// not yet declared the LPAR grain's silo dead. A silo-wide outgoing call filter of the test cluster.
/// </summary>
internal static class ClusterCallFaults
{
    private static readonly ConcurrentDictionary<string, int> s_pending = new(StringComparer.Ordinal);

    /// <summary>The next <paramref name="count"/> calls from a zone grain to the grain of <paramref name="lpar"/> fail.</summary>
    public static void FailNextZoneCallsTo(string lpar, int count) => s_pending[lpar] = count;

    /// <summary>How many of those failures have not happened yet.</summary>
    public static int Pending(string lpar) => s_pending.GetValueOrDefault(lpar);

    public static Task FilterAsync(IOutgoingGrainCallContext context)
    {
        if (context.TargetId.Type.ToString() == "lpar"
            && context.SourceId is { } source && source.Type.ToString() == "zone"
            && context.TargetId.Key.ToString() is var lpar
            && s_pending.TryGetValue(lpar, out var left) && left > 0
            && s_pending.TryUpdate(lpar, left - 1, left))
        {
            throw new SiloUnavailableException($"the silo of lpar/{lpar} became unavailable (injected by the test)");
        }

        return context.Invoke();
    }
}
