using System.Text.Json.Serialization;

namespace IMU.Runtime.Options;

/// <summary>Settings of a silo; validated when the host starts.</summary>
public sealed class SiloOptions
{
    /// <summary>The cluster this silo belongs to; clients connect by the same id.</summary>
    public string ClusterId { get; set; } = "imu";

    /// <summary>The silo's name, part of its address.</summary>
    public string SiloName { get; set; } = "silo";

    /// <summary>The deadline of every grain call (default 30 s).</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an activation may take to read its state and run <c>OnActivateAsync</c>.</summary>
    public TimeSpan ActivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long <c>OnDeactivateAsync</c> may take.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>An activation idle this long is deactivated (default 15 min).</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for (default 1 min).</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The grain classes this silo hosts.</summary>
    public IList<Type> GrainClasses { get; } = [];

    /// <summary>The source-generated JSON contexts of the grain interfaces' argument, result and state types.</summary>
    public IList<JsonSerializerContext> JsonContexts { get; } = [];
}
