using IMU.Zosmf.Http;
using IMU.Zosmf.Resilience;

namespace IMU.Grains.Lpars;

/// <summary>How the silo's grains reach the LPARs of the fleet.</summary>
public sealed class LparAgentOptions
{
    /// <summary>Credentials for LPARs whose fleet declaration names none; null makes such LPARs unreachable with a clear error.</summary>
    public LparCredentials? DefaultCredentials { get; set; }

    /// <summary>How often a job's status is polled.</summary>
    public TimeSpan StatusPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the HMC is polled during an IPL.</summary>
    public TimeSpan IplPollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a job may take from submission to OUTPUT.</summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long an IPL may take until the system answers again.</summary>
    public TimeSpan IplTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Timeouts, retries and circuit breaking per system.</summary>
    public ResilienceSettings Resilience { get; set; } = new();

    /// <summary>
    /// The clock the agents poll and time out by; the silo's clock when null. Tests that run the silo on
    /// a fake clock keep the agents on the system clock, because the simulated systems run in real time.
    /// </summary>
    public TimeProvider? Clock { get; set; }
}
