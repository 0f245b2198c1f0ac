using IMU.Zosmf.Http;

namespace IMU.Grains.Lpars;

/// <summary>How the silo's grains reach the LPARs of the fleet, beyond what each LPAR's fleet declaration says.</summary>
public sealed class LparAgentOptions
{
    /// <summary>Credentials for LPARs whose fleet declaration names none; null makes such LPARs unreachable with a clear error.</summary>
    public LparCredentials? DefaultCredentials { get; set; }
}
