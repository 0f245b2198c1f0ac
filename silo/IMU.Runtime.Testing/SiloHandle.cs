using IMU.Runtime.Hosting;
using IMU.Runtime.Membership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IMU.Runtime.Testing;

/// <summary>One silo of a <see cref="TestCluster"/>: its host, services and address.</summary>
public sealed class SiloHandle
{
    internal SiloHandle(string name, IHost host)
    {
        Name = name;
        Host = host;
        Runtime = host.Services.GetRequiredService<SiloRuntime>();
    }

    /// <summary>The silo name; a restarted silo keeps it.</summary>
    public string Name { get; }

    /// <summary>The silo's address; its generation changes at every restart.</summary>
    public SiloAddress Address => Runtime.Membership.LocalSilo;

    /// <summary>The silo host's services.</summary>
    public IServiceProvider Services => Host.Services;

    /// <summary>Whether the silo runs.</summary>
    public bool IsRunning { get; internal set; } = true;

    /// <summary>How many activations the silo holds now.</summary>
    public int ActivationCount => Runtime.Catalog.ActivationCount;

    internal IHost Host { get; }

    internal SiloRuntime Runtime { get; }
}
