using IMU.Runtime.Membership;
using IMU.Runtime.Messaging;

namespace IMU.Runtime.Transport;

/// <summary>Carries requests to another silo. The cluster issue adds HTTP; this issue has the in-process one.</summary>
internal interface IMessageTransport
{
    /// <summary>Any silo of the cluster that accepts client requests, or null when none runs.</summary>
    SiloAddress? FindGateway(string clusterId);

    /// <summary>Delivers the request to <paramref name="silo"/>; false when that silo is not reachable.</summary>
    bool TrySend(string clusterId, SiloAddress silo, GrainRequest request);
}
