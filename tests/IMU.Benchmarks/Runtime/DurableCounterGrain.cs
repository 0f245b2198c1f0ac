using IMU.Runtime;

namespace IMU.Benchmarks.Runtime;

public sealed class DurableCounterGrain([PersistentState("counter")] IPersistentState<DurableCounterState> state) : Grain, IDurableCounterGrain
{
    public async Task<int> IncrementAsync()
    {
        // About 512 bytes of JSON, the payload size of the raw SQLite benchmark.
        state.State = new DurableCounterState(state.State.Value + 1, state.State.Padding ?? new string('x', 480));
        await state.WriteStateAsync();
        return state.State.Value;
    }
}
