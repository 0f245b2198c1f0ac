namespace IMU.Zosmf.Simulator.Jes;

/// <summary>One spool data set of a simulated job: its records joined with line feeds, with carriage control when <paramref name="Recfm"/> says ASA.</summary>
internal sealed record SimulatedSpoolFile(int Id, string DdName, string StepName, string Recfm, int Lrecl, string Text)
{
    public int RecordCount => Text.Length == 0 ? 0 : Text.TrimEnd('\n').Split('\n').Length;
}
