namespace IMU.Runtime.Tests.Grains;

public sealed class PingGrain(GrainProbe probe) : Grain, IPingGrain
{
    private List<string> _remembered = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Record("activate:" + this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(CancellationToken cancellationToken)
    {
        probe.Record("deactivate:" + this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public Task<string> PingAsync(string text) => Task.FromResult($"{text} from {this.GetPrimaryKeyString()}");

    public Task<List<string>> RememberAsync(List<string> items)
    {
        _remembered = items;
        return Task.FromResult(items);
    }

    public Task<int> RememberedCountAsync() => Task.FromResult(_remembered.Count);

    public ValueTask<int> AddAsync(int a, int b) => ValueTask.FromResult(a + b);

    public Task NothingAsync() => Task.CompletedTask;

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
