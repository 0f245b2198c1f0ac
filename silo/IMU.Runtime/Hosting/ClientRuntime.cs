using IMU.Runtime.Diagnostics;
using IMU.Runtime.Messaging;
using IMU.Runtime.Options;
using IMU.Runtime.Serialization;
using IMU.Runtime.Transport;
using Microsoft.Extensions.Options;

namespace IMU.Runtime.Hosting;

/// <summary>A client's call path: its own serializer options (copy semantics hold between client and silo too) and a gateway router.</summary>
internal sealed class ClientRuntime : IDisposable
{
    public ClientRuntime(IOptions<ClientOptions> options, TimeProvider timeProvider, InProcessTransport transport)
    {
        var value = options.Value;
        Metrics = new RuntimeMetrics("client:" + value.ClusterId);
        Invoker = new GrainCallInvoker(GrainSerializerOptions.Create(value.JsonContexts), timeProvider, value.ResponseTimeout, Metrics)
        {
            Router = new ClientCallRouter(value.ClusterId, transport),
        };
    }

    public GrainCallInvoker Invoker { get; }

    public RuntimeMetrics Metrics { get; }

    public void Dispose() => Metrics.Dispose();
}
