namespace IMU.Runtime.Tests.Grains;

[Alias("ping")]
public interface IPingGrain : IGrainWithStringKey
{
    Task<string> PingAsync(string text);

    Task<List<string>> RememberAsync(List<string> items);

    Task<int> RememberedCountAsync();

    ValueTask<int> AddAsync(int a, int b);

    Task NothingAsync();

    Task DeactivateAsync();
}
