using IMU.Zosmf.Http;
using IMU.Zosmf.Results;

namespace IMU.Zosmf;

/// <summary>How to reach one LPAR: its z/OSMF, the HMC that manages it, credentials (already resolved), load settings and CSI.</summary>
public sealed record LparConnection
{
    /// <summary>The system (LPAR) name.</summary>
    public required string SystemName { get; init; }

    /// <summary>The z/OSMF base address, e.g. <c>https://sysa.example:443/</c>; <c>zosmf/...</c> is appended.</summary>
    public required Uri ZosmfBaseAddress { get; init; }

    /// <summary>z/OSMF credentials.</summary>
    public required LparCredentials Credentials { get; init; }

    /// <summary>The HMC Web Services base address, e.g. <c>https://hmc.example:6794/</c>; <c>api/...</c> is appended. Null when IPLs are not driven.</summary>
    public Uri? HmcBaseAddress { get; init; }

    /// <summary>HMC credentials (user id and password); the z/OSMF ones when null.</summary>
    public LparCredentials? HmcCredentials { get; init; }

    /// <summary>The LPAR's name on the HMC; <see cref="SystemName"/> when null.</summary>
    public string? PartitionName { get; init; }

    /// <summary>What a load uses when the caller gives nothing; the LPAR's last-used values when null.</summary>
    public IplLoadSettings? Load { get; init; }

    /// <summary>The global zone CSI data set (SMPCSI DD).</summary>
    public string GlobalCsi { get; init; } = "SMPE.GLOBAL.CSI";

    /// <summary>The job class, coded as <c>CLASS=</c> on the JOB card.</summary>
    public string JobClass { get; init; } = "A";

    /// <summary>The internal reader class (<c>X-IBM-Intrdr-Class</c>); not the job class.</summary>
    public string InternalReaderClass { get; init; } = "A";

    /// <summary>The owner used to list jobs by marker; the credentials' user id (or <c>*</c> for a token) when null.</summary>
    public string? JobOwner { get; init; }

    /// <summary>The offset of the system's local time (as <c>D IPLINFO</c> prints it) from UTC.</summary>
    public TimeSpan ConsoleUtcOffset { get; init; }
}
