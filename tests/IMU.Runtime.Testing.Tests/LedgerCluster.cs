using IMU.Runtime.Storage;
using IMU.Runtime.Testing.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace IMU.Runtime.Testing.Tests;

internal static class LedgerCluster
{
    public static Task<TestCluster> StartAsync(LedgerEvents events, Func<IServiceProvider, IGrainStateStorage>? storage = null) =>
        new TestClusterBuilder()
            .ConfigureSilo(silo =>
            {
                silo.AddGrain<LedgerGrain>().AddJsonContext(LedgerJsonContext.Default).Services.AddSingleton(events);
                if (storage is null)
                {
                    silo.AddMemoryGrainStorage();
                }
                else
                {
                    silo.AddGrainStorage(PersistentStateAttribute.DefaultStorageName, storage);
                }
            })
            .BuildAndStartAsync(TestContext.Current.CancellationToken);
}
