namespace IMU.Zosmf.Simulator.Jes;

/// <summary>A submitted job as the simulator's converter sees it.</summary>
/// <param name="JobName">The job name.</param>
/// <param name="Accounting">The accounting field (first positional JOB operand), parentheses included.</param>
/// <param name="JobClass">The job class from <c>CLASS=</c> on the JOB card (<c>A</c> when not coded).</param>
/// <param name="Steps">The steps, in order.</param>
internal sealed record JclDeck(string JobName, string Accounting, string JobClass, IReadOnlyList<JclStep> Steps);
