using IMU.Grains.Models;

namespace IMU.Grains.Fleet;

/// <summary>
/// <c>fleet apply</c>: a file declares or updates the LPARs and groups it names and leaves the others as they
/// are, so applying the same file twice changes nothing the second time.
/// </summary>
internal static class FleetMerge
{
    public static FleetMergeResult Apply(FleetDefinition existing, FleetDefinition file)
    {
        var lpars = existing.Lpars.ToList();
        var added = new List<string>();
        var updated = new List<string>();
        var unchanged = new List<string>();
        foreach (var lpar in file.Lpars)
        {
            var index = lpars.FindIndex(l => l.Name == lpar.Name);
            if (index < 0)
            {
                lpars.Add(lpar);
                added.Add(lpar.Name);
            }
            else if (Same(lpars[index], lpar))
            {
                unchanged.Add(lpar.Name);
            }
            else
            {
                lpars[index] = lpar;
                updated.Add(lpar.Name);
            }
        }

        var groups = existing.Groups.Where(g => file.Groups.All(f => f.Name != g.Name)).Concat(file.Groups).OrderBy(g => g.Name, StringComparer.Ordinal);
        return new FleetMergeResult(new FleetDefinition([.. lpars], [.. groups]), added, updated, unchanged);
    }

    /// <summary>Records compare arrays by reference, so the windows are compared element by element.</summary>
    private static bool Same(LparDefinition a, LparDefinition b) =>
        a with { IplWindows = [] } == b with { IplWindows = [] } && a.IplWindows.SequenceEqual(b.IplWindows);
}
