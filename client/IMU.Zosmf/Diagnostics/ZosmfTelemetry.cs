using System.Diagnostics;

namespace IMU.Zosmf.Diagnostics;

/// <summary>The connector's telemetry names: one ActivitySource and its tag keys.</summary>
public static class ZosmfTelemetry
{
    /// <summary>The ActivitySource name to subscribe to.</summary>
    public const string ActivitySourceName = "IMU.Zosmf";

    /// <summary>Tag: the system (LPAR) name.</summary>
    public const string SystemTag = "imu.system";

    /// <summary>Tag: the SMP/E zone.</summary>
    public const string ZoneTag = "imu.zone";

    /// <summary>Tag: the SMP/E command verb.</summary>
    public const string VerbTag = "imu.smpe.command";

    /// <summary>Tag: the JES job id.</summary>
    public const string JobIdTag = "imu.job.id";

    /// <summary>Tag: the job name (the idempotency marker).</summary>
    public const string JobNameTag = "imu.job.name";

    /// <summary>Tag: the job's SMP/E return code.</summary>
    public const string ReturnCodeTag = "imu.smpe.return_code";

    /// <summary>Tag: the z/OSMF retcode text.</summary>
    public const string RetcodeTag = "imu.job.retcode";

    /// <summary>Tag: true when an already submitted job was followed.</summary>
    public const string FollowedTag = "imu.job.followed";

    private static readonly ActivitySource s_source = new(ActivitySourceName);

    internal static ActivitySource Source => s_source;
}
