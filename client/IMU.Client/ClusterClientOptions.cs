namespace IMU.Client;

/// <summary>How to reach an IMU cluster: a gateway address, or PostgreSQL to discover the gateways from.</summary>
public sealed class ClusterClientOptions
{
    /// <summary>The gateway used when none is given: an embedded silo on this machine.</summary>
    public const string DefaultGateway = "127.0.0.1:30000";

    /// <summary>The environment variable holding the gateway when no flag gives one.</summary>
    public const string GatewayEnvironmentVariable = "IMU_GATEWAY";

    /// <summary>The environment variable holding the PostgreSQL connection string when no flag gives one.</summary>
    public const string PostgresEnvironmentVariable = "IMU_POSTGRES";

    /// <summary>A silo's gateway as <c>HOST:PORT</c>; ignored when <see cref="Postgres"/> is set.</summary>
    public string Gateway { get; set; } = DefaultGateway;

    /// <summary>The cluster's PostgreSQL connection string: the client asks its membership table for the live gateways.</summary>
    public string? Postgres { get; set; }

    /// <summary>The Orleans cluster id; it must match the silos'.</summary>
    public string ClusterId { get; set; } = "imu";

    /// <summary>The Orleans service id; it must match the silos'.</summary>
    public string ServiceId { get; set; } = "imu";

    /// <summary>How long to keep trying to reach a silo before giving up with <see cref="ClusterUnavailableException"/>.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
