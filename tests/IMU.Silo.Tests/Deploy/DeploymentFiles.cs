using IMU.Silo.Hosting;
using IMU.Silo.Options;
using Microsoft.Extensions.Configuration;
using YamlDotNet.RepresentationModel;

namespace IMU.Silo.Tests.Deploy;

/// <summary>The files under deploy/ as the silo would see them: YAML read with YamlDotNet, settings read by the silo's own configuration code.</summary>
internal static class DeploymentFiles
{
    public static string Deploy { get; } = Path.Combine(RepositoryRoot(), "deploy");

    /// <summary>Every YAML document of a file under deploy/, aliases resolved.</summary>
    public static IReadOnlyList<YamlMappingNode> Documents(string relativePath)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Deploy, relativePath)))
        {
            yaml.Load(reader);
        }

        return [.. yaml.Documents.Select(d => (YamlMappingNode)d.RootNode)];
    }

    /// <summary>The silo's options for this environment, read and validated exactly as <c>imu silo</c> does at start.</summary>
    public static ImuSiloOptions SiloOptions(IReadOnlyDictionary<string, string> environment)
    {
        var configuration = new ConfigurationManager();
        SiloConfiguration.AddSources(configuration, [], name => environment.GetValueOrDefault(name));
        return SiloConfiguration.Read(configuration);
    }

    /// <summary>The <c>IMU_*</c> names that are not the silo's settings (a typo the silo would silently ignore).</summary>
    public static IEnumerable<string> UnknownImuVariables(IEnumerable<string> names) =>
        names.Where(n => n.StartsWith("IMU_", StringComparison.Ordinal) && SiloSettings.All.All(s => s.EnvironmentVariable != n));

    public static YamlMappingNode Map(this YamlNode node, string key) => (YamlMappingNode)node.Child(key);

    public static YamlSequenceNode Seq(this YamlNode node, string key) => (YamlSequenceNode)node.Child(key);

    public static string Text(this YamlNode node, string key) => ((YamlScalarNode)node.Child(key)).Value!;

    public static string? TextOrNull(this YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    /// <summary>A mapping's child, with YAML merge keys (<c>&lt;&lt;: *anchor</c>) applied as compose applies them.</summary>
    public static YamlNode Child(this YamlNode node, string key)
    {
        var mapping = (YamlMappingNode)node;
        if (mapping.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return value;
        }

        if (mapping.Children.TryGetValue(new YamlScalarNode("<<"), out var merged))
        {
            return merged.Child(key);
        }

        throw new KeyNotFoundException($"no '{key}' at line {mapping.Start.Line} of the YAML");
    }

    public static IEnumerable<string> Scalars(this YamlSequenceNode sequence) => sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value!);

    private static string RepositoryRoot()
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
