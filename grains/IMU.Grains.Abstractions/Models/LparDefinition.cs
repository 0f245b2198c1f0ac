using System.Text.Json.Serialization;

namespace IMU.Grains.Models;

/// <summary>One LPAR of a fleet file: where it is, how to reach its z/OSMF and HMC, the zone it IPLs from and its IPL windows.</summary>
[GenerateSerializer]
[Alias("imu.lpar-definition")]
public sealed record LparDefinition
{
    /// <summary>The system (LPAR) name, e.g. <c>SYS001</c>.</summary>
    [Id(0)]
    public required string Name { get; init; }

    /// <summary>The sysplex the system is a member of.</summary>
    [Id(1)]
    public required string Sysplex { get; init; }

    /// <summary>The z/OSMF base URL that runs SMP/E jobs and console commands for this system.</summary>
    [Id(2)]
    public required string Zosmf { get; init; }

    /// <summary>The HMC Web Services base URL that loads the partition, or null when the orchestrator may not IPL it.</summary>
    [Id(3)]
    public string? Hmc { get; init; }

    /// <summary>The target zone of the sysres the LPAR IPLs from.</summary>
    [Id(4)]
    public required string Zone { get; init; }

    /// <summary>The distribution zone related to <see cref="Zone"/>.</summary>
    [Id(5)]
    public required string DlibZone { get; init; }

    /// <summary>
    /// The system whose z/OSMF runs SMP/E for <see cref="Zone"/>, or null for the LPAR itself. LPARs naming the
    /// same system and zone IPL from the same target libraries and share one APPLY.
    /// </summary>
    [Id(6)]
    public string? ZoneSystem { get; init; }

    /// <summary>The user and where to find the secret; null when the connector's default applies.</summary>
    [Id(7)]
    public CredentialsReference? Credentials { get; init; }

    /// <summary>The load address and parameter to IPL with, or null for the last used ones.</summary>
    [Id(8)]
    public IplLoad? Load { get; init; }

    /// <summary>When the LPAR may be IPLed.</summary>
    [Id(9)]
    public IplWindow[] IplWindows { get; init; } = [];

    /// <summary>How long an IPL of this LPAR takes; no IPL starts later than a window's end minus this.</summary>
    [Id(10)]
    public TimeSpan ExpectedIplTime { get; init; } = DefaultExpectedIplTime;

    /// <summary>The expected IPL time when the fleet file gives none.</summary>
    public static TimeSpan DefaultExpectedIplTime { get; } = TimeSpan.FromMinutes(15);

    /// <summary>The system that runs SMP/E for the LPAR's zone.</summary>
    [JsonIgnore]
    public string SmpeSystem => ZoneSystem ?? Name;

    /// <summary>The zone grain's key: the SMP/E system and the target zone (<c>SYS001/TGT1</c>).</summary>
    [JsonIgnore]
    public string ZoneKey => SmpeSystem + "/" + Zone;
}
