using IMU.Runtime.Messaging;

namespace IMU.Runtime.Activation;

/// <summary>A timer tick, run as a turn of the activation that owns the timer.</summary>
internal sealed class TimerTickRequest(GrainId target, GrainTimer timer) : GrainRequest(target, null, long.MaxValue)
{
    public override string Description => "timer tick";

    public override bool AlwaysInterleaves => false;

    public override bool IsAbandoned => timer.IsStopped;

    public override ValueTask StartAsync(ActivationData activation)
    {
        try
        {
            return new ValueTask(timer.TickAsync());
        }
        catch (Exception exception)
        {
            return ValueTask.FromException(exception);
        }
    }

    public override void Respond(Exception? error, bool copyError = true) => timer.TickCompleted(error);

    public override void TimeOut(TimeSpan timeout)
    {
    }
}
