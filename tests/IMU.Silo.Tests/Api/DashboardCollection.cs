namespace IMU.Silo.Tests.Api;

/// <summary>The tests that share one <see cref="DashboardFixture"/>; they run one after another, each on LPARs of its own.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard silo";
}
