using System.Security.Cryptography.X509Certificates;
using IMU.Zosmf.Http;
using IMU.Zosmf.Resilience;

namespace IMU.Zosmf;

/// <summary>How to reach one system: its z/OSMF, its HMC partition, credentials, trust and timing.</summary>
public sealed record ZosmfAgentOptions
{
    /// <summary>The system (LPAR) name.</summary>
    public required string SystemName { get; init; }

    /// <summary>The z/OSMF base address, e.g. <c>https://sysa.example:443/</c>; <c>zosmf/...</c> is appended.</summary>
    public required Uri ZosmfBaseAddress { get; init; }

    /// <summary>z/OSMF credentials.</summary>
    public required LparCredentials Credentials { get; init; }

    /// <summary>The HMC Web Services base address, e.g. <c>https://hmc.example:6794/</c>; null when IPLs are not driven.</summary>
    public Uri? HmcBaseAddress { get; init; }

    /// <summary>The partition's object id on the HMC.</summary>
    public string? HmcPartitionId { get; init; }

    /// <summary>HMC credentials; the z/OSMF ones when null.</summary>
    public LparCredentials? HmcCredentials { get; init; }

    /// <summary>CA certificates trusted for both endpoints; the machine's store when null.</summary>
    public X509Certificate2Collection? TrustedRoots { get; init; }

    /// <summary>The global zone CSI data set (SMPCSI DD).</summary>
    public string GlobalCsi { get; init; } = "SMPE.GLOBAL.CSI";

    /// <summary>The JES job class.</summary>
    public string JobClass { get; init; } = "A";

    /// <summary>The owner used to list jobs by marker; the credentials' user id (or <c>*</c> for a token) when null.</summary>
    public string? JobOwner { get; init; }

    /// <summary>How often job status is polled.</summary>
    public TimeSpan StatusPollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a job may take from submission to OUTPUT.</summary>
    public TimeSpan JobTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the HMC is polled during an IPL.</summary>
    public TimeSpan IplPollInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an IPL may take until the system answers again.</summary>
    public TimeSpan IplTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Timeouts, retries and circuit breaking.</summary>
    public ResilienceSettings Resilience { get; init; } = new();

    /// <summary>The clock for polling, backoff and timeouts.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
