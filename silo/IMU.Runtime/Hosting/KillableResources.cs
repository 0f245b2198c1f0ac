namespace IMU.Runtime.Hosting;

/// <summary>
/// The silo's killable resources (storage providers, the reminder table), each recorded when the
/// container creates it, so a killed silo stops every one of them the crash way, whoever registered it.
/// </summary>
internal sealed class KillableResources
{
    private readonly Lock _lock = new();
    private readonly List<IKillable> _resources = [];

    /// <summary>Records <paramref name="resource"/> if it can be killed, and returns it.</summary>
    public T Track<T>(T resource)
    {
        if (resource is IKillable killable)
        {
            lock (_lock)
            {
                _resources.Add(killable);
            }
        }

        return resource;
    }

    /// <summary>Kills them all; every one is dead when this returns, the task waits for their files to close.</summary>
    public Task KillAllAsync()
    {
        IKillable[] resources;
        lock (_lock)
        {
            resources = [.. _resources];
        }

        // Start every kill before awaiting any: a crash stops all of them at the same instant.
        return Task.WhenAll(resources.Select(r => r.KillAsync().AsTask()).ToArray());
    }
}
