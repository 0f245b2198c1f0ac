namespace IMU.Zosmf.Commands;

/// <summary>The GROUPEXTEND and BYPASS records APPLY and ACCEPT share.</summary>
internal static class InstallOperands
{
    public static IEnumerable<string> Render(bool groupExtend, IReadOnlyList<string> bypass)
    {
        if (groupExtend)
        {
            yield return "       GROUPEXTEND";
        }

        if (bypass.Count > 0)
        {
            foreach (var record in SmpeOperands.List("BYPASS", bypass))
            {
                yield return record;
            }
        }
    }
}
