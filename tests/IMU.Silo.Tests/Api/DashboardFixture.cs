namespace IMU.Silo.Tests.Api;

/// <summary>Starts one <see cref="DashboardSilo"/> (no token) for the API and browser tests of <see cref="DashboardCollection"/>.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    /// <summary>Enough systems for every test of the collection to have its own.</summary>
    private const int Systems = 40;

    private DashboardSilo? _silo;

    internal DashboardSilo Silo => _silo ?? throw new InvalidOperationException("The fixture is not started.");

    public async ValueTask InitializeAsync() => _silo = await DashboardSilo.StartAsync(Systems, tokenFile: null, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}
