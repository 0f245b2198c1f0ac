namespace IMU.Zosmf.Tests.Support;

/// <summary>Builds spool records the way SMP/E lays them out: fields at fixed columns after the ASA carriage-control character.</summary>
public static class SpoolText
{
    /// <summary>One record: <paramref name="asa"/> in column 1, then each text starting at its 0-based column after it.</summary>
    public static string Record(char asa, params (int Column, string Text)[] fields)
    {
        var line = new System.Text.StringBuilder();
        foreach (var (column, text) in fields)
        {
            if (line.Length < column)
            {
                line.Append(' ', column - line.Length);
            }

            line.Append(text);
        }

        return asa + line.ToString();
    }

    public static string Of(params string[] records) => string.Join('\n', records) + "\n";
}
