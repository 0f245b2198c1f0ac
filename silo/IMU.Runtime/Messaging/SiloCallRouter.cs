using IMU.Runtime.Activation;
using IMU.Runtime.GrainDirectory;
using IMU.Runtime.Membership;
using IMU.Runtime.Placement;
using IMU.Runtime.Transport;

namespace IMU.Runtime.Messaging;

/// <summary>Routes a silo's calls: to the local activation table when the grain lives here, otherwise over the transport.</summary>
internal sealed class SiloCallRouter(
    string clusterId,
    IMembershipService membership,
    IGrainDirectory directory,
    IPlacementStrategy placement,
    IMessageTransport transport,
    Catalog catalog) : IGrainCallRouter
{
    public void Send(GrainRequest request)
    {
        var local = membership.LocalSilo;
        var owner = directory.Lookup(request.Target) ?? directory.Register(request.Target, placement.Place(request.Target, membership.ActiveSilos));
        if (ReferenceEquals(owner, local) || owner == local)
        {
            catalog.Dispatch(request);
        }
        else if (!transport.TrySend(clusterId, owner, request))
        {
            request.Respond(new GrainCallFailedException($"Silo {owner}, which hosts grain {request.Target}, is not reachable."), copyError: false);
        }
    }
}
