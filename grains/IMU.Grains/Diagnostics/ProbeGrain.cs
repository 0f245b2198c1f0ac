using IMU.Grains.Models;

namespace IMU.Grains.Diagnostics;

/// <summary>The durable counter behind <see cref="IProbeGrain"/>; its state lives in the default storage provider.</summary>
public sealed class ProbeGrain(
    [PersistentState("probe")] IPersistentState<ProbeState> state,
    TimeProvider timeProvider) : Grain, IProbeGrain
{
    /// <inheritdoc />
    public async Task<ProbeReading> IncrementAsync()
    {
        state.State = new ProbeState(state.State.Count + 1, timeProvider.GetUtcNow());
        await state.WriteStateAsync();
        GrainsTelemetry.ProbeIncrements.Add(1);
        return Reading();
    }

    /// <inheritdoc />
    public Task<ProbeReading> ReadAsync() => Task.FromResult(Reading());

    private ProbeReading Reading() => new(state.State.Count, state.State.LastIncrementedAt, RuntimeIdentity);
}
