namespace IMU.Zosmf.Simulator;

/// <summary>A submitted job as the simulator's converter sees it.</summary>
/// <param name="JobName">The job name.</param>
/// <param name="Accounting">The accounting field (first positional JOB operand), parentheses included.</param>
/// <param name="Steps">The steps, in order.</param>
internal sealed record JclDeck(string JobName, string Accounting, IReadOnlyList<JclStep> Steps);
