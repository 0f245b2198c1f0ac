using System.Collections.Concurrent;
using IMU.Runtime.Membership;
using IMU.Runtime.Messaging;

namespace IMU.Runtime.Transport;

/// <summary>
/// Silos and clients of one process reach each other through this table. Requests travel as
/// objects whose arguments are already serialized, so copy semantics hold exactly as over a wire.
/// </summary>
internal sealed class InProcessTransport : IMessageTransport
{
    private readonly ConcurrentDictionary<(string ClusterId, SiloAddress Silo), Action<GrainRequest>> _silos = new();

    /// <summary>The process-wide network used unless a host registers its own.</summary>
    public static InProcessTransport Shared { get; } = new();

    public void Register(string clusterId, SiloAddress silo, Action<GrainRequest> receive) => _silos[(clusterId, silo)] = receive;

    public void Unregister(string clusterId, SiloAddress silo) => _silos.TryRemove((clusterId, silo), out _);

    public SiloAddress? FindGateway(string clusterId)
    {
        foreach (var key in _silos.Keys)
        {
            if (key.ClusterId == clusterId)
            {
                return key.Silo;
            }
        }

        return null;
    }

    public bool TrySend(string clusterId, SiloAddress silo, GrainRequest request)
    {
        if (!_silos.TryGetValue((clusterId, silo), out var receive))
        {
            return false;
        }

        receive(request);
        return true;
    }
}
