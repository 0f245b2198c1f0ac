using IMU.Runtime.Membership;
using IMU.Runtime.Transport;

namespace IMU.Runtime.Messaging;

/// <summary>Routes a client's calls to a gateway silo of its cluster, finding another one when the gateway goes away.</summary>
internal sealed class ClientCallRouter(string clusterId, IMessageTransport transport) : IGrainCallRouter
{
    private SiloAddress? _gateway;

    public void Send(GrainRequest request)
    {
        var gateway = _gateway;
        if (gateway is not null && transport.TrySend(clusterId, gateway, request))
        {
            return;
        }

        gateway = transport.FindGateway(clusterId);
        _gateway = gateway;
        if (gateway is null || !transport.TrySend(clusterId, gateway, request))
        {
            request.Respond(new GrainCallFailedException($"No silo of cluster '{clusterId}' is reachable."), copyError: false);
        }
    }
}
