using IMU.Runtime.Options;
using Microsoft.Extensions.Options;

namespace IMU.Runtime.Membership;

/// <summary>A cluster of one: this silo, with a generation that differs at every start (also within one process).</summary>
internal sealed class LocalMembershipService : IMembershipService
{
    private static long s_lastGeneration;

    public LocalMembershipService(IOptions<SiloOptions> options, TimeProvider timeProvider)
    {
        var generation = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        long last;
        do
        {
            last = Interlocked.Read(ref s_lastGeneration);
            generation = Math.Max(generation, last + 1);
        }
        while (Interlocked.CompareExchange(ref s_lastGeneration, generation, last) != last);

        LocalSilo = new SiloAddress(options.Value.SiloName, generation);
        ActiveSilos = [LocalSilo];
    }

    public SiloAddress LocalSilo { get; }

    public IReadOnlyList<SiloAddress> ActiveSilos { get; }

    public long Version => 1;
}
