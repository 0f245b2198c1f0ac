namespace IMU.Silo.Options;

/// <summary>
/// How a silo runs, bound from the <c>Silo</c> section of appsettings.json, the <c>IMU_*</c>
/// environment variables and the command-line flags (see <see cref="SiloSettings"/>), in that order
/// of precedence from lowest to highest.
/// </summary>
public sealed class ImuSiloOptions
{
    /// <summary>The configuration section the options bind from.</summary>
    public const string SectionName = "Silo";

    /// <summary>The file under <see cref="DataDirectory"/> holding the embedded silo's grain state and reminders.</summary>
    public const string DatabaseFileName = "imu.db";

    /// <summary>Where the embedded silo keeps its SQLite file; relative paths start at the working directory.</summary>
    public string DataDirectory { get; set; } = "imu-data";

    /// <summary>A PostgreSQL connection string: when set, the silo joins a cluster whose membership, reminders and grain state live there.</summary>
    public string? Postgres { get; set; }

    /// <summary>The IP address the silo, gateway and HTTP endpoints listen on and advertise; loopback unless set.</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>The port silos talk to each other on.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The port clients (the <c>imu</c> command, IMU.Client) connect to.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The port of the HTTP surface (health, the API and the dashboard); 0 picks a free one.</summary>
    public int HttpPort { get; set; } = 5080;

    /// <summary>The IP address the HTTP surface listens on; loopback unless set, and anything else needs <see cref="TokenFile"/>.</summary>
    public string Listen { get; set; } = "127.0.0.1";

    /// <summary>A file of bearer tokens (see <c>Api/ApiTokens</c>): when set, every API call and the page need one of them.</summary>
    public string? TokenFile { get; set; }

    /// <summary>The Orleans cluster id: silos with the same id form one cluster.</summary>
    public string ClusterId { get; set; } = "imu";

    /// <summary>The Orleans service id: grain state and reminders are keyed by it, so it must stay the same across deployments.</summary>
    public string ServiceId { get; set; } = "imu";

    /// <summary>True when <see cref="Postgres"/> is set.</summary>
    public bool IsCluster => !string.IsNullOrWhiteSpace(Postgres);

    /// <summary>The full path of the embedded silo's SQLite file.</summary>
    public string DatabasePath => Path.Combine(Path.GetFullPath(DataDirectory), DatabaseFileName);
}
