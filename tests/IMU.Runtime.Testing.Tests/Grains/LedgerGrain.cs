namespace IMU.Runtime.Testing.Tests.Grains;

public sealed class LedgerGrain([PersistentState("ledger")] IPersistentState<LedgerState> state, LedgerEvents events) : Grain, ILedgerGrain
{
    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        events.Deactivated.Add(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public async Task<int> AddAsync(int amount)
    {
        state.State = new LedgerState(state.State.Total + amount);
        await state.WriteStateAsync();
        return state.State.Total;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Total);
}
