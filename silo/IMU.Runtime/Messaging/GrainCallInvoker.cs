using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IMU.Runtime.Diagnostics;
using IMU.Runtime.Invocation;

namespace IMU.Runtime.Messaging;

/// <summary>
/// The grain factory and call path of a silo or a client: creates grain references, turns each call
/// into a <see cref="GrainCall{TResult}"/> with its deadline, parent and span, and routes it.
/// </summary>
internal sealed class GrainCallInvoker : IGrainCallRuntime, IClusterClient
{
    private readonly ConcurrentDictionary<Type, object> _codecs = new();
    private readonly TimeProvider _timeProvider;
    private readonly long _timeoutTicks;

    public GrainCallInvoker(JsonSerializerOptions serializerOptions, TimeProvider timeProvider, TimeSpan responseTimeout, RuntimeMetrics metrics)
    {
        SerializerOptions = serializerOptions;
        _timeProvider = timeProvider;
        ResponseTimeout = responseTimeout;
        _timeoutTicks = (long)(responseTimeout.TotalSeconds * timeProvider.TimestampFrequency);
        Metrics = metrics;
    }

    public JsonSerializerOptions SerializerOptions { get; }

    public TimeSpan ResponseTimeout { get; }

    public RuntimeMetrics Metrics { get; }

    /// <summary>Set once while the host starts; calls made earlier fail.</summary>
    public IGrainCallRouter? Router { get; set; }

    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        var metadata = GrainInterfaceResolver.Get<TGrainInterface>();
        return (TGrainInterface)(object)metadata.CreateReference(this, new GrainId(metadata.GrainType, key), GetCodec(metadata));
    }

    public object GetCodec(GrainInterfaceMetadata metadata) =>
        _codecs.GetOrAdd(metadata.InterfaceType, static (_, state) => state.Metadata.CreateCodec(state.Options), (Metadata: metadata, Options: SerializerOptions));

    public Task InvokeAsync(GrainReference target, GrainMethod method, GrainCallBuffer? arguments, CancellationToken cancellationToken) =>
        Send<NoResult>(target, method, arguments, null, cancellationToken);

    public Task<TResult> InvokeAsync<TResult>(GrainReference target, GrainMethod method, GrainCallBuffer? arguments, JsonTypeInfo<TResult> resultType, CancellationToken cancellationToken) =>
        Send(target, method, arguments, resultType, cancellationToken);

    public long DeadlineFromNow() => _timeProvider.GetTimestamp() + _timeoutTicks;

    private Task<TResult> Send<TResult>(GrainReference target, GrainMethod method, GrainCallBuffer? arguments, JsonTypeInfo<TResult>? resultType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(method);
        var router = Router ?? throw new InvalidOperationException("The IMU runtime is not started: start the host before calling grains.");
        var call = new GrainCall<TResult>(target.GrainId, method, arguments, resultType, RequestContext.Current, DeadlineFromNow(), Metrics, cancellationToken);
        if (RuntimeTelemetry.Source.HasListeners())
        {
            // The span becomes current only inside the callee's turn, never in the caller's own flow.
            var callerActivity = Activity.Current;
            call.Activity = StartActivity(call.Target, method);
            Activity.Current = callerActivity;
        }

        router.Send(call);
        return call.Task;
    }

    private static Activity? StartActivity(GrainId target, GrainMethod method)
    {
        var activity = RuntimeTelemetry.Source.StartActivity(method.FullName, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("rpc.system", "imu");
            activity.SetTag("rpc.service", method.InterfaceName);
            activity.SetTag("rpc.method", method.Name);
            activity.SetTag(RuntimeTelemetry.GrainIdTag, target.ToString());
        }

        return activity;
    }
}
