namespace IMU.Silo.Hosting;

/// <summary>The silo's settings are not valid; <see cref="Problems"/> names each bad setting, one sentence each.</summary>
public sealed class SiloConfigurationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">One sentence per bad setting.</param>
    public SiloConfigurationException(IReadOnlyList<string> problems)
        : base("The silo's settings are not valid: " + string.Join(" ", problems))
    {
        Problems = problems;
    }

    /// <summary>One sentence per bad setting, each naming the flag to fix.</summary>
    public IReadOnlyList<string> Problems { get; }
}
