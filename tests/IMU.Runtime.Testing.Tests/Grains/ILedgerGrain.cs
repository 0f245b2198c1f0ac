namespace IMU.Runtime.Testing.Tests.Grains;

[Alias("ledger")]
public interface ILedgerGrain : IGrainWithStringKey
{
    Task<int> AddAsync(int amount);

    Task<int> GetAsync();
}
