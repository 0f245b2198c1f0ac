using System.Text.Json.Serialization;

namespace IMU.Runtime.Options;

/// <summary>Settings of a cluster client; validated when the host starts.</summary>
public sealed class ClientOptions
{
    /// <summary>The cluster to connect to.</summary>
    public string ClusterId { get; set; } = "imu";

    /// <summary>The deadline of every grain call (default 30 s).</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The source-generated JSON contexts of the grain interfaces' argument and result types.</summary>
    public IList<JsonSerializerContext> JsonContexts { get; } = [];
}
