namespace IMU.Runtime.Hosting;

/// <summary>Work that must finish before the silo accepts calls, e.g. creating a storage provider's schema.</summary>
internal sealed class SiloStartup
{
    public List<Func<IServiceProvider, CancellationToken, Task>> Tasks { get; } = [];
}
