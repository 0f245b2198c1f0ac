namespace IMU.Runtime.Tests.Grains;

[Alias("counter")]
public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> IncrementAsync();

    Task<int> GetAsync();

    Task DeactivateAsync();
}
