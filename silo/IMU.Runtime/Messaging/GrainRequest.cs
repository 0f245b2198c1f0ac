using System.Diagnostics;
using IMU.Runtime.Activation;

namespace IMU.Runtime.Messaging;

/// <summary>
/// One unit of work for an activation: a grain call, a timer tick or a reminder tick. Requests run
/// as turns in the activation's order; <see cref="Parent"/> links a request to the turn that made it.
/// </summary>
internal abstract class GrainRequest(GrainId target, GrainRequest? parent, long deadline)
{
    /// <summary>The grain that runs the request.</summary>
    public GrainId Target { get; } = target;

    /// <summary>The request whose turn issued this one, or null for a call from outside any grain.</summary>
    public GrainRequest? Parent { get; } = parent;

    /// <summary>The <see cref="TimeProvider"/> timestamp after which the caller stops waiting.</summary>
    public long Deadline { get; } = deadline;

    /// <summary>The span of this call, when tracing is on.</summary>
    public Activity? Activity { get; set; }

    /// <summary>What the request does, for error messages and spans.</summary>
    public abstract string Description { get; }

    /// <summary>Whether this request may run while other requests of the activation are in progress.</summary>
    public abstract bool AlwaysInterleaves { get; }

    /// <summary>Whether nobody waits for the outcome any more (timed out or cancelled), so it need not run.</summary>
    public abstract bool IsAbandoned { get; }

    /// <summary>Starts the turn; the returned task completes when the request is done.</summary>
    public abstract ValueTask StartAsync(ActivationData activation);

    /// <summary>
    /// Reports the outcome to the caller: success when <paramref name="error"/> is null. A grain's
    /// exception is copied across the boundary; the runtime's own errors are passed as they are.
    /// </summary>
    public abstract void Respond(Exception? error, bool copyError = true);

    /// <summary>Reports that the deadline passed.</summary>
    public abstract void TimeOut(TimeSpan timeout);

    /// <summary>Lists the call chain, outermost first, ending with this request's target.</summary>
    public List<GrainId> CallChain()
    {
        var chain = new List<GrainId>();
        for (var request = this; request is not null; request = request.Parent)
        {
            chain.Insert(0, request.Target);
        }

        return chain;
    }

    /// <summary>Whether <paramref name="grainId"/> is waiting further up this request's chain.</summary>
    public bool IsWaitingUpChain(GrainId grainId)
    {
        for (var request = Parent; request is not null; request = request.Parent)
        {
            if (request.Target == grainId)
            {
                return true;
            }
        }

        return false;
    }
}
