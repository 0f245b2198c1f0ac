using System.Collections.Concurrent;
using IMU.Zosmf.Results;

namespace IMU.Zosmf.Hmc;

/// <summary>The IPLs agents started, by system and operation id; shared by every agent of one factory.</summary>
internal sealed class IplOperations
{
    private readonly ConcurrentDictionary<(string System, string OperationId), IplOperation> _operations = new();

    public IplOperation? Find(string system, string operationId) => _operations.GetValueOrDefault((system, operationId));

    /// <summary>Records a new load; when another caller recorded one first, that one is returned instead.</summary>
    public IplOperation Begin(string system, string operationId, DateTimeOffset started, IplLoadSettings load)
        => _operations.GetOrAdd((system, operationId), _ => new IplOperation(started, load));

    /// <summary>Forgets a load the HMC refused, or of which no trace appeared, so that a retry may load again.</summary>
    public void Forget(string system, string operationId) => _operations.TryRemove((system, operationId), out _);
}
