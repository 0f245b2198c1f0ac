using System.Security.Cryptography.X509Certificates;
using IMU.Zosmf.Resilience;

namespace IMU.Zosmf;

/// <summary>What every agent of a factory shares: trust, timing and resilience. Per-LPAR settings are in <see cref="LparConnection"/>.</summary>
public sealed record ZosmfAgentOptions
{
    /// <summary>CA certificates trusted for z/OSMF and HMC endpoints; the machine's store when null.</summary>
    public X509Certificate2Collection? TrustedRoots { get; set; }

    /// <summary>How often job status is polled.</summary>
    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a job may take from submission to OUTPUT.</summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the HMC job and then z/OSMF are polled during an IPL.</summary>
    public TimeSpan IplPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an IPL may take from the load until z/OSMF answers with the new IPL time.</summary>
    public TimeSpan IplTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How many times an empty console answer is collected again (<c>solmsgs</c>).</summary>
    public int ConsoleFollowUpAttempts { get; set; } = 5;

    /// <summary>The wait before each console follow-up.</summary>
    public TimeSpan ConsoleFollowUpDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Timeouts, retries and circuit breaking for every endpoint.</summary>
    public ResilienceSettings Resilience { get; set; } = new();
}
