namespace IMU.Zosmf.Spool;

/// <summary>
/// Spool text as records. SMPOUT, SMPRPT and SMPLIST are RECFM=FBA: read in text mode, every record
/// keeps its ASA carriage-control character in column 1 (<c>1</c> new page, <c>0</c> and <c>-</c>
/// blank lines before, <c>+</c> overprint, blank single space), which no parser may read as data.
/// </summary>
internal static class SpoolRecords
{
    /// <summary>Splits <paramref name="text"/> into records, dropping column 1 when <paramref name="recfm"/> says ASA (<c>FBA</c>, <c>VBA</c>, ...).</summary>
    public static IReadOnlyList<string> Read(string text, string? recfm)
    {
        var records = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (records.Count > 0 && records[^1].Length == 0)
        {
            records.RemoveAt(records.Count - 1);
        }

        return recfm is { Length: > 1 } && recfm.EndsWith('A')
            ? records.Select(r => r.Length == 0 ? r : r[1..]).ToList()
            : records;
    }
}
