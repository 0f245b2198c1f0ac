using IMU.Runtime.Testing;
using IMU.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace IMU.Runtime.Tests;

/// <summary>Builds the clusters the behaviour tests run on: every test grain, a probe, memory storage.</summary>
internal static class TestClusters
{
    public static TestClusterBuilder Builder(GrainProbe probe, TimeProvider? timeProvider = null)
    {
        var builder = new TestClusterBuilder()
            .ConfigureSilo(silo => silo
                .AddGrain<PingGrain>()
                .AddJsonContext(TestJsonContext.Default)
                .AddMemoryGrainStorage()
                .Services.AddSingleton(probe))
            .ConfigureClient(client => client.AddJsonContext(TestJsonContext.Default));
        return timeProvider is null ? builder : builder.UseTimeProvider(timeProvider);
    }

    public static Task<TestCluster> StartAsync(GrainProbe probe, TimeProvider? timeProvider = null) =>
        Builder(probe, timeProvider).BuildAndStartAsync();
}
