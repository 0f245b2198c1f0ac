namespace IMU.Cluster.Tests;

/// <summary>The checkout this test was built from: its scripts (.ci/postgres, deploy/local-cluster.sh) run from there.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IMU.Cluster.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"IMU.Cluster.sln not found above {AppContext.BaseDirectory}");
    }
}
