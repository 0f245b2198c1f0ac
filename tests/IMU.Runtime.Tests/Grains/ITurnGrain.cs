namespace IMU.Runtime.Tests.Grains;

[Alias("turn")]
public interface ITurnGrain : IGrainWithStringKey
{
    /// <summary>Records its start, waits for the named gate, records its end; returns the most calls seen running at once.</summary>
    Task<int> RunAsync(string gate);

    [AlwaysInterleave]
    Task<int> RunningAsync();
}
