namespace IMU.Runtime.Tests.Grains;

public sealed class TurnGrain(GrainProbe probe) : Grain, ITurnGrain
{
    private int _running;
    private int _maxRunning;

    public async Task<int> RunAsync(string gate)
    {
        _maxRunning = Math.Max(_maxRunning, ++_running);
        probe.Record("start:" + gate);
        await probe.Gate(gate).Task;
        probe.Record("end:" + gate);
        _running--;
        return _maxRunning;
    }

    public Task<int> RunningAsync() => Task.FromResult(_running);
}
