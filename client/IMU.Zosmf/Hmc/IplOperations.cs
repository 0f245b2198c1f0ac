using System.Collections.Concurrent;

namespace IMU.Zosmf.Hmc;

/// <summary>The IPLs agents were asked for, by system and operation id; shared by every agent of one factory.</summary>
internal sealed class IplOperations
{
    private readonly ConcurrentDictionary<(string System, string OperationId), IplOperation> _operations = new();

    /// <summary>The operation for this id: the one already recorded, or a new one not yet requested.</summary>
    public IplOperation For(string system, string operationId) => _operations.GetOrAdd((system, operationId), _ => new IplOperation());
}
