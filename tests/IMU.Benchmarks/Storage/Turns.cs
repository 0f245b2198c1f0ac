using System.Text;
using IMU.Grains;

namespace IMU.Benchmarks.Storage;

/// <summary>The durable-turn workload both storage benchmarks run: every grain incremented in its own loop, all loops at once.</summary>
internal static class Turns
{
    /// <summary>About what a probe grain stores, so the raw baselines write rows of the same size.</summary>
    public static byte[] TypicalPayload { get; } = Encoding.UTF8.GetBytes("""{"count":1234,"lastIncrementedAt":"2026-03-01T02:00:00+00:00"}""");

    public static Task RunAsync(IProbeGrain[] grains, int turns)
    {
        var loops = new Task[grains.Length];
        for (var i = 0; i < loops.Length; i++)
        {
            loops[i] = LoopAsync(grains[i], turns / grains.Length);
        }

        return Task.WhenAll(loops);
    }

    private static async Task LoopAsync(IProbeGrain grain, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await grain.IncrementAsync();
        }
    }
}
