namespace IMU.Grains.Persistence;

/// <summary>
/// Writes a grain's persistent state one write at a time. Steps that touch a system run in the
/// background of an activation (a job takes minutes; the grain keeps answering), so two writes can
/// meet at their await; both would carry the same ETag and storage would refuse the second.
/// </summary>
/// <typeparam name="T">The state type.</typeparam>
internal sealed class StateWriter<T>(IPersistentState<T> state)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public T State => state.State;

    public async Task WriteAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await state.WriteStateAsync();
        }
        finally
        {
            _gate.Release();
        }
    }
}
