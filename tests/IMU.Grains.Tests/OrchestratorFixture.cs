namespace IMU.Grains.Tests;

/// <summary>Starts the shared <see cref="OrchestratorCluster"/> once for the collection.</summary>
public sealed class OrchestratorFixture : IAsyncLifetime
{
    /// <summary>Enough systems for every test of the collection to have its own.</summary>
    private const int Systems = 160;

    private OrchestratorCluster? _cluster;

    internal OrchestratorCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not started.");

    public async ValueTask InitializeAsync() => _cluster = await OrchestratorCluster.StartAsync(Systems, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
