namespace IMU.Runtime.Tests.Grains;

public sealed class ChainGrain(GrainProbe probe) : Grain, IChainGrain
{
    public Task<string> CallAsync(string[] path) =>
        path.Length == 0
            ? Task.FromResult(this.GetPrimaryKeyString())
            : GrainFactory.GetGrain<IChainGrain>(path[0]).CallAsync(path[1..]);

    public Task HangAsync() => probe.Gate("hang:" + this.GetPrimaryKeyString()).Task;

    public async Task WaitForCancellationAsync(CancellationToken cancellationToken)
    {
        var cancelled = new TaskCompletionSource();
        using var registration = cancellationToken.Register(() => cancelled.TrySetResult());
        probe.Record("waiting:" + this.GetPrimaryKeyString());
        await cancelled.Task;
        probe.Record("cancelled:" + this.GetPrimaryKeyString());
    }
}
