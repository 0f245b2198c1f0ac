using System.Threading.Channels;

namespace IMU.Silo.Tests.Grains;

/// <summary>The reminder ticks every silo of a test cluster saw, shared by the silos so a test can wait for the next one.</summary>
public sealed class ReminderTicks
{
    private readonly Channel<(string Grain, string Silo)> _ticks = Channel.CreateUnbounded<(string, string)>();

    public void Record(string grain, string silo) => _ticks.Writer.TryWrite((grain, silo));

    /// <summary>Waits for the next tick of <paramref name="grain"/>; returns the silo it ran on.</summary>
    public async Task<string> NextAsync(string grain, CancellationToken cancellationToken)
    {
        while (true)
        {
            var tick = await _ticks.Reader.ReadAsync(cancellationToken);
            if (tick.Grain == grain)
            {
                return tick.Silo;
            }
        }
    }
}
