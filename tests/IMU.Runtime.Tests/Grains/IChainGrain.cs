namespace IMU.Runtime.Tests.Grains;

[Alias("chain")]
public interface IChainGrain : IGrainWithStringKey
{
    /// <summary>Calls the first grain of the path with the rest of it; the last grain returns its key.</summary>
    Task<string> CallAsync(string[] path);

    Task HangAsync();

    Task WaitForCancellationAsync(CancellationToken cancellationToken);
}
