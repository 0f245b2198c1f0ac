namespace IMU.Grains.Tests;

/// <summary>The tests that share one orchestrator cluster and simulator; they run one after another on its one clock.</summary>
[CollectionDefinition(Name)]
public sealed class OrchestratorCollection : ICollectionFixture<OrchestratorFixture>
{
    public const string Name = "orchestrator";
}
