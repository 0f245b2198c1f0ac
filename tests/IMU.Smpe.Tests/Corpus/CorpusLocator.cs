namespace IMU.Smpe.Tests.Corpus;

/// <summary>Finds the shared corpus: IMU_CORPUS, else ../shared/corpus next to the repository root.</summary>
internal static class CorpusLocator
{
    public static string Directory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("IMU_CORPUS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "IMU.Cluster.sln")))
        {
            folder = folder.Parent;
        }

        if (folder is null)
        {
            return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "shared", "corpus"));
        }

        return Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "corpus"));
    }

    public static string Manifest() => Path.Combine(Directory(), "manifest.json");

    /// <summary>Reads a corpus file byte for byte: Latin-1 keeps non-ASCII inline data as one character per byte.</summary>
    public static string ReadFile(string name) => File.ReadAllText(Path.Combine(Directory(), name), System.Text.Encoding.Latin1);
}
