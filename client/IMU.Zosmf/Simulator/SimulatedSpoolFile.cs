namespace IMU.Zosmf.Simulator;

/// <summary>One spool data set of a simulated job.</summary>
internal sealed record SimulatedSpoolFile(int Id, string DdName, string StepName, string Text)
{
    public int RecordCount => Text.Length == 0 ? 0 : Text.TrimEnd('\n').Split('\n').Length;
}
