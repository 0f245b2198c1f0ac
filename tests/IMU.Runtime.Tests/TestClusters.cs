using IMU.Runtime.Hosting;
using IMU.Runtime.Testing;
using IMU.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace IMU.Runtime.Tests;

/// <summary>Builds the clusters the behaviour tests run on: the test grains, a probe, memory storage and reminders.</summary>
internal static class TestClusters
{
    public static TestClusterBuilder Builder(GrainProbe probe, TimeProvider? timeProvider = null, Action<SiloBuilder>? silo = null)
    {
        var builder = new TestClusterBuilder()
            .ConfigureSilo(s =>
            {
                s.AddGrain<PingGrain>()
                    .AddGrain<TurnGrain>()
                    .AddGrain<ReentrantTurnGrain>()
                    .AddGrain<ChainGrain>()
                    .AddGrain<FaultyGrain>()
                    .AddGrain<CounterGrain>()
                    .AddGrain<TimerGrain>()
                    .AddJsonContext(TestJsonContext.Default)
                    .Services.AddSingleton(probe);
                if (silo is null)
                {
                    s.AddMemoryGrainStorage().AddMemoryReminders();
                }
                else
                {
                    silo(s);
                }
            })
            .ConfigureClient(client => client.AddJsonContext(TestJsonContext.Default));
        return timeProvider is null ? builder : builder.UseTimeProvider(timeProvider);
    }

    public static Task<TestCluster> StartAsync(GrainProbe probe, TimeProvider? timeProvider = null, Action<SiloBuilder>? silo = null) =>
        Builder(probe, timeProvider, silo).BuildAndStartAsync();
}
