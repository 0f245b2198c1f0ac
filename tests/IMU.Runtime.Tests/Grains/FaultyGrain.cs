namespace IMU.Runtime.Tests.Grains;

public sealed class FaultyGrain(GrainProbe probe) : Grain, IFaultyGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        probe.Record("activate:" + key);
        return key.StartsWith("bad", StringComparison.Ordinal)
            ? throw new InvalidOperationException($"activation refused for {key}")
            : Task.CompletedTask;
    }

    public Task ThrowInvalidOperationAsync(string message) => throw new InvalidOperationException(message);

    public async Task<int> ThrowCustomAsync(string message)
    {
        await Task.Yield();
        throw new TestGrainException(message);
    }

    public Task ThrowCodeOnlyAsync(int code) => throw new CodeOnlyException(code);

    public Task<string> PingAsync() => Task.FromResult("pong");
}
