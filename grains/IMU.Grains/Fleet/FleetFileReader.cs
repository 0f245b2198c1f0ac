using IMU.Grains.Models;

namespace IMU.Grains.Fleet;

/// <summary>
/// Reads a fleet file, JSON or YAML with the same schema: <c>.json</c> files (or text starting with <c>{</c>)
/// as JSON, anything else as YAML. Errors are <c>FILE:LINE:COL: error: MESSAGE</c>.
/// </summary>
internal static class FleetFileReader
{
    /// <summary>Reads and checks <paramref name="text"/>; names it refers to may already be in <paramref name="existing"/>.</summary>
    public static FleetFileReadResult Read(string fileName, string text, FleetDefinition existing)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(existing);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new FleetFileReadResult(null, [EmptyFile(fileName)]);
        }

        var (root, error) = IsJson(fileName, text) ? FleetJsonParser.Parse(fileName, text) : FleetYamlParser.Parse(fileName, text);
        return root is null ? new FleetFileReadResult(null, [error!]) : FleetFileBinder.Bind(root, existing);
    }

    /// <summary>The error for a file with nothing in it but blanks and comments.</summary>
    public static string EmptyFile(string fileName) => $"{fileName}:1:1: error: the file is empty; a fleet file is a mapping with an 'lpars' list";

    private static bool IsJson(string fileName, string text) =>
        fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ||
        (!fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) &&
         text.TrimStart().StartsWith('{'));
}
