namespace IMU.Runtime.Tests.Grains;

public sealed class CounterGrain(
    [PersistentState("counter")] IPersistentState<CounterState> state,
    GrainProbe probe) : Grain, ICounterGrain
{
    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        probe.Record("deactivate:" + this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public async Task<int> IncrementAsync()
    {
        state.State = state.State with { Value = state.State.Value + 1 };
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Value);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
